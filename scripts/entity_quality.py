#!/usr/bin/env python3
"""Entity quality across the corpus (issue 7, "Entities across the corpus").

Reads a store (SQLite, as newswire-store writes it) built from the whole CSV and measures its top N PER, ORG and
LOC canonical entities (by articles) for:

- likely duplicates: another canonical entity (of any type) that is probably the same real entity, by
  * "same name": the same folded name (case, accents, hyphens, dots, middle initials, a leading "the",
    "Department of X" = "X Department"),
  * "surname": one is a proper word-suffix of the other's PER name ("Obama" / "Barack Obama", "Le Pen" / "Marine
    Le Pen"), and they share at least a fifth of the shorter one's articles,
  * "acronym": the name or an alias of one is the initials of the other's name, which is not a person's, and
    they share an article ("FBI" / "Federal Bureau of Investigation"),
  * "alias": a folded alias of one is a folded name or alias of the other, or document entities of one used the
    other's name as an alias in two articles or more (what the extraction saw, recomputed from the stored JSON);
- wrong types: the stored type disagrees with the vote of the entity's mentions (recomputed here from every stored
  extraction), or with the hand-checked type in the judgement file;
- aliases that are not names of the entity: an alias sharing no word with the entity's name and not its acronym,
  unless the judgement file says it is a name of it ("Britain" for the United Kingdom).

The folding here is written independently of EntityKey.swift on purpose: the script checks the store, it does not
reuse its decisions. The judgement file (default scripts/entity_quality_judgements.tsv) holds hand-checked answers:

    type      NAME   PER|ORG|LOC|MISC      the right type of the entity whose folded name is NAME
    distinct  NAME   NAME                  a candidate pair checked by hand: two different entities
    alias     NAME   ALIAS                 ALIAS is a name of NAME although they share no word
    not-alias NAME   ALIAS                 ALIAS is not a name of NAME although it looks like one (initials)

Usage:
    python3 scripts/entity_quality.py --db run/bench/store-3768.sqlite            # summary table (Markdown)
    python3 scripts/entity_quality.py --db DB --list                              # and every top entity with flags
    python3 scripts/entity_quality.py --db DB --pairs                             # and every duplicate pair
Python 3 standard library only.
"""
import argparse
import collections
import json
import os
import sqlite3
import sys
import unicodedata

TYPES = ["PER", "ORG", "LOC", "MISC"]
LINK_WORDS = {"of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "des", "la", "le", "&"}
APOSTROPHES = "'\u2019\u2018\u02bc`\u00b4"


def words(name):
    """Lower-case words without accents; dots vanish ("U.S." is "us"), an apostrophe stays inside a word, every
    other non-alphanumeric character separates words."""
    out, current = [], []
    for ch in unicodedata.normalize("NFKD", name):
        if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf":
            continue
        if ch == ".":
            continue
        if ch in APOSTROPHES:
            if current:
                current.append("'")
            continue
        if ch.isalnum() or ch == "&":
            current.append(ch.lower())
        else:
            if current:
                out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def fold(name):
    w = words(name)
    if len(w) > 1 and w[0] == "the":
        w = w[1:]
    if len(w) >= 3:
        w = [w[0]] + [x for x in w[1:-1] if not (len(x) == 1 and x.isalpha())] + [w[-1]]
    for head in ("department", "ministry"):
        if head in w:
            i = w.index(head)
            rest = w[i + 2:]
            if i + 2 < len(w) and w[i + 1] == "of":
                if rest and rest[0] == "the":
                    rest = rest[1:]
                if 1 <= len(rest) <= 3 and "of" not in rest:
                    w = w[:i] + rest + [head]
            break
    return " ".join(w)


def initials(w, skip_links):
    return "".join(x[0] for x in w if not (skip_links and x in LINK_WORDS))


def is_acronym(short, long_name):
    """True when the one-word `short` (as written: at least two capitals) is the initials of `long_name`."""
    letters = short.replace(".", "").replace(" ", "")
    if len(letters) < 2 or not letters.isalpha() or sum(c.isupper() for c in letters) < 2:
        return False
    w = words(long_name)
    if len(w) < 2:
        return False
    s = letters.lower()
    return s in (initials(w, False), initials(w, True))


def read_judgements(path):
    types, distinct, alias_ok, alias_wrong = {}, set(), set(), set()
    if not path or not os.path.exists(path):
        return types, distinct, alias_ok, alias_wrong
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{path}:{number}: expected 3 tab-separated fields, got {len(parts)}")
            kind, a, b = parts
            if kind == "type":
                if b not in TYPES:
                    sys.exit(f"{path}:{number}: unknown type {b!r}")
                types[fold(a)] = b
            elif kind == "distinct":
                distinct.add(frozenset((fold(a), fold(b))))
            elif kind == "alias":
                alias_ok.add((fold(a), fold(b)))
            elif kind == "not-alias":
                alias_wrong.add((fold(a), fold(b)))
            else:
                sys.exit(f"{path}:{number}: unknown kind {kind!r}")
    return types, distinct, alias_ok, alias_wrong


class Entity:
    __slots__ = ("id", "type", "key", "name", "aliases", "articles", "votes", "folds")

    def __init__(self, id, type, key, name):
        self.id, self.type, self.key, self.name = id, type, key, name
        self.aliases = []
        self.articles = set()
        self.votes = collections.Counter()
        self.folds = set()

    def vote(self):
        if not self.votes:
            return None
        return max(TYPES, key=lambda t: (self.votes[t], -TYPES.index(t)))


def load(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    entities = {}
    for id, type, key, name in con.execute("SELECT id, type, key, name FROM entities"):
        entities[id] = Entity(id, type, key, name)
    for entity, alias in con.execute("SELECT entity, alias FROM entity_aliases"):
        if entity in entities:
            entities[entity].aliases.append(alias)
    local = {}
    for article, entity, local_id in con.execute("SELECT DISTINCT article, entity, local_id FROM mentions"):
        local[(article, local_id)] = entity
        if entity in entities:
            entities[entity].articles.add(article)
    # The type vote, from every stored extraction: each document entity's mentions count for the type it was tagged.
    for docid, extraction in con.execute("SELECT docid, extraction FROM articles"):
        for doc_entity in json.loads(extraction).get("entities", []):
            canonical = local.get((docid, doc_entity["id"]))
            if canonical in entities:
                entities[canonical].votes[doc_entity["type"]] += max(1, len(doc_entity.get("mentions", [])))
                for alias in {fold(a) for a in doc_entity.get("aliases", [])} - {fold(doc_entity["name"])}:
                    ALIAS_USES[(alias, canonical)] += 1
    articles = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    con.close()
    for e in entities.values():
        e.folds = {fold(e.name)} | {fold(a) for a in e.aliases}
        e.folds.discard("")
    return entities, articles


def top(entities, type, n):
    ranked = sorted((e for e in entities.values() if e.type == type), key=lambda e: (-len(e.articles), e.name))
    return ranked[:n]


def is_suffix(short, long_words):
    return 0 < len(short) < len(long_words) and long_words[-len(short):] == short


def duplicate_rule(a, b):
    """The first rule by which a and b look like one entity, or None."""
    fa, fb = fold(a.name), fold(b.name)
    if fa and fa == fb:
        return "same name"
    for short, long_ in ((a, b), (b, a)):
        if long_.type == "PER" or long_.vote() == "PER":
            sw, lw = fold(short.name).split(), fold(long_.name).split()
            if is_suffix(sw, lw):
                shared = len(short.articles & long_.articles)
                if shared >= max(1, len(short.articles) / 5):
                    return "surname"
    for short, long_ in ((a, b), (b, a)):
        # Initials of a person's name are rarely a name of the person; two unrelated names share initials often
        # ("AP" for Associated Press, "AM" for Angela Merkel), so an acronym needs a shared article or an alias.
        if long_.type == "PER":
            continue
        if " " not in short.name.strip() and is_acronym(short.name, long_.name):
            if short.articles & long_.articles or alias_evidence(a, b):
                return "acronym"
    if a.folds & b.folds or alias_evidence(a, b) >= 2:
        return "alias"
    return None


ALIAS_USES = collections.Counter()  # (folded alias, canonical entity) -> articles whose extraction used it


def alias_evidence(a, b):
    """Articles in which a document entity of one used the other's name as an alias."""
    return ALIAS_USES[(fold(b.name), a.id)] + ALIAS_USES[(fold(a.name), b.id)]


def candidate_partners(entity, index_by_fold, index_by_last, index_by_initials):
    found = set()
    for f in entity.folds:
        found |= index_by_fold.get(f, set())
    w = fold(entity.name).split()
    if w:
        found |= index_by_last.get(w[-1], set())
        found |= index_by_initials.get(initials(w, False), set())
        found |= index_by_initials.get(initials(w, True), set())
    for f in entity.folds:
        if " " not in f:
            found |= index_by_initials.get(f, set())
    for f in ALIASES_BY_ENTITY.get(entity.id, ()):
        found |= index_by_fold.get(f, set())
    found |= ENTITIES_BY_ALIAS.get(fold(entity.name), set())
    found.discard(entity.id)
    return found


ALIASES_BY_ENTITY = collections.defaultdict(set)
ENTITIES_BY_ALIAS = collections.defaultdict(set)


def measure(entities, n, judgements):
    judged_types, distinct, alias_ok, alias_wrong = judgements
    for (alias, entity) in ALIAS_USES:
        ALIASES_BY_ENTITY[entity].add(alias)
        ENTITIES_BY_ALIAS[alias].add(entity)
    by_fold, by_last, by_initials = (collections.defaultdict(set) for _ in range(3))
    for e in entities.values():
        for f in e.folds:
            by_fold[f].add(e.id)
        w = fold(e.name).split()
        if w:
            by_last[w[-1]].add(e.id)
            if len(w) > 1:
                by_initials[initials(w, False)].add(e.id)
                by_initials[initials(w, True)].add(e.id)
        for f in e.folds:
            if " " not in f:
                by_initials[f].add(e.id)
    report = {}
    for type in ("PER", "ORG", "LOC"):
        rows = []
        for rank, e in enumerate(top(entities, type, n), 1):
            pairs = []
            for other_id in candidate_partners(e, by_fold, by_last, by_initials):
                other = entities[other_id]
                if not other.articles:
                    continue
                rule = duplicate_rule(e, other)
                if rule is None:
                    continue
                judged_distinct = frozenset((fold(e.name), fold(other.name))) in distinct
                pairs.append({"rule": rule, "other": other, "shared": len(e.articles & other.articles),
                              "distinct": judged_distinct})
            pairs.sort(key=lambda p: (-len(p["other"].articles), p["other"].name))
            vote = e.vote()
            judged = judged_types.get(fold(e.name))
            name_words = set(fold(e.name).split())
            bad_aliases = []
            for alias in e.aliases:
                fa = fold(alias)
                if (fold(e.name), fa) in alias_wrong:
                    bad_aliases.append(alias)
                    continue
                if not fa or set(fa.split()) & name_words or is_acronym(alias, e.name):
                    continue
                if (fold(e.name), fa) in alias_ok:
                    continue
                bad_aliases.append(alias)
            rows.append({"rank": rank, "entity": e, "pairs": pairs, "vote": vote, "judged": judged,
                         "bad_aliases": sorted(bad_aliases)})
        report[type] = rows
    return report


def summary(report, n):
    lines = [f"| type | top | likely duplicates | by rule (same name / surname / acronym / alias) | checked distinct "
             f"| type ≠ mention vote | wrong type: hand-checked | judged | aliases not names |",
             "|---|---|---|---|---|---|---|---|---|"]
    totals = collections.Counter()
    for type, rows in report.items():
        dup = [r for r in rows if any(not p["distinct"] for p in r["pairs"])]
        rules = collections.Counter()
        for r in rows:
            for p in r["pairs"]:
                if not p["distinct"]:
                    rules[p["rule"]] += 1
        checked = sum(1 for r in rows for p in r["pairs"] if p["distinct"])
        vote_wrong = sum(1 for r in rows if r["vote"] and r["vote"] != r["entity"].type)
        judged = [r for r in rows if r["judged"]]
        judged_wrong = sum(1 for r in judged if r["judged"] != r["entity"].type)
        bad = sum(len(r["bad_aliases"]) for r in rows)
        by_rule = " / ".join(str(rules[k]) for k in ("same name", "surname", "acronym", "alias"))
        lines.append(f"| {type} | {len(rows)} | {len(dup)} | {by_rule} | {checked} | {vote_wrong} | {judged_wrong} "
                     f"| {len(judged)} | {bad} |")
        totals.update({"top": len(rows), "dup": len(dup), "vote": vote_wrong, "judged_wrong": judged_wrong,
                       "judged": len(judged), "bad": bad, "checked": checked})
        for k in ("same name", "surname", "acronym", "alias"):
            totals[k] += rules[k]
    by_rule = " / ".join(str(totals[k]) for k in ("same name", "surname", "acronym", "alias"))
    lines.append(f"| all | {totals['top']} | **{totals['dup']}** | {by_rule} | {totals['checked']} | **{totals['vote']}** "
                 f"| **{totals['judged_wrong']}** | {totals['judged']} | **{totals['bad']}** |")
    return "\n".join(lines)


def describe(e):
    return f"{e.name} [{e.type}, {len(e.articles)} art.]"


def listing(report):
    out = []
    for type, rows in report.items():
        out.append(f"\n## top {type}")
        for r in rows:
            e = r["entity"]
            flags = []
            if r["vote"] and r["vote"] != e.type:
                flags.append(f"VOTE {r['vote']} {dict(e.votes)}")
            if r["judged"] and r["judged"] != e.type:
                flags.append(f"SHOULD BE {r['judged']}")
            for p in r["pairs"]:
                mark = "distinct" if p["distinct"] else "DUP"
                flags.append(f"{mark} ({p['rule']}, {p['shared']} shared) {describe(p['other'])}")
            if r["bad_aliases"]:
                flags.append("NOT-A-NAME aliases " + ", ".join(r["bad_aliases"]))
            aliases = ", ".join(sorted(e.aliases)[:8])
            out.append(f"{r['rank']:3}. {describe(e)} votes {dict(e.votes)} aliases: {aliases}")
            for flag in flags:
                out.append(f"       {flag}")
    return "\n".join(out)


def pair_lines(report):
    out = ["\n## likely duplicate pairs (not checked distinct)"]
    seen = set()
    for type, rows in report.items():
        for r in rows:
            for p in r["pairs"]:
                key = frozenset((r["entity"].id, p["other"].id))
                if p["distinct"] or key in seen:
                    continue
                seen.add(key)
                out.append(f"- {p['rule']}: {describe(r['entity'])} ~ {describe(p['other'])}, {p['shared']} shared articles")
    return "\n".join(out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="the store's SQLite file")
    parser.add_argument("--top", type=int, default=100)
    parser.add_argument("--judgements", default=os.path.join(here, "entity_quality_judgements.tsv"))
    parser.add_argument("--list", action="store_true", help="print every top entity with its flags")
    parser.add_argument("--pairs", action="store_true", help="print every likely duplicate pair")
    args = parser.parse_args()
    entities, articles = load(args.db)
    report = measure(entities, args.top, read_judgements(args.judgements))
    print(f"store {args.db}: {articles} articles, {len(entities)} canonical entities; top {args.top} PER, ORG, LOC by articles")
    print()
    print(summary(report, args.top))
    if args.pairs:
        print(pair_lines(report))
    if args.list:
        print(listing(report))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Checks gold files against their article's text: the format, and that what should be verbatim is.

    python3 scripts/check_gold.py Tests/Gold/216.gold.json [...]     # exit 1 and one line per problem

Checked: required keys; entity types; dates as YYYY[-MM[-DD]]; count types and numbers; that quote starts, date texts,
event evidence and entity names occur in the title or text (whitespace-insensitive); that exhaustive files give
every violent or arrest event (17-20) evidence; that no held-out article is annotated.
"""
import csv, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "shared", "data")
csv.field_size_limit(10**9)
TYPES = {"PER", "ORG", "LOC", "MISC"}
COUNT_TYPES = {"KILL", "WOUND", "ARREST", "KIDNAP", "AFFECT", "SEIZE", "PROTEST"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def squash(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main(paths):
    rows = {int(r["article_id"]): r for r in csv.DictReader(open(os.path.join(DATA, "news", "NewsArticles.csv"),
                                                                   encoding="utf-8", errors="replace"))}
    held = {int(l) for l in open(os.path.join(DATA, "held-out.txt")) if l.strip() and not l.startswith("#")}
    problems = 0
    for path in paths:
        def bad(msg):
            nonlocal problems
            problems += 1
            print(f"{path}: {msg}")
        try:
            g = json.load(open(path, encoding="utf-8"))
        except Exception as e:
            bad(f"not JSON: {e}")
            continue
        aid = g.get("article_id")
        if not isinstance(aid, int) or aid not in rows:
            bad("article_id missing or not in the CSV")
            continue
        if aid in held:
            bad("held-out article: must not be annotated")
        if g.get("article") != f"news/NewsArticles.csv#{aid}":
            bad("'article' must be news/NewsArticles.csv#<article_id>")
        row = rows[aid]
        hay = squash(row["title"] + " \n " + row["text"])
        def present(s, what):
            if not isinstance(s, str) or squash(s) not in hay:
                bad(f"{what} not found verbatim in the article: {s!r}")
        for e in g.get("entities") or []:
            if len(e) != 2 or e[1] not in TYPES:
                bad(f"entity must be [name, PER|ORG|LOC|MISC]: {e!r}")
            else:
                present(e[0], "entity")
        locs = {e[0] for e in g.get("entities") or [] if len(e) == 2 and e[1] == "LOC"}
        for p in g.get("places") or []:
            if (len(p) != 4 or p[0] not in locs or not (p[1] is None or re.match(r"^[A-Z]{2}$", p[1]))
                    or not (p[2] is None or isinstance(p[2], int)) or p[3] not in (None, "city", "region", "country")):
                bad(f"place must be [LOC entity, CC or null, geonameid or null, city|region|country or null]: {p!r}")
        for q in g.get("quotes") or []:
            present(q.get("starts"), "quote start")
            if not q.get("speaker"):
                bad(f"quote without speaker: {q!r}")
        for d in g.get("dates") or []:
            if len(d) != 2 or not DATE.match(str(d[1])):
                bad(f"date must be [text, YYYY[-MM[-DD]]]: {d!r}")
            else:
                present(d[0], "date text")
        for c in g.get("counts") or []:
            if c.get("type") not in COUNT_TYPES or not isinstance(c.get("number"), int):
                bad(f"count needs a known type and an integer number: {c!r}")
        for ev in g.get("events") or []:
            codes = ev.get("cameo")
            codes = [codes] if isinstance(codes, str) else (codes or [])
            if not codes or not all(re.match(r"^\d{2,4}$", c) for c in codes):
                bad(f"event needs cameo codes: {ev!r}")
            if ev.get("date") is not None and not DATE.match(str(ev["date"])):
                bad(f"event date must be YYYY[-MM[-DD]]: {ev.get('date')!r}")
            violent = any(c[:2] in ("17", "18", "19", "20") for c in codes)
            evidence = ev.get("evidence") or []
            if g.get("exhaustive") and violent and not evidence:
                bad(f"violent/arrest event without evidence: {ev.get('what')!r}")
            for s in evidence:
                present(s, "event evidence")
                if isinstance(s, str) and len(s.split()) < 4:
                    bad(f"evidence shorter than four words: {s!r}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Corpus-level sanity check of the event tolls: extract every article of the news CSV (except the held-out ones,
whose extraction nobody reads) with `newswire extract --json`, and print the summed fatalities of the incidents
(CAMEO 17-20) dated in 2017, and the ten largest.

    scripts/corpus_tolls.py [--newswire .build/release/newswire] [--csv ../shared/data/news/NewsArticles.csv]
"""
import argparse, csv, json, os, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(here)
parser = argparse.ArgumentParser()
parser.add_argument("--newswire", default=os.path.join(repo, ".build/release/newswire"))
parser.add_argument("--csv", default=os.path.join(repo, "../shared/data/news/NewsArticles.csv"))
parser.add_argument("--held-out", default=os.path.join(repo, "../shared/data/held-out.txt"))
parser.add_argument("--top", type=int, default=10)
args = parser.parse_args()

held = set()
with open(args.held_out) as f:
    for line in f:
        for word in line.replace(",", " ").split():
            if word.isdigit():
                held.add(word)

csv.field_size_limit(1 << 30)
with open(args.csv, newline="", encoding="utf-8", errors="replace") as f:
    rows = list(csv.DictReader(f))
kept = [r for r in rows if r.get("article_id", "").strip() not in held]
with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="", encoding="utf-8") as out:
    writer = csv.DictWriter(out, fieldnames=list(rows[0].keys()))
    writer.writeheader()
    writer.writerows(kept)
    path = out.name
titles = {}
for r in kept:
    titles.setdefault(r.get("title", "").strip(), r.get("article_id"))

started = time.time()
proc = subprocess.run([args.newswire, "extract", "--json", path], capture_output=True, text=True)
os.unlink(path)
if proc.returncode != 0 and not proc.stdout.strip():
    sys.exit(f"newswire extract failed ({proc.returncode}): {proc.stderr[-2000:]}")
elapsed = time.time() - started

total, events, dated, undated = 0, [], 0, 0
for line in proc.stdout.splitlines():
    if not line.strip():
        continue
    x = json.loads(line)
    text_sentences = x.get("sentences", [])
    for e in x.get("events", []):
        if e.get("cameo", "")[:2] not in ("17", "18", "19", "20"):
            continue
        n = e.get("fatalities")
        if not n:
            continue
        if e.get("date") is None:
            undated += 1
            continue
        if not e["date"].startswith("2017"):
            continue
        dated += 1
        total += n
        title = x["article"].get("title") or ""
        events.append((n, titles.get(title.strip(), "?"), e["cameo"], e.get("trigger"), e.get("date"), title[:70]))

events.sort(key=lambda t: -t[0])
print(f"{len(kept)} articles ({len(rows) - len(kept)} held out) extracted in {elapsed:.1f} s")
print(f"summed fatalities of 2017-dated incidents (CAMEO 17-20): {total:,} over {dated} events "
      f"({undated} incidents with fatalities have no date)")
print(f"the {args.top} largest:")
for n, article, cameo, trigger, date, title in events[:args.top]:
    print(f"  {n:>10,}  #{article:<5} {cameo} {trigger!r:<14} {date}  {title}")

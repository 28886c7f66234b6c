"""Copies a news CSV to standard output without the rows whose article_id is held out (../shared/data/held-out.txt),
so that benchmarks of the pipeline never put the held-out articles through it.
    python3 scripts/without_held_out.py NewsArticles.csv held-out.txt > articles.csv"""
import csv
import sys

csv.field_size_limit(1 << 30)
held = {line.strip() for line in open(sys.argv[2], encoding="utf-8") if line.strip() and not line.startswith("#")}
reader = csv.reader(open(sys.argv[1], encoding="utf-8", newline=""))
writer = csv.writer(sys.stdout, lineterminator="\n")
header = next(reader)
writer.writerow(header)
id_column = header.index("article_id")
kept = skipped = 0
for row in reader:
    if len(row) > id_column and row[id_column].strip() in held:
        skipped += 1
        continue
    writer.writerow(row)
    kept += 1
print(f"{kept} rows kept, {skipped} held out", file=sys.stderr)

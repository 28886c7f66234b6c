#!/usr/bin/env bash
# The store at 100,000 articles: upsert rate through SQLiteStore.upsert, then every query kind timed at the gateway
# over ZeroMQ (p50/p90/p99), then the SQLite query plans of the main query shapes. Release builds throughout.
#   scripts/store-benchmark.sh                 # build the store if missing, then time the queries
#   REBUILD=1 scripts/store-benchmark.sh       # build the 100k store again (and time the upsert)
#   ARTICLES=20000 REPEAT=50 scripts/store-benchmark.sh
# Data stays in run/bench/ (not committed): corpus.jsonl (the CSV extracted once), store.sqlite, logs, results.
# The store and gateway it starts use ports ${PORT_BASE:-7555}..+5, so `make run` may keep running.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${ARTICLES:-100000}
repeat=${REPEAT:-200}
port=${PORT_BASE:-7555}
csv=${CSV:-../shared/data/news/NewsArticles.csv}
dir=run/bench
mkdir -p "$dir"
db="$dir/store-$articles.sqlite"

echo "== build (release)"
# The root package's store and gateway, built inside the nested package's .build: one release build, not two.
for product in newswire-store-bench newswire-store newswire-gateway; do
  swift build -c release --package-path Benchmarks --product $product >/dev/null
done
bin=Benchmarks/.build/release
bench=$bin/newswire-store-bench

if [ ! -s "$dir/corpus.jsonl" ]; then
  echo "== extract the base corpus once: $csv"
  $bench corpus --csv "$csv" --held-out ../shared/data/held-out.txt --out "$dir/corpus.jsonl"
fi

if [ -n "${REBUILD:-}" ] || [ ! -s "$db" ]; then
  echo "== upsert $articles articles ($(uptime))"
  $bench build --corpus "$dir/corpus.jsonl" --database "$db" --articles "$articles" | tee "$dir/build-$articles.md"
  sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;" >/dev/null
  echo "database after checkpoint: $(du -h "$db" | cut -f1)"
fi

e() { echo "tcp://127.0.0.1:$(( port + $1 ))"; }
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
$bin/newswire-store --database "$db" --queries-bind "$(e 4)" --results-bind "$(e 5)" --acks "$(e 3)" 2>"$dir/store.log" &
pids+=($!)
store_pid=$!
$bin/newswire-gateway --bind "$(e 0)" --ingester "$(e 1)" --store "$(e 4)" --timeout 60 2>"$dir/gateway.log" &
pids+=($!)

echo "== queries at the gateway ($(uptime))"
$bench query --gateway "$(e 0)" --corpus "$dir/corpus.jsonl" --articles "$articles" --repeat "$repeat" \
  | tee "$dir/queries-$articles.md"
echo "store peak memory: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$store_pid/status)"
echo "== $(uptime)"

echo "== query plans (EXPLAIN QUERY PLAN of the main shapes, scripts/store-benchmark-plans.sql)"
sqlite3 "$db" < scripts/store-benchmark-plans.sql | tee "$dir/plans-$articles.txt"

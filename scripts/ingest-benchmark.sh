#!/usr/bin/env bash
# Time to put a whole CSV through the running pipeline until every accepted article is stored and searchable.
# Starts its own services (release build) on ports 6555-6560 with a fresh database, so `make run` may keep running.
#   scripts/ingest-benchmark.sh [CSV] [EXTRACTORS]
set -euo pipefail
cd "$(dirname "$0")/.."
csv=${1:-../shared/data/news/NewsArticles.csv}
extractors=${2:-1}
bin=.build/release
[ -x $bin/newswire-store ] || swift build -c release >/dev/null
dir=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; wait 2>/dev/null; rm -rf "$dir"' EXIT
e() { echo "tcp://127.0.0.1:$1"; }
pids=()
$bin/newswire-store --database "$dir/db.sqlite" --queries-bind "$(e 6559)" --results-bind "$(e 6560)" --acks "$(e 6558)" 2>"$dir/store.log" & pids+=("store:$!")
$bin/newswire-ingester --journal "$dir/journal" --requests-bind "$(e 6556)" --articles-bind "$(e 6557)" --acks-bind "$(e 6558)" 2>"$dir/ingester.log" & pids+=("ingester:$!")
for i in $(seq 1 "$extractors"); do
  $bin/newswire-extractor --articles "$(e 6557)" --results "$(e 6560)" --instance "extractor-$i" 2>"$dir/extractor-$i.log" & pids+=("extractor-$i:$!")
done
$bin/newswire-gateway --bind "$(e 6555)" --ingester "$(e 6556)" --store "$(e 6559)" 2>"$dir/gateway.log" & pids+=("gateway:$!")
export NEWSWIRE_GATEWAY=$(e 6555)
for _ in $(seq 1 100); do $bin/newswire ping >/dev/null 2>&1 && break; sleep 0.1; done

start=$(date +%s.%N)
summary=$($bin/newswire ingest "$csv" --json 2>/dev/null || true)
accepted=$(echo "$summary" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accepted"])')
ingested=$(date +%s.%N)
while :; do
  stored=$($bin/newswire status --json --timeout 5 2>/dev/null | python3 -c '
import json, sys
services = json.load(sys.stdin)["services"]
print(next((s["counters"].get("articles", 0) for s in services if s["service"] == "store" and s["up"]), -1))' || echo -1)
  [ "$stored" -ge "$accepted" ] && break
  sleep 0.25
done
done_at=$(date +%s.%N)
$bin/newswire search "the" --limit 1 >/dev/null
python3 - "$start" "$ingested" "$done_at" "$accepted" "$extractors" <<'PY'
import sys
start, ingested, done, accepted, extractors = map(float, sys.argv[1:])
print(f"{int(accepted)} articles accepted in {ingested - start:.1f} s; all stored and searchable after {done - start:.1f} s "
      f"({accepted / (done - start):.0f} articles/s) with {int(extractors)} extractor(s)")
PY
for entry in "${pids[@]}"; do
  name=${entry%%:*}; pid=${entry##*:}
  echo "  $name peak memory: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$pid/status)"
done
echo "  database: $(du -h "$dir/db.sqlite" | cut -f1), journal: $(du -sh "$dir/journal" | cut -f1)"

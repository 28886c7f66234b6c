#!/usr/bin/env bash
# kill -9 each service in turn during a whole-CSV ingest (held-out records left out), restart it, and report what
# was lost, what was stored twice, and the seconds from the kill until every article is stored and nothing is
# pending. A first run with no victim gives the expected count. Release build; ports 6585-6590; its own folders.
#   scripts/fault-test.sh [EXTRACTORS] [KILL_AFTER_STORED] [CSV]
set -euo pipefail
cd "$(dirname "$0")/.."
extractors=${1:-2}
kill_after=${2:-800}
csv=${3:-../shared/data/news/NewsArticles.csv}
bin=.build/release
[ -x $bin/newswire-store ] || swift build -c release >/dev/null
root=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; wait 2>/dev/null; rm -rf "$root"' EXIT
python3 scripts/without_held_out.py "$csv" ../shared/data/held-out.txt > "$root/articles.csv" 2>/dev/null
e() { echo "tcp://127.0.0.1:$1"; }
export NEWSWIRE_GATEWAY=$(e 6585)

declare -A pids
start_service() {  # name
  local dir=$1 name=$2
  case $name in
    store) $bin/newswire-store --database "$dir/db.sqlite" --queries-bind "$(e 6589)" --results-bind "$(e 6590)" \
             --acks "$(e 6588)" 2>>"$dir/store.log" & ;;
    ingester) $bin/newswire-ingester --journal "$dir/journal" --requests-bind "$(e 6586)" --articles-bind "$(e 6587)" \
             --acks-bind "$(e 6588)" --resend-after 5 2>>"$dir/ingester.log" & ;;
    extractor-*) $bin/newswire-extractor --articles "$(e 6587)" --results "$(e 6590)" --instance "$name" 2>>"$dir/$name.log" & ;;
    gateway) $bin/newswire-gateway --bind "$(e 6585)" --ingester "$(e 6586)" --store "$(e 6589)" 2>>"$dir/gateway.log" & ;;
  esac
  pids[$name]=$!
}

counters() {  # prints "stored pending" (-1 when a service does not answer)
  $bin/newswire status --json --timeout 3 2>/dev/null | python3 -c '
import json, sys
services = {s["service"]: s for s in json.load(sys.stdin)["services"] if s.get("up")}
print(services.get("store", {}).get("counters", {}).get("articles", -1),
      services.get("ingester", {}).get("counters", {}).get("pending", -1))' 2>/dev/null || echo "-1 -1"
}

run() {  # victim ("none" for the clean run); prints "stored settle_seconds"
  local victim=$1 dir="$root/$1"
  mkdir -p "$dir"
  pids=()
  start_service "$dir" store; start_service "$dir" ingester
  for i in $(seq 1 "$extractors"); do start_service "$dir" "extractor-$i"; done
  start_service "$dir" gateway
  for _ in $(seq 1 100); do $bin/newswire ping >/dev/null 2>&1 && break; sleep 0.1; done
  $bin/newswire ingest "$dir/../articles.csv" --json >"$dir/ingest.json" 2>"$dir/ingest.err" &
  local cli=$! killed_at="" stored pending give_up=$(( $(date +%s) + 900 ))
  while :; do
    # bounded: a run that never settles (something lost) ends after 15 minutes and reports what it has
    [ "$(date +%s)" -ge "$give_up" ] && break
    read -r stored pending < <(counters)
    if [ -z "$killed_at" ] && [ "$victim" != none ] && [ "$stored" -ge "$kill_after" ]; then
      kill -9 "${pids[$victim]}"; wait "${pids[$victim]}" 2>/dev/null || true
      killed_at=$(date +%s.%N)
      sleep 1
      start_service "$dir" "$victim"
    fi
    if [ -z "$killed_at" ] && [ "$victim" = none ]; then killed_at=$(date +%s.%N); fi
    if ! kill -0 $cli 2>/dev/null && [ "$pending" = 0 ] && [ "$stored" -ge "${expected:-1}" ]; then break; fi
    if ! kill -0 $cli 2>/dev/null && [ "$pending" = 0 ] && [ "$victim" = none ]; then break; fi
    sleep 0.5
  done
  wait $cli || true
  local settled; settled=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$killed_at" "$(date +%s.%N)")
  local distinct; distinct=$(sqlite3 "$dir/db.sqlite" "SELECT COUNT(DISTINCT id) FROM articles")
  for name in "${!pids[@]}"; do kill "${pids[$name]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "$stored $settled $distinct"
}

read -r expected settle distinct < <(run none)
echo "clean run: $expected articles stored in ${settle} s"
printf "%-12s %6s %6s %6s %10s\n" victim stored lost dup settle_s
for victim in ingester extractor-1 store gateway; do
  read -r stored settle distinct < <(run "$victim")
  lost=$(( expected > distinct ? expected - distinct : 0 ))
  dup=$(( stored - distinct + (distinct > expected ? distinct - expected : 0) ))
  printf "%-12s %6s %6s %6s %10s\n" "$victim" "$stored" "$lost" "$dup" "$settle"
done

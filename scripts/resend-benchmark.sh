#!/usr/bin/env bash
# Re-sends during a clean ingest of the whole CSV (held-out records left out): the ingester's sent, re-sent, taken and
# given-up counts once every accepted article is stored. Starts its own services (release build) on ports 6575-6580
# with a fresh database, so `make run` may keep running.
#   scripts/resend-benchmark.sh [RESEND_AFTER] [EXTRACTORS] [CSV]
set -euo pipefail
cd "$(dirname "$0")/.."
resend=${1:-5}
extractors=${2:-2}
csv=${3:-../shared/data/news/NewsArticles.csv}
bin=.build/release
[ -x $bin/newswire-store ] || swift build -c release >/dev/null
dir=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; wait 2>/dev/null; rm -rf "$dir"' EXIT
python3 scripts/without_held_out.py "$csv" ../shared/data/held-out.txt > "$dir/articles.csv"
e() { echo "tcp://127.0.0.1:$1"; }
$bin/newswire-store --database "$dir/db.sqlite" --queries-bind "$(e 6579)" --results-bind "$(e 6580)" --acks "$(e 6578)" 2>"$dir/store.log" &
$bin/newswire-ingester --journal "$dir/journal" --requests-bind "$(e 6576)" --articles-bind "$(e 6577)" --acks-bind "$(e 6578)" \
  --resend-after "$resend" 2>"$dir/ingester.log" &
for i in $(seq 1 "$extractors"); do
  $bin/newswire-extractor --articles "$(e 6577)" --results "$(e 6580)" --instance "extractor-$i" 2>"$dir/extractor-$i.log" &
done
$bin/newswire-gateway --bind "$(e 6575)" --ingester "$(e 6576)" --store "$(e 6579)" 2>"$dir/gateway.log" &
export NEWSWIRE_GATEWAY=$(e 6575)
for _ in $(seq 1 100); do $bin/newswire ping >/dev/null 2>&1 && break; sleep 0.1; done

start=$(date +%s.%N)
accepted=$($bin/newswire ingest "$dir/articles.csv" --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["accepted"])')
while :; do
  $bin/newswire status --json --timeout 5 > "$dir/status.json" 2>/dev/null || true
  pending=$(python3 -c '
import json, sys
services = json.load(open(sys.argv[1]))["services"]
ingester = next((s for s in services if s["service"] == "ingester" and s["up"]), None)
print(ingester["counters"]["pending"] if ingester else -1)' "$dir/status.json" 2>/dev/null || echo -1)
  [ "$pending" = 0 ] && break
  sleep 0.5
done
done_at=$(date +%s.%N)
python3 - "$dir/status.json" "$accepted" "$start" "$done_at" "$resend" "$extractors" <<'PY'
import json, sys
services = json.load(open(sys.argv[1]))["services"]
accepted, start, done, resend, extractors = int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5], sys.argv[6]
c = next(s for s in services if s["service"] == "ingester")["counters"]
store = next(s for s in services if s["service"] == "store")["counters"]
print(f"--resend-after {resend}, {extractors} extractor(s): {accepted} accepted, {store.get('articles')} stored in {done - start:.0f} s; "
      f"sent {c['sent']}, re-sent {c['resent']} ({100 * c['resent'] / max(1, accepted):.2f}% of articles), "
      f"given up {c['abandoned']}, taken reports {c['taken']}, refused {c.get('refused', 0)}")
PY

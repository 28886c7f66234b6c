#!/usr/bin/env bash
# What CURVE costs on the ingest path: `newswire ingest` of a CSV through the gateway into the ingester (no extractor,
# no store: only the client -> gateway -> ingester round trips and the journal), with and without keys, RUNS times each.
#   scripts/curve-overhead.sh [CSV] [RUNS]     (release binaries: swift build -c release first)
set -euo pipefail
cd "$(dirname "$0")/.."
CSV=${1:-../shared/data/news/NewsArticles.csv}
RUNS=${2:-3}
BIN=${BIN:-.build/release}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
"$BIN/newswire" keys init "$work/keys" >/dev/null
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

run_once() {  # $1: keys folder or ""
  local g r a k dir=$work/run-$RANDOM
  g=$(port); r=$(port); a=$(port); k=$(port)
  NEWSWIRE_CURVE_KEYS=$1 "$BIN/newswire-ingester" --requests-bind tcp://127.0.0.1:$r --articles-bind tcp://127.0.0.1:$a \
    --acks-bind tcp://127.0.0.1:$k --journal "$dir/journal" --log-level warning 2>/dev/null & local ingester=$!
  NEWSWIRE_CURVE_KEYS=$1 "$BIN/newswire-gateway" --bind tcp://127.0.0.1:$g --ingester tcp://127.0.0.1:$r \
    --store tcp://127.0.0.1:$(port) --log-level warning 2>/dev/null & local gateway=$!
  NEWSWIRE_CURVE_KEYS=$1 "$BIN/newswire" ingest "$CSV" --gateway tcp://127.0.0.1:$g --json 2>/dev/null \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["seconds"], d["accepted"])'
  kill -TERM $gateway $ingester; wait $gateway $ingester 2>/dev/null || true
}

for mode in none curve; do
  for i in $(seq 1 "$RUNS"); do
    keys=""; [ $mode = curve ] && keys=$work/keys
    echo "$mode $(run_once "$keys")"
  done
done

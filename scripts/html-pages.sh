#!/usr/bin/env bash
# Lays out the pages `newswire eval-html` measures against, from local git copies of the two projects that ship
# them (no page is committed here): Mozilla Readability's test/test-pages (source.html + expected.html per page)
# and trafilatura's tests (cache/, eval/, evaldata.json with the snippets each page's text must and must not hold).
#
#   scripts/html-pages.sh [OUT]            # OUT defaults to /tmp/newswire-html-pages
#   READABILITY_GIT=... TRAFILATURA_GIT=...  # git directories (bare or not) of github mozilla/readability, adbar/trafilatura
#
# Which pages are dev and which test is fixed in Tests/HTMLPages/{readability,trafilatura}-{dev,test}.txt.
set -euo pipefail
out=${1:-/tmp/newswire-html-pages}
readability=${READABILITY_GIT:-/work/.mirror/mozilla+readability/repo}
trafilatura=${TRAFILATURA_GIT:-/work/.mirror/adbar+trafilatura/repo}
mkdir -p "$out/readability" "$out/trafilatura"
git --git-dir="$readability" archive HEAD test/test-pages | tar -x -C "$out/readability" --strip-components=1
git --git-dir="$trafilatura" archive HEAD tests/cache tests/eval tests/evaldata.json | tar -x -C "$out/trafilatura" --strip-components=1
echo "readability: $(ls "$out/readability/test-pages" | wc -l) pages; trafilatura: $(ls "$out/trafilatura/cache" "$out/trafilatura/eval" | wc -l) files -> $out"

#!/usr/bin/env bash
# Release-speed figures for HTMLText alone (parse + article extraction + metadata), without building the whole
# package in release: compiles Sources/HTMLText with `swiftc -O` beside a small driver and reads every page that
# scripts/html-pages.sh laid out. CPU time of this process, so a busy machine does not inflate it.
#   scripts/html-speed.sh [PAGES]     # PAGES defaults to /tmp/newswire-html-pages
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
pages=${1:-/tmp/newswire-html-pages}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swiftc -O -o "$out/html-speed" "$here"/Sources/HTMLText/*.swift "$here/scripts/html-speed/main.swift"
"$out/html-speed" "$pages"

#!/usr/bin/env bash
# Screenshots of `nianbao serve` for docs/img/: the overview, a report view (the
# first report whose printed totals do not add up) and a search, taken by headless
# Chromium on the archive `nianbao demo` builds by crawling the bundled fixture web.
# Usage: scripts/serve-screenshots.sh [QUERY]   (default query: 依申请公开)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
cargo build -q --bin nianbao
./target/debug/nianbao demo --out "$work/demo" >/dev/null
mkdir -p docs/img
NIANBAO_SCREENSHOT_DB="$work/demo/demo.sqlite" \
NIANBAO_SCREENSHOT_DIR="$root/docs/img" \
NIANBAO_SCREENSHOT_QUERY="${1:-依申请公开}" \
  cargo test -q -p nianbao-serve --test serve screenshots -- --ignored
ls -l docs/img/serve-*.png

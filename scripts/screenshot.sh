#!/usr/bin/env bash
# Screenshot a rendered HTML policy in headless Chromium, to check by eye that
# the Japanese renders and the tables read well. Not part of CI.
#
#   scripts/screenshot.sh [page.html] [out.png] [width] [height]
#
# Defaults: examples/rendered/000-genesis.ja.html → /tmp/appi-policy-screenshot.png,
# 1280×2400. Needs Debian's chromium and a Japanese font:
#
#   apt-get update && apt-get install -y chromium fonts-noto-cjk
#
# Chromium runs with a fresh profile in a temporary directory and no network
# features, so the page is rendered exactly as a reader without extensions
# would see it (the page itself loads nothing: its CSP forbids it).
set -euo pipefail
cd "$(dirname "$0")/.."

page="${1:-examples/rendered/000-genesis.ja.html}"
out="${2:-/tmp/appi-policy-screenshot.png}"
width="${3:-1280}"
height="${4:-2400}"

browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "chromium not found; install it with: apt-get update && apt-get install -y chromium fonts-noto-cjk" >&2
  exit 2
fi
if [ ! -f "$page" ]; then
  echo "no such page: $page (run \`npm run codegen\` to render the examples)" >&2
  exit 2
fi
if ! fc-list :lang=ja 2>/dev/null | grep -q .; then
  echo "warning: no Japanese font installed; install fonts-noto-cjk or the text shows as boxes" >&2
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

flags=(--headless --disable-gpu --disable-background-networking --disable-component-update --disable-sync
  --no-first-run --hide-scrollbars --user-data-dir="$profile" --window-size="$width,$height" --screenshot="$out")
# Chromium refuses to run as root without --no-sandbox (containers, CI images).
if [ "$(id -u)" = "0" ]; then flags+=(--no-sandbox); fi

"$browser" "${flags[@]}" "file://$(realpath "$page")" 2>/dev/null
echo "wrote $out"

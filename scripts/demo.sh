#!/bin/sh
# The README's first command: the main job on the bundled examples.
set -e
cli="npx --no-install tsx src/cli/main.ts"
echo "== validate every example"
$cli validate examples/*.yaml
echo
echo "== summary of seed 000 (Japanese)"
$cli summary examples/000-genesis.yaml --lang ja
echo
echo "== lint seed 000 (its \"business necessity\" ground is one no route of the Act allows, so lint exits 1)"
$cli lint examples/000-genesis.yaml || true
echo
echo "== guard: may seed 000's entrusted client data be used for the operator's own sales?"
$cli check examples/000-genesis.yaml --category entrusted-client-data --purpose client-business || true
echo
echo "== render seed 004 as Japanese Markdown (first lines)"
$cli render examples/004-k-zone.yaml --format markdown | head -12
echo
echo "== render seed 003 in English (names without a published English form print as written)"
$cli render examples/003-centrex.yaml --lang en --format text | head -8
echo
echo "== import seed 003 as its company publishes it (examples/import/003-centrex.txt), then lint the draft"
draft="${TMPDIR:-/tmp}/appi-policy-demo-draft.yaml"
$cli import examples/import/003-centrex.txt --out "$draft"
sed -n '1,12p' "$draft"
echo "…"
$cli lint "$draft" | tail -8 || true
echo
echo "== the playground: one page, no server needed"
npm run -s playground:build
echo "open playground/dist/index.html in a browser, or: npm run playground  (http://127.0.0.1:8787/)"

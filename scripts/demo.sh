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
echo "== lint seed 003 (its findings are real gaps of the published policy, so lint exits 1)"
$cli lint examples/003-centrex.yaml || true
echo
echo "== guard: may seed 000's entrusted client data be used for the operator's own sales?"
$cli check examples/000-genesis.yaml --category entrusted-client-data --purpose client-business || true
echo
echo "== render seed 004 as Japanese Markdown (first lines)"
$cli render examples/004-k-zone.yaml --format markdown | head -12

#!/bin/sh
# Puts what the consumer tests (test/full/consumers.test.ts) install into npm's cache — packages and
# their metadata, with their dependencies — so that the tests themselves run offline
# (`npm install --offline`). Run once per machine, with network:
#     sh scripts/consumer-packages.sh
set -e
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
deps=$(node -p "Object.entries(require('./package.json').dependencies).map(([n, v]) => n + '@' + v).join(' ')")
for set in "typescript@5.5.4 $deps" "typescript@5.9.3" "typescript@6.0.3" "typescript@7.0.2" "effect@3.22.4"; do
  rm -rf "$scratch/p" && mkdir "$scratch/p" && echo '{"name":"cache-fill","private":true,"version":"1.0.0"}' > "$scratch/p/package.json"
  # shellcheck disable=SC2086
  (cd "$scratch/p" && npm install --no-audit --no-fund --no-package-lock --ignore-scripts $set @types/node@20.19.43 >/dev/null)
done
echo "consumer packages cached"

#!/usr/bin/env bash
# graphology (npm: graphology-graphml, graphology-gexf; the library under Gephi
# Lite and sigma.js) reads geokg's GraphML and GEXF, on the export fixture and
# on the hostile fixture.
#   test_export_graphology.sh GEOKG_BINARY SOURCE_DIR
# Needs node and tests/js/node_modules (`cd tests/js && npm ci`): without them it
# prints SKIP, except under CI=true, where it fails.
set -euo pipefail
geokg=$1
src=$2
js="$src/tests/js"
if ! command -v node >/dev/null || [ ! -d "$js/node_modules/graphology-graphml" ] || [ ! -d "$js/node_modules/graphology-gexf" ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "FAIL: node or tests/js/node_modules missing (run: cd tests/js && npm ci)"
    exit 1
  fi
  echo "SKIP: graphology reader test (needs node and: cd tests/js && npm ci)"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$geokg" build "$src/tests/e2e/data/export_fixture.jsonl" -o "$tmp/fixture" -q
"$geokg" build "$src/tests/e2e/data/export_hostile.jsonl" -o "$tmp/hostile" -q
"$geokg" build "$src/tests/e2e/data/export_fixture.jsonl" -o "$tmp/country" -q --country-level
node "$js/test_graphology.mjs" "$tmp/fixture" "$tmp/hostile" "$tmp/country"

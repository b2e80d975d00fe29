#!/usr/bin/env bash
# Annotates the PolNeAR and BBC articles of ../shared/data/corpus (CSV and JSONL) into the folder given,
# as polnear-train/ and bbc/: the corpora that scripts/measure-speaker-linking.sh and
# scripts/measure-stance-sample.sh score. Either script calls it, unless QUOTESTANCE_ANNOTATED names a
# folder this script already filled (scripts/measure-dev-sets.sh annotates once for both).
#   scripts/annotate-corpora.sh OUT
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${QUOTESTANCE_DATA:-$root/../shared/data}"
out="${1:?usage: annotate-corpora.sh OUT}"
for corpus in polnear-train bbc; do
  if [ -d "$data/corpus/$corpus" ]; then
    "$root/quotestance" annotate "$data/corpus/$corpus" --out "$out/$corpus" --formats csv,jsonl --no-progress 2> /dev/null
  fi
done

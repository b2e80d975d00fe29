#!/usr/bin/env bash
# Measures corpus-level speaker linking: annotates the 840 PolNeAR training articles (and, to fill the
# hand-judged sample up to 120 unresolved cases, the BBC articles) and runs `eval speakers` on them.
# Writes eval-results/speaker-linking.json and .md; the judged sample eval-results/speaker-linking-sample.csv
# keeps its verdicts (new cases get an empty verdict to judge).
#   scripts/measure-speaker-linking.sh     (from the repository root; about two minutes on 2 cores)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${QUOTESTANCE_DATA:-$root/../shared/data}"
out="$root/eval-results"
[ -d "$data/corpus/polnear-train" ] || { echo "no PolNeAR corpus at $data/corpus/polnear-train" >&2; exit 2; }
annotated="${QUOTESTANCE_ANNOTATED:-}"
if [ -z "$annotated" ]; then
  annotated="$(mktemp -d)"
  trap 'rm -rf "$annotated"' EXIT
  "$root/scripts/annotate-corpora.sh" "$annotated"
fi
more=()
[ -d "$annotated/bbc" ] && more=(--sample-corpus "$annotated/bbc")
"$root/quotestance" eval speakers "$annotated/polnear-train" "${more[@]}" --sample "$out/speaker-linking-sample.csv" \
    --out "$out/speaker-linking.json" --markdown "$out/speaker-linking.md"

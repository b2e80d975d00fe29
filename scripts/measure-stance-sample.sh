#!/usr/bin/env bash
# Scores the hand-judged stance sample (eval-results/stance-sample.csv) against the current pipeline:
# annotates the PolNeAR and BBC articles of ../shared/data/corpus, then scripts/stance-sample.py score
# writes eval-results/stance-sample.md (used by scripts/measure-dev-sets.sh for the README).
# Rows the pipeline now makes that the sample has no verdict for are reported by `score`; redraw and
# judge them (scripts/stance-sample.py draw, see docs/stance.md) before trusting the share.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${QUOTESTANCE_DATA:-$root/../shared/data}"
out="$root/eval-results"
[ -d "$data/corpus/polnear-train" ] && [ -d "$data/corpus/bbc" ] || { echo "no corpora under $data/corpus" >&2; exit 2; }
annotated="${QUOTESTANCE_ANNOTATED:-}"
if [ -z "$annotated" ]; then
  annotated="$(mktemp -d)"
  trap 'rm -rf "$annotated"' EXIT
  "$root/scripts/annotate-corpora.sh" "$annotated"
fi
python3 "$root/scripts/stance-sample.py" score "$out/stance-sample.csv" "$annotated/polnear-train" "$annotated/bbc" \
    --markdown "$out/stance-sample.md"

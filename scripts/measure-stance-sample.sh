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
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ -d "$data/corpus/polnear-train" ] && [ -d "$data/corpus/bbc" ] || { echo "no corpora under $data/corpus" >&2; exit 2; }
"$root/quotestance" annotate "$data/corpus/polnear-train" --out "$work/polnear-train" --formats csv --no-progress 2> /dev/null
"$root/quotestance" annotate "$data/corpus/bbc" --out "$work/bbc" --formats csv --no-progress 2> /dev/null
python3 "$root/scripts/stance-sample.py" score "$out/stance-sample.csv" "$work/polnear-train" "$work/bbc" \
    --markdown "$out/stance-sample.md"

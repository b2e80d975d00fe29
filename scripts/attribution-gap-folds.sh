#!/usr/bin/env bash
# Where the quote layer's overlap points go between PolNeAR dev and unseen tenths of train (issue 16):
# scores dev with the shipped models, and three tenths of train (the 10th, 9th and 8th article of every ten)
# each with cue, source and boundary models fitted without it (train quotes --hold-out-every; the 10th
# tenth, the one scripts/measure-dev-sets.sh holds out, is also left out of the other two fits), then
# prints scripts/attribution-gap.py's breakdown of the four side by side, then each tenth's overlap F1, exact F1
# and speaker accuracy with their mean. Nothing is fitted on dev. Options after the script name go to every
# `train quotes` (the cue model's settings: --min-cue-count, --min-cue-rate, --cue-cutoff, --cue-iterations).
#   scripts/attribution-gap-folds.sh [train quotes options]   (from the repository root; three trainings: minutes)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${QUOTESTANCE_DATA:-$root/../shared/data}"
train="$data/quotes/polnear-train.jsonl"
[ -f "$train" ] || { echo "no PolNeAR train file at $train (set QUOTESTANCE_DATA)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/quotestance" eval quotes "$data/quotes/polnear-dev.jsonl" --rows "$work/dev.csv"
options=("$@")
fit() { # training file, N, tenth
  "$root/quotestance" train quotes --train "$1" --out "$work/cue.gz" --source-out "$work/source.gz" \
    --boundary-out "$work/boundary.gz" --hold-out-every "$2" --rows "$work/tenth-$3.csv" \
    --figures "$work/tenth-$3.json" ${options[@]+"${options[@]}"} > /dev/null
}
fit "$train" 10 10
for k in 9 8; do
  # the 10th article of every ten left out; the k-th moved to the end of its nine, so every 9th is held out
  python3 - "$train" "$k" "$work/train-$k.jsonl" <<'PY'
import sys
lines = [l for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
k = int(sys.argv[2])
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for start in range(0, len(lines), 10):
        block = lines[start:start + 10]
        if len(block) < 10:
            sys.exit(f"{sys.argv[1]}: {len(lines)} articles, not a multiple of ten")
        out.writelines(block[i] for i in range(9) if i != k - 1)
        out.write(block[k - 1])
PY
  fit "$work/train-$k.jsonl" 9 "$k"
done
python3 "$root/scripts/attribution-gap.py" "$work/dev.csv" "$work/tenth-10.csv" "$work/tenth-9.csv" "$work/tenth-8.csv"
python3 - "$work" <<'PY'
import json, sys
keys = ["all_overlap_f1", "all_exact_f1", "speaker_accuracy"]
tenths = [json.load(open(f"{sys.argv[1]}/tenth-{k}.json"))["held_out_train"] for k in (10, 9, 8)]
print(f"{'held-out tenth':<20}" + "".join(f"{k:>18}" for k in keys))
for name, t in zip(("10th", "9th", "8th"), tenths):
    print(f"{name:<20}" + "".join(f"{t[k]:>18}" for k in keys))
print(f"{'mean':<20}" + "".join(f"{sum(t[k] for t in tenths) / 3:>18.4f}" for k in keys))
PY

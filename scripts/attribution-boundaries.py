#!/usr/bin/env python3
"""Where exact PolNeAR matches are lost, from the rows of `eval quotes --rows` / `train quotes --rows`.

  scripts/attribution-boundaries.py rows.csv        (issue 16: counts only; it prints no gold text)

Pairs every gold attribution with the found one sharing most characters (none: a miss) and counts, by gold
type, how the pair's start and end compare: same, found earlier, found later. A found start earlier than the
gold's is mostly a cue that takes in its object ("accusing her of [being …]") or a connective before content
that precedes its cue; a found end later is mostly an adjunct or clause after the content.
"""
import csv
import sys
from collections import Counter, defaultdict


def compare(found, gold, names):
    return names[0] if found == gold else names[1] if found < gold else names[2]


def main(path):
    found = defaultdict(list)
    gold = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            (found if row["row"] == "found" else gold)[row["doc_id"]].append(
                (int(row["begin"]), int(row["end"]), row["type"]))
    counts = Counter()
    for doc, golds in gold.items():
        for begin, end, kind in golds:
            best, shared = None, 0
            for f_begin, f_end, _ in found[doc]:
                overlap = min(end, f_end) - max(begin, f_begin)
                if overlap > shared:
                    best, shared = (f_begin, f_end), overlap
            if best is None:
                counts[(kind, "missed", "")] += 1
            else:
                counts[(kind, compare(best[0], begin, ("start=", "start_early", "start_late")),
                        compare(best[1], end, ("end=", "end_early", "end_late")))] += 1
    for (kind, start, end), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{n:6d}  {kind:9s} {start:12s} {end}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])

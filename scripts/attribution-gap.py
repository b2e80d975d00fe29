#!/usr/bin/env python3
"""Breaks PolNeAR overlap figures down from the rows of `eval quotes --rows` / `train quotes --rows`.

  scripts/attribution-gap.py dev.csv held-out.csv      (labels: the file names)

Prints, for each rows file side by side: overlap precision, recall and F1 overall; precision and count of
found attributions by the annotator that made them; recall by gold type and by gold cue class; and per
outlet (PolNeAR ids are polnear-<outlet>_...) the gold share, precision, recall and F1. A last line
reweights each file's per-outlet figures to the other's outlet mix, to tell a mix difference from an
accuracy difference.
"""
import csv
import sys
from collections import defaultdict


def outlet(doc_id):
    return doc_id.split("-", 1)[1].split("_", 1)[0] if doc_id.startswith("polnear-") else "?"


def load(path):
    found, gold = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])
    for r in csv.DictReader(open(path, encoding="utf-8")):
        hit = r["hit"] == "true"
        o = outlet(r["doc_id"])
        if r["row"] == "found":
            for key in ("all", "origin:" + r["origin"], "outlet:" + o, "ftype:" + r["type"]):
                found[key][0] += 1
                found[key][1] += hit
        else:
            for key in ("all", "type:" + r["type"], "cue:" + r["cue_class"], "outlet:" + o):
                gold[key][0] += 1
                gold[key][1] += hit
    return found, gold


def ratio(a, b):
    return a / b if b else 0.0


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def main(paths):
    sets = [load(p) for p in paths]
    names = [p.rsplit("/", 1)[-1] for p in paths]
    print("figure".ljust(40) + "".join(n[:30].rjust(34) for n in names))

    def row(label, cells):
        print(label.ljust(40) + "".join(c.rjust(34) for c in cells))

    cells = []
    for found, gold in sets:
        p, r = ratio(found["all"][1], found["all"][0]), ratio(gold["all"][1], gold["all"][0])
        cells.append(f"P {p:.3f} R {r:.3f} F {f1(p, r):.3f}")
    row("overall", cells)
    keys = sorted({k for found, _ in sets for k in found if k.startswith(("origin:", "ftype:"))})
    for k in keys:
        row(k + " precision (n)",
            [f"{ratio(f[k][1], f[k][0]):.3f} ({f[k][0]}, wrong {f[k][0] - f[k][1]})" for f, _ in sets])
    keys = sorted({k for _, gold in sets for k in gold if k.startswith(("type:", "cue:"))})
    for k in keys:
        row(k + " recall (n)", [f"{ratio(g[k][1], g[k][0]):.3f} ({g[k][0]}, missed {g[k][0] - g[k][1]})"
                                for _, g in sets])
    outlets = sorted({k for _, gold in sets for k in gold if k.startswith("outlet:")})
    per = []
    for found, gold in sets:
        d = {}
        for k in outlets:
            p, r = ratio(found[k][1], found[k][0]), ratio(gold[k][1], gold[k][0])
            d[k] = (ratio(gold[k][0], gold["all"][0]), p, r, found[k], gold[k])
        per.append(d)
    for k in outlets:
        row(k + " share P R F", [f"{d[k][0]:.2f} {d[k][1]:.3f} {d[k][2]:.3f} {f1(d[k][1], d[k][2]):.3f}"
                                 for d in per])
    if len(sets) == 2:
        # each set's per-outlet hit rates, weighted by the other set's gold and found counts per outlet
        for i, j in ((0, 1), (1, 0)):
            fi, gi = sets[i]
            fj, gj = sets[j]
            tp_found = sum(ratio(fi[k][1], fi[k][0]) * fj[k][0] for k in outlets)
            tp_gold = sum(ratio(gi[k][1], gi[k][0]) * gj[k][0] for k in outlets)
            p, r = ratio(tp_found, fj["all"][0]), ratio(tp_gold, gj["all"][0])
            print(f"{names[i]} per-outlet rates in {names[j]}'s outlet mix: P {p:.3f} R {r:.3f} F {f1(p, r):.3f}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])

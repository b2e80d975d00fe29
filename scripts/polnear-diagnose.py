#!/usr/bin/env python3
"""Where the quote layer misses PolNeAR: gold cue heads and span shapes, missed gold attributions by
cue, false positives by our cue lemma, and boundary errors of the matched ones.

    scripts/polnear-diagnose.py GOLD.jsonl [OURS.jsonl] [--examples N]

GOLD is a quotes/*.jsonl file of ../shared/data; OURS is the corpus.jsonl that
`quotestance annotate DIR --formats jsonl` writes for the same texts (one DIR/<id>.txt per gold
document). Without OURS only the gold is described. Use it on a held-out part of train (see
`quotestance train quotes --hold-out-every`), not on dev, so that dev stays unseen.
"""
import argparse
import collections
import json
import re

NOT_HEADS = {"has", "have", "had", "also", "was", "were", "is", "are", "will", "would", "could", "did",
             "does", "do", "been", "be", "not", "to", "it", "he", "she", "they", "we", "i"}


def head(cue):
    for w in (cue or "").split():
        if w[0].isalpha() and w.lower() not in NOT_HEADS:
            return re.sub(r"\W+$", "", w.lower())
    return (cue or "").strip().lower() or "<none>"


def load(path):
    return {d["id"]: d for d in map(json.loads, filter(str.strip, open(path, encoding="utf-8")))}


def overlaps(a, b):
    return min(a[1], b[1]) > max(a[0], b[0])


def describe_gold(gold):
    heads, kinds, ends = collections.Counter(), collections.Counter(), collections.Counter()
    for d in gold.values():
        t = d["text"]
        for q in d["quotes"]:
            heads[head(q["cue"])] += 1
            kinds[q["type"]] += 1
            ends[repr(t[q["end"]:q["end"] + 1])] += 1
    print("gold attributions by type:", dict(kinds))
    print("character after the content:", ends.most_common(6))
    print("most frequent cue heads:", heads.most_common(60))


def compare(gold, ours, examples):
    missed, false_pos, bounds = collections.Counter(), collections.Counter(), collections.Counter()
    missed_ex, false_ex = collections.defaultdict(list), collections.defaultdict(list)
    for doc_id, d in gold.items():
        t = d["text"]
        pred = ours.get(doc_id, {}).get("quotes", [])
        gspans = [(q["start"], q["end"], q) for q in d["quotes"]]
        for g0, g1, q in gspans:
            best = max(pred, key=lambda p: min(p["end"], g1) - max(p["start"], g0), default=None)
            if best is None or not overlaps((best["start"], best["end"]), (g0, g1)):
                h = head(q["cue"])
                missed[h] += 1
                missed_ex[h].append(f'{q["type"]} cue={q["cue"]!r} src={q["speaker"]!r}: {t[g0:g1][:140]!r}')
            else:
                bounds[("start " + ("=" if best["start"] == g0 else "<" if best["start"] < g0 else ">"),
                        "end " + ("=" if best["end"] == g1 else "<" if best["end"] < g1 else ">"))] += 1
        for p in pred:
            if not any(overlaps((p["start"], p["end"]), (g0, g1)) for g0, g1, _ in gspans):
                lemma = (p.get("cue") or {}).get("lemma") or "<none>"
                false_pos[lemma] += 1
                false_ex[lemma].append(f'{p["type"]} {p["text"][:140]!r}')
    print("\nmissed gold by cue head:", sum(missed.values()))
    for h, n in missed.most_common(25):
        print(f"  {n:4d} {h}")
        for e in missed_ex[h][:examples]:
            print("         ", e)
    print("\nfalse positives by our cue lemma:", sum(false_pos.values()))
    for h, n in false_pos.most_common(20):
        print(f"  {n:4d} {h}")
        for e in false_ex[h][:examples]:
            print("         ", e)
    print("\nboundaries of matched attributions:", bounds.most_common())


def main():
    a = argparse.ArgumentParser()
    a.add_argument("gold")
    a.add_argument("ours", nargs="?")
    a.add_argument("--examples", type=int, default=2)
    args = a.parse_args()
    gold = load(args.gold)
    describe_gold(gold)
    if args.ours:
        compare(gold, load(args.ours), args.examples)


if __name__ == "__main__":
    main()

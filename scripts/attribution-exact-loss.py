#!/usr/bin/env python3
"""Where PolNeAR's exact F1 is lost, from a gold file and the rows of `eval quotes --rows` / `train quotes --rows`.

  scripts/attribution-exact-loss.py GOLD.jsonl rows.csv [--examples N]      (issue 16)

Every gold attribution not found exactly and every found one not matching a gold one exactly falls in one
category: (a) gold with no overlapping found attribution, by the gold cue's kind; (b) found with no
overlapping gold; (c, d) gold that a found attribution overlaps (the one sharing most characters) with a
wrong start or end, by the shape of the difference and by whether that found attribution has the gold cue (a
boundary error) or another (a pairing error: the content of one cue runs over another's); found attributions that overlap gold but match none
exactly are counted beside them (two found for one gold, one found for two). With --examples it prints up to
N texts of each boundary pattern (gold text: keep the output out of the repository).
"""
import argparse
import collections
import csv
import json
import re

NOUN_CUES = re.compile(r"\b(statement|interview|report|reports|claim|claims|remarks|view|views|comments|"
                       r"speech|letter|tweet|tweets|post|announcement|testimony|message|opinion|argument|"
                       r"accusations?|allegations?|warning|assessment|estimates?|analysis|belief|promise|"
                       r"pledge|vow|charge|assertion|suggestion|conclusion|finding|findings|sources?|poll|"
                       r"survey|study|data|record|records|documents?|filing|complaint|lawsuit|email|emails)\b")
BELIEF = {"BELIEF", "PERCEPTION"}
PUNCT = set(".,;:!?\"'“”‘’—–-()")


def cue_kind(cue, cue_class):
    c = (cue or "").lower()
    if "according to" in c:
        return "according to"
    if cue_class in BELIEF:
        return "belief/perception"
    if NOUN_CUES.search(c):
        return "noun cue"
    if cue_class in ("SPEECH", "WRITING"):
        return "speech/writing verb"
    if not c.strip():
        return "no cue"
    return "other"


def piece_kind(piece):
    """The shape of the text between the found and the gold boundary."""
    p = piece.strip()
    if not p:
        return "space"
    if all(ch in PUNCT for ch in p):
        return "punctuation " + p
    low = p.lower()
    words = low.split()
    if words[0] in ("that", "that,") and len(words) <= 2:
        return "'that'"
    if words[0] in ("and", "but", "so", "or", "because", "while", "as", "although", "though", "if", "when"):
        return "connective " + ("alone" if len(words) == 1 else "and words")
    if re.search(r"\b(said|says|say|told|tells|according|added|adds|noted|argued|claimed|wrote|believes?|"
                 r"thinks?|stated|explained|insisted|warned|asked|suggested)\b", low):
        return "holds a cue (" + ("<=6w" if len(words) <= 6 else ">6w") + ")"
    if re.search(r"[.!?][\"”’]?\s+[\"“‘]?[A-Z]", piece):
        return "sentence boundary"
    return "words " + ("1" if len(words) == 1 else "2-3" if len(words) <= 3 else "4-8" if len(words) <= 8
                       else ">8")


def load_rows(path):
    found, gold = collections.defaultdict(list), collections.defaultdict(list)
    for r in csv.DictReader(open(path, encoding="utf-8", newline="")):
        (found if r["row"] == "found" else gold)[r["doc_id"]].append(r)
    return found, gold


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("rows")
    ap.add_argument("--examples", type=int, default=0)
    a = ap.parse_args()
    texts = {d["id"]: d["text"] for d in map(json.loads, filter(str.strip, open(a.gold, encoding="utf-8")))}
    found, gold = load_rows(a.rows)
    n_gold = sum(len(v) for v in gold.values())
    n_found = sum(len(v) for v in found.values())
    counts = collections.Counter()
    missed = collections.Counter()
    fp = collections.Counter()
    starts, ends = collections.Counter(), collections.Counter()
    examples = collections.defaultdict(list)
    exact_gold = exact_found = 0
    for doc, golds in gold.items():
        text = texts[doc]
        spans = [(int(f["begin"]), int(f["end"])) for f in found[doc]]
        gspans = [(int(g["begin"]), int(g["end"])) for g in golds]
        for f in found[doc]:
            s = (int(f["begin"]), int(f["end"]))
            if s in gspans:
                exact_found += 1
            elif not any(min(s[1], g[1]) > max(s[0], g[0]) for g in gspans):
                fp[(f["origin"], f["type"])] += 1
            else:
                counts["found overlapping gold, not exact"] += 1
        for g in golds:
            b, e = int(g["begin"]), int(g["end"])
            if (b, e) in spans:
                exact_gold += 1
                continue
            over = [s for s in spans if min(e, s[1]) > max(b, s[0])]
            if not over:
                missed[(cue_kind(g["cue"], g["cue_class"]), g["type"])] += 1
                continue
            fb, fe = max(over, key=lambda s: min(e, s[1]) - max(b, s[0]))
            if len(over) > 1:
                counts["gold overlapped by 2+ found"] += 1
            shared = sum(1 for s in gspans if min(fe, s[1]) > max(fb, s[0]))
            if shared > 1:
                counts["best found overlaps 2+ gold"] += 1
            sk = ek = None
            if fb != b:
                piece = text[min(fb, b):max(fb, b)]
                sk = ("found early: " if fb < b else "found late: ") + piece_kind(piece)
                starts[sk] += 1
            if fe != e:
                piece = text[min(fe, e):max(fe, e)]
                ek = ("found early: " if fe < e else "found late: ") + piece_kind(piece)
                ends[ek] += 1
            counts["start wrong, end right" if sk and not ek else "end wrong, start right" if ek and not sk
                   else "both wrong"] += 1
            found_cue = next(f["cue"] for f in found[doc] if int(f["begin"]) == fb and int(f["end"]) == fe).lower()
            counts["same cue (boundary)" if found_cue and found_cue in g["cue"].lower()
                   else "another cue (pairing)"] += 1
            for k in (sk, ek):
                if k and len(examples[k]) < a.examples:
                    examples[k].append((g["type"], g["cue"], text[b:e], text[fb:fe]))
    p, r = exact_found / n_found, exact_gold / n_gold
    print(f"gold {n_gold}  found {n_found}  exact gold {exact_gold}  exact found {exact_found}  "
          f"exact P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}")
    print(f"\n(a) gold with no overlapping found: {sum(missed.values())}")
    by_kind = collections.Counter()
    for (k, t), n in missed.items():
        by_kind[k] += n
    for k, n in by_kind.most_common():
        print(f"  {n:5d}  {k}   " + ", ".join(f"{t} {m}" for (kk, t), m in sorted(missed.items()) if kk == k))
    print(f"\n(b) found with no overlapping gold: {sum(fp.values())}")
    for (o, t), n in fp.most_common():
        print(f"  {n:5d}  {o} {t}")
    print(f"\n(c, d) gold overlapped but not exact: {sum(v for k, v in counts.items() if 'wrong' in k)}")
    for k, n in counts.most_common():
        print(f"  {n:5d}  {k}")
    print("\n(c) start patterns")
    for k, n in starts.most_common(25):
        print(f"  {n:5d}  {k}")
    print("\n(d) end patterns")
    for k, n in ends.most_common(25):
        print(f"  {n:5d}  {k}")
    for k, exs in sorted(examples.items(), key=lambda kv: -(starts[kv[0]] + ends[kv[0]])):
        print(f"\n== {k}")
        for t, cue, g, f in exs:
            print(f"  [{t} / {cue}]\n    gold:  {g}\n    found: {f}")


if __name__ == "__main__":
    main()

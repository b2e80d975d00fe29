#!/usr/bin/env python3
"""How consistently PolNeAR's gold draws reported content at a clause edge (issue 16, exact F1).

  scripts/attribution-edge-conventions.py ../shared/data/quotes/polnear-train.jsonl

For each clause-edge opener (", which", ", who", " — but", ", as" ...) it counts the indirect and mixed contents
that end right before it against those that run on past it; a share near one half means the gold itself goes
both ways at that edge, so no model of the words around the edge can draw it right much more than half the time.
It then counts contents after a circumstance ("said last month that …", "says in Ohio that …"): whether the gold
starts them at "that" or after it, and how often a content starts with a preposition against right after it
("spoke about [the plan]"), and how many contents hold their own cue ("[Trump is expected to win]"), with a source
and without. Counts only; it prints no gold text.
"""
import json
import re
import sys
from collections import Counter

OPENERS = ("which", "who", "when", "where", "while", "as", "but", "and", "with", "because", "since", "including",
           "the", "a", "an", "according")
EDGE = re.compile(r"(,|—|–| -|―) ?(" + "|".join(OPENERS) + r")\b")
PREPOSITIONS = ("about", "for", "of", "on", "with", "over", "against", "into", "in", "at", "as", "to")
CIRCUMSTANCE = re.compile(r"\b(said|says|say|told|tells)\b[^,.;]{0,40}\b(by|from|in|on|at|during|last|this|earlier|to)"
                          r"\b[^,.;]{0,40}$")


def main(path):
    inside, before = Counter(), Counter()
    starts = Counter()
    opens, follows = Counter(), Counter()
    around = Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            text = doc["text"]
            for q in doc.get("quotes") or []:
                if q["type"] == "direct":
                    continue
                start, end = q["start"], q["end"]
                for m in EDGE.finditer(text[start:end]):
                    inside[m.group(2)] += 1
                m = EDGE.match(text[end:end + 15])
                if m:
                    before[m.group(2)] += 1
                lead = text[max(0, start - 80):start]
                cue = (q.get("cue") or "").strip()
                at = text.find(cue, start, end) if cue else -1
                holds_cue = at >= 0 and at + len(cue) <= end
                around[(holds_cue, bool(q.get("speaker")))] += 1
                words = text[start:end].split()
                if words and words[0].lower() in PREPOSITIONS:
                    opens[words[0].lower()] += 1
                previous = re.search(r"(\w+)\s*$", lead)
                if previous and previous.group(1).lower() in PREPOSITIONS:
                    follows[previous.group(1).lower()] += 1
                if CIRCUMSTANCE.search(lead):
                    if text[start:start + 5].lower() == "that ":
                        starts["at that"] += 1
                    elif lead.rstrip().lower().endswith(" that"):
                        starts["after that"] += 1
    print(f"{'edge':<12}{'ends before':>12}{'runs past':>11}{'share ending':>14}")
    for w in sorted(OPENERS, key=lambda w: -(before[w] + inside[w])):
        n = before[w] + inside[w]
        if n:
            print(f"{w:<12}{before[w]:>12}{inside[w]:>11}{before[w] / n:>14.2f}")
    print(f"contents after a circumstance: starting at that {starts['at that']}, after that {starts['after that']}")
    print(f"contents holding their cue: with a source {around[(True, True)]}, without {around[(True, False)]}; "
          f"other contents: with a source {around[(False, True)]}, without {around[(False, False)]}")
    print(f"{'preposition':<12}{'content opens with it':>22}{'content right after it':>24}")
    for p in PREPOSITIONS:
        print(f"{p:<12}{opens[p]:>22}{follows[p]:>24}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])

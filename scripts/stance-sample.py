#!/usr/bin/env python3
"""Precision of stances.csv on articles the stance rules were not tuned on, judged by hand.

  scripts/stance-sample.py draw  OUT.csv ANNOTATED_DIR... [--size 100] [--seed 20]
  scripts/stance-sample.py score OUT.csv ANNOTATED_DIR... [--markdown TABLE.md]

ANNOTATED_DIR is the --out folder of `./quotestance annotate --formats csv` (its csv/stances.csv and
csv/documents.csv). Articles are split in two halves by the first hex digit of sha1(doc_id): 0-7 were
used to tune the rules, 8-f are held out, and the sample is drawn from the held-out stance rows with a
fixed seed. `draw` writes the sample with empty verdict/why columns (existing verdicts of the same rows
are kept: a row is the same when its corpus, document, holder, target, polarity and evidence are); a person
fills verdict (RIGHT or WRONG: holder, target and polarity all correct) and why.
`score` prints the share judged RIGHT among the sample rows the pipeline still makes (rows no longer made
are named and left out), the stance rows per 100 held-out articles, and the estimated
right stances per 5 held-out articles of each folder.
"""
import argparse
import csv
import hashlib
import os
import random
import sys

COLUMNS = ["row", "corpus", "doc_id", "stance_id", "holder_name", "target", "target_kind", "polarity", "cue",
           "evidence", "verdict", "why"]


def held_out(doc_id):
    return hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[0] >= "8"


def identity(corpus, row):
    """A row's identity across runs: what it says, not its number (stance ids shift when rows come or go)."""
    return (corpus, row["doc_id"], row["holder_name"], row["target"], row["polarity"], row["evidence"])


def read_rows(folder):
    with open(os.path.join(folder, "csv", "stances.csv"), newline="", encoding="utf-8") as f:
        return [r for r in csv.DictReader(f) if held_out(r["doc_id"])]


def held_out_documents(folder):
    with open(os.path.join(folder, "csv", "documents.csv"), newline="", encoding="utf-8") as f:
        return sum(1 for r in csv.DictReader(f) if held_out(r["doc_id"]))


def corpus_name(folder):
    return os.path.basename(os.path.normpath(folder))


def draw(out, folders, size, seed):
    pool = [(corpus_name(folder), r) for folder in folders for r in read_rows(folder)]
    rng = random.Random(seed)
    sample = rng.sample(pool, min(size, len(pool)))
    old = {}
    if os.path.exists(out):
        with open(out, newline="", encoding="utf-8") as f:
            old = {identity(r["corpus"], r): r for r in csv.DictReader(f)}
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for n, (corpus, r) in enumerate(sample, 1):
            judged = old.get(identity(corpus, r), {})
            writer.writerow({"row": n, "corpus": corpus, "doc_id": r["doc_id"], "stance_id": r["stance_id"],
                             "holder_name": r["holder_name"], "target": r["target"],
                             "target_kind": r.get("target_kind", ""), "polarity": r["polarity"], "cue": r["cue"],
                             "evidence": r["evidence"], "verdict": judged.get("verdict", ""),
                             "why": judged.get("why", "")})
    print(f"drew {len(sample)} of {len(pool)} held-out stance rows into {out}")


def score(out, folders, markdown=None):
    with open(out, newline="", encoding="utf-8") as f:
        judged = [r for r in csv.DictReader(f)]
    current = {identity(corpus_name(folder), r) for folder in folders for r in read_rows(folder)}
    gone = [r for r in judged if identity(r["corpus"], r) not in current]
    if gone:
        print(f"{len(gone)} sample rows are no longer made (left out of the share; redraw): "
              + ", ".join(r["row"] for r in gone), file=sys.stderr)
    judged = [r for r in judged if identity(r["corpus"], r) in current]
    verdicts = [r["verdict"].strip().upper() for r in judged]
    missing = sum(1 for v in verdicts if v not in ("RIGHT", "WRONG"))
    if missing:
        print(f"{missing} rows have no RIGHT/WRONG verdict", file=sys.stderr)
    right = verdicts.count("RIGHT")
    total = right + verdicts.count("WRONG")
    precision = right / total if total else 0.0
    print(f"judged rows            {total}")
    print(f"right                  {right}")
    print(f"share right            {precision:.3f}")
    figures = [("judged_rows", total), ("right", right), ("share_right", f"{precision:.3f}")]
    for folder in folders:
        rows = len(read_rows(folder))
        docs = held_out_documents(folder)
        name = corpus_name(folder)
        print(f"{name}: held-out articles {docs}, stance rows {rows}, "
              f"rows per 100 articles {100 * rows / docs:.1f}, "
              f"estimated right stances per 5 articles {5 * precision * rows / docs:.2f}")
        figures += [(f"{name}.held_out_articles", docs), (f"{name}.stance_rows", rows),
                    (f"{name}.rows_per_100_articles", f"{100 * rows / docs:.1f}"),
                    (f"{name}.right_per_5_articles", f"{5 * precision * rows / docs:.2f}")]
    if markdown:
        with open(markdown, "w", encoding="utf-8") as f:
            f.write(f"`{os.path.basename(out)}` (stance rows of the held-out articles, judged by hand)\n\n")
            f.write("| figure | value |\n|---|---|\n")
            for key, value in figures:
                f.write(f"| {key} | {value} |\n")
            f.write("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["draw", "score"])
    parser.add_argument("out")
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--markdown", help="score: also write the figures as a Markdown table here")
    args = parser.parse_args()
    if args.command == "draw":
        draw(args.out, args.folders, args.size, args.seed)
    else:
        score(args.out, args.folders, args.markdown)


if __name__ == "__main__":
    main()

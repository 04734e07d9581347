#!/usr/bin/env python3
"""Paragraph counts of the extraction yardstick: brief's against the ground truth's.

Usage: python3 bench/paragraph-counts.py [PREDICTIONS.json] [SHARED_DIR]

Reads the predictions `bench/extraction.py` wrote (target/extraction-predictions.json by
default) and the ground truth (SHARED_DIR/bench/extraction/ground-truth.json, SHARED_DIR
defaulting to ../shared beside the repository), both paragraphs separated by blank lines,
and prints the pages whose capture has far fewer paragraphs than the ground truth (half
or less, of a ground truth with 4 or more: merged blocks) or far more (twice or more, and
4 more: split blocks), then the counts. A seed's paragraphs are what briefs cite, so a
merge the shingle score hardly sees moves every `para. N` after it.
"""
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def paragraphs(text):
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def main():
    predictions = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "target" / "extraction-predictions.json"
    shared = Path(sys.argv[2]) if len(sys.argv) > 2 else REPO.parent / "shared"
    truth = json.loads((shared / "bench" / "extraction" / "ground-truth.json").read_text())
    predicted = json.loads(predictions.read_text())
    below, above, exact = [], [], 0
    for key, page in sorted(truth.items()):
        want = len(paragraphs(page["articleBody"]))
        got = len(paragraphs(predicted.get(key, {}).get("articleBody", "")))
        exact += got == want
        if want >= 4 and got * 2 <= want:
            below.append((key, got, want, page["url"]))
        elif got >= 2 * want and got >= want + 4:
            above.append((key, got, want, page["url"]))
    for label, rows in (("far below", below), ("far above", above)):
        for key, got, want, url in rows:
            print(f"{label}  {key[:16]}  {got:4} vs {want:4}  {url[:70]}")
    print(f"paragraph counts over {len(truth)} pages: {len(below)} far below the ground truth, "
          f"{len(above)} far above, {exact} equal")
    return 0


if __name__ == "__main__":
    sys.exit(main())

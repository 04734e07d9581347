#!/usr/bin/env python3
"""Per-page figures of the extraction yardstick, to see what a change did.

Usage: python3 bench/extraction_pages.py PREDICTIONS.json [BASELINE.json] [SHARED_DIR]

With one file: every page's F1, precision and recall, worst first, then the totals to four
places. With a baseline (an earlier target/extraction-predictions.json): the pages whose F1
changed, how many got better and worse, and both totals. Scores with the yardstick's own
score.py (SHARED_DIR defaults to ../shared beside the repository).
"""
import json
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main():
    args = sys.argv[1:]
    shared = Path(args.pop()) if len(args) == 3 else REPO.parent / "shared"
    if not args:
        print(__doc__)
        return 2
    yardstick = shared / "bench" / "extraction"
    sys.path.insert(0, str(yardstick))
    import score  # the yardstick's own metric

    truth = json.loads((yardstick / "ground-truth.json").read_text(encoding="utf-8"))

    def pages(path):
        pred = json.loads(Path(path).read_text(encoding="utf-8"))
        out = {}
        for key, entry in truth.items():
            c = score.page_counts(entry.get("articleBody", ""),
                                  (pred.get(key) or {}).get("articleBody", ""))
            p, r = score.precision(*c), score.recall(*c)
            out[key] = (2 * p * r / (p + r) if p + r else 0.0, p, r, c)
        return out

    def totals(rows):
        p = statistics.mean(row[1] for row in rows.values() if row[3][0] + row[3][1] > 0)
        r = statistics.mean(row[2] for row in rows.values() if row[3][0] + row[3][2] > 0)
        return 2 * p * r / (p + r), p, r

    new = pages(args[0])
    if len(args) == 2:
        old = pages(args[1])
        better = worse = 0
        for key in sorted(truth, key=lambda k: new[k][0] - old[k][0]):
            d = new[key][0] - old[key][0]
            if abs(d) > 1e-9:
                better += d > 0
                worse += d < 0
                print(f"{d:+.4f}  P {old[key][1]:.3f} -> {new[key][1]:.3f}  "
                      f"R {old[key][2]:.3f} -> {new[key][2]:.3f}  {truth[key]['url'][:70]}")
        print(f"{better} pages better, {worse} worse")
        print("before: F1 %.4f (precision %.4f, recall %.4f)" % totals(old))
    else:
        for key in sorted(truth, key=lambda k: new[k][0]):
            f1, p, r, _ = new[key]
            print(f"{f1:.3f}  P {p:.3f}  R {r:.3f}  {key[:12]}  {truth[key]['url'][:70]}")
    print("F1 %.4f (precision %.4f, recall %.4f)" % totals(new))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The extraction yardstick: brief's own extraction scored on 181 real pages.

Usage: python3 bench/extraction.py [SHARED_DIR]

Builds and runs `examples/extract.rs` (release) over
SHARED_DIR/bench/extraction/html/*.html.gz (SHARED_DIR defaults to ../shared beside the
repository), writes the predictions to target/extraction-predictions.json, scores them
with the yardstick's own score.py and prints its last lines (the totals: F1, precision,
recall). A bench, not a test: it measures, it does not pass or fail.
"""
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main():
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared"
    yardstick = shared / "bench" / "extraction"
    if not (yardstick / "score.py").is_file():
        print(f"no yardstick at {yardstick}", file=sys.stderr)
        return 2
    out = REPO / "target" / "extraction-predictions.json"
    subprocess.run(
        ["cargo", "run", "--release", "--quiet", "--example", "extract", "--",
         str(yardstick / "html"), str(yardstick / "ground-truth.json"), str(out)],
        cwd=REPO, check=True)
    score = subprocess.run([sys.executable, str(yardstick / "score.py"), str(out)],
                           capture_output=True, text=True, check=True)
    lines = score.stdout.strip().splitlines()
    print("\n".join(lines[-25:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""What making the output's swap survive a power cut costs: `brief build` wall time on one
corpus under each durability mode, side by side.

    python3 bench/durability.py [--corpus DIR] [--pages 10000] [--runs 5]

Modes (chosen per run with BRIEF_SYNC, the knob this benchmark turns; see README,
Reliability):

  none    no sync at all (atomic for running programs only)
  swap    fsync of the output's parent folder after the swap
  syncfs  syncfs on the staging folder's file system before the swap, then as `swap`
  fsync   fsync of every file as it is written and of every folder, then as `swap`

Each round runs every mode once, in an order rotated from round to round, each build
replacing the previous output (as a real rebuild does). Before each build the page cache
is flushed (`sync`), so a sync inside the build pays for that build's writes, not for
what was dirty before. Prints each mode's median wall time and its ratio to `none`.
These machines are shared: compare ratios from one run, not absolute times.

brief is built with `cargo build --release` first.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GEN = REPO.parent / "shared" / "bench" / "gen_corpus.py"
MODES = ["none", "swap", "syncfs", "fsync"]


def build(brief, site, out, mode):
    """One build; returns (wall s, commit s): the commit stage (from --timings) is where
    syncfs and the parent's fsync happen, so it is the sync's cost with the least noise
    from other processes' CPU use."""
    env = dict(os.environ, BRIEF_SYNC=mode)
    subprocess.run(["sync"], check=True)
    started = time.perf_counter()
    proc = subprocess.run(
        [str(brief), "build", "--timings", "--root", str(site), "--out", str(out)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"brief build ({mode}) failed:\n{proc.stderr[-2000:]}")
    commit = re.search(r"commit\s+([0-9.]+) ms", proc.stderr)
    return wall, float(commit.group(1)) / 1000 if commit else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--modes", default=",".join(MODES))
    args = ap.parse_args()
    modes = args.modes.split(",")
    corpus = args.corpus or Path(f"/tmp/brief-corpus-{args.pages}")
    if not (corpus / "brief" / "brief.yaml").exists():
        subprocess.run(
            [sys.executable, str(GEN), "--pages", str(args.pages), "--out", str(corpus)],
            check=True,
        )
    site = corpus / "brief"
    brief = REPO / "target" / "release" / "brief"
    if not brief.exists():
        sys.exit("build brief first: cargo build --release")
    out = corpus / "out-durability"
    files = None
    build(brief, site, out, "none")  # warm the cache; the first output to replace
    times = {m: [] for m in modes}
    commits = {m: [] for m in modes}
    for r in range(args.runs):
        order = modes[r % len(modes):] + modes[: r % len(modes)]
        for mode in order:
            wall, commit = build(brief, site, out, mode)
            times[mode].append(wall)
            commits[mode].append(commit)
        line = "  ".join(
            f"{m} {times[m][-1]:.2f}s (commit {commits[m][-1]:.2f}s)" for m in modes
        )
        print(f"round {r + 1}: {line}", flush=True)
    files = sum(len(f) for _, _, f in os.walk(out))
    base = statistics.median(times["none"]) if "none" in times else None
    print(f"\n{site}: {files} files in the output, {args.runs} runs per mode")
    print(
        f"{'mode':8} {'wall':>8} {'min':>8} {'max':>8} {'ratio':>7}"
        f" {'commit':>8} {'commit/wall(none)':>18}"
    )
    for mode in modes:
        t = times[mode]
        med = statistics.median(t)
        ratio = f"{med / base:.3f}" if base else "-"
        c = statistics.median(commits[mode])
        share = f"{c / base:.3f}" if base else "-"
        print(
            f"{mode:8} {med:8.2f} {min(t):8.2f} {max(t):8.2f} {ratio:>7}"
            f" {c:8.3f} {share:>18}"
        )


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""How the build grows from 10,000 to 100,000 briefs (issue 16: at most 11x the wall time).

    python3 bench/growth.py [--pairs 3] [--small /tmp/c10k] [--large /tmp/c100k] [--out-root DIR]

Generate the corpora first with ../shared/bench/gen_corpus.py (--pages 10000 and --pages
100000; the site is the `brief` folder of each). Each pair is a build of the small corpus,
then of the large one, each into a fresh folder under --out-root (default: a folder beside
this repository, so on the same disk as a user's `public/`), stderr to a file beside it;
both outputs are deleted and `sync`ed before the next pair. Prints each build's wall,
user and system time and peak memory, and the pair's ratios. A pair whose small build
shows far more system time than the first pair's ran while the kernel still wrote back the
large build before: its ratio is flattered, so the first pair is the fair one.
"""
import argparse
import os
import shutil
import subprocess
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The binary to install (Cargo.toml, `[profile.dist]`): `cargo build --profile dist`.
BIN = REPO / "target" / "dist" / "brief"


def build(site: Path, out: Path):
    with open(str(out) + ".stderr", "wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen([str(BIN), "build", "--root", str(site), "--out", str(out)],
                                stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"{site}: brief build exited with status {status}")
    return wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--small", default="/tmp/c10k")
    parser.add_argument("--large", default="/tmp/c100k")
    parser.add_argument("--out-root", default=str(REPO.parent / "growth-out"))
    args = parser.parse_args()
    if not BIN.exists():
        raise SystemExit(f"no {BIN}: run `cargo build --profile dist` first")
    root = Path(args.out_root)
    root.mkdir(parents=True, exist_ok=True)
    for i in range(1, args.pairs + 1):
        small_out, large_out = root / f"small-{i}", root / f"large-{i}"
        for out in (small_out, large_out):
            shutil.rmtree(out, ignore_errors=True)
        a = build(Path(args.small) / "brief", small_out)
        b = build(Path(args.large) / "brief", large_out)
        print(f"pair {i}: small {a[0]:.2f} s (user {a[1]:.2f}, sys {a[2]:.2f}, {a[3]:.0f} MiB)  "
              f"large {b[0]:.2f} s (user {b[1]:.2f}, sys {b[2]:.2f}, {b[3]:.0f} MiB)  "
              f"growth {b[0] / a[0]:.1f}x (user {b[1] / a[1]:.1f}x, sys {b[2] / a[2]:.1f}x)",
              flush=True)
        for out in (small_out, large_out):
            shutil.rmtree(out)
            Path(str(out) + ".stderr").unlink()
        subprocess.run(["sync"], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

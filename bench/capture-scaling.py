#!/usr/bin/env python3
"""How capture's own work grows with a hostile page: brief's extraction timed at three sizes.

Usage: python3 bench/capture-scaling.py [SCALE ...] [PAGE ...]

Builds and runs `examples/extract.rs` (release; set CARGO_TARGET_DIR to share a build) over
generated pages at each SCALE (default 1 2 4), twice: as `brief seed add FILE` extracts
(`total`), and with EXTRACT_RAW=1, the extractor crate's own text alone (`crate`). The
difference is brief's part: placing the extracted paragraphs in the page, cutting them
where its blocks end, and the filters. Linear work doubles with the scale; quadratic work
quadruples. A bench, not a test: it measures, it does not pass or fail.

The pages (each is one shape of input that made the placing superlinear before it was
bounded):

- `repeated`: a JSON-LD `articleBody` of one sentence repeated 4,000 × SCALE times (the
  extractor prefers it to the page's short text), the page holding the sentence once in
  its article, before 500 KB × SCALE of text in a footer the extractor drops. Each
  repeat was looked for from the last one's end to the end of the page, then from the
  start.
- `absent`: the same, with 4,000 × SCALE different sentences the page does not hold.
- `ordered`: an ordinary long article, 4,000 × SCALE paragraphs, the control.
- `linked`: an article of 4,000 × SCALE paragraphs, each with a link of its own whose
  text shares words with the others (`the story 17 river`). Every link text was looked
  for in every paragraph.
- `furnished`: 4,000 × SCALE paragraphs inside elements named as furniture
  (`widget`, `related`) that hold no headline. The words inside each were counted over
  every paragraph, for every paragraph.

Measured 2026-12-02, brief's part in seconds at scales 1, 2, 4 (0.8, 1.6, 3.3 MB for
`repeated`), on the shared 2-core machine while quiet (load 1.3; single runs, so ±30%):

| page | before the bound (3a4d20a) | after |
|---|---|---|
| `repeated` | 0.52, 2.25, 6.39 | 0.14, 0.27, 0.26 |
| `absent` | 1.04, 3.71, 7.64 | 0.27, 0.72, 0.63 |
| `ordered` | 0.09, 0.20, 0.15 | 0.06, 0.16, 0.46 |

Measured 2026-12-03, brief's part in seconds at scales 1, 2, 4, load 1.7, single runs:

| page | before (b839a00) | after |
|---|---|---|
| `linked` | 0.37, 1.07, 2.72 | 0.15, 0.27, 0.43 |
| `furnished` | 13.32, 47.64, 58.57 | 0.02, 0.07, 0.13 |

(At scale 4 the crate keeps fewer paragraphs of both, so that scale grows less.)

Under load (7 to 10) the same runs gave 1.18, 4.51, 14.67 and 2.63, 8.89, 20.72 before,
0.37, 0.47, 1.06 and 0.26, 2.09, 3.72 after. What is left is n log n by `perf`: sorting
and searching the page's grams. (At scale 4 the crate keeps fewer of the JSON-LD lines.)
"""
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORDS = ("harbour council budget river school library bridge market station winter "
         "summer minister report village museum garden railway festival hospital").split()


def sentence(rng, n=14):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def footer(rng, size):
    """Text in a `<footer>`: text of the page that the extractor drops."""
    lines, total = [], 0
    while total < size:
        line = " ".join("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(9))
                        for _ in range(10))
        lines.append(f"<p>{line}</p>")
        total += len(line)
    return "<footer>" + "".join(lines) + "</footer>"


def page(kind, scale):
    rng = random.Random(7)
    n = 4000 * scale
    if kind == "ordered":
        body = "".join(f"<p>{i} {sentence(rng)}</p>" for i in range(n))
        return f"<html><head><title>Ordered</title></head><body><article><h1>Ordered</h1>{body}</article></body></html>"
    if kind == "linked":
        # Every paragraph a sentence with a link of its own, the links sharing words.
        body = "".join(f'<p>{sentence(rng)} <a href="/s/{i}">the story {i} {rng.choice(WORDS)}</a></p>'
                       for i in range(n))
        return f"<html><head><title>Linked</title></head><body><article><h1>Linked</h1>{body}</article></body></html>"
    if kind == "furnished":
        # The text inside an element named as furniture that holds no headline.
        body = "".join(f"<p>{i} {sentence(rng)}</p>" for i in range(n))
        return (f"<html><head><title>Furnished</title></head><body><h1>Furnished</h1>"
                f'<div class="widget"><div class="related">{body}</div></div></body></html>')
    if kind == "repeated":
        once = "The council met on Tuesday and voted to reopen the library next month."
        lines = [once] * n
    else:
        once = "The council met on Tuesday and voted to reopen the library next month."
        lines = [f"{i} {sentence(rng)}" for i in range(n)]
    ld = json.dumps({"@type": "NewsArticle", "headline": kind, "articleBody": "\n".join(lines)})
    return (f'<html><head><title>{kind}</title><script type="application/ld+json">{ld}</script>'
            f"</head><body><article><h1>{kind}</h1><p>{once}</p></article>"
            f"{footer(rng, 500_000 * scale)}</body></html>")


def run(folder, raw):
    out = Path(folder) / "out.json"
    env = dict(os.environ)
    env.pop("EXTRACT_RAW", None)
    if raw:
        env["EXTRACT_RAW"] = "1"
    started = time.perf_counter()
    subprocess.run(["cargo", "run", "--release", "--quiet", "--example", "extract", "--",
                    str(Path(folder) / "html"), str(Path(folder) / "truth.json"), str(out)],
                   cwd=REPO, env=env, check=True, capture_output=True)
    seconds = time.perf_counter() - started
    paragraphs = sum(len(v["articleBody"].split("\n\n"))
                     for v in json.loads(out.read_text()).values())
    return seconds, paragraphs


def main():
    scales = [int(a) for a in sys.argv[1:] if a.isdigit()] or [1, 2, 4]
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "extract"],
                   cwd=REPO, check=True)
    print(f"{'page':<9} {'scale':>5} {'KB':>7} {'total s':>8} {'crate s':>8} {'brief s':>8} {'paragraphs':>10}")
    kinds = [a for a in sys.argv[1:] if not a.isdigit()] or [
        "repeated", "absent", "ordered", "linked", "furnished"]
    for kind in kinds:
        for scale in scales:
            with tempfile.TemporaryDirectory() as folder:
                (Path(folder) / "html").mkdir()
                html = page(kind, scale).encode()
                (Path(folder) / "html" / "p.html.gz").write_bytes(gzip.compress(html))
                (Path(folder) / "truth.json").write_text(
                    json.dumps({"p": {"url": "https://news.example/a", "articleBody": ""}}))
                total, paragraphs = run(folder, raw=False)
                crate, _ = run(folder, raw=True)
                print(f"{kind:<9} {scale:>5} {len(html) // 1000:>7} {total:>8.2f} {crate:>8.2f} "
                      f"{total - crate:>8.2f} {paragraphs:>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

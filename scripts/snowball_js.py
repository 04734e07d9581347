#!/usr/bin/env python3
"""Writes src/stemmers/<language>.js: the Snowball stemmers the build uses, for the browser.

The search index stems words with the `rust-stemmers` crate; the search page must stem a
query's words the same way, or `negotiating` would not find `negotiations`. This script
translates the crate's generated Rust (src/snowball/algorithms/*.rs: the Snowball
compiler's output, in a small and regular subset of Rust) into JavaScript line by line.
The JavaScript runs on src/stemmers/runtime.js, a port of the crate's SnowballEnv that
works on the word's UTF-8 bytes as the crate does, so the two agree on every word
(`tests/reader.rs` checks them against each other in Chromium).

    scripts/snowball_js.py [PATH_TO_rust-stemmers-1.2.0]

Without a path it looks in Cargo's registry. Run it again only when the crate changes.
"""
import glob
import os
import re
import sys

HEADER = """// The Snowball stemmer for {name}, translated by scripts/snowball_js.py from the
// rust-stemmers crate (1.2.0, MIT, Jakob Demler), itself generated from the Snowball
// algorithm (BSD, snowballstem.org). Runs on runtime.js. Do not edit by hand.
"""


def crate_dir():
    if len(sys.argv) > 1:
        return sys.argv[1]
    home = os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo"))
    found = sorted(glob.glob(os.path.join(home, "registry/src/*/rust-stemmers-1.2.0")))
    if not found:
        sys.exit("rust-stemmers-1.2.0 is not in Cargo's registry: run `cargo fetch` first")
    return found[0]


def condition(text):
    """A Rust condition as JavaScript."""
    text = text.strip()
    text = re.sub(r"&(\"|context\.)", r"\1", text)
    text = re.sub(r"\s+as\s+(i32|usize)\b", "", text)
    text = text.replace("env.current.chars().count()", "env.chars()")
    text = re.sub(r"(context\.S_\w+)\.is_empty\(\)", r"(\1.length === 0)", text)
    return text


def characters(line):
    """`\\u{03B1}` escapes in string literals as the characters themselves: a quarter of
    the bytes of a Greek or Tamil stemmer."""
    return re.sub(
        r"\\u\{([0-9A-Fa-f]+)\}",
        lambda m: chr(int(m.group(1), 16)) if chr(int(m.group(1), 16)) not in "\"\\" else m.group(0),
        line,
    )


def translate(source):
    out = []
    loops = 0
    lines = source.splitlines()
    i = 0
    while i < len(lines):
        line = characters(lines[i].strip())
        i += 1
        if not line or line.startswith("//") or line.startswith("#") or line.startswith("use "):
            continue
        if line.startswith("struct Context"):
            while lines[i].strip() != "}":
                i += 1
            i += 1
            continue
        m = re.match(r"static (\w+): &'static \[(?:Among<Context>|u8); \d+\] = &\[(.*)$", line)
        if m:
            rest = m.group(2)
            if rest.endswith("];"):
                out.append("var %s = [%s];" % (m.group(1), rest[:-2]))
            else:
                out.append("var %s = [" % m.group(1))
            continue
        m = re.match(r'Among\((".*"), (-?\d+), (-?\d+), (None|Some\(&(\w+)\))\),$', line)
        if m:
            method = m.group(5) or "null"
            out.append("[%s, %s, %s, %s]," % (m.group(1), m.group(2), m.group(3), method))
            continue
        m = re.match(r"fn (\w+)\(env: &mut SnowballEnv, context: &mut Context\) -> bool \{$", line)
        if m:
            out.append("function %s(env, context) {" % m.group(1))
            continue
        if line == "pub fn stem(env: &mut SnowballEnv) -> bool {":
            out.append("function snowball(env) {")
            continue
        if line == "let mut context = &mut Context {":
            out.append("var context = {")
            continue
        m = re.match(r"(\w+): (false|true|\d+|String::new\(\)),$", line)
        if m:
            value = "[]" if m.group(2) == "String::new()" else m.group(2)
            out.append("%s: %s," % (m.group(1), value))
            continue
        m = re.match(r"'(\w+): loop ?\{$", line)
        if m:
            out.append("%s: while (true) {" % m.group(1))
            continue
        m = re.match(r"(?:'(\w+): )?for _ in 0\.\.(.+) \{$", line)
        if m:
            loops += 1
            label = m.group(1) + ": " if m.group(1) else ""
            out.append(
                "%sfor (let i%d = 0, n%d = %s; i%d < n%d; i%d++) {"
                % (label, loops, loops, condition(m.group(2)), loops, loops, loops)
            )
            continue
        m = re.match(r"(break|continue) '(\w+);$", line)
        if m:
            out.append("%s %s;" % (m.group(1), m.group(2)))
            continue
        if line in ("let mut among_var;",):
            out.append("var among_var;")
            continue
        m = re.match(r"let \(bra, ket\) = \((.+), (.+)\);$", line)
        if m:
            out.append("var bra = %s, ket = %s;" % (m.group(1), m.group(2)))
            continue
        m = re.match(r"let (?:mut )?(\w+) = (.+);$", line)
        if m:
            out.append("var %s = %s;" % (m.group(1), condition(m.group(2))))
            continue
        m = re.match(r"(\} else )?if (.+?) ?\{$", line)
        if m:
            out.append("%sif (%s) {" % (m.group(1) or "", condition(m.group(2))))
            continue
        if line in ("}", "};", "];", "} else {", "return true;", "return false;"):
            out.append(line)
            continue
        m = re.match(r"([\w.]+) (=|-=|\+=) (.+);$", line)
        if m:
            out.append("%s %s %s;" % (m.group(1), m.group(2), condition(m.group(3))))
            continue
        m = re.match(r"((?:env\.|r_)\w+\(.*\));$", line)
        if m:
            out.append(condition(m.group(1)) + ";")
            continue
        raise SystemExit("untranslated line %d: %r" % (i, line))
    return "\n".join(compact(line) for line in out) + "\n"


# Names of the runtime (runtime.js) the generated code uses, shortened: a stemmer is
# fetched by the search page, and these make up a third of its bytes.
SHORT = [
    (r"\benv\.limit_backward\b", "e.lb"),
    (r"\benv\.cursor\b", "e.c"),
    (r"\benv\.limit\b", "e.l"),
    (r"\benv\b", "e"),
    (r"\bcontext\b", "x"),
    (r"\bamong_var\b", "a"),
    (r"\bwhile \(true\)", "for(;;)"),
    (r"\breturn false;", "return!1;"),
    (r"\breturn true;", "return!0;"),
    (r"\b(?:lab|golab|replab)(\d+)\b", None),
    (r", null\]", "]"),
]

LABELS = {"lab": "L", "golab": "G", "replab": "R"}


def compact(line):
    """`line` with shorter names, and without the spaces JavaScript does not need (outside
    string literals)."""
    parts = re.split(r'("(?:[^"\\]|\\.)*")', line)
    for k in range(0, len(parts), 2):
        code = parts[k]
        for pattern, short in SHORT:
            if short is None:
                code = re.sub(
                    r"\b(lab|golab|replab)(\d+)\b", lambda m: LABELS[m.group(1)] + m.group(2), code
                )
            else:
                code = re.sub(pattern, short, code)
        code = re.sub(r"\s*([^\w\s$.])\s*", r"\1", code)
        parts[k] = code
    return "".join(parts)


def main():
    crate = crate_dir()
    here = os.path.dirname(os.path.abspath(__file__))
    target = os.path.join(here, "..", "src", "stemmers")
    algorithms = os.path.join(crate, "src", "snowball", "algorithms")
    for path in sorted(glob.glob(os.path.join(algorithms, "*.rs"))):
        name = os.path.basename(path)[:-3]
        if name == "mod":
            continue
        with open(path, encoding="utf-8") as f:
            js = translate(f.read())
        with open(os.path.join(target, name + ".js"), "w", encoding="utf-8") as f:
            f.write(HEADER.format(name=name.capitalize()) + js)


if __name__ == "__main__":
    main()

//! Pandoc as the oracle for citation syntax: every case of `tests/pandoc/cases.md` is read
//! by `pandoc -f markdown -t json` and by brief's own renderer
//! (`brief::markdown::Renderer`), and the citations compared — ids, order, modes
//! (normal, author-in-text, suppress-author), prefixes and suffixes (locator included).
//!
//! A case agrees when both find the same citations. Every case that disagrees must be a
//! documented, deliberate difference (`KNOWN`, explained in the README's "Pandoc
//! conformance"), and brief must have warned about it or kept every word on the page;
//! the agreement must stay at or above `THRESHOLD`.
//!
//! Needs `pandoc` (Debian's; `.ci/run` installs it). Outside CI a missing pandoc skips
//! the test with a printed reason; under `CI=true` it fails.

use std::collections::HashMap;
use std::io::Write;
use std::process::{Command, Stdio};

use brief::cite::CiteMode;
use brief::markdown::{RenderedBody, Renderer};
use serde_json::Value;

/// The lowest share of cases read as Pandoc reads them (the figure the README gives).
const THRESHOLD: f64 = 0.92;

/// Ids the test brief lists in `sources:`. Narrative `@id` cites only these; every other
/// `@word` stays text.
const LISTED: &[&str] = &[
    "doe99",
    "smith04",
    "smith2000",
    "smith2004",
    "item1",
    "item2",
    "item3",
    "пункт3",
    "a",
    "b",
    "c",
    "ap",
    "abp",
    "smith",
    "wadler",
    "Marx1964",
    "foo",
    "bar",
    "doe",
    "x_y",
    "a:b",
    "a.b",
    "1990",
    "_x",
    "a-b",
];

/// Cases that differ from Pandoc on purpose, by name, with the README's reason.
const KNOWN: &[(&str, &str)] = &[
    (
        "edge: narrative unlisted id",
        "a narrative `@id` cites only a source in `sources:`",
    ),
    (
        "pandoc-tests: narrative nonexistent",
        "a narrative `@id` cites only a source in `sources:`",
    ),
    (
        "edge: handle in prose",
        "a narrative `@id` cites only a source in `sources:`",
    ),
    (
        "edge: trailing semicolon",
        "a malformed bracket is a warning, not a narrative citation in brackets",
    ),
    (
        "edge: double at",
        "a malformed bracket is a warning, not a citation with prefix `@`",
    ),
    (
        "edge: words after semicolon",
        "a malformed bracket is a warning, not a narrative citation in brackets",
    ),
    (
        "edge: two brackets adjacent",
        "`[@a][@b]` is two normal citations",
    ),
    (
        "edge: three brackets adjacent",
        "`[@a][@b]` is two normal citations",
    ),
    (
        "edge: url path with at",
        "an `@` inside a word or a URL path never cites",
    ),
    (
        "edge: url path with listed id",
        "an `@` inside a word or a URL path never cites",
    ),
    (
        "edge: bracket suffix with link",
        "a link inside a citation's brackets splits it: a warning, the words kept as text",
    ),
    (
        "edge: second id without semicolon",
        "an `@id` in another's suffix is a citation of its own in the group, with a warning",
    ),
    (
        "edge: second id after and",
        "an `@id` in another's suffix is a citation of its own in the group, with a warning",
    ),
    (
        "edge: second id after locator",
        "an `@id` in another's suffix is a citation of its own in the group, with a warning",
    ),
    (
        "edge: footnote referenced twice",
        "a footnote referenced twice is one note: its citations count once",
    ),
];

/// One cited item, as compared: `(id, mode, prefix, suffix)`, texts without markup.
type Item = (String, &'static str, String, String);

fn mode_name(mode: CiteMode) -> &'static str {
    match mode {
        CiteMode::Normal => "NormalCitation",
        CiteMode::AuthorInText => "AuthorInText",
        CiteMode::SuppressAuthor => "SuppressAuthor",
    }
}

/// Whitespace collapsed (Pandoc writes a no-break space after `p.`), trimmed, with the
/// comma that separates a suffix from the id removed and a locator's braces dropped.
fn normal(text: &str, suffix: bool) -> String {
    let mut s = text
        .replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if suffix {
        if let Some(rest) = s.strip_prefix(',') {
            s = rest.trim_start().to_owned();
        }
        if s.starts_with('{')
            && let Some(close) = s.find('}')
        {
            s = format!("{}{}", &s[1..close], &s[close + 1..]);
        }
    }
    s
}

/// Pandoc's `stringify` of a list of inlines.
fn stringify(inlines: &Value, out: &mut String) {
    match inlines {
        Value::Array(items) => items.iter().for_each(|i| stringify(i, out)),
        Value::Object(o) => match o.get("t").and_then(Value::as_str) {
            Some("Str") => out.push_str(o["c"].as_str().unwrap_or("")),
            Some("Space" | "SoftBreak" | "LineBreak") => out.push(' '),
            Some("Code" | "Math") => out.push_str(o["c"][1].as_str().unwrap_or("")),
            Some("Quoted") => {
                let double = o["c"][0]["t"] == "DoubleQuote";
                let q = if double { '"' } else { '\'' };
                out.push(q);
                stringify(&o["c"][1], out);
                out.push(q);
            }
            Some("Link" | "Image" | "Span") => stringify(&o["c"][1], out),
            Some("Cite") => stringify(&o["c"][1], out),
            Some("RawInline" | "Note") => {}
            _ => {
                if let Some(c) = o.get("c") {
                    stringify(c, out);
                }
            }
        },
        _ => {}
    }
}

/// Pandoc's citations in document order (a note's where it is referenced).
fn pandoc_cites(node: &Value, out: &mut Vec<Vec<Item>>) {
    match node {
        Value::Array(items) => items.iter().for_each(|i| pandoc_cites(i, out)),
        Value::Object(o) => {
            if o.get("t").and_then(Value::as_str) == Some("Cite") {
                let group = o["c"][0]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|c| {
                        let text = |key: &str| {
                            let mut s = String::new();
                            stringify(&c[key], &mut s);
                            s
                        };
                        let mode = match c["citationMode"]["t"].as_str() {
                            Some("AuthorInText") => "AuthorInText",
                            Some("SuppressAuthor") => "SuppressAuthor",
                            _ => "NormalCitation",
                        };
                        (
                            c["citationId"].as_str().unwrap_or("").to_owned(),
                            mode,
                            normal(&text("citationPrefix"), false),
                            normal(&text("citationSuffix"), true),
                        )
                    })
                    .collect();
                out.push(group);
                // A Cite's own inlines hold no further citations.
                return;
            }
            for v in o.values() {
                pandoc_cites(v, out);
            }
        }
        _ => {}
    }
}

/// Markdown to its text (`*see*` → `see`, `<https://x.org>` → `https://x.org`).
fn plain(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser};
    let mut s = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) => s.push_str(&t),
            Event::SoftBreak | Event::HardBreak => s.push(' '),
            _ => {}
        }
    }
    s
}

fn brief_cites(r: &RenderedBody) -> Vec<Vec<Item>> {
    r.groups
        .iter()
        .map(|g| {
            g.items
                .iter()
                .map(|c| {
                    (
                        c.id.clone(),
                        mode_name(c.mode),
                        normal(&plain(c.prefix.as_deref().unwrap_or("")), false),
                        normal(&plain(&c.note().unwrap_or_default()), true),
                    )
                })
                .collect()
        })
        .collect()
}

fn render_brief(markdown: &str) -> RenderedBody {
    let names: HashMap<String, String> = LISTED
        .iter()
        .map(|id| ((*id).to_owned(), format!("Name of {id}")))
        .collect();
    let mut r = Renderer::with_names(names);
    r.body(markdown);
    r.finish()
}

/// The cases: `=== source: name` lines, each followed by its Markdown.
fn cases() -> Vec<(String, String)> {
    let text = include_str!("pandoc/cases.md");
    let mut cases: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("=== ") {
            cases.push((name.trim().to_owned(), String::new()));
        } else if let Some((_, body)) = cases.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    for (_, body) in &mut cases {
        let trimmed = body.trim_end().to_owned() + "\n";
        *body = trimmed;
    }
    cases
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false")
}

fn pandoc_json(markdown: &str) -> Value {
    let mut child = Command::new("pandoc")
        .args(["-f", "markdown", "-t", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pandoc runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(markdown.as_bytes())
        .expect("write to pandoc");
    let out = child.wait_with_output().expect("pandoc finishes");
    assert!(
        out.status.success(),
        "pandoc failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("pandoc's JSON")
}

// Guards: brief reads Pandoc's citation syntax as Pandoc does, on ≥120 cases from Pandoc's manual, Pandoc's tests and edge cases, and every difference is a documented one.
#[test]
fn citations_agree_with_pandoc() {
    let version = Command::new("pandoc").arg("--version").output();
    let Some(version) = version.ok().filter(|o| o.status.success()) else {
        if in_ci() {
            panic!("citations_agree_with_pandoc: CI is set but pandoc is not installed");
        }
        eprintln!(
            "SKIPPED citations_agree_with_pandoc: pandoc is not installed (apt-get install pandoc; set CI=true to make this a failure)"
        );
        return;
    };
    let version = String::from_utf8_lossy(&version.stdout);
    let cases = cases();
    assert!(cases.len() >= 120, "only {} cases", cases.len());
    let known: HashMap<&str, &str> = KNOWN.iter().copied().collect();
    let mut agree = 0;
    let mut failures = Vec::new();
    let mut report = Vec::new();
    let mut seen_known = Vec::new();
    for (name, markdown) in &cases {
        let mut theirs = Vec::new();
        pandoc_cites(&pandoc_json(markdown)["blocks"], &mut theirs);
        let rendered = render_brief(markdown);
        let ours = brief_cites(&rendered);
        if theirs == ours {
            agree += 1;
            if known.contains_key(name.as_str()) {
                failures.push(format!("{name}: listed as a difference but now agrees"));
            }
            continue;
        }
        let detail = format!(
            "{name}\n    input:  {markdown:?}\n    pandoc: {theirs:?}\n    brief:  {ours:?}"
        );
        match known.get(name.as_str()) {
            Some(reason) => {
                seen_known.push(name.clone());
                // A deliberate difference never loses words silently: brief either warned
                // or wrote every `@id` it did not cite as text.
                let warned = !rendered.problems.is_empty();
                let kept = theirs.iter().flatten().all(|(id, ..)| {
                    ours.iter().flatten().any(|(o, ..)| o == id)
                        || rendered.html.contains(id.as_str())
                });
                if warned || kept {
                    report.push(format!("known difference ({reason}): {detail}"));
                } else {
                    failures.push(format!("known difference lost words: {detail}"));
                }
            }
            None => failures.push(format!("disagrees: {detail}")),
        }
    }
    for (name, _) in KNOWN {
        assert!(
            cases.iter().any(|(n, _)| n == name),
            "KNOWN lists `{name}`, which is not a case"
        );
    }
    let share = agree as f64 / cases.len() as f64;
    eprintln!(
        "pandoc conformance ({}): {agree} of {} cases agree ({:.1}%); {} documented differences",
        version.lines().next().unwrap_or("pandoc"),
        cases.len(),
        share * 100.0,
        seen_known.len()
    );
    for line in &report {
        eprintln!("{line}");
    }
    assert!(
        failures.is_empty(),
        "{} case(s) fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        share >= THRESHOLD,
        "agreement {:.1}% is below {:.0}%",
        share * 100.0,
        THRESHOLD * 100.0
    );
}

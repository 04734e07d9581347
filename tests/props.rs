//! Property tests (proptest): parsers never panic; citations are numbered by first
//! appearance; backlinks and citations match one to one; a quote found in a seed is
//! highlighted exactly once on its archive page; rendering is deterministic.
//!
//! Whole-site properties render through `brief::build::render_site` into a `MemorySink`
//! on a small site written to a temporary folder, so they exercise the real pipeline.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use brief::build::{BuildOptions, render_site};
use brief::diagnostic::Diagnostics;
use brief::frontmatter::SourceText;
use brief::render::MemorySink;
use proptest::prelude::*;
use scraper::{Html, Selector};

const WORDS: &[&str] = &[
    "lithium",
    "titanium",
    "deal",
    "Kyiv",
    "table",
    "aid",
    "minerals",
    "security",
    "draft",
    "signed",
    "war",
    "price",
    "rare",
    "earth",
    "elements",
    "talks",
    "fund",
    "guarantees",
];

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// A site with seeds a, b, c (paragraphs given for a) and one brief with `body`.
fn site(seed_a: &[String], body: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    let w = |p: &str, t: &str| {
        let path = root.join(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, t).unwrap();
    };
    w("brief.yaml", "title: Props\n");
    w(
        "seeds/a.md",
        &format!(
            "---\ntitle: A\noutlet: O\n---\n{}\n",
            if seed_a.is_empty() {
                "Some text.".to_owned()
            } else {
                seed_a.join("\n\n")
            }
        ),
    );
    w("seeds/b.md", "---\ntitle: B\noutlet: O\n---\nText of b.\n");
    w("seeds/c.txt", "C\n\nText of c.\n");
    w(
        "content/x.md",
        &format!("---\ntitle: X\nsources: [a, b, c]\n---\n{body}"),
    );
    (dir, root)
}

fn render(root: &Path) -> (Diagnostics, BTreeMap<String, Arc<[u8]>>) {
    let sink = MemorySink::default();
    let (diags, _, _, _) = render_site(&BuildOptions::new(root), &sink);
    let files = sink.files.into_inner().unwrap();
    (diags, files)
}

fn page(files: &BTreeMap<String, Arc<[u8]>>, path: &str) -> Html {
    let bytes = files
        .get(path)
        .unwrap_or_else(|| panic!("no {path} in {:?}", files.keys().collect::<Vec<_>>()));
    Html::parse_document(&String::from_utf8_lossy(bytes))
}

/// Groups of citations over seeds a, b, c, as written in the body.
fn groups() -> impl Strategy<Value = Vec<Vec<usize>>> {
    prop::collection::vec(prop::collection::vec(0usize..3, 1..4), 1..8)
}

fn body_of(groups: &[Vec<usize>], notes: bool) -> String {
    let ids = ["a", "b", "c"];
    let mut body = String::new();
    for (k, g) in groups.iter().enumerate() {
        let cites: Vec<String> = g
            .iter()
            .enumerate()
            .map(|(j, &i)| {
                if j == 0 && k % 3 == 1 {
                    format!("@{}, para. {k}", ids[i])
                } else {
                    format!("@{}", ids[i])
                }
            })
            .collect();
        body.push_str(&format!("Claim {k} [{}].", cites.join("; ")));
        if notes && k % 2 == 0 {
            body.push_str(&format!(" Noted[^n{}].", k % 3));
        }
        body.push_str("\n\n");
    }
    if notes {
        for n in 0..3 {
            body.push_str(&format!("[^n{n}]: Note {n}.\n"));
        }
    }
    body
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// No input makes the front-matter, brief, seed, config, citation, quote or
    /// Markdown parsers panic.
    #[test]
    fn parsing_never_panics(
        yaml in "[a-z_:\\[\\]{}\"' ,\\-#&*!|>\n0-9@]{0,120}",
        body in "\\PC{0,200}",
        raw in prop::collection::vec(any::<u8>(), 0..200),
        fenced in any::<bool>(),
    ) {
        let text = if fenced { format!("---\n{yaml}\n---\n{body}") } else { format!("{yaml}{body}") };
        for bytes in [text.clone().into_bytes(), raw] {
            let Ok(source) = SourceText::decode(Path::new("x.md"), bytes) else { continue };
            let mut d = Diagnostics::new();
            let _ = brief::brief::Brief::parse(Path::new("content/x.md"), Path::new("x.md"), source.clone(), &mut d);
            let _ = brief::seed::Seed::parse("x", Path::new("seeds/x.md"), &source, &mut d);
            let _ = brief::seed::Seed::parse("x", Path::new("seeds/x.txt"), &source, &mut d);
            let _ = brief::config::SiteConfig::parse(Path::new("brief.yaml"), &source);
            for diag in d.iter() {
                let _ = diag.to_string();
            }
        }
        let _ = brief::cite::parse_group(&body);
        let _ = brief::markdown::render(&body);
        let index = brief::quote::SeedText::new(&brief::seed::paragraphs(&body));
        for span in brief::quote::quotes_before(&text, 0) {
            let _ = index.find(&text[span.start..span.end]);
        }
    }

    /// A citation's number is the rank of its source's first appearance.
    #[test]
    fn numbers_follow_first_appearance(groups in groups()) {
        let body = body_of(&groups, false);
        let rendered = brief::markdown::render(&body);
        let ids = ["a", "b", "c"];
        let mut order: Vec<&str> = Vec::new();
        let mut expected_numbers = Vec::new();
        for g in &groups {
            for &i in g {
                if !order.contains(&ids[i]) {
                    order.push(ids[i]);
                }
                expected_numbers.push(order.iter().position(|&x| x == ids[i]).unwrap() + 1);
            }
        }
        prop_assert_eq!(&rendered.order, &order);
        let placed: Vec<usize> = rendered.groups.iter().flat_map(|g| g.items.iter().map(|c| c.number)).collect();
        prop_assert_eq!(&placed, &expected_numbers);
        let html = Html::parse_fragment(&rendered.html);
        let shown: Vec<usize> = html
            .select(&sel("a[role=doc-noteref]"))
            .map(|a| a.text().collect::<String>().trim().parse().unwrap())
            .collect();
        prop_assert_eq!(&shown, &expected_numbers);
    }
}

proptest! {
    // Whole-site renders: fewer cases, each a full (small) build.
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Every backlink points at an existing citation (or note reference) and every one of
    /// those has exactly one backlink; every reference points at an existing entry.
    #[test]
    fn backlinks_and_citations_match(groups in groups(), notes in any::<bool>()) {
        let (_dir, root) = site(&[], &body_of(&groups, notes));
        let (diags, files) = render(&root);
        prop_assert!(!diags.has_errors(), "{:?}", diags);
        let doc = page(&files, "x/index.html");
        let mut refs: Vec<String> = doc
            .select(&sel("a[role=doc-noteref]"))
            .map(|a| format!("#{}", a.value().id().expect("a citation link has an id")))
            .collect();
        let mut backs: Vec<String> = doc
            .select(&sel("a[role=doc-backlink]"))
            .map(|a| a.value().attr("href").unwrap().to_owned())
            .collect();
        let cited: usize = groups.iter().map(Vec::len).sum();
        prop_assert!(refs.len() >= cited);
        refs.sort();
        backs.sort();
        prop_assert_eq!(&refs, &backs);
        for a in doc.select(&sel("a[role=doc-noteref]")) {
            let href = a.value().attr("href").unwrap();
            let target = format!("[id=\"{}\"]", &href[1..]);
            prop_assert_eq!(doc.select(&sel(&target)).count(), 1, "{} points nowhere", href);
        }
    }

    /// A passage quoted from a seed is highlighted exactly once on the seed's page, and
    /// the highlight holds that passage.
    #[test]
    fn a_found_quote_is_highlighted_once(
        paras in prop::collection::vec(prop::collection::vec(0..WORDS.len(), 3..14), 1..5),
        pick in any::<prop::sample::Index>(),
        from in any::<prop::sample::Index>(),
        len in 1usize..6,
    ) {
        let paragraphs: Vec<String> = paras
            .iter()
            .map(|p| p.iter().map(|&w| WORDS[w]).collect::<Vec<_>>().join(" "))
            .collect();
        let p = &paras[pick.index(paras.len())];
        let start = from.index(p.len());
        let end = (start + len).min(p.len());
        let passage = p[start..end].iter().map(|&w| WORDS[w]).collect::<Vec<_>>().join(" ");
        let body = format!("He said “{passage}” [@a].\n");
        let (_dir, root) = site(&paragraphs, &body);
        let (diags, files) = render(&root);
        prop_assert!(!diags.has_errors(), "{:?}", diags);
        prop_assert!(diags.iter().all(|d| !d.message.contains("quote")), "{:?}", diags);
        let doc = page(&files, "sources/a/index.html");
        // Marks in the seed's paragraphs (`p1`, `p2` …), not the page's legend.
        let marks: Vec<String> = doc
            .select(&sel("[id^=p] mark"))
            .map(|m| m.text().collect())
            .collect();
        prop_assert_eq!(marks.len(), 1, "{:?}", marks);
        prop_assert_eq!(marks[0].to_lowercase(), passage.to_lowercase());
    }

    /// Rendering twice gives the same bytes.
    #[test]
    fn rendering_is_deterministic(groups in groups(), notes in any::<bool>(), extra in "[a-z #*\n]{0,60}") {
        let body = format!("{}\n\n{extra}\n", body_of(&groups, notes));
        let (_dir, root) = site(&["Alpha beta.".into(), "Gamma.".into()], &body);
        let (_, first) = render(&root);
        let (_, second) = render(&root);
        prop_assert!(!first.is_empty());
        prop_assert!(first == second);
    }
}

/// One scripted edit of a site's files.
#[derive(Debug, Clone)]
enum Edit {
    Write(usize, u8),
    Break(usize),
    Delete(usize),
    Rename(usize, usize),
    SeedBreak,
    SeedFix,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0usize..6, any::<u8>()).prop_map(|(i, v)| Edit::Write(i, v)),
        (0usize..6).prop_map(Edit::Break),
        (0usize..6).prop_map(Edit::Delete),
        (0usize..6, 0usize..6).prop_map(|(a, b)| Edit::Rename(a, b)),
        Just(Edit::SeedBreak),
        Just(Edit::SeedFix),
    ]
}

fn preview_brief(i: usize, v: u8) -> String {
    format!(
        "---\ntitle: \"P{i} v{v}\"\ndate: 2025-03-0{}\nsources: [a, b]\n---\nText {v} [@a]. More [@b; @a].\n",
        1 + v % 9
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// The preview's incremental rebuilds, after any sequence of edits (valid, broken,
    /// deleted, renamed files), give the same files as a full build of what is on disk.
    #[test]
    fn incremental_preview_matches_a_full_build(edits in prop::collection::vec(edit(), 1..12)) {
        let (_dir, root) = site(&["Alpha beta.".into()], "Body [@a].\n");
        let brief = |i: usize| root.join(format!("content/p{i}.md"));
        for i in 0..3 {
            std::fs::write(brief(i), preview_brief(i, 0)).unwrap();
        }
        let (mut preview, first) = brief::preview::Preview::new(BuildOptions::new(&root));
        prop_assert!(first.ok);
        let seed = root.join("seeds/b.md");
        for e in &edits {
            let changed = match *e {
                Edit::Write(i, v) => { std::fs::write(brief(i), preview_brief(i, v)).unwrap(); vec![brief(i)] }
                Edit::Break(i) => { std::fs::write(brief(i), "---\ntitle: [broken\n---\n").unwrap(); vec![brief(i)] }
                Edit::Delete(i) => { let _ = std::fs::remove_file(brief(i)); vec![brief(i)] }
                Edit::Rename(a, b) => {
                    if std::fs::rename(brief(a), brief(b)).is_err() { continue }
                    vec![brief(a), brief(b)]
                }
                Edit::SeedBreak => { std::fs::write(&seed, "---\ntitle: [x\n---\n").unwrap(); vec![seed.clone()] }
                Edit::SeedFix => { std::fs::write(&seed, "---\ntitle: B\noutlet: O\n---\nText of b.\n").unwrap(); vec![seed.clone()] }
            };
            let rebuild = preview.rebuild(&changed);
            let (diags, full) = render(&root);
            prop_assert_eq!(rebuild.ok, !diags.has_errors(), "after {:?}", e);
            if rebuild.ok {
                let snapshot = preview.snapshot();
                let got: BTreeMap<&String, &[u8]> = snapshot.iter().map(|(k, v)| (k, &v[..])).collect();
                // The preview serves no claims.json (README, "claims.json").
                let want: BTreeMap<&String, &[u8]> = full.iter()
                    .filter(|(k, _)| k.as_str() != "claims.json")
                    .map(|(k, v)| (k, &v[..])).collect();
                let differing: Vec<&&String> = got.keys().chain(want.keys())
                    .filter(|k| got.get(**k) != want.get(**k)).collect();
                prop_assert!(differing.is_empty(), "after {:?} of {:?}: {:?} differ", e, edits, differing);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// A preview that renders pages on request (as `brief serve` does), after any
    /// sequence of edits with some pages asked for between them: every file it holds is
    /// the full build's (a rebuild re-renders exactly the pages it kept that changed), and
    /// so is every page asked for.
    #[test]
    fn on_request_preview_matches_a_full_build(
        edits in prop::collection::vec((edit(), any::<prop::sample::Index>()), 1..12),
    ) {
        let (_dir, root) = site(&["Alpha beta.".into()], "Body [@a].\n");
        let brief = |i: usize| root.join(format!("content/p{i}.md"));
        for i in 0..3 {
            std::fs::write(brief(i), preview_brief(i, 0)).unwrap();
        }
        let (mut preview, first) = brief::preview::Preview::on_request(BuildOptions::new(&root));
        prop_assert!(first.ok);
        let seed = root.join("seeds/b.md");
        for (e, ask) in &edits {
            let changed = match *e {
                Edit::Write(i, v) => { std::fs::write(brief(i), preview_brief(i, v)).unwrap(); vec![brief(i)] }
                Edit::Break(i) => { std::fs::write(brief(i), "---\ntitle: [broken\n---\n").unwrap(); vec![brief(i)] }
                Edit::Delete(i) => { let _ = std::fs::remove_file(brief(i)); vec![brief(i)] }
                Edit::Rename(a, b) => {
                    if std::fs::rename(brief(a), brief(b)).is_err() { continue }
                    vec![brief(a), brief(b)]
                }
                Edit::SeedBreak => { std::fs::write(&seed, "---\ntitle: [x\n---\n").unwrap(); vec![seed.clone()] }
                Edit::SeedFix => { std::fs::write(&seed, "---\ntitle: B\noutlet: O\n---\nText of b.\n").unwrap(); vec![seed.clone()] }
            };
            let rebuild = preview.rebuild(&changed);
            let (diags, full) = render(&root);
            prop_assert_eq!(rebuild.ok, !diags.has_errors(), "after {:?}", e);
            if rebuild.ok {
                let want: BTreeMap<&String, &[u8]> = full.iter()
                    .filter(|(k, _)| k.as_str() != "claims.json")
                    .map(|(k, v)| (k, &v[..])).collect();
                let kept = preview.snapshot();
                for (k, v) in kept.iter() {
                    prop_assert!(want.get(k) == Some(&&v[..]), "after {:?} of {:?}: {} differs", e, edits, k);
                }
                let keys: Vec<&&String> = want.keys().collect();
                let path = ask.get(&keys);
                let got = preview.page(path).expect("a file of the build");
                prop_assert!(&got[..] == want[*path], "after {:?}: {} asked for differs", e, path);
            }
        }
    }
}

/// A figure in one of the forms a writer uses: qualifier, currency, number, scale, unit.
fn figure_text() -> impl Strategy<Value = String> {
    let qualifier = prop::sample::select(vec![
        "",
        "",
        "about ",
        "nearly ",
        "more than ",
        "some ",
        "an estimated ",
        "up to ",
    ]);
    let number = prop_oneof![
        (1u32..999).prop_map(|n| n.to_string()),
        (1u32..99, 1u32..9).prop_map(|(a, b)| format!("{a}.{b}")),
        (1u32..999, 0u32..999).prop_map(|(a, b)| format!("{a},{b:03}")),
        prop::sample::select(vec!["Twenty-one", "eleven", "forty", "a hundred"])
            .prop_map(str::to_owned),
    ];
    let shape = prop::sample::select(vec![
        ("", ""),
        ("$", " billion"),
        ("$", "bn"),
        ("€", " million"),
        ("", " percent"),
        ("", "%"),
        ("", " million tonnes"),
        ("", " billion dollars"),
        ("Rs ", " trillion"),
        ("", " of the 30"),
    ]);
    (qualifier, number, shape).prop_map(|(q, n, (pre, post))| {
        let n = if pre.is_empty() { n } else { n.to_lowercase() };
        format!("{q}{pre}{n}{post}")
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    // Guards: a figure copied verbatim from a seed into a cited sentence always verifies.
    #[test]
    fn a_figure_copied_from_the_seed_verifies(fig in figure_text()) {
        let seed = vec![format!("Officials said {fig} in all.")];
        let body = format!("\nThe report gives {fig} [@a, para. 1].\n");
        let (_dir, root) = site(&seed, &body);
        let (diags, files) = render(&root);
        let problems: Vec<String> = diags
            .iter()
            .filter(|d| matches!(d.kind, brief::diagnostic::Kind::FigureNotFound | brief::diagnostic::Kind::CitationNeeded))
            .map(|d| d.to_string())
            .collect();
        prop_assert!(problems.is_empty(), "{fig}: {problems:?}");
        prop_assert!(files.contains_key("claims.json"));
    }

    // Guards: figure extraction and sentence splitting never panic on any text.
    #[test]
    fn figures_never_panic(text in "\\PC{0,80}", digits in "[0-9$%,. a-z€£₴-]{0,40}") {
        for t in [text.as_str(), digits.as_str()] {
            for f in brief::figure::extract(t) {
                prop_assert!(f.start <= f.end && f.end <= t.len());
                prop_assert!(t.is_char_boundary(f.start) && t.is_char_boundary(f.end));
            }
            for s in brief::claims::sentences(t) {
                prop_assert!(s.start <= s.end && s.end <= t.len());
            }
        }
    }
}

/// One scripted change of a site's files, beyond the briefs' own edits: the files
/// published as is, drafts, citations of a missing seed, uncited figures, and (on Unix)
/// brief files that are links out of the site or pipes.
#[derive(Debug, Clone)]
enum Change {
    Brief(Edit),
    /// A text file beside the briefs (warned of: published as is), written or deleted.
    Notes(usize, bool),
    /// A static file, written or deleted.
    Static(usize, bool),
    /// Brief `i` as a draft that cites a seed that does not exist.
    Draft(usize),
    /// Brief `i` citing a seed that does not exist (an error).
    Missing(usize),
    /// Brief `i` with a figure in a sentence that cites nothing (a warning).
    Uncited(usize),
    /// Brief `i` as a link to a file outside the site (an error: not read).
    LinkOut(usize),
    /// Brief `i` as a pipe (a warning: skipped).
    Pipe(usize),
    /// Brief `i` quoting seed `a` and giving a figure from it.
    Quote(usize),
    /// Seed `a`'s text: with the quote and figure (0), without (1), or its front matter
    /// broken (2: the quote and figure are then checked against the other seeds, as
    /// `brief check` reads a site without it).
    SeedA(u8),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        3 => edit().prop_map(Change::Brief),
        1 => (0usize..2, any::<bool>()).prop_map(|(k, on)| Change::Notes(k, on)),
        1 => (0usize..2, any::<bool>()).prop_map(|(k, on)| Change::Static(k, on)),
        1 => (0usize..6).prop_map(Change::Draft),
        1 => (0usize..6).prop_map(Change::Missing),
        1 => (0usize..6).prop_map(Change::Uncited),
        1 => (0usize..6).prop_map(Change::LinkOut),
        1 => (0usize..6).prop_map(Change::Pipe),
        1 => (0usize..6).prop_map(Change::Quote),
        1 => (0u8..3).prop_map(Change::SeedA),
    ]
}

/// Makes `path` free for a new file: a link or a pipe there is removed (writing through
/// a link would change its target; opening a pipe would wait for a reader).
fn free(path: &Path) {
    if std::fs::symlink_metadata(path).is_ok_and(|m| !m.is_file()) {
        std::fs::remove_file(path).unwrap();
    }
}

/// Every diagnostic as printed, sorted, each once.
fn printed<'a>(diags: impl IntoIterator<Item = &'a brief::diagnostic::Diagnostic>) -> Vec<String> {
    let mut all: Vec<String> = diags.into_iter().map(|d| d.to_string()).collect();
    all.sort();
    all.dedup();
    all
}

/// The site the changes are made to: [`site`] with three briefs and a static folder,
/// and a brief outside it (the folders are removed when the first is dropped).
fn scene() -> ((tempfile::TempDir, tempfile::TempDir), PathBuf, PathBuf) {
    let (dir, root) = site(&["Alpha beta.".into()], "Body [@a].\n");
    let outside = tempfile::tempdir().unwrap();
    let far = outside.path().join("far.md");
    std::fs::write(&far, preview_brief(9, 9)).unwrap();
    std::fs::create_dir_all(root.join("static")).unwrap();
    for i in 0..3 {
        std::fs::write(root.join(format!("content/p{i}.md")), preview_brief(i, 0)).unwrap();
    }
    ((dir, outside), root, far)
}

/// Makes change `c` to the site at `root` (`far` is a brief outside it); returns the
/// paths a watcher would report, or `None` when the change could not be made.
fn apply(root: &Path, far: &Path, c: &Change) -> Option<Vec<PathBuf>> {
    let brief = |i: usize| root.join(format!("content/p{i}.md"));
    let write = |i: usize, text: &str| {
        free(&brief(i));
        std::fs::write(brief(i), text).unwrap();
    };
    let seed = root.join("seeds/b.md");
    Some(match c {
        Change::Brief(e) => match *e {
            Edit::Write(i, v) => {
                write(i, &preview_brief(i, v));
                vec![brief(i)]
            }
            Edit::Break(i) => {
                write(i, "---\ntitle: [broken\n---\n");
                vec![brief(i)]
            }
            Edit::Delete(i) => {
                let _ = std::fs::remove_file(brief(i));
                vec![brief(i)]
            }
            Edit::Rename(a, b) => {
                if a == b || std::fs::symlink_metadata(brief(a)).is_err() {
                    return None;
                }
                free(&brief(b));
                let _ = std::fs::rename(brief(a), brief(b));
                vec![brief(a), brief(b)]
            }
            Edit::SeedBreak => {
                std::fs::write(&seed, "---\ntitle: [x\n---\n").unwrap();
                vec![seed.clone()]
            }
            Edit::SeedFix => {
                std::fs::write(&seed, "---\ntitle: B\noutlet: O\n---\nText of b.\n").unwrap();
                vec![seed.clone()]
            }
        },
        Change::Notes(k, on) | Change::Static(k, on) => {
            let path = match c {
                Change::Notes(..) => root.join(format!("content/n{k}.txt")),
                _ => root.join(format!("static/s{k}.css")),
            };
            if *on {
                std::fs::write(&path, "x{}").unwrap();
            } else {
                let _ = std::fs::remove_file(&path);
            }
            vec![path]
        }
        Change::Draft(i) | Change::Missing(i) | Change::Uncited(i) | Change::Quote(i) => {
            let (title, sources, body) = match c {
                Change::Draft(_) => ("D", "[nope]\ndraft: true", "Text [@nope]."),
                Change::Missing(_) => ("M", "[a, nope]", "Text [@nope]."),
                Change::Uncited(_) => (
                    "U",
                    "[a]",
                    "Some 40 percent of it [@a]. Then $7 billion went.",
                ),
                _ => (
                    "Q",
                    "[a]",
                    "It said \"alpha beta\" and some 40 percent [@a].",
                ),
            };
            write(
                *i,
                &format!("---\ntitle: {title}{i}\nsources: {sources}\n---\n{body}\n"),
            );
            vec![brief(*i)]
        }
        Change::LinkOut(i) => {
            #[cfg(unix)]
            {
                let _ = std::fs::remove_file(brief(*i));
                std::os::unix::fs::symlink(far, brief(*i)).unwrap();
            }
            vec![brief(*i)]
        }
        Change::SeedA(state) => {
            let path = root.join("seeds/a.md");
            let text = match state {
                0 => "---\ntitle: A\noutlet: O\n---\nAlpha beta, some 40 percent.\n",
                1 => "---\ntitle: A\noutlet: O\n---\nGamma delta.\n",
                _ => "---\ntitel: A\noutlet: O\n---\nAlpha beta, some 40 percent.\n",
            };
            std::fs::write(&path, text).unwrap();
            vec![path]
        }
        Change::Pipe(i) => {
            let _ = std::fs::remove_file(brief(*i));
            let made = std::process::Command::new("mkfifo").arg(brief(*i)).status();
            if !made.is_ok_and(|s| s.success()) {
                return None;
            }
            vec![brief(*i)]
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// After any sequence of changes, the preview (rendering on request, as `brief serve`
    /// does) succeeds exactly when a build does, reports what the build reports — every
    /// warning when it succeeds, every error when it fails — and serves the build's bytes.
    #[test]
    fn the_preview_reports_what_a_build_reports(changes in prop::collection::vec(change(), 1..14)) {
        let (_dirs, root, far) = scene();
        let (mut preview, first) = brief::preview::Preview::on_request(BuildOptions::new(&root));
        prop_assert!(first.ok);
        for c in &changes {
            let Some(changed) = apply(&root, &far, c) else { continue };
            let rebuild = preview.rebuild(&changed);
            let (diags, full) = render(&root);
            prop_assert_eq!(rebuild.ok, !diags.has_errors(), "after {:?} of {:?}: {:?}", c, changes, diags);
            let report = preview.diagnostics();
            let held = report.sorted();
            if rebuild.ok {
                prop_assert_eq!(printed(held.iter().copied()), printed(diags.iter()), "after {:?} of {:?}", c, changes);
                let want: BTreeMap<&String, &[u8]> = full.iter()
                    .filter(|(k, _)| k.as_str() != "claims.json")
                    .map(|(k, v)| (k, &v[..])).collect();
                for (k, v) in preview.snapshot().iter() {
                    prop_assert!(want.get(k) == Some(&&v[..]), "after {:?} of {:?}: {} differs", c, changes, k);
                }
            } else {
                prop_assert_eq!(
                    printed(held.iter().copied().filter(|d| d.is_error())),
                    printed(diags.iter().filter(|d| d.is_error())),
                    "after {:?} of {:?}", c, changes
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// The same changes seen by `brief lsp`'s model (drafts in, quotes strict, nothing
    /// rendered), settled after each: it reports, file by file, what `brief check` does.
    #[test]
    fn the_editors_model_reports_what_check_reports(changes in prop::collection::vec(change(), 1..14)) {
        let (_dirs, root, far) = scene();
        let options = BuildOptions {
            drafts: true,
            strict: true,
            ..BuildOptions::new(&root)
        };
        let mut model = brief::preview::Preview::analysis(options, brief::overlay::Overlay::new());
        for c in &changes {
            let Some(changed) = apply(&root, &far, c) else { continue };
            model.refresh(&changed);
            model.settle(None);
            let held: Vec<String> = printed(model.diagnostics_by_file().values().flatten());
            let checked = brief::build::check(&root, true);
            prop_assert_eq!(held, printed(checked.diagnostics.iter()), "after {:?} of {:?}", c, changes);
        }
    }
}

//! `SiteTest`: the harness every integration test uses. It lays out a fixture site in a
//! temporary folder from inline strings, runs the real `brief` binary on it, and gives
//! the test parsed diagnostics (`path:line:col: severity: message`), parsed HTML pages
//! (scraper) and a checker that follows every relative link of the output.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use scraper::{ElementRef, Html, Selector};

/// The binary under test, built by cargo for this integration test.
pub const BIN: &str = env!("CARGO_BIN_EXE_brief");

/// How long one run of the binary may take before the test calls it a hang.
const TIMEOUT: Duration = Duration::from_secs(60);

/// A fixture site: `<tempdir>/site/` is the site root, so tests can also point `--out`
/// at the root's parent without touching anything outside the tempdir.
pub struct SiteTest {
    dir: tempfile::TempDir,
    root: PathBuf,
}

impl Default for SiteTest {
    fn default() -> Self {
        Self::new()
    }
}

impl SiteTest {
    /// A site with a minimal valid `brief.yaml`.
    pub fn new() -> Self {
        Self::empty().file("brief.yaml", "title: Test site\n")
    }

    /// An empty site root (no `brief.yaml`).
    pub fn empty() -> Self {
        let dir = tempfile::Builder::new()
            .prefix("brief-test-")
            .tempdir()
            .expect("create tempdir");
        let root = dir.path().join("site");
        fs::create_dir_all(&root).expect("create site root");
        SiteTest { dir, root }
    }

    /// Adds (or replaces) a file under the site root, creating parent folders.
    pub fn file(self, rel: &str, contents: impl AsRef<[u8]>) -> Self {
        self.write(rel, contents);
        self
    }

    pub fn write(&self, rel: &str, contents: impl AsRef<[u8]>) {
        let path = self.root.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("create parent folder");
        }
        fs::write(&path, contents).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    }

    pub fn remove(&self, rel: &str) {
        let path = self.root.join(rel);
        fs::remove_file(&path).unwrap_or_else(|e| panic!("remove {}: {e}", path.display()));
    }

    pub fn read_source(&self, rel: &str) -> String {
        let path = self.root.join(rel);
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
    }

    /// The site root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The temporary folder holding the site root (the root's parent).
    pub fn tmp(&self) -> &Path {
        self.dir.path()
    }

    /// The default output folder, `<root>/public`.
    pub fn out(&self) -> PathBuf {
        self.root.join("public")
    }

    /// Runs `brief <args>` with the site root as the working directory.
    pub fn run(&self, args: &[&str]) -> Run {
        run_in(&self.root, args)
    }

    /// `brief build --root <root> <extra…>`.
    pub fn build(&self, extra: &[&str]) -> Run {
        let root = self.root.to_str().expect("utf-8 tempdir path");
        let mut args = vec!["build", "--root", root];
        args.extend_from_slice(extra);
        run_in(self.dir.path(), &args)
    }

    /// `brief check --root <root>`.
    pub fn check(&self) -> Run {
        let root = self.root.to_str().expect("utf-8 tempdir path");
        run_in(self.dir.path(), &["check", "--root", root])
    }

    /// A build that must succeed without any error or warning.
    pub fn build_clean(&self) -> Run {
        let run = self.build(&[]);
        run.assert_code(0);
        run.assert_no_diagnostics();
        run
    }

    /// Whether `rel` exists in the default output folder.
    pub fn exists(&self, rel: &str) -> bool {
        self.out().join(rel).exists()
    }

    /// A page of the default output folder, parsed.
    pub fn page(&self, rel: &str) -> Page {
        Page::open(&self.out(), rel)
    }
}

/// Runs the binary in `cwd`, with colour off and a hang guard.
pub fn run_in(cwd: &Path, args: &[&str]) -> Run {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .env("CLICOLOR", "0")
        .env("TERM", "dumb")
        .env_remove("CLICOLOR_FORCE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn brief");
    let mut out = child.stdout.take().expect("stdout pipe");
    let mut err = child.stderr.take().expect("stderr pipe");
    let out_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out.read_to_end(&mut buf);
        buf
    });
    let err_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for brief") {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            timed_out = true;
            let _ = child.kill();
            break child.wait().expect("wait for killed brief");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = String::from_utf8_lossy(&out_thread.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_thread.join().unwrap_or_default()).into_owned();
    let run = Run {
        args: args.iter().map(|s| s.to_string()).collect(),
        code: status.code(),
        stdout: strip_ansi(&stdout),
        stderr: strip_ansi(&stderr),
        timed_out,
    };
    assert!(
        !run.timed_out,
        "brief {:?} hung (killed after {TIMEOUT:?})\n{run}",
        run.args
    );
    run.assert_summary_matches();
    // Whatever the input, a panic is a bug: user errors must be diagnostics.
    assert!(
        !run.stderr.contains("panicked at"),
        "brief {:?} panicked\n{run}",
        run.args
    );
    run
}

/// One finished run of the binary.
pub struct Run {
    pub args: Vec<String>,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub timed_out: bool,
}

impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "--- brief {:?} exited {:?}\n--- stdout:\n{}\n--- stderr:\n{}",
            self.args, self.code, self.stdout, self.stderr
        )
    }
}

impl Run {
    pub fn assert_code(&self, code: i32) -> &Self {
        assert_eq!(self.code, Some(code), "unexpected exit code\n{self}");
        self
    }

    /// If stderr ends with a tally (`N errors, M warnings`), it must count the problems
    /// actually printed: every problem of a build is reported, none hidden.
    pub fn assert_summary_matches(&self) {
        let header = |sev: &str| {
            self.stderr
                .lines()
                .filter(|l| !l.starts_with(' ') && l.contains(&format!(": {sev}: ")))
                .count()
        };
        for line in self.stderr.lines() {
            let words: Vec<&str> = line
                .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
                .filter(|w| !w.is_empty())
                .collect();
            if words.len() >= 4
                && words[1].starts_with("error")
                && words[3].starts_with("warning")
                && let (Ok(e), Ok(w)) = (words[0].parse::<usize>(), words[2].parse::<usize>())
            {
                assert_eq!(
                    (e, w),
                    (header("error"), header("warning")),
                    "the tally `{line}` does not match the problems printed\n{self}"
                );
            }
        }
    }

    /// Every `path:line:col: error|warning: message` line of stderr.
    pub fn diagnostics(&self) -> Vec<Diag> {
        self.stderr.lines().filter_map(Diag::parse).collect()
    }

    pub fn errors(&self) -> Vec<Diag> {
        self.diagnostics()
            .into_iter()
            .filter(|d| d.severity == "error")
            .collect()
    }

    pub fn warnings(&self) -> Vec<Diag> {
        self.diagnostics()
            .into_iter()
            .filter(|d| d.severity == "warning")
            .collect()
    }

    pub fn assert_no_diagnostics(&self) -> &Self {
        let diags = self.diagnostics();
        let loose = self
            .stderr
            .lines()
            .any(|l| l.contains("error:") || l.contains("warning:"));
        assert!(
            diags.is_empty() && !loose,
            "expected no diagnostics\n{self}"
        );
        self
    }

    /// The one error whose path ends with `file`; panics (showing stderr) if none.
    pub fn error_in(&self, file: &str) -> Diag {
        self.diag_in("error", file)
    }

    pub fn warning_in(&self, file: &str) -> Diag {
        self.diag_in("warning", file)
    }

    fn diag_in(&self, severity: &str, file: &str) -> Diag {
        self.diagnostics()
            .into_iter()
            .find(|d| d.severity == severity && d.is_in(file))
            .unwrap_or_else(|| {
                panic!("expected a `path:line:col: {severity}: …` line for {file}\n{self}")
            })
    }
}

/// One parsed diagnostic line.
#[derive(Debug, Clone)]
pub struct Diag {
    pub path: String,
    pub line: u32,
    pub col: u32,
    pub severity: String,
    pub message: String,
}

impl Diag {
    /// Parses `path:line:col: error|warning: message`.
    pub fn parse(line: &str) -> Option<Diag> {
        let line = line.trim_end();
        for severity in ["error", "warning"] {
            let sep = format!(": {severity}: ");
            let Some(at) = line.find(&sep) else { continue };
            let (location, message) = (&line[..at], &line[at + sep.len()..]);
            let mut parts = location.rsplitn(3, ':');
            let col = parts.next()?.trim().parse().ok()?;
            let line_no = parts.next()?.trim().parse().ok()?;
            let path = parts.next()?.trim().to_string();
            if path.is_empty() {
                return None;
            }
            return Some(Diag {
                path,
                line: line_no,
                col,
                severity: severity.to_string(),
                message: message.to_string(),
            });
        }
        None
    }

    /// Whether the diagnostic's path names `file` (e.g. `content/a.md`).
    pub fn is_in(&self, file: &str) -> bool {
        let path = self.path.replace('\\', "/");
        path == file || path.ends_with(&format!("/{file}"))
    }
}

/// Removes ANSI escape sequences, in case the binary colours its output anyway.
pub fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.peek() == Some(&'[') {
                chars.next();
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

/// Builds a CSS selector, panicking on a typo in the test.
pub fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css:?}: {e:?}"))
}

/// An element's text with whitespace collapsed.
pub fn text(el: ElementRef<'_>) -> String {
    collapse_ws(&el.text().collect::<String>())
}

pub fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A parsed output page.
pub struct Page {
    /// The output folder it belongs to.
    pub out: PathBuf,
    /// Its path within the output folder, with `/`.
    pub rel: String,
    pub source: String,
    pub html: Html,
}

impl Page {
    pub fn open(out: &Path, rel: &str) -> Page {
        let path = out.join(rel);
        let source = fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("read output page {}: {e}", path.display()));
        let html = Html::parse_document(&source);
        Page {
            out: out.to_path_buf(),
            rel: rel.to_string(),
            source,
            html,
        }
    }

    pub fn select(&self, css: &str) -> Vec<ElementRef<'_>> {
        self.html.select(&sel(css)).collect()
    }

    /// The single element matching `css`.
    pub fn one(&self, css: &str) -> ElementRef<'_> {
        let found = self.select(css);
        assert_eq!(
            found.len(),
            1,
            "expected exactly one `{css}` in {}, found {}",
            self.rel,
            found.len()
        );
        found[0]
    }

    pub fn by_id(&self, id: &str) -> Option<ElementRef<'_>> {
        self.html
            .root_element()
            .descendent_elements()
            .find(|e| e.value().id() == Some(id))
    }

    pub fn ids(&self) -> BTreeSet<String> {
        self.html
            .root_element()
            .descendent_elements()
            .filter_map(|e| e.value().id().map(str::to_string))
            .collect()
    }

    /// The page's whole visible text (body), whitespace collapsed.
    pub fn body_text(&self) -> String {
        self.select("body")
            .first()
            .map(|b| text(*b))
            .unwrap_or_default()
    }

    /// Resolves an href written on this page to a target in the output folder.
    pub fn resolve(&self, href: &str) -> Result<Target, String> {
        resolve_href(&self.rel, href)
    }

    /// Whether `href` on this page points at output file `rel` (any fragment).
    pub fn links_to(&self, href: &str, rel: &str) -> bool {
        matches!(self.resolve(href), Ok(Target::Internal { ref path, .. }) if path == rel)
    }
}

/// Where an href leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    External,
    Internal {
        /// Path within the output folder, with `/`.
        path: String,
        fragment: Option<String>,
    },
}

/// Resolves `href` found on the page at `page_rel` (relative to the output folder).
pub fn resolve_href(page_rel: &str, href: &str) -> Result<Target, String> {
    let href = href.trim();
    if href.starts_with("//") || has_scheme(href) {
        return Ok(Target::External);
    }
    if href.starts_with('/') {
        return Err(format!("`{href}` is not relative"));
    }
    let (rest, fragment) = match href.split_once('#') {
        Some((p, f)) => (p, Some(percent_decode(f))),
        None => (href, None),
    };
    let path_part = rest.split('?').next().unwrap_or("");
    let mut parts: Vec<String> = page_rel.split('/').map(str::to_string).collect();
    parts.pop(); // the page's own file name
    if path_part.is_empty() {
        return Ok(Target::Internal {
            path: page_rel.to_string(),
            fragment,
        });
    }
    for seg in path_part.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err(format!("`{href}` leads outside the output folder"));
                }
            }
            s => parts.push(percent_decode(s)),
        }
    }
    let mut path = parts.join("/");
    if path_part.ends_with('/') || path_part.ends_with("/.") || path_part == "." {
        path.push('/');
    }
    Ok(Target::Internal { path, fragment })
}

fn has_scheme(href: &str) -> bool {
    match href.find(':') {
        Some(i) => {
            let scheme = &href[..i];
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && scheme
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic())
        }
        None => false,
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Some(b) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Every HTML file under `out`, as `/`-separated relative paths, sorted.
pub fn html_files(out: &Path) -> Vec<String> {
    tree(out)
        .into_keys()
        .filter(|p| p.ends_with(".html"))
        .collect()
}

/// Follows every relative link (`a[href]`, `link[href]`, `script[src]`, `img[src]`,
/// `source[src]`) of every HTML page under `out`; returns one line per broken link.
/// A link is broken when it is not relative (except on 404.html, which is served at any
/// depth and so links through `base_url`), leaves the output folder, names a folder
/// rather than a file (links must work opened from disk), names a missing file, or has
/// a `#fragment` that is no id of its target page.
pub fn broken_links(out: &Path) -> Vec<String> {
    let pages = html_files(out);
    let mut ids: HashMap<String, BTreeSet<String>> = HashMap::new();
    let mut problems = Vec::new();
    let attrs = sel("a[href], link[href], script[src], img[src], source[src]");
    for rel in &pages {
        let page = Page::open(out, rel);
        for el in page.html.select(&attrs) {
            let v = el.value();
            let rels = v.attr("rel").unwrap_or("");
            if v.name() == "link"
                && rels
                    .split_whitespace()
                    .any(|r| r == "canonical" || r == "alternate")
            {
                // Absolute by design: they use `base_url`.
                continue;
            }
            let href = v.attr("href").or_else(|| v.attr("src")).unwrap_or("");
            if rel == "404.html" && href.starts_with('/') && !href.starts_with("//") {
                // 404.html is served at any depth, so its links go through `base_url`
                // (`/` in fixtures) instead of being relative; resolve them from the root.
                let path = href.split(['#', '?']).next().unwrap_or("");
                let file = out.join(path.trim_start_matches('/'));
                if !(file.is_file() || file.join("index.html").is_file()) {
                    problems.push(format!("{rel}: `{href}` -> nothing at {}", file.display()));
                }
                continue;
            }
            let target = match page.resolve(href) {
                Ok(Target::External) => continue,
                Ok(Target::Internal { path, fragment }) => (path, fragment),
                Err(e) => {
                    problems.push(format!("{rel}: {e}"));
                    continue;
                }
            };
            let (path, fragment) = target;
            let file = out.join(&path);
            if path.ends_with('/') || file.is_dir() {
                problems.push(format!(
                    "{rel}: `{href}` names a folder, not a file (won't work from disk)"
                ));
                continue;
            }
            if !file.is_file() {
                problems.push(format!("{rel}: `{href}` -> missing file {path}"));
                continue;
            }
            if let Some(fragment) = fragment.filter(|f| !f.is_empty())
                && path.ends_with(".html")
            {
                let known = ids
                    .entry(path.clone())
                    .or_insert_with(|| Page::open(out, &path).ids());
                if !known.contains(&fragment) {
                    problems.push(format!("{rel}: `{href}` -> no id `{fragment}` in {path}"));
                }
            }
        }
    }
    problems
}

pub fn assert_links_ok(out: &Path) {
    let broken = broken_links(out);
    assert!(
        broken.is_empty(),
        "{} broken link(s):\n{}",
        broken.len(),
        broken.join("\n")
    );
}

/// Every file (with its bytes) and folder (with `None`) under `dir`, keyed by its
/// `/`-separated path relative to `dir`. Symlinks are recorded, not followed.
pub fn tree(dir: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    fn walk(base: &Path, dir: &Path, acc: &mut BTreeMap<String, Option<Vec<u8>>>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let rel = rel_path(base, &path);
            let ft = entry.file_type().expect("file type");
            if ft.is_symlink() {
                let target = fs::read_link(&path).unwrap_or_default();
                let mut bytes = b"symlink:".to_vec();
                bytes.extend_from_slice(target.to_string_lossy().as_bytes());
                acc.insert(rel, Some(bytes));
            } else if ft.is_dir() {
                acc.insert(format!("{rel}/"), None);
                walk(base, &path, acc);
            } else {
                acc.insert(rel, Some(fs::read(&path).expect("read file")));
            }
        }
    }
    let mut acc = BTreeMap::new();
    walk(dir, dir, &mut acc);
    acc
}

/// Only the files of `tree` (folders dropped), for byte comparisons of outputs.
pub fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    tree(dir)
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k, v)))
        .collect()
}

/// Asserts two trees are equal, naming the first differing paths.
pub fn assert_same_tree<V: PartialEq>(
    before: &BTreeMap<String, V>,
    after: &BTreeMap<String, V>,
    what: &str,
) {
    let added: Vec<_> = after.keys().filter(|k| !before.contains_key(*k)).collect();
    let removed: Vec<_> = before.keys().filter(|k| !after.contains_key(*k)).collect();
    let changed: Vec<_> = before
        .iter()
        .filter(|(k, v)| after.get(*k).is_some_and(|w| w != *v))
        .map(|(k, _)| k)
        .collect();
    assert!(
        added.is_empty() && removed.is_empty() && changed.is_empty(),
        "{what}: added {added:?}, removed {removed:?}, changed {changed:?}"
    );
}

fn rel_path(base: &Path, path: &Path) -> String {
    path.strip_prefix(base)
        .unwrap_or(path)
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The normalisation the contract promises for quotes, applied to both sides of a
/// comparison: case, whitespace, dashes, and quote marks (dropped) are ignored.
pub fn normalise_quote(s: &str) -> String {
    let mapped: String = s
        .chars()
        .filter(|c| !"\"'“”„‟«»‘’‚‛`´′″".contains(*c))
        .map(|c| match c {
            '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    collapse_ws(&mapped)
}

/// Whether `haystack` contains the quoted `passage`, where `…` or `...` in the passage
/// stands for an omission: the pieces must occur in order.
pub fn contains_passage(haystack: &str, passage: &str) -> bool {
    let hay = normalise_quote(haystack);
    let mut from = 0;
    for piece in passage.split('…').flat_map(|p| p.split("...")) {
        let piece = normalise_quote(piece);
        if piece.is_empty() {
            continue;
        }
        match hay[from..].find(&piece) {
            Some(i) => from += i + piece.len(),
            None => return false,
        }
    }
    true
}

/// Labels of backlinks: a … z, aa, ab … (bijective base 26), for `n` starting at 1.
pub fn label(mut n: usize) -> String {
    let mut s = Vec::new();
    while n > 0 {
        n -= 1;
        s.push(b'a' + (n % 26) as u8);
        n /= 26;
    }
    s.reverse();
    String::from_utf8(s).expect("ascii")
}

/// Whether the tests run as root (CI does): the fault tests mount disks and drop privileges.
pub fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(2) == Some("0"))
        })
        .unwrap_or(false)
}

//! Hardening: faults during a build, untrusted text, and `brief serve` under load and
//! through a short soak. Every test runs the real binary on sites in temporary folders.
//!
//! How faults are made real when the tests run as root (where permission bits do not stop
//! anything): the build is run as `nobody` through `setpriv` on a site that `nobody` owns
//! (or not, to make the output's parent unwritable). Where `setpriv` is missing, the
//! permission cases fall back to faults root cannot write through either (an output
//! parent that is a file).

mod common;
#[path = "support/served.rs"]
mod served;
use common::is_root;
use served::strip_injected;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_brief");
const WAIT: Duration = Duration::from_secs(30);
const POLL: Duration = Duration::from_millis(20);

// ------------------------------------------------------------------------ fixtures

fn write(path: &Path, text: impl AsRef<[u8]>) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

const SEED_A: &str = "---\ntitle: Seed A\noutlet: Wire\npublished: 2025-02-25\nurl: https://example.org/a\n---\nIt can be lithium. It can be titanium, uranium, many others.\n\nThe deal was “off the table” for now.\n";
const SEED_B: &str = "---\ntitle: Seed B\noutlet: Paper\npublished: 2025-02\n---\nSecurity guarantees were a sticking point.\n";

fn brief_text(i: usize, version: &str) -> String {
    format!(
        "---\ntitle: \"Brief {i} {version}\"\ndate: 2025-03-01\nweight: {i}\nsources: [a, b]\n---\n\
         Marker {version} of brief {i}. He said it was “off the table” [@a, para. 2].\n\n\
         Guarantees were a sticking point [@b; @a].\n\n## More {i}\n\nText of {version}.\n"
    )
}

/// A site of `briefs` briefs citing two seeds, at `<dir>/site`.
fn site(dir: &Path, briefs: usize) -> PathBuf {
    let root = dir.join("site");
    write(&root.join("brief.yaml"), "title: Hardening\n");
    write(&root.join("seeds/a.md"), SEED_A);
    write(&root.join("seeds/b.md"), SEED_B);
    for i in 0..briefs {
        write(&root.join(format!("content/b{i}.md")), brief_text(i, "v0"));
    }
    root
}

fn build(root: &Path, extra: &[&str]) -> Output {
    Command::new(BIN)
        .args(["build", "--root"])
        .arg(root)
        .args(extra)
        .output()
        .expect("run brief build")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ok(o: &Output) {
    assert!(o.status.success(), "build failed: {}", stderr(o));
}

/// Every file under `dir`, by relative path.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let e = e.unwrap();
            let p = e.path();
            if e.file_type().unwrap().is_dir() {
                walk(base, &p, out);
            } else {
                let rel = p.strip_prefix(base).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    if dir.is_dir() {
        walk(dir, dir, &mut out);
    }
    out
}

/// What interrupted builds leave beside `<root>/public`.
fn leftovers(root: &Path) -> Vec<String> {
    std::fs::read_dir(root)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            name.starts_with(".public.brief-").then_some(name)
        })
        .collect()
}

fn have_setpriv() -> bool {
    Command::new("setpriv")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

const NOBODY: u32 = 65534;

/// `brief build` as user `nobody` (only when running as root with setpriv).
fn build_as_nobody(root: &Path) -> Output {
    Command::new("setpriv")
        .args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            "--inh-caps=-all",
        ])
        .arg(BIN)
        .args(["build", "--root"])
        .arg(root)
        .output()
        .expect("setpriv")
}

fn chown_tree(path: &Path, uid: u32) {
    std::os::unix::fs::chown(path, Some(uid), Some(uid)).unwrap();
    if path.is_dir() && !path.is_symlink() {
        for e in std::fs::read_dir(path).unwrap() {
            chown_tree(&e.unwrap().path(), uid);
        }
    }
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// A tiny xorshift, seeded from the clock (printed, so a failure can be replayed).
struct Rng(u64);
impl Rng {
    fn new() -> Rng {
        let seed = std::env::var("HARDENING_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos() as u64
                    | 1
            });
        eprintln!("HARDENING_SEED={seed}");
        Rng(seed)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

// -------------------------------------------------------------- faults during a build

/// The output's parent cannot be written: the build fails naming the path, and the
/// previous output and the folder around it are untouched.
#[test]
fn unwritable_output_parent() {
    let dir = tempfile::tempdir().unwrap();
    let root = site(dir.path(), 3);
    ok(&build(&root, &[]));
    let before = tree(&root.join("public"));
    write(&root.join("content/b1.md"), brief_text(1, "v1"));

    // 1. The parent is a file (stops root too).
    let blocker = dir.path().join("blocker");
    write(&blocker, "not a folder");
    let out = blocker.join("public");
    let o = build(&root, &["--out", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("blocker"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&blocker).unwrap(), b"not a folder");

    // 2. The parent is a real folder its user may not write to.
    if is_root() && !have_setpriv() {
        eprintln!("note: running as root without setpriv; permission case skipped");
        return;
    }
    chmod(dir.path(), 0o755);
    let o = if is_root() {
        build_as_nobody(&root) // root owns the site folder, 0755: nobody cannot write
    } else {
        chmod(&root, 0o555);
        let o = build(&root, &[]);
        chmod(&root, 0o755);
        o
    };
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("ermission denied"), "{err}");
    assert!(err.contains(&root.display().to_string()), "{err}");
    assert_eq!(tree(&root.join("public")), before);
    assert!(leftovers(&root).is_empty());
}

/// A seed the build cannot read (no permission; a dangling symlink) fails the build with
/// the seed's path; a FIFO named like a seed does not hang it. Output untouched.
#[test]
fn unreadable_seed() {
    let dir = tempfile::tempdir().unwrap();
    chmod(dir.path(), 0o755);
    let root = site(dir.path(), 3);
    ok(&build(&root, &[]));
    let before = tree(&root.join("public"));
    write(&root.join("content/b1.md"), brief_text(1, "v1"));

    // No permission to read.
    let seed = root.join("seeds/a.md");
    let root_without_setpriv = is_root() && !have_setpriv();
    if !root_without_setpriv {
        if is_root() {
            chown_tree(&root, NOBODY);
        }
        chmod(&seed, 0o000);
        let o = if is_root() {
            build_as_nobody(&root)
        } else {
            build(&root, &[])
        };
        chmod(&seed, 0o644);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains("seeds/a.md") && err.contains("cannot read"),
            "{err}"
        );
        assert_eq!(tree(&root.join("public")), before);
        assert!(leftovers(&root).is_empty());
    }

    // A dangling symlink where a seed was.
    std::fs::rename(&seed, dir.path().join("moved.md")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("nowhere.md"), &seed).unwrap();
    let o = build(&root, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("seeds/a.md"), "{}", stderr(&o));
    assert_eq!(tree(&root.join("public")), before);
    std::fs::remove_file(&seed).unwrap();
    std::fs::rename(dir.path().join("moved.md"), &seed).unwrap();

    // A FIFO named like a seed: reading it would block forever.
    let fifo = root.join("seeds/fifo.md");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        let mut child = Command::new(BIN)
            .args(["build", "--root"])
            .arg(&root)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let started = Instant::now();
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break Some(s);
            }
            if started.elapsed() > WAIT {
                child.kill().unwrap();
                break None;
            }
            thread::sleep(POLL);
        };
        assert!(status.is_some(), "a FIFO in seeds/ hung the build");
        assert!(matches!(status.unwrap().code(), Some(0 | 1)));
    }
}

/// Files rewritten, broken and deleted while builds read them: every build either
/// succeeds with a complete output or fails and leaves the previous output
/// byte-identical, and never leaves leftovers.
#[test]
fn files_change_while_building() {
    let dir = tempfile::tempdir().unwrap();
    let root = site(dir.path(), 20);
    ok(&build(&root, &[]));
    let stop = Arc::new(AtomicBool::new(false));
    let flips = Arc::new(AtomicUsize::new(0));
    let flipper = {
        let (root, stop, flips) = (root.clone(), stop.clone(), flips.clone());
        thread::spawn(move || {
            let brief = root.join("content/b0.md");
            let seed = root.join("seeds/b.md");
            let mut n = 0usize;
            while !stop.load(Ordering::Relaxed) {
                match n % 5 {
                    0 => std::fs::write(&brief, brief_text(0, &format!("v{n}"))).unwrap(),
                    1 => std::fs::write(&brief, "---\ntitle: broken\n").unwrap(),
                    2 => {
                        let _ = std::fs::remove_file(&brief);
                    }
                    3 => std::fs::write(&seed, "---\ntitle: [unclosed\n---\n").unwrap(),
                    _ => {
                        std::fs::write(&seed, SEED_B).unwrap();
                        std::fs::write(&brief, brief_text(0, &format!("v{n}"))).unwrap();
                    }
                }
                n += 1;
                flips.fetch_add(1, Ordering::Relaxed);
                thread::sleep(Duration::from_millis(3));
            }
        })
    };
    let (mut good, mut bad) = (0, 0);
    for _ in 0..15 {
        let before = tree(&root.join("public"));
        let o = build(&root, &[]);
        let after = tree(&root.join("public"));
        match o.status.code() {
            Some(0) => {
                good += 1;
                // Complete: every page the home page links to is there.
                let index = String::from_utf8_lossy(&after["index.html"]).into_owned();
                for i in 1..20 {
                    assert!(after.contains_key(&format!("b{i}/index.html")));
                    assert!(index.contains(&format!("b{i}/")), "home misses b{i}");
                }
                assert!(after.contains_key("404.html") && after.contains_key("sources/index.html"));
            }
            Some(1) => {
                bad += 1;
                assert_eq!(after, before, "a failed build changed the output");
                let err = stderr(&o);
                assert!(
                    err.contains("content/b0.md") || err.contains("seeds/b.md"),
                    "the error names no file: {err}"
                );
            }
            other => panic!("exit {other:?}: {}", stderr(&o)),
        }
        assert!(leftovers(&root).is_empty());
    }
    stop.store(true, Ordering::Relaxed);
    flipper.join().unwrap();
    eprintln!(
        "{} flips; {good} builds succeeded, {bad} failed cleanly",
        flips.load(Ordering::Relaxed)
    );
}

/// SIGKILL at random moments of a 300-brief build: the output is always exactly the
/// previous build or exactly the new one, and the next build clears the leftovers.
#[test]
fn killed_builds_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let root = site(dir.path(), 300);
    // The two states the site flips between, and their outputs.
    let states = ["title: State A\n", "title: State B\n"];
    let mut expected = Vec::new();
    for (i, state) in states.iter().enumerate() {
        write(&root.join("brief.yaml"), state);
        let out = dir.path().join(format!("ref{i}"));
        ok(&build(&root, &["--out", out.to_str().unwrap()]));
        expected.push(tree(&out));
    }
    assert_ne!(expected[0], expected[1]);
    let started = Instant::now();
    ok(&build(&root, &[])); // state B
    let took = started.elapsed().as_millis() as u64;
    let mut rng = Rng::new();
    let (mut before_commit, mut after_commit) = (0, 0);
    let mut current = 1;
    for round in 0..16 {
        let next = 1 - current;
        write(&root.join("brief.yaml"), states[next]);
        let mut child = Command::new(BIN)
            .args(["build", "--root"])
            .arg(&root)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // From early in the build to well past its usual end (the machine may be busy).
        let delay = took / 5 + rng.below(took * 2 + 1);
        thread::sleep(Duration::from_millis(delay));
        let _ = child.kill(); // SIGKILL
        child.wait().unwrap();
        let got = tree(&root.join("public"));
        if got == expected[current] {
            before_commit += 1;
        } else if got == expected[next] {
            after_commit += 1;
            current = next;
        } else {
            panic!(
                "round {round}: killed after {delay} ms, the output is neither the old nor the new build \
                 ({} files; leftovers {:?})",
                got.len(),
                leftovers(&root)
            );
        }
    }
    eprintln!(
        "build takes {took} ms; {before_commit} kills left the old output, {after_commit} the new"
    );
    // A failing build next: output untouched, leftovers removed.
    write(&root.join("content/b7.md"), "---\ntitle: [broken\n---\n");
    let o = build(&root, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("content/b7.md:"), "{}", stderr(&o));
    assert_eq!(tree(&root.join("public")), expected[current]);
    assert!(leftovers(&root).is_empty(), "{:?}", leftovers(&root));
}

/// The state a kill between the two renames of a (non-atomic) swap leaves: no output
/// folder, the old one aside. The next build — even a failing one — puts it back.
#[test]
fn output_set_aside_by_a_killed_swap_is_restored() {
    let dir = tempfile::tempdir().unwrap();
    let root = site(dir.path(), 3);
    ok(&build(&root, &[]));
    let before = tree(&root.join("public"));
    std::fs::rename(root.join("public"), root.join(".public.brief-old-999999")).unwrap();
    write(
        &root.join(".public.brief-staging-999999/index.html"),
        "half",
    );
    write(&root.join("content/b1.md"), "---\ntitle: [broken\n---\n");
    let o = build(&root, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(tree(&root.join("public")), before);
    assert!(leftovers(&root).is_empty(), "{:?}", leftovers(&root));
}

// ------------------------------------------------------------------- untrusted text

#[test]
fn seed_url_must_be_http() {
    for url in [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "//evil.example/x",
        "ftp://example.org/x",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let root = site(dir.path(), 1);
        write(
            &root.join("seeds/a.md"),
            SEED_A.replace("https://example.org/a", &format!("{url:?}")),
        );
        let o = build(&root, &[]);
        assert_eq!(o.status.code(), Some(1), "{url}");
        let err = stderr(&o);
        assert!(err.contains("seeds/a.md:5:"), "{url}: {err}");
        assert!(err.contains("http"), "{err}");
        assert!(!root.join("public").exists());
    }
}

const HOSTILE: &str = "<img src=x onerror=alert(1) id=pwn1>\"><svg id=pwn2 onload=alert(2)>'><i id=pwn3>&amp;</i>{{ site }}{% raw %}";

/// Hostile text in every seed field, in the seed's text and in a brief's front matter
/// reaches the pages only as text: no element or attribute of it appears in any page.
#[test]
fn hostile_text_is_escaped_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let root = site(dir.path(), 1);
    let y = |s: &str| format!("{s:?}");
    let seed = format!(
        "---\ntitle: {t}\noutlet: {t}\nauthor: [{t}, {t}]\npublished: 2025-02\nurl: {u}\nlanguage: {t}\nnote: {t}\n---\n{h}\n\nPlain “quoted words here” {h}\n",
        t = y(HOSTILE),
        u = y("https://example.org/\"><b id=pwn4>x</b>?q=<script>alert(4)</script>"),
        h = HOSTILE,
    );
    write(&root.join("seeds/a.md"), seed);
    write(
        &root.join("content/b0.md"),
        format!(
            "---\ntitle: {t}\nsummary: {t}\nauthors: [{t}]\nsources: [a, b]\nextra: {{k: {t}}}\n---\nHe said “quoted words here” [@a, {h}].\n",
            t = y(HOSTILE),
            h = "para. <b id=pwn5>1</b>",
        ),
    );
    let o = build(&root, &[]);
    ok(&o);
    let pages = tree(&root.join("public"));
    let bad = scraper::Selector::parse(
        "#pwn1, #pwn2, #pwn3, #pwn4, #pwn5, [onerror], [onload], svg, img[src=x]",
    )
    .unwrap();
    let scripts = scraper::Selector::parse("script").unwrap();
    let mut shown = 0;
    for (path, bytes) in &pages {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        let doc = scraper::Html::parse_document(&html);
        let found: Vec<String> = doc.select(&bad).map(|e| e.html()).collect();
        assert!(found.is_empty(), "{path}: injected {found:?}");
        for s in doc.select(&scripts) {
            let text = s.inner_html();
            if s.value().attr("type") == Some("application/ld+json") {
                // A data block may hold the text, JSON-escaped: it must not be able to
                // close the script element, and must stay valid JSON.
                assert!(!text.contains('<'), "{path}: raw `<` in JSON-LD: {text}");
                assert!(
                    serde_json::from_str::<serde_json::Value>(&text).is_ok(),
                    "{path}: JSON-LD is not valid JSON"
                );
            } else {
                assert!(!text.contains("alert("), "{path}: injected script {text}");
            }
        }
        // Shown as text, not dropped.
        if doc
            .root_element()
            .text()
            .any(|t| t.contains("onerror=alert(1)"))
        {
            shown += 1;
        }
    }
    assert!(
        shown >= 3,
        "the hostile text should be shown escaped on the pages"
    );
}

/// Nothing outside the site root is read: symlinks out of content/, seeds/ and static/
/// (file or folder) are refused with their path, and a template cannot include a file.
#[test]
fn nothing_outside_the_site_is_read() {
    let secret = "SECRET-7f3a-outside-the-site";
    let cases: [(&str, &str); 6] = [
        ("content/evil.md", "brief"),
        ("content/linked", "md folder"),
        ("seeds/evil.md", "seed"),
        ("static/evil.txt", "file"),
        ("static/evil", "folder"),
        ("static/passwd", "/etc/passwd"),
    ];
    for (link, target) in cases {
        let dir = tempfile::tempdir().unwrap();
        let root = site(dir.path(), 1);
        let outside = dir.path().join("outside");
        write(
            &outside.join("evil.md"),
            format!("---\ntitle: {secret}\noutlet: {secret}\n---\n{secret}\n"),
        );
        write(&outside.join("dir/secret.txt"), secret);
        write(
            &outside.join("md/broken.md"),
            format!("---\ntitle: [{secret}\n---\n"),
        );
        let to = match target {
            "brief" | "seed" => outside.join("evil.md"),
            "file" => outside.join("dir/secret.txt"),
            "folder" => outside.join("dir"),
            "md folder" => outside.join("md"),
            other => PathBuf::from(other),
        };
        std::fs::create_dir_all(root.join(link).parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(&to, root.join(link)).unwrap();
        let o = build(&root, &[]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{link}: {err}");
        assert!(err.contains(link), "{link}: {err}");
        assert!(err.contains("outside the site"), "{link}: {err}");
        // Not read at all: nothing of it shows, not even in an error.
        assert!(
            !err.contains(secret),
            "{link}: read outside the site: {err}"
        );
        for (path, bytes) in tree(&root.join("public")) {
            let text = String::from_utf8_lossy(&bytes);
            assert!(
                !text.contains(secret) && !text.contains("root:x:0:0"),
                "{path}"
            );
        }
    }

    // Templates: Tera resolves include/extends by template name, never from disk.
    let dir = tempfile::tempdir().unwrap();
    let root = site(dir.path(), 1);
    write(&root.join("brief.yaml"), "title: T\ntheme: t\n");
    write(
        &root.join("themes/t/templates/404.html"),
        "{% include \"../../../../../../etc/passwd\" %}{% include \"/etc/passwd\" %}",
    );
    let o = build(&root, &[]);
    for (path, bytes) in tree(&root.join("public")) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("root:x:0:0"),
            "{path}"
        );
    }
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));

    // And a theme named by a path that leaves themes/.
    let dir = tempfile::tempdir().unwrap();
    let root = site(dir.path(), 1);
    write(&dir.path().join("evil/static/x.txt"), secret);
    write(&root.join("brief.yaml"), "title: T\ntheme: ../../evil\n");
    let o = build(&root, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("brief.yaml:2:"), "{}", stderr(&o));
    assert!(!root.join("public").exists());
}

// ------------------------------------------------------------------------- serve

struct Server {
    child: Child,
    addr: SocketAddr,
    lines: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start(root: &Path, extra: &[&str]) -> Server {
        let mut child = Command::new(BIN)
            .args(["serve", "--watch", "--port", "0", "--root"])
            .arg(root)
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let lines = Arc::new(Mutex::new(Vec::new()));
        let out = child.stdout.take().unwrap();
        let sink = lines.clone();
        thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
        let err = child.stderr.take().unwrap();
        let sink = lines.clone();
        thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                sink.lock().unwrap().push(format!("stderr: {line}"));
            }
        });
        let started = Instant::now();
        let addr = loop {
            let found = lines.lock().unwrap().iter().find_map(|l| {
                l.strip_prefix("serving at http://")
                    .and_then(|r| r.trim_end_matches('/').parse().ok())
            });
            if let Some(a) = found {
                break a;
            }
            assert!(started.elapsed() < WAIT, "serve did not start");
            assert!(child.try_wait().unwrap().is_none(), "serve exited");
            thread::sleep(POLL);
        };
        // The input folders are watched once it says so (see tests/e2e's Server::spawn).
        while !lines
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.starts_with("watching for changes"))
        {
            assert!(started.elapsed() < WAIT, "serve did not start watching");
            thread::sleep(POLL);
        }
        let server = Server { child, addr, lines };
        server.wait_for(|| server.get("/").0 == 200);
        server
    }

    fn get(&self, path: &str) -> (u16, Vec<u8>) {
        get(self.addr, path)
    }

    fn wait_for(&self, mut f: impl FnMut() -> bool) {
        let started = Instant::now();
        while !f() {
            assert!(started.elapsed() < WAIT, "timed out");
            thread::sleep(POLL);
        }
    }

    fn rss_kb(&self) -> u64 {
        rss_kb(self.child.id())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// One GET over a fresh connection; (status, body). Status 0 when the connection failed.
fn get(addr: SocketAddr, path: &str) -> (u16, Vec<u8>) {
    let Ok(mut stream) = TcpStream::connect(addr) else {
        return (0, Vec::new());
    };
    stream.set_read_timeout(Some(WAIT)).unwrap();
    let req = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    if stream.write_all(req.as_bytes()).is_err() {
        return (0, Vec::new());
    }
    let mut raw = Vec::new();
    if stream.read_to_end(&mut raw).is_err() {
        return (0, Vec::new());
    }
    let Some(split) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
        return (0, Vec::new());
    };
    let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut body = raw[split + 4..].to_vec();
    if head.contains("transfer-encoding: chunked") {
        let mut out = Vec::new();
        let mut rest = &body[..];
        while let Some(eol) = rest.windows(2).position(|w| w == b"\r\n") {
            let len = usize::from_str_radix(String::from_utf8_lossy(&rest[..eol]).trim(), 16)
                .unwrap_or(0);
            if len == 0 {
                break;
            }
            out.extend_from_slice(&rest[eol + 2..eol + 2 + len]);
            rest = &rest[eol + 4 + len..];
        }
        body = out;
    }
    (status, body)
}

/// Threads request every page while briefs are edited: every response is a complete page
/// (200, whole document), never a 404 for a page that exists throughout, never a page
/// mixing two versions of a brief.
#[test]
fn serve_under_load_while_editing() {
    let dir = tempfile::tempdir().unwrap();
    let briefs = 12;
    let root = site(dir.path(), briefs);
    let server = Server::start(&root, &[]);
    let mut paths: Vec<String> = (0..briefs).map(|i| format!("/b{i}/")).collect();
    paths.extend(["/".into(), "/sources/".into(), "/sources/a/".into()]);
    let stop = Arc::new(AtomicBool::new(false));
    let failures = Arc::new(Mutex::new(Vec::<String>::new()));
    let count = Arc::new(AtomicUsize::new(0));
    let workers: Vec<_> = (0..4)
        .map(|w| {
            let (paths, stop, failures, count) =
                (paths.clone(), stop.clone(), failures.clone(), count.clone());
            let addr = server.addr;
            thread::spawn(move || {
                let mut i = w;
                while !stop.load(Ordering::Relaxed) || i < w + 100 {
                    let path = &paths[i % paths.len()];
                    i += 1;
                    let (status, body) = get(addr, path);
                    count.fetch_add(1, Ordering::Relaxed);
                    let text = String::from_utf8_lossy(&body);
                    let problem = if status != 200 {
                        Some(format!("{path}: status {status}"))
                    } else if !text.trim_end().ends_with("</html>") {
                        Some(format!("{path}: torn page ({} bytes)", body.len()))
                    } else if let Some(n) =
                        path.strip_prefix("/b").and_then(|p| p.strip_suffix('/'))
                    {
                        // Title and body of a brief come from one version of its file.
                        let title_v = text
                            .split(&format!("Brief {n} "))
                            .nth(1)
                            .and_then(|s| s.split(|c: char| !c.is_alphanumeric()).next());
                        let marker = title_v.map(|v| format!("Marker {v} of brief {n}."));
                        match marker {
                            Some(m) if text.contains(&m) => None,
                            _ => Some(format!("{path}: title and body of different versions")),
                        }
                    } else {
                        None
                    };
                    if let Some(p) = problem {
                        failures.lock().unwrap().push(p);
                    }
                }
            })
        })
        .collect();
    let edits = 25;
    for n in 1..=edits {
        let i = n % briefs;
        // Write beside and rename over, as editors do: a half-written file is a
        // different test (the soak covers broken files).
        let tmp = root.join(format!("content/.b{i}.md.tmp"));
        std::fs::write(&tmp, brief_text(i, &format!("v{n}"))).unwrap();
        std::fs::rename(&tmp, root.join(format!("content/b{i}.md"))).unwrap();
        thread::sleep(Duration::from_millis(40));
    }
    let last = edits % briefs;
    server.wait_for(|| {
        String::from_utf8_lossy(&server.get(&format!("/b{last}/")).1)
            .contains(&format!("Marker v{edits} of brief {last}."))
    });
    stop.store(true, Ordering::Relaxed);
    for w in workers {
        w.join().unwrap();
    }
    let failures = failures.lock().unwrap();
    eprintln!(
        "{} requests during {edits} edits, {} failures",
        count.load(Ordering::Relaxed),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{:?}",
        &failures[..failures.len().min(10)]
    );
    assert!(count.load(Ordering::Relaxed) >= 400);
}

/// A short soak: 50 scripted edits — valid and broken, renames, deletes, new files — with
/// `serve --watch` running. The server stays up, and the final served site (and its
/// `--out` copy) is byte-identical to a full `brief build` of the final files.
#[test]
fn serve_soak_short() {
    let dir = tempfile::tempdir().unwrap();
    let root = site(dir.path(), 8);
    let served_out = dir.path().join("served");
    let server = Server::start(&root, &["--out", served_out.to_str().unwrap()]);
    let rss_before = server.rss_kb();
    let mut rng = Rng::new();
    let mut names: BTreeSet<String> = (0..8).map(|i| format!("b{i}")).collect();
    let mut next_id = 8;
    for n in 0..50 {
        let pick = |rng: &mut Rng, names: &BTreeSet<String>| {
            names
                .iter()
                .nth(rng.below(names.len() as u64) as usize)
                .cloned()
        };
        let path = |name: &str| root.join(format!("content/{name}.md"));
        match rng.below(8) {
            0..=2 => {
                if let Some(name) = pick(&mut rng, &names) {
                    let i: usize = name[1..].parse().unwrap();
                    std::fs::write(path(&name), brief_text(i, &format!("e{n}"))).unwrap();
                }
            }
            3 => {
                if let Some(name) = pick(&mut rng, &names) {
                    std::fs::write(path(&name), "---\ntitle: [broken\n---\n").unwrap();
                }
            }
            4 if names.len() > 2 => {
                let name = pick(&mut rng, &names).unwrap();
                std::fs::remove_file(path(&name)).unwrap();
                names.remove(&name);
            }
            5 => {
                if let Some(name) = pick(&mut rng, &names) {
                    let new = format!("b{next_id}");
                    next_id += 1;
                    std::fs::rename(path(&name), path(&new)).unwrap();
                    // Renamed files keep their text, which may be broken; rewrite it.
                    let i: usize = new[1..].parse().unwrap();
                    std::fs::write(path(&new), brief_text(i, &format!("r{n}"))).unwrap();
                    names.remove(&name);
                    names.insert(new);
                }
            }
            6 => {
                let new = format!("b{next_id}");
                let i = next_id;
                next_id += 1;
                std::fs::write(path(&new), brief_text(i, &format!("n{n}"))).unwrap();
                names.insert(new);
            }
            _ => {
                let text = if rng.below(2) == 0 {
                    SEED_B
                } else {
                    "---\ntitle: x\n"
                };
                std::fs::write(root.join("seeds/b.md"), text).unwrap();
            }
        }
        if rng.below(4) == 0 {
            thread::sleep(Duration::from_millis(rng.below(60)));
        }
    }
    // The final state: every brief valid, the seed valid.
    std::fs::write(root.join("seeds/b.md"), SEED_B).unwrap();
    for name in &names {
        let i: usize = name[1..].parse().unwrap();
        std::fs::write(
            root.join(format!("content/{name}.md")),
            brief_text(i, "final"),
        )
        .unwrap();
    }
    let reference = dir.path().join("reference");
    ok(&build(&root, &["--out", reference.to_str().unwrap()]));
    let expected = tree(&reference);
    let matches = |quiet: bool| {
        let mut all = true;
        for (path, bytes) in &expected {
            if path == ".brief-manifest" || path == "claims.json" {
                // The record of what a build wrote, and the build's report of claims:
                // on disk, not served by the preview.
                continue;
            }
            let url = format!("/{path}");
            let (status, body) = server.get(&url);
            let body = if path.ends_with(".html") {
                strip_injected(&body)
            } else {
                body
            };
            let want_status = if path == "404.html" { 404 } else { 200 };
            if (status != want_status && status != 200) || &body != bytes {
                if !quiet {
                    let at = body.iter().zip(bytes).take_while(|(a, b)| a == b).count();
                    let show = |b: &[u8]| {
                        String::from_utf8_lossy(&b[at.saturating_sub(80)..(at + 160).min(b.len())])
                            .into_owned()
                    };
                    eprintln!(
                        "differs: {path} (status {status}) at byte {at}:\n served: {}\n built:  {}",
                        show(&body),
                        show(bytes)
                    );
                }
                all = false;
                if quiet {
                    return false;
                }
            }
        }
        // `serve --out` writes what it serves: no claims.json, so a manifest without it.
        let build_only = |path: &String| path == "claims.json" || path == ".brief-manifest";
        let mut copy = tree(&served_out);
        copy.retain(|path, _| !build_only(path));
        let mut expected = expected.clone();
        expected.retain(|path, _| !build_only(path));
        if !quiet && copy != expected {
            let keys: BTreeSet<&String> = copy.keys().chain(expected.keys()).collect();
            let differ: Vec<&&String> = keys
                .iter()
                .filter(|k| copy.get(**k) != expected.get(**k))
                .collect();
            eprintln!("--out copy differs: {differ:?}");
        }
        all && copy == expected
    };
    let started = Instant::now();
    while !matches(true) {
        assert!(
            started.elapsed() < WAIT,
            "the served site never matched a full build: {}",
            {
                matches(false);
                server.lines.lock().unwrap().join("\n")
            }
        );
        thread::sleep(Duration::from_millis(50));
    }
    let rss_after = server.rss_kb();
    eprintln!("RSS {rss_before} kB before, {rss_after} kB after 50 edits");
    assert!(
        rss_after < rss_before * 4 + 100_000,
        "RSS grew from {rss_before} to {rss_after} kB"
    );
}

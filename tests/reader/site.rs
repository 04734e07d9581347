//! The flagship site built into a tempdir, a static file server for it (search fetches
//! the search index, which a browser refuses over `file://`), and the outside tools the
//! reader tests need, found or skipped.

use std::fs;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::Duration;

/// The repository, which is itself the flagship site.
pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Whether missing tools are a failure (CI) or a reason to skip.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false")
}

/// `Some(tool)` when present; otherwise panics under CI, or prints why the test is
/// skipped and returns `None`.
pub fn require<T>(test: &str, tool: Option<T>, missing: &str) -> Option<T> {
    if tool.is_none() {
        if in_ci() {
            panic!("{test}: CI is set but {missing}");
        }
        eprintln!("SKIPPED {test}: {missing} (set CI=true to make this a failure)");
    }
    tool
}

/// A file under the repository's `node_modules/` (installed by `npm ci`).
pub fn node_module(rel: &str) -> Option<PathBuf> {
    let path = Path::new(ROOT).join("node_modules").join(rel);
    path.is_file().then_some(path)
}

/// `java`, when it runs.
pub fn java() -> Option<PathBuf> {
    let ok = Command::new("java")
        .arg("-version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    ok.then(|| PathBuf::from("java"))
}

/// The flagship site, built with the real binary into a fresh tempdir.
pub struct Built {
    dir: tempfile::TempDir,
}

/// A brief that uses every briefing component (key points, timeline, disagreements,
/// change log), added to a copy of the flagship by `Built::with_components`.
pub const COMPONENTS_BRIEF: &str = r#"---
title: "Every component at once"
summary: "Key points, a timeline, a disagreement and a change log, citing the flagship's seeds."
date: 2025-03-05
updated: 2025-03-10
authors: [Test desk]
sources: [ap-2025-02-25, kure-2025-12-23, pti-ap-2025-02]
changes:
  - date: 2025-03-10
    text: "Added the timeline."
  - date: 2025-03-07
    text: "Corrected a date."
takeaways:
  - "Washington wanted a return on its aid [@ap-2025-02-25, para. 3]."
  - "Zelenskyy called a $500 billion demand “off the table” [@ap-2025-02-25, para. 24]."
  - "A draft existed but had not been signed [@kure-2025-12-23, paras. 2, 25]."
timeline:
  - date: 2025-02-25
    event: "AP reports that the two sides are closing in on a deal [@ap-2025-02-25, para. 1]."
  - date: 2025-02
    event: "Talks during Keith Kellogg’s visit to Kyiv [@pti-ap-2025-02, para. 3]."
  - date: 2024-10
    event: "Zelenskyy first proposes the idea [@ap-2025-02-25, para. 2]."
disagreements:
  - claim: "How much did the US first demand?"
    positions:
      - source: ap-2025-02-25
        says: "$500 billion in profits [@ap-2025-02-25, para. 22]."
      - source: kure-2025-12-23
        says: "$50 billion in revenue [@kure-2025-12-23, para. 9]."
    verdict: "The AP’s figure is likelier right [@ap-2025-02-25, para. 24]."
---

## In the body

An official listed some candidates: “It can be lithium. It can be titanium, uranium, many others” [@ap-2025-02-25, para. 9].
"#;

/// A fixture site (under the repository) whose briefs use every construct a brief can
/// contain: Markdown's blocks and inlines, code in several languages, task lists, a
/// table with an empty header cell, footnotes, images, every Pandoc citation form,
/// quotes, the front-matter components, a draft, sections, topics and pagination.
pub const EVERY_CONSTRUCT: &str = "tests/fixtures/every-construct";

/// Where `Built::with_components` puts `COMPONENTS_BRIEF` in the output.
pub const COMPONENTS_PAGE: &str = "reader-components/index.html";

impl Built {
    /// The flagship site as it is.
    pub fn flagship() -> Built {
        let dir = tempfile::tempdir().expect("tempdir");
        build(Path::new(ROOT), &dir.path().join("public"), &[]);
        Built { dir }
    }

    /// The site at `root`, as it is (for `benches/search_transfer.rs`).
    #[allow(dead_code)]
    pub fn of(root: &Path) -> Built {
        let dir = tempfile::tempdir().expect("tempdir");
        build(root, &dir.path().join("public"), &[]);
        Built { dir }
    }

    /// `EVERY_CONSTRUCT`, built with its draft (`--drafts`, so the draft's banner is
    /// checked too).
    pub fn every_construct() -> Built {
        let dir = tempfile::tempdir().expect("tempdir");
        build(
            &Path::new(ROOT).join(EVERY_CONSTRUCT),
            &dir.path().join("public"),
            &["--drafts"],
        );
        Built { dir }
    }

    /// A copy of the flagship with `COMPONENTS_BRIEF` added and an original `url` on
    /// the AP seed (so quotes of it get text-fragment links).
    pub fn with_components() -> Built {
        let dir = tempfile::tempdir().expect("tempdir");
        let site = dir.path().join("site");
        copy_tree(&Path::new(ROOT).join("content"), &site.join("content"));
        copy_tree(&Path::new(ROOT).join("seeds"), &site.join("seeds"));
        fs::copy(Path::new(ROOT).join("brief.yaml"), site.join("brief.yaml")).expect("brief.yaml");
        fs::write(site.join("content/reader-components.md"), COMPONENTS_BRIEF)
            .expect("write brief");
        let seed = site.join("seeds/ap-2025-02-25.md");
        let text = fs::read_to_string(&seed).expect("read the AP seed");
        if !text.contains("\nurl:") {
            let text = text.replacen(
                "\noutlet:",
                "\nurl: https://example.com/ap-minerals\noutlet:",
                1,
            );
            fs::write(&seed, text).expect("write the AP seed");
        }
        build(&site, &dir.path().join("public"), &[]);
        Built { dir }
    }

    pub fn out(&self) -> PathBuf {
        self.dir.path().join("public")
    }

    /// Every HTML page of the output, as paths relative to it (with `/`), sorted.
    pub fn pages(&self) -> Vec<String> {
        let out = self.out();
        let mut pages = Vec::new();
        let mut stack = vec![out.clone()];
        while let Some(dir) = stack.pop() {
            for entry in fs::read_dir(&dir).expect("read_dir") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "html") {
                    let rel = path.strip_prefix(&out).expect("prefix");
                    pages.push(rel.to_string_lossy().replace('\\', "/"));
                }
            }
        }
        pages.sort();
        pages
    }

    /// Serves the output over HTTP on 127.0.0.1 until the test process ends.
    pub fn serve(&self) -> SocketAddr {
        serve_dir(self.out())
    }
}

/// Serves the files under `root` over HTTP on 127.0.0.1 until the test process ends.
pub fn serve_dir(root: PathBuf) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            thread::spawn(move || answer(stream, &root));
        }
    });
    addr
}

/// `brief build --root <root> --out <out> <extra…>` with the binary under test; panics
/// on failure.
fn build(root: &Path, out: &Path, extra: &[&str]) {
    let output = Command::new(env!("CARGO_BIN_EXE_brief"))
        .arg("build")
        .args(extra)
        .arg("--root")
        .arg(root)
        .arg("--out")
        .arg(out)
        .output()
        .expect("run brief build");
    assert!(
        output.status.success(),
        "brief build of {} failed:\n{}",
        root.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read_dir") {
        let path = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("name"));
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            fs::copy(&path, &target).expect("copy");
        }
    }
}

/// Answers one GET with the file it names (folders get index.html), else 404.
fn answer(mut stream: TcpStream, root: &Path) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&head);
    let target = head.split(' ').nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let mut file = root.to_path_buf();
    for part in path
        .split('/')
        .filter(|p| !p.is_empty() && *p != "." && *p != "..")
    {
        file.push(percent_decode(part));
    }
    if file.is_dir() {
        file.push("index.html");
    }
    let (status, kind, body) = match fs::read(&file) {
        Ok(body) => ("200 OK", content_type(&file), body),
        Err(_) => ("404 Not Found", "text/plain", b"not found".to_vec()),
    };
    let reply = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(reply.as_bytes());
    let _ = stream.write_all(&body);
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("xml") => "application/xml",
        _ => "application/octet-stream",
    }
}

fn percent_decode(part: &str) -> String {
    let bytes = part.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

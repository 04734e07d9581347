//! The harness for `tests/serve.rs` (and the latency bench): a fixture site in a tempdir,
//! the real `brief serve` binary running on it, a tiny HTTP/1.1 client over `TcpStream`
//! (raw request lines, so tests can send what browsers would not), a Server-Sent Events
//! reader, and bounded polling instead of sleeps.
#![allow(dead_code)]

#[path = "../support/chromium.rs"]
pub mod chromium;
#[path = "../support/served.rs"]
pub mod served;

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Instant;

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_brief");

pub use chromium::{POLL, WAIT, wait_for};

// ------------------------------------------------------------------- fixture site

pub const CONFIG: &str = "title: Test briefing\nbase_url: https://example.org/sub/\n";

pub const SEED: &str = "---\ntitle: \"Mineral deal\"\noutlet: Associated Press\npublished: 2025-02-25\n---\nOfficials say the deal is close.\n";

/// A brief citing the seed `ap`, whose body is `body`.
pub fn brief(title: &str, body: &str) -> String {
    format!("---\ntitle: \"{title}\"\ndate: 2025-03-05\nsources: [ap]\n---\n{body} [@ap].\n")
}

/// The overview brief with its front matter broken on line 2, column 8.
pub const BROKEN: &str =
    "---\ntitle: [unclosed\ndate: 2025-03-05\nsources: [ap]\n---\nBroken text [@ap].\n";

/// A fixture site: `<tempdir>/site` is the root.
pub struct Site {
    dir: tempfile::TempDir,
    pub root: PathBuf,
}

impl Site {
    /// A site with one seed and one brief, `content/overview.md`.
    pub fn new() -> Site {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("site");
        let site = Site { dir, root };
        site.write("brief.yaml", CONFIG);
        site.write("seeds/ap.md", SEED);
        site.write(
            "content/overview.md",
            &brief("Overview", "The deal is close"),
        );
        site
    }

    /// A site at an existing folder (the bench uses generated and flagship sites).
    pub fn at(root: &Path) -> Site {
        Site {
            dir: tempfile::tempdir().expect("tempdir"),
            root: root.to_path_buf(),
        }
    }

    /// A scratch folder outside the site.
    pub fn scratch(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(&path, text).expect("write");
    }

    /// Saves as vim and VS Code do: a temp file beside the target, renamed over it.
    pub fn write_atomically(&self, rel: &str, temp_name: &str, text: &str) {
        let path = self.path(rel);
        let temp = path.with_file_name(temp_name);
        fs::write(&temp, text).expect("write temp");
        fs::rename(&temp, &path).expect("rename");
    }

    pub fn remove(&self, rel: &str) {
        fs::remove_file(self.path(rel)).expect("remove");
    }

    /// `brief build` of the site into `out`; panics on failure.
    pub fn build_into(&self, out: &Path) {
        let status = Command::new(BIN)
            .args(["build", "--root"])
            .arg(&self.root)
            .arg("--out")
            .arg(out)
            .stderr(Stdio::null())
            .status()
            .expect("run brief build");
        assert!(status.success(), "brief build failed");
    }
}

// ------------------------------------------------------------------- the server

/// Lines a child printed, collected by a reader thread.
#[derive(Clone, Default)]
pub struct Lines(Arc<Mutex<Vec<String>>>);

impl Lines {
    fn follow(self, stream: impl Read + Send + 'static) {
        thread::spawn(move || {
            for line in BufReader::new(stream).lines() {
                let Ok(line) = line else { break };
                self.0.lock().unwrap_or_else(|e| e.into_inner()).push(line);
            }
        });
    }

    pub fn all(&self) -> Vec<String> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn text(&self) -> String {
        self.all().join("\n")
    }
}

/// A running `brief serve`; killed when dropped.
pub struct Server {
    child: Child,
    pub addr: SocketAddr,
    pub stdout: Lines,
    pub stderr: Lines,
}

impl Server {
    /// `brief serve --watch --port 0 --root <site>` plus `extra` flags.
    pub fn start(site: &Site, extra: &[&str]) -> Server {
        let mut args: Vec<String> = vec!["serve".into(), "--watch".into()];
        if !extra.contains(&"--port") {
            args.extend(["--port".into(), "0".into()]);
        }
        args.extend(extra.iter().map(|s| s.to_string()));
        Self::spawn(&site.root, &args)
    }

    pub fn spawn(root: &Path, args: &[String]) -> Server {
        let mut child = Command::new(BIN)
            .args(args)
            .arg("--root")
            .arg(root)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start brief serve");
        let stdout = Lines::default();
        let stderr = Lines::default();
        stdout.clone().follow(child.stdout.take().expect("stdout"));
        stderr.clone().follow(child.stderr.take().expect("stderr"));
        let mut server = Server {
            child,
            addr: "127.0.0.1:1".parse().expect("addr"),
            stdout,
            stderr,
        };
        server.addr = wait_for("the `serving at` line", || {
            if let Ok(Some(status)) = server.child.try_wait() {
                panic!(
                    "brief serve exited ({status}):\n{}\n{}",
                    server.stdout.text(),
                    server.stderr.text()
                );
            }
            server.stdout.all().iter().find_map(|l| parse_serving(l))
        });
        // With --watch, the input folders are watched once it says so: an edit before
        // would be found by the walk of what changed while it started (a full rebuild),
        // not reported by the watcher under its own name.
        if args.iter().any(|a| a == "--watch") {
            wait_for("the `watching for changes` line", || {
                server
                    .stdout
                    .all()
                    .iter()
                    .any(|l| l.starts_with("watching for changes"))
                    .then_some(())
            });
        }
        server
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn get(&self, path: &str) -> Response {
        self.request("GET", path, &[])
    }

    pub fn request(&self, method: &str, path: &str, headers: &[(&str, &str)]) -> Response {
        request(self.addr, method, path, headers)
    }

    /// The rebuild lines printed so far (`changed …`).
    pub fn rebuilds(&self) -> Vec<String> {
        self.stdout
            .all()
            .into_iter()
            .filter(|l| l.starts_with("changed "))
            .collect()
    }

    /// Waits until GET `path` answers a body containing `needle`; returns it.
    pub fn wait_for_text(&self, path: &str, needle: &str) -> Response {
        wait_for(&format!("`{needle}` at {path}"), || {
            let r = self.get(path);
            r.text().contains(needle).then_some(r)
        })
    }

    /// Waits until GET `path` answers `status`.
    pub fn wait_for_status(&self, path: &str, status: u16) -> Response {
        wait_for(&format!("status {status} at {path}"), || {
            let r = self.get(path);
            (r.status == status).then_some(r)
        })
    }

    /// Waits for the child to exit; `None` after `WAIT`.
    pub fn wait_exit(&mut self) -> Option<std::process::ExitStatus> {
        let started = Instant::now();
        while started.elapsed() < WAIT {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            thread::sleep(POLL);
        }
        None
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn parse_serving(line: &str) -> Option<SocketAddr> {
    let rest = line.strip_prefix("serving at http://")?;
    rest.trim_end_matches('/').parse().ok()
}

// ------------------------------------------------------------------- HTTP client

/// One HTTP response.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends one request (the path exactly as given) and reads the whole response.
pub fn request(addr: SocketAddr, method: &str, path: &str, headers: &[(&str, &str)]) -> Response {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(WAIT)).expect("timeout");
    let mut head = format!("{method} {path} HTTP/1.1\r\n");
    if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("host")) {
        head.push_str(&format!("Host: {addr}\r\n"));
    }
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("Connection: close\r\n\r\n");
    stream.write_all(head.as_bytes()).expect("send");
    read_response(&mut stream, method == "HEAD")
}

/// Reads a response: the head, then a body by `Content-Length`, chunks, or to the end.
fn read_response(stream: &mut TcpStream, head_only: bool) -> Response {
    let mut raw = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    let end = loop {
        if let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break end;
        }
        let n = stream.read(&mut buf).expect("read head");
        assert!(n > 0, "connection closed before the end of the head");
        raw.extend_from_slice(&buf[..n]);
    };
    let mut response = parse_head(&raw[..end]);
    let mut body = raw[end + 4..].to_vec();
    let no_body = head_only || response.status == 304 || response.status == 204;
    let length: Option<usize> = response
        .header("content-length")
        .and_then(|v| v.parse().ok());
    let chunked = response
        .header("transfer-encoding")
        .is_some_and(|v| v.eq_ignore_ascii_case("chunked"));
    if no_body {
        body.clear();
    } else if let (Some(length), false) = (length, chunked) {
        while body.len() < length {
            let n = stream.read(&mut buf).expect("read body");
            assert!(n > 0, "connection closed inside the body");
            body.extend_from_slice(&buf[..n]);
        }
        body.truncate(length);
    } else {
        stream.read_to_end(&mut body).expect("read body");
        if chunked {
            body = dechunk(&body);
        }
    }
    response.body = body;
    response
}

fn parse_head(head: &[u8]) -> Response {
    let head = String::from_utf8_lossy(head);
    let mut lines = head.split("\r\n");
    let status_line = lines.next().expect("status line");
    let status = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status code");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    Response {
        status,
        headers,
        body: Vec::new(),
    }
}

fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = raw.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&raw[..eol]).trim(), 16)
            .expect("chunk size");
        if size == 0 {
            break;
        }
        out.extend_from_slice(&raw[eol + 2..eol + 2 + size]);
        raw = &raw[eol + 2 + size + 2..];
    }
    out
}

// ------------------------------------------------------------------- events

/// One Server-Sent Event.
#[derive(Debug, Clone)]
pub struct SseEvent {
    pub event: String,
    pub data: String,
    /// When the reader saw it.
    pub at: Instant,
}

/// A client of the reload stream, read on a thread.
pub struct EventStream {
    pub events: Receiver<SseEvent>,
    stream: TcpStream,
}

impl EventStream {
    /// Connects with HTTP/1.0, so the body is plain (not chunked) until the server closes.
    pub fn connect(addr: SocketAddr) -> EventStream {
        let mut stream = TcpStream::connect(addr).expect("connect");
        let head = format!(
            "GET /__brief/events HTTP/1.0\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
        );
        stream.write_all(head.as_bytes()).expect("send");
        let reader = stream.try_clone().expect("clone");
        let (tx, rx) = mpsc::channel();
        thread::spawn(move || {
            let mut lines = BufReader::new(reader).lines();
            // Skip the response head.
            for line in lines.by_ref() {
                match line {
                    Ok(l) if l.is_empty() => break,
                    Ok(_) => {}
                    Err(_) => return,
                }
            }
            let (mut event, mut data) = (String::new(), String::new());
            for line in lines {
                let Ok(line) = line else { return };
                if line.is_empty() {
                    if !data.is_empty() || !event.is_empty() {
                        let e = SseEvent {
                            event: std::mem::take(&mut event),
                            data: std::mem::take(&mut data),
                            at: Instant::now(),
                        };
                        if tx.send(e).is_err() {
                            return;
                        }
                    }
                } else if let Some(v) = line.strip_prefix("event:") {
                    event = v.trim().to_owned();
                } else if let Some(v) = line.strip_prefix("data:") {
                    data.push_str(v.strip_prefix(' ').unwrap_or(v));
                }
            }
        });
        EventStream { events: rx, stream }
    }

    /// The next event named `name`, within `WAIT`.
    pub fn next(&self, name: &str) -> SseEvent {
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.events.recv_timeout(left) {
                Ok(e) if e.event == name => return e,
                Ok(_) => {}
                Err(_) => panic!("no `{name}` event within {WAIT:?}"),
            }
        }
    }
}

impl Drop for EventStream {
    fn drop(&mut self) {
        let _ = self.stream.shutdown(std::net::Shutdown::Both);
    }
}

/// The files of a built site under `dir`, as [`files_under`] gives them, without the
/// manifest of what brief wrote there (bookkeeping for the next build, never served) and
/// `claims.json` (the build's report for fact-checkers, which the preview does not serve).
pub fn site_files_under(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = files_under(dir);
    files.retain(|(path, _)| path != ".brief-manifest" && path != "claims.json");
    files
}

/// Every file under `dir`, as (path with `/`, bytes), sorted.
pub fn files_under(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).expect("read_dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).expect("prefix");
                let rel = rel.to_string_lossy().replace('\\', "/");
                out.push((rel, fs::read(&path).expect("read")));
            }
        }
    }
    out.sort();
    out
}

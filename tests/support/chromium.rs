//! Headless Chromium over the DevTools protocol, shared by the browser tests
//! (`tests/serve.rs` through `tests/e2e/`, and `tests/reader.rs`): launch with a fresh
//! profile, open a page, evaluate JavaScript, and send real mouse, keyboard and touch
//! input — with a blocking tungstenite WebSocket, no driver binary, nothing fetched at
//! run time. Chromium writes the port it chose to `<profile>/DevToolsActivePort`, and
//! `/json/list` names the WebSocket of its first tab.
#![allow(dead_code)] // each test crate uses part of it

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tungstenite::{Message, WebSocket};

/// How long any wait may take before the test calls it a failure.
pub const WAIT: Duration = Duration::from_secs(20);

/// How often waits poll.
pub const POLL: Duration = Duration::from_millis(25);

/// The browser binary: `$CHROMIUM`, else the first of the usual names on `PATH`.
pub fn find() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
    .find(|p| p.is_file())
}

/// Polls `check` until it returns `Some`, for at most `WAIT`; panics with `what`.
pub fn wait_for<T>(what: &str, mut check: impl FnMut() -> Option<T>) -> T {
    let started = Instant::now();
    loop {
        if let Some(value) = check() {
            return value;
        }
        if started.elapsed() > WAIT {
            panic!("timed out after {WAIT:?} waiting for {what}");
        }
        thread::sleep(POLL);
    }
}

/// A headless browser with one tab; closed when dropped.
pub struct Browser {
    child: Child,
    _profile: tempfile::TempDir,
    socket: WebSocket<TcpStream>,
    next_id: u64,
}

impl Browser {
    /// Starts Chromium; `extra` flags are added to the usual headless set.
    pub fn launch(binary: &Path, extra: &[&str]) -> Browser {
        let profile = tempfile::tempdir().expect("profile dir");
        let child = Command::new(binary)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                "--remote-debugging-port=0",
            ])
            .args(extra)
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromium");
        let port_file = profile.path().join("DevToolsActivePort");
        let port: u16 = wait_for("chromium's DevToolsActivePort", || {
            std::fs::read_to_string(&port_file)
                .ok()?
                .lines()
                .next()?
                .trim()
                .parse()
                .ok()
        });
        let devtools: SocketAddr = ([127, 0, 0, 1], port).into();
        let ws_url = wait_for("chromium's first tab", || {
            let tabs: Value = serde_json::from_slice(&http_get(devtools, "/json/list")?).ok()?;
            tabs.as_array()?.iter().find(|t| t["type"] == "page")?["webSocketDebuggerUrl"]
                .as_str()
                .map(str::to_owned)
        });
        let stream = TcpStream::connect(devtools).expect("connect to devtools");
        stream.set_read_timeout(Some(WAIT)).expect("timeout");
        let (socket, _) = tungstenite::client(ws_url.as_str(), stream).expect("websocket");
        let mut browser = Browser {
            child,
            _profile: profile,
            socket,
            next_id: 0,
        };
        browser.call("Page.enable", json!({}));
        // Headless windows are never focused; without this, focus events do not fire.
        browser.call(
            "Emulation.setFocusEmulationEnabled",
            json!({"enabled": true}),
        );
        browser
    }

    /// Sends a DevTools command and returns its result (events in between are skipped);
    /// panics if chromium answers with an error.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        match self.send(method, params) {
            Ok(result) => result,
            Err(error) => panic!("{method}: {error}"),
        }
    }

    /// Sends a DevTools command and returns its result, or the protocol error chromium
    /// answered with (events in between are skipped).
    fn send(&mut self, method: &str, params: Value) -> Result<Value, Value> {
        self.next_id += 1;
        let id = self.next_id;
        let message = json!({"id": id, "method": method, "params": params});
        self.socket
            .send(Message::text(message.to_string()))
            .expect("send to chromium");
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            let Message::Text(text) = self.socket.read().expect("read from chromium") else {
                continue;
            };
            let reply: Value = serde_json::from_str(text.as_str()).expect("json from chromium");
            if reply["id"] == id {
                return match reply.get("error") {
                    Some(error) => Err(error.clone()),
                    None => Ok(reply["result"].clone()),
                };
            }
        }
        panic!("no reply to {method}");
    }

    /// Sets the viewport; `mobile` also emulates a phone's touch screen.
    pub fn viewport(&mut self, width: u32, height: u32, mobile: bool) {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}),
        );
        let touch = if mobile {
            json!({"enabled": true, "maxTouchPoints": 1})
        } else {
            json!({"enabled": false})
        };
        self.call("Emulation.setTouchEmulationEnabled", touch);
    }

    /// `prefers-color-scheme`: `"light"` or `"dark"`.
    pub fn color_scheme(&mut self, scheme: &str) {
        self.call(
            "Emulation.setEmulatedMedia",
            json!({"features": [{"name": "prefers-color-scheme", "value": scheme}]}),
        );
    }

    /// Opens `url` and waits until it has loaded and brief.js has run.
    pub fn open(&mut self, url: &str) {
        self.call("Page.navigate", json!({ "url": url }));
        let expected = Value::String(url.to_owned());
        wait_for(&format!("{url} to load"), || {
            let state = self.try_eval("[location.href, document.readyState]");
            (state[0] == expected && state[1] == "complete").then_some(())
        });
    }

    /// Navigates to `url` without waiting for it to load.
    pub fn navigate(&mut self, url: &str) {
        self.call("Page.navigate", json!({ "url": url }));
    }

    /// Evaluates `expression` and returns its value, or `Null` when it throws or when
    /// chromium cannot evaluate it — as happens while the page is between documents
    /// ("Inspected target navigated or closed"), which a test polling through a reload
    /// must tolerate.
    pub fn try_eval(&mut self, expression: &str) -> Value {
        let Ok(result) = self.send(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true}),
        ) else {
            return Value::Null;
        };
        if result.get("exceptionDetails").is_some() {
            return Value::Null;
        }
        result["result"]["value"].clone()
    }

    /// Evaluates `expression` (awaiting a promise) and returns its value as JSON; panics
    /// with the page's error message if it throws.
    pub fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true, "awaitPromise": true}),
        );
        if let Some(details) = result.get("exceptionDetails") {
            panic!("JavaScript error in `{expression}`: {details}");
        }
        result["result"]["value"].clone()
    }

    /// Moves the mouse to (x, y) in CSS pixels of the viewport.
    pub fn mouse_move(&mut self, x: f64, y: f64) {
        self.call(
            "Input.dispatchMouseEvent",
            json!({"type": "mouseMoved", "x": x, "y": y, "pointerType": "mouse"}),
        );
    }

    /// Presses and releases a key: `"Tab"` or `"Escape"`.
    pub fn key(&mut self, key: &str) {
        let code = match key {
            "Tab" => 9,
            "Escape" => 27,
            other => panic!("no key code for {other}"),
        };
        for kind in ["rawKeyDown", "keyUp"] {
            self.call(
                "Input.dispatchKeyEvent",
                json!({"type": kind, "key": key, "code": key,
                       "windowsVirtualKeyCode": code, "nativeVirtualKeyCode": code}),
            );
        }
    }

    /// A tap with one finger at (x, y): touch start and end, as a phone sends them.
    pub fn tap(&mut self, x: f64, y: f64) {
        self.call(
            "Input.dispatchTouchEvent",
            json!({"type": "touchStart", "touchPoints": [{"x": x, "y": y}]}),
        );
        self.call(
            "Input.dispatchTouchEvent",
            json!({"type": "touchEnd", "touchPoints": []}),
        );
    }

    /// Saves a PNG of the viewport (for looking at a failure).
    pub fn screenshot(&mut self, path: &Path) {
        use base64_lite::decode;
        let shot = self.call("Page.captureScreenshot", json!({"format": "png"}));
        let bytes = decode(shot["data"].as_str().unwrap_or_default());
        std::fs::write(path, bytes).expect("write screenshot");
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        self.next_id += 1;
        let close = json!({"id": self.next_id, "method": "Browser.close"});
        let _ = self.socket.send(Message::text(close.to_string()));
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            thread::sleep(Duration::from_millis(25));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Just enough base64 to save a screenshot without a dependency.
mod base64_lite {
    pub fn decode(text: &str) -> Vec<u8> {
        let value = |c: u8| match c {
            b'A'..=b'Z' => Some(c - b'A'),
            b'a'..=b'z' => Some(c - b'a' + 26),
            b'0'..=b'9' => Some(c - b'0' + 52),
            b'+' => Some(62),
            b'/' => Some(63),
            _ => None,
        };
        let mut out = Vec::with_capacity(text.len() * 3 / 4);
        let (mut acc, mut bits) = (0u32, 0);
        for v in text.bytes().filter_map(value) {
            acc = (acc << 6) | u32::from(v);
            bits += 6;
            if bits >= 8 {
                bits -= 8;
                out.push((acc >> bits) as u8);
            }
        }
        out
    }
}

/// GET `path` from `addr`; the body, or `None` on any failure.
pub fn http_get(addr: SocketAddr, path: &str) -> Option<Vec<u8>> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).ok()?;
    let mut raw = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    // Read to the end, or to Content-Length when the server keeps the connection open.
    loop {
        if let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok());
            if length.is_some_and(|n| raw.len() >= end + 4 + n) {
                return Some(raw[end + 4..end + 4 + length.unwrap_or(0)].to_vec());
            }
        }
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => raw.extend_from_slice(&buf[..n]),
            Err(_) => return None,
        }
    }
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    Some(raw[end + 4..].to_vec())
}

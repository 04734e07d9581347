//! The client side of LSP's wire format, shared by `tests/lsp.rs` and
//! `benches/lsp_latency.rs`: messages framed by a `Content-Length` header, as an editor
//! exchanges them with `brief lsp` over its stdin and stdout.

use std::io::{BufRead, BufReader, Write};
use std::process::ChildStdout;
use std::sync::mpsc::{self, Receiver};

use serde_json::Value;

/// Reads the server's messages on a thread of their own and hands each over, parsed, in
/// the order they came. The channel closes when the server closes its stdout.
pub fn incoming(stdout: ChildStdout) -> Receiver<Value> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        while let Some(body) = read_message(&mut reader) {
            let value: Value = serde_json::from_slice(&body).expect("a JSON message");
            if tx.send(value).is_err() {
                return;
            }
        }
    });
    rx
}

/// The body of the next message, or `None` at the end of the stream.
fn read_message(reader: &mut impl BufRead) -> Option<Vec<u8>> {
    let mut length = 0;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length: ") {
            length = v.parse().expect("a Content-Length");
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(body)
}

/// Writes `body` as one message.
pub fn send(to: &mut impl Write, body: &str) {
    write!(to, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write to brief lsp");
    to.flush().expect("flush to brief lsp");
}

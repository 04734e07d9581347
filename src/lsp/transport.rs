//! JSON-RPC over stdio: `Content-Length` framing on two threads.
//!
//! `lsp-server`'s own stdio transport gives up on the first payload that is not valid
//! JSON, which would end the session; this one answers such a message with a JSON-RPC
//! error (`-32700` parse error, `-32600` invalid request) and reads on. The reader ends at
//! end of input — the editor has gone — and the main loop sees its channel close.

use std::io::{self, BufRead, Write};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{self, JoinHandle};

use lsp_server::{Message, RequestId};

/// No message of an editor comes near this; a larger length is a broken header.
const MAX_MESSAGE: usize = 64 << 20;

/// What the server says: a message, or a JSON-RPC error whose id is `null` (which
/// `lsp_server::Response` cannot hold).
pub enum Outgoing {
    Message(Message),
    Json(serde_json::Value),
    /// The end: the writer stops after what was queued before it.
    Close,
}

impl From<Message> for Outgoing {
    fn from(msg: Message) -> Outgoing {
        Outgoing::Message(msg)
    }
}

/// The two ends of the conversation and the threads that carry it.
pub struct Transport {
    pub sender: Sender<Outgoing>,
    pub receiver: Receiver<Message>,
    reader: JoinHandle<()>,
    writer: JoinHandle<()>,
}

impl Transport {
    /// Starts the reader (stdin) and writer (stdout) threads.
    pub fn stdio() -> io::Result<Transport> {
        let (out_tx, out_rx) = mpsc::channel::<Outgoing>();
        let (in_tx, in_rx) = mpsc::channel::<Message>();
        let writer = thread::Builder::new()
            .name("brief-lsp-writer".into())
            .spawn(move || {
                let stdout = io::stdout();
                let mut out = stdout.lock();
                for msg in out_rx {
                    let written = match msg {
                        Outgoing::Message(msg) => msg.write(&mut out),
                        Outgoing::Json(value) => {
                            let body = value.to_string();
                            write!(out, "Content-Length: {}\r\n\r\n{body}", body.len())
                        }
                        Outgoing::Close => break,
                    };
                    // The editor closed its end: nothing more can be said.
                    if written.and_then(|()| out.flush()).is_err() {
                        break;
                    }
                }
            })?;
        let errors = out_tx.clone();
        let reader = thread::Builder::new()
            .name("brief-lsp-reader".into())
            .spawn(move || {
                let stdin = io::stdin();
                let mut input = stdin.lock();
                loop {
                    match read_message(&mut input) {
                        Ok(Read_::Message(msg)) => {
                            let exit =
                                matches!(&msg, Message::Notification(n) if n.method == "exit");
                            if in_tx.send(msg).is_err() || exit {
                                break;
                            }
                        }
                        Ok(Read_::Malformed(response)) => {
                            if errors.send(Outgoing::Json(response)).is_err() {
                                break;
                            }
                        }
                        Ok(Read_::Eof) | Err(_) => break,
                    }
                }
            })?;
        Ok(Transport {
            sender: out_tx,
            receiver: in_rx,
            reader,
            writer,
        })
    }

    /// Closes the conversation: waits for the writer to send what is queued. The reader
    /// is left to end with its input, or with the process (it may be blocked reading a
    /// pipe the editor never closes, holding its own sender for error replies — which is
    /// why the writer is told to stop rather than left to see every sender gone).
    pub fn close(self) {
        // A writer already gone (the editor closed stdout) has nothing left to send.
        let _ = self.sender.send(Outgoing::Close);
        drop(self.sender);
        drop(self.receiver);
        // A writer that panicked has nothing left to flush either way.
        let _ = self.writer.join();
        drop(self.reader);
    }
}

/// What one read gave.
enum Read_ {
    Message(Message),
    /// Not a message: the error response to send.
    Malformed(serde_json::Value),
    Eof,
}

/// Reads one framed message.
fn read_message(input: &mut impl BufRead) -> io::Result<Read_> {
    let mut length: Option<usize> = None;
    let mut saw_header = false;
    loop {
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            return Ok(Read_::Eof);
        }
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            if saw_header {
                break;
            }
            continue; // stray blank lines between messages
        }
        saw_header = true;
        if let Some((name, value)) = line.split_once(':')
            && name.trim().eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().ok();
        }
    }
    let Some(length) = length.filter(|&n| n <= MAX_MESSAGE) else {
        return Ok(Read_::Malformed(error(
            None,
            lsp_server::ErrorCode::InvalidRequest,
            "a message needs a Content-Length header of at most 64 MiB",
        )));
    };
    let mut body = vec![0; length];
    if let Err(err) = input.read_exact(&mut body) {
        return match err.kind() {
            io::ErrorKind::UnexpectedEof => Ok(Read_::Eof),
            _ => Err(err),
        };
    }
    if let Ok(msg) = serde_json::from_slice::<Message>(&body) {
        return Ok(Read_::Message(msg));
    }
    Ok(Read_::Malformed(
        match serde_json::from_slice::<serde_json::Value>(&body) {
            Err(err) => error(
                None,
                lsp_server::ErrorCode::ParseError,
                &format!("not JSON: {err}"),
            ),
            Ok(value) => {
                let id = value
                    .get("id")
                    .and_then(|id| serde_json::from_value::<RequestId>(id.clone()).ok());
                error(
                    id,
                    lsp_server::ErrorCode::InvalidRequest,
                    "not a JSON-RPC request, response or notification",
                )
            }
        },
    ))
}

/// An error response; its id is `null` when the request's id could not be read, as
/// JSON-RPC asks.
fn error(id: Option<RequestId>, code: lsp_server::ErrorCode, message: &str) -> serde_json::Value {
    serde_json::json!({
        "jsonrpc": "2.0",
        "id": id,
        "error": { "code": code as i32, "message": message },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    #[test]
    fn malformed_messages_are_answered_and_reading_goes_on() {
        let input = format!(
            "{}{}{}",
            frame("{not json"),
            frame(r#"{"jsonrpc":"2.0","id":7,"params":1}"#),
            frame(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
        );
        let mut input = io::Cursor::new(input.into_bytes());
        let Read_::Malformed(r) = read_message(&mut input).unwrap() else {
            panic!("expected an error");
        };
        assert_eq!(r["error"]["code"], -32700);
        assert!(r["id"].is_null());
        let Read_::Malformed(r) = read_message(&mut input).unwrap() else {
            panic!("expected an error");
        };
        assert_eq!(r["id"], 7);
        assert_eq!(r["error"]["code"], -32600);
        assert!(matches!(
            read_message(&mut input).unwrap(),
            Read_::Message(Message::Notification(_))
        ));
        assert!(matches!(read_message(&mut input).unwrap(), Read_::Eof));
    }
}

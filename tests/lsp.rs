//! `brief lsp` as an editor drives it: the real binary, JSON-RPC over its stdin and
//! stdout, on a fixture site in a tempdir. Positions are asserted exactly, computed from
//! the fixture's text (lines, and columns in UTF-16 code units, as LSP counts them).
//! Waits poll a channel with a 20 s ceiling; nothing sleeps for a fixed time.

#[path = "support/lsp_wire.rs"]
mod lsp_wire;

use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const WAIT: Duration = Duration::from_secs(20);

const AP: &str = "---
title: \"Deal close, officials say\"
outlet: Associated Press
published: 2025-02-25
---
Ukraine and the US are near a minerals deal.

Zelenskyy said the request had been
taken “off the table” for now.
";

const KYIV: &str = "---
title: Kyiv view
outlet: Kyiv Independent
published: 2025-02
---
Officials in Kyiv welcomed the draft.
";

const BBC: &str = "---
title: What the deal means
outlet: BBC
---
A deal about minerals.
";

const OVERVIEW: &str = "---
title: Overview
sources: [ap, kyiv]
---
# The deal

Near “a minerals deal” [@ap]. Kyiv [@kyiv].

## Next

Ré “taken off the tables for now” [@ap, para. 2].
";

/// A fixture site in a tempdir.
fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("content")).unwrap();
    std::fs::create_dir_all(root.join("seeds")).unwrap();
    std::fs::write(root.join("brief.yaml"), "title: T\n").unwrap();
    std::fs::write(root.join("seeds/ap.md"), AP).unwrap();
    std::fs::write(root.join("seeds/kyiv.md"), KYIV).unwrap();
    std::fs::write(root.join("seeds/bbc.md"), BBC).unwrap();
    std::fs::write(root.join("content/overview.md"), OVERVIEW).unwrap();
    dir
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// The LSP position (line, UTF-16 column) of byte `offset` of `text`.
fn pos_of(text: &str, offset: usize) -> Value {
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[start..].encode_utf16().count();
    json!({ "line": line, "character": col })
}

/// The position of the `n`th (0-based) occurrence of `needle`, plus `skip` bytes.
fn pos(text: &str, needle: &str, n: usize, skip: usize) -> Value {
    let offset = text
        .match_indices(needle)
        .nth(n)
        .unwrap_or_else(|| panic!("{needle:?} #{n} not in the text"))
        .0;
    pos_of(text, offset + skip)
}

fn range(text: &str, needle: &str, n: usize) -> Value {
    json!({ "start": pos(text, needle, n, 0), "end": pos(text, needle, n, needle.len()) })
}

/// A running `brief lsp` and the messages it has sent.
struct Lsp {
    child: Child,
    stdin: Option<ChildStdin>,
    incoming: Receiver<Value>,
    next_id: i64,
    /// Notifications received while waiting for something else.
    notes: Vec<Value>,
}

impl Lsp {
    fn start() -> Lsp {
        let mut child = Command::new(env!("CARGO_BIN_EXE_brief"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let incoming = lsp_wire::incoming(child.stdout.take().unwrap());
        let stdin = child.stdin.take();
        Lsp {
            child,
            stdin,
            incoming,
            next_id: 1,
            notes: Vec::new(),
        }
    }

    fn send_raw(&mut self, body: &str) {
        lsp_wire::send(self.stdin.as_mut().unwrap(), body);
    }

    fn notify(&mut self, method: &str, params: Value) {
        let msg = json!({ "jsonrpc": "2.0", "method": method, "params": params });
        self.send_raw(&msg.to_string());
    }

    /// Sends a request and returns its whole response (`result` or `error`).
    fn call(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        let msg = json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params });
        self.send_raw(&msg.to_string());
        self.wait_for(|m| m["id"] == id && m.get("method").is_none())
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let response = self.call(method, params);
        assert!(response.get("error").is_none(), "{method}: {response}");
        response["result"].clone()
    }

    fn wait_for(&mut self, want: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.notes.iter().position(&want) {
            return self.notes.remove(i);
        }
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let msg = self
                .incoming
                .recv_timeout(left)
                .expect("brief lsp did not answer in time");
            if want(&msg) {
                return msg;
            }
            self.notes.push(msg);
        }
    }

    /// The next diagnostics published for `uri` at `version`.
    fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let msg = self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        });
        msg["params"]["diagnostics"].as_array().unwrap().clone()
    }

    /// The diagnostics last published for `uri` once every message sent so far is
    /// handled (a request is answered after the changes before it are checked and
    /// published); earlier publications for it are dropped.
    fn settled_diagnostics(&mut self, uri: &str) -> Vec<Value> {
        self.request(
            "textDocument/documentSymbol",
            json!({ "textDocument": { "uri": uri } }),
        );
        let is_for = |m: &Value| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        };
        let last = self
            .notes
            .iter()
            .rposition(is_for)
            .expect("no diagnostics published");
        let msg = self.notes[last].clone();
        self.notes.retain(|m| !is_for(m));
        msg["params"]["diagnostics"].as_array().unwrap().clone()
    }

    fn initialize(&mut self, root: &Path) -> Value {
        let result = self.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": uri(root),
                "workspaceFolders": [{ "uri": uri(root), "name": "site" }],
                "capabilities": {
                    "workspace": { "workspaceEdit": {
                        "documentChanges": true,
                        "resourceOperations": ["create", "rename", "delete"]
                    } }
                }
            }),
        );
        self.notify("initialized", json!({}));
        result
    }

    fn open(&mut self, path: &Path, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": {
                "uri": uri(path), "languageId": "markdown", "version": 1, "text": text
            } }),
        );
    }

    /// Ends the session as an editor does; returns the exit status.
    fn shutdown(mut self) -> std::process::ExitStatus {
        assert_eq!(self.request("shutdown", Value::Null), Value::Null);
        self.notify("exit", Value::Null);
        self.wait_exit()
    }

    fn wait_exit(&mut self) -> std::process::ExitStatus {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "brief lsp did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Lsp {
    fn drop(&mut self) {
        // A failed test must not leave the server running.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn position_params(path: &Path, at: Value) -> Value {
    json!({ "textDocument": { "uri": uri(path) }, "position": at })
}

/// The whole conversation of an editing session: diagnostics on open and as the buffer
/// changes (unsaved), a seed edit re-diagnosing the brief, completion, hover, definition,
/// references, code actions, symbols, rename, shutdown and exit.
#[test]
fn an_editing_session() {
    let dir = site();
    let root = dir.path();
    let brief = root.join("content/overview.md");
    let brief_uri = uri(&brief);
    let ap_uri = uri(&root.join("seeds/ap.md"));
    let mut lsp = Lsp::start();
    let init = lsp.initialize(root);
    assert_eq!(
        init["capabilities"]["completionProvider"]["triggerCharacters"],
        json!(["@"])
    );

    // Open: the misquote is an error (as `brief check` says), with the passage it nearly
    // matches as related information.
    lsp.open(&brief, OVERVIEW);
    let diags = lsp.diagnostics(&brief_uri, 1);
    assert_eq!(diags.len(), 1, "{diags:#?}");
    let d = &diags[0];
    assert_eq!(d["severity"], 1);
    assert_eq!(d["code"], "quote-not-found");
    assert_eq!(d["range"]["start"], pos(OVERVIEW, "taken off", 0, 0));
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .starts_with("quote not found in `ap`")
    );
    let related = &d["relatedInformation"][0];
    assert_eq!(related["location"]["uri"], ap_uri);
    assert_eq!(
        related["location"]["range"],
        json!({ "start": pos(AP, "taken", 0, 0), "end": pos(AP, "for now", 0, "for now".len()) })
    );

    // An unsaved edit: cite a seed that is not in `sources:` — an error at its `@`.
    let line = OVERVIEW
        .lines()
        .position(|l| l.starts_with("Near"))
        .unwrap();
    let end_of_line = OVERVIEW.lines().nth(line).unwrap().encode_utf16().count();
    lsp.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": brief_uri, "version": 2 },
            "contentChanges": [{
                "range": { "start": { "line": line, "character": end_of_line },
                           "end": { "line": line, "character": end_of_line } },
                "text": " Also [@bbc]."
            }]
        }),
    );
    let text2 = OVERVIEW.replace("Kyiv [@kyiv].", "Kyiv [@kyiv]. Also [@bbc].");
    let diags = lsp.diagnostics(&brief_uri, 2);
    assert_eq!(diags.len(), 2, "{diags:#?}");
    assert_eq!(diags[0]["range"]["start"], pos(&text2, "@bbc", 0, 0));
    assert!(
        diags[0]["message"]
            .as_str()
            .unwrap()
            .contains("not in this brief's `sources`")
    );

    // Code action: add it to `sources:`.
    let actions = lsp.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": brief_uri },
            "range": { "start": pos(&text2, "@bbc", 0, 1), "end": pos(&text2, "@bbc", 0, 1) },
            "context": { "diagnostics": [] }
        }),
    );
    let add = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Add `bbc` to sources:")
        .unwrap_or_else(|| panic!("{actions:#}"));
    assert_eq!(
        add["edit"]["changes"][&brief_uri],
        json!([{ "range": { "start": pos(&text2, "kyiv]", 0, 4), "end": pos(&text2, "kyiv]", 0, 4) },
                 "newText": ", bbc" }])
    );

    // Code actions on the misquote: the seed's words; none for the found quote's locator
    // here (it has one), but the first bracket's quote gets `para. 1`.
    let actions = lsp.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": brief_uri },
            "range": { "start": pos(&text2, "tables", 0, 0), "end": pos(&text2, "tables", 0, 0) },
            "context": { "diagnostics": [] }
        }),
    );
    let fix = &actions[0];
    assert_eq!(fix["title"], "Replace the quote with the words of `ap`");
    assert_eq!(
        fix["edit"]["changes"][&brief_uri][0],
        json!({ "range": range(&text2, "taken off the tables for now", 0),
                "newText": "taken ‘off the table’ for now" })
    );
    let actions = lsp.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": brief_uri },
            "range": { "start": pos(&text2, "[@ap]", 0, 2), "end": pos(&text2, "[@ap]", 0, 2) },
            "context": { "diagnostics": [] }
        }),
    );
    assert_eq!(actions[0]["title"], "Add the locator `para. 1`");
    assert_eq!(
        actions[0]["edit"]["changes"][&brief_uri][0]["range"]["start"],
        pos(&text2, "[@ap]", 0, 4)
    );

    // Completion after `[@`: every seed, the listed ones first; choosing one not listed
    // adds it to `sources:`.
    let at = pos(&text2, "[@bbc]", 0, 2);
    let items = lsp.request(
        "textDocument/completion",
        json!({ "textDocument": { "uri": brief_uri }, "position": at }),
    );
    let items = items.as_array().unwrap();
    let mut sorted: Vec<&Value> = items.iter().collect();
    sorted.sort_by_key(|i| i["sortText"].as_str().unwrap().to_owned());
    let labels: Vec<&str> = sorted
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["ap", "kyiv", "bbc"]);
    let bbc = sorted[2];
    assert_eq!(bbc["detail"], "What the deal means — BBC");
    assert_eq!(
        bbc["textEdit"]["range"],
        json!({ "start": pos(&text2, "[@bbc]", 0, 2), "end": pos(&text2, "[@bbc]", 0, 5) })
    );
    assert_eq!(
        bbc["additionalTextEdits"],
        json!([{ "range": { "start": pos(&text2, "kyiv]", 0, 4), "end": pos(&text2, "kyiv]", 0, 4) },
                 "newText": ", bbc" }])
    );
    assert!(
        sorted[0]
            .get("additionalTextEdits")
            .is_none_or(Value::is_null)
    );
    // Inside `sources:`, only the seeds not yet listed.
    let items = lsp.request(
        "textDocument/completion",
        json!({ "textDocument": { "uri": brief_uri }, "position": pos(&text2, "kyiv]", 0, 4) }),
    );
    let labels: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["bbc"]);

    // Hover on a citation with a locator: the reference, the located paragraph, and the
    // quote's status.
    let hover = lsp.request(
        "textDocument/hover",
        position_params(&brief, pos(&text2, "@ap, para", 0, 2)),
    );
    let md = hover["contents"]["value"].as_str().unwrap();
    assert!(md.contains("Associated Press"), "{md}");
    assert!(md.contains("Deal close, officials say"), "{md}");
    assert!(
        md.contains("> Zelenskyy said the request had been\n> taken “off the table” for now."),
        "{md}"
    );
    assert!(md.contains("**not found**"), "{md}");
    assert_eq!(
        hover["range"],
        json!({ "start": pos(&text2, "@ap, para", 0, 0), "end": pos(&text2, "@ap, para", 0, 3) })
    );
    // Hover on an id in `sources:`: the reference.
    let hover = lsp.request(
        "textDocument/hover",
        position_params(&brief, pos(&text2, "kyiv]", 0, 1)),
    );
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .contains("Kyiv Independent")
    );
    assert_eq!(hover["range"], range(&text2, "kyiv", 0));

    // Definition: the seed file, at the located paragraph.
    let def = lsp.request(
        "textDocument/definition",
        position_params(&brief, pos(&text2, "@ap, para", 0, 1)),
    );
    assert_eq!(def["uri"], ap_uri);
    assert_eq!(def["range"]["start"], pos(AP, "Zelenskyy", 0, 0));
    // Without a locator, at the passage its quote found.
    let def = lsp.request(
        "textDocument/definition",
        position_params(&brief, pos(&text2, "[@ap]", 0, 3)),
    );
    assert_eq!(
        def["range"],
        json!({ "start": pos(AP, "a minerals deal", 0, 0), "end": pos(AP, "a minerals deal", 0, 15) })
    );

    // References: every place the brief names `ap`, from any of them.
    let refs = lsp.request(
        "textDocument/references",
        json!({ "textDocument": { "uri": brief_uri }, "position": pos(&text2, "[@ap]", 0, 2),
                "context": { "includeDeclaration": false } }),
    );
    let ranges: Vec<&Value> = refs
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["range"])
        .collect();
    assert_eq!(
        ranges,
        [
            &range(&text2, "ap", 0),
            &json!({ "start": pos(&text2, "[@ap]", 0, 2), "end": pos(&text2, "[@ap]", 0, 4) }),
            &json!({ "start": pos(&text2, "@ap, para", 0, 1), "end": pos(&text2, "@ap, para", 0, 3) }),
        ]
    );

    // Document symbols: the headings, nested.
    let symbols = lsp.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": brief_uri } }),
    );
    assert_eq!(symbols[0]["name"], "The deal");
    assert_eq!(symbols[0]["range"], range(&text2, "# The deal", 0));
    assert_eq!(symbols[0]["children"][0]["name"], "Next");

    // Editing a seed (unsaved) re-diagnoses the open brief citing it: once the seed says
    // "tables", the quote is found.
    let ap_path = root.join("seeds/ap.md");
    let ap2 = AP.replace("“off the table” for now", "off the tables for now");
    lsp.open(&ap_path, &ap2);
    let diags = lsp.diagnostics(&brief_uri, 2);
    assert!(
        diags.iter().all(|d| d["code"] != "quote-not-found"),
        "{diags:#?}"
    );
    lsp.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": ap_uri } }),
    );
    let diags = lsp.diagnostics(&brief_uri, 2);
    assert!(diags.iter().any(|d| d["code"] == "quote-not-found"));

    // Rename `ap`: the seed file and every citation and `sources:` entry, in one edit.
    let prepared = lsp.request(
        "textDocument/prepareRename",
        position_params(&brief, pos(&text2, "[@ap]", 0, 3)),
    );
    assert_eq!(prepared["placeholder"], "ap");
    let rename_ap_to = |name: &str| {
        json!({ "textDocument": { "uri": brief_uri }, "position": pos(&text2, "[@ap]", 0, 3),
                "newName": name })
    };
    let edit = lsp.request("textDocument/rename", rename_ap_to("ap-news"));
    let changes = edit["documentChanges"].as_array().unwrap();
    assert_eq!(changes.len(), 2, "{edit:#}");
    assert_eq!(
        changes[0]["textDocument"],
        json!({ "uri": brief_uri, "version": 2 })
    );
    let starts: Vec<&Value> = changes[0]["edits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["range"]["start"])
        .collect();
    assert_eq!(
        starts,
        [
            &pos(&text2, "ap", 0, 0),
            &pos(&text2, "[@ap]", 0, 2),
            &pos(&text2, "@ap, para", 0, 1)
        ]
    );
    assert!(
        changes[0]["edits"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["newText"] == "ap-news")
    );
    assert_eq!(
        changes[1],
        json!({ "kind": "rename", "oldUri": ap_uri, "newUri": uri(&root.join("seeds/ap-news.md")),
                "options": { "overwrite": false, "ignoreIfExists": false } })
    );
    // A captured seed's snapshot beside it (`seeds/ap.html.gz`) is renamed with it.
    std::fs::write(root.join("seeds/ap.html.gz"), b"evidence").unwrap();
    let edit = lsp.request("textDocument/rename", rename_ap_to("ap-news"));
    let changes = edit["documentChanges"].as_array().unwrap();
    assert_eq!(changes.len(), 3, "{edit:#}");
    assert_eq!(
        changes[2],
        json!({ "kind": "rename", "oldUri": uri(&root.join("seeds/ap.html.gz")),
                "newUri": uri(&root.join("seeds/ap-news.html.gz")),
                "options": { "overwrite": false, "ignoreIfExists": false } })
    );
    // A taken or malformed name is refused.
    let taken = lsp.call("textDocument/rename", rename_ap_to("kyiv"));
    assert!(
        taken["error"]["message"]
            .as_str()
            .unwrap()
            .contains("already exists")
    );
    // It never writes a file itself.
    assert_eq!(std::fs::read_to_string(&brief).unwrap(), OVERVIEW);
    assert!(ap_path.exists() && !root.join("seeds/ap-news.md").exists());

    assert!(lsp.shutdown().success());
}

const FIGURES: &str = "---
title: Figures
sources: [ap]
---
Ré: the deal is worth $50 billion [@ap].

Output rose 40% last year.
";

/// The code action on a figure diagnostic — a figure not in the cited seed, and one in a
/// sentence that cites nothing — inserts the own-figure marker right after the figure;
/// applied, the figure is no longer reported.
#[test]
fn marks_a_figure_as_the_briefs_own() {
    let dir = site();
    let root = dir.path();
    let brief = root.join("content/figures.md");
    std::fs::write(&brief, FIGURES).unwrap();
    let brief_uri = uri(&brief);
    let mut lsp = Lsp::start();
    lsp.initialize(root);
    lsp.open(&brief, FIGURES);
    let diags = lsp.diagnostics(&brief_uri, 1);
    let starts: Vec<&Value> = diags.iter().map(|d| &d["range"]["start"]).collect();
    assert_eq!(
        starts,
        [&pos(FIGURES, "$50", 0, 0), &pos(FIGURES, "40%", 0, 0)],
        "{diags:#?}"
    );
    assert!(diags[0]["message"].as_str().unwrap().contains("figure"));
    assert!(
        diags[1]["message"]
            .as_str()
            .unwrap()
            .contains("citation needed")
    );

    // Hover on the citation: the figure of its sentence and what the check found.
    let hover = lsp.request(
        "textDocument/hover",
        position_params(&brief, pos(FIGURES, "@ap", 0, 1)),
    );
    let md = hover["contents"]["value"].as_str().unwrap();
    assert!(md.contains("Figure “$50 billion”: **not found**"), "{md}");

    let mut text = FIGURES.to_owned();
    let mut last = diags;
    for (figure, version) in [("$50 billion", 2), ("40%", 3)] {
        // The cursor inside the figure, as an editor asks on a diagnostic.
        let at = pos(&text, figure, 0, 2);
        let actions = lsp.request(
            "textDocument/codeAction",
            json!({
                "textDocument": { "uri": brief_uri },
                "range": { "start": at, "end": at },
                "context": { "diagnostics": [] }
            }),
        );
        let own: Vec<&Value> = actions
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["title"].as_str().unwrap().contains("brief's own"))
            .collect();
        assert_eq!(own.len(), 1, "{actions:#}");
        assert_eq!(
            own[0]["title"],
            format!("Mark “{figure}” as the brief's own figure")
        );
        let end = pos(&text, figure, 0, figure.len());
        assert_eq!(
            own[0]["edit"]["changes"][&brief_uri],
            json!([{ "range": { "start": end, "end": end }, "newText": "<!-- own: REASON -->" }])
        );
        // The editor applies it: that figure is no longer reported.
        let at = text.find(figure).unwrap() + figure.len();
        text.insert_str(at, "<!-- own: REASON -->");
        lsp.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": brief_uri, "version": version },
                "contentChanges": [{ "text": text }]
            }),
        );
        let diags = lsp.diagnostics(&brief_uri, version);
        assert_eq!(diags.len(), last.len() - 1, "{diags:#?}");
        assert!(
            !diags
                .iter()
                .any(|d| d["range"]["start"] == pos(&text, figure, 0, 0)),
            "{diags:#?}"
        );
        last = diags;
    }
    assert_eq!(last, Vec::<Value>::new());

    // No such action away from a figure (on the citation), nor for a found figure.
    let at = pos(&text, "[@ap]", 0, 2);
    let actions = lsp.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": brief_uri },
            "range": { "start": at, "end": at },
            "context": { "diagnostics": [] }
        }),
    );
    assert!(
        !actions
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["title"].as_str().unwrap().contains("brief's own")),
        "{actions:#}"
    );
    assert!(lsp.shutdown().success());
}

/// Malformed JSON, a message that is no request, an unknown method, bad parameters and a
/// file outside any site are answered with errors or nothing, and the server goes on.
#[test]
fn bad_input_is_answered_not_fatal() {
    let dir = site();
    let outside = tempfile::tempdir().unwrap();
    let loose = outside.path().join("notes.md");
    std::fs::write(&loose, "# Notes [@ap]\n").unwrap();
    let mut lsp = Lsp::start();
    lsp.initialize(dir.path());

    lsp.send_raw("{this is not json");
    let e = lsp.wait_for(|m| m["error"]["code"] == -32700);
    assert!(e["id"].is_null());
    lsp.send_raw(r#"{"jsonrpc":"2.0","id":41}"#);
    let e = lsp.wait_for(|m| m["id"] == 41);
    assert_eq!(e["error"]["code"], -32600);
    let e = lsp.call("brief/noSuchMethod", json!({}));
    assert_eq!(e["error"]["code"], -32601);
    let e = lsp.call("textDocument/hover", json!({ "textDocument": 3 }));
    assert_eq!(e["error"]["code"], -32602);
    lsp.notify("textDocument/didOpen", json!({ "nonsense": true }));
    lsp.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": "file:///nowhere/x.md", "version": 2 },
            "contentChanges": [{ "text": "x" }]
        }),
    );

    // A file outside any site: no diagnostics, no answers, no error.
    lsp.open(&loose, "# Notes [@ap]\n");
    let hover = lsp.request(
        "textDocument/hover",
        position_params(&loose, json!({ "line": 0, "character": 10 })),
    );
    assert!(hover.is_null());
    let items = lsp.request(
        "textDocument/completion",
        position_params(&loose, json!({ "line": 0, "character": 10 })),
    );
    assert!(items.is_null());
    // Positions past the end of a line or of the file are clamped, not a crash.
    let brief = dir.path().join("content/overview.md");
    lsp.open(&brief, OVERVIEW);
    let hover = lsp.request(
        "textDocument/hover",
        position_params(&brief, json!({ "line": 999, "character": 999 })),
    );
    assert!(hover.is_null());
    let hover = lsp.request(
        "textDocument/hover",
        position_params(&brief, json!({ "line": 1, "character": 9999 })),
    );
    assert!(hover.is_null());
    // A brief that stops parsing mid-edit reports why, and only that.
    lsp.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": uri(&brief), "version": 2 },
            "contentChanges": [{ "text": "---\ntitle: [unclosed\n---\nBody [@ap].\n" }]
        }),
    );
    let diags = lsp.diagnostics(&uri(&brief), 2);
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(diags[0]["severity"], 1);

    // Nothing was ever published for the file outside any site.
    assert!(
        !lsp.notes.iter().any(|m| m["params"]["uri"] == uri(&loose)),
        "{:#?}",
        lsp.notes
    );

    // Still answering.
    assert!(lsp.shutdown().success());
}

/// `exit` without `shutdown` exits with status 1; end of input (the editor is gone)
/// ends the server too.
#[test]
fn exits_when_told_or_when_the_editor_goes() {
    let dir = site();
    let mut lsp = Lsp::start();
    lsp.initialize(dir.path());
    lsp.notify("exit", Value::Null);
    assert_eq!(lsp.wait_exit().code(), Some(1));

    let mut lsp = Lsp::start();
    lsp.initialize(dir.path());
    drop(lsp.stdin.take());
    assert!(lsp.wait_exit().success());
}

/// The editor's process, named in `initialize`, going away ends the server even while
/// its pipe stays open.
#[test]
#[cfg(target_os = "linux")]
fn exits_when_the_parent_process_is_gone() {
    let dir = site();
    let mut parent = Command::new("sleep").arg("0.2").spawn().unwrap();
    let pid = parent.id();
    let mut lsp = Lsp::start();
    lsp.request(
        "initialize",
        json!({ "processId": pid, "rootUri": uri(dir.path()), "capabilities": {} }),
    );
    parent.wait().unwrap();
    assert!(lsp.wait_exit().success());
}

/// Rename and references read a brief as the editor holds it, not the last version that
/// parsed: while its front matter does not parse, references place its citations in the
/// current text and a rename that would touch it is refused (its citations in front-matter
/// texts cannot be found); once it parses again, the rename edits its current text.
#[test]
fn rename_and_references_read_the_current_text_of_a_brief() {
    let dir = site();
    let root = dir.path();
    let q = root.join("content/q.md");
    let x = root.join("content/x.md");
    let q1 = "---\ntitle: \"Q\"\nsources: [ap]\n---\n\nCited [@ap] here.\n";
    let x1 = "---\ntitle: \"X\"\nsources: [ap]\n---\n\nAlso [@ap].\n";
    std::fs::write(&q, q1).unwrap();
    std::fs::write(&x, x1).unwrap();
    let (q_uri, x_uri) = (uri(&q), uri(&x));
    let mut lsp = Lsp::start();
    lsp.initialize(root);
    lsp.open(&q, q1);
    lsp.open(&x, x1);
    lsp.diagnostics(&q_uri, 1);

    let q2 = "---\ntitle: [unclosed\ntitle: \"Q\"\nsources: [ap]\n---\n\nNew line one.\nNew line two [@ap].\nCited [@ap] here.\n";
    lsp.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": q_uri, "version": 2 },
                "contentChanges": [{ "text": q2 }] }),
    );
    lsp.diagnostics(&q_uri, 2);
    let at = pos(x1, "[@ap]", 0, 3);
    let refs = lsp.request(
        "textDocument/references",
        json!({ "textDocument": { "uri": x_uri }, "position": at,
                "context": { "includeDeclaration": false } }),
    );
    let in_q: Vec<&Value> = refs
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["uri"] == q_uri)
        .map(|l| &l["range"]["start"])
        .collect();
    assert_eq!(
        in_q,
        [
            &pos(q2, "[ap]", 0, 1),
            &pos(q2, "[@ap]", 0, 2),
            &pos(q2, "[@ap]", 1, 2)
        ],
        "{refs:#}"
    );
    let rename = json!({ "textDocument": { "uri": x_uri }, "position": at, "newName": "ap-new" });
    let refused = lsp.call("textDocument/rename", rename.clone());
    let message = refused["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("content/q.md"), "{refused:#}");

    // Parsing again: the rename edits the text the editor holds, at its version.
    let q3 = q2.replace("title: [unclosed\n", "");
    lsp.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": q_uri, "version": 3 },
                "contentChanges": [{ "text": q3 }] }),
    );
    lsp.diagnostics(&q_uri, 3);
    let edit = lsp.request("textDocument/rename", rename);
    let change = edit["documentChanges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["textDocument"]["uri"] == q_uri)
        .unwrap_or_else(|| panic!("{edit:#}"))
        .clone();
    assert_eq!(change["textDocument"]["version"], 3);
    let starts: Vec<&Value> = change["edits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["range"]["start"])
        .collect();
    assert_eq!(
        starts,
        [
            &pos(&q3, "[ap]", 0, 1),
            &pos(&q3, "[@ap]", 0, 2),
            &pos(&q3, "[@ap]", 1, 2)
        ]
    );
    assert!(lsp.shutdown().success());
}

/// A seed whose front matter stops parsing in the editor is left out, as `brief check`
/// leaves it out of a site: a brief's figure found only in it is then not found in the
/// sources it cites; once it parses again, the figure is found.
#[test]
fn a_seed_that_stops_parsing_is_left_out_as_check_leaves_it() {
    let dir = site();
    let root = dir.path();
    let p = root.join("seeds/p.md");
    let q = root.join("seeds/q.md");
    let b = root.join("content/b.md");
    let p1 = "---\ntitle: \"P\"\noutlet: \"O\"\npublished: 2025-02-01\n---\nRare earths are a group of 17 elements.\n";
    let q1 = "---\ntitle: \"Q\"\noutlet: \"O\"\npublished: 2025-02-01\n---\nSomething else entirely, 40 percent.\n";
    let b1 = "---\ntitle: \"B\"\nsources: [p, q]\n---\n\nRare earths are 17 elements [@p; @q].\n";
    std::fs::write(&p, p1).unwrap();
    std::fs::write(&q, q1).unwrap();
    std::fs::write(&b, b1).unwrap();
    let b_uri = uri(&b);
    let mut lsp = Lsp::start();
    lsp.initialize(root);
    lsp.open(&b, b1);
    lsp.open(&p, p1);
    assert_eq!(lsp.settled_diagnostics(&b_uri), Vec::<Value>::new());

    let change = |version: i64, text: &str| {
        json!({ "textDocument": { "uri": uri(&p), "version": version },
                "contentChanges": [{
                    "range": { "start": { "line": 1, "character": 0 },
                               "end": { "line": 1, "character": 5 } },
                    "text": text
                }] })
    };
    lsp.notify("textDocument/didChange", change(2, "titel"));
    let diags = lsp.settled_diagnostics(&b_uri);
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(diags[0]["range"]["start"], pos(b1, "17", 0, 0));
    assert!(
        diags[0]["message"]
            .as_str()
            .unwrap()
            .contains("figure not found")
    );

    lsp.notify("textDocument/didChange", change(3, "title"));
    assert_eq!(lsp.settled_diagnostics(&b_uri), Vec::<Value>::new());
    assert!(lsp.shutdown().success());
}

/// A brief named as the loader names briefs — `.markdown`, `.mdown`, `.MD` — is checked
/// as the editor holds it, as a `.md` one is.
#[test]
fn briefs_by_any_markdown_extension_are_checked() {
    let dir = site();
    let root = dir.path();
    let saved = "---\ntitle: W\nsources: [ap]\n---\nFine [@ap].\n";
    let typed = "---\ntitle: W\nsources: [ap]\n---\nFine [@ap]. Not [@nosuch].\n";
    let mut lsp = Lsp::start();
    lsp.initialize(root);
    for name in ["w.markdown", "v.mdown", "u.MD"] {
        let path = root.join("content").join(name);
        std::fs::write(&path, saved).unwrap();
        lsp.open(&path, typed);
        let diags = lsp.settled_diagnostics(&uri(&path));
        assert_eq!(diags.len(), 1, "{name}: {diags:#?}");
        assert_eq!(diags[0]["range"]["start"], pos(typed, "@nosuch", 0, 0));
    }
    assert!(lsp.shutdown().success());
}

/// An editor may percent-encode a file's URI otherwise than the server would
/// (`q%281%29.md` for `q(1).md`): the open buffer is still the file's text, and its
/// version and URI are the editor's in references and a rename.
#[test]
fn open_documents_are_known_by_their_path_not_their_uri_spelling() {
    let dir = site();
    let root = dir.path();
    let q = root.join("content/q(1).md");
    let saved = "---\ntitle: Q\nsources: [ap]\n---\nText.\n";
    let typed = "---\ntitle: Q\nsources: [ap]\n---\nText.\n\nSee [@ap].\n";
    std::fs::write(&q, saved).unwrap();
    let q_uri = uri(&q).replace('(', "%28").replace(')', "%29");
    let mut lsp = Lsp::start();
    lsp.initialize(root);
    lsp.notify(
        "textDocument/didOpen",
        json!({ "textDocument": {
            "uri": q_uri, "languageId": "markdown", "version": 7, "text": typed
        } }),
    );
    let at = pos(typed, "@ap]", 0, 1);
    let hover = lsp.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": q_uri }, "position": at }),
    );
    let md = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(md.contains("Associated Press"), "{hover:#}");
    let refs = lsp.request(
        "textDocument/references",
        json!({ "textDocument": { "uri": q_uri }, "position": at,
                "context": { "includeDeclaration": false } }),
    );
    let in_q: Vec<&Value> = refs
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["uri"].as_str().is_some_and(|u| u.contains("/content/q")))
        .collect();
    assert_eq!(in_q.len(), 2, "{refs:#}");
    assert!(in_q.iter().all(|l| l["uri"] == q_uri), "{refs:#}");
    let edit = lsp.request(
        "textDocument/rename",
        json!({ "textDocument": { "uri": q_uri }, "position": at, "newName": "ap2" }),
    );
    let change = edit["documentChanges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["textDocument"]["uri"] == q_uri)
        .unwrap_or_else(|| panic!("{edit:#}"));
    assert_eq!(change["textDocument"]["version"], 7);
    assert_eq!(
        change["edits"][1]["range"]["start"],
        pos(typed, "@ap]", 0, 1)
    );
    assert!(lsp.shutdown().success());
}

/// A quote citing a seed with no text (only "nothing to check against") does not shift
/// the near misses onto other diagnostics: each quote not found carries its own closest
/// passage.
#[test]
fn a_near_miss_goes_with_its_own_quote() {
    let dir = site();
    let root = dir.path();
    std::fs::write(
        root.join("seeds/bib.md"),
        "---\ntitle: Bib\noutlet: Press\n---\n",
    )
    .unwrap();
    let brief = root.join("content/n.md");
    let text = "---\ntitle: N\nsources: [bib, ap]\n---\nFirst “some words here” [@bib].\n\nThen “taken off the tables for now” [@ap].\n";
    std::fs::write(&brief, text).unwrap();
    let mut lsp = Lsp::start();
    lsp.initialize(root);
    lsp.open(&brief, text);
    let diags = lsp.settled_diagnostics(&uri(&brief));
    let miss: Vec<&Value> = diags
        .iter()
        .filter(|d| d["code"] == "quote-not-found")
        .collect();
    assert_eq!(miss.len(), 1, "{diags:#?}");
    assert_eq!(miss[0]["range"]["start"], pos(text, "taken off", 0, 0));
    let related = &miss[0]["relatedInformation"][0];
    assert_eq!(
        related["location"]["uri"],
        uri(&root.join("seeds/ap.md")),
        "{diags:#?}"
    );
    assert!(
        diags
            .iter()
            .filter(|d| d["code"] != "quote-not-found")
            .all(|d| d.get("relatedInformation").is_none_or(Value::is_null)),
        "{diags:#?}"
    );
    assert!(lsp.shutdown().success());
}

/// A site inside the workspace's site (a folder with its own `brief.yaml`) is its own:
/// its files are checked against its seeds once the outer site is loaded, as the README
/// says a file belongs to the nearest folder above it holding `brief.yaml`.
#[test]
fn a_nested_site_is_its_own() {
    let dir = site();
    let root = dir.path();
    let inner = root.join("inner");
    std::fs::create_dir_all(inner.join("content")).unwrap();
    std::fs::create_dir_all(inner.join("seeds")).unwrap();
    std::fs::write(inner.join("brief.yaml"), "title: Inner\n").unwrap();
    std::fs::write(
        inner.join("seeds/own.md"),
        "---\ntitle: Own\noutlet: O\n---\nWords.\n",
    )
    .unwrap();
    let brief = inner.join("content/i.md");
    let text = "---\ntitle: I\nsources: [own, ap]\n---\nBoth [@own; @ap].\n";
    std::fs::write(&brief, text).unwrap();
    let mut lsp = Lsp::start();
    lsp.initialize(root);
    lsp.open(&brief, text);
    let diags = lsp.settled_diagnostics(&uri(&brief));
    // `ap` is the outer site's seed, not the inner's.
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(diags[0]["range"]["start"], pos(text, "ap]", 0, 0));
    assert!(
        diags[0]["message"]
            .as_str()
            .unwrap()
            .contains("unknown source `ap`")
    );
    assert!(lsp.shutdown().success());
}

/// Before `initialize`, a request is answered with ServerNotInitialized (-32002) and a
/// notification other than `exit` is dropped, as LSP asks; then the session goes on.
#[test]
fn nothing_is_handled_before_initialize() {
    let dir = site();
    let root = dir.path();
    let brief = root.join("content/overview.md");
    let mut lsp = Lsp::start();
    let e = lsp.call(
        "textDocument/hover",
        position_params(&brief, json!({ "line": 6, "character": 25 })),
    );
    assert_eq!(e["error"]["code"], -32002, "{e:#}");
    let e = lsp.call("shutdown", Value::Null);
    assert_eq!(e["error"]["code"], -32002, "{e:#}");
    // Dropped: the document is not open once the session starts.
    lsp.open(&brief, "---\ntitle: [broken\n---\n");
    lsp.initialize(root);
    let symbols = lsp.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri(&brief) } }),
    );
    assert_eq!(symbols[0]["name"], "The deal", "{symbols:#}");
    assert!(
        !lsp.notes
            .iter()
            .any(|m| m["method"] == "textDocument/publishDiagnostics"),
        "{:#?}",
        lsp.notes
    );
    assert!(lsp.shutdown().success());
}

/// An editor that watches files for a server only when asked (Neovim, Helix) is asked,
/// after `initialized`, for the files a site is read from; one that cannot is not.
#[test]
fn editors_that_watch_files_when_asked_are_asked() {
    let dir = site();
    let root = dir.path();
    let mut lsp = Lsp::start();
    lsp.request(
        "initialize",
        json!({
            "processId": null,
            "rootUri": uri(root),
            "capabilities": { "workspace": {
                "didChangeWatchedFiles": { "dynamicRegistration": true }
            } }
        }),
    );
    lsp.notify("initialized", json!({}));
    let asked = lsp.wait_for(|m| m["method"] == "client/registerCapability");
    let registration = &asked["params"]["registrations"][0];
    assert_eq!(registration["method"], "workspace/didChangeWatchedFiles");
    let globs: Vec<&str> = registration["registerOptions"]["watchers"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|w| w["globPattern"].as_str())
        .collect();
    for needed in ["**/brief.yaml", "**/content/**", "**/seeds/**"] {
        assert!(globs.contains(&needed), "{needed} in {globs:?}");
    }
    assert!(
        asked["id"].is_string() || asked["id"].is_number(),
        "{asked}"
    );
    // The editor's answer needs nothing; the server goes on.
    lsp.send_raw(&json!({ "jsonrpc": "2.0", "id": asked["id"], "result": null }).to_string());
    lsp.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri(&root.join("content/overview.md")) } }),
    );

    let mut plain = Lsp::start();
    plain.initialize(root);
    plain.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri(&root.join("content/overview.md")) } }),
    );
    assert!(
        !plain
            .notes
            .iter()
            .any(|m| m["method"] == "client/registerCapability"),
        "not asked of an editor that cannot: {:?}",
        plain.notes
    );
}

/// A new brief, open in the editor before it is on disk, is checked once it is saved: the
/// editor's report that the file was created is not skipped because the file is open.
#[test]
fn a_new_brief_is_checked_once_saved() {
    let dir = site();
    let root = dir.path();
    let new = root.join("content/new.md");
    let text = "---\ntitle: New\nsources: [ap]\n---\n\nIt cites [@nosuch].\n";
    let mut lsp = Lsp::start();
    lsp.initialize(root);
    lsp.open(&new, text);
    // Not on disk yet: not one of the site's files (README: unsaved files are not seen).
    let unsaved = lsp.settled_diagnostics(&uri(&new));
    assert!(unsaved.is_empty(), "{unsaved:#?}");
    std::fs::write(&new, text).unwrap();
    lsp.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri(&new), "type": 1 }] }),
    );
    let diags = lsp.settled_diagnostics(&uri(&new));
    assert!(
        diags
            .iter()
            .any(|d| d["message"].as_str().unwrap_or("").contains("nosuch")),
        "{diags:#?}"
    );
}

/// The places of a seed's id in `path`'s text, as references list them (line and
/// UTF-16 column of each start).
fn starts_in(refs: &Value, path: &Path) -> Vec<Value> {
    refs.as_array()
        .unwrap_or_else(|| panic!("{refs:#}"))
        .iter()
        .filter(|l| l["uri"] == uri(path))
        .map(|l| l["range"]["start"].clone())
        .collect()
}

fn references_params(path: &Path, at: Value) -> Value {
    json!({ "textDocument": { "uri": uri(path) }, "position": at,
            "context": { "includeDeclaration": false } })
}

/// A closed brief is read as the site's model last read it, not from disk at each
/// request (a large site would be read whole at every references or rename): a change
/// on disk is seen once the editor reports it, as every other answer sees it.
#[test]
fn references_read_a_closed_brief_as_the_model_holds_it_until_its_change_is_reported() {
    let dir = site();
    let root = dir.path();
    let x = root.join("content/x.md");
    let x1 = "---\ntitle: X\nsources: [ap]\n---\n\nAlso [@ap].\n";
    std::fs::write(&x, x1).unwrap();
    let o = root.join("content/overview.md");
    let mut lsp = Lsp::start();
    lsp.initialize(root);
    lsp.open(&o, OVERVIEW);
    lsp.diagnostics(&uri(&o), 1);
    let at = pos(OVERVIEW, "[@ap]", 0, 3);
    let refs = lsp.request("textDocument/references", references_params(&o, at.clone()));
    let before = [pos(x1, "[ap]", 0, 1), pos(x1, "[@ap]", 0, 2)];
    assert_eq!(starts_in(&refs, &x), before, "{refs:#}");

    let x2 = "---\ntitle: X\nsources: [ap]\n---\n\nA new line.\n\nAlso [@ap], again [@ap].\n";
    std::fs::write(&x, x2).unwrap();
    let refs = lsp.request("textDocument/references", references_params(&o, at.clone()));
    assert_eq!(starts_in(&refs, &x), before, "not reported yet: {refs:#}");
    lsp.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri(&x), "type": 2 }] }),
    );
    let refs = lsp.request("textDocument/references", references_params(&o, at));
    assert_eq!(
        starts_in(&refs, &x),
        [
            pos(x2, "[ap]", 0, 1),
            pos(x2, "[@ap]", 0, 2),
            pos(x2, "[@ap]", 1, 2)
        ],
        "{refs:#}"
    );
    assert!(lsp.shutdown().success());
}

/// A brief whose front matter does not parse, never opened in the editor, is left out
/// of the site the server loads; references still find its citations, and a rename is
/// refused until it parses, as for an open one (its front-matter texts' citations cannot
/// be found). Once fixed on disk and reported, the rename edits it.
#[test]
fn an_unopened_brief_that_does_not_parse_is_named_by_references_and_stops_a_rename() {
    let dir = site();
    let root = dir.path();
    let broken = root.join("content/broken.md");
    let b1 = "---\ntitle: [unclosed\nsources: [ap]\n---\n\nBroken [@ap].\n";
    std::fs::write(&broken, b1).unwrap();
    let o = root.join("content/overview.md");
    let mut lsp = Lsp::start();
    lsp.initialize(root);
    lsp.open(&o, OVERVIEW);
    lsp.diagnostics(&uri(&o), 1);
    let at = pos(OVERVIEW, "[@ap]", 0, 3);
    let refs = lsp.request("textDocument/references", references_params(&o, at.clone()));
    assert_eq!(
        starts_in(&refs, &broken),
        [pos(b1, "[ap]", 0, 1), pos(b1, "[@ap]", 0, 2)],
        "{refs:#}"
    );
    let rename = json!({ "textDocument": { "uri": uri(&o) }, "position": at, "newName": "ap-new" });
    let refused = lsp.call("textDocument/rename", rename.clone());
    let message = refused["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("content/broken.md"), "{refused:#}");

    let b2 = b1.replace("[unclosed", "Fixed");
    std::fs::write(&broken, &b2).unwrap();
    lsp.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri(&broken), "type": 2 }] }),
    );
    let edit = lsp.request("textDocument/rename", rename);
    let change = edit["documentChanges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["textDocument"]["uri"] == uri(&broken))
        .unwrap_or_else(|| panic!("{edit:#}"))
        .clone();
    let starts: Vec<&Value> = change["edits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["range"]["start"])
        .collect();
    assert_eq!(starts, [&pos(&b2, "[ap]", 0, 1), &pos(&b2, "[@ap]", 0, 2)]);
    assert!(lsp.shutdown().success());
}

/// A site made inside the workspace's site while the editor is open (its `brief.yaml`
/// saved and reported) is its own from the next change on: which site a folder's files
/// belong to is kept between keystrokes, and forgotten when a file comes or goes.
#[test]
fn a_nested_site_made_during_the_session_is_its_own() {
    let dir = site();
    let root = dir.path();
    let inner = root.join("inner");
    std::fs::create_dir_all(inner.join("content")).unwrap();
    std::fs::create_dir_all(inner.join("seeds")).unwrap();
    let brief = inner.join("content/i.md");
    let text = "---\ntitle: I\nsources: [ap]\n---\nCites [@ap].\n";
    std::fs::write(&brief, text).unwrap();
    let mut lsp = Lsp::start();
    lsp.initialize(root);
    lsp.open(&brief, text);
    // Not a file of the outer site (not under its content/): nothing is said of it.
    lsp.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri(&brief) } }),
    );
    assert!(
        !lsp.notes.iter().any(|m| m["params"]["uri"] == uri(&brief)),
        "{:#?}",
        lsp.notes
    );

    std::fs::write(inner.join("brief.yaml"), "title: Inner\n").unwrap();
    lsp.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri(&inner.join("brief.yaml")), "type": 1 }] }),
    );
    lsp.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri(&brief), "version": 2 },
                "contentChanges": [{ "text": text }] }),
    );
    let diags = lsp.settled_diagnostics(&uri(&brief));
    // `ap` is the outer site's seed; the inner site has none.
    assert!(
        diags.iter().any(|d| d["message"]
            .as_str()
            .unwrap_or("")
            .contains("unknown source `ap`")),
        "{diags:#?}"
    );
    assert!(lsp.shutdown().success());
}

/// A seed that does not parse, open in the editor: its error follows what is typed in it
/// (the seed alone is read again, not the site), a brief's edit is checked meanwhile,
/// and once the seed parses, the brief's quote is checked against it.
#[test]
fn a_seed_that_does_not_parse_is_checked_as_typed() {
    let dir = site();
    let root = dir.path();
    let bad = root.join("seeds/bad.md");
    let bad1 = "---\ntitle: [broken\n---\nThe slow fox.\n";
    std::fs::write(&bad, bad1).unwrap();
    let b = root.join("content/b.md");
    let b1 = "---\ntitle: B\nsources: [bad]\n---\n\nIt was “the quick fox” [@bad].\n";
    std::fs::write(&b, b1).unwrap();
    let (b_uri, bad_uri) = (uri(&b), uri(&bad));
    let mut lsp = Lsp::start();
    lsp.initialize(root);
    lsp.open(&b, b1);
    lsp.open(&bad, bad1);
    let lines = |diags: &[Value]| -> Vec<Value> {
        diags
            .iter()
            .map(|d| d["range"]["start"]["line"].clone())
            .collect()
    };
    assert_eq!(lines(&lsp.settled_diagnostics(&bad_uri)), [json!(1)]);
    let replace = |lsp: &mut Lsp, uri: &str, version: i64, text: &str| {
        lsp.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version },
                    "contentChanges": [{ "text": text }] }),
        );
    };

    let bad2 = "---\noutlet: O\ntitle: [broken\n---\nThe slow fox.\n";
    replace(&mut lsp, &bad_uri, 2, bad2);
    assert_eq!(lines(&lsp.settled_diagnostics(&bad_uri)), [json!(2)]);
    let b2 = format!("{b1}\nNot [@nosuch].\n");
    replace(&mut lsp, &b_uri, 2, &b2);
    let diags = lsp.settled_diagnostics(&b_uri);
    assert!(
        diags
            .iter()
            .any(|d| d["range"]["start"] == pos(&b2, "@nosuch", 0, 0)),
        "{diags:#?}"
    );

    let bad3 = "---\noutlet: O\ntitle: Bad\n---\nThe slow fox.\n";
    replace(&mut lsp, &bad_uri, 3, bad3);
    assert_eq!(lsp.settled_diagnostics(&bad_uri), Vec::<Value>::new());
    let diags = lsp.settled_diagnostics(&b_uri);
    assert!(
        diags.iter().any(|d| d["code"] == "quote-not-found"
            && d["range"]["start"] == pos(&b2, "the quick fox", 0, 0)),
        "{diags:#?}"
    );
    assert!(lsp.shutdown().success());
}

/// The diagnostics a session that has just loaded the site publishes for `path`, with
/// `buffers` open: a full load's, to compare an incremental session's with.
fn loaded_diagnostics(
    root: &Path,
    buffers: &[(std::path::PathBuf, String)],
    path: &Path,
) -> Vec<Value> {
    let mut lsp = Lsp::start();
    lsp.initialize(root);
    for (p, text) in buffers {
        lsp.open(p, text);
    }
    let diags = lsp.settled_diagnostics(&uri(path));
    assert!(lsp.shutdown().success());
    diags
}

/// Seed files the site leaves out for their names whatever they hold — an id that cannot
/// be cited, one that would take a page of the sources index, the id of a seed before it
/// (`ap.txt` beside `ap.md`) — and a seed whose id differs only in case from another's
/// (`kyiv.md` beside `Kyiv.md`), open and typed in: each one's diagnostics follow its
/// text exactly as a session that loads the site afresh gives them, and no change
/// reloads the site. A reload would read the disk again: `ap.md` is changed behind the
/// server's back (not reported), so the brief quoting it shows whether the site was
/// reloaded; once the change is reported, it does.
#[test]
fn a_seed_refused_for_its_name_is_checked_as_typed_without_reloading_the_site() {
    let dir = site();
    let root = dir.path();
    std::fs::create_dir_all(root.join("seeds/page")).unwrap();
    std::fs::write(root.join("seeds/Kyiv.md"), KYIV).unwrap();
    let refused = [
        root.join("seeds/draft-.md"),
        root.join("seeds/page/2.md"),
        root.join("seeds/ap.txt"),
    ];
    let texts = [
        "---\ntitle: Named\noutlet: O\n---\nText.\n".to_owned(),
        "---\noutlet: O\ntitle: [broken\n---\nText.\n".to_owned(),
        "Text alone.\n".to_owned(),
        "---\ntitle: Named again\noutlet: O\n---\nText.\n".to_owned(),
    ];
    for path in &refused {
        std::fs::write(path, &texts[0]).unwrap();
    }
    let kyiv = root.join("seeds/kyiv.md");
    let kyiv_texts = [
        KYIV.to_owned(),
        KYIV.replace("title: Kyiv view", "title: The view from Kyiv"),
        KYIV.replace("2025-02", "2025-03"),
    ];
    let overview = root.join("content/overview.md");
    let mut lsp = Lsp::start();
    lsp.initialize(root);
    lsp.open(&overview, OVERVIEW);
    let quoted = lsp.settled_diagnostics(&uri(&overview));
    let ap = root.join("seeds/ap.md");
    std::fs::write(
        &ap,
        AP.replace("a minerals deal", "an agreement on minerals"),
    )
    .unwrap();

    let mut buffers: Vec<(std::path::PathBuf, String)> = vec![(overview.clone(), OVERVIEW.into())];
    let mut versions: std::collections::HashMap<std::path::PathBuf, i64> = Default::default();
    let mut messages: Vec<String> = Vec::new();
    let steps = refused
        .iter()
        .flat_map(|p| texts.iter().map(move |t| (p, t)))
        .chain(kyiv_texts.iter().map(|t| (&kyiv, t)));
    for (path, text) in steps {
        let version = versions.entry(path.clone()).or_insert(0);
        *version += 1;
        match buffers.iter().position(|(p, _)| p == path) {
            None => {
                lsp.open(path, text);
                buffers.push((path.clone(), text.clone()));
            }
            Some(i) => {
                lsp.notify(
                    "textDocument/didChange",
                    json!({ "textDocument": { "uri": uri(path), "version": *version },
                            "contentChanges": [{ "text": text }] }),
                );
                buffers[i].1 = text.clone();
            }
        }
        let diags = lsp.settled_diagnostics(&uri(path));
        assert_eq!(
            diags,
            loaded_diagnostics(root, &buffers, path),
            "{path:?} as {text:?}"
        );
        messages.push(
            diags
                .iter()
                .map(|d| d["message"].as_str().unwrap_or(""))
                .collect::<Vec<_>>()
                .join("\n"),
        );
        assert_eq!(
            lsp.settled_diagnostics(&uri(&overview)),
            quoted,
            "the site was loaded again after a change to {path:?}"
        );
    }
    let said = |what: &str| messages.iter().filter(|m| m.contains(what)).count();
    assert_eq!(said("cannot be cited"), 4, "{messages:#?}");
    assert_eq!(said("sources/page/2/"), 4, "{messages:#?}");
    assert_eq!(said("two seeds have the id `ap`"), 3, "{messages:#?}");
    assert_eq!(said("differ only in case"), 3, "{messages:#?}");

    lsp.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri(&ap), "type": 2 }] }),
    );
    let now = lsp.settled_diagnostics(&uri(&overview));
    assert!(
        now.len() > quoted.len()
            && now
                .iter()
                .any(|d| d["range"]["start"] == pos(OVERVIEW, "a minerals deal", 0, 0)),
        "{now:#?}"
    );
    assert!(lsp.shutdown().success());
}

/// A theme that is not there is placed at `theme:` in `brief.yaml` as the editor holds it
/// (unsaved), not as the file on disk has it.
#[test]
fn a_missing_theme_is_placed_in_the_config_as_typed() {
    let dir = site();
    let root = dir.path();
    let config = root.join("brief.yaml");
    std::fs::write(&config, "theme: nope\ntitle: T\n").unwrap();
    let typed = "# the site\ntitle: T\ndescription: A theme park\ntheme:   nope\n";
    let mut lsp = Lsp::start();
    lsp.initialize(root);
    lsp.open(&config, typed);
    let diags = lsp.settled_diagnostics(&uri(&config));
    let theme = diags
        .iter()
        .find(|d| {
            d["message"]
                .as_str()
                .is_some_and(|m| m.contains("theme `nope`"))
        })
        .unwrap_or_else(|| panic!("no theme error: {diags:#?}"));
    assert_eq!(
        theme["range"]["start"],
        pos(typed, "nope", 0, 0),
        "{diags:#?}"
    );
    assert!(lsp.shutdown().success());
}

//! `brief lsp`: the language server, over stdio.
//!
//! Two halves, as rust-analyzer keeps them: the *protocol* — this module's main loop,
//! [`transport`] (framing) and [`handlers`] (requests → LSP types) — and the *analysis*,
//! which is not new: each site is a [`Preview`] kept without rendering
//! ([`Preview::analysis`]), the same incremental model `brief serve` rebuilds. Open
//! buffers go into the preview's [`crate::overlay::Overlay`], so the loader reads the
//! editor's unsaved text; a change re-reads and re-resolves only what it affects
//! ([`Preview::refresh`]), and [`analysis`] answers questions about the result.
//!
//! The loop reads every message already waiting before it refreshes, so a burst of
//! keystrokes costs one refresh; requests are answered on the model brought up to date
//! first. Diagnostics are published for every open document of a site after each
//! refresh of it (a seed edit re-diagnoses the open briefs that cite it).
//!
//! A site is the nearest folder holding `brief.yaml` above an opened file (or a workspace
//! folder holding one); a workspace may hold several. Files outside any site are ignored.
//! The server never writes a file: renames and fixes are edits the editor applies.

mod analysis;
mod handlers;
mod text;
mod transport;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{RecvTimeoutError, Sender};
use std::time::Duration;

use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::{
    ClientCapabilities, InitializeParams, PublishDiagnosticsParams, ResourceOperationKind, Url,
};

use crate::build::BuildOptions;
use crate::config::CONFIG_FILE;
use crate::overlay::Overlay;
use crate::preview::Preview;
use crate::site::{CONTENT_DIR, SEEDS_DIR};

use text::Document;
use transport::{Outgoing, Transport};

/// How often to look whether the editor that started us is still there.
const PARENT_POLL: Duration = Duration::from_secs(2);

/// How many briefs left stale by a seed edit are re-resolved at a time while the editor
/// is quiet: a message that arrives meanwhile waits for one such step at most (a few
/// milliseconds).
const SETTLE_STEP: usize = 8;

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// `shutdown` then `exit`, as the protocol asks.
    Clean,
    /// `exit` without `shutdown` (the protocol asks for exit code 1).
    ExitWithoutShutdown,
    /// The editor went away: end of input, or its process is gone.
    ParentGone,
}

/// Runs the server on stdin and stdout until the editor says `exit` or goes away.
pub fn run() -> std::io::Result<Ending> {
    let transport = Transport::stdio()?;
    let mut server = Server::new(transport.sender.clone());
    let ending = server.run(&transport);
    drop(server);
    transport.close();
    Ok(ending)
}

/// One site of the workspace.
pub(crate) struct SiteState {
    /// Absolute, as the editor's paths are.
    pub root: PathBuf,
    pub preview: Preview,
    /// Paths changed since the last refresh.
    changed: BTreeSet<PathBuf>,
}

impl SiteState {
    /// The path as the pipeline shows it (`content/x.md`).
    pub fn shown(&self, path: &Path) -> Option<PathBuf> {
        path.strip_prefix(&self.root).ok().map(Path::to_path_buf)
    }

    /// The file's URI as the server spells it. An answer naming a file the editor may
    /// hold open takes [`Server::uri_of`] instead.
    pub fn file_uri(&self, shown: &Path) -> Option<Url> {
        Url::from_file_path(self.root.join(shown)).ok()
    }
}

/// What kind of input a file of a site is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileKind {
    Config,
    Brief,
    Seed,
    Other,
}

/// What kind of input `shown` is, by the loader's rules: a brief is Markdown by any of
/// its usual extensions, in any case ([`crate::site::is_brief_file`]).
pub(crate) fn file_kind(shown: &Path) -> FileKind {
    let ext = shown.extension().and_then(|e| e.to_str()).unwrap_or("");
    let first = shown.components().next().map(|c| c.as_os_str());
    if shown == Path::new(CONFIG_FILE) {
        FileKind::Config
    } else if first == Some(CONTENT_DIR.as_ref()) && crate::site::is_brief_file(shown) {
        FileKind::Brief
    } else if first == Some(SEEDS_DIR.as_ref()) && (ext == "md" || ext == "txt") {
        FileKind::Seed
    } else {
        FileKind::Other
    }
}

/// The state of the session.
pub(crate) struct Server {
    out: Sender<Outgoing>,
    pub sites: Vec<SiteState>,
    /// Open documents by file path (non-file URIs are not kept).
    pub docs: HashMap<PathBuf, Document>,
    /// Workspace folders, to find sites in once initialised.
    folders: Vec<PathBuf>,
    /// The site root of each folder a document was opened or changed in, as last found
    /// ([`Server::site_for`]; `None`: in no site), so a keystroke looks for `brief.yaml`
    /// up the folders once, not every time. Forgotten when the editor reports a file
    /// created or deleted (a `brief.yaml`, or a folder holding one).
    roots: HashMap<PathBuf, Option<PathBuf>>,
    /// The editor can apply a rename of a file within a workspace edit.
    pub can_rename_files: bool,
    /// The editor watches files for the server when asked to (`client/registerCapability`
    /// for `workspace/didChangeWatchedFiles`); VS Code's extension watches them itself.
    can_watch_files: bool,
    /// The editor's process, when it told us.
    parent: Option<u32>,
    /// `initialize` was answered: until then only it (and `exit`) is handled.
    initialized: bool,
    shut_down: bool,
}

impl Server {
    fn new(out: Sender<Outgoing>) -> Server {
        Server {
            out,
            sites: Vec::new(),
            docs: HashMap::new(),
            folders: Vec::new(),
            roots: HashMap::new(),
            can_rename_files: false,
            can_watch_files: false,
            parent: None,
            initialized: false,
            shut_down: false,
        }
    }

    /// The URI naming a file of `site` (as shown) in an answer: the one the editor
    /// opened it by, when it is open — an editor may spell a path otherwise than the
    /// server would (`%28` for `(`), and knows its buffers by its own spelling — else the
    /// file's ([`SiteState::file_uri`]).
    pub fn uri_of(&self, site: &SiteState, shown: &Path) -> Option<Url> {
        match self.docs.get(&site.root.join(shown)) {
            Some(doc) => Some(doc.uri.clone()),
            None => site.file_uri(shown),
        }
    }

    fn send(&self, msg: impl Into<Message>) {
        // A closed channel means the writer is gone with the editor; the reader will end
        // too, and the loop with it.
        let _ = self.out.send(Outgoing::Message(msg.into()));
    }

    fn run(&mut self, transport: &Transport) -> Ending {
        loop {
            // Briefs a seed edit left stale (none of them open) are brought up to date
            // between messages, a step at a time, so that no answer waits for them all.
            if self.sites.iter().any(|s| s.preview.stale() > 0) {
                match transport.receiver.try_recv() {
                    Ok(msg) => {
                        if let Some(ending) = self.dispatch(vec![msg], transport) {
                            return ending;
                        }
                    }
                    Err(std::sync::mpsc::TryRecvError::Empty) => {
                        if let Some(site) = self.sites.iter_mut().find(|s| s.preview.stale() > 0) {
                            site.preview.settle(Some(SETTLE_STEP));
                        }
                    }
                    Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                        return Ending::ParentGone;
                    }
                }
                continue;
            }
            let first = match transport.receiver.recv_timeout(PARENT_POLL) {
                Ok(msg) => msg,
                Err(RecvTimeoutError::Timeout) => {
                    if !self.parent_alive() {
                        return Ending::ParentGone;
                    }
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => return Ending::ParentGone,
            };
            if let Some(ending) = self.dispatch(vec![first], transport) {
                return ending;
            }
        }
    }

    /// Handles `batch` and every message already waiting after it, then refreshes and
    /// publishes once. Returns how the session ended, if it did.
    fn dispatch(&mut self, mut batch: Vec<Message>, transport: &Transport) -> Option<Ending> {
        batch.extend(transport.receiver.try_iter());
        for msg in batch {
            match msg {
                Message::Request(req) => {
                    self.flush();
                    self.request(req);
                }
                Message::Notification(n) if n.method == "exit" => {
                    return Some(if self.shut_down {
                        Ending::Clean
                    } else {
                        Ending::ExitWithoutShutdown
                    });
                }
                // Before `initialize`, a notification is dropped (LSP 3.17).
                Message::Notification(n) if self.initialized => self.notification(n),
                Message::Notification(_) => {}
                // Answers to our own requests (registering file watchers). A refusal goes
                // to stderr, which editors keep as the server's log: files changed on disk
                // are then read only when next opened or when the site reloads.
                Message::Response(r) => {
                    if let Err(error) = r.response_result {
                        // An editor that closed the log must not stop the server.
                        use std::io::Write as _;
                        let _ = writeln!(
                            std::io::stderr(),
                            "brief lsp: the editor refused a request: {}",
                            error.message
                        );
                    }
                }
            }
        }
        self.flush();
        None
    }

    fn parent_alive(&self) -> bool {
        match self.parent {
            // Linux names every live process in /proc; elsewhere, end of input is the sign.
            Some(pid) if cfg!(target_os = "linux") => Path::new(&format!("/proc/{pid}")).exists(),
            _ => true,
        }
    }

    fn request(&mut self, req: Request) {
        let id = req.id.clone();
        if req.method == "initialize" {
            let result = self.initialize(req.params);
            self.initialized |= result.is_ok();
            self.reply(id, result);
            return;
        }
        if !self.initialized {
            self.reply(
                id,
                Err((
                    ErrorCode::ServerNotInitialized,
                    "the server is not initialised yet: send `initialize` first".into(),
                )),
            );
            return;
        }
        if self.shut_down {
            self.reply(
                id,
                Err((
                    ErrorCode::InvalidRequest,
                    "the server is shutting down".into(),
                )),
            );
            return;
        }
        let result = match req.method.as_str() {
            "shutdown" => {
                self.shut_down = true;
                Ok(serde_json::Value::Null)
            }
            "textDocument/completion" => self.handle(req.params, Server::completion),
            "textDocument/hover" => self.handle(req.params, Server::hover),
            "textDocument/definition" => self.handle(req.params, Server::definition),
            "textDocument/references" => self.handle(req.params, Server::references),
            "textDocument/prepareRename" => self.handle(req.params, Server::prepare_rename),
            "textDocument/rename" => self.handle(req.params, Server::rename),
            "textDocument/codeAction" => self.handle(req.params, Server::code_action),
            "textDocument/documentSymbol" => self.handle(req.params, Server::document_symbol),
            method => Err((
                ErrorCode::MethodNotFound,
                format!("brief lsp does not handle `{method}`"),
            )),
        };
        self.reply(id, result);
    }

    /// Decodes a request's parameters and runs its handler.
    fn handle<P, R>(
        &mut self,
        params: serde_json::Value,
        handler: fn(&mut Server, P) -> Result<R, String>,
    ) -> Result<serde_json::Value, (ErrorCode, String)>
    where
        P: serde::de::DeserializeOwned,
        R: serde::Serialize,
    {
        let params: P = serde_json::from_value(params).map_err(|err| {
            (
                ErrorCode::InvalidParams,
                format!("invalid parameters: {err}"),
            )
        })?;
        let result = handler(self, params).map_err(|m| (ErrorCode::RequestFailed, m))?;
        serde_json::to_value(result).map_err(|err| (ErrorCode::InternalError, err.to_string()))
    }

    fn reply(&self, id: RequestId, result: Result<serde_json::Value, (ErrorCode, String)>) {
        let response = match result {
            Ok(value) => Response::new_ok(id, value),
            Err((code, message)) => Response::new_err(id, code as i32, message),
        };
        self.send(response);
    }

    fn initialize(
        &mut self,
        params: serde_json::Value,
    ) -> Result<serde_json::Value, (ErrorCode, String)> {
        let params: InitializeParams = serde_json::from_value(params).map_err(|err| {
            (
                ErrorCode::InvalidParams,
                format!("invalid parameters: {err}"),
            )
        })?;
        self.parent = params.process_id;
        self.can_rename_files = can_rename_files(&params.capabilities);
        self.can_watch_files = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|w| w.dynamic_registration)
            .unwrap_or(false);
        let mut folders: Vec<PathBuf> = params
            .workspace_folders
            .iter()
            .flatten()
            .filter_map(|f| f.uri.to_file_path().ok())
            .collect();
        #[allow(deprecated)] // older editors send only `rootUri`
        if folders.is_empty()
            && let Some(root) = params.root_uri.as_ref().and_then(|u| u.to_file_path().ok())
        {
            folders.push(root);
        }
        self.folders = folders;
        Ok(handlers::initialize_result())
    }

    fn notification(&mut self, n: Notification) {
        use lsp_types::notification::{
            DidChangeTextDocument, DidChangeWatchedFiles, DidCloseTextDocument,
            DidOpenTextDocument, Initialized, Notification as _,
        };
        match n.method.as_str() {
            Initialized::METHOD => {
                if self.can_watch_files {
                    self.register_watchers();
                }
                for folder in std::mem::take(&mut self.folders) {
                    if folder.join(CONFIG_FILE).is_file() {
                        self.site_at(&folder);
                    }
                }
            }
            DidOpenTextDocument::METHOD => {
                if let Some(p) = params::<lsp_types::DidOpenTextDocumentParams>(n) {
                    let doc = p.text_document;
                    if let Ok(path) = doc.uri.to_file_path() {
                        self.docs.insert(
                            path.clone(),
                            Document {
                                uri: doc.uri,
                                text: doc.text,
                                version: doc.version,
                            },
                        );
                        self.buffer_changed(&path);
                    }
                }
            }
            DidChangeTextDocument::METHOD => {
                if let Some(p) = params::<lsp_types::DidChangeTextDocumentParams>(n)
                    && let Ok(path) = p.text_document.uri.to_file_path()
                    && let Some(doc) = self.docs.get_mut(&path)
                {
                    doc.apply(p.content_changes, p.text_document.version);
                    self.buffer_changed(&path);
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Some(p) = params::<lsp_types::DidCloseTextDocumentParams>(n) {
                    let uri = p.text_document.uri;
                    if let Ok(path) = uri.to_file_path() {
                        let doc = self.docs.remove(&path);
                        self.buffer_changed(&path);
                        // A closed file's problems are no longer shown (under the URI they
                        // were published for).
                        let uri = doc.map_or(uri, |d| d.uri);
                        self.publish_to(&uri, Vec::new(), None);
                    }
                }
            }
            DidChangeWatchedFiles::METHOD => {
                if let Some(p) = params::<lsp_types::DidChangeWatchedFilesParams>(n) {
                    if p.changes
                        .iter()
                        .any(|c| c.typ != lsp_types::FileChangeType::CHANGED)
                    {
                        self.roots.clear();
                    }
                    for change in p.changes {
                        let Ok(path) = change.uri.to_file_path() else {
                            continue;
                        };
                        // An open file's text is the editor's, whatever the disk says; but
                        // a file that comes to be (a new brief saved) or goes is now one the
                        // site has, or has not, so its buffer is checked again.
                        if self.docs.contains_key(&path) {
                            if change.typ != lsp_types::FileChangeType::CHANGED {
                                self.buffer_changed(&path);
                            }
                            continue;
                        }
                        if let Some(s) = self.site_of(&path) {
                            self.sites[s].changed.insert(path);
                        }
                    }
                }
            }
            // didSave (the disk now says what the buffer says), $/cancelRequest (every
            // request is answered at once), and anything else.
            _ => {}
        }
    }

    /// Asks the editor to tell of changes on disk to the files a site is read from (a seed
    /// renamed by a rename it applied, a file a `git checkout` changed), as Neovim and
    /// Helix do only when asked. Its answer needs nothing done.
    fn register_watchers(&self) {
        let globs = std::iter::once(format!("**/{CONFIG_FILE}")).chain(
            crate::serve::watch::INPUT_DIRS
                .iter()
                .map(|dir| format!("**/{dir}/**")),
        );
        let watchers: Vec<lsp_types::FileSystemWatcher> = globs
            .map(|glob| lsp_types::FileSystemWatcher {
                glob_pattern: lsp_types::GlobPattern::String(glob),
                kind: None,
            })
            .collect();
        let params = lsp_types::RegistrationParams {
            registrations: vec![lsp_types::Registration {
                id: "brief-watched-files".to_owned(),
                method: "workspace/didChangeWatchedFiles".to_owned(),
                // A list of strings always serialises: `.ok()` drops no error.
                register_options: serde_json::to_value(
                    lsp_types::DidChangeWatchedFilesRegistrationOptions { watchers },
                )
                .ok(),
            }],
        };
        self.send(Request::new(
            RequestId::from("brief-register-watchers".to_owned()),
            "client/registerCapability".to_owned(),
            params,
        ));
    }

    /// The buffer of `path` was opened, changed or closed: its text (or the disk's, once
    /// closed) stands in for the file.
    fn buffer_changed(&mut self, path: &Path) {
        let Some(s) = self.site_for(path) else {
            return;
        };
        let site = &mut self.sites[s];
        let Some(shown) = site.shown(path) else {
            return;
        };
        if file_kind(&shown) == FileKind::Other {
            return;
        }
        match self.docs.get(path) {
            Some(doc) => site.preview.overlay_mut().set(path, &doc.text),
            None => {
                site.preview.overlay_mut().remove(path);
            }
        }
        site.changed.insert(path.to_owned());
    }

    /// The site a path belongs to — the nearest folder above it holding `brief.yaml` —
    /// loading it if it is new: a site nested in a loaded one is its own. The answer for
    /// the path's folder is kept (see `roots`).
    fn site_for(&mut self, path: &Path) -> Option<usize> {
        let dir = path.parent()?;
        let root = match self.roots.get(dir) {
            Some(root) => root.clone(),
            None => {
                let root = self.find_root(dir);
                self.roots.insert(dir.to_owned(), root.clone());
                root
            }
        };
        root.map(|root| self.site_at(&root))
    }

    /// The nearest folder from `dir` up that is a loaded site's root or holds
    /// `brief.yaml`: a loaded root is known to, without asking the disk.
    fn find_root(&self, dir: &Path) -> Option<PathBuf> {
        dir.ancestors()
            .find(|d| self.sites.iter().any(|s| s.root == *d) || d.join(CONFIG_FILE).is_file())
            .map(Path::to_path_buf)
    }

    /// The loaded site a path lies in (the innermost, when sites nest).
    fn site_of(&self, path: &Path) -> Option<usize> {
        self.sites
            .iter()
            .enumerate()
            .filter(|(_, s)| path.starts_with(&s.root))
            .max_by_key(|(_, s)| s.root.components().count())
            .map(|(i, _)| i)
    }

    /// Loads the site at `root` (once), with the open buffers under it.
    fn site_at(&mut self, root: &Path) -> usize {
        if let Some(s) = self.sites.iter().position(|s| s.root == root) {
            return s;
        }
        let mut overlay = Overlay::new();
        for (path, doc) in &self.docs {
            if let Ok(shown) = path.strip_prefix(root)
                && file_kind(shown) != FileKind::Other
            {
                overlay.set(path, &doc.text);
            }
        }
        let options = BuildOptions {
            root: root.to_owned(),
            out: None,
            drafts: true,
            // What `brief check` reports: an unverified quote is an error.
            strict: true,
            base_url: None,
        };
        self.sites.push(SiteState {
            root: root.to_owned(),
            preview: Preview::analysis(options, overlay),
            changed: BTreeSet::new(),
        });
        let s = self.sites.len() - 1;
        self.publish(s);
        s
    }

    /// Refreshes every site with changes and publishes its open documents' diagnostics.
    fn flush(&mut self) {
        for s in 0..self.sites.len() {
            if self.sites[s].changed.is_empty() {
                continue;
            }
            let changed: Vec<PathBuf> = std::mem::take(&mut self.sites[s].changed)
                .into_iter()
                .collect();
            self.sites[s].preview.refresh(&changed);
            self.publish(s);
        }
    }

    /// Publishes the diagnostics of every open document of site `s`.
    fn publish(&self, s: usize) {
        let site = &self.sites[s];
        for (path, doc) in &self.docs {
            if self.site_of(path) != Some(s) {
                continue;
            }
            let Some(shown) = site.shown(path) else {
                continue;
            };
            let diagnostics = handlers::diagnostics(self, site, &shown, doc);
            self.publish_to(&doc.uri, diagnostics, Some(doc.version));
        }
    }

    fn publish_to(&self, uri: &Url, diagnostics: Vec<lsp_types::Diagnostic>, version: Option<i32>) {
        use lsp_types::notification::{Notification as _, PublishDiagnostics};
        self.send(Notification::new(
            PublishDiagnostics::METHOD.to_owned(),
            PublishDiagnosticsParams {
                uri: uri.clone(),
                diagnostics,
                version,
            },
        ));
    }
}

/// A notification's parameters, or `None` (and the notification ignored) when they do
/// not decode: a notification has no answer to carry an error.
fn params<P: serde::de::DeserializeOwned>(n: Notification) -> Option<P> {
    serde_json::from_value(n.params).ok()
}

fn can_rename_files(caps: &ClientCapabilities) -> bool {
    caps.workspace
        .as_ref()
        .and_then(|w| w.workspace_edit.as_ref())
        // Resource operations exist only within `documentChanges`, so an editor that
        // names `rename` takes them (Neovim does not also set `documentChanges`).
        .and_then(|e| e.resource_operations.as_ref())
        .is_some_and(|ops| ops.contains(&ResourceOperationKind::Rename))
}

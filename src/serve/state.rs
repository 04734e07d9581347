//! The state the server's pieces share: what is being served, and who to tell when it
//! changes.
//!
//! The rebuild thread [`Hub::publish`]es; request handlers read [`Hub::live`], a cheap
//! clone of an `Arc`, so a request always sees one consistent snapshot, overlay and
//! version, and never waits for a rebuild. The snapshot holds the pages rendered so far
//! (pages are rendered when first requested): a handler asks for any other file with
//! [`Hub::file`], which the rebuild thread answers between rebuilds, and which adds
//! the page to the snapshot ([`Hub::rendered`]) for the requests after it. Open pages subscribe to [`Hub::subscribe`] (a
//! broadcast of [`Reload`] messages, as JSON) through the event stream in `http`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock, PoisonError, RwLock, mpsc};
use std::time::{SystemTime, UNIX_EPOCH};

use tokio::sync::{broadcast, oneshot, watch};

use crate::diagnostic::Diagnostic;
use crate::preview::Snapshot;
use crate::serve::inject;
use crate::serve::watch::Msg;

/// How many reload messages a slow page may fall behind before it is told to reload
/// whatever happened.
const EVENT_BACKLOG: usize = 64;

/// What the server answers with right now.
#[derive(Debug)]
pub struct Live {
    /// The last good rendering: its files other than pages, and the pages rendered so
    /// far (see [`Hub::file`] for the others).
    pub snapshot: Arc<Snapshot>,
    /// The error overlay (HTML) while the last rebuild has failed, or the warnings
    /// panel while the last good build had warnings.
    pub overlay: Option<Arc<str>>,
    /// Changes whenever anything above does; the reload script compares it.
    pub version: String,
}

/// The shared state of one `brief serve`.
pub struct Hub {
    live: RwLock<Arc<Live>>,
    events: broadcast::Sender<Arc<str>>,
    /// Distinguishes this server from a restarted one, so pages reload after a restart.
    instance: String,
    generation: AtomicU64,
    stop: watch::Sender<bool>,
    /// The rebuild worker's inbox, for pages not rendered yet (none before it starts).
    worker: OnceLock<mpsc::Sender<Msg>>,
}

impl Default for Hub {
    fn default() -> Self {
        Self::new()
    }
}

impl Hub {
    pub fn new() -> Self {
        let instance = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| format!("{:x}{:x}", d.as_secs(), d.subsec_nanos()))
            .unwrap_or_default();
        let (events, _) = broadcast::channel(EVENT_BACKLOG);
        let (stop, _) = watch::channel(false);
        Hub {
            live: RwLock::new(Arc::new(Live {
                snapshot: Arc::new(Snapshot::new()),
                overlay: None,
                version: format!("{instance}-0"),
            })),
            events,
            instance,
            generation: AtomicU64::new(0),
            stop,
            worker: OnceLock::new(),
        }
    }

    /// Sends [`Hub::file`]'s requests to the rebuild worker's inbox.
    pub fn render_with(&self, worker: mpsc::Sender<Msg>) {
        // Only the first worker is asked; `run` starts one.
        let _ = self.worker.set(worker);
    }

    /// The output file `file` of what `live` serves, or when it is not in its snapshot,
    /// of what the worker serves once it gets to the request (after any rebuild under
    /// way): it renders the file if it is a page of the site. The answer carries the
    /// [`Live`] it belongs to, whose overlay and version go with those bytes.
    pub async fn file(&self, live: Arc<Live>, file: &str) -> Found {
        if let Some(bytes) = live.snapshot.get(file) {
            let bytes = Some(Arc::clone(bytes));
            return Found {
                live,
                bytes,
                failed: false,
            };
        }
        let (reply, answer) = oneshot::channel();
        let sent = self.worker.get().map(|worker| {
            worker.send(Msg::Render {
                file: file.to_owned(),
                reply,
            })
        });
        match sent {
            Some(Ok(())) => answer.await.unwrap_or(Found {
                live,
                bytes: None,
                failed: false,
            }),
            _ => Found {
                live,
                bytes: None,
                failed: false,
            },
        }
    }

    /// Serves `snapshot` from now on, a page or more richer than the one served (pages
    /// rendered on request), with the same overlay and version: open pages need no
    /// reload, nothing they show changed.
    pub fn rendered(&self, snapshot: Arc<Snapshot>) {
        let mut live = self.live.write().unwrap_or_else(PoisonError::into_inner);
        *live = Arc::new(Live {
            snapshot,
            overlay: live.overlay.clone(),
            version: live.version.clone(),
        });
    }

    /// What to serve now.
    pub fn live(&self) -> Arc<Live> {
        Arc::clone(&self.live.read().unwrap_or_else(PoisonError::into_inner))
    }

    /// Listens for reload messages (JSON: `{"version", "all", "changed"}`).
    pub fn subscribe(&self) -> broadcast::Receiver<Arc<str>> {
        self.events.subscribe()
    }

    /// Publishes a rebuild: `snapshot` is the new good rendering (`None` keeps the
    /// current one), `errors` the problems of a failed rebuild (empty when it
    /// succeeded), `changed` the output paths whose bytes changed. Tells open pages.
    pub fn publish(
        &self,
        snapshot: Option<Arc<Snapshot>>,
        errors: &[&Diagnostic],
        changed: Vec<String>,
    ) {
        self.publish_with_warnings(snapshot, errors, &[], changed);
    }

    /// [`Hub::publish`], with the warnings of a good build shown in their own panel
    /// (errors, when there are any, take the overlay instead).
    pub fn publish_with_warnings(
        &self,
        snapshot: Option<Arc<Snapshot>>,
        errors: &[&Diagnostic],
        warnings: &[&Diagnostic],
        changed: Vec<String>,
    ) {
        let overlay = if !errors.is_empty() {
            Some(Arc::from(inject::overlay(errors)))
        } else if !warnings.is_empty() {
            Some(Arc::from(inject::warnings_panel(warnings)))
        } else {
            None
        };
        let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        let version = format!("{}-{generation}", self.instance);
        let reload_all = {
            let mut live = self.live.write().unwrap_or_else(PoisonError::into_inner);
            let reload_all = live.overlay != overlay;
            *live = Arc::new(Live {
                snapshot: snapshot.unwrap_or_else(|| Arc::clone(&live.snapshot)),
                overlay,
                version: version.clone(),
            });
            reload_all
        };
        let message = Reload {
            version,
            all: reload_all,
            changed,
        };
        // No receivers (no open page) is not an error.
        let _ = self.events.send(Arc::from(message.to_json()));
    }

    /// Tells the server and every event stream to stop.
    pub fn stop(&self) {
        self.stop.send_replace(true);
    }

    /// Becomes `true` when the server is stopping.
    pub fn stopped(&self) -> watch::Receiver<bool> {
        self.stop.subscribe()
    }
}

/// A file asked of [`Hub::file`], with the state it was served from.
#[derive(Debug)]
pub struct Found {
    pub live: Arc<Live>,
    /// `None`: the site has no such file, or it failed to render.
    pub bytes: Option<Arc<[u8]>>,
    /// The file is a page of the site whose rendering failed (a template's error at
    /// render time): `live`'s overlay says why.
    pub failed: bool,
}

/// One message to open pages: reload if `all`, or if `changed` holds the page or
/// anything that is not a page (a stylesheet, an image).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Reload {
    pub version: String,
    pub all: bool,
    pub changed: Vec<String>,
}

impl Reload {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| {
            format!(
                r#"{{"version":"{}","all":true,"changed":[]}}"#,
                self.version
            )
        })
    }
}

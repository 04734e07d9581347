//! The state the server's pieces share: what is being served, and who to tell when it
//! changes.
//!
//! The rebuild thread [`Hub::publish`]es; request handlers read [`Hub::live`], a cheap
//! clone of an `Arc`, so a request always sees one consistent snapshot, overlay and
//! version, and never waits for a rebuild. Open pages subscribe to [`Hub::subscribe`] (a
//! broadcast of [`Reload`] messages, as JSON) through the event stream in `http`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, PoisonError, RwLock};
use std::time::{SystemTime, UNIX_EPOCH};

use tokio::sync::{broadcast, watch};

use crate::diagnostic::Diagnostic;
use crate::preview::Snapshot;
use crate::serve::inject;

/// How many reload messages a slow page may fall behind before it is told to reload
/// whatever happened.
const EVENT_BACKLOG: usize = 64;

/// What the server answers with right now.
#[derive(Debug)]
pub struct Live {
    /// The last good rendering.
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
        }
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

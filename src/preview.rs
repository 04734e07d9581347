//! The preview a `brief serve` session keeps in memory, and how it is rebuilt.
//!
//! A [`Preview`] holds the last good rendering of the site as a [`Snapshot`] (output path
//! → bytes) plus the diagnostics of the last rebuild. [`Preview::rebuild`] takes the paths
//! that changed on disk and brings the snapshot up to date; when the rebuild fails the
//! previous snapshot stays, and `diagnostics` says why, so the server can show the last
//! good page under an error overlay.
//!
//! The snapshot must always be byte-identical to what `brief build` would write for the
//! same files (tested in `tests/`).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::build::{self, BuildOptions};
use crate::diagnostic::Diagnostics;
use crate::render::MemorySink;

/// One complete rendering of a site: output path (with `/`, e.g. `overview/index.html`)
/// → file bytes.
pub type Snapshot = BTreeMap<String, Arc<[u8]>>;

/// What one rebuild did.
#[derive(Debug, Clone)]
pub struct Rebuild {
    /// Whether the site built; when false the previous snapshot is kept.
    pub ok: bool,
    /// How many pages were rendered.
    pub rendered: usize,
    /// Output paths whose bytes changed, were added or removed.
    pub changed: Vec<String>,
    pub elapsed: Duration,
}

/// The in-memory preview of a site.
pub struct Preview {
    options: BuildOptions,
    snapshot: Arc<Snapshot>,
    diagnostics: Diagnostics,
}

impl Preview {
    /// Builds the site into memory.
    pub fn new(options: BuildOptions) -> (Preview, Rebuild) {
        let mut preview = Preview {
            options,
            snapshot: Arc::new(Snapshot::new()),
            diagnostics: Diagnostics::new(),
        };
        let rebuild = preview.rebuild(&[]);
        (preview, rebuild)
    }

    /// The last good rendering.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        Arc::clone(&self.snapshot)
    }

    /// The diagnostics of the last rebuild (errors mean the snapshot is older than the
    /// files on disk).
    pub fn diagnostics(&self) -> &Diagnostics {
        &self.diagnostics
    }

    pub fn options(&self) -> &BuildOptions {
        &self.options
    }

    /// Brings the snapshot up to date after `changed` (absolute paths under the root)
    /// changed on disk. An empty list means "anything may have changed".
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Rebuild {
        let _ = changed; // a full rebuild for now: correct for any change
        let started = Instant::now();
        let sink = MemorySink::default();
        let (diagnostics, files, _, _) = build::render_site(&self.options, &sink);
        self.diagnostics = diagnostics;
        if self.diagnostics.has_errors() {
            return Rebuild {
                ok: false,
                rendered: 0,
                changed: Vec::new(),
                elapsed: started.elapsed(),
            };
        }
        let new: Snapshot = sink
            .files
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .into_iter()
            .map(|(path, bytes)| (path, Arc::from(bytes)))
            .collect();
        let changed = diff(&self.snapshot, &new);
        self.snapshot = Arc::new(new);
        Rebuild {
            ok: true,
            rendered: files,
            changed,
            elapsed: started.elapsed(),
        }
    }
}

/// Paths added, removed or changed between two snapshots, sorted.
pub fn diff(old: &Snapshot, new: &Snapshot) -> Vec<String> {
    let mut changed: Vec<String> = new
        .iter()
        .filter(|(path, bytes)| old.get(*path) != Some(bytes))
        .map(|(path, _)| path.clone())
        .collect();
    changed.extend(old.keys().filter(|p| !new.contains_key(*p)).cloned());
    changed.sort();
    changed
}

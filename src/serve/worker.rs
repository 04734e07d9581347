//! The rebuild worker: the one thread that owns the [`Preview`].
//!
//! It loads the site once at start, then waits for batches of changes from the
//! watcher, gathers a burst (a `git checkout`, an editor's rename dance) into one
//! rebuild, and publishes the outcome to the [`Hub`]. Pages are rendered when first
//! requested ([`Preview::on_request`]): between rebuilds it answers the HTTP handlers'
//! [`Msg::Render`] requests and adds each page rendered to the hub's snapshot. With
//! `--out` every page is written anyway, so it renders them all up front
//! ([`Preview::new`]). It prints one line per rebuild on
//! stdout — what changed, how many pages were rendered, how long it took — and on failure
//! the diagnostics on stderr, exactly as `brief build` prints them.
//!
//! Nothing a user's file does may stop the server: a rebuild that panics is caught, shown
//! as an error (in the terminal and the overlay), and the preview is rebuilt from scratch
//! on the next change. The preview lives on this thread only, so it need not be `Send`.

use std::any::Any;
use std::collections::BTreeSet;
use std::io::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, PoisonError};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use crate::build::BuildOptions;
use crate::diagnostic::Diagnostic;
use crate::output::{self, CommitError, Staging};
use crate::preview::{self, Preview, Rebuild, Snapshot};
use crate::render::Sink;
use crate::serve::state::{Found, Hub};
use crate::serve::watch::{Msg, SharedWatch};
use crate::serve::{say, shout};

/// After a first batch, how long to wait for more before rebuilding.
const GATHER: Duration = Duration::from_millis(10);

/// The longest a continuous stream of changes can put a rebuild off.
const GATHER_MAX: Duration = Duration::from_millis(250);

/// How many changed files a rebuild line names before "and N more".
const NAMED: usize = 3;

/// The state of the rebuild thread.
pub struct Worker {
    options: BuildOptions,
    out: Option<PathBuf>,
    hub: Arc<Hub>,
    /// The watcher, once `run` has started it (after the first build): created folders
    /// are watched from the worker.
    watch: SharedWatch,
    /// `None` before the first build and after a panic: the next rebuild starts afresh.
    preview: Option<Preview>,
    /// A fingerprint of the warnings last printed, so an unchanged set is not printed on
    /// every rebuild (their text is not kept: tens of megabytes on a large site); `None`
    /// before the first build's are.
    warnings_shown: Option<u64>,
    /// Whether the last write to `--out` failed, and whether that was a refusal (files
    /// brief did not write in the way) rather than a fault of the disk.
    out_failed: Option<OutFailure>,
    /// The failure last printed for each page that failed to render on request since the
    /// last rebuild: asked again (a reload, or a bare path's redirect to its folder) it
    /// fails the same way, and is not printed again.
    render_failures_shown: std::collections::HashMap<String, String>,
}

/// Why the last good build could not be written to `--out`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutFailure {
    /// The output folder holds files brief did not write (a usage error).
    Refused,
    /// A write, sync or rename failed (a full or read-only disk).
    Failed,
}

impl Worker {
    pub fn new(
        options: BuildOptions,
        out: Option<PathBuf>,
        hub: Arc<Hub>,
        watch: SharedWatch,
    ) -> Self {
        Worker {
            options,
            out,
            hub,
            watch,
            preview: None,
            warnings_shown: None,
            out_failed: None,
            render_failures_shown: std::collections::HashMap::new(),
        }
    }
}

/// Starts the worker: builds the site (returning once that is done, so the server never
/// answers before there is something to serve), then rebuilds on every message until
/// [`Msg::Stop`]. Also returns whether that first build could not be written to `--out`
/// (the errors are printed already): the caller stops rather than serve a preview the
/// user asked to have on disk.
pub fn spawn(
    mut worker: Worker,
    rx: Receiver<Msg>,
) -> std::io::Result<(JoinHandle<()>, Option<OutFailure>)> {
    let (ready_tx, ready_rx) = std::sync::mpsc::sync_channel(1);
    let handle = thread::Builder::new()
        .name("brief-rebuild".into())
        .spawn(move || {
            worker.rebuild(None);
            // The receiver waits below; it is gone only if this function's caller is.
            let _ = ready_tx.send(worker.out_failed);
            worker.run(&rx);
        })?;
    // A worker that died before reporting (it catches panics, so only a bug) is no
    // failure of --out: the server then answers from an empty hub, as it would anyway.
    let first = ready_rx.recv().ok().flatten();
    Ok((handle, first))
}

/// What a batch of messages asks for.
#[derive(Default)]
struct Batch {
    paths: BTreeSet<PathBuf>,
    created_dirs: Vec<PathBuf>,
    rescan: bool,
    stop: bool,
}

impl Batch {
    fn add(&mut self, msg: Msg) {
        match msg {
            Msg::Changed {
                paths,
                created_dirs,
            } => {
                self.paths.extend(paths);
                self.created_dirs.extend(created_dirs);
            }
            Msg::Rescan => self.rescan = true,
            Msg::Stop => self.stop = true,
            // `Worker::gather` answers these as they come; dropped unanswered, the
            // handler serves what it has.
            Msg::Render { .. } => {}
        }
    }
}

impl Worker {
    fn run(&mut self, rx: &Receiver<Msg>) {
        while let Some(batch) = self.gather(rx) {
            if batch.stop {
                return;
            }
            // A poisoned lock is a watcher whose holder panicked mid-rewatch: rewatching
            // again is what to do.
            if let Some(watch) = self
                .watch
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .as_mut()
            {
                watch.rewatch(&batch.created_dirs);
            }
            let paths: Vec<PathBuf> = batch.paths.into_iter().collect();
            // An empty list asks the preview for a full rebuild.
            let changed = if batch.rescan { Vec::new() } else { paths };
            self.rebuild(Some(&changed));
        }
    }

    /// Rebuilds after `changed` (`None`: the first build; empty: anything may have
    /// changed), publishes, prints.
    fn rebuild(&mut self, changed: Option<&[PathBuf]>) {
        let label = self.describe(changed);
        let started = Instant::now();
        let fresh = self.preview.is_none();
        self.render_failures_shown.clear();
        let attempt = attempt(self.preview.take(), &self.options, changed.unwrap_or(&[]));
        match attempt {
            Ok((preview, rebuild)) => {
                self.publish(&preview, &rebuild, fresh, &label);
                self.preview = Some(preview);
            }
            Err(message) => self.panicked(changed, &label, &message, started.elapsed()),
        }
    }

    fn publish(&mut self, preview: &Preview, rebuild: &Rebuild, fresh: bool, label: &str) {
        let sorted = preview.diagnostics().sorted();
        if rebuild.ok {
            let snapshot = preview.snapshot();
            let changed = if fresh {
                preview::diff(&self.hub.live().snapshot, &snapshot)
            } else {
                rebuild.changed.clone()
            };
            let count = changed.len();
            let warnings: Vec<&Diagnostic> =
                sorted.iter().copied().filter(|d| !d.is_error()).collect();
            self.hub
                .publish_with_warnings(Some(Arc::clone(&snapshot)), &[], &warnings, changed);
            say(&format!(
                "{label}: rendered {} page{} in {} ({count} file{} changed)",
                rebuild.rendered,
                plural(rebuild.rendered),
                millis(rebuild.elapsed),
                plural(count),
            ));
            // A write that failed is tried again at the next good rebuild, whatever it
            // changed: `--out` is behind until one succeeds.
            if count > 0 || fresh || self.out_failed.is_some() {
                self.write_out(&snapshot);
            }
        } else {
            let errors: Vec<&Diagnostic> =
                sorted.iter().copied().filter(|d| d.is_error()).collect();
            self.hub.publish(None, &errors, Vec::new());
            say(&format!(
                "{label}: failed with {} error{} in {}; {}",
                errors.len(),
                plural(errors.len()),
                millis(rebuild.elapsed),
                self.serving_after_failure(),
            ));
            for d in &errors {
                shout(&d.to_string());
            }
        }
        self.show_warnings(&sorted);
    }

    fn panicked(
        &mut self,
        changed: Option<&[PathBuf]>,
        label: &str,
        message: &str,
        elapsed: Duration,
    ) {
        let path = changed
            .and_then(|c| c.first())
            .map(|p| self.relative(p))
            .unwrap_or_else(|| crate::config::CONFIG_FILE.into());
        let error = Diagnostic::error(path, format!("internal error while rebuilding: {message}"))
            .with_help("this is a bug in brief; the next change rebuilds from scratch");
        self.hub.publish(None, &[&error], Vec::new());
        say(&format!(
            "{label}: failed with an internal error in {}; {}",
            millis(elapsed),
            self.serving_after_failure(),
        ));
        shout(&error.to_string());
    }

    /// What a failed rebuild leaves served: the last good pages, or, before a first good
    /// build, none (each is the 404 page under the errors until the site builds).
    fn serving_after_failure(&self) -> &'static str {
        if self.hub.live().snapshot.is_empty() {
            "no page can be shown until they are fixed"
        } else {
            "still serving the last good pages"
        }
    }

    /// Prints the warnings when they differ from those last printed, one after another
    /// (their text is never gathered whole).
    fn show_warnings(&mut self, sorted: &[&Diagnostic]) {
        let warnings: Vec<&Diagnostic> = sorted.iter().copied().filter(|d| !d.is_error()).collect();
        // A terminal that cannot take the warnings has nowhere else to be told of it; the
        // overlay and the event stream still carry them, so write errors go.
        let mut err = std::io::BufWriter::new(std::io::stderr().lock());
        match self.warnings_shown {
            None => {
                // The first build: its warnings are all new, so each is printed and
                // fingerprinted at once, rather than written out twice (87,638 of them on
                // a large site).
                self.warnings_shown = Some(print_lines(&warnings, Some(&mut err)));
            }
            Some(last) => {
                let shown = print_lines(&warnings, None);
                if shown != last {
                    for d in &warnings {
                        let _ = d.write_human_line(&mut err, false);
                    }
                    self.warnings_shown = Some(shown);
                }
            }
        }
        let _ = err.flush();
    }

    /// Writes the snapshot to `--out`, atomically, as `brief build` would have; prints
    /// what went wrong (the path and the cause), and that the folder is left as it was.
    fn write_out(&mut self, snapshot: &Snapshot) {
        let Some(out) = &self.out else {
            return;
        };
        match write_snapshot(out, snapshot) {
            Ok(notes) => {
                for d in notes {
                    shout(&d.to_string());
                }
                self.out_failed = None;
            }
            Err((failure, errors)) => {
                for d in errors {
                    shout(&d.to_string());
                }
                say(&format!(
                    "could not write the preview to {}; it is left as it was",
                    out.display()
                ));
                self.out_failed = Some(failure);
            }
        }
    }

    /// `built`, or what changed: `content/a.md`, `content/a.md, seeds/x.md and 3 more`.
    fn describe(&self, changed: Option<&[PathBuf]>) -> String {
        let Some(changed) = changed else {
            return "built".into();
        };
        if changed.is_empty() {
            return "changed (files may have been missed; rebuilt everything)".into();
        }
        let names: Vec<String> = changed
            .iter()
            .take(NAMED)
            .map(|p| self.relative(p).display().to_string().replace('\\', "/"))
            .collect();
        let mut label = format!("changed {}", names.join(", "));
        if changed.len() > NAMED {
            label.push_str(&format!(" and {} more", changed.len() - NAMED));
        }
        label
    }

    fn relative(&self, path: &Path) -> PathBuf {
        crate::diagnostic::display_path(&self.options.root, path)
    }
}

impl Worker {
    /// Waits for a change, then gathers what follows closely into one batch, answering
    /// requests for pages meanwhile. `None` when every sender is gone.
    fn gather(&mut self, rx: &Receiver<Msg>) -> Option<Batch> {
        let mut batch = Batch::default();
        loop {
            match rx.recv().ok()? {
                Msg::Render { file, reply } => self.answer(&file, reply),
                msg => {
                    batch.add(msg);
                    break;
                }
            }
        }
        let started = Instant::now();
        let mut quiet_until = started + GATHER;
        while !batch.stop && started.elapsed() < GATHER_MAX {
            let wait = quiet_until.saturating_duration_since(Instant::now());
            match rx.recv_timeout(wait) {
                Ok(Msg::Render { file, reply }) => self.answer(&file, reply),
                Ok(msg) => {
                    batch.add(msg);
                    quiet_until = Instant::now() + GATHER;
                }
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => break,
            }
        }
        Some(batch)
    }

    /// Answers a request for `file`, rendering it if it is a page not rendered yet; the
    /// page joins the hub's snapshot. A page that fails to render (a template's error at
    /// render time, which fails `brief build`) is a failed build's report: printed, and
    /// shown in the overlay of every open page until the next rebuild; it is answered as
    /// failed, and tried again at its next request (printed again only if it fails
    /// otherwise). A panic while rendering is printed
    /// and answered as no file: the preview itself is left as it was.
    fn answer(&mut self, file: &str, reply: tokio::sync::oneshot::Sender<Found>) {
        let mut bytes = None;
        let mut failed = false;
        if let Some(preview) = self.preview.as_mut() {
            // A page rendered or a search file made is added to the snapshot.
            let before = preview.snapshot().len();
            match panic::catch_unwind(AssertUnwindSafe(|| preview.render_page(file))) {
                Ok(Ok(found)) => {
                    if preview.snapshot().len() != before {
                        self.hub.rendered(preview.snapshot());
                    }
                    bytes = found;
                }
                Ok(Err(errors)) => {
                    failed = true;
                    let errors: Vec<&Diagnostic> = errors.iter().collect();
                    let mut text = Vec::new();
                    print_lines(&errors, Some(&mut text));
                    let text = format!(
                        "{}error: {file} did not render; the other pages are still served",
                        String::from_utf8_lossy(&text)
                    );
                    if self.render_failures_shown.get(file) != Some(&text) {
                        shout(&text);
                        self.render_failures_shown.insert(file.to_owned(), text);
                    }
                    self.hub.publish(None, &errors, Vec::new());
                }
                Err(payload) => shout(&format!(
                    "error: internal error while rendering {file}: {}",
                    panic_message(payload)
                )),
            }
        }
        // What the hub serves now is what this thread last published: those bytes' state.
        let live = self.hub.live();
        // The handler may have given up (its client went away).
        let _ = reply.send(Found {
            live,
            bytes,
            failed,
        });
    }
}

/// How many diagnostics [`print_lines`] formats at once (a few megabytes of text).
const PRINT_WINDOW: usize = 2048;

/// How many of them one thread formats into one piece of text.
const PRINT_CHUNK: usize = 128;

/// Writes `diagnostics` to `out` when there is one, each as `brief build` prints it
/// without colour and a line break, in order; returns a fingerprint of that text. The
/// text is made in parallel, a window at a time, into pieces reused from window to window
/// (it is never gathered whole: tens of megabytes on a large site), and written and
/// hashed in order. A failed write to `out` is dropped (see `Worker::show_warnings`).
fn print_lines(diagnostics: &[&Diagnostic], mut out: Option<&mut dyn std::io::Write>) -> u64 {
    use rayon::prelude::*;
    use std::hash::Hasher as _;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    // One piece of text a chunk, kept from window to window: its memory is made once.
    let mut texts: Vec<Vec<u8>> = Vec::new();
    for window in diagnostics.chunks(PRINT_WINDOW) {
        let pieces = window.len().div_ceil(PRINT_CHUNK);
        if texts.len() < pieces {
            texts.resize_with(pieces, Vec::new);
        }
        texts[..pieces]
            .par_iter_mut()
            .zip(window.par_chunks(PRINT_CHUNK))
            .for_each(|(text, chunk)| {
                text.clear();
                for d in chunk {
                    // Writing into memory cannot fail.
                    let _ = d.write_human_line(text, false);
                }
            });
        for text in &texts[..pieces] {
            hasher.write(text);
            if let Some(out) = out.as_mut() {
                let _ = out.write_all(text);
            }
        }
    }
    hasher.finish()
}

/// Rebuilds `preview` (or builds a new one), turning a panic into its message.
fn attempt(
    preview: Option<Preview>,
    options: &BuildOptions,
    changed: &[PathBuf],
) -> Result<(Preview, Rebuild), String> {
    panic::catch_unwind(AssertUnwindSafe(move || match preview {
        Some(mut preview) => {
            let rebuild = preview.rebuild(changed);
            (preview, rebuild)
        }
        // `--out` writes every page of each good build: render them all at once.
        None if options.out.is_some() => Preview::new(options.clone()),
        None => Preview::on_request(options.clone()),
    }))
    .map_err(panic_message)
}

fn panic_message(payload: Box<dyn Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "a panic".to_owned()
    }
}

/// Writes every file of `snapshot` into a staging folder and swaps it in for `out`.
/// Returns the warnings of a good write, or why it failed.
pub fn write_snapshot(
    out: &Path,
    snapshot: &Snapshot,
) -> Result<Vec<Diagnostic>, (OutFailure, Vec<Diagnostic>)> {
    let failed = |err: std::io::Error| (OutFailure::Failed, vec![output::write_failed(out, &err)]);
    let staging = Staging::create(out).map_err(failed)?;
    for (path, bytes) in snapshot {
        staging.put(path, bytes).map_err(failed)?;
    }
    match staging.commit() {
        Ok(notes) => Ok(notes),
        Err(CommitError::Foreign(refusals)) => Err((OutFailure::Refused, refusals)),
        Err(CommitError::Io(err)) => Err(failed(err)),
    }
}

fn millis(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// More warnings than one window, each with its source line and help.
    fn warnings(n: usize) -> Vec<Diagnostic> {
        let text = "first line\nsecond line with 42 in it\n";
        (0..n)
            .map(|i| {
                Diagnostic::warning(format!("content/{i:05}.md"), format!("warning {i}"))
                    .at(text, 12 + i % 20)
                    .with_help(format!("help {i}"))
            })
            .collect()
    }

    #[test]
    fn printed_warnings_are_each_displayed_on_a_line_in_order() {
        let all = warnings(PRINT_WINDOW * 2 + 7);
        let refs: Vec<&Diagnostic> = all.iter().collect();
        let mut printed = Vec::new();
        let shown = print_lines(&refs, Some(&mut printed));
        let expected: String = all.iter().map(|d| format!("{d}\n")).collect();
        assert_eq!(String::from_utf8(printed).unwrap(), expected);
        // The fingerprint is of that text, printed or not.
        assert_eq!(print_lines(&refs, None), shown);
        assert_ne!(print_lines(&refs[1..], None), shown);
        let mut changed = all.clone();
        changed[PRINT_WINDOW + 3] = Diagnostic::warning("content/x.md", "another");
        let changed: Vec<&Diagnostic> = changed.iter().collect();
        assert_ne!(print_lines(&changed, None), shown);
    }
}

//! Writing the output folder: atomically, durably, and never over a file brief did not
//! write.
//!
//! The last stage of the pipeline. Pages are written into a staging folder beside the
//! output (`.public.brief-staging-<pid>`), and only when the whole build has succeeded is
//! it swapped in: the two folders trade places in one step, the old one is removed. A
//! failed or killed build leaves the previous output as it was; its leftovers are removed
//! by the next build. Stale files disappear because the new output is a fresh folder.
//!
//! Three promises besides atomicity:
//!
//! - **A write that fails fails the build.** Every file handed to the [`Sink`] is written
//!   by a few writer threads; the first error (and how many files failed) is returned by
//!   [`Staging::finish`] and [`Staging::commit`], with the path and the system's reason
//!   ("No space left on device"), and nothing is swapped in.
//! - **Nothing brief did not write is deleted.** The output records what brief wrote
//!   into it, in [`MANIFEST`]. A file in the output that the record does not list (a
//!   `CNAME` added by hand) stops the build before anything is written
//!   ([`check_out_dir`]) and again just before the swap ([`Staging::commit`]).
//! - **A power cut after the swap leaves a whole site**, old or new, never empty pages:
//!   see [`Durability`].

use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::io::{self, Write as _};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{RecvTimeoutError, Sender, SyncSender, channel, sync_channel};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::config::CONFIG_FILE;
use crate::diagnostic::Diagnostic;
use crate::render::Sink;
use crate::site::{CONTENT_DIR, SEEDS_DIR, STATIC_DIR, THEMES_DIR};

/// The record of what brief wrote into an output folder: a JSON file inside the folder,
/// listing every file of the last build. Files the record does not list are the user's.
pub const MANIFEST: &str = ".brief-manifest";

/// Makes `path` absolute and lexically normal (no `.`/`..`), resolving symlinks in the
/// part that exists, without requiring the rest to exist.
pub fn absolute(path: &Path) -> PathBuf {
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        // With no current folder (deleted under us), the path stays relative; every
        // later use of it then fails with its own error naming it.
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut normal = PathBuf::new();
    for c in path.components() {
        match c {
            Component::ParentDir => {
                normal.pop();
            }
            Component::CurDir => {}
            other => normal.push(other),
        }
    }
    // Canonicalise the longest existing prefix, keep the rest as written.
    let mut existing = normal.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match existing.file_name() {
            Some(name) => rest.push(name.to_owned()),
            None => break,
        }
        if !existing.pop() {
            break;
        }
    }
    let mut out = existing.canonicalize().unwrap_or(existing);
    for name in rest.into_iter().rev() {
        out.push(name);
    }
    out
}

/// Refuses, before anything is written, an output folder that is the site root, an input
/// folder, inside one, or contains the root; a path that is a file; and a folder holding
/// files brief did not write. Each refusal's help names a fix that works for that case.
pub fn check_out_dir(root: &Path, out: &Path) -> Result<(), Vec<Diagnostic>> {
    let root = absolute(root);
    let out_abs = absolute(out);
    let default = root.join("public");
    // The default output is never the root, an input or a parent of the root, so it is a
    // fix for those refusals.
    let elsewhere = || {
        format!(
            "choose another --out, e.g. the default `{}`",
            default.display()
        )
    };
    let refuse = |why: &str, help: String| Err(vec![Diagnostic::error(out, why).with_help(help)]);
    if out_abs == root {
        return refuse("the output folder cannot be the site root", elsewhere());
    }
    if root.starts_with(&out_abs) {
        return refuse(
            "the output folder cannot contain the site root",
            elsewhere(),
        );
    }
    for input in [CONTENT_DIR, SEEDS_DIR, THEMES_DIR, STATIC_DIR, CONFIG_FILE] {
        let input_path = root.join(input);
        if out_abs.starts_with(&input_path) {
            return refuse(
                &format!("the output folder cannot be or lie inside the input folder `{input}`"),
                elsewhere(),
            );
        }
    }
    let Ok(meta) = fs::symlink_metadata(&out_abs) else {
        return Ok(()); // not there yet: the build creates it
    };
    if !meta.is_dir() {
        return refuse(
            "the output path exists and is not a folder",
            format!(
                "move or delete the file `{}`, or choose another --out",
                out.display()
            ),
        );
    }
    if is_mount_point(&out_abs) {
        return refuse(
            "the output folder is a mount point (a volume, a tmpfs, a network share), and a build swaps a new folder into the output's place, which the system cannot do to a mount point",
            mount_point_help(out),
        );
    }
    match OutputRecord::read(&out_abs) {
        Err(d) => Err(vec![d]),
        Ok(OutputRecord::Empty) => Ok(()),
        Ok(OutputRecord::Written(written)) => {
            let foreign = foreign_files(&out_abs, |rel| written.contains(rel));
            refuse_foreign(out, &foreign, false)
        }
        // Built by a brief that kept no record: checked against the new build's files
        // just before the swap (`Staging::commit`).
        Ok(OutputRecord::Unrecorded) if looks_built(&out_abs) => Ok(()),
        // Never built by brief: every file in it is someone else's.
        Ok(OutputRecord::Unrecorded) => {
            refuse_foreign(out, &foreign_files(&out_abs, |_| false), false)
        }
    }
}

/// What to do when the output is a mount point. Its contents are not swapped one by one
/// instead: a build that failed midway would leave a mix of old and new pages, where the
/// promise is that a failed build leaves the last good output as it was.
fn mount_point_help(out: &Path) -> String {
    format!(
        "build into a folder inside it, e.g. `--out {}`, and publish that folder; or mount the volume on the folder above, so that the output is a folder in it",
        out.join("site").display()
    )
}

/// Whether `dir` (absolute, existing) is a mount point: on another device than the
/// folder holding it, or — a bind mount of a folder of the same file system — listed as
/// one in `/proc/self/mountinfo`.
fn is_mount_point(dir: &Path) -> bool {
    let Some(parent) = dir.parent() else {
        return true; // `/`
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(inner), Ok(outer)) = (fs::metadata(dir), fs::metadata(parent))
            && inner.dev() != outer.dev()
        {
            return true;
        }
    }
    mount_points().iter().any(|m| m == dir)
}

/// The mount points `/proc/self/mountinfo` lists (Linux; none elsewhere).
fn mount_points() -> Vec<PathBuf> {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::ffi::OsStringExt;
        let Ok(info) = fs::read("/proc/self/mountinfo") else {
            return Vec::new();
        };
        // Each line: `id parent major:minor root mount-point options …`, where the mount
        // point has ` `, `\t`, `\n` and `\` written as `\040`, `\011`, `\012`, `\134`.
        info.split(|&b| b == b'\n')
            .filter_map(|line| line.split(|&b| b == b' ').nth(4))
            .map(|field| PathBuf::from(std::ffi::OsString::from_vec(unescape_octal(field))))
            .collect()
    }
    #[cfg(not(target_os = "linux"))]
    Vec::new()
}

/// `\040` → ` `: the octal escapes of `/proc/self/mountinfo`.
#[cfg(target_os = "linux")]
fn unescape_octal(field: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(field.len());
    let mut i = 0;
    while i < field.len() {
        let escaped = field
            .get(i + 1..i + 4)
            .filter(|d| field[i] == b'\\' && d.iter().all(|c| (b'0'..=b'7').contains(c)));
        match escaped {
            Some(d) => {
                let value = d.iter().fold(0u32, |n, c| n * 8 + u32::from(c - b'0'));
                out.push(u8::try_from(value).unwrap_or(b'?'));
                i += 4;
            }
            None => {
                out.push(field[i]);
                i += 1;
            }
        }
    }
    out
}

/// A folder an earlier brief built before outputs kept a [`MANIFEST`].
fn looks_built(out: &Path) -> bool {
    out.join("index.html").is_file() && out.join("404.html").is_file()
}

/// What an existing output folder says about who wrote its files.
enum OutputRecord {
    /// Nothing in it.
    Empty,
    /// The files listed in its [`MANIFEST`].
    Written(BTreeSet<String>),
    /// Files, and no record.
    Unrecorded,
}

impl OutputRecord {
    fn read(out: &Path) -> Result<OutputRecord, Diagnostic> {
        let manifest = out.join(MANIFEST);
        match fs::read(&manifest) {
            Ok(bytes) => match serde_json::from_slice::<Manifest>(&bytes) {
                Ok(m) => Ok(OutputRecord::Written(m.files.into_iter().collect())),
                Err(err) => Err(Diagnostic::error(
                    &manifest,
                    format!("this record of the files brief wrote cannot be read: {err}"),
                )
                .with_help(format!(
                    "move any file of your own out of `{}`, then delete the folder; the next build makes it afresh",
                    out.display()
                ))),
            },
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                let empty = fs::read_dir(out)
                    .map_err(|err| Diagnostic::error(out, format!("cannot read the output folder: {err}")))?
                    .next()
                    .is_none();
                Ok(if empty {
                    OutputRecord::Empty
                } else {
                    OutputRecord::Unrecorded
                })
            }
            Err(err) => Err(Diagnostic::error(
                &manifest,
                format!("cannot read: {err}"),
            )),
        }
    }
}

/// The JSON in [`MANIFEST`].
#[derive(serde::Serialize, serde::Deserialize)]
struct Manifest {
    #[serde(default)]
    about: String,
    files: Vec<String>,
}

const MANIFEST_ABOUT: &str = "The files brief wrote into this folder. A build replaces the whole folder, so it stops, and deletes nothing, while the folder holds a file not listed here.";

/// Every file (and empty folder, with a trailing `/`) under `out` that `is_brief's` does
/// not claim, as `/`-separated paths relative to `out`, sorted. The manifest itself is
/// brief's. Symlinks are not followed: a link is a file of its own.
fn foreign_files(out: &Path, is_briefs: impl Fn(&str) -> bool) -> Vec<String> {
    let mut foreign = Vec::new();
    let mut dirs_holding_brief_files: BTreeSet<String> = BTreeSet::new();
    let mut dirs = Vec::new();
    for entry in walkdir::WalkDir::new(out)
        .min_depth(1)
        .follow_links(false)
        .sort_by_file_name()
    {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                // Unreadable: the swap could not remove it either way; name it.
                let rel = err
                    .path()
                    .map(|p| rel_key(out, p))
                    .unwrap_or_else(|| ".".into());
                foreign.push(rel);
                continue;
            }
        };
        let rel = rel_key(out, entry.path());
        if entry.file_type().is_dir() {
            dirs.push(rel);
            continue;
        }
        if rel == MANIFEST || is_briefs(&rel) {
            let mut parent = rel.as_str();
            while let Some((dir, _)) = parent.rsplit_once('/') {
                if !dirs_holding_brief_files.insert(dir.to_owned()) {
                    break;
                }
                parent = dir;
            }
        } else {
            foreign.push(rel);
        }
    }
    // An empty folder nobody claims is the user's too; a folder holding a foreign file
    // is named through that file.
    for dir in dirs {
        let holds_foreign = foreign.iter().any(|f| f.starts_with(&format!("{dir}/")));
        if !holds_foreign && !dirs_holding_brief_files.contains(&dir) {
            let prefix = format!("{dir}/");
            if !dirs_holding_brief_files
                .iter()
                .any(|d| d.starts_with(&prefix))
            {
                foreign.push(prefix);
            }
        }
    }
    foreign.sort();
    foreign
}

fn rel_key(base: &Path, path: &Path) -> String {
    path.strip_prefix(base)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// How many foreign files are named one by one before "and N more".
const FOREIGN_NAMED: usize = 20;

/// One error per file of the user's in the output (up to [`FOREIGN_NAMED`]), each saying
/// how to keep it. `unrecorded`: the folder was built by a brief that kept no record, so
/// a page of a since-deleted brief is named too.
///
/// What `static/` would not publish ([`unpublishable`]: version control, `.DS_Store`,
/// editor files) gets other advice than "move it to static/", and a folder of it (a
/// checkout's `.git/`) is one error, not one per file in it.
fn refuse_foreign(out: &Path, foreign: &[String], unrecorded: bool) -> Result<(), Vec<Diagnostic>> {
    if foreign.is_empty() {
        return Ok(());
    }
    let why = if unrecorded {
        "the output folder keeps no record of what brief wrote (an earlier brief built it), and the new build does not make this file; a build replaces the whole folder, so it stops here"
    } else {
        "brief did not write this file, and a build replaces the whole output folder; it stops here so the file is not deleted"
    };
    // Each foreign file, or the unpublishable folder holding it, once.
    let mut named: Vec<(&str, Option<&str>)> = Vec::new();
    for rel in foreign {
        let entry = match unpublishable(rel) {
            Some((at, name)) => (at, Some(name)),
            None => (rel.as_str(), None),
        };
        if !named.contains(&entry) {
            named.push(entry);
        }
    }
    let mut diags: Vec<Diagnostic> = named
        .iter()
        .take(FOREIGN_NAMED)
        .map(|&(rel, unpublished)| match unpublished {
            Some(name @ (".git" | ".hg" | ".svn")) => Diagnostic::error(
                out.join(rel),
                format!("version control (`{name}`: a checkout, such as a gh-pages worktree) is in the output folder, and a build replaces the whole folder; it stops here so the repository is not deleted"),
            )
            .with_help(format!(
                "keep the checkout outside the output folder and copy each build into it, e.g. `rsync -a --delete --exclude={name} {}/ ../pages/` (a gh-pages branch: `git worktree add ../pages gh-pages`); moving it to static/ would not keep it, as brief never publishes `{name}`",
                out.display()
            )),
            Some(name) => Diagnostic::error(out.join(rel), why).with_help(format!(
                "brief never publishes `{name}`, even from static/: delete it, or move it out of the output folder"
            )),
            None => {
                let help = if unrecorded && !rel.ends_with('/') {
                    format!("if it is yours, move it to static/{rel} to publish it with every build; otherwise (a page brief made earlier) delete it")
                } else {
                    format!("move it to static/{rel} to publish it with every build, or delete it")
                };
                Diagnostic::error(out.join(rel), why).with_help(help)
            }
        })
        .collect();
    if named.len() > FOREIGN_NAMED {
        diags.push(
            Diagnostic::error(
                out,
                format!(
                    "and {} more files brief did not write",
                    named.len() - FOREIGN_NAMED
                ),
            )
            .with_help("move them to static/ (same paths) or delete them"),
        );
    }
    Err(diags)
}

/// For a path in the output (`.git/HEAD`, `a/.DS_Store`), its first part that `static/`
/// never publishes ([`crate::site::is_ignored_in_static`]) — that part's path in the
/// output (`.git`, `a/.DS_Store`) and its name — or `None` when moving the file to
/// `static/` would publish it.
fn unpublishable(rel: &str) -> Option<(&str, &str)> {
    let mut end = 0;
    for name in rel.split('/') {
        end += name.len();
        if crate::site::is_ignored_in_static(name) {
            return Some((&rel[..end], name));
        }
        end += 1;
    }
    None
}

/// How hard the swap works to survive a power cut. After `rename`, the file system may
/// write the new folder's *name* to disk before the pages in it: a crash then leaves an
/// output of empty files where the old site was. Making the pages durable before the
/// swap, and the swap durable after it, closes that window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// No syncing: the swap is atomic for running programs, not across a power cut.
    None,
    /// Only `fsync` of the output's parent after the swap: the swap survives a power
    /// cut, the pages in the new folder may not. Measured, not recommended.
    SwapOnly,
    /// `syncfs` on the staging folder's file system before the swap, `fsync` of the
    /// output's parent folder after it (the default: see README, Reliability). The
    /// files are not flushed one by one as they are written: starting each file's
    /// writeback (`sync_file_range`) shortened this wait but cost more CPU and wall time
    /// in the whole build than the one batched writeback of `syncfs` (README, Reliability).
    /// While the build writes, a thread of its own ([`Flusher`]) calls `syncfs` after
    /// every few tens of megabytes, so the disk writes while pages render and the
    /// `syncfs` before the swap waits for little.
    SyncFs,
    /// `fsync` of every file as it is written and of every folder before the swap, and
    /// of the parent after it.
    FsyncEach,
}

impl Durability {
    /// The default, unless `BRIEF_SYNC` (`none`, `swap`, `syncfs`, `fsync`) asks for another:
    /// the knob the durability benchmark turns (`bench/durability.py`).
    pub fn from_env() -> Durability {
        match std::env::var("BRIEF_SYNC").as_deref() {
            Ok("none") => Durability::None,
            Ok("swap") => Durability::SwapOnly,
            Ok("fsync") => Durability::FsyncEach,
            _ => Durability::SyncFs,
        }
    }
}

/// Why a staging folder was not swapped in.
#[derive(Debug)]
pub enum CommitError {
    /// The output holds files brief did not write: refused (a usage error).
    Foreign(Vec<Diagnostic>),
    /// A write, sync or rename failed.
    Io(io::Error),
}

impl From<io::Error> for CommitError {
    fn from(err: io::Error) -> Self {
        CommitError::Io(err)
    }
}

/// The diagnostic for a failed write of the output `out`: the error (which names the
/// file) and, for the usual causes, what to do.
pub fn write_failed(out: &Path, err: &io::Error) -> Diagnostic {
    let kept = "the previous output is unchanged";
    let help = match err.kind() {
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => format!(
            "the disk holding `{}` is full: free some space and build again; {kept}",
            out.display()
        ),
        io::ErrorKind::ReadOnlyFilesystem => format!(
            "`{}` is on a read-only file system: choose another --out, or remount it writable; {kept}",
            out.display()
        ),
        io::ErrorKind::PermissionDenied => format!(
            "brief must be able to create folders beside `{}`: choose another --out, or fix the folder's permissions; {kept}",
            out.display()
        ),
        // A mount point `check_out_dir` did not recognise, or one mounted during the build.
        io::ErrorKind::ResourceBusy => format!(
            "if `{}` is a mount point: {}; {kept}",
            out.display(),
            mount_point_help(out)
        ),
        _ => kept.to_owned(),
    };
    Diagnostic::error(out, format!("the new output was not written: {err}")).with_help(help)
}

/// A staging folder the build writes into, swapped in by [`Staging::commit`]. Dropped
/// without committing, it removes itself.
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    committed: bool,
    durability: Durability,
    /// Nanoseconds spent writing, summed over threads.
    write_nanos: Arc<AtomicU64>,
    /// Whether the staging folder was made (on the first write), or why it could not be.
    created: OnceLock<Result<(), (io::ErrorKind, String)>>,
    /// The staging folder, opened when it is made: `syncfs` through this descriptor
    /// reports the write-back errors met since then (Linux 5.8+), so pages the system
    /// wrote back in the background during the build are covered as well as the rest.
    folder: OnceLock<fs::File>,
    /// The threads that write files, started with the staging folder.
    writers: Mutex<Option<Writers>>,
    /// Bytes of files written into the staging folder so far, read by the [`Flusher`].
    written_bytes: Arc<AtomicU64>,
    /// The thread that starts the write-back of the staging folder while the build
    /// writes ([`Durability::SyncFs`] only), started with the staging folder.
    flusher: Mutex<Option<Flusher>>,
    /// Every path handed to [`Sink::put`]: the manifest of the new output.
    written: Mutex<Vec<String>>,
    /// Problems that do not fail the build (a leftover that could not be removed).
    notes: Mutex<Vec<Diagnostic>>,
    /// The folders above the output that making the staging folder created, outermost
    /// first: removed again with it when the build is not committed, so a failed build
    /// leaves nothing behind (`--out new/deep/public` makes `new/` and `new/deep/`).
    made_parents: Mutex<Vec<PathBuf>>,
}

/// A few threads that write files handed to them, so the threads rendering pages never
/// wait on the disk: with as many render threads as cores, a render thread blocked in
/// `write()` is a core standing idle.
struct Writers {
    queue: SyncSender<Batch>,
    /// Files handed over and not yet queued: they go to the threads [`BATCH`] at a time.
    pending: Batch,
    threads: Vec<JoinHandle<()>>,
    failures: Arc<Failures>,
}

/// Files for the writer threads: each file's path and bytes.
type Batch = Vec<(PathBuf, Vec<u8>)>;

/// How many files the writer threads are handed at a time. Handed one at a time, each page
/// woke a writer thread: a futex call, and between the cores of a virtual machine an
/// interrupt through the hypervisor. At 10,000 briefs on a tmpfs, batches of 32 took the
/// build from 3.21 to 2.76 s of CPU and 1.72 to 1.48 s of wall time (8, 16, 128 and 512
/// were measured too: 8 and 16 save less, more saves no more and holds more pages).
const BATCH: usize = 32;

/// The folders of the staging folder a writer knows exist, so it creates each once: a
/// `mkdir` per file would fail, with `EEXIST`, for every file of a shared folder
/// (`search/docs/`, a listing's pages). Each writer thread keeps its own, so no lock is
/// taken per file; a shared folder costs each thread at most one failed `mkdir`.
struct Folders(HashSet<PathBuf>);

impl Folders {
    /// Knows `root` (the staging folder, already made).
    fn new(root: &Path) -> Folders {
        Folders(HashSet::from([root.to_path_buf()]))
    }

    /// Makes sure `dir` exists: nothing when it is known, else one `mkdir` (and its
    /// parents' only when that fails for want of them). Another thread may have made it
    /// meanwhile: `EEXIST` is no error.
    fn ensure(&mut self, dir: &Path) -> io::Result<()> {
        if self.0.contains(dir) {
            return Ok(());
        }
        match fs::create_dir(dir) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(_) => fs::create_dir_all(dir).map_err(|e| with_path(e, "cannot create", dir))?,
        }
        self.0.insert(dir.to_path_buf());
        Ok(())
    }
}

/// The writes that failed: the first error, and how many.
#[derive(Default)]
struct Failures {
    first: Mutex<Option<io::Error>>,
    count: AtomicUsize,
    /// Set at the first failure: later files are not attempted (a full disk stays full).
    stop: AtomicBool,
}

impl Failures {
    fn record(&self, err: io::Error) {
        self.count.fetch_add(1, Ordering::Relaxed);
        self.stop.store(true, Ordering::Relaxed);
        let mut first = self.first.lock().unwrap_or_else(PoisonError::into_inner);
        if first.is_none() {
            *first = Some(err);
        }
    }

    fn result(&self) -> io::Result<()> {
        let first = self
            .first
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        match first {
            None => Ok(()),
            Some(err) => {
                let more = self.count.load(Ordering::Relaxed).saturating_sub(1);
                if more == 0 {
                    Err(err)
                } else {
                    Err(io::Error::new(
                        err.kind(),
                        format!("{err} (and {more} more files were not written)"),
                    ))
                }
            }
        }
    }
}

/// Writer threads: enough to keep a slow or busy disk's queue full.
const WRITER_THREADS: usize = 6;

impl Writers {
    fn start(
        write_nanos: Arc<AtomicU64>,
        written_bytes: Arc<AtomicU64>,
        flush: Flush,
        root: &Path,
    ) -> Writers {
        // Bounded, so pages waiting to be written cannot pile up in memory: when the
        // kernel holds writers back (dirty pages over its limit, flushed in a batch at the
        // `syncfs`), 256 waiting pages of the 10,000-brief corpus raised a build's peak
        // memory by about a tenth. One batch waiting, besides one being written by each
        // writer, keeps every writer busy.
        let (queue, receiver) = sync_channel::<Batch>(1);
        let receiver = Arc::new(Mutex::new(receiver));
        let failures = Arc::new(Failures::default());
        let threads = (0..WRITER_THREADS)
            .map(|_| {
                let receiver = Arc::clone(&receiver);
                let failures = Arc::clone(&failures);
                let nanos = Arc::clone(&write_nanos);
                let bytes_written = Arc::clone(&written_bytes);
                let mut folders = Folders::new(root);
                std::thread::spawn(move || {
                    loop {
                        let next = receiver
                            .lock()
                            .unwrap_or_else(PoisonError::into_inner)
                            .recv();
                        let Ok(batch) = next else { break };
                        for (target, bytes) in batch {
                            if failures.stop.load(Ordering::Relaxed) {
                                failures.count.fetch_add(1, Ordering::Relaxed);
                                continue;
                            }
                            let started = Instant::now();
                            match write_file(&target, &bytes, flush, &mut folders) {
                                Ok(()) => {
                                    let n = bytes.len() as u64;
                                    bytes_written.fetch_add(n, Ordering::Relaxed);
                                }
                                Err(err) => failures.record(err),
                            }
                            let took = started.elapsed().as_nanos() as u64;
                            nanos.fetch_add(took, Ordering::Relaxed);
                        }
                    }
                })
            })
            .collect();
        Writers {
            queue,
            pending: Vec::with_capacity(BATCH),
            threads,
            failures,
        }
    }

    /// Hands `file` to the threads, with the files before it once there are [`BATCH`];
    /// returns the batch to send, if this file completes one (sent by the caller, after
    /// it lets go of the lock on the writers).
    fn add(&mut self, file: (PathBuf, Vec<u8>)) -> Option<(SyncSender<Batch>, Batch)> {
        self.pending.push(file);
        (self.pending.len() >= BATCH).then(|| {
            let batch = std::mem::replace(&mut self.pending, Vec::with_capacity(BATCH));
            (self.queue.clone(), batch)
        })
    }

    /// Waits for every file handed over; returns the first error met.
    fn finish(mut self) -> io::Result<()> {
        let last = std::mem::take(&mut self.pending);
        if !last.is_empty() && self.queue.send(last).is_err() {
            self.failures
                .record(io::Error::other("the threads writing the output stopped"));
        }
        drop(self.queue);
        for t in self.threads {
            if t.join().is_err() {
                self.failures.record(io::Error::other(
                    "a thread writing the output stopped unexpectedly",
                ));
            }
        }
        self.failures.result()
    }
}

/// How many bytes written since the last background flush start the next one. Small
/// sites never reach it and are flushed once, before the swap.
const FLUSH_EVERY: u64 = 32 << 20;

/// How often the [`Flusher`] looks at how much was written.
const FLUSH_POLL: Duration = Duration::from_millis(50);

/// A thread that, while a build writes, flushes the staging folder's file system
/// (`syncfs`) each time another [`FLUSH_EVERY`] bytes were written. Without it the system
/// holds the whole output (hundreds of megabytes on a large site) in memory until the
/// `syncfs` before the swap, and the build then waits for all of it, one core idle; with
/// it the disk writes while the build renders, and that last `syncfs` finds little left.
/// The write-back itself is done by the system's flusher threads, not the build's.
///
/// Its flushes only start write-back early: their errors are not its to report. It
/// flushes through a descriptor of its own, so the `syncfs` before the swap, through
/// the descriptor held since the staging folder was made, still reports every
/// write-back error met since then (Linux reports each error once per open file).
struct Flusher {
    /// Dropped to stop the thread.
    stop: Sender<()>,
    thread: JoinHandle<()>,
}

impl Flusher {
    /// Starts flushing the file system holding `dir` as `written` grows; `None` where
    /// the system has no `syncfs` or `dir` cannot be opened (the flush before the swap
    /// then does all the work, as it would anyway).
    fn start(dir: &Path, written: Arc<AtomicU64>) -> Option<Flusher> {
        if !cfg!(target_os = "linux") {
            return None;
        }
        let folder = fs::File::open(dir).ok()?;
        let dir = dir.to_path_buf();
        let (stop, stopped) = channel::<()>();
        let thread = std::thread::spawn(move || {
            let mut flushed = 0;
            while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(FLUSH_POLL) {
                let now = written.load(Ordering::Relaxed);
                if now.saturating_sub(flushed) >= FLUSH_EVERY {
                    flushed = now;
                    let _ = sync_filesystem(&dir, Some(&folder));
                }
            }
        });
        Some(Flusher { stop, thread })
    }

    /// Stops the thread, waiting for a flush it has begun.
    fn stop(self) {
        drop(self.stop);
        let _ = self.thread.join();
    }
}

/// What a writer does with a file once its bytes are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flush {
    /// Nothing: the pages reach the disk when the system writes them back, or at the
    /// `syncfs` before the swap ([`Durability::SyncFs`]).
    Later,
    /// `fsync`: the file is on disk when the write returns.
    Wait,
}

impl Flush {
    fn of(durability: Durability) -> Flush {
        match durability {
            Durability::None | Durability::SwapOnly | Durability::SyncFs => Flush::Later,
            Durability::FsyncEach => Flush::Wait,
        }
    }

    /// Does it to `file`, whose bytes are written.
    fn apply(self, file: &fs::File) -> io::Result<()> {
        match self {
            Flush::Later => Ok(()),
            Flush::Wait => file.sync_all(),
        }
    }
}

/// Writes `bytes` to `target` in one `write`, creating its folder unless `folders`
/// knows it, then flushes it as `flush` says. Errors name the path.
fn write_file(target: &Path, bytes: &[u8], flush: Flush, folders: &mut Folders) -> io::Result<()> {
    if let Some(parent) = target.parent() {
        folders.ensure(parent)?;
    }
    let write = || -> io::Result<()> {
        let mut file = fs::File::create(target)?;
        file.write_all(bytes)?;
        flush.apply(&file)
    };
    write().map_err(|e| with_path(e, "cannot write", target))
}

/// Writes a file that must not exist yet (`create_new`: never over a user's file). A
/// write that fails removes what it created, so no empty or partial file is left.
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| with_path(e, "cannot create", path))?;
    if let Err(err) = file.write_all(bytes).and_then(|()| file.sync_all()) {
        drop(file);
        // The partial file is ours (created above); if it cannot be removed either, the
        // error below still names it.
        let removed = fs::remove_file(path);
        let err = with_path(err, "cannot write", path);
        return Err(match removed {
            Ok(()) => err,
            Err(rm) => io::Error::new(
                err.kind(),
                format!("{err}; the partial file could not be removed: {rm}"),
            ),
        });
    }
    Ok(())
}

fn sibling(out: &Path, tag: &str) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    out.with_file_name(format!(".{name}.brief-{tag}-{}", std::process::id()))
}

impl Staging {
    /// Creates a fresh staging folder beside `out`, first removing what interrupted builds
    /// left there, with the default [`Durability`].
    ///
    /// Nothing is created on disk until the first file is written, so a build that fails
    /// before rendering leaves no folder behind.
    pub fn create(out: &Path) -> io::Result<Staging> {
        Self::with_durability(out, Durability::from_env())
    }

    /// [`Staging::create`] with a chosen [`Durability`].
    pub fn with_durability(out: &Path, durability: Durability) -> io::Result<Staging> {
        let out = absolute(out);
        let mut notes = Vec::new();
        if out.parent().is_some_and(Path::is_dir) {
            notes = remove_leftovers(&out);
        }
        let dir = sibling(&out, "staging");
        Ok(Staging {
            out,
            dir,
            committed: false,
            durability,
            write_nanos: Arc::new(AtomicU64::new(0)),
            created: OnceLock::new(),
            folder: OnceLock::new(),
            writers: Mutex::new(None),
            written_bytes: Arc::new(AtomicU64::new(0)),
            flusher: Mutex::new(None),
            written: Mutex::new(Vec::new()),
            notes: Mutex::new(notes),
            made_parents: Mutex::new(Vec::new()),
        })
    }

    /// Records `path` as part of the output and says whether it can be written: false
    /// when the staging folder could not be made, which [`Staging::finish`] reports once.
    fn admit(&self, path: &str) -> bool {
        self.written
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(path.to_owned());
        self.ensure_dir().is_ok()
    }

    /// Creates the output's parent and a fresh staging folder, once.
    fn ensure_dir(&self) -> io::Result<()> {
        let result = self.created.get_or_init(|| {
            let fail = |e: io::Error, path: &Path| {
                let e = with_path(e, "cannot create", path);
                (e.kind(), e.to_string())
            };
            let parent = self
                .out
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_else(|| PathBuf::from("/"));
            let mut missing = Vec::new();
            let mut at = Some(parent.as_path());
            while let Some(d) = at.filter(|d| !d.as_os_str().is_empty() && !d.is_dir()) {
                missing.push(d.to_path_buf());
                at = d.parent();
            }
            for d in missing.into_iter().rev() {
                match fs::create_dir(&d) {
                    Ok(()) => self
                        .made_parents
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .push(d),
                    // Made meanwhile by someone else: theirs, not this build's.
                    Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                    Err(e) => return Err(fail(e, &d)),
                }
            }
            if self.dir.exists() {
                fs::remove_dir_all(&self.dir).map_err(|e| fail(e, &self.dir))?;
            }
            fs::create_dir(&self.dir).map_err(|e| fail(e, &self.dir))?;
            // Held for `syncfs` (write-back errors are reported from when it is opened).
            // Failing here is quiet on purpose: the swap opens the folder again and
            // reports what goes wrong then.
            if let Ok(folder) = fs::File::open(&self.dir) {
                let _ = self.folder.set(folder);
            }
            if self.durability == Durability::SyncFs {
                *self.flusher.lock().unwrap_or_else(PoisonError::into_inner) =
                    Flusher::start(&self.dir, Arc::clone(&self.written_bytes));
            }
            Ok(())
        });
        result
            .clone()
            .map_err(|(kind, message)| io::Error::new(kind, message))
    }

    /// Waits until every file handed to [`Sink::put`] is on disk; returns the first write
    /// that failed (and how many did), or why the staging folder could not be made.
    pub fn finish(&self) -> io::Result<()> {
        if let Some(Err((kind, message))) = self.created.get() {
            return Err(io::Error::new(*kind, message.clone()));
        }
        let writers = self
            .writers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        match writers {
            Some(w) => w.finish(),
            None => Ok(()),
        }
    }

    /// Stops the [`Flusher`], waiting for a flush it has begun.
    fn stop_flusher(&self) {
        let flusher = self
            .flusher
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(flusher) = flusher {
            flusher.stop();
        }
    }

    /// Time spent writing files so far, summed over threads.
    pub fn write_time(&self) -> Duration {
        Duration::from_nanos(self.write_nanos.load(Ordering::Relaxed))
    }

    /// Swaps the staging folder in as the output, after checking that the output holds
    /// nothing brief did not write and writing the new [`MANIFEST`]. Returns warnings
    /// (a leftover that could not be removed), which do not undo the swap.
    ///
    /// Where the system can, the two folders trade places in one atomic step
    /// (`renameat2(RENAME_EXCHANGE)`), so no moment exists without an output folder.
    /// Elsewhere it is two renames; a build killed between them leaves the old output as
    /// `.<name>.brief-old-<pid>`, which the next build puts back (`remove_leftovers`).
    pub fn commit(mut self) -> Result<Vec<Diagnostic>, CommitError> {
        self.ensure_dir()?;
        self.finish()?;
        self.check_foreign()?;
        let mut files =
            std::mem::take(&mut *self.written.lock().unwrap_or_else(PoisonError::into_inner));
        files.sort();
        files.dedup();
        let manifest = Manifest {
            about: MANIFEST_ABOUT.to_owned(),
            files,
        };
        let mut json = serde_json::to_vec_pretty(&manifest).map_err(io::Error::other)?;
        json.push(b'\n');
        write_file(
            &self.dir.join(MANIFEST),
            &json,
            Flush::of(self.durability),
            &mut Folders::new(&self.dir),
        )?;
        self.stop_flusher();
        match self.durability {
            Durability::None | Durability::SwapOnly => {}
            Durability::SyncFs => sync_filesystem(&self.dir, self.folder.get())?,
            Durability::FsyncEach => sync_folders(&self.dir)?,
        }
        let mut notes =
            std::mem::take(&mut *self.notes.lock().unwrap_or_else(PoisonError::into_inner));
        let parent = self.out.parent().map(Path::to_path_buf);
        // Where the exchange is unsupported (another OS, a file system without it) the
        // two renames below do the swap; a real fault (read-only, gone) fails them too,
        // with its own error.
        if self.out.is_dir() && exchange(&self.dir, &self.out).is_ok() {
            // `self.dir` now holds the previous output.
            self.committed = true;
            self.sync_swap(parent.as_deref())?;
            if let Err(err) = remove_tree(&self.dir) {
                notes.push(leftover_note(&self.out, &self.dir, &err));
            }
            return Ok(notes);
        }
        let old = sibling(&self.out, "old");
        let had_old = self.out.exists();
        if had_old {
            fs::rename(&self.out, &old)
                .map_err(|e| with_path(e, "cannot move aside", &self.out))?;
        }
        if let Err(err) = fs::rename(&self.dir, &self.out) {
            let err = with_path(err, "cannot rename the new output to", &self.out);
            if had_old && let Err(back) = fs::rename(&old, &self.out) {
                return Err(CommitError::Io(io::Error::new(
                    err.kind(),
                    format!(
                        "{err}; the previous output is at `{}` ({back}), and the next build puts it back",
                        old.display()
                    ),
                )));
            }
            return Err(CommitError::Io(err));
        }
        self.committed = true;
        self.sync_swap(parent.as_deref())?;
        if had_old && let Err(err) = remove_tree(&old) {
            notes.push(leftover_note(&self.out, &old, &err));
        }
        Ok(notes)
    }

    /// Makes the rename itself durable: `fsync` of the folder holding the output.
    fn sync_swap(&self, parent: Option<&Path>) -> io::Result<()> {
        match (self.durability, parent) {
            (Durability::None, _) | (_, None) => Ok(()),
            (_, Some(parent)) => fs::File::open(parent)
                .and_then(|f| f.sync_all())
                .map_err(|e| with_path(e, "cannot sync", parent)),
        }
    }

    /// Files in the output that brief did not write: those not in its [`MANIFEST`], or
    /// (an output an earlier brief built, without one) those the new build does not make.
    fn check_foreign(&self) -> Result<(), CommitError> {
        if !self.out.is_dir() {
            return Ok(());
        }
        let foreign =
            match OutputRecord::read(&self.out).map_err(|d| CommitError::Foreign(vec![d]))? {
                OutputRecord::Empty => return Ok(()),
                OutputRecord::Written(old) => foreign_files(&self.out, |rel| old.contains(rel)),
                OutputRecord::Unrecorded => {
                    let new: BTreeSet<String> = self
                        .written
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .iter()
                        .cloned()
                        .collect();
                    let foreign = foreign_files(&self.out, |rel| new.contains(rel));
                    return refuse_foreign(&self.out, &foreign, true).map_err(CommitError::Foreign);
                }
            };
        refuse_foreign(&self.out, &foreign, false).map_err(CommitError::Foreign)
    }
}

/// Removes the folder `dir` and everything in it, its top-level entries on several
/// threads: the previous output of a large site is tens of thousands of files, and
/// removing them is the last thing a rebuild waits for. Symlinks are removed, never
/// followed. Returns the first error met (the rest is removed as far as it can be).
fn remove_tree(dir: &Path) -> io::Result<()> {
    let entries: Vec<(PathBuf, bool)> = fs::read_dir(dir)?
        .map(|entry| {
            let entry = entry?;
            Ok((entry.path(), entry.file_type()?.is_dir()))
        })
        .collect::<io::Result<_>>()?;
    let failed: Vec<io::Error> = entries
        .par_iter()
        .filter_map(|(path, is_dir)| {
            let removed = if *is_dir {
                fs::remove_dir_all(path)
            } else {
                fs::remove_file(path)
            };
            removed.err()
        })
        .collect();
    match failed.into_iter().next() {
        Some(err) => Err(err),
        None => fs::remove_dir(dir),
    }
}

fn leftover_note(out: &Path, dir: &Path, err: &io::Error) -> Diagnostic {
    Diagnostic::warning(
        out,
        format!(
            "the new output is in place, but the previous one could not be removed from `{}`: {err}",
            dir.display()
        ),
    )
    .with_help("the next build tries again; you may delete that folder")
}

impl Drop for Staging {
    fn drop(&mut self) {
        // Let the writers stop before the folder they write into is removed. Their
        // errors no longer matter: nothing of this staging folder will be used.
        let _ = self.finish();
        self.stop_flusher();
        if !self.committed {
            // A folder that cannot be removed now (its parent made read-only meanwhile)
            // is a leftover the next build removes (`remove_leftovers`).
            let _ = fs::remove_dir_all(&self.dir);
            // Newest first; a folder something else was put in meanwhile stays.
            let made = self
                .made_parents
                .get_mut()
                .unwrap_or_else(PoisonError::into_inner);
            for d in made.drain(..).rev() {
                let _ = fs::remove_dir(d);
            }
        }
    }
}

impl Sink for Staging {
    /// Queues the file for the writer threads. A write that fails — or a staging folder
    /// that could not be made — is reported once by [`Staging::finish`] (and so fails the
    /// commit), not once per file.
    fn put(&self, path: &str, bytes: &[u8]) -> io::Result<()> {
        self.put_owned(path, bytes.to_vec())
    }

    /// The bytes go to the writer threads as they are, not copied.
    fn put_owned(&self, path: &str, bytes: Vec<u8>) -> io::Result<()> {
        if !self.admit(path) {
            return Ok(());
        }
        let target = self.dir.join(path);
        let full = {
            let mut writers = self.writers.lock().unwrap_or_else(PoisonError::into_inner);
            writers
                .get_or_insert_with(|| {
                    Writers::start(
                        Arc::clone(&self.write_nanos),
                        Arc::clone(&self.written_bytes),
                        Flush::of(self.durability),
                        &self.dir,
                    )
                })
                .add((target, bytes))
        };
        match full {
            Some((queue, batch)) => queue
                .send(batch)
                .map_err(|_| io::Error::other("the threads writing the output stopped")),
            None => Ok(()),
        }
    }

    /// Written here and now, through a buffer, by the calling thread (the one large file,
    /// `claims.json`, is never whole in memory). A failure is returned, not kept for
    /// [`Staging::finish`].
    fn put_streamed(
        &self,
        path: &str,
        write: &mut dyn FnMut(&mut dyn io::Write) -> io::Result<()>,
    ) -> io::Result<()> {
        if !self.admit(path) {
            return Ok(());
        }
        let started = Instant::now();
        let target = self.dir.join(path);
        let result = (|| -> io::Result<()> {
            if let Some(parent) = target.parent() {
                Folders::new(&self.dir).ensure(parent)?;
            }
            let mut out = io::BufWriter::with_capacity(1 << 16, fs::File::create(&target)?);
            write(&mut out)?;
            let file = out.into_inner().map_err(io::IntoInnerError::into_error)?;
            if let Ok(meta) = file.metadata() {
                self.written_bytes.fetch_add(meta.len(), Ordering::Relaxed);
            }
            Flush::of(self.durability).apply(&file)
        })();
        self.write_nanos.fetch_add(
            u64::try_from(started.elapsed().as_nanos()).unwrap_or(u64::MAX),
            Ordering::Relaxed,
        );
        result
    }
}

/// Flushes the whole file system holding `dir` to disk (`syncfs`, through `opened`, the
/// descriptor of `dir` held since it was made, when there is one; elsewhere, every file
/// and folder under `dir`, one by one).
#[cfg(target_os = "linux")]
fn sync_filesystem(dir: &Path, opened: Option<&fs::File>) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    use std::os::raw::c_int;
    unsafe extern "C" {
        fn syncfs(fd: c_int) -> c_int;
    }
    let opened_now;
    let folder = match opened {
        Some(folder) => folder,
        None => {
            opened_now = fs::File::open(dir).map_err(|e| with_path(e, "cannot open", dir))?;
            &opened_now
        }
    };
    // SAFETY: the descriptor is open for the duration of the call.
    let rc = unsafe { syncfs(folder.as_raw_fd()) };
    if rc == 0 {
        Ok(())
    } else {
        Err(with_path(io::Error::last_os_error(), "cannot sync", dir))
    }
}

#[cfg(not(target_os = "linux"))]
fn sync_filesystem(dir: &Path, _opened: Option<&fs::File>) -> io::Result<()> {
    for entry in walkdir::WalkDir::new(dir).contents_first(true) {
        let entry = entry.map_err(io::Error::other)?;
        fs::File::open(entry.path())
            .and_then(|f| f.sync_all())
            .map_err(|e| with_path(e, "cannot sync", entry.path()))?;
    }
    Ok(())
}

/// `fsync` of every folder under `dir` (its files were synced as they were written), so
/// their entries are on disk too.
fn sync_folders(dir: &Path) -> io::Result<()> {
    for entry in walkdir::WalkDir::new(dir).contents_first(true) {
        let entry = entry.map_err(io::Error::other)?;
        if entry.file_type().is_dir() {
            fs::File::open(entry.path())
                .and_then(|f| f.sync_all())
                .map_err(|e| with_path(e, "cannot sync", entry.path()))?;
        }
    }
    Ok(())
}

/// Atomically exchanges two folders (Linux, glibc). Fails where unsupported.
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    /// `RENAME_EXCHANGE` of `<linux/fs.h>`.
    const RENAME_EXCHANGE: u32 = 2;
    renameat2(a, b, RENAME_EXCHANGE)
}

/// Renames `from` to `to` only if nothing is at `to`: a plain `rename` would replace an
/// empty folder, or a file, that appeared there meanwhile. `AlreadyExists` when something
/// is there. Atomic where `renameat2(RENAME_NOREPLACE)` is supported; elsewhere a check
/// then a rename, which a folder made between the two could still lose to.
pub fn rename_new(from: &Path, to: &Path) -> io::Result<()> {
    /// `RENAME_NOREPLACE` of `<linux/fs.h>`.
    const RENAME_NOREPLACE: u32 = 1;
    match renameat2(from, to, RENAME_NOREPLACE) {
        // Not offered by this system, or by this file system (`EINVAL`): check, then
        // rename.
        Err(err)
            if matches!(
                err.kind(),
                io::ErrorKind::Unsupported | io::ErrorKind::InvalidInput
            ) =>
        {
            if fs::symlink_metadata(to).is_ok() {
                return Err(io::Error::from(io::ErrorKind::AlreadyExists));
            }
            fs::rename(from, to)
        }
        done => done,
    }
}

/// `renameat2(2)` with `flags` (Linux, glibc); `Unsupported` elsewhere.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn renameat2(a: &Path, b: &Path, flags: u32) -> io::Result<()> {
    use std::ffi::{CString, c_char, c_int, c_uint};
    use std::os::unix::ffi::OsStrExt;
    unsafe extern "C" {
        fn renameat2(
            olddirfd: c_int,
            oldpath: *const c_char,
            newdirfd: c_int,
            newpath: *const c_char,
            flags: c_uint,
        ) -> c_int;
    }
    const AT_FDCWD: c_int = -100;
    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both paths are valid NUL-terminated strings that outlive the call.
    let rc = unsafe { renameat2(AT_FDCWD, a.as_ptr(), AT_FDCWD, b.as_ptr(), flags) };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn renameat2(_: &Path, _: &Path, _: u32) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

/// Whether a leftover (`staging-<pid>` or `old-<pid>`) belongs to another build that is
/// still running — `brief serve --out` beside a `brief build` — and must not be touched.
fn owned_by_another_live_build(rest: &str) -> bool {
    let pid = rest.rsplit('-').next().and_then(|p| p.parse::<u32>().ok());
    match pid {
        Some(pid) if pid != std::process::id() => Path::new("/proc").join(pid.to_string()).exists(),
        _ => false,
    }
}

/// Removes `.<name>.brief-staging-*` and `.<name>.brief-old-*` beside `out` left by
/// builds that were killed. A build killed between the two renames of a commit left no
/// output folder, only the previous output as `.<name>.brief-old-*`: that is put back
/// first (the newest, should there be several), so the previous output is never lost.
/// Returns a warning for each leftover that could not be dealt with.
fn remove_leftovers(out: &Path) -> Vec<Diagnostic> {
    let mut notes = Vec::new();
    let (Some(parent), Some(name)) = (out.parent(), out.file_name()) else {
        return notes;
    };
    let prefix = format!(".{}.brief-", name.to_string_lossy());
    let mut keep_old = false;
    if fs::symlink_metadata(out).is_err() {
        let newest_old = fs::read_dir(parent)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .strip_prefix(&prefix)
                    .is_some_and(|rest| rest.starts_with("old-"))
            })
            // An entry whose time cannot be read is not the newest we can prove.
            .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
            .max();
        if let Some((_, old)) = newest_old
            && let Err(err) = fs::rename(&old, out)
        {
            // Never remove a previous output that could not be put back.
            keep_old = true;
            notes.push(
                Diagnostic::warning(
                    out,
                    format!(
                        "the previous output, set aside by an interrupted build, could not be put back from `{}`: {err}",
                        old.display()
                    ),
                )
                .with_help(format!("rename it to `{}` yourself", out.display())),
            );
        }
    }
    // A folder that cannot be read holds no leftovers we could remove.
    let Ok(entries) = fs::read_dir(parent) else {
        return notes;
    };
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        if let Some(rest) = file_name.strip_prefix(&prefix)
            && (rest.starts_with("staging-") || (rest.starts_with("old-") && !keep_old))
            && !owned_by_another_live_build(rest)
            && let Err(err) = fs::remove_dir_all(entry.path())
        {
            notes.push(leftover_note(out, &entry.path(), &err));
        }
    }
    notes
}

/// `err`, its message prefixed with what was done to which path:
/// "cannot write `public/a/index.html`: No space left on device (os error 28)".
fn with_path(err: io::Error, what: &str, path: &Path) -> io::Error {
    io::Error::new(err.kind(), format!("{what} `{}`: {err}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_root_inputs_and_parents() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        fs::create_dir_all(root.join("content")).unwrap();
        assert!(check_out_dir(&root, &root).is_err());
        assert!(check_out_dir(&root, &root.join("content")).is_err());
        assert!(check_out_dir(&root, &root.join("content/x")).is_err());
        assert!(check_out_dir(&root, dir.path()).is_err());
        assert!(check_out_dir(&root, &root.join("public")).is_ok());
        assert!(check_out_dir(&root, &root.join("content/../public")).is_ok());
    }

    #[test]
    fn refuses_a_folder_of_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("notes.txt"), "mine").unwrap();
        assert!(check_out_dir(&dir.path().join("site"), &out).is_err());
        // The default output can be refused too: its help must not suggest itself.
        let root = dir.path().join("site");
        let public = root.join("public");
        fs::create_dir_all(&public).unwrap();
        fs::write(public.join("notes.txt"), "mine").unwrap();
        let refused = check_out_dir(&root, &public).unwrap_err();
        let help = refused[0].help.clone().unwrap();
        assert!(!help.contains("default"), "{help}");
    }

    #[test]
    fn staging_commits_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let staging = Staging::create(&out).unwrap();
        staging.put("stale.html", b"old").unwrap();
        staging.commit().unwrap();
        let staging = Staging::create(&out).unwrap();
        staging.put("a/index.html", b"new").unwrap();
        staging.commit().unwrap();
        assert_eq!(fs::read(out.join("a/index.html")).unwrap(), b"new");
        assert!(!out.join("stale.html").exists());
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1);
        let manifest: Manifest =
            serde_json::from_slice(&fs::read(out.join(MANIFEST)).unwrap()).unwrap();
        assert_eq!(manifest.files, ["a/index.html"]);
    }

    #[test]
    fn a_file_brief_did_not_write_stops_the_commit() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let staging = Staging::create(&out).unwrap();
        staging.put("index.html", b"v1").unwrap();
        staging.commit().unwrap();
        fs::write(out.join("CNAME"), "example.org").unwrap();
        fs::create_dir(out.join("empty")).unwrap();
        let refused = check_out_dir(&dir.path().join("site"), &out).unwrap_err();
        let shown: Vec<String> = refused.iter().map(ToString::to_string).collect();
        assert_eq!(refused.len(), 2, "{shown:?}");
        assert!(
            shown[0].contains("CNAME") && shown[0].contains("static/CNAME"),
            "{shown:?}"
        );
        assert!(shown[1].contains("empty/"), "{shown:?}");
        // And at the swap, for a file that appeared during the build.
        fs::remove_dir(out.join("empty")).unwrap();
        let staging = Staging::create(&out).unwrap();
        staging.put("index.html", b"v2").unwrap();
        assert!(matches!(staging.commit(), Err(CommitError::Foreign(d)) if d.len() == 1));
        assert_eq!(fs::read(out.join("index.html")).unwrap(), b"v1");
        assert_eq!(fs::read(out.join("CNAME")).unwrap(), b"example.org");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn an_unrecorded_output_keeps_what_the_new_build_does_not_make() {
        // Built by a brief that kept no manifest: what the new build makes is brief's.
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        fs::create_dir_all(&out).unwrap();
        for f in ["index.html", "404.html", "CNAME"] {
            fs::write(out.join(f), f).unwrap();
        }
        assert!(check_out_dir(&dir.path().join("site"), &out).is_ok());
        let staging = Staging::create(&out).unwrap();
        staging.put("index.html", b"new").unwrap();
        staging.put("404.html", b"new").unwrap();
        match staging.commit() {
            Err(CommitError::Foreign(d)) => {
                assert_eq!(d.len(), 1);
                assert!(d[0].to_string().contains("CNAME"), "{}", d[0]);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(fs::read(out.join("index.html")).unwrap(), b"index.html");
        fs::remove_file(out.join("CNAME")).unwrap();
        let staging = Staging::create(&out).unwrap();
        staging.put("index.html", b"new").unwrap();
        staging.put("404.html", b"new").unwrap();
        staging.commit().unwrap();
        assert_eq!(fs::read(out.join("index.html")).unwrap(), b"new");
    }

    #[test]
    fn every_durability_commits() {
        for durability in [
            Durability::None,
            Durability::SwapOnly,
            Durability::SyncFs,
            Durability::FsyncEach,
        ] {
            let dir = tempfile::tempdir().unwrap();
            let out = dir.path().join("public");
            for round in 0..2 {
                let staging = Staging::with_durability(&out, durability).unwrap();
                staging
                    .put("a/b/index.html", format!("{round}").as_bytes())
                    .unwrap();
                staging.commit().unwrap();
                assert_eq!(
                    fs::read_to_string(out.join("a/b/index.html")).unwrap(),
                    format!("{round}")
                );
            }
        }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn an_output_flushed_while_it_is_written_commits_whole() {
        // Twice the bytes that start a background flush, with a pause halfway so the
        // flusher sees the first half: its syncfs runs while the writers write.
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let staging = Staging::with_durability(&out, Durability::SyncFs).unwrap();
        let page = vec![b'x'; 1 << 20];
        let pages = usize::try_from(2 * (FLUSH_EVERY >> 20)).unwrap();
        for i in 0..pages {
            staging
                .put_owned(&format!("{i}/index.html"), page.clone())
                .unwrap();
            if i == pages / 2 {
                std::thread::sleep(FLUSH_POLL * 4);
            }
        }
        assert!(staging.flusher.lock().unwrap().is_some());
        staging.commit().unwrap();
        for i in 0..pages {
            assert_eq!(fs::read(out.join(format!("{i}/index.html"))).unwrap(), page);
        }
    }

    #[test]
    fn a_failed_write_is_reported_once_with_its_path() {
        // The output's parent is a file: the staging folder cannot be made.
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("blocker"), "x").unwrap();
        let out = dir.path().join("blocker/public");
        let staging = Staging::create(&out).unwrap();
        for i in 0..50 {
            staging.put(&format!("{i}.html"), b"x").unwrap();
        }
        let err = staging.finish().unwrap_err();
        assert!(err.to_string().contains("blocker"), "{err}");
        assert!(matches!(staging.commit(), Err(CommitError::Io(_))));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn mount_points_are_read_with_their_escapes() {
        assert_eq!(unescape_octal(br"/mnt/a\040b\134c"), b"/mnt/a b\\c");
        assert_eq!(unescape_octal(br"/x\09"), br"/x\09");
        assert!(mount_points().iter().any(|m| m == Path::new("/")));
        assert!(is_mount_point(Path::new("/")));
        assert!(!is_mount_point(&absolute(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
        )));
    }

    #[test]
    fn write_new_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("mine.md");
        fs::write(&file, "mine").unwrap();
        let err = write_new(&file, b"theirs").unwrap_err();
        assert!(err.to_string().contains("mine.md"), "{err}");
        assert_eq!(fs::read(&file).unwrap(), b"mine");
    }

    #[test]
    fn a_build_killed_between_the_renames_loses_nothing() {
        // The state a SIGKILL between the two renames of the fallback commit leaves:
        // no output folder, the previous output aside, a finished staging folder.
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let old = dir.path().join(".public.brief-old-4242");
        fs::create_dir_all(&old).unwrap();
        fs::write(old.join("index.html"), "previous").unwrap();
        fs::create_dir_all(dir.path().join(".public.brief-staging-4242")).unwrap();
        {
            // The next build starts, and fails (dropped uncommitted).
            let staging = Staging::create(&out).unwrap();
            staging.put("index.html", b"half").unwrap();
        }
        assert_eq!(fs::read(out.join("index.html")).unwrap(), b"previous");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn commit_exchanges_and_cleans_up() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        #[cfg(all(target_os = "linux", target_env = "gnu"))]
        {
            let (a, b) = (dir.path().join("a"), dir.path().join("b"));
            fs::create_dir_all(a.join("in-a")).unwrap();
            fs::create_dir_all(&b).unwrap();
            exchange(&a, &b).unwrap();
            assert!(b.join("in-a").is_dir() && !a.join("in-a").exists());
            fs::remove_dir_all(&a).unwrap();
            fs::remove_dir_all(&b).unwrap();
        }
        for round in 0..3 {
            let staging = Staging::create(&out).unwrap();
            staging
                .put("index.html", format!("{round}").as_bytes())
                .unwrap();
            staging.commit().unwrap();
            assert_eq!(
                fs::read_to_string(out.join("index.html")).unwrap(),
                format!("{round}")
            );
            assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        }
    }

    #[test]
    fn leftovers_of_live_builds_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        // pid 1 is always alive; no process has a pid above the kernel's maximum.
        let live = dir.path().join(".public.brief-staging-1");
        let dead = dir.path().join(".public.brief-staging-4999999");
        fs::create_dir_all(&live).unwrap();
        fs::create_dir_all(&dead).unwrap();
        remove_leftovers(&out);
        assert!(
            live.exists(),
            "a running build's staging folder was removed"
        );
        assert!(!dead.exists(), "a dead build's leftover was kept");
    }

    #[test]
    fn dropped_staging_leaves_output_alone() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("keep.html"), "old").unwrap();
        {
            let staging = Staging::create(&out).unwrap();
            staging.put("x.html", b"half").unwrap();
        }
        assert_eq!(fs::read(out.join("keep.html")).unwrap(), b"old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}

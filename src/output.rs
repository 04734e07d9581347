//! Writing the output folder, atomically.
//!
//! The last stage of the pipeline. Pages are written into a staging folder beside the
//! output (`.public.brief-staging-<pid>`), and only when the whole build has succeeded is
//! it swapped in: the old output is renamed aside, the staging folder renamed into place,
//! the old one removed. A failed or killed build leaves the previous output as it was;
//! its leftovers are removed by the next build. Stale files disappear because the new
//! output is a fresh folder.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::config::CONFIG_FILE;
use crate::diagnostic::Diagnostic;
use crate::render::Sink;
use crate::site::{CONTENT_DIR, SEEDS_DIR, STATIC_DIR, THEMES_DIR};

/// Makes `path` absolute and lexically normal (no `.`/`..`), resolving symlinks in the
/// part that exists, without requiring the rest to exist.
pub fn absolute(path: &Path) -> PathBuf {
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
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

/// Refuses an output folder that is the site root, an input folder, inside one, or
/// contains the root; and one that holds files brief did not write.
pub fn check_out_dir(root: &Path, out: &Path) -> Result<(), Diagnostic> {
    let root = absolute(root);
    let out_abs = absolute(out);
    let refuse = |why: String| {
        Diagnostic::error(out, why)
            .with_help("choose another --out, e.g. the default <root>/public")
    };
    if out_abs == root {
        return Err(refuse("the output folder cannot be the site root".into()));
    }
    if root.starts_with(&out_abs) {
        return Err(refuse(
            "the output folder cannot contain the site root".into(),
        ));
    }
    for input in [CONTENT_DIR, SEEDS_DIR, THEMES_DIR, STATIC_DIR, CONFIG_FILE] {
        let input_path = root.join(input);
        if out_abs.starts_with(&input_path) {
            return Err(refuse(format!(
                "the output folder cannot be or lie inside the input folder `{input}`"
            )));
        }
    }
    if out_abs.exists() {
        if !out_abs.is_dir() {
            return Err(refuse("the output path exists and is not a folder".into()));
        }
        let looks_built =
            out_abs.join("index.html").is_file() && out_abs.join("404.html").is_file();
        let empty = fs::read_dir(&out_abs)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !looks_built && !empty {
            return Err(refuse(
                "the output folder holds files that brief did not build; the build replaces the whole folder".into(),
            ));
        }
    }
    Ok(())
}

/// A staging folder the build writes into, swapped in by [`Staging::commit`]. Dropped
/// without committing, it removes itself.
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    committed: bool,
    /// Nanoseconds spent writing, summed over threads.
    write_nanos: Arc<AtomicU64>,
    /// Whether the staging folder was made (on the first write), or why it could not be.
    created: std::sync::OnceLock<Result<(), String>>,
    /// The threads that write files, started with the staging folder.
    writers: Mutex<Option<Writers>>,
}

/// A few threads that write files handed to them, so the threads rendering pages never
/// wait on the disk: with as many render threads as cores, a render thread blocked in
/// `write()` is a core standing idle.
struct Writers {
    queue: SyncSender<(PathBuf, Vec<u8>)>,
    threads: Vec<JoinHandle<()>>,
    errors: Arc<Mutex<Vec<io::Error>>>,
}

/// Writer threads: enough to keep a slow or busy disk's queue full.
const WRITER_THREADS: usize = 6;

impl Writers {
    fn start(write_nanos: Arc<AtomicU64>) -> Writers {
        // Bounded, so pages waiting to be written cannot pile up in memory.
        let (queue, receiver) = sync_channel::<(PathBuf, Vec<u8>)>(256);
        let receiver = Arc::new(Mutex::new(receiver));
        let errors = Arc::new(Mutex::new(Vec::new()));
        let threads = (0..WRITER_THREADS)
            .map(|_| {
                let receiver = Arc::clone(&receiver);
                let errors = Arc::clone(&errors);
                let nanos = Arc::clone(&write_nanos);
                std::thread::spawn(move || {
                    loop {
                        let next = receiver
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner)
                            .recv();
                        let Ok((target, bytes)) = next else { break };
                        let started = Instant::now();
                        if let Err(err) = write_file(&target, &bytes) {
                            errors
                                .lock()
                                .unwrap_or_else(std::sync::PoisonError::into_inner)
                                .push(err);
                        }
                        nanos.fetch_add(started.elapsed().as_nanos() as u64, Ordering::Relaxed);
                    }
                })
            })
            .collect();
        Writers {
            queue,
            threads,
            errors,
        }
    }

    /// Waits for every queued file; returns the first error met.
    fn finish(self) -> io::Result<()> {
        drop(self.queue);
        for t in self.threads {
            let _ = t.join();
        }
        let mut errors = self
            .errors
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match errors.drain(..).next() {
            Some(err) => Err(err),
            None => Ok(()),
        }
    }
}

fn write_file(target: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(parent) = target.parent() {
        // Most pages are alone in a new folder: try the one mkdir first.
        match fs::create_dir(parent) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(_) => fs::create_dir_all(parent).map_err(|e| with_path(e, parent))?,
        }
    }
    fs::write(target, bytes).map_err(|e| with_path(e, target))
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
    /// left there.
    ///
    /// Nothing is created on disk until the first file is written, so a build that fails
    /// before rendering leaves no folder behind.
    pub fn create(out: &Path) -> io::Result<Staging> {
        let out = absolute(out);
        if out.parent().is_some_and(Path::is_dir) {
            remove_leftovers(&out);
        }
        let dir = sibling(&out, "staging");
        Ok(Staging {
            out,
            dir,
            committed: false,
            write_nanos: Arc::new(AtomicU64::new(0)),
            created: std::sync::OnceLock::new(),
            writers: Mutex::new(None),
        })
    }

    /// Creates the output's parent and a fresh staging folder, once.
    fn ensure_dir(&self) -> io::Result<()> {
        let result = self.created.get_or_init(|| {
            let parent = self
                .out
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_else(|| PathBuf::from("/"));
            fs::create_dir_all(&parent).map_err(|e| with_path(e, &parent).to_string())?;
            if self.dir.exists() {
                fs::remove_dir_all(&self.dir).map_err(|e| with_path(e, &self.dir).to_string())?;
            }
            fs::create_dir(&self.dir).map_err(|e| with_path(e, &self.dir).to_string())
        });
        result.clone().map_err(io::Error::other)
    }

    /// Waits until every file handed to [`Sink::put`] is on disk; returns the first write
    /// that failed.
    pub fn finish(&self) -> io::Result<()> {
        let writers = self
            .writers
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take();
        match writers {
            Some(w) => w.finish(),
            None => Ok(()),
        }
    }

    /// Time spent writing files so far, summed over threads.
    pub fn write_time(&self) -> Duration {
        Duration::from_nanos(self.write_nanos.load(Ordering::Relaxed))
    }

    /// Swaps the staging folder in as the output.
    ///
    /// Where the system can, the two folders trade places in one atomic step
    /// (`renameat2(RENAME_EXCHANGE)`), so no moment exists without an output folder.
    /// Elsewhere it is two renames; a build killed between them leaves the old output as
    /// `.<name>.brief-old-<pid>`, which the next build puts back (`remove_leftovers`).
    pub fn commit(mut self) -> io::Result<()> {
        self.ensure_dir()?;
        self.finish()?;
        if self.out.is_dir() && exchange(&self.dir, &self.out).is_ok() {
            // `self.dir` now holds the previous output.
            self.committed = true;
            let _ = fs::remove_dir_all(&self.dir);
            return Ok(());
        }
        let old = sibling(&self.out, "old");
        let had_old = self.out.exists();
        if had_old {
            fs::rename(&self.out, &old).map_err(|e| with_path(e, &self.out))?;
        }
        if let Err(err) = fs::rename(&self.dir, &self.out) {
            if had_old {
                let _ = fs::rename(&old, &self.out);
            }
            return Err(with_path(err, &self.out));
        }
        self.committed = true;
        if had_old {
            let _ = fs::remove_dir_all(&old);
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        // Let the writers stop before the folder they write into is removed.
        let _ = self.finish();
        if !self.committed {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

impl Sink for Staging {
    /// Queues the file for the writer threads; a write that fails is reported by
    /// [`Staging::finish`] (and so fails the commit).
    fn put(&self, path: &str, bytes: &[u8]) -> io::Result<()> {
        self.ensure_dir()?;
        let target = self.dir.join(path);
        let queue = {
            let mut writers = self
                .writers
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            writers
                .get_or_insert_with(|| Writers::start(Arc::clone(&self.write_nanos)))
                .queue
                .clone()
        };
        queue
            .send((target, bytes.to_vec()))
            .map_err(|_| io::Error::other("the writer threads stopped"))
    }
}

/// Atomically exchanges two folders (Linux, glibc). Fails where unsupported.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
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
    const RENAME_EXCHANGE: c_uint = 2;
    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both paths are valid NUL-terminated strings that outlive the call.
    let rc = unsafe { renameat2(AT_FDCWD, a.as_ptr(), AT_FDCWD, b.as_ptr(), RENAME_EXCHANGE) };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

/// Removes `.<name>.brief-staging-*` and `.<name>.brief-old-*` beside `out` left by
/// builds that were killed. A build killed between the two renames of a commit left no
/// output folder, only the previous output as `.<name>.brief-old-*`: that is put back
/// first (the newest, should there be several), so the previous output is never lost.
/// Whether a leftover (`staging-<pid>` or `old-<pid>`) belongs to another build that is
/// still running — `brief serve --out` beside a `brief build` — and must not be touched.
fn owned_by_another_live_build(rest: &str) -> bool {
    let pid = rest.rsplit('-').next().and_then(|p| p.parse::<u32>().ok());
    match pid {
        Some(pid) if pid != std::process::id() => Path::new("/proc").join(pid.to_string()).exists(),
        _ => false,
    }
}

fn remove_leftovers(out: &Path) {
    let (Some(parent), Some(name)) = (out.parent(), out.file_name()) else {
        return;
    };
    let prefix = format!(".{}.brief-", name.to_string_lossy());
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
            .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
            .max();
        if let Some((_, old)) = newest_old {
            let _ = fs::rename(old, out);
        }
    }
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        if let Some(rest) = file_name.strip_prefix(&prefix)
            && (rest.starts_with("staging-") || rest.starts_with("old-"))
            && !owned_by_another_live_build(rest)
        {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

fn with_path(err: io::Error, path: &Path) -> io::Error {
    io::Error::new(err.kind(), format!("{}: {err}", path.display()))
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
    }

    #[test]
    fn staging_commits_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("stale.html"), "old").unwrap();
        let staging = Staging::create(&out).unwrap();
        staging.put("a/index.html", b"new").unwrap();
        staging.commit().unwrap();
        assert_eq!(fs::read(out.join("a/index.html")).unwrap(), b"new");
        assert!(!out.join("stale.html").exists());
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1);
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

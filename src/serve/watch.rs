//! Watching a site's inputs for `brief serve --watch`.
//!
//! What is watched: the site root *non*-recursively (for `brief.yaml`, and for the input
//! folders appearing, disappearing or being replaced), and each input folder —
//! `content/`, `seeds/`, `themes/`, `static/` — recursively. Watching the root
//! recursively and filtering would also put an inotify watch on every folder of
//! `target/`, `.git/` and `public/` (tens of thousands in a Rust checkout such as the
//! flagship site) only to ignore them; instead an input folder created later (a first
//! `static/`) is seen by the root watch and watched from then on
//! ([`Watch::rewatch`]), and the rebuild it triggers rescans it.
//!
//! Editors save in odd ways, and notify-debouncer-full smooths them: an atomic save
//! (write a temp file, rename it over the original — vim, VS Code, JetBrains) arrives as
//! one rename; delete-and-recreate as events on one path; a `git checkout` as a burst the
//! worker gathers into one rebuild. Swap and backup files (`.swp`, `~`, `.#x`, `#x#`,
//! `4913`, dotfiles but in `static/`: [`crate::site::is_ignored_path`]) never trigger one. The debounce is short
//! (20 ms) because save-to-reload must stay well under 150 ms.

use std::fs::Metadata;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use walkdir::WalkDir;

use notify::event::{EventKind, ModifyKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use notify_debouncer_full::{
    DebounceEventResult, DebouncedEvent, Debouncer, RecommendedCache, new_debouncer_opt,
};

use crate::config::CONFIG_FILE;
use crate::serve::shout;
use crate::site::{CONTENT_DIR, SEEDS_DIR, STATIC_DIR, THEMES_DIR, is_ignored_path};

/// How long a path must be quiet before its events are handed on.
pub const DEBOUNCE: Duration = Duration::from_millis(20);

/// How often the debouncer looks for quiet paths.
const TICK: Duration = Duration::from_millis(5);

/// The folders under the root whose every change matters.
pub const INPUT_DIRS: [&str; 4] = [CONTENT_DIR, SEEDS_DIR, THEMES_DIR, STATIC_DIR];

/// What the watcher (and `run`, to stop it, and the HTTP handlers, to have a page
/// rendered) tells the rebuild worker.
#[derive(Debug)]
pub enum Msg {
    /// A request for an output file (e.g. `overview/index.html`) not in the hub's
    /// snapshot: a page not rendered yet, or no file at all (`None`).
    Render {
        file: String,
        reply: tokio::sync::oneshot::Sender<crate::serve::state::Found>,
    },
    /// Input paths (absolute) that changed; `created_dirs` are input folders that
    /// appeared under the root and need a watch of their own.
    Changed {
        paths: Vec<PathBuf>,
        created_dirs: Vec<PathBuf>,
    },
    /// The watcher lost events: anything may have changed.
    Rescan,
    /// The server is stopping.
    Stop,
}

/// The input folders of the site at `root`, each watched recursively.
pub fn input_dirs(root: &Path) -> Vec<PathBuf> {
    INPUT_DIRS.iter().map(|d| root.join(d)).collect()
}

/// The watcher as the server and the rebuild worker share it: `None` until the server
/// starts it, after the first build (see [`changed_between`]).
pub type SharedWatch = Arc<Mutex<Option<Watch>>>;

/// A running watcher; dropping it stops it.
pub struct Watch {
    root: PathBuf,
    debouncer: Debouncer<NoAccess, RecommendedCache>,
}

impl Watch {
    /// Starts watching `root` (absolute) itself, telling `tx` about changes to its
    /// inputs; the input folders under it are watched by [`Watch::rewatch`] with
    /// [`input_dirs`] (a recursive watch, 30 ms at 10,000 briefs, which `serve` does
    /// while it answers its first requests). `out` (absolute) is the `--out` folder, never
    /// an input.
    pub fn start(root: &Path, out: Option<PathBuf>, tx: Sender<Msg>) -> Result<Watch, String> {
        let filter = Filter {
            root: root.to_path_buf(),
            out,
        };
        let handler = move |result: DebounceEventResult| match result {
            Ok(events) => {
                if let Some(msg) = filter.message(&events) {
                    // The worker has stopped (the server is shutting down): nobody to tell.
                    let _ = tx.send(msg);
                }
            }
            Err(errors) => {
                for e in errors {
                    shout(&format!("warning: watching for changes: {e}"));
                }
            }
        };
        let debouncer = new_debouncer_opt(
            DEBOUNCE,
            Some(TICK),
            handler,
            RecommendedCache::new(),
            notify::Config::default(),
        )
        .map_err(|e| format!("cannot watch {}: {e}", root.display()))?;
        let mut watch = Watch {
            root: root.to_path_buf(),
            debouncer,
        };
        watch
            .debouncer
            .watch(root, RecursiveMode::NonRecursive)
            .map_err(|e| format!("cannot watch {}: {e}", root.display()))?;
        Ok(watch)
    }

    /// (Re)watches each of `dirs` that is an input folder and exists: a folder created,
    /// or deleted and created again, since the last watch.
    pub fn rewatch(&mut self, dirs: &[PathBuf]) {
        for dir in dirs {
            if dir.parent() != Some(self.root.as_path()) || !dir.is_dir() {
                continue;
            }
            // Not watched before (a new folder) is the usual case, not a problem.
            let _ = self.debouncer.unwatch(dir);
            if let Err(e) = self.debouncer.watch(dir, RecursiveMode::Recursive) {
                shout(&format!(
                    "warning: cannot watch {}: {e}; changes there will be missed",
                    dir.display()
                ));
            }
        }
    }
}

/// The platform's watcher without the events of files being opened and closed
/// (`EventKind::Access`), which never mean a change ([`Filter`] ignores them). notify 8's
/// inotify backend reports every `open` of a watched file, and the first build reads
/// every input: the debouncer would queue each of those events and rebuild its queues at
/// every 5 ms tick. Dropped here, before the debouncer, they cost only their reading (and
/// the server starts watching after the first build: see [`changed_between`]).
pub struct NoAccess(RecommendedWatcher);

impl Watcher for NoAccess {
    fn new<F: notify::EventHandler>(
        mut handler: F,
        config: notify::Config,
    ) -> notify::Result<Self> {
        let skip_access = move |event: notify::Result<notify::Event>| {
            if !matches!(&event, Ok(e) if e.kind.is_access()) {
                handler.handle_event(event);
            }
        };
        RecommendedWatcher::new(skip_access, config).map(NoAccess)
    }

    fn watch(&mut self, path: &Path, mode: RecursiveMode) -> notify::Result<()> {
        self.0.watch(path, mode)
    }

    fn unwatch(&mut self, path: &Path) -> notify::Result<()> {
        self.0.unwatch(path)
    }

    fn configure(&mut self, option: notify::Config) -> notify::Result<bool> {
        self.0.configure(option)
    }

    fn kind() -> notify::WatcherKind {
        RecommendedWatcher::kind()
    }
}

/// Whether an input of the site changed between `since` and `until`, as far as its files
/// tell.
///
/// The server starts watching after the first build, not before: the build opens every
/// input, and each `open` of a watched file is an inotify event (notify 8 asks for them)
/// that costs its reading even when dropped ([`NoAccess`]); at 10,000 briefs that put
/// serve's first answer at 0.80 s against 0.71 s unwatched. What changes between the
/// build's start (`since`) and the watch is found here instead, by each input's change
/// time: `ctime` on Unix, which the kernel sets at every change to a file's content or
/// name and no tool can set back (a copy that keeps an old `mtime` still moves it), and
/// a folder's at every entry added, removed or renamed in it. The server asks for a full
/// rebuild when any moved after `since` and before `until`, when the watcher took over
/// (by [`file_clock_now`]: a change after it is never dated before it).
pub fn changed_between(filter: &Filter, since: SystemTime, until: SystemTime) -> bool {
    let moved = |meta: &Metadata| changed_at(meta).is_some_and(|t| t > since && t < until);
    let config = filter.root.join(CONFIG_FILE);
    if std::fs::metadata(&config).is_ok_and(|m| moved(&m)) {
        return true;
    }
    INPUT_DIRS.iter().any(|dir| {
        WalkDir::new(filter.root.join(dir))
            .follow_links(true)
            .into_iter()
            .filter_entry(|e| filter.is_input(e.path()))
            // An entry that cannot be read is skipped: the first build has reported it,
            // and the watcher reports what happens to it from now on.
            .filter_map(Result::ok)
            .any(|e| e.metadata().is_ok_and(|m| moved(&m)))
    })
}

/// The time by the clock the kernel dates changes to files by: on Linux the coarse
/// clock, which lags the precise one by up to a tick (a few milliseconds), so that a
/// file changed after this call is never dated before the time it returns. Elsewhere the
/// precise clock.
pub fn file_clock_now() -> SystemTime {
    #[cfg(target_os = "linux")]
    {
        let mut now = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `now` is a valid timespec for the call to write.
        if unsafe { libc::clock_gettime(libc::CLOCK_REALTIME_COARSE, &mut now) } == 0
            && let (Ok(secs), Ok(nanos)) = (u64::try_from(now.tv_sec), u32::try_from(now.tv_nsec))
        {
            return SystemTime::UNIX_EPOCH + Duration::new(secs, nanos);
        }
    }
    SystemTime::now()
}

/// When a file last changed: its `ctime` on Unix, else its modification time.
fn changed_at(meta: &Metadata) -> Option<SystemTime> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let secs = u64::try_from(meta.ctime()).ok()?;
        let nanos = u32::try_from(meta.ctime_nsec()).ok()?;
        SystemTime::UNIX_EPOCH.checked_add(Duration::new(secs, nanos))
    }
    #[cfg(not(unix))]
    {
        meta.modified().ok()
    }
}

/// Which paths are inputs of the site.
#[derive(Debug, Clone)]
pub struct Filter {
    pub root: PathBuf,
    pub out: Option<PathBuf>,
}

impl Filter {
    /// The message for a batch of debounced events, if any input changed.
    fn message(&self, events: &[DebouncedEvent]) -> Option<Msg> {
        if events.iter().any(|e| e.need_rescan()) {
            return Some(Msg::Rescan);
        }
        let mut paths = Vec::new();
        let mut created_dirs = Vec::new();
        for event in events.iter().filter(|e| !e.kind.is_access()) {
            let creates = matches!(
                event.kind,
                EventKind::Create(_) | EventKind::Modify(ModifyKind::Name(_))
            );
            for path in event.paths.iter().filter(|p| self.is_input(p)) {
                if creates && self.is_input_dir(path) {
                    created_dirs.push(path.clone());
                }
                paths.push(path.clone());
            }
        }
        paths.sort();
        paths.dedup();
        (!paths.is_empty()).then_some(Msg::Changed {
            paths,
            created_dirs,
        })
    }

    /// Whether a change to `path` can change the site: `brief.yaml`, or anything under
    /// an input folder that is not a swap, backup or hidden file.
    pub fn is_input(&self, path: &Path) -> bool {
        if self.out.as_deref().is_some_and(|out| path.starts_with(out)) {
            return false;
        }
        let Ok(relative) = path.strip_prefix(&self.root) else {
            return false;
        };
        let mut names = Vec::new();
        for component in relative.components() {
            match component {
                Component::Normal(name) => names.push(name.to_string_lossy()),
                _ => return false,
            }
        }
        if is_ignored_path(&names) {
            return false;
        }
        match names.first().map(|n| n.as_ref()) {
            Some(CONFIG_FILE) => names.len() == 1,
            Some(first) => INPUT_DIRS.contains(&first),
            None => false,
        }
    }

    fn is_input_dir(&self, path: &Path) -> bool {
        path.parent() == Some(self.root.as_path())
            && path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| INPUT_DIRS.contains(&n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_before_the_watch_are_found_by_their_change_time() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::write(root.join(CONFIG_FILE), "title: t\n").unwrap();
        std::fs::create_dir_all(root.join("content/deal")).unwrap();
        std::fs::write(root.join("content/deal/a.md"), "a").unwrap();
        std::fs::write(root.join("README.md"), "r").unwrap();
        // File times come from a clock that may lag the system's by a tick.
        let tick = Duration::from_millis(30);
        std::thread::sleep(tick);
        let since = SystemTime::now();
        std::thread::sleep(tick);
        let filter = Filter {
            root: root.clone(),
            out: None,
        };
        let far = SystemTime::now() + Duration::from_secs(3600);
        assert!(!changed_between(&filter, since, far), "nothing changed yet");
        std::fs::write(root.join("README.md"), "not an input").unwrap();
        assert!(
            !changed_between(&filter, since, far),
            "README.md is no input"
        );
        std::fs::write(root.join("content/deal/a.md"), "edited").unwrap();
        assert!(changed_between(&filter, since, far), "an edited brief");
        let later = SystemTime::now();
        std::thread::sleep(tick);
        assert!(!changed_between(&filter, later, far));
        std::fs::write(root.join(CONFIG_FILE), "title: u\n").unwrap();
        assert!(changed_between(&filter, later, far), "an edited brief.yaml");
        // A change once the watcher has taken over is its alone.
        let later = SystemTime::now();
        std::thread::sleep(tick);
        let watched = file_clock_now();
        std::fs::write(root.join("content/deal/a.md"), "watched").unwrap();
        assert!(
            !changed_between(&filter, later, watched),
            "a change after the watch took over"
        );
        std::fs::write(root.join(CONFIG_FILE), "title: v\n").unwrap();
        std::thread::sleep(tick);
        assert!(
            changed_between(&filter, later, file_clock_now()),
            "a change before it"
        );
    }

    #[test]
    fn only_inputs_pass() {
        let filter = Filter {
            root: PathBuf::from("/site"),
            out: Some(PathBuf::from("/site/static/out")),
        };
        for yes in [
            "/site/brief.yaml",
            "/site/content/a.md",
            "/site/content/deal/b.md",
            "/site/seeds/x.txt",
            "/site/themes/t/templates/base.html",
            "/site/static",
            "/site/static/img/a.png",
        ] {
            assert!(filter.is_input(Path::new(yes)), "{yes}");
        }
        for no in [
            "/site/public/index.html",
            "/site/target/debug/x",
            "/site/.git/index",
            "/site/README.md",
            "/site/content/.a.md.swp",
            "/site/content/a.md.swx",
            "/site/content/a.md~",
            "/site/content/.#a.md",
            "/site/content/#a.md#",
            "/site/content/4913",
            "/site/content/.hidden/a.md",
            "/site/static/out/index.html",
            "/elsewhere/content/a.md",
            "/site/sub/brief.yaml",
        ] {
            assert!(!filter.is_input(Path::new(no)), "{no}");
        }
    }
}

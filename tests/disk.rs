//! Real full and read-only disks: `brief build`, `brief serve --out`, `brief init` and
//! `brief new` writing onto a small tmpfs that fills up, or is remounted read-only.
//!
//! Every case asserts what the contract promises: exit 1; a message that says what
//! happened ("No space left on device", "Read-only file system") and names the path; the
//! previous output (indeed the whole disk) byte-identical; no empty or partial file
//! anywhere; and no staging leftovers after the next good build.
//!
//! Mounting needs root (CI runs as root). Elsewhere each test prints why it skipped; under
//! `CI=true` a test that cannot mount fails instead.

mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{BIN, Run, files, is_root, run_in, tree};

// ------------------------------------------------------------------- the disk

/// A tmpfs of a few megabytes mounted on a fresh temporary folder; unmounted on drop.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    /// Mounts a tmpfs of `size` (e.g. `3m`), or says why it cannot and returns `None`
    /// (only outside CI: under `CI=true` this panics).
    fn mount(size: &str) -> Option<Tmpfs> {
        let dir = tempfile::Builder::new()
            .prefix("brief-disk-")
            .tempdir()
            .expect("create mount point");
        let reason = if !is_root() {
            "not running as root, so no tmpfs can be mounted".to_owned()
        } else {
            let out = Command::new("mount")
                .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
                .arg(dir.path())
                .output();
            match out {
                Ok(o) if o.status.success() => return Some(Tmpfs { dir }),
                Ok(o) => format!(
                    "mount -t tmpfs failed: {}",
                    String::from_utf8_lossy(&o.stderr).trim()
                ),
                Err(e) => format!("cannot run mount: {e}"),
            }
        };
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("CI=true, and the full-disk tests cannot run: {reason}");
        }
        eprintln!("skipped: {reason} (these tests run as root, as CI does)");
        None
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn remount(&self, mode: &str) {
        let status = Command::new("mount")
            .args(["-o", &format!("remount,{mode}")])
            .arg(self.path())
            .status()
            .expect("run mount");
        assert!(status.success(), "remount {mode} failed");
    }

    /// Fills the disk: a ballast file takes every free block (the write stops at ENOSPC).
    fn fill(&self) {
        let mut ballast = std::fs::File::create(self.path().join("ballast")).expect("ballast");
        let block = vec![0x55u8; 64 * 1024];
        loop {
            if ballast.write_all(&block).is_err() {
                break;
            }
        }
        // Another try after the flush, in case the last block half fitted.
        let _ = ballast.write_all(&block[..4096]);
    }

    /// Fills the disk up to `free` bytes left.
    fn fill_leaving(&self, free: u64) {
        let avail = self.available();
        let take = avail.saturating_sub(free);
        let ballast = self.path().join("ballast");
        std::fs::write(&ballast, vec![0x55u8; take as usize]).expect("ballast");
    }

    /// Bytes free on the disk (`df`).
    fn available(&self) -> u64 {
        let out = Command::new("df")
            .args(["-B1", "--output=avail"])
            .arg(self.path())
            .output()
            .expect("run df");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .nth(1)
            .and_then(|l| l.trim().parse().ok())
            .expect("df prints the free bytes")
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        // A read-only disk must be writable again for the temp dir to go, and a child
        // still holding a file open must not keep it mounted: unmount lazily.
        let _ = Command::new("umount").arg("-l").arg(self.path()).status();
    }
}

// ------------------------------------------------------------------- sites

fn write(path: &Path, text: impl AsRef<[u8]>) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// The flagship briefing (the repository's own site), copied to `<dir>/flagship`.
fn flagship(dir: &Path) -> PathBuf {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = dir.join("flagship");
    for sub in ["content", "seeds", "themes"] {
        copy_dir(&repo.join(sub), &root.join(sub));
    }
    std::fs::copy(repo.join("brief.yaml"), root.join("brief.yaml")).unwrap();
    root
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

const SEED: &str = "---\ntitle: A seed\noutlet: Wire\npublished: 2025-02-25\n---\nThe council voted to extend the hours.\n\nMore text of the article.\n";

/// A site far too big for a 3 MB disk: `briefs` briefs of about 40 kB each.
fn big_site(dir: &Path, briefs: usize) -> PathBuf {
    let root = dir.join("big");
    write(&root.join("brief.yaml"), "title: Too big\n");
    write(&root.join("seeds/a.md"), SEED);
    let para = "The council voted to extend the library's opening hours, and the mayor spoke at length about why. ".repeat(8);
    let body: String = (0..50)
        .map(|i| format!("## Part {i}\n\n{para}\n\n"))
        .collect();
    for i in 0..briefs {
        write(
            &root.join(format!("content/b{i}.md")),
            format!("---\ntitle: Brief {i}\nsources: [a]\n---\nIt was extended [@a].\n\n{body}"),
        );
    }
    root
}

fn build(root: &Path, out: &Path) -> Run {
    run_in(
        root,
        &[
            "build",
            "--root",
            root.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    )
}

// ------------------------------------------------------------------- checks

/// A failed write: exit 1, the cause in words, the path named.
fn assert_failed_with(run: &Run, cause: &str, path: &Path) {
    run.assert_code(1);
    let err = run.stderr.to_lowercase();
    assert!(err.contains(cause), "stderr does not say `{cause}`\n{run}");
    assert!(
        run.stderr.contains(&path.display().to_string()),
        "stderr does not name {}\n{run}",
        path.display()
    );
}

/// No empty file anywhere under `dir`, and every page whole.
fn assert_whole(dir: &Path) {
    for (path, bytes) in files(dir) {
        if path == "ballast" {
            continue;
        }
        assert!(!bytes.is_empty(), "empty file {path}");
        if path.ends_with(".html") {
            let text = String::from_utf8_lossy(&bytes);
            assert!(text.trim_end().ends_with("</html>"), "partial page {path}");
        }
    }
}

/// What interrupted builds leave beside the output (`.<name>.brief-*`).
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            name.contains(".brief-").then_some(name)
        })
        .collect()
}

// ------------------------------------------------------------------- build

/// The issue's own reproduction: the flagship fits, a 1,000-brief-sized site does not.
/// The build fails with exit 1 naming the path and the cause, the disk is exactly as it
/// was, and the next good build leaves no leftovers.
#[test]
fn build_onto_a_full_disk() {
    let Some(disk) = Tmpfs::mount("3m") else {
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let small = flagship(work.path());
    let big = big_site(work.path(), 150);
    let out = disk.path().join("out");
    build(&small, &out).assert_code(0);
    assert_whole(disk.path());
    let before = tree(disk.path());

    let run = build(&big, &out);
    assert_failed_with(&run, "no space left on device", &out);
    assert!(
        run.stderr.contains("nothing written"),
        "the summary must not claim a build\n{run}"
    );
    common::assert_same_tree(&before, &tree(disk.path()), "the disk after a failed build");

    // The next good build: a changed flagship, complete, and nothing left over.
    let overview = small.join("content/overview.md");
    let text = std::fs::read_to_string(&overview).unwrap();
    std::fs::write(&overview, text.replace("title:", "title: Updated —")).unwrap();
    build(&small, &out).assert_code(0);
    assert!(
        leftovers(disk.path()).is_empty(),
        "{:?}",
        leftovers(disk.path())
    );
    assert_whole(disk.path());
    let page = std::fs::read_to_string(out.join("overview/index.html")).unwrap();
    assert!(page.contains("Updated —"), "the new build is not in place");
}

/// The disk fills at different points of the write — early, midway, near the end (the
/// last pages, the record of what was written) — by leaving less free space than the new
/// output needs: every time the build fails cleanly and the disk is as it was.
#[test]
fn build_onto_a_nearly_full_disk_fails_cleanly_wherever_it_fills() {
    let Some(disk) = Tmpfs::mount("8m") else {
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let small = flagship(work.path());
    let out = disk.path().join("out");
    let free_before = disk.available();
    build(&small, &out).assert_code(0);
    let needs = free_before - disk.available();
    let overview = small.join("content/overview.md");
    let text = std::fs::read_to_string(&overview).unwrap();
    for (n, fraction) in [0.05, 0.3, 0.6, 0.9, 0.97].into_iter().enumerate() {
        disk.fill_leaving((needs as f64 * fraction) as u64);
        let before = tree(disk.path());
        std::fs::write(
            &overview,
            text.replace("title:", &format!("title: Round {n} —")),
        )
        .unwrap();
        let run = build(&small, &out);
        assert_failed_with(&run, "no space left on device", &out);
        common::assert_same_tree(
            &before,
            &tree(disk.path()),
            &format!("the disk after a failed build with {fraction} of the space needed"),
        );
        std::fs::remove_file(disk.path().join("ballast")).unwrap();
    }
    build(&small, &out).assert_code(0);
    assert!(
        leftovers(disk.path()).is_empty(),
        "{:?}",
        leftovers(disk.path())
    );
    assert_whole(disk.path());
}

/// A read-only disk: exit 1, "Read-only file system" and the path; output untouched;
/// writable again, the next build succeeds and leaves nothing behind.
#[test]
fn build_onto_a_read_only_disk() {
    let Some(disk) = Tmpfs::mount("3m") else {
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let small = flagship(work.path());
    let out = disk.path().join("out");
    build(&small, &out).assert_code(0);
    let before = tree(disk.path());
    disk.remount("ro");
    let run = build(&small, &out);
    assert_failed_with(&run, "read-only file system", &out);
    common::assert_same_tree(&before, &tree(disk.path()), "a read-only disk");
    // A new output folder on the read-only disk: the same, and nothing created.
    let run = build(&small, &disk.path().join("new"));
    assert_failed_with(&run, "read-only file system", &disk.path().join("new"));
    disk.remount("rw");
    build(&small, &out).assert_code(0);
    assert!(
        leftovers(disk.path()).is_empty(),
        "{:?}",
        leftovers(disk.path())
    );
    assert_whole(disk.path());
}

/// An output folder that is a mount point (a Docker volume, here a tmpfs; and a bind
/// mount, on the same file system as the folder above it): the build cannot swap a new
/// folder into its place, so it is refused before anything is written, exit 2, with a
/// help naming a folder inside it; building there works. Before, every build failed at
/// the swap with "Device or resource busy".
#[test]
fn build_into_a_mount_point_is_refused_with_a_way_out() {
    let Some(disk) = Tmpfs::mount("3m") else {
        return;
    };
    let site = disk.path().join("site");
    write(&site.join("brief.yaml"), "title: T\n");
    write(&site.join("content/a.md"), "---\ntitle: A\n---\nText.\n");
    let volume = Tmpfs::mount("1m").expect("a second tmpfs, as the first was mounted");
    let bound = disk.path().join("bound");
    std::fs::create_dir_all(disk.path().join("src")).unwrap();
    std::fs::create_dir_all(&bound).unwrap();
    let status = Command::new("mount")
        .arg("--bind")
        .arg(disk.path().join("src"))
        .arg(&bound)
        .status()
        .expect("run mount");
    assert!(status.success(), "mount --bind failed");
    for out in [volume.path(), bound.as_path()] {
        let before = tree(disk.path());
        let run = build(&site, out);
        run.assert_code(2);
        assert!(run.stderr.contains("is a mount point"), "{run}");
        let inside = out.join("site");
        assert!(
            run.stderr.contains(&format!("--out {}", inside.display())),
            "{run}"
        );
        common::assert_same_tree(&before, &tree(disk.path()), "after a refused build");
        assert_eq!(std::fs::read_dir(out).unwrap().count(), 0, "{run}");
        build(&site, &inside).assert_code(0);
        assert!(inside.join("index.html").is_file());
    }
    // Best effort: the tmpfs's lazy unmount on drop detaches the bind mount with it.
    let _ = Command::new("umount").arg(&bound).status();
}

// ------------------------------------------------------------------- serve --out

/// `brief serve --out DIR` on a disk too small for the preview: it stops with exit 1 and
/// the cause and path, and DIR is as it was.
#[test]
fn serve_out_onto_a_full_or_read_only_disk() {
    let Some(disk) = Tmpfs::mount("3m") else {
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let small = flagship(work.path());
    let big = big_site(work.path(), 150);
    let out = disk.path().join("out");
    build(&small, &out).assert_code(0);
    let before = tree(disk.path());
    for (root, mode, cause) in [
        (&big, "rw", "no space left on device"),
        (&small, "ro", "read-only file system"),
    ] {
        disk.remount(mode);
        let run = run_in(
            work.path(),
            &[
                "serve",
                "--port",
                "0",
                "--root",
                root.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
            ],
        );
        assert_failed_with(&run, cause, &out);
        disk.remount("rw");
        common::assert_same_tree(&before, &tree(disk.path()), "the disk after serve --out");
    }
}

/// `brief serve --watch --out DIR`: a rebuild that no longer fits is reported (cause and
/// path) while the server keeps serving and DIR keeps the last good build; once the site
/// fits again, DIR is written and nothing is left over.
#[test]
fn serve_watch_out_survives_a_disk_filling_up() {
    let Some(disk) = Tmpfs::mount("3m") else {
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let small = flagship(work.path());
    let out = disk.path().join("out");
    let mut child = Command::new(BIN)
        .args(["serve", "--watch", "--port", "0", "--root"])
        .arg(&small)
        .arg("--out")
        .arg(&out)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = Arc::new(Mutex::new(Vec::<String>::new()));
    for pipe in [
        Box::new(child.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>,
        Box::new(child.stderr.take().unwrap()),
    ] {
        let sink = Arc::clone(&lines);
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
    }
    let wait_for = |what: &str, f: &dyn Fn(&[String]) -> bool| {
        let started = Instant::now();
        while !f(&lines.lock().unwrap()) {
            if started.elapsed() > Duration::from_secs(60) {
                panic!(
                    "timed out waiting for {what}:\n{}",
                    lines.lock().unwrap().join("\n")
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    };
    wait_for("the first build on disk", &|_| {
        out.join("index.html").is_file()
    });
    wait_for("serving and watching", &|l| {
        l.iter().any(|l| l.starts_with("watching for changes"))
    });
    std::thread::sleep(Duration::from_millis(300));
    let before: BTreeMap<String, Vec<u8>> = files(disk.path());

    // Far too much text for the disk.
    let para = "Long text that the small disk cannot hold in full. ".repeat(40);
    let body: String = (0..60)
        .map(|i| format!("## Part {i}\n\n{para}\n\n"))
        .collect();
    for i in 0..60 {
        write(
            &small.join(format!("content/bulk-{i}.md")),
            format!("---\ntitle: Bulk {i}\n---\n{body}"),
        );
    }
    wait_for("the write error", &|l| {
        l.iter()
            .any(|l| l.to_lowercase().contains("no space left on device"))
    });
    std::thread::sleep(Duration::from_millis(300));
    assert!(child.try_wait().unwrap().is_none(), "the server stopped");
    let shown = lines.lock().unwrap().join("\n");
    assert!(shown.contains(&out.display().to_string()), "{shown}");
    common::assert_same_tree(&before, &files(disk.path()), "--out after a failed write");
    assert!(
        leftovers(disk.path()).is_empty(),
        "{:?}",
        leftovers(disk.path())
    );

    // Smaller again: written, whole, nothing left over.
    for i in 0..60 {
        std::fs::remove_file(small.join(format!("content/bulk-{i}.md"))).unwrap();
    }
    let overview = small.join("content/overview.md");
    let text = std::fs::read_to_string(&overview).unwrap();
    std::fs::write(&overview, text.replace("title:", "title: Fits again —")).unwrap();
    wait_for("the good build on disk", &|_| {
        std::fs::read_to_string(out.join("overview/index.html"))
            .is_ok_and(|p| p.contains("Fits again —"))
    });
    // The edits may have started one more rebuild (the watcher can report a write
    // twice): its staging folder goes when it commits. Killed mid-write, the server
    // would leave it for the next build to remove, which is not what is tested here; a
    // staging folder that never goes fails the wait.
    wait_for("no staging folder left", &|_| {
        leftovers(disk.path()).is_empty()
    });
    let _ = child.kill();
    let _ = child.wait();
    assert_whole(disk.path());
}

// ------------------------------------------------------------------- init and new

/// `brief init` on a full disk and on a read-only one: exit 1 with the cause and the
/// path, and nothing created — no empty `brief.yaml`, no half a site.
#[test]
fn init_onto_a_full_or_read_only_disk() {
    let Some(disk) = Tmpfs::mount("1m") else {
        return;
    };
    let site = disk.path().join("site");
    disk.fill();
    let before = tree(disk.path());
    let run = run_in(disk.path(), &["init", site.to_str().unwrap()]);
    assert_failed_with(&run, "no space left on device", &site);
    common::assert_same_tree(&before, &tree(disk.path()), "a full disk after init");

    // Into an existing empty folder, with --force: still nothing left behind.
    std::fs::remove_file(disk.path().join("ballast")).unwrap();
    std::fs::create_dir(&site).unwrap();
    disk.fill();
    let before = tree(disk.path());
    let run = run_in(disk.path(), &["init", site.to_str().unwrap(), "--force"]);
    assert_failed_with(&run, "no space left on device", &site);
    common::assert_same_tree(
        &before,
        &tree(disk.path()),
        "a full disk after init --force",
    );

    std::fs::remove_file(disk.path().join("ballast")).unwrap();
    disk.remount("ro");
    let before = tree(disk.path());
    let run = run_in(
        disk.path(),
        &["init", disk.path().join("other").to_str().unwrap()],
    );
    assert_failed_with(&run, "read-only file system", &disk.path().join("other"));
    common::assert_same_tree(&before, &tree(disk.path()), "a read-only disk after init");
    disk.remount("rw");

    // With room, it works.
    run_in(disk.path(), &["init", site.to_str().unwrap()]).assert_code(0);
    assert_whole(&site);
}

/// `brief new` on a full disk and on a read-only one: exit 1 with the cause and the
/// path, and no empty brief, nor a folder made for it, left behind.
#[test]
fn new_onto_a_full_or_read_only_disk() {
    let Some(disk) = Tmpfs::mount("1m") else {
        return;
    };
    let site = disk.path().join("site");
    write(&site.join("brief.yaml"), "title: T\n");
    write(&site.join("content/a.md"), "---\ntitle: A\n---\nText.\n");
    disk.fill();
    let before = files(disk.path());
    let root = site.to_str().unwrap();
    let run = run_in(&site, &["new", "b", "--root", root]);
    assert_failed_with(
        &run,
        "no space left on device",
        &site.join("content").join("b.md"),
    );
    common::assert_same_tree(&before, &files(disk.path()), "a full disk after new");
    // Nor the folder it made for the new brief.
    let before = tree(disk.path());
    let run = run_in(&site, &["new", "sub/b", "--root", root]);
    assert_failed_with(
        &run,
        "no space left on device",
        &site.join("content/sub/b.md"),
    );
    common::assert_same_tree(&before, &tree(disk.path()), "a full disk after new sub/b");
    std::fs::remove_file(disk.path().join("ballast")).unwrap();

    disk.remount("ro");
    let run = run_in(&site, &["new", "c", "--root", root]);
    assert_failed_with(
        &run,
        "read-only file system",
        &site.join("content").join("c.md"),
    );
    disk.remount("rw");
    assert_whole(disk.path());
    assert_eq!(files(&site.join("content")).len(), 1);
}

/// `brief theme eject` on a full disk — full from the start, and filling midway through
/// the theme — and on a read-only one: exit 1 with the cause and the path, the disk
/// exactly as it was (no half-written `themes/NAME/` that a retry would refuse and a
/// build would publish with empty files); with room, the retry writes the whole theme.
#[test]
fn eject_onto_a_full_or_read_only_disk() {
    let Some(disk) = Tmpfs::mount("2m") else {
        return;
    };
    let site = disk.path().join("site");
    write(&site.join("brief.yaml"), "title: T\n");
    write(&site.join("content/a.md"), "---\ntitle: A\n---\nText.\n");
    let root = site.to_str().unwrap();
    let theme = site.join("themes").join("mine");
    // Half the theme's size free: some files are written before the disk fills.
    for free in [0, 40 * 1024] {
        disk.fill_leaving(free);
        let before = tree(disk.path());
        let run = run_in(&site, &["theme", "eject", "mine", "--root", root]);
        assert_failed_with(&run, "no space left on device", &theme);
        common::assert_same_tree(&before, &tree(disk.path()), "a full disk after eject");
        std::fs::remove_file(disk.path().join("ballast")).unwrap();
    }

    disk.remount("ro");
    let run = run_in(&site, &["theme", "eject", "mine", "--root", root]);
    assert_failed_with(&run, "read-only file system", &theme);
    disk.remount("rw");
    assert!(!site.join("themes").exists());

    run_in(&site, &["theme", "eject", "mine", "--root", root]).assert_code(0);
    // Every template and static file of the built-in theme, byte for byte.
    let mut builtin = files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/briefing"));
    builtin.retain(|rel, _| rel.starts_with("templates/") || rel.starts_with("static/"));
    common::assert_same_tree(&builtin, &files(&theme), "the ejected theme");
    assert_eq!(
        std::fs::read_dir(site.join("themes")).unwrap().count(),
        1,
        "only themes/mine/, no staging folder"
    );
}

//! Save-to-reload latency of `brief serve --watch`: the time from writing a brief to
//! the reload event reaching a client of the event stream (what an open page waits
//! for), median of N saves, on a copy of the flagship site (the repository root) and on
//! a generated 1,000-brief site (`../shared/bench/gen_corpus.py`, or `$BRIEF_CORPUS`
//! pointing at a site folder). Not a timed test: it prints figures.
//!
//! `cargo bench --bench serve_latency` (add `-- N` for the number of saves).

#[path = "../tests/e2e/mod.rs"]
mod e2e;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use e2e::{EventStream, Server, Site};

const DEFAULT_SAVES: usize = 25;

fn main() {
    let saves = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(DEFAULT_SAVES);
    let scratch = tempfile::tempdir().expect("tempdir");
    let flagship = copy_flagship(&scratch.path().join("flagship"));
    measure("flagship site", &flagship, saves);
    match generated(scratch.path()) {
        Some(root) => {
            let briefs = fs::read_dir(root.join("content")).map_or(0, |d| d.count());
            measure(&format!("generated site, {briefs} briefs"), &root, saves);
        }
        None => println!("generated site: skipped (no generator, no $BRIEF_CORPUS)"),
    }
}

/// The flagship's inputs, copied so the bench never edits the repository.
fn copy_flagship(to: &Path) -> PathBuf {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    fs::create_dir_all(to).expect("mkdir");
    for item in ["brief.yaml", "content", "seeds", "themes", "static"] {
        let from = repo.join(item);
        if from.exists() {
            copy(&from, &to.join(item));
        }
    }
    to.to_path_buf()
}

fn copy(from: &Path, to: &Path) {
    if from.is_dir() {
        fs::create_dir_all(to).expect("mkdir");
        for entry in fs::read_dir(from).expect("read_dir") {
            let entry = entry.expect("entry");
            copy(&entry.path(), &to.join(entry.file_name()));
        }
    } else {
        fs::copy(from, to).expect("copy");
    }
}

fn generated(scratch: &Path) -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("BRIEF_CORPUS") {
        return Some(PathBuf::from(dir));
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/gen_corpus.py");
    if !script.is_file() {
        return None;
    }
    let out = scratch.join("corpus");
    let status = Command::new("python3")
        .arg(&script)
        .args(["--pages", "1000", "--out"])
        .arg(&out)
        .status()
        .ok()?;
    status.success().then(|| out.join("brief"))
}

/// Saves the first brief `saves` times, each time waiting for the reload event.
fn measure(name: &str, root: &Path, saves: usize) {
    let site = Site::at(root);
    let started = Instant::now();
    let server = Server::start(&site, &[]);
    let startup = started.elapsed();
    let target = first_brief(root);
    let page = format!(
        "{}/index.html",
        target
            .strip_prefix(root.join("content"))
            .expect("under content")
            .with_extension("")
            .to_string_lossy()
            .replace('\\', "/")
    );
    let original = fs::read_to_string(&target).expect("read brief");
    let events = EventStream::connect(server.addr);
    events.next("hello");
    let mut latencies = Vec::with_capacity(saves);
    for i in 0..saves {
        let text = format!("{original}\n\nBench edit number {i}.\n");
        let written = Instant::now();
        fs::write(&target, text).expect("write");
        loop {
            let event = events.next("rebuild");
            if event.data.contains(&format!("\"{page}\"")) {
                latencies.push(event.at.duration_since(written));
                break;
            }
        }
    }
    fs::write(&target, original).expect("restore");
    report(name, startup, &latencies, &server.rebuilds());
}

/// The first brief, in name order.
fn first_brief(root: &Path) -> PathBuf {
    let mut briefs: Vec<PathBuf> = fs::read_dir(root.join("content"))
        .expect("content")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    briefs.sort();
    briefs.into_iter().next().expect("a brief")
}

fn report(name: &str, startup: Duration, latencies: &[Duration], lines: &[String]) {
    let mut sorted = latencies.to_vec();
    sorted.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let pick = |q: f64| sorted[((sorted.len() - 1) as f64 * q).round() as usize];
    println!(
        "{name}: save-to-reload over {} saves: median {:.1} ms, min {:.1} ms, p90 {:.1} ms, max {:.1} ms (server start and first build {:.0} ms)",
        sorted.len(),
        ms(pick(0.5)),
        ms(sorted[0]),
        ms(pick(0.9)),
        ms(sorted[sorted.len() - 1]),
        ms(startup),
    );
    if let Some(last) = lines.last() {
        println!("  last rebuild line: {last}");
    }
}

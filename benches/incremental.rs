//! Incremental rebuild latency of the preview engine, on any site.
//!
//!     cargo bench --bench incremental -- [SITE_ROOT] [RUNS]
//!
//! Loads the site into a [`Preview`] that renders pages on request, as `brief serve` does
//! ([`Preview::on_request`]), asks for the edited brief's page, the home page and the
//! edited seed's page (so each rebuild re-renders what a browser showing them would
//! need), then times `Preview::rebuild` — from the changed path to the updated snapshot, the work done after
//! the file watcher's debounce — for: a body edit of one brief, a title edit (which also
//! re-renders the home page and the seed pages), and a seed edit (which re-renders the
//! briefs citing it). Each file is restored afterwards. Prints the median and max of RUNS.
//! Default site: the repository's own.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use brief::build::BuildOptions;
use brief::preview::Preview;

#[global_allocator]
static GLOBAL: brief::allocator::Allocator = brief::allocator::Allocator;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let root = PathBuf::from(
        args.first()
            .cloned()
            .unwrap_or_else(|| env!("CARGO_MANIFEST_DIR").to_owned()),
    );
    let runs: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(20);

    let started = Instant::now();
    let (mut preview, first) = Preview::on_request(BuildOptions::new(&root));
    assert!(
        first.ok,
        "the site does not build: {:?}",
        preview.diagnostics().sorted().first()
    );
    println!(
        "{}: initial load and render {:.0} ms, {} files",
        root.display(),
        started.elapsed().as_secs_f64() * 1000.0,
        preview.snapshot().len()
    );

    let brief = first_file(&root.join("content"), "md");
    let seed = first_file(&root.join("seeds"), "md");
    // What a browser would show while these files are edited: the brief's page, the home
    // page, the seed's page.
    let brief_page = brief::brief::url_path(
        brief
            .strip_prefix(root.join("content"))
            .expect("under content/"),
    );
    let seed_id = seed.file_stem().expect("a file name").to_string_lossy();
    for page in [
        format!("{brief_page}index.html"),
        "index.html".to_owned(),
        format!("sources/{seed_id}/index.html"),
    ] {
        preview
            .page(&page)
            .unwrap_or_else(|| panic!("no page {page}"));
    }
    let body = edit(&mut preview, &brief, runs, |text, i| {
        format!("{text}\nAn added sentence, number {i}.\n")
    });
    report("body edit of one brief", &body);
    let title = edit(&mut preview, &brief, runs, |text, i| {
        text.replacen("title: ", &format!("title: Edited {i} "), 1)
    });
    report("title edit of one brief", &title);
    let seed_edit = edit(&mut preview, &seed, runs, |text, i| {
        format!("{text}\nAn added paragraph, number {i}.\n")
    });
    report("text edit of one seed", &seed_edit);
}

/// Edits `file` `runs` times with `change`, rebuilding after each, and restores it.
/// Returns the rebuild times and pages rendered.
fn edit(
    preview: &mut Preview,
    file: &Path,
    runs: usize,
    change: impl Fn(&str, usize) -> String,
) -> Vec<(Duration, usize)> {
    let original = std::fs::read_to_string(file).expect("read");
    let mut times = Vec::with_capacity(runs);
    for i in 0..runs {
        std::fs::write(file, change(&original, i)).expect("write");
        let r = preview.rebuild(&[file.to_path_buf()]);
        assert!(r.ok && !r.full, "rebuild failed or was full");
        times.push((r.elapsed, r.rendered));
    }
    std::fs::write(file, &original).expect("restore");
    preview.rebuild(&[file.to_path_buf()]);
    times
}

fn report(what: &str, times: &[(Duration, usize)]) {
    let mut ms: Vec<f64> = times
        .iter()
        .map(|(d, _)| d.as_secs_f64() * 1000.0)
        .collect();
    ms.sort_by(f64::total_cmp);
    let rendered = times.first().map_or(0, |t| t.1);
    println!(
        "{what:28} median {:7.2} ms   max {:7.2} ms   ({rendered} files rendered, {} runs)",
        ms[ms.len() / 2],
        ms[ms.len() - 1],
        ms.len()
    );
}

fn first_file(dir: &Path, ext: &str) -> PathBuf {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read_dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    files.into_iter().next().expect("no file to edit")
}

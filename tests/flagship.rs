//! The repository's own site, the flagship briefing: it must check without a single
//! warning, and every brief in it must draw on at least three distinct seeds.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::*;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `*.md` under content/, as paths relative to content/ with `/`.
fn briefs(dir: &Path, prefix: &str, acc: &mut Vec<String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if path.is_dir() {
            briefs(&path, &format!("{prefix}{name}/"), acc);
        } else if let Some(stem) = name.strip_suffix(".md") {
            acc.push(format!("{prefix}{stem}"));
        }
    }
}

// Guards: the flagship site checks with exit 0 and not a single warning on stderr.
#[test]
fn flagship_checks_without_warnings() {
    let root = repo();
    let run = run_in(&root, &["check", "--root", root.to_str().unwrap()]);
    run.assert_code(0);
    run.assert_no_diagnostics();
    // A one-line summary on stderr is fine; any mention of a warning is not.
    assert!(
        !run.stderr.to_lowercase().contains("warning"),
        "check reported warnings\n{run}"
    );
}

// Guards: every flagship brief (drafts included) cites at least three distinct seeds, and the output's links all resolve.
#[test]
fn every_flagship_brief_cites_three_seeds() {
    let root = repo();
    let out = tempfile::tempdir().expect("tempdir");
    let run = run_in(
        &root,
        &[
            "build",
            "--root",
            root.to_str().unwrap(),
            "--out",
            out.path().to_str().unwrap(),
            "--drafts",
        ],
    );
    run.assert_code(0);
    run.assert_no_diagnostics();
    let mut paths = Vec::new();
    briefs(&root.join("content"), "", &mut paths);
    assert!(!paths.is_empty(), "content/ holds no brief");
    for p in &paths {
        let rel = format!("{p}/index.html");
        let page = Page::open(out.path(), &rel);
        let mut seeds = BTreeSet::new();
        for li in page.select("li[id^='source-']") {
            for a in li.select(&sel("a[href]")) {
                if let Ok(Target::Internal { path, .. }) =
                    page.resolve(a.value().attr("href").unwrap())
                    && let Some(id) = path
                        .strip_prefix("sources/")
                        .and_then(|s| s.strip_suffix("/index.html"))
                {
                    seeds.insert(id.to_string());
                }
            }
        }
        assert!(
            seeds.len() >= 3,
            "{rel} cites {} distinct seed(s): {seeds:?}",
            seeds.len()
        );
        let numbered = page.select("li[id^='source-']").len();
        assert_eq!(numbered, seeds.len(), "{rel}: one Sources entry per seed");
    }
    assert_links_ok(out.path());
}

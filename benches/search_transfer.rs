//! What a reader's search transfers, on a large site, in a real browser.
//!
//!     cargo bench --bench search_transfer [-- SITE_ROOT]
//!
//! Builds the site (by default the 10,000-brief generated corpus, made with
//! `../shared/bench/gen_corpus.py` under `target/` if it is not there), serves the output
//! over loopback HTTP, and in a fresh headless Chromium per query opens
//! `search/index.html?q=WORD` and waits for the results. It prints the bytes the browser
//! transferred for the page and everything it fetched (Resource Timing's
//! `transferSize`, uncompressed: the test server does not compress), for the word found
//! in the fewest documents, for the word found in the most, and for the commonest word
//! the index does not have but finds through its stem (so the page fetches the
//! stemmer). The issue's bound is 300 KB a query.

#[path = "../tests/support/chromium.rs"]
mod browser;
#[allow(dead_code)]
#[path = "../tests/reader/site.rs"]
mod site;

use std::path::{Path, PathBuf};
use std::process::Command;

use browser::{Browser, wait_for};
use serde_json::Value;

fn main() {
    let root = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .unwrap_or_else(default_corpus);
    let Some(chromium) = browser::find() else {
        eprintln!("search_transfer: chromium is not installed");
        return;
    };
    let started = std::time::Instant::now();
    let built = site::Built::of(&root);
    println!(
        "built {} in {:.1} s",
        root.display(),
        started.elapsed().as_secs_f64()
    );
    let (unique, common, inflected) = words_of(&built.out());
    let addr = built.serve();
    let mut queries = vec![
        ("in one document", unique),
        ("in the most documents", common),
    ];
    if let Some(word) = inflected {
        queries.push(("not in the index, found by its stem", word));
    }
    for (what, word) in queries {
        let mut browser = Browser::launch(&chromium, &[]);
        browser.viewport(1280, 900, false);
        browser.open(&format!("http://{addr}/search/index.html?q={word}"));
        wait_for("search results", || {
            let n = browser.eval("document.querySelectorAll('#search-results li').length");
            (n.as_u64().unwrap_or(0) > 0).then_some(())
        });
        let fetched = browser.eval(
            r#"performance.getEntriesByType("navigation")
                 .concat(performance.getEntriesByType("resource"))
                 .map(e => [new URL(e.name).pathname, e.transferSize])"#,
        );
        let fetched: Vec<(String, u64)> = fetched
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| Some((e[0].as_str()?.to_owned(), e[1].as_u64()?)))
            .collect();
        let total: u64 = fetched.iter().map(|(_, n)| n).sum();
        let status = browser.eval("document.getElementById('search-status').textContent");
        println!(
            "\n\"{word}\" ({what}): {} files, {:.1} KB transferred — {}",
            fetched.len(),
            total as f64 / 1000.0,
            status.as_str().unwrap_or("")
        );
        for (path, bytes) in &fetched {
            println!("  {:>9.1} KB  {path}", *bytes as f64 / 1000.0);
        }
    }
}

/// The generated 10,000-brief corpus under `target/`, made if missing.
fn default_corpus() -> PathBuf {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = repo.join("target/corpus-10000");
    if !corpus.join("brief/brief.yaml").is_file() {
        let generator = repo.join("../shared/bench/gen_corpus.py");
        let status = Command::new("python3")
            .arg(&generator)
            .args(["--pages", "10000", "--out"])
            .arg(&corpus)
            .status()
            .expect("run gen_corpus.py");
        assert!(status.success(), "gen_corpus.py failed");
    }
    corpus.join("brief")
}

/// From the built index: the first word (in the index's order) found in the fewest
/// documents (one, on a real site; the generated corpus draws its words from a small
/// vocabulary, so there it may be a number), the word found in the most, and (on an
/// English site) the commonest word the index does not have whose stem it has: a word of
/// the index with `s`, `ed`, `ing` or `es` added, stemmed alike.
fn words_of(out: &Path) -> (String, String, Option<String>) {
    let read = |path: PathBuf| -> Value {
        serde_json::from_slice(&std::fs::read(&path).expect("read the index")).expect("JSON")
    };
    let manifest = read(out.join("search/index.json"));
    let shards = manifest["shards"].as_array().map_or(0, Vec::len);
    let mut rare = (usize::MAX, String::new());
    let mut common = (0, String::new());
    let mut keys = std::collections::BTreeSet::new();
    // (documents, stem, its words)
    let mut stems: Vec<(usize, String, Vec<String>)> = Vec::new();
    for k in 0..shards {
        let shard = read(out.join(format!("search/terms/{k}.json")));
        for (key, entry) in shard.as_object().into_iter().flatten() {
            keys.insert(key.clone());
            let Some(postings) = entry["p"].as_array() else {
                continue;
            };
            let docs = postings.len() / 2;
            let forms = entry["f"].as_array().into_iter().flatten();
            let forms = forms
                .filter_map(|f| f.as_str().map(str::to_owned))
                .collect();
            stems.push((docs, key.clone(), forms));
            let is_word = entry["f"]
                .as_array()
                .is_some_and(|f| f.iter().any(|w| w == key.as_str()));
            if docs < rare.0 && is_word {
                rare = (docs, key.clone());
            }
            if docs > common.0 && is_word {
                common = (docs, key.clone());
            }
        }
    }
    println!("rarest word: \"{}\", in {} documents", rare.1, rare.0);
    let english = manifest["language"]
        .as_str()
        .is_some_and(|l| l.split('-').next() == Some("en"));
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    stems.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let inflected = stems
        .iter()
        .filter(|_| english)
        .flat_map(|(_, stem, forms)| {
            forms.iter().flat_map(move |form| {
                ["s", "ed", "ing", "es"]
                    .into_iter()
                    .map(move |end| (stem, format!("{form}{end}")))
            })
        })
        .find(|(stem, word)| !keys.contains(word) && stemmer.stem(word) == stem.as_str())
        .map(|(_, word)| word);
    (rare.1, common.1, inflected)
}

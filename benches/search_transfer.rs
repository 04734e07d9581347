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
//! in the fewest documents, for the word found in the most, for the commonest word the
//! index does not have but finds through its stem (so the page fetches the stemmer),
//! and for the start of words whose search reads the most of the index (`worst_prefix`).
//! The issue's bound is 300 KB a query.

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
    let (unique, common, inflected, prefix) = words_of(&built.out());
    let addr = built.serve();
    let mut queries = vec![
        ("in one document", unique),
        ("in the most documents", common),
    ];
    if let Some(word) = inflected {
        queries.push(("not in the index, found by its stem", word));
    }
    if let Some(word) = prefix {
        queries.push(("the start of words, reading the most of the index", word));
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
/// vocabulary, so there it may be a number), the word found in the most, (on an English
/// site) the commonest word the index does not have whose stem it has: a word of the
/// index with `s`, `ed`, `ing` or `es` added, stemmed alike, and the start of words
/// whose search reads the most bytes of term shards ([`worst_prefix`]).
fn words_of(out: &Path) -> (String, String, Option<String>, Option<String>) {
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
    let mut index = Index {
        manifest: manifest.clone(),
        stemmer: std::fs::metadata(out.join("search/stemmer.js")).map_or(0, |m| m.len()),
        ..Index::default()
    };
    for k in 0..shards {
        let path = out.join(format!("search/terms/{k}.json"));
        index
            .sizes
            .push(std::fs::metadata(&path).map_or(0, |m| m.len()));
        let shard = read(path);
        let mut shard_keys = Vec::new();
        for (key, entry) in shard.as_object().into_iter().flatten() {
            keys.insert(key.clone());
            shard_keys.push(key.clone());
            index.stems.insert(
                key.clone(),
                (
                    entry["s"].as_str().map(str::to_owned),
                    entry["p"].as_array().map_or(0, Vec::len) / 2,
                ),
            );
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
        shard_keys.sort();
        index.keys.push(shard_keys);
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
    let prefix = english.then(|| worst_prefix(&index, &stemmer)).flatten();
    (rare.1, common.1, inflected, prefix)
}

/// What [`worst_prefix`] reads of the index.
#[derive(Default)]
struct Index {
    manifest: Value,
    /// Each term shard's keys, sorted, and its size in bytes.
    keys: Vec<Vec<String>>,
    sizes: Vec<u64>,
    /// The size of the stemmer, in bytes.
    stemmer: u64,
    /// Each key's stem (when another string) and how many documents its postings list.
    stems: std::collections::HashMap<String, (Option<String>, usize)>,
}

/// The start of words (the last word typed, not a key of the index) whose search reads
/// the most bytes of the index by `search.js`'s rule: its own term shard (for the word
/// itself), then for the words it starts (up to 30 stems) that shard and the next when
/// the next's first key starts with it and the two fit in the manifest's `prefix_bytes`.
/// When the manifest has no `prefix_bytes` (before it did), the page first stemmed the
/// word (fetching the stemmer and its stem's shard) and read the next shard whatever
/// its size. Ties go to the prefix whose words are in the most documents. Prints what it
/// reads.
fn worst_prefix(index: &Index, stemmer: &rust_stemmers::Stemmer) -> Option<String> {
    let firsts: Vec<&str> = index.manifest["shards"]
        .as_array()?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let budget = index.manifest["prefix_bytes"].as_u64();
    let shard_of = |key: &str| firsts.iter().rposition(|f| *f <= key).unwrap_or(0);
    let mut prefixes = std::collections::BTreeSet::new();
    for key in index.stems.keys() {
        let chars: Vec<char> = key.chars().collect();
        for n in 1..chars.len() {
            prefixes.insert(chars[..n].iter().collect::<String>());
        }
    }
    // (term bytes, documents, prefix, shards read)
    let mut worst: Option<(u64, usize, String, Vec<usize>)> = None;
    for prefix in prefixes {
        if index.stems.contains_key(&prefix) {
            continue;
        }
        let own = shard_of(&prefix);
        let mut read = vec![own];
        let mut stemmer_bytes = 0;
        if budget.is_none() {
            let stem = stemmer.stem(&prefix).into_owned();
            if stem != prefix && index.stems.get(&stem).is_some_and(|(_, docs)| *docs > 0) {
                continue;
            }
            stemmer_bytes = index.stemmer;
            if stem != prefix && !read.contains(&shard_of(&stem)) {
                read.push(shard_of(&stem));
            }
        }
        let mut found: Vec<&str> = Vec::new();
        let mut docs = 0;
        let mut at = own;
        loop {
            let keys = index.keys.get(at)?;
            let from = keys.partition_point(|k| k.as_str() < prefix.as_str());
            for key in keys[from..].iter().take_while(|k| k.starts_with(&prefix)) {
                let (of, _) = &index.stems[key];
                let stem = of.as_deref().unwrap_or(key);
                if found.len() < 30 && !found.contains(&stem) {
                    found.push(stem);
                    docs += index.stems.get(stem).map_or(0, |(_, n)| *n);
                }
            }
            let next = at + 1;
            // As the page reckons it: the manifest's sizes, in KiB rounded up.
            let kib = |k: usize| index.manifest["sizes"][k].as_u64().unwrap_or(1 << 40);
            let within = budget.is_none_or(|b| (kib(at) + kib(next)) * 1024 <= b);
            if found.len() < 30
                && at == own
                && next < firsts.len()
                && firsts[next].starts_with(&prefix)
                && within
            {
                if !read.contains(&next) {
                    read.push(next);
                }
                at = next;
            } else {
                break;
            }
        }
        if found.is_empty() {
            continue;
        }
        let bytes: u64 = read.iter().map(|&k| index.sizes[k]).sum::<u64>() + stemmer_bytes;
        if worst.as_ref().is_none_or(|w| (bytes, docs) > (w.0, w.1)) {
            worst = Some((bytes, docs, prefix, read));
        }
    }
    let (bytes, docs, prefix, read) = worst?;
    println!(
        "prefix reading the most of the index: \"{prefix}\", term shards {read:?}, {:.1} KB with the stemmer if read, its words in {docs} postings",
        bytes as f64 / 1000.0
    );
    Some(prefix)
}

//! The extraction yardstick's runner: brief's own extraction over saved pages.
//!
//! `cargo run --release --example extract -- HTML_DIR GROUND_TRUTH.json OUT.json` reads
//! every `HTML_DIR/<key>.html.gz`, extracts it exactly as `brief seed add FILE` does (with
//! the page's address from the ground truth, as a fetch would know it), and writes
//! `{key: {"articleBody": text}}` for `score.py`. `bench/extraction.py` runs it and scores.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [dir, truth, out] = args.as_slice() else {
        return Err("usage: extract HTML_DIR GROUND_TRUTH.json OUT.json".into());
    };
    let truth: serde_json::Value = serde_json::from_slice(&std::fs::read(truth)?)?;
    let mut predictions = BTreeMap::new();
    let started = std::time::Instant::now();
    let mut bytes_in = 0;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let Some(key) = name.strip_suffix(".html.gz") else {
            continue;
        };
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path)?).read_to_end(&mut html)?;
        bytes_in += html.len();
        // EXTRACT_NO_URL=1: extract without the page's address (as the crate's own bench).
        let url = truth[key]["url"]
            .as_str()
            .filter(|_| std::env::var_os("EXTRACT_NO_URL").is_none());
        // EXTRACT_RAW=1: rs-trafilatura's own text, unprocessed, for comparison;
        // EXTRACT_RAW=precision: the same with its `favor_precision` option.
        let raw = std::env::var("EXTRACT_RAW").ok();
        let body = if let Some(mode) = raw {
            let options = rs_trafilatura::Options {
                url: url.map(str::to_owned),
                favor_precision: mode == "precision",
                ..rs_trafilatura::Options::default()
            };
            let text = brief::capture::fetch::decode(&html, None);
            rs_trafilatura::extract_with_options(&text, &options)
                .map(|r| r.content_text)
                .unwrap_or_default()
        } else {
            let article = brief::capture::extract::extract_bytes(&html, None, url);
            article.paragraphs.join("\n\n")
        };
        predictions.insert(key.to_owned(), serde_json::json!({ "articleBody": body }));
    }
    let elapsed = started.elapsed();
    std::fs::write(out, serde_json::to_vec_pretty(&predictions)?)?;
    eprintln!(
        "extracted {} pages ({:.1} MB of HTML) in {:.2} s ({:.1} ms a page)",
        predictions.len(),
        bytes_in as f64 / 1e6,
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1000.0 / predictions.len().max(1) as f64
    );
    Ok(())
}

//! Where brief reads what others wrote: a web page's bytes → `extract_bytes` (HTML
//! parsing, rs-trafilatura, brief's clean-up, the page's metadata) and the wall check; a
//! bibliography (BibTeX or CSL-JSON) → `import::parse`; the metadata readers on any text.
//!
//! Beyond "no panic": the seed file a capture or an import would write reads back as a
//! seed without an error — `brief seed add` and `seed import` never write a seed that
//! the next `brief build` rejects — and a captured page's paragraphs come back as written.
//!
//! The first byte picks the path: a served page (with a content type and an address), a
//! saved page (neither), a bibliography, or the metadata readers.
#![no_main]

use std::path::Path;

use brief::capture::{self, extract, import, metadata, wall};
use brief::diagnostic::Diagnostics;
use brief::frontmatter::SourceText;
use brief::seed::Seed;
use libfuzzer_sys::fuzz_target;

const URL: &str = "https://news.example.org/2025/02/minerals?utm=x";

/// The seed file reads back with no error; returns its paragraphs.
fn reads_back(file: &capture::seedfile::SeedFile) -> Vec<String> {
    let text = file.render();
    let path = Path::new("seeds/x.md");
    let source = SourceText::decode(path, text.clone().into_bytes())
        .unwrap_or_else(|d| panic!("not UTF-8? {d}\n{text}"));
    let mut diags = Diagnostics::new();
    let seed = Seed::parse("x", path, &source, &mut diags)
        .unwrap_or_else(|d| panic!("the written seed does not parse: {d}\n{text}"));
    assert!(
        !diags.has_errors(),
        "the written seed has errors: {diags:?}\n{text}"
    );
    seed.paragraphs
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    match which % 4 {
        0 | 1 => {
            let article = if which % 4 == 0 {
                extract::extract_bytes(rest, Some("text/html; charset=utf-8"), Some(URL))
            } else {
                extract::extract_bytes(rest, None, None)
            };
            let _ = wall::assess(&article);
            let _ = article.word_count();
            let file = capture::seed_file(&article, URL, "2026-12-02T00:00:00Z", rest);
            let read = reads_back(&file);
            // What the seed holds is what was extracted, a paragraph to a paragraph
            // (whitespace runs are one space in a seed's line).
            let written: Vec<String> = article
                .paragraphs
                .iter()
                .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|p| !p.is_empty())
                .collect();
            assert_eq!(read.len(), written.len(), "{written:?}\n{read:?}");
        }
        2 => {
            let text = String::from_utf8_lossy(rest);
            if let Ok(entries) = import::parse(Path::new("lib.bib"), &text) {
                for entry in &entries {
                    reads_back(&import::seed_of(entry, "lib.bib"));
                }
            }
        }
        _ => {
            let text = String::from_utf8_lossy(rest);
            if let Some(date) = metadata::date_of(&text) {
                assert!(brief::date::parse(&date, true).is_ok(), "{date}");
            }
            let _ = metadata::language_tag(&text);
            let _ = metadata::host(&text);
            if let Some(url) = metadata::absolute(Some(URL), &text) {
                assert!(
                    url.starts_with("http://") || url.starts_with("https://"),
                    "{url}"
                );
            }
            let _ = metadata::strip_site_tail(&text, Some("Example News"));
        }
    }
});

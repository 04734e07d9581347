//! Raw bytes of a user's file → UTF-8 decoding → front-matter split → YAML into the
//! brief, seed (.md and bare .txt) and site-config types; every diagnostic is formatted.
#![no_main]

use std::path::Path;

use brief::brief::Brief;
use brief::config::SiteConfig;
use brief::diagnostic::{Diagnostic, Diagnostics};
use brief::frontmatter::{self, SourceText};
use brief::seed::Seed;
use libfuzzer_sys::fuzz_target;

fn check(d: &Diagnostic, text: &str) {
    let shown = d.to_string();
    assert!(!shown.is_empty());
    // A diagnostic placed in the file points at a line the file has.
    let lines = text.split('\n').count();
    assert!(d.line <= lines + 1, "line {} of {lines}: {shown}", d.line);
}

fuzz_target!(|data: &[u8]| {
    let Ok(source) = SourceText::decode(Path::new("content/x.md"), data.to_vec()) else {
        return;
    };
    let text = source.text.clone();
    if let Ok(split) = frontmatter::split(Path::new("x.md"), &text) {
        assert_eq!(&text[split.body_offset..], split.body);
    }
    let mut diags = Diagnostics::new();
    match Brief::parse(
        Path::new("content/x.md"),
        Path::new("x.md"),
        source.clone(),
        &mut diags,
    ) {
        Ok(brief) => {
            let _ = brief.body();
        }
        Err(d) => check(&d, &text),
    }
    for (id, path) in [("x", "seeds/x.md"), ("x", "seeds/x.txt")] {
        match Seed::parse(id, Path::new(path), &source, &mut diags) {
            Ok(seed) => {
                let _ = seed.paragraphs.len();
            }
            Err(d) => check(&d, &text),
        }
    }
    if let Err(errors) = SiteConfig::parse(Path::new("brief.yaml"), &source) {
        for d in &errors {
            check(d, &text);
        }
    }
    for d in diags.iter() {
        check(d, &text);
    }
});

//! The quote matcher: quoted passages before a citation, and finding them in a seed.
//!
//! Input: `<block text>\0<seed text>`; the seed text is split into paragraphs at blank
//! lines as a seed's body is.
#![no_main]

use brief::quote::{SeedText, quotes_before};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let (block, seed) = data.split_once('\0').unwrap_or((data, data));
    let paragraphs = brief::seed::paragraphs(seed);
    let index = SeedText::new(&paragraphs);
    let mut from = block.len() / 3;
    while !block.is_char_boundary(from) {
        from -= 1;
    }
    let check = |passages: &[brief::quote::Passage]| {
        for p in passages {
            let para = &paragraphs[p.paragraph];
            assert!(p.start < p.end && p.end <= para.len(), "{p:?} in {para:?}");
            assert!(para.is_char_boundary(p.start) && para.is_char_boundary(p.end));
        }
    };
    for from in [0, from] {
        for span in quotes_before(block, from) {
            let quoted = &block[span.start..span.end];
            if let Some(found) = index.find(quoted) {
                check(&found);
            }
        }
    }
    // Text copied from the seed is always found in it.
    for para in &paragraphs {
        if let Some(found) = index.find(para) {
            check(&found);
        } else {
            let norm = brief::quote::normalize(para);
            let has_words = norm.split("...").any(|f| {
                !f.trim_matches(|c: char| c.is_whitespace() || ".,;:!?".contains(c))
                    .is_empty()
            });
            assert!(!has_words, "paragraph not found in its own seed: {para:?}");
        }
    }
});

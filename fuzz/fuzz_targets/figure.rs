//! Figures, sentences and paragraph locators: the readers of the claims check.
//!
//! Input: any text. [`brief::figure::extract`] reads figures in windows around anchors,
//! for speed; it must give exactly what asking at every token of the whole text gives,
//! and each figure must lie on character boundaries within the text and support itself
//! (a figure copied verbatim from a seed verifies). (Whole numbers joined by a hyphen that do not
//! rise are a ratio: `a 52-48 vote` is 52:48.) The sentences must cover the text,
//! in order, with no gap; a locator must never name paragraph 0.
#![no_main]

use brief::figure::{extract, extract_at_every_token};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let figures = extract(text);
    for f in &figures {
        assert!(
            f.start <= f.number_start && f.number_start <= f.end && f.end <= text.len(),
            "{f:?}"
        );
        assert!(
            text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
            "{f:?}"
        );
        // A run of digits too long for an f64 reads as infinity, which no comparison
        // accepts; such a figure is still found and placed, only not matched.
        if f.lo.is_finite() && f.hi.is_finite() {
            assert!(
                f.matches(f),
                "{:?} does not support itself: {f:?}",
                &text[f.start..f.end]
            );
        }
    }
    for pair in figures.windows(2) {
        assert!(
            pair[0].end <= pair[1].start,
            "overlapping figures: {pair:?}"
        );
    }
    assert_eq!(
        figures,
        extract_at_every_token(text),
        "two readings of {text:?}"
    );

    let sentences = brief::claims::sentences(text);
    let mut at = 0;
    for s in &sentences {
        assert_eq!(s.start, at, "a gap before {s:?} in {text:?}");
        assert!(s.start <= s.end && text.is_char_boundary(s.end));
        at = s.end;
    }
    assert_eq!(at, text.len(), "sentences end before the text");

    if let Some(paragraphs) = brief::locator::paragraphs(text) {
        assert!(
            paragraphs.iter().all(|&p| p > 0),
            "{text:?} → {paragraphs:?}"
        );
    }
});

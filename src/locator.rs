//! What a citation's locator points at in a seed.
//!
//! A locator is the text after the comma in `[@ap-2025, para. 4]`. Seeds are articles
//! split into paragraphs, so the locators that mean something here name paragraphs:
//! `para. 4`, `paras. 4–6` (or `4-6`, `4--6`), `¶ 4`, `¶¶ 4–6`. Others (`p. 12`, `sec. 2`)
//! are kept as text and checked no further. This module only reads locators; the
//! citation syntax that produces them lives in [`crate::cite`], and the checks that use
//! them (count, quotes, figures) in [`crate::resolve`].

use std::ops::RangeInclusive;

/// The 1-based paragraphs a locator names, or `None` when it names none (`p. 12`, or
/// no number). `paras. 6–4` is read as 4–6.
pub fn paragraphs(locator: &str) -> Option<RangeInclusive<usize>> {
    let s = locator.trim();
    let rest = [
        "paragraphs",
        "paragraph",
        "paras.",
        "paras",
        "para.",
        "para",
        "¶¶",
        "¶",
    ]
    .iter()
    .find_map(|label| strip_prefix_ignore_case(s, label))?;
    let rest = rest.trim_start();
    let (first, rest) = leading_number(rest)?;
    let rest = rest.trim_start();
    let second = ["--", "–", "—", "-", "‒"]
        .iter()
        .find_map(|dash| rest.strip_prefix(dash))
        .and_then(|r| leading_number(r.trim_start()))
        .map(|(n, _)| n);
    let (a, b) = match second {
        Some(last) => (first.min(last), first.max(last)),
        None => (first, first),
    };
    (a >= 1).then_some(a..=b)
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

fn leading_number(s: &str) -> Option<(usize, &str)> {
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let n = s[..end].parse().ok()?;
    Some((n, &s[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_locators() {
        assert_eq!(paragraphs("para. 4"), Some(4..=4));
        assert_eq!(paragraphs("Para 4"), Some(4..=4));
        assert_eq!(paragraphs("paras. 4–6"), Some(4..=6));
        assert_eq!(paragraphs("paras. 4--6"), Some(4..=6));
        assert_eq!(paragraphs("paras 6-4"), Some(4..=6));
        assert_eq!(paragraphs("¶ 3"), Some(3..=3));
        assert_eq!(paragraphs("¶¶ 3–5"), Some(3..=5));
        assert_eq!(paragraphs("p. 12"), None);
        assert_eq!(paragraphs("para. 0"), None);
        assert_eq!(paragraphs("para."), None);
        assert_eq!(paragraphs("paragraph 2"), Some(2..=2));
    }
}

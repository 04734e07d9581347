//! What a citation's locator points at in a seed.
//!
//! A locator is the text after the comma in `[@ap-2025, para. 4]`. Seeds are articles
//! split into paragraphs, so the locators that mean something here name paragraphs:
//! `para. 4`, `paras. 4–6` (or `4-6`, `4--6`), `¶ 4`, `¶¶ 4–6`. Others (`p. 12`, `sec. 2`)
//! are kept as text and checked no further. This module only reads locators; the
//! citation syntax that produces them lives in [`crate::cite`], and the checks that use
//! them (count, quotes, figures) in [`crate::resolve`].

/// The 1-based paragraphs a locator names, ascending and without repeats, or `None` when
/// it names none (`p. 12`, no number, paragraph 0). Lists and ranges mix:
/// `paras. 1, 2`, `paras. 4–6` (or `4-6`, `4--6`, `4 to 6`), `¶¶ 3 and 5`; `paras. 6–4`
/// is read as 4–6. Words after the numbers end the list (`para. 4, emphasis added`).
pub fn paragraphs(locator: &str) -> Option<Vec<usize>> {
    const LABELS: &[&str] = &[
        "paragraphs",
        "paragraph",
        "paras.",
        "paras",
        "para.",
        "para",
        "pars.",
        "par.",
        "¶¶",
        "¶",
    ];
    let s = locator.trim();
    let rest = LABELS
        .iter()
        .find_map(|label| strip_prefix_ignore_case(s, label))?;
    let mut out = Vec::new();
    for part in rest.split([',', ';', '&']).flat_map(|p| p.split(" and ")) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let bounds: Option<Vec<usize>> = part
            .split("--")
            .flat_map(|p| p.split(['-', '–', '—', '‒']))
            .flat_map(|p| p.split(" to "))
            .map(str::trim)
            .filter(|b| !b.is_empty())
            .map(|b| b.parse().ok())
            .collect();
        match bounds.as_deref() {
            Some([n]) => out.push(*n),
            // A range of more than 500 paragraphs is a typo, not an article.
            Some([a, b]) if a.abs_diff(*b) <= 500 => out.extend(*a.min(b)..=*a.max(b)),
            _ => break,
        }
    }
    out.sort_unstable();
    out.dedup();
    (!out.is_empty() && out[0] >= 1).then_some(out)
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_locators() {
        assert_eq!(paragraphs("para. 4"), Some(vec![4]));
        assert_eq!(paragraphs("Para 4"), Some(vec![4]));
        assert_eq!(paragraphs("paras. 4–6"), Some(vec![4, 5, 6]));
        assert_eq!(paragraphs("paras. 4--6"), Some(vec![4, 5, 6]));
        assert_eq!(paragraphs("paras 6-4"), Some(vec![4, 5, 6]));
        assert_eq!(paragraphs("paras. 1, 2"), Some(vec![1, 2]));
        assert_eq!(paragraphs("paras. 4, 6"), Some(vec![4, 6]));
        assert_eq!(paragraphs("paras. 2, 4–5 and 9"), Some(vec![2, 4, 5, 9]));
        assert_eq!(paragraphs("¶ 3"), Some(vec![3]));
        assert_eq!(paragraphs("¶¶ 3–5"), Some(vec![3, 4, 5]));
        assert_eq!(paragraphs("¶¶ 3-4"), Some(vec![3, 4]));
        assert_eq!(paragraphs("paragraph 2"), Some(vec![2]));
        assert_eq!(paragraphs("paragraph 12"), Some(vec![12]));
        assert_eq!(paragraphs("para. 4, emphasis added"), Some(vec![4]));
        assert_eq!(paragraphs("p. 12"), None);
        assert_eq!(paragraphs("para. 0"), None);
        assert_eq!(paragraphs("para."), None);
        assert_eq!(paragraphs("paras. 1-9999"), None);
    }
}

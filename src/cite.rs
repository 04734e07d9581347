//! Citation syntax: Pandoc's `[@id]`, `[@id, locator]`, `[@a; @b]`.
//!
//! This module only parses the text *inside* the brackets; finding the brackets is the
//! Markdown parser's job ([`crate::markdown`]), so that `[@x]` in a code span, or escaped
//! as `\[@x]`, is never a citation.

/// One cited source within a bracket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CiteItem {
    /// The seed id.
    pub id: String,
    /// What follows the id, e.g. `para. 4` (a leading comma removed), if anything.
    pub locator: Option<String>,
    /// Byte offset of the `@` within the bracket's inner text.
    pub offset: usize,
}

/// Parses the inner text of a bracket (`@a, para. 4; @b`). Returns `None` when it is not
/// a citation: every `;`-separated part must hold an `@id`.
pub fn parse_group(inner: &str) -> Option<Vec<CiteItem>> {
    let mut items = Vec::new();
    let mut start = 0;
    for part in inner.split(';') {
        let part_start = start;
        start += part.len() + 1;
        let at = find_at(part)?;
        let after = &part[at + 1..];
        let id_len = id_length(after);
        if id_len == 0 {
            return None;
        }
        let id = &after[..id_len];
        let rest = after[id_len..].trim();
        let locator = rest.strip_prefix(',').unwrap_or(rest).trim();
        items.push(CiteItem {
            id: id.to_owned(),
            locator: (!locator.is_empty()).then(|| locator.to_owned()),
            offset: part_start + at,
        });
    }
    (!items.is_empty()).then_some(items)
}

/// The `@` that starts a citation key: at the start of the part or after whitespace
/// (Pandoc allows a prefix such as `see @doe`), optionally as `-@` (suppress author).
fn find_at(part: &str) -> Option<usize> {
    let bytes = part.as_bytes();
    (0..bytes.len()).find(|&i| {
        bytes[i] == b'@' && (i == 0 || bytes[i - 1].is_ascii_whitespace() || bytes[i - 1] == b'-')
    })
}

/// Length of the citation key at the start of `s`: Pandoc's rule — starts with a letter,
/// digit or `_`; continues with those and internal punctuation `:.#$%&-+?<>~/`, but does
/// not end with punctuation.
fn id_length(s: &str) -> usize {
    let mut end = 0;
    let mut last_good = 0;
    for (i, c) in s.char_indices() {
        let ok = if i == 0 {
            c.is_alphanumeric() || c == '_'
        } else {
            c.is_alphanumeric() || "_:.#$%&-+?<>~/".contains(c)
        };
        if !ok {
            break;
        }
        end = i + c.len_utf8();
        if c.is_alphanumeric() || c == '_' {
            last_good = end;
        }
    }
    last_good.min(end)
}

/// Whether a bracket's inner text is a citation (cheap check for the Markdown parser's
/// broken-link callback).
pub fn is_citation(inner: &str) -> bool {
    parse_group(inner).is_some()
}

/// Backlink labels: 0 → `a`, 25 → `z`, 26 → `aa`, 27 → `ab` … (bijective base 26).
pub fn backlink_label(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(b'a' + (n % 26) as u8);
        n /= 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(inner: &str) -> Vec<(String, Option<String>)> {
        parse_group(inner)
            .unwrap_or_default()
            .into_iter()
            .map(|c| (c.id, c.locator))
            .collect()
    }

    #[test]
    fn single_citation() {
        assert_eq!(ids("@ap-2025-02-25"), vec![("ap-2025-02-25".into(), None)]);
    }

    #[test]
    fn locator_after_comma() {
        assert_eq!(
            ids("@ap, para. 4"),
            vec![("ap".into(), Some("para. 4".into()))]
        );
    }

    #[test]
    fn several_sources() {
        let got = ids("@a; @b, p. 2");
        assert_eq!(
            got,
            vec![("a".into(), None), ("b".into(), Some("p. 2".into()))]
        );
        let group = parse_group("@a; @b").unwrap();
        assert_eq!(group[1].offset, 4);
    }

    #[test]
    fn trailing_punctuation_is_not_part_of_the_id() {
        assert_eq!(ids("@doe99."), vec![("doe99".into(), Some(".".into()))]);
        assert_eq!(ids("@a:b"), vec![("a:b".into(), None)]);
    }

    #[test]
    fn not_citations() {
        assert!(parse_group("link text").is_none());
        assert!(parse_group("email me@example.org").is_none());
        assert!(parse_group("@").is_none());
        assert!(parse_group("@a; plain").is_none());
        assert!(parse_group("").is_none());
    }

    #[test]
    fn labels_continue_past_z() {
        let labels: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702]
            .iter()
            .map(|&i| backlink_label(i))
            .collect();
        assert_eq!(labels, ["a", "b", "z", "aa", "ab", "az", "ba", "zz", "aaa"]);
    }
}

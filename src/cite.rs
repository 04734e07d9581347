//! Citation syntax: Pandoc's `[@id]`, `[see @id, p. 4]`, `[@a; @b]`, `[-@id]`, and the
//! pieces of a narrative citation (`@id [p. 4] says`).
//!
//! This module only parses text the Markdown parser hands it: the inside of a bracket,
//! or the bracket after a narrative `@id`. Finding brackets and `@id`s is
//! [`crate::markdown`]'s job, so that `[@x]` in a code span, in math, or escaped as `\[@x]`
//! is never a citation. When a bracket *looks* like a citation but is not one
//! (`[@a;]`, `[@@a]`), [`check_group`] says why, so the build can warn instead of
//! publishing the brackets silently.

/// How a cited source appears in the sentence (Pandoc's `citationMode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CiteMode {
    /// `[@id]`: the number alone.
    #[default]
    Normal,
    /// `@id says`: the source named in the sentence, then its number.
    AuthorInText,
    /// `[-@id]`: the author is already named in the sentence. With numbered citations
    /// there is no author to leave out, so it renders like `Normal`.
    SuppressAuthor,
}

/// One cited source within a bracket.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CiteItem {
    /// The seed id.
    pub id: String,
    /// The locator (`para. 4`, `p. **32**`, `33, 35-37`), Markdown as written (but `--`
    /// and `---` as the dashes they stand for), without the comma before it; `None` when
    /// the text after the id names no page, paragraph … .
    pub locator: Option<String>,
    /// Byte offset of the `@` within the parsed text.
    pub offset: usize,
    /// Words before the `@` (`see`, `e.g.,`), Markdown as written.
    pub prefix: Option<String>,
    /// Words after the id and its locator (`and nowhere else`; `, with suffix` after a
    /// locator keeps its comma, as citeproc's does), Markdown as written.
    pub suffix: Option<String>,
    pub mode: CiteMode,
    /// Written inside the previous item's suffix, with no `;` before it (`[@a @b]`,
    /// `[see @a and @b]`): cited all the same, as Pandoc cites it, and worth a warning.
    pub in_suffix: bool,
}

impl CiteItem {
    /// What a reader sees beside the citation's backlink: the locator and the suffix as
    /// written, `p. 33, and nowhere else`.
    pub fn note(&self) -> Option<String> {
        match (&self.locator, &self.suffix) {
            (None, None) => None,
            (Some(l), None) => Some(l.clone()),
            (None, Some(s)) => Some(s.clone()),
            (Some(l), Some(s)) if s.starts_with([',', ';', '.', ':', ')']) => {
                Some(format!("{l}{s}"))
            }
            (Some(l), Some(s)) => Some(format!("{l} {s}")),
        }
    }
}

/// Why a bracket that looks like a citation is not one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed {
    /// Byte offset within the parsed text of the trouble.
    pub offset: usize,
    pub message: String,
    pub help: String,
}

/// Parses the inner text of a bracket (`see @a, para. 4; @b`). Returns `None` when it is
/// not a citation: every `;`-separated part must hold an `@id`. A further `@id` at the
/// start of a word after a part's first (`[@a @b]`, `[see @a and @b]`) is a citation of
/// its own, as Pandoc reads it (a citation inside the suffix), marked
/// [`CiteItem::in_suffix`]; the words before it stay with the item before.
pub fn parse_group(inner: &str) -> Option<Vec<CiteItem>> {
    let mut items = Vec::new();
    let mut start = 0;
    for part in inner.split(';') {
        let part_start = start;
        start += part.len() + 1;
        let (at, suppress) = find_at(part)?;
        let dash = usize::from(suppress);
        let prefix = part[..at - dash].trim();
        let mut item = CiteItem {
            prefix: (!prefix.is_empty()).then(|| prefix.to_owned()),
            ..CiteItem::default()
        };
        let (mut at, mut suppress) = (at, suppress);
        loop {
            let (id, key_len) = key(&part[at + 1..])?;
            let rest_start = at + 1 + key_len;
            // The next citation written in this item's suffix, if any.
            let mut next = find_at_from(part, rest_start);
            while let Some((n, _)) = next.filter(|&(n, _)| key(&part[n + 1..]).is_none()) {
                next = find_at_from(part, n + 1);
            }
            let rest_end = next.map_or(part.len(), |(n, s)| n - usize::from(s));
            let (locator, suffix) = split_suffix(&part[rest_start..rest_end]);
            item.id = id.to_owned();
            item.locator = locator;
            item.suffix = suffix;
            item.offset = part_start + at;
            item.mode = if suppress {
                CiteMode::SuppressAuthor
            } else {
                CiteMode::Normal
            };
            items.push(std::mem::take(&mut item));
            let Some((n, s)) = next else { break };
            (at, suppress) = (n, s);
            item.in_suffix = true;
        }
    }
    (!items.is_empty()).then_some(items)
}

/// Whether a bracket's inner text is a citation: what [`parse_group`] accepts, found
/// without building the items (the parser asks this of every bracket).
pub fn is_citation(inner: &str) -> bool {
    inner
        .split(';')
        .all(|part| find_at(part).is_some_and(|(at, _)| key(&part[at + 1..]).is_some()))
}

/// Whether a bracket's inner text means to be a citation: it has an `@` where a citation
/// key would start (at the start, or after a space, `-` or another `@`), followed by a key
/// character or `@`. Emails (`me@example.org`) and a lone `@` do not count.
pub fn looks_like_citation(inner: &str) -> bool {
    let b = inner.as_bytes();
    (0..b.len()).any(|i| {
        b[i] == b'@'
            && (i == 0 || matches!(b[i - 1], b' ' | b'\t' | b'\n' | b'\r' | b'-' | b'@' | b'['))
            && inner[i + 1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '@' || c == '{')
    })
}

/// Parses a bracket's inner text, or says why it is not a citation.
pub fn check_group(inner: &str) -> Result<Vec<CiteItem>, Malformed> {
    if let Some(items) = parse_group(inner) {
        return Ok(items);
    }
    let mut start = 0;
    let parts: Vec<&str> = inner.split(';').collect();
    for (n, part) in parts.iter().enumerate() {
        let part_start = start;
        start += part.len() + 1;
        if let Some(i) = part.find("@@") {
            return Err(Malformed {
                offset: part_start + i,
                message: "a source id starts with one `@`, not `@@`".into(),
                help: format!("write `[{}]`", inner.replace("@@", "@")),
            });
        }
        let Some((at, _)) = find_at(part) else {
            let trimmed = part.trim();
            let (message, help) = if trimmed.is_empty() && n + 1 == parts.len() {
                (
                    "a citation cannot end with `;`".to_owned(),
                    "remove the `;`, or cite another source after it: `[@a; @b]`".to_owned(),
                )
            } else if trimmed.is_empty() {
                (
                    "empty part between `;`s in a citation".to_owned(),
                    "remove the extra `;`".to_owned(),
                )
            } else {
                (
                    format!("`{trimmed}` in a citation names no source"),
                    format!(
                        "each `;`-separated part needs an `@id`; to add words to the previous source, use `,` instead of `;` (`…, {trimmed}`), or to keep the brackets as text write `\\[`"
                    ),
                )
            };
            // Point at the `;` before an empty part, else at the part's first word.
            let offset = if trimmed.is_empty() {
                part_start.saturating_sub(1)
            } else {
                part_start + part.len() - part.trim_start().len()
            };
            return Err(Malformed {
                offset,
                message,
                help,
            });
        };
        if key(&part[at + 1..]).is_none() {
            return Err(Malformed {
                offset: part_start + at,
                message: "`@` with no source id after it".into(),
                help: "write the id right after the `@`: `[@ap-2025-02-25]`".into(),
            });
        }
    }
    Err(Malformed {
        offset: 0,
        message: "this bracket looks like a citation but is not one".into(),
        help: "write `[@id]`, `[@id, para. 4]` or `[see @a; @b]`; to keep the brackets as text write `\\[`".into(),
    })
}

/// The `@` that starts a citation key: at the start of the part or after whitespace
/// (Pandoc allows a prefix such as `see @doe`), optionally as `-@` (suppress author).
/// Returns the `@`'s offset and whether a `-` precedes it.
fn find_at(part: &str) -> Option<(usize, bool)> {
    find_at_from(part, 0)
}

/// [`find_at`], looking from byte `from` of `part` on (what comes before `from` still
/// decides whether an `@` starts a word).
fn find_at_from(part: &str, from: usize) -> Option<(usize, bool)> {
    let b = part.as_bytes();
    let space = |i: usize| i == 0 || b[i - 1].is_ascii_whitespace();
    (from..b.len()).find_map(|i| {
        if b[i] != b'@' {
            return None;
        }
        if space(i) {
            Some((i, false))
        } else if b[i - 1] == b'-' && space(i - 1) {
            Some((i, true))
        } else {
            None
        }
    })
}

/// Length of the citation key at the start of `s`: Pandoc's rule — starts with a letter,
/// digit or `_`; continues with those and internal punctuation `:.#$%&-+?<>~/`, but does
/// not end with punctuation.
pub fn id_length(s: &str) -> usize {
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

/// The citation key at the start of `s` (what follows its `@`): a bare key as
/// [`id_length`] reads it, or, in Pandoc's form for ids with other characters, one in
/// braces (`{ap}`, `{a.b.}`: any characters but whitespace, braces balanced). Returns the
/// id and the bytes it takes, braces included; `None` when there is no key.
pub fn key(s: &str) -> Option<(&str, usize)> {
    let Some(braced) = s.strip_prefix('{') else {
        let len = id_length(s);
        return (len > 0).then(|| (&s[..len], len));
    };
    let mut depth = 0usize;
    for (i, c) in braced.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return (i > 0).then(|| (&braced[..i], i + 2)),
            '}' => depth -= 1,
            c if c.is_whitespace() => return None,
            _ => {}
        }
    }
    None
}

/// CSL's locator terms, as Pandoc's citeproc recognises them (long, short and symbol
/// forms). Longer forms first, so `pp.` wins over `p.`.
const LOCATOR_TERMS: &[&str] = &[
    "paragraphs",
    "paragraph",
    "sections",
    "section",
    "chapters",
    "chapter",
    "columns",
    "column",
    "figures",
    "figure",
    "volumes",
    "volume",
    "numbers",
    "number",
    "folios",
    "folio",
    "verses",
    "verse",
    "pages",
    "page",
    "lines",
    "line",
    "notes",
    "note",
    "books",
    "book",
    "parts",
    "part",
    "opus",
    "paras.",
    "para.",
    "para",
    "chaps.",
    "chap.",
    "cols.",
    "col.",
    "figs.",
    "fig.",
    "vols.",
    "vol.",
    "nos.",
    "no.",
    "fols.",
    "fol.",
    "secs.",
    "sec.",
    "bks.",
    "bk.",
    "pts.",
    "pt.",
    "opp.",
    "op.",
    "s.vv.",
    "s.v.",
    "ch.",
    "pp.",
    "p.",
    "ll.",
    "l.",
    "nn.",
    "n.",
    "vv.",
    "v.",
    "¶¶",
    "¶",
    "§§",
    "§",
];

/// Splits what follows a citation key (`, p. 33, 35-37, and nowhere else`) into its
/// locator (`p. 33, 35-37`) and suffix (`and nowhere else`), as Pandoc's citeproc does: a
/// locator is a CSL locator term followed by page-like values, or such values alone, or
/// anything in braces (`{pp. iv, vi-xi}`). Markup is kept (`p. **32**`); `--` and `---`
/// in the locator become `–` and `—` (`paras. 1--2` → `paras. 1–2`), as in Pandoc.
pub fn split_suffix(rest: &str) -> (Option<String>, Option<String>) {
    let some = |s: &str| {
        let s = s.trim();
        (!s.is_empty()).then(|| s.to_owned())
    };
    let text = rest.trim_start();
    let text = text.strip_prefix(',').unwrap_or(text).trim_start();
    if let Some(inner) = text.strip_prefix('{')
        && let Some(close) = inner.find('}')
    {
        let after = inner[close + 1..].trim_start();
        return (
            some(&typographic_dashes(&inner[..close])),
            some(after.strip_prefix(',').unwrap_or(after)),
        );
    }
    let lower = text.to_lowercase();
    let term_len = LOCATOR_TERMS
        .iter()
        .find(|t| {
            lower.starts_with(*t)
                && lower.len() == text.len() // a case mapping that changes lengths: no term
                && text[t.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_whitespace() || c.is_ascii_digit() || c == '*' || c == '_')
        })
        .map_or(0, |t| t.len());
    let value_start = term_len + (text[term_len..].len() - text[term_len..].trim_start().len());
    // With no term only numbers make a locator (`[@a, 33]`): a roman numeral alone is
    // too often a word (`civil`, `did`).
    let value_len = locator_value_length(&text[value_start..], term_len > 0);
    if value_len == 0 {
        return (None, some(text));
    }
    let end = value_start + value_len;
    // The suffix keeps the comma that separates it from the locator, as citeproc does,
    // so `note()` gives back the words as written.
    (some(&typographic_dashes(&text[..end])), some(&text[end..]))
}

/// A locator's `--` and `---` as the dashes they stand for (`paras. 1--2` → `paras.
/// 1–2`), as Pandoc's smart typography writes them.
fn typographic_dashes(locator: &str) -> String {
    if locator.contains("--") {
        locator.replace("---", "—").replace("--", "–")
    } else {
        locator.to_owned()
    }
}

/// Length of a locator's values at the start of `s`: page-like tokens (`33`, `iv`,
/// `12a`, `**32**`) joined by `-`, `--`, `---`, `–`, `—`, `,`, `&` or `and`.
fn locator_value_length(s: &str, roman: bool) -> usize {
    let mut end = 0;
    let mut pos = 0;
    loop {
        let token = token_length(&s[pos..], roman);
        if token == 0 {
            return end;
        }
        pos += token;
        end = pos;
        // A separator, then another token; otherwise the values end here.
        let rest = &s[pos..];
        let trimmed = rest.trim_start();
        let sep = ["---", "--", "-", "–", "—", ",", "&", "and "]
            .iter()
            .find(|sep| trimmed.starts_with(**sep))
            .map(|sep| sep.len());
        match sep {
            Some(len) => {
                let after_sep = &trimmed[len..];
                let next = after_sep.trim_start();
                if token_length(next, roman) == 0 {
                    return end;
                }
                pos = s.len() - next.len();
            }
            None => return end,
        }
    }
}

/// Length of one locator value at the start of `s`: digits (with letters or `.`
/// between digits: `12a`, `4.2`), or a roman numeral; `*`/`_` markup around it is kept.
fn token_length(s: &str, roman_ok: bool) -> usize {
    let mark = s.len() - s.trim_start_matches(['*', '_']).len();
    let body = &s[mark..];
    let word_len = body
        .char_indices()
        .find(|&(i, c)| {
            !(c.is_alphanumeric()
                || (c == '.'
                    && body[..i].ends_with(|p: char| p.is_ascii_digit())
                    && body[i + 1..].starts_with(|n: char| n.is_ascii_digit())))
        })
        .map_or(body.len(), |(i, _)| i);
    let word = &body[..word_len];
    let numeric = word.starts_with(|c: char| c.is_ascii_digit());
    let roman = roman_ok
        && !word.is_empty()
        && word.chars().all(|c| {
            matches!(
                c.to_ascii_lowercase(),
                'i' | 'v' | 'x' | 'l' | 'c' | 'd' | 'm'
            )
        });
    if !(numeric || roman) {
        return 0;
    }
    let closing = body[word_len..].len() - body[word_len..].trim_start_matches(['*', '_']).len();
    mark + word_len + closing.min(mark)
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

    /// `(prefix, id, locator, suffix, mode)` of each item.
    fn full(inner: &str) -> Vec<(String, String, String, String, CiteMode)> {
        parse_group(inner)
            .unwrap_or_default()
            .into_iter()
            .map(|c| {
                (
                    c.prefix.unwrap_or_default(),
                    c.id,
                    c.locator.unwrap_or_default(),
                    c.suffix.unwrap_or_default(),
                    c.mode,
                )
            })
            .collect()
    }

    fn item(
        p: &str,
        id: &str,
        l: &str,
        s: &str,
        m: CiteMode,
    ) -> (String, String, String, String, CiteMode) {
        (p.into(), id.into(), l.into(), s.into(), m)
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
        let dot = parse_group("@doe99.").unwrap();
        assert_eq!(
            (dot[0].id.as_str(), dot[0].suffix.as_deref()),
            ("doe99", Some("."))
        );
        assert_eq!(ids("@a:b"), vec![("a:b".into(), None)]);
    }

    #[test]
    fn prefixes_are_kept() {
        use CiteMode::Normal;
        assert_eq!(
            full("see @a, p. 4"),
            vec![item("see", "a", "p. 4", "", Normal)]
        );
        assert_eq!(
            full("e.g., @a; @b"),
            vec![
                item("e.g.,", "a", "", "", Normal),
                item("", "b", "", "", Normal)
            ]
        );
        assert_eq!(full("*see* @a"), vec![item("*see*", "a", "", "", Normal)]);
        assert_eq!(
            full("see @a chap. 3; also @b p. 34-35"),
            vec![
                item("see", "a", "chap. 3", "", Normal),
                item("also", "b", "p. 34-35", "", Normal)
            ]
        );
    }

    #[test]
    fn suppress_author() {
        assert_eq!(
            full("-@a p. 44"),
            vec![item("", "a", "p. 44", "", CiteMode::SuppressAuthor)]
        );
        assert_eq!(parse_group("-@a").unwrap()[0].offset, 1);
        // A dash inside a word is not suppression.
        assert!(parse_group("x-@a").is_none());
    }

    #[test]
    fn locators_split_from_suffixes_like_citeproc() {
        use CiteMode::Normal;
        let cases = [
            (
                "@a pp. 33, 35-37, and nowhere else",
                "pp. 33, 35-37",
                ", and nowhere else",
            ),
            (
                "@a pp. 33-35, 38-39 and *passim*",
                "pp. 33-35, 38-39",
                "and *passim*",
            ),
            ("@a and nowhere else", "", "and nowhere else"),
            ("@a, p. 30, with suffix", "p. 30", ", with suffix"),
            ("@a, p. **32**", "p. **32**", ""),
            ("@a *passim*", "", "*passim*"),
            ("@a, 33", "33", ""),
            ("@a, {pp. iv, vi-xi}", "pp. iv, vi-xi", ""),
            ("@a, para. 4", "para. 4", ""),
            ("@a, ¶ 4", "¶ 4", ""),
            ("@a, chap. iv", "chap. iv", ""),
            ("@a, p. 4.2", "p. 4.2", ""),
            ("@a, p. nothing", "", "p. nothing"),
            ("@a, <https://x.org>", "", "<https://x.org>"),
        ];
        for (inner, loc, suf) in cases {
            assert_eq!(
                full(inner),
                vec![item("", "a", loc, suf, Normal)],
                "{inner}"
            );
        }
    }

    // Guards: `N--M` (and `N---M`) is one range, written with the dash it stands for,
    // not the locator `N` and a suffix `--M` (Pandoc: `paras. 1–2`).
    #[test]
    fn double_hyphen_ranges_are_one_locator() {
        use CiteMode::Normal;
        for (inner, loc, suf) in [
            ("@a, paras. 1--2", "paras. 1–2", ""),
            ("@a, para. 1--2", "para. 1–2", ""),
            ("@a, ¶¶ 1--2", "¶¶ 1–2", ""),
            ("@a, pp. 1--2", "pp. 1–2", ""),
            ("@a, pp. 1---2", "pp. 1—2", ""),
            ("@a, paras. 1--2, 4", "paras. 1–2, 4", ""),
            (
                "@a pp. 33--35, 38-39 and *passim*",
                "pp. 33–35, 38-39",
                "and *passim*",
            ),
            ("@a, {pp. 1--2}", "pp. 1–2", ""),
            ("@a, p. 4 -- as quoted", "p. 4", "-- as quoted"),
        ] {
            assert_eq!(
                full(inner),
                vec![item("", "a", loc, suf, Normal)],
                "{inner}"
            );
        }
        let c = &parse_group("@a, paras. 1--2").unwrap()[0];
        assert_eq!(c.note().as_deref(), Some("paras. 1–2"));
    }

    // Guards: Pandoc's braced ids, `[@{ap}]`, `[-@{ap}]`, `[@{ap}, para. 1]`.
    #[test]
    fn braced_ids() {
        use CiteMode::{Normal, SuppressAuthor};
        assert_eq!(full("@{ap}"), vec![item("", "ap", "", "", Normal)]);
        assert_eq!(
            full("@{ap}, para. 1"),
            vec![item("", "ap", "para. 1", "", Normal)]
        );
        assert_eq!(
            full("see -@{a.b.}, p. 4"),
            vec![item("see", "a.b.", "p. 4", "", SuppressAuthor)]
        );
        assert_eq!(full("@{a{b}c}"), vec![item("", "a{b}c", "", "", Normal)]);
        assert_eq!(full("@{a}b"), vec![item("", "a", "", "b", Normal)]);
        assert_eq!(parse_group("@{ap}").unwrap()[0].offset, 0);
        assert_eq!(key("{ap}, p. 4"), Some(("ap", 4)));
        assert_eq!(key("ap, p. 4"), Some(("ap", 2)));
        for not in ["@{}", "@{a b}", "@{ap", "@{"] {
            assert!(parse_group(not).is_none(), "{not}");
            assert!(looks_like_citation(not), "{not}");
            assert!(check_group(not).is_err(), "{not}");
        }
    }

    // Guards: an `@id` in another's suffix (`[@a @b]`) is cited too, marked for a warning;
    // the words before it stay with the item before. An email is no citation.
    #[test]
    fn citations_inside_a_suffix_are_cited() {
        use CiteMode::{Normal, SuppressAuthor};
        assert_eq!(
            full("@a @b"),
            vec![item("", "a", "", "", Normal), item("", "b", "", "", Normal)]
        );
        assert_eq!(
            full("see @a and @b"),
            vec![
                item("see", "a", "", "and", Normal),
                item("", "b", "", "", Normal)
            ]
        );
        assert_eq!(
            full("@a, p. 4 -@b, para. 2; @c"),
            vec![
                item("", "a", "p. 4", "", Normal),
                item("", "b", "para. 2", "", SuppressAuthor),
                item("", "c", "", "", Normal)
            ]
        );
        let group = parse_group("see @a and @b").unwrap();
        assert_eq!(
            group
                .iter()
                .map(|c| (c.offset, c.in_suffix))
                .collect::<Vec<_>>(),
            vec![(4, false), (11, true)]
        );
        assert_eq!(
            full("@a, write to me@example.org or @ x"),
            vec![item("", "a", "", "write to me@example.org or @ x", Normal)]
        );
        assert_eq!(full("@a@b"), vec![item("", "a", "", "@b", Normal)]);
    }

    #[test]
    fn note_joins_locator_and_suffix() {
        let c = &parse_group("@a pp. 33, 35-37, and nowhere else").unwrap()[0];
        assert_eq!(c.note().as_deref(), Some("pp. 33, 35-37, and nowhere else"));
        let c = &parse_group("@a p. 3.").unwrap()[0];
        assert_eq!(c.note().as_deref(), Some("p. 3."));
    }

    #[test]
    fn unicode_ids() {
        assert_eq!(
            ids("also @пункт3 p. 34"),
            vec![("пункт3".into(), Some("p. 34".into()))]
        );
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
    fn malformed_citations_say_why() {
        for (inner, needle) in [
            ("@a;", "end with `;`"),
            ("@a;;@b", "empty part"),
            ("@@a", "not `@@`"),
            (
                "@a, p. 4; see also",
                "`see also` in a citation names no source",
            ),
            ("@a;; @b", "empty part"),
            ("see @ a", "no source id"),
        ] {
            assert!(looks_like_citation(inner) || inner == "see @ a", "{inner}");
            let err = check_group(inner).expect_err(inner);
            assert!(err.message.contains(needle), "{inner}: {}", err.message);
            assert!(err.offset <= inner.len());
        }
        assert!(!looks_like_citation("me@example.org"));
        assert!(!looks_like_citation("a @ b"));
        assert!(looks_like_citation("@@a"));
    }

    #[test]
    fn labels_continue_past_z() {
        let labels: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702]
            .iter()
            .map(|&i| backlink_label(i))
            .collect();
        assert_eq!(labels, ["a", "b", "z", "aa", "ab", "az", "ba", "zz", "aaa"]);
    }

    /// Citation-shaped pieces, so that random brackets often are (or nearly are) citations.
    const PIECES: &[&str] = &[
        "@", "@a", "@b-2", "-@c", "see ", "; ", ";", ", ", "p. 4", "{x}", " ", "-", "é", "@_",
        "a@b", ":", "\t", "{", "}", "@{a}", "--", "1",
    ];

    proptest::proptest! {
        #[test]
        fn is_citation_agrees_with_parse_group(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..12),
        ) {
            let inner = pieces.concat();
            proptest::prop_assert_eq!(is_citation(&inner), parse_group(&inner).is_some());
        }

        #[test]
        fn is_citation_agrees_with_parse_group_on_any_text(inner in "\\PC{0,40}") {
            proptest::prop_assert_eq!(is_citation(&inner), parse_group(&inner).is_some());
        }
    }
}

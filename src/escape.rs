//! HTML escaping for the markup brief writes itself — seed paragraphs, references,
//! highlighted code, the preview's error overlay (templates are escaped by Tera) — and
//! JSON strings for the files brief writes by hand (`claims.json`, the search index), and
//! percent-encoding for addresses (a seed's `url`, the sitemap's and the feed's links).

use std::borrow::Cow;
use std::fmt::Write as _;

/// Appends `s` to `out` with `& < > " '` escaped: safe in element content and in quoted
/// attribute values.
pub fn html_into(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// `s` with `& < > " '` escaped.
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    html_into(s, &mut out);
    out
}

/// `text` as a JSON string, handed to `emit` piece by piece: exactly the bytes serde_json
/// writes (`"` and `\\` escaped, the control characters below U+0020 as `\\b \\t \\n \\f
/// \\r` or `\\u00XX` in lower-case hex, everything else as it is). A brief's whole text goes
/// through the search index's documents, so runs needing no escape are found sixteen bytes
/// at a time and handed over whole.
pub fn json_string(text: &str, mut emit: impl FnMut(&str)) {
    /// The escape of each control character.
    const CONTROL: [&str; 32] = [
        "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
        "\\b", "\\t", "\\n", "\\u000b", "\\f", "\\r", "\\u000e", "\\u000f", "\\u0010", "\\u0011",
        "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017", "\\u0018", "\\u0019",
        "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f",
    ];
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    /// Nonzero if any of the eight bytes of `x` is zero.
    fn zero_bits(x: u64) -> u64 {
        x.wrapping_sub(ONES) & !x & HIGH
    }
    /// Nonzero if any of the eight bytes of `x` needs an escape: below 0x20, `"` or `\\`.
    /// The three tests are or-ed, not short-circuited: one branch for the eight bytes.
    fn escape_bits(x: u64) -> u64 {
        x.wrapping_sub(ONES * 0x20) & !x & HIGH
            | zero_bits(x ^ (ONES * u64::from(b'"')))
            | zero_bits(x ^ (ONES * u64::from(b'\\')))
    }
    /// The eight bytes of `bytes` from `i`, if there are eight.
    fn word(bytes: &[u8], i: usize) -> Option<u64> {
        bytes
            .get(i..i + 8)
            .and_then(|c| <[u8; 8]>::try_from(c).ok())
            .map(u64::from_le_bytes)
    }
    emit("\"");
    let bytes = text.as_bytes();
    // The start of the run not yet handed over, and the byte being looked at.
    let mut run = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Sixteen bytes at a time where there are sixteen, then eight.
        if let (Some(a), Some(c)) = (word(bytes, i), word(bytes, i + 8))
            && escape_bits(a) | escape_bits(c) == 0
        {
            i += 16;
            continue;
        }
        if let Some(a) = word(bytes, i)
            && escape_bits(a) == 0
        {
            i += 8;
            continue;
        }
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            _ => match CONTROL.get(usize::from(b)) {
                Some(escape) => escape,
                None => {
                    i += 1;
                    continue;
                }
            },
        };
        // An escaped byte is ASCII, so the run ends on a character boundary.
        emit(text.get(run..i).unwrap_or_default());
        emit(escape);
        i += 1;
        run = i;
    }
    emit(text.get(run..).unwrap_or_default());
    emit("\"");
}

/// `text` as a JSON string, appended to `out`.
pub fn push_json_string(out: &mut Vec<u8>, text: &str) {
    out.reserve(text.len() + 2);
    json_string(text, |piece| out.extend_from_slice(piece.as_bytes()));
}

/// `url` with every character an address may not hold as it is written as `%XX`, one per
/// byte of its UTF-8: space, `"`, `<`, `>`, a backtick, `{`, `}`, `|`, `\`, `^`, the
/// control characters, and any character beyond ASCII after the host (a host beyond ASCII
/// stays as written: encoded it would name no host). `%` and the delimiters (`/ ? # & =`
/// …) are left alone, so an address already encoded is unchanged, and so is one that
/// needs nothing (borrowed).
pub fn url(url: &str) -> Cow<'_, str> {
    let host_end = url.find("://").map_or(0, |scheme| {
        let authority = scheme + 3;
        url[authority..]
            .find(['/', '?', '#'])
            .map_or(url.len(), |end| authority + end)
    });
    let needs = |at: usize, c: char| match c {
        ' ' | '"' | '<' | '>' | '`' | '{' | '}' | '|' | '\\' | '^' => true,
        c if c.is_ascii() => c.is_ascii_control(),
        _ => at >= host_end,
    };
    if !url.char_indices().any(|(at, c)| needs(at, c)) {
        return Cow::Borrowed(url);
    }
    let mut out = String::with_capacity(url.len() + 16);
    for (at, c) in url.char_indices() {
        if needs(at, c) {
            for b in c.encode_utf8(&mut [0; 4]).bytes() {
                let _ = write!(out, "%{b:02X}");
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn urls_are_percent_encoded_where_they_must_be() {
        let url = |s| super::url(s).into_owned();
        assert_eq!(
            url("https://e.com/some path/\"story\".html?q=<a>&b={c}|d\\e^f`#frag ment"),
            "https://e.com/some%20path/%22story%22.html?q=%3Ca%3E&b=%7Bc%7D%7Cd%5Ce%5Ef%60#frag%20ment"
        );
        assert_eq!(
            url("https://münchen.de/straße?ü=1#é"),
            "https://münchen.de/stra%C3%9Fe?%C3%BC=1#%C3%A9"
        );
        assert_eq!(url("https://e.com/a\tb\u{7f}"), "https://e.com/a%09b%7F");
        assert_eq!(url("topics/são-paulo/"), "topics/s%C3%A3o-paulo/");
        for unchanged in [
            "https://e.com/a%20b/?x=1&y=2#top",
            "https://e.com",
            "https://é.fr",
        ] {
            assert!(matches!(
                super::url(unchanged),
                std::borrow::Cow::Borrowed(_)
            ));
        }
    }

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            super::html("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }
}

//! Quotes: finding the quoted passage before a citation, and finding it in the seed.
//!
//! SPEC: a passage in double quotes (straight, curly, German `„…“` or guillemets; see
//! [`opens_quote`] and [`closes_quote`]) that ends within the sentence immediately before
//! a citation is a quote of that source. [`quotes_before`] finds those
//! passages in a block's plain text; [`SeedText`] is a seed's text normalised once —
//! case folded, whitespace collapsed, dashes unified, quote marks and invisible
//! characters (soft hyphens, zero-width spaces and joiners) dropped — with a map
//! back to the original bytes, so each lookup is a substring search and each match can
//! be highlighted on the archive page. `…` or `...` inside a quote is an omission: the
//! parts around it must appear in order.

/// A quoted passage in a brief's text: byte range of the words inside the quote marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    pub start: usize,
    pub end: usize,
}

/// Whether `c` opens a quotation when none is open: `"`, `“`, `„` (German, `„…“`), `«`
/// and `»` (German and Danish, `»…«`).
pub fn opens_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '„' | '«' | '»')
}

/// Whether `c` closes a quotation opened by `open`: `“` closes `„` (German) and `«`
/// closes `»`; `"`, `”` and `»` close the others (`„…”` too, as Polish writes it).
pub fn closes_quote(open: char, c: char) -> bool {
    match open {
        '„' => matches!(c, '“' | '”' | '"'),
        '»' => matches!(c, '«' | '”' | '"'),
        _ => matches!(c, '"' | '”' | '»'),
    }
}

/// Every passage in quote marks in `text` (the words inside the marks), in order.
pub fn quote_spans(text: &str) -> Vec<QuoteSpan> {
    let mut spans = Vec::new();
    // Where the words of the open quotation start, and the mark that opened it.
    let mut open: Option<(usize, char)> = None;
    // Bytes, not chars: only `"` and the lead bytes of `“ ” „ « »` (0xE2, 0xC2) can
    // matter, and a lead byte always starts a char. One vectorised search finds them.
    for i in memchr::memchr3_iter(b'"', 0xC2, 0xE2, text.as_bytes()) {
        let c = quote_char(text, i);
        match open {
            None if opens_quote(c) => open = Some((i + c.len_utf8(), c)),
            Some((start, mark)) if closes_quote(mark, c) => {
                if !text[start..i].trim().is_empty() {
                    spans.push(QuoteSpan { start, end: i });
                }
                open = None;
            }
            _ => {}
        }
    }
    spans
}

/// The char at byte `i` of `text`, found by a search for `"` or a lead byte 0xC2 or 0xE2
/// (so a char boundary).
fn quote_char(text: &str, i: usize) -> char {
    match text.as_bytes()[i] {
        b'"' => '"',
        _ => text.get(i..).and_then(|t| t.chars().next()).unwrap_or(' '),
    }
}

/// The offsets in `bytes` of every `.`, `!`, `?` and `"` and of every lead byte 0xC2 or
/// 0xE2 (those of `“ ” „ « »`, and of other characters the caller skips), in order. Two
/// vectorised searches, merged, instead of a look at every byte: what the sentence and
/// quotation scans of a checked block ([`quotes_before`], `claims::sentences`) stop at. A
/// lead byte always starts a char, so `text[i..]` is a char boundary at each.
pub fn stops_and_marks(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut ends = memchr::memchr3_iter(b'.', b'!', b'?', bytes).peekable();
    let mut marks = memchr::memchr3_iter(b'"', 0xC2, 0xE2, bytes).peekable();
    std::iter::from_fn(move || match (ends.peek(), marks.peek()) {
        (Some(&e), Some(&m)) if e < m => ends.next(),
        (_, Some(_)) => marks.next(),
        (Some(_), None) => ends.next(),
        (None, None) => None,
    })
}

/// Finds the quoted passages that end within the last sentence of `text` and after byte
/// `from` (where the previous citation of the block ended, so a quote is attributed once).
///
/// Asked at each citation with the block so far, so it looks only at the bytes that can
/// matter — `.`, `!`, `?`, `"` and the lead bytes of the curly marks — found by
/// [`stops_and_marks`], as [`crate::claims::sentences`] does.
pub fn quotes_before(text: &str, from: usize) -> Vec<QuoteSpan> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut sentence_start = 0;
    let bytes = text.as_bytes();
    for i in stops_and_marks(bytes) {
        let c = match bytes[i] {
            b @ (b'.' | b'!' | b'?') => char::from(b),
            _ => quote_char(text, i),
        };
        let next = i + c.len_utf8();
        match (c, open) {
            (c, None) if opens_quote(c) => open = Some((next, c)),
            (c, Some((start, mark))) if closes_quote(mark, c) => {
                spans.push(QuoteSpan { start, end: i });
                open = None;
            }
            ('.' | '!' | '?', None) => {
                // A sentence ends here if whitespace and then more text follow.
                let rest = &text[next..];
                let trimmed = rest.trim_start();
                if trimmed.len() < rest.len() && !trimmed.is_empty() {
                    sentence_start = next;
                }
            }
            _ => {}
        }
    }
    spans.retain(|s| {
        s.end >= sentence_start && s.start >= from && !text[s.start..s.end].trim().is_empty()
    });
    spans
}

/// The quoted passages after a sentence's last citation, which belong to it: those of
/// `text` after byte `from` (where that citation ended) that open before its sentence
/// ends. The sentence is the claims check's ([`crate::claims::sentences`]), so that a
/// quotation the check counts in a cited sentence is one that is checked. `ended`: the
/// block ends at `text`'s end (and so does the sentence); otherwise, asked at the next
/// citation, a quotation whose sentence does not end before it is that one's, and none
/// is returned.
pub fn quotes_after(text: &str, from: usize, ended: bool) -> Vec<QuoteSpan> {
    let rest = &text[from..];
    let mut spans = quote_spans(rest);
    if spans.is_empty() {
        return spans;
    }
    // The first sentence of `rest`, which is the whole of it when no sentence ends there.
    let first_end = crate::claims::sentences_through(rest, 0)
        .first()
        .map_or(rest.len(), |first| first.end);
    let end = if first_end < rest.len() || ended {
        first_end
    } else {
        return Vec::new();
    };
    spans.retain(|s| s.start < end);
    for s in &mut spans {
        s.start += from;
        s.end += from;
    }
    spans
}

/// A seed's text, normalised for quote lookup.
#[derive(Debug, Clone, Default)]
pub struct SeedText {
    norm: String,
    /// For each byte of `norm`: the paragraph and byte range of the original character.
    map: Vec<(u32, u32, u32)>,
}

/// Where a match lies in a seed: a paragraph and a byte range within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Passage {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

enum Norm {
    Drop,
    Space,
    Char(char),
    Str(&'static str),
}

fn classify(c: char) -> Norm {
    match c {
        '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '″' | '\'' | '‘' | '’' | '‚' | '‛' | '′'
        | '`' => Norm::Drop,
        // Invisible: a soft hyphen (`Bundes&shy;regierung`), zero-width spaces and joiners,
        // a word joiner, a stray BOM. Pages carry them and captures keep them; a reader
        // does not see them, so a quote typed from the page must match across them.
        '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => Norm::Drop,
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => Norm::Char('-'),
        '…' => Norm::Str("..."),
        c if c.is_whitespace() => Norm::Space,
        c => Norm::Char(c),
    }
}

/// Normalises a passage the same way as seed text (for quotes written in a brief).
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_normalized(s, &mut out, |_, _| {});
    out.trim().to_owned()
}

/// Appends `s` normalised to `out`, calling `on_byte(start, end)` with the original
/// character behind each byte written. Dashes are one dash, whatever their kind, number
/// (`--`, `---`) or spacing: `queue — or`, `queue—or`, `queue -- or` and `queue - or`
/// all read `queue-or`. A hyphen inside a word stays a hyphen (`well-known`).
fn push_normalized(s: &str, out: &mut String, mut on_byte: impl FnMut(usize, usize)) {
    // The bytes written, with their origin, so a space written before a dash can be
    // taken back.
    let mut origins: Vec<(usize, usize)> = Vec::with_capacity(s.len());
    let mut after_dash = false;
    let base = out.len();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = i + c.len_utf8();
        let next_is_space = chars.peek().is_none_or(|&(_, n)| n.is_whitespace());
        let spaced_hyphen = c == '-' && (out.len() == base || out.ends_with(' ')) && next_is_space;
        let dash = matches!(classify(c), Norm::Char('-'))
            && (c != '-'
                || spaced_hyphen
                || out.ends_with('-')
                || chars.peek().is_some_and(|&(_, n)| n == '-'));
        if dash {
            if out.len() > base && out.ends_with(' ') {
                out.pop();
                origins.pop();
            }
            if !out.ends_with('-') || out.len() == base {
                out.push('-');
                origins.push((i, end));
            }
            after_dash = true;
            continue;
        }
        let before = out.len();
        match classify(c) {
            Norm::Drop => {}
            Norm::Space => {
                if !after_dash && !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            Norm::Char(c) => out.extend(c.to_lowercase()),
            Norm::Str(s) => out.push_str(s),
        }
        if !matches!(classify(c), Norm::Space | Norm::Drop) {
            after_dash = false;
        }
        for _ in before..out.len() {
            origins.push((i, end));
        }
    }
    for (start, end) in origins {
        on_byte(start, end);
    }
}

impl SeedText {
    /// Normalises a seed's paragraphs, joined by single spaces.
    pub fn new(paragraphs: &[String]) -> SeedText {
        let mut norm = String::new();
        let mut map = Vec::new();
        for (p, text) in paragraphs.iter().enumerate() {
            if !norm.is_empty() && !norm.ends_with(' ') {
                norm.push(' ');
                map.push((p as u32, 0, 0));
            }
            push_normalized(text, &mut norm, |start, end| {
                map.push((p as u32, start as u32, end as u32))
            });
        }
        SeedText { norm, map }
    }

    /// Looks a quote up; `…` or `...` in it is an omission. Returns the passages to
    /// highlight (one per fragment and paragraph), or `None` when the quote is not there.
    pub fn find(&self, quote: &str) -> Option<Vec<Passage>> {
        self.find_within(quote, None)
    }

    /// As [`SeedText::find`], preferring an occurrence that lies in `within` (0-based
    /// paragraphs, those a locator names): "this week" may be in several paragraphs, and
    /// the one cited is the one to check and highlight. The first occurrence when none
    /// lies there.
    pub fn find_within(&self, quote: &str, within: Option<&[usize]>) -> Option<Vec<Passage>> {
        // `. . .` is an omission too, as style guides write it.
        let quote = normalize(quote).replace(". . .", "...");
        let fragments: Vec<&str> = quote
            .split("...")
            .map(|f| f.trim_matches(|c: char| c.is_whitespace() || ".,;:!?".contains(c)))
            .filter(|f| !f.is_empty())
            .collect();
        if fragments.is_empty() {
            return None;
        }
        let mut first = None;
        let mut from = 0;
        while let Some((passages, at)) = self.find_fragments(&fragments, from) {
            let Some(within) = within else {
                return Some(passages);
            };
            if passages.iter().all(|p| within.contains(&p.paragraph)) {
                return Some(passages);
            }
            first.get_or_insert(passages);
            from = at + self.norm[at..].chars().next().map_or(1, char::len_utf8);
        }
        first
    }

    /// The passages of `fragments` found in order from `from`, and where the first is.
    fn find_fragments(&self, fragments: &[&str], from: usize) -> Option<(Vec<Passage>, usize)> {
        let mut pos = from;
        let mut first = None;
        let mut passages = Vec::new();
        for fragment in fragments {
            let at = self.find_word_bounded(fragment, pos)?;
            first.get_or_insert(at);
            pos = at + fragment.len();
            self.passages(at, pos, &mut passages);
        }
        Some((passages, first.unwrap_or(from)))
    }

    fn find_word_bounded(&self, fragment: &str, mut from: usize) -> Option<usize> {
        let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        loop {
            let at = from + self.norm.get(from..)?.find(fragment)?;
            let end = at + fragment.len();
            let before = self.norm[..at].chars().next_back();
            let after = self.norm[end..].chars().next();
            let starts_word = !is_word(fragment.chars().next()) || !is_word(before);
            let ends_word = !is_word(fragment.chars().next_back()) || !is_word(after);
            if starts_word && ends_word {
                return Some(at);
            }
            from = at + fragment.chars().next().map_or(1, char::len_utf8);
        }
    }

    /// The original byte ranges behind `norm[start..end]`, split per paragraph.
    fn passages(&self, start: usize, end: usize, out: &mut Vec<Passage>) {
        let mut current: Option<Passage> = None;
        for &(p, s, e) in &self.map[start..end] {
            if s == e {
                continue; // the space joining two paragraphs
            }
            let (p, s, e) = (p as usize, s as usize, e as usize);
            match &mut current {
                Some(c) if c.paragraph == p => c.end = c.end.max(e),
                _ => {
                    out.extend(current.take());
                    current = Some(Passage {
                        paragraph: p,
                        start: s,
                        end: e,
                    });
                }
            }
        }
        out.extend(current);
    }
}

impl SeedText {
    /// The passage of the seed that shares the most words with `quote`, as long as the
    /// quote, for "the seed says: …" when a quote is not found. `None` when no window
    /// shares even half of the quote's words.
    pub fn closest_passage(&self, quote: &str) -> Option<Passage> {
        let quote = normalize(quote).replace(". . .", " ").replace("...", " ");
        let wanted: std::collections::HashSet<&str> = quote
            .split([' ', '-'])
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        let n = quote.split(' ').filter(|w| !w.is_empty()).count().max(1);
        // Word starts and ends in the normalised text.
        let mut words: Vec<(usize, usize)> = Vec::new();
        let mut start = None;
        for (i, c) in self.norm.char_indices() {
            match (c == ' ', start) {
                (false, None) => start = Some(i),
                (true, Some(s)) => {
                    words.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            words.push((s, self.norm.len()));
        }
        let hit = |&(s, e): &(usize, usize)| {
            let w = self.norm[s..e].trim_matches(|c: char| !c.is_alphanumeric());
            usize::from(wanted.contains(w))
        };
        let hits: Vec<usize> = words.iter().map(hit).collect();
        let width = n.min(words.len());
        if width == 0 {
            return None;
        }
        let mut score: usize = hits[..width].iter().sum();
        let (mut best, mut best_at) = (score, 0);
        for i in width..words.len() {
            score = score + hits[i] - hits[i - width];
            if score > best {
                best = score;
                best_at = i + 1 - width;
            }
        }
        if best * 2 < wanted.len().max(1) {
            return None;
        }
        let (from, to) = (words[best_at].0, words[best_at + width - 1].1);
        let mut passages = Vec::new();
        self.passages(from, to, &mut passages);
        passages.into_iter().next()
    }

    /// How many times `passage` (original text) occurs in the seed, normalised.
    pub fn occurrences(&self, passage: &str) -> usize {
        let needle = normalize(passage);
        if needle.is_empty() {
            return 0;
        }
        self.norm.match_indices(needle.as_str()).count()
    }
}

/// The passage of a seed most like a quote that is not in it: a near miss.
#[derive(Debug, Clone, PartialEq)]
pub struct NearMiss {
    /// Where it lies (one passage per paragraph it spans).
    pub passages: Vec<Passage>,
    /// How alike the words are, from 0 (nothing in common) to 1 (the same words).
    pub similarity: f64,
}

/// Quotes longer than this many words are compared only with passages of their length.
const NEAR_MISS_MAX_WORDS: usize = 80;

impl SeedText {
    /// The passage most like `quote`, word for word (ignoring what [`SeedText::find`]
    /// ignores, and punctuation), when at least `min` of it agrees: what the editor
    /// probably meant to quote. `…` in the quote is dropped, not matched.
    pub fn closest(&self, quote: &str, min: f64) -> Option<NearMiss> {
        let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
        let quote = normalize(quote).replace("...", " ");
        let wanted: Vec<String> = quote
            .split(' ')
            .map(bare)
            .filter(|w| !w.is_empty())
            .collect();
        if wanted.is_empty() {
            return None;
        }
        // The seed's words, with their byte ranges in `norm`.
        let mut words: Vec<(String, usize, usize)> = Vec::new();
        let mut at = 0;
        for w in self.norm.split(' ') {
            let word = bare(w);
            if !word.is_empty() {
                let lead = w.len() - w.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
                words.push((word.clone(), at + lead, at + lead + word.len()));
            }
            at += w.len() + 1;
        }
        let n = wanted.len();
        let lengths: Vec<usize> = if n > NEAR_MISS_MAX_WORDS {
            vec![n]
        } else {
            (n.saturating_sub(2).max(1)..=n + 2).collect()
        };
        // (similarity, how far the length is from the quote's, start, end): the most alike,
        // then the one closest in length.
        let mut best: Option<(f64, usize, usize, usize)> = None;
        for start in 0..words.len() {
            // A window worth scoring shares its first or second word with the quote's
            // first two: cheap, and a passage that starts elsewhere is a worse start.
            let opens = |w: &str| wanted.iter().take(2).any(|q| q == w);
            if !opens(&words[start].0) && !words.get(start + 1).is_some_and(|w| opens(&w.0)) {
                continue;
            }
            for &len in &lengths {
                let end = start + len;
                if end > words.len() {
                    break;
                }
                let window: Vec<&str> = words[start..end].iter().map(|w| w.0.as_str()).collect();
                let distance = word_distance(&wanted, &window);
                let similarity = 1.0 - distance as f64 / n.max(len) as f64;
                let off = len.abs_diff(n);
                if best.is_none_or(|(s, o, _, _)| similarity > s || (similarity == s && off < o)) {
                    best = Some((similarity, off, start, end));
                }
            }
        }
        let (similarity, _, start, end) = best?;
        if similarity < min {
            return None;
        }
        let mut passages = Vec::new();
        self.passages(words[start].1, words[end - 1].2, &mut passages);
        Some(NearMiss {
            passages,
            similarity,
        })
    }
}

/// Edit distance between two lists of words.
fn word_distance(a: &[String], b: &[&str]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            let cost = usize::from(x != y);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// A text-fragment directive (`text=…`, for a URL's `#:~:`) that selects the quoted
/// `passages` of `paragraphs` on the original article: the first passage's words, and
/// the last one's as the end of the range when the quote has omissions; prefixed by the
/// preceding words when the start alone is not unique in the seed.
pub fn text_fragment(
    paragraphs: &[String],
    text: &SeedText,
    passages: &[Passage],
) -> Option<String> {
    let slice = |p: &Passage| {
        paragraphs
            .get(p.paragraph)
            .and_then(|t| t.get(p.start..p.end))
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    let first = passages.first()?;
    let start = slice(first)?;
    let mut directive = String::from("text=");
    if text.occurrences(&start) > 1 {
        let before = paragraphs.get(first.paragraph)?.get(..first.start)?;
        let words: Vec<&str> = before.split_whitespace().collect();
        let prefix = words[words.len().saturating_sub(3)..].join(" ");
        if !prefix.is_empty() {
            directive.push_str(&fragment_encode(&prefix));
            directive.push_str("-,");
        }
    }
    directive.push_str(&fragment_encode(&start));
    if passages.len() > 1
        && let Some(end) = passages.last().and_then(slice)
    {
        directive.push(',');
        directive.push_str(&fragment_encode(&end));
    }
    Some(directive)
}

/// Percent-encodes for a text directive: everything but ASCII letters and digits, so the
/// directive's own syntax (`-`, `,`, `&`) never appears unescaped.
fn fragment_encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len() * 2);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashes_match_whatever_their_kind_and_spacing() {
        let seed =
            SeedText::new(&["Small firms wait in the queue—or give up. A well-known rule.".into()]);
        for quote in [
            "queue—or give up",
            "queue — or give up",
            "queue -- or give up",
            "queue --- or give up",
            "queue - or give up",
            "queue–or give up",
            "queue ― or give up",
        ] {
            assert!(seed.find(quote).is_some(), "{quote}");
        }
        assert!(seed.find("a well-known rule").is_some());
        assert!(seed.find("a well known rule").is_none());
        let spaced = SeedText::new(&["Small firms wait in the queue -- or give up.".into()]);
        assert!(spaced.find("queue—or give up").is_some());
    }

    #[test]
    fn spaced_dots_are_an_omission() {
        let seed = SeedText::new(&["The deal was signed on Friday after long talks.".into()]);
        assert!(seed.find("The deal . . . after long talks").is_some());
    }

    #[test]
    fn the_closest_passage_is_offered() {
        let paragraphs = vec![
            "Nothing here.".to_owned(),
            "The rules were written by and for the big players, critics said.".to_owned(),
        ];
        let seed = SeedText::new(&paragraphs);
        let p = seed
            .closest_passage("written for and by the big players")
            .unwrap();
        assert_eq!(p.paragraph, 1);
        assert!(paragraphs[1][p.start..p.end].contains("by and for the big players"));
        assert!(seed.closest_passage("entirely unrelated words").is_none());
    }

    /// [`quotes_before`] as first written, char by char: the searches must find the same.
    fn quotes_before_char_by_char(text: &str, from: usize) -> Vec<QuoteSpan> {
        let mut spans = Vec::new();
        let mut open: Option<(usize, char)> = None;
        let mut sentence_start = 0;
        for (i, c) in text.char_indices() {
            let next = i + c.len_utf8();
            match (c, open) {
                (c, None) if opens_quote(c) => open = Some((next, c)),
                (c, Some((start, mark))) if closes_quote(mark, c) => {
                    spans.push(QuoteSpan { start, end: i });
                    open = None;
                }
                ('.' | '!' | '?', None) => {
                    let rest = &text[next..];
                    let trimmed = rest.trim_start();
                    if trimmed.len() < rest.len() && !trimmed.is_empty() {
                        sentence_start = next;
                    }
                }
                _ => {}
            }
        }
        spans.retain(|s| {
            s.end >= sentence_start && s.start >= from && !text[s.start..s.end].trim().is_empty()
        });
        spans
    }

    /// [`quote_spans`] as first written, char by char.
    fn quote_spans_char_by_char(text: &str) -> Vec<QuoteSpan> {
        let mut spans = Vec::new();
        let mut open: Option<(usize, char)> = None;
        for (i, c) in text.char_indices() {
            match (c, open) {
                (c, None) if opens_quote(c) => open = Some((i + c.len_utf8(), c)),
                (c, Some((start, mark))) if closes_quote(mark, c) => {
                    if !text[start..i].trim().is_empty() {
                        spans.push(QuoteSpan { start, end: i });
                    }
                    open = None;
                }
                _ => {}
            }
        }
        spans
    }

    const PIECES: &[&str] = &[
        "One", "two", " ", "  ", "\n", ".", "!", "?", "\"", "“", "”", "„", "«", "»", "’", "é",
        "\u{a0}", "\u{2028}", "…", "—", "x", "‚", "‘",
    ];

    proptest::proptest! {
        #[test]
        fn quotes_are_found_as_char_by_char(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..30),
            from in 0usize..40,
        ) {
            let text = pieces.concat();
            let from = (0..=from.min(text.len())).rev().find(|&f| text.is_char_boundary(f)).unwrap_or(0);
            proptest::prop_assert_eq!(quotes_before(&text, from), quotes_before_char_by_char(&text, from));
            proptest::prop_assert_eq!(quote_spans(&text), quote_spans_char_by_char(&text));
        }

        #[test]
        fn quotes_in_any_text_are_found_as_char_by_char(text in "\\PC{0,60}") {
            proptest::prop_assert_eq!(quotes_before(&text, 0), quotes_before_char_by_char(&text, 0));
            proptest::prop_assert_eq!(quote_spans(&text), quote_spans_char_by_char(&text));
        }
    }

    fn quoted(text: &str) -> Vec<&str> {
        quotes_before(text, 0)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn finds_the_quote_in_the_last_sentence() {
        assert_eq!(
            quoted("First \"old\". He said it was “off the table” "),
            vec!["off the table"]
        );
        assert_eq!(quoted("It was “off the table.” "), vec!["off the table."]);
        assert_eq!(quoted("\"a\" and \"b\" "), vec!["a", "b"]);
        assert!(quoted("No quotes here. ").is_empty());
        assert!(quoted("An “unclosed quote ").is_empty());
    }

    // Guards: `„…“` (German) and `»…«` close on their own marks, so the quote is found
    // and a later `"…"` quote is not swallowed by an opened `„`.
    #[test]
    fn german_quote_marks_close() {
        assert_eq!(
            quoted("He said „entirely invented words“ "),
            vec!["entirely invented words"]
        );
        assert_eq!(quoted("„a“ and then \"b\" "), vec!["a", "b"]);
        assert_eq!(quoted("Er sagte »es ist vorbei« "), vec!["es ist vorbei"]);
        assert_eq!(quoted("Polish „cytat” "), vec!["cytat"]);
        assert_eq!(quoted("„Es ist vorbei“. Dann „weiter“ "), vec!["weiter"]);
        let text = "„a“ b „c“";
        let spans: Vec<&str> = quote_spans(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(spans, ["a", "c"]);
        // Single quotes are not quotations (apostrophes make them ambiguous).
        assert!(quoted("He said ‚nein‘ and ‘no’ ").is_empty());
    }

    #[test]
    fn quotes_after_a_citation_in_its_sentence() {
        let after = |text: &str, from: usize, ended: bool| -> Vec<String> {
            quotes_after(text, from, ended)
                .iter()
                .map(|s| text[s.start..s.end].to_owned())
                .collect()
        };
        let text = "A  called it “x” and “y”. Then “z” ";
        assert_eq!(after(text, 2, false), ["x", "y"]);
        assert_eq!(after(text, 2, true), ["x", "y"]);
        // No sentence end yet: the quotation is the next citation's, unless the block ends.
        let text = "A  called it “x” ";
        assert!(after(text, 2, false).is_empty());
        assert_eq!(after(text, 2, true), ["x"]);
        assert!(after("A  and nothing quoted. Then ", 2, true).is_empty());
    }

    #[test]
    fn respects_the_previous_citation() {
        let text = "\"a\" [1] and \"b\" ";
        let spans = quotes_before(text, 8);
        assert_eq!(spans.len(), 1);
        assert_eq!(&text[spans[0].start..spans[0].end], "b");
    }

    fn seed(paras: &[&str]) -> SeedText {
        SeedText::new(&paras.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn matches_ignoring_case_space_quotes_and_dashes() {
        let s = seed(&[
            "Zelenskyy said the request had been\ntaken “off the table.”",
            "Security guarantees—a sticking point.",
        ]);
        let found = s.find("Taken \"OFF the   table\"").unwrap();
        assert_eq!(found.len(), 1);
        let p = found[0];
        assert_eq!(p.paragraph, 0);
        assert_eq!(
            &"Zelenskyy said the request had been\ntaken “off the table.”"[p.start..p.end],
            "taken “off the table"
        );
        // A spaced hyphen is a dash as people type it (issue 14).
        assert!(s.find("guarantees - a sticking point").is_some());
        assert!(s.find("guarantees-a sticking point").is_some());
        assert!(s.find("guarantees–a sticking point").is_some());
    }

    #[test]
    fn invisible_characters_do_not_break_a_quote() {
        // A soft hyphen and zero-width spaces and joiners, as pages carry them: the text
        // reads the same, so the quote matches, and the highlight covers them.
        let text = "Die Bundes\u{ad}regierung hat\u{200b} das Ab\u{200c}kom\u{200d}men un\u{2060}ter\u{feff}zeichnet.";
        let s = seed(&[text]);
        let found = s
            .find("Bundesregierung hat das Abkommen unterzeichnet")
            .unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(
            &text[found[0].start..found[0].end],
            &text["Die ".len()..text.len() - ".".len()]
        );
        // And in the brief's quote, against a clean seed.
        let clean = seed(&["Die Bundesregierung hat das Abkommen unterzeichnet."]);
        assert!(
            clean
                .find("Bundes\u{ad}regierung hat\u{200b} das")
                .is_some()
        );
        assert_eq!(normalize("Ab\u{ad}kom\u{feff}men"), "abkommen");
    }

    #[test]
    fn ellipsis_is_an_omission() {
        let s = seed(&["It can be lithium. It can be titanium, uranium, many others."]);
        let found = s.find("It can be lithium… many others").unwrap();
        assert_eq!(found.len(), 2);
        assert!(s.find("many others ... It can be lithium").is_none());
        assert!(s.find("lithium...titanium").is_some());
    }

    #[test]
    fn words_are_not_matched_inside_words() {
        let s = seed(&["The inaccessible areas."]);
        assert!(s.find("accessible").is_none());
        assert!(s.find("inaccessible").is_some());
    }

    #[test]
    fn a_match_across_paragraphs_is_split() {
        let s = seed(&["end of one.", "Start of two"]);
        let found = s.find("one. Start").unwrap();
        assert_eq!(found.len(), 2);
        assert_eq!(
            (found[1].paragraph, found[1].start, found[1].end),
            (1, 0, 5)
        );
    }

    #[test]
    fn text_fragments_encode_and_disambiguate() {
        let paras = vec!["Off the table, he said. It was off the table again.".to_owned()];
        let s = SeedText::new(&paras);
        let found = s.find("it was off the table").unwrap();
        assert_eq!(
            text_fragment(&paras, &s, &found).unwrap(),
            "text=It%20was%20off%20the%20table"
        );
        let found = s.find("off the table again").unwrap();
        assert_eq!(
            text_fragment(&paras, &s, &found).unwrap(),
            "text=off%20the%20table%20again"
        );
        let paras = vec!["He said: off the table. It was off the table again.".to_owned()];
        let s = SeedText::new(&paras);
        let found = s.find("off the table … again").unwrap();
        assert_eq!(
            text_fragment(&paras, &s, &found).unwrap(),
            "text=He%20said%3A-,off%20the%20table,again"
        );
    }

    #[test]
    fn near_misses_point_at_the_passage_meant() {
        let paras = [
            "Ukraine's president said on Friday that the deal was “off the table” for now.",
            "Minerals worth $500 billion were discussed.",
        ];
        let s = seed(&paras);
        let near = s.closest("the deal was off the tables", 0.5).unwrap();
        let p = near.passages[0];
        assert_eq!(p.paragraph, 0);
        assert_eq!(&paras[0][p.start..p.end], "the deal was “off the table");
        assert!(near.similarity > 0.6 && near.similarity < 1.0, "{near:?}");
        assert!(s.closest("completely unrelated words here", 0.5).is_none());
    }

    #[test]
    fn missing_quote_is_none() {
        assert!(seed(&["Hello world"]).find("goodbye").is_none());
        assert!(seed(&["Hello world"]).find("…").is_none());
    }
}

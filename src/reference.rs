//! A seed as a formatted reference, in the citation style `brief.yaml` names.
//!
//! With the `csl` feature (on by default) references come from a real CSL processor,
//! [hayagriva], using the CSL styles it bundles; without it, from a small formatter of our
//! own that follows the same styles for the one kind of item a seed is (a news article).
//! Either way the result is HTML in which every piece of seed text is escaped:
//! titles and outlets arrive from front matter, so nothing in them may become markup.
//!
//! A seed maps onto CSL as an article whose container (newspaper or website) is the
//! outlet. `published: 2025-02` is a month-precision date and renders as month and year,
//! never with an invented day. The styles decide what leads when there is no author:
//! Chicago puts the outlet first, APA, MLA and IEEE the title. `note` ("Machine translation
//! of the Turkish original.") follows the reference, as none of the styles print it for
//! articles. Authors are written `Given Family` (the last word is the family name) or
//! `Family, Given`. Titles and outlets are printed as written: a headline is quoted as it
//! was published, never re-cased.
//!
//! [hayagriva]: https://github.com/typst/hayagriva

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::{LazyLock, Mutex, OnceLock, PoisonError};

use crate::escape::html_into;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::date::{self, Precision};
use crate::diagnostic;
use crate::seed::Seed;

/// A citation style a site can choose with `citation_style:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Style {
    /// The Chicago Manual of Style, author-date (the default).
    #[default]
    ChicagoAuthorDate,
    /// American Psychological Association, 7th edition.
    Apa,
    /// Modern Language Association, 9th edition.
    Mla,
    /// Institute of Electrical and Electronics Engineers.
    Ieee,
}

impl Style {
    /// Every supported style, in the order the error message lists them.
    pub const ALL: [Style; 4] = [
        Style::ChicagoAuthorDate,
        Style::Apa,
        Style::Mla,
        Style::Ieee,
    ];

    /// The name written in `brief.yaml`.
    pub fn name(self) -> &'static str {
        match self {
            Style::ChicagoAuthorDate => "chicago-author-date",
            Style::Apa => "apa",
            Style::Mla => "mla",
            Style::Ieee => "ieee",
        }
    }

    /// The supported names, as a message lists them: `chicago-author-date`, `apa`, …
    pub fn supported() -> String {
        let names: Vec<String> = Self::ALL
            .iter()
            .map(|s| format!("`{}`", s.name()))
            .collect();
        names.join(", ")
    }
}

impl fmt::Display for Style {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A `citation_style` that is not one of [`Style::ALL`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownStyle {
    pub given: String,
}

impl UnknownStyle {
    /// "did you mean `apa`?", when a supported name is close.
    pub fn suggestion(&self) -> Option<String> {
        let given = self.given.trim().to_ascii_lowercase();
        // `chicago` is a prefix of `chicago-author-date`: closer than any edit distance.
        let prefixed: Vec<&str> = Style::ALL
            .iter()
            .map(|s| s.name())
            .filter(|n| !given.is_empty() && n.starts_with(given.as_str()))
            .collect();
        if !prefixed.is_empty() {
            return diagnostic::did_you_mean(&prefixed);
        }
        let close = diagnostic::closest(&given, Style::ALL.iter().map(|s| s.name()));
        diagnostic::did_you_mean(&close)
    }
}

impl fmt::Display for UnknownStyle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown citation style `{}`: the supported styles are {}",
            self.given,
            Style::supported()
        )?;
        if let Some(hint) = self.suggestion() {
            write!(f, "; {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownStyle {}

impl FromStr for Style {
    type Err = UnknownStyle;

    /// Accepts the names of [`Style::name`], ignoring case and surrounding space.
    fn from_str(s: &str) -> Result<Style, UnknownStyle> {
        let wanted = s.trim();
        Style::ALL
            .into_iter()
            .find(|style| style.name().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| UnknownStyle {
                given: s.to_owned(),
            })
    }
}

impl Serialize for Style {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Style {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Style, D::Error> {
        let name = String::deserialize(deserializer)?;
        name.parse().map_err(serde::de::Error::custom)
    }
}

/// Formats `seed` as a reference in `style`: HTML, every piece of seed text escaped.
/// Italics are `<i>`, the original's address a link, the note a `<span class="ref-note">`.
pub fn format(seed: &Seed, style: Style) -> String {
    let mut out = Html::default();
    #[cfg(feature = "csl")]
    csl::format(seed, style, &mut out);
    #[cfg(not(feature = "csl"))]
    plain::format(seed, style, &mut out);
    with_note(out, seed)
}

/// The reference written so far, then the seed's note.
fn with_note(out: Html, seed: &Seed) -> String {
    let mut html = out.finish();
    if let Some(note) = seed
        .note
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        html.push_str(" <span class=\"ref-note\">");
        html_into(note, &mut html);
        html.push_str("</span>");
    }
    html
}

/// Each seed's reference, formatted on first use and kept: a large site cites the same
/// few seeds many thousands of times, and a preview rebuild formats only what it shows.
pub struct References<'a> {
    seeds: &'a [Seed],
    style: Style,
    cells: Vec<OnceLock<String>>,
}

impl<'a> References<'a> {
    pub fn new(seeds: &'a [Seed], style: Style) -> Self {
        References {
            seeds,
            style,
            cells: seeds.iter().map(|_| OnceLock::new()).collect(),
        }
    }

    /// The reference of seed `index` (an index into the seeds given to [`References::new`]).
    pub fn get(&self, index: usize) -> &str {
        self.cells[index].get_or_init(|| formatted(&self.seeds[index], self.style))
    }
}

/// [`format()`], memoised for the life of the process: each `brief serve` rebuild makes a
/// new [`References`], and hayagriva takes about a millisecond a reference, most of a
/// one-brief rebuild. The key is everything a reference is made of, so an edited seed
/// misses and is formatted afresh.
fn formatted(seed: &Seed, style: Style) -> String {
    #[derive(PartialEq, Eq, Hash)]
    struct Key {
        style: Style,
        id: String,
        title: String,
        outlet: Option<String>,
        author: Vec<String>,
        published: Option<String>,
        url: Option<String>,
        language: Option<String>,
        note: Option<String>,
    }
    /// Past this many, the memo starts afresh, so a long session cannot grow it unbounded.
    const LIMIT: usize = 10_000;
    static FORMATTED: LazyLock<Mutex<HashMap<Key, String>>> = LazyLock::new(Mutex::default);
    let key = Key {
        style,
        id: seed.id.clone(),
        title: seed.title.clone(),
        outlet: seed.outlet.clone(),
        author: seed.author.clone(),
        published: seed.published.clone(),
        url: seed.url.clone(),
        language: seed.language.clone(),
        note: seed.note.clone(),
    };
    let memo = || FORMATTED.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(found) = memo().get(&key) {
        return found.clone();
    }
    let html = format(seed, style);
    let mut memo = memo();
    if memo.len() >= LIMIT {
        memo.clear();
    }
    memo.insert(key, html.clone());
    html
}

/// A name split into given and family parts: `Family, Given`, or `Given … Family` (the last
/// word is the family name); a single word is a family name alone.
fn split_name(name: &str) -> (Option<&str>, &str) {
    let name = name.trim();
    if let Some((family, given)) = name.split_once(',') {
        let given = given.trim();
        return ((!given.is_empty()).then_some(given), family.trim());
    }
    match name.rsplit_once(char::is_whitespace) {
        Some((given, family)) => (Some(given.trim()), family),
        None => (None, name),
    }
}

/// The authors that are not blank.
fn authors(seed: &Seed) -> Vec<&str> {
    seed.author
        .iter()
        .map(|a| a.trim())
        .filter(|a| !a.is_empty())
        .collect()
}

/// HTML written piece by piece: text is escaped, and the joins between pieces are tidied
/// the way a typesetter would (no `?.` or `?,` after a title ending in a question mark, no
/// doubled full stop or space where two pieces meet).
#[derive(Default)]
struct Html {
    out: String,
    last: Option<char>,
}

impl Html {
    fn text(&mut self, text: &str) {
        let mut first = true;
        for c in text.chars() {
            let skip = match (self.last, c) {
                (Some('?' | '!'), '.' | ',') => true,
                (Some('.'), '.') => first,
                (Some(' ') | None, ' ') => true,
                _ => false,
            };
            first = false;
            if skip {
                continue;
            }
            let mut buf = [0u8; 4];
            html_into(c.encode_utf8(&mut buf), &mut self.out);
            self.last = Some(c);
        }
    }

    fn raw(&mut self, markup: &str) {
        self.out.push_str(markup);
    }

    /// The outlet, italic, marked `class="ref-outlet"` for themes and scripts.
    fn outlet(&mut self, text: &str) {
        self.raw("<i class=\"ref-outlet\">");
        self.text(text);
        self.raw("</i>");
    }

    fn link(&mut self, url: &str) {
        self.raw("<a href=\"");
        html_into(url, &mut self.out);
        self.raw("\">");
        self.text(url);
        self.raw("</a>");
    }

    fn finish(self) -> String {
        let mut out = self.out;
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out
    }
}

/// References through hayagriva, the CSL processor Typst uses, with its bundled styles.
#[cfg(feature = "csl")]
mod csl {
    use std::sync::LazyLock;

    use hayagriva::archive::{ArchivedStyle, LOCALES as LOCALES_CBOR, locales};
    use hayagriva::citationberg::{FontStyle, FontWeight, IndependentStyle, Locale};
    use hayagriva::types::{EntryType, FormatString, Person, QualifiedUrl, StringChunk};
    use hayagriva::{
        BibliographyDriver, BibliographyRequest, CitationItem, CitationRequest, ElemChild, Entry,
    };

    use super::{Html, Style, authors, split_name};
    use crate::seed::Seed;

    /// The English locale (the terms and month names the styles use), decoded once.
    static LOCALES: LazyLock<Vec<Locale>> = LazyLock::new(|| {
        // Decode only the en-US entry of the archive: `archive::locales()` decodes every
        // locale it bundles, which costs more than the whole rest of a small build.
        let en_us = LOCALES_CBOR.iter().find(|bytes| {
            bytes.len() > 8
                && bytes[..bytes.len().min(64)]
                    .windows(5)
                    .any(|w| w == b"en-US")
        });
        let decoded: Option<Locale> =
            en_us.and_then(|bytes| ciborium::de::from_reader(*bytes).ok());
        match decoded {
            Some(l) if l.lang.as_ref().is_some_and(|c| c.0 == "en-US") => vec![l],
            _ => locales()
                .into_iter()
                .filter(|l| l.lang.as_ref().is_some_and(|c| c.0 == "en-US"))
                .collect(),
        }
    });

    static STYLES: [LazyLock<Option<IndependentStyle>>; 4] = [
        LazyLock::new(|| load(Style::ChicagoAuthorDate)),
        LazyLock::new(|| load(Style::Apa)),
        LazyLock::new(|| load(Style::Mla)),
        LazyLock::new(|| load(Style::Ieee)),
    ];

    fn load(style: Style) -> Option<IndependentStyle> {
        let archived = ArchivedStyle::by_name(match style {
            Style::ChicagoAuthorDate => "chicago-author-date",
            Style::Apa => "apa",
            Style::Mla => "modern-language-association",
            Style::Ieee => "institute-of-electrical-and-electronics-engineers",
        })?;
        match archived.get() {
            hayagriva::citationberg::Style::Independent(s) => Some(s),
            hayagriva::citationberg::Style::Dependent(_) => None,
        }
    }

    /// Text the styles print as written: headlines are quoted as the outlet published
    /// them, without title- or sentence-casing.
    fn verbatim(text: &str) -> FormatString {
        FormatString::from(StringChunk::verbatim(text))
    }

    fn entry(seed: &Seed) -> Entry {
        // Seeds are news and web articles. An `Article` with no parent maps to CSL's
        // `article`, which the styles print as a preprint ("Preprint", a book-like
        // italic title); a seed with no outlet (a bare `.txt`) is a web page instead.
        let has_outlet = seed.outlet.as_deref().is_some_and(|o| !o.trim().is_empty());
        let kind = if has_outlet {
            EntryType::Article
        } else {
            EntryType::Web
        };
        let mut entry = Entry::new(&seed.id, kind);
        entry.set_title(verbatim(&seed.title));
        let people: Vec<Person> = authors(seed)
            .into_iter()
            .map(|name| {
                let (given, family) = split_name(name);
                Person {
                    name: family.to_owned(),
                    given_name: given.map(str::to_owned),
                    prefix: None,
                    suffix: None,
                    comma_suffix: false,
                    alias: None,
                }
            })
            .collect();
        if !people.is_empty() {
            entry.set_authors(people);
        }
        if let Some(date) = seed.published.as_deref().and_then(|p| p.parse().ok()) {
            entry.set_date(date);
        }
        if let Some(url) = seed.url.as_deref().and_then(|u| u.parse().ok()) {
            entry.set_url(QualifiedUrl {
                value: url,
                visit_date: None,
            });
        }
        if let Some(outlet) = seed.outlet.as_deref().filter(|o| !o.trim().is_empty()) {
            let mut parent = Entry::new(&seed.id, EntryType::Newspaper);
            parent.set_title(verbatim(outlet));
            entry.set_parents(vec![parent]);
        }
        entry
    }

    pub(super) fn format(seed: &Seed, style: Style, out: &mut Html) {
        let index = Style::ALL.iter().position(|s| *s == style).unwrap_or(0);
        let Some(csl) = STYLES[index].as_ref() else {
            return super::plain::format(seed, style, out);
        };
        let entry = entry(seed);
        let mut driver = BibliographyDriver::new();
        driver.citation(CitationRequest::from_items(
            vec![CitationItem::with_entry(&entry)],
            csl,
            &LOCALES,
        ));
        let rendered = driver.finish(BibliographyRequest {
            style: csl,
            locale: None,
            locale_files: &LOCALES,
        });
        match rendered
            .bibliography
            .and_then(|b| b.items.into_iter().next())
        {
            // The item's number (`[1]` in IEEE) is left out: the theme numbers the list.
            Some(item) => {
                let mut outlet = seed.outlet.as_deref().map(str::trim);
                // An article's headline is quoted, never set in italics as a book's title
                // is. Chicago author-date does that to a news article with no author,
                // whose outlet takes the author's place.
                let headline = outlet.is_some().then_some(seed.title.trim());
                for child in &item.content.0 {
                    walk(child, &mut outlet, headline, out);
                }
            }
            None => super::plain::format(seed, style, out),
        }
    }

    /// Writes hayagriva's output tree as HTML of our own: its HTML writer does not escape
    /// text, and styles formatting inline.
    /// The first text that is the outlet (`outlet`, until found) is marked as such.
    fn walk(child: &ElemChild, outlet: &mut Option<&str>, headline: Option<&str>, out: &mut Html) {
        match child {
            ElemChild::Text(t) if outlet.is_some_and(|o| o.eq_ignore_ascii_case(t.text.trim())) => {
                *outlet = None;
                out.outlet(&t.text);
            }
            ElemChild::Text(t)
                if t.formatting.font_style == FontStyle::Italic
                    && headline.is_some_and(|h| h == t.text.trim()) =>
            {
                out.raw("“");
                out.text(t.text.trim());
                out.raw("”");
            }
            ElemChild::Text(t) => {
                let italic = t.formatting.font_style == FontStyle::Italic;
                let bold = t.formatting.font_weight == FontWeight::Bold;
                out.raw(match (italic, bold) {
                    (true, true) => "<b><i>",
                    (true, false) => "<i>",
                    (false, true) => "<b>",
                    (false, false) => "",
                });
                out.text(&t.text);
                out.raw(match (italic, bold) {
                    (true, true) => "</i></b>",
                    (true, false) => "</i>",
                    (false, true) => "</b>",
                    (false, false) => "",
                });
            }
            ElemChild::Elem(e) => e
                .children
                .0
                .iter()
                .for_each(|c| walk(c, outlet, headline, out)),
            ElemChild::Markup(m) => out.text(m),
            ElemChild::Link { url, .. } => out.link(url),
            _ => {}
        }
    }
}

/// The fallback formatter (always compiled, so it is tested; used when `csl` is off).
#[cfg_attr(feature = "csl", allow(dead_code))]
mod plain {
    use time::Month;

    use super::{Html, Style, authors, date, split_name};
    use crate::seed::Seed;

    enum When {
        Day(i32, Month, u8),
        Month(i32, Month),
        Unknown,
    }

    fn when(seed: &Seed) -> When {
        match seed.published.as_deref().map(|p| date::parse(p, true)) {
            Some(Ok((d, super::Precision::Day))) => When::Day(d.year(), d.month(), d.day()),
            Some(Ok((d, super::Precision::Month))) => When::Month(d.year(), d.month()),
            _ => When::Unknown,
        }
    }

    fn initials(given: &str) -> String {
        given
            .split_whitespace()
            .map(|word| {
                word.split('-')
                    .filter_map(|part| part.chars().next())
                    .map(|c| format!("{c}."))
                    .collect::<Vec<_>>()
                    .join("-")
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn inverted(name: &str) -> String {
        match split_name(name) {
            (Some(given), family) => format!("{family}, {given}"),
            (None, family) => family.to_owned(),
        }
    }

    fn direct(name: &str) -> String {
        match split_name(name) {
            (Some(given), family) => format!("{given} {family}"),
            (None, family) => family.to_owned(),
        }
    }

    /// "A", "A and B", "A, B, and C" (serial comma, as all four styles use).
    fn list(names: &[String], and: &str) -> String {
        match names {
            [] => String::new(),
            [one] => one.clone(),
            [a, b] => format!("{a} {and} {b}"),
            [rest @ .., last] => format!("{}, {and} {last}", rest.join(", ")),
        }
    }

    fn short_month(month: Month, style: Style) -> &'static str {
        let (mla, ieee) = match month {
            Month::January => ("Jan.", "Jan."),
            Month::February => ("Feb.", "Feb."),
            Month::March => ("Mar.", "Mar."),
            Month::April => ("Apr.", "Apr."),
            Month::May => ("May", "May"),
            Month::June => ("June", "Jun."),
            Month::July => ("July", "Jul."),
            Month::August => ("Aug.", "Aug."),
            Month::September => ("Sept.", "Sep."),
            Month::October => ("Oct.", "Oct."),
            Month::November => ("Nov.", "Nov."),
            Month::December => ("Dec.", "Dec."),
        };
        if style == Style::Mla { mla } else { ieee }
    }

    pub(super) fn format(seed: &Seed, style: Style, out: &mut Html) {
        let names = authors(seed);
        let outlet = seed
            .outlet
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty());
        let title = seed.title.trim();
        let when = when(seed);
        match style {
            Style::ChicagoAuthorDate => {
                // Kullab, Samya. 2025. “Title.” Outlet, February 25. URL.
                let year = match when {
                    When::Day(y, ..) | When::Month(y, _) => y.to_string(),
                    When::Unknown => "n.d".to_owned(),
                };
                let day = match when {
                    When::Day(_, m, d) => Some(format!("{m} {d}")),
                    When::Month(_, m) => Some(m.to_string()),
                    When::Unknown => None,
                };
                let mut lead_outlet = false;
                if !names.is_empty() {
                    let mut all = vec![inverted(names[0])];
                    all.extend(names[1..].iter().map(|n| direct(n)));
                    match all.as_slice() {
                        // The first name is inverted, so a comma precedes `and`.
                        [a, b] => out.text(&format!("{a}, and {b}")),
                        _ => out.text(&list(&all, "and")),
                    }
                } else if let Some(o) = outlet {
                    out.outlet(o);
                    lead_outlet = true;
                }
                if !names.is_empty() || lead_outlet {
                    out.text(". ");
                }
                out.text(&format!("{year}. “{title}.” "));
                match (outlet.filter(|_| !lead_outlet), day) {
                    (Some(o), Some(day)) => {
                        out.outlet(o);
                        out.text(&format!(", {day}. "));
                    }
                    (Some(o), None) => {
                        out.outlet(o);
                        out.text(". ");
                    }
                    (None, Some(day)) => out.text(&format!("{day}. ")),
                    (None, None) => {}
                }
                if let Some(url) = &seed.url {
                    out.link(url);
                    out.text(".");
                }
            }
            Style::Apa => {
                // Kullab, S., & Roe, J. (2025, February 25). Title. Outlet. URL
                let date = match when {
                    When::Day(y, m, d) => format!("({y}, {m} {d})"),
                    When::Month(y, m) => format!("({y}, {m})"),
                    When::Unknown => "(n.d.)".to_owned(),
                };
                if names.is_empty() {
                    out.text(&format!("{title}. {date}. "));
                } else {
                    let all: Vec<String> = names
                        .iter()
                        .map(|n| match split_name(n) {
                            (Some(given), family) => format!("{family}, {}", initials(given)),
                            (None, family) => family.to_owned(),
                        })
                        .collect();
                    let authors = match all.as_slice() {
                        [one] => one.clone(),
                        [rest @ .., last] => format!("{}, & {last}", rest.join(", ")),
                        [] => String::new(),
                    };
                    out.text(&format!("{authors} {date}. {title}. "));
                }
                if let Some(o) = outlet {
                    out.outlet(o);
                    out.text(". ");
                }
                if let Some(url) = &seed.url {
                    out.link(url);
                }
            }
            Style::Mla => {
                // Kullab, Samya. “Title.” Outlet, 25 Feb. 2025, URL.
                match names.as_slice() {
                    [] => {}
                    [one] => out.text(&format!("{}. ", inverted(one))),
                    [a, b] => out.text(&format!("{}, and {}. ", inverted(a), direct(b))),
                    [a, ..] => out.text(&format!("{}, et al. ", inverted(a))),
                }
                out.text(&format!("“{title}.” "));
                let date = match when {
                    When::Day(y, m, d) => Some(format!("{d} {} {y}", short_month(m, style))),
                    When::Month(y, m) => Some(format!("{} {y}", short_month(m, style))),
                    When::Unknown => None,
                };
                let parts: Vec<Option<String>> =
                    vec![outlet.map(|_| String::new()), date, seed.url.clone()];
                let mut first = true;
                for (i, part) in parts.into_iter().enumerate() {
                    let Some(part) = part else { continue };
                    if !first {
                        out.text(", ");
                    }
                    first = false;
                    match i {
                        0 => out.outlet(outlet.unwrap_or_default()),
                        1 => out.text(&part),
                        _ => out.link(&part),
                    }
                }
                if !first {
                    out.text(".");
                }
            }
            Style::Ieee => {
                // S. Kullab and J. Roe, “Title,” Outlet, Feb. 25, 2025. [Online]. Available: URL
                let all: Vec<String> = names
                    .iter()
                    .map(|n| match split_name(n) {
                        (Some(given), family) => format!("{} {family}", initials(given)),
                        (None, family) => family.to_owned(),
                    })
                    .collect();
                if !all.is_empty() {
                    let authors = match all.as_slice() {
                        [a, b] => format!("{a} and {b}"),
                        _ => list(&all, "and"),
                    };
                    out.text(&format!("{authors}, "));
                }
                out.text(&format!("“{title},” "));
                if let Some(o) = outlet {
                    out.outlet(o);
                    out.text(", ");
                }
                match when {
                    When::Day(y, m, d) => out.text(&format!("{} {d}, {y}", short_month(m, style))),
                    When::Month(y, m) => out.text(&format!("{} {y}", short_month(m, style))),
                    When::Unknown => {}
                }
                out.text(". ");
                if let Some(url) = &seed.url {
                    out.text("[Online]. Available: ");
                    out.link(url);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn seed(author: &[&str], published: Option<&str>, url: Option<&str>) -> Seed {
        Seed {
            id: "s".into(),
            path: PathBuf::from("seeds/s.md"),
            title: "The US and Ukraine are closing in on a mineral deal".into(),
            outlet: Some("Associated Press".into()),
            author: author.iter().map(|a| a.to_string()).collect(),
            published: published.map(str::to_owned),
            url: url.map(str::to_owned),
            language: None,
            note: None,
            captured: None,
            sha256: None,
            modified: None,
            imported: None,
            paragraphs: vec![],
        }
    }

    #[test]
    fn memoised_references_follow_seed_edits() {
        let mut s = seed(&["Samya Kullab"], Some("2025-02-25"), None);
        let first = formatted(&s, Style::default());
        assert_eq!(first, format(&s, Style::default()));
        assert_eq!(formatted(&s, Style::default()), first);
        s.title = "An edited title".into();
        let edited = formatted(&s, Style::default());
        assert!(edited.contains("An edited title"), "{edited}");
        assert_eq!(edited, format(&s, Style::default()));
    }

    fn ap() -> Seed {
        seed(
            &["Samya Kullab"],
            Some("2025-02-25"),
            Some("https://apnews.com/article/x?a=1&b=2"),
        )
    }

    /// A month-precision, author-less translated seed.
    fn abp() -> Seed {
        let mut s = seed(&[], Some("2025-02"), None);
        s.title = "Ukraine’s minerals deal".into();
        s.outlet = Some("ABP Live".into());
        s.note = Some("Machine translation of the Turkish original.".into());
        s
    }

    fn two() -> Seed {
        seed(&["Samya Kullab", "Jane Doe"], Some("2025-02-25"), None)
    }

    fn three() -> Seed {
        seed(
            &["Jane Doe", "Roe, John", "Ann Poe"],
            Some("2025-03-01"),
            None,
        )
    }

    /// The reference with its tags taken out and entities decoded, to compare as text.
    fn text(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
    }

    /// Both formatters: the one `format` uses, and the fallback.
    fn both(seed: &Seed, style: Style) -> [String; 2] {
        let mut plain = Html::default();
        plain::format(seed, style, &mut plain);
        [format(seed, style), with_note(plain, seed)]
    }

    #[test]
    fn style_names_parse_and_unknown_names_get_help() {
        for style in Style::ALL {
            assert_eq!(style.name().parse::<Style>(), Ok(style));
        }
        assert_eq!(" APA ".parse::<Style>(), Ok(Style::Apa));
        assert_eq!(Style::default(), Style::ChicagoAuthorDate);
        let err = "chicago-author".parse::<Style>().unwrap_err();
        let message = err.to_string();
        assert!(message.contains("`chicago-author-date`, `apa`, `mla`, `ieee`"));
        assert_eq!(
            err.suggestion().as_deref(),
            Some("did you mean `chicago-author-date`?")
        );
        assert_eq!(
            "ama".parse::<Style>().unwrap_err().suggestion().as_deref(),
            Some("did you mean one of `apa`, `mla`?")
        );
    }

    #[test]
    fn chicago_author_date() {
        for html in both(&ap(), Style::ChicagoAuthorDate) {
            let t = text(&html);
            assert!(
                t.starts_with("Kullab, Samya. 2025. “The US and Ukraine"),
                "{t}"
            );
            assert!(t.contains("Associated Press, February 25."), "{t}");
            assert!(
                html.contains("<i class=\"ref-outlet\">Associated Press</i>"),
                "{html}"
            );
            assert!(
                html.contains(r#"<a href="https://apnews.com/article/x?a=1&amp;b=2">"#),
                "{html}"
            );
        }
        for html in both(&abp(), Style::ChicagoAuthorDate) {
            let t = text(&html);
            // No author: the outlet leads; month precision: no day.
            assert!(t.starts_with("ABP Live. 2025."), "{t}");
            assert!(t.contains("February"), "{t}");
            assert!(!t.contains("February 1"), "{t}");
            assert!(
                t.ends_with(" Machine translation of the Turkish original."),
                "{t}"
            );
        }
        for html in both(&two(), Style::ChicagoAuthorDate) {
            assert!(
                text(&html).starts_with("Kullab, Samya, and Jane Doe. 2025."),
                "{html}"
            );
        }
        for html in both(&three(), Style::ChicagoAuthorDate) {
            assert!(
                text(&html).starts_with("Doe, Jane, John Roe, and Ann Poe. 2025."),
                "{html}"
            );
        }
    }

    #[test]
    fn apa() {
        for html in both(&ap(), Style::Apa) {
            let t = text(&html);
            assert!(
                t.starts_with("Kullab, S. (2025, February 25). The US and Ukraine are closing in on a mineral deal. Associated Press. https://apnews.com/"),
                "{t}"
            );
        }
        for html in both(&abp(), Style::Apa) {
            let t = text(&html);
            // No author: APA moves the title to the front.
            assert!(
                t.starts_with("Ukraine’s minerals deal. (2025, February). ABP Live."),
                "{t}"
            );
            assert!(t.contains("Machine translation of the Turkish original."));
        }
        for html in both(&three(), Style::Apa) {
            assert!(
                text(&html).starts_with("Doe, J., Roe, J., & Poe, A. (2025, March 1)."),
                "{html}"
            );
        }
        for html in both(&seed(&["Samya Kullab"], None, None), Style::Apa) {
            assert!(text(&html).contains("(n.d.)"), "{html}");
        }
    }

    #[test]
    fn mla() {
        for html in both(&ap(), Style::Mla) {
            let t = text(&html);
            assert!(t.starts_with("Kullab, Samya. “The US and Ukraine"), "{t}");
            assert!(
                t.contains("Associated Press, 25 Feb. 2025, https://apnews.com/"),
                "{t}"
            );
        }
        for html in both(&abp(), Style::Mla) {
            let t = text(&html);
            assert!(t.starts_with("“Ukraine"), "{t}");
            assert!(t.contains("ABP Live, Feb. 2025."), "{t}");
        }
        for html in both(&three(), Style::Mla) {
            assert!(text(&html).starts_with("Doe, Jane, et al. “"), "{html}");
        }
    }

    #[test]
    fn ieee() {
        for html in both(&ap(), Style::Ieee) {
            let t = text(&html);
            assert!(t.starts_with("S. Kullab, “The US and Ukraine"), "{t}");
            assert!(t.contains("Associated Press, Feb. 25, 2025."), "{t}");
            assert!(t.contains("Available: https://apnews.com/"), "{t}");
            assert!(!t.contains("  "), "{t}");
            assert!(!t.starts_with('['), "the list numbers itself: {t}");
        }
        for html in both(&abp(), Style::Ieee) {
            assert!(text(&html).contains("ABP Live, Feb. 2025."), "{html}");
        }
        for html in both(&three(), Style::Ieee) {
            assert!(
                text(&html).starts_with("J. Doe, J. Roe, and A. Poe, “"),
                "{html}"
            );
        }
    }

    #[test]
    fn seeds_are_articles_never_preprints_or_books() {
        let mut bare = seed(&[], None, None);
        bare.outlet = None;
        let no_author = seed(&[], Some("2025-02-25"), None);
        for style in Style::ALL {
            // With no outlet a seed is a web page (APA 7 sets a web page's title in
            // italics, as it should); never a preprint.
            for html in both(&bare, style) {
                assert!(!html.contains("Preprint"), "{style}: {html}");
            }
            // A news article with no author keeps its title in quotes, not italics.
            for html in both(&no_author, style) {
                assert!(!html.contains("Preprint"), "{style}: {html}");
                assert!(
                    !html.contains("<i>The US and Ukraine"),
                    "{style}: the title is set as a book's: {html}"
                );
            }
        }
    }

    #[test]
    fn seed_text_is_escaped_in_every_style() {
        let mut s = ap();
        s.title = "<script>alert(1)</script> & \"quotes\"?".into();
        s.outlet = Some("<b>Outlet</b>".into());
        s.author = vec!["<img src=x onerror=alert(1)> Evil".into()];
        s.note = Some("<i>note</i>".into());
        for style in Style::ALL {
            for html in both(&s, style) {
                assert!(!html.contains("<script"), "{style}: {html}");
                assert!(!html.contains("<img"), "{style}: {html}");
                assert!(!html.contains("<b>Outlet"), "{style}: {html}");
                assert!(!html.contains("<i>note"), "{style}: {html}");
                assert!(html.contains("&lt;script&gt;"), "{style}: {html}");
                // A title ending in `?` takes no further full stop or comma.
                assert!(
                    !text(&html).contains("?.") && !text(&html).contains("?,"),
                    "{html}"
                );
            }
        }
    }

    #[test]
    fn references_are_formatted_once_and_kept() {
        let seeds = vec![ap(), abp()];
        let refs = References::new(&seeds, Style::Apa);
        let first = refs.get(1) as *const str;
        assert_eq!(refs.get(1) as *const str, first);
        assert_eq!(refs.get(0), format(&seeds[0], Style::Apa));
    }
}

//! Rendering a brief's Markdown body to HTML.
//!
//! Owns the rewrite of pulldown-cmark's event stream: citations (`[@id]`, found by the
//! parser's broken-link callback, so code spans and `\[` escapes are never citations),
//! Markdown footnotes (lifted out of the body into a Notes list), heading ids and the
//! table of contents, and highlighted code blocks. It numbers sources in first-cited
//! order and records, for each citation, the quoted passages before it; checking those
//! against the seeds is [`crate::resolve`]'s job, since it needs the whole site.

use std::collections::HashMap;
use std::ops::Range;

use pulldown_cmark::{
    BrokenLink, CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd,
};
use serde::Serialize;

use crate::cite::{self, backlink_label};
use crate::highlight;
use crate::quote;

/// The link destination the broken-link callback gives citations, to recognise them in
/// the event stream. It can't collide with a real link: real links are not "broken".
const CITE_DEST: &str = "brief:cite";

/// A brief's body, rendered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RenderedBody {
    pub html: String,
    pub toc: Vec<TocEntry>,
    /// Every bracket of citations, in order of appearance.
    pub groups: Vec<CiteGroup>,
    /// Sources in first-cited order (index + 1 is the number).
    pub order: Vec<String>,
    /// Footnotes that are referenced, in order of first reference.
    pub notes: Vec<Note>,
    /// Footnotes defined but never referenced: (label, byte offset in the body).
    pub unused_notes: Vec<(String, usize)>,
    pub word_count: usize,
    /// The body's text without markup, for the search index.
    pub plain: String,
}

/// One `[@…]` bracket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CiteGroup {
    /// Which text the bracket is in.
    pub origin: Origin,
    /// Byte range of the bracket in its text.
    pub range: Range<usize>,
    pub items: Vec<PlacedCite>,
    /// Quoted passages of the sentence before the bracket.
    pub quotes: Vec<Quoted>,
}

/// One source cited at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacedCite {
    pub id: String,
    pub number: usize,
    /// Backlink label: `a` for the source's first citation, `b` for its second …
    pub label: String,
    pub locator: Option<String>,
    /// Byte offset of the `@` in the body.
    pub offset: usize,
}

/// A passage in quote marks, as written in the brief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted {
    pub text: String,
    /// Approximate byte offset in the body (for diagnostics).
    pub offset: usize,
}

/// A Markdown footnote.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Note {
    pub number: usize,
    pub id: String,
    pub content: String,
    /// One label per reference: `a`, `b` …
    #[serde(skip)]
    pub labels: Vec<String>,
}

/// One heading in the table of contents.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TocEntry {
    pub level: u8,
    pub id: String,
    pub title: String,
    pub children: Vec<TocEntry>,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders `body` (the Markdown after the front matter).
pub fn render(body: &str) -> RenderedBody {
    let mut renderer = Renderer::default();
    renderer.body(body);
    renderer.finish()
}

/// Where a text rendered by a [`Renderer`] came from, to place diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The brief's body: offsets are bytes into the body.
    Body,
    /// A string in the front matter (a takeaway, a timeline event …) starting at this
    /// 1-based line and column of the file.
    At { line: usize, col: usize },
}

/// Renders the texts of one brief — its components and its body — numbering sources
/// across all of them in the order they are rendered.
#[derive(Debug, Default)]
pub struct Renderer {
    rendered: RenderedBody,
    numbers: HashMap<String, usize>,
    cite_counts: HashMap<usize, usize>,
    note_numbers: HashMap<String, usize>,
}

impl Renderer {
    /// Renders the body: its HTML, table of contents and notes.
    pub fn body(&mut self, body: &str) {
        // The plain text is about as long as the Markdown; sized once rather than grown.
        self.rendered.plain.reserve(body.len());
        let mut r = Rewriter::new(body, Origin::Body, self);
        r.run(parse(body));
        r.finish_body();
    }

    /// Renders a short text of the front matter (a takeaway, a timeline event) as inline
    /// HTML: one paragraph loses its `<p>`.
    pub fn inline(&mut self, text: &str, origin: Origin) -> String {
        let mut r = Rewriter::new(text, origin, self);
        r.run(parse(text));
        r.finish_inline()
    }

    pub fn finish(self) -> RenderedBody {
        self.rendered
    }
}

fn parse(text: &str) -> impl Iterator<Item = (Event<'_>, Range<usize>)> {
    let callback = |link: BrokenLink<'_>| {
        let inner = text.get(link.span.start + 1..link.span.end.saturating_sub(1))?;
        cite::is_citation(inner).then_some((CowStr::Borrowed(CITE_DEST), CowStr::Borrowed("")))
    };
    Parser::new_with_broken_link_callback(text, options(), Some(callback)).into_offset_iter()
}

/// State of the first pass over one text's events.
struct Rewriter<'a, 's> {
    body: &'a str,
    origin: Origin,
    out: Vec<Event<'a>>,
    state: &'s mut Renderer,
    /// Plain text of the current block, for quote detection, with source offsets.
    block: String,
    block_offsets: Vec<(usize, usize)>,
    /// Where in `block` the previous citation ended.
    block_from: usize,
}

impl<'a, 's> Rewriter<'a, 's> {
    fn new(body: &'a str, origin: Origin, state: &'s mut Renderer) -> Self {
        Rewriter {
            body,
            origin,
            // About one event per 16 bytes of Markdown in prose.
            out: Vec::with_capacity(body.len() / 16),
            state,
            block: String::new(),
            block_offsets: Vec::new(),
            block_from: 0,
        }
    }

    fn run(&mut self, events: impl Iterator<Item = (Event<'a>, Range<usize>)>) {
        let mut events = events.peekable();
        while let Some((event, range)) = events.next() {
            match event {
                Event::Start(Tag::Link { ref dest_url, .. }) if dest_url.as_ref() == CITE_DEST => {
                    // Skip the link's text up to its end: the bracket becomes a superscript.
                    for (e, _) in events.by_ref() {
                        if matches!(e, Event::End(TagEnd::Link)) {
                            break;
                        }
                    }
                    self.citation(range);
                }
                Event::Start(Tag::CodeBlock(kind)) => {
                    let lang = match &kind {
                        CodeBlockKind::Fenced(lang) => lang.to_string(),
                        CodeBlockKind::Indented => String::new(),
                    };
                    let mut code = String::new();
                    for (e, _) in events.by_ref() {
                        match e {
                            Event::Text(t) => code.push_str(&t),
                            Event::End(TagEnd::CodeBlock) => break,
                            _ => {}
                        }
                    }
                    self.out
                        .push(Event::Html(highlight::code_block(&lang, &code).into()));
                }
                Event::FootnoteReference(label) => self.footnote_reference(label),
                Event::Start(
                    Tag::Paragraph
                    | Tag::Heading { .. }
                    | Tag::Item
                    | Tag::TableCell
                    | Tag::FootnoteDefinition(_),
                )
                | Event::End(
                    TagEnd::Paragraph
                    | TagEnd::Heading(_)
                    | TagEnd::Item
                    | TagEnd::TableCell
                    | TagEnd::FootnoteDefinition,
                ) => {
                    self.block.clear();
                    self.block_offsets.clear();
                    self.block_from = 0;
                    self.out.push(event);
                }
                Event::Text(ref t) | Event::Code(ref t) => {
                    if self.origin == Origin::Body {
                        let plain = &mut self.state.rendered.plain;
                        if !plain.is_empty()
                            && !plain.ends_with(' ')
                            && !t.starts_with([' ', ',', '.', ';', ':'])
                        {
                            plain.push(' ');
                        }
                        plain.push_str(t);
                    }
                    self.block_offsets.push((self.block.len(), range.start));
                    self.block.push_str(t);
                    self.state.rendered.word_count += t.split_whitespace().count();
                    self.out.push(event);
                }
                Event::SoftBreak | Event::HardBreak => {
                    self.block.push(' ');
                    self.out.push(event);
                }
                _ => self.out.push(event),
            }
        }
    }

    fn citation(&mut self, range: Range<usize>) {
        let inner_start = range.start + 1;
        let inner = &self.body[inner_start..range.end.saturating_sub(1).max(inner_start)];
        let Some(items) = cite::parse_group(inner) else {
            return;
        };
        self.trim_space_before_citation();
        let quotes = quote::quotes_before(&self.block, self.block_from)
            .into_iter()
            .map(|span| Quoted {
                text: self.block[span.start..span.end].to_owned(),
                offset: self.source_offset(span.start),
            })
            .collect();
        self.block.push(' ');
        self.block_from = self.block.len();
        let mut placed = Vec::with_capacity(items.len());
        let mut html = String::from("<sup class=\"citation\">");
        for (i, item) in items.into_iter().enumerate() {
            let next = self.state.numbers.len() + 1;
            let number = *self
                .state
                .numbers
                .entry(item.id.clone())
                .or_insert_with(|| {
                    self.state.rendered.order.push(item.id.clone());
                    next
                });
            let count = self.state.cite_counts.entry(number).or_insert(0);
            let label = backlink_label(*count);
            *count += 1;
            if i > 0 {
                html.push_str("<span class=\"sep\">,</span>");
            }
            html.push_str(&format!(
                "<a id=\"cite-{number}-{label}\" href=\"#source-{number}\" role=\"doc-noteref\">{number}</a>"
            ));
            placed.push(PlacedCite {
                id: item.id,
                number,
                label,
                locator: item.locator,
                offset: inner_start + item.offset,
            });
        }
        html.push_str("</sup>");
        self.out.push(Event::InlineHtml(html.into()));
        self.state.rendered.groups.push(CiteGroup {
            origin: self.origin,
            range,
            items: placed,
            quotes,
        });
    }

    /// `aid [@ap]` renders as `aid<sup>…`: like Pandoc, the space before a citation is
    /// dropped so the superscript can never start a line on its own.
    fn trim_space_before_citation(&mut self) {
        if let Some(Event::Text(text)) = self.out.last_mut() {
            let trimmed = text.trim_end();
            if trimmed.len() < text.len() {
                *text = CowStr::from(trimmed.to_owned());
            }
        }
    }

    /// Maps a byte position of the block's plain text back to the body (approximately:
    /// exact unless the text event held escapes or entities).
    fn source_offset(&self, pos: usize) -> usize {
        let i = self
            .block_offsets
            .partition_point(|&(text_pos, _)| text_pos <= pos);
        match i.checked_sub(1).map(|i| self.block_offsets[i]) {
            Some((text_pos, src)) => (src + pos - text_pos).min(self.body.len()),
            None => 0,
        }
    }

    fn footnote_reference(&mut self, label: CowStr<'a>) {
        let next = self.state.note_numbers.len() + 1;
        let number = *self
            .state
            .note_numbers
            .entry(label.to_string())
            .or_insert(next);
        if number == next {
            self.state.rendered.notes.push(Note {
                number,
                id: label.to_string(),
                content: String::new(),
                labels: Vec::new(),
            });
        }
        let note = &mut self.state.rendered.notes[number - 1];
        let back = backlink_label(note.labels.len());
        note.labels.push(back.clone());
        self.out.push(Event::InlineHtml(
            format!(
                "<sup class=\"footnote-ref\"><a id=\"noteref-{number}-{back}\" href=\"#note-{number}\" role=\"doc-noteref\">{number}</a></sup>"
            )
            .into(),
        ));
    }

    /// Inline HTML of a short text: footnotes and headings are not expected there.
    fn finish_inline(self) -> String {
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, self.out.into_iter());
        let trimmed = html.trim_end();
        match trimmed
            .strip_prefix("<p>")
            .and_then(|t| t.strip_suffix("</p>"))
        {
            Some(inner) if !inner.contains("<p>") => inner.to_owned(),
            _ => html,
        }
    }

    /// Second pass: lift footnote definitions out, give headings ids, write the HTML.
    fn finish_body(mut self) {
        let events = std::mem::take(&mut self.out);
        let mut main: Vec<Event<'a>> = Vec::with_capacity(events.len());
        let mut definitions: HashMap<String, Vec<Event<'a>>> = HashMap::new();
        let mut headings: Vec<(u8, String, String)> = Vec::new();
        let mut used_ids: HashMap<String, usize> = HashMap::new();
        let mut iter = events.into_iter();
        while let Some(event) = iter.next() {
            match event {
                Event::Start(Tag::FootnoteDefinition(label)) => {
                    let mut inner = Vec::new();
                    for e in iter.by_ref() {
                        if matches!(e, Event::End(TagEnd::FootnoteDefinition)) {
                            break;
                        }
                        inner.push(e);
                    }
                    definitions.entry(label.to_string()).or_insert(inner);
                }
                Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                }) => {
                    let mut inner = Vec::new();
                    let mut title = String::new();
                    for e in iter.by_ref() {
                        match &e {
                            Event::End(TagEnd::Heading(_)) => break,
                            Event::Text(t) | Event::Code(t) => title.push_str(t),
                            _ => {}
                        }
                        inner.push(e);
                    }
                    let id = match id {
                        Some(id) => id.to_string(),
                        None => unique_id(&heading_slug(&title), &mut used_ids),
                    };
                    headings.push((heading_number(level), id.clone(), title.trim().to_owned()));
                    main.push(Event::Start(Tag::Heading {
                        level,
                        id: Some(id.into()),
                        classes,
                        attrs,
                    }));
                    main.extend(inner);
                    main.push(Event::End(TagEnd::Heading(level)));
                }
                other => main.push(other),
            }
        }
        let mut html = String::with_capacity(self.body.len() * 3 / 2);
        pulldown_cmark::html::push_html(&mut html, main.into_iter());
        self.state.rendered.html = html;
        for note in &mut self.state.rendered.notes {
            if let Some(events) = definitions.remove(&note.id) {
                let mut content = String::new();
                pulldown_cmark::html::push_html(&mut content, events.into_iter());
                note.content = content;
            }
        }
        let mut unused: Vec<(String, usize)> = definitions
            .into_keys()
            .map(|label| {
                let needle = format!("[^{label}]:");
                let offset = self.body.find(&needle).unwrap_or(0);
                (label, offset)
            })
            .collect();
        unused.sort();
        self.state.rendered.unused_notes = unused;
        self.state.rendered.toc = build_toc(&headings);
    }
}

fn heading_number(level: HeadingLevel) -> u8 {
    level as u8
}

fn heading_slug(title: &str) -> String {
    let slug = crate::brief::slug(title);
    if slug == "-" {
        "section".to_owned()
    } else {
        slug
    }
}

fn unique_id(base: &str, used: &mut HashMap<String, usize>) -> String {
    let count = used.entry(base.to_owned()).or_insert(0);
    *count += 1;
    if *count == 1 {
        base.to_owned()
    } else {
        format!("{base}-{}", *count - 1)
    }
}

/// Nests headings: each deeper heading goes under the last shallower one.
fn build_toc(headings: &[(u8, String, String)]) -> Vec<TocEntry> {
    fn insert(list: &mut Vec<TocEntry>, entry: TocEntry) {
        match list.last_mut() {
            Some(last) if last.level < entry.level => insert(&mut last.children, entry),
            _ => list.push(entry),
        }
    }
    let mut toc = Vec::new();
    for (level, id, title) in headings {
        insert(
            &mut toc,
            TocEntry {
                level: *level,
                id: id.clone(),
                title: title.clone(),
                children: Vec::new(),
            },
        );
    }
    toc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_first_cited_order_and_reuses() {
        let r = render("A [@b]. B [@a; @b, para. 2]. C [@a].\n");
        assert_eq!(r.order, vec!["b", "a"]);
        let places: Vec<(String, usize, String)> = r
            .groups
            .iter()
            .flat_map(|g| {
                g.items
                    .iter()
                    .map(|p| (p.id.clone(), p.number, p.label.clone()))
            })
            .collect();
        assert_eq!(
            places,
            vec![
                ("b".into(), 1, "a".into()),
                ("a".into(), 2, "a".into()),
                ("b".into(), 1, "b".into()),
                ("a".into(), 2, "b".into())
            ]
        );
        assert_eq!(r.groups[1].items[1].locator.as_deref(), Some("para. 2"));
        assert!(
            r.html
                .contains("<a id=\"cite-1-b\" href=\"#source-1\" role=\"doc-noteref\">1</a>")
        );
    }

    #[test]
    fn code_and_escapes_are_not_citations() {
        let r = render("`[@a]` and \\[@b] and\n\n```\n[@c]\n```\n");
        assert!(r.groups.is_empty());
        assert!(r.html.contains("[@b]"));
    }

    #[test]
    fn ordinary_links_still_work() {
        let r = render("[text](https://example.org) and [ref]\n\n[ref]: https://x.org\n");
        assert!(r.groups.is_empty());
        assert!(r.html.contains("href=\"https://example.org\""));
    }

    #[test]
    fn quotes_before_citation_are_recorded() {
        let r = render("He said it was “off the table” [@ap]. Later \"x\" [@b].\n");
        assert_eq!(r.groups[0].quotes.len(), 1);
        assert_eq!(r.groups[0].quotes[0].text, "off the table");
        assert_eq!(r.groups[1].quotes[0].text, "x");
    }

    #[test]
    fn footnotes_become_notes() {
        let r = render("Text[^n] and again[^n].\n\n[^n]: The *note*.\n\n[^unused]: Nobody.\n");
        assert_eq!(r.notes.len(), 1);
        assert_eq!(r.notes[0].labels, vec!["a", "b"]);
        assert!(r.notes[0].content.contains("<em>note</em>"));
        assert!(!r.html.contains("The <em>note</em>"));
        assert_eq!(r.unused_notes.len(), 1);
    }

    #[test]
    fn headings_get_unique_ids_and_nest() {
        let r = render("## What next\n\n### Detail\n\n## What next\n\n## Custom {#mine}\n");
        assert!(r.html.contains("<h2 id=\"what-next\">"));
        assert!(r.html.contains("<h2 id=\"what-next-1\">"));
        assert!(r.html.contains("<h2 id=\"mine\">"));
        assert_eq!(r.toc.len(), 3);
        assert_eq!(r.toc[0].children[0].id, "detail");
    }

    #[test]
    fn fenced_code_is_highlighted() {
        let r = render("```rust\nfn main() {}\n```\n");
        assert!(r.html.contains("<pre class=\"code\" data-lang=\"rust\">"));
    }
}

//! Rendering a brief's Markdown body to HTML.
//!
//! Owns the rewrite of pulldown-cmark's event stream: citations, Markdown footnotes
//! (lifted out of the body into a Notes list), heading ids and the table of contents, and
//! highlighted code blocks. It numbers sources in first-cited order and records, for each
//! citation, the quoted passages before it; checking those against the seeds is
//! [`crate::resolve`]'s job, since it needs the whole site.
//!
//! Citations follow Pandoc ([`crate::cite`] parses the syntax). A bracket `[@id]` reaches
//! us through the parser's broken-link callback, so code spans and `\[` escapes are never
//! citations; a bracket the callback must leave alone (one inside link text, where a
//! link would break the outer link) arrives as literal text and is found in the text run.
//! A narrative `@id` is found in text, and only for ids the renderer was given names for
//! (the brief's `sources:`), so handles and emails stay text. Whatever looks like a
//! citation but is not one is recorded as a [`SyntaxProblem`], never dropped silently.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use pulldown_cmark::{
    BrokenLink, CodeBlockKind, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd,
};
use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::ascii::{Classes, is_space};
use crate::cite::{self, CiteItem, CiteMode, backlink_label};
use crate::highlight;
use crate::quote;

/// The link destination the broken-link callback gives citations, to recognise them in
/// the event stream. It can't collide with a real link: real links are not "broken".
const CITE_DEST: &str = "brief:cite";
/// The destination of `[x][@a]`: a bracket (a footnote reference, a citation, or text)
/// directly followed by a citation, which the parser reads as one reference link.
const CITE_PAIR_DEST: &str = "brief:cite-pair";

/// A brief's body, rendered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RenderedBody {
    pub html: String,
    pub toc: Vec<TocEntry>,
    /// Every citation, in reading order (a citation in a footnote where the note is
    /// referenced, as Pandoc orders them).
    pub groups: Vec<CiteGroup>,
    /// Sources in first-cited order (index + 1 is the number).
    pub order: Vec<String>,
    /// Footnotes that are referenced, in order of first reference.
    pub notes: Vec<Note>,
    /// Footnotes defined but never referenced: (label, byte offset in the body).
    pub unused_notes: Vec<(String, usize)>,
    /// Text that looks like a citation or a footnote reference but is not one.
    pub problems: Vec<SyntaxProblem>,
    pub word_count: usize,
    /// The body's text without markup, for the search index.
    pub plain: String,
    /// Every text block (paragraph, list item, table row, note) of every text rendered,
    /// for the claims check ([`crate::claims`]); headings are left out. Emptied by
    /// [`crate::resolve`] once checked.
    pub blocks: Vec<TextBlock>,
}

/// A block of text as the claims check reads it: its plain text, where its citations sit,
/// and the brief's own-figure markers. Kept apart from the quote detection's block so a
/// table row reads as one block (its citation is often in the last cell).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextBlock {
    pub origin: Origin,
    pub text: String,
    /// `(position in text, offset in the source)` where each text event starts.
    pub offsets: Vec<(usize, usize)>,
    /// `(position in text, index into [`RenderedBody::groups`])` of each citation.
    pub cites: Vec<(usize, usize)>,
    /// `<!-- own: reason -->` markers.
    pub own: Vec<OwnMarker>,
    /// Byte ranges of inline code, which holds no claims.
    pub code: Vec<Range<usize>>,
}

impl TextBlock {
    /// Maps a position of the text back to its source (exact unless the text event held
    /// escapes or entities).
    pub fn source_offset(&self, pos: usize) -> usize {
        let i = self
            .offsets
            .partition_point(|&(text_pos, _)| text_pos <= pos);
        match i.checked_sub(1).map(|i| self.offsets[i]) {
            Some((text_pos, src)) => src + pos - text_pos,
            None => self.offsets.first().map_or(0, |&(_, src)| src),
        }
    }
}

/// A marker saying the figure before it is the brief's own: `<!-- own: reason -->`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnMarker {
    /// Position in the block's text.
    pub pos: usize,
    pub reason: String,
    /// Offset of the marker in the source.
    pub offset: usize,
}

/// The reason of an own-figure marker, if `html` is one (`<!-- own: … -->`).
pub fn own_marker(html: &str) -> Option<&str> {
    let inner = html
        .trim()
        .strip_prefix("<!--")?
        .strip_suffix("-->")?
        .trim();
    let rest = inner.strip_prefix("own")?.trim_start();
    Some(rest.strip_prefix(':').unwrap_or(rest).trim())
}

/// A citation: one `[@…]` bracket, or a narrative `@id` with the bracket after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CiteGroup {
    /// Which text the citation is in.
    pub origin: Origin,
    /// Byte range of the citation in its text.
    pub range: Range<usize>,
    pub items: Vec<PlacedCite>,
    /// Quoted passages of the sentence before the citation, and, when it is its sentence's
    /// last citation, those after it in the sentence.
    pub quotes: Vec<Quoted>,
}

/// One source cited at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacedCite {
    pub id: String,
    pub number: usize,
    /// Backlink label: `a` for the source's first citation, `b` for its second …
    pub label: String,
    /// The locator (`para. 4`), Markdown as written; see [`CiteItem::locator`].
    pub locator: Option<String>,
    /// Byte offset of the `@` in the text.
    pub offset: usize,
    /// Words before the `@` (`see`), Markdown as written.
    pub prefix: Option<String>,
    /// Words after the locator, Markdown as written.
    pub suffix: Option<String>,
    pub mode: CiteMode,
}

impl PlacedCite {
    /// What is shown beside the backlink: locator and suffix (Markdown).
    pub fn note(&self) -> Option<String> {
        CiteItem {
            locator: self.locator.clone(),
            suffix: self.suffix.clone(),
            ..CiteItem::default()
        }
        .note()
    }
}

/// Something written like a citation or a footnote reference that the build could not
/// read as one; it is published as text, so the build warns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxProblem {
    pub origin: Origin,
    /// Byte offset in the text.
    pub offset: usize,
    pub message: String,
    pub help: String,
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

/// `html` with each empty table header cell (`<th></th>`, as pulldown-cmark writes the
/// corner cell of `|   | Left |`) written as a `<td>`: a header cell must name its
/// column or row (WCAG 1.3.1), and an empty one names nothing, so it is a data cell.
fn empty_header_cells_as_td(html: String) -> String {
    if !html.contains("></th>") {
        return html;
    }
    let mut out = String::with_capacity(html.len());
    let mut rest = html.as_str();
    while let Some(at) = rest.find("<th") {
        let cell = &rest[at..];
        let open_end = cell.find('>').map_or(cell.len(), |e| e + 1);
        let open = &cell[..open_end];
        let empty = (open == "<th>" || open.starts_with("<th style="))
            && cell[open_end..].starts_with("</th>");
        if empty {
            out.push_str(&rest[..at]);
            out.push_str("<td");
            out.push_str(&open[3..]);
            out.push_str("</td>");
            rest = &cell[open_end + "</th>".len()..];
        } else {
            out.push_str(&rest[..at + 3]);
            rest = &rest[at + 3..];
        }
    }
    out.push_str(rest);
    out
}

/// Renders `body` (the Markdown after the front matter) with no narrative citations.
pub fn render(body: &str) -> RenderedBody {
    let mut renderer = Renderer::default();
    renderer.body(body);
    renderer.finish()
}

/// Renders a short Markdown text (a citation's prefix or locator) as inline HTML. A text
/// that would not be one inline paragraph (`4. Absatz` would be a list) is escaped, and
/// so is raw HTML in it: a locator is shown in the reference list, far from the sentence
/// its writer checked, so only Markdown's own markup (`p. **32**`, `*passim*`) is rendered.
pub fn inline_html(text: &str) -> String {
    let mut html = String::new();
    let events = Parser::new_ext(text, options()).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    pulldown_cmark::html::push_html(&mut html, events);
    match html
        .trim_end()
        .strip_prefix("<p>")
        .and_then(|t| t.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => inner.to_owned(),
        _ => crate::escape::html(text),
    }
}

/// Where a text rendered by a [`Renderer`] came from, to place diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Origin {
    /// The brief's body: offsets are bytes into the body.
    #[default]
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
    numbers: FxHashMap<String, usize>,
    /// How many times each source was cited so far, by number - 1.
    cite_counts: Vec<usize>,
    note_numbers: FxHashMap<String, usize>,
    /// Sources that may be cited narratively (`@id says`), with the name shown for them.
    names: HashMap<String, String>,
}

impl Renderer {
    /// A renderer for a brief whose listed sources are `names` (id → the name a
    /// narrative citation shows, e.g. the outlet).
    pub fn with_names(names: HashMap<String, String>) -> Renderer {
        Renderer {
            names,
            ..Renderer::default()
        }
    }

    /// Renders the body: its HTML, table of contents and notes.
    pub fn body(&mut self, body: &str) {
        // The plain text is about as long as the Markdown; sized once rather than grown.
        self.rendered.plain.reserve(body.len());
        let events = parse(body, &self.names, Origin::Body, &mut self.rendered.problems);
        let mut r = Rewriter::new(body, Origin::Body, self);
        r.start(events);
        r.finish_body();
    }

    /// Renders a short text of the front matter (a takeaway, a timeline event) as inline
    /// HTML: one paragraph loses its `<p>`.
    pub fn inline(&mut self, text: &str, origin: Origin) -> String {
        let events = parse(text, &self.names, origin, &mut self.rendered.problems);
        let mut r = Rewriter::new(text, origin, self);
        r.start(events);
        r.finish_inline()
    }

    /// Renders a text that titles others (a disagreement's `claim`) as inline HTML: like
    /// [`Renderer::inline`], but left out of the claims check, as headings are.
    pub fn inline_title(&mut self, text: &str, origin: Origin) -> String {
        let blocks = self.rendered.blocks.len();
        let html = self.inline(text, origin);
        self.rendered.blocks.truncate(blocks);
        html
    }

    pub fn finish(self) -> RenderedBody {
        self.rendered
    }
}

type Spanned<'a> = (Event<'a>, Range<usize>);

/// Parses `text` into events, deciding in the broken-link callback which brackets are
/// citations; brackets that look like citations but are not are added to `problems`.
fn parse<'a>(
    text: &'a str,
    names: &HashMap<String, String>,
    origin: Origin,
    problems: &mut Vec<SyntaxProblem>,
) -> Vec<Spanned<'a>> {
    let found: RefCell<Vec<SyntaxProblem>> = RefCell::new(Vec::new());
    // Most briefs hold no `$`, so no math: asked once, not at each bracket.
    let has_math = memchr::memchr(b'$', text.as_bytes()).is_some();
    let callback = |link: BrokenLink<'_>| {
        let span = link.span.clone();
        let bracket = text.get(span.clone())?;
        if has_math && in_math(text, span.start) {
            return None;
        }
        if link.link_type == LinkType::Reference {
            // `[x][@a]`: the last `][` divides the two brackets (a label has no brackets).
            let divide = bracket.rfind("][")? + 1;
            let second = &bracket[divide + 1..bracket.len() - 1];
            if cite::is_citation(second) {
                return Some((CowStr::Borrowed(CITE_PAIR_DEST), CowStr::Borrowed("")));
            }
            if cite::looks_like_citation(second) {
                note_malformed(&found, origin, span.start + divide, second);
            }
            return None;
        }
        let inner = text.get(span.start + 1..span.end.saturating_sub(1))?;
        if enclosed_in_link_text(text, span.clone()) {
            // A link here would unmake the outer link; the text run finds it instead.
            return None;
        }
        if cite::is_citation(inner) || narrative_before(text, span.start, names).is_some() {
            return Some((CowStr::Borrowed(CITE_DEST), CowStr::Borrowed("")));
        }
        if cite::looks_like_citation(inner) {
            note_malformed(&found, origin, span.start, inner);
        }
        None
    };
    let events =
        Parser::new_with_broken_link_callback(text, options(), Some(callback)).into_offset_iter();
    // About one event per 16 bytes of Markdown in prose (the parser gives no size hint,
    // and growing the list copies it).
    let mut list: Vec<Spanned<'a>> = Vec::with_capacity(text.len() / 16 + 8);
    list.extend(events);
    let events = list;
    problems.extend(found.into_inner());
    events
}

/// Records why the bracket at `open` (its inner text `inner`) is not a citation.
fn note_malformed(found: &RefCell<Vec<SyntaxProblem>>, origin: Origin, open: usize, inner: &str) {
    let Err(why) = cite::check_group(inner) else {
        return;
    };
    let mut found = found.borrow_mut();
    // The parser may try one bracket more than once.
    if found.iter().any(|p| p.offset == open + 1 + why.offset) {
        return;
    }
    found.push(SyntaxProblem {
        origin,
        offset: open + 1 + why.offset,
        message: format!("`[{inner}]` is not a citation: {}", why.message),
        help: why.help,
    });
}

/// Whether the bracket at `span` sits inside the text of a link or image
/// (`[the deal [@a]](url)`, `![alt [@a]](x.png)`): an unmatched `[` before it, and an
/// unmatched `]` after it followed by `(` or `[`. Looks no further than the paragraph.
fn enclosed_in_link_text(text: &str, span: Range<usize>) -> bool {
    let b = text.as_bytes();
    let escaped = |i: usize| i > 0 && b[i - 1] == b'\\';
    // Only newlines and brackets matter: the scans jump from one to the next (a citation
    // is asked about once or more, and its paragraph can be long).
    let mut depth = 0usize;
    let mut close = None;
    for i in memchr::memchr3_iter(b'\n', b'[', b']', &b[span.end.min(b.len())..]) {
        let i = span.end + i;
        match b[i] {
            b'\n' if b.get(i + 1) == Some(&b'\n') => break,
            b'[' if !escaped(i) => depth += 1,
            b']' if !escaped(i) => {
                if depth == 0 {
                    close = Some(i);
                    break;
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    let Some(close) = close else {
        return false;
    };
    if !matches!(b.get(close + 1), Some(b'(' | b'[')) {
        return false;
    }
    let mut depth = 0usize;
    for i in memchr::memrchr3_iter(b'\n', b'[', b']', &b[..span.start]) {
        match b[i] {
            b'\n' if i > 0 && b[i - 1] == b'\n' => return false,
            b']' if !escaped(i) => depth += 1,
            b'[' if !escaped(i) => {
                if depth == 0 {
                    return true;
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    false
}

/// Whether byte `pos` of `text` is inside TeX math (`$…$`, `$$…$$`) by Pandoc's rules:
/// an opening `$` is not followed by a space, a closing one not preceded by a space nor
/// followed by a digit (so `$500 and $50` is not math). Looks no further than the
/// paragraph.
pub fn in_math(text: &str, pos: usize) -> bool {
    let para = memchr::memmem::rfind(&text.as_bytes()[..pos], b"\n\n").map_or(0, |i| i + 2);
    let b = text.as_bytes();
    if !b[para..pos].contains(&b'$') {
        return false;
    }
    let end = text[pos..].find("\n\n").map_or(text.len(), |i| pos + i);
    let escaped = |i: usize| i > 0 && b[i - 1] == b'\\';
    let mut i = para;
    while i < pos {
        if b[i] != b'$' || escaped(i) {
            i += 1;
            continue;
        }
        let display = b.get(i + 1) == Some(&b'$');
        let open = if display { i + 2 } else { i + 1 };
        if !display && b.get(open).is_none_or(|c| c.is_ascii_whitespace()) {
            i += 1;
            continue;
        }
        let mut j = open;
        let mut closed = None;
        while j < end {
            if b[j] == b'$' && !escaped(j) {
                if display {
                    if b.get(j + 1) == Some(&b'$') {
                        closed = Some(j + 2);
                        break;
                    }
                } else if !b[j - 1].is_ascii_whitespace()
                    && !b.get(j + 1).is_some_and(u8::is_ascii_digit)
                {
                    closed = Some(j + 1);
                    break;
                }
            }
            j += 1;
        }
        match closed {
            Some(c) if c > pos => return true,
            Some(c) => i = c,
            None => i += 1,
        }
    }
    false
}

/// The narrative citation `@id` right before byte `pos` (spaces between allowed), when
/// `id` is one of `names`: its id and the byte offset of its `@`.
fn narrative_before<'n>(
    text: &str,
    pos: usize,
    names: &'n HashMap<String, String>,
) -> Option<(&'n str, usize)> {
    if names.is_empty() {
        return None;
    }
    let before = text[..pos].trim_end_matches([' ', '\t']);
    // Keys are short; look back no further than a long one.
    let from = before.len().saturating_sub(256);
    let from = (from..before.len())
        .find(|&i| before.is_char_boundary(i))
        .unwrap_or(before.len());
    let at = before[from..].rfind('@')? + from;
    let (key, key_len) = cite::key(&before[at + 1..])?;
    if at + 1 + key_len != before.len() || !at_can_cite(text, at) {
        return None;
    }
    let (id, _) = names.get_key_value(key)?;
    Some((id.as_str(), at))
}

/// Whether an `@` at byte `at` of `text` may start a narrative citation: at the start of
/// a word (after a space, an opening bracket or quote, a dash or emphasis), so that emails
/// (`me@example.org`) and URL paths (`example.org/@ap`) never cite; not escaped, nor in
/// math.
fn at_can_cite(text: &str, at: usize) -> bool {
    let prev = text[..at].chars().next_back();
    prev.is_none_or(|c| c.is_whitespace() || "([{\"'“‘«—–-*_>~".contains(c) && c != '\\')
        && !in_math(text, at)
}

/// A run of text events, merged, with where each piece came from.
struct TextRun<'a> {
    text: String,
    /// `(position in text, byte offset in the source)` where each event starts.
    segments: Vec<(usize, usize)>,
    events: Vec<Spanned<'a>>,
}

impl TextRun<'_> {
    /// The source offset of byte `pos` of the run, when that byte was written as itself
    /// (not an entity or escape).
    fn source(&self, pos: usize, body: &str) -> Option<usize> {
        let i = self
            .segments
            .partition_point(|&(t, _)| t <= pos)
            .checked_sub(1)?;
        let (t, src) = self.segments[i];
        let at = src + pos - t;
        let ch = self.text[pos..].chars().next()?;
        body.get(at..)?.starts_with(ch).then_some(at)
    }
}

/// What the text-run scanner found at one place.
enum Found {
    /// `@id`, with the bracket right after it in the same run (`@id [p. 4]`), if any.
    Narrative {
        id: String,
        at: usize,
        end: usize,
        bracket: Option<Range<usize>>,
    },
    /// A `[…]` citation left as text (inside link text, or after a link that failed).
    Bracket {
        range: Range<usize>,
        items: Vec<CiteItem>,
    },
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
    /// The previous citation of `block` (an index into the groups), which the quotations
    /// after it in its sentence belong to.
    block_group: Option<usize>,
    /// In a table row, which the claims check reads as one sentence: the quotations of
    /// its cells so far that cite nothing in their cell. The row's next citation checks
    /// them, or, when none follows, its last one (`row_group`).
    row_quotes: Vec<Quoted>,
    row_group: Option<usize>,
    /// Footnote definitions not yet rendered, by label: `(definition offset, events)`.
    definitions: HashMap<String, (usize, Vec<Spanned<'a>>)>,
    /// Depth of links and images being written: a citation there waits in `deferred`
    /// until the outermost one closes (no link in a link, no markup in an `alt`).
    link_depth: usize,
    deferred: Vec<String>,
    /// The block the claims check will read.
    claim: TextBlock,
    in_heading: bool,
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
            block_group: None,
            row_quotes: Vec::new(),
            row_group: None,
            definitions: HashMap::new(),
            link_depth: 0,
            deferred: Vec::new(),
            claim: TextBlock {
                origin,
                ..TextBlock::default()
            },
            in_heading: false,
        }
    }

    /// Hands the claims block over (headings and empty blocks are dropped).
    fn flush_claim(&mut self) {
        let fresh = TextBlock {
            origin: self.origin,
            ..TextBlock::default()
        };
        let block = std::mem::replace(&mut self.claim, fresh);
        if !self.in_heading && !block.text.trim().is_empty() {
            self.state.rendered.blocks.push(block);
        }
    }

    /// Lifts footnote definitions out of `events` (they are rendered where first
    /// referenced, so their citations are numbered there, as Pandoc does), then rewrites
    /// the rest.
    fn start(&mut self, events: Vec<Spanned<'a>>) {
        let has_definitions = self.origin == Origin::Body
            && events
                .iter()
                .any(|(e, _)| matches!(e, Event::Start(Tag::FootnoteDefinition(_))));
        if !has_definitions {
            self.run(&events);
            return;
        }
        let mut main = Vec::with_capacity(events.len());
        let mut iter = events.into_iter();
        while let Some((event, range)) = iter.next() {
            if let Event::Start(Tag::FootnoteDefinition(label)) = &event
                && self.origin == Origin::Body
            {
                let label = label.to_string();
                let mut inner = Vec::new();
                let mut depth = 0usize;
                for (e, r) in iter.by_ref() {
                    match e {
                        Event::Start(Tag::FootnoteDefinition(_)) => depth += 1,
                        Event::End(TagEnd::FootnoteDefinition) if depth == 0 => break,
                        Event::End(TagEnd::FootnoteDefinition) => depth -= 1,
                        _ => {}
                    }
                    inner.push((e, r));
                }
                self.definitions
                    .entry(label)
                    .or_insert((range.start, inner));
            } else {
                main.push((event, range));
            }
        }
        self.run(&main);
    }

    fn run(&mut self, events: &[Spanned<'a>]) {
        let mut i = 0;
        while i < events.len() {
            let (event, range) = &events[i];
            i += 1;
            match event {
                Event::Start(Tag::Link { dest_url, .. })
                    if dest_url.as_ref() == CITE_DEST || dest_url.as_ref() == CITE_PAIR_DEST =>
                {
                    i = skip_link(events, i);
                    if dest_url.as_ref() == CITE_PAIR_DEST {
                        self.cite_pair(range.clone());
                    } else {
                        self.bracket(range.clone(), None);
                    }
                }
                Event::Start(Tag::Link { .. } | Tag::Image { .. }) => {
                    self.link_depth += 1;
                    self.out.push(event.clone());
                }
                Event::End(TagEnd::Link | TagEnd::Image) => {
                    self.out.push(event.clone());
                    self.link_depth = self.link_depth.saturating_sub(1);
                    if self.link_depth == 0 {
                        for html in std::mem::take(&mut self.deferred) {
                            self.out.push(Event::InlineHtml(html.into()));
                        }
                    }
                }
                Event::Start(Tag::CodeBlock(kind)) => {
                    let lang = match kind {
                        CodeBlockKind::Fenced(lang) => lang.to_string(),
                        CodeBlockKind::Indented => String::new(),
                    };
                    let mut code = String::new();
                    while i < events.len() {
                        let (e, _) = &events[i];
                        i += 1;
                        match e {
                            Event::Text(t) => code.push_str(t),
                            Event::End(TagEnd::CodeBlock) => break,
                            _ => {}
                        }
                    }
                    self.out
                        .push(Event::Html(highlight::code_block(&lang, &code).into()));
                }
                Event::FootnoteReference(label) => self.footnote_reference(label.clone()),
                Event::TaskListMarker(done) => {
                    // pulldown-cmark's checkbox has no name; a screen reader would say
                    // "checkbox, checked" and nothing of what it means.
                    let (checked, label) = if *done {
                        (" checked", "done")
                    } else {
                        ("", "not done")
                    };
                    self.out.push(Event::InlineHtml(
                        format!(
                            "<input type=\"checkbox\" disabled{checked} aria-label=\"{label}\"> "
                        )
                        .into(),
                    ));
                }
                Event::InlineHtml(html) if own_marker(html).is_some() => {
                    // Shown nowhere: the marker is for the claims check only.
                    let reason = own_marker(html).unwrap_or_default().to_owned();
                    self.claim.own.push(OwnMarker {
                        pos: self.claim.text.len(),
                        reason,
                        offset: range.start,
                    });
                }
                Event::Start(Tag::Table(_)) => {
                    // A citation before the table is no row's.
                    self.row_group = None;
                    self.out.push(event.clone());
                }
                Event::End(TagEnd::TableRow | TagEnd::TableHead) => {
                    // A row that cites nothing leaves its quotations to the claims check,
                    // which asks for a citation.
                    let quotes = std::mem::take(&mut self.row_quotes);
                    if let Some(g) = self.row_group.take()
                        && let Some(group) = self.state.rendered.groups.get_mut(g)
                    {
                        group.quotes.extend(quotes);
                    }
                    self.flush_claim();
                    self.out.push(event.clone());
                }
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
                    // A table row is one claims block (a cell is a quote block); a
                    // heading's text is not read by the claims check.
                    match event {
                        Event::Start(Tag::TableCell) => {}
                        Event::End(TagEnd::TableCell) => {
                            self.claim.text.push_str(" | ");
                            if self.block_group.is_none() {
                                let quoted: Vec<Quoted> = quote::quote_spans(&self.block)
                                    .into_iter()
                                    .map(|span| self.quoted(span))
                                    .collect();
                                self.row_quotes.extend(quoted);
                            }
                        }
                        Event::Start(Tag::Heading { .. }) => {
                            self.flush_claim();
                            self.in_heading = true;
                        }
                        Event::End(TagEnd::Heading(_)) => {
                            self.flush_claim();
                            self.in_heading = false;
                        }
                        _ => self.flush_claim(),
                    }
                    self.end_quote_block();
                    self.block.clear();
                    self.block_offsets.clear();
                    self.block_from = 0;
                    self.out.push(event.clone());
                }
                Event::Text(t)
                    if !t.contains(['@', '['])
                        && !matches!(events.get(i), Some((Event::Text(_), _))) =>
                {
                    self.push_text_event(event.clone(), t, range.start);
                }
                Event::Text(_) => {
                    let mut run = TextRun {
                        text: String::new(),
                        segments: Vec::new(),
                        events: Vec::new(),
                    };
                    let mut j = i - 1;
                    while let Some((Event::Text(t), r)) = events.get(j) {
                        run.segments.push((run.text.len(), r.start));
                        run.text.push_str(t);
                        run.events.push(events[j].clone());
                        j += 1;
                    }
                    i = j;
                    if self.text_run(&run, events.get(i)) {
                        i = skip_link(events, i + 1);
                    }
                }
                Event::Code(t) => {
                    self.push_text_event(Event::Code(t.clone()), t, range.start);
                }
                Event::SoftBreak | Event::HardBreak => {
                    self.block.push(' ');
                    self.claim.text.push(' ');
                    self.out.push(event.clone());
                }
                Event::Html(html) => {
                    self.citations_in_html_block(html, range.start);
                    self.out.push(event.clone());
                }
                _ => self.out.push(event.clone()),
            }
        }
    }

    /// An HTML block is passed through as written (CommonMark; Pandoc reads Markdown
    /// inside a `<div>`, brief does not): a citation in it would be published as its
    /// literal text, unnumbered and unchecked. Each is a warning at its place, never a
    /// silent loss; the help says how to make the text inside Markdown.
    fn citations_in_html_block(&mut self, html: &str, start: usize) {
        let mut pos = 0;
        while let Some(k) = memchr::memchr(b'[', &html.as_bytes()[pos..]) {
            let open = pos + k;
            pos = open + 1;
            let Some(close) = matching_bracket(html, open) else {
                continue;
            };
            let inner = &html[open + 1..close];
            if cite::looks_like_citation(inner) && !inner.contains('\n') {
                self.problem(
                    start + open,
                    format!("`[{inner}]` is inside an HTML block, which is published as written: it is no citation"),
                    "leave a blank line after the opening tag and before the closing one, so the text between is Markdown (a citation there is read and checked)".to_owned(),
                );
                pos = close + 1;
            }
        }
    }

    /// Pushes a text (or code) event, recording its words for search, the word count and
    /// quote detection.
    fn push_text_event(&mut self, event: Event<'a>, t: &str, src: usize) {
        if self.origin == Origin::Body {
            let plain = &mut self.state.rendered.plain;
            if !plain.is_empty()
                && !plain.ends_with(' ')
                && !t.starts_with([' ', ',', '.', ';', ':', '!', '?', ')', ']', '’', '”', '…'])
            {
                plain.push(' ');
            }
            plain.push_str(t);
        }
        self.block_offsets.push((self.block.len(), src));
        self.block.push_str(t);
        let claim = &mut self.claim;
        claim.offsets.push((claim.text.len(), src));
        let code_start = claim.text.len();
        claim.text.push_str(t);
        if matches!(event, Event::Code(_)) {
            claim.code.push(code_start..claim.text.len());
        }
        self.state.rendered.word_count += count_words(t);
        self.out.push(event);
    }

    /// Pushes part `range` of a text run, keeping the run's own events where whole.
    fn push_run_part(&mut self, run: &TextRun<'a>, range: Range<usize>) {
        if range.is_empty() {
            return;
        }
        for (k, &(t, src)) in run.segments.iter().enumerate() {
            let seg_end = run.segments.get(k + 1).map_or(run.text.len(), |s| s.0);
            let from = range.start.max(t);
            let to = range.end.min(seg_end);
            if from >= to {
                continue;
            }
            let piece = &run.text[from..to];
            let event = if from == t && to == seg_end {
                run.events[k].0.clone()
            } else {
                Event::Text(CowStr::from(piece.to_owned()))
            };
            self.push_text_event(event, piece, src + (from - t));
        }
    }

    /// Writes a run of text, turning narrative citations (`@id`) and bracket citations
    /// left as text into citations, and noting what looks like a citation but is not.
    /// Returns whether the event after the run (a `[…]` citation link) was used as the
    /// bracket of a narrative citation at the run's end.
    fn text_run(&mut self, run: &TextRun<'a>, next: Option<&Spanned<'a>>) -> bool {
        let mut written = 0;
        let mut used_next = false;
        for found in self.scan(run) {
            match found {
                Found::Narrative {
                    id,
                    at,
                    end,
                    bracket,
                } => {
                    self.push_run_part(run, written..at);
                    let Some(src_at) = run.source(at, self.body) else {
                        continue;
                    };
                    let name = self.state.names.get(&id).cloned().unwrap_or_default();
                    let mut item = CiteItem {
                        id,
                        offset: src_at,
                        mode: CiteMode::AuthorInText,
                        ..CiteItem::default()
                    };
                    // The bracket after it: in this run, or the citation link that follows.
                    let after_key = run.text[end..].trim_start_matches([' ', '\t']);
                    let next_link = match next {
                        Some((Event::Start(Tag::Link { dest_url, .. }), r))
                            if dest_url.as_ref() == CITE_DEST && after_key.is_empty() =>
                        {
                            Some(r.clone())
                        }
                        _ => None,
                    };
                    let src_bracket = match (bracket, next_link) {
                        (Some(b), _) => {
                            written = b.end;
                            run.source(b.start, self.body)
                                .zip(run.source(b.end - 1, self.body))
                                .map(|(s, e)| s..e + 1)
                        }
                        (None, Some(r)) => {
                            written = run.text.len();
                            used_next = true;
                            Some(r)
                        }
                        (None, None) => {
                            written = end;
                            None
                        }
                    };
                    let mut range = src_at..src_at + (end - at);
                    let mut extra = Vec::new();
                    if let Some(b) = src_bracket {
                        range.end = b.end;
                        let inner = &self.body[b.start + 1..b.end - 1];
                        // `[-@b p. 30; @c]`: more citations; `[p. 33]`: this one's
                        // locator; `[p. 33; @b]`: both (Pandoc reads all three).
                        let (own, rest, rest_start) = match cite::parse_group(inner) {
                            Some(_) => ("", inner, 0),
                            None => match inner.split_once(';') {
                                Some((own, rest)) if cite::is_citation(rest) => {
                                    (own, rest, own.len() + 1)
                                }
                                _ => (inner, "", inner.len()),
                            },
                        };
                        let (locator, suffix) = cite::split_suffix(own);
                        item.locator = locator;
                        item.suffix = suffix;
                        extra = cite::parse_group(rest)
                            .unwrap_or_default()
                            .into_iter()
                            .map(|mut c| {
                                c.offset += b.start + 1 + rest_start;
                                c
                            })
                            .collect();
                    }
                    self.push_text_event(Event::Text(CowStr::from(name.clone())), &name, src_at);
                    let mut items = vec![item];
                    items.extend(extra);
                    self.emit_group(range, items, false);
                }
                Found::Bracket { range, items } => {
                    self.push_run_part(run, written..range.start);
                    written = range.end;
                    let (Some(s), Some(e)) = (
                        run.source(range.start, self.body),
                        run.source(range.end - 1, self.body),
                    ) else {
                        continue;
                    };
                    let items = items
                        .into_iter()
                        .map(|mut c| {
                            c.offset += s + 1;
                            c
                        })
                        .collect();
                    self.emit_group(s..e + 1, items, true);
                }
            }
        }
        self.push_run_part(run, written..run.text.len());
        used_next
    }

    /// Finds the citations in a text run, and records problems for what looks like one
    /// but is not (an unclosed `[@a`, `[@a;]`, an undefined `[^note]`, `@a]`).
    fn scan(&mut self, run: &TextRun<'a>) -> Vec<Found> {
        let text = run.text.as_str();
        let body = self.body;
        let mut found = Vec::new();
        let mut pos = 0;
        while let Some(k) = text[pos..].find(['@', '[']) {
            let p = pos + k;
            pos = p + 1;
            let Some(src) = run.source(p, body) else {
                continue;
            };
            if src > 0 && body.as_bytes()[src - 1] == b'\\' {
                continue;
            }
            if text.as_bytes()[p] == b'[' {
                let close = matching_bracket(text, p);
                let src_close = close.and_then(|c| run.source(c, body));
                let inner = match src_close {
                    Some(c) if c > src => &body[src + 1..c],
                    _ => &text[p + 1..close.unwrap_or(text.len())],
                };
                if let Some(label) = inner.strip_prefix('^')
                    && close.is_some()
                    && !label.is_empty()
                    && !label.contains(char::is_whitespace)
                {
                    self.problem(
                        src,
                        format!("footnote `[^{label}]` is not defined"),
                        format!("add a definition `[^{label}]: …`, or write `\\[^{label}]` to keep the text"),
                    );
                    continue;
                }
                if !cite::looks_like_citation(inner) || in_math(body, src) {
                    continue;
                }
                match (close, src_close) {
                    (Some(c), Some(_)) => match cite::check_group(inner) {
                        Ok(items) => {
                            found.push(Found::Bracket {
                                range: p..c + 1,
                                items,
                            });
                            pos = c + 1;
                        }
                        Err(why) => {
                            // Its words stay text: no narrative citation inside it.
                            pos = c + 1;
                            let at = src + 1 + why.offset;
                            if !self
                                .state
                                .rendered
                                .problems
                                .iter()
                                .any(|q| q.origin == self.origin && q.offset == at)
                            {
                                self.problem(
                                    at,
                                    format!("`[{inner}]` is not a citation: {}", why.message),
                                    why.help,
                                );
                            }
                        }
                    },
                    _ => {
                        let para_end = body[src..].find("\n\n").map_or(body.len(), |e| src + e);
                        let split = matching_bracket(&body[..para_end], src)
                            .is_some_and(|c| cite::is_citation(&body[src + 1..c]));
                        if split {
                            // `[@a, see [the page](url)]`: the link inside ends the bracket.
                            self.problem(
                                src,
                                "this citation holds a link, which splits it: it is published as text".to_owned(),
                                "move the link out of the brackets, e.g. `[@a, see the page] ([link](…))`".to_owned(),
                            );
                            pos = text.len();
                        } else {
                            self.problem(
                                src,
                                "`[` opens a citation that is never closed".to_owned(),
                                "close it with `]` before the end of the paragraph, or write `\\[` to keep the bracket as text".to_owned(),
                            );
                        }
                    }
                }
                continue;
            }
            // `@id`: a narrative citation when `id` is a listed source.
            // `@id`, or `@{id}` (Pandoc's form for ids with other characters).
            let Some((id, key_len)) = cite::key(&text[p + 1..]) else {
                continue;
            };
            if !at_can_cite(body, src) {
                continue;
            }
            let end = p + 1 + key_len;
            if !self.state.names.contains_key(id) {
                continue;
            }
            if text[end..].starts_with(']') {
                self.problem(
                    src,
                    format!("`@{id}]` has a `]` but no `[` before it"),
                    format!("write `[@{id}]` to cite it in brackets, or remove the `]`"),
                );
            }
            let after = text[end..].trim_start_matches([' ', '\t']);
            let open = text.len() - after.len();
            let bracket = after
                .starts_with('[')
                .then(|| matching_bracket(text, open))
                .flatten()
                .map(|c| open..c + 1);
            if let Some(b) = &bracket {
                pos = b.end;
            } else {
                pos = end;
            }
            found.push(Found::Narrative {
                id: id.to_owned(),
                at: p,
                end,
                bracket,
            });
        }
        found
    }

    fn problem(&mut self, offset: usize, message: String, help: String) {
        self.state.rendered.problems.push(SyntaxProblem {
            origin: self.origin,
            offset,
            message,
            help,
        });
    }

    /// A `[…]` citation link at `range`; `before` holds items that come first (the
    /// narrative citation the bracket belongs to).
    fn bracket(&mut self, range: Range<usize>, before: Option<CiteItem>) {
        let inner_start = range.start + 1;
        let inner = &self.body[inner_start..range.end.saturating_sub(1).max(inner_start)];
        match cite::parse_group(inner) {
            Some(items) => {
                let items = before
                    .into_iter()
                    .chain(items.into_iter().map(|mut c| {
                        c.offset += inner_start;
                        c
                    }))
                    .collect();
                self.emit_group(range, items, true);
            }
            None => {
                // A narrative citation's bracket whose `@id` was not read as one (the
                // callback and the scanner agree, so this is a safety net): keep the text.
                let text = &self.body[range.clone()];
                self.push_text_event(
                    Event::Text(CowStr::from(text.to_owned())),
                    text,
                    range.start,
                );
            }
        }
    }

    /// `[x][@a]`, which the parser reads as one reference link: `x` is a footnote
    /// reference, a citation, or text, and `[@a]` a citation.
    fn cite_pair(&mut self, range: Range<usize>) {
        let bracket = &self.body[range.clone()];
        let Some(divide) = bracket.rfind("][").map(|d| range.start + d + 1) else {
            return;
        };
        let body = self.body;
        let first = &body[range.start + 1..divide - 1];
        let note = first.strip_prefix('^').filter(|l| {
            self.definitions.contains_key(*l) || self.state.note_numbers.contains_key(*l)
        });
        if let Some(label) = note {
            self.footnote_reference(CowStr::Borrowed(label));
        } else if cite::is_citation(first) {
            self.bracket(range.start..divide, None);
        } else {
            if let Some(label) = first.strip_prefix('^') {
                self.problem(
                    range.start,
                    format!("footnote `[^{label}]` is not defined"),
                    format!(
                        "add a definition `[^{label}]: …`, or write `\\[^{label}]` to keep the text"
                    ),
                );
            }
            // Plain text in brackets before a citation: written as text, markup and all.
            let events = parse(first, &HashMap::new(), self.origin, &mut Vec::new());
            let mut html = String::new();
            pulldown_cmark::html::push_html(&mut html, events.into_iter().map(|(e, _)| e));
            let html = html.trim_end();
            let html = html
                .strip_prefix("<p>")
                .and_then(|h| h.strip_suffix("</p>"))
                .unwrap_or(html);
            self.out.push(Event::InlineHtml(format!("[{html}]").into()));
            self.block.push_str(first);
        }
        self.bracket(divide..range.end, None);
    }

    /// Numbers and writes one citation. `bracketed`: written as `[…]` (the space before
    /// it is dropped), not as a narrative `@id`.
    fn emit_group(&mut self, range: Range<usize>, items: Vec<CiteItem>, bracketed: bool) {
        if bracketed {
            self.trim_space_before_citation();
        }
        // Quotations after the previous citation, in its sentence, are its; those that end
        // in this sentence, before this citation, are this one's.
        let trailing = self.attach_trailing_quotes(false);
        // In a table row, the quotations of the cells before this one are this one's too.
        let mut quotes = std::mem::take(&mut self.row_quotes);
        quotes.extend(
            quote::quotes_before(&self.block, self.block_from)
                .into_iter()
                .filter(|span| !trailing.contains(span))
                .map(|span| self.quoted(span)),
        );
        self.block.push(' ');
        self.block_from = self.block.len();
        let group = self.state.rendered.groups.len();
        self.block_group = Some(group);
        self.row_group = Some(group);
        self.claim.cites.push((self.claim.text.len(), group));
        self.claim.text.push(' ');
        // `[@a @b]`: `@b` was written in `@a`'s suffix. Both are cited, as Pandoc cites
        // both; the writer most likely meant `;`.
        for pair in items.windows(2) {
            if pair[1].in_suffix {
                let (a, b) = (&pair[0].id, &pair[1].id);
                self.problem(
                    pair[1].offset,
                    format!("`@{b}` inside the suffix of `@{a}`: separate citations with `;`"),
                    format!("write `[@{a}; @{b}]`; it is read as a citation of both"),
                );
            }
        }
        let mut placed = Vec::with_capacity(items.len());
        // One item's link is about 90 bytes; sized once rather than grown.
        let mut html = String::with_capacity(32 + 112 * items.len());
        html.push_str("<sup class=\"citation\">");
        for (i, item) in items.into_iter().enumerate() {
            let number = match self.state.numbers.get(&item.id) {
                Some(&number) => number,
                None => {
                    let number = self.state.numbers.len() + 1;
                    self.state.numbers.insert(item.id.clone(), number);
                    self.state.rendered.order.push(item.id.clone());
                    number
                }
            };
            let counts = &mut self.state.cite_counts;
            if counts.len() < number {
                counts.resize(number, 0);
            }
            let count = &mut counts[number - 1];
            let label = backlink_label(*count);
            *count += 1;
            if i > 0 {
                html.push_str("<span class=\"sep\">,</span>");
            }
            if let Some(prefix) = &item.prefix {
                if i > 0 {
                    html.push(' ');
                }
                html.push_str("<span class=\"cite-prefix\">");
                html.push_str(&inline_html(prefix));
                html.push_str("</span> ");
                if self.origin == Origin::Body {
                    self.state.rendered.plain.push(' ');
                    self.state.rendered.plain.push_str(prefix);
                }
                self.state.rendered.word_count += prefix.split_whitespace().count();
            }
            let number_text = number.to_string();
            for part in [
                "<a id=\"cite-",
                &number_text,
                "-",
                &label,
                "\" href=\"#source-",
                &number_text,
                "\" role=\"doc-noteref\">",
                &number_text,
                "</a>",
            ] {
                html.push_str(part);
            }
            placed.push(PlacedCite {
                id: item.id,
                number,
                label,
                locator: item.locator,
                offset: item.offset,
                prefix: item.prefix,
                suffix: item.suffix,
                mode: item.mode,
            });
        }
        html.push_str("</sup>");
        if self.link_depth > 0 {
            self.deferred.push(html);
        } else {
            self.out.push(Event::InlineHtml(html.into()));
        }
        self.state.rendered.groups.push(CiteGroup {
            origin: self.origin,
            range,
            items: placed,
            quotes,
        });
    }

    /// The quoted passage `span` of the quote block, as a citation group keeps it.
    fn quoted(&self, span: quote::QuoteSpan) -> Quoted {
        Quoted {
            text: self.block[span.start..span.end].to_owned(),
            offset: self.source_offset(span.start),
        }
    }

    /// Gives the previous citation of the quote block the quotations after it in its
    /// sentence ([`quote::quotes_after`]; `ended`: the block ends here), and returns them.
    fn attach_trailing_quotes(&mut self, ended: bool) -> Vec<quote::QuoteSpan> {
        let Some(group) = self.block_group else {
            return Vec::new();
        };
        let spans = quote::quotes_after(&self.block, self.block_from, ended);
        let quoted: Vec<Quoted> = spans.iter().map(|&span| self.quoted(span)).collect();
        if let Some(g) = self.state.rendered.groups.get_mut(group) {
            g.quotes.extend(quoted);
        }
        spans
    }

    /// The quote block (a paragraph, list item, table cell, heading or note) ends: the
    /// quotations after its last citation, in that citation's sentence, are that one's.
    fn end_quote_block(&mut self) {
        self.attach_trailing_quotes(true);
        self.block_group = None;
    }

    /// `aid [@ap]` renders as `aid<sup>…`: like Pandoc, the space before a citation is
    /// dropped so the superscript can never start a line on its own. The search text
    /// drops it too, so `aid [@ap].` is indexed as `aid.`, not `aid .`.
    fn trim_space_before_citation(&mut self) {
        if self.origin == Origin::Body {
            let plain = &mut self.state.rendered.plain;
            plain.truncate(plain.trim_end().len());
        }
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
        if number == next {
            self.render_note(number, label.as_ref());
        }
    }

    /// Renders a footnote's definition where it is first referenced, so its citations are
    /// numbered there (Pandoc's order), without disturbing the paragraph around it.
    fn render_note(&mut self, number: usize, label: &str) {
        let Some((_, events)) = self.definitions.remove(label) else {
            return;
        };
        let out = std::mem::take(&mut self.out);
        let block = std::mem::take(&mut self.block);
        let block_offsets = std::mem::take(&mut self.block_offsets);
        let block_from = std::mem::replace(&mut self.block_from, 0);
        let block_group = self.block_group.take();
        let row_quotes = std::mem::take(&mut self.row_quotes);
        let row_group = self.row_group.take();
        let link_depth = std::mem::replace(&mut self.link_depth, 0);
        let deferred = std::mem::take(&mut self.deferred);
        // The note's paragraphs are claims blocks of their own (checked like the body's);
        // the paragraph that references the note stays one block around it.
        let fresh = TextBlock {
            origin: self.origin,
            ..TextBlock::default()
        };
        let claim = std::mem::replace(&mut self.claim, fresh);
        let in_heading = std::mem::replace(&mut self.in_heading, false);
        self.run(&events);
        self.end_quote_block();
        self.flush_claim();
        self.claim = claim;
        self.in_heading = in_heading;
        let note_events = std::mem::replace(&mut self.out, out);
        self.block = block;
        self.block_offsets = block_offsets;
        self.block_from = block_from;
        self.block_group = block_group;
        self.row_quotes = row_quotes;
        self.row_group = row_group;
        self.link_depth = link_depth;
        self.deferred = deferred;
        let mut content = String::new();
        pulldown_cmark::html::push_html(&mut content, note_events.into_iter());
        self.state.rendered.notes[number - 1].content = empty_header_cells_as_td(content);
    }

    /// Inline HTML of a short text: footnotes and headings are not expected there.
    fn finish_inline(mut self) -> String {
        self.end_quote_block();
        self.flush_claim();
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

    /// Second pass: give headings ids, write the HTML.
    fn finish_body(mut self) {
        self.end_quote_block();
        self.flush_claim();
        // Each heading gets its id in place: the events are not copied.
        let mut events = std::mem::take(&mut self.out);
        let mut headings: Vec<(u8, String, String)> = Vec::new();
        // Ids given with `{#id}` are taken before any slug, wherever they stand.
        let mut used_ids: HashSet<String> = events
            .iter()
            .filter_map(|e| match e {
                Event::Start(Tag::Heading { id: Some(id), .. }) => Some(id.to_string()),
                _ => None,
            })
            .collect();
        let mut i = 0;
        while i < events.len() {
            let Event::Start(Tag::Heading { level, id, .. }) = &events[i] else {
                i += 1;
                continue;
            };
            let level = *level;
            let given = id.as_ref().map(|id| id.to_string());
            let start = i;
            let mut title = String::new();
            i += 1;
            while let Some(e) = events.get(i) {
                match e {
                    Event::End(TagEnd::Heading(_)) => break,
                    Event::Text(t) | Event::Code(t) => title.push_str(t),
                    _ => {}
                }
                i += 1;
            }
            let id = match given {
                Some(id) => id,
                None => unique_id(&heading_slug(&title), &mut used_ids),
            };
            // A heading with no text of its own (`## [@a]`, only a citation or a note
            // reference) has nothing to name its link by: it stays out of the contents.
            let title = title.trim();
            if !title.is_empty() {
                headings.push((heading_number(level), id.clone(), title.to_owned()));
            }
            if let Some(Event::Start(Tag::Heading { id: slot, .. })) = events.get_mut(start) {
                *slot = Some(id.into());
            }
        }
        let mut html = String::with_capacity(self.body.len() * 3 / 2);
        pulldown_cmark::html::push_html(&mut html, events.into_iter());
        self.state.rendered.html = empty_header_cells_as_td(html);
        let mut unused: Vec<(String, usize)> = std::mem::take(&mut self.definitions)
            .into_iter()
            .map(|(label, (offset, _))| (label, offset))
            .collect();
        unused.sort();
        self.state.rendered.unused_notes = unused;
        self.state.rendered.toc = build_toc(&headings);
    }
}

/// How many words `text` holds, as `text.split_whitespace().count()` counts them, but 64
/// bytes at a time where the text is ASCII (every text event passes through here): a
/// word starts at each byte that is not whitespace after one that is.
fn count_words(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        let block = &bytes[i..bytes.len().min(i + 64)];
        let classes = Classes::of(block);
        if classes.non_ascii == 0 {
            let len = block.len();
            let word = !classes.space & (u64::MAX >> (64 - len));
            let starts = word & !((word << 1) | u64::from(in_word));
            count += starts.count_ones() as usize;
            in_word = word >> (len - 1) & 1 == 1;
            i += len;
            continue;
        }
        // A block with a char beyond ASCII: a char at a time, to the first char boundary
        // at or after the block's end.
        let end = i + block.len();
        while i < end {
            let (space, width) = match bytes[i] {
                b if b.is_ascii() => (is_space(b), 1),
                _ => text[i..]
                    .chars()
                    .next()
                    .map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
            };
            if !space && !in_word {
                count += 1;
            }
            in_word = !space;
            i += width;
        }
    }
    count
}

/// The index after the `End(Link)` that closes the link whose `Start` is just before
/// index `i` (links nest: an autolink inside a citation's locator).
fn skip_link(events: &[Spanned<'_>], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i < events.len() {
        match &events[i].0 {
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => depth += 1,
            Event::End(TagEnd::Link | TagEnd::Image) if depth == 0 => return i + 1,
            Event::End(TagEnd::Link | TagEnd::Image) => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    i
}

/// The `]` matching the `[` at byte `open` of `text`, skipping `\`-escaped brackets.
fn matching_bracket(text: &str, open: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut i = open + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'[' => depth += 1,
            b']' if depth == 0 => return Some(i),
            b']' => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    None
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

/// Ids the page around a rendered body writes itself, which a heading's slug must not
/// take: the built-in templates' fixed ids (`main`, each section's `…-heading`) and the
/// ids of `brief serve`'s overlay. The numbered ids of the citation markup (`source-N`,
/// `note-N`, `cite-N-x`, `noteref-N-x`) are [`reserved_id`]'s patterns.
const RESERVED_IDS: &[&str] = &[
    "main",
    "takeaways-heading",
    "toc-heading",
    "timeline-heading",
    "disagreements-heading",
    "sources-heading",
    "further-heading",
    "notes-heading",
    "sections-heading",
    "briefs-heading",
    "cited-by-heading",
    "text-heading",
    "search-form",
    "search-input",
    "search-status",
    "search-results",
    "search-more",
    "__brief-overlay",
    "__brief-overlay-title",
    "__brief-warnings",
    "__brief-warnings-title",
    "__brief-live",
];

/// Whether `id` is one the page writes besides the body's headings: one of
/// [`RESERVED_IDS`], a Sources or Notes list item (`source-N`, `note-N`), or a citation's
/// or note reference's anchor (`cite-N-x`, `noteref-N-x`), whatever the number.
fn reserved_id(id: &str) -> bool {
    fn number(s: &str) -> bool {
        !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
    }
    fn number_label(s: &str) -> bool {
        s.split_once('-').is_some_and(|(n, label)| {
            number(n) && !label.is_empty() && label.bytes().all(|b| b.is_ascii_lowercase())
        })
    }
    RESERVED_IDS.contains(&id)
        || id.strip_prefix("source-").is_some_and(number)
        || id.strip_prefix("note-").is_some_and(number)
        || id.strip_prefix("cite-").is_some_and(number_label)
        || id.strip_prefix("noteref-").is_some_and(number_label)
}

/// `base`, or the first of `base-1`, `base-2` … that is neither in `used` nor
/// [reserved](reserved_id); it is added to `used`.
fn unique_id(base: &str, used: &mut HashSet<String>) -> String {
    let mut id = base.to_owned();
    let mut n = 0;
    while reserved_id(&id) || used.contains(&id) {
        n += 1;
        id = format!("{base}-{n}");
    }
    used.insert(id.clone());
    id
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
    use crate::cite::CiteMode;

    fn with_names(text: &str) -> RenderedBody {
        let names = [
            ("a", "Associated Press"),
            ("b", "ABP Live"),
            ("c", "Kyiv Post"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        let mut r = Renderer::with_names(names);
        r.body(text);
        r.finish()
    }

    /// A task list's checkboxes say what they mean (WCAG 4.1.2: a form control has a
    /// name).
    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for text in [
            "",
            " ",
            "one",
            " two  words ",
            "tab\tnew\nline\rcr\x0bvt\x0cff",
            "no\u{a0}break and\u{2003}em\u{3000}ideographic",
            "\u{1c}\u{1f} control",
            "é à ü — „quoted“ 日本語",
        ] {
            assert_eq!(
                count_words(text),
                text.split_whitespace().count(),
                "{text:?}"
            );
        }
        // Words across the edges of the 64-byte blocks, in ASCII and not.
        for pad in 0..70 {
            for word in ["w", "word", "é", "\u{a0}", " ", "x\u{2003}y"] {
                let text = format!("{}{word} {}{word}", "a ".repeat(pad), "b".repeat(pad));
                assert_eq!(
                    count_words(&text),
                    text.split_whitespace().count(),
                    "{text:?}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn words_of_any_text_are_counted_as_split_whitespace_counts_them(
            pieces in proptest::collection::vec(
                proptest::sample::select(&["a", "word", " ", "\n", "\t", "\u{a0}", "é", "日本", "\u{3000}", "\u{85}", "x"][..]),
                0..200,
            ),
        ) {
            let text = pieces.concat();
            proptest::prop_assert_eq!(count_words(&text), text.split_whitespace().count());
        }

        #[test]
        fn words_of_arbitrary_text_are_counted_as_split_whitespace_counts_them(text in "\\PC{0,200}") {
            proptest::prop_assert_eq!(count_words(&text), text.split_whitespace().count());
        }
    }

    /// [`enclosed_in_link_text`] as first written: a byte at a time, both ways.
    fn enclosed_byte_by_byte(text: &str, span: Range<usize>) -> bool {
        let b = text.as_bytes();
        let escaped = |i: usize| i > 0 && b[i - 1] == b'\\';
        let (mut depth, mut close, mut i) = (0usize, None, span.end);
        while i < b.len() {
            match b[i] {
                b'\n' if b.get(i + 1) == Some(&b'\n') => break,
                b'[' if !escaped(i) => depth += 1,
                b']' if !escaped(i) => {
                    if depth == 0 {
                        close = Some(i);
                        break;
                    }
                    depth -= 1;
                }
                _ => {}
            }
            i += 1;
        }
        let Some(close) = close else { return false };
        if !matches!(b.get(close + 1), Some(b'(' | b'[')) {
            return false;
        }
        let (mut depth, mut i) = (0usize, span.start);
        while i > 0 {
            i -= 1;
            match b[i] {
                b'\n' if i > 0 && b[i - 1] == b'\n' => return false,
                b']' if !escaped(i) => depth += 1,
                b'[' if !escaped(i) => {
                    if depth == 0 {
                        return true;
                    }
                    depth -= 1;
                }
                _ => {}
            }
        }
        false
    }

    proptest::proptest! {
        #[test]
        fn enclosed_in_link_text_jumps_as_the_byte_loop_walks(
            pieces in proptest::collection::vec(
                proptest::sample::select(&["[", "]", "(", "\\", "\n", "\n\n", "a", " ", "é", "[@a]"][..]),
                0..60,
            ),
            at in 0usize..200,
            len in 0usize..8,
        ) {
            let text = pieces.concat();
            let start = at.min(text.len());
            let end = (start + len).min(text.len());
            proptest::prop_assert_eq!(
                enclosed_in_link_text(&text, start..end),
                enclosed_byte_by_byte(&text, start..end),
                "{:?} at {}..{}", text, start, end
            );
        }
    }

    #[test]
    fn task_list_checkboxes_have_names() {
        let html = render("- [x] Shipped\n- [ ] Pending\n").html;
        assert!(
            html.contains(
                "<li><input type=\"checkbox\" disabled checked aria-label=\"done\"> Shipped</li>"
            ),
            "{html}"
        );
        assert!(
            html.contains(
                "<li><input type=\"checkbox\" disabled aria-label=\"not done\"> Pending</li>"
            ),
            "{html}"
        );
    }

    /// An empty header cell (a table's corner) is a data cell, keeping its alignment; a
    /// header cell with text stays one.
    #[test]
    fn empty_header_cells_are_data_cells() {
        let table = "|   | Left | Right |\n|:--|:--|--:|\n| a | b | c |\n";
        let html = render(table).html;
        assert!(
            html.contains("<thead><tr><td style=\"text-align: left\"></td><th style=\"text-align: left\">Left</th>"),
            "{html}"
        );
        assert!(!html.contains("></th>"), "{html}");
        let html = render("|  | B |\n|--|--|\n| 1 | 2 |\n").html;
        assert!(html.contains("<tr><td></td><th>B</th></tr>"), "{html}");
        assert_eq!(
            empty_header_cells_as_td("<thead><th>x</th><th></th></thead>".into()),
            "<thead><th>x</th><td></td></thead>"
        );
    }

    /// `(id, mode, prefix, locator, suffix)` of every cited item, in order.
    fn cited(r: &RenderedBody) -> Vec<(String, CiteMode, String, String, String)> {
        r.groups
            .iter()
            .flat_map(|g| g.items.iter())
            .map(|c| {
                (
                    c.id.clone(),
                    c.mode,
                    c.prefix.clone().unwrap_or_default(),
                    c.locator.clone().unwrap_or_default(),
                    c.suffix.clone().unwrap_or_default(),
                )
            })
            .collect()
    }

    fn ids(r: &RenderedBody) -> Vec<String> {
        cited(r).into_iter().map(|c| c.0).collect()
    }

    #[test]
    fn prefixes_stay_on_the_page() {
        let r = with_names("Owned [see @a, p. 4]. Also [e.g., @a; @b].\n");
        assert!(
            r.html.contains("<span class=\"cite-prefix\">see</span> <a"),
            "{}",
            r.html
        );
        assert!(
            r.html
                .contains("<span class=\"cite-prefix\">e.g.,</span> <a"),
            "{}",
            r.html
        );
        assert!(r.html.contains("Owned<sup"), "{}", r.html);
        assert_eq!(cited(&r)[0].3, "p. 4");
        assert!(r.plain.contains("see"));
    }

    /// The search text is the page's text: where a bracketed citation was, no space is
    /// left before the punctuation that follows it (an excerpt showed `aid . The`).
    #[test]
    fn the_search_text_has_no_space_where_a_citation_was() {
        let r = with_names(
            "American aid [@a]. The proposal [@a, p. 2; @b]; then (as said [@b]) more [@a] words.\n",
        );
        assert_eq!(
            r.plain,
            "American aid. The proposal; then (as said) more words."
        );
    }

    // Guards: RESERVED_IDS keeps up with the built-in templates and the preview's overlay:
    // every fixed id they write is one a heading's slug may not take.
    #[test]
    fn reserved_ids_cover_the_built_in_templates() {
        for (name, text) in crate::theme::BUILTIN_TEMPLATES {
            for (i, _) in text.match_indices("id=\"") {
                let rest = &text[i + 4..];
                let id = &rest[..rest.find('"').unwrap_or(rest.len())];
                if id.contains('{') {
                    continue; // made by the template (`source-{{ n }}`): reserved_id's patterns
                }
                assert!(
                    reserved_id(id),
                    "{name} writes id=\"{id}\", not in RESERVED_IDS"
                );
            }
        }
        assert!(reserved_id(crate::serve::inject::OVERLAY_ID));
    }

    // Guards: a citation inside an HTML block (published as written) is a warning at its
    // place, never a silent literal `[@a]`; one in Markdown between the tags is read.
    #[test]
    fn citations_in_html_blocks_are_reported() {
        let text = "<div class=\"box\">Rare earths are 99 elements [@a].</div>\n\n<div>\n\nRead here [@a].\n\n</div>\n";
        let r = render(text);
        assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
        assert_eq!(r.problems[0].offset, text.find("[@a]").unwrap());
        assert!(r.problems[0].message.contains("inside an HTML block"));
        assert_eq!(r.groups.len(), 1, "the Markdown between the tags is read");
        // Brackets that are no citation (a link's text, an email) say nothing.
        let r = render("<p>[see the map] and [a@b.org]</p>\n");
        assert!(r.problems.is_empty(), "{:?}", r.problems);
    }

    #[test]
    fn narrative_citations_name_listed_sources() {
        let r = with_names("@a says so. @a [p. 4] says more. Mail me@a.org or @nobody.\n");
        assert_eq!(ids(&r), ["a", "a"]);
        assert_eq!(cited(&r)[1].3, "p. 4");
        assert_eq!(cited(&r)[0].1, CiteMode::AuthorInText);
        assert!(
            r.html
                .contains("Associated Press<sup class=\"citation\"><a id=\"cite-1-a\""),
            "{}",
            r.html
        );
        assert!(r.html.contains("Press<sup class=\"citation\"><a id=\"cite-1-b\" href=\"#source-1\" role=\"doc-noteref\">1</a></sup> says more"), "{}", r.html);
        assert!(r.html.contains("me@a.org or @nobody."), "{}", r.html);
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        // Without names (no sources), `@a` is text.
        assert!(render("@a says\n").groups.is_empty());
    }

    #[test]
    fn narrative_with_a_bracket_of_citations_is_one_group() {
        let r = with_names("@a [-@b p. 30; see also @c] says blah.\n");
        assert_eq!(r.groups.len(), 1);
        let c = cited(&r);
        assert_eq!(c[0].1, CiteMode::AuthorInText);
        assert_eq!(
            (c[1].1, c[1].3.as_str()),
            (CiteMode::SuppressAuthor, "p. 30")
        );
        assert_eq!((c[2].0.as_str(), c[2].2.as_str()), ("c", "see also"));
        assert!(r.html.contains("</sup> says blah."), "{}", r.html);
    }

    #[test]
    fn escaped_and_math_are_not_citations() {
        let r = with_names("\\@a says. $[@a]$ and $x@a$. Cost $5 [@b] and $6.\n");
        assert_eq!(ids(&r), ["b"]);
        assert!(r.html.contains("@a says"), "{}", r.html);
        assert!(r.html.contains("$[@a]$"), "{}", r.html);
    }

    #[test]
    fn adjacent_forms() {
        let r = with_names("Text[^n][@a] and [@a][@b] end.\n\n[^n]: A note.\n");
        assert_eq!(ids(&r), ["a", "a", "b"]);
        assert_eq!(r.notes.len(), 1);
        assert!(
            !r.html.contains("[^n]") && !r.html.contains("]["),
            "{}",
            r.html
        );
        assert!(r.html.contains("footnote-ref"), "{}", r.html);
    }

    #[test]
    fn citations_in_link_text_and_alt_text() {
        let r = with_names("See [the deal [@a]](https://x.org) and ![a map [@b]](m.png).\n");
        assert_eq!(ids(&r), ["a", "b"]);
        assert!(
            r.html
                .contains("<a href=\"https://x.org\">the deal</a><sup class=\"citation\">"),
            "{}",
            r.html
        );
        assert!(r.html.contains("alt=\"a map\""), "{}", r.html);
        assert!(!r.html.contains("[@"), "{}", r.html);
    }

    #[test]
    fn markup_and_autolinks_in_locators() {
        let r = with_names("X [@a, p. **32**]. Y [@a *passim*]. Z [@b, <https://x.org/p>] w.\n");
        let c = cited(&r);
        assert_eq!(c[0].3, "p. **32**");
        assert_eq!(c[1].4, "*passim*");
        assert_eq!(c[2].4, "<https://x.org/p>");
        assert!(
            !r.html.contains("</a></a>") && r.html.ends_with("</sup> w.</p>\n"),
            "{}",
            r.html
        );
        assert_eq!(inline_html("p. **32**"), "p. <strong>32</strong>");
        assert_eq!(inline_html("4. Absatz"), "4. Absatz");
    }

    #[test]
    fn citations_in_footnotes_are_numbered_where_referenced() {
        let r = with_names("First[^n] then [@b].\n\n[^n]: In a note [@a].\n");
        assert_eq!(r.order, ["a", "b"]);
        assert!(
            r.notes[0].content.contains("href=\"#source-1\""),
            "{:?}",
            r.notes
        );
    }

    #[test]
    fn lookalikes_are_problems_at_their_offsets() {
        let text = "A [@a;] B [@@a] C [@a, p. 4; see also] D [@a unclosed.\n\nE [^x] F @a] G.\n";
        let r = with_names(text);
        let found: Vec<(&str, &str)> = r
            .problems
            .iter()
            .map(|p| (&text[p.offset..], p.message.as_str()))
            .collect();
        let starts: Vec<String> = found
            .iter()
            .map(|(t, _)| t.chars().take(4).collect())
            .collect();
        assert_eq!(
            starts,
            [";] B", "@@a]", "see ", "[@a ", "[^x]", "@a] "],
            "{found:?}"
        );
        // Malformed brackets stay text; nothing inside them becomes a citation.
        assert!(r.html.contains("[@a;]"), "{}", r.html);
    }

    // Guards: `[@a @b]` and `[see @a and @b]` cite `b` too (its own number on the page),
    // with a warning at `@b`; nothing of `b` ends up in `a`'s locator or suffix.
    #[test]
    fn a_second_id_in_a_suffix_is_cited_and_warned_about() {
        let text = "One [@a @b]. Two [see @a and @c, p. 4].\n";
        let r = with_names(text);
        assert_eq!(ids(&r), ["a", "b", "a", "c"]);
        assert_eq!(r.groups.len(), 2);
        let c = cited(&r);
        assert_eq!((c[0].3.as_str(), c[0].4.as_str()), ("", ""));
        assert_eq!((c[2].3.as_str(), c[2].4.as_str()), ("", "and"));
        assert_eq!(c[3].3, "p. 4");
        assert!(r.html.contains("href=\"#source-2\""), "{}", r.html);
        assert!(r.html.contains("href=\"#source-3\""), "{}", r.html);
        let found: Vec<(&str, &str)> = r
            .problems
            .iter()
            .map(|p| (&text[p.offset..p.offset + 2], p.message.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "@b",
                    "`@b` inside the suffix of `@a`: separate citations with `;`"
                ),
                (
                    "@c",
                    "`@c` inside the suffix of `@a`: separate citations with `;`"
                )
            ]
        );
        assert!(
            r.problems[0].help.contains("`[@a; @b]`"),
            "{:?}",
            r.problems
        );
    }

    // Guards: Pandoc's braced ids, in brackets and narrative, never published as text.
    #[test]
    fn braced_ids_are_citations() {
        let r = with_names("One [@{a}, para. 1]. @{b} says so. @{c} [p. 3] adds. Not x@{a}.\n");
        let c = cited(&r);
        assert_eq!(ids(&r), ["a", "b", "c"]);
        assert_eq!((c[0].1, c[0].3.as_str()), (CiteMode::Normal, "para. 1"));
        assert_eq!(c[1].1, CiteMode::AuthorInText);
        assert_eq!((c[2].1, c[2].3.as_str()), (CiteMode::AuthorInText, "p. 3"));
        assert!(!r.html.contains("@{a}, para"), "{}", r.html);
        assert!(r.html.contains("ABP Live<sup"), "{}", r.html);
        assert!(r.html.contains("Not x@{a}."), "{}", r.html);
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        // The narrative citation's range covers its braces.
        let text = "@{b} says so.\n";
        let r = with_names(text);
        assert_eq!(&text[r.groups[0].range.clone()], "@{b}");
    }

    // Guards: a `N--M` locator is one range, shown with its dash.
    #[test]
    fn double_hyphen_ranges_are_one_locator() {
        let r = with_names("One [@a, paras. 1--2]. @b [¶¶ 3--4] says.\n");
        let c = cited(&r);
        assert_eq!((c[0].3.as_str(), c[0].4.as_str()), ("paras. 1–2", ""));
        assert_eq!((c[1].3.as_str(), c[1].4.as_str()), ("¶¶ 3–4", ""));
        assert_eq!(crate::locator::paragraphs(&c[0].3), Some(vec![1, 2]));
    }

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

    // Guards: a quotation after a sentence's last citation is that citation's (checked
    // against its seeds), in the body, in a note and in a takeaway; one in a later
    // sentence is not, and one before the next citation of the same sentence is that one's.
    #[test]
    fn quotes_after_the_last_citation_are_its() {
        let quotes = |r: &RenderedBody| -> Vec<Vec<String>> {
            r.groups
                .iter()
                .map(|g| g.quotes.iter().map(|q| q.text.clone()).collect())
                .collect()
        };
        let text = "Zelensky [@a] called it \"entirely invented words\".\n";
        let r = render(text);
        assert_eq!(quotes(&r), [["entirely invented words"]]);
        assert_eq!(r.groups[0].quotes[0].offset, text.find("entirely").unwrap());
        let r = render("He said \"would saddle\" [@a], adding it was \"invented\".\n");
        assert_eq!(quotes(&r), [["would saddle", "invented"]]);
        let r = render("One [@a] said „x“. Then “y” was said. Two \"z\" [@b] and “w” [@c].\n");
        assert_eq!(
            quotes(&r),
            [
                vec!["x".to_owned()],
                vec!["z".to_owned()],
                vec!["w".to_owned()]
            ]
        );
        let r = render("One [@a] said “x”. Two [@b].\n\n“y” is another paragraph.\n");
        assert_eq!(quotes(&r), [vec!["x".to_owned()], vec![]]);
        let r = render("Text[^n] [@b] “after”.\n\n[^n]: In a note [@a] “noted”.\n");
        assert_eq!(quotes(&r), [["noted"], ["after"]]);
        let mut renderer = Renderer::default();
        renderer.inline(
            "Kyiv [@a] wanted “guarantees”.",
            Origin::At { line: 2, col: 5 },
        );
        assert_eq!(quotes(&renderer.finish()), [["guarantees"]]);
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
    fn heading_ids_avoid_the_ids_the_page_writes() {
        let r = render(
            "## Main\n\n### Source 1\n\n### Source 1\n\n## Sources heading\n\n\
             ## Note 12\n\n## Cite 1 a\n\n## Noteref 2 b\n\n## Source 1 x\n",
        );
        let ids: Vec<&str> = r
            .toc
            .iter()
            .flat_map(|e| {
                std::iter::once(e.id.as_str()).chain(e.children.iter().map(|c| c.id.as_str()))
            })
            .collect();
        assert_eq!(
            ids,
            [
                "main-1",
                "source-1-1",
                "source-1-2",
                "sources-heading-1",
                "note-12-1",
                "cite-1-a-1",
                "noteref-2-b-1",
                "source-1-x"
            ]
        );
    }

    #[test]
    fn heading_ids_are_unique_whatever_the_order() {
        let r = render("## A\n\n## A\n\n## A 1\n\n## Given\n\n## Other {#given}\n");
        let ids: Vec<&str> = r.toc.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["a", "a-1", "a-1-1", "given-1", "given"]);
    }

    #[test]
    fn headings_without_text_of_their_own_stay_out_of_the_contents() {
        let r = render("## Before\n\n## [^n]\n\n### Inner\n\n## `code`\n\n[^n]: A note.\n");
        assert!(r.html.contains("<h2 id=\"section\">"), "{}", r.html);
        let titles: Vec<(&str, &str)> = r
            .toc
            .iter()
            .map(|e| (e.id.as_str(), e.title.as_str()))
            .collect();
        assert_eq!(titles, [("before", "Before"), ("code", "code")]);
        assert_eq!(r.toc[0].children[0].title, "Inner");
    }

    #[test]
    fn fenced_code_is_highlighted() {
        let r = render("```rust\nfn main() {}\n```\n");
        assert!(
            r.html
                .contains("<pre class=\"code\" data-lang=\"rust\" tabindex=\"0\">")
        );
    }

    #[test]
    fn blocks_record_citations_rows_and_own_markers() {
        let r = render(
            "# Title 5\n\nIt cost $5 billion<!-- own: 2 + 3 --> in all [@a]. `9`\n\n| 5% | x | [@b] |\n|---|---|---|\n| 6% | y | [@c] |\n",
        );
        assert!(!r.html.contains("own:"));
        let texts: Vec<&str> = r.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[0].starts_with("It cost $5 billion in all"));
        let b = &r.blocks[0];
        assert_eq!(b.own.len(), 1);
        assert_eq!(b.own[0].reason, "2 + 3");
        assert_eq!(&b.text[..b.own[0].pos], "It cost $5 billion");
        assert_eq!(b.cites, vec![(b.text.find(" in all").unwrap() + 8, 0)]);
        assert_eq!(&b.text[b.code[0].clone()], "9");
        let pos = b.text.find("$5").unwrap();
        let body = "# Title 5\n\nIt cost $5 billion";
        assert_eq!(b.source_offset(pos), body.find("$5").unwrap());
        assert!(texts[2].contains("6%") && r.blocks[2].cites[0].1 == 2);
    }
}

//! What the language server asks of a brief, answered from the preview's model.
//!
//! Nothing here knows the protocol: answers are byte ranges of the brief's text (the
//! loader's normalised copy, whose lines and columns are the editor's) and indexes into
//! the site's seeds. [`super::handlers`] turns them into LSP types.
//!
//! Findings are data (STYLE: one finder, many readers): [`quotes`] runs the quote finder
//! of [`crate::quote`] over each citation's quoted passages and says, for each, where it
//! is in the seed or which passage it nearly matches. Figures are read from the figure
//! check's diagnostics ([`figure_at`] places one in the brief, for the code action that
//! marks it as the brief's own).

use std::ops::Range;
use std::path::Path;

use crate::brief::Brief;
use crate::frontmatter;
use crate::markdown::Origin;
use crate::preview::View;
use crate::quote::{NearMiss, Passage};
use crate::resolve::BriefResolution;

/// How alike a passage must be to a quote that is not found to be offered as what it
/// meant (see [`crate::quote::SeedText::closest`]).
pub const NEAR_MISS: f64 = 0.5;

/// A brief of the model with its resolution.
#[derive(Clone, Copy)]
pub struct BriefRef<'a> {
    pub brief: &'a Brief,
    pub resolution: &'a BriefResolution,
}

/// The brief at `shown` (relative to the root, e.g. `content/x.md`).
pub fn brief<'a>(view: View<'a>, shown: &Path) -> Option<BriefRef<'a>> {
    let i = view
        .site
        .briefs
        .binary_search_by(|b| b.path.as_path().cmp(shown))
        .ok()?;
    Some(BriefRef {
        brief: &view.site.briefs[i],
        resolution: view.resolutions.get(i)?,
    })
}

/// The byte offset in the brief's file of `offset` into a text that came from `origin`.
/// Exact for the body; for a front-matter string, exact unless it holds escapes.
pub fn file_offset(brief: &Brief, origin: Origin, offset: usize) -> usize {
    match origin {
        Origin::Body => brief.body_offset + offset,
        Origin::At { line, col } => {
            let text = &brief.text;
            let line_start = text
                .split_inclusive('\n')
                .take(line.saturating_sub(1))
                .map(str::len)
                .sum::<usize>();
            let rest = &text[line_start.min(text.len())..];
            let start = line_start
                + rest
                    .chars()
                    .take(col.saturating_sub(1))
                    .map(char::len_utf8)
                    .sum::<usize>();
            let skip = usize::from(text[start.min(text.len())..].starts_with(['"', '\'']));
            (start + skip + offset).min(text.len())
        }
    }
}

/// One source cited at one place, located in the brief's file.
#[derive(Debug, Clone)]
pub struct Cite {
    pub id: String,
    pub locator: Option<String>,
    /// The id's bytes (after the `@`).
    pub id_span: Range<usize>,
    /// The whole bracket.
    pub group_span: Range<usize>,
    /// Index into the body's citation groups.
    pub group: usize,
}

/// Every citation of the brief, in order.
pub fn cites(b: BriefRef<'_>) -> Vec<Cite> {
    let mut out = Vec::new();
    for (g, group) in b.resolution.brief.body.groups.iter().enumerate() {
        let group_span = file_offset(b.brief, group.origin, group.range.start)
            ..file_offset(b.brief, group.origin, group.range.end);
        for item in &group.items {
            let at = id_start(
                &b.brief.text,
                file_offset(b.brief, group.origin, item.offset) + 1,
            );
            out.push(Cite {
                id: item.id.clone(),
                locator: item.locator.clone(),
                id_span: at..at + item.id.len(),
                group_span: group_span.clone(),
                group: g,
            });
        }
    }
    out
}

/// The citations of the body of `text`, a brief's file whose front matter may not parse:
/// its body read as the build reads one, with the ids of its `sources:` list (read line by
/// line) as those that may be cited narratively. Each citation's id and the id's bytes.
/// The citations of front-matter texts (takeaways, a timeline) are not among them: those
/// texts are only known once the front matter parses.
pub fn body_cites(text: &str) -> Vec<(String, Range<usize>)> {
    let body_offset = frontmatter::split(Path::new(""), text).map_or(0, |s| s.body_offset);
    let names = sources_list(text)
        .ids
        .into_iter()
        .map(|(id, _)| (id.clone(), id))
        .collect();
    let mut renderer = crate::markdown::Renderer::with_names(names);
    renderer.body(&text[body_offset..]);
    let mut out = Vec::new();
    for group in renderer.finish().groups {
        for item in group.items {
            let at = id_start(text, body_offset + item.offset + 1);
            let span = at..at + item.id.len();
            out.push((item.id, span));
        }
    }
    out
}

/// Where a citation's id starts in `text`, `at` being just after its `@`: after the
/// brace of `@{id}`.
fn id_start(text: &str, at: usize) -> usize {
    at + usize::from(text.as_bytes().get(at) == Some(&b'{'))
}

/// The citation at byte `offset`: the item whose `@id` holds it, else the first item of
/// the bracket that holds it.
pub fn cite_at(b: BriefRef<'_>, offset: usize) -> Option<Cite> {
    let all = cites(b);
    let in_id = all
        .iter()
        .find(|c| c.id_span.start - 1 <= offset && offset <= c.id_span.end);
    in_id
        .or_else(|| all.iter().find(|c| c.group_span.contains(&offset)))
        .cloned()
}

/// What became of a check of the brief against its seeds.
#[derive(Debug, Clone)]
pub enum Finding {
    Quote(QuoteFinding),
    // Issue 12b: `Figure(FigureFinding)` — a figure's place in the brief, and the seed
    // passage it was found in or nearly matches — is read the same way: a diagnostic's
    // related information, a hover, a code action ("mark as the brief's own").
}

/// A quoted passage before a citation, and where it was found.
#[derive(Debug, Clone)]
pub struct QuoteFinding {
    pub text: String,
    /// The words inside the quote marks, in the brief's file, when they could be placed
    /// exactly (no escapes or entities between them).
    pub span: Option<Range<usize>>,
    /// Where the build's diagnostic about the quote points: 1-based line and column (in
    /// characters) of the brief's file. A diagnostic is paired with its finding by it.
    pub at: (usize, usize),
    pub group: usize,
    pub status: QuoteStatus,
}

#[derive(Debug, Clone)]
pub enum QuoteStatus {
    /// In seed `seed` (an index into `site.seeds`).
    Found { seed: usize, passages: Vec<Passage> },
    /// Not in any seed the citation names; `near` is the closest passage if any is close.
    NotFound { near: Option<(usize, NearMiss)> },
    /// The citation names no known seed (that is an error of its own).
    Unchecked,
}

/// Every quote of the brief, checked as [`crate::resolve`] checks them: a quote belongs
/// to its bracket and is looked up in each seed the bracket cites, first match wins.
pub fn quotes(view: View<'_>, b: BriefRef<'_>) -> Vec<QuoteFinding> {
    let mut out = Vec::new();
    let lines = crate::diagnostic::LineIndex::new(&b.brief.text);
    for (g, group) in b.resolution.brief.body.groups.iter().enumerate() {
        let seeds: Vec<usize> = group
            .items
            .iter()
            .filter_map(|i| view.site.seed_index(&i.id))
            .collect();
        for quoted in &group.quotes {
            let at = file_offset(b.brief, group.origin, quoted.offset);
            let end = at + quoted.text.len();
            let span = (b.brief.text.get(at..end) == Some(quoted.text.as_str())).then_some(at..end);
            let found = seeds.iter().find_map(|&s| {
                let passages = view.index.text(s)?.find(&quoted.text)?;
                Some(QuoteStatus::Found { seed: s, passages })
            });
            let status = match found {
                Some(found) => found,
                None if seeds.is_empty() => QuoteStatus::Unchecked,
                None => {
                    let near = seeds
                        .iter()
                        .filter_map(|&s| {
                            let miss = view.index.text(s)?.closest(&quoted.text, NEAR_MISS)?;
                            Some((s, miss))
                        })
                        .max_by(|a, b| a.1.similarity.total_cmp(&b.1.similarity));
                    QuoteStatus::NotFound { near }
                }
            };
            out.push(QuoteFinding {
                text: quoted.text.clone(),
                span,
                at: crate::resolve::position_in(b.brief, &lines, group.origin, quoted.offset),
                group: g,
                status,
            });
        }
    }
    out
}

/// The findings of the brief (quotes today; figures once issue 12b lands).
pub fn findings(view: View<'_>, b: BriefRef<'_>) -> Vec<Finding> {
    quotes(view, b).into_iter().map(Finding::Quote).collect()
}

/// The figure that starts at 1-based `line` and `col` (in characters) of `text`, where a
/// figure diagnostic points: its bytes in `text`. `None` when no figure starts there (a
/// citation-needed diagnostic may point at a quotation instead). The own-figure marker
/// goes right after it.
pub fn figure_at(text: &str, line: usize, col: usize) -> Option<Range<usize>> {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.checked_sub(1)?)
        .map(str::len)
        .sum();
    let line_text = text.get(line_start..)?.split('\n').next()?;
    let from: usize = line_text
        .chars()
        .take(col.checked_sub(1)?)
        .map(char::len_utf8)
        .sum();
    let in_line = crate::figure::extract(line_text)
        .into_iter()
        .find(|f| f.start <= from && from < f.end)
        .map(|f| f.start..f.end);
    // Read on its own, the line may split differently: read from the column on.
    let in_rest = || {
        let f = crate::figure::extract(line_text.get(from..)?)
            .into_iter()
            .find(|f| f.start == 0)?;
        Some(from + f.start..from + f.end)
    };
    let r = in_line.or_else(in_rest)?;
    Some(line_start + r.start..line_start + r.end)
}

/// The own-figure marker the code action inserts: its reason is for the editor to write.
pub const OWN_MARKER: &str = "<!-- own: REASON -->";

/// The words of `passages` in the seed's paragraphs, whitespace collapsed; omissions
/// between passages shown as `…`.
pub fn passage_text(paragraphs: &[String], passages: &[Passage]) -> String {
    passages
        .iter()
        .filter_map(|p| paragraphs.get(p.paragraph)?.get(p.start..p.end))
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(" … ")
}

/// The first paragraph (0-based) a locator names (`para. 4`, `paras. 4–5`, `¶ 2`), read
/// by [`crate::locator::paragraphs`] as the build reads it.
pub fn located_paragraph(locator: &str) -> Option<usize> {
    crate::locator::paragraphs(locator)?.first()?.checked_sub(1)
}

/// The 0-based line of the file on which each of a seed's paragraphs starts, parallel to
/// `seed.paragraphs`, from the seed file's (normalised) text.
pub fn seed_paragraph_lines(path: &Path, text: &str) -> Vec<usize> {
    let is_txt = path.extension().is_some_and(|e| e == "txt");
    let (body_offset, body) = match frontmatter::split(path, text) {
        Ok(split) if split.present => (split.body_offset, split.body),
        _ if is_txt => {
            // A bare `.txt`: the first non-empty line is the title.
            let mut consumed = 0;
            for line in text.split_inclusive('\n') {
                consumed += line.len();
                if !line.trim().is_empty() {
                    break;
                }
            }
            (consumed, &text[consumed.min(text.len())..])
        }
        _ => (0, text),
    };
    let first = text[..body_offset.min(text.len())].matches('\n').count();
    crate::seed::paragraphs_at(body)
        .into_iter()
        .map(|(line, _)| first + line)
        .collect()
}

/// Where a passage lies in a seed's file: 0-based line and the byte offset within the
/// paragraph's line (the paragraph's lines keep their leading space, so that is the
/// line's own byte column), for start and end.
pub fn passage_lines(
    paragraph_lines: &[usize],
    paragraphs: &[String],
    p: &Passage,
) -> Option<((usize, usize), (usize, usize))> {
    let first = *paragraph_lines.get(p.paragraph)?;
    let text = paragraphs.get(p.paragraph)?;
    let place = |offset: usize| {
        let before = text.get(..offset)?;
        let line = first + before.matches('\n').count();
        let col = before.rfind('\n').map_or(offset, |i| offset - i - 1);
        Some((line, col))
    };
    Some((place(p.start)?, place(p.end)?))
}

/// A brief's `sources:` list as written in the front matter of `text`.
#[derive(Debug, Clone, Default)]
pub struct SourcesList {
    /// Each id with its bytes in the text.
    pub ids: Vec<(String, Range<usize>)>,
    /// The bytes of the value (everything after `sources:` up to the next key); `None`
    /// when there is no `sources:` key.
    pub value: Option<Range<usize>>,
    /// How to add an id: insert this text at this offset (`{id}` stands for the id).
    pub insert: Option<(usize, String)>,
}

impl SourcesList {
    pub fn contains(&self, id: &str) -> bool {
        self.ids.iter().any(|(i, _)| i == id)
    }

    /// The id whose bytes hold `offset`.
    pub fn id_at(&self, offset: usize) -> Option<&(String, Range<usize>)> {
        self.ids
            .iter()
            .find(|(_, r)| r.start <= offset && offset <= r.end)
    }

    /// The edit that adds `id` to the list: (offset, text to insert).
    pub fn addition(&self, id: &str) -> Option<(usize, String)> {
        let (at, template) = self.insert.as_ref()?;
        Some((*at, template.replace("{id}", id)))
    }
}

/// Reads the `sources:` list of a brief's front matter: a flow list (`[a, b]`, on one
/// line or several) or a block list (`- a` lines). Line-based, so it works on text that
/// does not parse yet (while the editor types).
pub fn sources_list(text: &str) -> SourcesList {
    let mut list = SourcesList::default();
    let Ok(split) = frontmatter::split(Path::new(""), text) else {
        return list;
    };
    if !split.present {
        return list;
    }
    // The opening fence is the first line; the YAML starts after it.
    let yaml_start = text.find('\n').map_or(text.len(), |i| i + 1);
    // Lines of the front matter with their offsets.
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut at = yaml_start;
    for line in text[yaml_start..split.body_offset].split_inclusive('\n') {
        lines.push((at, line.trim_end_matches('\n')));
        at += line.len();
    }
    // The closing fence is the last line.
    let closing = lines.pop();
    let Some(k) = lines.iter().position(|(_, l)| l.starts_with("sources:")) else {
        // No list yet: add one before the closing fence.
        if let Some((fence, _)) = closing {
            list.insert = Some((fence, "sources: [{id}]\n".to_owned()));
        }
        return list;
    };
    let (key_at, key_line) = lines[k];
    let value_start = key_at + "sources:".len();
    let after_key = &key_line["sources:".len()..];
    let trimmed = after_key.trim_start();
    if trimmed.starts_with('[') {
        // A flow list, possibly over several lines, up to its `]`.
        let open = value_start + (after_key.len() - trimmed.len());
        let close = text[open..split.body_offset].find(']').map(|i| open + i);
        let end = close.unwrap_or(split.body_offset);
        push_ids(text, open + 1, end, &mut list);
        list.value = Some(value_start..end + usize::from(close.is_some()));
        if let Some(close) = close {
            let template = if list.ids.is_empty() {
                "{id}"
            } else {
                ", {id}"
            };
            // After the last id and its closing quote, if it is quoted.
            let at = list.ids.last().map_or(close, |(_, r)| {
                r.end + usize::from(text[r.end..].starts_with(['"', '\'']))
            });
            list.insert = Some((at, template.to_owned()));
        }
    } else {
        // A block list: the following lines that are items (or blank), indented or not.
        let mut end = key_at + key_line.len();
        let mut last_item: Option<(usize, &str)> = None;
        for &(at, line) in &lines[k + 1..] {
            let t = line.trim_start();
            if t.starts_with("- ") || t == "-" {
                let dash = at + (line.len() - t.len());
                push_ids(text, dash + 1, at + line.len(), &mut list);
                end = at + line.len();
                last_item = Some((at, line));
            } else if t.is_empty() || t.starts_with('#') || line.starts_with([' ', '\t']) {
                continue;
            } else {
                break;
            }
        }
        list.value = Some(value_start..end);
        let (indent, at) = match last_item {
            Some((at, line)) => {
                let indent = &line[..line.len() - line.trim_start().len()];
                (indent.to_owned(), at + line.len())
            }
            None => ("  ".to_owned(), key_at + key_line.len()),
        };
        if trimmed.is_empty() {
            list.insert = Some((at, format!("\n{indent}- {{id}}")));
        }
    }
    list
}

/// Adds the ids written between `start` and `end` (separated by commas, spaces, quotes).
fn push_ids(text: &str, start: usize, end: usize, list: &mut SourcesList) {
    let Some(region) = text.get(start..end) else {
        return;
    };
    let mut at = start;
    for part in region.split([',', '\n']) {
        let lead = part.len() - part.trim_start().len();
        let word = part.trim();
        let word = word.split(" #").next().unwrap_or("").trim();
        let unquoted = word.trim_matches(['"', '\'']);
        if !unquoted.is_empty() && !unquoted.starts_with('#') {
            let quote = usize::from(word.starts_with(['"', '\'']));
            let s = at + lead + quote;
            list.ids.push((unquoted.to_owned(), s..s + unquoted.len()));
        }
        at += part.len() + 1;
    }
}

/// The characters of a citation key (Pandoc's, as [`crate::cite`] reads them).
pub fn is_key_char(c: char) -> bool {
    c.is_alphanumeric() || "_:.#$%&-+?<>~/".contains(c)
}

/// Where completion was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompletionContext {
    /// After `@` in the body: replace these bytes (the key typed so far) with an id.
    Citation(Range<usize>),
    /// In the value of `sources:`: replace these bytes with an id.
    SourcesEntry(Range<usize>),
}

/// What completing at byte `offset` of `text` would complete.
pub fn completion_context(text: &str, offset: usize) -> Option<CompletionContext> {
    let offset = floor_boundary(text, offset);
    let before = &text[..offset];
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_key_char(c))
        .last()
        .map_or(offset, |(i, _)| i);
    // The key ends where a citation's key ends: trailing punctuation (`@p.` ending a
    // sentence) is not part of it.
    let end = offset.max(start + crate::cite::id_length(&text[start..]));
    let split = frontmatter::split(Path::new(""), text).ok();
    let in_front_matter = split.is_some_and(|s| s.present && offset < s.body_offset);
    if in_front_matter {
        let list = sources_list(text);
        let value = list.value?;
        let written = &text[value.clone()];
        let inside = if written.trim_start().starts_with('[') {
            // A flow list: between its brackets.
            let open = value.start + written.find('[').unwrap_or(0);
            let close = value.end - usize::from(written.ends_with(']'));
            open < offset && offset <= close
        } else {
            value.start <= offset && offset <= value.end
        };
        return inside.then_some(CompletionContext::SourcesEntry(start..end));
    }
    let at = before[..start].chars().next_back()?;
    if at != '@' {
        return None;
    }
    // `@` starts a key at the start of a line, after space, `[`, `;` or `-` (Pandoc):
    // not in an e-mail address.
    let before_at = before[..start - 1].chars().next_back();
    match before_at {
        None => Some(CompletionContext::Citation(start..end)),
        Some(c) if c.is_whitespace() || "[;-".contains(c) => {
            Some(CompletionContext::Citation(start..end))
        }
        Some(_) => None,
    }
}

fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// A heading of a brief's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub title: String,
    /// The heading's bytes in the file.
    pub span: Range<usize>,
    pub children: Vec<Heading>,
}

/// The body's headings, nested (each deeper heading under the last shallower one).
pub fn headings(text: &str) -> Vec<Heading> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let body_offset = frontmatter::split(Path::new(""), text).map_or(0, |s| s.body_offset);
    let body = &text[body_offset..];
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut flat: Vec<Heading> = Vec::new();
    let mut current: Option<Heading> = None;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                current = Some(Heading {
                    level: level as u8,
                    title: String::new(),
                    span: body_offset + range.start..body_offset + range.end,
                    children: Vec::new(),
                });
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = &mut current {
                    h.title.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(mut h) = current.take() {
                    h.title = h.title.trim().to_owned();
                    // A heading's range ends after its line break; the symbol should not.
                    let shown = text[h.span.clone()].trim_end();
                    h.span.end = h.span.start + shown.len();
                    flat.push(h);
                }
            }
            _ => {}
        }
    }
    fn insert(list: &mut Vec<Heading>, h: Heading) {
        match list.last_mut() {
            Some(last) if last.level < h.level => insert(&mut last.children, h),
            _ => list.push(h),
        }
    }
    let mut nested = Vec::new();
    for h in flat {
        insert(&mut nested, h);
    }
    nested
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_placed_where_their_diagnostics_point() {
        let text = "---\ntitle: T\n---\nRé cost about $50 billion [@ap]. Then 40% more.\n";
        let body_line = 4;
        let col = "Ré cost ".chars().count() + 1;
        let r = figure_at(text, body_line, col).unwrap();
        assert_eq!(&text[r], "about $50 billion");
        let col = "Ré cost about ".chars().count() + 1;
        let r = figure_at(text, body_line, col).unwrap();
        assert_eq!(&text[r], "about $50 billion");
        let col = "Ré cost about $50 billion [@ap]. Then ".chars().count() + 1;
        assert_eq!(&text[figure_at(text, body_line, col).unwrap()], "40%");
        assert_eq!(figure_at(text, body_line, 1), None);
        assert_eq!(figure_at(text, 0, 1), None);
        assert_eq!(figure_at(text, 99, 1), None);
    }

    #[test]
    fn locators_name_paragraphs() {
        assert_eq!(located_paragraph("para. 4"), Some(3));
        assert_eq!(located_paragraph("paras. 4–5"), Some(3));
        assert_eq!(located_paragraph("¶ 2"), Some(1));
        assert_eq!(located_paragraph("p. 2"), None);
        assert_eq!(located_paragraph("para. 0"), None);
    }

    #[test]
    fn flow_and_block_sources_lists() {
        let text = "---\ntitle: T\nsources: [a, \"b\"]\n---\nBody\n";
        let list = sources_list(text);
        let ids: Vec<&str> = list.ids.iter().map(|(i, _)| i.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(&text[list.ids[1].1.clone()], "b");
        let (at, ins) = list.addition("c").unwrap();
        let mut edited = text.to_owned();
        edited.insert_str(at, &ins);
        assert!(edited.contains("sources: [a, \"b\", c]"), "{edited}");

        let text = "---\ntitle: T\nsources:\n  - a\n  - b\ndate: 2025-01-01\n---\n";
        let list = sources_list(text);
        assert_eq!(list.ids.len(), 2);
        assert_eq!(&text[list.ids[1].1.clone()], "b");
        let (at, ins) = list.addition("c").unwrap();
        let mut edited = text.to_owned();
        edited.insert_str(at, &ins);
        assert!(edited.contains("  - b\n  - c\ndate"), "{edited}");

        let text = "---\ntitle: T\n---\nBody\n";
        let (at, ins) = sources_list(text).addition("c").unwrap();
        let mut edited = text.to_owned();
        edited.insert_str(at, &ins);
        assert_eq!(edited, "---\ntitle: T\nsources: [c]\n---\nBody\n");

        let text = "---\ntitle: T\nsources: []\n---\n";
        let (at, ins) = sources_list(text).addition("c").unwrap();
        let mut edited = text.to_owned();
        edited.insert_str(at, &ins);
        assert!(edited.contains("sources: [c]"));
    }

    #[test]
    fn completion_after_at_and_in_sources() {
        let text = "---\ntitle: T\nsources: [ap, ]\n---\nSee [@ap-2; @x] me@mail.org\n";
        let at = text.find("ap-2").unwrap();
        assert_eq!(
            completion_context(text, at + 2),
            Some(CompletionContext::Citation(at..at + 4))
        );
        let x = text.find("@x").unwrap() + 1;
        assert_eq!(
            completion_context(text, x),
            Some(CompletionContext::Citation(x..x + 1))
        );
        let mail = text.find("mail").unwrap();
        assert_eq!(completion_context(text, mail), None);
        let gap = text.find(", ]").unwrap() + 2;
        assert_eq!(
            completion_context(text, gap),
            Some(CompletionContext::SourcesEntry(gap..gap))
        );
        assert_eq!(completion_context(text, 5), None);
    }

    #[test]
    fn completion_keys_end_as_citation_keys_end() {
        let text = "---\ntitle: T\n---\nAs said by @p. And @ap.x here.\n";
        let p = text.find("@p.").unwrap() + 1;
        assert_eq!(
            completion_context(text, p + 1),
            Some(CompletionContext::Citation(p..p + 1))
        );
        let ap = text.find("@ap.x").unwrap() + 1;
        assert_eq!(
            completion_context(text, ap + 1),
            Some(CompletionContext::Citation(ap..ap + 4))
        );
    }

    #[test]
    fn completion_in_sources_only_inside_the_list() {
        let text = "---\ntitle: T\nsources: [pti]\ndate: 2025-03-05\n---\nBody\n";
        let close = text.find("pti]").unwrap() + 3;
        assert_eq!(
            completion_context(text, close),
            Some(CompletionContext::SourcesEntry(close - 3..close))
        );
        assert_eq!(completion_context(text, close + 1), None);
        assert_eq!(completion_context(text, text.find("date").unwrap()), None);
        assert_eq!(completion_context(text, text.find('[').unwrap()), None);
        let text = "---\ntitle: T\nsources:\n  - a\ndate: 2025-03-05\n---\n";
        let a = text.find("- a").unwrap() + 3;
        assert_eq!(
            completion_context(text, a),
            Some(CompletionContext::SourcesEntry(a - 1..a))
        );
        assert_eq!(completion_context(text, text.find("date").unwrap()), None);
    }

    #[test]
    fn headings_nest_with_their_spans() {
        let text = "---\ntitle: T\n---\n# One\n\ntext\n\n## Two `x`\n\n# Three\n";
        let h = headings(text);
        assert_eq!(h.len(), 2);
        assert_eq!(h[0].children[0].title, "Two x");
        assert_eq!(&text[h[0].span.clone()], "# One");
        assert_eq!(&text[h[0].children[0].span.clone()], "## Two `x`");
    }

    #[test]
    fn seed_paragraphs_are_found_on_their_lines() {
        let text = "---\ntitle: T\noutlet: O\n---\n\nFirst\nline two.\n\n  Second.\n";
        let lines = seed_paragraph_lines(Path::new("seeds/a.md"), text);
        assert_eq!(lines, [5, 8]);
        let bare = "\nTitle\n\nBody one.\n";
        assert_eq!(seed_paragraph_lines(Path::new("seeds/a.txt"), bare), [3]);
    }
}

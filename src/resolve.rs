//! Resolving a loaded site: citations, numbering, quotes.
//!
//! The second stage of the pipeline. [`resolve_brief`] renders one brief's Markdown,
//! checks that each citation names a seed in the brief's `sources:`, numbers the sources,
//! and looks each quoted passage up in its seed. It needs nothing from other briefs: quote
//! anchors are named after the brief (`q-overview-1`), so a brief can be rendered, written
//! and dropped as soon as it is resolved, and a changed brief never renumbers another's.
//! [`seed_uses`] then gathers, per seed, which briefs cite it and what to highlight.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::brief::Brief;
use crate::brief::Located;
use crate::claims::{self, Claim, QuoteOutcome, SeedFigures};
use crate::config::Level;
use crate::diagnostic::{Diagnostic, Diagnostics, Kind, LineIndex, closest, did_you_mean};
use crate::locator;
use crate::markdown::{Origin, RenderedBody, Renderer};
use crate::quote::{self, Passage, SeedText};
use crate::site::Site;

/// A brief's rendered body and its numbered sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedBrief {
    pub body: RenderedBody,
    pub components: RenderedComponents,
    /// In number order (index + 1 == number).
    pub sources: Vec<SourceUse>,
    /// Seeds listed in `sources:` but never cited, by index into `site.seeds`.
    pub further: Vec<usize>,
}

/// The briefing components, rendered (inline HTML with citations).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RenderedComponents {
    pub takeaways: Vec<String>,
    /// `(date, html)`, sorted by date.
    pub timeline: Vec<(String, String)>,
    pub disagreements: Vec<RenderedDisagreement>,
}

/// A claim on which sources differ, rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedDisagreement {
    pub claim: String,
    /// `(seed id, html)`.
    pub positions: Vec<(Option<String>, String)>,
    pub verdict: Option<String>,
}

/// The name a narrative citation (`@id says`) shows for each of the brief's listed
/// sources: the seed's outlet (a news reader attributes to the outlet: "Associated Press
/// says"), else its first author, else its title.
pub fn narrative_names(site: &Site, brief: &Brief) -> HashMap<String, String> {
    brief
        .sources
        .iter()
        .filter_map(|s| {
            let seed = &site.seeds[site.seed_index(&s.id)?];
            let name = seed
                .outlet
                .clone()
                .or_else(|| seed.author.first().cloned())
                .unwrap_or_else(|| seed.title.clone());
            Some((s.id.clone(), name))
        })
        .collect()
}

/// Renders a brief's texts in reading order — takeaways, body, timeline, disagreements —
/// so its sources are numbered in the order a reader meets them.
fn render_texts(site: &Site, brief: &Brief) -> (RenderedBody, RenderedComponents) {
    let mut r = Renderer::with_names(narrative_names(site, brief));
    let origin = |l: &Located| Origin::At {
        line: l.line,
        col: l.col,
    };
    let c = &brief.components;
    let takeaways = c
        .takeaways
        .iter()
        .map(|t| r.inline(&t.text, origin(t)))
        .collect();
    r.body(brief.body());
    let timeline = c
        .timeline
        .iter()
        .map(|(date, e)| (date.clone(), r.inline(&e.text, origin(e))))
        .collect();
    let disagreements = c
        .disagreements
        .iter()
        .map(|d| RenderedDisagreement {
            claim: r.inline_title(&d.claim.text, origin(&d.claim)),
            positions: d
                .positions
                .iter()
                .map(|(s, says)| (s.clone(), r.inline(&says.text, origin(says))))
                .collect(),
            verdict: d.verdict.as_ref().map(|v| r.inline(&v.text, origin(v))),
        })
        .collect();
    (
        r.finish(),
        RenderedComponents {
            takeaways,
            timeline,
            disagreements,
        },
    )
}

/// One numbered source of a brief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceUse {
    /// Index into `site.seeds`; `None` when the id is unknown (the build has failed then).
    pub seed: Option<usize>,
    pub id: String,
    pub number: usize,
    /// `(label, locator)` per citation place.
    pub backlinks: Vec<(String, Option<String>)>,
    /// Quotes of this source that were found.
    pub quotes: Vec<QuoteRef>,
    /// Figures checked against this source and found in it.
    pub figures: Vec<QuoteRef>,
}

/// A quote of a source that was found in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteRef {
    pub text: String,
    /// The highlight's anchor id on the seed's archive page.
    pub anchor: String,
    /// The original article's `url` with a text fragment selecting the passage, when the
    /// seed has a `url`.
    pub fragment: Option<String>,
}

/// What the seed pages need to know of one brief: which seeds it cites and the passages
/// it quotes. Small, so it is kept for every brief while the briefs' HTML is not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Citations {
    /// Seeds cited, by index into `site.seeds`, in number order.
    pub seeds: Vec<usize>,
    pub quotes: Vec<FoundQuote>,
    /// Figures found in the seeds (anchors `f-…`), highlighted like quotes.
    pub figures: Vec<FoundQuote>,
}

/// A quote found in a seed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundQuote {
    pub seed: usize,
    /// The anchor id on the seed's archive page, e.g. `q-overview-2`.
    pub anchor: String,
    pub text: String,
    pub passages: Vec<Passage>,
}

/// One brief, resolved on its own.
#[derive(Debug, Clone)]
pub struct BriefResolution {
    pub brief: ResolvedBrief,
    pub citations: Citations,
    pub diagnostics: Diagnostics,
    /// Its cited sentences and what they claim, for `claims.json`.
    pub claims: Vec<Claim>,
}

/// How the briefs use one seed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SeedUse {
    /// Passages to highlight, each with its quote anchor id.
    pub highlights: Vec<(Passage, String)>,
    /// Citing briefs (index into `site.briefs`), each with the quotes it makes
    /// `(anchor id, text)`.
    pub cited_by: Vec<(usize, Vec<(String, String)>)>,
}

/// Every seed's text, normalised once for quote lookups.
#[derive(Debug, Clone)]
pub struct SeedIndex {
    texts: Vec<SeedText>,
    /// Every seed's figures, when the figure check is on.
    figures: Option<SeedFigures>,
}

impl SeedIndex {
    pub fn new(site: &Site) -> SeedIndex {
        let figures = (site.config.checks.figure != Level::Off).then(|| {
            crate::timing::CLAIMS_REST.time(|| SeedFigures {
                seeds: site
                    .seeds
                    .par_iter()
                    .map(|s| SeedFigures::of_paragraphs(&s.paragraphs))
                    .collect(),
            })
        });
        SeedIndex {
            texts: site
                .seeds
                .par_iter()
                .map(|s| SeedText::new(&s.paragraphs))
                .collect(),
            figures,
        }
    }

    /// Replaces one seed's text (after the seed changed).
    pub fn update(&mut self, seed: usize, paragraphs: &[String]) {
        self.texts[seed] = SeedText::new(paragraphs);
        if let Some(f) = &mut self.figures
            && let Some(entry) = f.seeds.get_mut(seed)
        {
            *entry = SeedFigures::of_paragraphs(paragraphs);
        }
    }

    /// Seed `seed`'s normalised text, to look passages up in.
    pub fn text(&self, seed: usize) -> Option<&SeedText> {
        self.texts.get(seed)
    }
}

/// The 1-based line and column of `offset` in a text of `brief` that came from `origin`:
/// the body (offset into the body) or a front-matter string (offset into the parsed
/// string, see [`scalar_position`]).
pub fn position(brief: &Brief, origin: Origin, offset: usize) -> (usize, usize) {
    match origin {
        Origin::Body => crate::diagnostic::line_col(&brief.text, brief.body_offset + offset),
        Origin::At { line, col } => scalar_position(&brief.text, line, col, offset),
    }
}

/// [`position`] through `lines`, an index of the brief's lines, for a caller that places
/// many: a body offset is then not counted from the file's start each time.
pub fn position_in(
    brief: &Brief,
    lines: &LineIndex<'_>,
    origin: Origin,
    offset: usize,
) -> (usize, usize) {
    match origin {
        Origin::Body => lines.line_col(brief.body_offset + offset),
        Origin::At { .. } => position(brief, origin, offset),
    }
}

/// Where byte `offset` of a YAML scalar's parsed value lies in `text`, the scalar's first
/// character (a quote mark, a block indicator `|` or `>`, or a plain scalar's first
/// character) being at 1-based `line` and `col` (in characters). Follows YAML's reading
/// of each style: in a quoted or plain scalar a line break and the next line's
/// indentation are one space (blank lines one line break each), `''` in single quotes
/// is one `'`, and in double quotes `\x` is one character and `\` at a line's end joins
/// the lines; a block scalar's lines start after its indentation, each line break one
/// character (a folded one's break before a blank line none). Exact for every style but
/// a folded block's more-indented lines; an offset past the value gives its end.
pub fn scalar_position(text: &str, line: usize, col: usize, offset: usize) -> (usize, usize) {
    let mut lines = text
        .split('\n')
        .skip(line.saturating_sub(1))
        .map(|l| l.strip_suffix('\r').unwrap_or(l));
    let Some(first) = lines.next() else {
        return (line, col);
    };
    let start: usize = first
        .chars()
        .take(col.saturating_sub(1))
        .map(char::len_utf8)
        .sum();
    let rest = first.get(start..).unwrap_or("");
    if rest.starts_with(['|', '>']) {
        return block_scalar_position(lines, line, rest.starts_with('>'), offset)
            .unwrap_or((line, col));
    }
    let double = rest.starts_with('"');
    let single = rest.starts_with('\'');
    let skip = usize::from(double || single);
    // Walks the raw text, `parsed` bytes of the value covered so far, (`at_line`,
    // `at_col`) the raw character being read.
    let (mut parsed, mut at_line, mut at_col) = (0, line, col + skip);
    let mut current: Vec<char> = rest.chars().skip(skip).collect();
    loop {
        let mut i = 0;
        // Whether the line ended with `\` in double quotes: the break is no space.
        let mut escaped_break = false;
        while i < current.len() {
            // Trailing white space before a line break is not part of the value.
            if current[i].is_whitespace() && current[i..].iter().all(|c| c.is_whitespace()) {
                break;
            }
            if parsed >= offset {
                return (at_line, at_col + i);
            }
            match current[i] {
                '\\' if double && i + 1 == current.len() => {
                    escaped_break = true;
                    i += 1;
                }
                '\\' if double => {
                    parsed += current[i + 1].len_utf8();
                    i += 2;
                }
                '\'' if single && current.get(i + 1) == Some(&'\'') => {
                    parsed += 1;
                    i += 2;
                }
                c => {
                    parsed += c.len_utf8();
                    i += 1;
                }
            }
        }
        // The line break: to the next line that is not blank, past its indentation.
        let mut blank = 0;
        let next = loop {
            match lines.next() {
                Some(l) if l.trim().is_empty() => blank += 1,
                Some(l) => break l,
                None => return (at_line, at_col + i),
            }
        };
        if parsed >= offset {
            return (at_line, at_col + i);
        }
        parsed += if escaped_break { blank } else { blank.max(1) };
        at_line += blank + 1;
        let indent = next.chars().take_while(|c| c.is_whitespace()).count();
        at_col = 1 + indent;
        current = next.chars().skip(indent).collect();
    }
}

/// [`scalar_position`] for a block scalar (`|`, or `>` when `folded`) whose indicator is
/// on `line`; `lines` are the lines after it. `None` when the block has no content.
fn block_scalar_position<'a>(
    lines: impl Iterator<Item = &'a str>,
    line: usize,
    folded: bool,
    offset: usize,
) -> Option<(usize, usize)> {
    let indent_of = |l: &str| l.chars().take_while(|&c| c == ' ').count();
    // The block's lines: up to the first that is indented less than its first line with
    // text (the rest of the file is not read).
    let mut block: Vec<&str> = Vec::new();
    let mut indent = None;
    for l in lines {
        if !l.trim().is_empty() {
            match indent {
                None => indent = Some(indent_of(l)),
                Some(i) if indent_of(l) < i => break,
                Some(_) => {}
            }
        }
        block.push(l);
    }
    let indent = indent?;
    let lines = block;
    let mut parsed = 0;
    let mut last = None;
    for (n, l) in lines.iter().enumerate() {
        let blank = l.trim().is_empty();
        let at_line = line + 1 + n;
        let content: Vec<char> = l.chars().skip(indent).collect();
        for (i, c) in content.iter().enumerate() {
            if parsed >= offset {
                return Some((at_line, indent + i + 1));
            }
            parsed += c.len_utf8();
        }
        if !blank {
            last = Some((at_line, indent + content.len() + 1));
        }
        // This line's break: one character, but in a folded block none before a blank
        // line (the blank line's own break stands for it).
        let next_blank = lines.get(n + 1).is_some_and(|l| l.trim().is_empty());
        if !(folded && !blank && next_blank) {
            if parsed >= offset {
                return Some((at_line, indent + content.len() + 1));
            }
            parsed += 1;
        }
    }
    last
}

/// Gathers, per seed (parallel to `site.seeds`), the briefs citing it and the passages to
/// highlight, from each brief's [`Citations`] (parallel to `site.briefs`).
pub fn seed_uses(site: &Site, citations: &[&Citations]) -> Vec<SeedUse> {
    let mut seeds: Vec<SeedUse> = site.seeds.iter().map(|_| SeedUse::default()).collect();
    for (b, c) in citations.iter().enumerate() {
        for &s in &c.seeds {
            seeds[s].cited_by.push((b, Vec::new()));
        }
        for figure in &c.figures {
            seeds[figure.seed]
                .highlights
                .extend(figure.passages.iter().map(|&p| (p, figure.anchor.clone())));
        }
        for quote in &c.quotes {
            let use_ = &mut seeds[quote.seed];
            use_.highlights
                .extend(quote.passages.iter().map(|&p| (p, quote.anchor.clone())));
            if let Some((_, quotes)) = use_
                .cited_by
                .iter_mut()
                .rev()
                .find(|(brief, _)| *brief == b)
            {
                quotes.push((quote.anchor.clone(), quote.text.clone()));
            }
        }
    }
    seeds
}

/// The part of a quote anchor that names the brief: `deal/overview/` → `deal--overview`
/// (slugs never hold two dashes in a row, so this cannot collide).
pub fn anchor_stem(url_path: &str) -> String {
    url_path.trim_end_matches('/').replace('/', "--")
}

/// The plain text of `brief`'s body (what the search index reads), as [`resolve_brief`]
/// finds it, without resolving the citations or checking anything.
pub fn body_plain(site: &Site, brief: &Brief) -> String {
    crate::timing::MARKDOWN
        .time(|| render_texts(site, brief))
        .0
        .plain
}

/// Renders one brief and resolves its citations and quotes against the seeds.
pub fn resolve_brief(site: &Site, index: &SeedIndex, brief: &Brief) -> BriefResolution {
    let texts = &index.texts;
    let mut diags = Diagnostics::new();
    let (body, components) = crate::timing::MARKDOWN.time(|| render_texts(site, brief));
    // Places a diagnostic at `offset` of the text a citation group came from, through one
    // index of the brief's lines, made for its first diagnostic: a brief with thousands
    // of them (an id mistyped throughout) is not rescanned from its start for each.
    let lines = std::cell::OnceCell::new();
    let locate = |d: Diagnostic, origin: Origin, offset: usize| {
        let lines = lines.get_or_init(|| LineIndex::shared(&brief.text));
        let (line, col) = position_in(brief, lines, origin, offset);
        d.at_line_col_in(lines, line, col)
    };
    let seed_index = |id: &str| site.seed_index(id);

    let mut sources: Vec<SourceUse> = body
        .order
        .iter()
        .enumerate()
        .map(|(i, id)| SourceUse {
            seed: seed_index(id),
            id: id.clone(),
            number: i + 1,
            backlinks: Vec::new(),
            quotes: Vec::new(),
            figures: Vec::new(),
        })
        .collect();

    let mut found = Vec::new();
    let mut outcomes: Vec<Vec<QuoteOutcome>> = Vec::with_capacity(body.groups.len());
    for group in &body.groups {
        let mut group_outcomes = Vec::with_capacity(group.quotes.len());
        for place in &group.items {
            sources[place.number - 1]
                .backlinks
                .push((place.label.clone(), place.note()));
            let listed = brief.sources.iter().any(|s| s.id == place.id);
            if seed_index(&place.id).is_none() && (site.seed_failed(&place.id) || listed) {
                // The seed file exists but did not load, or the brief's `sources:` lists
                // an id no seed has: that error, reported at its own place, is the one to
                // fix; every citation of it repeating it is noise (and the nearest id to
                // suggest would be the listed one itself).
            } else if seed_index(&place.id).is_none() {
                let d =
                    Diagnostic::error(&brief.path, format!("cites unknown source `{}`", place.id));
                let mut d = locate(d, group.origin, place.offset);
                let listed_ids = brief.sources.iter().map(|s| s.id.as_str());
                let near = closest(
                    &place.id,
                    listed_ids.chain(site.seeds.iter().map(|s| s.id.as_str())),
                );
                if let Some(help) = did_you_mean(&near) {
                    d = d.with_help(help);
                }
                diags.push(d);
            } else if !listed {
                diags.push(
                    locate(
                        Diagnostic::error(
                            &brief.path,
                            format!(
                                "cites `{}`, which is not in this brief's `sources`",
                                place.id
                            ),
                        ),
                        group.origin,
                        place.offset,
                    )
                    .with_help(format!(
                        "add `{}` to `sources:` in the front matter",
                        place.id
                    )),
                );
            }
            if let (Some(s), Some(range)) = (
                seed_index(&place.id),
                place.locator.as_deref().and_then(locator::paragraphs),
            ) {
                let count = site.seeds[s].paragraphs.len();
                if range.last().is_some_and(|&last| last > count) {
                    let d = Diagnostic::warning(
                        &brief.path,
                        format!(
                            "`{}` points past the end of `{}`, which has {count} paragraph{}",
                            place.locator.as_deref().unwrap_or(""),
                            place.id,
                            if count == 1 { "" } else { "s" }
                        ),
                    );
                    diags.push(locate(d, group.origin, place.offset).with_help(format!(
                        "paragraphs are numbered on the seed's archive page, sources/{}/",
                        place.id
                    )));
                }
            }
        }
        for quoted in &group.quotes {
            let mut hit = None;
            for place in &group.items {
                let located: Option<Vec<usize>> = place
                    .locator
                    .as_deref()
                    .and_then(locator::paragraphs)
                    .map(|paras| paras.iter().map(|p| p - 1).collect());
                if let Some(s) = seed_index(&place.id)
                    && let Some(passages) = texts[s].find_within(&quoted.text, located.as_deref())
                {
                    hit = Some((s, place.number, passages, place.locator.as_deref()));
                    break;
                }
            }
            match hit {
                Some((seed, number, passages, locator)) => {
                    // A quote may be found in several paragraphs ("this week"); it is
                    // misplaced only when none of them is one the locator names.
                    if let Some(range) = locator.and_then(locator::paragraphs)
                        && !passages.iter().any(|p| range.contains(&(p.paragraph + 1)))
                        && let Some(outside) = passages.first().map(|p| p.paragraph + 1)
                    {
                        let d = Diagnostic::warning(
                            &brief.path,
                            format!(
                                "the quote is in paragraph {outside} of `{}`, not in {} as the locator says",
                                site.seeds[seed].id,
                                locator.unwrap_or("")
                            ),
                        );
                        diags.push(
                            locate(d, group.origin, quoted.offset)
                                .with_help(format!("change the locator to `para. {outside}`")),
                        );
                    }
                    let anchor = format!("q-{}-{}", anchor_stem(&brief.url_path), found.len() + 1);
                    let text = quoted.text.trim().to_owned();
                    let seed_ = &site.seeds[seed];
                    let fragment = seed_.url.as_ref().and_then(|url| {
                        let directive =
                            quote::text_fragment(&seed_.paragraphs, &texts[seed], &passages)?;
                        let base = url.split('#').next().unwrap_or(url);
                        Some(format!("{base}#:~:{directive}"))
                    });
                    sources[number - 1].quotes.push(QuoteRef {
                        text: text.clone(),
                        anchor: anchor.clone(),
                        fragment,
                    });
                    group_outcomes.push(QuoteOutcome {
                        found: Some((seed, passages.clone(), anchor.clone())),
                    });
                    found.push(FoundQuote {
                        seed,
                        anchor,
                        text,
                        passages,
                    });
                }
                None => {
                    group_outcomes.push(QuoteOutcome::default());
                    // A seed without text (an imported bibliography entry) can be cited
                    // but not checked: say so, rather than call the quote wrong.
                    if let Some(names) = crate::claims::textless_seeds(site, group) {
                        let d = Diagnostic::warning(
                            &brief.path,
                            format!(
                                "nothing to check against: `{names}` has no text, so the quote “{}” cannot be checked",
                                shorten(&quoted.text)
                            ),
                        );
                        diags.push(
                            locate(d, group.origin, quoted.offset)
                                .with_help(crate::claims::NO_TEXT_HELP),
                        );
                        continue;
                    }
                    let known: Vec<&str> = group
                        .items
                        .iter()
                        .filter(|p| seed_index(&p.id).is_some())
                        .map(|p| p.id.as_str())
                        .collect();
                    if known.is_empty() {
                        continue; // the unknown id is already an error
                    }
                    let names = known
                        .iter()
                        .map(|id| format!("`{id}`"))
                        .collect::<Vec<_>>()
                        .join(" or ");
                    let d = Diagnostic::warning(
                        &brief.path,
                        format!("quote not found in {names}: “{}”", shorten(&quoted.text)),
                    );
                    // The nearest passage of the first seed that has one: usually the
                    // words the editor meant, slightly changed.
                    let nearest = known.iter().find_map(|id| {
                        let s = seed_index(id)?;
                        let p = texts[s].closest_passage(&quoted.text)?;
                        let text = site.seeds[s]
                            .paragraphs
                            .get(p.paragraph)?
                            .get(p.start..p.end)?;
                        Some(format!("the seed says: “{}”", shorten(text)))
                    });
                    let help = match nearest {
                        Some(says) => format!("{says}; quote its words exactly, or drop the quote marks"),
                        None => "quote the seed's words exactly (case, spacing, quote marks and dashes may differ; mark omissions with …), or drop the quote marks".to_owned(),
                    };
                    diags.push(
                        locate(d, group.origin, quoted.offset)
                            .with_help(help)
                            .with_kind(Kind::QuoteNotFound),
                    );
                }
            }
        }
        outcomes.push(group_outcomes);
    }
    let checks = site.config.checks;
    let all_off = !checks.any_on();
    let no_figures = SeedFigures::default();
    let mut body = body;
    let findings = if all_off {
        claims::Findings::default()
    } else {
        crate::timing::CLAIMS.time(|| {
            claims::check(&claims::Input {
                site,
                seed_figures: index.figures.as_ref().unwrap_or(&no_figures),
                brief,
                body: &body,
                quotes: &outcomes,
                stem: &anchor_stem(&brief.url_path),
                checks,
            })
        })
    };
    // The blocks were kept for the check only.
    body.blocks = Vec::new();
    diags.extend(findings.diagnostics);
    let mut found_figures = Vec::with_capacity(findings.figures.len());
    for f in findings.figures {
        let seed_ = &site.seeds[f.seed];
        let fragment = seed_.url.as_ref().and_then(|url| {
            let directive = quote::text_fragment(&seed_.paragraphs, &texts[f.seed], &f.passages)?;
            let base = url.split('#').next().unwrap_or(url);
            Some(format!("{base}#:~:{directive}"))
        });
        if let Some(source) = sources.get_mut(f.number - 1) {
            source.figures.push(QuoteRef {
                text: f.text.clone(),
                anchor: f.anchor.clone(),
                fragment,
            });
        }
        found_figures.push(FoundQuote {
            seed: f.seed,
            anchor: f.anchor,
            text: f.text,
            passages: f.passages,
        });
    }
    for problem in &body.problems {
        let d = Diagnostic::warning(&brief.path, problem.message.clone());
        diags.push(locate(d, problem.origin, problem.offset).with_help(problem.help.clone()));
    }
    for (label, offset) in &body.unused_notes {
        diags.push(
            Diagnostic::warning(
                &brief.path,
                format!("footnote `{label}` is never referenced"),
            )
            .at(&brief.text, brief.body_offset + *offset)
            .with_help(format!("refer to it with [^{label}] or delete it")),
        );
    }
    let further = brief
        .sources
        .iter()
        .filter(|s| !body.order.contains(&s.id))
        .filter_map(|s| seed_index(&s.id))
        .collect();
    let citations = Citations {
        seeds: sources.iter().filter_map(|s| s.seed).collect(),
        quotes: found,
        figures: found_figures,
    };
    BriefResolution {
        brief: ResolvedBrief {
            body,
            components,
            sources,
            further,
        },
        citations,
        diagnostics: diags,
        claims: findings.claims,
    }
}

fn shorten(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > 80 {
        format!("{}…", s.chars().take(77).collect::<String>())
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::scalar_position;

    /// `scalar_position` of `needle` in the value YAML parses from `text`'s scalar that
    /// starts at `line`, `col`.
    fn at(text: &str, line: usize, col: usize, value: &str, needle: &str) -> (usize, usize) {
        scalar_position(text, line, col, value.find(needle).expect(needle))
    }

    #[test]
    fn front_matter_scalars_map_back_to_their_lines() {
        let text = "\
title: T
takeaways:
  - >
    Folded line one
    then $7 billion [@a].
  - |
    Literal line one
    then $8 billion [@a].
  - Plain multi
    line $9 billion [@a].
  - 'It''s $6 billion [@a].'
  - \"Double \\\"q\\\" $5 billion \\
     joined $4 billion\"
  - >
    Folded

    after a blank $3 billion
";
        let value = "Folded line one then $7 billion [@a].\n";
        assert_eq!(at(text, 3, 5, value, "$7"), (5, 10));
        let value = "Literal line one\nthen $8 billion [@a].\n";
        assert_eq!(at(text, 6, 5, value, "$8"), (8, 10));
        let value = "Plain multi line $9 billion [@a].";
        assert_eq!(at(text, 9, 5, value, "$9"), (10, 10));
        let value = "It's $6 billion [@a].";
        assert_eq!(at(text, 11, 5, value, "$6"), (11, 12));
        let value = "Double \"q\" $5 billion joined $4 billion";
        assert_eq!(at(text, 12, 5, value, "$5"), (12, 19));
        assert_eq!(at(text, 12, 5, value, "$4"), (13, 13));
        let value = "Folded\nafter a blank $3 billion\n";
        assert_eq!(at(text, 14, 5, value, "$3"), (17, 19));
        // One line, no quotes: the column moves by characters, not bytes.
        let text = "summary: Kyiv’s $2 billion\n";
        assert_eq!(at(text, 1, 10, "Kyiv’s $2 billion", "$2"), (1, 17));
    }
}

//! Checks of claims: every figure and quotation of a brief, traced to its source.
//!
//! Part of resolving a brief ([`crate::resolve`] calls [`check`] after numbering its
//! citations and looking its quotes up). For each text block the renderer kept
//! ([`crate::markdown::TextBlock`]) it splits sentences, finds the figures
//! ([`crate::figure`]) and quotations, and attributes each to the citation of its
//! sentence: a figure before a citation belongs to that citation, one after the last
//! citation of its sentence to that last one. Each cited figure is looked up in the seeds
//! its citation names — in the paragraphs a `para. N` locator names — and a sentence with
//! a figure or a quotation but no citation is "citation needed".
//!
//! Checks are data: [`check`] returns [`Findings`] — one [`Claim`] per cited sentence (or
//! uncited one that needed a citation), with each quote's and figure's status and place
//! in the seed. The build turns them into diagnostics, the theme into highlights on the
//! seed pages, and `claims.json` into a report; an editor can turn them into hovers.

use std::ops::Range;

#[cfg(test)]
use serde::Serialize;

use crate::ascii::is_space;
use crate::brief::Brief;
use crate::config::{Checks, Level};
use crate::diagnostic::{Diagnostic, Kind, LineIndex};
use crate::escape::push_json_string;
use crate::figure::{self, Figure, Shape, Unit};
use crate::markdown::{Origin, RenderedBody, TextBlock};
use crate::quote::{self, Passage};
use crate::site::Site;

/// The figures of every seed, per paragraph, found once per build.
#[derive(Debug, Clone, Default)]
pub struct SeedFigures {
    /// Parallel to `site.seeds`, then to each seed's paragraphs.
    pub seeds: Vec<Vec<Vec<Figure>>>,
}

impl SeedFigures {
    pub fn of_paragraphs(paragraphs: &[String]) -> Vec<Vec<Figure>> {
        paragraphs.iter().map(|p| figure::extract(p)).collect()
    }
}

/// How a quote or figure fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(Serialize))]
#[cfg_attr(test, serde(rename_all = "kebab-case"))]
pub enum Status {
    /// Found in a cited seed (in the located paragraphs, if the citation has a locator).
    Found,
    /// Found in a cited seed, but outside the paragraphs the locator names.
    OutsideLocator,
    /// Not found; the seed has a figure of the same kind with another value.
    NearMiss,
    NotFound,
    /// Marked as the brief's own with `<!-- own: reason -->`.
    Own,
    /// In a sentence that cites nothing.
    CitationNeeded,
}

/// A place in a seed: a 1-based paragraph and byte offsets within its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(Serialize))]
pub struct SeedSpan {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

impl From<Passage> for SeedSpan {
    fn from(p: Passage) -> Self {
        SeedSpan {
            paragraph: p.paragraph + 1,
            start: p.start,
            end: p.end,
        }
    }
}

/// One cited sentence of a brief (or one that needed a citation), with what it claims.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(Serialize))]
pub struct Claim {
    /// The brief's file, relative to the site root.
    pub brief: String,
    pub line: usize,
    pub col: usize,
    pub text: String,
    pub sources: Vec<ClaimSource>,
    #[cfg_attr(test, serde(skip_serializing_if = "Vec::is_empty"))]
    pub quotes: Vec<QuoteFinding>,
    #[cfg_attr(test, serde(skip_serializing_if = "Vec::is_empty"))]
    pub figures: Vec<FigureFinding>,
}

/// A seed a sentence cites.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(Serialize))]
pub struct ClaimSource {
    pub id: String,
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub locator: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(Serialize))]
pub struct QuoteFinding {
    pub text: String,
    pub line: usize,
    pub col: usize,
    pub status: Status,
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub seed: Option<String>,
    #[cfg_attr(test, serde(skip_serializing_if = "Vec::is_empty"))]
    pub passages: Vec<SeedSpan>,
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub anchor: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(Serialize))]
pub struct FigureFinding {
    pub text: String,
    pub line: usize,
    pub col: usize,
    pub status: Status,
    /// The seed where it was found (or its nearest miss).
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub seed: Option<String>,
    #[cfg_attr(test, serde(skip_serializing_if = "Vec::is_empty"))]
    pub passages: Vec<SeedSpan>,
    /// The seed's wording of the figure (found, outside the locator, or the near miss).
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub seed_text: Option<String>,
    /// Why the figure is the brief's own.
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub reason: Option<String>,
    /// The highlight's anchor on the seed's archive page.
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    pub anchor: Option<String>,
}

/// What resolve found for one quote of a citation group.
#[derive(Debug, Clone, Default)]
pub struct QuoteOutcome {
    pub found: Option<(usize, Vec<Passage>, String)>,
}

/// A figure found in a seed, to highlight and to link from the reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundFigure {
    pub seed: usize,
    /// The citing source's number in the brief.
    pub number: usize,
    pub anchor: String,
    pub text: String,
    pub passages: Vec<Passage>,
}

/// What [`check`] found in one brief.
#[derive(Debug, Default)]
pub struct Findings {
    pub claims: Vec<Claim>,
    pub diagnostics: Vec<Diagnostic>,
    pub figures: Vec<FoundFigure>,
}

/// What [`check`] reads.
pub struct Input<'a> {
    pub site: &'a Site,
    pub seed_figures: &'a SeedFigures,
    pub brief: &'a Brief,
    pub body: &'a RenderedBody,
    /// Per citation group, per quote: what resolve found.
    pub quotes: &'a [Vec<QuoteOutcome>],
    /// The brief's anchor stem (`deal--overview`).
    pub stem: &'a str,
    pub checks: Checks,
}

/// A figure or quote of a block, attributed to a citation group (or to none).
struct Item {
    range: Range<usize>,
    group: Option<usize>,
    sentence: usize,
}

thread_local! {
    /// Whether [`check`] keeps no [`Claim`] records on this thread ([`unrecorded`]).
    static UNRECORDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with the checks it makes on this thread keeping no [`Claim`] records (its
/// [`Findings::claims`] are empty): for `brief serve`, which resolves every brief for its
/// diagnostics and serves no `claims.json`. The diagnostics and found figures are the same.
pub fn unrecorded<T>(f: impl FnOnce() -> T) -> T {
    crate::switch::turned_on(&UNRECORDED, f)
}

/// Checks one brief's claims.
pub fn check(input: &Input<'_>) -> Findings {
    let mut findings = Findings::default();
    let lines = LineIndex::shared(&input.brief.text);
    let brief_path = (!UNRECORDED.get()).then(|| input.brief.path.display().to_string());
    for block in &input.body.blocks {
        let first = findings.claims.len();
        check_block(input, &lines, brief_path.as_deref(), block, &mut findings);
        // A block's cited sentences are recorded before its uncited ones: put them back in
        // reading order (the sort is stable, so one sentence's citation groups keep theirs).
        findings.claims[first..].sort_by_key(|c| (c.line, c.col));
    }
    findings
}

/// [`crate::resolve::position`], the body's offsets placed with the brief's line index.
fn position_in(
    lines: &LineIndex<'_>,
    brief: &Brief,
    origin: Origin,
    offset: usize,
) -> (usize, usize) {
    match origin {
        Origin::Body => lines.line_col(brief.body_offset + offset),
        Origin::At { .. } => crate::resolve::position(brief, origin, offset),
    }
}

/// Checks one text block. `brief_path` is the brief's for its [`Claim`] records, or
/// `None` for none ([`unrecorded`]).
fn check_block(
    input: &Input<'_>,
    lines: &LineIndex<'_>,
    brief_path: Option<&str>,
    block: &TextBlock,
    out: &mut Findings,
) {
    let brief = input.brief;
    let text = &block.text;
    let figure_on = input.checks.figure != Level::Off;
    let needed_on = input.checks.citation_needed != Level::Off;
    // Most blocks of a large site cite nothing and give no figure or quotation: they are
    // left before any sentence is split.
    let extracted = if figure_on || needed_on {
        figure::extract(text)
    } else {
        Vec::new()
    };
    let quote_spans = quote::quote_spans(text);
    if block.cites.is_empty()
        && block.own.is_empty()
        && extracted.is_empty()
        && quote_spans.is_empty()
    {
        return;
    }
    // Sentences are split only as far as the last position asked about: the end of the
    // sentence that holds it.
    let last = block
        .cites
        .iter()
        .map(|&(pos, _)| pos)
        .chain(extracted.iter().map(|f| f.start))
        .chain(quote_spans.iter().map(|q| q.start))
        .chain(block.own.iter().map(|m| m.pos))
        .max()
        .unwrap_or(0);
    let sentences = sentences_through(text, last);
    let sentence_of = |pos: usize| sentences.partition_point(|s| s.start <= pos).max(1) - 1;
    // Each citation to its sentence: one that opens a sentence belongs to the one before.
    let mut cites: Vec<(usize, usize, usize)> = block
        .cites
        .iter()
        .map(|&(pos, group)| {
            let mut s = sentence_of(pos);
            let lead = &text[sentences[s].start..pos.min(text.len())];
            if s > 0
                && lead
                    .trim_matches(|c: char| c.is_whitespace() || c == '|')
                    .is_empty()
            {
                s -= 1;
            }
            (s, pos, group)
        })
        .collect();
    cites.sort();
    let group_for = |sentence: usize, end: usize| -> Option<usize> {
        let mut last = None;
        for c in cites.iter().filter(|c| c.0 == sentence) {
            if c.1 >= end {
                return Some(c.2);
            }
            last = Some(c.2);
        }
        last
    };
    let in_quote = |r: &Range<usize>| {
        quote_spans
            .iter()
            .any(|q| r.start >= q.start.saturating_sub(1) && r.end <= q.end + 1)
    };
    let in_code = |r: &Range<usize>| {
        block
            .code
            .iter()
            .any(|c| r.start < c.end && c.start < r.end)
    };
    let figures: Vec<(Figure, Item)> = extracted
        .into_iter()
        .filter(|f| !in_quote(&(f.start..f.end)) && !in_code(&(f.start..f.end)))
        .map(|f| {
            let sentence = sentence_of(f.start);
            let item = Item {
                range: f.start..f.end,
                group: group_for(sentence, f.end),
                sentence,
            };
            (f, item)
        })
        .collect();
    // Own-figure markers: each names the last figure before it in its sentence.
    let mut own: Vec<Option<String>> = vec![None; figures.len()];
    for marker in &block.own {
        let sentence = sentence_of(marker.pos.saturating_sub(1));
        let target = figures
            .iter()
            .enumerate()
            .rev()
            .find(|(i, (f, item))| {
                f.end <= marker.pos && item.sentence == sentence && own[*i].is_none()
            })
            .map(|(i, _)| i);
        let (line, col) = position_in(lines, brief, block.origin, marker.offset);
        let place = |d: Diagnostic| d.at_line_col_in(lines, line, col);
        match target {
            Some(i) if !marker.reason.is_empty() => own[i] = Some(marker.reason.clone()),
            Some(i) => {
                own[i] = Some(String::new());
                out.diagnostics.push(
                    place(Diagnostic::warning(
                        &brief.path,
                        "the own-figure marker gives no reason",
                    ))
                    .with_help("say why the figure is the brief's own: <!-- own: 500 ÷ 50 -->"),
                );
            }
            None if figure_on || needed_on => out.diagnostics.push(
                place(Diagnostic::warning(
                    &brief.path,
                    "the own-figure marker follows no figure in its sentence",
                ))
                .with_help("put <!-- own: reason --> right after the figure it marks"),
            ),
            None => {}
        }
    }
    let position = |pos: usize| position_in(lines, brief, block.origin, block.source_offset(pos));
    let sentence_text = |s: usize| claim_text(text, sentences[s].clone(), &block.cites);
    let sentence_start = |s: usize| {
        let r = &sentences[s];
        let lead = text[r.clone()].len() - text[r.clone()].trim_start().len();
        r.start + lead
    };
    // Sentence `s`'s record, citing `sources`, when records are kept.
    let claim_of = |s: usize, sources: &dyn Fn() -> Vec<ClaimSource>| {
        brief_path.map(|brief_path| {
            let (line, col) = position(sentence_start(s));
            Claim {
                brief: brief_path.to_owned(),
                line,
                col,
                text: sentence_text(s),
                sources: sources(),
                quotes: Vec::new(),
                figures: Vec::new(),
            }
        })
    };

    // Cited sentences: one claim per citation group.
    let groups = &input.body.groups;
    for &(s, _, g) in &cites {
        let Some(group) = groups.get(g) else { continue };
        let mut claim = claim_of(s, &|| {
            group
                .items
                .iter()
                .map(|p| ClaimSource {
                    id: p.id.clone(),
                    locator: p.locator.clone(),
                })
                .collect()
        });
        let outcomes = input.quotes.get(g).map(Vec::as_slice).unwrap_or(&[]);
        let quotes = claim.as_ref().map_or(&[][..], |_| &group.quotes[..]);
        for (quoted, outcome) in quotes.iter().zip(outcomes) {
            let (line, col) = position_in(lines, brief, group.origin, quoted.offset);
            let (status, seed, passages, anchor) = match &outcome.found {
                Some((seed, passages, anchor)) => (
                    Status::Found,
                    Some(input.site.seeds[*seed].id.clone()),
                    passages.iter().map(|&p| p.into()).collect(),
                    Some(anchor.clone()),
                ),
                None => (Status::NotFound, None, Vec::new(), None),
            };
            if let Some(claim) = claim.as_mut() {
                claim.quotes.push(QuoteFinding {
                    text: quoted.text.trim().to_owned(),
                    line,
                    col,
                    status,
                    seed,
                    passages,
                    anchor,
                });
            }
        }
        // Seeds without text (imported bibliography entries) can be cited but not
        // checked: the group's figures get one warning saying so, as its quotes do.
        let textless = textless_seeds(input.site, group);
        let mut unchecked: Vec<(&str, usize, usize)> = Vec::new();
        for (i, (f, item)) in figures.iter().enumerate() {
            let checked = own[i].is_none() && figure_on;
            if item.group != Some(g) || (claim.is_none() && !checked) {
                continue;
            }
            let (line, col) = position(f.start);
            let mut finding = FigureFinding {
                text: text[f.start..f.end].to_owned(),
                line,
                col,
                status: Status::Own,
                seed: None,
                passages: Vec::new(),
                seed_text: None,
                reason: own[i].clone(),
                anchor: None,
            };
            if checked && textless.is_some() {
                finding.status = Status::NotFound;
                finding.reason = None;
                unchecked.push((&text[f.start..f.end], line, col));
            } else if checked {
                look_up(input, group, f, &mut finding, out);
                if let Some(d) = figure_diagnostic(input, &finding, &item.range) {
                    out.diagnostics.push(d.at_line_col_in(lines, line, col));
                }
            }
            if let Some(claim) = claim.as_mut()
                && (own[i].is_some() || figure_on)
            {
                claim.figures.push(finding);
            }
        }
        if let (Some(names), Some(&(_, line, col))) = (&textless, unchecked.first()) {
            let shown: Vec<String> = unchecked
                .iter()
                .map(|(t, _, _)| format!("“{}”", shorten(t)))
                .collect();
            let (what, list) = match shown.as_slice() {
                [one] => ("figure", one.clone()),
                [first @ .., last] => ("figures", format!("{} and {last}", first.join(", "))),
                [] => unreachable!("unchecked has a first figure"),
            };
            out.diagnostics.push(
                Diagnostic::warning(
                    &brief.path,
                    format!(
                        "nothing to check against: `{names}` has no text, so the {what} {list} cannot be checked"
                    ),
                )
                .at_line_col_in(lines, line, col)
                .with_help(NO_TEXT_HELP),
            );
        }
        out.claims.extend(claim);
    }

    // Uncited sentences with a figure or a quotation.
    if !needed_on {
        return;
    }
    // Each quotation's sentence, found once; then only the sentences that hold a
    // quotation or a figure and cite nothing are looked at, in order.
    let quote_sentences: Vec<usize> = quote_spans.iter().map(|q| sentence_of(q.start)).collect();
    let mut uncited: Vec<usize> = quote_sentences
        .iter()
        .copied()
        .chain(figures.iter().map(|(_, item)| item.sentence))
        .filter(|&s| !cites.iter().any(|c| c.0 == s))
        .collect();
    uncited.sort_unstable();
    uncited.dedup();
    for s in uncited {
        // The sentence's quotations and figures, walked in place (no list of either).
        let quotes = || {
            quote_spans
                .iter()
                .zip(&quote_sentences)
                .filter(move |&(q, &qs)| qs == s && !in_code(&(q.start..q.end)))
                .map(|(q, _)| q)
        };
        let figs = || {
            let figures = &figures;
            (0..figures.len()).filter(move |&i| figures[i].1.sentence == s)
        };
        if quotes().next().is_none() && figs().next().is_none() {
            continue;
        }
        let mut claim = claim_of(s, &Vec::new);
        // The first quotation or figure of the sentence, named by the warning: where it
        // is, whether it is a quotation, and its text. Formatted once, at the end.
        let mut first: Option<(usize, bool, Range<usize>)> = None;
        for q in quotes() {
            first =
                first
                    .filter(|(p, _, _)| *p < q.start)
                    .or(Some((q.start, true, q.start..q.end)));
            if let Some(claim) = claim.as_mut() {
                let (line, col) = position(q.start);
                claim.quotes.push(QuoteFinding {
                    text: text[q.start..q.end].trim().to_owned(),
                    line,
                    col,
                    status: Status::CitationNeeded,
                    seed: None,
                    passages: Vec::new(),
                    anchor: None,
                });
            }
        }
        for i in figs() {
            let f = &figures[i].0;
            let status = if own[i].is_some() {
                Status::Own
            } else {
                if first.as_ref().is_none_or(|(p, _, _)| f.start < *p) {
                    first = Some((f.start, false, f.start..f.end));
                }
                Status::CitationNeeded
            };
            if let Some(claim) = claim.as_mut() {
                let (line, col) = position(f.start);
                claim.figures.push(FigureFinding {
                    text: text[f.start..f.end].to_owned(),
                    line,
                    col,
                    status,
                    seed: None,
                    passages: Vec::new(),
                    seed_text: None,
                    reason: own[i].clone(),
                    anchor: None,
                });
            }
        }
        if let Some((pos, quotation, range)) = first {
            let (line, col) = position(pos);
            out.diagnostics.push(
                Diagnostic::warning(
                    &brief.path,
                    citation_needed_message(quotation, &text[range]),
                )
                .at_line_col_in(lines, line, col)
                .with_help(
                    "cite the seed it comes from, e.g. [@id, para. N]; for the brief's own figure add <!-- own: reason --> after it",
                )
                .with_kind(Kind::CitationNeeded),
            );
        }
        out.claims.extend(claim);
    }
}

/// The ids of the seeds `group` cites, joined for a message (`` a`, `b ``), when every
/// one of them that exists has no text to check a quote or a figure against (imported
/// bibliography entries); `None` when one has text, or none exists (an unknown id is
/// already an error).
pub(crate) fn textless_seeds(site: &Site, group: &crate::markdown::CiteGroup) -> Option<String> {
    let known: Vec<(&str, usize)> = group
        .items
        .iter()
        .filter_map(|p| Some((p.id.as_str(), site.seed_index(&p.id)?)))
        .collect();
    let textless = !known.is_empty()
        && known
            .iter()
            .all(|&(_, s)| site.seeds[s].paragraphs.is_empty());
    textless.then(|| {
        known
            .iter()
            .map(|&(id, _)| id)
            .collect::<Vec<_>>()
            .join("`, `")
    })
}

/// The help of the "nothing to check against" warning, for a quote or a figure cited to
/// a seed without text ([`textless_seeds`]).
pub(crate) const NO_TEXT_HELP: &str = "capture the source's text with `brief seed add URL --id ID --force`, or paste it below the seed's front matter";

/// Where a cited figure is: in the located paragraphs, elsewhere in the seed, or nowhere
/// (with the nearest figure of the same kind).
fn look_up(
    input: &Input<'_>,
    group: &crate::markdown::CiteGroup,
    f: &Figure,
    finding: &mut FigureFinding,
    out: &mut Findings,
) {
    let site = input.site;
    // (seed, number, located paragraphs (0-based), locator)
    let targets: Vec<(usize, usize, Option<Vec<usize>>)> = group
        .items
        .iter()
        .filter_map(|p| {
            let seed = site.seed_index(&p.id)?;
            let paras = p
                .locator
                .as_deref()
                .and_then(crate::locator::paragraphs)
                .map(|v| v.into_iter().map(|n| n.saturating_sub(1)).collect());
            Some((seed, p.number, paras))
        })
        .collect();
    if targets.is_empty() {
        finding.status = Status::Own; // unknown ids are already errors; nothing to check
        finding.reason = None;
        return;
    }
    let paragraphs_of = |seed: usize, paras: &Option<Vec<usize>>| -> Vec<usize> {
        let count = input.seed_figures.seeds.get(seed).map_or(0, Vec::len);
        match paras {
            Some(p) => p.iter().copied().filter(|&p| p < count).collect(),
            None => (0..count).collect(),
        }
    };
    let search = |seed: usize, paras: &[usize]| -> Option<Vec<Passage>> {
        let all = input.seed_figures.seeds.get(seed)?;
        for &p in paras {
            let figs = &all[p];
            if let Some(g) = figs.iter().find(|g| f.matches(g)) {
                return Some(vec![Passage {
                    paragraph: p,
                    start: g.start,
                    end: g.end,
                }]);
            }
            // `22 of 34` against "Of the 34 minerals … 22 are found": both numbers in one
            // paragraph.
            if f.shape == Shape::Of {
                let count = |v: f64| {
                    figs.iter().find(|g| {
                        g.shape == Shape::Single
                            && matches!(g.unit, Unit::Count)
                            && (g.lo - v).abs() < 1e-9
                    })
                };
                if let (Some(a), Some(b)) = (count(f.lo), count(f.hi)) {
                    let mut v = vec![
                        Passage {
                            paragraph: p,
                            start: a.start,
                            end: a.end,
                        },
                        Passage {
                            paragraph: p,
                            start: b.start,
                            end: b.end,
                        },
                    ];
                    v.sort();
                    return Some(v);
                }
            }
        }
        None
    };
    let seed_text = |seed: usize, p: &Passage| {
        site.seeds[seed]
            .paragraphs
            .get(p.paragraph)
            .and_then(|t| t.get(p.start..p.end))
            .map(str::to_owned)
    };
    for (seed, number, paras) in &targets {
        if let Some(passages) = search(*seed, &paragraphs_of(*seed, paras)) {
            let anchor = format!("f-{}-{}", input.stem, out.figures.len() + 1);
            finding.status = Status::Found;
            finding.seed = Some(site.seeds[*seed].id.clone());
            finding.seed_text = passages.first().and_then(|p| seed_text(*seed, p));
            finding.passages = passages.iter().map(|&p| p.into()).collect();
            finding.anchor = Some(anchor.clone());
            out.figures.push(FoundFigure {
                seed: *seed,
                number: *number,
                anchor,
                text: finding.text.clone(),
                passages,
            });
            return;
        }
    }
    for (seed, _, paras) in &targets {
        if paras.is_some()
            && let Some(passages) = search(*seed, &paragraphs_of(*seed, &None))
        {
            finding.status = Status::OutsideLocator;
            finding.seed = Some(site.seeds[*seed].id.clone());
            finding.seed_text = passages.first().and_then(|p| seed_text(*seed, p));
            finding.passages = passages.iter().map(|&p| p.into()).collect();
            return;
        }
    }
    // The nearest figure of the same kind in the located paragraphs (or whole seeds).
    let mut best: Option<(f64, usize, Passage)> = None;
    for (seed, _, paras) in &targets {
        let Some(all) = input.seed_figures.seeds.get(*seed) else {
            continue;
        };
        for p in paragraphs_of(*seed, paras) {
            for g in all[p].iter().filter(|g| f.same_kind(g)) {
                let d = f.distance(g);
                if best.as_ref().is_none_or(|(b, _, _)| d < *b) {
                    best = Some((
                        d,
                        *seed,
                        Passage {
                            paragraph: p,
                            start: g.start,
                            end: g.end,
                        },
                    ));
                }
            }
        }
    }
    match best {
        Some((_, seed, passage)) => {
            finding.status = Status::NearMiss;
            finding.seed = Some(site.seeds[seed].id.clone());
            finding.seed_text = seed_text(seed, &passage);
            finding.passages = vec![passage.into()];
        }
        None => finding.status = Status::NotFound,
    }
}

fn figure_diagnostic(
    input: &Input<'_>,
    finding: &FigureFinding,
    _range: &Range<usize>,
) -> Option<Diagnostic> {
    let path = &input.brief.path;
    let seed = finding.seed.as_deref().unwrap_or("");
    let para = finding.passages.first().map_or(0, |p| p.paragraph);
    let seed_text = finding.seed_text.as_deref().unwrap_or("");
    let d = match finding.status {
        Status::NearMiss => Diagnostic::warning(
            path,
            format!(
                "figure not in the cited source: the seed says \"{seed_text}\", not \"{}\" (`{seed}`, para. {para})",
                finding.text
            ),
        )
        .with_help("write the source's figure, or cite the seed that gives this one"),
        Status::OutsideLocator => Diagnostic::warning(
            path,
            format!(
                "figure \"{}\" is not in the cited paragraphs of `{seed}`; the seed has it in para. {para}",
                finding.text
            ),
        )
        .with_help(format!("cite it as [@{seed}, para. {para}]")),
        Status::NotFound => Diagnostic::warning(
            path,
            format!(
                "figure not found in the cited source: \"{}\"",
                finding.text
            ),
        )
        .with_help(
            "write the figure as the seed does, cite the seed that gives it, or mark it as the brief's own with <!-- own: reason --> after it",
        ),
        _ => return None,
    };
    Some(d.with_kind(Kind::FigureNotFound))
}

/// Sentence ranges of `text`: a sentence ends at `.`, `!` or `?` (and any closing quote
/// or bracket) followed by a space and a capital, a digit or an opening quote; never
/// inside a quotation, and not after an abbreviation (`U.S.`, `Mr.`, `Feb.`).
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    sentences_through(text, usize::MAX)
}

/// The first [`sentences`] of `text`, up to the one that holds byte `last`: every byte up
/// to `last` is in one of them, and each is as [`sentences`] gives it.
pub(crate) fn sentences_through(text: &str, last: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    // The mark that opened the quotation the scan is in, if any.
    let mut open_quote: Option<char> = None;
    // Bytes, not chars: only ASCII `.`, `!`, `?`, `"` and the lead bytes of `“ ” „ « »`
    // (0xE2, 0xC2) can matter.
    let bytes = text.as_bytes();
    for i in crate::quote::stops_and_marks(bytes) {
        let b = bytes[i];
        let c = match b {
            b'.' | b'!' | b'?' | b'"' => b as char,
            0xC2 | 0xE2 => text[i..].chars().next().unwrap_or(' '),
            _ => continue,
        };
        match c {
            '.' | '!' | '?' => {
                let mut end = i + c.len_utf8();
                // Most stops are followed by an ASCII byte that is no closing mark: a
                // letter or digit (`3.5`, `U.S.`), which ends no sentence, or a space and
                // an ASCII letter. Those are decided here, byte by byte.
                match bytes.get(end).copied() {
                    Some(b)
                        if b.is_ascii()
                            && !matches!(b, b'"' | b'\'' | b')' | b']')
                            && !is_space(b) =>
                    {
                        continue; // no space after the stop
                    }
                    _ => {}
                }
                let (closing, closes) = closing_marks(&text[end..], open_quote);
                end += closing;
                if open_quote.is_some() && !closes {
                    continue; // a sentence inside a quotation
                }
                let after = &text[end..];
                let trimmed = after.trim_start();
                if trimmed.len() == after.len() || trimmed.is_empty() {
                    continue;
                }
                let next = trimmed.chars().next().unwrap_or(' ');
                if !(next.is_uppercase() || next.is_ascii_digit() || "“\"‘'([«„»".contains(next))
                {
                    continue;
                }
                if c == '.' {
                    let word_start =
                        ascii_word_start(bytes, i).unwrap_or_else(|| word_start(text, i));
                    let word = &text[word_start..i];
                    let mut chars = word.chars();
                    let abbreviation = word.contains('.')
                        || (chars.next().is_some_and(char::is_uppercase) && chars.next().is_none())
                        || is_abbreviation(word);
                    if abbreviation {
                        continue;
                    }
                }
                out.push(start..end);
                start = end;
                if end > last {
                    return out;
                }
            }
            c => open_quote = quote_state(open_quote, c),
        }
    }
    if start < text.len() || out.is_empty() {
        out.push(start..text.len());
    }
    out
}

/// The quotation open after mark `c`, when `open` was open before it: a mark that closes
/// it ([`quote::closes_quote`]) closes it, one that opens one opens it.
fn quote_state(open: Option<char>, c: char) -> Option<char> {
    match open {
        Some(mark) if quote::closes_quote(mark, c) => None,
        None if quote::opens_quote(c) => Some(c),
        open => open,
    }
}

/// The closing marks right after a sentence's stop (`.”`, `.)`, `.“` after `„`): how many
/// bytes they take, and whether one closes the quotation `open`.
fn closing_marks(after: &str, open: Option<char>) -> (usize, bool) {
    let mut len = 0;
    let mut closes = false;
    for d in after.chars() {
        let closer = open.is_some_and(|mark| quote::closes_quote(mark, d));
        if !(closer || matches!(d, '”' | '"' | '’' | '\'' | ')' | ']' | '»')) {
            break;
        }
        closes |= closer;
        len += d.len_utf8();
    }
    (len, closes)
}

/// Where the word before byte `i` starts: just after the last whitespace or `(` before
/// it (which may be more than a byte: `\u{2001}`), or at 0.
fn word_start(text: &str, i: usize) -> usize {
    text[..i]
        .char_indices()
        .rev()
        .find(|&(_, d)| d.is_whitespace() || d == '(')
        .map_or(0, |(w, d)| w + d.len_utf8())
}

/// Where the word before byte `i` starts — just after the last whitespace or `(` before
/// it, or at 0 — when the bytes looked at on the way back are ASCII; `None` at the first
/// that is not (the caller then looks char by char).
fn ascii_word_start(bytes: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    while j > 0 {
        let b = bytes[j - 1];
        if !b.is_ascii() {
            return None;
        }
        if is_space(b) || b == b'(' {
            return Some(j);
        }
        j -= 1;
    }
    Some(0)
}

/// Whether `word` (before a full stop) is one of the abbreviations a sentence does not end
/// at, in any case: `Mr`, `Feb`, `para`. Asked at each sentence end of each checked block.
fn is_abbreviation(word: &str) -> bool {
    let mut lower = [0u8; 6];
    let Some(lower) = lower.get_mut(..word.len()) else {
        return false; // none is longer than six letters
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"mr"
            | b"mrs"
            | b"ms"
            | b"dr"
            | b"st"
            | b"jr"
            | b"sr"
            | b"vs"
            | b"etc"
            | b"no"
            | b"nos"
            | b"para"
            | b"paras"
            | b"p"
            | b"pp"
            | b"fig"
            | b"vol"
            | b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"sept"
            | b"oct"
            | b"nov"
            | b"dec"
            | b"gen"
            | b"gov"
            | b"sen"
            | b"rep"
            | b"prof"
            | b"inc"
            | b"ltd"
            | b"co"
            | b"corp"
            | b"approx"
            | b"est"
            | b"lt"
            | b"col"
            | b"capt"
            | b"sgt"
            | b"rev"
            | b"hon"
            | b"art"
    )
}

/// A sentence's text as `claims.json` gives it: trimmed, a table row's cells joined by
/// " · ", and without the space that holds each citation's place in the block's text
/// (`cites`, in text order), nor the space before it where punctuation, more space or the
/// sentence's end follows: `March 2025 [@a].` reads `March 2025.`, not `March 2025  .`.
fn claim_text(text: &str, sentence: Range<usize>, cites: &[(usize, usize)]) -> String {
    let first = cites.partition_point(|&(pos, _)| pos < sentence.start);
    let inside = &cites[first..];
    let inside = &inside[..inside.partition_point(|&(pos, _)| pos < sentence.end)];
    if inside.is_empty() {
        return table_row_text(text[sentence].trim());
    }
    let mut out = String::with_capacity(sentence.len());
    let mut at = sentence.start;
    for &(pos, _) in inside {
        out.push_str(&text[at..pos]);
        // The place holder is one space (`markdown::Rewriter`); anything else is kept.
        at = if text.as_bytes()[pos] == b' ' {
            pos + 1
        } else {
            pos
        };
        let next = text[at..sentence.end].chars().next();
        if next.is_none_or(|c| c.is_whitespace() || ".,;:!?)]”’".contains(c)) {
            out.truncate(out.trim_end().len());
        }
    }
    out.push_str(&text[at..sentence.end]);
    let trimmed = out.trim();
    if trimmed.len() == out.len() && memchr::memchr(b'|', out.as_bytes()).is_none() {
        return out;
    }
    table_row_text(trimmed)
}

/// A table row's cells (`a | b`) joined by ` · `, for [`claim_text`], without the bar
/// that closes the row's last cell and without the cells left empty (one that held only a
/// citation): `$1 trillion | [@a]` reads `$1 trillion`. Most sentences are no table row,
/// and are copied as they are.
fn table_row_text(sentence: &str) -> String {
    if memchr::memchr(b'|', sentence.as_bytes()).is_none() {
        return sentence.to_owned();
    }
    // The Markdown stage ends every cell with " | "; a bar with space (or the text's
    // edge) on both sides is a cell's edge, one inside a word (`a|b`) is the cell's text.
    let bytes = sentence.as_bytes();
    let spaced = |i: usize| i >= bytes.len() || bytes[i].is_ascii_whitespace();
    let mut out = String::with_capacity(sentence.len());
    let mut cell_start = 0;
    let mut push = |cell: &str| {
        let cell = cell.trim();
        if !cell.is_empty() {
            if !out.is_empty() {
                out.push_str(" · ");
            }
            out.push_str(cell);
        }
    };
    for bar in memchr::memchr_iter(b'|', bytes) {
        if (bar == 0 || spaced(bar - 1)) && spaced(bar + 1) {
            push(&sentence[cell_start..bar]);
            cell_start = bar + 1;
        }
    }
    push(&sentence[cell_start..]);
    out
}

/// The "citation needed" warning's message for a sentence whose first uncited claim is
/// `claim`: a quotation (its text trimmed and shortened) or a figure. Built in one string
/// of the right size: a large site has tens of thousands of these warnings.
fn citation_needed_message(quotation: bool, claim: &str) -> String {
    const START: &str = "citation needed: this sentence gives ";
    const END: &str = ", but cites no source";
    let (what, claim) = if quotation {
        (
            "a quotation, “",
            std::borrow::Cow::Owned(shorten(claim.trim())),
        )
    } else {
        ("a figure, “", std::borrow::Cow::Borrowed(claim))
    };
    let mut message =
        String::with_capacity(START.len() + what.len() + claim.len() + "”".len() + END.len());
    message.push_str(START);
    message.push_str(what);
    message.push_str(&claim);
    message.push('”');
    message.push_str(END);
    message
}

fn shorten(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(57).collect::<String>())
    } else {
        s
    }
}

/// One brief's claims as JSON array elements (comma-separated, no brackets): its part of
/// `claims.json` ([`ClaimsFile`]).
pub fn claims_json(claims: &[Claim]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(claims.len() * 256);
    write_claims(&mut out, claims);
    // serde_json writes UTF-8 only.
    String::from_utf8(out).unwrap_or_default()
}

/// [`claims_json`], appended to `out`.
///
/// Written by hand rather than through serde: on a large site `claims.json` is tens of
/// megabytes, and this is most of what writing it costs. The bytes are serde_json's
/// compact form of the derived `Serialize` of [`Claim`] (fields in declaration order,
/// the same fields skipped, the same escaping); a test holds the two together. That
/// derive is the test's oracle only: a build does not carry it.
fn write_claims(out: &mut Vec<u8>, claims: &[Claim]) {
    for (i, claim) in claims.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b",\n");
        }
        write_claim(out, claim);
    }
}

fn write_claim(out: &mut Vec<u8>, claim: &Claim) {
    out.extend_from_slice(b"{\"brief\":");
    push_json_string(out, &claim.brief);
    json_line_col(out, claim.line, claim.col);
    out.extend_from_slice(b",\"text\":");
    push_json_string(out, &claim.text);
    json_array(out, b",\"sources\":[", &claim.sources, |out, source| {
        out.extend_from_slice(b"{\"id\":");
        push_json_string(out, &source.id);
        json_opt_str(out, b",\"locator\":", source.locator.as_deref());
    });
    if !claim.quotes.is_empty() {
        json_array(out, b",\"quotes\":[", &claim.quotes, |out, q| {
            json_finding(
                out,
                &q.text,
                (q.line, q.col),
                q.status,
                q.seed.as_deref(),
                &q.passages,
            );
            json_opt_str(out, b",\"anchor\":", q.anchor.as_deref());
        });
    }
    if !claim.figures.is_empty() {
        json_array(out, b",\"figures\":[", &claim.figures, |out, f| {
            json_finding(
                out,
                &f.text,
                (f.line, f.col),
                f.status,
                f.seed.as_deref(),
                &f.passages,
            );
            json_opt_str(out, b",\"seed_text\":", f.seed_text.as_deref());
            json_opt_str(out, b",\"reason\":", f.reason.as_deref());
            json_opt_str(out, b",\"anchor\":", f.anchor.as_deref());
        });
    }
    out.push(b'}');
}

/// `open` (a key and `[`), then each item as an object whose fields `fields` writes after
/// its `{`, separated by commas, then `]`.
fn json_array<T>(
    out: &mut Vec<u8>,
    open: &[u8],
    items: &[T],
    mut fields: impl FnMut(&mut Vec<u8>, &T),
) {
    out.extend_from_slice(open);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        fields(out, item);
        out.push(b'}');
    }
    out.push(b']');
}

/// The fields a quote's and a figure's finding share, in their order: `{` and its text,
/// position, status, seed and passages.
fn json_finding(
    out: &mut Vec<u8>,
    text: &str,
    (line, col): (usize, usize),
    status: Status,
    seed: Option<&str>,
    passages: &[SeedSpan],
) {
    out.extend_from_slice(b"{\"text\":");
    push_json_string(out, text);
    json_line_col(out, line, col);
    json_status(out, status);
    json_opt_str(out, b",\"seed\":", seed);
    json_passages(out, passages);
}

fn json_line_col(out: &mut Vec<u8>, line: usize, col: usize) {
    out.extend_from_slice(b",\"line\":");
    json_usize(out, line);
    out.extend_from_slice(b",\"col\":");
    json_usize(out, col);
}

fn json_status(out: &mut Vec<u8>, status: Status) {
    out.extend_from_slice(match status {
        Status::Found => b",\"status\":\"found\"".as_slice(),
        Status::OutsideLocator => b",\"status\":\"outside-locator\"",
        Status::NearMiss => b",\"status\":\"near-miss\"",
        Status::NotFound => b",\"status\":\"not-found\"",
        Status::Own => b",\"status\":\"own\"",
        Status::CitationNeeded => b",\"status\":\"citation-needed\"",
    });
}

fn json_passages(out: &mut Vec<u8>, passages: &[SeedSpan]) {
    if passages.is_empty() {
        return;
    }
    json_array(out, b",\"passages\":[", passages, |out, p| {
        out.extend_from_slice(b"{\"paragraph\":");
        json_usize(out, p.paragraph);
        out.extend_from_slice(b",\"start\":");
        json_usize(out, p.start);
        out.extend_from_slice(b",\"end\":");
        json_usize(out, p.end);
    });
}

/// `key` (with its leading comma and colon) and the string, if there is one.
fn json_opt_str(out: &mut Vec<u8>, key: &[u8], value: Option<&str>) {
    if let Some(value) = value {
        out.extend_from_slice(key);
        push_json_string(out, value);
    }
}

/// `n` in decimal, appended to `out`.
fn json_usize(out: &mut Vec<u8>, n: usize) {
    let mut digits = [0u8; 20];
    out.extend_from_slice(crate::decimal::decimal(n as u64, &mut digits));
}

/// `claims.json` as a build makes it: each brief's [`claims_json`] as soon as the brief is
/// checked, whatever order the threads finish in, kept in a scratch file rather than in
/// memory (tens of megabytes on a large site), then copied out in brief order as one
/// document `{"version": 1, "claims": [...]}` by [`ClaimsFile::write_to`]. Where no
/// scratch file can be made the parts are kept in memory instead.
pub struct ClaimsFile {
    state: std::sync::Mutex<Spill>,
}

/// The parts written so far, and where each is.
struct Spill {
    /// Made with the first part (a build with no claims makes no scratch file).
    store: Option<Store>,
    /// Bytes written to `store` so far.
    end: u64,
    /// Each brief's part: its byte range in `store` (empty for a brief with no claims).
    parts: Vec<Range<u64>>,
    /// The first error writing to the scratch file; [`ClaimsFile::write_to`] returns it.
    error: Option<std::io::Error>,
}

enum Store {
    File(std::io::BufWriter<std::fs::File>),
    Memory(Vec<u8>),
}

impl ClaimsFile {
    /// Room for `briefs` briefs' claims.
    pub fn new(briefs: usize) -> Self {
        ClaimsFile {
            state: std::sync::Mutex::new(Spill {
                store: None,
                end: 0,
                parts: vec![0..0; briefs],
                error: None,
            }),
        }
    }

    /// Keeps brief number `brief`'s claims (from any thread; each brief once).
    pub fn add(&self, brief: usize, claims: &[Claim]) {
        if claims.is_empty() {
            return;
        }
        // Serialised before taking the lock, into this thread's buffer.
        thread_local! {
            static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        BUFFER.with_borrow_mut(|part| {
            part.clear();
            write_claims(part, claims);
            let mut spill = self
                .state
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let spill = &mut *spill;
            if spill.error.is_some() || brief >= spill.parts.len() {
                return;
            }
            let store = spill.store.get_or_insert_with(|| {
                scratch_file().map_or_else(
                    |_| Store::Memory(Vec::new()),
                    |f| Store::File(std::io::BufWriter::with_capacity(1 << 16, f)),
                )
            });
            let written = match store {
                Store::File(file) => std::io::Write::write_all(file, part),
                Store::Memory(bytes) => {
                    bytes.extend_from_slice(part);
                    Ok(())
                }
            };
            match written {
                Ok(()) => {
                    let start = spill.end;
                    spill.end += part.len() as u64;
                    spill.parts[brief] = start..spill.end;
                }
                // Named, so a full temporary folder is not taken for the output's disk.
                Err(err) => {
                    spill.error = Some(std::io::Error::new(
                        err.kind(),
                        format!(
                            "cannot write the claims' scratch file in `{}`: {err}",
                            std::env::temp_dir().display()
                        ),
                    ))
                }
            }
            // A brief with thousands of claims leaves no large buffer behind.
            if part.capacity() > 1 << 20 {
                *part = Vec::new();
            }
        });
    }

    /// Writes `claims.json` into `out`: every brief's claims, in brief order.
    pub fn write_to(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let mut spill = self
            .state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let spill = &mut *spill;
        if let Some(err) = spill.error.take() {
            return Err(err);
        }
        out.write_all(b"{\"version\":1,\"claims\":[\n")?;
        let parts = spill.parts.iter().filter(|r| !r.is_empty());
        match &mut spill.store {
            None => {}
            Some(Store::Memory(bytes)) => {
                for (i, part) in parts.enumerate() {
                    if i > 0 {
                        out.write_all(b",\n")?;
                    }
                    let range = usize::try_from(part.start).unwrap_or(usize::MAX)
                        ..usize::try_from(part.end).unwrap_or(usize::MAX);
                    out.write_all(bytes.get(range).unwrap_or_default())?;
                }
            }
            Some(Store::File(file)) => {
                std::io::Write::flush(file)?;
                // Each part read alone at its place: parts from different threads
                // interleave in the file, and a buffered reader seeking to each would read
                // a whole buffer for every part (640 MB for 39 MB at 10,000 briefs).
                let file = file.get_mut();
                let mut buffer = Vec::new();
                for (i, part) in parts.enumerate() {
                    if i > 0 {
                        out.write_all(b",\n")?;
                    }
                    read_part(file, part, &mut buffer).map_err(|err| {
                        if err.kind() == std::io::ErrorKind::UnexpectedEof {
                            std::io::Error::new(err.kind(), "the claims' scratch file ended early")
                        } else {
                            err
                        }
                    })?;
                    out.write_all(&buffer)?;
                }
            }
        }
        out.write_all(b"\n]}\n")
    }
}

/// Reads the bytes of `file` in `range` into `buffer` (replacing what it held), without
/// moving the file's cursor where the system allows.
fn read_part(
    file: &mut std::fs::File,
    range: &Range<u64>,
    buffer: &mut Vec<u8>,
) -> std::io::Result<()> {
    let len = usize::try_from(range.end - range.start)
        .map_err(|_| std::io::Error::other("a brief's claims are too large to copy"))?;
    buffer.clear();
    buffer.resize(len, 0);
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::read_exact_at(file, buffer, range.start)
    }
    #[cfg(not(unix))]
    {
        use std::io::{Read, Seek, SeekFrom};
        file.seek(SeekFrom::Start(range.start))?;
        file.read_exact(buffer)
    }
}

/// An empty file for [`ClaimsFile`]'s parts in the system's temporary folder, removed
/// from the folder at once (it lives on while open, and leaves nothing behind however the
/// build ends). Elsewhere than Unix, where an open file cannot be removed, none is made.
fn scratch_file() -> std::io::Result<std::fs::File> {
    #[cfg(unix)]
    {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            ".brief-claims-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&path)?;
        std::fs::remove_file(&path)?;
        Ok(file)
    }
    #[cfg(not(unix))]
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Guards: without records (`brief serve`), a check reports the same diagnostics and
    // finds the same figures, on a brief with every kind of finding.
    #[test]
    fn unrecorded_checks_report_the_same() {
        let root = tempfile::tempdir().unwrap();
        let write = |rel: &str, text: &str| {
            let path = root.path().join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        write("brief.yaml", "title: T\n");
        write(
            "seeds/ap.md",
            "---\ntitle: The deal\noutlet: Wire\npublished: 2025-02-25\n---\nNo numbers.\n\nKyiv balked at the price tag of $500 billion.\n\nAn estimated 40% of the resources are inaccessible, “out of reach”.\n",
        );
        write(
            "content/deal.md",
            "---\ntitle: Deal\nsources: [ap]\ntakeaways:\n  - \"Some 40% is occupied.\"\n---\n\nThe US asked for $50 billion [@ap]. It cost $500 billion [@ap, para. 3]. About 40 percent is out of reach [@ap, para. 3], and “out of reach” [@ap] it is, “not quoted” [@ap].\n\nThen $7 billion went missing. That is 12.5 times as much <!-- own: 500 ÷ 40 -->, he said “a lot of money” | 5 | 6 |\n",
        );
        let mut diags = crate::diagnostic::Diagnostics::new();
        let site = Site::load(root.path(), &Default::default(), &mut diags).unwrap();
        assert!(!diags.has_errors(), "{diags:?}");
        let index = crate::resolve::SeedIndex::new(&site);
        let brief = &site.briefs[0];
        let recorded = crate::resolve::resolve_brief(&site, &index, brief);
        let unrecorded = unrecorded(|| crate::resolve::resolve_brief(&site, &index, brief));
        assert!(recorded.claims.len() >= 5, "{:#?}", recorded.claims);
        assert!(unrecorded.claims.is_empty());
        let kinds: Vec<_> = recorded.diagnostics.iter().map(|d| d.kind).collect();
        for kind in [
            Kind::FigureNotFound,
            Kind::CitationNeeded,
            Kind::QuoteNotFound,
        ] {
            assert!(
                kinds.contains(&kind),
                "{kind:?} in {:#?}",
                recorded.diagnostics
            );
        }
        assert_eq!(
            recorded.diagnostics.iter().collect::<Vec<_>>(),
            unrecorded.diagnostics.iter().collect::<Vec<_>>()
        );
        assert_eq!(
            format!("{:?}", recorded.brief),
            format!("{:?}", unrecorded.brief)
        );
        // And the flag is this call's only.
        assert_eq!(
            crate::resolve::resolve_brief(&site, &index, brief).claims,
            recorded.claims
        );
    }

    // Guards: claims.json lists every brief's claims in brief order, whatever order the
    // threads added them in, briefs with none left out, as the parts joined in memory were.
    #[test]
    fn the_claims_file_is_written_in_brief_order() {
        let claim = |brief: &str, line| Claim {
            brief: brief.into(),
            line,
            col: 1,
            text: "“x”, 5%".into(),
            sources: Vec::new(),
            quotes: Vec::new(),
            figures: Vec::new(),
        };
        let briefs = [
            vec![claim("a", 1), claim("a", 2)],
            vec![],
            vec![claim("c", 1)],
            vec![claim("d", 4)],
        ];
        let file = ClaimsFile::new(briefs.len());
        for i in [3, 0, 2, 1] {
            file.add(i, &briefs[i]);
        }
        let mut out = Vec::new();
        file.write_to(&mut out).unwrap();
        let parts: Vec<String> = briefs
            .iter()
            .map(|c| claims_json(c))
            .filter(|p| !p.is_empty())
            .collect();
        let expected = format!("{{\"version\":1,\"claims\":[\n{}\n]}}\n", parts.join(",\n"));
        assert_eq!(String::from_utf8(out).unwrap(), expected);

        let none = ClaimsFile::new(2);
        let mut out = Vec::new();
        none.write_to(&mut out).unwrap();
        assert_eq!(out, b"{\"version\":1,\"claims\":[\n\n]}\n");
    }

    /// A claim with every optional field filled (or left out, by `full`), its strings `s`.
    fn sample_claim(s: &str, full: bool) -> Claim {
        let opt = |v: &str| full.then(|| v.to_owned());
        let spans = if full {
            vec![SeedSpan {
                paragraph: 3,
                start: 0,
                end: 12_345_678_901,
            }]
        } else {
            Vec::new()
        };
        let statuses = [
            Status::Found,
            Status::OutsideLocator,
            Status::NearMiss,
            Status::NotFound,
            Status::Own,
            Status::CitationNeeded,
        ];
        Claim {
            brief: format!("content/{s}.md"),
            line: usize::MAX,
            col: 0,
            text: s.to_owned(),
            sources: vec![
                ClaimSource {
                    id: s.to_owned(),
                    locator: opt(s),
                },
                ClaimSource {
                    id: "b".into(),
                    locator: None,
                },
            ],
            quotes: statuses
                .iter()
                .map(|&status| QuoteFinding {
                    text: s.to_owned(),
                    line: 7,
                    col: 10,
                    status,
                    seed: opt(s),
                    passages: spans.clone(),
                    anchor: opt("q-x-1"),
                })
                .collect(),
            figures: statuses
                .iter()
                .map(|&status| FigureFinding {
                    text: s.to_owned(),
                    line: 1,
                    col: 99,
                    status,
                    seed: opt("seed"),
                    passages: spans.clone(),
                    seed_text: opt(s),
                    reason: opt(s),
                    anchor: opt(s),
                })
                .collect(),
        }
    }

    fn serde_claims(claims: &[Claim]) -> String {
        let parts: Vec<String> = claims
            .iter()
            .map(|c| serde_json::to_string(c).unwrap())
            .collect();
        parts.join(",\n")
    }

    // Guards: the hand-written claims.json is byte for byte serde_json's form of the
    // derived `Serialize`, whatever the strings hold.
    #[test]
    fn claims_json_is_serde_jsons_form() {
        let all_bytes: String = (0u8..0x80).map(char::from).collect();
        for s in [
            "",
            "plain",
            "“quoted” \"and\" \\ back/slash",
            "é€\u{7f}\u{2028}",
            &all_bytes,
        ] {
            let claims = vec![
                sample_claim(s, true),
                sample_claim(s, false),
                Claim {
                    quotes: Vec::new(),
                    figures: Vec::new(),
                    sources: Vec::new(),
                    ..sample_claim(s, false)
                },
            ];
            assert_eq!(claims_json(&claims), serde_claims(&claims));
        }
    }

    proptest::proptest! {
        #[test]
        fn claims_json_escapes_any_text_as_serde(s in "\\PC{0,40}|[\\x00-\\x7f]{0,40}") {
            let claims = vec![sample_claim(&s, true), sample_claim(&s, false)];
            proptest::prop_assert_eq!(claims_json(&claims), serde_claims(&claims));
        }
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|r| text[r].trim())
            .collect()
    }

    /// The splitter as first written, looking at every byte and through a list of
    /// abbreviations: [`sentences`] must split every text as it did.
    fn sentences_byte_by_byte(text: &str) -> Vec<Range<usize>> {
        const ABBREVIATIONS: &[&str] = &[
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc", "no", "nos", "para", "paras",
            "p", "pp", "fig", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "prof", "inc", "ltd", "co",
            "corp", "approx", "est", "lt", "col", "capt", "sgt", "rev", "hon", "art",
        ];
        let mut out = Vec::new();
        let mut start = 0;
        let mut open_quote: Option<char> = None;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            let c = match b {
                b'.' | b'!' | b'?' | b'"' => b as char,
                0xC2 | 0xE2 => text[i..].chars().next().unwrap_or(' '),
                _ => continue,
            };
            match c {
                '.' | '!' | '?' => {
                    let mut end = i + c.len_utf8();
                    let mut closes_quote = false;
                    for d in text[end..].chars() {
                        let closer = open_quote.is_some_and(|o| quote::closes_quote(o, d));
                        if !closer && !matches!(d, '”' | '"' | '’' | '\'' | ')' | ']' | '»') {
                            break;
                        }
                        closes_quote |= closer;
                        end += d.len_utf8();
                    }
                    if open_quote.is_some() && !closes_quote {
                        continue; // a sentence inside a quotation
                    }
                    let after = &text[end..];
                    let trimmed = after.trim_start();
                    if trimmed.len() == after.len() || trimmed.is_empty() {
                        continue;
                    }
                    let next = trimmed.chars().next().unwrap_or(' ');
                    if !(next.is_uppercase()
                        || next.is_ascii_digit()
                        || "“\"‘'([«„»".contains(next))
                    {
                        continue;
                    }
                    if c == '.' {
                        let word_start = word_start(text, i);
                        let word = &text[word_start..i];
                        let abbreviation = word.contains('.')
                            || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
                            || (word.len() <= 6
                                && ABBREVIATIONS.iter().any(|a| word.eq_ignore_ascii_case(a)));
                        if abbreviation {
                            continue;
                        }
                    }
                    out.push(start..end);
                    start = end;
                }
                c if open_quote.is_some_and(|o| quote::closes_quote(o, c)) => open_quote = None,
                c if open_quote.is_none() && quote::opens_quote(c) => open_quote = Some(c),
                _ => {}
            }
        }
        if start < text.len() || out.is_empty() {
            out.push(start..text.len());
        }
        out
    }

    const PIECES: &[&str] = &[
        "One",
        "two",
        "U.S.",
        "Mr",
        "mr",
        "Feb",
        "para",
        "PARA",
        "approx",
        "6.1",
        "24",
        ".",
        "!",
        "?",
        "\"",
        "“",
        "”",
        "„",
        "«",
        "»",
        "’",
        "'",
        ")",
        "]",
        "(",
        "[",
        "A",
        "é",
        "É",
        " ",
        "  ",
        "„Nein.“",
        "»Ja.«",
        "\n",
        "\t",
        "|",
        "‘",
        "…",
        "\u{a0}",
        "\u{2001}",
    ];

    // Guards: a word before a full stop that follows whitespace of more than one byte
    // (found by the `figure` fuzz target: an em quad panicked the splitter).
    #[test]
    fn sentences_after_wide_whitespace() {
        for text in [
            "x\u{2001}ab. Next one.",
            "a\u{a0}Mr. Smith came. Then",
            "\u{2001}é. A",
        ] {
            assert_eq!(sentences(text), sentences_byte_by_byte(text), "{text:?}");
        }
        assert_eq!(sentences("x\u{2001}ab. Next one.").len(), 2);
    }

    proptest::proptest! {
        #[test]
        fn sentences_split_as_byte_by_byte(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..30),
        ) {
            let text = pieces.concat();
            proptest::prop_assert_eq!(sentences(&text), sentences_byte_by_byte(&text));
        }

        #[test]
        fn sentences_split_any_text_as_byte_by_byte(text in "\\PC{0,80}") {
            proptest::prop_assert_eq!(sentences(&text), sentences_byte_by_byte(&text));
        }

        #[test]
        fn sentences_through_a_byte_are_the_first_sentences(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..30),
            last in 0usize..120,
        ) {
            let text = pieces.concat();
            let all = sentences(&text);
            let first = sentences_through(&text, last);
            proptest::prop_assert!(all.starts_with(&first));
            // Every byte up to `last` is in one of them.
            proptest::prop_assert!(first == all || first.last().is_some_and(|s| s.end > last));
        }
    }

    #[test]
    fn sentences_split_at_ends_not_abbreviations_or_quotes() {
        assert_eq!(split("One. Two? Three"), vec!["One.", "Two?", "Three"]);
        assert_eq!(
            split("The U.S. said so. Then Feb. 24 came."),
            vec!["The U.S. said so.", "Then Feb. 24 came."]
        );
        assert_eq!(
            split("He said: “It can be lithium. It can be titanium” and left. Next"),
            vec![
                "He said: “It can be lithium. It can be titanium” and left.",
                "Next"
            ]
        );
        assert_eq!(
            split("It was “off the table.” Then"),
            vec!["It was “off the table.”", "Then"]
        );
        assert_eq!(
            split("6.1 percent. 3.5 more"),
            vec!["6.1 percent.", "3.5 more"]
        );
        // German quote marks close on `“` (and `»…«` on `«`): the text after them still
        // splits into sentences.
        assert_eq!(
            split("Er sagte „Es ist vorbei. Wirklich.“ Dann ging er. Next"),
            vec![
                "Er sagte „Es ist vorbei. Wirklich.“",
                "Dann ging er.",
                "Next"
            ]
        );
        assert_eq!(
            split("He said „no“. Then »yes«. Next"),
            vec!["He said „no“.", "Then »yes«.", "Next"]
        );
    }

    #[test]
    fn citation_needed_messages_name_the_first_claim() {
        assert_eq!(
            citation_needed_message(false, "51 percent"),
            "citation needed: this sentence gives a figure, “51 percent”, but cites no source"
        );
        assert_eq!(
            citation_needed_message(true, " “off the\n table” "),
            format!(
                "citation needed: this sentence gives a quotation, “{}”, but cites no source",
                shorten("“off the\n table”")
            )
        );
        let long = "word ".repeat(30);
        let message = citation_needed_message(true, &long);
        assert!(
            message.contains(&format!("“{}”", shorten(long.trim()))),
            "{message}"
        );
        assert!(message.contains('…'), "{message}");
    }

    #[test]
    fn table_rows_are_joined_by_middle_dots() {
        assert_eq!(table_row_text("no table here."), "no table here.");
        assert_eq!(table_row_text("a | 5 | b"), "a · 5 · b");
        // A bar without spaces is no cell's edge.
        assert_eq!(table_row_text("a|b | c"), "a|b · c");
        assert_eq!(table_row_text(""), "");
        // As the Markdown stage writes rows: each cell closed by " | ".
        assert_eq!(table_row_text("$1 trillion |  |"), "$1 trillion");
        assert_eq!(table_row_text("$1 trillion | |"), "$1 trillion");
        assert_eq!(
            table_row_text("2025 share 45% | Source |"),
            "2025 share 45% · Source"
        );
        assert_eq!(table_row_text("a |  | c |"), "a · c");
        // A last cell that ends in an escaped bar keeps it.
        assert_eq!(table_row_text("x| |"), "x|");
        assert_eq!(table_row_text("|"), "");
    }

    #[test]
    fn a_claims_text_loses_its_citations_place_holders() {
        // A block's text as the Markdown stage makes it: one space where each citation was.
        let claim = |text: &str| {
            let cites: Vec<(usize, usize)> = text
                .match_indices('^')
                .enumerate()
                .map(|(group, (pos, _))| (pos, group))
                .collect();
            let text = text.replace('^', " ");
            claim_text(&text, 0..text.len(), &cites)
        };
        assert_eq!(claim("In March 2025 ^."), "In March 2025.");
        assert_eq!(claim("In March 2025^."), "In March 2025.");
        assert_eq!(
            claim("AP ^ says $500 billion ^; others ^, less."),
            "AP says $500 billion; others, less."
        );
        assert_eq!(claim("Two ^ ^."), "Two.");
        assert_eq!(claim("It ends here ^"), "It ends here");
        assert_eq!(claim("“Off the table” ^”"), "“Off the table””");
        assert_eq!(claim("a | 5 ^ | b"), "a · 5 · b");
        assert_eq!(claim("No citation at all ."), "No citation at all .");
        // Only the citations inside the sentence count.
        let text = "One  . Two.";
        assert_eq!(claim_text(text, 6..11, &[(4, 0)]), "Two.");
        assert_eq!(claim_text(text, 0..6, &[(4, 0)]), "One.");
    }
}

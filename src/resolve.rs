//! Resolving a loaded site: citations, numbering, quotes.
//!
//! The second stage of the pipeline. Renders every brief's Markdown (in parallel), checks
//! that each citation names a seed in the brief's `sources:`, numbers the sources, looks
//! each quoted passage up in its seed, and works out, per seed, which briefs cite it and
//! which passages to highlight. Quote anchors (`q-1`, `q-2` …) are numbered per seed in
//! brief order, so output does not depend on thread scheduling.

use rayon::prelude::*;

use crate::brief::Brief;
use crate::diagnostic::{Diagnostic, Diagnostics, Kind, closest, did_you_mean};
use crate::markdown::{self, RenderedBody};
use crate::quote::{Passage, SeedText};
use crate::site::Site;

/// A site with every brief rendered and every citation resolved.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// Parallel to `site.briefs`.
    pub briefs: Vec<ResolvedBrief>,
    /// Parallel to `site.seeds`.
    pub seeds: Vec<SeedUse>,
}

/// A brief's rendered body and its numbered sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedBrief {
    pub body: RenderedBody,
    /// In number order (index + 1 == number).
    pub sources: Vec<SourceUse>,
    /// Seeds listed in `sources:` but never cited, by index into `site.seeds`.
    pub further: Vec<usize>,
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
    /// Quotes of this source that were found: `(text, anchor number on the seed page)`.
    pub quotes: Vec<(String, usize)>,
}

/// How the briefs use one seed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SeedUse {
    /// Passages to highlight, each with its quote anchor number.
    pub highlights: Vec<(Passage, usize)>,
    /// Citing briefs (index into `site.briefs`), each with the quotes it makes
    /// `(anchor number, text)`.
    pub cited_by: Vec<(usize, Vec<(usize, String)>)>,
}

/// A quote found while rendering one brief, before anchors are numbered.
#[derive(Debug, Clone)]
struct FoundQuote {
    seed: usize,
    number: usize,
    text: String,
    passages: Vec<Passage>,
}

/// One brief, resolved on its own: what [`assemble`] needs to place it in the site.
/// Keeping these lets the preview server re-resolve one changed brief and reassemble.
#[derive(Debug, Clone)]
pub struct BriefResolution {
    pub brief: ResolvedBrief,
    found: Vec<FoundQuote>,
    pub diagnostics: Diagnostics,
}

/// Every seed's text, normalised once for quote lookups.
#[derive(Debug, Clone)]
pub struct SeedIndex {
    texts: Vec<SeedText>,
}

impl SeedIndex {
    pub fn new(site: &Site) -> SeedIndex {
        SeedIndex {
            texts: site
                .seeds
                .par_iter()
                .map(|s| SeedText::new(&s.paragraphs))
                .collect(),
        }
    }
}

/// Resolves every brief of `site`.
pub fn resolve(site: &Site, diags: &mut Diagnostics) -> Resolved {
    let index = SeedIndex::new(site);
    let results: Vec<BriefResolution> = site
        .briefs
        .par_iter()
        .map(|brief| resolve_brief(site, &index, brief))
        .collect();
    assemble(site, &results, diags)
}

/// Places resolved briefs (parallel to `site.briefs`) in the site: numbers the quote
/// anchors of each seed in brief order, and records which briefs cite which seed.
pub fn assemble(site: &Site, results: &[BriefResolution], diags: &mut Diagnostics) -> Resolved {
    let mut seeds: Vec<SeedUse> = site.seeds.iter().map(|_| SeedUse::default()).collect();
    let mut next_anchor = vec![0usize; site.seeds.len()];
    let mut briefs = Vec::with_capacity(results.len());
    for (b, result) in results.iter().enumerate() {
        diags.extend(result.diagnostics.iter().cloned());
        let mut resolved = result.brief.clone();
        for source in &resolved.sources {
            if let Some(s) = source.seed {
                seeds[s].cited_by.push((b, Vec::new()));
            }
        }
        for quote in &result.found {
            next_anchor[quote.seed] += 1;
            let anchor = next_anchor[quote.seed];
            let use_ = &mut seeds[quote.seed];
            use_.highlights
                .extend(quote.passages.iter().map(|&p| (p, anchor)));
            if let Some((_, quotes)) = use_
                .cited_by
                .iter_mut()
                .rev()
                .find(|(brief, _)| *brief == b)
            {
                quotes.push((anchor, quote.text.clone()));
            }
            resolved.sources[quote.number - 1]
                .quotes
                .push((quote.text.clone(), anchor));
        }
        briefs.push(resolved);
    }
    Resolved { briefs, seeds }
}

/// Renders one brief and resolves its citations and quotes against the seeds.
pub fn resolve_brief(site: &Site, index: &SeedIndex, brief: &Brief) -> BriefResolution {
    let texts = &index.texts;
    let mut diags = Diagnostics::new();
    let body = markdown::render(brief.body());
    let at = |offset: usize| brief.body_offset + offset;
    let seed_index = |id: &str| site.seeds.binary_search_by(|s| s.id.as_str().cmp(id)).ok();

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
        })
        .collect();

    let mut found = Vec::new();
    for group in &body.groups {
        for place in &group.items {
            sources[place.number - 1]
                .backlinks
                .push((place.label.clone(), place.locator.clone()));
            let listed = brief.sources.iter().any(|s| s.id == place.id);
            if seed_index(&place.id).is_none() {
                let mut d =
                    Diagnostic::error(&brief.path, format!("cites unknown source `{}`", place.id))
                        .at(&brief.text, at(place.offset));
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
                    Diagnostic::error(
                        &brief.path,
                        format!(
                            "cites `{}`, which is not in this brief's `sources`",
                            place.id
                        ),
                    )
                    .at(&brief.text, at(place.offset))
                    .with_help(format!(
                        "add `{}` to `sources:` in the front matter",
                        place.id
                    )),
                );
            }
        }
        for quoted in &group.quotes {
            let mut hit = None;
            for place in &group.items {
                if let Some(s) = seed_index(&place.id)
                    && let Some(passages) = texts[s].find(&quoted.text)
                {
                    hit = Some((s, place.number, passages));
                    break;
                }
            }
            match hit {
                Some((seed, number, passages)) => found.push(FoundQuote {
                    seed,
                    number,
                    text: quoted.text.trim().to_owned(),
                    passages,
                }),
                None => {
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
                    diags.push(
                        Diagnostic::warning(&brief.path, format!("quote not found in {names}: “{}”", shorten(&quoted.text)))
                            .at(&brief.text, at(quoted.offset))
                            .with_help("quote the seed's words exactly (case, spacing, quote marks and dashes may differ; mark omissions with …), or drop the quote marks")
                            .with_kind(Kind::QuoteNotFound),
                    );
                }
            }
        }
    }
    for (label, offset) in &body.unused_notes {
        diags.push(
            Diagnostic::warning(
                &brief.path,
                format!("footnote `{label}` is never referenced"),
            )
            .at(&brief.text, at(*offset))
            .with_help(format!("refer to it with [^{label}] or delete it")),
        );
    }
    let further = brief
        .sources
        .iter()
        .filter(|s| !body.order.contains(&s.id))
        .filter_map(|s| seed_index(&s.id))
        .collect();
    BriefResolution {
        brief: ResolvedBrief {
            body,
            sources: std::mem::take(&mut sources),
            further,
        },
        found,
        diagnostics: diags,
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

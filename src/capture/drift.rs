//! `brief seed check`: has a source changed since the briefs cited it?
//!
//! Re-fetches each seed that has a `url`, extracts it exactly as `seed add` does, and
//! reports, as diagnostics at the seed's `url:` line:
//!
//! - the page is gone (404, 410, or a redirect to the site's home page): an error;
//! - the text changed since the capture: every passage the briefs rely on — each quote
//!   found in the seed and each figure verified against it (from [`crate::resolve`] and
//!   [`crate::claims`]) — that is no longer in the live text is an error (source drift);
//!   a changed text that still holds them all is a warning;
//! - the page is unreachable (DNS, connection, timeout, 5xx, 403/429): a warning, since it
//!   may pass.
//!
//! Nothing is written. The passages come from one place, [`cited_passages`].

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::fetch::{FetchError, FetchOptions};
use super::{CaptureError, provenance};
use crate::claims::Status;
use crate::diagnostic::{Diagnostic, Diagnostics, closest, did_you_mean};
use crate::figure::{self, Figure};
use crate::quote::{SeedText, normalize};
use crate::resolve::{self, SeedIndex};
use crate::seed::Seed;
use crate::site::{LoadOptions, Site};

/// What `brief seed check` is asked.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// The seeds to check (all with a `url` when empty).
    pub ids: Vec<String>,
    pub fetch: FetchOptions,
}

/// What the check found.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub diagnostics: Diagnostics,
    /// Seeds fetched.
    pub checked: usize,
    /// An id asked for names no seed: a usage error, reported before anything is fetched.
    pub refused: bool,
}

/// What kind of claim a passage backs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassageKind {
    /// A quoted passage, found in the seed when the briefs were resolved.
    Quote,
    /// A figure of a brief (as the brief writes it), found in the seed by the claims
    /// check; still there when the live text has a figure it matches by the same rule
    /// ($500bn = $500 billion).
    Figure,
}

/// A passage of a seed that a brief relies on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitedPassage {
    pub kind: PassageKind,
    pub text: String,
    /// The brief that relies on it.
    pub brief: PathBuf,
}

/// Per seed (parallel to `site.seeds`), the passages the briefs rely on.
pub fn cited_passages(site: &Site) -> Vec<Vec<CitedPassage>> {
    let index = SeedIndex::new(site);
    let mut out: Vec<Vec<CitedPassage>> = site.seeds.iter().map(|_| Vec::new()).collect();
    let resolved: Vec<_> = site
        .briefs
        .par_iter()
        .map(|b| (b, resolve::resolve_brief(site, &index, b)))
        .collect();
    for (brief, resolution) in resolved {
        for q in resolution.citations.quotes {
            out[q.seed].push(CitedPassage {
                kind: PassageKind::Quote,
                text: q.text,
                brief: brief.path.clone(),
            });
        }
        let figures = resolution.claims.into_iter().flat_map(|c| c.figures);
        for f in figures {
            let verified = matches!(f.status, Status::Found | Status::OutsideLocator);
            if let Some(seed) = f.seed.as_deref().and_then(|id| site.seed_index(id))
                && verified
            {
                out[seed].push(CitedPassage {
                    kind: PassageKind::Figure,
                    text: f.text,
                    brief: brief.path.clone(),
                });
            }
        }
    }
    out
}

/// A live page's text, as the checks look things up in it.
struct LiveText {
    text: SeedText,
    figures: Vec<Figure>,
}

fn still_there(live: &LiveText, passage: &CitedPassage) -> bool {
    match passage.kind {
        PassageKind::Quote => live.text.find(&passage.text).is_some(),
        PassageKind::Figure => figure::extract(&passage.text)
            .first()
            .is_some_and(|f| live.figures.iter().any(|g| f.matches(g))),
    }
}

/// Checks the seeds of the site at `root` against their live pages.
pub fn check(root: &Path, options: &CheckOptions) -> CheckReport {
    let mut report = CheckReport::default();
    let mut load_diags = Diagnostics::new();
    let load = LoadOptions {
        drafts: true,
        ..LoadOptions::default()
    };
    let Some(site) = Site::load(root, &load, &mut load_diags) else {
        report.diagnostics = load_diags;
        return report;
    };
    let mut chosen: Vec<usize> = Vec::new();
    for id in &options.ids {
        match site.seed_index(id) {
            Some(i) => chosen.push(i),
            None => {
                let near = closest(id, site.seeds.iter().map(|s| s.id.as_str()));
                let mut d = Diagnostic::error(
                    PathBuf::from(crate::site::SEEDS_DIR),
                    format!("no seed `{id}`"),
                );
                if let Some(help) = did_you_mean(&near) {
                    d = d.with_help(help);
                }
                report.diagnostics.push(d);
                report.refused = true;
            }
        }
    }
    if report.refused {
        return report;
    }
    if options.ids.is_empty() {
        chosen = (0..site.seeds.len())
            .filter(|&i| site.seeds[i].url.is_some())
            .collect();
    }
    let passages = cited_passages(&site);
    let results: Vec<Diagnostics> = chosen
        .par_iter()
        .map(|&i| check_seed(root, &site.seeds[i], &passages[i], &options.fetch))
        .collect();
    for d in results {
        report.diagnostics.extend(d.iter().cloned());
    }
    report.checked = chosen
        .iter()
        .filter(|&&i| site.seeds[i].url.is_some())
        .count();
    report
}

/// Checks one seed; the diagnostics point at its `url:` line.
fn check_seed(
    root: &Path,
    seed: &Seed,
    passages: &[CitedPassage],
    fetch: &FetchOptions,
) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let text = std::fs::read_to_string(root.join(&seed.path)).unwrap_or_default();
    let at = |d: Diagnostic| {
        let offset = text.find("\nurl:").map_or(0, |o| o + 1);
        d.at(&text, offset)
    };
    let Some(url) = &seed.url else {
        diags.push(
            Diagnostic::warning(&seed.path, "seed has no `url`; nothing to check it against")
                .with_help("add `url:` with the article's address"),
        );
        return diags;
    };
    let page = match super::get(url, fetch) {
        Ok(page) => page,
        Err(CaptureError::Fetch(e)) if e.is_gone() => {
            diags.push(
                at(Diagnostic::error(&seed.path, format!("source is gone: {e}")))
                    .with_help("find where the article moved, or cite the archived copy (the snapshot beside the seed)"),
            );
            return diags;
        }
        Err(CaptureError::Fetch(e)) => {
            let unreachable = e.is_unreachable() || matches!(e, FetchError::Status(_, _));
            let d = if unreachable {
                Diagnostic::warning(&seed.path, format!("source unreachable: {e}"))
            } else {
                Diagnostic::error(&seed.path, e.to_string())
            };
            diags.push(at(d).with_help("run `brief seed check` again later"));
            return diags;
        }
        Err(e) => {
            diags.push(at(Diagnostic::error(&seed.path, e.to_string())));
            return diags;
        }
    };
    if let Some(final_url) = &page.final_url
        && redirected_home(url, final_url)
    {
        diags.push(
            at(Diagnostic::error(
                &seed.path,
                format!("source is gone: {url} now redirects to the home page {final_url}"),
            ))
            .with_help("find where the article moved, or cite the archived copy (the snapshot beside the seed)"),
        );
        return diags;
    }
    if seed.sha256.as_deref() == Some(provenance::sha256_hex(&page.bytes).as_str()) {
        return diags; // the very bytes captured
    }
    let live = super::article_of(&page);
    let was = normalize(&seed.paragraphs.join(" "));
    let now = normalize(&live.paragraphs.join(" "));
    if was == now {
        return diags;
    }
    let live_text = LiveText {
        text: SeedText::new(&live.paragraphs),
        figures: live
            .paragraphs
            .iter()
            .flat_map(|p| figure::extract(p))
            .collect(),
    };
    let mut drifted = 0;
    for p in passages {
        if !still_there(&live_text, p) {
            drifted += 1;
            let (what, help) = match p.kind {
                PassageKind::Quote => (
                    "the passage quoted in",
                    "check the live article; quote its current words, or say in the brief that the source changed",
                ),
                PassageKind::Figure => (
                    "the figure cited in",
                    "check the live article; give its current figure, or say in the brief that the source changed",
                ),
            };
            diags.push(
                at(Diagnostic::error(
                    &seed.path,
                    format!(
                        "source drift: {what} {} is no longer in the live text: “{}”",
                        p.brief.display(),
                        shorten(&p.text)
                    ),
                ))
                .with_help(help),
            );
        }
    }
    if drifted == 0 {
        let since = seed
            .captured
            .as_deref()
            .map_or(String::new(), |c| format!(" since its capture on {c}"));
        let kept = if passages.is_empty() {
            "no brief quotes it or cites a figure of it".to_owned()
        } else {
            format!(
                "all {} quoted passages and cited figures are still there",
                passages.len()
            )
        };
        diags.push(
            at(Diagnostic::warning(
                &seed.path,
                format!("the source's text changed{since}; {kept}"),
            ))
            .with_help(format!(
                "compare with `brief seed add {url} --id NEW-ID` to see the new text"
            )),
        );
    }
    diags
}

/// A page that now redirects to the root of its site (or of another) is gone, whatever
/// the status of the home page.
fn redirected_home(requested: &str, final_url: &str) -> bool {
    let path = |u: &str| url::Url::parse(u).ok().map(|u| u.path().to_owned());
    match (path(requested), path(final_url)) {
        (Some(before), Some(after)) => {
            let home = |p: &str| p.is_empty() || p == "/" || p.len() <= 4 && p.ends_with('/');
            !home(&before) && home(&after)
        }
        _ => false,
    }
}

fn shorten(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > 100 {
        format!("{}…", s.chars().take(97).collect::<String>())
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_redirects() {
        assert!(redirected_home(
            "https://a.example/2025/story",
            "https://a.example/"
        ));
        assert!(redirected_home(
            "https://a.example/2025/story",
            "https://a.example/en/"
        ));
        assert!(!redirected_home(
            "https://a.example/2025/story",
            "https://a.example/2025/story-2"
        ));
        assert!(!redirected_home("https://a.example/", "https://a.example/"));
    }
}

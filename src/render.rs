//! Rendering a resolved site into pages.
//!
//! The third stage of the pipeline. Builds each page's template context — only what the
//! page needs, never the whole site — renders it through the [`Theme`] and hands the bytes
//! to a [`Sink`] (a staging folder for `build`, memory for `serve`, nothing for `check`)
//! as soon as the page is done, so a page's HTML does not outlive its write. Pages are
//! rendered in parallel; everything that decides their content is ordered, so the bytes
//! are the same whatever the scheduling.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{LazyLock, OnceLock};

use rayon::prelude::*;
use serde::Serialize;
use serde_json::{Map, Value, json};
use tera::Context;

use crate::brief::Brief;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::highlight;
use crate::markdown::TocEntry;
use crate::quote::Passage;
use crate::reference::References;
use crate::resolve::{Citations, ResolvedBrief, SeedUse};
use crate::seed::Seed;
use crate::site::Site;
use crate::theme::BUILTIN_STATIC;

/// Where rendered files go. Paths are relative to the output root, with `/`.
pub trait Sink: Sync {
    fn put(&self, path: &str, bytes: &[u8]) -> std::io::Result<()>;
}

/// A sink that keeps nothing (`brief check`).
pub struct NullSink;

impl Sink for NullSink {
    fn put(&self, _: &str, _: &[u8]) -> std::io::Result<()> {
        Ok(())
    }
}

/// A sink that keeps every file in memory (`brief serve`, tests), in the shared form
/// the preview serves them from.
#[derive(Default)]
pub struct MemorySink {
    pub files: std::sync::Mutex<BTreeMap<String, std::sync::Arc<[u8]>>>,
}

impl Sink for MemorySink {
    fn put(&self, path: &str, bytes: &[u8]) -> std::io::Result<()> {
        let mut files = self
            .files
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        files.insert(path.to_owned(), std::sync::Arc::from(bytes));
        Ok(())
    }
}

static SYNTAX_CSS: LazyLock<String> = LazyLock::new(highlight::stylesheet);

const GENERATOR: &str = concat!("brief ", env!("CARGO_PKG_VERSION"));

/// One page of the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Page {
    Home,
    Brief(usize),
    Sources,
    Seed(usize),
    NotFound,
    Search,
}

/// What every page's context shares: the site's configuration as a template value,
/// converted once, and each seed's formatted reference, formatted once.
pub struct Shared<'a> {
    pub site: &'a Site,
    site_value: tera::Value,
    references: References<'a>,
    citing: CitingEntries,
}

impl<'a> Shared<'a> {
    pub fn new(site: &'a Site) -> Self {
        Shared {
            site,
            site_value: tera::Value::try_from_serializable(&site.config)
                .unwrap_or_else(|_| tera::Value::none()),
            references: References::new(&site.seeds, site.config.citation_style),
            citing: CitingEntries::default(),
        }
    }

    fn context(&self, page_path: &str) -> (Context, String) {
        let root = root_of(page_path);
        let mut context = Context::new();
        // Tera's values share strings and lists by reference count: a cheap copy.
        context.insert_value("site", self.site_value.clone());
        context.insert("root", &root);
        context.insert("path", page_path);
        context.insert("generator", GENERATOR);
        (context, root)
    }

    fn write(
        &self,
        page: Page,
        template: &str,
        context: &Context,
        sink: &dyn Sink,
    ) -> Result<String, Diagnostic> {
        let path = page_file(self.site, page);
        let html = self.site.theme.render(template, context)?;
        sink.put(&path, &html)
            .map_err(|err| Diagnostic::error(&path, format!("cannot write: {err}")))?;
        Ok(path)
    }

    /// Renders brief `index` into `sink`; returns the output path.
    pub fn render_brief(
        &self,
        index: usize,
        resolved: &ResolvedBrief,
        sink: &dyn Sink,
    ) -> Result<String, Diagnostic> {
        let brief = &self.site.briefs[index];
        let (mut context, root) = self.context(&brief.url_path);
        context.insert(
            "brief",
            &BriefContext::new(self.site, &self.references, brief, resolved, &root),
        );
        self.write(Page::Brief(index), "brief.html", &context, sink)
    }

    /// Renders a page other than a brief (those need their [`ResolvedBrief`]).
    pub fn render_page(
        &self,
        page: Page,
        overview: &Overview<'_>,
        sink: &dyn Sink,
    ) -> Result<String, Diagnostic> {
        let site = self.site;
        let (page_path, template) = match page {
            Page::Home => (String::new(), "index.html"),
            Page::Sources => ("sources/".to_owned(), "sources.html"),
            Page::Seed(i) => (seed_path(&site.seeds[i]), "source.html"),
            Page::NotFound => (String::new(), "404.html"),
            Page::Search => ("search/".to_owned(), "search.html"),
            Page::Brief(_) => {
                return Err(Diagnostic::error(
                    page_file(site, page),
                    "internal: a brief page needs its resolution",
                ));
            }
        };
        let (mut context, root) = self.context(&page_path);
        match page {
            Page::Home => context.insert("briefs", &home_briefs(site, overview)),
            Page::Sources => context.insert_value(
                "seeds",
                (0..site.seeds.len())
                    .map(|s| self.seed_value(overview, s, &root, false))
                    .collect::<Vec<_>>()
                    .into(),
            ),
            Page::Seed(i) => {
                context.insert_value("seed", self.seed_value(overview, i, &root, true))
            }
            _ => {}
        }
        self.write(page, template, &context, sink)
    }

    /// `seed` in `source.html`, or one of `seeds` in `sources.html`: the
    /// [`SeedContext`] and its `cited_by` list.
    fn seed_value(
        &self,
        overview: &Overview<'_>,
        index: usize,
        root: &str,
        with_text: bool,
    ) -> tera::Value {
        let site = self.site;
        let use_ = &overview.uses[index];
        let shared = self.citing.at(root, site.briefs.len());
        let cited_by: Vec<tera::Value> = use_
            .cited_by
            .iter()
            .map(|(b, quotes)| {
                let entry = || CitingBrief::value(site, *b, root, quotes);
                if quotes.is_empty() {
                    shared[*b].get_or_init(entry).clone()
                } else {
                    entry()
                }
            })
            .collect();
        let context = SeedContext::new(site, &self.references, use_, index, root, with_text);
        let mut map = tera::Value::try_from_serializable(&context)
            .ok()
            .and_then(tera::Value::into_map)
            .unwrap_or_default();
        map.insert("cited_by".into(), cited_by.into());
        map.into()
    }
}

/// The `cited_by` entries of briefs that quote nothing from the seed (most of them) are
/// the same on every seed's page at one depth, so each is built once and shared by
/// reference count: at 100,000 briefs the sources index lists 800,000 such entries.
#[derive(Default)]
struct CitingEntries {
    /// By the pages' `root`; one lazily built entry per brief.
    by_root: std::sync::Mutex<BTreeMap<String, std::sync::Arc<Vec<OnceLock<tera::Value>>>>>,
}

impl CitingEntries {
    fn at(&self, root: &str, briefs: usize) -> std::sync::Arc<Vec<OnceLock<tera::Value>>> {
        let mut by_root = self
            .by_root
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        std::sync::Arc::clone(
            by_root.entry(root.to_owned()).or_insert_with(|| {
                std::sync::Arc::new((0..briefs).map(|_| OnceLock::new()).collect())
            }),
        )
    }
}

/// What the pages other than briefs need of the briefs: each brief's citations, and per
/// seed who cites it.
pub struct Overview<'a> {
    /// Parallel to `site.briefs`.
    pub citations: Vec<&'a Citations>,
    /// Parallel to `site.seeds`: see [`crate::resolve::seed_uses`].
    pub uses: &'a [SeedUse],
}

/// The pages other than briefs: home, sources index, 404, each seed.
pub fn overview_pages(site: &Site) -> Vec<Page> {
    let mut pages = vec![Page::Home, Page::Sources, Page::NotFound, Page::Search];
    pages.extend((0..site.seeds.len()).map(Page::Seed));
    pages
}

/// Renders `pages` (none of them briefs) into `sink`, in parallel. Returns the output
/// paths written.
pub fn render_pages(
    shared: &Shared<'_>,
    overview: &Overview<'_>,
    pages: &[Page],
    sink: &dyn Sink,
    diags: &mut Diagnostics,
) -> BTreeSet<String> {
    let results: Vec<Result<String, Diagnostic>> = pages
        .par_iter()
        .map(|&page| shared.render_page(page, overview, sink))
        .collect();
    let mut written = BTreeSet::new();
    for result in results {
        match result {
            Ok(path) => {
                written.insert(path);
            }
            Err(d) => diags.push(d),
        }
    }
    written
}

/// The output file of a page: `overview/index.html`, `404.html` …
pub fn page_file(site: &Site, page: Page) -> String {
    match page {
        Page::NotFound => "404.html".to_owned(),
        Page::Home => "index.html".to_owned(),
        Page::Sources => "sources/index.html".to_owned(),
        Page::Search => "search/index.html".to_owned(),
        Page::Brief(i) => format!("{}index.html", site.briefs[i].url_path),
        Page::Seed(i) => format!("{}index.html", seed_path(&site.seeds[i])),
    }
}

/// Copies `syntax.css`, the theme's and the site's static files and the files beside the
/// briefs into `sink`, skipping any path a page was written to (`pages`). Returns how
/// many were copied.
pub fn copy_assets(
    site: &Site,
    pages: &BTreeSet<String>,
    sink: &dyn Sink,
    diags: &mut Diagnostics,
) -> usize {
    let mut files: BTreeMap<&str, Asset<'_>> = BTreeMap::new();
    files.insert("syntax.css", Asset::Bytes(SYNTAX_CSS.as_bytes()));
    for (path, bytes) in BUILTIN_STATIC {
        files.insert(path, Asset::Bytes(bytes));
    }
    for (path, file) in &site.assets {
        files.insert(path, Asset::File(file));
    }
    let results: Vec<Option<Diagnostic>> = files
        .par_iter()
        .map(|(path, asset)| {
            if pages.contains(*path) {
                return Some(Diagnostic::warning(
                    asset.shown(site),
                    format!("not copied: the build writes its own `{path}`"),
                ));
            }
            let bytes = match asset {
                Asset::Bytes(b) => std::borrow::Cow::Borrowed(*b),
                Asset::File(f) => match std::fs::read(f) {
                    Ok(b) => std::borrow::Cow::Owned(b),
                    Err(err) => {
                        return Some(Diagnostic::error(
                            asset.shown(site),
                            format!("cannot read: {err}"),
                        ));
                    }
                },
            };
            sink.put(path, &bytes)
                .err()
                .map(|err| Diagnostic::error(*path, format!("cannot write: {err}")))
        })
        .collect();
    let mut count = 0;
    for r in results {
        match r {
            Some(d) => diags.push(d),
            None => count += 1,
        }
    }
    count
}

enum Asset<'a> {
    Bytes(&'a [u8]),
    File(&'a std::path::Path),
}

impl Asset<'_> {
    fn shown(&self, site: &Site) -> std::path::PathBuf {
        match self {
            Asset::Bytes(_) => "(built-in theme) static".into(),
            Asset::File(f) => crate::diagnostic::display_path(&site.root, f),
        }
    }
}

/// `sources/<id>/` — the archive page of a seed.
pub fn seed_path(seed: &Seed) -> String {
    format!("sources/{}/", seed.id)
}

/// `""` for the root, `"../"` one level down, and so on.
pub fn root_of(page_path: &str) -> String {
    "../".repeat(page_path.matches('/').count())
}

fn href(root: &str, target: &str) -> String {
    format!("{root}{target}index.html")
}

/// The home page's entry for a brief (`briefs` in `index.html`), in the home page's
/// order.
#[derive(Serialize)]
struct HomeBrief<'a> {
    title: &'a str,
    summary: &'a Option<String>,
    date: &'a Option<String>,
    updated: &'a Option<String>,
    authors: &'a [String],
    weight: Option<i64>,
    extra: &'a serde_json::Value,
    href: String,
    path: &'a str,
    source_count: usize,
}

fn home_briefs<'a>(site: &'a Site, overview: &Overview<'_>) -> Vec<HomeBrief<'a>> {
    crate::publish::ordered(site)
        .into_iter()
        .map(|i| {
            let b = &site.briefs[i];
            HomeBrief {
                title: &b.title,
                summary: &b.summary,
                date: &b.date,
                updated: &b.updated,
                authors: &b.authors,
                weight: b.weight,
                extra: &b.extra,
                href: href("", &b.url_path),
                path: &b.url_path,
                source_count: overview.citations[i].seeds.len(),
            }
        })
        .collect()
}

/// The seed's front-matter keys, as templates see them, and `reference`: the seed
/// formatted in the site's citation style (HTML, seed text escaped).
#[derive(Serialize)]
struct SeedReference<'a> {
    id: &'a str,
    title: &'a str,
    outlet: &'a Option<String>,
    author: &'a [String],
    published: &'a Option<String>,
    url: &'a Option<String>,
    language: &'a Option<String>,
    note: &'a Option<String>,
    reference: &'a str,
}

impl<'a> SeedReference<'a> {
    fn new(seed: &'a Seed, reference: &'a str) -> Self {
        SeedReference {
            id: &seed.id,
            title: &seed.title,
            outlet: &seed.outlet,
            author: &seed.author,
            published: &seed.published,
            url: &seed.url,
            language: &seed.language,
            note: &seed.note,
            reference,
        }
    }
}

/// `brief` in `brief.html`: the front matter, the rendered body and components, and the
/// numbered sources. Field names are the template variables the README documents.
#[derive(Serialize)]
struct BriefContext<'a> {
    title: &'a str,
    summary: &'a Option<String>,
    date: &'a Option<String>,
    updated: &'a Option<String>,
    authors: &'a [String],
    draft: bool,
    weight: Option<i64>,
    extra: &'a serde_json::Value,
    content: &'a str,
    toc: &'a [TocEntry],
    sources: Vec<SourceEntry<'a>>,
    further: Vec<FurtherReading<'a>>,
    notes: Vec<NoteEntry<'a>>,
    href: &'static str,
    path: &'a str,
    word_count: usize,
    takeaways: Vec<Html<'a>>,
    timeline: Vec<TimelineEntry<'a>>,
    disagreements: Vec<Disagreement<'a>>,
    changes: Vec<Change<'a>>,
    json_ld: String,
}

/// One numbered source of a brief: the seed's keys directly on the entry (none when the
/// id is unknown), then the entry's own.
#[derive(Serialize)]
struct SourceEntry<'a> {
    #[serde(flatten)]
    seed: Option<SeedReference<'a>>,
    number: usize,
    id: &'a str,
    backlinks: Vec<Backlink<'a>>,
    quotes: Vec<QuoteLink<'a>>,
    archive: String,
}

#[derive(Serialize)]
struct Backlink<'a> {
    label: &'a str,
    href: String,
    #[serde(skip_serializing_if = "is_absent")]
    locator: Option<&'a Option<String>>,
}

/// Notes' backlinks have no locator key at all; sources' have one, maybe null.
fn is_absent(locator: &Option<&Option<String>>) -> bool {
    locator.is_none()
}

#[derive(Serialize)]
struct QuoteLink<'a> {
    text: &'a str,
    href: String,
    fragment: &'a Option<String>,
}

#[derive(Serialize)]
struct FurtherReading<'a> {
    #[serde(flatten)]
    seed: SeedReference<'a>,
    archive: String,
}

#[derive(Serialize)]
struct NoteEntry<'a> {
    number: usize,
    id: &'a str,
    content: &'a str,
    backlinks: Vec<Backlink<'a>>,
}

#[derive(Serialize)]
struct Html<'a> {
    html: &'a str,
}

#[derive(Serialize)]
struct TimelineEntry<'a> {
    date: &'a str,
    html: &'a str,
}

#[derive(Serialize)]
struct Disagreement<'a> {
    claim: &'a str,
    positions: Vec<Position<'a>>,
    verdict: &'a Option<String>,
}

#[derive(Serialize)]
struct Position<'a> {
    source: &'a Option<String>,
    html: &'a str,
}

#[derive(Serialize)]
struct Change<'a> {
    date: &'a str,
    text: &'a str,
}

impl<'a> BriefContext<'a> {
    fn new(
        site: &'a Site,
        refs: &'a References<'_>,
        brief: &'a Brief,
        resolved: &'a ResolvedBrief,
        root: &str,
    ) -> Self {
        let components = &resolved.components;
        let sources = resolved
            .sources
            .iter()
            .map(|s| {
                let archive = href(root, &format!("sources/{}/", s.id));
                SourceEntry {
                    seed: s
                        .seed
                        .map(|i| SeedReference::new(&site.seeds[i], refs.get(i))),
                    number: s.number,
                    id: &s.id,
                    backlinks: s
                        .backlinks
                        .iter()
                        .map(|(label, locator)| Backlink {
                            label,
                            href: format!("#cite-{}-{label}", s.number),
                            locator: Some(locator),
                        })
                        .collect(),
                    quotes: s
                        .quotes
                        .iter()
                        .map(|q| QuoteLink {
                            text: &q.text,
                            href: format!("{archive}#{}", q.anchor),
                            fragment: &q.fragment,
                        })
                        .collect(),
                    archive,
                }
            })
            .collect();
        let further = resolved
            .further
            .iter()
            .map(|&i| FurtherReading {
                seed: SeedReference::new(&site.seeds[i], refs.get(i)),
                archive: href(root, &seed_path(&site.seeds[i])),
            })
            .collect();
        let notes = resolved
            .body
            .notes
            .iter()
            .map(|n| NoteEntry {
                number: n.number,
                id: &n.id,
                content: &n.content,
                backlinks: n
                    .labels
                    .iter()
                    .map(|l| Backlink {
                        label: l,
                        href: format!("#noteref-{}-{l}", n.number),
                        locator: None,
                    })
                    .collect(),
            })
            .collect();
        BriefContext {
            title: &brief.title,
            summary: &brief.summary,
            date: &brief.date,
            updated: &brief.updated,
            authors: &brief.authors,
            draft: brief.draft,
            weight: brief.weight,
            extra: &brief.extra,
            content: &resolved.body.html,
            toc: &resolved.body.toc,
            sources,
            further,
            notes,
            href: "index.html",
            path: &brief.url_path,
            word_count: resolved.body.word_count,
            takeaways: components
                .takeaways
                .iter()
                .map(|html| Html { html })
                .collect(),
            timeline: components
                .timeline
                .iter()
                .map(|(date, html)| TimelineEntry { date, html })
                .collect(),
            disagreements: components
                .disagreements
                .iter()
                .map(|d| Disagreement {
                    claim: &d.claim,
                    positions: d
                        .positions
                        .iter()
                        .map(|(source, html)| Position { source, html })
                        .collect(),
                    verdict: &d.verdict,
                })
                .collect(),
            changes: brief
                .changes
                .iter()
                .map(|(date, text)| Change { date, text })
                .collect(),
            json_ld: json_ld(site, brief, resolved),
        }
    }
}

/// schema.org `NewsArticle` metadata for a brief, as JSON safe to place verbatim inside a
/// `<script type="application/ld+json">` element (`<`, `>` and `&` are escaped).
fn json_ld(site: &Site, brief: &Brief, resolved: &ResolvedBrief) -> String {
    let person = |name: &String| json!({"@type": "Person", "name": name});
    let citations: Vec<Value> = resolved
        .sources
        .iter()
        .filter_map(|s| s.seed.map(|i| &site.seeds[i]))
        .map(|seed| {
            let mut c = Map::new();
            c.insert("@type".into(), json!("NewsArticle"));
            c.insert("headline".into(), json!(seed.title));
            if let Some(outlet) = &seed.outlet {
                c.insert(
                    "publisher".into(),
                    json!({"@type": "Organization", "name": outlet}),
                );
            }
            if !seed.author.is_empty() {
                c.insert(
                    "author".into(),
                    Value::Array(seed.author.iter().map(person).collect()),
                );
            }
            if let Some(p) = &seed.published {
                c.insert("datePublished".into(), json!(p));
            }
            if let Some(u) = &seed.url {
                c.insert("url".into(), json!(u));
            }
            Value::Object(c)
        })
        .collect();
    let mut m = Map::new();
    m.insert("@context".into(), json!("https://schema.org"));
    m.insert("@type".into(), json!("NewsArticle"));
    m.insert("headline".into(), json!(brief.title));
    if let Some(summary) = &brief.summary {
        m.insert("description".into(), json!(summary));
    }
    if let Some(date) = &brief.date {
        m.insert("datePublished".into(), json!(date));
    }
    if let Some(modified) = brief.updated.as_ref().or(brief.date.as_ref()) {
        m.insert("dateModified".into(), json!(modified));
    }
    if !brief.authors.is_empty() {
        m.insert(
            "author".into(),
            Value::Array(brief.authors.iter().map(person).collect()),
        );
    }
    m.insert(
        "publisher".into(),
        json!({"@type": "Organization", "name": site.config.title}),
    );
    m.insert("inLanguage".into(), json!(site.config.language));
    m.insert(
        "url".into(),
        json!(format!("{}{}", site.config.base_url, brief.url_path)),
    );
    m.insert("citation".into(), Value::Array(citations));
    let text = serde_json::to_string(&Value::Object(m)).unwrap_or_default();
    text.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// `seed` in `source.html`, and each of `seeds` in `sources.html` (without the text),
/// less `cited_by`, which [`Shared::seed_value`] adds.
#[derive(Serialize)]
struct SeedContext<'a> {
    #[serde(flatten)]
    seed: SeedReference<'a>,
    archive: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    paragraphs: Option<Vec<Paragraph>>,
}

/// An entry of a seed's `cited_by`: a brief, and what it quotes from the seed.
#[derive(Serialize)]
struct CitingBrief<'a> {
    title: &'a str,
    href: String,
    quotes: Vec<QuoteAnchor<'a>>,
}

impl CitingBrief<'_> {
    fn value(site: &Site, brief: usize, root: &str, quotes: &[(String, String)]) -> tera::Value {
        let entry = CitingBrief {
            title: &site.briefs[brief].title,
            href: href(root, &site.briefs[brief].url_path),
            quotes: quotes
                .iter()
                .map(|(id, text)| QuoteAnchor { id, text })
                .collect(),
        };
        tera::Value::try_from_serializable(&entry).unwrap_or_else(|_| tera::Value::none())
    }
}

#[derive(Serialize)]
struct QuoteAnchor<'a> {
    id: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct Paragraph {
    id: String,
    number: usize,
    html: String,
}

impl<'a> SeedContext<'a> {
    fn new(
        site: &'a Site,
        refs: &'a References<'_>,
        use_: &'a SeedUse,
        index: usize,
        root: &str,
        with_text: bool,
    ) -> Self {
        let seed = &site.seeds[index];
        let paragraphs = with_text.then(|| {
            seed.paragraphs
                .iter()
                .enumerate()
                .map(|(p, text)| {
                    let marks: Vec<(Passage, &str)> = use_
                        .highlights
                        .iter()
                        .filter(|(h, _)| h.paragraph == p)
                        .map(|(h, a)| (*h, a.as_str()))
                        .collect();
                    Paragraph {
                        id: format!("p{}", p + 1),
                        number: p + 1,
                        html: highlight_paragraph(text, &marks),
                    }
                })
                .collect()
        });
        SeedContext {
            seed: SeedReference::new(seed, refs.get(index)),
            archive: href(root, &seed_path(seed)),
            paragraphs,
        }
    }
}

/// A paragraph of seed text, escaped, with quoted passages in `<mark class="quote">` (one
/// mark per stretch, however many quotes overlap there) and an empty anchor
/// `<span id="q-N">` where each quote starts.
pub fn highlight_paragraph(text: &str, marks: &[(Passage, &str)]) -> String {
    let mut intervals: Vec<(usize, usize)> = marks.iter().map(|(p, _)| (p.start, p.end)).collect();
    intervals.sort();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in intervals {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    // First passage of each anchor gets the id.
    let mut anchors: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    let mut seen = BTreeSet::new();
    for (p, anchor) in marks {
        if seen.insert(*anchor) {
            anchors.entry(p.start).or_default().push(*anchor);
        }
    }
    let mut cuts: BTreeSet<usize> = BTreeSet::new();
    cuts.insert(0);
    cuts.insert(text.len());
    for &(s, e) in &merged {
        cuts.insert(s);
        cuts.insert(e);
    }
    cuts.extend(anchors.keys().copied());
    let cuts: Vec<usize> = cuts
        .into_iter()
        .filter(|&c| c <= text.len() && text.is_char_boundary(c))
        .collect();
    let mut out = String::with_capacity(text.len() + 64);
    let mut open = false;
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if open && merged.iter().any(|&(_, e)| e == a) {
            out.push_str("</mark>");
            open = false;
        }
        if let Some(ids) = anchors.get(&a) {
            for id in ids {
                out.push_str(&format!("<span id=\"{id}\" class=\"quote-anchor\"></span>"));
            }
        }
        if !open && merged.iter().any(|&(s, e)| s <= a && a < e) {
            out.push_str("<mark class=\"quote\">");
            open = true;
        }
        crate::escape::html_into(&text[a..b], &mut out);
    }
    if open {
        out.push_str("</mark>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(start: usize, end: usize) -> Passage {
        Passage {
            paragraph: 0,
            start,
            end,
        }
    }

    #[test]
    fn root_counts_levels() {
        assert_eq!(root_of(""), "");
        assert_eq!(root_of("a/"), "../");
        assert_eq!(root_of("sources/x/"), "../../");
    }

    #[test]
    fn highlights_escape_and_merge_overlaps() {
        let html = highlight_paragraph("a <b> c d", &[(p(2, 5), "q-1"), (p(4, 7), "q-2")]);
        assert_eq!(
            html,
            "a <span id=\"q-1\" class=\"quote-anchor\"></span><mark class=\"quote\">&lt;b<span id=\"q-2\" class=\"quote-anchor\"></span>&gt; c</mark> d"
        );
    }

    #[test]
    fn highlight_without_marks_is_escaped_text() {
        assert_eq!(highlight_paragraph("x & y", &[]), "x &amp; y");
    }
}

//! Rendering a resolved site into pages.
//!
//! The third stage of the pipeline. Builds each page's template context (`context`:
//! only what the page needs, never the whole site), renders it through the [`Theme`](crate::theme::Theme) and hands the bytes
//! to a [`Sink`] (a staging folder for `build`, memory for `serve`, nothing for `check`)
//! as soon as the page is done, so a page's HTML does not outlive its write. Pages are
//! rendered in parallel; everything that decides their content is ordered, so the bytes
//! are the same whatever the scheduling.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{LazyLock, OnceLock};

use rayon::prelude::*;
use tera::Context;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::highlight;
use crate::listing::{Listing, Listings};
use crate::quote::Passage;
use crate::reference::References;
use crate::resolve::{Citations, ResolvedBrief, SeedUse};
use crate::seed::Seed;
use crate::site::{Site, Taken};
use crate::theme::BUILTIN_STATIC;

mod context;

use context::{BriefContext, CitingBrief, SeedContext, SeedValues, TopicEntry, home_briefs};

/// Where rendered files go. Paths are relative to the output root, with `/`.
pub trait Sink: Sync {
    fn put(&self, path: &str, bytes: &[u8]) -> std::io::Result<()>;

    /// [`Sink::put`], handing the bytes over, so a sink that keeps them need not copy
    /// them (`claims.json` is tens of megabytes on a large site).
    fn put_owned(&self, path: &str, bytes: Vec<u8>) -> std::io::Result<()> {
        self.put(path, &bytes)
    }

    /// Writes `path` with the bytes `write` gives, so a sink that writes to disk need not
    /// hold a large file whole (`claims.json`: tens of megabytes on a large site). This
    /// default gathers them for [`Sink::put_owned`].
    fn put_streamed(
        &self,
        path: &str,
        write: &mut dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let mut bytes = Vec::new();
        write(&mut bytes)?;
        self.put_owned(path, bytes)
    }
}

/// A sink that keeps nothing (`brief check`).
pub struct NullSink;

impl Sink for NullSink {
    fn put(&self, _: &str, _: &[u8]) -> std::io::Result<()> {
        Ok(())
    }

    /// Nothing is kept, so nothing is made.
    fn put_streamed(
        &self,
        _: &str,
        _: &mut dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
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

/// One page of the output. Listing pages carry their 1-based page number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Page {
    /// A page of a listing (home, sources index, a section, a topic).
    Listing(Listing, usize),
    Brief(usize),
    Seed(usize),
    /// `topics/`: every topic with its count.
    Topics,
    NotFound,
    Search,
}

impl Page {
    /// The home page.
    pub const HOME: Page = Page::Listing(Listing::Home, 1);
}

/// What every page's context shares: the site's configuration as a template value,
/// converted once, each seed's formatted reference, formatted once, and the listings.
pub struct Shared<'a> {
    pub site: &'a Site,
    site_value: tera::Value,
    references: References<'a>,
    /// Each seed's part of the brief pages citing it, made once.
    seed_values: SeedValues,
    citing: CitingEntries,
    pub listings: Listings,
    /// The home page's address from any URL (the template variable `home`, which the
    /// 404 page links through, as it is served at every depth): `base_url` in a build.
    home: String,
}

impl<'a> Shared<'a> {
    pub fn new(site: &'a Site) -> Self {
        Shared {
            site,
            site_value: tera::Value::try_from_serializable(&site.config)
                .unwrap_or_else(|_| tera::Value::none()),
            references: References::new(&site.seeds, site.config.citation_style),
            seed_values: SeedValues::new(site.seeds.len()),
            citing: CitingEntries::default(),
            listings: Listings::new(site),
            home: site.config.base_url.clone(),
        }
    }

    /// For `brief serve`: the preview serves the site at the root of its own origin,
    /// whatever `base_url` says, so `home` is `/` and the 404 page links within the
    /// preview, never to production.
    pub fn served_at_root(mut self) -> Self {
        "/".clone_into(&mut self.home);
        self
    }

    /// A page's URL path from the site root: `""`, `page/2/`, `grid/`, `sources/x/` …
    pub fn page_path(&self, page: Page) -> String {
        let site = self.site;
        match page {
            Page::Listing(listing, n) => self.listings.path(listing, n),
            Page::Brief(i) => site.briefs[i].url_path.clone(),
            Page::Seed(i) => seed_path(&site.seeds[i]),
            Page::Topics => format!("{}/", crate::listing::TOPICS_DIR),
            Page::NotFound => String::new(),
            Page::Search => "search/".to_owned(),
        }
    }

    /// The output file of a page: `overview/index.html`, `404.html` …
    pub fn page_file(&self, page: Page) -> String {
        match page {
            Page::NotFound => "404.html".to_owned(),
            _ => format!("{}index.html", self.page_path(page)),
        }
    }

    /// Every page of every listing, and the topics index when there are topics: the
    /// pages whose number and content follow the briefs as a whole.
    pub fn listing_pages(&self) -> Vec<Page> {
        let mut pages = Vec::new();
        for listing in self.listings.all() {
            pages.extend((1..=self.listings.pages(listing)).map(|n| Page::Listing(listing, n)));
        }
        if !self.listings.topics.is_empty() {
            pages.push(Page::Topics);
        }
        pages
    }

    /// The pages other than briefs: the listings, 404, search, each seed.
    pub fn overview_pages(&self) -> Vec<Page> {
        let mut pages = self.listing_pages();
        pages.push(Page::NotFound);
        pages.push(Page::Search);
        pages.extend((0..self.site.seeds.len()).map(Page::Seed));
        pages
    }

    fn context(&self, page_path: &str) -> (Context, String) {
        let root = root_of(page_path);
        let mut context = Context::new();
        // Tera's values share strings and lists by reference count: a cheap copy.
        context.insert_value("site", self.site_value.clone());
        context.insert("root", &root);
        context.insert("home", &self.home);
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
        let path = self.page_file(page);
        let html = self.site.theme.render(template, context)?;
        sink.put_owned(&path, html)
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
        context.insert_value(
            "brief",
            BriefContext::new(
                self.site,
                &self.references,
                &self.seed_values,
                &self.listings,
                index,
                resolved,
                &root,
            )
            .into_value(),
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
        let page_path = self.page_path(page);
        let template = match page {
            Page::Listing(Listing::Home, _) => "index.html",
            Page::Listing(Listing::Sources, _) => "sources.html",
            Page::Listing(Listing::Section(_), _) => "section.html",
            Page::Listing(Listing::Topic(_), _) => "topic.html",
            Page::Topics => "topics.html",
            Page::Seed(_) => "source.html",
            Page::NotFound => "404.html",
            Page::Search => "search.html",
            Page::Brief(_) => {
                return Err(Diagnostic::error(
                    self.page_file(page),
                    "internal: a brief page needs its resolution",
                ));
            }
        };
        let (mut context, root) = self.context(&page_path);
        match page {
            Page::Listing(listing, number) => {
                let range = self.listings.range(listing, number);
                let items: tera::Value = match listing {
                    Listing::Sources => range
                        .map(|s| self.seed_value(overview, s, &root, false))
                        .collect::<Vec<_>>()
                        .into(),
                    _ => {
                        let order = match listing {
                            Listing::Section(s) => &self.listings.sections[s].briefs,
                            Listing::Topic(t) => &self.listings.topics[t].briefs,
                            _ => &self.listings.order,
                        };
                        tera::Value::try_from_serializable(&home_briefs(
                            site,
                            &self.listings,
                            overview,
                            &order[range],
                            &root,
                        ))
                        .unwrap_or_else(|_| tera::Value::none())
                    }
                };
                let name = if listing == Listing::Sources {
                    "seeds"
                } else {
                    "briefs"
                };
                context.insert_value(name, items.clone());
                context.insert_value(
                    "paginator",
                    context::paginator(&self.listings, listing, number, &root, items),
                );
                match listing {
                    Listing::Home => {
                        context.insert(
                            "section",
                            &context::section_value(site, &self.listings, None, &root),
                        );
                        context.insert("topic_count", &self.listings.topics.len());
                    }
                    Listing::Section(s) => context.insert(
                        "section",
                        &context::section_value(site, &self.listings, Some(s), &root),
                    ),
                    Listing::Topic(t) => {
                        context.insert("topic", &TopicEntry::new(&self.listings.topics[t], &root))
                    }
                    Listing::Sources => {}
                }
            }
            Page::Topics => context.insert(
                "topics",
                &self
                    .listings
                    .topics
                    .iter()
                    .map(|t| TopicEntry::new(t, &root))
                    .collect::<Vec<_>>(),
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
        // The sources index names a few citing briefs per seed; the archive page all.
        let shown = if with_text {
            use_.cited_by.len()
        } else {
            CITED_BY_ON_INDEX
        };
        let cited_by: Vec<tera::Value> = use_
            .cited_by
            .iter()
            .take(shown)
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
        map.insert("cited_by_count".into(), use_.cited_by.len().into());
        map.into()
    }
}

/// How many citing briefs the sources index lists under each seed (`cited_by`); the
/// seed's archive page lists them all, and `cited_by_count` says how many there are. A
/// seed of a large site is cited by thousands of briefs, and listing every one under every
/// seed made the index pages megabytes long (4 MB a page at 10,000 briefs).
pub const CITED_BY_ON_INDEX: usize = 10;

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
    written(results, diags)
}

/// The output paths of pages rendered in parallel; their problems go to `diags`.
pub fn written(
    results: Vec<Result<String, Diagnostic>>,
    diags: &mut Diagnostics,
) -> BTreeSet<String> {
    let mut paths = BTreeSet::new();
    for result in results {
        match result {
            Ok(path) => {
                paths.insert(path);
            }
            Err(d) => diags.push(d),
        }
    }
    paths
}

/// Copies `syntax.css`, the theme's and the site's static files and the files beside the
/// briefs into `sink`, except any that would go where the build writes a file of its own
/// (`pages`: every path written) or needs a folder: at a path written, under one
/// (`atom.xml/x`), or at a folder of one (`library-hours` beside the brief page
/// `library-hours/index.html`), or at a folder of another file copied. Each is a warning
/// at the user's file, not an error of the output folder. Returns how many were copied.
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
    // Every folder the output must have, with the first file written under it (pages
    // first, so a clash names the build's own file when there is one).
    let mut folders: BTreeMap<&str, &str> = BTreeMap::new();
    for path in pages
        .iter()
        .map(String::as_str)
        .chain(files.keys().copied())
    {
        for folder in crate::site::parent_keys(path) {
            folders.entry(folder).or_insert(path);
        }
    }
    let taken = |path: &str| {
        if pages.contains(path) {
            return Some(Taken::File);
        }
        if let Some(file) = crate::site::parent_keys(path).find(|f| pages.contains(*f)) {
            return Some(Taken::Under(file.to_owned()));
        }
        // A page's folder is named by its page, the likeliest reason it is one.
        let page = format!("{path}/index.html");
        if pages.contains(&page) {
            return Some(Taken::Folder(page));
        }
        folders
            .get(path)
            .map(|under| Taken::Folder((*under).to_owned()))
    };
    let results: Vec<Option<Diagnostic>> = files
        .par_iter()
        .map(|(path, asset)| {
            if let Some(taken) = taken(path) {
                return Some(crate::site::not_copied(asset.shown(site), path, &taken));
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

/// A link from a page at `root` to the page at `target` (a folder path like `x/`).
fn href(root: &str, target: &str) -> String {
    format!("{root}{target}index.html")
}

/// A paragraph of seed text, escaped, with quoted passages in `<mark class="quote">` (one
/// mark per stretch, however many quotes overlap there) and an empty anchor
/// `<span id="q-N">` where each quote starts (none for an empty anchor name). Figures the
/// briefs checked (anchors `f-…`) are marked the same way, as `<mark class="figure">` where
/// no quote covers them.
pub fn highlight_paragraph(text: &str, marks: &[(Passage, &str)]) -> String {
    let is_figure = |anchor: &str| anchor.starts_with("f-");
    let quoted: Vec<(usize, usize)> = marks
        .iter()
        .filter(|(_, a)| !is_figure(a))
        .map(|(p, _)| (p.start, p.end))
        .collect();
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
        // An empty anchor: a later passage of a quote anchored elsewhere.
        if !anchor.is_empty() && seen.insert(*anchor) {
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
        if !open && let Some(&(s, e)) = merged.iter().find(|&&(s, e)| s <= a && a < e) {
            let class = if quoted.iter().any(|&(qs, qe)| qs < e && s < qe) {
                "quote"
            } else {
                "figure"
            };
            out.push_str(&format!("<mark class=\"{class}\">"));
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
    fn figures_are_marked_as_figures_unless_quoted() {
        let html = highlight_paragraph("pay $5 bn now", &[(p(4, 9), "f-a-1")]);
        assert_eq!(
            html,
            "pay <span id=\"f-a-1\" class=\"quote-anchor\"></span><mark class=\"figure\">$5 bn</mark> now"
        );
        let html = highlight_paragraph("pay $5 bn now", &[(p(4, 9), "f-a-1"), (p(0, 9), "q-a-1")]);
        assert!(html.contains("<mark class=\"quote\">"));
        assert!(!html.contains("class=\"figure\""));
    }

    #[test]
    fn highlight_without_marks_is_escaped_text() {
        assert_eq!(highlight_paragraph("x & y", &[]), "x &amp; y");
    }
}

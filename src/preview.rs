//! The preview a `brief serve` session keeps in memory, and how it is rebuilt.
//!
//! A [`Preview`] holds the last good rendering of the site as a [`Snapshot`] (output path
//! → bytes) and a *model* of the site — the loaded [`Site`], each brief's resolution,
//! each seed's use — that mirrors the files on disk. [`Preview::rebuild`] takes the paths
//! that changed and updates the model and the snapshot by the least work that keeps the
//! snapshot byte-identical to a full `brief build`:
//!
//! | change | re-resolved | re-rendered |
//! |---|---|---|
//! | a brief's body | that brief | its page; the home page if its title, summary, dates, authors, weight or number of sources changed; the pages of the seeds it cites and the sources index if its citations, quotes or title changed |
//! | a new or deleted brief | that brief | its page, the home page, its seeds' pages, the sources index |
//! | a seed's text or metadata | the briefs citing it | those briefs, the seed's page, the sources index |
//! | a template | nothing | every page |
//! | a static file | nothing | the static files |
//! | a seed file left out (it does not parse, its name is refused, a seed before it has its id) that stays out | nothing (its problems are read again) | nothing |
//! | `brief.yaml`, a new or deleted seed, a seed that stops or starts reading, a folder | everything | every page |
//!
//! Anything that fails leaves the snapshot as it was and is reported in `diagnostics`;
//! the work it skipped is remembered and done by the next rebuild that succeeds.
//!
//! Pages are rendered up front ([`Rendering::Eager`], [`Preview::new`]) or when first
//! asked for ([`Rendering::OnRequest`], [`Preview::on_request`], what `brief serve`
//! uses): then the snapshot holds the static files, feed and sitemap, and the pages and
//! search files asked for so far; [`Preview::page`] renders and keeps a page or makes a
//! search file, and a rebuild re-renders only the pages it keeps that the table above
//! names, and drops the search files it keeps that the briefs' or seeds' words may have
//! changed (made again when next asked for: the index's terms follow every brief, so
//! making them is the costly part of an edit). [`Rebuild::changed`] names the kept files
//! whose bytes changed, the search files dropped, and every page added or removed, never
//! a file that was not rendered.
//!
//! The same model answers `brief lsp`: [`Preview::analysis`] keeps the model without
//! rendering, [`Preview::refresh`] brings it up to date after a change (reading open
//! editor buffers through its [`Overlay`]), and [`Preview::view`] and
//! [`Preview::diagnostics_by_file`] let the language server ask about it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::brief::Brief;
use crate::build::BuildOptions;
use crate::claims;
use crate::config::CONFIG_FILE;
use crate::diagnostic::{Diagnostic, Diagnostics, Kind, display_path};
use crate::highlight;
use crate::overlay::Overlay;
use crate::publish;
use crate::render::{self, MemorySink, Overview, Page, Shared};
use crate::resolve::{self, BriefResolution, Citations, SeedIndex, SeedUse};
use crate::search;
use crate::site::{self, CONTENT_DIR, LoadOptions, SEEDS_DIR, STATIC_DIR, Site, THEMES_DIR};
use crate::theme::Theme;

/// One complete rendering of a site: output path (with `/`, e.g. `overview/index.html`)
/// → file bytes.
pub type Snapshot = BTreeMap<String, Arc<[u8]>>;

/// What one rebuild did.
#[derive(Debug, Clone)]
pub struct Rebuild {
    /// Whether the site built; when false the previous snapshot is kept.
    pub ok: bool,
    /// How many pages and files were rendered or copied.
    pub rendered: usize,
    /// Output paths whose bytes changed, were added or removed.
    pub changed: Vec<String>,
    /// Whether the whole site was reloaded (rather than just what changed).
    pub full: bool,
    pub elapsed: Duration,
}

/// When a [`Preview`] renders its pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rendering {
    /// Every page at every good rebuild, as `brief build` does: the snapshot is always
    /// the whole site ([`Preview::new`]; `brief serve --out`, tests, benchmarks).
    Eager,
    /// A page when it is first asked for ([`Preview::page`]), then kept and re-rendered
    /// by each rebuild that changes it; a file of the search index when first asked for,
    /// then kept until a rebuild may change it; the other files (static files, feed and
    /// sitemap) at every good rebuild ([`Preview::on_request`]; `brief serve`).
    OnRequest,
}

/// The in-memory preview of a site.
pub struct Preview {
    options: BuildOptions,
    /// The root as given, and made absolute, to classify changed paths.
    root_abs: PathBuf,
    model: Option<Model>,
    rendering: Rendering,
    /// Whether this is `brief lsp`'s model ([`Preview::analysis`]), which renders nothing.
    analysis: bool,
    /// The files of the last good build rendered so far: all of them in
    /// [`Rendering::Eager`].
    snapshot: Arc<Snapshot>,
    /// Every page of the last good build, rendered or not.
    pages: Arc<PageMap>,
    /// Whether the model is the one the snapshot was rendered from (the last rebuild
    /// succeeded and nothing was refreshed since).
    current: bool,
    /// How many pages were rendered since the preview was made, at rebuilds and on
    /// request (copied and machine-readable files are not counted).
    pages_rendered: usize,
    diagnostics: Diagnostics,
    /// Work a failed rebuild could not do, owed to the next good one.
    pending: Dirty,
    /// Texts read instead of the files on disk (`brief lsp`'s open buffers).
    overlay: Overlay,
    /// The listing pages of the snapshot (home and its `page/N/`, sections, topics, the
    /// sources index), which a change to the briefs may add or remove.
    listings: BTreeSet<String>,
    /// In [`Rendering::OnRequest`], the search index's files other than the briefs'
    /// documents (manifest, term shards, the seeds' documents) of the last good build,
    /// once one was asked for: they are made together, from every brief's terms, so the
    /// first request makes them all and the next ones find them here. Dropped by a
    /// rebuild that may change them.
    search_index: Option<BTreeMap<String, Arc<[u8]>>>,
}

/// The diagnostics of a preview's last rebuild ([`Preview::diagnostics`]), read where
/// they are kept: the model's in the model (a large site has tens of thousands; they are
/// not copied into a list), and the rebuild's own.
#[derive(Clone, Copy)]
pub struct Report<'a> {
    model: Option<&'a Model>,
    own: &'a Diagnostics,
}

impl<'a> Report<'a> {
    pub fn iter(&self) -> impl Iterator<Item = &'a Diagnostic> + use<'a> {
        self.model
            .into_iter()
            .flat_map(|m| m.diagnostics())
            .chain(self.own.iter())
    }

    /// Sorted and without duplicates, as [`Diagnostics::sorted`].
    pub fn sorted(&self) -> Vec<&'a Diagnostic> {
        crate::diagnostic::sort(self.iter())
    }

    pub fn has_errors(&self) -> bool {
        self.iter().any(Diagnostic::is_error)
    }

    /// Warnings, counted as [`Report::sorted`] lists them (each once).
    pub fn warning_count(&self) -> usize {
        Diagnostics::count(&self.sorted()).1
    }
}

impl std::fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// A read-only view of the model: the site as loaded and each brief's resolution.
#[derive(Clone, Copy)]
pub struct View<'a> {
    pub site: &'a Site,
    pub index: &'a SeedIndex,
    /// Parallel to `site.briefs`. Whole only in a preview that renders eagerly (`brief
    /// lsp`'s, whose code blocks are not highlighted): rendering on request, each keeps
    /// only its citations, its diagnostics and its sources' seeds, ids and numbers.
    pub resolutions: &'a [BriefResolution],
}

/// The site as loaded, mirroring the files on disk.
struct Model {
    site: Site,
    index: SeedIndex,
    /// Parallel to `site.briefs`.
    resolutions: Vec<BriefResolution>,
    /// Parallel to `site.seeds`.
    uses: Vec<SeedUse>,
    /// Turns text into search terms; its vocabulary lives as long as the model.
    indexer: search::Indexer,
    /// What `resolutions` and `search` keep.
    keep: Keep,
    /// Each brief's search terms and document, parallel to `site.briefs`; `None` until
    /// made. Rendering eagerly they are made with the resolutions. Otherwise (`brief
    /// serve`, `brief lsp`) a brief's entry is made when a search file that follows it is
    /// first asked for ([`Model::fill_search`]: a documents file, its briefs'; the rest
    /// of the index, every brief's), as making them is a sixth of resolving the site.
    /// So a brief without one has no search file made from it, and an edit of it has
    /// none to drop: its entry is made again by an edit only when it has one.
    search: Vec<Option<(search::DocTerms, SearchDoc)>>,
    /// Problems found reading each input file, keyed by its path as shown.
    file_diags: BTreeMap<PathBuf, Diagnostics>,
    /// Problems of the theme (templates that do not parse, a missing theme).
    theme_diags: Diagnostics,
    /// Problems of the site as a whole (two briefs on one URL), recomputed every time.
    url_diags: Diagnostics,
    /// Problems the last walk of `content/` met at brief files ([`Kind::Walk`]: a pipe
    /// where a brief would be, a link out of the site), recomputed at each walk; a brief
    /// file with one is not in the model, as a build would not read it. Those at other
    /// paths (a folder that cannot be read, a pipe named `x.css`) are the look at the
    /// files published as is's, in `file_diags`.
    walk_diags: Diagnostics,
    /// Briefs whose file could not be read or parsed the last time: the model keeps an
    /// older version, whose resolution no longer describes the file.
    unread: BTreeSet<PathBuf>,
    /// The preview's overlay, as of the last refresh.
    overlay: Overlay,
    /// Briefs (as shown) whose resolution predates an edit of a seed they cite: a seed
    /// edit re-resolves the briefs open in the overlay at once and leaves the others
    /// here for [`Preview::settle`].
    stale: BTreeSet<PathBuf>,
}

/// What a model's resolutions keep of each brief's page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Keep {
    /// Whether the resolutions keep what each brief's page needs (its body HTML and the
    /// rest [`strip`] drops), and `search` its document.
    /// Rendering on request they do not (150 MB at 10,000 briefs): a brief's page is
    /// rendered from a fresh resolution of it ([`Model::render_brief`]), and so is its
    /// document made ([`briefs_docs_file`]), which a page or file asked for or kept can
    /// afford; rendering every page, as eagerly, could not.
    html: bool,
    /// Whether code blocks in that HTML are highlighted. Not in `brief lsp`'s model, which
    /// renders nothing, nor where the HTML is dropped ([`highlight::unhighlighted`]).
    highlighted: bool,
}

/// A brief's document of the search index (the JSON text of its entry in a documents
/// file), or when the model does not keep it ([`Keep::html`] is false: it holds
/// the brief's whole plain text), a fingerprint of it, to tell when it changed; it is
/// made again from a fresh resolution when its documents file is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum SearchDoc {
    Text(String),
    Fingerprint(u64),
}

impl SearchDoc {
    fn new(doc: String, keep: bool) -> SearchDoc {
        if keep {
            return SearchDoc::Text(doc);
        }
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        doc.hash(&mut hasher);
        SearchDoc::Fingerprint(hasher.finish())
    }
}

/// What needs rendering.
#[derive(Debug, Default, Clone)]
struct Dirty {
    all: bool,
    home: bool,
    /// Every machine-readable file (search index, feed, sitemap).
    publish: bool,
    /// Briefs (indexes) whose search document changed in place; the index's terms are
    /// then rewritten too.
    search: BTreeSet<usize>,
    sources: bool,
    assets: bool,
    /// Briefs by source path (as shown, e.g. `content/overview.md`).
    briefs: BTreeSet<PathBuf>,
    /// Seeds by id.
    seeds: BTreeSet<String>,
    /// Output files that no page produces any more.
    removed: BTreeSet<String>,
}

/// How a changed path affects the site.
enum Change {
    /// Reload everything.
    Full,
    Brief(PathBuf),
    Seed(PathBuf),
    /// A seed file the model leaves out: it did not parse, its name is refused (see
    /// [`Site::failed_seeds`]), or it has the id of a seed before it.
    LeftOutSeed(PathBuf),
    Templates,
    Assets,
    Ignore,
}

impl Preview {
    /// Builds the whole site into memory ([`Rendering::Eager`]).
    pub fn new(options: BuildOptions) -> (Preview, Rebuild) {
        Preview::with_rendering(options, Rendering::Eager)
    }

    /// Loads and resolves the whole site (so every diagnostic is known) and renders only
    /// the files that are not pages; each page is rendered when [`Preview::page`] first
    /// asks for it ([`Rendering::OnRequest`]).
    pub fn on_request(options: BuildOptions) -> (Preview, Rebuild) {
        Preview::with_rendering(options, Rendering::OnRequest)
    }

    fn with_rendering(options: BuildOptions, rendering: Rendering) -> (Preview, Rebuild) {
        let mut preview = Preview::empty(options);
        preview.rendering = rendering;
        let rebuild = preview.rebuild(&[]);
        (preview, rebuild)
    }

    /// Loads and resolves the site without rendering anything: the model alone, for
    /// questions about it (`brief lsp`). [`Preview::refresh`] keeps it up to date.
    pub fn analysis(options: BuildOptions, overlay: Overlay) -> Preview {
        let mut preview = Preview::empty(options);
        preview.overlay = overlay;
        preview.analysis = true;
        preview.refresh(&[]);
        preview
    }

    fn empty(options: BuildOptions) -> Preview {
        let root_abs = crate::output::absolute(&options.root);
        Preview {
            options,
            root_abs,
            model: None,
            rendering: Rendering::Eager,
            analysis: false,
            snapshot: Arc::new(Snapshot::new()),
            pages: Arc::new(PageMap::default()),
            current: false,
            pages_rendered: 0,
            diagnostics: Diagnostics::new(),
            pending: Dirty::default(),
            overlay: Overlay::new(),
            listings: BTreeSet::new(),
            search_index: None,
        }
    }

    /// The texts read instead of the files on disk. After changing one, call
    /// [`Preview::refresh`] (or [`Preview::rebuild`]) with its path.
    pub fn overlay_mut(&mut self) -> &mut Overlay {
        &mut self.overlay
    }

    /// The model as it stands, when the site could be loaded.
    pub fn view(&self) -> Option<View<'_>> {
        self.model.as_ref().map(|m| View {
            site: &m.site,
            index: &m.index,
            resolutions: &m.resolutions,
        })
    }

    /// The diagnostics of one file as it is now (as shown, relative to the root): what
    /// `brief check` would report of it, gathered from that file's parts of the model
    /// alone (a keystroke must not copy every diagnostic of a large site). A brief that no
    /// longer parses reports only why, not the older version's problems. A brief left
    /// stale by a seed edit (see [`Preview::settle`]) reports its last resolution's.
    pub fn diagnostics_of(&self, shown: &Path) -> Vec<Diagnostic> {
        let Some(model) = &self.model else {
            return self
                .diagnostics
                .iter()
                .filter(|d| d.path == shown)
                .cloned()
                .collect();
        };
        let mut out: Vec<Diagnostic> = model
            .file_diags
            .get(shown)
            .into_iter()
            .flat_map(|d| d.iter())
            .chain(model.theme_diags.iter().filter(|d| d.path == shown))
            .chain(model.url_diags.iter().filter(|d| d.path == shown))
            .chain(model.walk_diags.iter().filter(|d| d.path == shown))
            .cloned()
            .collect();
        if !model.unread.contains(shown)
            && let Ok(i) = model
                .site
                .briefs
                .binary_search_by(|b| b.path.as_path().cmp(shown))
        {
            out.extend(
                model.resolutions[i]
                    .diagnostics
                    .iter()
                    .filter(|d| d.path == shown)
                    .cloned(),
            );
        }
        out
    }

    /// The brief files (as shown, sorted) that did not parse when the model last read
    /// them, so that it holds no brief describing them as they stand: an older version
    /// that parsed (see `unread`), or none at all (one that has never parsed since the
    /// site was loaded). Their text is the disk's or the overlay's, to be read again by
    /// whoever needs it; every other brief of [`View::site`] is held as last read.
    pub fn unparsed_briefs(&self) -> BTreeSet<&Path> {
        let Some(model) = &self.model else {
            return BTreeSet::new();
        };
        model
            .unread
            .iter()
            .chain(model.briefs_not_held())
            .map(PathBuf::as_path)
            .collect()
    }

    /// The diagnostics of the files as they are now, by file (as shown, relative to the
    /// root): what `brief check` would report of them. Unlike [`Preview::diagnostics`],
    /// a brief that no longer parses reports only why, not the older version's problems.
    pub fn diagnostics_by_file(&self) -> BTreeMap<PathBuf, Vec<Diagnostic>> {
        let mut by_file: BTreeMap<PathBuf, Vec<Diagnostic>> = BTreeMap::new();
        let Some(model) = &self.model else {
            for d in self.diagnostics.iter() {
                by_file.entry(d.path.clone()).or_default().push(d.clone());
            }
            return by_file;
        };
        let fresh = model
            .site
            .briefs
            .iter()
            .zip(&model.resolutions)
            .filter(|(b, _)| !model.unread.contains(&b.path))
            .flat_map(|(_, r)| r.diagnostics.iter());
        let all = model
            .file_diags
            .values()
            .flat_map(|d| d.iter())
            .chain(model.theme_diags.iter())
            .chain(model.url_diags.iter())
            .chain(model.walk_diags.iter())
            .chain(fresh);
        for d in all {
            by_file.entry(d.path.clone()).or_default().push(d.clone());
        }
        by_file
    }

    /// The last good rendering: the whole site in [`Rendering::Eager`], only the files
    /// rendered so far in [`Rendering::OnRequest`] (see [`Preview::complete`]).
    pub fn snapshot(&self) -> Arc<Snapshot> {
        Arc::clone(&self.snapshot)
    }

    /// The whole last good rendering: renders every page and makes every search file not
    /// made yet first (while the last rebuild has failed, only those already made exist).
    pub fn complete(&mut self) -> Arc<Snapshot> {
        if let (Some(model), true) = (&mut self.model, self.current) {
            model.fill_search(0..model.site.briefs.len());
            let model = &*model;
            let search: Vec<(String, Vec<u8>)> = search_files(model, 0..model.site.briefs.len())
                .into_iter()
                .filter(|(file, _)| !self.snapshot.contains_key(file))
                .collect();
            if !search.is_empty() {
                Arc::make_mut(&mut self.snapshot).extend(
                    search
                        .into_iter()
                        .map(|(file, bytes)| (file, Arc::from(bytes))),
                );
            }
            let listing = listing_files_missing(&model.site, &self.snapshot);
            if !listing.is_empty() {
                Arc::make_mut(&mut self.snapshot).extend(listing);
            }
            let missing: Vec<Page> = self
                .pages
                .iter()
                .filter(|(file, _)| !self.snapshot.contains_key(*file))
                .map(|(_, page)| page)
                .collect();
            if !missing.is_empty() {
                let shared = Shared::new(&model.site).served_at_root();
                let sink = MemorySink::default();
                let mut diags = Diagnostics::new();
                let written = render_any(model, &shared, &missing, &sink, &mut diags);
                self.pages_rendered += written;
                let files = sink
                    .files
                    .into_inner()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                Arc::make_mut(&mut self.snapshot).extend(files);
            }
        }
        self.snapshot()
    }

    /// The file at `file` (an output path, e.g. `overview/index.html`) of the last good
    /// build, rendering it first when it is a page not rendered yet (or making it, a file
    /// of the search index), and keeping it; `None` when the site has no such file.
    ///
    /// While the last rebuild has failed, only what was rendered before the failure
    /// exists: the model has moved on, so a page never rendered has no last good version
    /// to show (`brief serve` answers with the 404 page under the error overlay, and the
    /// page appears once the site builds).
    pub fn page(&mut self, file: &str) -> Option<Arc<[u8]>> {
        self.render_page(file).ok().flatten()
    }

    /// [`Preview::page`], with what kept a page from rendering: a template's error at
    /// render time (an undefined field, a failing filter), which `brief build` reports
    /// as an error of the build and which rendering on request only meets when the page
    /// is first asked for. `Err` holds those problems; the page is not kept, so the next
    /// request tries again (after the template is mended, it renders).
    pub fn render_page(&mut self, file: &str) -> Result<Option<Arc<[u8]>>, Vec<Diagnostic>> {
        if let Some(bytes) = self.snapshot.get(file) {
            return Ok(Some(Arc::clone(bytes)));
        }
        if !self.current {
            return Ok(None);
        }
        let Some(model) = self.model.as_mut() else {
            return Ok(None);
        };
        if search::is_search_file(file) {
            let Some(bytes) = search_file(model, &mut self.search_index, file) else {
                return Ok(None);
            };
            Arc::make_mut(&mut self.snapshot).insert(file.to_owned(), Arc::clone(&bytes));
            return Ok(Some(bytes));
        }
        if publish::is_listing_file(file) {
            // The feed, the sitemap and robots.txt are made together, as a build does.
            let made = listing_files_missing(&model.site, &self.snapshot);
            let bytes = made
                .iter()
                .find(|(path, _)| path == file)
                .map(|(_, bytes)| Arc::clone(bytes));
            Arc::make_mut(&mut self.snapshot).extend(made);
            return Ok(bytes);
        }
        let Some(page) = self.pages.get(file) else {
            return Ok(None);
        };
        let shared = Shared::new(&model.site).served_at_root();
        let sink = MemorySink::default();
        let mut diags = Diagnostics::new();
        self.pages_rendered += render_any(model, &shared, &[page], &sink, &mut diags);
        if diags.has_errors() {
            return Err(diags.iter().filter(|d| d.is_error()).cloned().collect());
        }
        let bytes = sink
            .files
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .remove(file);
        if let Some(bytes) = &bytes {
            Arc::make_mut(&mut self.snapshot).insert(file.to_owned(), Arc::clone(bytes));
        }
        Ok(bytes)
    }

    /// How many pages were rendered since the preview was made, at rebuilds and on
    /// request.
    pub fn pages_rendered(&self) -> usize {
        self.pages_rendered
    }

    /// How the preview renders its pages.
    pub fn rendering(&self) -> Rendering {
        self.rendering
    }

    /// The diagnostics of the last rebuild (errors mean the snapshot is older than the
    /// files on disk): the model's, each kept once (in the model), and the rendering's.
    /// After [`Preview::refresh`] alone they are the model's as it is now: ask
    /// [`Preview::diagnostics_of`] about a file instead.
    pub fn diagnostics(&self) -> Report<'_> {
        Report {
            model: self.model.as_ref(),
            own: &self.diagnostics,
        }
    }

    pub fn options(&self) -> &BuildOptions {
        &self.options
    }

    /// Brings the snapshot up to date after `changed` (paths under the root, absolute or
    /// relative to the current folder) changed on disk. An empty list means "anything may
    /// have changed": the site is reloaded.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Rebuild {
        let started = Instant::now();
        let full = self.refresh(changed);
        // A page is rendered from every brief's resolution: none may be stale.
        self.settle(None);
        if self.model.is_some() {
            // The model's are read from the model; this rebuild's rendering adds its own.
            self.diagnostics = Diagnostics::new();
        }
        let dirty = std::mem::take(&mut self.pending);
        if self.rendering == Rendering::Eager
            && let Some(model) = self.model.as_mut()
        {
            // Made with the resolutions, but not in `brief lsp`'s model.
            model.fill_search(0..model.site.briefs.len());
        }
        let (ok, rendered, changed) = match (&self.model, self.diagnostics().has_errors()) {
            (Some(model), false) => {
                let done = render_dirty(
                    model,
                    &self.snapshot,
                    &self.listings,
                    &dirty,
                    self.rendering,
                );
                if done.diags.has_errors() {
                    self.diagnostics.extend(done.diags);
                    (false, 0, Vec::new())
                } else {
                    self.diagnostics.extend(done.diags);
                    // Pages added or removed, rendered or not (a browser showing the 404
                    // page of a brief not yet written reloads when it appears), and the
                    // files rendered so far whose bytes changed. A page never rendered is
                    // not rendered to find out: no browser can be showing it.
                    let mut changed: BTreeSet<String> =
                        diff(&self.snapshot, &done.snapshot).into_iter().collect();
                    if let Some(pages) = done.pages {
                        changed.extend(self.pages.added_or_removed(&pages));
                        self.pages = Arc::new(pages);
                    }
                    self.pages_rendered += done.pages_rendered;
                    self.snapshot = Arc::new(done.snapshot);
                    self.listings = done.listings;
                    if done.search_changed {
                        self.search_index = None;
                    }
                    (true, done.count, changed.into_iter().collect())
                }
            }
            _ => (false, 0, Vec::new()),
        };
        self.current = ok;
        if !ok {
            self.pending = dirty;
        }
        Rebuild {
            ok,
            rendered,
            changed,
            full,
            elapsed: started.elapsed(),
        }
    }

    /// Brings the model (not the snapshot) up to date after `changed`, as
    /// [`Preview::rebuild`] takes them; what needs rendering is owed to the next rebuild.
    /// Returns whether the whole site was reloaded.
    ///
    /// A seed edit re-resolves at once only the citing briefs that are open in the
    /// overlay (an editor's buffers, whose diagnostics it waits for); the other citing
    /// briefs are left stale until [`Preview::settle`] (which [`Preview::rebuild`] calls
    /// before rendering anything).
    pub fn refresh(&mut self, changed: &[PathBuf]) -> bool {
        let changes: Vec<Change> = changed.iter().map(|p| self.classify(p)).collect();
        let mut full = self.model.is_none()
            || changed.is_empty()
            || changes.iter().any(|c| matches!(c, Change::Full));
        let mut dirty = std::mem::take(&mut self.pending);
        // The model moves on from the snapshot's build until the next good rebuild.
        self.current = false;
        // A seed that no longer reads is left out of the site, as a load leaves it out
        // (the briefs citing it are checked against their other seeds): that renumbers
        // the seeds, as removing one does.
        if !full && !self.update(&changes, &mut dirty) {
            full = true;
        }
        if full {
            dirty.all = true;
            self.diagnostics = self.reload();
        }
        self.pending = dirty;
        full
    }

    /// How many briefs a seed edit has left stale (see [`Preview::refresh`]).
    pub fn stale(&self) -> usize {
        self.model.as_ref().map_or(0, |m| m.stale.len())
    }

    /// Re-resolves up to `limit` of the briefs left stale by seed edits (all of them with
    /// `None`), in parallel; returns how many are still stale. `brief lsp` calls it while
    /// the editor is quiet, a few at a time, so a keystroke never waits for the rest.
    pub fn settle(&mut self, limit: Option<usize>) -> usize {
        let strict = self.options.strict;
        let Some(model) = self.model.as_mut() else {
            return 0;
        };
        if model.stale.is_empty() {
            return 0;
        }
        let take = limit.unwrap_or(usize::MAX).max(1);
        let paths: Vec<PathBuf> = model.stale.iter().take(take).cloned().collect();
        for p in &paths {
            model.stale.remove(p);
        }
        let briefs: Vec<usize> = paths
            .iter()
            .filter_map(|p| {
                model
                    .site
                    .briefs
                    .binary_search_by(|b| b.path.as_path().cmp(p))
                    .ok()
            })
            .collect();
        let mut dirty = std::mem::take(&mut self.pending);
        model.reresolve(&briefs, strict, &mut dirty);
        model.uses = uses_of(&model.site, &model.resolutions);
        self.pending = dirty;
        model.stale.len()
    }

    /// Sorts a changed path into what it affects.
    fn classify(&self, path: &Path) -> Change {
        // The folders resolved, not the file: a brief that is a link (out of the site,
        // say) is the link's path, as a build's walk of `content/` meets it.
        let abs = match (path.parent(), path.file_name()) {
            (Some(parent), Some(name)) if !parent.as_os_str().is_empty() => {
                crate::output::absolute(parent).join(name)
            }
            _ => crate::output::absolute(path),
        };
        let Ok(rel) = abs.strip_prefix(&self.root_abs) else {
            return Change::Ignore;
        };
        let parts: Vec<String> = rel
            .components()
            .filter_map(|c| match c {
                Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
                _ => None,
            })
            .collect();
        if site::is_ignored_path(&parts) {
            return Change::Ignore;
        }
        let Some(model) = &self.model else {
            return Change::Full;
        };
        let is_dir = abs.is_dir();
        let ext = abs.extension().and_then(|e| e.to_str()).unwrap_or("");
        match parts.first().map(String::as_str) {
            Some(CONFIG_FILE) if parts.len() == 1 => Change::Full,
            Some(CONTENT_DIR) if parts.len() == 1 => Change::Full,
            Some(CONTENT_DIR) if is_dir => Change::Full,
            // A section's title shows on the breadcrumbs of every brief in it.
            Some(CONTENT_DIR) if crate::section::is_index(&abs) => Change::Full,
            Some(CONTENT_DIR) if site::is_brief_file(&abs) => Change::Brief(abs),
            // A path that is gone and was a folder: anything under it may be gone.
            Some(CONTENT_DIR) if !abs.exists() && !model.knows_asset(&abs) && ext.is_empty() => {
                Change::Full
            }
            Some(CONTENT_DIR) => Change::Assets,
            Some(SEEDS_DIR) if (ext == "md" || ext == "txt") && !is_dir => {
                // Editing a seed is incremental; adding or removing one renumbers the seeds.
                let id = site::seed_id(&self.root_abs.join(SEEDS_DIR), &abs);
                let shown = display_path(&self.root_abs, &abs);
                let known = model
                    .site
                    .seeds
                    .iter()
                    .any(|s| s.id == id && self.root_abs.join(&s.path) == abs)
                    || model.site.seeds.iter().any(|s| s.path == shown);
                // A file the site leaves out — it does not parse, its name is refused,
                // or a seed before it has its id — and that the load met (its id is a
                // failed one, or held): typing in it would reload the site at each
                // keystroke, though nothing but its own problems changes while it stays
                // out. (A new file may change what the briefs' citations of its id say.)
                let held_before = || {
                    model
                        .site
                        .seed_index(&id)
                        .is_some_and(|s| model.site.seeds[s].path < shown)
                };
                if known && abs.is_file() {
                    Change::Seed(abs)
                } else if abs.is_file() && (model.site.seed_failed(&id) || held_before()) {
                    Change::LeftOutSeed(abs)
                } else {
                    Change::Full
                }
            }
            Some(SEEDS_DIR) => Change::Full,
            Some(THEMES_DIR) => {
                let theme = model.site.config.theme.as_deref();
                match (
                    parts.get(1).map(String::as_str),
                    parts.get(2).map(String::as_str),
                ) {
                    (Some(name), Some("templates")) if Some(name) == theme => Change::Templates,
                    (Some(name), Some("static")) if Some(name) == theme => Change::Assets,
                    (Some(name), None) if Some(name) == theme => Change::Full,
                    _ => Change::Ignore,
                }
            }
            Some(STATIC_DIR) => Change::Assets,
            _ => Change::Ignore,
        }
    }

    /// Loads the whole site and resolves every brief. Returns the diagnostics when the
    /// site does not load; otherwise the model holds them.
    fn reload(&mut self) -> Diagnostics {
        let mut diags = Diagnostics::new();
        let load = LoadOptions {
            drafts: self.options.drafts,
            overlay: self.overlay.clone(),
            base_url: self.options.base_url.clone(),
        };
        let Some(site) = Site::load(&self.options.root, &load, &mut diags) else {
            self.model = None;
            return diags;
        };
        let mut file_diags: BTreeMap<PathBuf, Diagnostics> = BTreeMap::new();
        let mut url_diags = Diagnostics::new();
        let mut walk_diags = Diagnostics::new();
        for d in diags {
            if d.kind == Kind::UrlClash {
                url_diags.push(d);
            } else if is_brief_walk_problem(&d) {
                walk_diags.push(d);
            } else {
                file_diags.entry(d.path.clone()).or_default().push(d);
            }
        }
        let index = SeedIndex::new(&site);
        let strict = self.options.strict;
        let indexer = search::Indexer::new(&site.config.language);
        let eager = self.rendering == Rendering::Eager && !self.analysis;
        let keep = Keep {
            html: self.rendering == Rendering::Eager,
            highlighted: eager,
        };
        let (resolutions, search): (Vec<BriefResolution>, Vec<_>) = site
            .briefs
            .par_iter()
            .map(|b| resolve_one(&site, &index, &indexer, b, strict, keep, eager))
            .unzip();
        let uses = uses_of(&site, &resolutions);
        let model = Model {
            site,
            index,
            resolutions,
            uses,
            indexer,
            keep,
            search,
            file_diags,
            theme_diags: Diagnostics::new(),
            url_diags,
            walk_diags,
            unread: BTreeSet::new(),
            overlay: self.overlay.clone(),
            stale: BTreeSet::new(),
        };
        self.model = Some(model);
        Diagnostics::new()
    }

    /// Applies `changes` to the model, recording what to render in `dirty`. Returns
    /// false, leaving the rest undone, when a seed of the model no longer reads: the site
    /// must be loaded again without it.
    fn update(&mut self, changes: &[Change], dirty: &mut Dirty) -> bool {
        let strict = self.options.strict;
        let drafts = self.options.drafts;
        let root = self.options.root.clone();
        let root_abs = self.root_abs.clone();
        let Some(model) = self.model.as_mut() else {
            return true;
        };
        model.overlay = self.overlay.clone();
        let mut uses_stale = false;
        let mut briefs_touched = false;
        for change in changes {
            match change {
                Change::Brief(path) => {
                    // Every batch that touches a brief checks the list against the disk
                    // (below), not only one that visibly adds or removes one: a watcher
                    // may fold a file's removal into other events, or report a create,
                    // rename and remove in an order that leaves a gone brief looking
                    // current (the soak test in tests/hardening.rs found one served
                    // after its file was deleted). A walk of `content/` is a few
                    // milliseconds at 10,000 briefs.
                    briefs_touched = true;
                    uses_stale |= model.update_brief(&root, &root_abs, path, drafts, strict, dirty);
                }
                Change::Seed(path) => {
                    match model.update_seed(&root, &root_abs, path, strict, dirty) {
                        Some(changed) => uses_stale |= changed,
                        None => return false,
                    }
                }
                Change::LeftOutSeed(path) => {
                    if !model.reread_left_out_seed(&root, &root_abs, path) {
                        return false;
                    }
                }
                Change::Templates => {
                    let mut diags = Diagnostics::new();
                    let config = &model.site.config;
                    model.site.theme =
                        Theme::load(&root, config.theme.as_deref(), &config.text, &mut diags);
                    model.theme_diags = diags;
                    dirty.all = true;
                }
                Change::Assets => dirty.assets = true,
                Change::Full | Change::Ignore => {}
            }
        }
        if briefs_touched {
            // A file watcher may fold a quick create-and-rename into one event and never
            // name the first path again, or lose a removal: check the list of briefs
            // against the disk.
            uses_stale |= model.reconcile_briefs(&root, &root_abs, drafts, strict, dirty);
        }
        if dirty.assets {
            let mut diags = Diagnostics::new();
            model.site.assets =
                site::load_assets(&root, &model.site.config, &model.site.theme, &mut diags);
            // The problems of the files published as is are all found again: those of
            // the last look are dropped, or a file's would outlive it.
            let theme_static = model
                .site
                .theme
                .static_dir()
                .map(|dir| display_path(&root, &dir));
            model.file_diags.retain(|path, _| {
                let published_as_is = path.starts_with(STATIC_DIR)
                    || theme_static.as_ref().is_some_and(|t| path.starts_with(t))
                    || (path.starts_with(CONTENT_DIR) && !site::is_brief_file(path));
                !published_as_is
            });
            for d in diags {
                model.file_diags.entry(d.path.clone()).or_default().push(d);
            }
        }
        model.url_diags = Diagnostics::new();
        site::check_urls(
            &model.site.briefs,
            &model.site.sections,
            &mut model.url_diags,
        );
        if uses_stale {
            model.uses = uses_of(&model.site, &model.resolutions);
        }
        true
    }
}

/// Resolves `brief` for the model, with its search terms and document when `terms`.
/// The body's plain text exists only to make that document, so it is dropped: the model
/// keeps one copy, not both. Unless [`Keep::html`], what only the brief's page needs
/// ([`strip`]) and the document are dropped too.
fn resolve_one(
    site: &Site,
    index: &SeedIndex,
    indexer: &search::Indexer,
    brief: &Brief,
    strict: bool,
    keep: Keep,
    terms: bool,
) -> (BriefResolution, Option<(search::DocTerms, SearchDoc)>) {
    // The preview serves no claims.json (the report is for builds): no records of claims.
    let mut resolution = claims::unrecorded(|| {
        if keep.highlighted {
            resolve::resolve_brief(site, index, brief)
        } else {
            highlight::unhighlighted(|| resolve::resolve_brief(site, index, brief))
        }
    });
    site.config
        .checks
        .apply(&mut resolution.diagnostics, strict);
    let entry = terms.then(|| {
        let (terms, doc) = indexer.brief(brief, &resolution.brief.body.plain);
        (terms, SearchDoc::new(doc, keep.html))
    });
    resolution.brief.body.plain = String::new();
    if !keep.html {
        strip(&mut resolution.brief);
    }
    (resolution, entry)
}

/// Drops what only a brief's page needs of its resolution, for a model that renders that
/// page from a fresh one ([`Keep::html`] is false): the body (HTML, contents, notes,
/// citation groups), the rendered components, and each source's backlinks, quotes and
/// figures (130 MiB of `brief serve`'s peak at 10,000 briefs). Each source's seed, id
/// and number stay: a seed edit finds the briefs that cite it by them.
fn strip(brief: &mut resolve::ResolvedBrief) {
    brief.body = crate::markdown::RenderedBody::default();
    brief.components = resolve::RenderedComponents::default();
    for source in &mut brief.sources {
        source.backlinks = Vec::new();
        source.quotes = Vec::new();
        source.figures = Vec::new();
    }
}

/// Whether `d` is a problem the walk of `content/` met at a brief file, as
/// [`Model::walk_diags`] holds them.
fn is_brief_walk_problem(d: &Diagnostic) -> bool {
    d.kind == Kind::Walk && d.path.starts_with(CONTENT_DIR) && site::is_brief_file(&d.path)
}

fn uses_of(site: &Site, resolutions: &[BriefResolution]) -> Vec<SeedUse> {
    let citations: Vec<&Citations> = resolutions.iter().map(|r| &r.citations).collect();
    resolve::seed_uses(site, &citations)
}

/// What the listings (home, sections, topics) and the feed show of a brief.
fn home_entry(brief: &Brief, resolution: &BriefResolution) -> impl PartialEq {
    (
        brief.topics.clone(),
        brief.title.clone(),
        brief.summary.clone(),
        brief.date.clone(),
        brief.updated.clone(),
        brief.authors.clone(),
        brief.weight,
        brief.extra.clone(),
        resolution.citations.seeds.len(),
    )
}

impl Model {
    /// Renders brief `i`'s page (`i` within `site.briefs`), from its resolution when that
    /// keeps the body's HTML, highlighted, else from a fresh one: the same, as the site
    /// and seeds it was resolved against are the model's (no brief is stale while pages
    /// render).
    fn render_brief(
        &self,
        shared: &Shared<'_>,
        i: usize,
        sink: &dyn render::Sink,
    ) -> Result<String, Diagnostic> {
        if self.keep.html && self.keep.highlighted {
            return shared.render_brief(i, &self.resolutions[i].brief, sink);
        }
        let fresh = claims::unrecorded(|| {
            resolve::resolve_brief(&self.site, &self.index, &self.site.briefs[i])
        });
        shared.render_brief(i, &fresh.brief, sink)
    }

    /// Makes the search entries not made yet of the briefs `briefs` (indexes within
    /// `site.briefs`), in parallel, from each brief's body as the model now has it (no
    /// brief is stale when a search file is made).
    fn fill_search(&mut self, briefs: std::ops::Range<usize>) {
        let missing: Vec<usize> = briefs
            .filter(|&i| self.search.get(i).is_some_and(Option::is_none))
            .collect();
        if missing.is_empty() {
            return;
        }
        let keep = self.keep.html;
        let made: Vec<(search::DocTerms, SearchDoc)> = missing
            .par_iter()
            .map(|&i| {
                let brief = &self.site.briefs[i];
                let plain = highlight::unhighlighted(|| resolve::body_plain(&self.site, brief));
                let (terms, doc) = self.indexer.brief(brief, &plain);
                (terms, SearchDoc::new(doc, keep))
            })
            .collect();
        for (i, entry) in missing.into_iter().zip(made) {
            self.search[i] = Some(entry);
        }
    }

    /// Every brief's search terms: those made ([`Model::fill_search`] of every brief
    /// first).
    fn terms(&self) -> Vec<&search::DocTerms> {
        debug_assert!(self.search.iter().all(Option::is_some));
        self.search.iter().flatten().map(|(t, _)| t).collect()
    }

    /// What the pages other than briefs need of the briefs.
    fn overview(&self) -> Overview<'_> {
        Overview {
            citations: self.resolutions.iter().map(|r| &r.citations).collect(),
            uses: &self.uses,
        }
    }

    /// Every diagnostic of the model: each file's, the theme's, the site's, each brief's.
    /// A brief that no longer reads reports only why, not its older version's problems
    /// (which name lines of a text no longer there), as a build of the files would.
    fn diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        let current = self
            .site
            .briefs
            .iter()
            .zip(&self.resolutions)
            .filter(|(b, _)| !self.unread.contains(&b.path))
            .flat_map(|(_, r)| r.diagnostics.iter());
        self.file_diags
            .values()
            .flat_map(|d| d.iter())
            .chain(self.theme_diags.iter())
            .chain(self.url_diags.iter())
            .chain(self.walk_diags.iter())
            .chain(current)
    }

    /// The brief files the model holds problems of but no brief for: one it could not
    /// read or parse (when loading the site, or since, if it was never good), a draft it
    /// leaves out.
    fn briefs_not_held(&self) -> impl Iterator<Item = &PathBuf> {
        self.file_diags
            .keys()
            .filter(|p| p.starts_with(CONTENT_DIR) && site::is_brief(p))
            .filter(|p| {
                self.site
                    .briefs
                    .binary_search_by(|b| b.path.as_path().cmp(p))
                    .is_err()
            })
    }

    fn knows_asset(&self, abs: &Path) -> bool {
        self.site
            .assets
            .values()
            .any(|p| crate::output::absolute(p) == abs)
    }

    /// Re-reads the brief at `path`. Returns whether the seed pages' view of the briefs
    /// changed (so [`SeedUse`]s must be recomputed).
    fn update_brief(
        &mut self,
        root: &Path,
        root_abs: &Path,
        path: &Path,
        drafts: bool,
        strict: bool,
        dirty: &mut Dirty,
    ) -> bool {
        let shown = display_path(root_abs, path);
        if !path.is_file() {
            return self.forget_brief(&shown, dirty);
        }
        let old = self.site.briefs.iter().position(|b| b.path == shown);
        self.file_diags.remove(&shown);
        self.unread.remove(&shown);
        // Re-read and re-resolved below: up to date either way. (An unread brief keeps
        // its old resolution, already reported as not describing the file.)
        self.stale.remove(&shown);
        let (parsed, mut local) = site::read_brief(root, &root.join(&shown), &self.overlay);
        let brief = match parsed {
            Ok(brief) => brief,
            Err(d) => {
                // Keep the last good version in the model; the error fails the rebuild.
                local.push(d);
                self.unread.insert(shown.clone());
                self.file_diags.insert(shown, local);
                return false;
            }
        };
        site::check_sources(
            std::slice::from_ref(&brief),
            &self.site.seeds,
            &self.site.failed_seeds,
            &mut local,
        );
        self.file_diags.insert(shown, local);
        if brief.draft && !drafts {
            return old.is_some_and(|i| self.remove_brief(i, dirty));
        }
        // A brief whose search entry was never made has no search file to drop.
        let terms = old.is_some_and(|i| self.search[i].is_some());
        let (resolution, entry) = resolve_one(
            &self.site,
            &self.index,
            &self.indexer,
            &brief,
            strict,
            self.keep,
            terms,
        );
        dirty.briefs.insert(brief.path.clone());
        match old {
            Some(i) => {
                let (old_brief, old_res) = (&self.site.briefs[i], &self.resolutions[i]);
                if home_entry(old_brief, old_res) != home_entry(&brief, &resolution) {
                    dirty.home = true;
                }
                let cites_changed =
                    old_res.citations != resolution.citations || old_brief.title != brief.title;
                if cites_changed {
                    mark_seeds(&self.site, &old_res.citations, dirty);
                    mark_seeds(&self.site, &resolution.citations, dirty);
                    dirty.sources = true;
                }
                if self.search[i] != entry {
                    dirty.search.insert(i);
                }
                self.search[i] = entry;
                self.site.briefs[i] = brief;
                self.resolutions[i] = resolution;
                cites_changed
            }
            None => {
                let at = self.site.briefs.partition_point(|b| b.path < brief.path);
                dirty.home = true;
                dirty.sources = true;
                mark_seeds(&self.site, &resolution.citations, dirty);
                dirty.publish = true;
                self.search.insert(at, entry);
                self.site.briefs.insert(at, brief);
                self.resolutions.insert(at, resolution);
                true
            }
        }
    }

    /// Brings the model's briefs in line with the files under `content/`: briefs whose
    /// file is gone are removed, files the model has never read are read.
    fn reconcile_briefs(
        &mut self,
        root: &Path,
        root_abs: &Path,
        drafts: bool,
        strict: bool,
        dirty: &mut Dirty,
    ) -> bool {
        let mut scan = Diagnostics::new();
        let on_disk: BTreeSet<PathBuf> = site::brief_files(root, &mut scan)
            .iter()
            .map(|f| display_path(root, f))
            .collect();
        let gone: Vec<PathBuf> = self
            .site
            .briefs
            .iter()
            .filter(|b| !on_disk.contains(&b.path))
            .map(|b| b.path.clone())
            .collect();
        // A set, not a search of the list per file: this runs at every edit of a brief,
        // and 10,000 files against 10,000 briefs took seconds.
        let known: std::collections::HashSet<&PathBuf> =
            self.site.briefs.iter().map(|b| &b.path).collect();
        let unknown: Vec<PathBuf> = on_disk
            .iter()
            .filter(|p| !known.contains(p) && !self.file_diags.contains_key(*p))
            .cloned()
            .collect();
        // A brief file gone that the model holds problems of but no brief for (one it
        // could not read, a draft it leaves out): a watcher folds a file created and
        // deleted between two batches into nothing, so when this walk read the file in
        // between (half-written, say), no event ever names it again, and its errors
        // would fail every rebuild after (the soak test in tests/hardening.rs found one).
        let vanished: Vec<PathBuf> = self
            .briefs_not_held()
            .filter(|p| !on_disk.contains(*p))
            .cloned()
            .collect();
        // A brief file the walk met a problem at (a link out of the site, say) is not
        // read, as a build would not read it: an event naming it may have had it read.
        let refused: BTreeSet<&PathBuf> = scan.iter().map(|d| &d.path).collect();
        let mut changed = false;
        for path in gone.iter().chain(&unknown).chain(&vanished) {
            if refused.contains(path) {
                changed |= self.forget_brief(path, dirty);
            } else {
                changed |=
                    self.update_brief(root, root_abs, &root_abs.join(path), drafts, strict, dirty);
            }
        }
        self.walk_diags = Diagnostics::new();
        for d in scan {
            if is_brief_walk_problem(&d) {
                self.walk_diags.push(d);
            }
        }
        changed
    }

    /// Drops whatever the model holds of the brief file `shown`, as of a file not there.
    fn forget_brief(&mut self, shown: &Path, dirty: &mut Dirty) -> bool {
        self.file_diags.remove(shown);
        self.unread.remove(shown);
        self.stale.remove(shown);
        let old = self.site.briefs.iter().position(|b| b.path == shown);
        old.is_some_and(|i| self.remove_brief(i, dirty))
    }

    fn remove_brief(&mut self, i: usize, dirty: &mut Dirty) -> bool {
        let brief = self.site.briefs.remove(i);
        self.stale.remove(&brief.path);
        let resolution = self.resolutions.remove(i);
        self.search.remove(i);
        dirty.publish = true;
        dirty
            .removed
            .insert(format!("{}index.html", brief.url_path));
        dirty.briefs.remove(&brief.path);
        dirty.home = true;
        dirty.sources = true;
        mark_seeds(&self.site, &resolution.citations, dirty);
        true
    }

    /// Re-reads the seed at `path` (one the model knows) and re-resolves the briefs that
    /// cite it. Returns whether the seed pages' view of the briefs changed, or `None`
    /// when the seed no longer reads (the model must drop it: see [`Preview::refresh`]).
    fn update_seed(
        &mut self,
        root: &Path,
        root_abs: &Path,
        path: &Path,
        strict: bool,
        dirty: &mut Dirty,
    ) -> Option<bool> {
        let shown = display_path(root_abs, path);
        let file = site::read_seed_file(root, &root.join(&shown), &self.overlay);
        let seed = file.seed?;
        let mut local = file.diags;
        let s = self.site.seeds.iter().position(|x| x.id == seed.id);
        // Its id may differ only in case from a seed's before it, which a load reports at
        // this file again ([`site::case_clash`]).
        if let Some(prev) = s.and_then(|s| {
            self.site.seeds[..s]
                .iter()
                .rev()
                .find(|p| p.id.eq_ignore_ascii_case(&seed.id))
        }) {
            local.push(site::case_clash(root, &self.overlay, prev, &seed));
        }
        self.file_diags.insert(shown, local);
        let Some(s) = s else {
            return Some(false);
        };
        self.index.update(s, &seed.paragraphs);
        dirty.seeds.insert(seed.id.clone());
        dirty.sources = true;
        dirty.publish = true;
        self.site.seeds[s] = seed;
        let id = &self.site.seeds[s].id;
        let citing: Vec<usize> = (0..self.site.briefs.len())
            .filter(|&b| {
                self.site.briefs[b].sources.iter().any(|l| &l.id == id)
                    || self.resolutions[b]
                        .brief
                        .sources
                        .iter()
                        .any(|u| &u.id == id)
            })
            .collect();
        // The briefs open in an editor first: their diagnostics are awaited. The others
        // wait for `Preview::settle` (a build-like caller settles them all at once).
        let (open, rest): (Vec<usize>, Vec<usize>) = citing.into_iter().partition(|&b| {
            self.overlay
                .get(&root_abs.join(&self.site.briefs[b].path))
                .is_some()
        });
        self.stale
            .extend(rest.into_iter().map(|b| self.site.briefs[b].path.clone()));
        self.reresolve(&open, strict, dirty);
        Some(true)
    }

    /// Re-reads the seed file at `path`, one the model leaves out ([`Change::LeftOutSeed`]).
    /// While it stays out — it still does not parse, its name is refused whatever it
    /// holds, or a seed before it has its id — only its own problems change, as a load
    /// reports them ([`site::read_seed_file`], [`site::duplicate_seed`]): returns true.
    /// Returns false, changing nothing, when it now loads: the site must be loaded again
    /// with it, as for a new seed.
    fn reread_left_out_seed(&mut self, root: &Path, root_abs: &Path, path: &Path) -> bool {
        let shown = display_path(root_abs, path);
        let file = site::read_seed_file(root, &root.join(&shown), &self.overlay);
        let mut diags = file.diags;
        let failed = match &file.seed {
            None => true,
            Some(seed) => {
                let held = self
                    .site
                    .seed_index(&seed.id)
                    .map(|s| &self.site.seeds[s])
                    .filter(|held| held.path < seed.path);
                let Some(held) = held else {
                    return false;
                };
                diags.push(site::duplicate_seed(root, &self.overlay, seed, &held.path));
                false
            }
        };
        // Which ids failed matters only for ids no seed has (citing one is no second
        // error), but is kept as a load would find it: this file is the one of its id
        // besides the held seed, when there is one, and otherwise its id failed before
        // and still does.
        let failed_ids = &mut self.site.failed_seeds;
        match (failed_ids.binary_search(&file.id), failed) {
            (Err(at), true) => failed_ids.insert(at, file.id),
            (Ok(at), false) => {
                failed_ids.remove(at);
            }
            _ => {}
        }
        self.file_diags.insert(shown, diags);
        true
    }

    /// Re-resolves briefs `briefs` (indexes) whose text is unchanged but whose seeds may
    /// have changed, recording what their pages need in `dirty`.
    fn reresolve(&mut self, briefs: &[usize], strict: bool, dirty: &mut Dirty) {
        // A seed does not change a brief's text, so its search entry stands.
        let fresh: Vec<BriefResolution> = briefs
            .par_iter()
            .map(|&b| {
                let brief = &self.site.briefs[b];
                let keep = self.keep;
                resolve_one(
                    &self.site,
                    &self.index,
                    &self.indexer,
                    brief,
                    strict,
                    keep,
                    false,
                )
                .0
            })
            .collect();
        for (&b, resolution) in briefs.iter().zip(fresh) {
            if home_entry(&self.site.briefs[b], &self.resolutions[b])
                != home_entry(&self.site.briefs[b], &resolution)
            {
                dirty.home = true;
            }
            mark_seeds(&self.site, &self.resolutions[b].citations, dirty);
            mark_seeds(&self.site, &resolution.citations, dirty);
            dirty.briefs.insert(self.site.briefs[b].path.clone());
            self.resolutions[b] = resolution;
        }
    }
}

fn mark_seeds(site: &Site, citations: &Citations, dirty: &mut Dirty) {
    for &s in &citations.seeds {
        if let Some(seed) = site.seeds.get(s) {
            dirty.seeds.insert(seed.id.clone());
        }
    }
}

/// What one [`render_dirty`] produced.
struct Rendered {
    /// The new snapshot: every file in [`Rendering::Eager`], otherwise the pages
    /// rendered so far that are still up to date, and every other file.
    snapshot: Snapshot,
    /// How many pages and files were rendered or copied.
    count: usize,
    /// How many of them were pages.
    pages_rendered: usize,
    diags: Diagnostics,
    /// The listing pages of the site as it now stands.
    listings: BTreeSet<String>,
    /// Every page of the site by output file, when the set of pages may have changed
    /// (`None`: it is the one before).
    pages: Option<PageMap>,
    /// Whether the search index's files may have changed (in [`Rendering::OnRequest`]
    /// those kept were dropped).
    search_changed: bool,
}

/// Renders what `dirty` names over `old`, whose listing pages are `old_listings`. In
/// [`Rendering::OnRequest`] a page is rendered only when `old` holds it (it was asked for
/// and is now out of date); the others stay unrendered until asked for. So is the search
/// index: the files of it `old` holds that may have changed are dropped, to be made again
/// when asked for.
fn render_dirty(
    model: &Model,
    old: &Snapshot,
    old_listings: &BTreeSet<String>,
    dirty: &Dirty,
    rendering: Rendering,
) -> Rendered {
    let site = &model.site;
    let mut diags = Diagnostics::new();
    let shared = Shared::new(site).served_at_root();
    let overview = model.overview();
    let sink = MemorySink::default();
    let wanted =
        |page: Page| rendering == Rendering::Eager || old.contains_key(&shared.page_file(page));

    let briefs: Vec<usize> = if dirty.all {
        (0..site.briefs.len()).collect()
    } else {
        // `site.briefs` is sorted by path.
        dirty
            .briefs
            .iter()
            .filter_map(|path| {
                site.briefs
                    .binary_search_by(|b| b.path.as_path().cmp(path))
                    .ok()
            })
            .collect()
    };
    let briefs: Vec<usize> = briefs
        .into_iter()
        .filter(|&i| wanted(Page::Brief(i)))
        .collect();
    let results: Vec<Result<String, Diagnostic>> = briefs
        .par_iter()
        .map(|&i| model.render_brief(&shared, i, &sink))
        .collect();
    let mut written = render::written(results, &mut diags);
    // The listings' pages are rendered together: how many there are of each follows the
    // briefs as a whole, and the old ones that no longer exist must go.
    let listings = dirty.all || dirty.home || dirty.sources;
    let pages: Vec<Page> = if dirty.all {
        shared.overview_pages()
    } else {
        let mut pages = Vec::new();
        if listings {
            pages.extend(shared.listing_pages());
        }
        pages.extend(
            (0..site.seeds.len())
                .filter(|&s| dirty.seeds.contains(&site.seeds[s].id))
                .map(Page::Seed),
        );
        pages
    };
    let pages: Vec<Page> = pages.into_iter().filter(|&p| wanted(p)).collect();
    written.extend(render::render_pages(
        &shared, &overview, &pages, &sink, &mut diags,
    ));
    let pages_rendered = written.len();
    let mut count = pages_rendered;

    let mut snapshot = if dirty.all {
        Snapshot::new()
    } else {
        old.clone()
    };
    if listings {
        snapshot.retain(|path, _| !old_listings.contains(path));
    }
    let new_listings: BTreeSet<String> = shared
        .listing_pages()
        .into_iter()
        .map(|p| shared.page_file(p))
        .collect();
    let page_map = (listings || dirty.assets).then(|| PageMap::new(&shared));
    if dirty.assets
        && !dirty.all
        && let Some(map) = &page_map
    {
        // Drop every copied file; they are all copied again below.
        snapshot.retain(|path, _| map.contains(path));
    }
    // Rendering eagerly, the feed, sitemap and robots.txt are made whole when what they
    // list changed, and so is the search index: its term shards follow every brief, so
    // an edit that changes a brief's words rewrites them all. On request, the files of
    // either kept that may have changed are dropped instead, and made again when asked
    // for (the feed and the sitemap walk every brief: made at the start of `serve` they
    // were a serial twentieth of its time to the first response at 10,000 briefs).
    let publish_all = dirty.publish || dirty.assets || dirty.all;
    let eager = rendering == Rendering::Eager;
    let listing_changed = publish_all || dirty.home;
    if !eager && listing_changed {
        for path in publish::listing_file_names(site) {
            snapshot.remove(path);
        }
    }
    let search_changed = publish_all || !dirty.search.is_empty();
    if !eager && search_changed {
        let briefs = site.briefs.len();
        let docs: BTreeSet<usize> = dirty
            .search
            .iter()
            .map(|i| i / search::BRIEFS_PER_FILE)
            .collect();
        snapshot.retain(|path, _| {
            let stale = search::is_search_file(path)
                && (publish_all
                    || briefs_file_number(briefs, path).is_none_or(|k| docs.contains(&k)));
            !stale
        });
    }
    let machine_files = if publish_all {
        let mut files = Vec::new();
        if eager {
            // Search files that no longer exist (briefs were removed) go.
            snapshot.retain(|path, _| !search::is_search_file(path));
            files = search_files(model, 0..site.briefs.len());
        }
        if eager {
            files.extend(
                publish::files(site)
                    .into_iter()
                    .map(|(path, text)| (path, text.into_bytes())),
            );
        }
        files
    } else {
        let mut files = Vec::new();
        if eager && !dirty.search.is_empty() {
            files = search_files(model, dirty.search.iter().copied());
        }
        if eager && dirty.home {
            files.extend(
                publish::listing_files(site)
                    .into_iter()
                    .map(|(path, text)| (path, text.into_bytes())),
            );
        }
        files.retain(|(path, _)| !site.assets.contains_key(path));
        files
    };
    if dirty.assets || dirty.all {
        // `publish_all` holds here, so `machine_files` names every generated file when
        // rendering eagerly; on request, the listing files are named without being made
        // (and the search index's are left out: no file of the site is copied onto one
        // of them, so leaving them out changes nothing).
        let mut pages = all_page_files(&shared);
        pages.extend(machine_files.iter().map(|(p, _)| p.clone()));
        if !eager {
            pages.extend(
                publish::listing_file_names(site)
                    .into_iter()
                    .map(str::to_owned),
            );
        }
        count += render::copy_assets(site, &pages, &sink, &mut diags);
    }
    for (path, bytes) in machine_files {
        snapshot.insert(path, Arc::from(bytes));
    }
    for path in &dirty.removed {
        snapshot.remove(path);
    }
    let files = sink
        .files
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    snapshot.extend(files);
    Rendered {
        snapshot,
        count,
        pages_rendered,
        diags,
        listings: new_listings,
        pages: page_map,
        search_changed,
    }
}

/// The feed, sitemap and robots.txt of `site` that `snapshot` does not hold (made all
/// together, as [`publish::listing_files`] makes them), for a preview rendering on
/// request.
fn listing_files_missing(site: &Site, snapshot: &Snapshot) -> Vec<(String, Arc<[u8]>)> {
    if publish::listing_file_names(site)
        .iter()
        .all(|path| snapshot.contains_key(*path))
    {
        return Vec::new();
    }
    publish::listing_files(site)
        .into_iter()
        .filter(|(path, _)| !snapshot.contains_key(path))
        .map(|(path, text)| (path, Arc::from(text.into_bytes())))
        .collect()
}

/// Renders `pages` (briefs or not) into `sink`, in parallel; returns how many were
/// written. Their problems go to `diags`.
fn render_any(
    model: &Model,
    shared: &Shared<'_>,
    pages: &[Page],
    sink: &dyn render::Sink,
    diags: &mut Diagnostics,
) -> usize {
    let overview = model.overview();
    let results: Vec<Result<String, Diagnostic>> = pages
        .par_iter()
        .map(|&page| match page {
            Page::Brief(i) if i < model.resolutions.len() => model.render_brief(shared, i, sink),
            Page::Brief(_) => Err(Diagnostic::error(
                shared.page_file(page),
                "internal: a brief page without its resolution",
            )),
            _ => shared.render_page(page, &overview, sink),
        })
        .collect();
    render::written(results, diags).len()
}

/// Every page of the site by its output file (`overview/index.html`, `404.html` …):
/// what [`Preview::page`] can render, and what the listings of the site add or remove.
#[derive(Debug, Default, Clone, PartialEq)]
struct PageMap(BTreeMap<String, Page>);

impl PageMap {
    fn new(shared: &Shared<'_>) -> PageMap {
        let mut pages: Vec<Page> = shared.overview_pages();
        pages.extend((0..shared.site.briefs.len()).map(Page::Brief));
        PageMap(
            pages
                .into_iter()
                .map(|p| (shared.page_file(p), p))
                .collect(),
        )
    }

    fn get(&self, file: &str) -> Option<Page> {
        self.0.get(file).copied()
    }

    fn contains(&self, file: &str) -> bool {
        self.0.contains_key(file)
    }

    fn iter(&self) -> impl Iterator<Item = (&String, Page)> {
        self.0.iter().map(|(f, &p)| (f, p))
    }

    /// The files in one map and not the other, in order.
    fn added_or_removed<'a>(&'a self, other: &'a PageMap) -> impl Iterator<Item = String> + 'a {
        let old = self.0.keys().filter(|f| !other.0.contains_key(*f));
        let new = other.0.keys().filter(|f| !self.0.contains_key(*f));
        old.chain(new).cloned()
    }
}

/// The search index's files: the documents files holding briefs `briefs` (indexes), and
/// the terms, manifest and source documents, which follow every brief. No file of the
/// site takes the place of one ([`site::load_assets`] copies none there).
fn search_files(model: &Model, briefs: impl Iterator<Item = usize>) -> Vec<(String, Vec<u8>)> {
    let terms = model.terms();
    let files_of: BTreeSet<usize> = briefs.map(|i| i / search::BRIEFS_PER_FILE).collect();
    let files_of: Vec<usize> = files_of.into_iter().collect();
    let mut files: Vec<(String, Vec<u8>)> = files_of
        .par_iter()
        .map(|&k| briefs_docs_file(model, k))
        .collect();
    files.extend(model.indexer.files(&model.site, &terms));
    files
}

/// Search file `file` (an output path) of `model`, made now: one documents file of the
/// briefs alone, or any other file from the whole index, made and kept in `index` when
/// not already there. `None` when the index has no such file.
fn search_file(
    model: &mut Model,
    index: &mut Option<BTreeMap<String, Arc<[u8]>>>,
    file: &str,
) -> Option<Arc<[u8]>> {
    let briefs = model.site.briefs.len();
    if let Some(k) = briefs_file_number(briefs, file) {
        let first = k * search::BRIEFS_PER_FILE;
        model.fill_search(first..briefs.min(first + search::BRIEFS_PER_FILE));
        return Some(Arc::from(briefs_docs_file(model, k).1));
    }
    if index.is_none() {
        model.fill_search(0..briefs);
    }
    let index = index.get_or_insert_with(|| {
        model
            .indexer
            .files(&model.site, &model.terms())
            .into_iter()
            .map(|(path, bytes)| (path, Arc::from(bytes)))
            .collect()
    });
    index.get(file).cloned()
}

/// Which documents file of the briefs `path` is (of a site of `briefs` briefs), if it is
/// one: the number in it, checked against the path [`search::briefs_file`] gives it.
fn briefs_file_number(briefs: usize, path: &str) -> Option<usize> {
    let digits = path.find(|c: char| c.is_ascii_digit())?;
    let rest = &path[digits..];
    let end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let k: usize = rest[..end].parse().ok()?;
    (k < briefs.div_ceil(search::BRIEFS_PER_FILE) && search::briefs_file(k, &[]).0 == path)
        .then_some(k)
}

/// Documents file `k` of the briefs: path and contents. A document the model does not
/// keep is made again from a fresh resolution of its brief.
fn briefs_docs_file(model: &Model, k: usize) -> (String, Vec<u8>) {
    let first = k * search::BRIEFS_PER_FILE;
    let docs: Vec<std::borrow::Cow<'_, str>> = model
        .search
        .iter()
        .enumerate()
        .skip(first)
        .take(search::BRIEFS_PER_FILE)
        .map(|(i, entry)| match entry {
            Some((_, SearchDoc::Text(text))) => std::borrow::Cow::Borrowed(text.as_str()),
            _ => {
                let brief = &model.site.briefs[i];
                let plain = highlight::unhighlighted(|| resolve::body_plain(&model.site, brief));
                std::borrow::Cow::Owned(model.indexer.brief(brief, &plain).1)
            }
        })
        .collect();
    let docs: Vec<&str> = docs.iter().map(AsRef::as_ref).collect();
    search::briefs_file(k, &docs)
}

/// The output files of every page of the site.
fn all_page_files(shared: &Shared<'_>) -> BTreeSet<String> {
    let mut pages: Vec<Page> = shared.overview_pages();
    pages.extend((0..shared.site.briefs.len()).map(Page::Brief));
    pages.into_iter().map(|p| shared.page_file(p)).collect()
}

/// Paths added, removed or changed between two snapshots, sorted.
pub fn diff(old: &Snapshot, new: &Snapshot) -> Vec<String> {
    // Both maps are sorted by path: walk them side by side.
    let mut changed = Vec::new();
    let (mut a, mut b) = (old.iter().peekable(), new.iter().peekable());
    loop {
        match (a.peek(), b.peek()) {
            (None, None) => break,
            (Some((path, _)), None) => {
                changed.push((*path).clone());
                a.next();
            }
            (None, Some((path, _))) => {
                changed.push((*path).clone());
                b.next();
            }
            (Some((p, x)), Some((q, y))) => match p.cmp(q) {
                std::cmp::Ordering::Less => {
                    changed.push((*p).clone());
                    a.next();
                }
                std::cmp::Ordering::Greater => {
                    changed.push((*q).clone());
                    b.next();
                }
                std::cmp::Ordering::Equal => {
                    // Unchanged files share their bytes with the old snapshot: compare
                    // pointers first.
                    if !(Arc::ptr_eq(x, y) || x == y) {
                        changed.push((*q).clone());
                    }
                    a.next();
                    b.next();
                }
            },
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("content/deal")).unwrap();
        fs::create_dir_all(root.join("seeds")).unwrap();
        fs::create_dir_all(root.join("static")).unwrap();
        fs::write(root.join("brief.yaml"), "title: T\n").unwrap();
        fs::write(root.join("static/x.css"), "x{}").unwrap();
        fs::write(
            root.join("seeds/a.md"),
            "---\ntitle: A\noutlet: O\n---\nThe quick brown fox.\n\nJumps over.\n",
        )
        .unwrap();
        fs::write(
            root.join("seeds/b.md"),
            "---\ntitle: B\noutlet: P\n---\nLazy dogs sleep.\n",
        )
        .unwrap();
        fs::write(
            root.join("content/one.md"),
            "---\ntitle: One\nsources: [a, b]\n---\nIt was \"quick brown\" [@a]. Dogs [@b].\n",
        )
        .unwrap();
        fs::write(
            root.join("content/deal/two.md"),
            "---\ntitle: Two\nsources: [a]\n---\nFox [@a, para. 2].\n",
        )
        .unwrap();
        dir
    }

    /// What `brief build` writes for the same files.
    fn full(root: &Path) -> Snapshot {
        let sink = MemorySink::default();
        let (diags, _, _, _) = crate::build::render_site(&BuildOptions::new(root), &sink);
        assert!(!diags.has_errors(), "{diags:?}");
        let mut files = sink.files.into_inner().unwrap();
        // The preview serves no claims.json: the report is for builds (see resolve_one).
        files.remove(crate::build::CLAIMS_FILE);
        files
    }

    fn assert_same(preview: &Preview, root: &Path) {
        let want = full(root);
        let got = preview.snapshot();
        assert_eq!(
            got.keys().collect::<Vec<_>>(),
            want.keys().collect::<Vec<_>>()
        );
        for (k, v) in want.iter() {
            assert!(got[k] == *v, "{k} differs from a full build");
        }
    }

    #[test]
    fn diff_names_added_removed_and_changed_files_in_order() {
        let bytes = |s: &str| -> Arc<[u8]> { Arc::from(s.as_bytes()) };
        let shared = bytes("same");
        let old: Snapshot = [
            ("a", shared.clone()),
            ("b", bytes("old")),
            ("c", bytes("gone")),
            ("e", bytes("equal")),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        let new: Snapshot = [
            ("a", shared),
            ("b", bytes("new")),
            ("d", bytes("added")),
            ("e", bytes("equal")),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        assert_eq!(diff(&old, &new), ["b", "c", "d"]);
        assert_eq!(diff(&new, &new), Vec::<String>::new());
        assert_eq!(diff(&Snapshot::new(), &new), ["a", "b", "d", "e"]);
    }

    #[test]
    fn body_edit_renders_only_that_brief() {
        let dir = site();
        let root = dir.path();
        let (mut p, first) = Preview::new(BuildOptions::new(root));
        assert!(first.ok);
        fs::write(root.join("content/one.md"), "---\ntitle: One\nsources: [a, b]\n---\nIt was \"quick brown\" [@a]. Sleepy dogs [@b].\n").unwrap();
        let r = p.rebuild(&[root.join("content/one.md")]);
        assert!(r.ok && !r.full);
        assert_eq!(r.rendered, 1);
        assert_eq!(
            r.changed,
            vec![
                "one/index.html",
                "search/docs/0.json",
                "search/terms/0.json"
            ]
        );
        assert_same(&p, root);
    }

    #[test]
    fn title_and_citation_changes_reach_home_and_seed_pages() {
        let dir = site();
        let root = dir.path();
        let (mut p, _) = Preview::new(BuildOptions::new(root));
        fs::write(
            root.join("content/one.md"),
            "---\ntitle: Uno\nsources: [a, b]\n---\nIt was \"brown fox\" [@b; @a].\n",
        )
        .unwrap();
        let r = p.rebuild(&[root.join("content/one.md")]);
        assert!(r.ok && !r.full);
        assert!(r.changed.contains(&"index.html".to_owned()));
        assert!(r.changed.contains(&"sources/a/index.html".to_owned()));
        assert_same(&p, root);
    }

    #[test]
    fn new_deleted_and_broken_briefs() {
        let dir = site();
        let root = dir.path();
        let (mut p, _) = Preview::new(BuildOptions::new(root));
        fs::write(
            root.join("content/three.md"),
            "---\ntitle: Three\nsources: [b]\n---\nDogs [@b].\n",
        )
        .unwrap();
        let r = p.rebuild(&[root.join("content/three.md")]);
        assert!(r.ok && r.changed.contains(&"three/index.html".to_owned()));
        assert_same(&p, root);

        fs::remove_file(root.join("content/deal/two.md")).unwrap();
        let r = p.rebuild(&[root.join("content/deal/two.md")]);
        assert!(r.ok && r.changed.contains(&"deal/two/index.html".to_owned()));
        assert_same(&p, root);

        let before = p.snapshot();
        fs::write(root.join("content/three.md"), "---\ntitle: [broken\n---\n").unwrap();
        let r = p.rebuild(&[root.join("content/three.md")]);
        assert!(!r.ok);
        assert!(p.diagnostics().has_errors());
        assert!(
            Arc::ptr_eq(&before, &p.snapshot()),
            "a failed rebuild keeps the snapshot"
        );

        fs::write(
            root.join("content/three.md"),
            "---\ntitle: Three again\nsources: [b]\n---\nDogs [@b].\n",
        )
        .unwrap();
        let r = p.rebuild(&[root.join("content/three.md")]);
        assert!(r.ok, "{:?}", p.diagnostics());
        assert_same(&p, root);
    }

    /// A brief file that the check of the list against the disk finds (`text`, failing
    /// the rebuild), then deleted: the watcher folds its creation and deletion into
    /// nothing, so no change ever names it. Its errors must not outlive the file.
    fn found_by_the_walk_then_deleted_unnamed(text: &str) {
        let dir = site();
        let root = dir.path();
        let (mut p, _) = Preview::new(BuildOptions::new(root));
        fs::write(root.join("content/four.md"), text).unwrap();
        let edit = |text: &str| {
            fs::write(
                root.join("content/one.md"),
                format!("---\ntitle: One\nsources: [a, b]\n---\n{text} [@a].\n"),
            )
            .unwrap();
        };
        edit("It was \"quick brown\"");
        let r = p.rebuild(&[root.join("content/one.md")]);
        assert!(!r.ok, "the file found by the walk fails the rebuild");
        fs::remove_file(root.join("content/four.md")).unwrap();
        edit("It was \"the quick brown\"");
        let r = p.rebuild(&[root.join("content/one.md")]);
        assert!(r.ok, "{:?}", p.diagnostics());
        assert_same(&p, root);
    }

    /// Read half-written (empty) (the soak test in tests/hardening.rs once served the
    /// first pages for 30 s because of one).
    #[test]
    fn a_broken_brief_deleted_unnamed_stops_failing_the_rebuilds() {
        found_by_the_walk_then_deleted_unnamed("");
    }

    /// A draft, which the model leaves out but whose problems it keeps.
    #[test]
    fn a_left_out_draft_deleted_unnamed_stops_failing_the_rebuilds() {
        found_by_the_walk_then_deleted_unnamed(
            "---\ntitle: Four\ndraft: true\nsources: [nope]\n---\nText.\n",
        );
    }

    /// What `brief check` reports of the site as it is on disk: the diagnostics a
    /// preview's model must hold after any rebuild.
    fn checked(root: &Path) -> Vec<String> {
        let (fresh, _) = Preview::new(BuildOptions::new(root));
        held(&fresh)
    }

    /// Rebuilds `p` after `changed`, which must succeed and leave the preview holding
    /// what a build of the files reports.
    fn rebuilds_as_built(p: &mut Preview, root: &Path, changed: &Path) {
        let r = p.rebuild(&[changed.to_owned()]);
        assert!(r.ok, "{:?}", p.diagnostics());
        assert_eq!(held(p), checked(root));
    }

    fn held(p: &Preview) -> Vec<String> {
        p.diagnostics()
            .sorted()
            .iter()
            .map(|d| d.to_string())
            .collect()
    }

    /// A brief file linked from outside the site is refused by a build (it reads only
    /// files inside its own folder); the preview, told of the new link, must refuse it
    /// too rather than read it, and forget the error once the link is gone.
    #[cfg(unix)]
    #[test]
    fn a_brief_linked_from_outside_the_site_fails_the_rebuild_as_a_build_does() {
        let dir = site();
        let root = dir.path();
        let outside = tempfile::tempdir().unwrap();
        let target = outside.path().join("far.md");
        fs::write(&target, "---\ntitle: Far\nsources: [a]\n---\nFox [@a].\n").unwrap();
        let (mut p, _) = Preview::new(BuildOptions::new(root));
        let link = root.join("content/far.md");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let r = p.rebuild(std::slice::from_ref(&link));
        assert!(!r.ok, "a link outside the site fails the rebuild");
        assert_eq!(held(&p), checked(root));
        assert!(
            !p.snapshot().contains_key("far/index.html"),
            "nothing is read through the link"
        );
        fs::remove_file(&link).unwrap();
        rebuilds_as_built(&mut p, root, &link);
        assert_same(&p, root);
    }

    /// A pipe where a brief would be: a build warns of it and goes on. The preview must
    /// say the same after an edit of another brief (its check of the list of briefs
    /// against the disk walks `content/` again), and stop once the pipe is gone.
    #[cfg(unix)]
    #[test]
    fn a_pipe_among_the_briefs_is_warned_of_as_a_build_does_after_any_edit() {
        let dir = site();
        let root = dir.path();
        let pipe = root.join("content/pipe.md");
        // And one published as is would be, which the assets' look warns of.
        let other = root.join("content/pipe.css");
        let made = std::process::Command::new("mkfifo")
            .arg(&pipe)
            .arg(&other)
            .status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("skipped: mkfifo is not available");
            return;
        }
        let (mut p, _) = Preview::new(BuildOptions::new(root));
        assert!(held(&p).iter().any(|d| d.contains("not a regular file")));
        let one = root.join("content/one.md");
        fs::write(
            &one,
            "---\ntitle: One\nsources: [a, b]\n---\nIt was \"the quick brown\" [@a].\n",
        )
        .unwrap();
        rebuilds_as_built(&mut p, root, &one);
        fs::remove_file(&pipe).unwrap();
        rebuilds_as_built(&mut p, root, &pipe);
    }

    /// Files published as is: a text file beside the briefs is warned of, a static file
    /// linked from outside the site is an error. The preview must hold what a build
    /// reports as they come and go, not the problems of files long gone.
    #[cfg(unix)]
    #[test]
    fn the_problems_of_files_published_as_is_come_and_go_with_them() {
        let dir = site();
        let root = dir.path();
        let outside = tempfile::tempdir().unwrap();
        let target = outside.path().join("far.css");
        fs::write(&target, "x{}").unwrap();
        let (mut p, _) = Preview::new(BuildOptions::new(root));
        let notes = root.join("content/notes.txt");
        fs::write(&notes, "not for readers").unwrap();
        let r = p.rebuild(std::slice::from_ref(&notes));
        assert!(r.ok, "{:?}", p.diagnostics());
        assert!(held(&p).iter().any(|d| d.contains("not a brief")));
        assert_eq!(held(&p), checked(root));
        fs::remove_file(&notes).unwrap();
        rebuilds_as_built(&mut p, root, &notes);

        let link = root.join("static/far.css");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let r = p.rebuild(std::slice::from_ref(&link));
        assert!(
            !r.ok,
            "a static file linked from outside the site fails the rebuild"
        );
        assert_eq!(held(&p), checked(root));
        fs::remove_file(&link).unwrap();
        rebuilds_as_built(&mut p, root, &link);
        assert_same(&p, root);
    }

    /// A brief that stops parsing reports why, not the problems of the version the model
    /// keeps (they name lines of a text no longer there), as a build of the files does.
    #[test]
    fn a_brief_that_no_longer_parses_reports_only_why() {
        let dir = site();
        let root = dir.path();
        let (mut p, _) = Preview::new(BuildOptions::new(root));
        let one = root.join("content/one.md");
        fs::write(&one, "---\ntitle: One\nsources: [a]\n---\nDogs [@b].\n").unwrap();
        let r = p.rebuild(std::slice::from_ref(&one));
        assert!(!r.ok);
        assert!(
            held(&p)
                .iter()
                .any(|d| d.contains("not in this brief's `sources`"))
        );
        fs::write(&one, "---\ntitle: [broken\n---\n").unwrap();
        let r = p.rebuild(std::slice::from_ref(&one));
        assert!(!r.ok);
        assert_eq!(held(&p), checked_errors(root));
    }

    /// What a build of the files reports when it fails.
    fn checked_errors(root: &Path) -> Vec<String> {
        let sink = MemorySink::default();
        let (diags, _, _, _) = crate::build::render_site(&BuildOptions::new(root), &sink);
        assert!(diags.has_errors());
        diags.sorted().iter().map(|d| d.to_string()).collect()
    }

    #[test]
    fn seed_edit_rerenders_citing_briefs_only() {
        let dir = site();
        let root = dir.path();
        let (mut p, _) = Preview::new(BuildOptions::new(root));
        fs::write(
            root.join("seeds/b.md"),
            "---\ntitle: B renamed\noutlet: P\n---\nLazy dogs sleep.\n",
        )
        .unwrap();
        let r = p.rebuild(&[root.join("seeds/b.md")]);
        assert!(r.ok && !r.full);
        assert!(r.changed.contains(&"one/index.html".to_owned()));
        assert!(!r.changed.contains(&"deal/two/index.html".to_owned()));
        assert_same(&p, root);

        // A seed edit that loses a quoted passage: still builds (a warning), and matches.
        fs::write(
            root.join("seeds/a.md"),
            "---\ntitle: A\noutlet: O\n---\nThe slow fox.\n\nJumps over.\n",
        )
        .unwrap();
        let r = p.rebuild(&[root.join("seeds/a.md")]);
        assert!(r.ok);
        assert_eq!(p.diagnostics().warning_count(), 1);
        assert_same(&p, root);
    }

    #[test]
    fn a_seed_edit_resolves_open_briefs_first_and_the_rest_when_settled() {
        let dir = site();
        let root = dir.path();
        let one = root.join("content/one.md");
        let mut overlay = Overlay::new();
        overlay.set(&one, &fs::read_to_string(&one).unwrap());
        let mut options = BuildOptions::new(root);
        options.strict = true;
        let mut p = Preview::analysis(options, overlay);
        let two = Path::new("content/deal/two.md");
        let quote_missing = |p: &Preview| !p.diagnostics_of(Path::new("content/one.md")).is_empty();
        let past_end = |p: &Preview| !p.diagnostics_of(two).is_empty();
        assert!(!quote_missing(&p) && !past_end(&p));
        // One paragraph left, without the quoted words: both briefs citing it are wrong.
        fs::write(
            root.join("seeds/a.md"),
            "---\ntitle: A\noutlet: O\n---\nThe slow fox.\n",
        )
        .unwrap();
        assert!(!p.refresh(&[root.join("seeds/a.md")]));
        // The open brief is re-resolved at once; the other waits.
        assert!(quote_missing(&p));
        assert_eq!(p.stale(), 1);
        assert!(!past_end(&p));
        assert_eq!(p.settle(Some(8)), 0);
        assert!(past_end(&p), "{:?}", p.diagnostics_of(two));
        // Editing the stale brief itself brings it up to date too.
        fs::write(
            root.join("seeds/a.md"),
            "---\ntitle: A\noutlet: O\n---\nThe quick brown fox.\n\nJumps over.\n",
        )
        .unwrap();
        p.refresh(&[root.join("seeds/a.md")]);
        assert_eq!(p.stale(), 1);
        p.refresh(&[root.join(two)]);
        assert_eq!(p.stale(), 0);
        assert!(!past_end(&p) && !quote_missing(&p));
    }

    /// A seed left out for not parsing is read again alone while it still does not parse
    /// (its error follows the text, as a load reports it), and a brief's edit stays
    /// incremental meanwhile; once it parses, the site is loaded again with it. A seed
    /// left out for its name is read again alone too, whatever it holds.
    #[test]
    fn a_seed_that_does_not_parse_is_read_again_alone_until_it_does() {
        let dir = site();
        let root = dir.path();
        let bad = root.join("seeds/bad.md");
        fs::write(&bad, "---\ntitle: [broken\n---\nThe slow fox.\n").unwrap();
        let mut options = BuildOptions::new(root);
        options.strict = true;
        let mut p = Preview::analysis(options.clone(), Overlay::new());
        let shown = Path::new("seeds/bad.md");
        let lines = |p: &Preview| -> Vec<usize> {
            p.diagnostics_of(shown).iter().map(|d| d.line).collect()
        };
        assert_eq!(lines(&p), [2]);

        let typed = "---\noutlet: O\ntitle: [broken\n---\nThe slow fox.\n";
        p.overlay_mut().set(&bad, typed);
        assert!(!p.refresh(std::slice::from_ref(&bad)));
        let mut loaded = Overlay::new();
        loaded.set(&bad, typed);
        let fresh = Preview::analysis(options.clone(), loaded);
        assert_eq!(p.diagnostics_of(shown), fresh.diagnostics_of(shown));
        assert_eq!(lines(&p), [3]);

        let one = root.join("content/one.md");
        p.overlay_mut()
            .set(&one, "---\ntitle: One\nsources: [a, b]\n---\nDogs [@b].\n");
        assert!(!p.refresh(std::slice::from_ref(&one)));
        assert!(p.diagnostics_of(shown).len() == 1);

        p.overlay_mut()
            .set(&bad, "---\noutlet: O\ntitle: Bad\n---\nThe slow fox.\n");
        assert!(p.refresh(std::slice::from_ref(&bad)));
        assert!(p.diagnostics_of(shown).is_empty());
        assert!(p.view().unwrap().site.seed_index("bad").is_some());

        let named = root.join("seeds/x y.md");
        fs::write(&named, "---\ntitle: [broken\n---\nText.\n").unwrap();
        // New: the briefs' citations of its id may read otherwise.
        assert!(p.refresh(std::slice::from_ref(&named)));
        p.overlay_mut()
            .set(&named, "---\ntitle: [still broken\n---\nText.\n");
        assert!(!p.refresh(std::slice::from_ref(&named)));
        let named_diags = p.diagnostics_of(Path::new("seeds/x y.md"));
        assert!(
            named_diags
                .iter()
                .any(|d| d.message.contains("cannot be cited")),
            "{named_diags:?}"
        );
    }

    /// A seed file the site leaves out whatever it holds — its name cannot be cited, it
    /// would take a page of the sources index, a seed before it has its id — is read
    /// again alone at each change, never reloading the site, and every file's
    /// diagnostics are a fresh load's, whether its text parses or not. A seed whose id
    /// differs only in case from another's keeps that error through its edits.
    #[test]
    fn a_seed_refused_for_its_name_is_read_again_alone() {
        let dir = site();
        let root = dir.path();
        let texts = [
            "---\ntitle: Named\noutlet: O\n---\nLazy dogs sleep.\n",
            "---\ntitle: [broken\n---\nLazy dogs sleep.\n",
            "---\ntitle: Named\nauthor: [A, B\noutlet: O\n---\nLazy dogs sleep.\n",
            "Lazy dogs sleep.\n",
        ];
        let refused = ["seeds/x y.md", "seeds/page/2.md", "seeds/a.txt"];
        fs::create_dir_all(root.join("seeds/page")).unwrap();
        for f in refused.iter().chain(&["seeds/B.md"]) {
            fs::write(root.join(f), texts[0]).unwrap();
        }
        let mut options = BuildOptions::new(root);
        options.strict = true;
        let mut p = Preview::analysis(options.clone(), Overlay::new());
        let first = |p: &Preview, f: &str| p.diagnostics_of(Path::new(f))[0].message.clone();
        assert!(first(&p, refused[0]).contains("cannot be cited"));
        assert!(first(&p, refused[1]).contains("sources/page/2/"));
        assert!(first(&p, refused[2]).contains("two seeds have the id `a`"));
        assert!(first(&p, "seeds/b.md").contains("differ only in case"));
        let mut typed: BTreeMap<PathBuf, &str> = BTreeMap::new();
        let (mut full_refused, mut full_case) = (0, 0);
        // `b.md` is edited as it stays whole, but for a broken text every fourth edit.
        let case_texts = [
            "---\ntitle: B\noutlet: P\n---\nLazy dogs sleep.\n",
            "---\ntitle: B again\noutlet: P\n---\nLazy dogs sleep.\n",
            texts[1],
            "---\ntitle: B\noutlet: Q\n---\nLazy dogs sleep.\n",
        ];
        for (text, case_text) in texts
            .iter()
            .cycle()
            .skip(1)
            .zip(case_texts.iter().cycle())
            .take(8)
        {
            for f in refused.iter().chain(&["seeds/b.md"]) {
                let path = root.join(f);
                let text = if *f == "seeds/b.md" { case_text } else { text };
                p.overlay_mut().set(&path, text);
                typed.insert(path.clone(), text);
                let full = usize::from(p.refresh(std::slice::from_ref(&path)));
                if *f == "seeds/b.md" {
                    full_case += full;
                } else {
                    full_refused += full;
                }
                p.settle(None);
                let mut overlay = Overlay::new();
                for (path, text) in &typed {
                    overlay.set(path, text);
                }
                let fresh = Preview::analysis(options.clone(), overlay);
                assert_eq!(
                    p.diagnostics_by_file(),
                    fresh.diagnostics_by_file(),
                    "{f} as {text:?}"
                );
                assert_eq!(
                    p.view().unwrap().site.failed_seeds,
                    fresh.view().unwrap().site.failed_seeds,
                    "{f} as {text:?}"
                );
            }
        }
        assert_eq!(
            full_refused, 0,
            "of 24 edits of seeds refused for their name"
        );
        // `b.md` reloads the site when it stops parsing (a seed that stops reading
        // renumbers the seeds) and when it parses again: twice in four edits.
        assert_eq!(full_case, 4);
    }

    #[test]
    fn structural_changes_reload() {
        let dir = site();
        let root = dir.path();
        let (mut p, _) = Preview::new(BuildOptions::new(root));
        fs::write(
            root.join("seeds/c.md"),
            "---\ntitle: C\noutlet: Q\n---\nNew.\n",
        )
        .unwrap();
        let r = p.rebuild(&[root.join("seeds/c.md")]);
        assert!(r.ok && r.full);
        assert_same(&p, root);
        fs::write(root.join("static/x.css"), "y{}").unwrap();
        fs::write(root.join("static/new.txt"), "n").unwrap();
        let r = p.rebuild(&[root.join("static/x.css"), root.join("static/new.txt")]);
        assert!(r.ok && !r.full);
        assert_same(&p, root);
        fs::remove_file(root.join("static/new.txt")).unwrap();
        let r = p.rebuild(&[root.join("static/new.txt")]);
        assert!(r.ok && r.changed == vec!["new.txt"]);
        assert_same(&p, root);
    }

    #[test]
    fn a_rename_reported_by_its_new_name_only_removes_the_old_brief() {
        let dir = site();
        let root = dir.path();
        let (mut p, _) = Preview::new(BuildOptions::new(root));
        let body = "---\ntitle: Eight\nsources: [b]\n---\nDogs [@b].\n";
        fs::write(root.join("content/b8.md"), body).unwrap();
        assert!(p.rebuild(&[root.join("content/b8.md")]).ok);
        // What a debouncer that folds renames together may report: the new name alone.
        fs::rename(root.join("content/b8.md"), root.join("content/b14.md")).unwrap();
        let r = p.rebuild(&[root.join("content/b14.md")]);
        assert!(r.ok);
        assert!(
            r.changed.contains(&"b8/index.html".to_owned()),
            "{:?}",
            r.changed
        );
        assert_same(&p, root);
    }

    #[test]
    fn listing_pages_grow_and_shrink_with_the_briefs() {
        let dir = site();
        let root = dir.path();
        fs::write(root.join("brief.yaml"), "title: T\npaginate_by: 1\n").unwrap();
        let (mut p, first) = Preview::new(BuildOptions::new(root));
        assert!(first.ok);
        assert!(p.snapshot().contains_key("page/2/index.html"));
        assert!(p.snapshot().contains_key("deal/index.html"));
        // A new brief in a new folder, with a topic: a third home page, a section, a
        // topic page.
        fs::create_dir_all(root.join("content/grid")).unwrap();
        fs::write(
            root.join("content/grid/three.md"),
            "---\ntitle: Three\ntopics: [Energy]\nsources: [b]\n---\nDogs [@b].\n",
        )
        .unwrap();
        let r = p.rebuild(&[root.join("content/grid/three.md")]);
        assert!(r.ok);
        for page in [
            "page/3/index.html",
            "grid/index.html",
            "topics/energy/index.html",
            "topics/index.html",
        ] {
            assert!(
                r.changed.contains(&page.to_owned()),
                "{page}: {:?}",
                r.changed
            );
        }
        assert_same(&p, root);
        // Its topic dropped, then the brief gone: the pages it made go too.
        fs::write(
            root.join("content/grid/three.md"),
            "---\ntitle: Three\nsources: [b]\n---\nDogs [@b].\n",
        )
        .unwrap();
        let r = p.rebuild(&[root.join("content/grid/three.md")]);
        assert!(r.ok && r.changed.contains(&"topics/energy/index.html".to_owned()));
        assert_same(&p, root);
        fs::remove_file(root.join("content/grid/three.md")).unwrap();
        let r = p.rebuild(&[root.join("content/grid/three.md")]);
        assert!(r.ok && r.changed.contains(&"page/3/index.html".to_owned()));
        assert!(!p.snapshot().contains_key("grid/index.html"));
        assert_same(&p, root);
        // A section's introduction reaches its page and the breadcrumbs of its briefs.
        fs::write(
            root.join("content/deal/_index.md"),
            "---\ntitle: The deal\n---\n",
        )
        .unwrap();
        let r = p.rebuild(&[root.join("content/deal/_index.md")]);
        assert!(r.ok && r.changed.contains(&"deal/two/index.html".to_owned()));
        assert_same(&p, root);
    }

    /// Every file a lazy preview holds is the full build's.
    fn assert_kept_same(preview: &Preview, root: &Path) {
        let want = full(root);
        for (k, v) in preview.snapshot().iter() {
            assert!(want.get(k) == Some(v), "{k} differs from a full build");
        }
    }

    /// The same, and so is every page, once rendered.
    fn assert_on_request_same(preview: &mut Preview, root: &Path) {
        assert_kept_same(preview, root);
        assert_eq!(*preview.complete(), full(root));
    }

    #[test]
    fn on_request_renders_a_page_when_first_asked_for_and_keeps_it() {
        let dir = site();
        let root = dir.path();
        let (mut p, first) = Preview::on_request(BuildOptions::new(root));
        assert!(first.ok);
        assert_eq!(p.rendering(), Rendering::OnRequest);
        assert_eq!(p.pages_rendered(), 0, "no page is rendered up front");
        assert!(p.snapshot().contains_key("x.css"), "static files are");
        assert!(!p.snapshot().contains_key("index.html"));

        let want = full(root);
        let one = p.page("one/index.html").expect("a page");
        assert_eq!(one, want["one/index.html"]);
        assert_eq!(p.pages_rendered(), 1);
        // Asked again: kept, not rendered again.
        p.page("one/index.html").expect("a page");
        assert_eq!(p.pages_rendered(), 1);
        assert!(p.page("nothing/index.html").is_none());
        assert!(p.page("x.css").is_some());
        assert_eq!(
            p.pages_rendered(),
            1,
            "a page not requested is not rendered"
        );
        assert!(!p.snapshot().contains_key("deal/two/index.html"));

        // An edit of a page never asked for renders nothing and names nothing.
        fs::write(
            root.join("content/deal/two.md"),
            "---\ntitle: Two\nsources: [a]\n---\nA fox [@a, para. 2].\n",
        )
        .unwrap();
        let r = p.rebuild(&[root.join("content/deal/two.md")]);
        assert!(r.ok && !r.full);
        assert_eq!(r.rendered, 0);
        // Nor is the search index, never asked for.
        assert!(r.changed.is_empty(), "{:?}", r.changed);
        assert_on_request_same(&mut p, root);
    }

    #[test]
    fn on_request_rebuilds_rerender_exactly_the_pages_kept_that_changed() {
        let dir = site();
        let root = dir.path();
        let (mut p, _) = Preview::on_request(BuildOptions::new(root));
        for page in [
            "one/index.html",
            "deal/two/index.html",
            "sources/a/index.html",
        ] {
            p.page(page).expect("a page");
        }
        assert_eq!(p.pages_rendered(), 3);
        // A body edit of `one`: its page alone.
        fs::write(root.join("content/one.md"), "---\ntitle: One\nsources: [a, b]\n---\nIt was \"quick brown\" [@a]. Sleepy dogs [@b].\n").unwrap();
        let r = p.rebuild(&[root.join("content/one.md")]);
        assert!(r.ok);
        assert_eq!(r.rendered, 1);
        assert_eq!(r.changed, vec!["one/index.html"]);
        assert_eq!(p.pages_rendered(), 4);
        // A seed edit: the pages kept that cite it, and its own page; not the home page
        // or `sources/b/`, never asked for.
        fs::write(
            root.join("seeds/a.md"),
            "---\ntitle: A renamed\noutlet: O\n---\nThe quick brown fox.\n\nJumps over.\n",
        )
        .unwrap();
        let r = p.rebuild(&[root.join("seeds/a.md")]);
        assert!(r.ok, "{:?}", p.diagnostics());
        assert_eq!(r.rendered, 3);
        for page in [
            "one/index.html",
            "deal/two/index.html",
            "sources/a/index.html",
        ] {
            assert!(
                r.changed.contains(&page.to_owned()),
                "{page}: {:?}",
                r.changed
            );
        }
        assert!(!p.snapshot().contains_key("index.html"));
        assert_kept_same(&p, root);

        // A failed rebuild keeps what was rendered; a page never rendered has no last good
        // version to show.
        let before = p.snapshot();
        fs::write(root.join("content/one.md"), "---\ntitle: [broken\n---\n").unwrap();
        assert!(!p.rebuild(&[root.join("content/one.md")]).ok);
        assert!(p.page("one/index.html").is_some());
        assert!(p.page("index.html").is_none());
        assert!(Arc::ptr_eq(&before, &p.snapshot()));
        // Fixed: a new brief's page is named (a 404 may be showing it), the pages kept are
        // up to date.
        fs::write(
            root.join("content/one.md"),
            "---\ntitle: Uno\nsources: [a, b]\n---\nDogs [@b].\n",
        )
        .unwrap();
        fs::write(
            root.join("content/three.md"),
            "---\ntitle: Three\nsources: [b]\n---\nDogs [@b].\n",
        )
        .unwrap();
        let r = p.rebuild(&[root.join("content/one.md"), root.join("content/three.md")]);
        assert!(r.ok, "{:?}", p.diagnostics());
        assert!(
            r.changed.contains(&"three/index.html".to_owned()),
            "{:?}",
            r.changed
        );
        assert!(!p.snapshot().contains_key("three/index.html"));
        assert_on_request_same(&mut p, root);
    }

    /// The files of a full build of `root` as it is now that `kind` picks out.
    fn full_files_of(root: &Path, kind: fn(&str) -> bool) -> Snapshot {
        let mut files = full(root);
        files.retain(|file, _| kind(file));
        files
    }

    /// The search files of a full build of the files as they are now.
    fn search_files_of(root: &Path) -> Snapshot {
        full_files_of(root, search::is_search_file)
    }

    #[test]
    fn on_request_makes_search_files_when_asked_for_and_drops_those_an_edit_changes() {
        let dir = site();
        let root = dir.path();
        // `deal/two`, `one` and as many more briefs sorted before them as fill the first
        // documents file; `three` has the second; the seeds' paragraphs are in the third.
        for k in 2..search::BRIEFS_PER_FILE {
            fs::write(
                root.join(format!("content/a{k}.md")),
                "---\ntitle: A\nsources: [b]\n---\nCats [@b].\n",
            )
            .unwrap();
        }
        let three = root.join("content/three.md");
        fs::write(&three, "---\ntitle: Three\nsources: [b]\n---\nDogs [@b].\n").unwrap();
        let (mut p, _) = Preview::on_request(BuildOptions::new(root));
        assert!(
            !p.snapshot().keys().any(|f| search::is_search_file(f)),
            "no search file up front"
        );
        let want = search_files_of(root);
        for file in [
            "search/index.json",
            "search/docs/1.json",
            "search/docs/2.json",
        ] {
            assert!(want.contains_key(file), "{file}: {:?}", want.keys());
        }
        for (file, bytes) in &want {
            assert_eq!(p.page(file).as_ref(), Some(bytes), "{file}");
        }
        assert!(p.page("search/docs/01.json").is_none());
        assert!(p.page("search/docs/9.json").is_none());
        assert_eq!(p.pages_rendered(), 0);

        // A body edit of `three`: its documents file and the index's files kept go (the
        // terms follow every brief), the other briefs' documents stay.
        fs::write(
            &three,
            "---\ntitle: Three\nsources: [b]\n---\nSleepy dogs [@b].\n",
        )
        .unwrap();
        let r = p.rebuild(std::slice::from_ref(&three));
        assert!(r.ok && r.rendered == 0);
        for file in [
            "search/index.json",
            "search/docs/1.json",
            "search/docs/2.json",
        ] {
            assert!(
                r.changed.contains(&file.to_owned()),
                "{file}: {:?}",
                r.changed
            );
            assert!(!p.snapshot().contains_key(file), "{file}");
        }
        assert!(!r.changed.contains(&"search/docs/0.json".to_owned()));
        assert!(r.changed.iter().any(|f| f.starts_with("search/terms/")));
        assert_kept_same(&p, root);
        // Asked for after the edit: the build's bytes.
        let want = search_files_of(root);
        for (file, bytes) in &want {
            assert_eq!(
                p.page(file).as_ref(),
                Some(bytes),
                "{file} after a body edit"
            );
        }

        // A seed edit and a removed brief change them all; asked for again, they match.
        fs::write(
            root.join("seeds/b.md"),
            "---\ntitle: B\noutlet: P\n---\nLazy dogs sleep.\n\nAll day.\n",
        )
        .unwrap();
        let r = p.rebuild(&[root.join("seeds/b.md")]);
        assert!(r.ok);
        assert!(!p.snapshot().keys().any(|f| search::is_search_file(f)));
        for (file, bytes) in &search_files_of(root) {
            assert_eq!(
                p.page(file).as_ref(),
                Some(bytes),
                "{file} after a seed edit"
            );
        }
        fs::remove_file(&three).unwrap();
        let r = p.rebuild(std::slice::from_ref(&three));
        assert!(r.ok && r.changed.contains(&"search/docs/2.json".to_owned()));
        let want = search_files_of(root);
        assert!(!want.contains_key("search/docs/2.json"));
        assert!(p.page("search/docs/2.json").is_none());
        for (file, bytes) in &want {
            assert_eq!(p.page(file).as_ref(), Some(bytes), "{file} after a removal");
        }
        assert_on_request_same(&mut p, root);
    }

    #[test]
    fn on_request_makes_the_feed_sitemap_and_robots_when_asked_for() {
        let dir = site();
        let root = dir.path();
        fs::write(
            root.join("brief.yaml"),
            "title: T\nbase_url: https://example.org/\n",
        )
        .unwrap();
        let (mut p, _) = Preview::on_request(BuildOptions::new(root));
        let want = full_files_of(root, publish::is_listing_file);
        assert_eq!(
            want.keys().map(String::as_str).collect::<Vec<_>>(),
            ["atom.xml", "robots.txt", "sitemap.xml"]
        );
        assert!(
            !p.snapshot().keys().any(|f| publish::is_listing_file(f)),
            "none up front"
        );
        assert_eq!(p.page("sitemap.xml").as_ref(), want.get("sitemap.xml"));
        // Made together: the others are kept with it.
        for (file, bytes) in &want {
            assert_eq!(p.snapshot().get(file), Some(bytes), "{file}");
        }
        assert_eq!(p.pages_rendered(), 0);

        // A title edit changes what the feed lists: the three go, and are made again.
        let two = root.join("content/deal/two.md");
        let text = fs::read_to_string(&two).unwrap();
        let (front, body) = text.split_once("\n---\n").unwrap();
        let retitled: String = front
            .lines()
            .map(|l| {
                if l.starts_with("title:") {
                    "title: Renamed"
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        fs::write(&two, format!("{retitled}\n---\n{body}")).unwrap();
        let r = p.rebuild(std::slice::from_ref(&two));
        assert!(r.ok);
        assert!(
            r.changed.contains(&"atom.xml".to_owned()),
            "{:?}",
            r.changed
        );
        assert!(!p.snapshot().keys().any(|f| publish::is_listing_file(f)));
        let want = full_files_of(root, publish::is_listing_file);
        assert_ne!(want.get("atom.xml"), None);
        assert_eq!(p.page("atom.xml").as_ref(), want.get("atom.xml"));
        assert_eq!(p.page("robots.txt").as_ref(), want.get("robots.txt"));

        // A relative base_url: no sitemap, asked for or not; a site's own robots.txt is
        // served as it is, never replaced by the made one.
        fs::write(root.join("brief.yaml"), "title: T\n").unwrap();
        fs::write(
            root.join("static/robots.txt"),
            "User-agent: *\nDisallow: /\n",
        )
        .unwrap();
        let r = p.rebuild(&[root.join("brief.yaml"), root.join("static/robots.txt")]);
        assert!(r.ok);
        assert!(p.page("sitemap.xml").is_none());
        assert_eq!(
            p.page("robots.txt").as_deref(),
            Some(&b"User-agent: *\nDisallow: /\n"[..])
        );
        assert_on_request_same(&mut p, root);
    }

    #[test]
    fn on_request_after_a_reload_rerenders_the_pages_kept() {
        let dir = site();
        let root = dir.path();
        fs::write(root.join("brief.yaml"), "title: T\npaginate_by: 1\n").unwrap();
        let (mut p, _) = Preview::on_request(BuildOptions::new(root));
        p.page("page/2/index.html").expect("a page");
        p.page("deal/two/index.html").expect("a page");
        fs::write(root.join("brief.yaml"), "title: Renamed\npaginate_by: 1\n").unwrap();
        let r = p.rebuild(&[root.join("brief.yaml")]);
        assert!(r.ok && r.full);
        assert!(r.changed.contains(&"page/2/index.html".to_owned()));
        assert!(r.changed.contains(&"deal/two/index.html".to_owned()));
        assert_eq!(p.pages_rendered(), 4);
        // Two briefs on one page each: removing one removes `page/2/`, kept or not.
        fs::remove_file(root.join("content/deal/two.md")).unwrap();
        let r = p.rebuild(&[root.join("content/deal/two.md")]);
        assert!(r.ok);
        assert!(r.changed.contains(&"page/2/index.html".to_owned()));
        assert!(r.changed.contains(&"deal/two/index.html".to_owned()));
        assert!(p.page("page/2/index.html").is_none());
        assert_on_request_same(&mut p, root);
    }

    #[test]
    fn swap_files_are_ignored() {
        let dir = site();
        let root = dir.path();
        let (mut p, _) = Preview::new(BuildOptions::new(root));
        fs::write(root.join("content/.one.md.swp"), "junk").unwrap();
        let r = p.rebuild(&[root.join("content/.one.md.swp")]);
        assert!(r.ok && r.rendered == 0 && r.changed.is_empty());
    }
}

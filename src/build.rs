//! The pipeline, end to end: load → resolve → render → write.
//!
//! Each command in `main.rs` is one call here. [`build`] writes the site atomically;
//! [`check`] runs every validation of a build and writes nothing; [`render_site`] renders
//! into any [`Sink`] (the preview server keeps pages in memory).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::claims;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::output::{self, CommitError, Durability, Staging};
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;

use crate::publish;
use crate::render::{self, NullSink, Overview, Shared, Sink};
use crate::resolve::{self, Citations, SeedIndex};
use crate::search;
use crate::site::{LoadOptions, Site};
use crate::timing;

/// The report of every cited sentence, at the output's root (README, "claims.json").
pub const CLAIMS_FILE: &str = "claims.json";

/// What a build is asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site root (the folder holding `brief.yaml`).
    pub root: PathBuf,
    /// The output folder; `<root>/public` when `None`.
    pub out: Option<PathBuf>,
    /// Include drafts.
    pub drafts: bool,
    /// Treat quotes not found in their seed as errors.
    pub strict: bool,
    /// Overrides `base_url` from brief.yaml (`--base-url`, for deploy previews).
    pub base_url: Option<String>,
}

impl BuildOptions {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BuildOptions {
            root: root.into(),
            out: None,
            drafts: false,
            strict: false,
            base_url: None,
        }
    }

    pub fn out_dir(&self) -> PathBuf {
        self.out.clone().unwrap_or_else(|| self.root.join("public"))
    }
}

/// How a build went.
#[derive(Debug)]
pub struct Report {
    pub diagnostics: Diagnostics,
    /// Files written (0 when the build failed or wrote nothing).
    pub files: usize,
    pub briefs: usize,
    pub seeds: usize,
    pub elapsed: Duration,
    /// The build was refused before it started (a bad `--out`): a usage error.
    pub refused: bool,
    pub timings: Timings,
    /// Briefs marked `draft: true` that were left out (0 when drafts were included).
    pub drafts_skipped: usize,
}

impl Report {
    pub fn succeeded(&self) -> bool {
        !self.refused && !self.diagnostics.has_errors()
    }
}

/// Loads, resolves and renders the site into `sink`. Returns the diagnostics, the number
/// of files given to the sink (0 when there were errors before rendering), and the
/// briefs and seeds counts.
pub fn render_site(options: &BuildOptions, sink: &dyn Sink) -> (Diagnostics, usize, usize, usize) {
    let mut timings = Timings::default();
    let mut skipped = 0;
    render_site_timed(options, sink, &mut timings, &mut skipped)
}

/// [`render_site`], recording how long each stage took and how many drafts were left out.
pub fn render_site_timed(
    options: &BuildOptions,
    sink: &dyn Sink,
    timings: &mut Timings,
    drafts_skipped: &mut usize,
) -> (Diagnostics, usize, usize, usize) {
    let mut diags = Diagnostics::new();
    let load = LoadOptions {
        drafts: options.drafts,
        base_url: options.base_url.clone(),
        ..LoadOptions::default()
    };
    let started = Instant::now();
    timing::clear();
    let Some(mut site) = Site::load(&options.root, &load, &mut diags) else {
        return (diags, 0, 0, 0);
    };
    let counts = (site.briefs.len(), site.seeds.len());
    *drafts_skipped = site.drafts_skipped;
    timings.load = started.elapsed();

    // Resolve and render each brief in one pass, keeping only its citations: a brief's
    // HTML is written as soon as it exists. Rendering stops being useful once any brief
    // has an error (the build will fail), but resolving goes on so every problem is
    // reported.
    //
    // Each brief's Markdown is freed as soon as the brief is done: the pass is its last
    // reader, and held to the end it would be most of the build's peak of memory. So the
    // texts leave the site before the renderer borrows it, each brief is resolved from a
    // copy holding its own text, and its diagnostics keep only the part of each line
    // they print (`keep_shown_lines`), not the whole text.
    let started = Instant::now();
    let texts = site.take_brief_texts();
    let index = SeedIndex::new(&site);
    let shared = Shared::new(&site);
    let failed = AtomicBool::new(diags.has_errors());
    let indexer = search::Indexer::for_build(&site.config.language);
    let brief_docs = search::BriefFiles::new(site.briefs.len());
    let checks = site.config.checks;
    let writes_claims = checks.any_on();
    // Each brief's claims, kept out of memory until claims.json is written.
    let claims_file = claims::ClaimsFile::new(site.briefs.len());
    type Resolved = (Citations, Diagnostics, Vec<String>, search::DocTerms);
    // One brief a task: left to itself, rayon hands a thread a run of briefs to do in
    // turn, and the other thread, done with its own, idles while the last run ends
    // (40 ms at 10,000 briefs).
    let results: Vec<Resolved> = site
        .briefs
        .par_iter()
        .zip(texts)
        .enumerate()
        .with_max_len(1)
        .map(|(i, (brief, text))| {
            let brief = &brief.with_text(text);
            let mut resolution =
                timing::RESOLVE.time(|| resolve::resolve_brief(&site, &index, brief));
            checks.apply(&mut resolution.diagnostics, options.strict);
            if resolution.diagnostics.has_errors() {
                failed.store(true, Ordering::Relaxed);
            }
            let mut written = Vec::new();
            if !failed.load(Ordering::Relaxed) {
                match timing::TEMPLATES.time(|| shared.render_brief(i, &resolution.brief, sink)) {
                    Ok(path) => written.push(path),
                    Err(d) => {
                        failed.store(true, Ordering::Relaxed);
                        resolution.diagnostics.push(d);
                    }
                }
            }
            // The brief's search terms, and its document of the search index now: its
            // plain text is not kept.
            let (terms, doc) =
                timing::SEARCH.time(|| indexer.brief(brief, &resolution.brief.body.plain));
            if let Some((path, bytes)) = brief_docs.add(i, doc) {
                match sink.put_owned(&path, bytes) {
                    Ok(()) => written.push(path),
                    Err(err) => resolution
                        .diagnostics
                        .push(Diagnostic::error(&path, format!("cannot write: {err}"))),
                }
            }
            // Each brief's claims for claims.json now, unless it will not be written (a
            // failed build writes nothing).
            if writes_claims && !failed.load(Ordering::Relaxed) {
                timing::CLAIMS_REST.time(|| claims_file.add(i, &resolution.claims));
            }
            resolution.diagnostics.keep_shown_lines();
            (resolution.citations, resolution.diagnostics, written, terms)
        })
        .collect();
    let mut citations = Vec::with_capacity(results.len());
    let mut written = BTreeSet::new();
    let mut search_terms = Vec::with_capacity(results.len());
    // Room for every brief's diagnostics at once: tens of thousands on a large site, and
    // a vector grown by doubling would hold up to twice the room, and copy it.
    diags.reserve(results.iter().map(|r| r.1.len()).sum());
    for (c, d, paths, terms) in results {
        diags.extend(d);
        citations.push(c);
        written.extend(paths);
        search_terms.push(terms);
    }
    timings.briefs = started.elapsed();
    timings.markdown = timing::MARKDOWN.take();
    timings.highlight = timing::HIGHLIGHT.take();
    timings.templates = timing::TEMPLATES.take();
    // Any brief's error fails the build: claims.json and the site-wide pages are not
    // written.
    if diags.has_errors() {
        drop(claims_file);
        claims_and_resolve_time(timings);
        return (diags, 0, counts.0, counts.1);
    }

    // claims.json (copied from its scratch file) and the search index are each written
    // by one thread: both at once. The site-wide pages follow on every thread (made
    // alongside the index, their memory would add to its and raise the build's peak).
    let (claims_put, (search, search_time)) = rayon::join(
        || write_claims(writes_claims, claims_file, sink),
        || timed(|| write_search_index(&site, &indexer, search_terms, sink)),
    );
    claims_and_resolve_time(timings);
    match claims_put {
        Some(Ok(())) => {
            written.insert(CLAIMS_FILE.to_owned());
        }
        Some(Err(err)) => {
            // The build fails, as it did when claims.json was written before the index:
            // the files written beside it stay in the staging folder, never swapped in.
            diags.push(Diagnostic::error(
                CLAIMS_FILE,
                format!("cannot write: {err}"),
            ));
            return (diags, 0, counts.0, counts.1);
        }
        None => {}
    }
    let (search_written, search_diags) = search;
    written.extend(search_written);
    diags.extend(search_diags);
    timings.search = timing::SEARCH.take() + search_time;

    let started = Instant::now();
    let citations: Vec<&Citations> = citations.iter().collect();
    let (page_written, page_diags) = write_pages(&site, &shared, citations, sink);
    written.extend(page_written);
    diags.extend(page_diags);
    timings.pages = started.elapsed();
    let started = Instant::now();
    let files = written.len() + render::copy_assets(&site, &written, sink, &mut diags);
    timings.assets = started.elapsed();
    (diags, files, counts.0, counts.1)
}

/// Sets `timings.claims` (the claims' time inside resolving and outside it) and
/// `timings.resolve` (the time of resolving briefs less its parts timed on their own).
fn claims_and_resolve_time(timings: &mut Timings) {
    let checking = timing::CLAIMS.take();
    timings.claims = checking + timing::CLAIMS_REST.take();
    timings.resolve = timing::RESOLVE
        .take()
        .saturating_sub(timings.markdown)
        .saturating_sub(checking);
}

/// `f`'s value and how long it took.
fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let started = Instant::now();
    let value = f();
    (value, started.elapsed())
}

/// Writes claims.json from the claims each brief added, unless the checks are all off
/// (`None` then). No file of the site takes its place: [`crate::site`] does not copy one.
fn write_claims(
    writes: bool,
    claims_file: claims::ClaimsFile,
    sink: &dyn Sink,
) -> Option<std::io::Result<()>> {
    if !writes {
        return None;
    }
    Some(
        timing::CLAIMS_REST
            .time(|| sink.put_streamed(CLAIMS_FILE, &mut |out| claims_file.write_to(out))),
    )
}

/// Writes the search index, each file as soon as it is made: the index of a large site,
/// held whole, would be the build's peak of memory. Returns the paths written and the
/// problems. No file of the site takes the place of one: [`crate::site`] does not copy
/// any under the index's paths.
fn write_search_index(
    site: &Site,
    indexer: &search::Indexer,
    search_terms: Vec<search::DocTerms>,
    sink: &dyn Sink,
) -> (Vec<String>, Diagnostics) {
    let mut written = Vec::new();
    let mut diags = Diagnostics::new();
    let briefs_terms = search_terms.iter().collect::<Vec<_>>();
    indexer.each_file(site, &briefs_terms, |path, bytes| {
        match sink.put_owned(&path, bytes) {
            Ok(()) => written.push(path),
            Err(err) => diags.push(Diagnostic::error(&path, format!("cannot write: {err}"))),
        }
    });
    (written, diags)
}

/// Renders the site-wide pages (home, sources index, seed pages, 404) while the feed and
/// sitemap are made, then writes those. Returns the paths written and the problems.
fn write_pages(
    site: &Site,
    shared: &Shared<'_>,
    citations: Vec<&Citations>,
    sink: &dyn Sink,
) -> (BTreeSet<String>, Diagnostics) {
    let uses = resolve::seed_uses(site, &citations);
    let overview = Overview {
        citations,
        uses: &uses,
    };
    let mut diags = Diagnostics::new();
    let (mut written, listing) = rayon::join(
        || {
            render::render_pages(
                shared,
                &overview,
                &shared.overview_pages(),
                sink,
                &mut diags,
            )
        },
        || publish::files(site),
    );
    for (path, text) in listing {
        match sink.put_owned(&path, text.into_bytes()) {
            Ok(()) => {
                written.insert(path);
            }
            Err(err) => diags.push(Diagnostic::error(&path, format!("cannot write: {err}"))),
        }
    }
    (written, diags)
}

/// How long each stage of a build took (`brief build --timings`).
#[derive(Debug, Default, Clone)]
pub struct Timings {
    /// Reading and validating every input file.
    pub load: Duration,
    /// Rendering the briefs' Markdown, resolving citations and quotes, and rendering and
    /// writing the brief pages.
    pub briefs: Duration,
    /// Thread time within `briefs`: Markdown to HTML, highlighting included.
    pub markdown: Duration,
    /// Thread time within `markdown`: highlighting code blocks.
    pub highlight: Duration,
    /// Thread time within `briefs`: numbering citations and checking quotes.
    pub resolve: Duration,
    /// Thread time: checking claims (seeds' figures, each brief's figures, quotes and
    /// citations) and writing `claims.json`.
    pub claims: Duration,
    /// Thread time within `briefs`: brief pages through the templates.
    pub templates: Duration,
    /// Thread time within `briefs` turning briefs into search terms, and the time writing
    /// the search index after it.
    pub search: Duration,
    /// Rendering and writing the home page, the sources index, the seed pages and 404.
    pub pages: Duration,
    /// Copying static files.
    pub assets: Duration,
    /// Swapping the new output in and removing the old.
    pub commit: Duration,
    /// Time spent inside the sink writing files (summed over threads; part of the above).
    pub write: Duration,
}

impl std::fmt::Display for Timings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        writeln!(
            f,
            "  load     {:>8.1} ms  read and validate brief.yaml, seeds, briefs, theme",
            ms(self.load)
        )?;
        writeln!(
            f,
            "  briefs   {:>8.1} ms  Markdown, citations, quotes, highlighting, brief pages; thread time:",
            ms(self.briefs)
        )?;
        writeln!(
            f,
            "    parse    {:>8.1} ms  Markdown to HTML, with highlighting {:.1} ms",
            ms(self.markdown),
            ms(self.highlight)
        )?;
        writeln!(
            f,
            "    resolve  {:>8.1} ms  number citations, check quotes against the seeds",
            ms(self.resolve)
        )?;
        writeln!(
            f,
            "    claims   {:>8.1} ms  check figures and citations, write claims.json",
            ms(self.claims)
        )?;
        writeln!(
            f,
            "    render   {:>8.1} ms  brief pages through the templates",
            ms(self.templates)
        )?;
        writeln!(f, "    search   {:>8.1} ms  search index", ms(self.search))?;
        writeln!(
            f,
            "  pages    {:>8.1} ms  home, sources index, seed archive pages, 404",
            ms(self.pages)
        )?;
        writeln!(f, "  assets   {:>8.1} ms  static files", ms(self.assets))?;
        writeln!(
            f,
            "  commit   {:>8.1} ms  swap the new output in",
            ms(self.commit)
        )?;
        write!(
            f,
            "  (writing files: {:.1} ms of thread time across the stages above)",
            ms(self.write)
        )
    }
}

/// `brief build`: renders into a staging folder and swaps it in only if all went well,
/// flushed to disk around the swap (the default [`Durability`]).
pub fn build(options: &BuildOptions) -> Report {
    build_with(options, Durability::from_env())
}

/// [`build`], choosing how hard the swap works to survive a power cut (`--no-sync`).
pub fn build_with(options: &BuildOptions, durability: Durability) -> Report {
    let started = Instant::now();
    let out = options.out_dir();
    let mut report = Report {
        diagnostics: Diagnostics::new(),
        files: 0,
        briefs: 0,
        seeds: 0,
        elapsed: Duration::ZERO,
        refused: false,
        timings: Timings::default(),
        drafts_skipped: 0,
    };
    if let Err(refusals) = output::check_out_dir(&options.root, &out) {
        report.diagnostics.extend(refusals);
        report.refused = true;
        return report;
    }
    // The staging folder removes itself when dropped uncommitted, so a failed build
    // leaves no trace.
    let staging = match Staging::with_durability(&out, durability) {
        Ok(s) => s,
        Err(err) => {
            report.diagnostics.push(output::write_failed(&out, &err));
            return report;
        }
    };
    let (diags, files, briefs, seeds) = render_site_timed(
        options,
        &staging,
        &mut report.timings,
        &mut report.drafts_skipped,
    );
    // The render's diagnostics first: a failed write below must add to them, never be
    // replaced by them (that once let a build onto a full disk commit empty pages).
    report.diagnostics = diags;
    if let Err(err) = staging.finish() {
        report.diagnostics.push(output::write_failed(&out, &err));
    }
    report.timings.write = staging.write_time();
    report.briefs = briefs;
    report.seeds = seeds;
    if !report.diagnostics.has_errors() {
        let started = Instant::now();
        let committed = staging.commit();
        report.timings.commit = started.elapsed();
        match committed {
            Ok(notes) => {
                report.files = files;
                report.diagnostics.extend(notes);
            }
            Err(CommitError::Foreign(refusals)) => {
                report.diagnostics.extend(refusals);
                report.refused = true;
            }
            Err(CommitError::Io(err)) => report.diagnostics.push(output::write_failed(&out, &err)),
        }
    }
    report.elapsed = started.elapsed();
    report
}

/// `brief check`: every validation of a build, quotes strict, drafts included (it
/// publishes nothing, so a draft's problems are worth knowing now), nothing written.
pub fn check(root: &Path, drafts: bool) -> Report {
    let mut options = BuildOptions::new(root);
    options.drafts = drafts;
    check_with(&options)
}

/// [`check`] with every build option (`--base-url`); `strict` is always on.
pub fn check_with(options: &BuildOptions) -> Report {
    let started = Instant::now();
    let options = BuildOptions {
        strict: true,
        out: None,
        ..options.clone()
    };
    let mut timings = Timings::default();
    let mut drafts_skipped = 0;
    let (diagnostics, _, briefs, seeds) =
        render_site_timed(&options, &NullSink, &mut timings, &mut drafts_skipped);
    Report {
        timings,
        diagnostics,
        files: 0,
        briefs,
        seeds,
        elapsed: started.elapsed(),
        refused: false,
        drafts_skipped,
    }
}

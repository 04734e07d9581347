//! The pipeline, end to end: load → resolve → render → write.
//!
//! Each command in `main.rs` is one call here. [`build`] writes the site atomically;
//! [`check`] runs every validation of a build and writes nothing; [`render_site`] renders
//! into any [`Sink`] (the preview server keeps pages in memory).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::diagnostic::{Diagnostics, Kind};
use crate::output::{self, Staging};
use crate::render::{self, NullSink, Sink};
use crate::resolve;
use crate::site::{LoadOptions, Site};

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
}

impl BuildOptions {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BuildOptions {
            root: root.into(),
            out: None,
            drafts: false,
            strict: false,
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
    let mut diags = Diagnostics::new();
    let load = LoadOptions {
        drafts: options.drafts,
    };
    let Some(site) = Site::load(&options.root, &load, &mut diags) else {
        return (diags, 0, 0, 0);
    };
    let resolved = resolve::resolve(&site, &mut diags);
    if options.strict {
        diags.promote(Kind::QuoteNotFound);
    }
    let counts = (site.briefs.len(), site.seeds.len());
    if diags.has_errors() {
        return (diags, 0, counts.0, counts.1);
    }
    let files = render::render(&site, &resolved, sink, &mut diags);
    (diags, files, counts.0, counts.1)
}

/// `brief build`: renders into a staging folder and swaps it in only if all went well.
pub fn build(options: &BuildOptions) -> Report {
    let started = Instant::now();
    let out = options.out_dir();
    let mut report = Report {
        diagnostics: Diagnostics::new(),
        files: 0,
        briefs: 0,
        seeds: 0,
        elapsed: Duration::ZERO,
        refused: false,
    };
    if let Err(d) = output::check_out_dir(&options.root, &out) {
        report.diagnostics.push(d);
        report.refused = true;
        return report;
    }
    // The staging folder removes itself when dropped uncommitted, so a failed build
    // leaves no trace.
    let staging = match Staging::create(&out) {
        Ok(s) => s,
        Err(err) => {
            report
                .diagnostics
                .push(crate::diagnostic::Diagnostic::error(
                    &out,
                    format!("cannot create the output: {err}"),
                ));
            return report;
        }
    };
    let (diags, files, briefs, seeds) = render_site(options, &staging);
    report.diagnostics = diags;
    report.briefs = briefs;
    report.seeds = seeds;
    if !report.diagnostics.has_errors() {
        match staging.commit() {
            Ok(()) => report.files = files,
            Err(err) => report
                .diagnostics
                .push(crate::diagnostic::Diagnostic::error(
                    &out,
                    format!("cannot replace the output: {err}"),
                )),
        }
    }
    report.elapsed = started.elapsed();
    report
}

/// `brief check`: every validation of a build, quotes strict, nothing written.
pub fn check(root: &Path, drafts: bool) -> Report {
    let started = Instant::now();
    let options = BuildOptions {
        root: root.to_owned(),
        out: None,
        drafts,
        strict: true,
    };
    let (diagnostics, _, briefs, seeds) = render_site(&options, &NullSink);
    Report {
        diagnostics,
        files: 0,
        briefs,
        seeds,
        elapsed: started.elapsed(),
        refused: false,
    }
}

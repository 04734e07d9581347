//! The `brief` command line: parse flags, call the library, print, exit.
//!
//! Exit codes (SPEC): 0 success (warnings allowed), 1 the site has errors, 2 usage error.

use std::io::Write;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};

use brief::build::{self, BuildOptions, Report};
use brief::diagnostic::{self, Format};
use brief::output::Durability;

use brief::{scaffold, serve};

/// mimalloc (see [`brief::allocator`]).
#[global_allocator]
static GLOBAL: brief::allocator::Allocator = brief::allocator::Allocator;

/// A line on stderr. `eprintln!` panics when stderr is closed (`brief build 2>&1 | head
/// -1`); a reader who stopped reading must not turn the command's exit code into a panic's
/// 101, so the write's error goes, as `serve::say` does.
macro_rules! stderr_line {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// A line on stdout, likewise (`brief seed add URL | head -0`).
macro_rules! stdout_line {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

#[derive(Parser)]
#[command(
    name = "brief",
    version,
    about = "Build briefing microsites whose every claim is traceable to its source"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (default <root>/public).
    Build {
        /// The site root (the folder with brief.yaml).
        #[arg(short, long, default_value = ".")]
        root: PathBuf,
        /// The output folder.
        #[arg(short, long)]
        out: Option<PathBuf>,
        /// Include briefs marked `draft: true`.
        #[arg(short = 'D', long)]
        drafts: bool,
        /// Treat quotes not found in their seed as errors.
        #[arg(short, long)]
        strict: bool,
        /// Override `base_url` from brief.yaml (e.g. for a deploy preview).
        #[arg(short = 'u', long)]
        base_url: Option<String>,
        /// How to print problems: human, json (one object per line) or github (Actions annotations).
        #[arg(short, long, default_value = "human")]
        format: Format,
        /// Print how long each stage of the build took.
        #[arg(long)]
        timings: bool,
        /// Do not flush the new output to disk around the swap (faster; a power cut
        /// right after the build may then leave empty pages).
        #[arg(long)]
        no_sync: bool,
    },
    /// Preview the site over HTTP, with live reload when watching.
    Serve {
        /// The site root (the folder with brief.yaml).
        #[arg(short, long, default_value = ".")]
        root: PathBuf,
        /// Rebuild when the site's files change; open pages reload by themselves.
        #[arg(short, long)]
        watch: bool,
        /// The port (the next free one is used when it is taken; 0 for any).
        #[arg(short, long, default_value_t = serve::DEFAULT_PORT)]
        port: u16,
        /// The address to listen on.
        #[arg(short, long, default_value = "127.0.0.1", value_parser = serve::parse_bind)]
        bind: IpAddr,
        /// Open the site in the default browser.
        #[arg(short = 'O', long)]
        open: bool,
        /// Also write each good build here (the preview is otherwise kept in memory).
        #[arg(short, long)]
        out: Option<PathBuf>,
        /// Include briefs marked `draft: true` (the default for serve; kept for symmetry with build).
        #[arg(short = 'D', long, hide = true)]
        drafts: bool,
        /// Leave drafts out, as `brief build` does.
        #[arg(long, conflicts_with = "drafts")]
        no_drafts: bool,
        /// Override `base_url` from brief.yaml.
        #[arg(short = 'u', long)]
        base_url: Option<String>,
    },
    /// Run every check of a build, drafts included, and write nothing.
    Check {
        /// The site root (the folder with brief.yaml).
        #[arg(short, long, default_value = ".")]
        root: PathBuf,
        /// Drafts are always checked; accepted for symmetry with build.
        #[arg(short = 'D', long, hide = true)]
        drafts: bool,
        /// Override `base_url` from brief.yaml.
        #[arg(short = 'u', long)]
        base_url: Option<String>,
        /// How to print problems: human, json (one object per line) or github (Actions annotations).
        #[arg(short, long, default_value = "human")]
        format: Format,
    },
    /// Create a new brief, content/<path>.md, with its front matter filled in.
    New {
        /// e.g. `deal/overview`
        path: String,
        /// The site root (the folder with brief.yaml).
        #[arg(short, long, default_value = ".")]
        root: PathBuf,
    },
    /// Work with themes.
    #[command(subcommand)]
    Theme(ThemeCommand),
    /// Create a new site: brief.yaml, content/, seeds/ and a sample brief. Never overwrites.
    Init {
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Start the site in a folder that is not empty, writing only the missing files.
        #[arg(long)]
        force: bool,
    },
    /// A language server over stdio, for editors (diagnostics, completion, hover, rename).
    Lsp,
    /// Capture sources: web pages, saved pages and bibliographies as seeds.
    Seed {
        #[command(subcommand)]
        command: SeedCommand,
    },
}

#[derive(Subcommand)]
enum SeedCommand {
    /// Capture a web page (or a saved HTML file) as seeds/<id>.md; prints the path.
    Add {
        /// An http(s) address, or a saved .html (or .html.gz) file.
        input: String,
        /// The seed's id (default: <outlet>-<yyyy-mm-dd>, made unique).
        #[arg(long)]
        id: Option<String>,
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Replace an existing seed with this id (or of this page).
        #[arg(long)]
        force: bool,
        /// Keep a text that looks like a teaser, a paywall or a consent wall.
        #[arg(long)]
        accept_partial: bool,
        /// Seconds allowed for the whole fetch.
        #[arg(long, default_value_t = 30.0)]
        timeout: f64,
    },
    /// Re-fetch seeds with a `url`; report pages gone and quoted passages no longer there.
    Check {
        /// Seed ids to check (default: every seed with a `url`).
        ids: Vec<String>,
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Seconds allowed for each fetch.
        #[arg(long, default_value_t = 30.0)]
        timeout: f64,
    },
    /// Import a bibliography (CSL-JSON or BibTeX/BibLaTeX) as seeds.
    Import {
        file: PathBuf,
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Also capture each entry's `url` (its text and provenance).
        #[arg(long)]
        fetch: bool,
        /// Seconds allowed for each fetch.
        #[arg(long, default_value_t = 30.0)]
        timeout: f64,
    },
}

#[derive(Subcommand)]
enum ThemeCommand {
    /// Write the built-in theme into themes/NAME/ to start a theme from (never overwrites).
    Eject {
        /// The new theme's folder name under themes/.
        #[arg(default_value = brief::eject::DEFAULT_NAME)]
        name: String,
        /// The site root (the folder with brief.yaml).
        #[arg(short, long, default_value = ".")]
        root: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            root,
            out,
            drafts,
            strict,
            base_url,
            format,
            timings,
            no_sync,
        } => {
            if let Some(code) = missing_root(&root).or_else(|| bad_base_url(base_url.as_deref())) {
                return code;
            }
            let options = BuildOptions {
                root,
                out,
                drafts,
                strict,
                base_url,
            };
            let report = if no_sync {
                build::build_with(&options, Durability::None)
            } else {
                build::build(&options)
            };
            let code = print_report(
                &report,
                format,
                "built",
                &options.out_dir().display().to_string(),
                "--drafts",
            );
            if timings {
                stderr_line!("{}", report.timings);
            }
            exit_leaving(report);
            code
        }
        Command::Serve {
            root,
            watch,
            port,
            bind,
            open,
            out,
            drafts: _,
            no_drafts,
            base_url,
        } => {
            if let Some(code) = missing_root(&root).or_else(|| bad_base_url(base_url.as_deref())) {
                return code;
            }
            let options = serve::ServeOptions {
                root,
                drafts: !no_drafts,
                watch,
                port,
                bind,
                open,
                out,
                base_url,
            };
            match serve::run(&options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    stderr_line!("error: {err}");
                    ExitCode::from(err.exit_code())
                }
            }
        }
        Command::Check {
            root,
            drafts: _,
            base_url,
            format,
        } => {
            if let Some(code) = missing_root(&root).or_else(|| bad_base_url(base_url.as_deref())) {
                return code;
            }
            let mut options = BuildOptions::new(root);
            options.drafts = true;
            options.base_url = base_url;
            let report = build::check_with(&options);
            let code = print_report(&report, format, "checked", "", "");
            exit_leaving(report);
            code
        }
        Command::New { path, root } => {
            if let Some(code) = missing_root(&root) {
                return code;
            }
            match scaffold::new_brief(&root, &path) {
                Ok(file) if brief::section::is_index(&file) => {
                    stderr_line!(
                        "created {} (the introduction shown above its folder's list of briefs)",
                        file.display()
                    );
                    ExitCode::SUCCESS
                }
                Ok(file) => {
                    stderr_line!(
                        "created {} (a draft: `brief serve` shows it; `brief build` publishes it once you set `draft: false`)",
                        file.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(err) => {
                    stderr_line!("error: {err}");
                    ExitCode::from(err.exit_code())
                }
            }
        }
        Command::Theme(ThemeCommand::Eject { name, root }) => {
            if let Some(code) = missing_root(&root) {
                return code;
            }
            match brief::eject::eject(&root, &name) {
                Ok(dir) => {
                    stderr_line!(
                        "wrote the built-in theme into {}; set `theme: {name}` in brief.yaml to use it",
                        dir.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(err) => {
                    stderr_line!("error: {err}");
                    ExitCode::from(err.exit_code())
                }
            }
        }
        Command::Init { dir, force } => match scaffold::init(&dir, force) {
            Ok(done) => {
                for skipped in &done.skipped {
                    stderr_line!(
                        "skipped {} (already there; not overwritten)",
                        skipped.display()
                    );
                }
                if done.ignored_public {
                    stderr_line!("added /public to {}", dir.join(".gitignore").display());
                }
                stderr_line!(
                    "created a new site in {}; run `brief build --root {}`",
                    dir.display(),
                    dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(err) => {
                stderr_line!("error: {err}");
                ExitCode::from(err.exit_code())
            }
        },
        Command::Seed { command } => seed_command(command),
        Command::Lsp => match brief::lsp::run() {
            Ok(brief::lsp::Ending::ExitWithoutShutdown) => ExitCode::from(1),
            Ok(_) => ExitCode::SUCCESS,
            Err(err) => {
                stderr_line!("error: brief lsp: {err}");
                ExitCode::from(1)
            }
        },
    }
}

/// `brief seed …`: thin wrappers over [`brief::capture`].
fn seed_command(command: SeedCommand) -> ExitCode {
    use brief::capture::{self, drift, fetch::FetchOptions, import};
    let fetch_options = |timeout: f64| FetchOptions {
        timeout: Duration::from_secs_f64(timeout.clamp(0.001, 3600.0)),
        ..FetchOptions::default()
    };
    match command {
        SeedCommand::Add {
            input,
            id,
            root,
            force,
            accept_partial,
            timeout,
        } => {
            if let Some(code) = missing_root(&root) {
                return code;
            }
            let options = capture::AddOptions {
                id,
                force,
                accept_partial,
                fetch: fetch_options(timeout),
            };
            match capture::add(&root, &input, &options) {
                Ok(added) => {
                    for signal in &added.accepted {
                        stderr_line!("warning: kept although {signal} (--accept-partial)");
                    }
                    let (paragraphs, words) =
                        (added.article.paragraphs.len(), added.article.word_count());
                    stderr_line!(
                        "captured “{}”: {paragraphs} paragraph{}, {words} word{}; snapshot {}",
                        added.title,
                        plural(paragraphs),
                        plural(words),
                        shown(&added.snapshot).display()
                    );
                    stdout_line!("{}", shown(&added.seed).display());
                    ExitCode::SUCCESS
                }
                Err(err) => {
                    stderr_line!("error: {err}");
                    ExitCode::from(err.exit_code())
                }
            }
        }
        SeedCommand::Check { ids, root, timeout } => {
            if let Some(code) = missing_root(&root) {
                return code;
            }
            let options = drift::CheckOptions {
                ids,
                fetch: fetch_options(timeout),
            };
            let report = drift::check(&root, &options);
            for d in report.diagnostics.sorted() {
                stderr_line!("{d}");
            }
            if report.refused {
                return ExitCode::from(2);
            }
            let (errors, warnings) = (
                report.diagnostics.error_count(),
                report.diagnostics.warning_count(),
            );
            stderr_line!(
                "{errors} error{}, {warnings} warning{}; checked {} seed{} against the live pages",
                plural(errors),
                plural(warnings),
                report.checked,
                plural(report.checked),
            );
            if errors > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        SeedCommand::Import {
            file,
            root,
            fetch,
            timeout,
        } => {
            if let Some(code) = missing_root(&root) {
                return code;
            }
            let options = import::ImportOptions {
                fetch: fetch.then(|| fetch_options(timeout)),
            };
            match import::import(&root, &file, &options) {
                Ok(report) => {
                    for note in &report.notes {
                        stderr_line!("note: {note}");
                    }
                    for path in &report.written {
                        stdout_line!("{}", shown(path).display());
                    }
                    stderr_line!(
                        "imported {} seed{} from {}",
                        report.written.len(),
                        plural(report.written.len()),
                        file.display()
                    );
                    if report.failed > 0 {
                        ExitCode::from(1)
                    } else {
                        ExitCode::SUCCESS
                    }
                }
                Err(err) => {
                    stderr_line!("{}", err.report());
                    ExitCode::from(err.exit_code())
                }
            }
        }
    }
}

/// A usage error (exit 2) when `--root` names nothing, or a folder that is not a site:
/// said at once, before any work.
fn missing_root(root: &Path) -> Option<ExitCode> {
    let problem = brief::site::check_root(root)?;
    stderr_line!("{problem}");
    Some(ExitCode::from(2))
}

/// A usage error (exit 2) when `--base-url` is not a value `base_url` could take: said
/// once, in the build's own words, before any work.
fn bad_base_url(base_url: Option<&str>) -> Option<ExitCode> {
    let problem = brief::site::check_base_url_flag(base_url?).err()?;
    let mut text = Vec::new();
    // Writing into memory cannot fail.
    let _ = problem.write_human_line(&mut text, diagnostic::stderr_color());
    let _ = std::io::stderr().write_all(&text);
    Some(ExitCode::from(2))
}

/// Prints every diagnostic in `format`, then one summary line; returns the exit code.
/// `include_drafts` is the flag that would include skipped drafts (empty: none skipped).
fn print_report(
    report: &Report,
    format: Format,
    verb: &str,
    target: &str,
    include_drafts: &str,
) -> ExitCode {
    let color = diagnostic::stderr_color();
    let sorted = report.diagnostics.sorted();
    print_diagnostics(&sorted, format, color);
    if report.drafts_skipped > 0 && !include_drafts.is_empty() {
        let n = report.drafts_skipped;
        stderr_line!(
            "note: {n} draft{} skipped (`draft: true`); include {} with {include_drafts}",
            plural(n),
            if n == 1 { "it" } else { "them" }
        );
    }
    let (errors, warnings) = diagnostic::Diagnostics::count(&sorted);
    if report.refused {
        return ExitCode::from(2);
    }
    if errors > 0 {
        if format != Format::Human {
            // The diagnostics went to stdout for a machine; the exit code says the rest.
            return ExitCode::from(1);
        }
        stderr_line!(
            "{} error{}, {} warning{}; nothing written",
            errors,
            plural(errors),
            warnings,
            plural(warnings)
        );
        return ExitCode::from(1);
    }
    let ms = report.elapsed.as_secs_f64() * 1000.0;
    let into = if target.is_empty() {
        String::new()
    } else {
        format!(" into {target}")
    };
    let warned = if warnings > 0 {
        format!(", {warnings} warning{}", plural(warnings))
    } else {
        String::new()
    };
    stderr_line!(
        "{verb} {} brief{} and {} seed{}{into} in {ms:.0} ms{warned}",
        report.briefs,
        plural(report.briefs),
        report.seeds,
        plural(report.seeds),
    );
    ExitCode::SUCCESS
}

/// Prints `sorted` in order, each as `format` has it: human to stderr, the others to
/// stdout. A large site has tens of thousands of warnings: they are formatted on every
/// thread, a batch at a time, while this one writes the batch before.
fn print_diagnostics(sorted: &[&diagnostic::Diagnostic], format: Format, color: bool) {
    use rayon::prelude::*;
    // Diagnostics a task formats, and a batch's worth of tasks (about 750 KB of text).
    const CHUNK: usize = 128;
    const BATCH: usize = 16 * CHUNK;
    let format_chunk = |text: &mut Vec<u8>, chunk: &[&diagnostic::Diagnostic]| {
        text.clear();
        for d in chunk {
            // Writing into memory cannot fail.
            let _ = match format {
                Format::Human => d.write_human_line(text, color),
                Format::Json => writeln!(text, "{}", d.to_json()),
                Format::Github => writeln!(text, "{}", d.to_github()),
            };
        }
    };
    let mut out: Box<dyn Write> = match format {
        Format::Human => Box::new(std::io::stderr().lock()),
        Format::Json | Format::Github => Box::new(std::io::stdout().lock()),
    };
    std::thread::scope(|scope| {
        // One batch formatted ahead of the one being written, no more; the buffers of a
        // batch written come back to be filled again, so that printing takes no more
        // memory than three batches' text.
        let (send, batches) = std::sync::mpsc::sync_channel::<Vec<Vec<u8>>>(1);
        let (give_back, written) = std::sync::mpsc::channel::<Vec<Vec<u8>>>();
        scope.spawn(move || {
            for batch in sorted.chunks(BATCH) {
                let mut texts = written.try_recv().unwrap_or_default();
                texts.resize_with(batch.len().div_ceil(CHUNK), Vec::new);
                texts
                    .par_iter_mut()
                    .zip(batch.par_chunks(CHUNK))
                    .for_each(|(text, chunk)| format_chunk(text, chunk));
                if send.send(texts).is_err() {
                    return;
                }
            }
        });
        for texts in batches {
            for text in &texts {
                // A closed stdout (`| head`) must not hide the exit code: ignoring is safe.
                let _ = out.write_all(text);
            }
            // The formatting thread may be done and gone: the buffers are then dropped.
            let _ = give_back.send(texts);
        }
    });
    let _ = out.flush();
}

/// Leaves `report` to the end of the process rather than freeing it: a large site's
/// diagnostics are tens of thousands of small allocations, and freeing them one by one
/// took 35–50 ms at 10,000 briefs after the last line was printed, for nothing.
fn exit_leaving(report: build::Report) {
    std::mem::forget(report);
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// A path as the user would type it: `seeds/x.md`, not `./seeds/x.md` (the default root).
fn shown(path: &Path) -> &Path {
    path.strip_prefix(".").unwrap_or(path)
}

//! The `brief` command line: parse flags, call the library, print, exit.
//!
//! Exit codes (SPEC): 0 success (warnings allowed), 1 the site has errors, 2 usage error.

use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};

use brief::build::{self, BuildOptions, Report};

/// Building a site allocates many small strings from two threads; mimalloc handles that
/// pattern markedly better than the system allocator (measured: see README, Speed).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use brief::{scaffold, serve};

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
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The output folder.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Include briefs marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Treat quotes not found in their seed as errors.
        #[arg(long)]
        strict: bool,
        /// Print how long each stage of the build took.
        #[arg(long)]
        timings: bool,
    },
    /// Preview the site over HTTP, with live reload when watching.
    Serve {
        /// The site root (the folder with brief.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Rebuild when the site's files change; open pages reload by themselves.
        #[arg(long)]
        watch: bool,
        /// The port (the next free one is used when it is taken; 0 for any).
        #[arg(long, default_value_t = serve::DEFAULT_PORT)]
        port: u16,
        /// The address to listen on.
        #[arg(long, default_value = "127.0.0.1", value_parser = serve::parse_bind)]
        bind: IpAddr,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
        /// Also write each good build here (the preview is otherwise kept in memory).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Include briefs marked `draft: true`.
        #[arg(long)]
        drafts: bool,
    },
    /// Run every check of a build and write nothing.
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Also check briefs marked `draft: true`.
        #[arg(long)]
        drafts: bool,
    },
    /// Create a new brief, content/<path>.md, with its front matter filled in.
    New {
        /// e.g. `deal/overview`
        path: String,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Create a new site: brief.yaml, content/, seeds/ and a sample brief. Never overwrites.
    Init {
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Start the site in a folder that is not empty, writing only the missing files.
        #[arg(long)]
        force: bool,
    },
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
    /// A language server over stdio, for editors (diagnostics, completion, hover, rename).
    Lsp,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            root,
            out,
            drafts,
            strict,
            timings,
        } => {
            let options = BuildOptions {
                root,
                out,
                drafts,
                strict,
            };
            let report = build::build(&options);
            let code = print_report(&report, "built", &options.out_dir().display().to_string());
            if timings {
                eprintln!("{}", report.timings);
            }
            code
        }
        Command::Serve {
            root,
            watch,
            port,
            bind,
            open,
            out,
            drafts,
        } => {
            let options = serve::ServeOptions {
                root,
                drafts,
                watch,
                port,
                bind,
                open,
                out,
            };
            match serve::run(&options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("error: {err}");
                    ExitCode::from(err.exit_code())
                }
            }
        }
        Command::Check { root, drafts } => {
            let report = build::check(&root, drafts);
            print_report(&report, "checked", "")
        }
        Command::New { path, root } => match scaffold::new_brief(&root, &path) {
            Ok(file) => {
                eprintln!(
                    "created {} (a draft: build with --drafts, or set `draft: false`)",
                    file.display()
                );
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::from(1)
            }
        },
        Command::Init { dir, force } => match scaffold::init(&dir, force) {
            Ok(done) => {
                for skipped in &done.skipped {
                    eprintln!(
                        "skipped {} (already there; not overwritten)",
                        skipped.display()
                    );
                }
                if done.ignored_public {
                    eprintln!("added /public to {}", dir.join(".gitignore").display());
                }
                eprintln!(
                    "created a new site in {}; run `brief build --root {}`",
                    dir.display(),
                    dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::from(err.exit_code())
            }
        },
        Command::Seed { command } => seed_command(command),
        Command::Lsp => match brief::lsp::run() {
            Ok(brief::lsp::Ending::ExitWithoutShutdown) => ExitCode::from(1),
            Ok(_) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("error: brief lsp: {err}");
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
            let options = capture::AddOptions {
                id,
                force,
                accept_partial,
                fetch: fetch_options(timeout),
            };
            match capture::add(&root, &input, &options) {
                Ok(added) => {
                    for signal in &added.accepted {
                        eprintln!("warning: kept although {signal} (--accept-partial)");
                    }
                    eprintln!(
                        "captured “{}”: {} paragraphs, {} words; snapshot {}",
                        added.article.meta.title.as_deref().unwrap_or("untitled"),
                        added.article.paragraphs.len(),
                        added.article.word_count(),
                        added.snapshot.display()
                    );
                    println!("{}", added.seed.display());
                    ExitCode::SUCCESS
                }
                Err(err) => {
                    eprintln!("error: {err}");
                    ExitCode::from(1)
                }
            }
        }
        SeedCommand::Check { ids, root, timeout } => {
            let options = drift::CheckOptions {
                ids,
                fetch: fetch_options(timeout),
            };
            let report = drift::check(&root, &options);
            for d in report.diagnostics.sorted() {
                eprintln!("{d}");
            }
            let (errors, warnings) = (
                report.diagnostics.error_count(),
                report.diagnostics.warning_count(),
            );
            eprintln!(
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
            let options = import::ImportOptions {
                fetch: fetch.then(|| fetch_options(timeout)),
            };
            match import::import(&root, &file, &options) {
                Ok(report) => {
                    for note in &report.notes {
                        eprintln!("note: {note}");
                    }
                    for path in &report.written {
                        println!("{}", path.display());
                    }
                    eprintln!(
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
                    eprintln!("error: {err}");
                    ExitCode::from(1)
                }
            }
        }
    }
}

/// Prints every diagnostic, then one summary line; returns the exit code.
fn print_report(report: &Report, verb: &str, target: &str) -> ExitCode {
    for d in report.diagnostics.sorted() {
        eprintln!("{d}");
    }
    let errors = report.diagnostics.error_count();
    let warnings = report.diagnostics.warning_count();
    if report.refused {
        return ExitCode::from(2);
    }
    if errors > 0 {
        eprintln!(
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
    eprintln!(
        "{verb} {} brief{} and {} seed{}{into} in {ms:.0} ms{warned}",
        report.briefs,
        plural(report.briefs),
        report.seeds,
        plural(report.seeds),
    );
    ExitCode::SUCCESS
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

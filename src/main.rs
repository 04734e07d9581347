//! The `brief` command line: parse flags, call the library, print, exit.
//!
//! Exit codes (SPEC): 0 success (warnings allowed), 1 the site has errors, 2 usage error.

use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;

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
    /// Create a new site: brief.yaml, content/, seeds/ and a sample brief.
    Init {
        #[arg(default_value = ".")]
        dir: PathBuf,
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
        Command::Init { dir } => match scaffold::init(&dir) {
            Ok(()) => {
                eprintln!(
                    "created a new site in {}; run `brief build --root {}`",
                    dir.display(),
                    dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::from(1)
            }
        },
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

//! Capturing sources: `brief seed add`, `brief seed check`, `brief seed import`.
//!
//! I/O at the edge, pure in the middle:
//!
//! 1. [`fetch`] gets the page's bytes (network limits, redirects, charsets), or reads a
//!    saved file the same way;
//! 2. [`extract`] turns bytes and address into an [`Article`] — the text as paragraphs
//!    and what the page says about itself ([`metadata`]) — a pure function; [`wall`]
//!    judges whether that text is the whole article;
//! 3. [`seedfile`] writes the seed and [`provenance`] the snapshot of the fetched bytes,
//!    atomically, never overwriting without `--force`.
//!
//! [`drift`] re-fetches captured seeds and compares them with what the briefs quote;
//! [`import`] turns a bibliography (CSL-JSON, BibTeX) into seeds.

pub mod drift;
pub mod extract;
pub mod fetch;
pub mod import;
pub mod metadata;
pub mod provenance;
pub mod seedfile;
pub mod wall;

use std::fmt;
use std::path::{Path, PathBuf};

pub use extract::Article;
use fetch::{FetchError, FetchOptions, Page};
use seedfile::SeedFile;
use wall::Signal;

use crate::config::CONFIG_FILE;
use crate::site::SEEDS_DIR;

/// What `brief seed add` is asked.
#[derive(Debug, Clone, Default)]
pub struct AddOptions {
    /// The seed's id; by default `<outlet-slug>-<yyyy-mm-dd>`, made unique.
    pub id: Option<String>,
    /// Replace an existing seed (and its snapshot).
    pub force: bool,
    /// Keep a text that looks like a teaser or a wall.
    pub accept_partial: bool,
    pub fetch: FetchOptions,
}

/// A seed written by a capture.
#[derive(Debug, Clone)]
pub struct Added {
    pub id: String,
    /// The seed's title as written: the page's, else the address or file captured.
    pub title: String,
    /// The seed file, under the site root.
    pub seed: PathBuf,
    /// The snapshot of the bytes captured, beside it.
    pub snapshot: PathBuf,
    pub article: Article,
    /// Signs of a partial text that `--accept-partial` let through.
    pub accepted: Vec<Signal>,
}

/// Why a capture wrote nothing. Each displays as one line (a wall lists its signals).
#[derive(Debug)]
pub enum CaptureError {
    NotASite(PathBuf),
    NoSuchInput(String),
    /// An input written as an address that is none (`http://exa mple.com/`, `ftp://…`):
    /// the input and why.
    BadAddress(String, String),
    Fetch(FetchError),
    Partial(String, Vec<Signal>),
    Exists(PathBuf, &'static str),
    BadId(String),
    Write(PathBuf, std::io::Error),
    Read(PathBuf, std::io::Error),
    /// A bibliography that cannot be parsed (the message has its position).
    Import(String),
}

impl fmt::Display for CaptureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CaptureError::NotASite(root) => write!(
                f,
                "{}: not a brief site (no {CONFIG_FILE}); pass --root DIR or run `brief init`",
                root.display()
            ),
            CaptureError::NoSuchInput(input) => write!(
                f,
                "`{input}` is neither an http(s) address nor a file that exists"
            ),
            CaptureError::BadAddress(input, why) => write!(
                f,
                "`{input}` is not a web address: {why}\n  help: give an http(s) address as the browser shows it, or a saved file"
            ),
            CaptureError::Fetch(e) => e.fmt(f),
            CaptureError::Partial(what, signals) => {
                write!(
                    f,
                    "{what} does not look like the whole article, nothing written:"
                )?;
                for s in signals {
                    write!(f, "\n  - {s}")?;
                }
                write!(
                    f,
                    "\n  help: save the page from a browser where you can read it all and run `brief seed add FILE`, or pass --accept-partial to keep this text"
                )
            }
            CaptureError::Exists(path, help) => {
                write!(
                    f,
                    "{} already exists; nothing written ({help})",
                    path.display()
                )
            }
            CaptureError::BadId(id) => write!(
                f,
                "`{id}` cannot be a seed id: use letters, digits, `-`, `_` and `.`"
            ),
            CaptureError::Write(path, e) => write!(f, "cannot write {}: {e}", path.display()),
            CaptureError::Read(path, e) => write!(f, "cannot read {}: {e}", path.display()),
            CaptureError::Import(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for CaptureError {}

impl CaptureError {
    /// The process exit code (SPEC): 2 for what the command line asked that cannot work
    /// (a folder that is not a site, an input that is neither an address nor a file, an
    /// id that cannot be one, a seed that exists without `--force`: as `brief new` refuses
    /// a brief that exists), 1 for anything else.
    pub fn exit_code(&self) -> u8 {
        match self {
            CaptureError::NotASite(_)
            | CaptureError::BadId(_)
            | CaptureError::NoSuchInput(_)
            | CaptureError::BadAddress(..)
            | CaptureError::Exists(..) => 2,
            _ => 1,
        }
    }

    /// The error as the terminal shows it: `error: …`, or a bibliography's diagnostic,
    /// which says `path:line:col: error:` itself.
    pub fn report(&self) -> String {
        match self {
            CaptureError::Import(diagnostic) => diagnostic.clone(),
            other => format!("error: {other}"),
        }
    }
}

/// Is `input` a web address (as opposed to a file)?
pub fn is_url(input: &str) -> bool {
    let lower = input.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Fetches or reads `input`, the way `seed add` and `seed check` both do.
pub fn get(input: &str, options: &FetchOptions) -> Result<Page, CaptureError> {
    // Anything with a scheme is an address; `fetch` refuses those other than http(s).
    if is_url(input) || input.contains("://") {
        // An address the seed loader would not take is a mistake in the command line; one
        // it takes is fetched as it would record it, percent-encoded.
        let url = crate::seed::web_url(input).map_err(|why| {
            let why = why.map_or_else(|| fetch::ONLY_WEB_ADDRESSES.to_owned(), |e| e.to_string());
            CaptureError::BadAddress(input.to_owned(), why)
        })?;
        fetch::fetch(&url, options).map_err(CaptureError::Fetch)
    } else {
        let path = Path::new(input);
        if !path.is_file() {
            return Err(CaptureError::NoSuchInput(input.to_owned()));
        }
        fetch::read_file(path, options).map_err(CaptureError::Fetch)
    }
}

/// Extracts the article from a fetched or read page.
pub fn article_of(page: &Page) -> Article {
    extract::extract_bytes(
        &page.bytes,
        page.content_type.as_deref(),
        page.final_url.as_deref(),
    )
}

/// `brief seed add`: captures `input` (an address or a saved HTML file) as a seed of the
/// site at `root`. Writes `seeds/<id>.md` and `seeds/<id>.html.gz`, or nothing.
pub fn add(root: &Path, input: &str, options: &AddOptions) -> Result<Added, CaptureError> {
    if !root.join(CONFIG_FILE).is_file() {
        return Err(CaptureError::NotASite(root.to_owned()));
    }
    if let Some(id) = &options.id
        && (seedfile::safe_id(id) != *id || id.is_empty())
    {
        return Err(CaptureError::BadId(id.clone()));
    }
    let page = get(input, &options.fetch)?;
    let article = article_of(&page);
    let signals = wall::assess(&article);
    if !signals.is_empty() && !options.accept_partial {
        return Err(CaptureError::Partial(input.to_owned(), signals));
    }
    let captured = provenance::now_utc();
    let seeds_dir = root.join(SEEDS_DIR);
    let existing = existing_seeds(root);
    let (id, replace) = choose_id(&article, &captured, options, &existing)?;
    let seed_path = seeds_dir.join(format!("{id}.md"));
    // Another file with this id (`<id>.txt`, or an id that differs only in case) would
    // make two seeds of one id: refused even with --force, which replaces only the
    // seed's own `<id>.md`.
    if let Some(other) = taken_by(&existing, &id).find(|e| e.file != seed_path) {
        return Err(CaptureError::Exists(
            other.file.clone(),
            "a seed's id is its file name, and this file has that id; choose another --id (--force replaces only a captured seeds/<id>.md)",
        ));
    }
    let file = seed_file(&article, input, &captured, &page.bytes);
    let snapshot = provenance::snapshot_path(&seed_path);
    write_capture(&seed_path, &snapshot, &file, &page.bytes, replace)?;
    Ok(Added {
        id,
        title: file.title,
        seed: seed_path,
        snapshot,
        article,
        accepted: signals,
    })
}

/// The front matter and text of a captured article.
pub fn seed_file(article: &Article, input: &str, captured: &str, bytes: &[u8]) -> SeedFile {
    let meta = &article.meta;
    SeedFile {
        title: meta.title.clone().unwrap_or_else(|| input.to_owned()),
        outlet: meta
            .outlet
            .clone()
            .unwrap_or_else(|| "Unknown outlet".to_owned()),
        authors: meta.authors.clone(),
        published: meta.published.clone(),
        modified: meta.modified.clone(),
        url: meta.url.clone(),
        language: meta.language.clone(),
        note: None,
        captured: Some(captured.to_owned()),
        sha256: Some(provenance::sha256_hex(bytes)),
        imported: None,
        paragraphs: article.paragraphs.clone(),
    }
}

/// Writes the snapshot, then the seed; if the seed cannot be written, the snapshot just
/// written is removed again, so a capture leaves both files or neither.
pub fn write_capture(
    seed_path: &Path,
    snapshot: &Path,
    file: &SeedFile,
    bytes: &[u8],
    replace: bool,
) -> Result<(), CaptureError> {
    let exists = |e: std::io::Error, path: &Path| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            CaptureError::Exists(
                path.to_owned(),
                "pass --force to replace it, or --id to choose another id",
            )
        } else {
            CaptureError::Write(path.to_owned(), e)
        }
    };
    if !replace {
        for path in [seed_path, snapshot] {
            if path.exists() {
                return Err(exists(std::io::ErrorKind::AlreadyExists.into(), path));
            }
        }
    }
    let compressed =
        provenance::compress(bytes).map_err(|e| CaptureError::Write(snapshot.to_owned(), e))?;
    seedfile::write_atomic(snapshot, &compressed, replace).map_err(|e| exists(e, snapshot))?;
    if let Err(e) = seedfile::write_atomic(seed_path, file.render().as_bytes(), replace) {
        // The snapshot was written by this capture a moment ago; removing it keeps the
        // all-or-nothing promise. If that fails too, the write error is still the one
        // to report.
        if !replace {
            let _ = std::fs::remove_file(snapshot);
        }
        return Err(exists(e, seed_path));
    }
    Ok(())
}

/// A seed file already in `seeds/`, as a capture sees it.
#[derive(Debug, Clone)]
pub struct Existing {
    /// Its id: the path under `seeds/` without the extension.
    pub id: String,
    /// The file, under the site root (`<root>/seeds/<id>.md` or `.txt`).
    pub file: PathBuf,
    /// Its `url:` as written.
    pub url: Option<String>,
}

/// The seeds among `existing` that `id` would clash with: the same id, or one that
/// differs only in case (`Doe2025` and `doe2025` publish to one folder on a
/// case-insensitive disk or host, and the build refuses them).
pub fn taken_by<'a>(existing: &'a [Existing], id: &str) -> impl Iterator<Item = &'a Existing> {
    existing
        .iter()
        .filter(move |e| e.id.eq_ignore_ascii_case(id))
}

/// The existing seeds' ids, files and addresses, read without the full loader: a capture
/// must work even in a site whose other files have errors.
pub fn existing_seeds(root: &Path) -> Vec<Existing> {
    let dir = root.join(SEEDS_DIR);
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).into_iter().flatten() {
        let path = entry.path();
        let Some(ext) = path.extension().and_then(|e| e.to_str()) else {
            continue;
        };
        if ext != "md" && ext != "txt" {
            continue;
        }
        let id = path
            .strip_prefix(&dir)
            .unwrap_or(path)
            .with_extension("")
            .to_string_lossy()
            .replace('\\', "/");
        let url = std::fs::read_to_string(path).ok().and_then(|text| {
            text.lines()
                .skip(1)
                .take_while(|l| l.trim_end() != "---")
                .find_map(|l| l.strip_prefix("url:"))
                .map(|u| u.trim().trim_matches(['"', '\'']).to_owned())
        });
        out.push(Existing {
            id,
            file: path.to_owned(),
            url,
        });
    }
    out
}

/// The id to write, and whether the file may be replaced.
fn choose_id(
    article: &Article,
    captured: &str,
    options: &AddOptions,
    existing: &[Existing],
) -> Result<(String, bool), CaptureError> {
    if let Some(id) = &options.id {
        return Ok((id.clone(), options.force));
    }
    // The same page captured before: that seed is the one to refresh (with --force).
    if let Some(url) = &article.meta.url
        && let Some(Existing { id, .. }) = existing.iter().find(|e| e.url.as_deref() == Some(url))
    {
        if options.force {
            return Ok((id.clone(), true));
        }
        return Err(CaptureError::Exists(
            PathBuf::from(SEEDS_DIR).join(format!("{id}.md")),
            "this page was captured before; pass --force to capture it again",
        ));
    }
    let outlet = article
        .meta
        .outlet
        .as_deref()
        .map(seedfile::slug)
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "seed".to_owned());
    let date = article
        .meta
        .published
        .clone()
        .unwrap_or_else(|| captured[..10].to_owned());
    let base = format!("{outlet}-{date}");
    let id = seedfile::unique(&base, |id| taken_by(existing, id).next().is_some());
    Ok((id, false))
}

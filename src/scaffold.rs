//! `brief new` and `brief init`: starting points for a brief and for a site; and what
//! they share with `brief theme eject` ([`crate::eject`]): refusing a path the build
//! would not read ([`in_the_way`]), and removing what a failed run created ([`Undo`]).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::config::CONFIG_FILE;
use crate::output;
use crate::section::{self, SectionIndex};
use crate::site::{CONTENT_DIR, SEEDS_DIR};

/// Why `brief new` or `brief theme eject` wrote nothing.
#[derive(Debug)]
pub struct ScaffoldError {
    pub message: String,
    pub help: Option<String>,
    /// The process exit code: 2 for a path that cannot work (a usage error), 1 for a
    /// failure to write.
    pub code: u8,
}

impl ScaffoldError {
    pub(crate) fn usage(message: impl Into<String>, help: impl Into<String>) -> Self {
        ScaffoldError {
            message: message.into(),
            help: Some(help.into()),
            code: 2,
        }
    }

    /// A write that failed (exit 1): the message names the file and the cause; the run
    /// has removed what it created.
    pub(crate) fn failed(message: impl Into<String>) -> Self {
        ScaffoldError {
            message: message.into(),
            help: None,
            code: 1,
        }
    }

    pub fn exit_code(&self) -> u8 {
        self.code
    }
}

impl std::fmt::Display for ScaffoldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ScaffoldError {}

/// Creates `content/<path>.md` under `root` with its front matter filled in. `path` may
/// be given with or without `content/` and `.md`. Refuses to overwrite, and refuses a
/// path the build could not publish: a reserved URL (`index`, `404`, `sources/…`,
/// `search/…`), a dotfile (the build skips those), a backslash, another extension, and
/// a URL that clashes with the site's other pages — another brief's (`y.markdown`
/// beside `y`, `Library Hours` beside `library-hours`), a folder's listing page, a
/// listing's pagination (`page/2`) — in the build's own words. A section's `_index`
/// gets a section's front matter (title and summary), not a brief's.
pub fn new_brief(root: &Path, path: &str) -> Result<PathBuf, ScaffoldError> {
    const EXAMPLE: &str =
        "give a path such as `deal/overview` (it becomes content/deal/overview.md)";
    if path.contains('\\') {
        return Err(ScaffoldError::usage(
            format!("`{path}` has a backslash; brief paths use `/` between folders"),
            EXAMPLE,
        ));
    }
    let rel = path.trim_start_matches("./");
    let rel = rel.strip_prefix("content/").unwrap_or(rel);
    let rel = rel.strip_suffix(".md").unwrap_or(rel);
    if rel.is_empty()
        || rel.starts_with('/')
        || rel
            .split('/')
            .any(|c| c.trim().is_empty() || c == "." || c == "..")
    {
        return Err(ScaffoldError::usage(
            format!("`{path}` is not a brief path"),
            EXAMPLE,
        ));
    }
    if let Some(hidden) = rel.split('/').find(|c| crate::site::is_ignored(c)) {
        return Err(ScaffoldError::usage(
            format!("`{hidden}` is a hidden or temporary file name, which the build skips"),
            EXAMPLE,
        ));
    }
    let stem = rel.rsplit('/').next().unwrap_or(rel);
    if let Some((_, ext)) = stem.rsplit_once('.')
        && !ext.is_empty()
    {
        return Err(ScaffoldError::usage(
            format!("`{path}` ends in `.{ext}`; a brief is a Markdown file, content/<path>.md"),
            format!(
                "drop the extension: `brief new {}`",
                rel.strip_suffix(&format!(".{ext}")).unwrap_or(rel)
            ),
        ));
    }
    let section = section::is_index(Path::new(&format!("{rel}.md")));
    let url = crate::brief::url_path(Path::new(&format!("{rel}.md")));
    if let Some(message) = crate::site::reserved_url(&url).filter(|_| !section) {
        return Err(ScaffoldError::usage(message, "choose another name"));
    }
    let file = root.join(CONTENT_DIR).join(format!("{rel}.md"));
    match in_the_way(root, &file) {
        None => {}
        Some(InTheWay::Exists(what)) => {
            return Err(ScaffoldError::usage(
                format!("{} already exists{what}", file.display()),
                "brief new never overwrites; choose another name",
            ));
        }
        Some(other) => return Err(other.refusal(Some("choose another path for the new brief"))),
    }
    let text = if section {
        // The folder's name titles its section; the home page's keeps the site's title.
        let folder = rel.rsplit('/').nth(1);
        let title = folder.map_or(String::new(), |f| format!("title: \"{}\"\n", title_case(f)));
        format!(
            "---\n{title}summary: \"\"\n---\n\nIntroduce the section here: this text is shown above the list of its briefs.\n"
        )
    } else {
        format!(
            "---\ntitle: \"{}\"\nsummary: \"\"\ndate: {}\nauthors: []\ndraft: true\nsources: []\n---\n\nWrite the brief here. Cite a seed with `[@seed-id]` after listing its id in `sources`.\n",
            title_case(stem),
            crate::date::today()
        )
    };
    if let Some(clash) = url_clash(root, &file, &text) {
        return Err(clash);
    }
    let mut undo = Undo::default();
    let written = match file.parent() {
        Some(parent) => undo.create_dir_all(parent),
        None => Ok(()),
    }
    // Never over a file made meanwhile, and no empty or partial file on a full disk.
    .and_then(|()| undo.write_new(&file, text.as_bytes()));
    if let Err(err) = written {
        undo.roll_back();
        return Err(ScaffoldError::failed(format!(
            "cannot write {}: {err}",
            file.display()
        )));
    }
    Ok(file)
}

/// What stands where a command would create a file or folder of the site.
#[derive(Debug)]
pub(crate) enum InTheWay {
    /// Something is already at the path — a file, a folder, a symbolic link, even a
    /// broken one. Holds how to describe it after "already exists" (`""`, or ` (a
    /// symbolic link to x)`).
    Exists(String),
    /// This, where the path needs a folder, is a file.
    File(PathBuf),
    /// This folder of the path leads out of the site, to the second path, through a
    /// symbolic link: the build refuses to read through it.
    Outside(PathBuf, PathBuf),
    /// This folder of the path is a symbolic link to the second path, which does not
    /// exist.
    Broken(PathBuf, PathBuf),
}

impl InTheWay {
    /// The usage error for all but [`InTheWay::Exists`], whose wording is each command's
    /// own. The help offers `choose` (`choose another path for the new brief`), when
    /// given, before the fix of what is in the way.
    pub(crate) fn refusal(&self, choose: Option<&str>) -> ScaffoldError {
        let (message, fix) = match self {
            InTheWay::Exists(what) => (format!("it already exists{what}"), None),
            InTheWay::File(at) => (
                format!(
                    "{} is a file, and the path needs a folder there",
                    at.display()
                ),
                Some(format!("rename {}", at.display())),
            ),
            InTheWay::Outside(at, to) => (
                format!(
                    "{} leads outside the site, to {}, through a symbolic link; the build reads nothing outside the site's folder, so it would refuse what is written there",
                    at.display(),
                    to.display()
                ),
                Some(format!(
                    "replace the link {} with a folder of the site",
                    at.display()
                )),
            ),
            InTheWay::Broken(at, to) => (
                format!(
                    "{} is a symbolic link to {}, which does not exist",
                    at.display(),
                    to.display()
                ),
                Some(format!(
                    "remove the link {} or point it at a folder of the site",
                    at.display()
                )),
            ),
        };
        let help = match (choose, fix) {
            (Some(choose), Some(fix)) => Some(format!("{choose}, or {fix}")),
            (Some(choose), None) => Some(choose.to_owned()),
            (None, fix) => fix,
        };
        ScaffoldError {
            message,
            help,
            code: 2,
        }
    }
}

/// Whether something stands in the way of creating `target`, a path under the site at
/// `root`: something already there, or — at the deepest part of the path that exists — a
/// file where a folder is needed, or a symbolic link that leads out of the site or
/// nowhere. The build reads nothing through a link leading outside the site
/// ([`crate::site`]'s walk refuses it), so writing there would make a file no build
/// accepts. `None` also when that part cannot be read: the write then says why.
pub(crate) fn in_the_way(root: &Path, target: &Path) -> Option<InTheWay> {
    let mut at = target;
    let meta = loop {
        match fs::symlink_metadata(at) {
            Ok(meta) => break meta,
            Err(_) => match at.parent() {
                Some(parent) if at != root => at = parent,
                _ => return None,
            },
        }
    };
    if at == target {
        let what = match fs::read_link(at) {
            Ok(to) if meta.file_type().is_symlink() => {
                format!(" (a symbolic link to {})", to.display())
            }
            _ => String::new(),
        };
        return Some(InTheWay::Exists(what));
    }
    let real = match at.canonicalize() {
        Ok(real) => real,
        Err(_) if meta.file_type().is_symlink() => {
            let to = fs::read_link(at).unwrap_or_default();
            return Some(InTheWay::Broken(at.to_owned(), to));
        }
        Err(_) => return None,
    };
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_owned());
    if !real.starts_with(&canonical_root) {
        Some(InTheWay::Outside(at.to_owned(), real))
    } else if !real.is_dir() {
        Some(InTheWay::File(at.to_owned()))
    } else {
        None
    }
}

/// The build's URL checks ([`crate::site::check_urls`]) run on the site as it would be
/// with `text` at `file`: the first problem the new file would add — at the new file
/// (its URL is taken, or is a listing's page 2) or at another (a brief that the new
/// file's folder would turn into a listing) — as a refusal. `None` when there is none,
/// or when the site cannot be read (the build then says why).
fn url_clash(root: &Path, file: &Path, text: &str) -> Option<ScaffoldError> {
    let mut diags = crate::diagnostic::Diagnostics::new();
    let options = crate::site::LoadOptions {
        drafts: true,
        ..Default::default()
    };
    let site = crate::site::Site::load(root, &options, &mut diags)?;
    let shown = crate::diagnostic::display_path(root, file);
    let rel = file.strip_prefix(root.join(CONTENT_DIR)).unwrap_or(file);
    let source = crate::frontmatter::SourceText { text: text.into() };
    let mut ignored = crate::diagnostic::Diagnostics::new();
    let (mut briefs, mut sections) = (site.briefs, site.sections);
    let mut before = crate::diagnostic::Diagnostics::new();
    crate::site::check_urls(&briefs, &sections, &mut before);
    if section::is_index(file) {
        sections.push(SectionIndex::parse(&shown, rel, source, &mut ignored).ok()?);
        // As the loader has them: by URL, a new `_index.md` after one already there.
        sections.sort_by(|a, b| a.url_path.cmp(&b.url_path));
    } else {
        briefs.push(crate::brief::Brief::parse(&shown, rel, source, &mut ignored).ok()?);
        briefs.sort_by(|a, b| a.path.cmp(&b.path));
    }
    let mut after = crate::diagnostic::Diagnostics::new();
    crate::site::check_urls(&briefs, &sections, &mut after);
    let old: Vec<(&Path, &str)> = before
        .iter()
        .map(|d| (d.path.as_path(), d.message.as_str()))
        .collect();
    let added = after
        .iter()
        .find(|d| !old.contains(&(d.path.as_path(), d.message.as_str())))?;
    let message = if added.path == shown {
        added.message.clone()
    } else {
        format!(
            "{} would clash with {}, of which the build would say: {}",
            shown.display(),
            added.path.display(),
            added.message
        )
    };
    let help = match &added.help {
        Some(help) => format!("choose another name for the new brief ({help})"),
        None => "choose another name for the new brief".to_owned(),
    };
    Some(ScaffoldError::usage(message, help))
}

/// The new brief's title from its file name: `deal-overview` → `Deal Overview`. A name
/// with no word in it (`---`) is its own title: a brief's title may not be empty.
fn title_case(stem: &str) -> String {
    let words: Vec<String> = stem
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect();
    let title = if words.is_empty() {
        stem.trim().to_owned()
    } else {
        words.join(" ")
    };
    // Double-quoted in the front matter: no `"` to escape (the path has no `\\`), no
    // control character (a tab or line break in a file name) to fold.
    title.replace('"', "'").replace(char::is_control, " ")
}

const SAMPLE_CONFIG: &str = "title: \"My briefing\"\ndescription: \"Explainers whose every claim is traced to its source.\"\nbase_url: /\nlanguage: en\n";

const SAMPLE_SEED: &str = "---\ntitle: \"An example source article\"\noutlet: Example Times\nauthor: A. Reporter\npublished: 2025-01-15\nlanguage: en\n---\n\nThe council voted on Tuesday to extend the library's opening hours.\n\n\"Libraries are where the whole town meets,\" the mayor said after the vote.\n";

const SAMPLE_BRIEF: &str = "---\ntitle: \"Why the library is opening longer\"\nsummary: \"What the council decided, and why.\"\ndate: 2025-01-16\nauthors: [Briefing desk]\nsources: [example-source]\n---\n\nThe council has extended the library's opening hours [@example-source, para. 1].\nThe mayor called libraries the place \"where the whole town meets\" [@example-source].\n";

/// What `brief init` did.
#[derive(Debug, Default)]
pub struct Initialised {
    /// Files written, in order.
    pub created: Vec<PathBuf>,
    /// Sample files not written because a file of that name was there (`--force`).
    pub skipped: Vec<PathBuf>,
    /// `/public` was added to an existing `.gitignore`.
    pub ignored_public: bool,
}

/// Why `brief init` did nothing.
#[derive(Debug)]
pub enum InitError {
    /// The folder is not empty and `--force` was not given (a usage error): the entries in
    /// the way, by name.
    NotEmpty { dir: PathBuf, entries: Vec<String> },
    /// The path exists and is not a folder (a usage error).
    NotAFolder(PathBuf),
    /// A write failed; everything this run created was removed again.
    Io(io::Error),
}

impl std::fmt::Display for InitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InitError::NotEmpty { dir, entries } => {
                const NAMED: usize = 10;
                let mut named: Vec<String> = entries
                    .iter()
                    .take(NAMED)
                    .map(|e| format!("`{e}`"))
                    .collect();
                if entries.len() > NAMED {
                    named.push(format!("and {} more", entries.len() - NAMED));
                }
                write!(
                    f,
                    "`{}` is not empty: {} {} in the way\n  help: start the site in an empty folder, or add `--force` to write only the files that are missing (nothing is overwritten)",
                    dir.display(),
                    named.join(", "),
                    if entries.len() == 1 { "is" } else { "are" }
                )
            }
            InitError::NotAFolder(path) => write!(
                f,
                "`{}` is a file, not a folder\n  help: give `brief init` a folder to create the site in, e.g. `brief init my-site`",
                path.display()
            ),
            InitError::Io(err) => write!(f, "{err}; nothing was created"),
        }
    }
}

impl InitError {
    /// The process exit code (SPEC: 1 errors, 2 usage).
    pub fn exit_code(&self) -> u8 {
        match self {
            InitError::NotEmpty { .. } | InitError::NotAFolder(_) => 2,
            InitError::Io(_) => 1,
        }
    }
}

/// Creates a new site in `dir`: `brief.yaml`, `content/` with a sample brief, `seeds/`
/// with a sample seed, and `/public` in `.gitignore`.
///
/// Never overwrites: a folder with anything in it besides dotfiles (`.git`, `.gitignore`,
/// which init never replaces) is refused unless `force`; with `force` only the missing
/// files are written and the others listed as skipped. A write that fails (a full or
/// read-only disk) removes everything this run created, so no empty or partial file and
/// no half a site is left.
pub fn init(dir: &Path, force: bool) -> Result<Initialised, InitError> {
    match fs::symlink_metadata(dir) {
        Ok(meta) if !meta.is_dir() && !dir.is_dir() => {
            return Err(InitError::NotAFolder(dir.to_owned()));
        }
        Ok(_) if !force => {
            let entries =
                fs::read_dir(dir).map_err(|e| InitError::Io(with_path(e, "cannot read", dir)))?;
            let mut in_the_way: Vec<String> = Vec::new();
            for entry in entries {
                let entry = entry.map_err(|e| InitError::Io(with_path(e, "cannot read", dir)))?;
                let name = entry.file_name().to_string_lossy().into_owned();
                if !name.starts_with('.') {
                    in_the_way.push(name);
                }
            }
            if !in_the_way.is_empty() {
                in_the_way.sort();
                return Err(InitError::NotEmpty {
                    dir: dir.to_owned(),
                    entries: in_the_way,
                });
            }
        }
        _ => {}
    }
    let mut undo = Undo::default();
    match write_site(dir, &mut undo) {
        Ok(done) => {
            undo.forget();
            Ok(done)
        }
        Err(err) => {
            undo.roll_back();
            Err(InitError::Io(err))
        }
    }
}

fn write_site(dir: &Path, undo: &mut Undo) -> io::Result<Initialised> {
    let mut done = Initialised::default();
    undo.create_dir_all(dir)?;
    for (rel, text) in [
        (PathBuf::from(CONFIG_FILE), SAMPLE_CONFIG),
        (Path::new(SEEDS_DIR).join("example-source.md"), SAMPLE_SEED),
        (
            Path::new(CONTENT_DIR).join("library-hours.md"),
            SAMPLE_BRIEF,
        ),
    ] {
        let path = dir.join(&rel);
        if fs::symlink_metadata(&path).is_ok() {
            done.skipped.push(path);
            continue;
        }
        if let Some(parent) = path.parent() {
            undo.create_dir_all(parent)?;
        }
        undo.write_new(&path, text.as_bytes())?;
        done.created.push(path);
    }
    let ignore = dir.join(".gitignore");
    match fs::read(&ignore) {
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            undo.write_new(&ignore, b"/public\n")?;
            done.created.push(ignore);
        }
        Err(err) => return Err(with_path(err, "cannot read", &ignore)),
        Ok(text) => {
            let text = String::from_utf8_lossy(&text);
            let listed = text.lines().any(|l| {
                matches!(
                    l.trim(),
                    "/public" | "/public/" | "public" | "public/" | "/public/*" | "public/*"
                )
            });
            if !listed {
                let line = if text.is_empty() || text.ends_with('\n') {
                    "/public\n"
                } else {
                    "\n/public\n"
                };
                append(&ignore, line.as_bytes())?;
                done.ignored_public = true;
            }
        }
    }
    Ok(done)
}

/// Appends `bytes` to the user's file at `path`; a write that fails cuts the file back
/// to its old length, so it is never left half-appended.
fn append(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write as _;
    let mut file = fs::OpenOptions::new()
        .append(true)
        .open(path)
        .map_err(|e| with_path(e, "cannot open", path))?;
    let len = file
        .metadata()
        .map_err(|e| with_path(e, "cannot read", path))?
        .len();
    if let Err(err) = file.write_all(bytes).and_then(|()| file.sync_all()) {
        let err = with_path(err, "cannot write", path);
        return Err(match file.set_len(len) {
            Ok(()) => err,
            Err(cut) => io::Error::new(
                err.kind(),
                format!("{err}; it could not be restored to its old length: {cut}"),
            ),
        });
    }
    Ok(())
}

/// What one run of `brief init`, `brief new` or `brief theme eject` created, to remove
/// again if a later step fails — only that, never a file or folder that was there before.
#[derive(Default)]
pub(crate) struct Undo {
    files: Vec<PathBuf>,
    dirs: Vec<PathBuf>,
}

impl Undo {
    /// `create_dir_all`, remembering each folder it made.
    pub(crate) fn create_dir_all(&mut self, dir: &Path) -> io::Result<()> {
        let mut missing = Vec::new();
        let mut at = Some(dir);
        while let Some(d) = at {
            if d.as_os_str().is_empty() || d.is_dir() {
                break;
            }
            missing.push(d.to_owned());
            at = d.parent();
        }
        for d in missing.into_iter().rev() {
            fs::create_dir(&d).map_err(|e| with_path(e, "cannot create", &d))?;
            self.dirs.push(d);
        }
        Ok(())
    }

    /// Creates the folder `dir`, which must not exist, and remembers it.
    pub(crate) fn create_dir(&mut self, dir: &Path) -> io::Result<()> {
        fs::create_dir(dir).map_err(|e| with_path(e, "cannot create", dir))?;
        self.dirs.push(dir.to_owned());
        Ok(())
    }

    /// [`output::write_new`], remembering the file.
    pub(crate) fn write_new(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        output::write_new(path, bytes)?;
        self.files.push(path.to_owned());
        Ok(())
    }

    /// Keeps what was created: the run succeeded.
    pub(crate) fn forget(&mut self) {
        self.files.clear();
        self.dirs.clear();
    }

    /// Removes what was created, newest first. Best effort: this runs only after a
    /// failure, which is what gets reported; a folder left because it is not empty
    /// holds something this run did not make.
    pub(crate) fn roll_back(&mut self) {
        for f in self.files.drain(..).rev() {
            let _ = fs::remove_file(f);
        }
        for d in self.dirs.drain(..).rev() {
            let _ = fs::remove_dir(d);
        }
    }
}

fn with_path(err: io::Error, what: &str, path: &Path) -> io::Error {
    io::Error::new(err.kind(), format!("{what} `{}`: {err}", path.display()))
}

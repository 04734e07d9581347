//! Loading a site: `brief.yaml`, the seeds, the briefs, the theme and the static files.
//!
//! [`Site::load`] is the first stage of the pipeline. It reads every input file (in
//! parallel), validates what can be validated without rendering — keys, dates, ids, the
//! `sources:` lists, clashing URLs — and collects every problem instead of stopping at the
//! first. Citations are checked later, by [`crate::resolve`].

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::brief::Brief;
use crate::config::{CONFIG_FILE, SiteConfig};
use crate::diagnostic::{Diagnostic, Diagnostics, Kind, closest, did_you_mean, display_path};
use crate::frontmatter::SourceText;
use crate::overlay::Overlay;
use crate::section::{self, SectionIndex};
use crate::seed::Seed;
use crate::theme::Theme;

/// The folders a site reads from (all relative to the root).
pub const CONTENT_DIR: &str = "content";
pub const SEEDS_DIR: &str = "seeds";
pub const THEMES_DIR: &str = "themes";
pub const STATIC_DIR: &str = "static";

/// What the caller asks of loading.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Include briefs marked `draft: true`.
    pub drafts: bool,
    /// Texts read instead of the files on disk (an editor's unsaved buffers).
    pub overlay: Overlay,
    /// Overrides `base_url` from brief.yaml (`--base-url`), validated like it.
    pub base_url: Option<String>,
}

/// Everything a build needs, read and validated.
#[derive(Debug)]
pub struct Site {
    pub root: PathBuf,
    pub config: SiteConfig,
    /// Sorted by id.
    pub seeds: Vec<Seed>,
    /// Sorted by path; drafts already removed unless asked for.
    pub briefs: Vec<Brief>,
    /// The sections' `_index.md` files, sorted by URL path.
    pub sections: Vec<SectionIndex>,
    pub theme: Theme,
    /// Briefs marked `draft: true` left out because drafts were not asked for.
    pub drafts_skipped: usize,
    /// Ids of seed files that exist but could not be loaded (their error is reported);
    /// citing them is not a second error. Sorted.
    pub failed_seeds: Vec<String>,
    /// Files copied as they are: output path (with `/`) → source file. Theme static first,
    /// then the site's `static/` over it, then files beside the briefs in `content/`.
    pub assets: BTreeMap<String, PathBuf>,
}

impl Site {
    /// The index in `seeds` of the seed with this id.
    pub fn seed_index(&self, id: &str) -> Option<usize> {
        self.seeds.binary_search_by(|s| s.id.as_str().cmp(id)).ok()
    }

    /// Whether `id` names a seed file that exists but failed to load (its own error is
    /// reported first; a citation of it is no second error).
    pub fn seed_failed(&self, id: &str) -> bool {
        self.failed_seeds
            .binary_search_by(|s| s.as_str().cmp(id))
            .is_ok()
    }

    /// Takes every brief's text out of the site, in the order of `briefs`, leaving each
    /// brief's `text` empty (and its [`Brief::body`] with it).
    ///
    /// For a build, whose brief pass is the last reader of the briefs' Markdown (most of
    /// what a large site holds once loaded: 58 MB at 10,000 briefs): the pass hands each
    /// brief its text back ([`Brief::with_text`]) and frees it when the brief is done,
    /// while the site itself stays borrowed by the renderer to the end of the build.
    pub fn take_brief_texts(&mut self) -> Vec<std::sync::Arc<str>> {
        let empty: std::sync::Arc<str> = std::sync::Arc::from("");
        self.briefs
            .iter_mut()
            .map(|b| std::mem::replace(&mut b.text, std::sync::Arc::clone(&empty)))
            .collect()
    }

    /// Reads the site at `root`. Returns the site when it is usable (even with warnings or
    /// errors that later stages should also see), or `None` when nothing more can be checked.
    pub fn load(root: &Path, options: &LoadOptions, diags: &mut Diagnostics) -> Option<Site> {
        let overlay = &options.overlay;
        let mut config = load_config_from(root, overlay, diags)?;
        if let Some(url) = &options.base_url {
            match check_base_url_flag(url) {
                Ok(url) => config.base_url = url,
                Err(d) => {
                    diags.push(d);
                    return None;
                }
            }
        }
        // The theme and then the seeds are read while one walk of content/ finds the
        // briefs, the sections and the files beside them (the walk reports nothing), the
        // briefs read as the walk finds them.
        let mut read_diags = Diagnostics::new();
        let ((theme, (seeds, failed_seeds)), (content, read)) = rayon::join(
            || {
                let theme =
                    Theme::load(root, config.theme.as_deref(), &config.text, &mut read_diags);
                (theme, load_seeds(root, overlay, &mut read_diags))
            },
            || walk_reading_briefs(root, overlay),
        );
        diags.extend(read_diags);
        let mut briefs = load_briefs(root, &content, read, diags);
        let sections = load_sections(root, &content, overlay, diags);
        check_sources(&briefs, &seeds, &failed_seeds, diags);
        let before = briefs.len();
        if !options.drafts {
            briefs.retain(|b| !b.draft);
        }
        let drafts_skipped = before - briefs.len();
        check_urls(&briefs, &sections, diags);
        let assets = assets_with(root, &config, &theme, &content, diags);
        Some(Site {
            root: root.to_owned(),
            config,
            seeds,
            briefs,
            sections,
            theme,
            drafts_skipped,
            failed_seeds,
            assets,
        })
    }
}

/// `--base-url` validated like `base_url` in brief.yaml: the URL as the site uses it, or
/// the problem with it, reported at the flag.
pub fn check_base_url_flag(url: &str) -> Result<String, Diagnostic> {
    crate::config::check_base_url(url).map_err(|(message, help)| {
        Diagnostic::error("--base-url", message.replace("`base_url`", "`--base-url`"))
            .with_help(help)
    })
}

/// Why `root` cannot be a site at all — it does not exist, is not a folder, or holds no
/// `brief.yaml` — as the message every command prints before exiting 2; `None` when it
/// may be one.
pub fn check_root(root: &Path) -> Option<String> {
    let shown = root.display();
    if !root.exists() {
        return Some(format!(
            "error: the site root `{shown}` does not exist\n  help: check the path given to --root, or create a site there with `brief init {shown}`"
        ));
    }
    if !root.is_dir() {
        return Some(format!(
            "error: the site root `{shown}` is not a folder\n  help: --root takes the folder that holds brief.yaml"
        ));
    }
    if !root.join(CONFIG_FILE).is_file() {
        return Some(format!(
            "error: `{shown}` is not a brief site: there is no {CONFIG_FILE} in it\n  help: run `brief init` to start a site, or pass --root DIR"
        ));
    }
    None
}

/// Whether a seed id can be cited (`[@id]`) and published as `sources/<id>/` on any
/// host: ASCII letters, digits, `_`, and `-` or `.` between them, folders joined by `/`.
/// Otherwise the id it would have after renaming the file, to suggest.
pub fn uncitable_seed_id(id: &str) -> Option<String> {
    let ok = id.split('/').all(|part| {
        let mut chars = part.chars();
        chars
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
            && part
                .chars()
                .last()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
    });
    if ok {
        return None;
    }
    let suggested: Vec<String> = id
        .split('/')
        .map(|part| {
            let ascii: String = part
                .chars()
                .map(|c| if c.is_ascii() { c } else { '-' })
                .collect();
            crate::brief::slug(&ascii)
        })
        .collect();
    Some(suggested.join("/"))
}

/// When the seed id `id` starts with `page/<n>` (`page/2`, `page/2/ap`), that start: the
/// seed's archive page would go at or under `sources/page/<n>/`, the sources index's
/// page n (README, "Listings": reserved whatever the number of pages). Case is ignored,
/// as `sources/Page/2/` is the same folder on a case-insensitive disk or host.
pub fn paginated_seed_id(id: &str) -> Option<&str> {
    let mut parts = id.splitn(3, '/');
    let (first, number) = (parts.next()?, parts.next()?);
    let page = &id[..first.len() + 1 + number.len()];
    crate::listing::pagination_of(&format!("{}/", page.to_ascii_lowercase()))
        .is_some_and(str::is_empty)
        .then_some(page)
}

/// Reads and parses `brief.yaml`.
pub fn load_config(root: &Path, diags: &mut Diagnostics) -> Option<SiteConfig> {
    load_config_from(root, &Overlay::new(), diags)
}

/// Reads and parses `brief.yaml`, or the text in `overlay` that stands in for it.
pub fn load_config_from(
    root: &Path,
    overlay: &Overlay,
    diags: &mut Diagnostics,
) -> Option<SiteConfig> {
    let config_path = root.join(CONFIG_FILE);
    let shown_config = display_path(root, &config_path);
    let config = match overlay.read(&config_path) {
        Ok(bytes) => match SourceText::decode(&shown_config, bytes)
            .map_err(|d| vec![d])
            .and_then(|t| SiteConfig::parse(&shown_config, &t))
        {
            Ok(config) => config,
            Err(errors) => {
                diags.extend(errors);
                return None;
            }
        },
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            diags.push(
                Diagnostic::error(
                    root,
                    format!("not a brief site: there is no {CONFIG_FILE} here"),
                )
                .with_help("run `brief init` to start a site, or pass --root DIR"),
            );
            return None;
        }
        Err(err) => {
            diags.push(Diagnostic::error(
                &shown_config,
                format!("cannot read: {err}"),
            ));
            return None;
        }
    };
    Some(config)
}

/// The files copied as they are: the theme's static files, the site's `static/` over
/// them, then the files beside the briefs in `content/`; none where the build writes a
/// file of its own ([`generated_file`]).
pub fn load_assets(
    root: &Path,
    config: &SiteConfig,
    theme: &Theme,
    diags: &mut Diagnostics,
) -> BTreeMap<String, PathBuf> {
    assets_with(
        root,
        config,
        theme,
        &walk_all(root, &root.join(CONTENT_DIR)),
        diags,
    )
}

/// Whether the build writes a file other than a page at the output path `key` for a site
/// configured as `config`: the feed, the sitemap (with an absolute `base_url`),
/// `claims.json` (with a check of claims on), the search index (`search/index.json`,
/// `search/stemmer.js`, `search/docs/`, `search/terms/`), and `robots.txt` unless the
/// file is one of a `static/` folder (`from_static`), which may replace it (README,
/// "Output"). Pages are guarded where they are written ([`crate::render::copy_assets`]);
/// the stylesheets the build writes (`syntax.css`) are assets like the theme's, which
/// `static/` overrides.
fn generated_file(key: &str, config: &SiteConfig, from_static: bool) -> bool {
    crate::publish::always_writes(key, config)
        || (key == crate::build::CLAIMS_FILE && config.checks.any_on())
        || crate::search::is_search_file(key)
        || (key == "robots.txt" && !from_static)
}

/// Where a file of the site would go against what the build writes itself, so that it
/// is not copied (README, "Output").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Taken {
    /// The build writes its own file at the same path.
    File,
    /// The build writes its own file at this path, a folder of the file's path
    /// (`atom.xml` for `atom.xml/x`).
    Under(String),
    /// The build writes this file under the file's path, which must then be a folder
    /// (`library-hours/index.html` for `library-hours`).
    Folder(String),
}

/// The folders of an output path, outermost first: `a/b/c` → `a`, `a/b`.
pub fn parent_keys(key: &str) -> impl Iterator<Item = &str> {
    key.match_indices('/').map(|(i, _)| &key[..i])
}

/// How `key`, a file of the site, clashes with a file the build writes other than a page
/// ([`generated_file`]): at it, or under it. A page's clashes, and a generated folder's,
/// are found by [`crate::render::copy_assets`], which knows every path written.
fn generated_clash(key: &str, config: &SiteConfig, from_static: bool) -> Option<Taken> {
    if generated_file(key, config, from_static) {
        return Some(Taken::File);
    }
    parent_keys(key)
        .find(|folder| generated_file(folder, config, from_static))
        .map(|file| Taken::Under(file.to_owned()))
}

/// A warning that `shown`, a file of the site, is not copied to `key`, where the build
/// writes its own file (or needs a folder): the one wording of the load and of
/// [`crate::render::copy_assets`], at the user's file.
pub fn not_copied(shown: PathBuf, key: &str, taken: &Taken) -> Diagnostic {
    let message = match taken {
        Taken::File => format!("not copied: the build writes its own `{key}`"),
        Taken::Under(file) => format!(
            "not copied: the build writes its own `{file}`, a file, so `{key}` cannot be under it"
        ),
        Taken::Folder(written) => {
            format!(
                "not copied: the build writes `{written}`, so `{key}` is a folder of the output"
            )
        }
    };
    Diagnostic::warning(shown, message).with_help("rename or remove this file")
}

/// [`load_assets`], given what a walk of `content/` met.
fn assets_with(
    root: &Path,
    config: &SiteConfig,
    theme: &Theme,
    content: &[Met],
    diags: &mut Diagnostics,
) -> BTreeMap<String, PathBuf> {
    let mut assets = BTreeMap::new();
    if let Some(dir) = theme.static_dir() {
        collect_assets(root, &dir, &mut assets, diags, |_| true);
    }
    collect_assets(root, &root.join(STATIC_DIR), &mut assets, diags, |_| true);
    assets.retain(|key, file| match generated_clash(key, config, true) {
        Some(taken) => {
            diags.push(not_copied(display_path(root, file), key, &taken));
            false
        }
        None => true,
    });
    let mut beside_briefs: BTreeMap<String, PathBuf> = BTreeMap::new();
    let content_dir = root.join(CONTENT_DIR);
    for file in pick(root, content, diags, |p| !is_brief_file(p)) {
        let key = beside_brief_key(&content_dir, &file);
        // Folders whose names make one URL (`content/Grid/`, `content/grid/`) share it:
        // one file would take the other's place, and a brief's image its neighbour's.
        if let Some(first) = beside_briefs.get(&key) {
            diags.push(
                Diagnostic::error(
                    display_path(root, &file),
                    format!(
                        "publishes to the same `{key}` as {}",
                        display_path(root, first).display()
                    ),
                )
                .with_help("folder names that differ only in case or punctuation make the same URL; rename one")
                .with_kind(Kind::UrlClash),
            );
            continue;
        }
        beside_briefs.insert(key, file);
    }
    for (key, file) in beside_briefs {
        if let Some(taken) = generated_clash(&key, config, false) {
            diags.push(not_copied(display_path(root, &file), &key, &taken));
            continue;
        }
        if is_text_document(&file) {
            diags.push(
                Diagnostic::warning(
                    display_path(root, &file),
                    format!("not a brief: this file will be published as is, at `{key}`"),
                )
                .with_help(format!(
                    "only Markdown files ({}) under content/ are briefs; move this one out of content/ if it is not for readers, or into static/ if it is",
                    MARKDOWN_EXTENSIONS.map(|e| format!(".{e}")).join(", ")
                )),
            );
        }
        assets.insert(key, file);
    }
    assets
}

/// The extensions of a brief, in any case (`.md`, `.MD`, `.markdown` …): every name
/// editors and other generators give Markdown, so no draft is copied out as a raw file.
pub const MARKDOWN_EXTENSIONS: [&str; 7] =
    ["md", "markdown", "mdown", "mdwn", "mkd", "mkdn", "mkdown"];

/// Whether a file under `content/` is a brief: Markdown by any of its usual extensions.
pub fn is_brief_file(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        MARKDOWN_EXTENSIONS
            .iter()
            .any(|m| e.eq_ignore_ascii_case(m))
    })
}

/// Text documents that are not Markdown: copied from `content/` as they are, which is
/// rarely what an editor who left notes there meant.
fn is_text_document(path: &Path) -> bool {
    const TEXT: [&str; 14] = [
        "txt", "text", "rtf", "doc", "docx", "odt", "pages", "html", "htm", "xhtml", "org", "rst",
        "adoc", "tex",
    ];
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| TEXT.iter().any(|t| e.eq_ignore_ascii_case(t)))
}

/// Files a site author did not mean as input: editor swap and backup files, dotfiles.
pub fn is_ignored(name: &str) -> bool {
    name.starts_with('.') || is_editor_file(name)
}

/// An editor's swap, backup, lock or probe file (`#x#`, `x~`, `.x.swp`, `.#x`, `4913`).
fn is_editor_file(name: &str) -> bool {
    name.starts_with('#')
        || name.starts_with(".#")
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".swo")
        || name.ends_with(".tmp")
        || name == "4913"
}

/// Whether a path under the site root, given as its names (`["static", ".nojekyll"]`),
/// is ignored: by [`is_ignored_in_static`] under `static/` and a theme's `static/`, by
/// [`is_ignored`] elsewhere. The build's walk, the preview and the watcher ask alike.
pub fn is_ignored_path<S: AsRef<str>>(names: &[S]) -> bool {
    let name = |i: usize| names.get(i).map(AsRef::as_ref);
    let in_static =
        name(0) == Some(STATIC_DIR) || (name(0) == Some(THEMES_DIR) && name(2) == Some("static"));
    let ignored = if in_static {
        is_ignored_in_static
    } else {
        is_ignored
    };
    names.iter().any(|n| ignored(n.as_ref()))
}

/// What a walk of a folder met, in the walk's order: files, other things that are not
/// folders (pipes, sockets, devices), and problems (unreadable folders, symlinks that
/// loop, break or lead outside the site). [`pick`] keeps the files a reader wants, so one
/// walk of `content/` serves the briefs, the sections and the files beside them.
enum Met {
    File(PathBuf),
    Special(PathBuf),
    Problem(Diagnostic),
}

/// Files of `static/` never published though their names start with `.`: version
/// control, macOS's folder metadata, and the editor swap, backup and lock files of
/// [`is_ignored`]. Every other dotfile there (`.nojekyll`, `.well-known/`, `.htaccess`)
/// is copied: the author put it where files are published (README, "Decisions where
/// SPEC is silent").
pub fn is_ignored_in_static(name: &str) -> bool {
    is_editor_file(name)
        || matches!(
            name,
            ".git" | ".gitignore" | ".gitattributes" | ".gitkeep" | ".hg" | ".svn" | ".DS_Store"
        )
        || name.starts_with("._")
}

/// Walks `dir`, following symlinks but refusing loops and anything that leads outside the
/// site root. Returns files with the given extensions, sorted.
fn walk(
    root: &Path,
    dir: &Path,
    diags: &mut Diagnostics,
    keep: impl Fn(&Path) -> bool,
) -> Vec<PathBuf> {
    pick(root, &walk_all(root, dir), diags, keep)
}

/// The files `keep` wants among those a walk met, sorted; the walk's problems, and a
/// warning for each wanted name that is not a regular file, go to `diags`.
fn pick(
    root: &Path,
    met: &[Met],
    diags: &mut Diagnostics,
    keep: impl Fn(&Path) -> bool,
) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for m in met {
        match m {
            Met::File(path) if keep(path) => files.push(path.clone()),
            Met::Special(path) if keep(path) => diags.push(
                Diagnostic::warning(
                    display_path(root, path),
                    "not a regular file (a pipe, socket or device); skipped",
                )
                .with_help("inputs must be ordinary files")
                .with_kind(Kind::Walk),
            ),
            Met::Problem(d) => diags.push(d.clone()),
            Met::File(_) | Met::Special(_) => {}
        }
    }
    files
}

/// Everything but folders under `dir`, sorted, and the problems met: see [`Met`].
fn walk_all(root: &Path, dir: &Path) -> Vec<Met> {
    walk_all_with(root, dir, is_ignored, &mut |_| {})
}

/// [`walk_all`], giving `found` each file as soon as the walk meets it, in order.
fn walk_all_with(
    root: &Path,
    dir: &Path,
    is_ignored: fn(&str) -> bool,
    found: &mut dyn FnMut(&Path),
) -> Vec<Met> {
    if !dir.is_dir() {
        return Vec::new();
    }
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_owned());
    let mut met = Vec::new();
    let mut walker = WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_ignored(&e.file_name().to_string_lossy()));
    while let Some(entry) = walker.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                // Following links, the walk stats a link's target before `filter_entry`
                // sees the link's name: an ignored name whose link is broken (Emacs's
                // lock file `.#x.md`, a link to `user@host.pid`) comes here, and is
                // ignored as it would be were its target there.
                if err
                    .path()
                    .and_then(Path::file_name)
                    .is_some_and(|name| is_ignored(&name.to_string_lossy()))
                {
                    continue;
                }
                let path = err
                    .path()
                    .map(|p| display_path(root, p))
                    .unwrap_or_else(|| dir.to_owned());
                let dangling = err
                    .path()
                    .and_then(|p| std::fs::read_link(p).ok())
                    .filter(|_| {
                        err.io_error()
                            .is_some_and(|e| e.kind() == std::io::ErrorKind::NotFound)
                    });
                let message = if let Some(target) = dangling {
                    format!(
                        "broken symbolic link: it points to {}, which does not exist",
                        target.display()
                    )
                } else if err.loop_ancestor().is_some() {
                    "symbolic link loop: this folder links back to one that contains it".to_owned()
                } else {
                    format!(
                        "cannot read: {}",
                        err.io_error()
                            .map_or_else(|| err.to_string(), ToString::to_string)
                    )
                };
                met.push(Met::Problem(
                    Diagnostic::error(path, message).with_kind(Kind::Walk),
                ));
                continue;
            }
        };
        if entry.path_is_symlink() {
            match entry.path().canonicalize() {
                Ok(target) if target.starts_with(&canonical_root) => {}
                Ok(target) => {
                    met.push(Met::Problem(
                        Diagnostic::error(
                            display_path(root, entry.path()),
                            format!("symbolic link points outside the site, to {}", target.display()),
                        )
                        .with_help("a site reads only files inside its own folder; copy the file in instead")
                        .with_kind(Kind::Walk),
                    ));
                    // A linked folder: don't read what is in it either.
                    if entry.file_type().is_dir() {
                        walker.skip_current_dir();
                    }
                    continue;
                }
                Err(err) => {
                    met.push(Met::Problem(
                        Diagnostic::error(
                            display_path(root, entry.path()),
                            format!("broken symbolic link: {err}"),
                        )
                        .with_kind(Kind::Walk),
                    ));
                    continue;
                }
            }
        }
        let kind = entry.file_type();
        if kind.is_file() {
            found(entry.path());
            met.push(Met::File(entry.into_path()));
        } else if !kind.is_dir() {
            met.push(Met::Special(entry.into_path()));
        }
    }
    met
}

fn read(root: &Path, path: &Path, overlay: &Overlay) -> Result<(PathBuf, SourceText), Diagnostic> {
    let shown = display_path(root, path);
    let bytes = overlay
        .read(path)
        .map_err(|err| Diagnostic::error(&shown, format!("cannot read: {err}")))?;
    let text = SourceText::decode(&shown, bytes)?;
    Ok((shown, text))
}

/// Reads one seed file (`path` under `<root>/seeds/`), or the text standing in for it.
fn read_seed(
    root: &Path,
    path: &Path,
    overlay: &Overlay,
) -> (Result<Seed, Diagnostic>, Diagnostics) {
    let mut local = Diagnostics::new();
    let id = seed_id(&root.join(SEEDS_DIR), path);
    let seed = read(root, path, overlay)
        .and_then(|(shown, text)| Seed::parse(&id, &shown, &text, &mut local));
    (seed, local)
}

/// Reads one brief file (`path` under `<root>/content/`), or the text standing in for it.
pub fn read_brief(
    root: &Path,
    path: &Path,
    overlay: &Overlay,
) -> (Result<Brief, Diagnostic>, Diagnostics) {
    let mut local = Diagnostics::new();
    let dir = root.join(CONTENT_DIR);
    let rel = path.strip_prefix(&dir).unwrap_or(path);
    let brief = read(root, path, overlay)
        .and_then(|(shown, text)| Brief::parse(&shown, rel, text, &mut local));
    (brief, local)
}

/// One seed file as a load reads it: its id, the seed when the site can hold it (`None`:
/// left out, for its name or because it does not parse), and the file's own problems as
/// the load reports them — all of them but those it shares with another file (two seeds
/// with one id, [`duplicate_seed`]; ids that differ only in case, [`case_clash`]).
pub struct SeedFile {
    pub id: String,
    pub seed: Option<Seed>,
    pub diags: Diagnostics,
}

/// Reads one seed file (`path` under `<root>/seeds/`, or the text standing in for it in
/// `overlay`) as [`Site::load`] does: a file refused for its name ([`uncitable_seed_id`],
/// [`paginated_seed_id`]) is left out whatever it holds, with the problems of its text and the name's error; one
/// that does not parse is left out with why.
pub fn read_seed_file(root: &Path, path: &Path, overlay: &Overlay) -> SeedFile {
    let id = seed_id(&root.join(SEEDS_DIR), path);
    let (seed, mut diags) = read_seed(root, path, overlay);
    if let Some(suggested) = uncitable_seed_id(&id) {
        let ext = path
            .extension()
            .map_or(String::new(), |e| format!(".{}", e.to_string_lossy()));
        diags.push(
            Diagnostic::error(
                display_path(root, path),
                format!("the seed id `{id}` cannot be cited or published as a safe URL"),
            )
            .with_help(format!(
                "rename the file to seeds/{suggested}{ext} and cite it as [@{suggested}] (ids use letters, digits, `-`, `_` and `.`)"
            )),
        );
        return SeedFile {
            id,
            seed: None,
            diags,
        };
    }
    if let Some(page) = paginated_seed_id(&id) {
        // At the file's first line, so the report shows which file it is: the clash is
        // the file's name.
        let text = first_line_text(path, overlay);
        diags.push(
            Diagnostic::error(
                display_path(root, path),
                format!(
                    "the seed id `{id}` would put its archive page under `sources/{page}/`, where the sources index puts its page {}",
                    page.rsplit('/').next().unwrap_or("")
                ),
            )
            .with_help(format!(
                "rename the file or its folder: `page/<number>` cannot start a seed id, as `sources/{page}/` is for the index's pagination"
            ))
            .at(&text, 0),
        );
        return SeedFile {
            id,
            seed: None,
            diags,
        };
    }
    let seed = match seed {
        Ok(seed) => Some(seed),
        Err(d) => {
            diags.push(d);
            None
        }
    };
    SeedFile { id, seed, diags }
}

/// The text of the file at `path` as a load read it (the overlay's, else the disk's), to
/// place a diagnostic at its first line and show that line; empty when it cannot be read
/// now (the error still names the file, only without the line).
fn first_line_text(path: &Path, overlay: &Overlay) -> String {
    overlay
        .read(path)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}

/// The error at `seed`, whose id the seed at `held` (sorting before it) already has: the
/// site holds that one and leaves `seed` out.
pub fn duplicate_seed(root: &Path, overlay: &Overlay, seed: &Seed, held: &Path) -> Diagnostic {
    // The first line of the file, so the report shows which file it is; the seed itself
    // keeps no text but its paragraphs.
    let text = first_line_text(&root.join(&seed.path), overlay);
    Diagnostic::error(&seed.path, format!("two seeds have the id `{}`", seed.id))
        .at(&text, 0)
        .with_help(format!(
            "{} has the same id; rename one of them",
            held.display()
        ))
}

/// The error at `seed`, whose id differs only in case from `prev`'s (the nearest seed
/// before it, by id, with that id in lower case).
pub fn case_clash(root: &Path, overlay: &Overlay, prev: &Seed, seed: &Seed) -> Diagnostic {
    let text = first_line_text(&root.join(&seed.path), overlay);
    Diagnostic::error(
        &seed.path,
        format!(
            "the seed ids `{}` and `{}` differ only in case: their pages, sources/{}/ and sources/{}/, are one folder on a case-insensitive disk or host",
            prev.id, seed.id, prev.id, seed.id
        ),
    )
    .at(&text, 0)
    .with_help(format!(
        "{} has the other id; rename one of them",
        prev.path.display()
    ))
}

/// The seeds that loaded, sorted by id, and the ids of those that did not.
fn load_seeds(root: &Path, overlay: &Overlay, diags: &mut Diagnostics) -> (Vec<Seed>, Vec<String>) {
    let dir = root.join(SEEDS_DIR);
    let files = walk(root, &dir, diags, |p| {
        p.extension().is_some_and(|e| e == "md" || e == "txt")
    });
    let read: Vec<SeedFile> = files
        .par_iter()
        .map(|path| read_seed_file(root, path, overlay))
        .collect();
    let mut seeds: Vec<Seed> = Vec::with_capacity(read.len());
    let mut failed = Vec::new();
    for file in read {
        diags.extend(file.diags);
        match file.seed {
            Some(seed) => seeds.push(seed),
            None => failed.push(file.id),
        }
    }
    failed.sort();
    seeds.sort_by(|a, b| a.id.cmp(&b.id).then_with(|| a.path.cmp(&b.path)));
    let mut unique: Vec<Seed> = Vec::with_capacity(seeds.len());
    for seed in seeds {
        match unique.last() {
            Some(prev) if prev.id == seed.id => {
                diags.push(duplicate_seed(root, overlay, &seed, &prev.path));
            }
            _ => unique.push(seed),
        }
    }
    // `sources/Doe2025/` and `sources/doe2025/` are one folder on a case-insensitive disk
    // or host: one seed's archive page would overwrite the other's.
    let mut by_folded: HashMap<String, &Seed> = HashMap::new();
    for seed in &unique {
        if let Some(prev) = by_folded.insert(seed.id.to_ascii_lowercase(), seed) {
            diags.push(case_clash(root, overlay, prev, seed));
        }
    }
    (unique, failed)
}

/// A seed's id: its path under `seeds/` without the extension (`x.md` → `x`,
/// `2025/ap.md` → `2025/ap`).
pub fn seed_id(dir: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(dir).unwrap_or(path).with_extension("");
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Every brief file under `content/`, sorted (the sections' `_index.md` are not briefs).
pub fn brief_files(root: &Path, diags: &mut Diagnostics) -> Vec<PathBuf> {
    pick_briefs(root, &walk_all(root, &root.join(CONTENT_DIR)), diags)
}

/// The brief files among those a walk of `content/` met.
fn pick_briefs(root: &Path, content: &[Met], diags: &mut Diagnostics) -> Vec<PathBuf> {
    pick(root, content, diags, is_brief)
}

/// A brief's file under `content/`: Markdown, and not a section's `_index.md`.
pub fn is_brief(path: &Path) -> bool {
    is_brief_file(path) && !section::is_index(path)
}

/// Reads every section's `_index.md`, sorted by URL path. Problems reading the folders
/// are reported by [`brief_files`]' walk of the same tree, so this walk's are dropped.
fn load_sections(
    root: &Path,
    content: &[Met],
    overlay: &Overlay,
    diags: &mut Diagnostics,
) -> Vec<SectionIndex> {
    let mut walk_diags = Diagnostics::new();
    let files = pick(root, content, &mut walk_diags, section::is_index);
    let dir = root.join(CONTENT_DIR);
    let mut sections = Vec::with_capacity(files.len());
    for path in files {
        let rel = path.strip_prefix(&dir).unwrap_or(&path);
        match read(root, &path, overlay)
            .and_then(|(shown, text)| SectionIndex::parse(&shown, rel, text, diags))
        {
            Ok(s) => sections.push(s),
            Err(d) => diags.push(d),
        }
    }
    sections.sort_by(|a, b| a.url_path.cmp(&b.url_path));
    sections
}

/// A brief file read: the brief or why not, and its warnings.
type ReadBrief = (Result<Brief, Diagnostic>, Diagnostics);

/// Walks `content/` (see [`walk_all`]) and reads the brief files it meets (those
/// [`pick_briefs`] keeps, in its order) on every thread while the walk goes on: the walk
/// of a large site is tens of milliseconds, in which a thread would otherwise idle.
fn walk_reading_briefs(root: &Path, overlay: &Overlay) -> (Vec<Met>, Vec<ReadBrief>) {
    let (send, found) = std::sync::mpsc::channel::<(usize, PathBuf)>();
    std::thread::scope(|scope| {
        // Its own thread, not one of rayon's: the readers wait on it.
        let walk = scope.spawn(move || {
            let mut n = 0;
            walk_all_with(root, &root.join(CONTENT_DIR), is_ignored, &mut |path| {
                if is_brief(path) {
                    // The readers are gone only if one panicked, which the join reports.
                    let _ = send.send((n, path.to_owned()));
                    n += 1;
                }
            })
        });
        let mut read: Vec<(usize, ReadBrief)> = found
            .into_iter()
            .par_bridge()
            .map(|(n, path)| (n, read_brief(root, &path, overlay)))
            .collect();
        read.sort_unstable_by_key(|&(n, _)| n);
        let content = walk
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (content, read.into_iter().map(|(_, r)| r).collect())
    })
}

/// The briefs of `read`, the files [`pick_briefs`] keeps among those the walk of
/// `content/` met, read in its order.
fn load_briefs(
    root: &Path,
    content: &[Met],
    parsed: Vec<ReadBrief>,
    diags: &mut Diagnostics,
) -> Vec<Brief> {
    // The walk's problems, and a warning for a brief's name that is not a regular file.
    let files = pick_briefs(root, content, diags);
    debug_assert_eq!(files.len(), parsed.len());
    let mut briefs = Vec::with_capacity(parsed.len());
    for (brief, local) in parsed {
        diags.extend(local);
        match brief {
            Ok(b) => briefs.push(b),
            Err(d) => diags.push(d),
        }
    }
    briefs.sort_by(|a, b| a.path.cmp(&b.path));
    briefs
}

/// Every id in a brief's `sources:` must name a seed; suggest the closest when it doesn't.
/// An id of a seed file that failed to load (`failed`, sorted) is no error here: the
/// seed's own error says what to fix.
pub fn check_sources(briefs: &[Brief], seeds: &[Seed], failed: &[String], diags: &mut Diagnostics) {
    let ids: Vec<&str> = seeds.iter().map(|s| s.id.as_str()).collect();
    for brief in briefs {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for listing in &brief.sources {
            if ids.binary_search(&listing.id.as_str()).is_err()
                && failed.binary_search(&listing.id).is_err()
            {
                let mut d =
                    Diagnostic::error(&brief.path, format!("unknown source `{}`", listing.id))
                        .at_line_col(&brief.text, listing.line, listing.col);
                let near = closest(&listing.id, ids.iter().copied());
                d = match did_you_mean(&near) {
                    Some(help) => d.with_help(help),
                    None if ids.is_empty() => {
                        d.with_help("there are no seeds: add the article as seeds/<id>.md")
                    }
                    None => d.with_help(format!(
                        "add seeds/{}.md, or use one of the seeds' ids",
                        listing.id
                    )),
                };
                diags.push(d);
            }
            if let Some(first_line) = seen.insert(&listing.id, listing.line) {
                diags.push(
                    Diagnostic::warning(
                        &brief.path,
                        format!("source `{}` is listed twice", listing.id),
                    )
                    .at_line_col(&brief.text, listing.line, listing.col)
                    .with_help(format!("it is already listed on line {first_line}")),
                );
            }
        }
    }
}

/// The problem with publishing a brief at `url_path` (`deal/overview/`) when brief uses
/// that URL for its own pages; the one wording of `brief build` and `brief new`.
pub fn reserved_url(url_path: &str) -> Option<String> {
    let first = url_path.split('/').next().unwrap_or("");
    let reserved =
        matches!(url_path, "index/" | "404/") || matches!(first, "sources" | "search" | "topics");
    reserved.then(|| {
        format!("this brief would publish to `{url_path}`, which brief uses for its own pages")
    })
}

/// Two published briefs must not publish to one URL, nor over a page the build makes
/// itself: the home page, `sources/`, `search/`, `topics/`, a section's listing page
/// (`content/grid.md` beside a folder `content/grid/`), or a listing's pagination
/// (`page/2/`, or under it: a folder `content/page/2/`, whose listing and briefs go there,
/// is an error at each of its briefs and at its `_index.md`). Nor may two sections' `_index.md` introduce one listing (folders whose
/// names make the same URL, `content/Grid Policy/` and `content/grid-policy/`): only one
/// could be shown.
pub fn check_urls(briefs: &[Brief], sections: &[SectionIndex], diags: &mut Diagnostics) {
    // `sections` is sorted by URL path, and by file within one (the walk's order): the
    // later file of a clash gets the error, naming the first.
    for pair in sections.windows(2) {
        let [first, second] = pair else { continue };
        if first.url_path == second.url_path {
            diags.push(
                Diagnostic::error(
                    &second.path,
                    format!(
                        "introduces the same listing `{}` as {}",
                        if second.url_path.is_empty() { "/" } else { &second.url_path },
                        first.path.display()
                    ),
                )
                .at_line_col(&second.first_line, 1, 1)
                .with_help("folder names that differ only in case or punctuation make the same URL; rename one folder, or merge the two")
                .with_kind(Kind::UrlClash),
            );
        }
    }
    let listings = crate::listing::section_paths(briefs, sections);
    for s in sections {
        if let Some(long) = too_long_message(&s.url_path, "this folder's listing") {
            diags.push(
                Diagnostic::error(&s.path, long)
                    .at_line_col(&s.first_line, 1, 1)
                    .with_help(TOO_LONG_HELP)
                    .with_kind(Kind::UrlClash),
            );
        }
        if let Some((page_url, listing)) = under_pagination(&s.url_path, &listings) {
            diags.push(
                Diagnostic::error(
                    &s.path,
                    format!(
                        "this folder's listing would publish to `{}`, {}",
                        s.url_path,
                        pagination_clash(&s.url_path, page_url, listing)
                    ),
                )
                .at_line_col(&s.first_line, 1, 1)
                .with_help(pagination_help(page_url, briefs, sections))
                .with_kind(Kind::UrlClash),
            );
        }
    }
    let mut by_url: HashMap<&str, &Path> = HashMap::new();
    for brief in briefs {
        let url = brief.url_path.as_str();
        let clash = if let Some(message) = reserved_url(url) {
            Some((message, "rename the file".to_owned()))
        } else if let Some(message) = too_long_message(url, "this brief") {
            Some((message, TOO_LONG_HELP.to_owned()))
        } else if listings.contains(url) {
            let dir = listing_folder(url, briefs, sections)
                .unwrap_or_else(|| brief.path.with_extension(""));
            Some((
                format!(
                    "this brief would publish to `{url}`, the listing page of the folder {}/",
                    dir.display()
                ),
                format!(
                    "rename the file, or move its text into {}/{} to introduce the folder's listing",
                    dir.display(),
                    section::INDEX_FILE
                ),
            ))
        } else {
            under_pagination(url, &listings).map(|(page_url, listing)| {
                (
                    format!(
                        "this brief would publish to `{url}`, {}",
                        pagination_clash(url, page_url, listing)
                    ),
                    pagination_help(page_url, briefs, sections),
                )
            })
        };
        if let Some((message, help)) = clash {
            // Placed on the file's first line: the clash is the file's name, not a line.
            diags.push(
                Diagnostic::error(&brief.path, message)
                    .at_line_col(&brief.text, 1, 1)
                    .with_help(help)
                    .with_kind(Kind::UrlClash),
            );
        }
        if let Some(other) = by_url.insert(&brief.url_path, &brief.path) {
            diags.push(
                Diagnostic::error(&brief.path, format!("publishes to the same URL `{}` as {}", brief.url_path, other.display()))
                    .at_line_col(&brief.text, 1, 1)
                    .with_help("file names that differ only in case or punctuation make the same URL; rename one")
                    .with_kind(Kind::UrlClash),
            );
        }
    }
}

/// Why the page of `what` (`this brief`) cannot be written at `url`: a folder name of it
/// is longer than file systems take ([`crate::brief::MAX_SEGMENT_BYTES`]).
fn too_long_message(url: &str, what: &str) -> Option<String> {
    let (segment, bytes) = crate::brief::too_long_segment(url)?;
    Some(format!(
        "{what} would publish under `{}/`, a folder name of {bytes} bytes, and file systems take at most {}",
        crate::brief::shortened(segment),
        crate::brief::MAX_SEGMENT_BYTES
    ))
}

const TOO_LONG_HELP: &str = "rename the file or its folder to something shorter (letters beyond ASCII can take more bytes in lower case)";

/// Where `url` meets a listing's pagination: the `page/<n>/` URL it is at or under
/// (`page/2/` for `page/2/deep/`) and the listing paginated there (`""` for the home
/// page), one of `listings` (the sections' URLs). README ("Listings"): `<listing>/page/<n>/`
/// is reserved, whatever the number of pages, so no brief or folder publishes in it; a
/// folder `content/page/2/` would otherwise put its listing where the home page's page 2
/// goes, and which of the two ended up on disk depended on the writers' order.
fn under_pagination<'u>(
    url: &'u str,
    listings: &std::collections::BTreeSet<String>,
) -> Option<(&'u str, &'u str)> {
    url.match_indices('/').find_map(|(i, _)| {
        let prefix = &url[..=i];
        crate::listing::pagination_of(prefix)
            .filter(|listing| listing.is_empty() || listings.contains(*listing))
            .map(|listing| (prefix, listing))
    })
}

/// The end of the message for a URL at or under the pagination URL `page_url` of
/// `listing`: ``where the home page puts its page 2``, ``under `page/2/`, where …``.
fn pagination_clash(url: &str, page_url: &str, listing: &str) -> String {
    let owner = if listing.is_empty() {
        "the home page".to_owned()
    } else {
        format!("the listing `{listing}`")
    };
    let n = page_url
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or("");
    if url == page_url {
        format!("where {owner} puts its page {n}")
    } else {
        format!("under `{page_url}`, where {owner} puts its page {n}")
    }
}

/// The help for a clash with the pagination URL `page_url`: rename the folder that makes
/// it, named as it is on disk.
fn pagination_help(page_url: &str, briefs: &[Brief], sections: &[SectionIndex]) -> String {
    let rule = "`page/<number>/` under a listing is for its pagination";
    match listing_folder(page_url, briefs, sections) {
        Some(dir) => format!("rename the folder {}/: {rule}", dir.display()),
        None => format!("rename the file or its folder: {rule}"),
    }
}

/// The folder whose listing page publishes to `url` (`a-b/`), as it is written on disk
/// (`content/a b`, which `content/a:b.md` would not name): the folder of a brief or of a
/// section's `_index.md`.
fn listing_folder(url: &str, briefs: &[Brief], sections: &[SectionIndex]) -> Option<PathBuf> {
    let content = Path::new(CONTENT_DIR);
    let files = briefs
        .iter()
        .map(|b| b.path.as_path())
        .chain(sections.iter().map(|s| s.path.as_path()));
    files
        .flat_map(|file| file.ancestors().skip(1))
        .find(|dir| {
            dir.strip_prefix(content).is_ok_and(|rel| {
                !rel.as_os_str().is_empty() && crate::brief::folder_url_path(rel) == url
            })
        })
        .map(Path::to_path_buf)
}

fn collect_assets(
    root: &Path,
    dir: &Path,
    assets: &mut BTreeMap<String, PathBuf>,
    diags: &mut Diagnostics,
    keep: impl Fn(&Path) -> bool,
) {
    let met = walk_all_with(root, dir, is_ignored_in_static, &mut |_| {});
    for file in pick(root, &met, diags, keep) {
        assets.insert(asset_key(dir, &file), file);
    }
}

/// The output path of `file`, a file beside the briefs under `content_dir`: in its
/// folder's URL, slugged as the briefs' are, under its own name (`Grid/map.png` →
/// `grid/map.png`), so `content/Grid/index.md`, published at `grid/`, finds the images
/// beside it by their relative links (README, "Coming from Hugo or Zola").
fn beside_brief_key(content_dir: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(content_dir).unwrap_or(file);
    let folder = rel
        .parent()
        .map_or_else(String::new, crate::brief::folder_url_path);
    let name = rel
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    format!("{folder}{name}")
}

/// The output path of the asset `file` found under `dir`, `/`-separated.
fn asset_key(dir: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(dir).unwrap_or(file);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

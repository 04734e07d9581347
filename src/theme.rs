//! Themes: the Tera templates pages are rendered through, and the theme's static files.
//!
//! The built-in theme, `briefing` (source in `themes/briefing/` of this repository), is
//! compiled into the binary, so a site needs no theme files of its own. Its templates are
//! registered as `builtin/<name>` and Tera's fallback prefix makes a bare name resolve to
//! the site theme's template when there is one and to the built-in one otherwise: a theme
//! can override `brief.html` alone, or `{% extends "builtin/brief.html" %}` and change one
//! block.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use tera::{Context, Kwargs, State, Tera};

use crate::diagnostic::{Diagnostic, Diagnostics, closest, did_you_mean};
use crate::site::THEMES_DIR;

// `BUILTIN_TEMPLATES` and `BUILTIN_STATIC`: every file of `themes/briefing/`, embedded
// by build.rs.
include!(concat!(env!("OUT_DIR"), "/builtin_theme.rs"));

const BUILTIN_PREFIX: &str = "builtin/";

/// A loaded theme: one Tera instance holding the built-in templates and the site theme's.
pub struct Theme {
    tera: Tera,
    /// `themes/<name>` when the site picked a theme.
    dir: Option<PathBuf>,
    /// The site root, to show template paths relative to it.
    root: PathBuf,
    /// The text of each of the site theme's templates, by name, as loaded: what an error
    /// in one is placed in and shows, the text Tera parsed (the file may have changed or
    /// gone since).
    sources: HashMap<String, String>,
    /// Per template, the largest page it has rendered, to size the next page's buffer:
    /// growing a buffer by doubling costs copies and, on a large site, fresh memory from
    /// the system.
    largest_page: HashMap<String, AtomicUsize>,
}

/// Buffers start no larger than this, however large a page was before.
const MAX_PAGE_HINT: usize = 1 << 20;

impl std::fmt::Debug for Theme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Theme")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

/// Where `brief.yaml`'s top-level `theme:` value starts (its key's when the value is on
/// a later line): the place of a problem with the theme it names. Not the first `theme`
/// anywhere in the file, which may be in the title or a comment.
fn theme_value_at(text: &str) -> Option<usize> {
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("theme")
            && let Some(value) = rest.trim_start_matches([' ', '\t']).strip_prefix(':')
        {
            let value_text = value.trim_start_matches([' ', '\t']);
            if value_text.trim().is_empty() || value_text.starts_with('#') {
                return Some(start);
            }
            return Some(start + line.len() - value_text.len());
        }
        start += line.len();
    }
    None
}

impl Theme {
    /// Loads `themes/<name>/templates/**` over the built-in theme. Problems (a missing
    /// theme, a template that does not parse) are reported and the built-in theme used.
    /// `config_text` is `brief.yaml`'s, where a problem with the theme is placed.
    pub fn load(
        root: &Path,
        name: Option<&str>,
        config_text: &str,
        diags: &mut Diagnostics,
    ) -> Theme {
        let Some(name) = name else {
            return Self::assemble(root, None, Vec::new(), diags);
        };
        let dir = root.join(THEMES_DIR).join(name);
        // A theme is a folder *in* themes/: `theme: ../../elsewhere` (or a themes/<name>
        // symlink leading out of the site) would make the build read templates and copy
        // static files from outside the site.
        let outside = !Path::new(name)
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
            || dir.canonicalize().is_ok_and(|d| {
                !d.starts_with(root.canonicalize().unwrap_or_else(|_| root.to_owned()))
            });
        if outside {
            let mut d = Diagnostic::error(
                crate::config::CONFIG_FILE,
                format!("theme `{name}` is not a folder inside {THEMES_DIR}/"),
            );
            if let Some(at) = theme_value_at(config_text) {
                d = d.at(config_text, at);
            }
            diags.push(d.with_help(format!(
                "a site reads only files inside its own folder; name a folder of {THEMES_DIR}/"
            )));
            return Self::assemble(root, None, Vec::new(), diags);
        }
        if !dir.is_dir() {
            let known: Vec<String> = std::fs::read_dir(root.join(THEMES_DIR))
                .map(|rd| {
                    rd.filter_map(Result::ok)
                        .filter(|e| e.path().is_dir())
                        .map(|e| e.file_name().to_string_lossy().into_owned())
                        .collect()
                })
                .unwrap_or_default();
            let mut d = Diagnostic::error(
                crate::config::CONFIG_FILE,
                format!("theme `{name}` not found: there is no folder {THEMES_DIR}/{name}/"),
            );
            if let Some(at) = theme_value_at(config_text) {
                d = d.at(config_text, at);
            }
            let help = did_you_mean(&closest(name, known.iter().map(String::as_str)))
                .unwrap_or_else(|| "remove `theme:` to use the built-in theme".to_owned());
            diags.push(d.with_help(help));
            return Self::assemble(root, None, Vec::new(), diags);
        }
        let mut templates = Vec::new();
        let template_dir = dir.join("templates");
        if template_dir.is_dir() {
            for entry in walkdir::WalkDir::new(&template_dir)
                .sort_by_file_name()
                .into_iter()
                .filter_map(Result::ok)
            {
                if !entry.file_type().is_file()
                    || crate::site::is_ignored(&entry.file_name().to_string_lossy())
                {
                    continue;
                }
                let rel = entry
                    .path()
                    .strip_prefix(&template_dir)
                    .unwrap_or(entry.path());
                let key = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/");
                match std::fs::read(entry.path()).map(String::from_utf8) {
                    Ok(Ok(text)) => templates.push((key, text)),
                    _ => diags.push(Diagnostic::error(
                        crate::diagnostic::display_path(root, entry.path()),
                        "cannot read template (is it UTF-8?)",
                    )),
                }
            }
        }
        Self::assemble(root, Some(dir), templates, diags)
    }

    fn assemble(
        root: &Path,
        dir: Option<PathBuf>,
        templates: Vec<(String, String)>,
        diags: &mut Diagnostics,
    ) -> Theme {
        let mut tera = new_tera();
        let builtin = BUILTIN_TEMPLATES
            .iter()
            .map(|(name, text)| (format!("{BUILTIN_PREFIX}{name}"), *text));
        let all: Vec<(String, &str)> = builtin
            .chain(templates.iter().map(|(n, t)| (n.clone(), t.as_str())))
            .collect();
        let mut theme = Theme {
            tera,
            dir,
            root: root.to_owned(),
            sources: HashMap::new(),
            // Pages are rendered by their unprefixed names.
            largest_page: BUILTIN_TEMPLATES
                .iter()
                .map(|(name, _)| name.to_string())
                .chain(templates.iter().map(|(name, _)| name.clone()))
                .map(|name| (name, AtomicUsize::new(0)))
                .collect(),
        };
        let added = theme.tera.add_raw_templates(all);
        theme.sources = templates.into_iter().collect();
        if let Err(err) = added {
            diags.extend(theme.template_errors(&err, None));
            // Fall back to the built-in theme so the rest of the site can still be checked.
            tera = new_tera();
            let builtin: Vec<(String, &str)> = BUILTIN_TEMPLATES
                .iter()
                .map(|(n, t)| (format!("{BUILTIN_PREFIX}{n}"), *t))
                .collect();
            if let Err(err) = tera.add_raw_templates(builtin) {
                diags.push(Diagnostic::error(
                    "(built-in theme)",
                    format!("the built-in theme does not load: {err}"),
                ));
            }
            theme.tera = tera;
        }
        theme
    }

    /// The theme's `static/` folder, if it has one.
    pub fn static_dir(&self) -> Option<PathBuf> {
        self.dir
            .as_ref()
            .map(|d| d.join("static"))
            .filter(|d| d.is_dir())
    }

    /// Renders `template` with `context`.
    pub fn render(&self, template: &str, context: &Context) -> Result<Vec<u8>, Diagnostic> {
        let largest = self.largest_page.get(template);
        let hint = largest.map_or(0, |l| l.load(Ordering::Relaxed).min(MAX_PAGE_HINT));
        let mut page = Vec::with_capacity(hint + hint / 8);
        self.tera
            .render_to(template, context, &mut page)
            .map_err(|err| {
                // Rendering stops at its first error, which Tera reports as one: the list
                // (never empty) has one diagnostic; more come only from loading templates.
                let mut all = self.template_errors(&err, Some(template));
                all.swap_remove(0)
            })?;
        if let Some(largest) = largest {
            largest.fetch_max(page.len(), Ordering::Relaxed);
        }
        Ok(page)
    }

    /// A Tera error as diagnostics on the template file it concerns, at the line and column
    /// Tera names, or at 1:1 of `rendering` (the template being rendered, if any) when Tera
    /// names none. Never empty.
    fn template_errors(&self, err: &tera::Error, rendering: Option<&str>) -> Vec<Diagnostic> {
        match err.kind() {
            tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
                let span = report.span();
                let path = self.template_path(report.filename());
                let source = self.template_source(report.filename());
                let d = Diagnostic::error(path, report.message().to_owned());
                vec![match source {
                    Some(src) => d.at_line_col(src, span.start_line, span.start_col + 1),
                    None => d,
                }]
            }
            tera::ErrorKind::MissingParent { current, parent } => vec![
                self.at_word(
                    current,
                    "extends",
                    format!("template `{current}` extends `{parent}`, which does not exist"),
                )
                .with_help(format!(
                    "extend a template of {} or a built-in one, such as `{BUILTIN_PREFIX}brief.html`",
                    self.templates_label()
                )),
            ],
            tera::ErrorKind::CircularExtend {
                tpl,
                inheritance_chain,
            } => vec![
                self.at_word(
                    tpl,
                    "extends",
                    format!(
                        "template `{tpl}` extends itself: {}",
                        inheritance_chain.join(" -> ")
                    ),
                )
                .with_help("a template cannot extend one that extends it; break the loop"),
            ],
            tera::ErrorKind::CircularInclude { tpl, include_chain } => vec![
                self.at_word(
                    tpl,
                    "include",
                    format!(
                        "template `{tpl}` includes itself: {}",
                        include_chain.join(" -> ")
                    ),
                )
                .with_help("a template cannot include one that includes it; break the loop"),
            ],
            _ => {
                let mut message = err.to_string();
                let mut source = std::error::Error::source(err);
                while let Some(inner) = source {
                    message.push_str(": ");
                    message.push_str(&inner.to_string());
                    source = inner.source();
                }
                // Tera folds the reports of its checks (unknown filter, test, function,
                // included template, block) into one message of `error: …` / `--> name:l:c`
                // blocks; each becomes a diagnostic of its own at its template's line.
                let reports = parse_reports(&message);
                if !reports.is_empty() {
                    return reports
                        .into_iter()
                        .map(|(msg, name, line, col)| self.report_diagnostic(msg, name, line, col))
                        .collect();
                }
                let message = message
                    .strip_prefix("error: ")
                    .unwrap_or(&message)
                    .to_owned();
                let d = match rendering {
                    Some(name) => {
                        let d = Diagnostic::error(self.template_path(name), message);
                        match self.template_source(name) {
                            Some(src) => d.at_line_col(src, 1, 1),
                            None => d,
                        }
                    }
                    None => Diagnostic::error(self.templates_label(), message),
                };
                vec![d.with_help(TEMPLATE_HELP)]
            }
        }
    }

    /// A diagnostic at Tera's `name:line:col`, with a help for the checks Tera makes.
    fn report_diagnostic(&self, message: &str, name: &str, line: usize, col: usize) -> Diagnostic {
        let mut d = Diagnostic::error(self.template_path(name), message.to_owned());
        if let Some(src) = self.template_source(name) {
            d = d.at_line_col(src, line.max(1), col.max(1));
        }
        let help: std::borrow::Cow<'static, str> = if message.starts_with("Unknown filter") {
            "use one of Tera's built-in filters or `format_date` (README, Templates)".into()
        } else if message.starts_with("Unknown test") {
            "use one of Tera's built-in tests, such as `defined` or `string`".into()
        } else if message.starts_with("Unknown function") {
            "use one of Tera's built-in functions: `range`, `throw`, `super`".into()
        } else if message.starts_with("Unknown template") {
            format!(
                "include a template of {} or a built-in one (`{BUILTIN_PREFIX}<name>.html`)",
                self.templates_label()
            )
            .into()
        } else if message.starts_with("Block") {
            "a child template can fill only the blocks its parents define; check the spelling \
             against the parent (README, Theming: blocks)"
                .into()
        } else {
            TEMPLATE_HELP.into()
        };
        d.with_help(help)
    }

    /// A diagnostic on template `name`, at the first `{% word` in it, or at 1:1.
    fn at_word(&self, name: &str, word: &str, message: String) -> Diagnostic {
        let d = Diagnostic::error(self.template_path(name), message);
        match self.template_source(name) {
            Some(src) => {
                // The word of a tag (`{% extends`, `{%- include`), not the same word in text
                // or a comment before it.
                let at = src
                    .match_indices("{%")
                    .find_map(|(i, _)| {
                        let rest = src[i + 2..].trim_start_matches('-').trim_start();
                        rest.starts_with(word).then(|| src.len() - rest.len())
                    })
                    .unwrap_or(0);
                d.at(src, at)
            }
            None => d,
        }
    }

    /// The theme's `templates/` folder as shown to the user.
    fn templates_label(&self) -> String {
        self.dir
            .as_ref()
            .map(|d| {
                crate::diagnostic::display_path(&self.root, &d.join("templates"))
                    .display()
                    .to_string()
            })
            .unwrap_or_else(|| "(built-in theme)".to_owned())
    }

    fn template_path(&self, name: &str) -> PathBuf {
        match (name.strip_prefix(BUILTIN_PREFIX), &self.dir) {
            (Some(builtin), _) => PathBuf::from(format!("(built-in theme) templates/{builtin}")),
            (None, Some(dir)) => {
                crate::diagnostic::display_path(&self.root, &dir.join("templates").join(name))
            }
            (None, None) => PathBuf::from(name),
        }
    }

    /// The text of template `name` that Tera was given: the built-in theme's, or the
    /// site theme's as it was read at load (not the file as it is now).
    fn template_source(&self, name: &str) -> Option<&str> {
        match name.strip_prefix(BUILTIN_PREFIX) {
            Some(builtin) => BUILTIN_TEMPLATES
                .iter()
                .find(|(n, _)| *n == builtin)
                .map(|(_, t)| *t),
            None => self.sources.get(name).map(String::as_str),
        }
    }
}

const TEMPLATE_HELP: &str =
    "fix the template; README's Templates section lists what each page is given";

/// The `error: message` / `--> name:line:col` pairs of Tera's folded reports.
fn parse_reports(text: &str) -> Vec<(&str, &str, usize, usize)> {
    let mut out = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(message) = line.strip_prefix("error: ") else {
            continue;
        };
        let Some(locus) = lines
            .peek()
            .and_then(|l| l.trim_start().strip_prefix("--> "))
        else {
            continue;
        };
        let mut parts = locus.rsplitn(3, ':');
        let (Some(col), Some(line), Some(name)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        if let (Ok(line), Ok(col)) = (line.parse(), col.parse()) {
            out.push((message, name, line, col));
        }
    }
    out
}

fn new_tera() -> Tera {
    let mut tera = Tera::new();
    tera.autoescape_on([".html", ".htm", ".xml"]);
    // Cannot fail: no templates have been added yet.
    let _ = tera.set_fallback_prefixes([BUILTIN_PREFIX]);
    tera.register_filter("format_date", |value: &str, _: Kwargs, _: &State| {
        crate::date::format(value)
    });
    tera
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_theme_loads() {
        let mut diags = Diagnostics::new();
        let theme = Theme::load(Path::new("."), None, "", &mut diags);
        assert!(diags.is_empty(), "{diags:?}");
        assert!(theme.tera.contains_template("brief.html"));
    }

    /// An error in a template is placed in, and shows, the text Tera was given at load,
    /// not the file as it is when the error is reported: here changed, then gone, after
    /// the theme was loaded (an editor saving while `brief serve` renders).
    #[test]
    fn a_template_error_shows_the_text_that_was_loaded() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let templates = root.join("themes/t/templates");
        std::fs::create_dir_all(&templates).unwrap();
        let file = templates.join("page.html");
        std::fs::write(&file, "<p>one</p>\n<p>{{ throw(message=\"boom\") }}</p>\n").unwrap();
        let mut diags = Diagnostics::new();
        let theme = Theme::load(root, Some("t"), "", &mut diags);
        assert!(diags.is_empty(), "{diags:?}");
        let context = Context::new();
        let error = |theme: &Theme| theme.render("page.html", &context).unwrap_err();
        let loaded = error(&theme);
        assert_eq!(loaded.line, 2, "{loaded}");
        assert!(loaded.to_string().contains("{{ throw("), "{loaded}");

        std::fs::write(&file, "<h1>changed</h1>\n<h2>since</h2>\n").unwrap();
        let changed = error(&theme);
        assert_eq!(changed.to_string(), loaded.to_string());
        std::fs::remove_file(&file).unwrap();
        let gone = error(&theme);
        assert_eq!(gone.to_string(), loaded.to_string());
    }

    /// A theme that is not there is reported at the `theme:` value, not at the first
    /// `theme` in the file (here in the title and a comment before it), in the config's
    /// text as it was read (an editor's unsaved buffer in `brief lsp`), not as it is on
    /// disk.
    #[test]
    fn a_missing_theme_is_placed_at_its_value() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("themes")).unwrap();
        let config = "# the theme comes last\ntitle: A theme park\ntheme:  nope\n";
        std::fs::write(
            root.join(crate::config::CONFIG_FILE),
            "theme: nope\ntitle: On disk\n",
        )
        .unwrap();
        let mut diags = Diagnostics::new();
        Theme::load(root, Some("nope"), config, &mut diags);
        let d = diags.iter().next().expect("an error");
        assert_eq!((d.line, d.col), (3, 9), "{d:?}");
        assert_eq!(d.source_line.as_deref(), Some("theme:  nope"), "{d:?}");
        assert_eq!(theme_value_at("themes: x\ntheme:\n  y\n"), Some(10));
        assert_eq!(theme_value_at("title: theme: x\n"), None);
    }

    #[test]
    fn a_theme_outside_themes_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        let evil = dir.path().join("evil/templates");
        std::fs::create_dir_all(&evil).unwrap();
        std::fs::create_dir_all(root.join("themes/ok/templates")).unwrap();
        std::fs::write(evil.join("base.html"), "EVIL").unwrap();
        std::os::unix::fs::symlink(dir.path().join("evil"), root.join("themes/link")).unwrap();
        for name in ["../../evil", "/etc", "link"] {
            let mut diags = Diagnostics::new();
            let theme = Theme::load(&root, Some(name), "", &mut diags);
            assert!(diags.has_errors(), "{name}");
            assert!(theme.static_dir().is_none(), "{name}");
        }
        let mut diags = Diagnostics::new();
        Theme::load(&root, Some("ok"), "", &mut diags);
        assert!(!diags.has_errors(), "{diags:?}");
    }
}

//! Sections: the folders under `content/`, and the optional `_index.md` that gives one
//! its title and introduction (as in Zola and Hugo).
//!
//! Every folder holding briefs, at any depth, is a section with a listing page at its
//! URL (`content/grid/` → `grid/`); [`crate::listing`] decides what each lists. This
//! module owns only the `_index.md` files: `content/grid/_index.md` names the section of
//! `content/grid/`, and `content/_index.md` the home page's.

use std::path::Path;

use serde::Deserialize;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::frontmatter::{self, SourceText};

/// The file in a folder of `content/` that describes its section.
pub const INDEX_FILE: &str = "_index.md";

/// A section's `_index.md`, read.
#[derive(Debug, Clone)]
pub struct SectionIndex {
    /// The file, relative to the site root, e.g. `content/grid/_index.md`.
    pub path: std::path::PathBuf,
    /// The section's URL path: `grid/`, or `""` for `content/_index.md`.
    pub url_path: String,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub extra: serde_json::Value,
    /// The body, Markdown rendered to HTML (shown above the list).
    pub content: String,
    /// The file's first line, as read: what a diagnostic about the file as a whole (a URL
    /// clash, which is its name's) shows.
    pub first_line: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IndexFrontMatter {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    extra: Option<serde_json::Value>,
}

impl SectionIndex {
    /// Parses the `_index.md` at `path` (relative to the root; `rel` is relative to
    /// `content/`).
    pub fn parse(
        path: &Path,
        rel: &Path,
        source: SourceText,
        diags: &mut Diagnostics,
    ) -> Result<SectionIndex, Diagnostic> {
        let text = source.text;
        let split = frontmatter::split(path, &text)?;
        let fm: IndexFrontMatter = if !split.yaml.trim().is_empty() {
            frontmatter::parse(path, &text, &split)?
        } else {
            IndexFrontMatter {
                title: None,
                summary: None,
                extra: None,
            }
        };
        let extra = match fm.extra {
            None => serde_json::Value::Object(Default::default()),
            Some(v @ serde_json::Value::Object(_)) => v,
            Some(_) => {
                return Err(
                    Diagnostic::error(path, "`extra` must be a map of keys to values")
                        .at(&text, text.find("extra").unwrap_or(0)),
                );
            }
        };
        let body = &text[split.body_offset..];
        let rendered = crate::markdown::render(body);
        if let Some(group) = rendered.groups.first() {
            // A listing page has no Sources list for a citation to point at.
            diags.push(
                Diagnostic::error(path, "a section's introduction cannot cite sources")
                    .at(&text, split.body_offset + group.range.start)
                    .with_help("cite in a brief; write `\\[@` for a literal bracket"),
            );
        }
        let dir = rel.parent().unwrap_or(Path::new(""));
        let url_path = crate::brief::folder_url_path(dir);
        Ok(SectionIndex {
            path: path.to_owned(),
            url_path,
            title: fm.title.filter(|t| !t.trim().is_empty()),
            summary: fm.summary,
            extra,
            content: rendered.html,
            first_line: text.lines().next().unwrap_or_default().to_owned(),
        })
    }
}

/// Whether `path` is a section's `_index.md` (or `_index.markdown` …) rather than a
/// brief.
pub fn is_index(path: &Path) -> bool {
    path.file_stem().is_some_and(|n| n == "_index") && crate::site::is_brief_file(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(rel: &str, text: &str) -> (Result<SectionIndex, Diagnostic>, Diagnostics) {
        let mut diags = Diagnostics::new();
        let r = SectionIndex::parse(
            &Path::new("content").join(rel),
            Path::new(rel),
            SourceText { text: text.into() },
            &mut diags,
        );
        (r, diags)
    }

    #[test]
    fn url_follows_the_folder() {
        let (s, d) = parse(
            "Grid Policy/north/_index.md",
            "---\ntitle: North\n---\nIntro *here*.\n",
        );
        let s = s.unwrap();
        assert!(d.is_empty());
        assert_eq!(s.url_path, "grid-policy/north/");
        assert_eq!(s.title.as_deref(), Some("North"));
        assert!(s.content.contains("<em>here</em>"));
        let (root, _) = parse("_index.md", "Just text.\n");
        assert_eq!(root.unwrap().url_path, "");
    }

    #[test]
    fn unknown_keys_and_citations_are_errors() {
        let (s, _) = parse("g/_index.md", "---\ntitel: X\n---\n");
        assert!(s.unwrap_err().message.contains("titel"));
        let (s, d) = parse("g/_index.md", "---\ntitle: X\n---\nSee [@a].\n");
        assert!(s.is_ok());
        assert!(d.has_errors());
    }
}

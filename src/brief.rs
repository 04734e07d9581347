//! Briefs: the Markdown explainers under `content/`.
//!
//! Owns a brief's front matter and where it lands in the output. The body stays Markdown
//! here; [`crate::markdown`] renders it once citations can be resolved.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::date;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::frontmatter::{self, OneOrMany, SourceText};

/// A brief, loaded but not yet rendered.
#[derive(Debug, Clone)]
pub struct Brief {
    /// The file, relative to the site root (for diagnostics), e.g. `content/deal/overview.md`.
    pub path: PathBuf,
    /// Where it is published, relative to the output root, with a trailing slash:
    /// `deal/overview/`.
    pub url_path: String,
    pub title: String,
    pub summary: Option<String>,
    pub date: Option<String>,
    pub updated: Option<String>,
    pub authors: Vec<String>,
    pub draft: bool,
    pub weight: Option<i64>,
    /// The seeds it draws on, as listed, each with its 1-based (line, col) in the file.
    pub sources: Vec<SourceListing>,
    /// The topics it is filed under, as written (trimmed, duplicates dropped); each gets a
    /// listing page at `topics/<slug>/` (see [`crate::listing`]).
    pub topics: Vec<String>,
    /// Free-form front matter for themes.
    pub extra: serde_json::Value,
    /// Briefing components: short texts with citations, numbered with the body's.
    pub components: Components,
    /// The change log: `(date, text)`.
    pub changes: Vec<(String, String)>,
    /// The whole file (normalised), kept for diagnostics: shared, so the thousands of
    /// diagnostics the claims check can place in one brief share it too.
    pub text: std::sync::Arc<str>,
    /// Byte offset of the Markdown body within `text`.
    pub body_offset: usize,
}

/// A text of the front matter, with where it starts in the file (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub text: String,
    pub line: usize,
    pub col: usize,
}

/// The briefing components of a brief's front matter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Components {
    /// 3–5 key points shown at the top.
    pub takeaways: Vec<Located>,
    /// Dated events, sorted by date (stable for equal dates).
    pub timeline: Vec<(String, Located)>,
    pub disagreements: Vec<DisagreementSpec>,
}

/// A claim on which sources differ, with what each says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisagreementSpec {
    pub claim: Located,
    /// `(seed id, what it says)`.
    pub positions: Vec<(Option<String>, Located)>,
    pub verdict: Option<Located>,
}

/// One id of a brief's `sources:` list, with where it was written.
#[derive(Debug, Clone)]
pub struct SourceListing {
    pub id: String,
    pub line: usize,
    pub col: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BriefFrontMatter {
    title: String,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    date: Option<Spanned<String>>,
    #[serde(default)]
    updated: Option<Spanned<String>>,
    #[serde(default)]
    authors: OneOrMany,
    #[serde(default)]
    draft: bool,
    #[serde(default)]
    weight: Option<i64>,
    #[serde(default)]
    sources: Sources,
    #[serde(default)]
    topics: Vec<Spanned<String>>,
    #[serde(default)]
    extra: Option<serde_json::Value>,
    #[serde(default)]
    takeaways: Vec<Spanned<String>>,
    #[serde(default)]
    timeline: Vec<TimelineFm>,
    #[serde(default)]
    disagreements: Vec<DisagreementFm>,
    #[serde(default)]
    changes: Vec<ChangeFm>,
}

/// `sources:` as a list of ids, or one id (`sources: ap-2025`), as `authors` allows.
#[derive(Debug, Default)]
enum Sources {
    #[default]
    None,
    /// One id; its place is found in the text (a bare string carries no span here).
    One(String),
    Many(Vec<Spanned<String>>),
}

impl<'de> Deserialize<'de> for Sources {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Sources;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a seed id or a list of seed ids")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Sources, E> {
                Ok(Sources::One(v.to_owned()))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Sources, E> {
                Ok(Sources::None)
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<Sources, E> {
                Ok(Sources::None)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Sources, A::Error> {
                let mut ids = Vec::new();
                while let Some(id) = seq.next_element::<Spanned<String>>()? {
                    ids.push(id);
                }
                Ok(Sources::Many(ids))
            }
        }
        d.deserialize_any(Visit)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TimelineFm {
    date: Spanned<String>,
    event: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DisagreementFm {
    claim: Spanned<String>,
    positions: Vec<PositionFm>,
    #[serde(default)]
    verdict: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PositionFm {
    #[serde(default)]
    source: Option<Spanned<String>>,
    says: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChangeFm {
    date: Spanned<String>,
    text: String,
}

impl Brief {
    /// Parses the brief at `path` (relative to the root; `rel` is relative to `content/`).
    pub fn parse(
        path: &Path,
        rel: &Path,
        source: SourceText,
        diags: &mut Diagnostics,
    ) -> Result<Brief, Diagnostic> {
        let text = source.text;
        let split = frontmatter::split(path, &text)?;
        let fm: BriefFrontMatter = match frontmatter::parse_all(path, &text, &split) {
            Ok(fm) => fm,
            Err(errors) => {
                let dates = [("date", false), ("updated", false)];
                let errors = frontmatter::with_date_errors(path, &text, &split, &dates, errors);
                return Err(first_of(errors, diags));
            }
        };
        diags.extend(frontmatter::comment_cuts(path, &text, &split));
        let body_offset = split.body_offset;
        let checked_date = |value: Option<Spanned<String>>, diags: &mut Diagnostics| {
            let value = value?;
            let (line, col) = frontmatter::position(&split, &value.referenced);
            // Hugo writes `2025-01-01T10:00:00Z`: the day is kept, the time dropped.
            match date::kept_day(&value.value, false) {
                Ok(day) => Some(day.to_owned()),
                Err(message) => {
                    diags.push(Diagnostic::error(path, message).at_line_col(&text, line, col));
                    None
                }
            }
        };
        let date = checked_date(fm.date, diags);
        let updated = checked_date(fm.updated, diags);
        let located = |s: &Spanned<String>| {
            let (line, col) = frontmatter::position(&split, &s.referenced);
            Located {
                text: s.value.clone(),
                line,
                col,
            }
        };
        let dated = |value: &Spanned<String>, diags: &mut Diagnostics| {
            let (line, col) = frontmatter::position(&split, &value.referenced);
            match date::parse(&value.value, true) {
                Ok(_) => value.value.trim().to_owned(),
                Err(message) => {
                    diags.push(Diagnostic::error(path, message).at_line_col(&text, line, col));
                    value.value.clone()
                }
            }
        };
        let mut timeline: Vec<(String, Located)> = fm
            .timeline
            .iter()
            .map(|t| (dated(&t.date, diags), located(&t.event)))
            .collect();
        timeline.sort_by(|a, b| a.0.cmp(&b.0));
        let sources: Vec<SourceListing> = match &fm.sources {
            Sources::None => Vec::new(),
            Sources::One(id) => {
                let at = frontmatter::key_value_offset(split.yaml, "sources").unwrap_or(0);
                let (line, col) = crate::diagnostic::line_col(split.yaml, at);
                vec![SourceListing {
                    id: id.trim().to_owned(),
                    line: split.yaml_line + line - 1,
                    col,
                }]
            }
            Sources::Many(ids) => ids
                .iter()
                .map(|s| {
                    let (line, col) = frontmatter::position(&split, &s.referenced);
                    SourceListing {
                        id: s.value.trim().to_owned(),
                        line,
                        col,
                    }
                })
                .collect(),
        };
        let source_ids: Vec<&str> = sources.iter().map(|s| s.id.as_str()).collect();
        let mut disagreements = Vec::with_capacity(fm.disagreements.len());
        for d in &fm.disagreements {
            let mut positions = Vec::with_capacity(d.positions.len());
            for p in &d.positions {
                let source = p.source.as_ref().map(|s| {
                    let id = s.value.trim().to_owned();
                    if !source_ids.contains(&id.as_str()) {
                        let (line, col) = frontmatter::position(&split, &s.referenced);
                        diags.push(
                            Diagnostic::error(
                                path,
                                format!("`{id}` is not in this brief's `sources`"),
                            )
                            .at_line_col(&text, line, col)
                            .with_help(format!("add `{id}` to `sources:`, or fix the id")),
                        );
                    }
                    id
                });
                positions.push((source, located(&p.says)));
            }
            disagreements.push(DisagreementSpec {
                claim: located(&d.claim),
                positions,
                verdict: d.verdict.as_ref().map(located),
            });
        }
        let components = Components {
            takeaways: fm.takeaways.iter().map(located).collect(),
            timeline,
            disagreements,
        };
        let changes = fm
            .changes
            .iter()
            .map(|c| (dated(&c.date, diags), c.text.clone()))
            .collect();
        let mut topics: Vec<String> = Vec::with_capacity(fm.topics.len());
        for t in &fm.topics {
            let name = t.value.split_whitespace().collect::<Vec<_>>().join(" ");
            let (line, col) = frontmatter::position(&split, &t.referenced);
            if !name.chars().any(char::is_alphanumeric) {
                diags.push(
                    Diagnostic::error(path, "a topic needs at least one letter or digit")
                        .at_line_col(&text, line, col)
                        .with_help("write the topic's name, e.g. `topics: [Energy, Trade]`"),
                );
            } else if let Some(bytes) = too_long(&slug(&name)) {
                diags.push(
                    Diagnostic::error(
                        path,
                        format!(
                            "this topic is too long for its page's URL: `topics/{}/` would be a folder name of {bytes} bytes, and file systems take at most {MAX_SEGMENT_BYTES}",
                            shortened(&slug(&name))
                        ),
                    )
                    .at_line_col(&text, line, col)
                    .with_help("name the topic in a few words; its page goes to topics/<the name in lower case, with dashes>/"),
                );
            } else if topics.iter().any(|x| slug(x) == slug(&name)) {
                diags.push(
                    Diagnostic::warning(path, format!("topic `{name}` is listed twice"))
                        .at_line_col(&text, line, col)
                        .with_help("topics that differ only in case or punctuation are one topic"),
                );
            } else {
                topics.push(name);
            }
        }
        if fm.title.trim().is_empty() {
            diags.push(
                Diagnostic::error(path, "`title` is empty")
                    .at(&text, text.find("title").unwrap_or(0)),
            );
        }
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
        Ok(Brief {
            path: path.to_owned(),
            url_path: url_path(rel),
            title: fm.title,
            summary: fm.summary,
            date,
            updated,
            authors: fm.authors.into_vec(),
            draft: fm.draft,
            weight: fm.weight,
            sources,
            topics,
            extra,
            components,
            changes,
            body_offset,
            text: text.into(),
        })
    }

    /// The Markdown body.
    pub fn body(&self) -> &str {
        &self.text[self.body_offset..]
    }

    /// A copy of this brief with `text` as its text: a build's brief pass gives each
    /// brief back the text [`crate::site::Site::take_brief_texts`] took from it, in a copy
    /// that is dropped, text and all, when the brief is done. Copying a brief's front
    /// matter costs little beside rendering it.
    pub fn with_text(&self, text: std::sync::Arc<str>) -> Brief {
        Brief {
            text,
            ..self.clone()
        }
    }
}

/// The first of a file's front-matter errors, to return; the others go to `diags`.
pub(crate) fn first_of(mut errors: Vec<Diagnostic>, diags: &mut Diagnostics) -> Diagnostic {
    let first = errors.remove(0);
    diags.extend(errors);
    first
}

/// `deal/Overview Notes.md` → `deal/overview-notes/`: each component slugged so URLs are
/// safe to type and to host anywhere. `deal/index.md` publishes as `deal/`, as in Hugo's
/// page bundles and Zola's colocated pages, so files beside it keep their relative links.
pub fn url_path(rel: &Path) -> String {
    let mut stem = rel.with_extension("");
    if stem.file_name().is_some_and(|n| n == "index")
        && let Some(parent) = stem.parent()
        && !parent.as_os_str().is_empty()
    {
        stem = parent.to_path_buf();
    }
    folder_url_path(&stem)
}

/// `grid/North Lines` (a folder under `content/`) → `grid/north-lines/`, the URL of its
/// listing page: each component slugged as [`url_path`] slugs a brief's; `""` for
/// `content/` itself.
pub fn folder_url_path(rel_dir: &Path) -> String {
    rel_dir
        .components()
        .map(|c| format!("{}/", slug(&c.as_os_str().to_string_lossy())))
        .collect()
}

/// The longest a slug may be, in bytes: each becomes the name of a folder of the output
/// (`topics/<slug>/`, `<folder>/<brief>/`), and Linux's file systems take names of at
/// most 255 bytes (`NAME_MAX`), as do macOS's and Windows's (in their own units). A
/// brief's or folder's file name is already that short, but lower-casing can lengthen it
/// (`Ⱥ`, 2 bytes, becomes `ⱥ`, 3); a topic is free text.
pub const MAX_SEGMENT_BYTES: usize = 255;

/// The length in bytes of `segment` (one part of a URL path) when it is longer than
/// [`MAX_SEGMENT_BYTES`]: `brief check` and `brief build` report it where the text that
/// makes it is, since the build could not write a page there.
pub fn too_long(segment: &str) -> Option<usize> {
    (segment.len() > MAX_SEGMENT_BYTES).then_some(segment.len())
}

/// The first segment of `url_path` (`a/b/`) longer than [`MAX_SEGMENT_BYTES`], and its
/// length in bytes.
pub fn too_long_segment(url_path: &str) -> Option<(&str, usize)> {
    url_path
        .split('/')
        .find_map(|segment| too_long(segment).map(|bytes| (segment, bytes)))
}

/// A long slug cut for a message: its first 40 characters and `…`.
pub fn shortened(slug: &str) -> String {
    const SHOWN: usize = 40;
    match slug.char_indices().nth(SHOWN) {
        Some((at, _)) => format!("{}…", &slug[..at]),
        None => slug.to_owned(),
    }
}

/// Lower-case ASCII letters, digits and single dashes; other letters kept as they are.
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut dash = false;
    for c in s.chars() {
        if c.is_alphanumeric() || c == '_' {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else {
            dash = true;
        }
    }
    if out.is_empty() { "-".to_owned() } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_nest_and_slug() {
        assert_eq!(url_path(Path::new("overview.md")), "overview/");
        assert_eq!(
            url_path(Path::new("deal/Draft Text.md")),
            "deal/draft-text/"
        );
        assert_eq!(slug("What's at stake?"), "what-s-at-stake");
        assert_eq!(url_path(Path::new("deal/index.md")), "deal/");
        assert_eq!(url_path(Path::new("index.md")), "index/");
    }

    #[test]
    fn one_source_id_is_a_list_of_one_and_datetimes_give_the_day() {
        let mut diags = Diagnostics::new();
        let text =
            "---\ntitle: T\ndate: 2025-01-01T10:00:00Z\nsources: example-source\n---\nBody\n";
        let b = Brief::parse(
            Path::new("content/x.md"),
            Path::new("x.md"),
            SourceText { text: text.into() },
            &mut diags,
        )
        .unwrap();
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(b.sources.len(), 1);
        assert_eq!(b.sources[0].id, "example-source");
        assert_eq!((b.sources[0].line, b.sources[0].col), (4, 10));
        assert_eq!(b.date.as_deref(), Some("2025-01-01"));
    }

    #[test]
    fn parses_front_matter() {
        let mut diags = Diagnostics::new();
        let text = "---\ntitle: T\ndate: 2025-03-05\nsources: [a, b]\nauthors: Desk\n---\nBody\n";
        let b = Brief::parse(
            Path::new("content/x.md"),
            Path::new("x.md"),
            SourceText { text: text.into() },
            &mut diags,
        )
        .unwrap();
        assert!(diags.is_empty());
        assert_eq!(b.sources[1].id, "b");
        assert_eq!((b.sources[1].line, b.sources[1].col), (4, 14));
        assert_eq!(b.authors, vec!["Desk"]);
        assert_eq!(b.body(), "Body\n");
    }

    #[test]
    fn bad_date_is_located() {
        let mut diags = Diagnostics::new();
        let text = "---\ntitle: T\ndate: 2025-02-30\n---\n";
        Brief::parse(
            Path::new("c.md"),
            Path::new("c.md"),
            SourceText { text: text.into() },
            &mut diags,
        )
        .unwrap();
        let d = diags.iter().next().unwrap();
        assert_eq!((d.line, d.col), (3, 7));
    }
}

//! Seeds: the source articles a site's briefs draw on.
//!
//! A seed is `seeds/<id>.md` (YAML front matter describing the article, then its text) or
//! a bare `seeds/<id>.txt` (first non-empty line the title, the rest the text). The body
//! is split into paragraphs at blank lines and is shown verbatim, escaped, on the seed's
//! archive page; it is never rendered as Markdown.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::date;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::frontmatter::{self, OneOrMany, SourceText};

/// A source article.
#[derive(Debug, Clone)]
pub struct Seed {
    /// The file name without extension.
    pub id: String,
    /// The file, relative to the site root (for diagnostics).
    pub path: PathBuf,
    pub title: String,
    pub outlet: Option<String>,
    pub author: Vec<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    pub note: Option<String>,
    /// When the text was captured from the web (`brief seed add`), UTC: `2025-02-25T14:03:09Z`.
    pub captured: Option<String>,
    /// SHA-256 (hex) of the bytes captured, kept in `seeds/<id>.html.gz`.
    pub sha256: Option<String>,
    /// When the article was last modified, if that differs from `published`.
    pub modified: Option<String>,
    /// The bibliography the seed was imported from (`brief seed import`), if any.
    pub imported: Option<String>,
    /// The article's text, one entry per paragraph, as written (lines joined by `\n`).
    pub paragraphs: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedFrontMatter {
    title: String,
    outlet: String,
    #[serde(default)]
    author: OneOrMany,
    #[serde(default)]
    published: Option<Spanned<String>>,
    #[serde(default)]
    url: Option<Spanned<String>>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    captured: Option<String>,
    #[serde(default)]
    sha256: Option<String>,
    #[serde(default)]
    modified: Option<Spanned<String>>,
    #[serde(default)]
    imported: Option<String>,
}

impl Seed {
    /// Reads a seed from `source`, the contents of `path` (shown relative to the root).
    /// Problems that still leave a usable seed (a missing date in a `.txt`) are pushed to
    /// `diags`; problems that don't are returned as `Err`.
    pub fn parse(
        id: &str,
        path: &Path,
        source: &SourceText,
        diags: &mut Diagnostics,
    ) -> Result<Seed, Diagnostic> {
        let is_txt = path.extension().is_some_and(|e| e == "txt");
        let text = source.text.as_str();
        let split = frontmatter::split(path, text)?;
        if is_txt && !split.present {
            return Self::parse_bare(id, path, text, diags);
        }
        let fm: SeedFrontMatter = match frontmatter::parse_all(path, text, &split) {
            Ok(fm) => fm,
            Err(errors) => {
                let dates = [("published", true), ("modified", true)];
                let errors = frontmatter::with_date_errors(path, text, &split, &dates, errors);
                return Err(crate::brief::first_of(errors, diags));
            }
        };
        diags.extend(frontmatter::comment_cuts(path, text, &split));
        let mut seed = Seed {
            id: id.to_owned(),
            path: path.to_owned(),
            title: fm.title,
            outlet: Some(fm.outlet),
            author: fm.author.into_vec(),
            published: None,
            url: None,
            language: fm.language,
            note: fm.note,
            captured: fm.captured,
            sha256: fm.sha256,
            modified: None,
            imported: fm.imported,
            paragraphs: paragraphs(split.body),
        };
        for (value, slot) in [
            (fm.published, &mut seed.published),
            (fm.modified, &mut seed.modified),
        ] {
            let Some(value) = value else { continue };
            let (line, col) = frontmatter::position(&split, &value.referenced);
            // A time (`2025-02-25T10:00:00Z`, as pages' metadata gives it) is dropped.
            match date::kept_day(&value.value, true) {
                Ok(day) => *slot = Some(day.to_owned()),
                Err(message) => {
                    diags.push(Diagnostic::error(path, message).at_line_col(text, line, col))
                }
            }
        }
        if let Some(url) = fm.url {
            let (line, col) = frontmatter::position(&split, &url.referenced);
            let value = url.value.trim();
            match web_url(value) {
                Ok(encoded) => seed.url = Some(encoded),
                Err(Some(e)) => diags.push(
                    Diagnostic::error(path, format!("`url` is not a web address: {e}"))
                        .at_line_col(text, line, col)
                        .with_help("give the address as a browser shows it, e.g. https://example.org/story"),
                ),
                Err(None) => diags.push(
                    Diagnostic::error(
                        path,
                        format!("`url` must be an http: or https: address, not `{value}`"),
                    )
                    .at_line_col(text, line, col)
                    .with_help(
                        "give the original article's web address, e.g. https://example.org/story",
                    ),
                ),
            }
        }
        if seed.title.trim().is_empty() {
            diags.push(
                Diagnostic::error(path, "`title` is empty")
                    .at(text, text.find("title").unwrap_or(0)),
            );
        }
        // An imported bibliography entry without text is a reference, not a mistake: it
        // can be cited, and a quote of it is warned about where it is made.
        if seed.paragraphs.is_empty() && seed.imported.is_none() {
            diags.push(
                Diagnostic::warning(path, "seed has no text after its front matter")
                    .at(text, split.body_offset)
                    .with_help("paste the article's text below the closing `---`"),
            );
        }
        Ok(seed)
    }

    fn parse_bare(
        id: &str,
        path: &Path,
        text: &str,
        diags: &mut Diagnostics,
    ) -> Result<Seed, Diagnostic> {
        let mut lines = text.split_inclusive('\n');
        let mut consumed = 0;
        let title = loop {
            match lines.next() {
                Some(line) => {
                    consumed += line.len();
                    if !line.trim().is_empty() {
                        break line.trim().to_owned();
                    }
                }
                None => {
                    return Err(Diagnostic::error(path, "seed is empty")
                        .with_help("a .txt seed's first line is its title, the rest its text"));
                }
            }
        };
        diags.push(
            Diagnostic::warning(path, "plain-text seed has no outlet or date")
                .at(text, 0)
                .with_help(format!(
                    "rename it to seeds/{id}.md and add front matter with `outlet:` and `published:`"
                )),
        );
        Ok(Seed {
            id: id.to_owned(),
            path: path.to_owned(),
            title,
            outlet: None,
            author: Vec::new(),
            published: None,
            url: None,
            language: None,
            note: None,
            captured: None,
            sha256: None,
            modified: None,
            imported: None,
            paragraphs: paragraphs(&text[consumed..]),
        })
    }
}

/// Splits text into paragraphs at blank lines, trimming each.
pub fn paragraphs(body: &str) -> Vec<String> {
    paragraphs_at(body).into_iter().map(|(_, p)| p).collect()
}

/// [`paragraphs`], each with the 0-based line of `body` on which it starts (so an editor
/// can be taken to a paragraph). A paragraph's lines keep their leading space, so a byte
/// offset after its `n`th `\n` is a column of that line of the file.
pub fn paragraphs_at(body: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut first = 0;
    for (n, line) in body.lines().enumerate() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push((first, current.join("\n")));
                current.clear();
            }
        } else {
            if current.is_empty() {
                first = n;
            }
            current.push(line.trim_end());
        }
    }
    if !current.is_empty() {
        out.push((first, current.join("\n")));
    }
    out
}

/// A seed's `url` as the loader takes it: an http: or https: address, percent-encoded
/// once (so every page that links it writes the same address, the reference's own link,
/// which hayagriva encodes, included) and parsed. `Err(None)` for another scheme or none,
/// `Err(Some(why))` for an http(s) address that still does not parse (no host, a space
/// in the host, a port beyond 65535). `seed import` keeps an entry's address only when it
/// passes here, so an imported seed always reads back.
pub fn web_url(value: &str) -> Result<String, Option<url::ParseError>> {
    let value = value.trim();
    let lower = value.to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return Err(None);
    }
    let encoded = crate::escape::url(value);
    url::Url::parse(&encoded).map_err(Some)?;
    Ok(encoded.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(name: &str, text: &str) -> (Result<Seed, Diagnostic>, Diagnostics) {
        let mut diags = Diagnostics::new();
        let id = name.rsplit_once('.').unwrap().0;
        let seed = Seed::parse(
            id,
            Path::new(name),
            &SourceText { text: text.into() },
            &mut diags,
        );
        (seed, diags)
    }

    #[test]
    fn md_seed_with_front_matter() {
        let (seed, diags) = parse(
            "ap.md",
            "---\ntitle: T\noutlet: AP\nauthor: [A, B]\npublished: 2025-02\n---\nOne\ntwo.\n\nThree.\n",
        );
        let seed = seed.unwrap();
        assert!(diags.is_empty());
        assert_eq!(seed.author, vec!["A", "B"]);
        assert_eq!(seed.published.as_deref(), Some("2025-02"));
        assert_eq!(seed.paragraphs, vec!["One\ntwo.", "Three."]);
    }

    #[test]
    fn bare_txt_seed_warns() {
        let (seed, diags) = parse("x.txt", "\nThe title\nBody one.\n\nBody two.\n");
        let seed = seed.unwrap();
        assert_eq!(seed.title, "The title");
        assert_eq!(seed.paragraphs, vec!["Body one.", "Body two."]);
        assert_eq!(diags.warning_count(), 1);
    }

    #[test]
    fn javascript_url_is_an_error() {
        let (_, diags) = parse(
            "x.md",
            "---\ntitle: T\noutlet: O\nurl: javascript:alert(1)\n---\nText\n",
        );
        assert!(diags.has_errors());
        assert_eq!(diags.iter().next().unwrap().line, 4);
    }

    #[test]
    fn url_is_percent_encoded_once_where_it_is_loaded() {
        let (seed, diags) = parse(
            "x.md",
            "---\ntitle: T\noutlet: O\nurl: \"https://e.com/some path/\\\"q\\\"/é.html\"\n---\nText\n",
        );
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(
            seed.unwrap().url.as_deref(),
            Some("https://e.com/some%20path/%22q%22/%C3%A9.html")
        );
    }

    #[test]
    fn url_with_no_host_is_an_error_at_its_line() {
        let (_, diags) = parse(
            "x.md",
            "---\ntitle: T\noutlet: O\nurl: \"https://exa mple.com/story\"\n---\nText\n",
        );
        let error = diags.iter().next().expect("an error");
        assert!(
            error.message.contains("not a web address"),
            "{}",
            error.message
        );
        assert_eq!(error.line, 4);
    }

    #[test]
    fn missing_outlet_is_an_error() {
        let (seed, _) = parse("x.md", "---\ntitle: T\n---\nText\n");
        let err = seed.unwrap_err();
        assert!(err.message.contains("outlet"));
        assert_eq!(
            err.help.as_deref(),
            Some("add `outlet:`, the newspaper or site that published the article")
        );
    }
}

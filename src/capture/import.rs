//! `brief seed import`: bibliography entries (CSL-JSON, BibTeX/BibLaTeX) as seeds.
//!
//! Parsing is pure: a file's text in, [`Entry`]s out. CSL-JSON is read with serde_json
//! leniently (Zotero, Better BibTeX and citation.js all write it a little differently:
//! numbers as strings, `date-parts` ranges, `raw` and `literal` dates, `literal` names), and
//! BibTeX/BibLaTeX with the `biblatex` crate (the parser hayagriva uses), which resolves
//! `@string`s, crossrefs, TeX accents and `year`/`month`/`date` fields.
//!
//! Each entry becomes `seeds/<key>.md` (the key made safe for a file name) with its
//! metadata as front matter and no text — unless `--fetch` captures the entry's `url`,
//! which then gives the text and the provenance, as `seed add` does. An existing seed is
//! never replaced.

use std::fmt;
use std::path::{Path, PathBuf};

use biblatex::{Bibliography, ChunksExt, DateValue, PermissiveType};
use serde_json::Value;

use super::fetch::FetchOptions;
use super::seedfile::{self, SeedFile};
use super::{CaptureError, metadata, provenance, wall};
use crate::config::CONFIG_FILE;
use crate::site::SEEDS_DIR;

/// One bibliography entry, as seed metadata.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entry {
    /// The entry's key, as written.
    pub key: String,
    pub title: Option<String>,
    /// Journal, newspaper, website, publisher or institution: where it appeared.
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    /// `YYYY-MM-DD` or `YYYY-MM`.
    pub published: Option<String>,
    /// A year alone (seeds have no year-only dates): goes to the note.
    pub year: Option<i32>,
    /// A web address: `http(s)://`, or a bare `www.example.org/…` read as `https://`.
    pub url: Option<String>,
    /// An address the entry gives that is no web address (`ftp:`, a file path): left out
    /// of the seed, whose `url` must be http(s), and reported.
    pub unusable_url: Option<String>,
    pub language: Option<String>,
}

/// A bibliography that could not be read: the diagnostic as the terminal shows it
/// (`path:line:col: error: message`, the line, a help), one text.
#[derive(Debug)]
pub struct ImportError(pub String);

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ImportError {}

impl ImportError {
    /// An error at byte `offset` of the file's `text`.
    fn at(path: &Path, text: &str, offset: usize, message: String, help: &'static str) -> Self {
        let d = crate::diagnostic::Diagnostic::error(path, message)
            .at(text, offset.min(text.len()))
            .with_help(help);
        ImportError(d.render(false))
    }
}

const FORMATS_HELP: &str = "brief imports CSL-JSON (a list of items, as Zotero exports it) or BibTeX/BibLaTeX (`@article{key, title = {…}, …}`)";

/// Parses a bibliography: CSL-JSON when it starts with `[` or `{`, BibTeX otherwise. A
/// file with no entry at all is an error, not an import of nothing.
pub fn parse(path: &Path, text: &str) -> Result<Vec<Entry>, ImportError> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    let lead = text.len() - trimmed.len();
    let entries = if trimmed.starts_with('[') || trimmed.starts_with('{') {
        parse_csl_json(trimmed)
    } else {
        parse_bibtex(trimmed)
    }
    // The parsers' positions are in the trimmed text: placed again in the file's.
    .map_err(|e| ImportError::at(path, text, lead + e.offset, e.message, e.help))?;
    if entries.is_empty() {
        return Err(ImportError::at(
            path,
            text,
            lead,
            "no bibliography entry found".into(),
            FORMATS_HELP,
        ));
    }
    Ok(entries)
}

/// A parser's error before it is placed in the file: where in the parsed text, and what.
#[derive(Debug)]
struct Located {
    offset: usize,
    message: String,
    help: &'static str,
}

/// The byte offset of 1-based `line` and `column` (0 meaning the line's start) in `text`.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column.saturating_sub(1)).min(text.len())
}

/// CSL-JSON: an array of items (or `{"items": [...]}`), or one item.
fn parse_csl_json(text: &str) -> Result<Vec<Entry>, Located> {
    let value: Value = serde_json::from_str(text).map_err(|e| Located {
        offset: offset_of(text, e.line(), e.column()),
        message: format!("not valid CSL-JSON: {}", json_message(&e)),
        help: "check the brackets, commas and quotes around this place",
    })?;
    let not_items = |message: &str| Located {
        offset: 0,
        message: message.into(),
        help: FORMATS_HELP,
    };
    let items = match value {
        Value::Array(items) => items,
        Value::Object(mut map) => match map.remove("items") {
            Some(Value::Array(items)) => items,
            Some(_) => return Err(not_items("CSL-JSON's `items` must be a list of items")),
            // One item on its own: it names what it is.
            None if ["id", "title", "type"].iter().any(|k| map.contains_key(*k)) => {
                vec![Value::Object(map)]
            }
            None => {
                return Err(not_items(
                    "not a CSL-JSON item: it has no `id`, `title` or `type`",
                ));
            }
        },
        _ => return Err(not_items("CSL-JSON must be a list of items")),
    };
    Ok(items
        .iter()
        .enumerate()
        .filter(|(_, item)| item.is_object())
        .map(|(i, item)| csl_entry(item, i))
        .collect())
}

/// serde_json's message without the position it appends (the diagnostic gives it).
fn json_message(e: &serde_json::Error) -> String {
    let message = e.to_string();
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message,
    }
}

fn string(v: Option<&Value>) -> Option<String> {
    let s = match v? {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Array(a) => return a.iter().find_map(|v| string(Some(v))),
        _ => return None,
    };
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

fn csl_entry(item: &Value, index: usize) -> Entry {
    let key = string(item.get("id"))
        .or_else(|| string(item.get("citation-key")))
        .unwrap_or_else(|| format!("entry-{}", index + 1));
    let authors = ["author", "editor", "container-author"]
        .iter()
        .find_map(|k| {
            let names: Vec<String> = item
                .get(*k)?
                .as_array()?
                .iter()
                .filter_map(csl_name)
                .collect();
            (!names.is_empty()).then_some(names)
        })
        .unwrap_or_default();
    let (published, year) = item.get("issued").map(csl_date).unwrap_or((None, None));
    let (url, unusable_url) = web_address(string(item.get("URL")));
    let url = url.or_else(|| string(item.get("DOI")).and_then(|doi| doi_address(&doi)));
    Entry {
        key,
        title: string(item.get("title")),
        outlet: string(item.get("container-title"))
            .or_else(|| string(item.get("publisher")))
            .or_else(|| string(item.get("authority"))),
        authors,
        published,
        year,
        url,
        unusable_url,
        language: string(item.get("language")).and_then(|l| metadata::language_tag(&l)),
    }
}

fn csl_name(v: &Value) -> Option<String> {
    if let Some(literal) = string(v.get("literal")) {
        return Some(literal);
    }
    let part = |k: &str| string(v.get(k)).unwrap_or_default();
    family_first(
        &[part("non-dropping-particle"), part("family")],
        &[part("given"), part("dropping-particle")],
        &part("suffix"),
    )
}

/// A name as an imported seed writes it: `Family, Given`, the form in which a seed's
/// author is read without guessing (`Given Family` takes the last word as the family
/// name, so `Gabriel García Márquez` would be filed under Márquez). A particle that sorts
/// with the family name (`van der`) is part of it; a suffix follows it (`King Jr.,
/// Martin Luther`: the one place where it stays with the family name in every style, as
/// seeds have no field of their own for it). A name with no given part is the family
/// name alone. `None` when nothing is left.
fn family_first(family: &[String], given: &[String], suffix: &str) -> Option<String> {
    let join = |parts: &[&str]| {
        parts
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let family: Vec<&str> = family.iter().map(String::as_str).collect();
    let family = join(&[join(&family).as_str(), suffix]);
    let given = join(&given.iter().map(String::as_str).collect::<Vec<_>>());
    match (family.is_empty(), given.is_empty()) {
        (true, true) => None,
        (false, false) => Some(format!("{family}, {given}")),
        (false, true) => Some(family),
        (true, false) => Some(given),
    }
}

/// A CSL date: `date-parts` (the start of a range), else `raw`/`literal` read as a date.
fn csl_date(v: &Value) -> (Option<String>, Option<i32>) {
    let number = |v: &Value| -> Option<i64> {
        v.as_i64()
            .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
    };
    if let Some(first) = v
        .get("date-parts")
        .and_then(Value::as_array)
        .and_then(|ranges| ranges.first())
        .and_then(Value::as_array)
    {
        let parts: Vec<i64> = first.iter().map_while(number).collect();
        return from_parts(&parts);
    }
    if let Some(s) = string(v.get("raw")).or_else(|| string(v.get("literal"))) {
        if let Some(date) = metadata::date_of(&s) {
            return (Some(date), None);
        }
        let year = s
            .split(|c: char| !c.is_ascii_digit())
            .find(|p| p.len() == 4)
            .and_then(|y| y.parse().ok());
        return (None, year);
    }
    (None, None)
}

fn from_parts(parts: &[i64]) -> (Option<String>, Option<i32>) {
    let candidate = match parts {
        [y, m, d, ..] => format!("{y:04}-{m:02}-{d:02}"),
        [y, m] => format!("{y:04}-{m:02}"),
        [y] => return (None, i32::try_from(*y).ok()),
        [] => return (None, None),
    };
    match crate::date::parse(&candidate, true) {
        Ok(_) => (Some(candidate), None),
        Err(_) => (None, parts.first().and_then(|y| i32::try_from(*y).ok())),
    }
}

/// BibTeX or BibLaTeX.
fn parse_bibtex(text: &str) -> Result<Vec<Entry>, Located> {
    let bib = Bibliography::parse(text).map_err(|e| Located {
        offset: e.span.start.min(text.len()),
        message: format!("not valid BibTeX: {}", e.kind),
        help: "each entry is `@type{key, field = {value}, …}`: check the commas and braces around this place",
    })?;
    Ok(bib.iter().map(bib_entry).collect())
}

fn bib_entry(e: &biblatex::Entry) -> Entry {
    // A field's words: each chunk's text with its TeX formatting commands replaced by
    // their argument, math (`$x^2$`) by what is inside; a `\$` is a `$` in the text, so the
    // chunks are read one by one, not their text joined back with `$` around the math.
    // Addresses are taken as written.
    let words = |text: String| {
        Some(text.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|s| !s.is_empty())
    };
    let field = |k: &str| {
        let chunks = e.get(k)?;
        words(
            chunks
                .iter()
                .map(|c| strip_tex_formatting(c.v.get()))
                .collect(),
        )
    };
    let address = |k: &str| words(e.get(k)?.format_verbatim());
    let authors: Vec<String> = e
        .author()
        .or_else(|_| e.get_as::<Vec<biblatex::Person>>("editor"))
        .unwrap_or_default()
        .iter()
        .filter_map(|p| {
            family_first(
                &[p.prefix.clone(), p.name.clone()],
                std::slice::from_ref(&p.given_name),
                &p.suffix,
            )
        })
        .collect();
    let (published, year) = match e.date() {
        Ok(PermissiveType::Typed(date)) => {
            let start = match date.value {
                DateValue::At(d) | DateValue::After(d) | DateValue::Before(d) => d,
                DateValue::Between(d, _) => d,
            };
            // biblatex counts months and days from zero.
            let mut parts = vec![i64::from(start.year)];
            if let Some(m) = start.month {
                parts.push(i64::from(m) + 1);
                if let Some(d) = start.day {
                    parts.push(i64::from(d) + 1);
                }
            }
            from_parts(&parts)
        }
        Ok(PermissiveType::Chunks(chunks)) => {
            let s = chunks.format_verbatim();
            (metadata::date_of(&s), None)
        }
        Err(_) => (None, None),
    };
    let (url, unusable_url) = web_address(address("url"));
    let url = url.or_else(|| address("doi").and_then(|doi| doi_address(&doi)));
    Entry {
        key: e.key.clone(),
        title: field("title"),
        outlet: field("journaltitle")
            .or_else(|| field("journal"))
            .or_else(|| field("booktitle"))
            .or_else(|| field("publisher"))
            .or_else(|| field("organization"))
            .or_else(|| field("institution"))
            .or_else(|| field("school"))
            .or_else(|| {
                field("howpublished").filter(|h| !h.starts_with("\\url") && !h.starts_with("http"))
            }),
        authors,
        published,
        year,
        url,
        unusable_url,
        language: field("langid")
            .or_else(|| field("language"))
            .and_then(|l| language_name_to_tag(&l)),
    }
}

/// TeX formatting commands replaced by their argument (`\emph{Times}` → `Times`,
/// `\url{https://x.org}` → `https://x.org`); other commands are kept as written. Accents
/// and escapes are converted before this, and math is a chunk of its own.
fn strip_tex_formatting(text: &str) -> String {
    const FORMATTING: &[&str] = &[
        "emph",
        "textit",
        "textbf",
        "textsc",
        "texttt",
        "textrm",
        "textsf",
        "textsl",
        "textup",
        "textmd",
        "textnormal",
        "textsuperscript",
        "textsubscript",
        "underline",
        "url",
        "mbox",
        "hbox",
        "text",
        "mathrm",
        "mathit",
        "mathbf",
        "ensuremath",
        "uppercase",
        "MakeUppercase",
        "lowercase",
        "MakeLowercase",
        "enquote",
        "NoCaseChange",
        "nocase",
    ];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let name_len = tail[1..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(tail.len() - 1);
        let name = &tail[1..1 + name_len];
        let after = tail[1 + name_len..].trim_start();
        if FORMATTING.contains(&name)
            && let Some(arg) = after.strip_prefix('{')
            && let Some(end) = matching_brace(arg)
        {
            out.push_str(&strip_tex_formatting(&arg[..end]));
            rest = &arg[end + 1..];
        } else {
            // Not ours: keep the backslash and go on after it.
            out.push('\\');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The offset of the `}` closing a group whose `{` came just before `text`.
fn matching_brace(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return Some(i),
            '}' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// An entry's address as a seed's `url`, which must be what the seed loader takes
/// ([`crate::seed::web_url`]: http(s), with a host, a valid port…): kept as written when
/// it is; `https://` put before one written without a scheme (`www.example.org/a`, as
/// reference managers often store it) when what follows reads as a host and path; any
/// other address (`ftp://…`, `file:`, a path, `http://` alone, `https://exa mple.com`)
/// returned second, as unusable.
fn web_address(raw: Option<String>) -> (Option<String>, Option<String>) {
    let Some(raw) = raw else {
        return (None, None);
    };
    let lower = raw.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return match crate::seed::web_url(&raw) {
            Ok(_) => (Some(raw), None),
            Err(_) => (None, Some(raw)),
        };
    }
    let bare_host = !raw.contains("://")
        && !raw.contains(' ')
        && url::Url::parse(&format!("https://{raw}"))
            .ok()
            .and_then(|u| u.host_str().map(|h| h.contains('.') && !h.ends_with('.')))
            .unwrap_or(false)
        // `mailto:a@b.org`, `urn:isbn:…`, `c:\x`: a scheme or drive, not a host.
        && raw.split(['/', '?', '#']).next().is_some_and(|h| !h.contains(':') && !h.contains('@'));
    if bare_host && crate::seed::web_url(&format!("https://{raw}")).is_ok() {
        (Some(format!("https://{raw}")), None)
    } else {
        (None, Some(raw))
    }
}

/// A DOI's address, `https://doi.org/<DOI>`, from a DOI as bibliographies store it: bare
/// (`10.1000/xyz`), or with a prefix that is dropped first (`doi:10.1000/xyz`,
/// `https://doi.org/…`, `http://dx.doi.org/…`), so the prefix is never doubled. `None`
/// when nothing is left, or when the address the DOI makes is not one a seed can have.
fn doi_address(doi: &str) -> Option<String> {
    let mut doi = doi.trim();
    loop {
        let lower = doi.to_ascii_lowercase();
        let prefix = [
            "https://doi.org/",
            "http://doi.org/",
            "https://dx.doi.org/",
            "http://dx.doi.org/",
            "doi.org/",
            "dx.doi.org/",
            "doi:",
        ]
        .iter()
        .find(|p| lower.starts_with(*p));
        match prefix {
            Some(p) => doi = doi[p.len()..].trim_start(),
            None => break,
        }
    }
    let address = format!("https://doi.org/{doi}");
    (!doi.is_empty() && crate::seed::web_url(&address).is_ok()).then_some(address)
}

/// BibLaTeX names languages (`english`, `ngerman`); seeds want BCP 47 tags.
fn language_name_to_tag(name: &str) -> Option<String> {
    let tag = match name.trim().to_lowercase().as_str() {
        "english" | "american" | "british" | "usenglish" | "ukenglish" => "en",
        "german" | "ngerman" | "austrian" | "naustrian" => "de",
        "french" => "fr",
        "spanish" => "es",
        "portuguese" | "portuges" | "brazil" | "brazilian" => "pt",
        "czech" => "cs",
        "slovak" => "sk",
        "polish" => "pl",
        "russian" => "ru",
        "ukrainian" => "uk",
        "italian" => "it",
        "dutch" => "nl",
        "chinese" => "zh",
        "japanese" => "ja",
        "turkish" => "tr",
        other => return metadata::language_tag(other),
    };
    Some(tag.to_owned())
}

/// What `brief seed import` is asked.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Capture each entry's `url` (text and provenance) as `seed add` does.
    pub fetch: Option<FetchOptions>,
}

/// What happened to each entry.
#[derive(Debug, Default)]
pub struct ImportReport {
    /// Seeds written (paths under the root).
    pub written: Vec<PathBuf>,
    /// Entries not written, or written without text, each with why: one line each.
    pub notes: Vec<String>,
    /// Entries that could not be written at all.
    pub failed: usize,
}

/// Imports the bibliography at `file` into the site at `root`.
pub fn import(
    root: &Path,
    file: &Path,
    options: &ImportOptions,
) -> Result<ImportReport, CaptureError> {
    if !root.join(CONFIG_FILE).is_file() {
        return Err(CaptureError::NotASite(root.to_owned()));
    }
    let bytes = std::fs::read(file).map_err(|e| CaptureError::Read(file.to_owned(), e))?;
    let text = utf8(file, bytes).map_err(|e| CaptureError::Import(e.0))?;
    let entries = parse(file, &text).map_err(|e| CaptureError::Import(e.0))?;
    let source_name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut report = ImportReport::default();
    let existing = super::existing_seeds(root);
    let mut taken: Vec<String> = Vec::new();
    for entry in entries {
        let id = seedfile::safe_id(&entry.key);
        let id = if id.is_empty() {
            "entry".to_owned()
        } else {
            id
        };
        let unique = seedfile::unique(&id, |c| taken.iter().any(|t| t.eq_ignore_ascii_case(c)));
        if unique != id {
            // Two entries of the file share a key (BibTeX refuses that; CSL-JSON does not).
            report.notes.push(format!(
                "{}: `{}` is the key of an entry before it too; this one is `{unique}`",
                PathBuf::from(SEEDS_DIR)
                    .join(format!("{unique}.md"))
                    .display(),
                entry.key
            ));
        }
        let id = unique;
        taken.push(id.clone());
        let seed_path = root.join(SEEDS_DIR).join(format!("{id}.md"));
        let shown = PathBuf::from(SEEDS_DIR).join(format!("{id}.md"));
        // `<id>.txt` is the same seed as `<id>.md`, and an id that differs only in case
        // would publish to the same folder on a case-insensitive host.
        let other = super::taken_by(&existing, &id).next().map(|e| {
            PathBuf::from(SEEDS_DIR)
                .join(e.file.strip_prefix(root.join(SEEDS_DIR)).unwrap_or(&e.file))
        });
        if seed_path.exists() || other.is_some() {
            report.notes.push(format!(
                "{}: `{}` skipped: the seed exists already",
                other.unwrap_or(shown).display(),
                entry.key
            ));
            continue;
        }
        if let Some(raw) = &entry.unusable_url {
            report.notes.push(match &entry.url {
                // The entry's DOI stands in.
                Some(doi) => format!(
                    "{}: `{}`'s address `{raw}` is not a web (http or https) address; its DOI's, {doi}, is the `url`",
                    shown.display(),
                    entry.key
                ),
                None => format!(
                    "{}: `{}` has no `url`: `{raw}` is not a web (http or https) address",
                    shown.display(),
                    entry.key
                ),
            });
        }
        let mut file = seed_of(&entry, &source_name);
        let mut snapshot_bytes = None;
        if let (Some(fetch), Some(url)) = (&options.fetch, &entry.url) {
            match super::get(url, fetch) {
                Ok(page) => {
                    let article = super::article_of(&page);
                    let signals = wall::assess(&article);
                    if signals.is_empty() {
                        fill_from_page(&mut file, &article);
                        file.captured = Some(provenance::now_utc());
                        file.sha256 = Some(provenance::sha256_hex(&page.bytes));
                        snapshot_bytes = Some(page.bytes);
                    } else {
                        let seen: Vec<String> = signals.iter().map(ToString::to_string).collect();
                        report.notes.push(format!(
                            "{}: `{}` written without text: {url} does not look like the whole article ({})",
                            shown.display(),
                            entry.key,
                            seen.join("; ")
                        ));
                    }
                }
                Err(e) => report.notes.push(format!(
                    "{}: `{}` written without text: {e}",
                    shown.display(),
                    entry.key
                )),
            }
        }
        let result = match &snapshot_bytes {
            Some(bytes) => super::write_capture(
                &seed_path,
                &provenance::snapshot_path(&seed_path),
                &file,
                bytes,
                false,
            ),
            None => seedfile::write_atomic(&seed_path, file.render().as_bytes(), false)
                .map_err(|e| CaptureError::Write(seed_path.clone(), e)),
        };
        match result {
            Ok(()) => report.written.push(shown),
            Err(e) => {
                report.failed += 1;
                report.notes.push(format!("`{}`: {e}", entry.key));
            }
        }
    }
    Ok(report)
}

/// A bibliography's bytes as text. One that is not UTF-8 (a Latin-1 export) is an error
/// at its first byte that is not, with the line, as any file with a mistake is reported.
fn utf8(path: &Path, bytes: Vec<u8>) -> Result<String, ImportError> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            // The text before `at` is valid, so its offsets are the same in the lossy copy.
            let shown = String::from_utf8_lossy(&bytes);
            Err(ImportError::at(
                path,
                &shown,
                at,
                format!(
                    "not UTF-8 text: byte 0x{:02X} is not part of a UTF-8 character",
                    bytes[at]
                ),
                "brief reads bibliographies in UTF-8: export it again as UTF-8 (Zotero and Better BibTeX do by default), or convert it, e.g. `iconv -f latin1 -t utf-8 old.bib > new.bib`",
            ))
        }
    }
}

/// The seed of an entry, before any capture: metadata only.
pub fn seed_of(entry: &Entry, source_name: &str) -> SeedFile {
    SeedFile {
        title: entry.title.clone().unwrap_or_else(|| entry.key.clone()),
        outlet: entry
            .outlet
            .clone()
            .or_else(|| entry.url.as_deref().and_then(metadata::host))
            .unwrap_or_else(|| "Unknown outlet".to_owned()),
        authors: entry.authors.clone(),
        published: entry.published.clone(),
        modified: None,
        url: entry.url.clone(),
        language: entry.language.clone(),
        note: entry
            .year
            .filter(|_| entry.published.is_none())
            .map(|y| format!("Published {y}.")),
        captured: None,
        sha256: None,
        imported: Some(source_name.to_owned()),
        paragraphs: Vec::new(),
    }
}

/// The bibliography's metadata wins (the researcher curated it); the page fills gaps and
/// gives the text.
fn fill_from_page(file: &mut SeedFile, article: &super::Article) {
    let m = &article.meta;
    if file.authors.is_empty() {
        file.authors = m.authors.clone();
    }
    if file.published.is_none() {
        file.published = m.published.clone();
        if file.published.is_some() {
            file.note = None;
        }
    }
    if file.language.is_none() {
        file.language = m.language.clone();
    }
    file.paragraphs = article.paragraphs.clone();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csl_json_corners() {
        let text = r#"[
          {"id": "doe2024", "type": "article-newspaper", "title": "Minerals  deal",
           "container-title": "The Example Times",
           "author": [{"family": "Doe", "given": "Jane"}, {"literal": "Reuters staff"}],
           "issued": {"date-parts": [["2024", 3, 1], [2024, 4, 2]]}, "URL": "https://ex.example/a",
           "language": "en_GB"},
          {"id": 42, "title": "Season date", "issued": {"season": 1, "date-parts": [[2019]]}},
          {"id": "raw", "title": "Raw date", "issued": {"raw": "2020-05-17"}, "DOI": "10.1000/xyz"},
          {"id": "literal", "issued": {"literal": "circa 1850"}},
          {"id": "bad", "issued": {"date-parts": [[2021, 13, 40]]}, "author": "not a list"},
          "not an item"
        ]"#;
        let entries = parse(Path::new("lib.json"), text).unwrap();
        assert_eq!(entries.len(), 5);
        let e = &entries[0];
        assert_eq!(e.title.as_deref(), Some("Minerals deal"));
        assert_eq!(e.authors, vec!["Doe, Jane", "Reuters staff"]);
        assert_eq!(e.published.as_deref(), Some("2024-03-01"));
        assert_eq!(e.language.as_deref(), Some("en-GB"));
        assert_eq!(entries[1].key, "42");
        assert_eq!(
            (entries[1].published.as_deref(), entries[1].year),
            (None, Some(2019))
        );
        assert_eq!(entries[2].published.as_deref(), Some("2020-05-17"));
        assert_eq!(
            entries[2].url.as_deref(),
            Some("https://doi.org/10.1000/xyz")
        );
        assert_eq!(entries[3].year, Some(1850));
        assert_eq!(entries[4].published, None);
    }

    #[test]
    fn bibtex_entries() {
        let text = r#"@string{nyt = "The New York Times"}
@article{doe:2024/minerals,
  author = {Doe, Jane and Müller, J{\"u}rgen},
  title = {Critical {Minerals} and the Deal},
  journal = nyt,
  date = {2024-03-01/2024-03-05},
  url = {https://nyt.example/minerals},
  langid = {english},
}
@book{roe1999, author = {Richard Roe}, title = {A Book}, publisher = {Press}, year = 1999}
@online{web, title = {A page}, url = {https://blog.example/p}, year = {2021}, month = {jun}}
"#;
        let entries = parse(Path::new("lib.bib"), text).unwrap();
        assert_eq!(entries.len(), 3);
        let e = &entries[0];
        assert_eq!(e.key, "doe:2024/minerals");
        assert_eq!(e.title.as_deref(), Some("Critical Minerals and the Deal"));
        assert_eq!(e.outlet.as_deref(), Some("The New York Times"));
        assert_eq!(e.authors, vec!["Doe, Jane", "Müller, Jürgen"]);
        assert_eq!(e.published.as_deref(), Some("2024-03-01"));
        assert_eq!(e.language.as_deref(), Some("en"));
        assert_eq!(entries[1].year, Some(1999));
        assert_eq!(entries[1].outlet.as_deref(), Some("Press"));
        assert_eq!(entries[2].published.as_deref(), Some("2021-06"));
    }

    #[test]
    fn addresses_become_web_addresses_or_are_set_aside() {
        let web = |raw: &str| web_address(Some(raw.to_owned()));
        let kept = |raw: &str| (Some(raw.to_owned()), None);
        assert_eq!(web("https://ex.example/a"), kept("https://ex.example/a"));
        assert_eq!(web("HTTP://ex.example"), kept("HTTP://ex.example"));
        assert_eq!(
            web("www.example.org/a?b#c"),
            (Some("https://www.example.org/a?b#c".to_owned()), None)
        );
        assert_eq!(
            web("example.org"),
            (Some("https://example.org".to_owned()), None)
        );
        for unusable in [
            "ftp://example.org/c",
            "file:///home/me/a.pdf",
            "mailto:desk@example.org",
            "urn:isbn:0451450523",
            "C:\\papers\\a.pdf",
            "/home/me/a.pdf",
            "localhost/x",
            "a b.org",
            "see the library",
            // What the seed loader rejects (brief check would fail on the seed).
            "http://",
            "https://exa mple.com/a",
            "https://example.com:99999/x",
        ] {
            assert_eq!(
                web(unusable),
                (None, Some(unusable.to_owned())),
                "{unusable}"
            );
        }
        assert_eq!(web_address(None), (None, None));
        // Either format: a DOI stands in for an address that cannot be used.
        let bib = parse(
            Path::new("lib.bib"),
            "@article{a, title = {A}, url = {ftp://x.example/a}, doi = {10.1/x}}\n@article{b, title = {B}, url = {www.b.example/b}}",
        )
        .unwrap();
        assert_eq!(bib[0].url.as_deref(), Some("https://doi.org/10.1/x"));
        assert_eq!(bib[0].unusable_url.as_deref(), Some("ftp://x.example/a"));
        assert_eq!(bib[1].url.as_deref(), Some("https://www.b.example/b"));
        let csl = parse(
            Path::new("lib.json"),
            r#"[{"id": "c", "URL": "example.org/x"}]"#,
        )
        .unwrap();
        assert_eq!(csl[0].url.as_deref(), Some("https://example.org/x"));
    }

    #[test]
    fn doi_prefixes_are_not_doubled() {
        for doi in [
            "10.1000/xyz",
            "doi:10.1000/xyz",
            "DOI: 10.1000/xyz",
            "https://doi.org/10.1000/xyz",
            "http://dx.doi.org/10.1000/xyz",
            "HTTPS://DX.DOI.ORG/10.1000/xyz",
            "doi.org/10.1000/xyz",
        ] {
            assert_eq!(
                doi_address(doi).as_deref(),
                Some("https://doi.org/10.1000/xyz"),
                "{doi}"
            );
        }
        assert_eq!(doi_address("doi:"), None);
    }

    #[test]
    fn bibtex_formatting_commands_keep_their_argument() {
        let text = r"@article{k, title = {The \emph{Times} and \textbf{bold} $x^2$ math \url{https://x.org}},
          journal = {\textsc{Nature} \mbox{News} \textsuperscript{th} \unknown{kept} \textit{\texttt{nested}}}}
        @article{d, title = {Priced at \$5 to \$6 billion}, url = {https://x.org/a$b$c}}";
        let entries = parse(Path::new("lib.bib"), text).unwrap();
        assert_eq!(
            entries[0].title.as_deref(),
            Some("The Times and bold x^2 math https://x.org")
        );
        assert_eq!(
            entries[0].outlet.as_deref(),
            Some(r"Nature News th \unknown{kept} nested")
        );
        // An escaped dollar is a dollar, and an address is taken as written.
        assert_eq!(
            entries[1].title.as_deref(),
            Some("Priced at $5 to $6 billion")
        );
        assert_eq!(entries[1].url.as_deref(), Some("https://x.org/a$b$c"));
    }

    #[test]
    fn broken_bibtex_is_an_error_with_a_position() {
        let err = parse(Path::new("lib.bib"), "@article{x, title = {unclosed}\n").unwrap_err();
        assert!(err.0.starts_with("lib.bib:"), "{}", err.0);
    }
}

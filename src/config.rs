//! `brief.yaml`: the site's configuration.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::diagnostic::{Diagnostic, Diagnostics, Kind, Severity};
use crate::frontmatter::{self, SourceText, Split};
use crate::reference::Style;

/// The file that makes a folder a site.
pub const CONFIG_FILE: &str = "brief.yaml";

/// The keys of `brief.yaml`, as SPEC lists them; anything else is an error.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default = "default_base_url")]
    pub base_url: String,
    #[serde(default = "default_language")]
    pub language: String,
    #[serde(default)]
    pub theme: Option<String>,
    /// The text the config was read from (the editor's, in `brief lsp`): where a problem
    /// with the theme `theme:` names is placed. Not a key of the file.
    #[serde(skip)]
    pub text: std::sync::Arc<str>,
    #[serde(default = "empty_map")]
    pub extra: serde_json::Value,
    /// How each brief's Sources list formats a reference (see [`crate::reference`]).
    #[serde(default)]
    pub citation_style: Style,
    /// How many entries a listing page shows (home, sources index, sections, topics)
    /// before the rest go to `page/2/`, `page/3/` … (see [`crate::listing`]).
    #[serde(default = "default_paginate_by")]
    pub paginate_by: usize,
    /// How severe each check of claims is (README, "Checks of claims").
    #[serde(default)]
    pub checks: Checks,
}

/// Twenty cards a page: a home page of about 10 KB, and few enough pages that a reader
/// paging through a 1,000-brief site can still reach the oldest.
pub const DEFAULT_PAGINATE_BY: usize = 20;

fn default_paginate_by() -> usize {
    DEFAULT_PAGINATE_BY
}

/// `checks:` in `brief.yaml`: the severity of each check of claims.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Checks {
    /// A quoted passage not found in the seeds its sentence cites.
    #[serde(default)]
    pub quote: Level,
    /// A figure not found in the seeds (or paragraphs) its sentence cites.
    #[serde(default)]
    pub figure: Level,
    /// A sentence with a figure or a quotation and no citation.
    #[serde(default)]
    pub citation_needed: Level,
}

/// How a check reports what it finds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// A warning from `brief build`, an error from `brief check` and `build --strict`.
    #[default]
    Strict,
    /// Always an error: the build fails.
    Error,
    /// Always a warning, even from `brief check`.
    Warning,
    /// Not checked, not reported.
    Off,
}

impl Checks {
    /// Whether any check of claims is on (then a build writes `claims.json`).
    pub fn any_on(&self) -> bool {
        [self.quote, self.figure, self.citation_needed]
            .iter()
            .any(|l| *l != Level::Off)
    }

    fn level(&self, kind: Kind) -> Option<Level> {
        match kind {
            Kind::QuoteNotFound => Some(self.quote),
            Kind::FigureNotFound => Some(self.figure),
            Kind::CitationNeeded => Some(self.citation_needed),
            _ => None,
        }
    }

    /// Sets each check's diagnostics to its level; `strict` for `check` and
    /// `build --strict`.
    pub fn apply(&self, diags: &mut Diagnostics, strict: bool) {
        diags.retain(|d| self.level(d.kind) != Some(Level::Off));
        for d in diags.iter_mut() {
            match self.level(d.kind) {
                Some(Level::Error) => d.severity = Severity::Error,
                Some(Level::Warning) => d.severity = Severity::Warning,
                Some(Level::Strict) if strict => d.severity = Severity::Error,
                _ => {}
            }
        }
    }
}

fn default_base_url() -> String {
    "/".to_owned()
}

fn default_language() -> String {
    "en".to_owned()
}

fn empty_map() -> serde_json::Value {
    serde_json::Value::Object(Default::default())
}

impl SiteConfig {
    /// Parses `brief.yaml` (the whole file is YAML, no fences). `shown` is the path used in
    /// diagnostics. Every problem of the file is reported, in line order: each unknown key
    /// and each value that does not parse (through [`frontmatter::parse_all`]), and each
    /// value that parses but is not allowed (`paginate_by: 0`, `language: english`).
    pub fn parse(shown: &Path, source: &SourceText) -> Result<SiteConfig, Vec<Diagnostic>> {
        let text = &source.text;
        let split = Split {
            yaml: text,
            yaml_line: 1,
            body: "",
            body_offset: text.len(),
            present: true,
        };
        if text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            return Err(vec![
                Diagnostic::error(shown, "brief.yaml is empty")
                    .with_help("it needs at least `title: \"…\"`"),
            ]);
        }
        // The file is parsed once, as plain YAML: its values are checked (below) and the
        // config is read from them. Only when they do not read as the config's types (an
        // unknown key, a value of the wrong type, or a scalar YAML reads otherwise, such
        // as `off` for a level) is the text parsed again by type, which reads such a
        // scalar as the type wants and places each error at its line.
        parse_count::add();
        let value = serde_saphyr::from_str::<serde_json::Value>(text)
            .ok()
            .filter(serde_json::Value::is_object);
        let typed = value
            .as_ref()
            .and_then(|value| SiteConfig::deserialize(value).ok());
        let parsed = match typed {
            Some(config) => Ok(config),
            None => {
                parse_count::add();
                frontmatter::parse_all::<SiteConfig>(shown, text, &split).map_err(|errors| {
                    errors
                        .into_iter()
                        .map(suggestion_as_help)
                        .collect::<Vec<_>>()
                })
            }
        };
        // The values are checked even when others did not parse: read as plain YAML, so
        // one mistake does not hide the next. A key whose line already has an error is
        // left to that error.
        let mut errors = parsed.as_ref().err().cloned().unwrap_or_default();
        if let Some(serde_json::Value::Object(values)) = &value {
            let reported: Vec<usize> = errors.iter().map(|d| d.line).collect();
            errors.extend(
                check_values(shown, text, values)
                    .into_iter()
                    .filter(|d| !reported.contains(&d.line)),
            );
        }
        match parsed {
            Ok(mut config) if errors.is_empty() => {
                // Valid: `check_values` found nothing wrong with it.
                if let Ok(url) = check_base_url(&config.base_url) {
                    config.base_url = url;
                }
                config.text = text.as_str().into();
                Ok(config)
            }
            _ => {
                errors.sort_by_key(|d| (d.line, d.col));
                Err(errors)
            }
        }
    }
}

/// An unknown `citation_style` carries its suggestion in the message (the style
/// crate's error text): moved into the help, where every other suggestion is.
fn suggestion_as_help(mut d: Diagnostic) -> Diagnostic {
    if let Some((message, help)) = d.message.split_once("; did you mean")
        && message.contains("unknown citation style")
    {
        d.help = Some(format!("did you mean{help}").into());
        d.message = message.to_owned();
    }
    d
}

/// How many times [`SiteConfig::parse`] has handed the text of `brief.yaml` to the YAML
/// parser on this thread (tests only: nothing is counted otherwise).
mod parse_count {
    #[cfg(test)]
    thread_local! {
        static PARSES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    #[cfg(test)]
    pub fn add() {
        PARSES.with(|p| p.set(p.get() + 1));
    }

    #[cfg(not(test))]
    pub fn add() {}

    #[cfg(test)]
    pub fn take() -> usize {
        PARSES.with(|p| p.replace(0))
    }
}

/// The problems of the values of brief.yaml that YAML and the keys' types allow but the
/// site does not: an empty `title`, an `extra` that is no map, `paginate_by: 0`, a
/// `base_url` or `language` of the wrong shape. `values` is the file read as plain YAML.
fn check_values(
    shown: &Path,
    text: &str,
    values: &serde_json::Map<String, serde_json::Value>,
) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    let at_key = |key: &str, message: &str| {
        Diagnostic::error(shown, message).at(text, key_offset(text, key).unwrap_or(0))
    };
    let at_value = |key: &str, message: String| {
        Diagnostic::error(shown, message).at(text, value_offset(text, key))
    };
    if values.get("extra").is_some_and(|v| !v.is_object()) {
        errors.push(at_key("extra", "`extra` must be a map of keys to values"));
    }
    if let Some(serde_json::Value::String(title)) = values.get("title")
        && title.trim().is_empty()
    {
        errors.push(at_key("title", "`title` is empty"));
    }
    if values
        .get("paginate_by")
        .and_then(serde_json::Value::as_u64)
        == Some(0)
    {
        errors.push(
            at_key("paginate_by", "`paginate_by` must be at least 1").with_help(format!(
                "the default is {DEFAULT_PAGINATE_BY}; remove the key to use it"
            )),
        );
    }
    if let Some(serde_json::Value::String(url)) = values.get("base_url")
        && let Err((message, help)) = check_base_url(url)
    {
        errors.push(at_value("base_url", message).with_help(help));
    }
    if let Some(serde_json::Value::String(language)) = values.get("language")
        && let Err((message, help)) = check_language(language)
    {
        errors.push(at_value("language", message).with_help(help));
    }
    errors
}

/// The byte offset of the line of top-level `key:` in `text`: a line that starts with
/// the key, so neither a comment (`# paginate_by: …`) nor another key's value that
/// mentions it is taken for it.
fn key_offset(text: &str, key: &str) -> Option<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line
            .strip_prefix(key)
            .is_some_and(|rest| rest.trim_start_matches([' ', '\t']).starts_with(':'))
        {
            return Some(offset);
        }
        offset += line.len();
    }
    None
}

/// The byte offset of the value of top-level `key:` in `text` (0 when not found).
fn value_offset(text: &str, key: &str) -> usize {
    frontmatter::key_value_offset(text, key).unwrap_or(0)
}

/// Validates a `base_url` (from brief.yaml or `--base-url`): `/`, a path such as
/// `/briefing/`, or an `http(s)` URL with no query or fragment. Returns it with a
/// trailing slash, or the message and help of what is wrong.
pub fn check_base_url(url: &str) -> Result<String, (String, String)> {
    const HELP: &str = "use `/`, a path such as `/briefing/`, or a full address such as `https://example.org/briefing/`";
    let url = url.trim();
    let bad = |why: &str| Err((format!("`base_url` {why}: `{url}`"), HELP.to_owned()));
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return bad("must not contain spaces");
    }
    if url.contains('?') || url.contains('#') {
        return bad("must not have a query (`?`) or fragment (`#`)");
    }
    let lower = url.to_ascii_lowercase();
    if let Some(rest) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    {
        let host = rest.split('/').next().unwrap_or("");
        if host.is_empty() {
            return bad("has no host name");
        }
    } else if !url.starts_with('/') || url.starts_with("//") {
        return bad("must be `/`, a path starting with `/`, or an http(s) address");
    }
    let mut url = url.to_owned();
    if !url.ends_with('/') {
        url.push('/');
    }
    Ok(url)
}

/// Common language names people write instead of a tag.
const LANGUAGE_NAMES: &[(&str, &str)] = &[
    ("arabic", "ar"),
    ("chinese", "zh"),
    ("dutch", "nl"),
    ("english", "en"),
    ("french", "fr"),
    ("german", "de"),
    ("greek", "el"),
    ("hindi", "hi"),
    ("italian", "it"),
    ("japanese", "ja"),
    ("korean", "ko"),
    ("polish", "pl"),
    ("portuguese", "pt"),
    ("russian", "ru"),
    ("spanish", "es"),
    ("swedish", "sv"),
    ("turkish", "tr"),
    ("ukrainian", "uk"),
];

/// Checks that `language` is a well-formed BCP 47 tag of the usual shape: a 2–3 letter
/// language (or `x-`/`i-` private and grandfathered tags), then subtags of 1–8 letters
/// and digits. `english` is refused with the tag it means.
pub fn check_language(language: &str) -> Result<(), (String, String)> {
    let mut parts = language.split('-');
    let first = parts.next().unwrap_or("");
    let first_ok = (2..=3).contains(&first.len()) && first.chars().all(|c| c.is_ascii_alphabetic())
        || first.eq_ignore_ascii_case("x")
        || first.eq_ignore_ascii_case("i");
    let rest_ok =
        parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if first_ok && rest_ok && !first.is_empty() {
        return Ok(());
    }
    let lower = language.trim().to_ascii_lowercase();
    let help = match LANGUAGE_NAMES.iter().find(|(name, _)| *name == lower) {
        Some((_, tag)) => format!("did you mean `{tag}`?"),
        None => "use a BCP 47 language tag such as `en`, `en-GB`, `fr` or `pt-BR`".to_owned(),
    };
    Err((format!("`{language}` is not a BCP 47 language tag"), help))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The config, or its first error.
    fn parse(text: &str) -> Result<SiteConfig, Diagnostic> {
        errors(text).map_err(|mut e| e.remove(0))
    }

    fn errors(text: &str) -> Result<SiteConfig, Vec<Diagnostic>> {
        SiteConfig::parse(Path::new("brief.yaml"), &SourceText { text: text.into() })
    }

    /// `brief.yaml` as it was read before it was parsed once: by type, then again as
    /// plain YAML for the checks of its values. Kept to show the one parse reads every
    /// file alike.
    fn parse_twice(shown: &Path, text: &str) -> Result<SiteConfig, Vec<Diagnostic>> {
        let split = Split {
            yaml: text,
            yaml_line: 1,
            body: "",
            body_offset: text.len(),
            present: true,
        };
        if text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            return Err(vec![
                Diagnostic::error(shown, "brief.yaml is empty")
                    .with_help("it needs at least `title: \"…\"`"),
            ]);
        }
        let parsed = frontmatter::parse_all::<SiteConfig>(shown, text, &split).map_err(|errors| {
            errors
                .into_iter()
                .map(suggestion_as_help)
                .collect::<Vec<_>>()
        });
        let mut errors = parsed.as_ref().err().cloned().unwrap_or_default();
        if let Ok(serde_json::Value::Object(values)) =
            serde_saphyr::from_str::<serde_json::Value>(text)
        {
            let reported: Vec<usize> = errors.iter().map(|d| d.line).collect();
            errors.extend(
                check_values(shown, text, &values)
                    .into_iter()
                    .filter(|d| !reported.contains(&d.line)),
            );
        }
        match parsed {
            Ok(mut config) if errors.is_empty() => {
                if let Ok(url) = check_base_url(&config.base_url) {
                    config.base_url = url;
                }
                config.text = text.into();
                Ok(config)
            }
            _ => {
                errors.sort_by_key(|d| (d.line, d.col));
                Err(errors)
            }
        }
    }

    /// A valid `brief.yaml` is parsed once (it was twice: by type, then as plain YAML
    /// for the checks of its values), and every file reads as it did: the same config,
    /// or the same errors, each at the same line and column with the same help.
    #[test]
    fn brief_yaml_is_parsed_once_and_reads_as_before() {
        let flagship = include_str!("../brief.yaml");
        parse_count::take();
        parse(flagship).unwrap();
        assert_eq!(parse_count::take(), 1);
        let texts = [
            flagship,
            "title: T\n",
            "title: T\nbase_url: https://example.org/sub\nlanguage: en-GB\ntheme: t\n",
            "title: T\ndescription: D\nextra: {a: 1, b: [x, yes]}\ncitation_style: apa\n",
            "title: T\npaginate_by: 0x10\ndescription:\ntheme: null\n",
            "title: T\nchecks:\n  quote: off\n  figure: error\n",
            "title: 123\n",
            "title: yes\n",
            "title: T\nlanguage: 12\n",
            "title: T\nbase_url: 1\n",
            "title: T\npaginate_by: \"20\"\n",
            "title: T\ndescription: 1.5\n",
            "title: T\n<<: {description: D}\n",
            "title: T\ntitle: U\n",
            "title: T\nextra: &a {k: 1}\nx: *a\n",
            "title: T\nbase_url: ~\n",
            "title: \"\"\nextra: 3\npaginate_by: 0\nbase_url: ftp://x\nlanguage: english\n",
            "titel: T\nbase_ulr: /x/\n",
            "title: T\ncitation_style: ieeee\nlanguage: english\n",
            "title: T\nchecks:\n  figures: off\n",
            "title: T\nchecks:\n  quote: loud\n",
            "title: [T\n",
            "- title\n",
            "# nothing\n\n",
            "",
        ];
        let shown = Path::new("brief.yaml");
        let said = |r: Result<SiteConfig, Vec<Diagnostic>>| match r {
            Ok(config) => format!("{config:?}"),
            Err(errors) => errors
                .iter()
                .map(|d| format!("{}:{} {d}", d.line, d.col))
                .collect::<Vec<_>>()
                .join("\n"),
        };
        for text in texts {
            let source = SourceText { text: text.into() };
            let once = said(SiteConfig::parse(shown, &source));
            assert_eq!(once, said(parse_twice(shown, text)), "{text:?}");
        }
    }

    #[test]
    fn defaults_apply() {
        let c = parse("title: T\n").unwrap();
        assert_eq!(c.base_url, "/");
        assert_eq!(c.language, "en");
        assert!(c.extra.as_object().unwrap().is_empty());
    }

    #[test]
    fn unknown_key_names_key_and_line() {
        let err = parse("title: T\nbase_ulr: /x/\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("base_ulr"));
        assert_eq!(err.help.as_deref(), Some("did you mean `base_url`?"));
    }

    #[test]
    fn citation_style_defaults_to_chicago_and_unknown_styles_are_located() {
        assert_eq!(
            parse("title: T\n").unwrap().citation_style,
            Style::ChicagoAuthorDate
        );
        assert_eq!(
            parse("title: T\ncitation_style: apa\n")
                .unwrap()
                .citation_style,
            Style::Apa
        );
        let err = parse("title: T\ncitation_style: ieeee\n").unwrap_err();
        assert_eq!((err.line, err.col), (2, 17));
        assert!(
            err.message
                .contains("`chicago-author-date`, `apa`, `mla`, `ieee`")
        );
        assert_eq!(err.help.as_deref(), Some("did you mean `ieee`?"));
    }

    #[test]
    fn checks_take_a_level_each_and_reject_typos() {
        let c = parse("title: T\nchecks:\n  figure: off\n  citation-needed: error\n").unwrap();
        assert_eq!(c.checks.figure, Level::Off);
        assert_eq!(c.checks.citation_needed, Level::Error);
        assert_eq!(c.checks.quote, Level::Strict);
        let err = parse("title: T\nchecks:\n  figures: off\n").unwrap_err();
        assert!(err.message.contains("figures"), "{}", err.message);
        assert!(parse("title: T\nchecks:\n  quote: loud\n").is_err());
    }

    #[test]
    fn levels_set_severity() {
        let warn = |kind| Diagnostic::warning("a.md", "x").with_kind(kind);
        let mut diags = Diagnostics::new();
        diags.push(warn(Kind::QuoteNotFound));
        diags.push(warn(Kind::FigureNotFound));
        diags.push(warn(Kind::CitationNeeded));
        diags.push(warn(Kind::General));
        let checks = Checks {
            quote: Level::Warning,
            figure: Level::Off,
            citation_needed: Level::Strict,
        };
        let mut strict = diags.clone();
        checks.apply(&mut strict, true);
        let kinds: Vec<(Kind, bool)> = strict.iter().map(|d| (d.kind, d.is_error())).collect();
        assert_eq!(
            kinds,
            vec![
                (Kind::QuoteNotFound, false),
                (Kind::CitationNeeded, true),
                (Kind::General, false)
            ]
        );
        checks.apply(&mut diags, false);
        assert!(!diags.has_errors());
    }

    #[test]
    fn base_url_is_validated_at_its_line() {
        for good in ["/", "/briefing", "https://x.org", "http://x.org/a/b/"] {
            assert!(check_base_url(good).is_ok(), "{good}");
        }
        for bad in [
            "example.org",
            "https://",
            "https://x.org/?a=1",
            "/a#b",
            "ftp://x.org/",
            "//x.org/",
            "/a b/",
        ] {
            assert!(check_base_url(bad).is_err(), "{bad}");
        }
        let err = parse("title: T\nbase_url: example.org/briefing\n").unwrap_err();
        assert_eq!((err.line, err.col), (2, 11));
        assert!(err.help.unwrap().contains("https://example.org/briefing/"));
    }

    #[test]
    fn language_must_be_a_bcp47_tag() {
        for good in ["en", "en-GB", "pt-BR", "zh-Hant-TW", "x-klingon"] {
            assert!(check_language(good).is_ok(), "{good}");
        }
        let err = parse("title: T\nlanguage: english\n").unwrap_err();
        assert_eq!((err.line, err.col), (2, 11));
        assert!(err.message.contains("not a BCP 47 language tag"));
        assert_eq!(err.help.as_deref(), Some("did you mean `en`?"));
        assert!(parse("title: T\nlanguage: en_US\n").is_err());
    }

    #[test]
    fn chicago_suggests_chicago_author_date() {
        let err = parse("title: T\ncitation_style: chicago\n").unwrap_err();
        assert_eq!(
            err.help.as_deref(),
            Some("did you mean `chicago-author-date`?")
        );
    }

    /// Every mistake of brief.yaml in one run, in line order: values that do not parse
    /// and values that parse but are not allowed alike (only the first was reported).
    #[test]
    fn every_error_is_reported_at_once() {
        let all = errors(
            "title: T\nlanguage: english\nbase_url: x.org\npaginate_by: 0\ncitation_style: chicago\n",
        )
        .unwrap_err();
        let found: Vec<(usize, usize, &str)> = all
            .iter()
            .map(|d| (d.line, d.col, d.message.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (2, 11, "`english` is not a BCP 47 language tag"),
                (
                    3,
                    11,
                    "`base_url` must be `/`, a path starting with `/`, or an http(s) address: `x.org`"
                ),
                (4, 1, "`paginate_by` must be at least 1"),
                (
                    5,
                    17,
                    "unknown citation style `chicago`: the supported styles are `chicago-author-date`, `apa`, `mla`, `ieee`"
                ),
            ]
        );
        let unknown = errors("title: T\nbase_ulr: /\nlangauge: en\n").unwrap_err();
        let found: Vec<(usize, Option<&str>)> = unknown
            .iter()
            .map(|d| (d.line, d.help.as_deref()))
            .collect();
        assert_eq!(
            found,
            [
                (2, Some("did you mean `base_url`?")),
                (3, Some("did you mean `language`?"))
            ]
        );
    }

    /// A key's error points at the key's own line, not at a comment or another value
    /// that mentions it.
    #[test]
    fn errors_point_at_the_key_not_a_comment() {
        let err = parse(
            "# paginate_by: 10 is the usual\ntitle: \"paginate_by and title\"\npaginate_by: 0\n",
        )
        .unwrap_err();
        assert_eq!((err.line, err.col), (3, 1));
        let err = parse("# title: is required\nextra: 5\ntitle: \" \"\n").unwrap_err();
        assert_eq!((err.line, err.col), (2, 1));
        assert_eq!(err.message, "`extra` must be a map of keys to values");
    }

    #[test]
    fn base_url_gets_a_trailing_slash() {
        assert_eq!(
            parse("title: T\nbase_url: https://x.org/b\n")
                .unwrap()
                .base_url,
            "https://x.org/b/"
        );
    }
}

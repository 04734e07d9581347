//! `brief.yaml`: the site's configuration.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
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
    #[serde(default = "empty_map")]
    pub extra: serde_json::Value,
    /// How each brief's Sources list formats a reference (see [`crate::reference`]).
    #[serde(default)]
    pub citation_style: Style,
    /// How many entries a listing page shows (home, sources index, sections, topics)
    /// before the rest go to `page/2/`, `page/3/` … (see [`crate::listing`]).
    #[serde(default = "default_paginate_by")]
    pub paginate_by: usize,
}

/// Twenty cards a page: a home page of about 10 KB, and few enough pages that a reader
/// paging through a 1,000-brief site can still reach the oldest.
pub const DEFAULT_PAGINATE_BY: usize = 20;

fn default_paginate_by() -> usize {
    DEFAULT_PAGINATE_BY
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
    /// diagnostics.
    pub fn parse(shown: &Path, source: &SourceText) -> Result<SiteConfig, Diagnostic> {
        let text = &source.text;
        let split = Split {
            yaml: text,
            yaml_line: 1,
            body: "",
            body_offset: text.len(),
            present: true,
        };
        if text.trim().is_empty() {
            return Err(Diagnostic::error(shown, "brief.yaml is empty")
                .with_help("it needs at least `title: \"…\"`"));
        }
        let mut config: SiteConfig = serde_saphyr::from_str(text).map_err(|err| {
            let mut d = frontmatter::yaml_error(shown, text, &split, &err);
            // An unknown `citation_style` carries its suggestion in the message.
            if let Some((message, help)) = d.message.split_once("; did you mean")
                && message.contains("unknown citation style")
            {
                d.help = Some(format!("did you mean{help}"));
                d.message = message.to_owned();
            }
            d
        })?;
        if !config.extra.is_object() {
            let at = text.find("extra").unwrap_or(0);
            return Err(
                Diagnostic::error(shown, "`extra` must be a map of keys to values").at(text, at),
            );
        }
        if config.title.trim().is_empty() {
            let at = text.find("title").unwrap_or(0);
            return Err(Diagnostic::error(shown, "`title` is empty").at(text, at));
        }
        if config.paginate_by == 0 {
            let at = text.find("paginate_by").unwrap_or(0);
            return Err(Diagnostic::error(shown, "`paginate_by` must be at least 1")
                .at(text, at)
                .with_help(format!(
                    "the default is {DEFAULT_PAGINATE_BY}; remove the key to use it"
                )));
        }
        if !config.base_url.ends_with('/') {
            config.base_url.push('/');
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<SiteConfig, Diagnostic> {
        SiteConfig::parse(Path::new("brief.yaml"), &SourceText { text: text.into() })
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
    fn base_url_gets_a_trailing_slash() {
        assert_eq!(
            parse("title: T\nbase_url: https://x.org/b\n")
                .unwrap()
                .base_url,
            "https://x.org/b/"
        );
    }
}

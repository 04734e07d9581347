//! Syntax highlighting of fenced code blocks, with CSS classes (one stylesheet for the
//! whole site, light and dark) rather than inline colours, so themes can restyle it.

use std::sync::LazyLock;

use syntect::highlighting::ThemeSet;
use syntect::html::{ClassStyle, ClassedHTMLGenerator, css_for_theme_with_class_style};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

/// Loaded once per process: building the syntax set is the expensive part.
static SYNTAXES: LazyLock<SyntaxSet> = LazyLock::new(SyntaxSet::load_defaults_newlines);

const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

/// The `<pre>` for a fenced block in language `lang` (empty when none was given).
pub fn code_block(lang: &str, code: &str) -> String {
    let lang = lang.split([' ', ',', '{']).next().unwrap_or("").trim();
    let syntax = (!lang.is_empty())
        .then(|| SYNTAXES.find_syntax_by_token(lang))
        .flatten();
    let lang_class = if lang.is_empty() {
        String::new()
    } else {
        format!(" data-lang=\"{}\"", crate::escape::html(lang))
    };
    let Some(syntax) = syntax else {
        return format!(
            "<pre class=\"code\"{lang_class}><code>{}</code></pre>\n",
            crate::escape::html(code)
        );
    };
    let mut generator = ClassedHTMLGenerator::new_with_class_style(syntax, &SYNTAXES, CLASS_STYLE);
    for line in LinesWithEndings::from(code) {
        if generator
            .parse_html_for_line_which_includes_newline(line)
            .is_err()
        {
            return format!(
                "<pre class=\"code\"{lang_class}><code>{}</code></pre>\n",
                crate::escape::html(code)
            );
        }
    }
    format!(
        "<pre class=\"code\"{lang_class}><code>{}</code></pre>\n",
        generator.finalize()
    )
}

/// The stylesheet for highlighted code: a light theme, and a dark one under
/// `prefers-color-scheme: dark`.
pub fn stylesheet() -> String {
    let themes = ThemeSet::load_defaults();
    let light = themes
        .themes
        .get("InspiredGitHub")
        .and_then(|t| css_for_theme_with_class_style(t, CLASS_STYLE).ok());
    let dark = themes
        .themes
        .get("base16-ocean.dark")
        .and_then(|t| css_for_theme_with_class_style(t, CLASS_STYLE).ok());
    let mut css = String::from("/* Syntax highlighting, written by brief. */\n");
    css.push_str(&light.unwrap_or_default());
    css.push_str("\n@media (prefers-color-scheme: dark) {\n");
    css.push_str(&dark.unwrap_or_default());
    css.push_str("}\n");
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_known_languages_with_classes() {
        let html = code_block("rust", "fn main() {}\n");
        assert!(html.contains("class=\"hl-"), "{html}");
        assert!(html.starts_with("<pre class=\"code\" data-lang=\"rust\">"));
    }

    #[test]
    fn unknown_language_is_escaped_plain() {
        let html = code_block("nosuchlang", "<b>&</b>");
        assert!(html.contains("&lt;b&gt;&amp;&lt;/b&gt;"));
    }
}

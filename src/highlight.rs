//! Syntax highlighting of fenced code blocks, with CSS classes (one stylesheet for the
//! whole site, light and dark) rather than inline colours, so themes can restyle it.
//!
//! Parsing is most of the cost (syntect runs a regex search per token), and code blocks
//! repeat lines: imports, braces, `return None;`, a struct's derive line. So the parse of
//! each line is memoised, keyed by the line and the parser's state before it; the state
//! after the line comes from the cache too. The output is the same as parsing every
//! line, whatever hits, so pages stay byte-identical across runs and threads.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::LazyLock;

use syntect::highlighting::ThemeSet;
use syntect::html::{ClassStyle, css_for_theme_with_class_style, line_tokens_to_classed_spans};
use syntect::parsing::{ParseState, ScopeStack, ScopeStackOp, SyntaxReference, SyntaxSet};
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
    let highlighted =
        syntax.and_then(|syntax| crate::timing::HIGHLIGHT.time(|| classed_html(syntax, code)));
    let body = match highlighted {
        Some(html) => html,
        None => crate::escape::html(code),
    };
    format!("<pre class=\"code\"{lang_class}><code>{body}</code></pre>\n")
}

/// `code` as HTML spans with `hl-` classes, as syntect's `ClassedHTMLGenerator` writes
/// it, or `None` if syntect fails on it.
fn classed_html(syntax: &SyntaxReference, code: &str) -> Option<String> {
    LINES.with_borrow_mut(|cache| {
        if cache.entries >= LINE_CACHE_LIMIT {
            *cache = LineCache::default();
        }
        let mut state = cache.intern(ParseState::new(syntax));
        let mut scopes = ScopeStack::new();
        let mut open_spans = 0isize;
        let mut html = String::with_capacity(code.len() * 8);
        for line in LinesWithEndings::from(code) {
            let parsed = cache.parse(state, line)?;
            let (spans, delta) =
                line_tokens_to_classed_spans(line, &parsed.ops, CLASS_STYLE, &mut scopes).ok()?;
            open_spans += delta;
            html.push_str(&spans);
            state = parsed.after;
        }
        for _ in 0..open_spans {
            html.push_str("</span>");
        }
        Some(html)
    })
}

/// A parser state, by its index in [`LineCache::states`].
type StateId = usize;

/// One line's parse: syntect's scope operations, and the parser state after the line.
struct ParsedLine {
    ops: Vec<(usize, ScopeStackOp)>,
    after: StateId,
}

/// Memoised line parses, one cache per thread: a `ParseState` holds regex match
/// regions that cannot leave their thread. Each distinct parser state is stored once
/// and named by its index, so a hit costs a hash of the line and no comparison of
/// states; a state is looked up (by its `Debug` text, then `==`) only after a miss.
#[derive(Default)]
struct LineCache {
    /// Every distinct parser state seen.
    states: Vec<ParseState>,
    /// Indexes into `states`, by the state's `Debug` text (`ParseState` has no `Hash`).
    by_text: HashMap<String, Vec<StateId>>,
    /// Parses by line, then by the state before it.
    lines: HashMap<String, Vec<(StateId, Rc<ParsedLine>)>>,
    /// How many parses `lines` holds.
    entries: usize,
}

/// Enough for the distinct lines of a large site; past it the cache starts afresh, so a
/// long `serve` session cannot grow it without bound.
const LINE_CACHE_LIMIT: usize = 50_000;

thread_local! {
    static LINES: RefCell<LineCache> = RefCell::default();
}

impl LineCache {
    /// The index of `state`, added if it is new.
    fn intern(&mut self, state: ParseState) -> StateId {
        let ids = self.by_text.entry(format!("{state:?}")).or_default();
        if let Some(&id) = ids.iter().find(|&&id| self.states[id] == state) {
            return id;
        }
        let id = self.states.len();
        self.states.push(state);
        ids.push(id);
        id
    }

    /// The parse of `line` from state `before`; `None` if syntect fails on it.
    fn parse(&mut self, before: StateId, line: &str) -> Option<Rc<ParsedLine>> {
        if let Some((_, found)) = self
            .lines
            .get(line)
            .and_then(|parses| parses.iter().find(|(s, _)| *s == before))
        {
            return Some(Rc::clone(found));
        }
        let mut state = self.states[before].clone();
        let ops = state.parse_line(line, &SYNTAXES).ok()?;
        let parsed = Rc::new(ParsedLine {
            ops,
            after: self.intern(state),
        });
        self.lines
            .entry(line.to_owned())
            .or_default()
            .push((before, Rc::clone(&parsed)));
        self.entries += 1;
        Some(parsed)
    }
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
    fn cached_lines_give_what_syntect_gives() {
        let code = "use std::fmt;\n\nfn main() {\n    let s = \"a {\";\n    /* open\n}\n*/ }\n";
        let syntax = SYNTAXES.find_syntax_by_token("rust").unwrap();
        let mut expected = syntect::html::ClassedHTMLGenerator::new_with_class_style(
            syntax,
            &SYNTAXES,
            CLASS_STYLE,
        );
        for line in LinesWithEndings::from(code) {
            expected
                .parse_html_for_line_which_includes_newline(line)
                .unwrap();
        }
        let expected = expected.finalize();
        // Twice: the first parse fills the cache, the second reads it.
        assert_eq!(
            classed_html(syntax, code).as_deref(),
            Some(expected.as_str())
        );
        assert_eq!(
            classed_html(syntax, code).as_deref(),
            Some(expected.as_str())
        );
        // The same line in another parser state (inside the comment) is parsed anew.
        let shifted = "/*\nfn main() {\n*/\n";
        let mut expected = syntect::html::ClassedHTMLGenerator::new_with_class_style(
            syntax,
            &SYNTAXES,
            CLASS_STYLE,
        );
        for line in LinesWithEndings::from(shifted) {
            expected
                .parse_html_for_line_which_includes_newline(line)
                .unwrap();
        }
        assert_eq!(classed_html(syntax, shifted), Some(expected.finalize()));
    }

    #[test]
    fn unknown_language_is_escaped_plain() {
        let html = code_block("nosuchlang", "<b>&</b>");
        assert!(html.contains("&lt;b&gt;&amp;&lt;/b&gt;"));
    }
}

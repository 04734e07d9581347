//! Syntax highlighting of fenced code blocks, with CSS classes (one stylesheet for the
//! whole site, light and dark) rather than inline colours, so themes can restyle it.
//!
//! Parsing is most of the cost (syntect runs a regex search per token), and code blocks
//! repeat lines: imports, braces, `return None;`, a struct's derive line. So the parse of
//! each line is memoised, keyed by the line and the parser's state before it; the state
//! after the line comes from the cache too. The output is the same as parsing every
//! line, whatever hits, so pages stay byte-identical across runs and threads.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use syntect::highlighting::{Color, Theme, ThemeSet};
use syntect::html::{ClassStyle, css_for_theme_with_class_style, line_tokens_to_classed_spans};
use syntect::parsing::{ParseState, ScopeStack, ScopeStackOp, SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

/// Loaded once per process: building the syntax set is the expensive part.
static SYNTAXES: LazyLock<SyntaxSet> = LazyLock::new(SyntaxSet::load_defaults_newlines);

const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

thread_local! {
    /// Whether code blocks are written unhighlighted on this thread ([`unhighlighted`]).
    static PLAIN: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` with the code blocks it renders on this thread written as escaped text, not
/// highlighted: for a rendering whose HTML is thrown away (`brief serve` resolves every
/// brief for its diagnostics, and renders the pages later, from fresh resolutions).
/// Highlighting reports nothing, and a code block's text reaches nothing but its HTML
/// (not the plain text, word count or claims blocks), so all else is the same.
pub fn unhighlighted<T>(f: impl FnOnce() -> T) -> T {
    crate::switch::turned_on(&PLAIN, f)
}

/// The `<pre>` for a fenced block in language `lang` (empty when none was given).
pub fn code_block(lang: &str, code: &str) -> String {
    let lang = lang.split([' ', ',', '{']).next().unwrap_or("").trim();
    let syntax = (!lang.is_empty() && !PLAIN.get())
        .then(|| syntax_for(lang))
        .flatten();
    // Highlighted code is about eight times as long as the code; sized once, and the
    // body written straight into it rather than into a String of its own.
    let mut html = String::with_capacity(code.len() * 8 + lang.len() + 80);
    // Focusable, so that a block wider than the screen can be scrolled from the keyboard
    // (WCAG 2.1.1); the theme gives it the focus outline every control has.
    html.push_str("<pre class=\"code\"");
    if !lang.is_empty() {
        html.push_str(" data-lang=\"");
        crate::escape::html_into(lang, &mut html);
        html.push('"');
    }
    html.push_str(" tabindex=\"0\"><code>");
    let body_start = html.len();
    let highlighted = syntax.is_some_and(|syntax| {
        crate::timing::HIGHLIGHT.time(|| classed_html_into(syntax, code, &mut html))
    });
    if !highlighted {
        html.truncate(body_start);
        crate::escape::html_into(code, &mut html);
    }
    html.push_str("</code></pre>\n");
    html
}

/// The syntax for a fence's language token, as [`SyntaxSet::find_syntax_by_token`]
/// finds it (a scan of every syntax's extensions, then names), remembered per thread:
/// a site uses few languages, in many blocks.
fn syntax_for(lang: &str) -> Option<&'static SyntaxReference> {
    thread_local! {
        static FOUND: RefCell<FxHashMap<String, Option<&'static SyntaxReference>>> =
            RefCell::default();
    }
    FOUND.with_borrow_mut(|found| {
        if let Some(&syntax) = found.get(lang) {
            return syntax;
        }
        // Languages are the site's own text; a site naming thousands starts afresh.
        if found.len() >= 1024 {
            found.clear();
        }
        let syntaxes: &'static SyntaxSet = &SYNTAXES;
        let syntax = syntaxes.find_syntax_by_token(lang);
        found.insert(lang.to_owned(), syntax);
        syntax
    })
}

/// `code` as HTML spans with `hl-` classes, as syntect's `ClassedHTMLGenerator` writes
/// it, or `None` if syntect fails on it.
#[cfg(test)]
fn classed_html(syntax: &SyntaxReference, code: &str) -> Option<String> {
    let mut html = String::new();
    classed_html_into(syntax, code, &mut html).then_some(html)
}

/// Appends `code` as HTML spans with `hl-` classes to `html`, as syntect's
/// `ClassedHTMLGenerator` writes it; `false` if syntect fails on it (`html` then holds
/// part of it, for the caller to cut off).
fn classed_html_into(syntax: &SyntaxReference, code: &str, html: &mut String) -> bool {
    LINES.with_borrow_mut(|cache| {
        if cache.entries >= LINE_CACHE_LIMIT {
            *cache = LineCache::default();
        }
        let mut state = cache.start(syntax);
        let mut scopes = ScopeStack::new();
        let mut open_spans = 0isize;
        for line in LinesWithEndings::from(code) {
            let Some(parsed) = cache.parse(state, line) else {
                return false;
            };
            match &parsed.spans {
                Some((spans, delta)) => {
                    // The spans do not depend on the scope stack; later lines' may.
                    for (_, op) in &parsed.ops {
                        if scopes.apply(op).is_err() {
                            return false;
                        }
                    }
                    open_spans += delta;
                    html.push_str(spans);
                }
                None => {
                    let Ok((spans, delta)) =
                        line_tokens_to_classed_spans(line, &parsed.ops, CLASS_STYLE, &mut scopes)
                    else {
                        return false;
                    };
                    open_spans += delta;
                    html.push_str(&spans);
                }
            }
            state = parsed.after;
        }
        for _ in 0..open_spans {
            html.push_str("</span>");
        }
        true
    })
}

/// A parser state, by its index in [`LineCache::states`].
type StateId = usize;

/// One line's parse: syntect's scope operations, and the parser state after the line.
struct ParsedLine {
    ops: Vec<(usize, ScopeStackOp)>,
    after: StateId,
    /// The line's HTML and how many spans it leaves open, when its operations only push
    /// and pop scopes: that HTML is then the same whatever the scope stack before it
    /// (only clearing and restoring scopes reads the stack), so it is written once.
    spans: Option<(String, isize)>,
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
    /// Fx, not SipHash: the keys are the site's own text, and a lookup per line is hot.
    by_text: FxHashMap<String, Vec<StateId>>,
    /// Parses by line, then by the state before it.
    lines: FxHashMap<String, Vec<(StateId, Rc<ParsedLine>)>>,
    /// How many parses `lines` holds.
    entries: usize,
    /// The state each syntax starts in, by the syntax's address in [`SYNTAXES`]: a code
    /// block's first state is then found without building it and formatting it.
    starts: FxHashMap<usize, StateId>,
}

/// Enough for the distinct lines of a large site; past it the cache starts afresh, so a
/// long `serve` session cannot grow it without bound.
const LINE_CACHE_LIMIT: usize = 50_000;

thread_local! {
    static LINES: RefCell<LineCache> = RefCell::default();
}

impl LineCache {
    /// The index of the state `syntax` starts in.
    fn start(&mut self, syntax: &SyntaxReference) -> StateId {
        let key = std::ptr::from_ref(syntax).addr();
        if let Some(&id) = self.starts.get(&key) {
            return id;
        }
        let id = self.intern(ParseState::new(syntax));
        self.starts.insert(key, id);
        id
    }

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
        let stackless = ops.iter().all(|(_, op)| {
            matches!(
                op,
                ScopeStackOp::Push(_) | ScopeStackOp::Pop(_) | ScopeStackOp::Noop
            )
        });
        let spans = stackless
            .then(|| {
                line_tokens_to_classed_spans(line, &ops, CLASS_STYLE, &mut ScopeStack::new()).ok()
            })
            .flatten();
        let parsed = Rc::new(ParsedLine {
            ops,
            after: self.intern(state),
            spans,
        });
        self.lines
            .entry(line.to_owned())
            .or_default()
            .push((before, Rc::clone(&parsed)));
        self.entries += 1;
        Some(parsed)
    }
}

/// The least contrast a token's colour has with the code's background and the page's:
/// WCAG 1.4.3's 4.5:1 for text, with a margin for rounding in the checkers.
pub const MIN_CONTRAST: f64 = 4.6;

/// The backgrounds highlighted code sits on in the built-in theme, light then dark:
/// `--code-bg` and `--bg` of `style.css` (a theme that changes them may need its own
/// `syntax.css` colours, see the README's "Theming").
pub const LIGHT_BACKGROUNDS: [[u8; 3]; 2] = [[0xf1, 0xee, 0xe7], [0xfb, 0xfa, 0xf7]];
pub const DARK_BACKGROUNDS: [[u8; 3]; 2] = [[0x20, 0x23, 0x28], [0x16, 0x18, 0x1b]];

/// The stylesheet for highlighted code: a light theme, and a dark one under
/// `prefers-color-scheme: dark`. Each token colour is darkened (light) or lightened
/// (dark) just enough to reach `MIN_CONTRAST` on the code's background; the themes'
/// own backgrounds are dropped, so code sits on the page's `--code-bg`.
pub fn stylesheet() -> String {
    let themes = ThemeSet::load_defaults();
    let css = |name: &str, backgrounds: &[[u8; 3]], towards: [u8; 3]| {
        themes
            .themes
            .get(name)
            .map(|t| readable(t.clone(), backgrounds, towards))
            .and_then(|t| css_for_theme_with_class_style(&t, CLASS_STYLE).ok())
    };
    let light = css("InspiredGitHub", &LIGHT_BACKGROUNDS, [0, 0, 0]);
    let dark = css("base16-ocean.dark", &DARK_BACKGROUNDS, [0xff, 0xff, 0xff]);
    // Each theme under its own scheme: the light theme's more specific rules
    // (`.hl-storage.hl-type`) would otherwise win over the dark theme's (`.hl-storage`).
    let mut css = String::from("/* Syntax highlighting, written by brief. */\n");
    css.push_str("@media not all and (prefers-color-scheme: dark) {\n");
    css.push_str(&light.unwrap_or_default());
    css.push_str("}\n@media (prefers-color-scheme: dark) {\n");
    css.push_str(&dark.unwrap_or_default());
    css.push_str("}\n");
    css
}

/// `theme` without backgrounds, each foreground moved towards `towards` until it has
/// `MIN_CONTRAST` with every one of `backgrounds`.
fn readable(mut theme: Theme, backgrounds: &[[u8; 3]], towards: [u8; 3]) -> Theme {
    let fix = |c: &mut Color| {
        let [r, g, b] = readable_colour([c.r, c.g, c.b], backgrounds, towards);
        *c = Color { r, g, b, a: 0xff };
    };
    theme.settings.background = None;
    if let Some(fg) = theme.settings.foreground.as_mut() {
        fix(fg);
    }
    for item in &mut theme.scopes {
        item.style.background = None;
        if let Some(fg) = item.style.foreground.as_mut() {
            fix(fg);
        }
    }
    theme
}

/// `colour`, mixed with `towards` in the least step of 1/64 that gives it
/// `MIN_CONTRAST` with each of `backgrounds` (`towards` itself if none does).
pub fn readable_colour(colour: [u8; 3], backgrounds: &[[u8; 3]], towards: [u8; 3]) -> [u8; 3] {
    let worst = |c: [u8; 3]| {
        backgrounds
            .iter()
            .map(|&bg| contrast(c, bg))
            .fold(f64::INFINITY, f64::min)
    };
    (0..=64)
        .map(|step| {
            let t = f64::from(step) / 64.0;
            let mix =
                |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
            [
                mix(colour[0], towards[0]),
                mix(colour[1], towards[1]),
                mix(colour[2], towards[2]),
            ]
        })
        .find(|&c| worst(c) >= MIN_CONTRAST)
        .unwrap_or(towards)
}

/// The WCAG contrast ratio of two sRGB colours (1 to 21).
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let luminance = |c: [u8; 3]| {
        let lin = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unhighlighted_writes_the_code_escaped_and_only_within() {
        let code = "fn main() { let a = 1 < 2; }\n";
        let highlighted = code_block("rust", code);
        assert!(highlighted.contains("hl-"), "{highlighted}");
        let plain = unhighlighted(|| code_block("rust", code));
        assert_eq!(
            plain,
            "<pre class=\"code\" data-lang=\"rust\" tabindex=\"0\"><code>fn main() { let a = 1 &lt; 2; }\n</code></pre>\n"
        );
        assert_eq!(code_block("rust", code), highlighted);
        let caught = std::panic::catch_unwind(|| unhighlighted(|| panic!("inside")));
        assert!(caught.is_err());
        assert_eq!(code_block("rust", code), highlighted);
    }

    /// Every colour in `syntax.css` reaches 4.5:1 on the code's and the page's
    /// background, in light and in dark, and no rule sets a background of its own.
    #[test]
    fn every_token_colour_is_readable() {
        let css = stylesheet();
        let (light, dark) = css
            .split_once("@media (prefers-color-scheme: dark)")
            .unwrap();
        // Neither scheme's rules apply in the other.
        assert!(
            light.contains("@media not all and (prefers-color-scheme: dark) {\n"),
            "{light}"
        );
        for (part, backgrounds) in [(light, LIGHT_BACKGROUNDS), (dark, DARK_BACKGROUNDS)] {
            assert!(!part.contains("background"), "{part}");
            let colours: Vec<[u8; 3]> = part
                .split("color: #")
                .skip(1)
                .map(|rest| {
                    let hex = &rest[..6];
                    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
                    [byte(0), byte(2), byte(4)]
                })
                .collect();
            assert!(colours.len() > 20, "{part}");
            for c in colours {
                for bg in backgrounds {
                    assert!(contrast(c, bg) >= 4.5, "{c:02x?} on {bg:02x?}");
                }
            }
        }
        // The backgrounds are the built-in theme's.
        let style = include_str!("../themes/briefing/static/style.css");
        let hex = |c: [u8; 3]| format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2]);
        for (property, colours) in [("--code-bg", 0), ("--bg", 1)]
            .map(|(p, i)| (p, [LIGHT_BACKGROUNDS[i], DARK_BACKGROUNDS[i]]))
        {
            for c in colours {
                assert!(
                    style.contains(&format!("{property}: {};", hex(c))),
                    "style.css has no {property}: {}",
                    hex(c)
                );
            }
        }
        // The adjustment is the least that works: a readable colour is kept as it is.
        assert_eq!(
            readable_colour([0x32, 0x32, 0x32], &LIGHT_BACKGROUNDS, [0, 0, 0]),
            [0x32, 0x32, 0x32]
        );
        assert!((contrast([0, 0, 0], [0xff, 0xff, 0xff]) - 21.0).abs() < 1e-9);
    }

    #[test]
    fn highlights_known_languages_with_classes() {
        let html = code_block("rust", "fn main() {}\n");
        assert!(html.contains("class=\"hl-"), "{html}");
        assert!(html.starts_with("<pre class=\"code\" data-lang=\"rust\" tabindex=\"0\">"));
    }

    /// `code` as syntect's own `ClassedHTMLGenerator` writes it: what the cached
    /// highlighter must reproduce.
    fn syntect_html(syntax: &SyntaxReference, code: &str) -> String {
        let mut generator = syntect::html::ClassedHTMLGenerator::new_with_class_style(
            syntax,
            &SYNTAXES,
            CLASS_STYLE,
        );
        for line in LinesWithEndings::from(code) {
            generator
                .parse_html_for_line_which_includes_newline(line)
                .unwrap();
        }
        generator.finalize()
    }

    #[test]
    fn cached_lines_give_what_syntect_gives() {
        let code = "use std::fmt;\n\nfn main() {\n    let s = \"a {\";\n    /* open\n}\n*/ }\n";
        let syntax = SYNTAXES.find_syntax_by_token("rust").unwrap();
        let expected = syntect_html(syntax, code);
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
        assert_eq!(
            classed_html(syntax, shifted),
            Some(syntect_html(syntax, shifted))
        );
    }

    /// Languages whose grammars clear and restore scopes (embedded code, PHP's tags), so
    /// that lines whose HTML reads the scope stack are rendered as syntect does.
    #[test]
    fn lines_that_clear_scopes_give_what_syntect_gives() {
        let samples = [
            (
                "php",
                "<?php\n$a = \"x {$b}\";\n?>\n<b>hi</b>\n<?php echo 1; ?>\n",
            ),
            (
                "html",
                "<script>\nvar a = '<b>';\n</script>\n<style>p { color: red }</style>\n",
            ),
            ("md", "# Title\n\n```rust\nfn main() {}\n```\n\n*a* `b`\n"),
            ("rust", "/// doc `x`\nfn f() -> &'static str { r#\"a\"# }\n"),
        ];
        for (lang, code) in samples {
            let syntax = SYNTAXES.find_syntax_by_token(lang).unwrap();
            let expected = syntect_html(syntax, code);
            for _ in 0..2 {
                assert_eq!(
                    classed_html(syntax, code).as_deref(),
                    Some(expected.as_str()),
                    "{lang}"
                );
            }
        }
    }

    #[test]
    fn unknown_language_is_escaped_plain() {
        let html = code_block("nosuchlang", "<b>&</b>");
        assert!(html.contains("&lt;b&gt;&amp;&lt;/b&gt;"));
    }
}

//! Syntax highlighting of fenced code blocks, with CSS classes (one stylesheet for the
//! whole site, light and dark) rather than inline colours, so themes can restyle it.
//!
//! Each run of code gets the colours the two themes (light and dark) give its scopes, as
//! syntect's own highlighter resolves them, named by class: `hl-l3` is the light theme's
//! fourth colour, `hl-d5` the dark theme's sixth, `hl-lb`/`hl-li`/`hl-lu` (and `hl-d…`)
//! its bold, italic and underline. A run both themes leave plain gets no span. So a page
//! carries one flat span per coloured run — not syntect's nested span per scope, three
//! times the bytes — and `syntax.css` lists each theme's colours once.
//!
//! Parsing is most of the cost (syntect runs a regex search per token), and code blocks
//! repeat lines: imports, braces, `return None;`, a struct's derive line. So each line's
//! HTML is memoised, keyed by the line, the parser's state and the scope stack before it;
//! the state and stack after it come from the cache too. The output is the same as
//! highlighting every line afresh, whatever hits, so pages stay byte-identical across
//! runs and threads.

use std::cell::{Cell, RefCell};
use std::fmt::Write as _;
use std::rc::Rc;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use syntect::highlighting::{Color, FontStyle, Highlighter, Style, Theme, ThemeSet};
use syntect::parsing::{ParseState, Scope, ScopeStack, SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

/// Loaded once per process: building the syntax set is the expensive part.
static SYNTAXES: LazyLock<SyntaxSet> = LazyLock::new(SyntaxSet::load_defaults_newlines);

/// One colour scheme's theme, made readable on the built-in backgrounds, and the names
/// of its colours.
struct Scheme {
    theme: Theme,
    /// The letter after `hl-` in the scheme's classes: `l` light, `d` dark.
    letter: char,
    /// The theme's distinct token colours, in the order its rules name them: `hl-l0` is
    /// the first. The theme's default colour is not among them unless a rule names it.
    colours: Vec<Color>,
}

impl Scheme {
    fn new(
        themes: &mut ThemeSet,
        name: &str,
        letter: char,
        backgrounds: &[[u8; 3]],
        towards: [u8; 3],
    ) -> Scheme {
        // syntect's built-in themes: a missing one would leave code plain, not fail.
        let theme = themes
            .themes
            .remove(name)
            .map(|t| readable(t, backgrounds, towards))
            .unwrap_or_default();
        let mut colours: Vec<Color> = Vec::new();
        for fg in theme.scopes.iter().filter_map(|item| item.style.foreground) {
            if !colours.contains(&fg) {
                colours.push(fg);
            }
        }
        Scheme {
            theme,
            letter,
            colours,
        }
    }

    /// Appends the classes of `style`, one of this scheme's theme's, each with a space
    /// before it.
    fn style_classes_into(&self, style: Style, classes: &mut String) {
        let default = self.theme.settings.foreground;
        if Some(style.foreground) != default
            && let Some(i) = self.colours.iter().position(|&c| c == style.foreground)
        {
            let _ = write!(classes, " hl-{}{i}", self.letter);
        }
        for (flag, name) in [
            (FontStyle::BOLD, 'b'),
            (FontStyle::ITALIC, 'i'),
            (FontStyle::UNDERLINE, 'u'),
        ] {
            if style.font_style.contains(flag) {
                let _ = write!(classes, " hl-{}{name}", self.letter);
            }
        }
    }

    /// This scheme's rules, one per class.
    fn css(&self) -> String {
        let mut css = String::new();
        for (i, c) in self.colours.iter().enumerate() {
            let _ = writeln!(
                css,
                ".hl-{}{i} {{ color: #{:02x}{:02x}{:02x}; }}",
                self.letter, c.r, c.g, c.b
            );
        }
        for (name, rule) in [
            ('b', "font-weight: bold"),
            ('i', "font-style: italic"),
            ('u', "text-decoration: underline"),
        ] {
            let _ = writeln!(css, ".hl-{}{name} {{ {rule}; }}", self.letter);
        }
        css
    }
}

/// The light scheme (InspiredGitHub) and the dark one (base16-ocean.dark).
static SCHEMES: LazyLock<[Scheme; 2]> = LazyLock::new(|| {
    let mut themes = ThemeSet::load_defaults();
    [
        Scheme::new(
            &mut themes,
            "InspiredGitHub",
            'l',
            &LIGHT_BACKGROUNDS,
            [0, 0, 0],
        ),
        Scheme::new(
            &mut themes,
            "base16-ocean.dark",
            'd',
            &DARK_BACKGROUNDS,
            [0xff; 3],
        ),
    ]
});

/// Each scheme's highlighter: the theme's rules sorted for matching.
static HIGHLIGHTERS: LazyLock<[Highlighter<'static>; 2]> = LazyLock::new(|| {
    let [light, dark] = &*SCHEMES;
    [
        Highlighter::new(&light.theme),
        Highlighter::new(&dark.theme),
    ]
});

/// The classes a run of code in scopes `stack` gets, without a leading space; empty when
/// both schemes leave it plain.
fn classes_for(stack: &[Scope]) -> String {
    let mut classes = String::new();
    for (scheme, highlighter) in SCHEMES.iter().zip(HIGHLIGHTERS.iter()) {
        scheme.style_classes_into(highlighter.style_for_stack(stack), &mut classes);
    }
    // Each class was written with a space before it.
    if classes.starts_with(' ') {
        classes.remove(0);
    }
    classes
}

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
    // Highlighted code is about three times as long as the code; sized once, and the
    // body written straight into it rather than into a String of its own.
    let mut html = String::with_capacity(code.len() * 3 + lang.len() + 80);
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

/// `code` as HTML spans with `hl-` classes, or `None` if syntect fails on it.
#[cfg(test)]
fn classed_html(syntax: &SyntaxReference, code: &str) -> Option<String> {
    let mut html = String::new();
    classed_html_into(syntax, code, &mut html).then_some(html)
}

/// Appends `code` as HTML spans with `hl-` classes to `html`; `false` if syntect fails on
/// it (`html` then holds part of it, for the caller to cut off).
fn classed_html_into(syntax: &SyntaxReference, code: &str, html: &mut String) -> bool {
    LINES.with_borrow_mut(|cache| {
        if cache.entries >= LINE_CACHE_LIMIT {
            *cache = LineCache::default();
        }
        let mut state = cache.start(syntax);
        let mut stack = cache.empty_stack();
        for line in LinesWithEndings::from(code) {
            let Some(done) = cache.line(state, stack, line) else {
                return false;
            };
            html.push_str(&done.html);
            (state, stack) = (done.state_after, done.stack_after);
        }
        true
    })
}

/// A parser state, by its index in [`LineCache::states`].
type StateId = usize;
/// A scope stack, by its index in [`LineCache::stacks`].
type StackId = usize;

/// One line, highlighted: its HTML (every span closed within it), and the parser state
/// and scope stack after it.
struct HighlightedLine {
    html: String,
    state_after: StateId,
    stack_after: StackId,
}

/// Memoised lines, one cache per thread: a `ParseState` holds regex match regions that
/// cannot leave their thread. Each distinct parser state and scope stack is stored once
/// and named by its index, so a hit costs a hash of the line and no comparison of states;
/// a state is looked up (by its `Debug` text, then `==`) only after a miss.
#[derive(Default)]
struct LineCache {
    /// Every distinct parser state seen.
    states: Vec<ParseState>,
    /// Indexes into `states`, by the state's `Debug` text (`ParseState` has no `Hash`).
    /// Fx, not SipHash: the keys are the site's own text, and a lookup per line is hot.
    states_by_text: FxHashMap<String, Vec<StateId>>,
    /// Every distinct scope stack seen at the end of a line.
    stacks: Vec<ScopeStack>,
    /// Indexes into `stacks`, by the stack's scopes (a stack also remembers what it
    /// cleared, which `==` compares).
    stacks_by_scopes: FxHashMap<Vec<Scope>, Vec<StackId>>,
    /// The classes of each scope stack a run of code was in.
    classes: FxHashMap<Vec<Scope>, Rc<str>>,
    /// Highlighted lines by line, then by the state and stack before it.
    lines: FxHashMap<String, Vec<(StateId, StackId, Rc<HighlightedLine>)>>,
    /// How many highlighted lines `lines` holds.
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
        let id = self.intern_state(ParseState::new(syntax));
        self.starts.insert(key, id);
        id
    }

    /// The index of the empty scope stack, which every code block starts with.
    fn empty_stack(&mut self) -> StackId {
        self.intern_stack(ScopeStack::new())
    }

    /// The index of `state`, added if it is new.
    fn intern_state(&mut self, state: ParseState) -> StateId {
        let ids = self.states_by_text.entry(format!("{state:?}")).or_default();
        if let Some(&id) = ids.iter().find(|&&id| self.states[id] == state) {
            return id;
        }
        let id = self.states.len();
        self.states.push(state);
        ids.push(id);
        id
    }

    /// The index of `stack`, added if it is new.
    fn intern_stack(&mut self, stack: ScopeStack) -> StackId {
        let ids = self
            .stacks_by_scopes
            .entry(stack.as_slice().to_vec())
            .or_default();
        if let Some(&id) = ids.iter().find(|&&id| self.stacks[id] == stack) {
            return id;
        }
        let id = self.stacks.len();
        self.stacks.push(stack);
        ids.push(id);
        id
    }

    /// The classes of a run of code in scopes `stack`.
    fn classes(&mut self, stack: &[Scope]) -> Rc<str> {
        if let Some(found) = self.classes.get(stack) {
            return Rc::clone(found);
        }
        let classes: Rc<str> = classes_for(stack).into();
        self.classes.insert(stack.to_vec(), Rc::clone(&classes));
        classes
    }

    /// `line` highlighted from parser state `state` and scope stack `stack`; `None` if
    /// syntect fails on it.
    fn line(&mut self, state: StateId, stack: StackId, line: &str) -> Option<Rc<HighlightedLine>> {
        if let Some((.., found)) = self
            .lines
            .get(line)
            .and_then(|done| done.iter().find(|(s, k, _)| (*s, *k) == (state, stack)))
        {
            return Some(Rc::clone(found));
        }
        let mut parser = self.states[state].clone();
        let ops = parser.parse_line(line, &SYNTAXES).ok()?;
        let mut scopes = self.stacks[stack].clone();
        let mut html = LineHtml::default();
        let mut at = 0;
        for (offset, op) in &ops {
            let offset = (*offset).min(line.len());
            if offset > at {
                let classes = self.classes(scopes.as_slice());
                html.run(&classes, line.get(at..offset)?);
                at = offset;
            }
            scopes.apply(op).ok()?;
        }
        if at < line.len() {
            let classes = self.classes(scopes.as_slice());
            html.run(&classes, line.get(at..)?);
        }
        let done = Rc::new(HighlightedLine {
            html: html.finish(),
            state_after: self.intern_state(parser),
            stack_after: self.intern_stack(scopes),
        });
        self.lines
            .entry(line.to_owned())
            .or_default()
            .push((state, stack, Rc::clone(&done)));
        self.entries += 1;
        Some(done)
    }
}

/// A line's HTML as it is written: runs of code, each in a span of its classes, one span
/// for neighbouring runs with the same classes.
#[derive(Default)]
struct LineHtml {
    html: String,
    /// The classes of the span open at the end of `html`, if one is.
    open: Option<Rc<str>>,
}

impl LineHtml {
    fn run(&mut self, classes: &Rc<str>, text: &str) {
        if self.open.as_deref() != Some(&**classes) {
            self.close();
            if !classes.is_empty() {
                self.html.push_str("<span class=\"");
                self.html.push_str(classes);
                self.html.push_str("\">");
                self.open = Some(Rc::clone(classes));
            }
        }
        crate::escape::html_into(text, &mut self.html);
    }

    fn close(&mut self) {
        if self.open.take().is_some() {
            self.html.push_str("</span>");
        }
    }

    fn finish(mut self) -> String {
        self.close();
        self.html
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
    let [light, dark] = &*SCHEMES;
    // Each scheme's classes under its own media query: a run has a class of each.
    let mut css = String::from("/* Syntax highlighting, written by brief. */\n");
    css.push_str("@media not all and (prefers-color-scheme: dark) {\n");
    css.push_str(&light.css());
    css.push_str("}\n@media (prefers-color-scheme: dark) {\n");
    css.push_str(&dark.css());
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
            assert!(colours.len() > 8, "{part}");
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

    /// Each character of `code` with the classes syntect's own highlighter gives it
    /// (`HighlightLines`, a line at a time, under each scheme's theme): what the cached,
    /// flattened spans must say.
    fn syntect_classes(syntax: &SyntaxReference, code: &str) -> Vec<(char, String)> {
        let per_scheme: Vec<Vec<String>> = SCHEMES
            .iter()
            .map(|scheme| {
                let mut lines = syntect::easy::HighlightLines::new(syntax, &scheme.theme);
                let mut classes = Vec::new();
                for line in LinesWithEndings::from(code) {
                    for (style, text) in lines.highlight_line(line, &SYNTAXES).unwrap() {
                        let mut c = String::new();
                        scheme.style_classes_into(style, &mut c);
                        classes.extend(text.chars().map(|_| c.clone()));
                    }
                }
                classes
            })
            .collect();
        code.chars()
            .enumerate()
            .map(|(i, ch)| {
                let both = format!("{}{}", per_scheme[0][i], per_scheme[1][i]);
                (ch, both.trim_start().to_owned())
            })
            .collect()
    }

    /// Each character of highlighted `html` with the classes of the span it is in.
    fn html_classes(html: &str) -> Vec<(char, String)> {
        let mut out = Vec::new();
        let mut classes = String::new();
        let mut rest = html;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix("<span class=\"") {
                let (c, after) = after.split_once("\">").unwrap();
                assert!(classes.is_empty(), "nested span in {html}");
                classes = c.to_owned();
                rest = after;
            } else if let Some(after) = rest.strip_prefix("</span>") {
                assert!(!classes.is_empty(), "stray </span> in {html}");
                classes.clear();
                rest = after;
            } else if rest.starts_with('&') {
                let (entity, after) = rest.split_once(';').unwrap();
                let ch = match entity {
                    "&amp" => '&',
                    "&lt" => '<',
                    "&gt" => '>',
                    "&quot" => '"',
                    "&#39" => '\'',
                    other => panic!("entity {other}"),
                };
                out.push((ch, classes.clone()));
                rest = after;
            } else {
                let ch = rest.chars().next().unwrap();
                assert!(ch != '<', "markup in {html}");
                out.push((ch, classes.clone()));
                rest = &rest[ch.len_utf8()..];
            }
        }
        assert!(classes.is_empty(), "unclosed span in {html}");
        out
    }

    /// The cached, flattened spans give every character the colours syntect's own
    /// highlighter gives it, on a first pass (filling the cache) and a second (reading
    /// it), in languages whose grammars clear and restore scopes (embedded code, PHP's
    /// tags) and with the same line in different parser states.
    #[test]
    fn spans_give_what_syntect_gives() {
        let samples = [
            (
                "rust",
                "use std::fmt;\n\nfn main() {\n    let s = \"a {\";\n    /* open\n}\n*/ }\n",
            ),
            ("rust", "/*\nfn main() {\n*/\nfn main() {\n"),
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
            (
                "python",
                "@decorator\ndef f(x: int) -> str:\n    \"\"\"Doc.\"\"\"\n    return f\"{x!r}\" # c\n",
            ),
            (
                "js",
                "const a = `t ${b}`; // c\nclass X extends Y { get z() { return /re/g; } }\n",
            ),
        ];
        for (lang, code) in samples {
            let syntax = SYNTAXES.find_syntax_by_token(lang).unwrap();
            let expected = syntect_classes(syntax, code);
            assert!(
                expected.iter().any(|(_, c)| !c.is_empty()),
                "{lang}: nothing coloured"
            );
            for _ in 0..2 {
                let html = classed_html(syntax, code).unwrap();
                assert_eq!(html_classes(&html), expected, "{lang}: {html}");
            }
        }
    }

    /// One flat span per coloured run: a Rust function takes well under half the
    /// bytes of syntect's nested span per scope (12.7 KB for the corpus's 30-line
    /// block before this).
    #[test]
    fn neighbouring_runs_share_a_span() {
        use syntect::html::{ClassStyle, ClassedHTMLGenerator};
        let syntax = SYNTAXES.find_syntax_by_token("rust").unwrap();
        let html = classed_html(syntax, "// one two three\n").unwrap();
        assert_eq!(html.matches("<span").count(), 1, "{html}");
        let code = "fn summarise(values: &[f64]) -> Option<(f64, usize)> {\n    None\n}\n";
        let html = classed_html(syntax, code).unwrap();
        let mut nested = ClassedHTMLGenerator::new_with_class_style(
            syntax,
            &SYNTAXES,
            ClassStyle::SpacedPrefixed { prefix: "hl-" },
        );
        for line in LinesWithEndings::from(code) {
            nested
                .parse_html_for_line_which_includes_newline(line)
                .unwrap();
        }
        let nested = nested.finalize();
        assert!(
            html.len() * 2 < nested.len(),
            "flat {} bytes, nested {} bytes: {html}",
            html.len(),
            nested.len()
        );
    }

    #[test]
    fn unknown_language_is_escaped_plain() {
        let html = code_block("nosuchlang", "<b>&</b>");
        assert!(html.contains("&lt;b&gt;&amp;&lt;/b&gt;"));
    }
}

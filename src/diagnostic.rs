//! Problems in a user's files, as data.
//!
//! Every stage of the pipeline pushes [`Diagnostic`]s into a [`Diagnostics`] collector
//! instead of stopping at the first problem, so that one build reports everything wrong
//! with a site. A diagnostic knows its file, 1-based line and column, severity, message and
//! an optional suggestion, and carries the offending line of source so it can be printed
//! without reading the file again:
//!
//! ```text
//! content/deal.md:7:11: error: unknown source `ap-2025-02-52`
//!     7 | sources: [ap-2025-02-52]
//!       |           ^
//!   help: did you mean `ap-2025-02-25`?
//! ```
//!
//! The first line is the GCC format editors and CI problem-matchers already parse; that is
//! why this is a small formatter of our own rather than a graphical report crate.

use std::borrow::Cow;
use std::cell::{Cell, OnceCell};
use std::fmt;
use std::ops::{Deref, Range};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How bad a problem is: errors fail the build, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem, located in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, as the user would type it (relative to the site root where possible).
    pub path: PathBuf,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub col: usize,
    pub severity: Severity,
    pub message: String,
    /// A suggestion, shown as `help: …`. A fixed text is not copied: a large site's
    /// build holds tens of thousands of diagnostics with the same help.
    pub help: Option<Cow<'static, str>>,
    /// The offending line of source, shown under the message.
    pub source_line: Option<SourceLine>,
    /// What kind of check raised it (so `--strict` can promote quote warnings).
    pub kind: Kind,
}

/// Which check raised a diagnostic, where that changes how it is treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Kind {
    #[default]
    General,
    /// A quoted passage that was not found in its seed: a warning from `build`, an error
    /// from `check` and `build --strict`.
    QuoteNotFound,
    /// A figure not found in the seeds its sentence cites (severity as for quotes).
    FigureNotFound,
    /// A sentence with a figure or a quotation and no citation (severity as for quotes).
    CitationNeeded,
    /// A page's URL that cannot be (two briefs publishing to one URL, a folder name too
    /// long for a file system): found by [`crate::site::check_urls`] over the site as a
    /// whole, not in one file (the preview recomputes these on every change).
    UrlClash,
    /// A problem met walking a folder of inputs rather than reading a file: a file that
    /// is not a regular file, a folder that cannot be read, a link that loops, is broken
    /// or leads out of the site (the preview recomputes those of `content/` at each walk).
    Walk,
}

/// The offending line of a [`Diagnostic`]: a range of a shared copy of its file's text.
/// The diagnostics a [`LineIndex`] places (the claims check can make thousands in one
/// brief) share one copy of the brief instead of copying a line each; reads as a `&str`.
///
/// A build keeps less: [`Diagnostics::keep_shown_lines`] cuts each line to the window the
/// terminal shows at its diagnostic's column (see [`Extent`]), so that the brief's whole
/// text, which the lines shared, can be freed as soon as the brief is done.
#[derive(Clone)]
pub struct SourceLine {
    text: Arc<str>,
    /// Byte offset of the line in `text` (`u32`s keep a [`Diagnostic`] small).
    start: u32,
    /// Where the line ends, or how it was cut.
    extent: Extent,
}

/// The end of a [`SourceLine`]'s range, in 32 bits so a [`Diagnostic`] stays small.
///
/// For a whole line, the range's end (below 2 GiB; a line beyond gets a copy of its own).
/// For a line cut to its shown window ([`Diagnostics::keep_shown_lines`]), the top bit is
/// set and the rest packs what [`Window::of`] said of the whole line at the diagnostic's
/// column, so the window prints exactly as it would have: whether it was cut before and
/// after, the caret's column in the window (13 bits), and the window's length in bytes
/// (16 bits). A window is about 120 characters, far inside both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Extent(u32);

impl Extent {
    const CUT: u32 = 1 << 31;
    const BEFORE: u32 = 1 << 30;
    const AFTER: u32 = 1 << 29;
    const CARET_SHIFT: u32 = 16;
    const CARET_MAX: u32 = (1 << 13) - 1;
    const LEN_MAX: u32 = u16::MAX as u32;

    /// The end of a whole line, if it fits.
    fn whole(end: usize) -> Option<Extent> {
        u32::try_from(end)
            .ok()
            .filter(|end| end & Extent::CUT == 0)
            .map(Extent)
    }

    /// A window of `len` bytes cut as `w` was, if it fits.
    fn cut(w: &Window<'_>) -> Option<Extent> {
        let len = u32::try_from(w.text.len())
            .ok()
            .filter(|&l| l <= Extent::LEN_MAX)?;
        let caret = u32::try_from(w.caret)
            .ok()
            .filter(|&c| c <= Extent::CARET_MAX)?;
        let mut bits = Extent::CUT | caret << Extent::CARET_SHIFT | len;
        if w.cut_before {
            bits |= Extent::BEFORE;
        }
        if w.cut_after {
            bits |= Extent::AFTER;
        }
        Some(Extent(bits))
    }

    fn is_cut(self) -> bool {
        self.0 & Extent::CUT != 0
    }

    /// The range's end, for a line that starts at `start`.
    fn end(self, start: u32) -> usize {
        if self.is_cut() {
            start as usize + (self.0 & Extent::LEN_MAX) as usize
        } else {
            self.0 as usize
        }
    }
}

impl SourceLine {
    /// `range` of `text`; a line beyond 4 GiB of text gets a copy of its own.
    fn new(text: Arc<str>, range: Range<usize>) -> Self {
        match (u32::try_from(range.start), Extent::whole(range.end)) {
            (Ok(start), Some(extent)) => SourceLine {
                text,
                start,
                extent,
            },
            _ => SourceLine::from(text.get(range).unwrap_or("")),
        }
    }

    /// The line; for a line cut to its window ([`Diagnostics::keep_shown_lines`]), only
    /// the window, tabs and all, without the `…` marks.
    pub fn as_str(&self) -> &str {
        self.text
            .get(self.start as usize..self.extent.end(self.start))
            .unwrap_or("")
    }

    /// The part of the line shown for a diagnostic at 1-based column `col`: see [`window`].
    pub fn window(&self, col: usize) -> (String, usize) {
        self.shown(col).to_shown()
    }

    /// [`SourceLine::window`] without allocating; a cut line gives the window it was cut
    /// to, whatever `col` (it was cut at its diagnostic's column).
    fn shown(&self, col: usize) -> Window<'_> {
        if !self.extent.is_cut() {
            return Window::of(self.as_str(), col);
        }
        let bits = self.extent.0;
        Window {
            cut_before: bits & Extent::BEFORE != 0,
            text: self.as_str(),
            cut_after: bits & Extent::AFTER != 0,
            caret: (bits >> Extent::CARET_SHIFT & Extent::CARET_MAX) as usize,
        }
    }
}

impl Deref for SourceLine {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for SourceLine {
    fn from(line: &str) -> Self {
        SourceLine {
            text: Arc::from(line),
            start: 0,
            // A line of 2 GiB or more (none is) shows as empty, not panic.
            extent: Extent::whole(line.len()).unwrap_or(Extent(0)),
        }
    }
}

impl From<String> for SourceLine {
    fn from(line: String) -> Self {
        SourceLine::from(line.as_str())
    }
}

impl PartialEq for SourceLine {
    fn eq(&self, other: &Self) -> bool {
        // Cut lines of the same text are equal if they were cut the same way.
        self.as_str() == other.as_str()
            && self.extent.is_cut() == other.extent.is_cut()
            && (!self.extent.is_cut() || self.extent == other.extent)
    }
}

impl Eq for SourceLine {}

impl fmt::Debug for SourceLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl Diagnostic {
    /// A problem with a whole file (no position).
    pub fn file(severity: Severity, path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            line: 0,
            col: 0,
            severity,
            message: message.into(),
            help: None,
            source_line: None,
            kind: Kind::General,
        }
    }

    pub fn error(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Self::file(Severity::Error, path, message)
    }

    pub fn warning(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Self::file(Severity::Warning, path, message)
    }

    /// Places the diagnostic at a byte offset of `text`, the file's contents.
    pub fn at(mut self, text: &str, offset: usize) -> Self {
        // The end of a file that ends with a line break is the end of its last line, not
        // a line the editor doesn't have.
        let offset = if offset >= text.len() && text.ends_with('\n') {
            text.len() - 1
        } else {
            offset
        };
        let (line, col) = line_col(text, offset);
        self.line = line;
        self.col = col;
        self.source_line = line_text(text, line).map(SourceLine::from);
        self
    }

    /// Places the diagnostic at a 1-based line and column of `text`.
    pub fn at_line_col(mut self, text: &str, line: usize, col: usize) -> Self {
        self.line = line;
        self.col = col.max(1);
        self.source_line = line_text(text, line).map(SourceLine::from);
        self
    }

    /// [`Diagnostic::at_line_col`], the source line taken from a [`LineIndex`].
    pub fn at_line_col_in(mut self, lines: &LineIndex<'_>, line: usize, col: usize) -> Self {
        self.line = line;
        self.col = col.max(1);
        self.source_line = lines.source_line(line);
        self
    }

    pub fn with_help(mut self, help: impl Into<Cow<'static, str>>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_kind(mut self, kind: Kind) -> Self {
        self.kind = kind;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Whether `other` is the same problem, printed the same: every field equal, the
    /// source lines compared as shown at the column, so a line cut to its window
    /// ([`Diagnostics::keep_shown_lines`]) and the whole line it was cut from are one.
    fn same_as(&self, other: &Diagnostic) -> bool {
        fn shown(d: &Diagnostic) -> Option<(bool, &str, bool, usize)> {
            d.source_line.as_ref().map(|line| {
                let w = line.shown(d.col);
                (w.cut_before, w.text, w.cut_after, w.caret)
            })
        }
        self.path == other.path
            && (self.line, self.col, self.severity, self.kind)
                == (other.line, other.col, other.severity, other.kind)
            && self.message == other.message
            && self.help == other.help
            && shown(self) == shown(other)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_human(f, false)
    }
}

/// How many characters of a long source line are shown around the column.
const WINDOW_BEFORE: usize = 40;
const WINDOW_AFTER: usize = 60;
/// Lines up to this many characters are shown whole.
const WINDOW_MAX: usize = WINDOW_BEFORE + WINDOW_AFTER + 20;

/// The part of `line` shown under a diagnostic and the caret's 0-based character column
/// within it: the whole line when it is short, else a window around `col` (1-based)
/// marked with `…` at the cut ends, as rustc does, so a 50,000-character paragraph prints
/// as one short line.
pub fn window(line: &str, col: usize) -> (String, usize) {
    Window::of(line, col).to_shown()
}

/// [`window`] without allocating: a slice of the line, whether it was cut at either end,
/// and the caret's column in what is shown.
struct Window<'a> {
    cut_before: bool,
    text: &'a str,
    cut_after: bool,
    caret: usize,
}

impl<'a> Window<'a> {
    fn of(line: &'a str, col: usize) -> Self {
        let want = col.saturating_sub(1);
        // The chars up to the last one a window around `want` could show are counted
        // (and one more, to know whether the line goes on): a 50,000-character paragraph
        // is not counted through for each of its diagnostics.
        let limit = (want + WINDOW_AFTER).max(WINDOW_MAX) + 1;
        // Where the chars to count are ASCII (most lines), each is one byte.
        let head = &line.as_bytes()[..line.len().min(limit + 1)];
        let ascii = head.is_ascii();
        let counted = if ascii {
            head.len()
        } else {
            line.chars().take(limit + 1).count()
        };
        let ended = counted <= limit;
        // The line's length in chars when it `ended` within the limit.
        let count = counted.min(limit);
        let caret = want.min(count);
        if ended && count <= WINDOW_MAX {
            return Window {
                cut_before: false,
                text: line,
                cut_after: false,
                caret,
            };
        }
        let start = caret.saturating_sub(WINDOW_BEFORE);
        let end = (caret + WINDOW_AFTER).min(count);
        // The byte offsets of chars `start` and `end`; the line's end from the `count`th
        // char on.
        let (from, to) = if ascii {
            let byte = |n: usize| if n < count { n } else { line.len() };
            (byte(start), byte(end))
        } else {
            let (mut from, mut to) = (line.len(), line.len());
            for (n, (i, _)) in line.char_indices().take(count).enumerate() {
                if n == start {
                    from = i;
                }
                if n == end {
                    to = i;
                    break;
                }
            }
            (from, to)
        };
        Window {
            cut_before: start > 0,
            text: line.get(from..to).unwrap_or(""),
            cut_after: end < count || !ended,
            caret: caret - start + usize::from(start > 0),
        }
    }

    /// What [`window`] gives: the shown text and the caret's column in it.
    fn to_shown(&self) -> (String, usize) {
        let mut shown = String::with_capacity(self.text.len() + 6);
        // Writing into a String cannot fail.
        let _ = self.write(&mut shown);
        (shown, self.caret)
    }

    /// The shown text, tabs as spaces (one character each, so the caret stays put).
    fn write(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        if self.cut_before {
            out.write_char('…')?;
        }
        let mut parts = self.text.split('\t');
        if let Some(first) = parts.next() {
            out.write_str(first)?;
        }
        for part in parts {
            out.write_char(' ')?;
            out.write_str(part)?;
        }
        if self.cut_after {
            out.write_char('…')?;
        }
        Ok(())
    }
}

/// `n` in decimal, as `{}` writes it.
fn push_usize(out: &mut String, n: usize) {
    let mut digits = [0u8; 20];
    // ASCII digits.
    out.push_str(
        std::str::from_utf8(crate::decimal::decimal(n as u64, &mut digits)).unwrap_or_default(),
    );
}

/// `n` spaces, as `{:n$}` pads an empty string.
fn push_spaces(out: &mut String, mut n: usize) {
    const SPACES: &str = "                                                                ";
    while n > 0 {
        let k = n.min(SPACES.len());
        out.push_str(&SPACES[..k]);
        n -= k;
    }
}

/// `text` in the ANSI style `code` when `color` is set.
fn paint(
    out: &mut dyn fmt::Write,
    color: bool,
    code: &str,
    text: fmt::Arguments<'_>,
) -> fmt::Result {
    if color {
        write!(out, "\x1b[{code}m{text}\x1b[0m")
    } else {
        out.write_fmt(text)
    }
}

impl Diagnostic {
    /// The diagnostic as the terminal shows it, with ANSI colours when `color` is set.
    pub fn render(&self, color: bool) -> String {
        let mut out = String::new();
        // Writing into a String cannot fail.
        let _ = self.write_human(&mut out, color);
        out
    }

    /// [`Diagnostic::render`], written straight into `out`: a large site prints tens of
    /// thousands of warnings, and this makes no string of its own for any of them.
    pub fn write_human(&self, out: &mut dyn fmt::Write, color: bool) -> fmt::Result {
        let path = self.path.display();
        if self.line > 0 {
            paint(
                out,
                color,
                "1",
                format_args!("{path}:{}:{}:", self.line, self.col),
            )?;
        } else {
            paint(out, color, "1", format_args!("{path}:"))?;
        }
        out.write_char(' ')?;
        match self.severity {
            Severity::Error => paint(out, color, "1;31", format_args!("error:"))?,
            Severity::Warning => paint(out, color, "1;33", format_args!("warning:"))?,
        }
        out.write_char(' ')?;
        paint(out, color, "1", format_args!("{}", self.message))?;
        if let (Some(src), true) = (&self.source_line, self.line > 0) {
            let number = self.line;
            let width = number
                .checked_ilog10()
                .map_or(1, |digits| digits as usize + 1);
            let w = src.shown(self.col);
            out.write_str("\n ")?;
            paint(out, color, "34", format_args!("{number} |"))?;
            out.write_char(' ')?;
            w.write(out)?;
            out.write_str("\n ")?;
            paint(out, color, "34", format_args!("{:width$} |", ""))?;
            write!(out, " {:caret$}", "", caret = w.caret)?;
            let caret_color = if self.is_error() { "1;31" } else { "1;33" };
            paint(out, color, caret_color, format_args!("^"))?;
        }
        if let Some(help) = &self.help {
            out.write_str("\n  ")?;
            paint(out, color, "1;36", format_args!("help:"))?;
            write!(out, " {help}")?;
        }
        Ok(())
    }

    /// [`Diagnostic::write_human`] and a line break, into a byte writer (stderr).
    pub fn write_human_line(&self, w: &mut dyn std::io::Write, color: bool) -> std::io::Result<()> {
        // Into memory first, then one write: a large site has tens of thousands of
        // diagnostics, and each is a dozen pieces. One buffer per thread, reused.
        thread_local! {
            static TEXT: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
        }
        TEXT.with_borrow_mut(|text| {
            text.clear();
            if color {
                // Writing into a String fails only if a `Display` fails, and none here does.
                self.write_human(text, color)
                    .map_err(std::io::Error::other)?;
            } else {
                self.write_plain(text);
            }
            text.push('\n');
            w.write_all(text.as_bytes())
        })
    }

    /// [`Diagnostic::write_human`] without colour, byte for byte, pushed straight into a
    /// `String` rather than through the formatting machinery (a test holds the two
    /// together): what a build printing tens of thousands of warnings to a file or a pipe
    /// spends its time on.
    fn write_plain(&self, out: &mut String) {
        use std::fmt::Write as _;
        match self.path.to_str() {
            Some(path) => out.push_str(path),
            None => {
                // Writing into a String cannot fail.
                let _ = write!(out, "{}", self.path.display());
            }
        }
        out.push(':');
        if self.line > 0 {
            push_usize(out, self.line);
            out.push(':');
            push_usize(out, self.col);
            out.push(':');
        }
        out.push_str(match self.severity {
            Severity::Error => " error: ",
            Severity::Warning => " warning: ",
        });
        out.push_str(&self.message);
        if let (Some(src), true) = (&self.source_line, self.line > 0) {
            let number = self.line;
            let width = number
                .checked_ilog10()
                .map_or(1, |digits| digits as usize + 1);
            let w = src.shown(self.col);
            out.push_str("\n ");
            push_usize(out, number);
            out.push_str(" | ");
            // Writing into a String cannot fail.
            let _ = w.write(out);
            out.push_str("\n ");
            push_spaces(out, width);
            out.push_str(" | ");
            push_spaces(out, w.caret);
            out.push('^');
        }
        if let Some(help) = &self.help {
            out.push_str("\n  help: ");
            out.push_str(help);
        }
    }

    /// One JSON object (`brief build --format json` prints one per line).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "path": self.path.to_string_lossy().replace('\\', "/"),
            "line": self.line,
            "column": self.col,
            "severity": self.severity.to_string(),
            "message": self.message,
            "help": self.help,
        })
    }

    /// A GitHub Actions workflow command (`::error file=…,line=…,col=…::message`), which
    /// the runner shows as an annotation on the file.
    pub fn to_github(&self) -> String {
        let mut props = format!(
            "file={}",
            github_escape(&self.path.to_string_lossy().replace('\\', "/"), true)
        );
        if self.line > 0 {
            props.push_str(&format!(",line={},col={}", self.line, self.col));
        }
        let mut message = self.message.clone();
        if let Some(help) = &self.help {
            message.push_str("\nhelp: ");
            message.push_str(help);
        }
        format!(
            "::{} {props}::{}",
            self.severity,
            github_escape(&message, false)
        )
    }
}

/// Escapes a workflow command's data (`%`, CR, LF) and, for properties, `:` and `,`.
fn github_escape(s: &str, property: bool) -> String {
    let mut out = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    if property {
        out = out.replace(':', "%3A").replace(',', "%2C");
    }
    out
}

/// How diagnostics are printed (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// `path:line:col: error: message`, the line and a caret, on stderr.
    #[default]
    Human,
    /// One JSON object per diagnostic per line, on stdout.
    Json,
    /// GitHub Actions annotations, on stdout.
    Github,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "human" => Ok(Format::Human),
            "json" => Ok(Format::Json),
            "github" => Ok(Format::Github),
            _ => Err(format!("`{s}` is not a format: use human, json or github")),
        }
    }
}

/// Whether to colour diagnostics on stderr: only on a terminal, and never when
/// `NO_COLOR` is set to anything non-empty (<https://no-color.org>).
pub fn stderr_color() -> bool {
    use std::io::IsTerminal;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    !no_color && std::io::stderr().is_terminal()
}

/// The problems of one build, in the order found; printed sorted by file and position.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    /// How many diagnostics there are, duplicates included.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Makes room for `more` diagnostics at once (a build gathering every brief's).
    pub fn reserve(&mut self, more: usize) {
        self.items.reserve_exact(more);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// Errors, counted as [`Diagnostics::sorted`] prints them (each once).
    pub fn error_count(&self) -> usize {
        self.counts().0
    }

    /// Warnings, counted as [`Diagnostics::sorted`] prints them (each once).
    pub fn warning_count(&self) -> usize {
        self.counts().1
    }

    /// `(errors, warnings)` as [`Diagnostics::sorted`] prints them, from one sort.
    pub fn counts(&self) -> (usize, usize) {
        Self::count(&self.sorted())
    }

    /// `(errors, warnings)` among diagnostics already sorted.
    pub fn count(sorted: &[&Diagnostic]) -> (usize, usize) {
        let errors = sorted.iter().filter(|d| d.is_error()).count();
        (errors, sorted.len() - errors)
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Keeps only the diagnostics for which `keep` holds.
    pub fn retain(&mut self, keep: impl FnMut(&Diagnostic) -> bool) {
        self.items.retain(keep);
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Diagnostic> {
        self.items.iter_mut()
    }

    /// Turns every warning of `kind` into an error (`check`, `build --strict`).
    pub fn promote(&mut self, kind: Kind) {
        for d in &mut self.items {
            if d.kind == kind {
                d.severity = Severity::Error;
            }
        }
    }

    /// The diagnostics sorted causes first — `brief.yaml`, then seeds, then themes, then
    /// briefs, which cite seeds — and by path and position within each, duplicates
    /// removed, so output is stable whatever order parallel stages finished in.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        sort(self.items.iter())
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// Cuts every diagnostic's source line to the window shown at its column (see
    /// [`SourceLine`]), the windows copied into one new text that these diagnostics share.
    /// They print exactly as before, in every format.
    ///
    /// A build does this to each brief's diagnostics as the brief is done: the claims
    /// check places thousands of warnings in the brief's own text ([`LineIndex::shared`]),
    /// which would otherwise stay in memory to the end of the build for the sake of a
    /// hundred characters a warning (at 10,000 briefs, 58 MB of Markdown kept for 87,638
    /// warnings' 6 MB of windows). Not for diagnostics an editor gets: `brief lsp` and the
    /// preview's panel read the whole line.
    pub fn keep_shown_lines(&mut self) {
        let mut kept = String::new();
        let mut cuts: Vec<Option<(usize, Extent)>> = Vec::with_capacity(self.items.len());
        for d in &self.items {
            cuts.push(d.source_line.as_ref().and_then(|line| {
                let w = line.shown(d.col);
                // A window too long to pack (none is) keeps its whole line.
                let extent = Extent::cut(&w)?;
                let start = kept.len();
                kept.push_str(w.text);
                Some((start, extent))
            }));
        }
        if cuts.iter().all(Option::is_none) {
            return;
        }
        let kept: Arc<str> = Arc::from(kept);
        for (d, cut) in self.items.iter_mut().zip(cuts) {
            let Some((start, extent)) = cut else { continue };
            // Windows beyond 4 GiB of them (no brief has as many) keep their whole line.
            if let Ok(start) = u32::try_from(start) {
                d.source_line = Some(SourceLine {
                    text: Arc::clone(&kept),
                    start,
                    extent,
                });
            }
        }
    }
}

/// `items` as [`Diagnostics::sorted`] orders them, for diagnostics kept in several places.
pub fn sort<'a>(items: impl Iterator<Item = &'a Diagnostic>) -> Vec<&'a Diagnostic> {
    let items: Vec<&Diagnostic> = items.collect();
    // A build can report tens of thousands (one per uncited figure of a large site)
    // from a few thousand files: each distinct path is ranked once — its stage, then
    // `Path`'s component-wise order, paths that order calls equal ranked equal — and
    // the diagnostics are sorted by rank, with no path compared per pair.
    let mut ids: std::collections::HashMap<&std::ffi::OsStr, usize> =
        std::collections::HashMap::new();
    let mut unique: Vec<&Path> = Vec::new();
    let mut last: Option<(&std::ffi::OsStr, usize)> = None;
    let ids_of: Vec<usize> = items
        .iter()
        .map(|d| {
            let key = d.path.as_os_str();
            // A file's diagnostics mostly come together: the previous one's path first.
            if let Some((k, id)) = last
                && k == key
            {
                return id;
            }
            let id = *ids.entry(key).or_insert_with(|| {
                unique.push(&d.path);
                unique.len() - 1
            });
            last = Some((key, id));
            id
        })
        .collect();
    let stages: Vec<u8> = unique.iter().map(|p| stage(p)).collect();
    let mut order: Vec<usize> = (0..unique.len()).collect();
    order.sort_by(|&a, &b| {
        stages[a]
            .cmp(&stages[b])
            .then_with(|| unique[a].cmp(unique[b]))
    });
    let mut rank = vec![0usize; unique.len()];
    for k in 1..order.len() {
        let (a, b) = (order[k - 1], order[k]);
        let same = stages[a] == stages[b] && unique[a] == unique[b];
        rank[b] = rank[a] + usize::from(!same);
    }
    let mut v: Vec<(usize, &Diagnostic)> = ids_of
        .iter()
        .zip(&items)
        .map(|(&id, &d)| (rank[id], d))
        .collect();
    // Stable, as `sort_by` is, and on every thread: a large build sorts 87,638 warnings.
    rayon::slice::ParallelSliceMut::par_sort_by(v.as_mut_slice(), |(ra, a), (rb, b)| {
        ra.cmp(rb).then_with(|| {
            (a.line, a.col, a.severity, &a.message).cmp(&(b.line, b.col, b.severity, &b.message))
        })
    });
    let mut v: Vec<&Diagnostic> = v.into_iter().map(|(_, d)| d).collect();
    v.dedup_by(|a, b| a.line == b.line && a.col == b.col && a.message == b.message && a.same_as(b));
    v
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// Where a file stands among causes and effects: the configuration and the seeds come
/// before the briefs that depend on them.
fn stage(path: &Path) -> u8 {
    let first = path.components().next().map(|c| c.as_os_str());
    if path == Path::new(crate::config::CONFIG_FILE) {
        0
    } else if first == Some(std::ffi::OsStr::new(crate::site::SEEDS_DIR)) {
        1
    } else if first == Some(std::ffi::OsStr::new(crate::site::THEMES_DIR)) {
        2
    } else {
        3
    }
}

/// 1-based line and character column of a byte offset (clamped to the text).
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// Where each line of a text starts, so that many byte offsets become lines and columns
/// without rescanning the text for each ([`line_col`] and [`line_text`] do; the claims
/// check places thousands of figures in one brief).
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset of each line's start; the first is 0.
    starts: Vec<usize>,
    /// One copy of `text` for the [`SourceLine`]s of the diagnostics placed with this
    /// index, made when the first is.
    shared: OnceCell<Arc<str>>,
    /// The last offset placed, its line and its column: the claims check places its
    /// sentences and figures mostly in order along lines that are whole paragraphs, so
    /// the next column is counted on from there rather than from the line's start.
    last: Cell<(usize, usize, usize)>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex {
            text,
            starts,
            shared: OnceCell::new(),
            // Line 0 is no line: nothing to count on from yet.
            last: Cell::new((0, 0, 0)),
        }
    }

    /// [`LineIndex::new`] for a text already shared: its [`SourceLine`]s share it too,
    /// with no copy at all.
    pub fn shared(text: &'a Arc<str>) -> Self {
        let index = LineIndex::new(text);
        let _ = index.shared.set(Arc::clone(text));
        index
    }

    /// What [`line_col`] gives for `offset` in the text.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let (last_offset, last_line, last_col) = self.last.get();
        let col = if last_line == line && last_offset <= offset {
            last_col + self.text[last_offset..offset].chars().count()
        } else {
            self.text[start..offset].chars().count() + 1
        };
        self.last.set((offset, line, col));
        (line, col)
    }

    /// What [`line_text`] gives for 1-based line `line`.
    pub fn line(&self, line: usize) -> Option<&'a str> {
        self.line_range(line).map(|r| &self.text[r])
    }

    /// The byte range of 1-based line `line`, without its line ending.
    fn line_range(&self, line: usize) -> Option<Range<usize>> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let end = self.starts.get(line).map_or(self.text.len(), |&e| e - 1);
        let end = if self.text[start..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        Some(start..end)
    }

    /// [`LineIndex::line`] as a [`SourceLine`] sharing this index's one copy of the text.
    pub fn source_line(&self, line: usize) -> Option<SourceLine> {
        let range = self.line_range(line)?;
        let text = Arc::clone(self.shared.get_or_init(|| Arc::from(self.text)));
        Some(SourceLine::new(text, range))
    }
}

/// The text of 1-based line `line`, without its line ending.
pub fn line_text(text: &str, line: usize) -> Option<&str> {
    if line == 0 {
        return None;
    }
    text.split('\n')
        .nth(line - 1)
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
}

/// A path shown relative to the site root when it lies inside it.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

/// The candidates closest to `word` by edit distance, for "did you mean" suggestions.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .map(|c| (edit_distance(word, c), c))
        .filter(|&(d, c)| d <= (word.len().max(c.len()) / 2).max(2))
        .collect();
    scored.sort();
    scored.dedup();
    let best = scored.first().map(|&(d, _)| d);
    scored
        .into_iter()
        .take_while(|&(d, _)| Some(d) == best || Some(d) == best.map(|b| b + 1))
        .take(3)
        .map(|(_, c)| c)
        .collect()
}

/// "did you mean `a` or `b`?" for a non-empty list of suggestions.
pub fn did_you_mean(suggestions: &[&str]) -> Option<String> {
    match suggestions {
        [] => None,
        [one] => Some(format!("did you mean `{one}`?")),
        many => {
            let quoted: Vec<String> = many.iter().map(|s| format!("`{s}`")).collect();
            Some(format!("did you mean one of {}?", quoted.join(", ")))
        }
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "ab\n“x” y\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        let y = text.find('y').unwrap();
        assert_eq!(line_col(text, y), (2, 5));
    }

    // Guards: the line index places every offset (inside characters, past the end, on a
    // CRLF line) as line_col and line_text do.
    #[test]
    fn line_index_agrees_with_line_col_and_line_text() {
        for text in ["", "ab\n“x” y\n", "a\r\nb\r\n\r\nc", "\n\nend", "no break"] {
            let index = LineIndex::new(text);
            for offset in 0..=text.len() + 2 {
                assert_eq!(
                    index.line_col(offset),
                    line_col(text, offset),
                    "{text:?} at {offset}"
                );
            }
            // Out of order too: a column is counted on from the last one only after it.
            for offset in (0..=text.len() + 2).rev().chain([3, 1, 4, 1, 5]) {
                assert_eq!(
                    index.line_col(offset),
                    line_col(text, offset),
                    "{text:?} at {offset}, backwards"
                );
            }
            for line in 0..6 {
                assert_eq!(
                    index.line(line),
                    line_text(text, line),
                    "{text:?} line {line}"
                );
            }
        }
    }

    #[test]
    fn display_shows_line_and_caret() {
        let text = "title: x\nsources: [ap-2025-02-52]\n";
        let d = Diagnostic::error("content/a.md", "unknown source `ap-2025-02-52`")
            .at(text, text.find("ap-").unwrap())
            .with_help("did you mean `ap-2025-02-25`?");
        let shown = d.to_string();
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(
            lines[0],
            "content/a.md:2:11: error: unknown source `ap-2025-02-52`"
        );
        assert_eq!(lines[1], " 2 | sources: [ap-2025-02-52]");
        assert_eq!(lines[2], "   |           ^");
        assert_eq!(lines[3], "  help: did you mean `ap-2025-02-25`?");
    }

    // Guards: the line a build prints without colour is byte for byte `write_human`'s
    // (the formatter's) and a line break: errors and warnings, whole-file and placed,
    // with and without help, on long lines cut to their window and short ones, lines
    // numbered 9, 10 and 1000 (the gutter's width), tabs and wide characters.
    #[test]
    fn plain_lines_are_write_humans() {
        let long = format!("{}“needle”\t{}", "é".repeat(300), "b".repeat(300));
        let mut text = format!("short\tline\n{long}\nend\n");
        text.push_str(&"x\n".repeat(1_000));
        let mut diags = vec![
            Diagnostic::error("brief.yaml", "whole file"),
            Diagnostic::warning("a b/é.md", "no place").with_help("do this"),
        ];
        for (i, at) in [
            0,
            3,
            text.find("needle").unwrap(),
            text.find("\nend").unwrap() - 2,
            12,
        ]
        .into_iter()
        .enumerate()
        {
            let d = Diagnostic::warning("c.md", format!("here {i}")).at(&text, at);
            diags.push(d.clone().with_help("help text"));
            diags.push(Diagnostic {
                severity: Severity::Error,
                ..d
            });
        }
        for line in [9, 10, 999, 1000] {
            diags.push(Diagnostic::warning("d.md", "at").at_line_col(&text, line, 1));
        }
        for d in &diags {
            let mut bytes = Vec::new();
            d.write_human_line(&mut bytes, false).unwrap();
            let mut human = String::new();
            d.write_human(&mut human, false).unwrap();
            human.push('\n');
            assert_eq!(String::from_utf8(bytes).unwrap(), human);
        }
    }

    // Guards: a line cut to its window prints exactly as the whole line did, at the start,
    // middle and end of a long line and on a short one, with tabs and wide characters;
    // and the cut keeps a diagnostic as small as before (24 bytes a source line).
    #[test]
    fn lines_cut_to_their_window_print_as_before() {
        assert_eq!(std::mem::size_of::<SourceLine>(), 24);
        let long = format!("{}“needle”\t{}", "é".repeat(3_000), "b".repeat(3_000));
        let text = format!("short line\n{long}\nend\n");
        let mut diags = Diagnostics::new();
        for at in [
            0,
            3,
            text.find("needle").unwrap(),
            text.find("\nend").unwrap() - 2,
            12,
        ] {
            diags.push(Diagnostic::warning("c.md", "here").at(&text, at));
        }
        let before: Vec<String> = diags.iter().map(|d| d.render(false)).collect();
        diags.keep_shown_lines();
        let after: Vec<String> = diags.iter().map(|d| d.render(false)).collect();
        assert_eq!(before, after);
        let kept: usize = diags
            .iter()
            .filter_map(|d| d.source_line.as_ref())
            .map(|l| l.len())
            .sum();
        assert!(kept < 1_500, "{kept} bytes kept");
    }

    #[test]
    fn long_lines_show_a_window_around_the_column() {
        let line = format!("{}needle{}", "a".repeat(50_000), "b".repeat(50_000));
        let text = format!("x\n{line}\n");
        let d = Diagnostic::error("c.md", "here").at(&text, text.find("needle").unwrap());
        let shown = d.to_string();
        assert!(shown.len() < 400, "{} bytes shown", shown.len());
        let lines: Vec<&str> = shown.lines().collect();
        let caret = lines[2].find('^').unwrap();
        let code = lines[1];
        // The caret stands under the `n` of `needle`.
        assert_eq!(
            code.chars().nth(lines[2][..caret].chars().count()),
            Some('n')
        );
        assert!(code.contains('…'));
    }

    /// The window as it was first written (every char collected, the whole line
    /// counted): [`Window::of`] must show exactly this, only faster.
    fn window_reference(line: &str, col: usize) -> (String, usize) {
        let chars: Vec<char> = line
            .chars()
            .map(|c| if c == '\t' { ' ' } else { c })
            .collect();
        let caret = col.saturating_sub(1).min(chars.len());
        if chars.len() <= WINDOW_MAX {
            return (chars.into_iter().collect(), caret);
        }
        let start = caret.saturating_sub(WINDOW_BEFORE);
        let end = (caret + WINDOW_AFTER).min(chars.len());
        let mut shown = String::new();
        let mut caret_at = caret - start;
        if start > 0 {
            shown.push('…');
            caret_at += 1;
        }
        shown.extend(&chars[start..end]);
        if end < chars.len() {
            shown.push('…');
        }
        (shown, caret_at)
    }

    #[test]
    fn the_window_matches_the_reference_at_every_length_and_column() {
        for len in [0, 1, 5, 119, 120, 121, 122, 180, 181, 182, 300] {
            for fill in ["a", "é", "\t", "a\t€"] {
                let line: String = fill.chars().cycle().take(len).collect();
                for col in [
                    0, 1, 2, 40, 41, 60, 61, 100, 119, 120, 121, 122, 140, 250, 299, 300, 301, 400,
                ] {
                    assert_eq!(
                        window(&line, col),
                        window_reference(&line, col),
                        "len {len} fill {fill:?} col {col}"
                    );
                }
            }
        }
    }

    #[test]
    fn diagnostics_placed_with_a_line_index_share_its_text() {
        let text: Arc<str> = Arc::from("one\r\ntwo\nthree");
        let lines = LineIndex::shared(&text);
        let d = Diagnostic::warning("a.md", "x").at_line_col_in(&lines, 2, 1);
        assert_eq!(d.source_line.as_deref(), Some("two"));
        let d = Diagnostic::warning("a.md", "x").at_line_col_in(&lines, 1, 1);
        assert_eq!(d.source_line.as_deref(), Some("one"));
        assert_eq!(d, Diagnostic::warning("a.md", "x").at_line_col(&text, 1, 1));
        assert!(lines.source_line(4).is_none());
    }

    #[test]
    fn a_warning_at_the_end_of_a_file_stays_on_its_last_line() {
        let text = "---\ntitle: T\n---\n";
        let d = Diagnostic::warning("s.md", "no text").at(text, text.len());
        assert_eq!(d.line, 3);
        assert_eq!(d.source_line.as_deref(), Some("---"));
    }

    #[test]
    fn github_and_json_formats() {
        let text = "a\nsources: [x]\n";
        let d = Diagnostic::error("content/a,b.md", "unknown source `x`\n100%")
            .at(text, 11)
            .with_help("did you mean `y`?");
        assert_eq!(
            d.to_github(),
            "::error file=content/a%2Cb.md,line=2,col=10::unknown source `x`%0A100%25%0Ahelp: did you mean `y`?"
        );
        let json = d.to_json();
        assert_eq!(json["line"], 2);
        assert_eq!(json["severity"], "error");
        assert_eq!(json["help"], "did you mean `y`?");
    }

    #[test]
    fn colour_marks_the_severity() {
        let d = Diagnostic::error("a.md", "m");
        assert!(d.render(true).contains("\x1b[1;31merror:"));
        assert!(!d.render(false).contains('\x1b'));
    }

    #[test]
    fn seeds_sort_before_the_briefs_that_cite_them() {
        let mut diags = Diagnostics::new();
        diags.push(Diagnostic::error("content/a.md", "cites"));
        diags.push(Diagnostic::error("seeds/x.md", "missing outlet"));
        diags.push(Diagnostic::error("brief.yaml", "bad"));
        let order: Vec<String> = diags
            .sorted()
            .iter()
            .map(|d| d.path.display().to_string())
            .collect();
        assert_eq!(order, ["brief.yaml", "seeds/x.md", "content/a.md"]);
    }

    #[test]
    fn closest_suggests_near_ids_only() {
        let ids = ["ap-2025-02-25", "abp-live-2025-02", "kure-2025-12-23"];
        assert_eq!(closest("ap-2025-02-52", ids), vec!["ap-2025-02-25"]);
        assert!(closest("zzzzzzzz", ids).is_empty());
        let twice = ["kure-2025-12-23", "kure-2025-12-23"];
        assert_eq!(closest("kure-2025-12-24", twice), vec!["kure-2025-12-23"]);
    }
}

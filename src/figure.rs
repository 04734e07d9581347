//! Figures: finding the quantities a reader could check in a text, and comparing them.
//!
//! Pure functions over strings, used on both sides of the figure check
//! ([`crate::claims`]): [`extract`] finds the figures of a brief's sentence and of each
//! seed paragraph, normalised to a value, a unit and a precision, so that `$500bn`,
//! `$500 billion` and `500 billion dollars` are one figure; [`Figure::matches`] decides
//! whether a seed's figure supports a brief's, allowing the rounding the brief's wording
//! states.
//!
//! What is a figure (README, "Figures"):
//!
//! - a number written in digits (`17`, `1,250`, `6.1`, `.5`), with or without a currency
//!   (`$`, `US$`, `€`, `£`, `₴`, `₹`, `Rs`, `dollars`, `euros`, `hryvnias`, `USD` …), a
//!   scale (`thousand`, `million`, `billion`, `trillion`, `bn`, `m`, `k`, `tn`, `lakh`,
//!   `crore`, `lakh crore`), a percentage (`%`, `percent`, `per cent`, `percentage
//!   points`), a unit of measure (`tonnes`, `km`, `barrels` …) or a multiplier (`10-fold`);
//! - a number in words from eleven up (`Twenty-one`, `a hundred`), or any number word with
//!   a scale, percentage, currency, unit or `-fold` (`two million`, `three percent`,
//!   `tenfold`); the counting words one to ten alone (`the two sides`) are not. Read whole:
//!   `One thousand two hundred and fifty`, `twelve-thousand`, `two point five billion`,
//!   `two and a half billion`, `a million and a half`;
//! - a fraction (`half`, `a third`, `two-thirds`, `a quarter`), taken as a percentage, or
//!   before `a` and a scale a share of it (`half a trillion`, `a quarter of a million`);
//! - `N of M` / `N out of M` (`21 of 30`, `Twenty-one of the 30`), unless both are
//!   counting words (`two of the three`);
//! - a range (`20 to 30`, `20–30`, `between 20 and 30`), a ratio (`50:50`, `a 50-50
//!   split`: whole numbers that do not rise).
//!
//! Not figures: years (a bare 1000–2100 with no currency, scale or unit), dates (a day
//! next to a month name), decades (`1990s`), times (`8:27`, `3 pm`), ordinals (`21st`,
//! `third`), and identifiers (`F-16`, `COVID-19`, `G7`, `para. 4`, `Article 5`,
//! `Resolution 2231`). Dates and years are left out on purpose: they place a claim in
//! time rather than measure something, seeds write them in many forms, and a brief's
//! timeline dates live in the front matter, not in sentences.

use std::fmt;
use std::sync::LazyLock;

use crate::ascii::{Classes, is_space};

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// A plain number (`17`, `21 of 30`).
    Count,
    /// An amount of money in a currency (ISO code).
    Money(&'static str),
    /// A percentage, or a fraction taken as one (`half` = 50).
    Percent,
    /// Percentage points.
    Points,
    /// A quantity in a unit of measure (canonical name: `tonne`, `km` …).
    Measure(&'static str),
    /// A multiplier (`tenfold`).
    Times,
}

/// The form of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shape {
    /// One value (`lo == hi`).
    Single,
    /// `lo` to `hi`.
    Range,
    /// `lo` of `hi`.
    Of,
    /// `lo:hi`.
    Ratio,
}

/// A qualifier before a figure, which allows rounding in one direction or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Qualifier {
    /// No qualifier: the figure is exact to its last written digit.
    #[default]
    Exact,
    /// `about`, `around`, `roughly`, `approximately`, `some`, `an estimated`, `~`.
    About,
    /// `more than`, `over`, `above`, `at least`, `upwards of`, `in excess of`.
    AtLeast,
    /// `nearly`, `almost`, `less than`, `fewer than`, `under`, `below`, `up to`,
    /// `at most`, `close to`.
    AtMost,
}

/// A figure found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Byte range in the text, qualifier included.
    pub start: usize,
    pub end: usize,
    /// Where the number itself starts (after the qualifier).
    pub number_start: usize,
    pub shape: Shape,
    pub unit: Unit,
    pub lo: f64,
    pub hi: f64,
    pub qualifier: Qualifier,
    /// The place value of the last written digit, scaled (`1.2 trillion` → 1e11).
    pub step: f64,
    /// The same, ignoring trailing zeros (`500` → 100), for qualified figures.
    pub loose_step: f64,
}

impl Figure {
    /// Whether `seed`, a figure of the seed, supports this figure of the brief: same
    /// shape and unit, and a value that rounds to this one at the precision it is
    /// written to ([`rounds_to`]: half away from zero, at most a fifth of the value). A
    /// qualifier widens that precision to the last non-zero digit (at most 10% of the
    /// value), in its direction: `more than 20` accepts 20 up to 22 and `about $500
    /// billion` accepts $450–550 billion; `$500 billion` accepts only 500. A value that is
    /// not finite (a run of digits too long for an `f64`) supports nothing and is
    /// supported by nothing.
    pub fn matches(&self, seed: &Figure) -> bool {
        if ![self.lo, self.hi, seed.lo, seed.hi]
            .iter()
            .all(|v| v.is_finite())
        {
            return false;
        }
        // A count is supported by either number of a seed's `N of M` (`30` by "21 of the 30").
        if self.shape == Shape::Single && self.unit == Unit::Count && seed.shape == Shape::Of {
            return self.qualifier == Qualifier::Exact
                && (close(self.lo, seed.lo, 1e-9) || close(self.lo, seed.hi, 1e-9));
        }
        if self.shape != seed.shape || !compatible(self.unit, seed.unit) {
            return false;
        }
        match self.shape {
            Shape::Of | Shape::Ratio => {
                close(self.lo, seed.lo, 1e-9) && close(self.hi, seed.hi, 1e-9)
            }
            Shape::Single | Shape::Range => {
                self.value_matches(self.lo, seed.lo) && self.value_matches(self.hi, seed.hi)
            }
        }
    }

    /// Whether the seed's value supports the brief's `brief` (one end of this figure): it
    /// rounds to it ([`rounds_to`]), or it lies within the band the qualifier states.
    fn value_matches(&self, brief: f64, seed: f64) -> bool {
        let tol = brief.abs() * 1e-9 + 1e-12;
        let exact = exact_band(brief, self.step) + tol;
        let loose = (self.loose_step / 2.0).min(brief.abs() * 0.1).max(exact);
        let full = self.loose_step.min(brief.abs() * 0.1).max(exact);
        let rounds = rounds_to(brief, seed, self.step);
        match self.qualifier {
            Qualifier::Exact => rounds,
            Qualifier::About => rounds || (seed - brief).abs() <= loose,
            Qualifier::AtLeast => rounds || (seed >= brief - tol && seed <= brief + full),
            Qualifier::AtMost => rounds || (seed <= brief + tol && seed >= brief - full),
        }
    }

    /// Whether `seed` is the same kind of figure (a candidate for "the seed says …").
    pub fn same_kind(&self, seed: &Figure) -> bool {
        self.shape == seed.shape && compatible(self.unit, seed.unit)
    }

    /// How far `seed`'s value is from this one (for picking the nearest miss).
    pub fn distance(&self, seed: &Figure) -> f64 {
        let d = |a: f64, b: f64| ((a.abs() + 1e-9) / (b.abs() + 1e-9)).ln().abs();
        d(self.lo, seed.lo) + d(self.hi, seed.hi)
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unit::Count => f.write_str("count"),
            Unit::Money(c) => write!(f, "money ({c})"),
            Unit::Percent => f.write_str("percent"),
            Unit::Points => f.write_str("percentage points"),
            Unit::Measure(u) => f.write_str(u),
            Unit::Times => f.write_str("multiple"),
        }
    }
}

fn compatible(a: Unit, b: Unit) -> bool {
    match (a, b) {
        (Unit::Count, Unit::Measure(_)) | (Unit::Measure(_), Unit::Count) => true,
        _ => a == b,
    }
}

/// The largest a figure's implied rounding may be: half a unit of its last written digit
/// (`step`), but never more than a fifth of its value, so that a figure written to one
/// significant digit does not stand for half or twice itself (`$1 trillion` for a seed's
/// $500 billion, `1 million` for 1.4 million).
fn exact_band(brief: f64, step: f64) -> f64 {
    (step / 2.0).min(brief.abs() * MAX_IMPLIED_ROUNDING)
}

/// The most an unqualified figure may differ from the seed's, as a share of its value (see
/// [`exact_band`]).
const MAX_IMPLIED_ROUNDING: f64 = 0.2;

/// Whether `seed` rounded to the precision `brief` is written to (`step`, the place value
/// of its last digit) gives `brief`. A tie rounds half away from zero, one way only: a
/// seed's 3.5 gives 4, not 3; 1.25 gives 1.3, not 1.2. When [`exact_band`]'s cap is
/// narrower than half a step, the band is the cap, on both sides (its ends are no ties).
fn rounds_to(brief: f64, seed: f64, step: f64) -> bool {
    let tol = brief.abs().max(seed.abs()) * 1e-9 + 1e-12;
    // The same value, up to the error of reading it (a figure always supports itself,
    // even written to more digits than an `f64` holds).
    if (seed - brief).abs() <= tol {
        return true;
    }
    let band = exact_band(brief, step);
    if band < step / 2.0 {
        return (seed - brief).abs() <= band + tol;
    }
    // Mirrored so that the figure is not negative: a tie below it (nearer zero) rounds up
    // to it, a tie above it rounds up past it.
    let (b, s) = if brief < 0.0 {
        (-brief, -seed)
    } else {
        (brief, seed)
    };
    let d = s - b;
    d >= -band - tol && d < band - tol
}

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= a.abs().max(b.abs()) * rel + 1e-12
}

// ---------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Num,
    Word,
    Sym,
}

#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    kind: Kind,
    text: &'a str,
    start: usize,
    end: usize,
}

impl Tok<'_> {
    fn is(&self, word: &str) -> bool {
        self.kind != Kind::Num && self.text.eq_ignore_ascii_case(word)
    }
    fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
    }
    fn sym(&self, c: char) -> bool {
        self.kind == Kind::Sym && self.text.starts_with(c)
    }
}

/// The char at byte `i` of `text` (a char boundary) and its length in bytes; ASCII
/// without decoding.
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Splits `text` into numbers, words and single symbols; whitespace separates them and is
/// dropped. The whole text's tokens, for tests and fuzzing: [`extract`] reads only windows
/// with [`Tokens`].
#[cfg(any(test, feature = "fuzzing"))]
fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut tokens = Tokens { text, at: 0 };
    std::iter::from_fn(|| tokens.next_token()).collect()
}

/// The tokens of a text from a byte offset on, one at a time. Byte by byte, decoding only
/// what is not ASCII.
///
/// Started at offset 0, or just after an ASCII whitespace byte (no token holds one), it
/// gives the very tokens the whole text's reading gives from there: what a token is
/// depends only on the bytes from its start on.
struct Tokens<'a> {
    text: &'a str,
    /// Where the next token is looked for.
    at: usize,
}

impl<'a> Tokens<'a> {
    fn next_token(&mut self) -> Option<Tok<'a>> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = self.at;
        loop {
            while bytes.get(i).is_some_and(|&b| is_space(b)) {
                i += 1;
            }
            let (c, len) = char_at(text, i)?;
            if len > 1 && c.is_whitespace() {
                i += len;
                continue;
            }
            let tok = token_at(text, i, c, len);
            self.at = tok.end;
            return Some(tok);
        }
    }
}

/// The token starting at byte `i` of `text`, whose first char `c` (`len` bytes) is no
/// whitespace.
fn token_at(text: &str, i: usize, c: char, len: usize) -> Tok<'_> {
    let bytes = text.as_bytes();
    let (kind, end) = if c.is_ascii_digit() {
        // Digits, with `,` before groups of exactly three digits and one `.` before
        // decimals.
        let mut end = i + 1;
        let mut seen_dot = false;
        while end < bytes.len() {
            let b = bytes[end];
            if b.is_ascii_digit() {
                end += 1;
            } else if b == b','
                && !seen_dot
                && end + 3 < bytes.len() + 1
                && bytes[end + 1..].len() >= 3
                && bytes[end + 1..end + 4].iter().all(u8::is_ascii_digit)
                && !bytes.get(end + 4).is_some_and(u8::is_ascii_digit)
            {
                end += 4;
            } else if b == b'.' && !seen_dot && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
                seen_dot = true;
                end += 1;
            } else {
                break;
            }
        }
        (Kind::Num, end)
    } else if c.is_alphabetic() {
        // A word: letters, with inner `-` or `'`/`’` between letters.
        let mut end = i + len;
        loop {
            // ASCII letters, the common case, without decoding.
            while bytes.get(end).is_some_and(u8::is_ascii_alphabetic) {
                end += 1;
            }
            match char_at(text, end) {
                Some((d, dlen)) if dlen > 1 && d.is_alphabetic() => end += dlen,
                Some((d, dlen))
                    if matches!(d, '-' | '\'' | '’' | '‑')
                        && char_at(text, end + dlen).is_some_and(|(a, _)| a.is_alphabetic()) =>
                {
                    end += dlen
                }
                _ => break,
            }
        }
        (Kind::Word, end)
    } else {
        (Kind::Sym, i + len)
    };
    Tok {
        kind,
        text: &text[i..end],
        start: i,
        end,
    }
}

// ---------------------------------------------------------------------------------------
// Vocabulary

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Words after which a number names something rather than counts it.
const IDENTIFIER_WORDS: &[&str] = &[
    "para",
    "paras",
    "paragraph",
    "paragraphs",
    "p",
    "pp",
    "page",
    "pages",
    "article",
    "articles",
    "section",
    "sections",
    "chapter",
    "chapters",
    "no",
    "nos",
    "number",
    "resolution",
    "rule",
    "clause",
    "annex",
    "item",
    "vol",
    "volume",
    "issue",
    "table",
    "figure",
    "fig",
    "step",
    "phase",
    "level",
    "stage",
    "round",
    "grade",
    "flight",
    "route",
    "highway",
    "version",
    "episode",
    "season",
    "part",
    "act",
    "amendment",
    "protocol",
    "category",
    "windows",
    "iphone",
    "boeing",
    "airbus",
];

const SMALL: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];
const TEENS: &[&str] = &[
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn small_value(w: &str) -> Option<f64> {
    SMALL
        .iter()
        .position(|s| w.eq_ignore_ascii_case(s))
        .map(|i| i as f64)
}

/// Whether a word can begin a number in words as [`words_number`] reads them (`half`,
/// `a third`, `a dozen`, `one hundred`, `twenty-one`, `two-thirds`). Every word of a text
/// is asked, so this is one length check and one match: most words cannot.
fn may_start_words_number(w: &str) -> bool {
    let bytes = w.as_bytes();
    // Every word below begins with one of these letters: most words are turned away here.
    match bytes.first().map(|b| b | 0x20) {
        Some(b'a' | b'e' | b'f' | b'h' | b'n' | b'o' | b's' | b't' | b'z') => {}
        _ => return false,
    }
    // The part before the first `-` or `‑` (U+2011), found byte-wise: any other byte
    // beyond ASCII makes a word none of those below.
    let n = match bytes.iter().take(10).position(|&b| b == b'-' || b >= 0x80) {
        Some(n) if bytes[n] == b'-' || bytes[n..].starts_with("‑".as_bytes()) => n,
        Some(_) => return false,
        None => bytes.len().min(10),
    };
    if n > 9 {
        return false;
    }
    let head = &bytes[..n];
    let mut lower = [0u8; 9];
    for (l, b) in lower.iter_mut().zip(head) {
        *l = b.to_ascii_lowercase();
    }
    matches!(
        &lower[..head.len()],
        b"a" | b"an"
            | b"half"
            | b"zero"
            | b"one"
            | b"two"
            | b"three"
            | b"four"
            | b"five"
            | b"six"
            | b"seven"
            | b"eight"
            | b"nine"
            | b"ten"
            | b"eleven"
            | b"twelve"
            | b"thirteen"
            | b"fourteen"
            | b"fifteen"
            | b"sixteen"
            | b"seventeen"
            | b"eighteen"
            | b"nineteen"
            | b"twenty"
            | b"thirty"
            | b"forty"
            | b"fifty"
            | b"sixty"
            | b"seventy"
            | b"eighty"
            | b"ninety"
    )
}

/// A number word below a hundred: `(value, is a counting word one to ten)`.
fn word_value(w: &str) -> Option<(f64, bool)> {
    if let Some(v) = small_value(w) {
        return Some((v, true));
    }
    if let Some(i) = TEENS.iter().position(|s| w.eq_ignore_ascii_case(s)) {
        return Some((11.0 + i as f64, false));
    }
    if let Some(i) = TENS.iter().position(|s| w.eq_ignore_ascii_case(s)) {
        return Some((20.0 + 10.0 * i as f64, false));
    }
    // `twenty-one`
    let (tens, unit) = w.split_once(['-', '‑'])?;
    let t = TENS.iter().position(|s| tens.eq_ignore_ascii_case(s))?;
    let u = small_value(unit).filter(|&u| u >= 1.0)?;
    Some((20.0 + 10.0 * t as f64 + u, false))
}

fn scale_word(w: &Tok<'_>, attached: bool, money: bool) -> Option<f64> {
    let t = w.text;
    let is = |s: &str| t.eq_ignore_ascii_case(s);
    Some(if is("thousand") {
        1e3
    } else if is("million") || is("mn") || is("mln") {
        1e6
    } else if is("billion") || is("bn") || is("bln") {
        1e9
    } else if is("trillion") || is("tn") || is("trn") {
        1e12
    } else if is("lakh") || is("lakhs") {
        1e5
    } else if is("crore") || is("crores") {
        1e7
    } else if attached && (t == "k" || t == "K") {
        1e3
    } else if attached && money && (t == "m" || t == "M") {
        1e6
    } else if attached && money && (t == "b" || t == "B") {
        1e9
    } else {
        return None;
    })
}

fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "₴" => "UAH",
        "₹" => "INR",
        "¥" => "JPY",
        "₽" => "RUB",
        _ => return None,
    })
}

fn currency_code(s: &str) -> Option<&'static str> {
    Some(match s {
        "USD" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "UAH" => "UAH",
        "INR" => "INR",
        "RUB" => "RUB",
        "CNY" => "CNY",
        "JPY" => "JPY",
        "Rs" => "INR",
        _ => return None,
    })
}

/// `w` in ASCII lower case, written into `buf`: `None` if it is longer than `buf` (no
/// word the vocabulary looks up is). Asked for a word after each number, so no allocation.
fn ascii_lowercase<'b>(w: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let out = buf.get_mut(..w.len())?;
    out.copy_from_slice(w.as_bytes());
    out.make_ascii_lowercase();
    // Lower-casing ASCII letters keeps UTF-8 valid.
    std::str::from_utf8(out).ok()
}

/// A currency named after the number (`dollars`, `US dollars`): code and tokens used.
fn currency_after(toks: &[Tok<'_>], i: usize) -> Option<(&'static str, usize)> {
    let t = toks.get(i)?;
    if t.kind != Kind::Word {
        return None;
    }
    let mut buf = [0; 16];
    let Some(w) = ascii_lowercase(t.text, &mut buf) else {
        return currency_code(t.text).map(|c| (c, 1));
    };
    let code = match w {
        "dollar" | "dollars" => "USD",
        "us" if toks
            .get(i + 1)
            .is_some_and(|n| n.is_any(&["dollar", "dollars"])) =>
        {
            return Some(("USD", 2));
        }
        "euro" | "euros" => "EUR",
        "pounds" | "pound" if toks.get(i + 1).is_some_and(|n| n.is("sterling")) => {
            return Some(("GBP", 2));
        }
        "sterling" => "GBP",
        "hryvnia" | "hryvnias" | "hryvnya" | "hryvnyas" | "hryvnas" => "UAH",
        "rupee" | "rupees" => "INR",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "rouble" | "roubles" | "ruble" | "rubles" => "RUB",
        _ => return currency_code(t.text).map(|c| (c, 1)),
    };
    Some((code, 1))
}

/// The currency that ends a hyphenated compound (`five-million-dollar`, `million-euro`):
/// its code, and the compound before it.
fn currency_tail(word: &str) -> Option<(&'static str, &str)> {
    let (compound, tail) = word.rsplit_once(['-', '‑'])?;
    let tail = Tok {
        kind: Kind::Word,
        text: tail,
        start: 0,
        end: tail.len(),
    };
    let (code, _) = currency_after(std::slice::from_ref(&tail), 0)?;
    Some((code, compound))
}

/// A unit of measure after the number: canonical name and tokens used.
fn measure_after(toks: &[Tok<'_>], i: usize, attached: bool) -> Option<(&'static str, usize)> {
    let t = toks.get(i)?;
    if t.kind != Kind::Word {
        return None;
    }
    let mut buf = [0; 16];
    // No unit is named with more than 16 bytes.
    let w = ascii_lowercase(t.text, &mut buf)?;
    let next_is = |words: &[&str]| toks.get(i + 1).is_some_and(|n| n.is_any(words));
    if w == "square"
        && next_is(&[
            "kilometres",
            "kilometers",
            "km",
            "miles",
            "metres",
            "meters",
        ])
    {
        return Some(("square km", 2));
    }
    if w == "cubic" && next_is(&["metres", "meters", "m"]) {
        return Some(("cubic metre", 2));
    }
    if w == "metric" && next_is(&["tons", "tonnes"]) {
        return Some(("tonne", 2));
    }
    let unit = match w {
        "tonne" | "tonnes" | "ton" | "tons" | "mt" => "tonne",
        "kilogram" | "kilograms" | "kg" | "kilo" | "kilos" => "kg",
        "gram" | "grams" => "g",
        "kilometre" | "kilometres" | "kilometer" | "kilometers" | "km" => "km",
        "metre" | "metres" | "meter" | "meters" => "m",
        "m" if attached => "m",
        "mile" | "miles" => "mile",
        "km2" | "km²" | "sq" => "square km",
        "hectare" | "hectares" | "ha" => "hectare",
        "acre" | "acres" => "acre",
        "barrel" | "barrels" | "bpd" => "barrel",
        "litre" | "litres" | "liter" | "liters" => "litre",
        "megawatt" | "megawatts" | "mw" => "MW",
        "gigawatt" | "gigawatts" | "gw" => "GW",
        "kilowatt" | "kilowatts" | "kw" => "kW",
        "twh" => "TWh",
        "gwh" => "GWh",
        "mwh" => "MWh",
        "bcm" => "bcm",
        "degree" | "degrees" => "degree",
        "ounce" | "ounces" | "oz" => "ounce",
        "pound" | "pounds" | "lb" | "lbs" => "lb",
        "carat" | "carats" => "carat",
        "foot" | "feet" | "ft" => "foot",
        "inch" | "inches" => "inch",
        _ => return None,
    };
    Some((unit, 1))
}

/// A qualifier ending just before token `i`: the qualifier and its first token.
fn qualifier_before(toks: &[Tok<'_>], i: usize) -> (Qualifier, usize) {
    let w = |k: usize| i.checked_sub(k).and_then(|j| toks.get(j));
    let one = |k: usize, words: &[&str]| w(k).is_some_and(|t| t.is_any(words));
    if one(1, &["than"]) && one(2, &["more", "less", "fewer", "greater"]) {
        let q = if one(2, &["more", "greater"]) {
            Qualifier::AtLeast
        } else {
            Qualifier::AtMost
        };
        return (q, i - 2);
    }
    if one(1, &["least"]) && one(2, &["at"]) {
        return (Qualifier::AtLeast, i - 2);
    }
    if one(1, &["most"]) && one(2, &["at"]) {
        return (Qualifier::AtMost, i - 2);
    }
    if one(1, &["to"]) && one(2, &["up", "close"]) {
        return (Qualifier::AtMost, i - 2);
    }
    if one(1, &["of"]) && one(2, &["upwards", "excess"]) {
        let first = if one(3, &["in"]) { i - 3 } else { i - 2 };
        return (Qualifier::AtLeast, first);
    }
    if one(1, &["estimated"]) {
        let first = if one(2, &["an"]) { i - 2 } else { i - 1 };
        return (Qualifier::About, first);
    }
    if w(1).is_some_and(|t| t.sym('~')) {
        return (Qualifier::About, i - 1);
    }
    if one(
        1,
        &[
            "about",
            "around",
            "roughly",
            "approximately",
            "approx",
            "some",
            "circa",
            "c",
        ],
    ) {
        return (Qualifier::About, i - 1);
    }
    if one(1, &["over", "above", "exceeding"]) {
        let first = if one(2, &["just", "well", "slightly"]) {
            i - 2
        } else {
            i - 1
        };
        return (Qualifier::AtLeast, first);
    }
    if one(1, &["nearly", "almost", "under", "below"]) {
        let first = if one(2, &["just", "slightly"]) {
            i - 2
        } else {
            i - 1
        };
        return (Qualifier::AtMost, first);
    }
    (Qualifier::Exact, i)
}

// ---------------------------------------------------------------------------------------
// Numbers

/// A number read at token `i`: its value, the tokens it used, its precision, and
/// whether it was a counting word one to ten.
#[derive(Debug, Clone, Copy)]
struct Number {
    value: f64,
    used: usize,
    step: f64,
    loose: f64,
    small_word: bool,
    /// A fraction (`half`, `a third`): already a percentage.
    fraction: bool,
}

fn digits_number(t: &Tok<'_>) -> Option<Number> {
    digits_text(t.text)
}

/// A number in digits (`1,250`, `6.1`, and `0.5` for `.5`), to its last written digit.
fn digits_text(text: &str) -> Option<Number> {
    // Most numbers have no group separator: those are read without a copy.
    let plain: std::borrow::Cow<'_, str> = if text.contains(',') {
        text.replace(',', "").into()
    } else {
        text.into()
    };
    let value: f64 = plain.parse().ok()?;
    let (step, loose) = match plain.split_once('.') {
        Some((int, dec)) => {
            let step = 10f64.powi(-(dec.len() as i32));
            let trimmed = dec.trim_end_matches('0');
            let loose = if trimmed.is_empty() {
                int_loose(int)
            } else {
                10f64.powi(-(trimmed.len() as i32))
            };
            (step, loose)
        }
        None => (1.0, int_loose(&plain)),
    };
    Some(Number {
        value,
        used: 1,
        step,
        loose,
        small_word: false,
        fraction: false,
    })
}

fn int_loose(int: &str) -> f64 {
    let zeros = int.len() - int.trim_end_matches('0').len();
    if zeros == int.len() {
        1.0
    } else {
        10f64.powi(zeros as i32)
    }
}

const FRACTIONS: &[(&str, &str, f64)] = &[
    ("half", "halves", 2.0),
    ("third", "thirds", 3.0),
    ("quarter", "quarters", 4.0),
    ("fourth", "fourths", 4.0),
    ("fifth", "fifths", 5.0),
    ("sixth", "sixths", 6.0),
    ("eighth", "eighths", 8.0),
    ("tenth", "tenths", 10.0),
];

fn fraction(word: &str, plural: bool) -> Option<f64> {
    FRACTIONS.iter().find_map(|&(one, many, d)| {
        let w = if plural { many } else { one };
        word.eq_ignore_ascii_case(w).then_some(d)
    })
}

fn fraction_number(numerator: f64, denominator: f64, used: usize) -> Number {
    Number {
        value: numerator / denominator * 100.0,
        used,
        step: 1.0,
        loose: 10.0,
        small_word: false,
        fraction: true,
    }
}

/// A fraction `numerator`/`denominator` read at token `i` in `used` tokens: a share of a
/// scale when `of a` and a scale follow (`a quarter of a million` is 250,000, `three
/// quarters of a billion`, `two-thirds of a trillion`), else a percentage (`a quarter` is
/// 25%). The share is the number before the scale, written to hundredths like `0.25
/// million` (halves to tenths, like `0.5 million`); the scale is left to the figure.
fn fraction_or_share(
    toks: &[Tok<'_>],
    i: usize,
    numerator: f64,
    denominator: f64,
    used: usize,
) -> Number {
    let at = i + used;
    let of_a_scale = toks.get(at).is_some_and(|t| t.is("of"))
        && toks.get(at + 1).is_some_and(|t| t.is_any(&["a", "an"]))
        && toks
            .get(at + 2)
            .is_some_and(|t| scale_word(t, false, false).is_some());
    if !of_a_scale {
        return fraction_number(numerator, denominator, used);
    }
    let step = if denominator == 2.0 { 0.1 } else { 0.01 };
    Number {
        value: numerator / denominator,
        used: used + 2,
        step,
        loose: step,
        small_word: false,
        fraction: false,
    }
}

/// `half a` at token `i`, before a scale (`half a trillion dollars`: 0.5, the scale left
/// to the figure), a percentage (`half a percentage point`: 0.5) or `dozen` and `hundred`
/// (`half a dozen`: 6). Before anything else `half a` is no number (`half a loaf`).
fn half_a(toks: &[Tok<'_>], i: usize) -> Option<Number> {
    if !toks.get(i + 1).is_some_and(|a| a.is_any(&["a", "an"])) {
        return None;
    }
    let what = toks.get(i + 2)?;
    let (value, used, step) = if what.is("dozen") {
        (6.0, 3, 1.0)
    } else if what.is("hundred") {
        (50.0, 3, 1.0)
    } else if scale_word(what, false, false).is_some()
        || what.is_any(&["percent", "percentage"])
        || (what.is("per") && toks.get(i + 3).is_some_and(|c| c.is("cent")))
    {
        (0.5, 2, 0.1)
    } else {
        return None;
    };
    Some(Number {
        value,
        used,
        step,
        loose: step,
        small_word: false,
        fraction: false,
    })
}

/// Whether the word after a fraction lets it stand as a figure (`a third of`, `half.`).
fn fraction_follows(toks: &[Tok<'_>], i: usize) -> bool {
    match toks.get(i) {
        None => true,
        Some(t) if t.kind == Kind::Sym => !t.sym('-'),
        Some(t) => t.is_any(&[
            "of", "the", "its", "their", "his", "her", "our", "all", "that", "this", "these",
            "those", "and", "or", "in", "is", "was", "are", "were",
        ]),
    }
}

/// A digit in words, `zero` to `nine`, as after `point` (`two point five`).
fn digit_word(t: &Tok<'_>) -> Option<f64> {
    small_value(t.text).filter(|&d| d < 10.0)
}

/// How many digits in words after `point` a number reads (`one point two five three`):
/// with the number, `point` and a scale, a figure of six tokens, within [`LOOK`].
const POINT_DIGITS: usize = 3;

/// A number in words below a thousand at token `i`, as a group of a longer number reads
/// them (`twelve`, `twenty-one`, `twenty one`, `two hundred`, `two hundred and fifty`):
/// `(value, used, is a counting word one to ten, loose step)`.
fn words_group(toks: &[Tok<'_>], i: usize) -> Option<(f64, usize, bool, f64)> {
    let t = toks.get(i)?;
    let (mut value, mut small_word) = word_value(t.text)?;
    let mut used = 1;
    let mut loose = if value >= 20.0 && value % 10.0 == 0.0 {
        10.0
    } else {
        1.0
    };
    // `twenty one`, `one hundred`, `two hundred and fifty`.
    if value >= 20.0
        && value % 10.0 == 0.0
        && let Some(n) = toks.get(i + 1)
        && let Some(u) = small_value(n.text).filter(|&u| u >= 1.0)
        && n.start == t.end + 1
    {
        value += u;
        used = 2;
        loose = 1.0;
    } else if let Some(n) = toks.get(i + 1)
        && n.is("hundred")
        && value < 10.0
    {
        value *= 100.0;
        used = 2;
        small_word = false;
        loose = 100.0;
        if toks.get(i + 2).is_some_and(|a| a.is("and"))
            && let Some((rest, _)) = toks.get(i + 3).and_then(|r| word_value(r.text))
        {
            value += rest;
            used = 4;
            loose = 1.0;
        }
    }
    Some((value, used, small_word, loose))
}

/// The scales that join the groups of a number in words (`one thousand two hundred`).
fn group_scale(t: &Tok<'_>) -> Option<f64> {
    if t.is("thousand") {
        Some(1e3)
    } else if t.is("million") {
        Some(1e6)
    } else if t.is("billion") {
        Some(1e9)
    } else if t.is("trillion") {
        Some(1e12)
    } else {
        None
    }
}

/// A number word and a scale in one hyphenated word (`twelve-thousand`, `two-million`,
/// `twenty-five-thousand`, `three-hundred`): read whole, to the scale's unit, like
/// `twelve thousand`.
fn hyphenated_scale(t: &Tok<'_>) -> Option<Number> {
    let text = currency_tail(t.text).map_or(t.text, |(_, compound)| compound);
    let (head, tail) = text.rsplit_once(['-', '‑'])?;
    let scale = if tail.eq_ignore_ascii_case("hundred") {
        100.0
    } else {
        group_scale(&Tok { text: tail, ..*t })?
    };
    let (value, _) = word_value(head)?;
    let loose = if value >= 20.0 && value % 10.0 == 0.0 {
        10.0
    } else {
        1.0
    };
    // `three-hundred` is written to the unit, like `three hundred`.
    let step = if scale == 100.0 { 1.0 } else { scale };
    Some(Number {
        value: value * scale,
        used: 1,
        step,
        loose: loose * scale,
        small_word: false,
        fraction: false,
    })
}

/// A number in words at token `i` (`Twenty-one`, `one hundred`, `a third`, `half`, `half
/// a` before a scale, `a quarter of a` before one, `One thousand two hundred and fifty`,
/// `two point five`, `twelve-thousand`).
fn words_number(toks: &[Tok<'_>], i: usize) -> Option<Number> {
    let t = toks.get(i)?;
    let prev = i.checked_sub(1).and_then(|j| toks.get(j));
    // The digits after `point` belong to the number before it (`two point five`), or are
    // a fraction of their own (`rose point five percent`, 0.5%, left unread rather than
    // read as 5%) unless `point` is a noun (`at that point five million`); a digit after
    // a digit belongs to the number it is part of: none is read alone.
    let before_prev = i.checked_sub(2).and_then(|j| toks.get(j));
    if digit_word(t).is_some()
        && let Some(p) = prev
        && (digit_word(p).is_some()
            || (p.is("point")
                && !before_prev.is_some_and(|n| {
                    n.is_any(&[
                        "the", "that", "this", "some", "one", "a", "any", "each", "every", "which",
                        "what", "no",
                    ])
                })))
    {
        return None;
    }
    // Fractions.
    if t.is("half") {
        if let Some(n) = half_a(toks, i) {
            return Some(n);
        }
        let ordinal_before = prev.is_some_and(|p| {
            p.is_any(&[
                "first", "second", "last", "latter", "other", "better", "the", "this", "that",
            ])
        });
        if !ordinal_before && fraction_follows(toks, i + 1) {
            return Some(fraction_or_share(toks, i, 1.0, 2.0, 1));
        }
        return None;
    }
    if t.is_any(&["a", "one"])
        && let Some(next) = toks.get(i + 1)
        && let Some(d) = fraction(next.text, false)
        && d > 2.0
        && fraction_follows(toks, i + 2)
    {
        return Some(fraction_or_share(toks, i, 1.0, d, 2));
    }
    if let Some((n, parts)) = t.text.split_once(['-', '‑'])
        && let Some(n) = small_value(n)
        && let Some(d) = fraction(parts, n > 1.0)
    {
        return Some(fraction_or_share(toks, i, n, d, 1));
    }
    if let Some(n) = small_value(t.text)
        && n >= 1.0
        && let Some(next) = toks.get(i + 1)
        && let Some(d) = fraction(next.text, n > 1.0)
        && (n > 1.0 || d > 2.0)
        && (n > 1.0 || fraction_follows(toks, i + 2))
    {
        return Some(fraction_or_share(toks, i, n, d, 2));
    }
    // `a dozen`, `a hundred`, `a million`, `two dozen`, and groups below a thousand.
    let (mut value, mut used, mut small_word, mut loose) = if t.is_any(&["a", "an"]) {
        match toks.get(i + 1) {
            Some(n) if n.is("dozen") => (12.0, 2, false, 12.0),
            Some(n) if n.is("hundred") => (100.0, 2, false, 100.0),
            Some(n) if scale_word(n, false, false).is_some() => (1.0, 1, false, 1.0),
            _ => return None,
        }
    } else if word_value(t.text).is_some() {
        let group = words_group(toks, i)?;
        if group.1 == 1
            && let Some(n) = toks.get(i + 1)
            && n.is("dozen")
        {
            (group.0 * 12.0, 2, false, group.3)
        } else {
            group
        }
    } else {
        return hyphenated_scale(t);
    };
    let mut step = 1.0;
    // `One thousand two hundred and fifty`, `two million three hundred thousand`: groups
    // below a thousand joined by falling scales are one number. A scale with no group
    // after it is left to the figure (`two million`, like `1.5 million`).
    let mut joined = 0.0;
    let mut last_scale = f64::INFINITY;
    let mut k = i + used;
    while let Some(s) = toks.get(k).and_then(group_scale)
        && s < last_scale
    {
        let at = k + 1 + usize::from(toks.get(k + 1).is_some_and(|a| a.is("and")));
        let Some(group) = words_group(toks, at) else {
            break;
        };
        // `one thousand two million` is a thousand, then two million.
        if toks
            .get(at + group.1)
            .and_then(group_scale)
            .is_some_and(|next| next >= s)
        {
            break;
        }
        joined += value * s;
        last_scale = s;
        value = group.0;
        loose = group.3;
        k = at + group.1;
    }
    if joined > 0.0 {
        // The last group's own scale (`… three hundred thousand`) is part of the number.
        if let Some(s) = toks
            .get(k)
            .and_then(group_scale)
            .filter(|&s| s < last_scale)
        {
            value *= s;
            step = s;
            loose *= s;
            k += 1;
        }
        value += joined;
        used = k - i;
        small_word = false;
    } else if toks.get(i + used).is_some_and(|p| p.is("point"))
        && toks.get(i + used + 1).and_then(digit_word).is_some()
    {
        // `two point five`: up to `POINT_DIGITS` digits in words; a number with more is
        // not read at all.
        let mut digits = 0;
        let mut place = 1.0;
        while let Some(d) = toks.get(i + used + 1 + digits).and_then(digit_word) {
            if digits == POINT_DIGITS {
                return None;
            }
            place /= 10.0;
            value += d * place;
            digits += 1;
        }
        used += 1 + digits;
        step = place;
        loose = place;
        small_word = false;
    }
    Some(Number {
        value,
        used,
        step,
        loose,
        small_word,
        fraction: false,
    })
}

// ---------------------------------------------------------------------------------------
// Extraction

/// Finds the figures of `text` (a sentence, a paragraph), in order.
///
/// As if [`figure_at`] were asked at each token of the whole text in turn, going on after
/// each figure it finds (the tests hold the two readings together, on any text), but only
/// windows of the text around its [`anchors`] are split into tokens: a figure has an
/// anchor among its first [`LOOK`] tokens, and most words of a paragraph with a figure in
/// it are far from any. Each window starts [`LOOK`] - 1 + [`CONTEXT`] whitespace-separated
/// chunks holding ASCII (a token each at least) before its first anchor, so that the
/// tokens a figure's reading looks back at are there; it ends where the next anchor is
/// further on than the tokens read so far, and the next window begins anew.
pub fn extract(text: &str) -> Vec<Figure> {
    let bytes = text.as_bytes();
    let anchors = anchors(bytes);
    if anchors.is_empty() {
        return Vec::new();
    }
    let mut figures: Vec<(Figure, Option<f64>, bool)> = Vec::new();
    // Room for a window's tokens at once: a window rarely holds more.
    let mut toks: Vec<Tok<'_>> = Vec::with_capacity(2 * AHEAD + LOOK + CONTEXT);
    // Read on from one window to the next: `toks` are the tokens it read last, in a row.
    let mut tokens = Tokens { text, at: 0 };
    // Every token starting before `done` has been read (or could start no figure).
    let mut done = 0;
    // `anchors[next..]` are the anchors not yet passed.
    let mut next = 0;
    'windows: loop {
        while anchors.get(next).is_some_and(|&a| a < done) {
            next += 1;
        }
        let Some(&anchor) = anchors.get(next) else {
            break;
        };
        // Tokens from the window's start; candidates for a figure's first token from
        // `first` (a token start: `done` is one, and so is the start of a chunk).
        // (Counting back is additive: `CONTEXT` chunks before the first candidate's.)
        let first = chunks_back(bytes, anchor, LOOK - 1);
        let start = chunks_back(bytes, first, CONTEXT);
        // The last window's tokens from `start` on are this one's first: a token depends
        // only on the bytes from its start on. Otherwise the window reads anew.
        match toks.binary_search_by_key(&start, |t| t.start) {
            Ok(k) => {
                toks.drain(..k);
            }
            Err(_) => {
                toks.clear();
                tokens.at = start;
            }
        }
        let first = first.max(done);
        let mut i = match toks.iter().position(|t| t.start >= first) {
            Some(i) => i,
            None => loop {
                let Some(t) = tokens.next_token() else {
                    break 'windows;
                };
                toks.push(t);
                if t.start >= first {
                    break toks.len() - 1;
                }
            },
        };
        loop {
            fill(&mut toks, &mut tokens, i + LOOK + 1);
            let Some(t) = toks.get(i) else {
                break 'windows;
            };
            while anchors.get(next).is_some_and(|&a| a < t.start) {
                next += 1;
            }
            let Some(&anchor) = anchors.get(next) else {
                break 'windows;
            };
            let reach = toks.get(i + LOOK).map_or(usize::MAX, |r| r.start);
            if anchor >= reach {
                // No figure starts at token `i`. When the next anchor is beyond the tokens
                // read, nor at any of them but the last `LOOK` - 1, and the anchor's own
                // window reads on.
                if anchor >= toks[toks.len() - 1].end {
                    done = toks[toks.len() - LOOK].start;
                    continue 'windows;
                }
                i += 1;
                continue;
            }
            if !may_start_figure(t) {
                i += 1;
                continue;
            }
            fill(&mut toks, &mut tokens, i + AHEAD);
            match figure_at(&toks, i) {
                Some((figure, after, scale, bare)) => {
                    figures.push((figure, scale, bare));
                    i = after;
                }
                None => i += 1,
            }
        }
    }
    merge_ranges(text, figures)
}

/// A figure has an anchor (see [`anchors`]) among its first `LOOK` tokens: its number
/// comes within its first three (`-$5`, `US$ 5`), and a number word that makes no figure
/// alone (`a`, `one` to `ten`) needs an anchor at most five tokens on (`two out of the
/// twelve`, `two out of the a dozen`).
const LOOK: usize = 6;

/// How many tokens before a figure's first its reading looks at (`in excess of 5`).
const CONTEXT: usize = 3;

/// How many tokens from a figure's first its reading may look at, and more: its number
/// within three, two for the number in words (`two hundred and fifty`), a scale, two for
/// a unit, or `out of the` and the total's four and the word after it.
const AHEAD: usize = 16;

/// Reads tokens into `toks` until it holds `len` of them or the text ends.
fn fill<'a>(toks: &mut Vec<Tok<'a>>, tokens: &mut Tokens<'a>, len: usize) {
    while toks.len() < len {
        let Some(t) = tokens.next_token() else {
            return;
        };
        toks.push(t);
    }
}

/// The start of the `n`th chunk before the one holding byte `at`, counting only chunks
/// with an ASCII byte in them, or 0. A chunk is a run of bytes other than ASCII
/// whitespace, so it starts where a token does; one with an ASCII byte holds a token at
/// least (a chunk of non-ASCII whitespace holds none).
fn chunks_back(bytes: &[u8], at: usize, n: usize) -> usize {
    let mut p = at.min(bytes.len());
    while p > 0 && !is_space(bytes[p - 1]) {
        p -= 1;
    }
    let mut counted = 0;
    while counted < n && p > 0 {
        while p > 0 && is_space(bytes[p - 1]) {
            p -= 1;
        }
        let mut ascii = false;
        while p > 0 && !is_space(bytes[p - 1]) {
            p -= 1;
            ascii |= bytes[p] < 0x80;
        }
        if ascii {
            counted += 1;
        }
    }
    p
}

/// Where a figure may be, in order: each digit that follows no digit, each `%`, and the
/// start of each run of ASCII letters that [`anchor_word`] names. Every figure's number,
/// or the word that makes a number in words one (`five kilos`, `a dozen`), holds one.
fn anchors(bytes: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    // Looked at 64 bytes at a time: a bit per byte for each class, so that the starts of
    // runs of letters and of digits, and the lengths of the runs of letters, come out of
    // shifts, and only the starts are visited.
    let (starts_of_words, pairs) = (&*ANCHOR_STARTS, &*ANCHOR_PAIRS);
    let mut prev_alpha = 0u64;
    let mut prev_digit = 0u64;
    let mut base = 0;
    while base < bytes.len() {
        let end = (base + 64).min(bytes.len());
        let Classes {
            alpha,
            digit,
            percent,
            ..
        } = Classes::of(&bytes[base..end]);
        let word_starts = alpha & !((alpha << 1) | prev_alpha);
        let digit_starts = digit & !((digit << 1) | prev_digit);
        prev_alpha = alpha >> 63;
        prev_digit = digit >> 63;
        let mut starts = word_starts | digit_starts | percent;
        while starts != 0 {
            let bit = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let at = base + bit;
            if word_starts & (1 << bit) == 0 {
                out.push(at);
                continue;
            }
            // The run's length, read on past the block when it reaches the block's end.
            let mut len = (!(alpha >> bit)).trailing_zeros() as usize;
            if at + len == end {
                len += bytes[end..]
                    .iter()
                    .position(|b| !b.is_ascii_alphabetic())
                    .unwrap_or(bytes.len() - end);
            }
            let run = &bytes[at..at + len];
            let anchor = match *run {
                [] | [_] => false,
                [a, b] => pairs.has(&[a, b]),
                [a, b, c, ..] => {
                    (len >= 4 && ends_with_fold_letters(run))
                        || (starts_of_words.has(&[a, b, c]) && anchor_word(run))
                }
            };
            if anchor {
                out.push(at);
            }
        }
        base = end;
    }
    out
}

/// Whether a run of at least four ASCII letters ends in `fold`, in any case: `| 0x20`
/// lower-cases an ASCII letter.
fn ends_with_fold_letters(run: &[u8]) -> bool {
    let n = run.len();
    let last = [run[n - 4], run[n - 3], run[n - 2], run[n - 1]];
    u32::from_le_bytes(last) | 0x2020_2020 == u32::from_le_bytes(*b"fold")
}

/// The runs of two ASCII letters that are anchors (see [`anchor_word`]), found once from
/// [`anchor_word`] itself.
static ANCHOR_PAIRS: LazyLock<LetterSet> = LazyLock::new(|| {
    let mut pairs = LetterSet::new(2);
    for a in b'a'..=b'z' {
        for b in b'a'..=b'z' {
            if anchor_word(&[a, b]) {
                pairs.set(&[a, b]);
            }
        }
    }
    pairs
});

/// Whether a run of ASCII letters (maximal: no ASCII letter on either side) may be part
/// of a figure with no digit: it starts with a word of [`NUMBER_WORDS`] that may start a
/// word, or a teen, or is one of those that must stand alone, or `pp`, `pct` or `per`
/// (`per cent`), or it ends with `fold`. A word of a figure is a whole token, or its part
/// before a `-` (`twenty-one`), and a token's ASCII letters are such a run.
fn anchor_word(run: &[u8]) -> bool {
    let n = run.len();
    if n >= 4 && ends_with_fold_letters(run) {
        return true;
    }
    let (Some(first), Some(second)) = (run.first(), run.get(1)) else {
        return false;
    };
    if let Some(third) = run.get(2)
        && !ANCHOR_STARTS.has(&[*first, *second, *third])
    {
        return false;
    }
    ANCHOR_WORDS_BY_LETTER[usize::from(first.to_ascii_lowercase() - b'a')]
        .iter()
        .any(|&(word, place)| {
            n >= word.len()
                && run[..word.len()].eq_ignore_ascii_case(word.as_bytes())
                && (matches!(place, Place::WordStart) || word.len() == n)
        })
}

/// The words [`anchor_word`] looks for besides [`NUMBER_WORDS`].
const MORE_ANCHOR_WORDS: &[(Place, &[&str])] = &[
    // "eleven" and "twelve" are in NUMBER_WORDS; the teens after them start no other word.
    (Place::WordStart, TEENS.split_at(2).1),
    (Place::Word, &["pp", "pct", "per", "point"]),
];

/// The words of [`anchor_word`], of ASCII letters only (`per cent` is found by `per`,
/// `km2` by `km`), by where they must stand.
fn anchor_words() -> impl Iterator<Item = (&'static str, Place)> {
    NUMBER_WORDS
        .iter()
        .chain(MORE_ANCHOR_WORDS)
        .flat_map(|&(place, words)| words.iter().map(move |&w| (w, place)))
        .filter(|(w, _)| w.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// The three-letter beginnings ([`LetterSet`]) of [`anchor_words`].
static ANCHOR_STARTS: LazyLock<LetterSet> = LazyLock::new(|| {
    let mut starts = LetterSet::new(3);
    for (word, place) in anchor_words() {
        match word.as_bytes() {
            // A word that must stand alone is no start of a longer run: its trigrams
            // would only let through every word that begins like it (`harbor`, `has`).
            [_, _] if matches!(place, Place::Word) => {}
            [a, b] => {
                for c in b'a'..=b'z' {
                    starts.set(&[*a, *b, c]);
                }
            }
            [a, b, c, ..] => starts.set(&[*a, *b, *c]),
            _ => {}
        }
    }
    starts
});

/// [`anchor_words`] by their first letter (`a` to `z`).
static ANCHOR_WORDS_BY_LETTER: LazyLock<[Vec<(&'static str, Place)>; 26]> = LazyLock::new(|| {
    let mut by_letter: [Vec<(&'static str, Place)>; 26] = Default::default();
    for (word, place) in anchor_words() {
        if let Some(first) = word.bytes().next() {
            by_letter[usize::from(first.to_ascii_lowercase() - b'a')].push((word, place));
        }
    }
    by_letter
});

/// Whether [`figure_at`] could find a figure starting at `t`: a number, a sign or
/// currency symbol, or a word that can open a currency, a multiplier or a number in words.
/// Every token of a block with a digit is asked and most are plain words, so this is the
/// cheap test before [`figure_at`]'s reading; it must answer yes wherever that could.
fn may_start_figure(t: &Tok<'_>) -> bool {
    match t.kind {
        Kind::Num => true,
        Kind::Sym => matches!(t.text, "-" | "−" | "+" | ".") || currency_symbol(t.text).is_some(),
        Kind::Word => {
            may_start_words_number(t.text)
                || ends_with_fold(t.text)
                || matches!(t.text, "US" | "C" | "A" | "HK" | "NZ")
                || currency_code(t.text).is_some()
        }
    }
}

/// Whether `w` ends in `fold`, in any case (`tenfold`, `Threefold`).
fn ends_with_fold(w: &str) -> bool {
    let n = w.len();
    n >= 4 && w.is_char_boundary(n - 4) && w[n - 4..].eq_ignore_ascii_case("fold")
}

/// Where a word of [`NUMBER_WORDS`] must stand to count.
#[derive(Clone, Copy)]
enum Place {
    /// At the start of a word (`hundreds`, `kilometres`, `per cent`).
    WordStart,
    /// As a whole word (`bn`, `ft`, `ha`: as parts of words they are everywhere).
    Word,
}

/// A bit per lower-case string of ASCII letters of one length, asked in any case: the
/// two-letter runs that are anchors ([`ANCHOR_PAIRS`]), and the three-letter beginnings of
/// the words that may start a figure ([`ANCHOR_STARTS`]). For
/// the beginnings, a word of two letters marks every trigram it begins, unless it must
/// stand alone (a run it is has no third letter to look up); a word whose third byte is
/// not a letter marks none (a run whose third byte is a letter cannot start it).
struct LetterSet(Vec<u64>);

impl LetterSet {
    /// An empty set of strings of `len` letters.
    fn new(len: u32) -> LetterSet {
        LetterSet(vec![0; 32usize.pow(len) / 64 + 1])
    }

    /// Five bits a letter: the low five bits of an ASCII letter are its place in the
    /// alphabet (1 to 26) in either case, so no case is folded and nothing multiplied.
    fn index(letters: &[u8]) -> usize {
        letters
            .iter()
            .fold(0, |i, &x| (i << 5) | usize::from(x & 0x1f))
    }

    /// Whether `letters` (ASCII letters, of the set's length) are in the set, in any case.
    fn has(&self, letters: &[u8]) -> bool {
        let i = Self::index(letters);
        self.0[i / 64] & (1 << (i % 64)) != 0
    }

    fn set(&mut self, letters: &[u8]) {
        let i = Self::index(letters);
        self.0[i / 64] |= 1 << (i % 64);
    }
}

/// The words that make a number with no digit a figure (numbers past ten, fractions, and
/// the units, scales and currencies that make a small number one: `five kilos`, `two
/// bn`), by where they must stand: the words of [`anchor_word`].
const NUMBER_WORDS: &[(Place, &[&str])] = &[
    (
        Place::WordStart,
        &[
            // numbers and fractions
            "half", "halves", "third", "quarter", "fourth", "fifth", "sixth", "eighth", "tenth",
            "dozen", "hundred", "thousand", "million", "billion", "trillion", "eleven", "twelve",
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "lakh",
            "crore", "percent", "per cent", // units
            "tonne", "ton", "metric", "kilo", "gram", "metre", "meter", "mile", "square", "cubic",
            "hectare", "acre", "barrel", "litre", "liter", "megawatt", "gigawatt", "degree",
            "ounce", "pound", "carat", "foot", "feet", "inch", // currencies
            "dollar", "euro", "sterling", "hryvn", "rupee", "yen", "yuan", "renminbi", "rouble",
            "ruble",
        ],
    ),
    (
        Place::Word,
        &[
            "mn", "mln", "bn", "bln", "tn", "trn", "mt", "kg", "km", "km2", "km²", "sq", "ha",
            "bpd", "mw", "gw", "kw", "twh", "gwh", "mwh", "bcm", "oz", "lb", "lbs", "ft", "usd",
            "eur", "gbp", "uah", "inr", "rub", "cny", "jpy", "rs",
        ],
    ),
];

/// The figure starting at token `i`, if any: the figure, the next token index, its scale
/// (for a range's first half to borrow), and whether it is a bare number (no unit).
///
/// A written sign is part of the value: `-3%` and `−3 percent` are minus three percent,
/// `+3%` is three percent. A sign is a `-`, `−` or `+` glued to the number (or to the
/// currency before it: `-$5 billion`) and not glued to what comes before it, so the
/// hyphens of `20-30`, `2020-21` and `F-16` are not signs.
fn figure_at(toks: &[Tok<'_>], i: usize) -> Option<(Figure, usize, Option<f64>, bool)> {
    if let Some(negative) = sign_at(toks, i)
        && let Some((mut figure, next, scale, bare)) = unsigned_figure_at(toks, i + 1)
        && figure.shape == Shape::Single
        && figure.start == toks[i + 1].start
    {
        if negative {
            figure.lo = -figure.lo;
            figure.hi = -figure.hi;
        }
        let (qualifier, first) = qualifier_before(toks, i);
        figure.qualifier = qualifier;
        figure.start = toks[first].start;
        figure.number_start = toks[i].start;
        return Some((figure, next, scale, bare));
    }
    unsigned_figure_at(toks, i)
}

/// Whether token `i` is a written sign (`Some(true)` for minus): see [`figure_at`].
fn sign_at(toks: &[Tok<'_>], i: usize) -> Option<bool> {
    let t = toks.get(i)?;
    let negative = if t.sym('-') || t.sym('−') {
        true
    } else if t.sym('+') {
        false
    } else {
        return None;
    };
    let next = toks.get(i + 1)?;
    let starts_number =
        next.kind == Kind::Num || (next.kind == Kind::Sym && currency_symbol(next.text).is_some());
    if next.start != t.end || !starts_number {
        return None;
    }
    let free = i.checked_sub(1).is_none_or(|p| {
        let p = &toks[p];
        p.end < t.start || (p.kind == Kind::Sym && "([{“\"‘'".contains(p.text))
    });
    free.then_some(negative)
}

/// Whether the number at `toks[j]` is the month or day of an ISO date, or the second
/// year of a span of years (`2025-03-02`, `2025-03`, `2020-21`): a hyphen glued to it
/// follows a year (four digits, 1000 to 2100) glued to the hyphen, or a month glued to
/// such a year in the same way. Dates are not figures.
fn in_iso_date(toks: &[Tok<'_>], j: usize) -> bool {
    let glued_hyphen_before = |k: usize| {
        k >= 2
            && toks[k - 1].sym('-')
            && toks[k - 1].end == toks[k].start
            && toks[k - 2].kind == Kind::Num
            && toks[k - 2].end == toks[k - 1].start
    };
    let year = |t: &Tok<'_>| {
        t.text.len() == 4
            && t.text
                .parse::<u16>()
                .is_ok_and(|y| (1000..=2100).contains(&y))
    };
    let month = |t: &Tok<'_>| t.text.len() <= 2 && t.text.bytes().all(|b| b.is_ascii_digit());
    if !glued_hyphen_before(j) {
        return false;
    }
    year(&toks[j - 2]) || (month(&toks[j - 2]) && glued_hyphen_before(j - 2) && year(&toks[j - 4]))
}

/// Whether `and a half` begins at token `k`.
fn and_a_half(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.is("and"))
        && toks.get(k + 1).is_some_and(|t| t.is("a"))
        && toks.get(k + 2).is_some_and(|t| t.is("half"))
}

/// The top of a range whose bottom, the number ending before token `k`, is a counting
/// word that makes no figure alone (`two to three billion`, `two and a half to three
/// percent`, `between five and six tonnes`): the figure after the joiner at `k` (`to`, a
/// dash, or `and` after `between`), when it is one value with a scale or a unit and no
/// qualifier of its own. `i` is the bottom's first token; the top is read from the tokens
/// before `i + AHEAD - 1`, as [`extract`]'s windows have them whether or not a sign came
/// first.
fn range_top(toks: &[Tok<'_>], i: usize, k: usize) -> Option<(Figure, usize, Option<f64>)> {
    let joiner = toks.get(k)?;
    let after_between = i.checked_sub(1).is_some_and(|p| toks[p].is("between"));
    let joins = joiner.is("to")
        || ['-', '–', '—', '‑'].into_iter().any(|d| joiner.sym(d))
        || (joiner.is("and") && after_between);
    if !joins {
        return None;
    }
    let toks = &toks[..toks.len().min(i + AHEAD - 1)];
    toks.get(k + 1)?;
    let (top, next, scale, bare) = figure_at(toks, k + 1)?;
    (top.shape == Shape::Single
        && top.qualifier == Qualifier::Exact
        && !bare
        && top.start == toks[k + 1].start)
        .then_some((top, next, scale))
}

/// Whether token `i` is the `.` of a decimal written without its leading zero (`.5%`):
/// glued to digits with no group or decimal separator after it, and not glued to what
/// comes before it (`1.2.3`, `No.5`), unless that opens a bracket or a quotation.
fn leading_dot(toks: &[Tok<'_>], i: usize) -> bool {
    let Some(t) = toks.get(i).filter(|t| t.sym('.')) else {
        return false;
    };
    let digits = toks
        .get(i + 1)
        .is_some_and(|n| n.kind == Kind::Num && n.start == t.end && !n.text.contains([',', '.']));
    digits
        && i.checked_sub(1).is_none_or(|p| {
            let p = &toks[p];
            p.end < t.start || (p.kind == Kind::Sym && "([{“\"‘'".contains(p.text))
        })
}

fn unsigned_figure_at(toks: &[Tok<'_>], i: usize) -> Option<(Figure, usize, Option<f64>, bool)> {
    let t = &toks[i];
    let adjacent = |a: &Tok<'_>, b: &Tok<'_>| a.end == b.start;

    // Currency before the number: `$`, `US$`, `€`, `Rs`, `USD`.
    let mut j = i;
    let mut currency = None;
    if t.kind == Kind::Sym
        && let Some(c) = currency_symbol(t.text)
    {
        currency = Some(c);
        j = i + 1;
    } else if t.kind == Kind::Word
        && matches!(t.text, "US" | "C" | "A" | "HK" | "NZ")
        && toks
            .get(i + 1)
            .is_some_and(|n| n.sym('$') && adjacent(t, n))
    {
        currency = Some(match t.text {
            "C" => "CAD",
            "A" => "AUD",
            "HK" => "HKD",
            "NZ" => "NZD",
            _ => "USD",
        });
        j = i + 2;
    } else if leading_dot(toks, i) {
        j = i + 1;
    } else if t.kind == Kind::Word
        && let Some(c) = currency_code(t.text)
        && (toks.get(i + 1).is_some_and(|n| n.kind == Kind::Num)
            || (toks.get(i + 1).is_some_and(|n| n.sym('.'))
                && toks.get(i + 2).is_some_and(|n| n.kind == Kind::Num)))
    {
        currency = Some(c);
        j = i + 1;
        if toks.get(j).is_some_and(|n| n.sym('.')) {
            j += 1; // `Rs. 30`
        }
    }
    if currency.is_some() {
        // A currency word is only part of a figure if a number follows.
        toks.get(j).filter(|n| n.kind == Kind::Num)?;
    }
    let num_tok = toks.get(j)?;
    let number = if num_tok.kind == Kind::Num {
        // Identifiers: glued to letters (`F-16`, `G7`, `COVID-19`), after `#`, after
        // words such as `para.` or `Article`.
        let dotted = currency.is_none() && j > i;
        let before = j.checked_sub(1).map(|k| &toks[k]).filter(|_| !dotted);
        if currency.is_none() {
            if let Some(b) = before {
                let glued = adjacent(b, num_tok)
                    && (b.kind == Kind::Word || b.sym('#') || b.sym('/') || b.sym('.'));
                let hyphen_glued = (b.sym('-') || b.sym('‑'))
                    && adjacent(b, num_tok)
                    && j >= 2
                    && toks[j - 2].kind == Kind::Word
                    && adjacent(&toks[j - 2], b);
                if glued || hyphen_glued || b.sym('#') || in_iso_date(toks, j) {
                    return None;
                }
                let word_before = if b.sym('.') && j >= 2 {
                    Some(&toks[j - 2])
                } else if b.kind == Kind::Word {
                    Some(b)
                } else if b.sym('¶') || b.sym('§') {
                    return None;
                } else {
                    None
                };
                if word_before.is_some_and(|w| w.is_any(IDENTIFIER_WORDS)) {
                    return None;
                }
            }
            // Versions and dotted numbers (`1.2.3`), times (`8:27`), ordinals.
            if let Some(n) = toks.get(j + 1)
                && adjacent(num_tok, n)
            {
                if n.sym('.')
                    && toks
                        .get(j + 2)
                        .is_some_and(|m| m.kind == Kind::Num && adjacent(n, m))
                {
                    return None;
                }
                if n.kind == Kind::Word
                    && n.text.len() <= 2
                    && n.is_any(&["st", "nd", "rd", "th", "s", "am", "pm"])
                {
                    return None;
                }
            }
        }
        if dotted {
            digits_text(&format!("0.{}", num_tok.text))?
        } else {
            digits_number(num_tok)?
        }
    } else if currency.is_none() {
        if let Some(figure) = fold_word(toks, j) {
            return Some((figure, j + 1, None, false));
        }
        if !may_start_words_number(num_tok.text) {
            return None;
        }
        words_number(toks, j)?
    } else {
        return None;
    };
    let mut number = number;
    let mut k = j + number.used;
    // `two and a half billion`, `2 and a half percent`: a half more, written to tenths
    // like `2.5 billion`. Only before a scale or a percentage: `two and a half years` is
    // no figure, as `two years` is none.
    if !number.fraction
        && and_a_half(toks, k)
        && (toks.get(k + 3).is_some_and(|n| {
            scale_word(n, false, currency.is_some()).is_some()
                || n.sym('%')
                || n.is("percent")
                || (n.is("per") && toks.get(k + 4).is_some_and(|c| c.is("cent")))
        }) || (number.small_word && range_top(toks, i, k + 3).is_some()))
    {
        number.value += 0.5;
        number.step = number.step.min(0.1);
        number.loose = number.step;
        number.used += 3;
        k += 3;
    }
    let last_num = &toks[k - 1];

    // Scale: `500 billion`, `500bn`, `$5m`, and the Indian compounds `30 lakh crore`
    // (10^12) and `50 thousand crore` (10^10).
    let mut scale = None;
    if let Some(s) = toks.get(k)
        && s.kind == Kind::Word
        && let Some(v) = scale_word(s, adjacent(last_num, s), currency.is_some())
    {
        scale = Some(v);
        k += 1;
        if (v == 1e5 || v == 1e3) && toks.get(k).is_some_and(|c| c.is_any(&["crore", "crores"])) {
            scale = Some(v * 1e7);
            k += 1;
        }
    } else if let Some(h) = toks.get(k)
        && (h.sym('-') || h.sym('‑'))
        && adjacent(last_num, h)
        && let Some(w) = toks.get(k + 1)
        && w.kind == Kind::Word
        && adjacent(h, w)
        && let Some(head) = w.text.split(['-', '‑']).next()
        && let Some(v) = scale_word(&Tok { text: head, ..*w }, false, false)
    {
        // A scale hyphenated to the number, as an adjective is: `a $5-million contract`,
        // `a 500-billion-dollar deal`, `a 5-million-strong army`.
        scale = Some(v);
        k += 2;
    }
    // `a five-million-dollar grant`, `a 5-million-dollar grant`: the currency ends the
    // compound the number or its scale is part of.
    let tail_currency = match currency {
        None => currency_tail(toks[k - 1].text).map(|(code, _)| code),
        Some(_) => None,
    };
    let mut value = number.value;
    let mut step = number.step;
    let mut loose = number.loose;
    if let Some(s) = scale {
        value *= s;
        step *= s;
        loose *= s;
        // `a million and a half`: half the scale more, written to tenths of it.
        if and_a_half(toks, k) && !toks.get(k + 3).is_some_and(|o| o.is("of")) {
            value += 0.5 * s;
            step = step.min(0.1 * s);
            loose = step;
            k += 3;
        }
    }
    let mut unit = if number.fraction {
        Unit::Percent
    } else {
        Unit::Count
    };
    if let Some(c) = currency.or(tail_currency) {
        unit = Unit::Money(c);
    }
    let mut has_unit = currency.is_some() || tail_currency.is_some() || number.fraction;
    let end_tok = |k: usize| &toks[k - 1];
    // What follows: a percentage, a currency, a unit of measure, `-fold`.
    if let Some(n) = toks.get(k) {
        if currency.is_none() && tail_currency.is_none() && !number.fraction {
            if n.sym('%') || n.is_any(&["percent", "pct"]) {
                unit = Unit::Percent;
                k += 1;
                has_unit = true;
            } else if n.is("per") && toks.get(k + 1).is_some_and(|c| c.is("cent")) {
                unit = Unit::Percent;
                k += 2;
                has_unit = true;
            } else if n.is("percentage")
                && toks
                    .get(k + 1)
                    .is_some_and(|c| c.is_any(&["points", "point"]))
            {
                unit = Unit::Points;
                k += 2;
                has_unit = true;
            } else if n.is("pp") {
                unit = Unit::Points;
                k += 1;
                has_unit = true;
            } else if let Some((c, used)) = currency_after(toks, k) {
                unit = Unit::Money(c);
                k += used;
                has_unit = true;
            } else if (n.sym('-') || n.sym('‑'))
                && adjacent(end_tok(k), n)
                && toks
                    .get(k + 1)
                    .is_some_and(|f| f.is("fold") && adjacent(n, f))
            {
                unit = Unit::Times;
                k += 2;
                has_unit = true;
            } else if n.is("fold") && adjacent(end_tok(k), n) {
                unit = Unit::Times;
                k += 1;
                has_unit = true;
            } else if let Some((u, used)) = measure_after(toks, k, adjacent(end_tok(k), n)) {
                unit = Unit::Measure(u);
                k += used;
                has_unit = true;
            }
        } else if number.fraction && n.is_any(&["percent"]) {
            return None;
        }
    }
    let bare = !has_unit && scale.is_none();

    // Dates, years, times, decades.
    if currency.is_none() && num_tok.kind == Kind::Num && bare {
        let month_before = j
            .checked_sub(1)
            .map(|b| &toks[b])
            .map(|b| {
                if b.sym('.') && j >= 2 {
                    &toks[j - 2]
                } else {
                    b
                }
            })
            .is_some_and(|b| b.is_any(MONTHS) || b.text == "May");
        let month_after = toks
            .get(k)
            .is_some_and(|a| a.is_any(MONTHS) || a.text == "May");
        let day = number.value >= 1.0 && number.value <= 31.0 && number.step == 1.0;
        if day && (month_before || month_after) {
            return None;
        }
        // Years: 1800 to 2100, or any four digits after `in`, `since` and the like
        // (`1250` alone is a number, `in 1654` a year).
        let year_word = j.checked_sub(1).map(|b| &toks[b]).is_some_and(|b| {
            b.is_any(&[
                "in", "since", "by", "until", "till", "from", "of", "year", "circa", "early",
                "late", "mid", "spring", "summer", "autumn", "fall", "winter", "before", "after",
                "during",
            ])
        });
        let year_like = !num_tok.text.contains([',', '.'])
            && num_tok.text.len() == 4
            && ((1800.0..=2100.0).contains(&number.value)
                || (year_word && (1000.0..=2100.0).contains(&number.value)));
        if year_like {
            return None;
        }
        if let Some(n) = toks.get(k)
            && n.sym(':')
            && let Some(m) = toks.get(k + 1)
            && m.kind == Kind::Num
            && adjacent(end_tok(k), n)
            && adjacent(n, m)
        {
            // `50:50` is a ratio; `8:27` and `12:30` are times.
            let is_time = number.value <= 24.0 && m.text.len() == 2
                || toks
                    .get(k + 2)
                    .is_some_and(|a| a.is_any(&["am", "pm", "a.m", "p.m"]));
            if is_time {
                return None;
            }
            let hi: f64 = m.text.replace(',', "").parse().ok()?;
            let figure = Figure {
                start: t.start,
                end: m.end,
                number_start: t.start,
                shape: Shape::Ratio,
                unit: Unit::Count,
                lo: number.value,
                hi,
                qualifier: Qualifier::Exact,
                step: 1.0,
                loose_step: 1.0,
            };
            return Some((figure, k + 2, None, false));
        }
        let clock = toks
            .get(k)
            .is_some_and(|a| a.is_any(&["am", "pm", "o'clock", "GMT", "UTC", "BST", "CET"]))
            || (toks.get(k).is_some_and(|a| a.is_any(&["a", "p"]))
                && toks.get(k + 1).is_some_and(|d| d.sym('.'))
                && toks.get(k + 2).is_some_and(|m| m.is("m")));
        if clock {
            return None;
        }
    }

    // `N of M`, `N out of M`, `Twenty-one of the 30`.
    if bare && let Some(of) = of_total(toks, k) {
        let (m_index, m) = of;
        if !(number.small_word && m.small_word) {
            let (qualifier, first) = qualifier_before(toks, i);
            let m_end = toks[m_index + m.used - 1].end;
            let figure = Figure {
                start: toks[first].start,
                end: m_end,
                number_start: t.start,
                shape: Shape::Of,
                unit: Unit::Count,
                lo: number.value,
                hi: m.value,
                qualifier,
                step: 1.0,
                loose_step: 1.0,
            };
            return Some((figure, m_index + m.used, None, false));
        }
    }

    // Counting words one to ten, and words like `hundred` alone, need a unit, or to be the
    // bottom of a range whose top has one (`two to three billion`): the range is read
    // here whole, the bottom taking the top's scale as [`merge_ranges`] joins ranges ([`range`]).
    if number.small_word && !has_unit && scale.is_none() {
        let (top, next, top_scale) = range_top(toks, i, k)?;
        let (qualifier, first) = qualifier_before(toks, i);
        let bottom = Figure {
            start: toks[first].start,
            end: toks[k - 1].end,
            number_start: t.start,
            shape: Shape::Single,
            unit,
            lo: value,
            hi: value,
            qualifier,
            step,
            loose_step: loose,
        };
        return Some((range(&bottom, false, &top, top_scale), next, None, false));
    }
    // `one` is also a pronoun: `one billion` is a figure, `one of them` is not.
    let (qualifier, first) = qualifier_before(toks, i);
    let end = toks[k - 1].end;
    let figure = Figure {
        start: toks[first].start,
        end,
        number_start: t.start,
        shape: Shape::Single,
        unit,
        lo: value,
        hi: value,
        qualifier,
        step,
        loose_step: loose,
    };
    Some((figure, k, scale, bare))
}

/// `tenfold`, `threefold`, `hundredfold`: a multiplier in one word.
fn fold_word(toks: &[Tok<'_>], j: usize) -> Option<Figure> {
    let t = toks.get(j)?;
    // The common answer (no) needs no allocation.
    if !ends_with_fold(t.text) {
        return None;
    }
    let lower = t.text.to_ascii_lowercase();
    let stem = lower.strip_suffix("fold")?;
    let value = match stem {
        "hundred" => 100.0,
        "thousand" => 1000.0,
        _ => word_value(stem)?.0,
    };
    let (qualifier, first) = qualifier_before(toks, j);
    Some(Figure {
        start: toks[first].start,
        end: t.end,
        number_start: t.start,
        shape: Shape::Single,
        unit: Unit::Times,
        lo: value,
        hi: value,
        qualifier,
        step: 1.0,
        loose_step: 1.0,
    })
}

/// `of [the|its|their|those] M` or `out of M` at token `k`: M's token index and number.
fn of_total(toks: &[Tok<'_>], k: usize) -> Option<(usize, Number)> {
    let mut k = k;
    if toks.get(k).is_some_and(|t| t.is("out")) {
        k += 1;
    }
    if !toks.get(k).is_some_and(|t| t.is("of")) {
        return None;
    }
    k += 1;
    if toks
        .get(k)
        .is_some_and(|t| t.is_any(&["the", "its", "their", "those", "these", "our"]))
    {
        k += 1;
    }
    let t = toks.get(k)?;
    let m = if t.kind == Kind::Num {
        let n = digits_number(t)?;
        // `one of 2024's …` is not a total.
        if t.text.len() == 4 && !t.text.contains([',', '.']) && (1000.0..=2100.0).contains(&n.value)
        {
            return None;
        }
        n
    } else {
        let n = words_number(toks, k)?;
        if n.fraction {
            return None;
        }
        n
    };
    // `21 of 30 percent` is not a total of 30.
    if let Some(after) = toks.get(k + m.used)
        && (after.sym('%') || after.is_any(&["percent", "million", "billion", "thousand"]))
    {
        return None;
    }
    Some((k, m))
}

/// Joins `20 to 30`, `20–30`, `between 20 and 30`, `$20 to $30 billion` into ranges, and
/// two whole numbers with no unit joined by a hyphen or dash and not rising (`a 50-50
/// split`, `a 52-48 vote`) into ratios, as `50:50`: a range runs upwards.
fn merge_ranges(text: &str, figures: Vec<(Figure, Option<f64>, bool)>) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::with_capacity(figures.len());
    let mut pending: Option<(Figure, Option<f64>, bool)> = None;
    for (fig, scale, bare) in figures {
        if let Some((a, a_scale, a_bare)) = pending.take() {
            let between = text.get(a.end..fig.start).unwrap_or("").trim();
            let before_a = text.get(..a.start).unwrap_or("").trim_end();
            let joined = matches!(between, "to" | "-" | "–" | "—" | "‑")
                || (between == "and"
                    && before_a
                        .rsplit(char::is_whitespace)
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case("between")));
            let fits = a.shape == Shape::Single
                && fig.shape == Shape::Single
                && fig.qualifier == Qualifier::Exact
                && (a_bare || compatible(a.unit, fig.unit));
            let tally = matches!(between, "-" | "–" | "‑")
                && a_bare
                && bare
                && a.unit == Unit::Count
                && fig.unit == Unit::Count
                && a.step >= 1.0
                && fig.step >= 1.0
                && a.lo >= fig.hi;
            if joined && fits && tally {
                out.push(Figure {
                    start: a.start,
                    end: fig.end,
                    number_start: a.number_start,
                    shape: Shape::Ratio,
                    unit: Unit::Count,
                    lo: a.lo,
                    hi: fig.hi,
                    qualifier: a.qualifier,
                    step: 1.0,
                    loose_step: 1.0,
                });
                continue;
            }
            if joined && fits {
                out.push(range(&a, a_scale.is_some(), &fig, scale));
                continue;
            }
            out.push(a);
        }
        pending = Some((fig, scale, bare));
    }
    out.extend(pending.map(|(f, _, _)| f));
    out
}

/// The range from `bottom` to `top` (`20 to 30 million`, `two to three billion`): the
/// top's unit, the bottom's qualifier, and the top's `scale` given to a bottom written
/// without one (`scaled`: with one) when the bottom then stays at or below the top.
fn range(bottom: &Figure, scaled: bool, top: &Figure, scale: Option<f64>) -> Figure {
    let (mut lo, mut step) = (bottom.lo, bottom.step);
    if !scaled
        && let Some(s) = scale
        && lo * s <= top.hi
    {
        lo *= s;
        step *= s;
    }
    Figure {
        start: bottom.start,
        end: top.end,
        number_start: bottom.number_start,
        shape: Shape::Range,
        unit: top.unit,
        lo,
        hi: top.hi,
        qualifier: bottom.qualifier,
        step: step.min(top.step),
        loose_step: top.loose_step,
    }
}

/// [`extract`] as first written: [`figure_at`] asked at every token of the whole text,
/// not only in windows around anchors nor only where [`may_start_figure`] says a figure
/// can start. Slow; the reading [`extract`] must give on any text, for the unit tests and
/// the `figure` fuzz target (feature `fuzzing`).
#[cfg(any(test, feature = "fuzzing"))]
#[doc(hidden)]
pub fn extract_at_every_token(text: &str) -> Vec<Figure> {
    extract_whole_text_where(text, |_| true)
}

/// The figures of `text` read from all of its tokens at once, asking [`figure_at`] at each
/// token `may_start` lets through: the references [`extract`]'s windows are held to.
#[cfg(any(test, feature = "fuzzing"))]
fn extract_whole_text_where(text: &str, may_start: impl Fn(&Tok<'_>) -> bool) -> Vec<Figure> {
    let toks = tokenize(text);
    let mut figures = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !may_start(&toks[i]) {
            i += 1;
            continue;
        }
        match figure_at(&toks, i) {
            Some((figure, next, scale, bare)) => {
                figures.push((figure, scale, bare));
                i = next;
            }
            None => i += 1,
        }
    }
    merge_ranges(text, figures)
}

#[cfg(test)]
mod tests;

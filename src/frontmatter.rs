//! Reading a user's text file and its YAML front matter.
//!
//! Owns everything between the bytes on disk and a typed front matter: UTF-8 checking,
//! the byte-order mark, CRLF line endings, finding the `---` fences, and turning YAML
//! errors into [`Diagnostic`]s whose line is the line *in the file*, not in the YAML block.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diagnostic::Diagnostic;

/// A text file as read from disk, normalised: no BOM, `\n` line endings.
#[derive(Debug, Clone)]
pub struct SourceText {
    pub text: String,
}

impl SourceText {
    /// Decodes `bytes` as UTF-8, reporting the position of the first invalid byte.
    pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<Self, Diagnostic> {
        // The bytes read become the text as they are, not copied, unless they need a
        // change (the briefs' text is most of what a large site holds at first).
        let mut text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(err) => {
                let bytes = err.as_bytes();
                let valid = err.utf8_error().valid_up_to();
                let prefix = String::from_utf8_lossy(&bytes[..valid]).into_owned();
                let line_end = bytes[valid..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(bytes.len(), |i| valid + i);
                let shown = format!(
                    "{prefix}{}",
                    String::from_utf8_lossy(&bytes[valid..line_end])
                );
                return Err(Diagnostic::error(path, "file is not valid UTF-8")
                    .at(&shown, valid)
                    .with_help("save the file as UTF-8"));
            }
        };
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        // A lone CR is a line break too (YAML and CommonMark say so), so it becomes `\n`
        // like CRLF: otherwise an error's line number would count lines the shown file
        // doesn't have.
        if text.contains('\r') {
            text = text.replace("\r\n", "\n").replace('\r', "\n");
        }
        Ok(SourceText { text })
    }
}

/// A file split into its front matter and body.
#[derive(Debug, Clone, Copy)]
pub struct Split<'a> {
    /// The YAML between the fences (empty when the file has none).
    pub yaml: &'a str,
    /// 1-based line of the file on which the YAML starts.
    pub yaml_line: usize,
    /// The text after the closing fence.
    pub body: &'a str,
    /// Byte offset of `body` in the file.
    pub body_offset: usize,
    /// Whether the file had front matter at all.
    pub present: bool,
}

/// Splits `text` at its `---` fences. A file that opens a front matter and never closes it
/// is an error pointing at the opening fence.
pub fn split<'a>(path: &Path, text: &'a str) -> Result<Split<'a>, Diagnostic> {
    if let Some(d) = toml_front_matter(path, text) {
        return Err(d);
    }
    let Some(after_open) = strip_fence(text) else {
        return Ok(Split {
            yaml: "",
            yaml_line: 1,
            body: text,
            body_offset: 0,
            present: false,
        });
    };
    let yaml_start = text.len() - after_open.len();
    let mut offset = yaml_start;
    for line in after_open.split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            let body_offset = offset + line.len();
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                yaml_line: 2,
                body: &text[body_offset..],
                body_offset,
                present: true,
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::error(path, "front matter never closes")
        .at(text, 0)
        .with_help("end the front matter with a line holding only `---`"))
}

/// Zola's and Hugo's TOML front matter (`+++`), refused with the same front matter
/// written as YAML, which is what brief reads (one format, as Pandoc and Quarto use).
fn toml_front_matter(path: &Path, text: &str) -> Option<Diagnostic> {
    let first = text.lines().next()?;
    if first.trim_end() != "+++" {
        return None;
    }
    let mut yaml = String::from("---\n");
    for line in text.lines().skip(1) {
        if line.trim_end() == "+++" {
            break;
        }
        match line.split_once('=') {
            Some((key, value)) if !line.trim_start().starts_with(['#', '[']) => {
                yaml.push_str(&format!("{}: {}\n", key.trim_end(), value.trim()));
            }
            _ => {
                yaml.push_str(line);
                yaml.push('\n');
            }
        }
        if yaml.len() > 2000 {
            yaml.push_str("…\n");
            break;
        }
    }
    yaml.push_str("---");
    let shown: String = yaml.lines().map(|l| format!("\n        {l}")).collect();
    Some(
        Diagnostic::error(
            path,
            "this front matter is TOML (`+++`); brief reads YAML front matter between `---` lines",
        )
        .at(text, 0)
        .with_help(format!("write it as YAML:{shown}")),
    )
}

fn strip_fence(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("---")?;
    let rest = rest.trim_start_matches([' ', '\t']);
    if rest.is_empty() {
        return Some(rest);
    }
    rest.strip_prefix('\n')
}

/// [`parse`], reporting every error of the front matter rather than the first: after an
/// error at a line, the line is set aside and the rest parsed again (up to a limit), so a
/// file with three mistakes gets three diagnostics, in line order.
pub fn parse_all<T: DeserializeOwned>(
    path: &Path,
    text: &str,
    split: &Split<'_>,
) -> Result<T, Vec<Diagnostic>> {
    let first = match parse::<T>(path, text, split) {
        Ok(value) => return Ok(value),
        Err(d) => d,
    };
    let mut errors = vec![first];
    let mut lines: Vec<String> = split.yaml.split('\n').map(str::to_owned).collect();
    for _ in 0..20 {
        let last = errors.last().map(|d| (d.line, d.message.clone()));
        let Some((line, message)) = last else { break };
        // An unclosed front matter or a missing key says all there is to say.
        if line < split.yaml_line
            || message.starts_with("missing field")
            || message.contains("simple key")
        {
            break;
        }
        let Some(slot) = lines.get_mut(line - split.yaml_line) else {
            break;
        };
        *slot = String::new();
        let mut yaml = lines.join("\n");
        if yaml.trim().is_empty() {
            // Every line set aside: what is left to tell is a key still missing.
            yaml = "{}".into();
        }
        let retry = Split {
            yaml: &yaml,
            ..*split
        };
        match serde_saphyr::from_str::<T>(&yaml) {
            Ok(_) => break,
            Err(err) => {
                let d = yaml_error(path, text, &retry, &err);
                // A key missing now may be one set aside, or misspelt in a line that
                // was (`titel:`): not a mistake of its own. Otherwise it is, and the
                // last this parse can tell.
                if let Some(field) = d
                    .message
                    .strip_prefix("missing field `")
                    .and_then(|m| m.strip_suffix('`'))
                {
                    let set_aside = |e: &Diagnostic| {
                        let line = split
                            .yaml
                            .split('\n')
                            .nth(e.line.saturating_sub(split.yaml_line))
                            .unwrap_or("");
                        e.message.starts_with("unknown field")
                            || line
                                .trim_start()
                                .trim_start_matches("- ")
                                .starts_with(field)
                    };
                    if !errors.iter().any(set_aside) {
                        errors.push(d);
                    }
                    break;
                }
                if errors
                    .iter()
                    .any(|e| e.line == d.line && e.message == d.message)
                {
                    break;
                }
                // A key whose nested lines were all set aside (`checks:` above a
                // misspelt `  figures: off`) is left with no value: not a mistake of
                // its own, and nothing past it can be told.
                let original = split.yaml.split('\n').collect::<Vec<_>>();
                let at = d.line.saturating_sub(split.yaml_line);
                if original
                    .get(at)
                    .is_some_and(|line| line.trim_end().ends_with(':'))
                    && original
                        .get(at + 1)
                        .is_some_and(|next| !next.trim().is_empty())
                    && lines.get(at + 1).is_some_and(String::is_empty)
                {
                    break;
                }
                errors.push(d);
            }
        }
    }
    errors.sort_by_key(|d| (d.line, d.col));
    Err(errors)
}

/// Deserialises the front matter of `split` into `T`, with errors placed in the file.
pub fn parse<T: DeserializeOwned>(
    path: &Path,
    text: &str,
    split: &Split<'_>,
) -> Result<T, Diagnostic> {
    if split.yaml.trim().is_empty() {
        return Err(Diagnostic::error(
            path,
            if split.present {
                "front matter is empty"
            } else {
                "missing front matter"
            },
        )
        .at(text, 0)
        .with_help("start the file with a front matter block:\n        ---\n        title: \"…\"\n        ---"));
    }
    serde_saphyr::from_str::<T>(split.yaml).map_err(|err| yaml_error(path, text, split, &err))
}

/// `errors`, the front matter's that did not parse, with its [`date_errors`] for `keys`
/// added, in the file's order.
pub fn with_date_errors(
    path: &Path,
    text: &str,
    split: &Split<'_>,
    keys: &[(&str, bool)],
    mut errors: Vec<Diagnostic>,
) -> Vec<Diagnostic> {
    let dates = date_errors(path, text, split, keys, &errors);
    errors.extend(dates);
    errors.sort_by_key(|d| (d.line, d.col));
    errors
}

/// The date errors of a front matter that did not parse: each top-level `key:` of `keys`
/// (`(key, a month alone is a date)`) whose plain value is no date, placed at the value.
/// A file with a mistake elsewhere is reported whole at once (SPEC: every problem), not a
/// date error first revealed once the rest is fixed. Lines already in `errors` are left
/// (but for a missing key's, which is placed where the mapping starts).
fn date_errors(
    path: &Path,
    text: &str,
    split: &Split<'_>,
    keys: &[(&str, bool)],
    errors: &[Diagnostic],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, line) in split.yaml.split('\n').enumerate() {
        let number = split.yaml_line + i;
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let Some(&(_, allow_month)) = keys.iter().find(|(k, _)| *k == key) else {
            continue;
        };
        let value = value.split(" #").next().unwrap_or("").trim();
        let unquoted = value.trim_matches(|c| c == '"' || c == '\'');
        if unquoted.is_empty()
            || errors
                .iter()
                .any(|e| e.line == number && !e.message.starts_with("missing field"))
        {
            continue;
        }
        if let Err(message) = crate::date::kept_day(unquoted, allow_month) {
            let col = line.len() - line[key.len() + 1..].trim_start().len() + 1;
            out.push(Diagnostic::error(path, message).at_line_col(text, number, col));
        }
    }
    out
}

/// Converts a YAML error into a diagnostic located in the file.
pub fn yaml_error(
    path: &Path,
    text: &str,
    split: &Split<'_>,
    err: &serde_saphyr::Error,
) -> Diagnostic {
    let message = yaml_message(err);
    let diagnostic = Diagnostic::error(path, message.clone());
    let diagnostic = match err.location() {
        Some(loc) if loc.line() > 0 => diagnostic.at_line_col(
            text,
            split.yaml_line + loc.line() as usize - 1,
            loc.column() as usize,
        ),
        _ => diagnostic.at_line_col(text, split.yaml_line, 1),
    };
    // A tab is reported where the scanner was when it met it, which can be the end of
    // the line before: point at the first line from there indented with one.
    let diagnostic = if message.contains("found a tab") {
        let tabbed = text
            .split('\n')
            .enumerate()
            .skip(diagnostic.line.saturating_sub(1))
            .take_while(|&(i, _)| i + 1 < split.yaml_line + split.yaml.split('\n').count())
            .find_map(|(i, l)| {
                let indent = l.len() - l.trim_start_matches([' ', '\t']).len();
                l[..indent]
                    .find('\t')
                    .map(|tab| (i + 1, l[..tab].chars().count() + 1))
            });
        match tabbed {
            Some((line, col)) => diagnostic.at_line_col(text, line, col),
            None => diagnostic,
        }
    } else {
        diagnostic
    };
    let line = crate::diagnostic::line_text(text, diagnostic.line).unwrap_or("");
    match yaml_help(&message).or_else(|| plain_words(&message, line, diagnostic.line)) {
        Some(help) => diagnostic.with_help(help),
        None => diagnostic,
    }
}

/// The byte offset of the value of top-level `key:` in `text`, if it has that key.
pub fn key_value_offset(text: &str, key: &str) -> Option<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(key)
            && let Some(value) = rest.trim_start_matches([' ', '\t']).strip_prefix(':')
        {
            let value_start = line.len() - value.len();
            let pad = value.len() - value.trim_start_matches([' ', '\t']).len();
            return Some(offset + value_start + pad);
        }
        offset += line.len();
    }
    None
}

/// What a YAML parser's message means for someone who wrote `line` (1-based `number`
/// of the file), in words that lead to the fix.
fn plain_words(message: &str, line: &str, number: usize) -> Option<String> {
    let (key, value) = match line.split_once(':') {
        Some((k, v)) => (k.trim().trim_start_matches("- "), v.trim()),
        None => ("", line.trim()),
    };
    if message.starts_with("mapping values are not allowed") {
        let quoted = value.replace('\\', "\\\\").replace('"', "\\\"");
        return Some(format!(
            "a value with `: ` in it must be quoted: `{key}: \"{quoted}\"`"
        ));
    }
    if message.contains("after double-quoted scalar")
        || message.contains("after single-quoted scalar")
    {
        let inner = value.trim_matches('"');
        return Some(format!(
            "a `\"` inside a double-quoted value ends it; write `\\\"` for each inner quote, or quote the value with single quotes: `{key}: '{inner}'`"
        ));
    }
    if message.contains("simple key expected") || message.contains("could not find expected ':'") {
        return Some(format!(
            "is the front matter's closing `---` missing? It must come before line {number}, on a line of its own"
        ));
    }
    if message.starts_with("a second YAML document") {
        return Some("remove this line, or quote the text it belongs to".into());
    }
    if message.starts_with("this needs a value") || message.starts_with("expected a text") {
        return Some(format!("write the value in quotes: `{key}: \"…\"`"));
    }
    if message.contains("tab") {
        return Some("indent with spaces: YAML does not allow tabs for indentation".into());
    }
    if message.starts_with("invalid i64") || message.starts_with("invalid u64") {
        return Some(format!("`{key}` takes a whole number, e.g. `{key}: 10`"));
    }
    if message.starts_with("invalid bool") || message.contains("expected a boolean") {
        return Some(format!("`{key}` is `true` or `false`"));
    }
    if message.contains("untagged enum OneOrMany") || message.contains("untagged enum Sources") {
        return Some(format!(
            "give one text or a list of them in quotes, e.g. `{key}: [\"Jane Doe\", \"Briefing desk\"]`"
        ));
    }
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|m| m.strip_suffix('`'))
    {
        return Some(match field {
            "outlet" => "add `outlet:`, the newspaper or site that published the article".into(),
            "title" => "add `title: \"…\"`, the title as readers should see it".into(),
            other => format!("add `{other}:`"),
        });
    }
    None
}

/// Warnings for unquoted values cut short by a comment: in `summary: Why #1 matters` the
/// ` #` starts a YAML comment, so the summary is only "Why". Only a `#` directly followed
/// by a letter or digit is suspicious (`date: 2025-03-05  # YYYY-MM-DD` is a comment).
pub fn comment_cuts(path: &Path, text: &str, split: &Split<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, line) in split.yaml.split('\n').enumerate() {
        let Some((key, value)) = line.split_once(": ") else {
            continue;
        };
        let key = key.trim().trim_start_matches("- ");
        let value_trimmed = value.trim_start();
        if key.is_empty()
            || key.contains(['"', '\'', '#'])
            || value_trimmed.starts_with(['"', '\'', '[', '{', '|', '>', '#', '&', '*', '!'])
        {
            continue;
        }
        let Some(at) = value_trimmed.find(" #") else {
            continue;
        };
        let after = &value_trimmed[at + 2..];
        if !after.starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let kept = value_trimmed[..at].trim_end();
        let line_no = split.yaml_line + i;
        let col = line.len() - value_trimmed.len() + at + 2;
        let whole = value_trimmed.trim_end().replace('"', "\\\"");
        out.push(
            Diagnostic::warning(
                path,
                format!("`#` starts a comment here, so `{key}` is only “{kept}”"),
            )
            .at_line_col(text, line_no, col)
            .with_help(format!("put the value in quotes: `{key}: \"{whole}\"`")),
        );
    }
    out
}

/// The position of a value inside the front matter, as a 1-based (line, col) in the file.
pub fn position(split: &Split<'_>, loc: &serde_saphyr::Location) -> (usize, usize) {
    (
        split.yaml_line + (loc.line() as usize).max(1) - 1,
        (loc.column() as usize).max(1),
    )
}

fn yaml_message(err: &serde_saphyr::Error) -> String {
    let mut message = err.without_snippet().to_string();
    if message.starts_with("budget breached") {
        // The parser's own message names its internal limits and runs on past the place.
        return "this YAML expands too far: its aliases (`*name`) make more than the 250,000 values brief reads".into();
    }
    if let Some(i) = message.rfind(" at line ") {
        message.truncate(i);
    }
    if let Some(i) = message.find(", set DuplicateKeyPolicy") {
        message.truncate(i);
    }
    plain_message(&message).map_or(message, str::to_owned)
}

/// The parser's messages that name its own API (`use Option<String>`) or types, in the
/// words of someone writing YAML.
fn plain_message(message: &str) -> Option<&'static str> {
    Some(if message.starts_with("multiple YAML documents") {
        "a second YAML document starts here: the file holds one (a `---` or `...` line ends the first)"
    } else if message.starts_with("cannot deserialize null") {
        "this needs a value: `~`, `null` or nothing is no value"
    } else if message.starts_with("cannot deserialize tagged scalar") {
        "a YAML tag (`!!int`, `!!str` …) is not allowed here: write the value as text"
    } else if message.starts_with("expected string scalar") {
        "expected a text here, not a list or a map"
    } else {
        return None;
    })
}

fn yaml_help(message: &str) -> Option<String> {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (field, expected) = rest.split_once('`')?;
        let expected = expected
            .trim_start_matches(", expected one of ")
            .trim_start_matches(", expected ");
        let known: Vec<&str> = expected.split(", ").map(|s| s.trim_matches('`')).collect();
        return crate::diagnostic::did_you_mean(&crate::diagnostic::closest(
            field,
            known.iter().copied(),
        ))
        .or_else(|| Some(format!("the keys allowed here are: {}", known.join(", "))));
    }
    None
}

/// One string or a list of them (`author: A` or `author: [A, B]`).
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    #[default]
    None,
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::None => Vec::new(),
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body() {
        let text = "---\ntitle: x\n---\nbody\n";
        let s = split(Path::new("a.md"), text).unwrap();
        assert_eq!(s.yaml, "title: x\n");
        assert_eq!(s.body, "body\n");
        assert_eq!(&text[s.body_offset..], "body\n");
    }

    #[test]
    fn unclosed_front_matter_is_an_error_at_line_one() {
        let err = split(Path::new("a.md"), "---\ntitle: x\nbody\n").unwrap_err();
        assert_eq!((err.line, err.col), (1, 1));
        assert!(err.message.contains("never closes"));
    }

    #[test]
    fn no_front_matter_is_all_body() {
        let s = split(Path::new("a.md"), "hello\n---\n").unwrap();
        assert!(!s.present);
        assert_eq!(s.body, "hello\n---\n");
    }

    #[test]
    fn yaml_errors_point_into_the_file() {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Fm {
            title: String,
        }
        let text = "---\ntitle: x\ntitel: y\n---\n";
        let s = split(Path::new("a.md"), text).unwrap();
        let err = parse::<Fm>(Path::new("a.md"), text, &s).unwrap_err();
        assert_eq!(err.line, 3);
        assert!(
            err.message.contains("unknown field `titel`"),
            "{}",
            err.message
        );
        assert_eq!(err.help.as_deref(), Some("did you mean `title`?"));
    }

    #[test]
    fn yaml_errors_speak_yaml_not_the_parsers_api() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Fm {
            title: String,
            #[serde(default)]
            summary: Option<String>,
        }
        let error = |text: &str| {
            let s = split(Path::new("a.md"), text).unwrap();
            let err = parse::<Fm>(Path::new("a.md"), text, &s).unwrap_err();
            (err.line, err.col, err.message.to_string())
        };
        let (_, _, m) = error("---\ntitle: ~\n---\n");
        assert!(m.starts_with("this needs a value"), "{m}");
        let (_, _, m) = error("---\ntitle: !!int 5\n---\n");
        assert!(m.starts_with("a YAML tag"), "{m}");
        let (_, _, m) = error("---\ntitle: [a]\n---\n");
        assert!(m.starts_with("expected a text"), "{m}");
        // A tab is placed on the line that has it, not at the end of the line before.
        let (line, col, m) = error("---\ntitle: T\n\tsummary: x\n---\n");
        assert!(m.contains("tab"), "{m}");
        assert_eq!((line, col), (3, 1));
    }

    #[test]
    fn a_bad_date_is_reported_beside_the_front_matters_other_errors() {
        let text = "---\ndate: 2025-02-30\nweight: high\nupdated: \"2025-03-01\"\npublished: 2025-13 # month\n---\n";
        let s = split(Path::new("a.md"), text).unwrap();
        let weight = Diagnostic::error("a.md", "invalid i64").at_line_col(text, 3, 9);
        let found = date_errors(
            Path::new("a.md"),
            text,
            &s,
            &[("date", false), ("updated", false), ("published", true)],
            &[weight],
        );
        let places: Vec<(usize, usize)> = found.iter().map(|d| (d.line, d.col)).collect();
        assert_eq!(places, vec![(2, 7), (5, 12)], "{found:?}");
        assert!(
            found[0].message.contains("no day 30"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn a_missing_key_is_reported_beside_other_errors() {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Fm {
            title: String,
            #[serde(default)]
            weight: i64,
        }
        let text = "---\nweight: high\n---\n";
        let s = split(Path::new("a.md"), text).unwrap();
        let errors = parse_all::<Fm>(Path::new("a.md"), text, &s).unwrap_err();
        let messages: Vec<&str> = errors.iter().map(|e| e.message.as_ref()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("missing field `title`"))
        );
        // A key misspelt is not also reported missing.
        let text = "---\ntitel: x\n---\n";
        let s = split(Path::new("a.md"), text).unwrap();
        let errors = parse_all::<Fm>(Path::new("a.md"), text, &s).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
    }

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Probe {
        title: String,
        #[serde(default)]
        weight: Option<i64>,
        #[serde(default)]
        authors: OneOrMany,
        #[serde(default)]
        summary: Option<String>,
    }

    fn errors_of(text: &str) -> Vec<Diagnostic> {
        let path = Path::new("a.md");
        match split(path, text) {
            Err(d) => vec![d],
            Ok(s) => parse_all::<Probe>(path, text, &s).unwrap_err(),
        }
    }

    #[test]
    fn yaml_mistakes_get_help_in_plain_words() {
        let cases = [
            (
                "---\ntitle: Library hours: what changed\n---\n",
                "`title: \"Library hours: what changed\"`",
            ),
            ("---\ntitle: \"Say \"hi\" now\"\n---\n", "single quotes"),
            (
                "---\ntitle: x\n\nBody text here\nmore\n---\n",
                "closing `---` missing? It must come before line 4",
            ),
            ("---\ntitle: x\nweight: high\n---\n", "`weight: 10`"),
            ("---\ntitle: x\nauthors: 42\n---\n", "`authors: [\""),
            ("---\ntitle: x\nauthors:\n\t- a\n---\n", "not allow tabs"),
            ("---\nweight: 1\n---\n", "add `title:"),
        ];
        for (text, help) in cases {
            let errors = errors_of(text);
            let got = errors[0].help.clone().unwrap_or_default();
            assert!(got.contains(help), "{text:?}: help `{got}` lacks `{help}`");
        }
    }

    #[test]
    fn every_front_matter_error_is_reported_at_once() {
        let errors = errors_of("---\ntitel: x\nweight: high\nauthors: 42\n---\n");
        let lines: Vec<usize> = errors.iter().map(|d| d.line).collect();
        assert_eq!(lines, [2, 3, 4], "{errors:#?}");
    }

    #[test]
    fn a_value_cut_by_a_comment_warns() {
        let text = "---\ntitle: x\nsummary: Why #1 matters\ndate: 2025-01-01  # YYYY-MM-DD\n---\n";
        let s = split(Path::new("a.md"), text).unwrap();
        let warnings = comment_cuts(Path::new("a.md"), text, &s);
        assert_eq!(warnings.len(), 1, "{warnings:#?}");
        assert_eq!((warnings[0].line, warnings[0].col), (3, 14));
        assert!(
            warnings[0]
                .help
                .as_ref()
                .unwrap()
                .contains("\"Why #1 matters\"")
        );
    }

    #[test]
    fn toml_front_matter_is_refused_with_its_yaml_form() {
        let errors = errors_of("+++\ntitle = \"Hello\"\ndate = 2025-01-01\n+++\nBody\n");
        assert!(errors[0].message.contains("TOML"));
        let help = errors[0].help.as_deref().unwrap();
        assert!(help.contains("title: \"Hello\""), "{help}");
        assert!(help.contains("date: 2025-01-01"), "{help}");
    }

    #[test]
    fn bom_and_crlf_are_normalised() {
        let t = SourceText::decode(
            Path::new("a"),
            b"\xef\xbb\xbf---\r\ntitle: x\r\n---\r\n".to_vec(),
        )
        .unwrap();
        assert_eq!(t.text, "---\ntitle: x\n---\n");
    }

    #[test]
    fn lone_carriage_returns_are_line_breaks() {
        // Found by fuzzing: YAML counted `\r` as a line break, the diagnostic didn't, so
        // an error pointed at line 3 of a one-line file.
        let t = SourceText::decode(Path::new("a"), b"--\r\r\0\0\0".to_vec()).unwrap();
        assert_eq!(t.text, "--\n\n\0\0\0");
        let t = SourceText::decode(Path::new("a"), b"---\rtitle: x\r---\r".to_vec()).unwrap();
        assert_eq!(t.text, "---\ntitle: x\n---\n");
    }

    #[test]
    fn invalid_utf8_is_located() {
        let err = SourceText::decode(Path::new("a"), b"ok\nb\xffd\n".to_vec()).unwrap_err();
        assert_eq!((err.line, err.col), (2, 2));
    }
}

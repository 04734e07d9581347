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
        let text = match String::from_utf8(bytes) {
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
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        // A lone CR is a line break too (YAML and CommonMark say so), so it becomes `\n`
        // like CRLF: otherwise an error's line number would count lines the shown file
        // doesn't have.
        let text = if text.contains('\r') {
            text.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            text.to_owned()
        };
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

fn strip_fence(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("---")?;
    let rest = rest.trim_start_matches([' ', '\t']);
    if rest.is_empty() {
        return Some(rest);
    }
    rest.strip_prefix('\n')
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
    match yaml_help(&message) {
        Some(help) => diagnostic.with_help(help),
        None => diagnostic,
    }
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
    if let Some(i) = message.rfind(" at line ") {
        message.truncate(i);
    }
    if let Some(i) = message.find(", set DuplicateKeyPolicy") {
        message.truncate(i);
    }
    message
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

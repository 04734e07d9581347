//! Writing a seed: its front matter and text as a file, its id, and the atomic,
//! never-overwriting write.
//!
//! A file appears whole or not at all: it is written to a hidden temporary file in the
//! same folder (which the site loader and the watcher ignore), flushed, then linked into
//! place with `link(2)`, which fails when the name exists — so a seed the editor made is
//! never replaced, even by a race. Only `--force` renames over an existing file.

use std::io::Write;
use std::path::{Path, PathBuf};

/// A seed's front matter and text, ready to be written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SeedFile {
    pub title: String,
    pub outlet: String,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    pub note: Option<String>,
    pub captured: Option<String>,
    pub sha256: Option<String>,
    /// The bibliography an entry was imported from (file name).
    pub imported: Option<String>,
    pub paragraphs: Vec<String>,
}

impl SeedFile {
    /// The file's contents: YAML front matter between `---` lines, then the paragraphs
    /// separated by blank lines.
    pub fn render(&self) -> String {
        let mut out = String::from("---\n");
        let mut key = |k: &str, v: &str| {
            out.push_str(k);
            out.push_str(": ");
            out.push_str(v);
            out.push('\n');
        };
        key("title", &quote(&self.title));
        key("outlet", &quote(&self.outlet));
        match self.authors.as_slice() {
            [] => {}
            [one] => key("author", &quote(one)),
            many => key(
                "author",
                &format!(
                    "[{}]",
                    many.iter().map(|a| quote(a)).collect::<Vec<_>>().join(", ")
                ),
            ),
        }
        if let Some(p) = &self.published {
            key("published", p);
        }
        if let Some(m) = &self.modified {
            key("modified", m);
        }
        if let Some(u) = &self.url {
            key("url", &quote(u));
        }
        if let Some(l) = &self.language {
            key("language", &quote(l));
        }
        if let Some(n) = &self.note {
            key("note", &quote(n));
        }
        if let Some(c) = &self.captured {
            key("captured", &quote(c));
        }
        if let Some(s) = &self.sha256 {
            key("sha256", &quote(s));
        }
        if let Some(i) = &self.imported {
            key("imported", &quote(i));
        }
        out.push_str("---\n");
        for (i, p) in self.paragraphs.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            // A paragraph is one line in the seed (blank lines separate paragraphs), and
            // one that looks like a fence would end the front matter of a re-read file.
            let line = p.split_whitespace().collect::<Vec<_>>().join(" ");
            if line == "---" {
                out.push_str("—");
            } else {
                out.push_str(&line);
            }
            out.push('\n');
        }
        out
    }
}

/// A YAML double-quoted string.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `Associated Press` → `associated-press`; `Deník N` → `denik-n`; `新华网` →
/// `xin-hua-wang`: lower-case ASCII letters, digits and single dashes, safe in a file
/// name and a URL.
pub fn slug(s: &str) -> String {
    let ascii = deunicode::deunicode(s).to_ascii_lowercase();
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    // Keep ids readable: a long outlet name is cut at a word boundary.
    if out.len() > 40 {
        let cut = out[..40].rfind('-').unwrap_or(40);
        out[..cut].to_owned()
    } else {
        out.to_owned()
    }
}

/// An id made safe for a file name from a bibliography key or `--id`: letters, digits,
/// `-`, `_` and `.` kept (non-ASCII letters transliterated), anything else a dash; never
/// starting with a dot.
pub fn safe_id(key: &str) -> String {
    let ascii = deunicode::deunicode(key);
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches(['-', '.']).to_owned()
}

/// `base`, or `base-2`, `base-3` … : the first for which `taken` is false.
pub fn unique(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| base.to_owned())
}

/// Writes `contents` to `path` atomically. Without `replace`, fails with
/// `AlreadyExists` when `path` exists (checked by the link itself, not before it).
pub fn write_atomic(path: &Path, contents: &[u8], replace: bool) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp: PathBuf = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        file.write_all(contents)?;
        file.sync_all()?;
        drop(file);
        if replace {
            std::fs::rename(&tmp, path)
        } else {
            std::fs::hard_link(&tmp, path)
        }
    })();
    // The temporary file is ours; after a rename it is already gone, so a failure to
    // remove it here is expected and harmless.
    if tmp.exists() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_front_matter_the_loader_reads() {
        let seed = SeedFile {
            title: "A \"quoted\" title: with colon".into(),
            outlet: "Deník N".into(),
            authors: vec!["Jana Nováková".into(), "Petr Svoboda".into()],
            published: Some("2025-02-25".into()),
            url: Some("https://example.cz/a".into()),
            language: Some("cs".into()),
            captured: Some("2025-02-26T10:00:00Z".into()),
            sha256: Some("ab".repeat(32)),
            paragraphs: vec!["One\ntwo".into(), "Three".into()],
            ..SeedFile::default()
        };
        let text = seed.render();
        assert!(text.starts_with("---\ntitle: \"A \\\"quoted\\\" title: with colon\"\n"));
        assert!(text.contains("author: [\"Jana Nováková\", \"Petr Svoboda\"]\n"));
        assert!(text.ends_with("---\nOne two\n\nThree\n"));
    }

    #[test]
    fn slugs_and_ids() {
        assert_eq!(slug("Associated Press"), "associated-press");
        assert_eq!(slug("Deník N"), "denik-n");
        assert_eq!(slug("  The   Guardian! "), "the-guardian");
        assert!(!slug("新华网").is_empty());
        assert_eq!(safe_id("doe2024:minerals/{x}"), "doe2024-minerals-x");
        assert_eq!(safe_id("../etc/passwd"), "etc-passwd");
        assert_eq!(unique("a", |id| id == "a" || id == "a-2"), "a-3");
    }

    #[test]
    fn never_overwrites_without_replace() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.md");
        write_atomic(&path, b"one", false).unwrap();
        let err = write_atomic(&path, b"two", false).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        write_atomic(&path, b"three", true).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"three");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary left"
        );
    }
}

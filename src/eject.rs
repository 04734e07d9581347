//! `brief theme eject [NAME]`: the built-in theme written out as a starting point.
//!
//! Writes every template and static file of the built-in `briefing` theme into
//! `themes/NAME/` so a site can change them; `theme: NAME` in brief.yaml then selects it.
//! It never overwrites: a `themes/NAME/` that exists is refused before anything is written.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::site::THEMES_DIR;
use crate::theme::{BUILTIN_STATIC, BUILTIN_TEMPLATES};

/// The theme name used when none is given.
pub const DEFAULT_NAME: &str = "briefing";

/// Why `brief theme eject` wrote nothing.
#[derive(Debug)]
pub struct EjectError {
    pub message: String,
    /// The process exit code: 2 for a name that cannot work or a folder in the way (a
    /// usage error), 1 for a failure to write.
    pub code: u8,
}

impl EjectError {
    fn usage(message: String) -> Self {
        EjectError { message, code: 2 }
    }

    pub fn exit_code(&self) -> u8 {
        self.code
    }
}

impl std::fmt::Display for EjectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EjectError {}

/// Writes the built-in theme into `<root>/themes/<name>/`; returns that folder.
pub fn eject(root: &Path, name: &str) -> Result<PathBuf, EjectError> {
    let valid = !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if !valid {
        return Err(EjectError::usage(format!(
            "`{name}` is not a theme name: use letters, digits, `-` and `_` (it becomes themes/{name}/)"
        )));
    }
    let dir = root.join(THEMES_DIR).join(name);
    if dir.exists() {
        return Err(EjectError::usage(format!(
            "{} already exists; brief theme eject never overwrites (choose another name, or move it away first)",
            dir.display()
        )));
    }
    let files = BUILTIN_TEMPLATES
        .iter()
        .map(|(n, text)| (format!("templates/{n}"), text.as_bytes()))
        .chain(
            BUILTIN_STATIC
                .iter()
                .map(|(n, bytes)| (format!("static/{n}"), *bytes)),
        );
    for (rel, bytes) in files {
        let path = dir.join(&rel);
        let failed = |e: std::io::Error| EjectError {
            message: format!("cannot write {}: {e}", path.display()),
            code: 1,
        };
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(failed)?;
        }
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(failed)?;
        file.write_all(bytes).map_err(failed)?;
    }
    Ok(dir)
}

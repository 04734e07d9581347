//! `brief theme eject [NAME]`: the built-in theme written out as a starting point.
//!
//! Writes every template and static file of the built-in `briefing` theme into
//! `themes/NAME/` so a site can change them; `theme: NAME` in brief.yaml then selects it.
//! It never overwrites: a `themes/NAME/` that exists is refused before anything is written.
//!
//! The files go into a folder of their own beside the target (`themes/.NAME.brief-eject-<pid>`),
//! renamed to `themes/NAME/` only once all are written. A write that fails (a full or
//! read-only disk) removes what this run created, so no half-written theme is left — one
//! that a retry would refuse as existing and a build would publish with empty files.

use std::io;
use std::path::{Path, PathBuf};

use crate::output;
use crate::scaffold::{InTheWay, ScaffoldError, Undo, in_the_way};
use crate::site::THEMES_DIR;
use crate::theme::{BUILTIN_STATIC, BUILTIN_TEMPLATES};

/// The theme name used when none is given.
pub const DEFAULT_NAME: &str = "briefing";

/// Writes the built-in theme into `<root>/themes/<name>/`; returns that folder.
pub fn eject(root: &Path, name: &str) -> Result<PathBuf, ScaffoldError> {
    let valid = !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if !valid {
        return Err(ScaffoldError::usage(
            format!("`{name}` is not a theme name (it becomes themes/{name}/)"),
            "use letters, digits, `-` and `_`",
        ));
    }
    let dir = root.join(THEMES_DIR).join(name);
    match in_the_way(root, &dir) {
        None => {}
        Some(InTheWay::Exists(what)) => {
            return Err(ScaffoldError::usage(
                format!(
                    "{} already exists{what}; brief theme eject never overwrites",
                    dir.display()
                ),
                "choose another name, or move it away first",
            ));
        }
        Some(other) => return Err(other.refusal(None)),
    }
    let mut undo = Undo::default();
    match write_theme(&dir, &mut undo) {
        Ok(()) => {
            undo.forget();
            Ok(dir)
        }
        Err(err) => {
            undo.roll_back();
            Err(ScaffoldError::failed(format!(
                "the theme was not written into {}: {err}; nothing was left behind",
                dir.display()
            )))
        }
    }
}

/// Writes every file of the built-in theme into a fresh folder beside `dir`, then renames
/// that folder to `dir`; `undo` learns each file and folder as it is made.
fn write_theme(dir: &Path, undo: &mut Undo) -> io::Result<()> {
    let themes = dir.parent().unwrap_or(Path::new("."));
    undo.create_dir_all(themes)?;
    let staging = fresh_folder(dir, undo)?;
    let files = BUILTIN_TEMPLATES
        .iter()
        .map(|(n, text)| (format!("templates/{n}"), text.as_bytes()))
        .chain(
            BUILTIN_STATIC
                .iter()
                .map(|(n, bytes)| (format!("static/{n}"), *bytes)),
        );
    for (rel, bytes) in files {
        let path = staging.join(&rel);
        if let Some(parent) = path.parent() {
            undo.create_dir_all(parent)?;
        }
        undo.write_new(&path, bytes)?;
    }
    // Never over a `themes/NAME/` made meanwhile, not even an empty one.
    output::rename_new(&staging, dir).map_err(|err| {
        io::Error::new(
            err.kind(),
            format!(
                "cannot rename `{}` to `{}`: {err}",
                staging.display(),
                dir.display()
            ),
        )
    })
}

/// Creates `themes/.NAME.brief-eject-<pid>` (with a number after it should a run killed
/// earlier have left one of that name): hidden, as the build's own staging folders are.
fn fresh_folder(dir: &Path, undo: &mut Undo) -> io::Result<PathBuf> {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let base = format!(".{name}.brief-eject-{}", std::process::id());
    let mut attempt = 0;
    loop {
        let candidate = dir.with_file_name(match attempt {
            0 => base.clone(),
            n => format!("{base}-{n}"),
        });
        match undo.create_dir(&candidate) {
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => {
                attempt += 1;
            }
            done => return done.map(|()| candidate),
        }
    }
}

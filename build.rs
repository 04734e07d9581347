//! Embeds the built-in theme: every file under `themes/briefing/templates/` and
//! `themes/briefing/static/` is listed in `$OUT_DIR/builtin_theme.rs` with
//! `include_str!`/`include_bytes!`, so a file added to the theme ships in the binary
//! without editing a list by hand.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") {
                continue;
            }
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn key(base: &Path, file: &Path) -> String {
    file.strip_prefix(base)
        .unwrap_or(file)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let theme = manifest.join("themes").join("briefing");
    println!("cargo:rerun-if-changed={}", theme.display());
    let mut code = String::from(
        "/// The built-in theme's templates, by name.\npub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[\n",
    );
    let templates = theme.join("templates");
    for f in files(&templates) {
        println!("cargo:rerun-if-changed={}", f.display());
        let _ = writeln!(
            code,
            "    ({:?}, include_str!({:?})),",
            key(&templates, &f),
            f.display().to_string()
        );
    }
    code.push_str("];\n\n/// The built-in theme's static files, by output path.\npub const BUILTIN_STATIC: &[(&str, &[u8])] = &[\n");
    let statics = theme.join("static");
    for f in files(&statics) {
        println!("cargo:rerun-if-changed={}", f.display());
        let _ = writeln!(
            code,
            "    ({:?}, include_bytes!({:?})),",
            key(&statics, &f),
            f.display().to_string()
        );
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("builtin_theme.rs");
    if let Err(err) = std::fs::write(&out, code) {
        panic!("cannot write {}: {err}", out.display());
    }
}

//! `brief new` and `brief init`: starting points for a brief and for a site.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::config::CONFIG_FILE;
use crate::site::{CONTENT_DIR, SEEDS_DIR};

/// Creates `content/<path>.md` under `root` with its front matter filled in. `path` may
/// be given with or without `content/` and `.md`. Refuses to overwrite.
pub fn new_brief(root: &Path, path: &str) -> io::Result<PathBuf> {
    let rel = path.trim_start_matches("./");
    let rel = rel.strip_prefix("content/").unwrap_or(rel);
    let rel = rel.strip_suffix(".md").unwrap_or(rel);
    if rel.is_empty()
        || rel
            .split('/')
            .any(|c| c.is_empty() || c == "." || c == "..")
    {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("`{path}` is not a brief path: give one like `deal/overview`"),
        ));
    }
    let file = root.join(CONTENT_DIR).join(format!("{rel}.md"));
    if file.exists() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!("{} already exists", file.display()),
        ));
    }
    let stem = rel.rsplit('/').next().unwrap_or(rel);
    let title = title_case(stem);
    let text = format!(
        "---\ntitle: \"{title}\"\nsummary: \"\"\ndate: {}\nauthors: []\ndraft: true\nsources: []\n---\n\nWrite the brief here. Cite a seed with `[@seed-id]` after listing its id in `sources`.\n",
        crate::date::today()
    );
    if let Some(parent) = file.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(&file, text)?;
    Ok(file)
}

fn title_case(stem: &str) -> String {
    let words: Vec<String> = stem
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect();
    words.join(" ").replace('"', "'")
}

const SAMPLE_CONFIG: &str = "title: \"My briefing\"\ndescription: \"Explainers whose every claim is traced to its source.\"\nbase_url: /\nlanguage: en\n";

const SAMPLE_SEED: &str = "---\ntitle: \"An example source article\"\noutlet: Example Times\nauthor: A. Reporter\npublished: 2025-01-15\nlanguage: en\n---\n\nThe council voted on Tuesday to extend the library's opening hours.\n\n\"Libraries are where the whole town meets,\" the mayor said after the vote.\n";

const SAMPLE_BRIEF: &str = "---\ntitle: \"Why the library is opening longer\"\nsummary: \"What the council decided, and why.\"\ndate: 2025-01-16\nauthors: [Briefing desk]\nsources: [example-source]\n---\n\nThe council has extended the library's opening hours [@example-source, para. 1].\nThe mayor called libraries the place \"where the whole town meets\" [@example-source].\n";

/// Creates a new site in `dir`: `brief.yaml`, `content/` with a sample brief, `seeds/`
/// with a sample seed. Refuses when `dir` already holds a site.
pub fn init(dir: &Path) -> io::Result<()> {
    if dir.join(CONFIG_FILE).exists() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!("{} already has a {CONFIG_FILE}", dir.display()),
        ));
    }
    fs::create_dir_all(dir.join(CONTENT_DIR))?;
    fs::create_dir_all(dir.join(SEEDS_DIR))?;
    fs::write(dir.join(CONFIG_FILE), SAMPLE_CONFIG)?;
    fs::write(dir.join(SEEDS_DIR).join("example-source.md"), SAMPLE_SEED)?;
    fs::write(dir.join(CONTENT_DIR).join("library-hours.md"), SAMPLE_BRIEF)?;
    let ignore = dir.join(".gitignore");
    if !ignore.exists() {
        fs::write(ignore, "/public\n")?;
    }
    Ok(())
}

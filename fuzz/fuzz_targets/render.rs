//! A whole brief rendered against a small fixed site: the site (brief.yaml, two seeds
//! with figures of several kinds, for the checks of claims to match and miss)
//! is written to a temporary folder once; each input becomes content/x.md and goes
//! through `brief::build::render_site` — load, resolve (Markdown, citations, quotes),
//! render through the built-in theme — into a `MemorySink`. Going through the public
//! entry point keeps the target valid while the pipeline's internals change.
//!
//! Input starting with `---` is the whole brief file; anything else is the body of a
//! brief whose front matter lists both seeds.
#![no_main]

use std::path::PathBuf;
use std::sync::LazyLock;

use brief::build::{BuildOptions, render_site};
use brief::render::MemorySink;
use libfuzzer_sys::fuzz_target;

const CONFIG: &str = "title: Fuzz\nbase_url: https://example.org/x/\n";
const SEED_A: &str = "---\ntitle: \"A <b>\"\noutlet: Wire\nauthor: [Ann, Bo]\npublished: 2025-02\nurl: https://example.org/a\nnote: n\n---\nIt can be lithium. It can be titanium, uranium, many others.\n\n“Off the table,” he said — twice. The fund holds $500 billion, about 50% of it.\n\nTwenty-one of the 30 sites, 19 million tonnes, 1,250 km and a third of the rest.\n";
const SEED_B: &str =
    "b\n\nThe second seed's text, with \"quotes\" & <tags>: 40 percent, $350bn, 2 to 3 per cent.\n";
const FRONT: &str = "---\ntitle: T\nsources: [a, b]\n---\n";

static SITE: LazyLock<PathBuf> = LazyLock::new(|| {
    let dir = std::env::temp_dir().join(format!("brief-fuzz-render-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("content")).unwrap();
    std::fs::create_dir_all(dir.join("seeds")).unwrap();
    std::fs::write(dir.join("brief.yaml"), CONFIG).unwrap();
    std::fs::write(dir.join("seeds/a.md"), SEED_A).unwrap();
    std::fs::write(dir.join("seeds/b.txt"), SEED_B).unwrap();
    dir
});

fuzz_target!(|body: &str| {
    let text = if body.starts_with("---") {
        body.to_owned()
    } else {
        format!("{FRONT}{body}")
    };
    std::fs::write(SITE.join("content/x.md"), text).unwrap();
    let sink = MemorySink::default();
    let (diags, files, _, _) = render_site(&BuildOptions::new(SITE.as_path()), &sink);
    for d in diags.iter() {
        let _ = d.to_string();
    }
    if !diags.has_errors() {
        assert!(files > 0);
    }
});

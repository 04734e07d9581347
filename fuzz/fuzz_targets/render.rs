//! A whole brief rendered against a small fixed site, in memory: load (parse) → resolve
//! (Markdown, citations, quotes) → render through the built-in theme into a MemorySink.
//!
//! Input starting with `---` is the whole brief file; anything else is the body of a
//! brief whose front matter lists both seeds.
#![no_main]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use brief::brief::Brief;
use brief::config::SiteConfig;
use brief::diagnostic::Diagnostics;
use brief::frontmatter::SourceText;
use brief::render::MemorySink;
use brief::seed::Seed;
use brief::site::Site;
use brief::theme::Theme;
use libfuzzer_sys::fuzz_target;

const CONFIG: &str = "title: Fuzz\nbase_url: https://example.org/x/\n";
const SEED_A: &str = "---\ntitle: \"A <b>\"\noutlet: Wire\nauthor: [Ann, Bo]\npublished: 2025-02\nurl: https://example.org/a\nnote: n\n---\nIt can be lithium. It can be titanium, uranium, many others.\n\n“Off the table,” he said — twice.\n";
const SEED_B: &str = "b\n\nThe second seed's text, with \"quotes\" & <tags>.\n";
const FRONT: &str = "---\ntitle: T\nsources: [a, b]\n---\n";

static SEEDS: LazyLock<Vec<Seed>> = LazyLock::new(|| {
    let mut d = Diagnostics::new();
    let a = SourceText::decode(Path::new("seeds/a.md"), SEED_A.into()).unwrap();
    let b = SourceText::decode(Path::new("seeds/b.txt"), SEED_B.into()).unwrap();
    vec![
        Seed::parse("a", Path::new("seeds/a.md"), &a, &mut d).unwrap(),
        Seed::parse("b", Path::new("seeds/b.txt"), &b, &mut d).unwrap(),
    ]
});

fuzz_target!(|body: &str| {
    let text = if body.starts_with("---") {
        body.to_owned()
    } else {
        format!("{FRONT}{body}")
    };
    let mut diags = Diagnostics::new();
    let source = SourceText::decode(Path::new("content/x.md"), text.into_bytes()).unwrap();
    let Ok(brief) = Brief::parse(
        Path::new("content/x.md"),
        Path::new("x.md"),
        source,
        &mut diags,
    ) else {
        return;
    };
    let config = SiteConfig::parse(
        Path::new("brief.yaml"),
        &SourceText::decode(Path::new("brief.yaml"), CONFIG.into()).unwrap(),
    )
    .unwrap();
    let site = Site {
        root: PathBuf::from("/nonexistent/fuzz-site"),
        config,
        seeds: SEEDS.clone(),
        briefs: vec![brief],
        theme: Theme::builtin(),
        assets: BTreeMap::new(),
    };
    let resolved = brief::resolve::resolve(&site, &mut diags);
    for d in diags.iter() {
        let _ = d.to_string();
    }
    let sink = MemorySink::default();
    brief::render::render(&site, &resolved, &sink, &mut diags);
});

//! The machine-readable output: Atom feed, sitemap, robots.txt, the search index and the
//! JSON-LD of brief pages — parsed as XML and JSON, not grepped.

mod common;

use common::{SiteTest, sel};

const SEED: &str = "---\ntitle: \"Deal <near>\"\noutlet: Wire & Co\nauthor: A. Reporter\npublished: 2025-02\nurl: https://news.example.org/deal#top\n---\nThe gap may be closing.\n\nA deal could be on the horizon this week.\n";

fn site(base_url: &str) -> SiteTest {
    SiteTest::empty()
        .file("brief.yaml", format!("title: \"Minerals & more\"\ndescription: A test briefing.\nbase_url: {base_url}\n"))
        .file("seeds/wire.md", SEED)
        .file(
            "content/deal.md",
            "---\ntitle: \"The deal <explained>\"\nsummary: What changed.\ndate: 2025-03-05\nupdated: 2025-03-10\nauthors: [Desk]\nsources: [wire]\n---\nIt said a deal was \"on the horizon\" [@wire].\n",
        )
        .file(
            "content/older.md",
            "---\ntitle: Older\ndate: 2025-02-01\nsources: [wire]\n---\nThe gap [@wire].\n",
        )
}

// Guards: the Atom feed parses, lists every brief newest first with absolute links and ids.
#[test]
fn atom_feed_is_well_formed_with_absolute_urls() {
    let s = site("https://example.org/briefing/");
    s.build_clean();
    let xml = std::fs::read_to_string(s.out().join("atom.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("atom.xml is well-formed XML");
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(
        feed.tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    let child = |n: roxmltree::Node<'_, '_>, name: &str| {
        n.children()
            .find(|c| c.tag_name().name() == name)
            .and_then(|c| c.text())
            .map(str::to_owned)
    };
    assert_eq!(child(feed, "title").as_deref(), Some("Minerals & more"));
    assert_eq!(
        child(feed, "updated").as_deref(),
        Some("2025-03-10T00:00:00Z")
    );
    let entries: Vec<_> = feed
        .children()
        .filter(|c| c.tag_name().name() == "entry")
        .collect();
    assert_eq!(entries.len(), 2);
    assert_eq!(
        child(entries[0], "title").as_deref(),
        Some("The deal <explained>")
    );
    assert_eq!(
        child(entries[0], "id").as_deref(),
        Some("https://example.org/briefing/deal/")
    );
    let link = entries[0]
        .children()
        .find(|c| c.tag_name().name() == "link")
        .unwrap();
    assert_eq!(
        link.attribute("href"),
        Some("https://example.org/briefing/deal/")
    );
    assert_eq!(child(entries[1], "title").as_deref(), Some("Older"));

    // An undated brief's entry takes the feed's `updated`, not 1970.
    s.write(
        "content/undated.md",
        "---\ntitle: Undated\nsources: [wire]\n---\nThe gap [@wire].\n",
    );
    s.build_clean();
    let xml = std::fs::read_to_string(s.out().join("atom.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("atom.xml is well-formed XML");
    let undated = doc
        .root_element()
        .children()
        .find(|e| {
            e.tag_name().name() == "entry" && child(*e, "title").as_deref() == Some("Undated")
        })
        .expect("the undated brief's entry");
    assert_eq!(
        child(undated, "updated").as_deref(),
        Some("2025-03-10T00:00:00Z")
    );
    assert!(!xml.contains("1970"), "{xml}");
}

// Guards: without an absolute base_url the feed still parses (relative links, urn ids)
// and no sitemap is written.
#[test]
fn relative_base_url_gives_a_valid_feed_and_no_sitemap() {
    let s = site("/");
    s.build_clean();
    let xml = std::fs::read_to_string(s.out().join("atom.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed");
    let ids: Vec<String> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "id")
        .filter_map(|n| n.text().map(str::to_owned))
        .collect();
    assert!(ids.iter().all(|id| id.starts_with("urn:brief:")), "{ids:?}");
    assert!(!s.exists("sitemap.xml"));
    let robots = std::fs::read_to_string(s.out().join("robots.txt")).unwrap();
    assert!(!robots.contains("Sitemap:"));
}

// Guards: the sitemap lists every page with absolute URLs and lastmod from the brief,
// leaving out the seeds' archive pages, which are `noindex`.
#[test]
fn sitemap_lists_every_page() {
    let s = site("https://example.org/b/");
    s.build_clean();
    let xml = std::fs::read_to_string(s.out().join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed");
    let locs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "loc")
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(
        locs,
        [
            "https://example.org/b/",
            "https://example.org/b/deal/",
            "https://example.org/b/older/",
            "https://example.org/b/sources/",
        ]
    );
    let robots = std::fs::read_to_string(s.out().join("robots.txt")).unwrap();
    assert!(
        robots
            .lines()
            .any(|l| l == "Sitemap: https://example.org/b/sitemap.xml")
    );
}

// Guards: a site's own static/robots.txt wins over the generated one.
#[test]
fn the_sites_own_robots_txt_wins() {
    let s = site("/").file("static/robots.txt", "User-agent: *\nDisallow: /\n");
    s.build_clean();
    assert_eq!(
        std::fs::read_to_string(s.out().join("robots.txt")).unwrap(),
        "User-agent: *\nDisallow: /\n"
    );
}

/// `s` with each `%XX` decoded (the bytes as UTF-8).
fn percent_decoded(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match (b[i], s.get(i + 1..i + 3)) {
            (b'%', Some(hex)) if u8::from_str_radix(hex, 16).is_ok() => {
                out.push(u8::from_str_radix(hex, 16).unwrap());
                i += 3;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).expect("UTF-8")
}

// Guards: the sitemap's locs and the feed's links and ids are percent-encoded where a
// folder, file or topic name goes beyond ASCII (sitemaps.org requires URL-escaped locs),
// and each names a page that was written; the pages' own links stay as they are.
#[test]
fn sitemap_and_feed_urls_are_percent_encoded() {
    for base in ["https://example.org/briefing/", "/"] {
        let s = site(base).file(
            "content/São Paulo/notícia.md",
            "---\ntitle: Notícia\ndate: 2025-03-20\ntopics: [São Paulo]\nsources: [wire]\n---\nThe gap [@wire].\n",
        );
        s.build_clean();
        let feed = std::fs::read_to_string(s.out().join("atom.xml")).unwrap();
        let doc = roxmltree::Document::parse(&feed).expect("well-formed");
        let mut urls: Vec<String> = doc
            .descendants()
            .filter_map(|n| match n.tag_name().name() {
                "link" => n.attribute("href").map(str::to_owned),
                "id" => n.text().map(str::to_owned),
                _ => None,
            })
            .collect();
        assert!(
            urls.iter()
                .any(|u| u.contains("s%C3%A3o-paulo/not%C3%ADcia")),
            "{urls:?}"
        );
        if base.starts_with("https:") {
            let map = std::fs::read_to_string(s.out().join("sitemap.xml")).unwrap();
            let doc = roxmltree::Document::parse(&map).expect("well-formed");
            let locs: Vec<String> = doc
                .descendants()
                .filter(|n| n.tag_name().name() == "loc")
                .filter_map(|n| n.text().map(str::to_owned))
                .collect();
            for page in [
                "s%C3%A3o-paulo/not%C3%ADcia/",
                "s%C3%A3o-paulo/",
                "topics/s%C3%A3o-paulo/",
            ] {
                assert!(locs.contains(&format!("{base}{page}")), "{page}: {locs:?}");
            }
            for loc in &locs {
                let page = percent_decoded(loc.strip_prefix(base).expect("absolute"));
                assert!(
                    s.exists(&format!("{page}index.html")),
                    "{loc} names no page"
                );
            }
            urls.extend(locs);
        }
        for url in &urls {
            assert!(url.is_ascii() && !url.contains(' '), "{url} is not encoded");
        }
        let home = std::fs::read_to_string(s.out().join("index.html")).unwrap();
        assert!(
            home.contains("href=\"são-paulo/notícia/index.html\""),
            "HTML links unchanged"
        );
    }
}

// Guards: a file of `static/` or `content/` never replaces a file the build generates
// (feed, sitemap, search index, claims.json; robots.txt unless from static/): it is not
// copied, with a warning naming it, as for pages. A static stylesheet still overrides.
#[test]
fn site_files_never_replace_generated_files() {
    let s = site("https://example.org/briefing/")
        .file("static/atom.xml", "not a feed")
        .file("content/sitemap.xml", "not a sitemap")
        .file("static/search/index.json", "{}")
        .file("content/search/terms/0.json", "{}")
        .file("static/claims.json", "[]")
        .file("content/robots.txt", "Disallow: /\n")
        .file("static/style.css", "body{}");
    let run = s.build(&[]);
    run.assert_code(0);
    for file in [
        "static/atom.xml",
        "content/sitemap.xml",
        "static/search/index.json",
        "content/search/terms/0.json",
        "static/claims.json",
        "content/robots.txt",
    ] {
        assert!(
            run.stderr.contains(&format!(
                "{file}: warning: not copied: the build writes its own `"
            )),
            "{run}"
        );
    }
    assert_eq!(run.stderr.matches(": warning: ").count(), 6, "{run}");
    let read = |rel: &str| std::fs::read_to_string(s.out().join(rel)).unwrap();
    roxmltree::Document::parse(&read("atom.xml")).expect("the build's feed");
    roxmltree::Document::parse(&read("sitemap.xml")).expect("the build's sitemap");
    let manifest: serde_json::Value =
        serde_json::from_str(&read("search/index.json")).expect("the build's manifest");
    assert!(manifest.is_object() && manifest.as_object().unwrap().len() > 1);
    assert!(read("search/terms/0.json").len() > 2);
    assert_ne!(read("claims.json"), "[]");
    assert!(read("robots.txt").contains("Sitemap:"));
    assert_eq!(read("style.css"), "body{}");
    // `brief check` warns the same.
    let check = s.check();
    assert!(check.stderr.contains("not copied"), "{check}");
}

// Guards: a file of `static/` or `content/` where the build makes a folder (a brief's,
// `search/`), or under a file the build writes (`atom.xml/x`, a page's `index.html/y`),
// is not copied, with a warning at the user's file from both `build` and `check`. Before,
// `check` passed and `build` failed with a raw OS error naming its staging folder.
#[test]
fn site_files_never_clash_with_generated_folders_or_files() {
    let s = site("/")
        .file("static/deal", "a file where the brief's folder goes")
        .file(
            "content/search",
            "a file where the search page's folder goes",
        )
        .file("static/atom.xml/x", "under the feed")
        .file("static/claims.json/z", "under claims.json")
        .file("static/older/index.html/y", "under a page")
        .file("static/notes/a.txt", "copied")
        .file("content/notes", "a file where another file's folder goes");
    let expected = [
        "static/deal: warning: not copied: the build writes `deal/index.html`, so `deal` is a folder of the output",
        "content/search: warning: not copied: the build writes `search/index.html`, so `search` is a folder of the output",
        "static/atom.xml/x: warning: not copied: the build writes its own `atom.xml`, a file, so `atom.xml/x` cannot be under it",
        "static/claims.json/z: warning: not copied: the build writes its own `claims.json`, a file, so `claims.json/z` cannot be under it",
        "static/older/index.html/y: warning: not copied: the build writes its own `older/index.html`, a file, so `older/index.html/y` cannot be under it",
        "content/notes: warning: not copied: the build writes `notes/a.txt`, so `notes` is a folder of the output",
    ];
    for run in [s.build(&[]), s.check()] {
        run.assert_code(0);
        for line in expected {
            assert!(run.stderr.contains(line), "{line}\n{run}");
        }
        assert_eq!(run.stderr.matches(": warning: ").count(), 6, "{run}");
        assert!(!run.stderr.contains("staging"), "{run}");
    }
    assert!(s.out().join("deal/index.html").is_file());
    assert!(s.out().join("search/index.html").is_file());
    assert!(s.out().join("atom.xml").is_file());
    assert!(s.out().join("older/index.html").is_file());
    assert_eq!(
        std::fs::read_to_string(s.out().join("notes/a.txt")).unwrap(),
        "copied"
    );
}

// Guards: the search index is a manifest, term shards and documents that parse: a word
// leads through its shard to its stem's postings, and they to the documents that hold it
// — a brief (whose link is a real page) and a seed's paragraph, by its anchor.
#[test]
fn search_index_holds_briefs_and_seed_passages() {
    let s = site("/");
    s.build_clean();
    let read = |path: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(s.out().join(path)).unwrap()).unwrap()
    };
    let manifest = read("search/index.json");
    assert_eq!(
        (manifest["briefs"].as_u64(), manifest["sources"].as_u64()),
        (Some(2), Some(2))
    );
    assert_eq!(manifest["language"], "en");
    // The page stems a query's words with the index's stemmer, which the build writes.
    assert_eq!(manifest["stemmer"], "stemmer.js");
    assert!(s.exists("search/stemmer.js"));
    let firsts: Vec<&str> = manifest["shards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    // The documents holding `word`, following the index as the search page does.
    let docs_of = |word: &str| -> Vec<u64> {
        let shard_of = |key: &str| firsts.iter().rposition(|f| *f <= key).unwrap();
        let shard = read(&format!("search/terms/{}.json", shard_of(word)));
        let stem = shard[word]["s"].as_str().unwrap_or(word).to_owned();
        let entry = &read(&format!("search/terms/{}.json", shard_of(&stem)))[&stem];
        assert!(entry["f"].as_array().unwrap().iter().any(|f| f == word));
        let mut at = 0;
        entry["p"]
            .as_array()
            .unwrap()
            .chunks(2)
            .map(|pair| {
                at += pair[0].as_u64().unwrap();
                at
            })
            .collect()
    };
    // "horizon" is in the brief "The deal" (brief 0, sorted by path) and in the seed's
    // second paragraph (document 2 + 1).
    assert_eq!(docs_of("horizon"), [0, 3]);
    // "closing" is stemmed: the index holds it under "close".
    assert_eq!(docs_of("closing"), [2]);
    // Briefs three to a documents file, then the source paragraphs.
    assert_eq!(manifest["per_file"][0], 3);
    let deal = &read("search/docs/0.json")[0];
    assert_eq!(deal["title"], "The deal <explained>");
    assert_eq!(deal["kind"], "Brief");
    assert!(deal["text"].as_str().unwrap().contains("on the horizon"));
    assert!(s.exists(deal["url"].as_str().unwrap()));
    let passage = &read("search/docs/1.json")[1];
    assert_eq!(passage["kind"], "Source");
    assert_eq!(passage["url"], "sources/wire/index.html#p2");
    assert_eq!(passage["meta"], "Wire & Co, para. 2");
    assert!(passage["text"].as_str().unwrap().contains("this week"));
    assert!(s.exists("sources/wire/index.html"));
}

// Guards: the JSON-LD of a brief parses, is a NewsArticle with dateModified and the cited
// article, and cannot close its <script> element early.
#[test]
fn json_ld_is_a_news_article_with_citations() {
    let s = site("https://example.org/");
    s.build_clean();
    let page = s.page("deal/index.html");
    let scripts = page.select("script[type=\"application/ld+json\"]");
    assert_eq!(scripts.len(), 1);
    let raw = scripts[0].inner_html();
    assert!(
        !raw.contains('<'),
        "raw `<` inside the script element: {raw}"
    );
    let ld: serde_json::Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(ld["@type"], "NewsArticle");
    assert_eq!(ld["headline"], "The deal <explained>");
    assert_eq!(ld["dateModified"], "2025-03-10");
    assert_eq!(ld["citation"][0]["headline"], "Deal <near>");
    assert_eq!(ld["citation"][0]["publisher"]["name"], "Wire & Co");
    let _ = sel("script");
}

// Guards: every page names the feed in its head, so feed readers find it from any page,
// and the link leads to the feed written.
#[test]
fn every_page_links_to_the_feed() {
    let s = site("https://example.org/briefing/");
    s.build_clean();
    for rel in common::html_files(&s.out()) {
        let page = s.page(&rel);
        let link = page.one("head link[rel=\"alternate\"][type=\"application/atom+xml\"]");
        let href = link.value().attr("href").expect("href");
        // The 404 page, served at any depth, links through base_url.
        let target = match href.strip_prefix("https://example.org/briefing/") {
            Some(from_root) => s.out().join(from_root),
            None => s.out().join(&rel).parent().expect("folder").join(href),
        };
        assert!(
            target.is_file(),
            "{rel}: the feed link {href} leads nowhere"
        );
        assert_eq!(link.value().attr("title"), Some("Minerals & more"), "{rel}");
    }
}

// Guards: a found quote of a seed with a url links to the original with a text fragment.
#[test]
fn found_quotes_link_to_the_original_passage() {
    let s = site("/");
    s.build_clean();
    let page = s.page("deal/index.html");
    let hrefs: Vec<String> = page
        .select("a[href^=\"https://news.example.org/\"]")
        .iter()
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    assert!(
        hrefs
            .iter()
            .any(|h| h == "https://news.example.org/deal#:~:text=on%20the%20horizon"),
        "{hrefs:?}"
    );
}

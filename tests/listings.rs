//! Listings: pagination of the home page and the sources index, sections (folders of
//! `content/`, with `_index.md`), topics, breadcrumbs — built by the real binary from
//! fixture sites and asserted on parsed HTML (README "Output", "Templates").

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::*;

fn brief(title: &str, date: &str, topics: &[&str]) -> String {
    let topics = if topics.is_empty() {
        String::new()
    } else {
        format!("topics: [{}]\n", topics.join(", "))
    };
    format!(
        "---\ntitle: \"{title}\"\ndate: {date}\nsummary: \"About {title}.\"\nsources: [a]\n{topics}---\nText [@a].\n"
    )
}

/// A site of 11 briefs, three to a page: five at the top, four under `grid/` (two of
/// them in `grid/north/`), two under `trade/`, with topics spelt two ways.
fn site() -> SiteTest {
    let mut t = SiteTest::empty()
        .file(
            "brief.yaml",
            "title: Archive\nbase_url: https://example.org/\npaginate_by: 3\n",
        )
        .file(
            "seeds/a.md",
            "---\ntitle: A\noutlet: O\npublished: 2025-01-01\n---\nSome text.\n",
        )
        .file(
            "content/grid/_index.md",
            "---\ntitle: The power grid\nsummary: Lines, plants and prices.\n---\nEverything about **the grid**.\n",
        );
    let briefs: [(&str, &str, &str, &[&str]); 11] = [
        ("content/one.md", "One", "2025-01-01", &["Energy"]),
        ("content/two.md", "Two", "2025-01-02", &[]),
        ("content/three.md", "Three", "2025-01-03", &["Trade"]),
        ("content/four.md", "Four", "2025-01-04", &[]),
        ("content/five.md", "Five", "2025-01-05", &[]),
        (
            "content/grid/g1.md",
            "G1",
            "2025-02-01",
            &["energy", "Prices"],
        ),
        ("content/grid/g2.md", "G2", "2025-02-02", &["Energy"]),
        ("content/grid/north/n1.md", "N1", "2025-03-01", &["Energy"]),
        ("content/grid/north/n2.md", "N2", "2025-03-02", &[]),
        ("content/trade/t1.md", "T1", "2025-04-01", &["Trade"]),
        ("content/trade/t2.md", "T2", "2025-04-02", &[]),
    ];
    for (path, title, date, topics) in briefs {
        t = t.file(path, brief(title, date, topics));
    }
    t
}

/// Follows `rel="next"` from `start`; returns each page's path and its card titles, and
/// checks on the way that every page's `rel="prev"` leads back to the page before it and
/// that its `paginator` numbering counts up from 1.
fn follow(t: &SiteTest, start: &str) -> Vec<(String, Vec<String>)> {
    let mut pages = Vec::new();
    let mut at = Some(start.to_owned());
    let mut previous: Option<String> = None;
    while let Some(rel) = at.take() {
        assert!(pages.len() < 50, "rel=next loops: {pages:?}");
        let page = t.page(&rel);
        let link = |css: &str| {
            page.select(css)
                .first()
                .and_then(|e| e.value().attr("href"))
                .map(|href| match page.resolve(href) {
                    Ok(Target::Internal { path, .. }) => path,
                    other => panic!("{rel}: bad link {href}: {other:?}"),
                })
        };
        // The head's links and the visible navigation agree.
        assert_eq!(link("link[rel=prev]"), link("a[rel=prev]"), "{rel}");
        assert_eq!(link("link[rel=next]"), link("a[rel=next]"), "{rel}");
        assert_eq!(
            link("link[rel=prev]"),
            previous,
            "{rel}: prev is not the page before"
        );
        let titles = page
            .select(".card-title a")
            .iter()
            .map(|a| text(*a))
            .collect();
        at = link("link[rel=next]");
        pages.push((rel.clone(), titles));
        previous = Some(rel);
    }
    let total = pages.len();
    for (i, (rel, _)) in pages.iter().enumerate() {
        let page = t.page(rel);
        if total > 1 {
            assert_eq!(
                text(page.one(".pagination [aria-current]")),
                format!("Page {} of {total}", i + 1),
                "{rel}"
            );
        } else {
            assert!(page.select(".pagination").is_empty(), "{rel}");
        }
    }
    pages
}

/// The home page is paginated: every brief is reached exactly once by following "next",
/// newest first, three to a page, at `page/N/`, with prev/next chains that agree.
#[test]
fn every_brief_is_reachable_from_the_home_page() {
    let t = site();
    t.build_clean();
    let pages = follow(&t, "index.html");
    let paths: Vec<&str> = pages.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "index.html",
            "page/2/index.html",
            "page/3/index.html",
            "page/4/index.html"
        ]
    );
    let titles: Vec<String> = pages.iter().flat_map(|(_, t)| t.clone()).collect();
    assert_eq!(
        titles,
        [
            "T2", "T1", "N2", "N1", "G2", "G1", "Five", "Four", "Three", "Two", "One"
        ]
    );
    assert!(pages.iter().all(|(_, t)| t.len() <= 3));
    // The last page links to the first, and page 1 to the last.
    let last = t.page("page/4/index.html");
    let first = last
        .select(".pagination a")
        .into_iter()
        .find(|a| text(*a) == "First")
        .expect("a link to the first page");
    assert!(last.links_to(first.value().attr("href").unwrap(), "index.html"));
    assert!(text(last.one("title")).contains("page 4 of 4"));
    assert!(!t.exists("page/1/index.html") && !t.exists("page/5/index.html"));
    assert_links_ok(&t.out());
}

/// Each folder gets a paginated listing of the briefs in it and below it; `_index.md`
/// gives its title, summary and introduction; nested folders are sections too.
#[test]
fn sections_list_their_folders_with_index_titles() {
    let t = site();
    t.build_clean();
    let grid = follow(&t, "grid/index.html");
    assert_eq!(
        grid.iter().map(|(p, _)| p.as_str()).collect::<Vec<_>>(),
        ["grid/index.html", "grid/page/2/index.html"]
    );
    let titles: Vec<String> = grid.iter().flat_map(|(_, t)| t.clone()).collect();
    assert_eq!(titles, ["N2", "N1", "G2", "G1"]);
    let page = t.page("grid/index.html");
    assert_eq!(text(page.one("h1")), "The power grid");
    assert_eq!(text(page.one(".standfirst")), "Lines, plants and prices.");
    assert_eq!(
        page.one(".section-intro strong").inner_html(),
        "the grid",
        "the _index.md body is rendered Markdown"
    );
    // Its subsection, titled after the folder.
    let sub = page.one(".sections a");
    assert_eq!(text(sub), "North");
    assert!(page.links_to(sub.value().attr("href").unwrap(), "grid/north/index.html"));

    let north = follow(&t, "grid/north/index.html");
    assert_eq!(north.len(), 1);
    assert_eq!(north[0].1, ["N2", "N1"]);
    let trade = follow(&t, "trade/index.html");
    assert_eq!(trade[0].1, ["T2", "T1"]);
    assert_eq!(text(t.page("trade/index.html").one("h1")), "Trade");
    // The home page lists the top-level sections.
    let home = t.page("index.html");
    let sections: Vec<String> = home
        .select(".sections a")
        .iter()
        .map(|a| text(*a))
        .collect();
    assert_eq!(sections, ["The power grid", "Trade"]);
}

/// A brief shows where it sits: Home › section › subsection › itself, each a link.
#[test]
fn briefs_show_breadcrumbs() {
    let t = site();
    t.build_clean();
    let page = t.page("grid/north/n1/index.html");
    let crumbs: Vec<(String, Option<String>)> = page
        .select("nav.breadcrumbs li")
        .iter()
        .map(|li| {
            let target = li.select(&sel("a")).next().map(|a| {
                match page.resolve(a.value().attr("href").unwrap()).unwrap() {
                    Target::Internal { path, .. } => path,
                    Target::External => panic!("external breadcrumb"),
                }
            });
            (text(*li), target)
        })
        .collect();
    assert_eq!(
        crumbs,
        [
            ("Home".to_owned(), Some("index.html".to_owned())),
            (
                "The power grid".to_owned(),
                Some("grid/index.html".to_owned())
            ),
            ("North".to_owned(), Some("grid/north/index.html".to_owned())),
            ("N1".to_owned(), None),
        ]
    );
    assert_eq!(
        page.one("nav.breadcrumbs [aria-current=page]")
            .value()
            .name(),
        "span"
    );
    let top = t.page("one/index.html");
    assert_eq!(top.select("nav.breadcrumbs li").len(), 2);
}

/// `topics:` files briefs under `topics/<slug>/` (spellings that slug alike are one
/// topic, named as most briefs spell it); `topics/` lists them all with counts; briefs
/// show theirs; the feed carries them as categories.
#[test]
fn topics_have_pages_counts_and_feed_categories() {
    let t = site();
    t.build_clean();
    let index = t.page("topics/index.html");
    let listed: BTreeMap<String, String> = index
        .select(".topic-list li")
        .iter()
        .map(|li| {
            let a = li.select(&sel("a")).next().unwrap();
            (text(a), text(*li))
        })
        .collect();
    assert_eq!(
        listed.keys().cloned().collect::<Vec<_>>(),
        ["Energy", "Prices", "Trade"]
    );
    assert!(listed["Energy"].contains("(4 briefs)"), "{listed:?}");
    assert!(listed["Prices"].contains("(1 brief)"), "{listed:?}");

    let energy = follow(&t, "topics/energy/index.html");
    let titles: Vec<String> = energy.iter().flat_map(|(_, t)| t.clone()).collect();
    assert_eq!(titles, ["N1", "G2", "G1", "One"]);
    assert_eq!(energy.len(), 2, "four briefs, three to a page");

    let g1 = t.page("grid/g1/index.html");
    let shown: Vec<String> = g1
        .select("p.topics a.topic")
        .iter()
        .map(|a| text(*a))
        .collect();
    assert_eq!(shown, ["Energy", "Prices"]);
    assert!(
        g1.links_to(
            g1.select("p.topics a.topic")[1]
                .value()
                .attr("href")
                .unwrap(),
            "topics/prices/index.html"
        )
    );

    let feed = std::fs::read_to_string(t.out().join("atom.xml")).unwrap();
    let g1_entry = feed
        .split("<entry>")
        .find(|e| e.contains("<title>G1</title>"))
        .unwrap();
    assert!(g1_entry.contains("<category term=\"energy\" label=\"energy\"/>"));
    assert!(g1_entry.contains("<category term=\"prices\" label=\"Prices\"/>"));
    let sitemap = std::fs::read_to_string(t.out().join("sitemap.xml")).unwrap();
    for url in ["grid/", "grid/north/", "topics/", "topics/energy/"] {
        assert!(
            sitemap.contains(&format!("<loc>https://example.org/{url}</loc>")),
            "{url}"
        );
    }
    assert_links_ok(&t.out());
}

/// The sources index is paginated like the home page; every seed is on one page.
#[test]
fn sources_index_is_paginated() {
    let mut t = SiteTest::empty().file("brief.yaml", "title: S\npaginate_by: 2\n");
    for id in ["a", "b", "c", "d", "e"] {
        t = t.file(
            &format!("seeds/{id}.md"),
            format!("---\ntitle: Seed {id}\noutlet: O\n---\nText.\n"),
        );
    }
    t.build_clean();
    let mut seen = Vec::new();
    let mut at = Some("sources/index.html".to_owned());
    while let Some(rel) = at {
        let page = t.page(&rel);
        seen.extend(page.select(".seed-title a").iter().map(|a| text(*a)));
        at = page.select("a[rel=next]").first().map(|a| {
            match page.resolve(a.value().attr("href").unwrap()).unwrap() {
                Target::Internal { path, .. } => path,
                Target::External => unreachable!(),
            }
        });
    }
    assert_eq!(seen, ["Seed a", "Seed b", "Seed c", "Seed d", "Seed e"]);
    assert!(t.exists("sources/page/3/index.html"));
    assert_links_ok(&t.out());
}

/// A seed whose id starts with `page/<n>` would put its archive page at the sources
/// index's page n: an error at the seed file, whatever the number of pages. Before,
/// `sources/page/2/` was the archive page or the index's page 2, by the writers' order.
#[test]
fn a_seed_at_the_sources_pagination_is_an_error() {
    let t = SiteTest::empty()
        .file("brief.yaml", "title: x\npaginate_by: 1\n")
        .file("seeds/a.md", "---\ntitle: A\noutlet: O\n---\nText.\n")
        .file("seeds/page/2.md", "---\ntitle: P\noutlet: O\n---\nText.\n")
        .file(
            "seeds/Page/3/ap.md",
            "---\ntitle: Q\noutlet: O\n---\nText.\n",
        )
        // Not pagination: there is no `page/1/`, and `page/02` is no page number.
        .file("seeds/page/1.md", "---\ntitle: R\noutlet: O\n---\nText.\n")
        .file("seeds/page/02.md", "---\ntitle: S\noutlet: O\n---\nText.\n");
    for run in [t.build(&[]), t.check()] {
        run.assert_code(1);
        let page = run.error_in("seeds/page/2.md");
        assert_eq!(
            (page.line, page.col, page.message.as_str()),
            (
                1,
                1,
                "the seed id `page/2` would put its archive page under `sources/page/2/`, where the sources index puts its page 2"
            ),
            "{run}"
        );
        assert!(
            run.stderr.contains(
                "help: rename the file or its folder: `page/<number>` cannot start a seed id, as `sources/page/2/` is for the index's pagination"
            ),
            "{run}"
        );
        assert!(
            run.error_in("seeds/Page/3/ap.md")
                .message
                .contains("under `sources/Page/3/`"),
            "{run}"
        );
        assert_eq!(run.errors().len(), 2, "{run}");
    }
    assert!(!t.out().exists());
}

/// The sources index names the first few briefs citing each seed and links to the
/// seed's archive page for all of them; the archive page lists every one.
#[test]
fn sources_index_lists_a_few_citing_briefs_and_links_to_all() {
    let t = site();
    t.build_clean();
    let index = t.page("sources/index.html");
    let listed: Vec<String> = index
        .select(".cited-by li a")
        .iter()
        .map(|a| text(*a))
        .collect();
    assert_eq!(listed.len(), 10, "{listed:?}");
    let more = index.select(".cited-by-more a");
    assert_eq!(more.len(), 1);
    assert_eq!(text(more[0]), "All 11 briefs citing it");
    match index
        .resolve(more[0].value().attr("href").unwrap())
        .unwrap()
    {
        Target::Internal { path, fragment } => {
            assert_eq!(path, "sources/a/index.html");
            assert_eq!(fragment.as_deref(), Some("cited-by-heading"));
            let archive = t.page(&path);
            assert_eq!(archive.select("#cited-by-heading").len(), 1);
            let all: Vec<String> = archive
                .select(".cited-by li > a")
                .iter()
                .map(|a| text(*a))
                .collect();
            assert_eq!(all.len(), 11, "{all:?}");
            for title in &listed {
                assert!(all.contains(title), "{title} not on the archive page");
            }
        }
        Target::External => panic!("the link leaves the site"),
    }
    // A seed cited by no more briefs than are shown gets no such link.
    let few = SiteTest::empty()
        .file("brief.yaml", "title: S\n")
        .file("seeds/a.md", "---\ntitle: A\noutlet: O\n---\nText.\n")
        .file("content/one.md", brief("One", "2025-01-01", &[]));
    few.build_clean();
    let index = few.page("sources/index.html");
    assert_eq!(index.select(".cited-by li").len(), 1);
    assert!(index.select(".cited-by-more").is_empty());
}

/// The same input gives the same listing pages, byte for byte.
#[test]
fn listings_are_deterministic() {
    let t = site();
    t.build_clean();
    let first = tree(&t.out());
    t.build_clean();
    assert_eq!(first, tree(&t.out()));
    let pages: BTreeSet<String> = html_files(&t.out()).into_iter().collect();
    assert!(pages.contains("topics/energy/page/2/index.html"));
}

/// A brief that would publish over a section's listing or a listing's `page/N/` is an
/// error naming the file, and the build writes nothing.
#[test]
fn a_brief_over_a_listing_is_an_error() {
    let t = SiteTest::new()
        .file("seeds/a.md", "---\ntitle: A\noutlet: O\n---\nText.\n")
        .file("content/grid.md", brief("Grid", "2025-01-01", &[]))
        .file("content/grid/x.md", brief("X", "2025-01-01", &[]))
        .file("content/page/2.md", brief("P", "2025-01-01", &[]))
        .file("content/topics/x.md", brief("T", "2025-01-01", &[]));
    let run = t.build(&[]);
    run.assert_code(1);
    let grid = run.error_in("content/grid.md");
    assert!(
        grid.message
            .contains("the listing page of the folder content/grid/"),
        "{run}"
    );
    assert!(run.stderr.contains("content/grid/_index.md"), "{run}");
    assert!(run.error_in("content/page/2.md").message.contains("page 2"));
    assert!(
        run.error_in("content/topics/x.md")
            .message
            .contains("topics/x/")
    );
    assert!(!t.out().exists());
}

/// A folder name of the output longer than file systems take (255 bytes) is an error at
/// the text that makes it, the same from `check` and `build`: a topic at its place in the
/// front matter, a brief or a folder whose name grows when lower-cased (`Ⱥ`, 2 bytes, is
/// `ⱥ`, 3) at its first line. Before, `check` passed and `build` failed with "File name
/// too long" and no position. A topic of exactly 255 bytes builds.
#[test]
fn a_url_segment_longer_than_a_file_name_is_an_error_from_check_and_build() {
    let long_topic = "Energy policy ".repeat(20);
    let upper = "Ⱥ".repeat(100); // 200 bytes as a file name, 300 lower-cased
    let fits = "e".repeat(255);
    let t = SiteTest::new()
        .file("seeds/a.md", "---\ntitle: A\noutlet: O\n---\nText.\n")
        .file(
            "content/long.md",
            brief(
                "Long",
                "2025-01-01",
                &["Trade", &format!("\"{long_topic}\"")],
            ),
        )
        .file(
            &format!("content/{upper}.md"),
            brief("Upper", "2025-01-01", &[]),
        )
        .file(
            &format!("content/{upper}x/_index.md"),
            "---\ntitle: Folder\n---\n",
        )
        .file("content/fits.md", brief("Fits", "2025-01-01", &[&fits]));
    let check = t.check();
    let build = t.build(&[]);
    for run in [&check, &build] {
        run.assert_code(1);
        let topic = run.error_in("content/long.md");
        assert_eq!((topic.line, topic.col), (6, 17), "{run}");
        assert!(topic.message.contains("279 bytes"), "{run}");
        let brief = run.error_in(&format!("content/{upper}.md"));
        assert_eq!((brief.line, brief.col), (1, 1), "{run}");
        assert!(brief.message.contains("300 bytes"), "{run}");
        run.error_in(&format!("content/{upper}x/_index.md"));
        assert!(!run.stderr.contains("File name too long"), "{run}");
    }
    let shown = |run: &Run| {
        run.errors()
            .into_iter()
            .map(|d| (d.path, d.line, d.col, d.message))
            .collect::<Vec<_>>()
    };
    assert_eq!(shown(&check), shown(&build));
    assert!(!t.out().exists());

    t.write("content/long.md", brief("Long", "2025-01-01", &["Trade"]));
    t.remove(&format!("content/{upper}.md"));
    t.remove(&format!("content/{upper}x/_index.md"));
    t.build_clean();
    assert!(t.exists(&format!("topics/{fits}/index.html")));
}

/// A folder at a listing's `page/<n>/` is reserved like a brief there: its briefs and its
/// `_index.md` are errors, each naming the page it would take and the folder to rename.
/// Before, `public/page/2/index.html` was the folder's listing in some runs and the home
/// page's page 2 in others, with exit 0.
#[test]
fn a_folder_at_a_listing_page_is_an_error() {
    let t = SiteTest::empty()
        .file("brief.yaml", "title: x\npaginate_by: 1\n")
        .file(
            "content/page/2/deep.md",
            "---\ntitle: Deep\ndate: 2025-01-01\n---\n",
        )
        .file(
            "content/other.md",
            "---\ntitle: Other\ndate: 2025-01-02\n---\n",
        )
        .file(
            "content/grid/x.md",
            "---\ntitle: X\ndate: 2025-01-03\n---\n",
        )
        .file("content/grid/page/3/_index.md", "---\ntitle: Three\n---\n");
    for run in [t.build(&[]), t.check()] {
        run.assert_code(1);
        let deep = run.error_in("content/page/2/deep.md");
        assert_eq!(
            (deep.line, deep.col, deep.message.as_str()),
            (
                1,
                1,
                "this brief would publish to `page/2/deep/`, under `page/2/`, where the home page puts its page 2"
            ),
            "{run}"
        );
        assert!(
            run.stderr.contains(
                "help: rename the folder content/page/2/: `page/<number>/` under a listing is for its pagination"
            ),
            "{run}"
        );
        let index = run.error_in("content/grid/page/3/_index.md");
        assert_eq!(
            index.message,
            "this folder's listing would publish to `grid/page/3/`, where the listing `grid/` puts its page 3",
            "{run}"
        );
        // The file's first line is shown under the error, as for a brief's clash.
        assert!(
            run.stderr.contains(
                "content/grid/page/3/_index.md:1:1: error: this folder's listing would publish to `grid/page/3/`, where the listing `grid/` puts its page 3\n 1 | ---\n"
            ),
            "{run}"
        );
        assert_eq!(run.errors().len(), 2, "{run}");
    }
    assert!(!t.out().exists());
    // `brief new` refuses the same place, in the same words.
    let run = t.run(&["new", "page/4/x"]);
    run.assert_code(2);
    assert!(run.stderr.contains("under `page/4/`"), "{run}");
}

/// Two folders whose names make the same URL, each with an `_index.md`, are an error
/// naming both files: one introduction would otherwise be thrown away.
#[test]
fn two_section_indexes_on_one_url_are_an_error() {
    let t = SiteTest::new()
        .file("seeds/a.md", "---\ntitle: A\noutlet: O\n---\nText.\n")
        .file(
            "content/Grid Policy/_index.md",
            "---\ntitle: Grid policy\n---\nOne.\n",
        )
        .file("content/Grid Policy/x.md", brief("X", "2025-01-01", &[]))
        .file(
            "content/grid-policy/_index.md",
            "---\ntitle: The grid\n---\nTwo.\n",
        )
        .file("content/grid-policy/y.md", brief("Y", "2025-01-01", &[]));
    let run = t.build(&[]);
    run.assert_code(1);
    let clash = run.error_in("content/grid-policy/_index.md");
    assert!(
        clash.message.contains("`grid-policy/`")
            && clash.message.contains("content/Grid Policy/_index.md"),
        "{run}"
    );
    assert!(
        run.stderr.contains("Grid Policy/_index.md\n 1 | ---\n"),
        "{run}"
    );
    assert!(!t.out().exists());
    t.check().assert_code(1);
}

/// `paginate_by` must be a positive number.
#[test]
fn paginate_by_zero_is_an_error() {
    let t = SiteTest::empty().file("brief.yaml", "title: T\npaginate_by: 0\n");
    let run = t.build(&[]);
    run.assert_code(1);
    let d = run.error_in("brief.yaml");
    assert_eq!((d.line, d.col), (2, 1));
    assert!(d.message.contains("paginate_by"));
}

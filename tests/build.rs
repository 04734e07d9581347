//! `brief build`, `check`, `new` and `init` against the contract in SPEC.md and the
//! markup documented in README.md ("Templates"): fixture sites built in a tempdir by the
//! real binary, asserted on parsed HTML and on stderr diagnostics.

mod common;

use std::collections::BTreeSet;

use common::*;
use scraper::ElementRef;

// ---------------------------------------------------------------- fixtures

const SEED_AP: &str = r#"---
title: "The US and Ukraine are closing in on a mineral deal"
outlet: Associated Press
author: Samya Kullab
published: 2025-02-25
url: https://apnews.com/article/example-minerals
---
Officials say the two sides are closing in on a deal — and quickly, according to people familiar with the talks.

The draft says the fund will be jointly owned and managed by both governments, the AP has learned.

Ukraine’s resources include lithium, graphite and titanium.
"#;

const SEED_ABP: &str = r#"---
title: "All about US-Ukraine talks on rare earths"
outlet: ABP Live
author: [Jane Roe, John Doe]
published: 2025-02
note: "Summarised from a longer explainer."
---
Rare earth minerals, a group of 17 critical elements, have emerged as a massive factor in geopolitics.

“We are close to an agreement,” an official told reporters on Monday.

Negotiators met again later in the week.

An official said a deal was a matter of days away.
"#;

const SEED_FT: &str = r#"---
title: "Minerals pact edges closer"
outlet: Financial Times
published: 2025-02-28
---
Trump called it the ‘deal of the century’ on Friday.

A second paragraph that nobody quotes.
"#;

const SEED_UNUSED: &str = r#"---
title: "An article nobody cites"
outlet: Reuters
published: 2025-01-01
---
Nothing here.
"#;

/// Numbering, locators, several-at-once, footnotes.
const OVERVIEW: &str = r#"---
title: "Overview"
summary: "What the deal says."
date: 2025-03-05
weight: 1
authors: [Briefing desk]
sources: [ap, abp, ft, unused]
---
# Overview

The sides are closing in on a deal [@ap].
An official said it was a matter of days [@abp, para. 4].

The fund would be jointly owned [@ap, para. 2].
Both sides agree on the outline [@ft; @ap].

Text with a note[^n] and the same note again[^n] and another[^m].

[^n]: A note about the deal.
[^m]: Another note.
"#;

/// Quotes of every kind the contract normalises.
const QUOTES: &str = r#"---
title: "What they said"
date: 2025-03-01
weight: 2
sources: [ap, abp, ft]
---
The sides are "Closing in on a deal - and   quickly" [@ap].

The draft calls the fund “jointly owned … by both governments” [@ap, para. 2].

He called it "the 'deal of the century'" [@ft].

"We are close to an agreement," an official told reporters [@abp].

They have "Ukraine's resources...titanium" in mind [@ap].
"#;

/// Things that look like citations but are not.
const CODE: &str = r#"---
title: "Not citations"
date: 2025-02-01
weight: 3
sources: [ap, abp]
---
A real one [@ap]. A code span `[@abp]` is code.

A literal \[@nope] bracket stays text.

```text
[@abp, p. 1] in a fence
```
"#;

const FUND: &str = r#"---
title: "The fund"
date: 2025-02-15
weight: 4
sources: [ap]
---
The fund is jointly owned [@ap, para. 2].
"#;

/// A site with four seeds and four briefs, one of them nested two folders deep.
fn fixture() -> SiteTest {
    SiteTest::new()
        .file("seeds/ap.md", SEED_AP)
        .file("seeds/abp.md", SEED_ABP)
        .file("seeds/ft.md", SEED_FT)
        .file("seeds/unused.md", SEED_UNUSED)
        .file("content/overview.md", OVERVIEW)
        .file("content/deal/quotes.md", QUOTES)
        .file("content/code.md", CODE)
        .file("content/deal/terms/fund.md", FUND)
}

/// `fixture()`, built, with no diagnostics.
fn built() -> SiteTest {
    let site = fixture();
    site.build_clean();
    site
}

// ---------------------------------------------------------------- page helpers

/// The citation links of a brief page, in document order.
fn citations(page: &Page) -> Vec<ElementRef<'_>> {
    page.select("sup.citation a")
        .into_iter()
        .filter(|a| has_role(*a, "doc-noteref"))
        .collect()
}

fn has_role(el: ElementRef<'_>, role: &str) -> bool {
    el.value()
        .attr("role")
        .is_some_and(|r| r.split_whitespace().any(|x| x == role))
}

/// The entries of the Sources list (`li#source-N`), in document order.
fn source_items(page: &Page) -> Vec<ElementRef<'_>> {
    page.select("li[id^='source-']")
}

fn source_item<'a>(page: &'a Page, n: usize) -> ElementRef<'a> {
    page.by_id(&format!("source-{n}"))
        .unwrap_or_else(|| panic!("{}: no element with id source-{n}", page.rel))
}

fn backlinks(item: ElementRef<'_>) -> Vec<ElementRef<'_>> {
    item.select(&sel("a"))
        .filter(|a| has_role(*a, "doc-backlink"))
        .collect()
}

fn href(el: ElementRef<'_>) -> &str {
    el.value().attr("href").unwrap_or("")
}

/// Which seed a Sources entry is about: the id of the archive page it links to.
fn seed_of(page: &Page, item: ElementRef<'_>) -> Option<String> {
    item.select(&sel("a[href]"))
        .find_map(|a| match page.resolve(href(a)) {
            Ok(Target::Internal { path, .. }) => path
                .strip_prefix("sources/")
                .and_then(|p| p.strip_suffix("/index.html"))
                .map(str::to_string),
            _ => None,
        })
}

/// The Sources entry of seed `id` on `page`.
fn item_for<'a>(page: &'a Page, id: &str) -> ElementRef<'a> {
    source_items(page)
        .into_iter()
        .find(|li| seed_of(page, *li).as_deref() == Some(id))
        .unwrap_or_else(|| {
            panic!(
                "{}: no Sources entry links to the archive of `{id}`",
                page.rel
            )
        })
}

/// The nearest ancestor with `role="doc-endnotes"`.
fn endnotes_of(el: ElementRef<'_>) -> Option<ElementRef<'_>> {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .find(|e| has_role(*e, "doc-endnotes"))
}

/// The text a quote anchor (`id="q-N"`) highlights: the `mark.quote` it sits in, or the
/// `mark.quote` elements after it in its paragraph up to the next quote anchor.
fn highlighted(archive: &Page, anchor_id: &str) -> String {
    let anchor = archive
        .by_id(anchor_id)
        .unwrap_or_else(|| panic!("{}: no anchor #{anchor_id}", archive.rel));
    let is_mark = |e: &ElementRef<'_>| {
        e.value().name() == "mark" && e.value().classes().any(|c| c == "quote")
    };
    if let Some(mark) = anchor
        .ancestors()
        .filter_map(ElementRef::wrap)
        .find(is_mark)
    {
        return text(mark);
    }
    let para = anchor
        .ancestors()
        .filter_map(ElementRef::wrap)
        .find(|e| {
            e.value()
                .id()
                .is_some_and(|id| id.starts_with('p') && id[1..].parse::<u32>().is_ok())
        })
        .unwrap_or_else(|| panic!("{}: #{anchor_id} is in no paragraph p1, p2 …", archive.rel));
    let mut seen = false;
    let mut out = Vec::new();
    for node in para.descendants() {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        if node.id() == anchor.id() {
            seen = true;
            continue;
        }
        if !seen {
            continue;
        }
        let is_anchor = el.value().classes().any(|c| c == "quote-anchor")
            || el.value().id().is_some_and(|id| id.starts_with("q-"));
        if is_anchor {
            break;
        }
        if is_mark(&el) {
            out.push(text(el));
        }
    }
    out.join(" ")
}

// ---------------------------------------------------------------- citations

// Guards: sources are numbered in first-cited order and a repeat citation reuses its number.
#[test]
fn citations_are_numbered_in_first_cited_order() {
    let site = built();
    let page = site.page("overview/index.html");
    let cites = citations(&page);
    let texts: Vec<String> = cites.iter().map(|a| text(*a)).collect();
    assert_eq!(
        texts,
        ["1", "2", "1", "3", "1"],
        "citation numbers in order"
    );
    let hrefs: Vec<&str> = cites.iter().map(|a| href(*a)).collect();
    assert_eq!(
        hrefs,
        [
            "#source-1",
            "#source-2",
            "#source-1",
            "#source-3",
            "#source-1"
        ]
    );
    let ids: Vec<&str> = cites.iter().map(|a| a.value().id().unwrap_or("")).collect();
    assert_eq!(
        ids,
        ["cite-1-a", "cite-2-a", "cite-1-b", "cite-3-a", "cite-1-c"]
    );
    let order: Vec<Option<String>> = source_items(&page)
        .into_iter()
        .map(|li| seed_of(&page, li))
        .collect();
    assert_eq!(
        order,
        [Some("ap".into()), Some("abp".into()), Some("ft".into())],
        "Sources list: numbered seeds in first-cited order, the uncited one unnumbered"
    );
}

// Guards: `[@a; @b]` renders both citations in one superscript, in the written order.
#[test]
fn several_citations_share_one_superscript() {
    let site = built();
    let page = site.page("overview/index.html");
    let sups = page.select("sup.citation");
    assert_eq!(sups.len(), 4, "four citation places, one of them a group");
    let group = sups[3];
    let links: Vec<String> = group
        .select(&sel("a"))
        .filter(|a| has_role(*a, "doc-noteref"))
        .map(text)
        .collect();
    assert_eq!(links, ["3", "1"], "`[@ft; @ap]` shows 3 then 1");
    assert!(
        group.select(&sel("span.sep")).next().is_some(),
        "citations in one group are separated by span.sep"
    );
}

// Guards: a locator is shown next to its own backlink and never in the superscript.
#[test]
fn locators_are_shown_beside_their_backlinks() {
    let site = built();
    let page = site.page("overview/index.html");
    for a in citations(&page) {
        let t = text(a);
        assert!(
            t.chars().all(|c| c.is_ascii_digit()),
            "citation text is the number alone: {t:?}"
        );
    }
    let abp = source_item(&page, 2);
    assert!(
        text(abp).contains("para. 4"),
        "abp entry shows its locator: {}",
        text(abp)
    );
    let ap = source_item(&page, 1);
    let html = ap.html();
    let pos = |needle: &str| {
        html.find(needle)
            .unwrap_or_else(|| panic!("source-1 has no `{needle}`:\n{html}"))
    };
    let (a, b, c) = (
        pos("href=\"#cite-1-a\""),
        pos("href=\"#cite-1-b\""),
        pos("href=\"#cite-1-c\""),
    );
    let loc = pos("para. 2");
    assert!(
        a < loc && loc < c && html.matches("para. 2").count() == 1,
        "`para. 2` belongs beside backlink b (a@{a} b@{b} c@{c} locator@{loc})"
    );
    assert!(
        !text(source_item(&page, 3)).contains("para."),
        "ft was cited without a locator"
    );
}

// Guards: one backlink per citation place, labelled a, b, c…, each pointing at a citation that exists, and every citation has its backlink.
#[test]
fn backlinks_and_citations_pair_up() {
    let site = built();
    let page = site.page("overview/index.html");
    let cite_ids: Vec<String> = citations(&page)
        .iter()
        .map(|a| a.value().id().unwrap_or("").to_string())
        .collect();
    let mut back_targets = Vec::new();
    for (n, expected) in [(1, vec!["a", "b", "c"]), (2, vec!["a"]), (3, vec!["a"])] {
        let item = source_item(&page, n);
        let links = backlinks(item);
        let labels: Vec<String> = links.iter().map(|a| text(*a)).collect();
        assert_eq!(labels, expected, "backlink labels of source-{n}");
        for (a, label) in links.iter().zip(&expected) {
            assert_eq!(href(*a), format!("#cite-{n}-{label}"));
            back_targets.push(href(*a).trim_start_matches('#').to_string());
        }
        assert!(
            endnotes_of(item).is_some(),
            "source-{n} is in a role=doc-endnotes list"
        );
    }
    let ids = page.ids();
    for t in &back_targets {
        assert!(
            ids.contains(t),
            "backlink to #{t}, which is no id on the page"
        );
    }
    let mut sorted_back = back_targets.clone();
    sorted_back.sort();
    let mut sorted_cites = cite_ids.clone();
    sorted_cites.sort();
    assert_eq!(
        sorted_back, sorted_cites,
        "backlinks and citations must pair up one to one"
    );
    for a in citations(&page) {
        let target = href(a).trim_start_matches('#');
        assert!(
            ids.contains(target),
            "citation to #{target}, which is no id on the page"
        );
    }
}

// Guards: backlink labels go on after z as aa, ab (bijective base 26).
#[test]
fn backlink_labels_continue_past_z() {
    // Claims without figures: the labels are what is tested.
    let body: String = (1..=28)
        .map(|i| format!("Claim {} [@ap].\n\n", label(i)))
        .collect();
    let site = SiteTest::new().file("seeds/ap.md", SEED_AP).file(
        "content/many.md",
        format!("---\ntitle: Many\nsources: [ap]\n---\n{body}"),
    );
    site.build_clean();
    let page = site.page("many/index.html");
    let labels: Vec<String> = backlinks(source_item(&page, 1))
        .into_iter()
        .map(text)
        .collect();
    let expected: Vec<String> = (1..=28).map(label).collect();
    assert_eq!(labels, expected);
    assert_eq!(expected[26..], ["aa".to_string(), "ab".to_string()]);
}

// Guards: each Sources entry gives author, title, outlet, date and note, a link to the original when `url` is set, and a link to the archived copy.
#[test]
fn sources_list_gives_full_reference_and_links() {
    let site = built();
    let page = site.page("overview/index.html");
    let ap = item_for(&page, "ap");
    let t = text(ap);
    for needle in [
        "The US and Ukraine are closing in on a mineral deal",
        "Associated Press",
        "Kullab", // the citation style decides the name order: "Kullab, Samya"
        "2025",
    ] {
        assert!(t.contains(needle), "ap reference lacks {needle:?}: {t}");
    }
    let hrefs: Vec<&str> = ap.select(&sel("a[href]")).map(href).collect();
    assert!(
        hrefs.contains(&"https://apnews.com/article/example-minerals"),
        "ap reference links to the original: {hrefs:?}"
    );
    assert!(
        hrefs
            .iter()
            .any(|h| page.links_to(h, "sources/ap/index.html")),
        "ap reference links to its archived copy: {hrefs:?}"
    );
    let abp = item_for(&page, "abp");
    let t = text(abp);
    for needle in [
        "All about US-Ukraine talks on rare earths",
        "ABP Live",
        "Roe, Jane", // the first author inverted, as the citation style has it
        "John Doe",
        "Summarised from a longer explainer.",
    ] {
        assert!(t.contains(needle), "abp reference lacks {needle:?}: {t}");
    }
    assert!(
        !abp.select(&sel("a[href]"))
            .any(|a| href(a).starts_with("http")),
        "abp has no url, so no link to an original"
    );
}

// Guards: Markdown footnotes become a separate Notes list, referenced and backlinked like sources.
#[test]
fn footnotes_render_as_a_separate_notes_list() {
    let site = built();
    let page = site.page("overview/index.html");
    let refs: Vec<(String, String, String)> = page
        .select("sup.footnote-ref a")
        .into_iter()
        .filter(|a| has_role(*a, "doc-noteref"))
        .map(|a| {
            (
                a.value().id().unwrap_or("").to_string(),
                href(a).to_string(),
                text(a),
            )
        })
        .collect();
    let expected = [
        ("noteref-1-a", "#note-1", "1"),
        ("noteref-1-b", "#note-1", "1"),
        ("noteref-2-a", "#note-2", "2"),
    ]
    .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()));
    assert_eq!(refs, expected);
    let note1 = page.by_id("note-1").expect("li#note-1");
    assert!(
        text(note1).contains("A note about the deal."),
        "{}",
        text(note1)
    );
    let back: Vec<&str> = backlinks(note1).into_iter().map(href).collect();
    assert_eq!(back, ["#noteref-1-a", "#noteref-1-b"]);
    let note2 = page.by_id("note-2").expect("li#note-2");
    assert!(text(note2).contains("Another note."));
    let notes_list = endnotes_of(note1).expect("notes list has role=doc-endnotes");
    let sources_list = endnotes_of(source_item(&page, 1)).expect("sources list");
    assert_ne!(
        notes_list.id(),
        sources_list.id(),
        "notes and sources are separate lists"
    );
    assert!(
        !text(sources_list).contains("A note about the deal."),
        "a footnote leaked into the Sources list"
    );
    assert_eq!(
        citations(&page).len(),
        5,
        "footnote references are not citations"
    );
}

// Guards: `[@x]` inside a code span or a fenced block is code, not a citation.
#[test]
fn citations_in_code_are_not_citations() {
    let site = built();
    let page = site.page("code/index.html");
    assert_eq!(citations(&page).len(), 1, "only the real citation counts");
    assert_eq!(
        source_items(&page).len(),
        1,
        "abp is cited only inside code"
    );
    let code: Vec<String> = page.select("code").into_iter().map(text).collect();
    assert!(
        code.iter().any(|c| c.contains("[@abp]")),
        "code span kept: {code:?}"
    );
    let pre: Vec<String> = page.select("pre").into_iter().map(text).collect();
    assert!(
        pre.iter().any(|c| c.contains("[@abp, p. 1] in a fence")),
        "fence kept: {pre:?}"
    );
}

// Guards: `\[@x]` is a literal bracket (and naming an unknown id that way is no error).
#[test]
fn escaped_bracket_is_literal_text() {
    let site = built();
    let page = site.page("code/index.html");
    let paras: Vec<String> = page.select("p").into_iter().map(text).collect();
    assert!(
        paras
            .iter()
            .any(|p| p.contains("A literal [@nope] bracket stays text.")),
        "literal bracket text: {paras:?}"
    );
}

// ---------------------------------------------------------------- quotes

// Guards: a found quote links from the reference to its passage, highlighted on the archive page, despite differences of case, whitespace, dashes, quote marks and `…`/`...` omissions.
#[test]
fn found_quotes_link_to_highlighted_passages() {
    let site = built();
    let page = site.page("deal/quotes/index.html");
    let cases: [(&str, &[&str]); 3] = [
        (
            "ap",
            &[
                "closing in on a deal — and quickly",
                "jointly owned … by both governments",
                "Ukraine’s resources…titanium",
            ],
        ),
        ("ft", &["the ‘deal of the century’"]),
        ("abp", &["We are close to an agreement"]),
    ];
    for (seed, passages) in cases {
        let item = item_for(&page, seed);
        let mut highlights = Vec::new();
        for a in item.select(&sel("a[href]")) {
            if let Ok(Target::Internal {
                path,
                fragment: Some(f),
            }) = page.resolve(href(a))
                && f.starts_with("q-")
            {
                assert_eq!(
                    path,
                    format!("sources/{seed}/index.html"),
                    "quote link of {seed}"
                );
                let archive = Page::open(&site.out(), &path);
                highlights.push(highlighted(&archive, &f));
            }
        }
        assert_eq!(
            highlights.len(),
            passages.len(),
            "{seed}: one quote link per found quote, got highlights {highlights:?}"
        );
        for passage in passages {
            assert!(
                highlights.iter().any(|h| contains_passage(h, passage)),
                "{seed}: no highlight holds {passage:?}; highlights: {highlights:?}"
            );
        }
    }
}

const MISSING_QUOTE: &str = "---\ntitle: Missing quote\nsources: [ap]\n---\n\nThey said \"this passage appears nowhere at all\" [@ap].\n";

// Guards: a quote not found in its seed is a warning from `build`, which still succeeds.
#[test]
fn missing_quote_is_a_warning_from_build() {
    let site = fixture().file("content/miss.md", MISSING_QUOTE);
    let run = site.build(&[]);
    run.assert_code(0);
    let w = run.warning_in("content/miss.md");
    assert_eq!(
        w.line, 6,
        "the warning points at the quote's line in the file\n{run}"
    );
    assert!(run.errors().is_empty(), "no errors\n{run}");
    assert!(site.exists("miss/index.html"));
}

// Guards: a quote not found in its seed is an error from `check` and from `build --strict`, which writes nothing.
#[test]
fn missing_quote_is_an_error_from_check_and_strict() {
    let site = fixture().file("content/miss.md", MISSING_QUOTE);
    let run = site.check();
    run.assert_code(1);
    assert_eq!(run.error_in("content/miss.md").line, 6, "\n{run}");
    let run = site.build(&["--strict"]);
    run.assert_code(1);
    assert_eq!(run.error_in("content/miss.md").line, 6, "\n{run}");
    assert!(
        !site.exists("index.html"),
        "a failed strict build wrote output"
    );
}

// ---------------------------------------------------------------- output

// Guards: every relative link and #fragment on every page of the output resolves to an existing file and id.
#[test]
fn every_relative_link_resolves() {
    let site = built();
    let pages = html_files(&site.out());
    assert!(pages.len() >= 8, "pages: {pages:?}");
    assert_links_ok(&site.out());
}

// Guards: the fixed pages exist: sources index, one archive page per seed, 404, a page per brief.
#[test]
fn required_pages_exist() {
    let site = built();
    for rel in [
        "index.html",
        "404.html",
        "sources/index.html",
        "sources/ap/index.html",
        "sources/abp/index.html",
        "sources/ft/index.html",
        "sources/unused/index.html",
        "overview/index.html",
        "code/index.html",
    ] {
        assert!(site.exists(rel), "missing {rel}");
    }
}

// Guards: the sources index lists every seed, cited or not, with links to the briefs citing it.
#[test]
fn sources_index_lists_every_seed_with_citing_briefs() {
    let site = built();
    let page = site.page("sources/index.html");
    let hrefs: Vec<&str> = page.select("a[href]").into_iter().map(href).collect();
    for id in ["ap", "abp", "ft", "unused"] {
        assert!(
            hrefs
                .iter()
                .any(|h| page.links_to(h, &format!("sources/{id}/index.html"))),
            "sources index links to the archive of {id}"
        );
    }
    for brief in [
        "overview/index.html",
        "deal/quotes/index.html",
        "code/index.html",
    ] {
        assert!(
            hrefs.iter().any(|h| page.links_to(h, brief)),
            "sources index links to citing brief {brief}"
        );
    }
}

// Guards: an archive page has paragraphs p1, p2 … with the seed's text and links back to each citing brief.
#[test]
fn archive_page_numbers_paragraphs_and_links_back() {
    let site = built();
    let page = site.page("sources/ap/index.html");
    let p1 = page.by_id("p1").expect("#p1");
    assert!(
        text(p1).contains("Officials say the two sides are closing in on a deal"),
        "{}",
        text(p1)
    );
    let p2 = page.by_id("p2").expect("#p2");
    assert!(text(p2).contains("jointly owned and managed by both governments"));
    let p3 = page.by_id("p3").expect("#p3");
    assert!(text(p3).contains("Ukraine’s resources include lithium"));
    assert!(page.by_id("p4").is_none(), "three paragraphs, three ids");
    let hrefs: Vec<&str> = page.select("a[href]").into_iter().map(href).collect();
    for brief in [
        "overview/index.html",
        "deal/quotes/index.html",
        "deal/terms/fund/index.html",
    ] {
        assert!(
            hrefs.iter().any(|h| page.links_to(h, brief)),
            "archive links back to {brief}"
        );
    }
}

// Guards: a folder under content/ becomes part of the URL, and links from deep pages still resolve.
#[test]
fn nested_folders_give_nested_urls() {
    let site = built();
    assert!(site.exists("deal/quotes/index.html"));
    assert!(site.exists("deal/terms/fund/index.html"));
    let page = site.page("deal/terms/fund/index.html");
    let styles: Vec<&str> = page
        .select("link[rel~='stylesheet']")
        .into_iter()
        .map(href)
        .collect();
    assert!(!styles.is_empty(), "a brief page links a stylesheet");
    for s in styles {
        match page.resolve(s) {
            Ok(Target::Internal { path, .. }) => {
                assert!(
                    site.out().join(&path).is_file(),
                    "stylesheet {s} -> {path} missing"
                )
            }
            other => panic!("stylesheet {s} is not a relative link: {other:?}"),
        }
    }
    let archive = item_for(&page, "ap");
    assert!(
        archive
            .select(&sel("a[href]"))
            .any(|a| page.links_to(href(a), "sources/ap/index.html"))
    );
    let home = site.page("index.html");
    assert!(
        home.select("a[href]")
            .iter()
            .any(|a| home.links_to(href(*a), "deal/terms/fund/index.html")),
        "home page links to the nested brief"
    );
}

// Guards: the home page orders briefs by weight, then date (newest first), then title.
#[test]
fn home_page_orders_by_weight_date_title() {
    let brief = |title: &str, extra: &str| format!("---\ntitle: {title}\n{extra}---\nBody.\n");
    let site = SiteTest::new()
        .file(
            "content/a.md",
            brief("Delta", "weight: 2\ndate: 2025-01-01\n"),
        )
        .file(
            "content/b.md",
            brief("Echo", "weight: 1\ndate: 2024-01-01\n"),
        )
        .file(
            "content/c.md",
            brief("Charlie", "weight: 2\ndate: 2025-02-01\n"),
        )
        .file(
            "content/d.md",
            brief("Alpha", "weight: 2\ndate: 2025-02-01\n"),
        );
    site.build_clean();
    let home = site.page("index.html");
    let targets = [
        "a/index.html",
        "b/index.html",
        "c/index.html",
        "d/index.html",
    ];
    let mut order: Vec<&str> = Vec::new();
    for a in home.select("a[href]") {
        if let Some(t) = targets.iter().find(|t| home.links_to(href(a), t))
            && !order.contains(t)
        {
            order.push(t);
        }
    }
    assert_eq!(
        order,
        [
            "b/index.html",
            "d/index.html",
            "c/index.html",
            "a/index.html"
        ]
    );
}

// Guards: `<script>` and quotes in front matter and seed text are escaped wherever shown.
#[test]
fn front_matter_and_seed_text_are_escaped() {
    let site = SiteTest::new()
        .file(
            "seeds/evil.md",
            "---\ntitle: 'Deal <script>alert(1)</script> \"quoted\" & more'\noutlet: '<b>Outlet</b>'\npublished: 2025-01-01\n---\nBody <script>alert(2)</script> text & <b>bold</b>.\n",
        )
        .file(
            "content/x.md",
            "---\ntitle: 'Brief <script>alert(3)</script>'\nsummary: 'Sum \"q\" <script>alert(4)</script>'\nsources: [evil]\n---\nClaim [@evil].\n",
        );
    site.build_clean();
    for rel in [
        "index.html",
        "x/index.html",
        "sources/index.html",
        "sources/evil/index.html",
    ] {
        let page = site.page(rel);
        for s in page.select("script") {
            // An injected `<script>alert(1)</script>` parses as a script whose code is
            // the payload; data blocks (JSON-LD) may mention it, escaped, inside strings.
            let code = text(s);
            assert!(
                !code.starts_with("alert("),
                "{rel}: injected script element: {}",
                s.html()
            );
            assert!(
                !code.contains("<script") && !code.contains("<b>"),
                "{rel}: raw markup inside a script block: {}",
                s.html()
            );
        }
        for b in page.select("b") {
            assert!(
                !text(b).contains("bold") && !text(b).contains("Outlet"),
                "{rel}: injected <b>"
            );
        }
        for el in page.html.root_element().descendent_elements() {
            for (name, _) in el.value().attrs() {
                assert!(
                    !name.contains("quoted") && !name.contains('<') && !name.contains("alert"),
                    "{rel}: attribute injected via unescaped quote: {}",
                    el.html()
                );
            }
        }
    }
    let brief = site.page("x/index.html");
    assert!(
        brief
            .body_text()
            .contains("Brief <script>alert(3)</script>")
    );
    assert!(
        brief
            .body_text()
            .contains("Deal <script>alert(1)</script> \"quoted\" & more")
    );
    let archive = site.page("sources/evil/index.html");
    assert!(
        archive
            .body_text()
            .contains("Body <script>alert(2)</script> text & <b>bold</b>."),
        "seed text shown verbatim: {}",
        archive.body_text()
    );
    assert!(
        site.page("index.html")
            .body_text()
            .contains("Brief <script>alert(3)</script>")
    );
}

// Guards: a theme can override one template; the others fall back to the built-in theme.
#[test]
fn theme_overrides_one_template_and_inherits_the_rest() {
    let index = r#"<!doctype html>
<html lang="{{ site.language }}"><head><meta charset="utf-8"><title>{{ site.title }}</title></head>
<body><ul id="custom">{% for b in briefs %}<li><a href="{{ b.href }}">{{ b.title }}</a> {{ b.source_count }}</li>{% endfor %}</ul></body></html>
"#;
    let site = fixture()
        .file("brief.yaml", "title: Test site\ntheme: t\n")
        .file("themes/t/templates/index.html", index);
    site.build_clean();
    let home = site.page("index.html");
    let items = home.select("ul#custom li");
    assert_eq!(items.len(), 4, "the override rendered every brief");
    let titles: BTreeSet<String> = home.select("ul#custom a").into_iter().map(text).collect();
    let expected: BTreeSet<String> = ["Overview", "What they said", "Not citations", "The fund"]
        .map(String::from)
        .into();
    assert_eq!(titles, expected);
    let overview = items
        .iter()
        .find(|li| text(**li).starts_with("Overview"))
        .expect("overview item");
    assert_eq!(
        text(*overview),
        "Overview 3",
        "source_count of the overview is 3"
    );
    let brief = site.page("overview/index.html");
    assert_eq!(
        citations(&brief).len(),
        5,
        "brief.html fell back to the built-in theme"
    );
    assert!(brief.by_id("source-1").is_some());
    assert!(site.exists("sources/ap/index.html") && site.exists("404.html"));
    assert_links_ok(&site.out());
}

// Guards: theme static files are copied into the output, and the site's static/ wins over the theme's.
#[test]
fn static_files_are_copied_site_over_theme() {
    let site = SiteTest::new()
        .file("brief.yaml", "title: Test site\ntheme: t\n")
        .file("themes/t/static/shared.txt", "from theme")
        .file("themes/t/static/only-theme.css", "body{}")
        .file("static/shared.txt", "from site")
        .file(
            "static/img/logo.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        )
        .file("content/a.md", "---\ntitle: A\n---\nBody.\n");
    site.build_clean();
    let read = |rel: &str| std::fs::read_to_string(site.out().join(rel)).unwrap_or_default();
    assert_eq!(read("shared.txt"), "from site");
    assert_eq!(read("only-theme.css"), "body{}");
    assert!(site.exists("img/logo.svg"));
}

// Guards: dotfiles of static/ are published (`.nojekyll`, `.well-known/`), as the help for
// a file found in the output says, but not version control, `.DS_Store` or editor files,
// and not dotfiles of content/.
#[test]
fn static_dotfiles_are_published_but_not_junk() {
    let site = SiteTest::new()
        .file("brief.yaml", "title: Test site\n")
        .file("content/a.md", "---\ntitle: A\n---\nBody.\n")
        .file("content/.hidden.png", "x");
    site.build_clean();
    site.write("public/.nojekyll", "y\n");
    let run = site.build(&[]);
    assert_eq!(run.code, Some(2), "{run}");
    let help = run
        .stderr
        .lines()
        .find(|l| l.contains("help: move it to static/.nojekyll"));
    assert!(help.is_some(), "{run}");
    site.remove("public/.nojekyll");
    site.write("static/.nojekyll", "y\n");
    site.write("static/.well-known/security.txt", "Contact: mailto:a@b.c\n");
    site.write("static/.DS_Store", "x");
    site.write("static/.git/config", "x");
    site.write("static/.notes.md.swp", "x");
    site.write("static/.#lock", "x");
    site.build(&[]).assert_code(0);
    assert!(site.exists(".nojekyll"));
    assert!(site.exists(".well-known/security.txt"));
    for junk in [
        ".DS_Store",
        ".git/config",
        ".notes.md.swp",
        ".#lock",
        ".hidden.png",
    ] {
        assert!(!site.exists(junk), "{junk} published");
    }
    // A second build owns what the first copied.
    site.build(&[]).assert_code(0);
}

// Guards: drafts are left out (page and home-page link) unless `--drafts` is given.
#[test]
fn drafts_are_built_only_with_the_flag() {
    let site = fixture().file(
        "content/wip.md",
        "---\ntitle: Work in progress\ndraft: true\nsources: [ap]\n---\nClaim [@ap].\n",
    );
    site.build_clean();
    assert!(
        !site.exists("wip/index.html"),
        "draft built without --drafts"
    );
    let home = site.page("index.html");
    assert!(
        !home
            .select("a[href]")
            .iter()
            .any(|a| home.links_to(href(*a), "wip/index.html"))
    );
    let run = site.build(&["--drafts"]);
    run.assert_code(0);
    assert!(
        site.exists("wip/index.html"),
        "draft not built with --drafts"
    );
    let home = site.page("index.html");
    assert!(
        home.select("a[href]")
            .iter()
            .any(|a| home.links_to(href(*a), "wip/index.html"))
    );
}

// Guards: the same input gives byte-identical output, whatever the output folder.
#[test]
fn builds_are_deterministic() {
    let site = built();
    let first = files(&site.out());
    assert!(
        first.contains_key("overview/index.html"),
        "the build wrote pages"
    );
    site.build_clean();
    assert_same_tree(&first, &files(&site.out()), "rebuild in place");
    let other = site.tmp().join("other-out");
    let run = site.build(&["--out", other.to_str().unwrap()]);
    run.assert_code(0);
    assert_same_tree(&first, &files(&other), "build into another folder");
}

// Guards: files the build no longer produces are removed from the output folder — but
// only files brief wrote: a file someone added stops the build (see
// `a_file_brief_did_not_write_is_never_deleted`).
#[test]
fn stale_output_files_are_removed() {
    let site = built();
    assert!(site.exists("code/index.html"));
    site.remove("content/code.md");
    site.build_clean();
    assert!(
        !site.exists("code/index.html"),
        "page of a deleted brief survived"
    );
    assert!(!site.exists("code"), "folder of a deleted brief survived");
    assert!(site.exists("overview/index.html"));
}

// Guards: a bare .txt seed works: its first non-empty line is the title, with a warning that outlet and date are missing.
#[test]
fn txt_seed_takes_title_from_first_line_and_warns() {
    let site = SiteTest::new()
        .file(
            "seeds/plain.txt",
            "\n\nA plain text article\nFirst paragraph of the body.\n\nSecond paragraph.\n",
        )
        .file(
            "content/a.md",
            "---\ntitle: A\nsources: [plain]\n---\nAs \"the body\" says [@plain].\n",
        );
    let run = site.build(&[]);
    run.assert_code(0);
    let w = run.warning_in("seeds/plain.txt");
    let all: String = run
        .warnings()
        .iter()
        .filter(|d| d.is_in("seeds/plain.txt"))
        .map(|d| d.message.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        all.contains("outlet"),
        "warning names the missing outlet: {w:?}\n{run}"
    );
    assert!(
        all.contains("date") || all.contains("published"),
        "warning names the missing date\n{run}"
    );
    assert!(run.errors().is_empty(), "{run}");
    let archive = site.page("sources/plain/index.html");
    let h1: Vec<String> = archive.select("h1").into_iter().map(text).collect();
    assert!(
        h1.iter().any(|h| h == "A plain text article"),
        "title from the first line: {h1:?}"
    );
    let p1 = archive.by_id("p1").expect("#p1");
    assert!(
        text(p1).contains("First paragraph of the body."),
        "{}",
        text(p1)
    );
    assert!(
        !text(p1).contains("A plain text article"),
        "the title is not body text"
    );
    let brief = site.page("a/index.html");
    assert!(text(item_for(&brief, "plain")).contains("A plain text article"));
}

// Guards: a byte-order mark and CRLF line endings in briefs and seeds just work.
#[test]
fn bom_and_crlf_just_work() {
    let seed = "\u{feff}---\r\ntitle: CRLF seed\r\noutlet: Wire\r\npublished: 2025-01-02\r\n---\r\nThe deal is closing in on a final text.\r\n\r\nSecond paragraph.\r\n";
    let brief = "\u{feff}---\r\ntitle: CRLF brief\r\ndate: 2025-01-03\r\nsources: [crlf]\r\n---\r\n# Heading\r\n\r\nIt is \"closing in on a final text\" [@crlf].\r\n";
    let site = SiteTest::new()
        .file("brief.yaml", "\u{feff}title: Test site\r\nlanguage: en\r\n")
        .file("seeds/crlf.md", seed)
        .file("content/crlf.md", brief);
    site.build_clean();
    let page = site.page("crlf/index.html");
    let title = text(page.one("title"));
    assert!(
        title.contains("CRLF brief") && !title.contains('\u{feff}'),
        "title: {title:?}"
    );
    assert!(
        !page.source.contains('\r'),
        "a carriage return leaked into the page"
    );
    assert_eq!(citations(&page).len(), 1);
    let item = item_for(&page, "crlf");
    assert!(text(item).contains("CRLF seed"));
    assert!(
        item.select(&sel("a[href]"))
            .any(|a| href(a).contains("#q-")),
        "the quote over CRLF text was found"
    );
    let archive = site.page("sources/crlf/index.html");
    assert!(text(archive.by_id("p2").expect("#p2")).contains("Second paragraph."));
}

// Guards: a 5 MB brief builds, with every citation backlinked.
#[test]
fn five_megabyte_brief_builds() {
    let filler = "The negotiations continued through the week as officials from both \
        governments met to discuss the terms of the proposed minerals agreement, the \
        structure of the joint investment fund, the question of security guarantees, \
        and the schedule for signing, while analysts debated what the deal would mean \
        for the war, for reconstruction, and for the global supply of critical minerals.";
    let mut body = String::with_capacity(5 << 20);
    let mut cites = 0;
    let mut i = 0;
    while body.len() < 5 << 20 {
        i += 1;
        body.push_str(&format!("Paragraph {i}. {filler}"));
        if i % 10 == 0 {
            body.push_str(" [@ap]");
            cites += 1;
        }
        body.push_str(".\n\n");
    }
    let site = SiteTest::new().file("seeds/ap.md", SEED_AP).file(
        "content/big.md",
        format!("---\ntitle: Big\nsources: [ap]\n---\n{body}"),
    );
    site.build_clean();
    let page = site.page("big/index.html");
    let back = backlinks(source_item(&page, 1));
    assert_eq!(back.len(), cites);
    assert_eq!(text(back[702]), "aaa");
    assert_eq!(text(*back.last().unwrap()), label(cites));
}

// ---------------------------------------------------------------- errors

// Guards: an unknown key in brief.yaml is an error naming the key and the file, with the line shown and a suggestion.
#[test]
fn unknown_config_key_is_an_error() {
    let site = fixture().file(
        "brief.yaml",
        "title: Test site\nbase_ulr: https://example.org/\n",
    );
    let run = site.build(&[]);
    run.assert_code(1);
    let e = run.error_in("brief.yaml");
    assert_eq!(e.line, 2, "\n{run}");
    assert!(e.message.contains("base_ulr"), "names the key: {e:?}");
    assert!(
        run.stderr.contains("base_ulr: https://example.org/"),
        "shows the line\n{run}"
    );
    assert!(
        run.stderr.replace("base_ulr", "").contains("base_url"),
        "suggests base_url\n{run}"
    );
    assert!(!site.exists("index.html"));
}

// Guards: a brief without a title is an error naming the file.
#[test]
fn missing_title_is_an_error() {
    let site = fixture().file("content/untitled.md", "---\ndate: 2025-01-01\n---\nBody.\n");
    let run = site.build(&[]);
    run.assert_code(1);
    let e = run.error_in("content/untitled.md");
    assert!(e.message.contains("title"), "{e:?}");
}

// Guards: an impossible or malformed date is an error at its line in the file.
#[test]
fn bad_dates_are_errors_at_their_lines() {
    let site = fixture()
        .file(
            "content/a.md",
            "---\ntitle: A\ndate: 2025-02-30\n---\nBody.\n",
        )
        .file(
            "content/b.md",
            "---\ntitle: B\nsummary: S\ndate: 05/03/2025\n---\nBody.\n",
        )
        .file(
            "seeds/bad.md",
            "---\ntitle: T\noutlet: O\npublished: 2025-13\n---\nText.\n",
        );
    let run = site.build(&[]);
    run.assert_code(1);
    let a = run.error_in("content/a.md");
    assert_eq!(a.line, 3, "\n{run}");
    assert!(a.message.contains("date"), "{a:?}");
    let b = run.error_in("content/b.md");
    assert_eq!(b.line, 4, "\n{run}");
    assert!(b.message.contains("date"), "{b:?}");
    let seed = run.error_in("seeds/bad.md");
    assert_eq!(seed.line, 4, "a seed's bad `published` month\n{run}");
}

// Guards: an unknown id in `sources` is an error at its line that suggests the closest known id.
#[test]
fn unknown_source_id_suggests_the_closest() {
    let site = SiteTest::new()
        .file("seeds/ap-2025-02-25.md", SEED_AP)
        .file("seeds/abp-live-2025-02.md", SEED_ABP)
        .file("seeds/zz-unrelated.md", SEED_UNUSED)
        .file(
            "content/a.md",
            "---\ntitle: A\nsources: [ap-2025-02-25, abp-live-2025-20]\n---\nClaim [@ap-2025-02-25].\n",
        );
    let run = site.build(&[]);
    run.assert_code(1);
    let e = run.error_in("content/a.md");
    assert_eq!(e.line, 3, "\n{run}");
    assert!(
        e.message.contains("abp-live-2025-20"),
        "names the unknown id: {e:?}"
    );
    assert!(
        run.stderr.contains("abp-live-2025-02"),
        "suggests the closest id\n{run}"
    );
}

// Guards: citing a seed not listed in `sources` (or no seed at all) is an error at the citation.
#[test]
fn citing_a_seed_not_in_sources_is_an_error() {
    let site = fixture().file(
        "content/a.md",
        "---\ntitle: A\nsources: [ap]\n---\nClaim [@ap] and [@abp].\nMore [@nosuch].\n",
    );
    let run = site.build(&[]);
    run.assert_code(1);
    let errs: Vec<Diag> = run
        .errors()
        .into_iter()
        .filter(|d| d.is_in("content/a.md"))
        .collect();
    let abp = errs
        .iter()
        .find(|d| d.message.contains("abp"))
        .unwrap_or_else(|| panic!("no error about abp\n{run}"));
    assert_eq!(abp.line, 5, "\n{run}");
    assert!((17..=18).contains(&abp.col), "column of `[@abp]`: {abp:?}");
    let nosuch = errs
        .iter()
        .find(|d| d.message.contains("nosuch"))
        .unwrap_or_else(|| panic!("no error about nosuch\n{run}"));
    assert_eq!(nosuch.line, 6, "\n{run}");
}

// Guards: two seeds with one id (x.md and x.txt) are an error naming both.
#[test]
fn duplicate_seed_ids_are_an_error() {
    let site = fixture().file("seeds/ap.txt", "Another AP article\nBody.\n");
    let run = site.build(&[]);
    run.assert_code(1);
    assert!(
        run.errors()
            .iter()
            .any(|d| d.is_in("seeds/ap.md") || d.is_in("seeds/ap.txt")),
        "an error on one of the two files\n{run}"
    );
    assert!(
        run.stderr.contains("ap.md") && run.stderr.contains("ap.txt"),
        "{run}"
    );
}

// Guards: a YAML syntax error is reported at its line in the .md file, not within the front-matter block.
#[test]
fn yaml_error_line_is_the_line_in_the_file() {
    let site = fixture().file(
        "content/y.md",
        "---\ntitle: Fine\ndate: 2025-03-05\nsummary: this: is not valid\n---\nBody.\n",
    );
    let run = site.build(&[]);
    run.assert_code(1);
    let e = run.error_in("content/y.md");
    assert_eq!(
        e.line, 4,
        "line 4 of the file (line 3 of the front matter)\n{run}"
    );
    assert!(
        run.stderr.contains("summary: this: is not valid"),
        "shows the line\n{run}"
    );
}

// Guards: a brief that is not UTF-8 is an error naming the file, not a crash.
#[test]
fn invalid_utf8_is_an_error() {
    let site = fixture().file(
        "content/bad.md",
        b"---\ntitle: Bad\n---\nHello \xff\xfe world.\n",
    );
    let run = site.build(&[]);
    run.assert_code(1);
    run.error_in("content/bad.md");
}

// Guards: an empty brief file is an error naming the file.
#[test]
fn empty_file_is_an_error() {
    let site = fixture().file("content/empty.md", "");
    let run = site.build(&[]);
    run.assert_code(1);
    run.error_in("content/empty.md");
}

// Guards: front matter that never closes is an error naming the file.
#[test]
fn unclosed_front_matter_is_an_error() {
    let site = fixture().file(
        "content/open.md",
        "---\ntitle: Open\ndate: 2025-01-01\n\nBody text.\n",
    );
    let run = site.build(&[]);
    run.assert_code(1);
    run.error_in("content/open.md");
}

// Guards: a symlink loop under content/ ends with a clear message naming it, not a hang.
#[cfg(unix)]
#[test]
fn symlink_loop_is_reported_not_followed_forever() {
    let site = fixture();
    std::os::unix::fs::symlink(".", site.root().join("content/cycle")).unwrap();
    std::fs::create_dir_all(site.root().join("content/sub")).unwrap();
    std::os::unix::fs::symlink("..", site.root().join("content/sub/up")).unwrap();
    let run = site.build(&[]);
    run.assert_code(1);
    assert!(
        run.stderr.contains("content/cycle") || run.stderr.contains("content/sub/up"),
        "the message names the looping link\n{run}"
    );
}

// Guards: an editor's lock file is ignored even as a broken link (Emacs makes `.#x.md` a
// link to `user@host.pid` for every buffer with unsaved changes), in content/, seeds/ and
// static/, as the other ignored names are (dotfiles too, but in static/, which publishes
// them); a broken link by any other name is an error that says so.
#[cfg(unix)]
#[test]
fn broken_links_with_ignored_names_are_ignored() {
    let site = fixture();
    for dir in ["content", "seeds", "static"] {
        std::fs::create_dir_all(site.root().join(dir)).unwrap();
        // A dotfile is published from static/ (`.nojekyll`), so it is no ignored name there.
        let hidden = if dir == "static" {
            None
        } else {
            Some(".hidden")
        };
        for name in [".#b.md", "#b.md#", "b.md~", "4913"]
            .into_iter()
            .chain(hidden)
        {
            std::os::unix::fs::symlink(
                "user@host.4242:1700000000",
                site.root().join(dir).join(name),
            )
            .unwrap();
        }
    }
    let run = site.build(&[]);
    run.assert_code(0);
    std::os::unix::fs::symlink("nowhere.md", site.root().join("content/gone.md")).unwrap();
    let run = site.build(&[]);
    run.assert_code(1);
    assert!(
        run.stderr
            .contains("content/gone.md: error: broken symbolic link: it points to nowhere.md, which does not exist"),
        "{run}"
    );
}

// Guards: all problems of a build are reported at once, across briefs and seeds.
#[test]
fn all_problems_are_reported_at_once() {
    let site = fixture()
        .file("content/a.md", "---\ndate: 2025-01-01\n---\nNo title.\n")
        .file(
            "content/b.md",
            "---\ntitle: B\nsources: [zzz]\n---\nClaim [@zzz].\n",
        )
        .file(
            "seeds/s.md",
            "---\ntitle: No outlet\npublished: 2025-01-01\n---\nText.\n",
        );
    let run = site.build(&[]);
    run.assert_code(1);
    run.error_in("content/a.md");
    run.error_in("content/b.md");
    run.error_in("seeds/s.md");
}

// Guards: a failed build leaves the previous output exactly as it was.
#[test]
fn failed_build_keeps_previous_output() {
    let site = built();
    let before = tree(&site.out());
    site.write(
        "content/overview.md",
        OVERVIEW.replace("date: 2025-03-05", "date: 2025-99-99"),
    );
    site.write("content/new.md", "---\ntitle: New\n---\nNew page.\n");
    let run = site.build(&[]);
    run.assert_code(1);
    assert_same_tree(&before, &tree(&site.out()), "output after a failed build");
}

// Guards: a build that fails on the site's errors creates nothing, not even the folders
// above a new `--out`.
#[test]
fn failed_build_creates_no_folders() {
    let site = fixture();
    site.write(
        "content/overview.md",
        OVERVIEW.replace("date: 2025-03-05", "date: 2025-99-99"),
    );
    let before = tree(site.tmp());
    let out = site.tmp().join("fb-out/deep/er");
    let run = site.build(&["--out", out.to_str().unwrap()]);
    run.assert_code(1);
    assert!(!site.tmp().join("fb-out").exists(), "{run}");
    assert_same_tree(&before, &tree(site.tmp()), "files after a failed build");
    // The same build once the brief is fixed makes them.
    site.write("content/overview.md", OVERVIEW);
    site.build(&["--out", out.to_str().unwrap()]).assert_code(0);
    assert!(out.join("index.html").is_file());
}

/// Runs `build --out <out>` (from `cwd`) and asserts it is refused before anything is written.
fn assert_out_refused(site: &SiteTest, cwd: &std::path::Path, out: &str) {
    let before = tree(site.tmp());
    let root = site.root().to_str().unwrap();
    let run = run_in(cwd, &["build", "--root", root, "--out", out]);
    assert!(
        matches!(run.code, Some(1) | Some(2)),
        "--out {out} must be refused with exit 1 or 2\n{run}"
    );
    assert!(
        !run.stderr.trim().is_empty(),
        "refusal explains itself\n{run}"
    );
    assert_same_tree(
        &before,
        &tree(site.tmp()),
        &format!("files after --out {out}"),
    );
}

// Guards: `--out` equal to the site root is refused before writing anything.
#[test]
fn out_equal_to_root_is_refused() {
    let site = fixture();
    let root = site.root().to_str().unwrap().to_string();
    assert_out_refused(&site, site.tmp(), &root);
    assert_out_refused(&site, site.tmp(), &format!("{root}/content/.."));
    assert_out_refused(&site, site.root(), ".");
}

// Guards: `--out` equal to an input folder (content/, seeds/, static/, themes/) is refused before writing anything.
#[test]
fn out_equal_to_an_input_folder_is_refused() {
    let site = fixture();
    let root = site.root().to_str().unwrap().to_string();
    assert_out_refused(&site, site.tmp(), &format!("{root}/content"));
    assert_out_refused(&site, site.tmp(), &format!("{root}/seeds"));
    let site = fixture()
        .file("brief.yaml", "title: Test site\ntheme: t\n")
        .file("themes/t/static/t.css", "body{}")
        .file("static/robots.txt", "User-agent: *\n");
    let root = site.root().to_str().unwrap().to_string();
    assert_out_refused(&site, site.tmp(), &format!("{root}/static"));
    assert_out_refused(&site, site.tmp(), &format!("{root}/themes"));
    assert_out_refused(&site, site.tmp(), &format!("{root}/themes/t"));
}

// Guards: `--out` that contains the site root (its parent) is refused before writing anything.
#[test]
fn out_containing_the_root_is_refused() {
    let site = fixture();
    let parent = site.tmp().to_str().unwrap().to_string();
    assert_out_refused(&site, site.tmp(), &parent);
}

// Guards: usage errors (unknown command or flag, missing argument, bad value) exit 2.
#[test]
fn usage_errors_exit_2() {
    let site = fixture();
    for args in [
        &[][..],
        &["frobnicate"][..],
        &["build", "--no-such-flag"][..],
        &["build", "--root"][..],
        &["new"][..],
        &["serve", "--port", "not-a-port"][..],
    ] {
        let run = site.run(args);
        run.assert_code(2);
    }
    assert!(!site.exists(""), "a usage error wrote output");
}

// Guards: `brief check` validates (exit 0 clean, 1 on errors) and writes nothing at all.
#[test]
fn check_writes_nothing() {
    let site = fixture();
    let before = tree(site.tmp());
    let run = site.check();
    run.assert_code(0);
    run.assert_no_diagnostics();
    assert_same_tree(&before, &tree(site.tmp()), "files after a clean check");
    site.write("content/a.md", "---\ndate: 2025-01-01\n---\nNo title.\n");
    let before = tree(site.tmp());
    let run = site.check();
    run.assert_code(1);
    run.error_in("content/a.md");
    assert_same_tree(&before, &tree(site.tmp()), "files after a failing check");
}

// Guards: `brief new posts/x` creates content/posts/x.md with front matter that builds, and never overwrites.
#[test]
fn new_creates_a_brief_that_builds() {
    let site = fixture();
    let run = site.run(&["new", "posts/x"]);
    run.assert_code(0);
    let created = site.read_source("content/posts/x.md");
    assert!(created.starts_with("---"), "front matter: {created}");
    assert!(
        created.contains("title:"),
        "front matter has a title: {created}"
    );
    let run = site.build(&["--drafts"]);
    run.assert_code(0);
    assert!(run.errors().is_empty(), "{run}");
    assert!(site.exists("posts/x/index.html"));
    site.write("content/posts/x.md", "---\ntitle: Mine\n---\nKeep me.\n");
    let run = site.run(&["new", "posts/x"]);
    assert_ne!(
        run.code,
        Some(0),
        "`new` over an existing brief must refuse\n{run}"
    );
    assert_eq!(
        site.read_source("content/posts/x.md"),
        "---\ntitle: Mine\n---\nKeep me.\n"
    );
}

// Guards: `brief init DIR` creates a site that builds and checks cleanly.
#[test]
fn init_creates_a_site_that_builds_cleanly() {
    let site = SiteTest::empty();
    let run = run_in(site.tmp(), &["init", "fresh"]);
    run.assert_code(0);
    let dir = site.tmp().join("fresh");
    assert!(dir.join("brief.yaml").is_file());
    assert!(dir.join("content").is_dir() && dir.join("seeds").is_dir());
    let dir_s = dir.to_str().unwrap();
    let run = run_in(site.tmp(), &["check", "--root", dir_s]);
    run.assert_code(0);
    run.assert_no_diagnostics();
    let run = run_in(site.tmp(), &["build", "--root", dir_s]);
    run.assert_code(0);
    run.assert_no_diagnostics();
    let out = dir.join("public");
    assert!(out.join("index.html").is_file());
    assert!(html_files(&out).len() >= 4, "home, a brief, sources, 404 …");
    assert_links_ok(&out);
}

// Guards: `brief init` on an existing site overwrites nothing, and says so with exit 2.
#[test]
fn init_never_overwrites() {
    let site = SiteTest::empty().file("brief.yaml", "title: Mine\n");
    site.run(&["init", "."]).assert_code(2);
    assert_eq!(site.read_source("brief.yaml"), "title: Mine\n");
}

// Guards: `brief init` into a folder with files (but no brief.yaml) refuses with exit 2,
// naming them, and writes nothing; `.git` and other dotfiles are not in the way.
#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let site = SiteTest::empty()
        .file("content/library-hours.md", "my own notes\n")
        .file("seeds/example-source.md", "my own seed\n")
        .file(".git/HEAD", "ref: refs/heads/main\n");
    let before = tree(site.tmp());
    let run = site.run(&["init", "."]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("`content`") && run.stderr.contains("`seeds`"),
        "the files in the way are named\n{run}"
    );
    assert!(
        run.stderr.contains("--force"),
        "the way out is named\n{run}"
    );
    assert_same_tree(&before, &tree(site.tmp()), "files after a refused init");

    // Only dotfiles: not in the way.
    let fresh = SiteTest::empty().file(".git/HEAD", "ref: refs/heads/main\n");
    fresh.run(&["init", "."]).assert_code(0);
    assert!(fresh.root().join("brief.yaml").is_file());
}

// Guards: `brief init --force` writes only the missing files, lists the skipped ones, and
// adds `/public` to an existing .gitignore (once).
#[test]
fn init_force_writes_only_what_is_missing() {
    let site = SiteTest::empty()
        .file("content/library-hours.md", "my own notes\n")
        .file("README.md", "mine\n")
        .file(".gitignore", "target/\n*.log");
    let run = site.run(&["init", ".", "--force"]);
    run.assert_code(0);
    assert!(
        run.stderr.contains("skipped") && run.stderr.contains("library-hours.md"),
        "the skipped file is listed\n{run}"
    );
    assert_eq!(
        site.read_source("content/library-hours.md"),
        "my own notes\n"
    );
    assert_eq!(site.read_source("README.md"), "mine\n");
    assert!(site.root().join("brief.yaml").is_file());
    assert!(site.root().join("seeds/example-source.md").is_file());
    assert_eq!(site.read_source(".gitignore"), "target/\n*.log\n/public\n");
    // Again: everything is there; nothing changes, /public is not added twice.
    let before = tree(site.tmp());
    site.run(&["init", ".", "--force"]).assert_code(0);
    assert_same_tree(
        &before,
        &tree(site.tmp()),
        "files after a second init --force",
    );
}

// Guards: `brief init` given a file, not a folder, names the path (exit 2).
#[test]
fn init_on_a_file_names_it() {
    let site = SiteTest::empty().file("afile", "data\n");
    let run = site.run(&["init", "afile"]);
    run.assert_code(2);
    assert!(run.stderr.contains("afile"), "{run}");
    assert_eq!(site.read_source("afile"), "data\n");
}

// Guards: a file in the output that brief did not write (a CNAME added by hand) is never
// deleted: the build stops with exit 2 before writing, names it and says how to keep it;
// moved to static/, it is published with every build.
#[test]
fn a_file_brief_did_not_write_is_never_deleted() {
    let site = built();
    std::fs::write(site.out().join("CNAME"), "briefing.example.org\n").unwrap();
    std::fs::create_dir_all(site.out().join("downloads")).unwrap();
    std::fs::write(site.out().join("downloads/report.pdf"), "%PDF").unwrap();
    site.write("content/new.md", "---\ntitle: New\n---\nNew page.\n");
    let before = tree(site.tmp());
    let run = site.build(&[]);
    run.assert_code(2);
    assert!(
        run.stderr
            .contains("public/CNAME: error: brief did not write this file"),
        "{run}"
    );
    assert!(
        run.stderr
            .contains("move it to static/CNAME to publish it with every build, or delete it"),
        "{run}"
    );
    assert!(
        run.stderr.contains("public/downloads/report.pdf: error:"),
        "{run}"
    );
    assert!(run.stderr.contains("static/downloads/report.pdf"), "{run}");
    assert_same_tree(&before, &tree(site.tmp()), "files after a refused build");

    // The fix the help names works.
    std::fs::remove_file(site.out().join("CNAME")).unwrap();
    std::fs::remove_dir_all(site.out().join("downloads")).unwrap();
    site.write("static/CNAME", "briefing.example.org\n");
    site.build_clean();
    assert_eq!(
        std::fs::read_to_string(site.out().join("CNAME")).unwrap(),
        "briefing.example.org\n"
    );
    assert!(site.exists("new/index.html"));
}

// Guards: a git checkout in the output (a gh-pages worktree in `public/`) is one error
// at `public/.git` — not one per git file, each saying to move it to `static/.git/…`,
// which is never published — with a fix that keeps the repository: check it out
// elsewhere and copy the build in. A `.DS_Store` is told the same (never published); a
// `.nojekyll` still to move to static/, which publishes it.
#[test]
fn a_checkout_in_the_output_is_one_error_with_a_fix_that_keeps_it() {
    let site = fixture();
    for file in ["HEAD", "config", "refs/heads/gh-pages", "objects/ab/cdef"] {
        site.write(&format!("public/.git/{file}"), "git's\n");
    }
    std::fs::create_dir_all(site.out().join(".git/branches")).unwrap();
    site.write("public/.nojekyll", "");
    site.write("public/.DS_Store", "finder's\n");
    let before = tree(site.tmp());
    let run = site.build(&[]);
    run.assert_code(2);
    let errors: Vec<String> = run
        .stderr
        .lines()
        .filter(|l| l.contains(": error: "))
        .map(|l| l.split(": error: ").next().unwrap_or("").to_owned())
        .collect();
    let out = site.out();
    let at = |rel: &str| out.join(rel).display().to_string();
    assert_eq!(
        errors,
        [at(".DS_Store"), at(".git"), at(".nojekyll")],
        "{run}"
    );
    assert!(!run.stderr.contains("static/.git"), "{run}");
    assert!(
        run.stderr
            .contains("keep the checkout outside the output folder")
            && run.stderr.contains("--exclude=.git"),
        "{run}"
    );
    assert!(
        run.stderr
            .contains("brief never publishes `.DS_Store`, even from static/"),
        "{run}"
    );
    assert!(run.stderr.contains("move it to static/.nojekyll"), "{run}");
    assert_same_tree(&before, &tree(site.tmp()), "files after a refused build");

    // A worktree's `.git` is a file: the same one error.
    std::fs::remove_dir_all(out.join(".git")).unwrap();
    site.write("public/.git", "gitdir: /elsewhere/.git/worktrees/pages\n");
    let run = site.build(&[]);
    run.assert_code(2);
    assert!(run.stderr.contains("keep the checkout outside"), "{run}");
}

// Guards: every refusal of an output folder names a fix that works — never "the default
// <root>/public" when that is the folder refused.
#[test]
fn a_refused_output_folder_is_told_a_fix_that_works() {
    // The default output holding someone's files, with no record of brief's.
    let site = fixture().file("public/notes.txt", "mine\n");
    let run = site.build(&[]);
    run.assert_code(2);
    assert!(!run.stderr.contains("default"), "{run}");
    assert!(run.stderr.contains("help:"), "{run}");
    assert_eq!(site.read_source("public/notes.txt"), "mine\n");
    // Emptied, as the help says: it builds.
    site.remove("public/notes.txt");
    site.build_clean();

    // The default output path is a file.
    let site = fixture().file("public", "a file\n");
    let run = site.build(&[]);
    run.assert_code(2);
    assert!(!run.stderr.contains("default"), "{run}");
    assert!(run.stderr.contains("move or delete"), "{run}");

    // The site root as --out: the default is named, and it works.
    let site = fixture();
    let root = site.root().to_str().unwrap().to_string();
    let run = site.build(&["--out", &root]);
    run.assert_code(2);
    let default = site.out().display().to_string();
    assert!(run.stderr.contains(&default), "{run}");
    site.build(&["--out", &default]).assert_code(0);
}

// Guards: a brief in any Markdown extension or case (.markdown, .mdown, .mkd, .MD, .Md)
// is a brief: a draft stays unpublished (its text appears nowhere in the output) and
// clashing URLs are errors.
#[test]
fn every_markdown_extension_is_a_brief() {
    let secret = "EMBARGOED-until-Monday";
    let mut site = fixture();
    for name in [
        "embargo.markdown",
        "Plan.MD",
        "notes.mdown",
        "idea.mkd",
        "x/Y.Md",
    ] {
        site = site.file(
            &format!("content/{name}"),
            format!("---\ntitle: Draft {name}\ndraft: true\n---\n{secret} in {name}.\n"),
        );
    }
    site = site.file(
        "content/published.markdown",
        "---\ntitle: Published in .markdown\n---\nA real brief.\n",
    );
    site.build_clean();
    for (path, bytes) in files(&site.out()) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains(secret),
            "a draft reached the output in {path}"
        );
        assert!(
            !path.to_lowercase().contains("embargo.markdown") && !path.ends_with(".MD"),
            "a draft was copied as a file: {path}"
        );
    }
    assert!(site.exists("published/index.html"));
    // With --drafts they are briefs like any other.
    site.build(&["--drafts"]).assert_code(0);
    assert!(site.exists("plan/index.html") && site.exists("x/y/index.html"));

    // Two briefs on one URL, whatever their extensions.
    let site = fixture()
        .file("content/same.md", "---\ntitle: One\n---\nOne.\n")
        .file("content/Same.markdown", "---\ntitle: Two\n---\nTwo.\n");
    let run = site.build(&[]);
    run.assert_code(1);
    assert!(run.stderr.contains("same URL"), "{run}");
}

// Guards: a text file under content/ that is not Markdown is copied as it is, with a
// warning per file that it will be published as is.
#[test]
fn a_text_file_in_content_is_published_with_a_warning() {
    let site = fixture()
        .file("content/notes.txt", "internal notes\n")
        .file("content/deal/draft.docx", "PK")
        .file("content/deal/fragment.html", "<p>fragment</p>\n")
        .file("content/deal/chart.png", "PNG");
    let run = site.build(&[]);
    run.assert_code(0);
    for file in [
        "content/notes.txt",
        "content/deal/draft.docx",
        "content/deal/fragment.html",
    ] {
        assert!(
            run.stderr.contains(&format!(
                "{file}: warning: not a brief: this file will be published as is"
            )),
            "{run}"
        );
    }
    assert_eq!(
        run.stderr.matches("published as is").count(),
        3,
        "an image is no surprise\n{run}"
    );
    assert!(site.exists("notes.txt") && site.exists("deal/chart.png"));
}

// ---------------------------------------------------------------- the harness itself

// Guards: the link checker and the quote matcher used above can fail (no vacuous passes).
#[test]
fn harness_detects_broken_links_and_wrong_passages() {
    let site = built();
    let page = site.out().join("overview/index.html");
    let html = std::fs::read_to_string(&page).unwrap().replace(
        "</body>",
        "<a href=\"../nope/index.html\">x</a><a href=\"#no-such-id\">y</a>\
         <a href=\"../sources/\">z</a><a href=\"/abs/index.html\">w</a></body>",
    );
    std::fs::write(&page, html).unwrap();
    let broken = broken_links(&site.out());
    assert_eq!(broken.len(), 4, "{broken:#?}");
    assert!(contains_passage(
        "He said “Closing in — fast”.",
        "closing  in - FAST"
    ));
    assert!(contains_passage("one two three four", "one…four"));
    assert!(!contains_passage("one two three four", "four…one"));
    assert!(!contains_passage(
        "closing in on a deal",
        "closing in on a pact"
    ));
    assert_eq!(
        (label(1), label(26), label(27), label(702), label(703)),
        (
            "a".into(),
            "z".into(),
            "aa".into(),
            "zz".into(),
            "aaa".into()
        )
    );
}

// Guards: only a quote ending in the sentence right before a citation is checked against that source.
#[test]
fn quote_in_an_earlier_sentence_is_not_a_quote_of_the_source() {
    let site = fixture().file(
        "content/q.md",
        "---\ntitle: Q\nsources: [ap]\n---\nHe said \"words that no seed contains\" yesterday. The sides are close [@ap].\n",
    );
    // The quotation's own sentence cites nothing: it needs a citation, and is not taken
    // for a quote of the next sentence's source.
    let run = site.build(&[]);
    run.assert_code(0);
    assert!(
        run.stderr
            .contains("content/q.md:5:10: warning: citation needed"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("not found"), "{}", run.stderr);
    let page = site.page("q/index.html");
    assert!(
        !item_for(&page, "ap")
            .select(&sel("a[href]"))
            .any(|a| href(a).contains("#q-")),
        "no quote link for an unrelated quotation"
    );
}

// Guards: `brief build` with no flags builds the current folder into ./public.
#[test]
fn build_defaults_to_current_folder_and_public() {
    let site = fixture();
    let run = site.run(&["build"]);
    run.assert_code(0);
    assert!(site.exists("index.html") && site.exists("overview/index.html"));
}

// Guards: `language` from brief.yaml becomes `<html lang>` on every page.
#[test]
fn site_language_sets_html_lang() {
    let site = fixture().file("brief.yaml", "title: Test site\nlanguage: uk\n");
    site.build_clean();
    for rel in html_files(&site.out()) {
        let page = site.page(&rel);
        assert_eq!(page.one("html").value().attr("lang"), Some("uk"), "{rel}");
    }
}

// Guards: highlighting a quote keeps the seed text escaped and intact (offsets of `&` and `<`).
#[test]
fn highlighted_quote_with_special_characters_stays_escaped() {
    let site = SiteTest::new()
        .file(
            "seeds/m.md",
            "---\ntitle: Markets\noutlet: Wire\npublished: 2025-01-01\n---\nPrices rose 5% & more, to 3<4 levels, traders said.\n",
        )
        .file(
            "content/a.md",
            "---\ntitle: A\nsources: [m]\n---\nPrices \"rose 5% & more, to 3<4 levels\" [@m].\n",
        );
    site.build_clean();
    let archive = site.page("sources/m/index.html");
    let p1 = archive.by_id("p1").expect("#p1");
    assert!(
        text(p1).contains("Prices rose 5% & more, to 3<4 levels, traders said."),
        "seed text intact: {}",
        text(p1)
    );
    let marks: Vec<String> = archive.select("mark.quote").into_iter().map(text).collect();
    assert!(
        marks
            .iter()
            .any(|m| contains_passage(m, "rose 5% & more, to 3<4 levels")),
        "highlight holds the passage: {marks:?}"
    );
    assert_links_ok(&site.out());
}

// Guards: two briefs quoting overlapping passages of one seed both get working highlight links.
#[test]
fn overlapping_quotes_from_two_briefs_both_resolve() {
    let site = SiteTest::new()
        .file("seeds/ap.md", SEED_AP)
        .file(
            "content/one.md",
            "---\ntitle: One\nsources: [ap]\n---\nThey are \"closing in on a deal\" [@ap].\n",
        )
        .file(
            "content/two.md",
            "---\ntitle: Two\nsources: [ap]\n---\nIt is \"on a deal — and quickly\" [@ap].\n",
        );
    site.build_clean();
    assert_links_ok(&site.out());
    for (rel, passage) in [
        ("one/index.html", "closing in on a deal"),
        ("two/index.html", "on a deal — and quickly"),
    ] {
        let page = site.page(rel);
        let link = item_for(&page, "ap")
            .select(&sel("a[href]"))
            .find(|a| href(*a).contains("#q-"))
            .unwrap_or_else(|| panic!("{rel}: no quote link"));
        let Ok(Target::Internal {
            path,
            fragment: Some(f),
        }) = page.resolve(href(link))
        else {
            panic!("{rel}: bad quote link {}", href(link));
        };
        let archive = Page::open(&site.out(), &path);
        let h = highlighted(&archive, &f);
        assert!(
            contains_passage(&h, passage),
            "{rel}: highlight {h:?} lacks {passage:?}"
        );
    }
}

// Guards: briefs whose file names have spaces or non-ASCII letters still get pages whose links resolve.
#[test]
fn odd_file_names_still_link() {
    let site = fixture()
        .file(
            "content/Déjà vu.md",
            "---\ntitle: Déjà vu\nsources: [ap]\n---\nAgain [@ap].\n",
        )
        .file("content/über/straße.md", "---\ntitle: Straße\n---\nBody.\n");
    site.build_clean();
    assert_links_ok(&site.out());
    let home = site.page("index.html");
    let titles: Vec<String> = home.select("a[href]").into_iter().map(text).collect();
    for t in ["Déjà vu", "Straße"] {
        let a = home
            .select("a[href]")
            .into_iter()
            .find(|a| text(*a) == t)
            .unwrap_or_else(|| panic!("home page has no link titled {t}: {titles:?}"));
        let Ok(Target::Internal { path, .. }) = home.resolve(href(a)) else {
            panic!("link to {t} is not internal");
        };
        let page = site.page(&path);
        assert!(
            text(page.one("title")).contains(t),
            "{path} is the page of {t}"
        );
    }
}

// Guards: a broken theme template is an error naming the template, and the previous output survives.
#[test]
fn broken_theme_template_is_an_error() {
    let site = fixture()
        .file("brief.yaml", "title: Test site\ntheme: t\n")
        .file("themes/t/static/t.css", "body{}");
    site.build_clean();
    let before = tree(&site.out());
    site.write(
        "themes/t/templates/brief.html",
        "{% extends \"builtin/brief.html\" %}\n{% block nonsense %}{% if %}{% endblock %}\n",
    );
    let run = site.build(&[]);
    run.assert_code(1);
    run.error_in("themes/t/templates/brief.html");
    assert_same_tree(&before, &tree(&site.out()), "output after a template error");
}

// Guards: Tera's reference checks (unknown filter, included template, block, parent) are
// errors at the theme's template file, line and column, with the line shown, one `error:`
// and a help; `-f json` names the same file and line.
#[test]
fn theme_template_reference_errors_name_file_line_and_col() {
    let cases: [(&str, u32, u32, &str); 5] = [
        (
            "{% extends \"builtin/brief.html\" %}\n{% block head %}{{ 1 | nosuch }}{% endblock head %}\n",
            2,
            24,
            "Unknown filter `nosuch`",
        ),
        (
            "{% extends \"builtin/brief.html\" %}\n{% block head %}{% include \"nope.html\" %}{% endblock head %}\n",
            2,
            28,
            "Unknown template `nope.html`",
        ),
        (
            "{% extends \"builtin/brief.html\" %}\n{% block haed %}x{% endblock haed %}\n",
            2,
            10,
            "Block `haed`",
        ),
        ("{% extends \"nobase.html\" %}\n", 1, 4, "`nobase.html`"),
        // The tag's word, not the same word in a comment before it.
        (
            "{# extends a base #}{%- extends \"nobase.html\" %}\n",
            1,
            25,
            "`nobase.html`",
        ),
    ];
    for (template, line, col, message) in cases {
        let site = fixture()
            .file("brief.yaml", "title: Test site\ntheme: one\n")
            .file("themes/one/templates/brief.html", template);
        let run = site.build(&[]);
        run.assert_code(1);
        let d = run.error_in("themes/one/templates/brief.html");
        assert_eq!((d.line, d.col), (line, col), "{template}\n{run}");
        assert!(d.message.contains(message), "{template}\n{run}");
        assert!(!run.stderr.contains("error: error:"), "{run}");
        let shown = template.lines().nth(line as usize - 1).unwrap();
        assert!(run.stderr.contains(shown), "line not shown\n{run}");
        assert!(run.stderr.contains("help: "), "no help\n{run}");

        let json = site.build(&["-f", "json"]);
        assert!(
            json.stdout.contains("themes/one/templates/brief.html")
                && json.stdout.contains(&format!("\"line\":{line}")),
            "{json}"
        );
    }
}

// Guards: an override can extend the built-in template it replaces (`builtin/<name>.html`).
#[test]
fn override_can_extend_the_builtin_template() {
    let site = fixture()
        .file("brief.yaml", "title: Test site\ntheme: t\n")
        .file(
            "themes/t/templates/brief.html",
            "{% extends \"builtin/brief.html\" %}\n",
        );
    site.build_clean();
    let page = site.page("overview/index.html");
    assert_eq!(citations(&page).len(), 5);
    assert!(page.by_id("source-3").is_some() && page.by_id("note-2").is_some());
}

// Guards: a folder that is not a site (no brief.yaml, or missing) is refused with a message, not a panic, and gets no output.
#[test]
fn not_a_site_is_refused() {
    let site = SiteTest::empty().file("content/a.md", "---\ntitle: A\n---\nBody.\n");
    let run = site.build(&[]);
    assert!(matches!(run.code, Some(1) | Some(2)), "{run}");
    assert!(!run.stderr.trim().is_empty(), "{run}");
    assert!(
        !site.out().exists(),
        "output written for a folder that is no site"
    );
    let missing = site.tmp().join("no-such-folder");
    let run = run_in(site.tmp(), &["build", "--root", missing.to_str().unwrap()]);
    assert!(matches!(run.code, Some(1) | Some(2)), "{run}");
    assert!(!missing.exists(), "build created the missing root");
}

// `brief build --timings` prints each stage, and the parts of the briefs stage, with a
// figure in milliseconds (the output is for people; this checks every part is named).
#[test]
fn timings_name_every_stage() {
    let site = fixture();
    let run = site.build(&["--timings"]);
    run.assert_code(0);
    for stage in [
        "load", "briefs", "parse", "resolve", "render", "search", "pages", "assets", "commit",
    ] {
        let line = run
            .stderr
            .lines()
            .find(|l| l.split_whitespace().next() == Some(stage))
            .unwrap_or_else(|| panic!("no `{stage}` line\n{run}"));
        let figure = line.split_whitespace().nth(1).unwrap_or("");
        assert!(
            figure.parse::<f64>().is_ok(),
            "`{stage}` has no figure: {line}"
        );
    }
    assert!(run.stderr.contains("writing files:"), "{run}");
    assert!(run.stderr.contains("with highlighting"), "{run}");
}

// Guards: `--no-sync` writes the same bytes as a default (synced) build; it only skips
// flushing them to disk around the swap.
#[test]
fn no_sync_builds_the_same_output() {
    let site = built();
    let synced = files(&site.out());
    let other = site.tmp().join("fast");
    site.build(&["--no-sync", "--out", other.to_str().unwrap()])
        .assert_code(0);
    assert_same_tree(&synced, &files(&other), "a --no-sync build");
}

// ---------------------------------------------------------------- Pandoc's citation forms

const PANDOC_FORMS: &str = r#"---
title: "Pandoc forms"
date: 2025-03-02
sources: [ap, abp]
---
The fund is owned [see @ap, p. **4**].

@ap [para. 2] says the fund is joint. Write to desk@ap.org or @nobody.

See [the draft [@abp]](https://example.org/draft) now.

Broken [@ap;] here and [@@abp] there.
An undefined note[^x] here.
"#;

// Guards: prefixes stay on the page, a narrative `@id` names the outlet, link text keeps its link, locator markup renders, and look-alikes are warnings at their line:col.
#[test]
fn pandoc_citation_forms_render_and_lookalikes_warn() {
    let site = fixture().file("content/forms.md", PANDOC_FORMS);
    let run = site.build(&[]);
    run.assert_code(0);
    let page = site.page("forms/index.html");
    let sups = page.select("sup.citation");
    assert!(
        text(sups[0]).starts_with("see"),
        "the prefix is in the superscript: {}",
        text(sups[0])
    );
    let paras: Vec<String> = page.select("p").into_iter().map(text).collect();
    assert!(
        paras
            .iter()
            .any(|p| p.contains("Associated Press1 says the fund is joint.")),
        "narrative citation: {paras:?}"
    );
    assert!(
        paras.iter().any(|p| p.contains("desk@ap.org or @nobody.")),
        "emails and unlisted handles stay text: {paras:?}"
    );
    let link = page
        .select("a[href=\"https://example.org/draft\"]")
        .into_iter()
        .next()
        .expect("the link survives");
    assert_eq!(text(link), "the draft");
    let ap = item_for(&page, "ap");
    assert!(
        ap.html().contains("p. <strong>4</strong>"),
        "locator markup rendered: {}",
        ap.html()
    );
    let warnings = run.warnings();
    let at = |needle: &str| {
        warnings
            .iter()
            .find(|w| w.message.contains(needle))
            .map(|w| (w.line, w.col))
            .unwrap_or_else(|| panic!("no warning about {needle}\n{run}"))
    };
    assert_eq!(at("cannot end with `;`"), (12, 12), "\n{run}");
    assert_eq!(at("not `@@`"), (12, 25), "\n{run}");
    assert_eq!(at("`[^x]` is not defined"), (13, 18), "\n{run}");
}

/// Headings whose slugs are ids the page writes itself, and headings with no text of
/// their own.
const CLASHING_HEADINGS: &str = r#"---
title: "Headings"
sources: [ap]
---
## Main

The fund would be jointly owned [@ap].

### Source 1

### Source 1

## Sources heading

## Notes heading

Text with a note[^n].

## [@ap]

## [^n]

[^n]: A note.
"#;

// Guards: a heading's slug never takes an id the page already writes (`main`,
// `source-N`, `note-N`, `…-heading`), so every id is unique and `#source-1` reaches the
// Sources item; a heading with no text of its own stays out of the contents, so every
// contents link has a name.
#[test]
fn heading_ids_avoid_the_pages_own_ids_and_contents_links_have_names() {
    let site = fixture().file("content/headings.md", CLASHING_HEADINGS);
    site.build_clean();
    let page = site.page("headings/index.html");
    let mut seen = BTreeSet::new();
    for el in page.html.root_element().descendent_elements() {
        if let Some(id) = el.value().id() {
            assert!(seen.insert(id.to_owned()), "id {id} is written twice");
        }
    }
    assert_eq!(page.by_id("main").map(|e| e.value().name()), Some("main"));
    assert_eq!(page.by_id("source-1").map(|e| e.value().name()), Some("li"));
    assert_eq!(page.by_id("note-1").map(|e| e.value().name()), Some("li"));
    assert_eq!(
        page.by_id("sources-heading").map(text).as_deref(),
        Some("Sources")
    );
    let headings: Vec<(String, String)> = page
        .select(".brief-body h2, .brief-body h3")
        .into_iter()
        .map(|h| (h.value().id().unwrap_or_default().to_owned(), text(h)))
        .collect();
    let ids: Vec<&str> = headings.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "main-1",
            "source-1-1",
            "source-1-2",
            "sources-heading-1",
            "notes-heading-1",
            "section",
            "section-1"
        ],
        "{headings:?}"
    );
    let contents: Vec<(String, String)> = page
        .select("nav.toc a")
        .into_iter()
        .map(|a| (href(a).to_owned(), text(a)))
        .collect();
    assert!(
        contents.iter().all(|(_, name)| !name.trim().is_empty()),
        "every contents link has a name: {contents:?}"
    );
    assert_eq!(
        contents.iter().map(|(h, _)| h.as_str()).collect::<Vec<_>>(),
        [
            "#main-1",
            "#source-1-1",
            "#source-1-2",
            "#sources-heading-1",
            "#notes-heading-1"
        ]
    );
    for cite in citations(&page) {
        assert_eq!(href(cite), "#source-1");
    }
}

// Guards: a seed `url` with characters an address may not hold (a space, `"`, a letter
// beyond ASCII) is percent-encoded once, so the brief's "Original article" link, its
// `#:~:text=` link, the reference's own link, the sources index and the archive page all
// write the same valid address.
#[test]
fn seed_url_is_percent_encoded_everywhere_it_is_written() {
    let site = SiteTest::new()
        .file(
            "seeds/odd.md",
            "---\ntitle: Odd\noutlet: Wire\nurl: 'https://e.com/some path/\"q\"/é.html'\n---\nThe fund is jointly owned.\n",
        )
        .file(
            "content/odd.md",
            "---\ntitle: Odd\nsources: [odd]\n---\nIt is \"jointly owned\" [@odd].\n",
        );
    site.build_clean();
    let want = "https://e.com/some%20path/%22q%22/%C3%A9.html";
    let brief = site.page("odd/index.html");
    let outward: Vec<String> = brief
        .select("a[href^=\"http\"]")
        .into_iter()
        .map(|a| href(a).to_owned())
        .collect();
    assert!(
        outward.len() >= 3,
        "original, fragment, reference: {outward:?}"
    );
    for h in &outward {
        assert!(h.starts_with(want), "{h} starts with {want}");
    }
    assert!(
        outward
            .iter()
            .any(|h| h.starts_with(&format!("{want}#:~:text=")))
    );
    for (rel, min) in [("sources/index.html", 1), ("sources/odd/index.html", 1)] {
        let page = site.page(rel);
        let hrefs: Vec<String> = page
            .select("a[href^=\"http\"]")
            .into_iter()
            .map(|a| href(a).to_owned())
            .collect();
        assert!(hrefs.len() >= min, "{rel}: {hrefs:?}");
        assert!(hrefs.iter().all(|h| h == want), "{rel}: {hrefs:?}");
    }
    for rel in [
        "odd/index.html",
        "sources/index.html",
        "sources/odd/index.html",
    ] {
        let source = site.page(rel).source;
        assert!(
            !source.contains("some path"),
            "{rel} writes the raw address"
        );
    }
}

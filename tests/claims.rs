//! Checks of claims, end to end: figures checked against the cited seed, near misses,
//! locators, "citation needed", the brief's own figures, severity settings, highlights
//! and `claims.json`, on fixture sites built by the real binary.

mod common;

use common::*;

const SEED: &str = "---\ntitle: The deal\noutlet: Wire\npublished: 2025-02-25\n---\nOpening paragraph with no numbers.\n\nKyiv balked at the proposed price tag of $500 billion.\n\nAn estimated 40% of the resources are inaccessible.\n\n“Twenty-one of the 30 critical materials Europe needs can be provided,” he said.\n";

fn site(brief: &str) -> SiteTest {
    SiteTest::new()
        .file("seeds/ap.md", SEED)
        .file("content/deal.md", brief)
}

fn find<'a>(diags: &'a [Diag], needle: &str) -> &'a Diag {
    diags
        .iter()
        .find(|d| d.message.contains(needle))
        .unwrap_or_else(|| panic!("no diagnostic containing {needle:?} in {diags:#?}"))
}

// Guards: a wrong figure is caught at its position, and the message names the seed's figure.
#[test]
fn a_wrong_figure_is_a_near_miss_naming_the_seeds_figure() {
    let site =
        site("---\ntitle: Deal\nsources: [ap]\n---\n\nThe US asked for $50 billion [@ap].\n");
    let run = site.build(&[]);
    run.assert_code(0);
    let w = run.warnings();
    let d = find(&w, "the seed says \"$500 billion\", not \"$50 billion\"");
    assert_eq!(
        (d.path.as_str(), d.line, d.col),
        ("content/deal.md", 6, 18),
        "{run}"
    );
}

// Guards: a figure outside the located paragraph is caught, and the right paragraph named.
#[test]
fn a_figure_outside_the_located_paragraph_is_caught() {
    let site =
        site("---\ntitle: Deal\nsources: [ap]\n---\n\nIt cost $500 billion [@ap, para. 3].\n");
    let run = site.check();
    run.assert_code(1);
    let errors = run.errors();
    let d = find(
        &errors,
        "not in the cited paragraphs of `ap`; the seed has it in para. 2",
    );
    assert_eq!((d.line, d.col), (6, 9), "{run}");
}

// Guards: uncited figures and quotes need a citation, in the body and in takeaways, each at its position.
#[test]
fn uncited_figures_and_quotes_need_a_citation() {
    let brief = "---\ntitle: Deal\nsources: [ap]\ntakeaways:\n  - \"Some 40% is occupied.\"\n---\n\nA cited one [@ap]. Then $7 billion went missing.\n\nHe called it “a lot of money” on Friday.\n";
    let site = site(brief);
    let run = site.check();
    run.assert_code(1);
    let errors = run.errors();
    let needed: Vec<(u32, u32)> = errors
        .iter()
        .filter(|d| d.message.starts_with("citation needed"))
        .map(|d| (d.line, d.col))
        .collect();
    assert_eq!(needed, vec![(5, 6), (8, 25), (10, 15)], "{run}");
}

// Guards: true figures written another way than the seed writes them are not flagged.
#[test]
fn true_figures_written_another_way_pass() {
    let brief = "---\ntitle: Deal\nsources: [ap]\n---\n\nThe price tag was $500bn [@ap, para. 2], or 500 billion dollars [@ap]. About 40 percent is inaccessible [@ap, para. 3]. Ukraine could supply 21 of 30 such materials [@ap, para. 4], a figure also given as twenty-one of the 30 [@ap, ¶ 4].\n";
    let site = site(brief);
    site.check().assert_code(0).assert_no_diagnostics();
    let run = site.build_clean();
    drop(run);
    // Highlighted on the seed's archive page, with anchors, and linked from the reference.
    let seed_page = site.page("sources/ap/index.html");
    let marks = seed_page.select("mark.figure");
    assert!(!marks.is_empty());
    let brief_page = site.page("deal/index.html");
    let links = brief_page.select(".ref-figures a");
    assert!(links.len() >= 4, "{}", links.len());
    for link in links {
        let href = link.value().attr("href").unwrap_or("");
        let id = href.split('#').nth(1).unwrap_or("");
        assert!(seed_page.by_id(id).is_some(), "no anchor {id}");
    }
    assert_links_ok(&site.out());
}

// Guards: the brief's own figure, marked with a reason, passes and never reaches the page.
#[test]
fn own_figures_are_accepted_and_invisible() {
    let brief = "---\ntitle: Deal\nsources: [ap]\n---\n\nThat is ten times the $50 billion<!-- own: 500 ÷ 10 --> some feared [@ap, para. 2].\n\nWe counted 17<!-- own: --> of them [@ap].\n";
    let site = site(brief);
    let run = site.build(&[]);
    run.assert_code(0);
    let w = run.warnings();
    let d = find(&w, "the own-figure marker gives no reason");
    assert_eq!(d.line, 8, "{run}");
    assert_eq!(w.len(), 1, "{run}");
    let html = std::fs::read_to_string(site.out().join("deal/index.html")).unwrap_or_default();
    assert!(!html.contains("own:"), "the marker reached the page");
    let claims = std::fs::read_to_string(site.out().join("claims.json")).unwrap_or_default();
    assert!(
        claims.contains("\"status\":\"own\"") && claims.contains("500 ÷ 10"),
        "{claims}"
    );
}

// Guards: brief.yaml sets each check's severity: off, warning, error.
#[test]
fn severity_is_configurable_per_check() {
    let brief = "---\ntitle: Deal\nsources: [ap]\n---\n\nThe US asked for $50 billion [@ap]. Then $7 billion went missing.\n";
    let site = site(brief).file(
        "brief.yaml",
        "title: T\nchecks:\n  figure: warning\n  citation-needed: off\n",
    );
    let run = site.check();
    run.assert_code(0);
    assert_eq!(run.warnings().len(), 1, "{run}");
    site.write("brief.yaml", "title: T\nchecks:\n  figure: error\n");
    let run = site.build(&[]);
    run.assert_code(1);
    find(&run.errors(), "the seed says");
    find(&run.warnings(), "citation needed");
}

// Guards: claims.json lists each cited sentence with its position, sources and statuses.
#[test]
fn claims_json_reports_each_cited_sentence() {
    let brief = "---\ntitle: Deal\nsources: [ap]\n---\n\nKyiv balked at “the proposed price tag” of $500 billion [@ap, para. 2]. It was $50 billion [@ap].\n";
    let site = site(brief);
    site.build(&[]).assert_code(0);
    let text = std::fs::read_to_string(site.out().join("claims.json")).expect("claims.json");
    let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let claims = json["claims"].as_array().expect("claims");
    assert_eq!(claims.len(), 2, "{text}");
    let first = &claims[0];
    assert_eq!(first["brief"], "content/deal.md");
    // The sentence as written, without the citation or the space before it.
    assert_eq!(
        first["text"],
        "Kyiv balked at “the proposed price tag” of $500 billion."
    );
    assert_eq!(
        (first["line"].as_u64(), first["col"].as_u64()),
        (Some(6), Some(1))
    );
    assert_eq!(first["sources"][0]["id"], "ap");
    assert_eq!(first["sources"][0]["locator"], "para. 2");
    assert_eq!(first["quotes"][0]["status"], "found");
    let fig = &first["figures"][0];
    assert_eq!(fig["status"], "found");
    assert_eq!(fig["passages"][0]["paragraph"], 2);
    let para = "Kyiv balked at the proposed price tag of $500 billion.";
    let (s, e) = (
        fig["passages"][0]["start"].as_u64().unwrap_or(0) as usize,
        fig["passages"][0]["end"].as_u64().unwrap_or(0) as usize,
    );
    assert_eq!(&para[s..e], "$500 billion");
    assert_eq!(claims[1]["figures"][0]["status"], "near-miss");
    assert_eq!(claims[1]["figures"][0]["seed_text"], "$500 billion");
}

// Guards: claims.json keeps reading order within a paragraph (an uncited sentence before
// a cited one comes first), and a table row's text is its cells without the closing bar.
#[test]
fn claims_json_is_in_reading_order_and_rows_read_as_cells() {
    let brief = "---\ntitle: Deal\nsources: [ap]\n---\n\nUncited $7 billion here. Then it was $500 billion [@ap].\n\n| Figure | Source |\n|---|---|\n| $500 billion | [@ap] |\n";
    let site = site(brief);
    site.build(&[]).assert_code(0);
    let text = std::fs::read_to_string(site.out().join("claims.json")).expect("claims.json");
    let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let claims = json["claims"].as_array().expect("claims");
    let read: Vec<(u64, u64, &str)> = claims
        .iter()
        .map(|c| {
            (
                c["line"].as_u64().unwrap_or(0),
                c["col"].as_u64().unwrap_or(0),
                c["text"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        read,
        vec![
            (6, 1, "Uncited $7 billion here."),
            (6, 26, "Then it was $500 billion."),
            (10, 3, "$500 billion"),
        ],
        "{text}"
    );
}

// Guards: a footnote's text is checked like the body's — an uncited figure in it needs a
// citation at its own position — and the paragraph referencing the note stays one
// sentence, so its cited figure is neither split from its citation nor flagged.
#[test]
fn footnote_text_needs_citations_too() {
    let brief = "---\ntitle: Deal\nsources: [ap]\n---\n\nThe price tag was $500 billion[^n] in all [@ap, para. 2].\n\n[^n]: Others said $7 billion went missing.\n";
    let site = site(brief);
    let run = site.check();
    run.assert_code(1);
    let errors = run.errors();
    let needed: Vec<(&str, u32, u32)> = errors
        .iter()
        .filter(|d| d.message.starts_with("citation needed"))
        .map(|d| (d.path.as_str(), d.line, d.col))
        .collect();
    assert_eq!(needed, vec![("content/deal.md", 8, 19)], "{run}");
    assert_eq!(errors.len(), 1, "{run}");
    find(&errors, "“$7 billion”");
}

const FIGURES_SEED: &str = "---\ntitle: Figures\noutlet: Wire\npublished: 2025-03-01\n---\nThe fund holds $1 trillion.\n\nSpending came to Rs 30 trillion.\n\nThe plant employs 1,250 workers.\n\nInflation was 3.5 percent.\n\nThe board split 50:50.\n";

// Guards: shares and compounds in words are read as their value ("half a trillion
// dollars" was "a trillion dollars" and passed against "$1 trillion"; "One thousand two
// hundred and fifty" was two figures), `lakh crore` is 10^12, a hyphenated `50-50` is the
// ratio `50:50`, a rounding tie goes one way only (3.5 → 4, not 3), and a number too long
// for an f64 matches nothing.
#[test]
fn figures_are_read_as_their_value_and_ties_round_one_way() {
    let huge = format!("1{}", ",000".repeat(103));
    let brief = format!(
        "---\ntitle: Fx\nsources: [fx]\n---\n\nThe fund holds half a trillion dollars [@fx, para. 1].\n\nSpending came to Rs 30 lakh crore [@fx, para. 2].\n\nOne thousand two hundred and fifty workers are employed [@fx, para. 3].\n\nInflation was 4 percent [@fx, para. 4]. Others say 3 percent [@fx, para. 4].\n\nThe board split 50-50 [@fx, para. 5].\n\nThe plant has {huge} workers [@fx, para. 3].\n"
    );
    let site = SiteTest::new()
        .file("seeds/fx.md", FIGURES_SEED)
        .file("content/fx.md", brief);
    let run = site.check();
    run.assert_code(1);
    let errors = run.errors();
    let at: Vec<(&str, u32, u32)> = errors
        .iter()
        .map(|d| (d.path.as_str(), d.line, d.col))
        .collect();
    assert_eq!(
        at,
        vec![
            ("content/fx.md", 6, 16),
            ("content/fx.md", 12, 52),
            ("content/fx.md", 16, 15)
        ],
        "{run}"
    );
    find(
        &errors,
        "the seed says \"$1 trillion\", not \"half a trillion dollars\"",
    );
    find(&errors, "the seed says \"3.5 percent\", not \"3 percent\"");
}

// Guards: figures in words with a half more, hyphenated scales and decimals with no
// leading zero are figures, so an uncited sentence giving one needs a citation, at it.
#[test]
fn figures_in_words_and_bare_decimals_need_a_citation() {
    let brief = "---\ntitle: Fx\nsources: [fx]\n---\n\nThen two and a half billion dollars went missing.\n\nLater twelve-thousand troops arrived.\n\nPrices rose .5% that week.\n\nOfficials counted two point five million voters.\n";
    let site = SiteTest::new()
        .file("seeds/fx.md", FIGURES_SEED)
        .file("content/fx.md", brief);
    let run = site.check();
    run.assert_code(1);
    let errors = run.errors();
    let needed: Vec<(&str, u32, u32)> = errors
        .iter()
        .filter(|d| d.message.starts_with("citation needed"))
        .map(|d| (d.path.as_str(), d.line, d.col))
        .collect();
    assert_eq!(
        needed,
        vec![
            ("content/fx.md", 6, 6),
            ("content/fx.md", 8, 7),
            ("content/fx.md", 10, 13),
            ("content/fx.md", 12, 19)
        ],
        "{run}"
    );
    assert_eq!(errors.len(), 4, "{run}");
    find(&errors, "“two and a half billion dollars”");
    find(&errors, "“two point five million”");
}

/// `(line, col, message up to its first `:`)` of each error, in order.
fn places(errors: &[Diag]) -> Vec<(u32, u32, String)> {
    errors
        .iter()
        .map(|d| {
            let head = d.message.split(':').next().unwrap_or("").to_owned();
            (d.line, d.col, head)
        })
        .collect()
}

// Guards: German quote marks `„…“` close on `“`: a misquote in them is caught, an uncited
// one needs a citation, and an opened `„` no longer swallows a later `"…"` quote.
#[test]
fn german_quote_marks_are_quotes() {
    let brief = "---\ntitle: Deal\nsources: [ap]\n---\n\nHe said „entirely invented words“ [@ap].\n\nThey called it „a lot of money“ on Friday.\n\nKyiv balked at „the proposed price tag“, and \"entirely invented words\" [@ap].\n";
    let site = site(brief);
    let run = site.check();
    run.assert_code(1);
    assert_eq!(
        places(&run.errors()),
        vec![
            (6, 10, "quote not found in `ap`".to_owned()),
            (8, 17, "citation needed".to_owned()),
            (10, 47, "quote not found in `ap`".to_owned()),
        ],
        "{run}"
    );
    find(&run.errors(), "“entirely invented words”");
}

// Guards: a quotation after a sentence's last citation is checked against that citation's
// seeds (a misquote there is caught at its position, a true one is found and recorded),
// rather than passing unchecked because the sentence is cited.
#[test]
fn quotes_after_the_last_citation_are_checked() {
    let brief = "---\ntitle: Deal\nsources: [ap]\n---\n\nZelensky [@ap] called it \"entirely invented words\".\n\nHe said \"the proposed price tag\" [@ap], adding it was \"entirely invented words\".\n\nKyiv [@ap, para. 2] balked at “the proposed price tag”.\n";
    let site = site(brief);
    let run = site.check();
    run.assert_code(1);
    assert_eq!(
        places(&run.errors()),
        vec![
            (6, 27, "quote not found in `ap`".to_owned()),
            (8, 56, "quote not found in `ap`".to_owned()),
        ],
        "{run}"
    );
    site.build(&[]).assert_code(0);
    let text = std::fs::read_to_string(site.out().join("claims.json")).expect("claims.json");
    let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let claims = json["claims"].as_array().expect("claims");
    let statuses: Vec<Vec<&str>> = claims
        .iter()
        .map(|c| {
            c["quotes"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|q| q["status"].as_str().unwrap_or(""))
                .collect()
        })
        .collect();
    assert_eq!(
        statuses,
        vec![vec!["not-found"], vec!["found", "not-found"], vec!["found"]],
        "{text}"
    );
    assert_eq!(
        claims[2]["quotes"][0]["passages"][0]["paragraph"], 2,
        "{text}"
    );
}

// Guards: a table row is one sentence for quotes as for figures: a quotation in a cell
// that cites nothing is checked against the row's next citation, or its last one when
// none follows, and needs a citation when the row has none; one before the table is no
// row's citation.
#[test]
fn quotes_in_table_cells_are_checked_against_the_rows_citation() {
    let brief = "---\ntitle: Deal\nsources: [ap]\n---\n\nBefore the table [@ap].\n\n| \"Invented header\" | Source |\n|---|---|\n| \"the proposed price tag\" | said so [@ap] |\n| \"entirely invented words\" | said so [@ap] |\n| said so [@ap] | \"more invented words\" |\n| \"uncited invented words\" | none |\n";
    let site = site(brief);
    let run = site.check();
    run.assert_code(1);
    assert_eq!(
        places(&run.errors()),
        vec![
            (8, 4, "citation needed".to_owned()),
            (11, 4, "quote not found in `ap`".to_owned()),
            (12, 20, "quote not found in `ap`".to_owned()),
            (13, 4, "citation needed".to_owned()),
        ],
        "{run}"
    );
}

// Guards: `[@ap @wire]` cites both (both numbered on the page) and warns at `@wire`, and
// `[see @ap and @wire]` too; nothing of `wire` is left in `ap`'s locator.
#[test]
fn a_second_id_without_a_semicolon_is_cited_and_warned_about() {
    let wire =
        "---\ntitle: Other\noutlet: Other wire\npublished: 2025-02-26\n---\nNothing to see.\n";
    let brief = "---\ntitle: Deal\nsources: [ap, wire]\n---\n\nThey met [@ap @wire].\n\nAgain [see @ap and @wire, para. 1].\n";
    let site = site(brief).file("seeds/wire.md", wire);
    let run = site.build(&[]);
    run.assert_code(0);
    let w = run.warnings();
    let got: Vec<(&str, u32, u32, &str)> = w
        .iter()
        .map(|d| (d.path.as_str(), d.line, d.col, d.message.as_str()))
        .collect();
    let message = "`@wire` inside the suffix of `@ap`: separate citations with `;`";
    assert_eq!(
        got,
        vec![
            ("content/deal.md", 6, 15, message),
            ("content/deal.md", 8, 20, message)
        ],
        "{run}"
    );
    let page = site.page("deal/index.html");
    let numbers: Vec<String> = page
        .select("sup.citation a")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(numbers, ["1", "2", "1", "2"]);
    let locators: Vec<String> = page.select(".locator").into_iter().map(text).collect();
    assert_eq!(locators, ["(and)", "(para. 1)"]);
}

// Guards: Pandoc's braced ids cite (`[@{ap}, para. 1]`, `@{ap} says`); the literal text is
// never published.
#[test]
fn braced_ids_are_citations() {
    let brief = "---\ntitle: Deal\nsources: [ap]\n---\n\nIt cost $500 billion [@{ap}, para. 2]. @{ap} says so.\n";
    let site = site(brief);
    site.check().assert_code(0).assert_no_diagnostics();
    site.build(&[]).assert_code(0);
    let page = site.page("deal/index.html");
    let body = text(page.select("main").into_iter().next().expect("main"));
    assert!(!body.contains("@{ap}"), "{body}");
    assert!(body.contains("Wire"), "{body}");
    assert_eq!(page.select("sup.citation a").len(), 2);
}

// Guards: a `N--M` locator names both paragraphs: the figure in the second is found
// there, claims.json and the page show `paras. 2–3`, linked to the first paragraph.
#[test]
fn double_hyphen_paragraph_ranges_cover_the_range() {
    let brief = "---\ntitle: Deal\nsources: [ap]\n---\n\nIt cost $500 billion, and 40% is inaccessible [@ap, paras. 2--3]. Also [@ap, ¶¶ 2--3].\n";
    let site = site(brief);
    site.check().assert_code(0).assert_no_diagnostics();
    site.build(&[]).assert_code(0);
    let text_ = std::fs::read_to_string(site.out().join("claims.json")).expect("claims.json");
    let json: serde_json::Value = serde_json::from_str(&text_).expect("valid JSON");
    let first = &json["claims"][0];
    assert_eq!(first["sources"][0]["locator"], "paras. 2–3", "{text_}");
    assert_eq!(first["figures"][1]["status"], "found", "{text_}");
    assert_eq!(
        first["figures"][1]["passages"][0]["paragraph"], 3,
        "{text_}"
    );
    let page = site.page("deal/index.html");
    let locators: Vec<String> = page.select(".locator").into_iter().map(text).collect();
    assert_eq!(locators, ["(paras. 2–3)", "(¶¶ 2–3)"]);
    let hrefs: Vec<&str> = page
        .select(".locator a")
        .into_iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(hrefs.iter().all(|h| h.ends_with("#p2")), "{hrefs:?}");
}

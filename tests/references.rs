//! `citation_style` in brief.yaml: each brief's Sources list, its Further reading and the
//! sources pages carry references formatted in the chosen style; an unknown style is an
//! error located in brief.yaml.

mod common;

use common::*;

const SEED_AP: &str = r#"---
title: "The US and Ukraine are closing in on a mineral deal"
outlet: Associated Press
author: [Samya Kullab, Jane Doe]
published: 2025-02-25
url: https://apnews.com/article/example-minerals?a=1&b=2
---
Officials say the two sides are closing in on a deal.
"#;

const SEED_ABP: &str = r#"---
title: "All about US-Ukraine talks on rare earths <script>alert(1)</script>"
outlet: ABP Live
published: 2025-02
note: "Machine translation of the Turkish original."
---
The talks continue.
"#;

const SEED_KYIV: &str = r#"---
title: "What the draft says"
outlet: The Kyiv Independent
author: Ann Poe
published: 2025-03-01
---
The draft is short.
"#;

const BRIEF: &str = r#"---
title: "The deal"
date: 2025-03-05
sources: [ap, abp, kyiv]
---
The sides are close [@ap]. Talks go on [@abp].
"#;

fn site(style: Option<&str>) -> SiteTest {
    let config = match style {
        Some(style) => format!("title: Test site\ncitation_style: {style}\n"),
        None => "title: Test site\n".to_owned(),
    };
    SiteTest::new()
        .file("brief.yaml", config)
        .file("seeds/ap.md", SEED_AP)
        .file("seeds/abp.md", SEED_ABP)
        .file("seeds/kyiv.md", SEED_KYIV)
        .file("content/deal.md", BRIEF)
}

/// The text of each reference in the brief's Sources list, in order.
fn references(page: &Page, css: &str) -> Vec<String> {
    page.select(css)
        .into_iter()
        .map(|el| collapse_ws(&text(el)))
        .collect()
}

#[test]
fn apa_references_in_sources_further_reading_and_sources_page() {
    let t = site(Some("apa"));
    t.build_clean();
    let page = t.page("deal/index.html");
    let sources = references(&page, "#source-1 .reference, #source-2 .reference");
    assert_eq!(
        sources[0],
        "Kullab, S., & Doe, J. (2025, February 25). The US and Ukraine are closing in on a \
         mineral deal. Associated Press. https://apnews.com/article/example-minerals?a=1&b=2"
    );
    // No author: APA leads with the title; a month-precision date stays a month; the
    // note follows; the title's markup is text.
    assert_eq!(
        sources[1],
        "All about US-Ukraine talks on rare earths <script>alert(1)</script>. (2025, February). \
         ABP Live. Machine translation of the Turkish original."
    );
    assert!(page.select("#source-2 .reference script").is_empty());
    assert_eq!(
        page.one("#source-2 .reference .ref-note")
            .text()
            .collect::<String>(),
        "Machine translation of the Turkish original."
    );
    assert_eq!(
        page.one("#source-1 .reference .ref-outlet")
            .text()
            .collect::<String>(),
        "Associated Press"
    );
    let link = page.one("#source-1 .reference a");
    assert_eq!(
        link.value().attr("href"),
        Some("https://apnews.com/article/example-minerals?a=1&b=2")
    );
    // The uncited source is further reading, in the same style.
    assert_eq!(
        references(&page, ".further .reference"),
        vec!["Poe, A. (2025, March 1). What the draft says. The Kyiv Independent."]
    );

    let index = t.page("sources/index.html");
    let all = collapse_ws(&index.body_text());
    assert!(
        all.contains("Poe, A. (2025, March 1). What the draft says. The Kyiv Independent."),
        "{all}"
    );
}

#[test]
fn chicago_author_date_is_the_default() {
    let t = site(None);
    t.build_clean();
    let page = t.page("deal/index.html");
    let sources = references(&page, "#source-1 .reference, #source-2 .reference");
    assert!(
        sources[0].starts_with("Kullab, Samya, and Jane Doe. 2025. “The US and Ukraine"),
        "{}",
        sources[0]
    );
    assert!(sources[0].contains("Associated Press, February 25."));
    // No author: Chicago leads with the outlet; the date is February, not a day of it.
    assert!(sources[1].starts_with("ABP Live. 2025."), "{}", sources[1]);
    assert!(sources[1].contains("February"), "{}", sources[1]);
    assert!(!sources[1].contains("February 1"), "{}", sources[1]);
}

#[test]
fn unknown_style_is_an_error_in_brief_yaml() {
    let t = site(Some("chicgo-author-date"));
    let run = t.build(&[]);
    run.assert_code(1);
    let err = run.error_in("brief.yaml");
    assert_eq!((err.line, err.col), (2, 17));
    assert!(err.message.contains("unknown citation style"), "{err:?}");
    assert!(
        err.message
            .contains("`chicago-author-date`, `apa`, `mla`, `ieee`"),
        "{err:?}"
    );
    assert!(
        run.stderr
            .contains("help: did you mean `chicago-author-date`?"),
        "{}",
        run.stderr
    );
    assert!(!t.exists("index.html"));
}

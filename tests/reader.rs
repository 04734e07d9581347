//! The reader's side of the built-in theme, checked on the flagship site as built by the
//! real binary: source previews in headless Chromium (hover, keyboard focus, tap, Esc,
//! inside a 320 px viewport, nothing moves when one opens), search, no sideways scroll
//! at 320 px, zero axe-core violations on every page in light and dark, zero errors from
//! the W3C Nu Html Checker, and the page weight of the flagship brief.
//!
//! Needs chromium, java, and the npm test tools (`npm ci`: axe-core, vnu-jar). Under
//! `CI=true` a missing tool is a failure; elsewhere the test prints why it skipped.

#[path = "support/chromium.rs"]
mod browser;
#[path = "reader/site.rs"]
mod site;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use scraper::{Html, Selector};
use serde_json::Value;

use browser::{Browser, wait_for};
use site::{Built, require};

/// The flagship brief: the page readers land on first.
const FLAGSHIP: &str = "overview/index.html";

/// The most a brief page may weigh, HTML + CSS + JS, uncompressed.
const BUDGET: usize = 60 * 1024;

/// A citation in the flagship brief that directly follows a verified quote, and what
/// its preview must show.
struct Quoted {
    /// The citation link's id (`cite-1-f`).
    id: String,
    /// The quoted words.
    quote: String,
    /// The source's outlet, from its Sources entry.
    outlet: String,
    /// The locator beside this citation's backlink, if any (`para. 9`).
    locator: Option<String>,
}

/// Finds the first citation of the brief at `page` that follows a closing quote mark
/// and whose quote the Sources entry lists as verified — read from the HTML, not from
/// brief.js, so the test does not share the script's logic.
fn quoted_citation(out: &Path, page: &str) -> Quoted {
    let html = fs::read_to_string(out.join(page)).expect("read the brief");
    let doc = Html::parse_document(&html);
    let marker = "”<sup class=\"citation\"><a id=\"";
    let mut from = 0;
    while let Some(at) = html[from..].find(marker).map(|i| from + i) {
        from = at + marker.len();
        let id = html[from..]
            .split('"')
            .next()
            .unwrap_or_default()
            .to_owned();
        let number = html[from..]
            .split("href=\"#source-")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap_or_default()
            .to_owned();
        let open = html[..at].rfind('“').expect("an opening quote mark");
        let quote = html[open + '“'.len_utf8()..at].to_owned();
        let entry = Selector::parse(&format!("li#source-{number}")).expect("selector");
        let Some(entry) = doc.select(&entry).next() else {
            continue;
        };
        let text = |css: &str| {
            let sel = Selector::parse(css).expect("selector");
            entry
                .select(&sel)
                .map(|e| e.text().collect::<String>())
                .collect::<Vec<_>>()
        };
        if !text(".ref-quotes q").contains(&quote) || quote.contains('<') {
            continue;
        }
        let back = Selector::parse(&format!("a[href=\"#{id}\"]")).expect("selector");
        let locator = entry
            .select(&back)
            .next()
            .and_then(|a| a.parent())
            .and_then(scraper::ElementRef::wrap)
            .and_then(|span| {
                let sel = Selector::parse(".locator").expect("selector");
                span.select(&sel)
                    .next()
                    .map(|l| l.text().collect::<String>())
            })
            .map(|l| l.trim_matches(['(', ')']).to_owned());
        let outlet = text(".ref-outlet").into_iter().next().unwrap_or_default();
        return Quoted {
            id,
            quote,
            outlet,
            locator,
        };
    }
    panic!("{page} has no citation right after a verified quote");
}

fn chromium(test: &str) -> Option<PathBuf> {
    require(test, browser::find(), "chromium is not installed")
}

/// The preview's state: `[hidden, role, left, top, right, bottom, innerWidth,
/// innerHeight, text, describedby of the citation]`.
const PREVIEW_STATE: &str = r#"(() => {
  const t = document.getElementById("brief-preview");
  if (!t) return null;
  const r = t.getBoundingClientRect();
  return { hidden: t.hidden, role: t.getAttribute("role"), left: r.left, top: r.top,
           right: r.right, bottom: r.bottom, vw: document.documentElement.clientWidth,
           vh: innerHeight, text: t.textContent,
           describedby: [...document.querySelectorAll("[aria-describedby]")].map(e => e.id) };
})()"#;

/// Scrolls the citation `id` to the middle of the viewport; returns its centre.
fn centre_of(browser: &mut Browser, id: &str) -> (f64, f64) {
    let at = browser.eval(&format!(
        r#"(() => {{ const a = document.getElementById("{id}");
          a.scrollIntoView({{block: "center"}});
          const r = a.getBoundingClientRect();
          return [r.left + r.width / 2, r.top + r.height / 2]; }})()"#
    ));
    (
        at[0].as_f64().expect("x of the citation"),
        at[1].as_f64().expect("y of the citation"),
    )
}

fn shown(browser: &mut Browser) -> Value {
    wait_for("the preview to open", || {
        let state = browser.eval(PREVIEW_STATE);
        (state["hidden"] == false).then_some(state)
    })
}

fn hidden(browser: &mut Browser) {
    wait_for("the preview to close", || {
        (browser.eval(PREVIEW_STATE)["hidden"] == true).then_some(())
    });
}

fn assert_inside_viewport(state: &Value) {
    let f = |k: &str| state[k].as_f64().unwrap_or(f64::NAN);
    assert!(
        f("left") >= 0.0 && f("right") <= f("vw") && f("top") >= 0.0 && f("bottom") <= f("vh"),
        "the preview is outside the viewport: {state}"
    );
}

/// Hovering a citation shows the full reference and the quoted passage; the preview
/// stays while the pointer moves onto it, and closes once the pointer leaves both.
#[test]
fn preview_on_hover() {
    let Some(chromium) = chromium("preview_on_hover") else {
        return;
    };
    let built = Built::flagship();
    let mut browser = Browser::launch(&chromium, &[]);
    browser.viewport(1280, 900, false);
    browser.open(&format!("file://{}", built.out().join(FLAGSHIP).display()));

    let quoted = quoted_citation(&built.out(), FLAGSHIP);
    let (x, y) = centre_of(&mut browser, &quoted.id);
    browser.mouse_move(x, y);
    let state = shown(&mut browser);
    assert_eq!(state["role"], "tooltip", "{state}");
    assert_eq!(
        state["describedby"],
        serde_json::json!([quoted.id]),
        "{state}"
    );
    let text = state["text"].as_str().unwrap_or_default();
    assert!(text.contains(&quoted.outlet), "the full reference: {text}");
    if let Some(locator) = &quoted.locator {
        assert!(
            text.contains(locator.as_str()),
            "the locator {locator}: {text}"
        );
    }
    assert!(
        text.contains(&quoted.quote),
        "the quoted passage {}: {text}",
        quoted.quote
    );
    assert_inside_viewport(&state);

    // Hoverable (WCAG 1.4.13): the pointer moves from the citation onto the preview.
    let inside = (
        (state["left"].as_f64().unwrap_or(0.0) + state["right"].as_f64().unwrap_or(0.0)) / 2.0,
        (state["top"].as_f64().unwrap_or(0.0) + state["bottom"].as_f64().unwrap_or(0.0)) / 2.0,
    );
    browser.mouse_move(inside.0, inside.1);
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert_eq!(
        browser.eval(PREVIEW_STATE)["hidden"],
        false,
        "stays while hovered"
    );

    browser.mouse_move(2.0, 2.0);
    hidden(&mut browser);
    assert_eq!(
        browser.eval(PREVIEW_STATE)["describedby"],
        serde_json::json!([])
    );
}

/// Tabbing to a citation shows its preview as a tooltip the citation is described by;
/// Esc dismisses it and keeps the focus where it was; a citation without a quote shows
/// no quoted passage.
#[test]
fn preview_on_keyboard_focus_and_escape() {
    let Some(chromium) = chromium("preview_on_keyboard_focus_and_escape") else {
        return;
    };
    let built = Built::flagship();
    let mut browser = Browser::launch(&chromium, &[]);
    browser.viewport(1280, 900, false);
    browser.open(&format!("file://{}", built.out().join(FLAGSHIP).display()));

    // Focus the focusable element just before the first citation, then press Tab.
    browser.eval(
        r#"(() => {
          const all = [...document.querySelectorAll("a[href], button, input, [tabindex='0']")];
          const first = document.querySelector("sup.citation a");
          all[all.indexOf(first) - 1].focus();
        })()"#,
    );
    browser.key("Tab");
    let focused = browser.eval("document.activeElement.id");
    assert_eq!(focused, "cite-1-a", "Tab reaches the first citation");
    let state = shown(&mut browser);
    assert_eq!(state["role"], "tooltip");
    assert_eq!(state["describedby"], serde_json::json!(["cite-1-a"]));
    assert!(
        browser.eval("!document.querySelector('#brief-preview .preview-quote')") == true,
        "no quote for a citation that follows none: {state}"
    );

    browser.key("Escape");
    hidden(&mut browser);
    assert_eq!(browser.eval("document.activeElement.id"), "cite-1-a");

    // The next citation gets its own preview.
    browser.key("Tab");
    let state = shown(&mut browser);
    let next = browser.eval("document.activeElement.id");
    assert_eq!(state["describedby"], serde_json::json!([next]), "{state}");
}

/// On a 320 px phone a tap opens the preview as a non-modal dialog inside the viewport,
/// instead of jumping to the Sources list; Esc closes it and gives the focus back to
/// the citation. Nothing on the page moves when it opens, and the page never scrolls
/// sideways.
#[test]
fn preview_on_tap_at_320px() {
    let Some(chromium) = chromium("preview_on_tap_at_320px") else {
        return;
    };
    let built = Built::flagship();
    let mut browser = Browser::launch(&chromium, &[]);
    browser.viewport(320, 640, true);
    let url = format!("file://{}", built.out().join(FLAGSHIP).display());
    browser.open(&url);
    assert_eq!(
        browser.eval("document.documentElement.scrollWidth"),
        320,
        "no horizontal scroll at 320 px"
    );

    let quoted = quoted_citation(&built.out(), FLAGSHIP);
    let (x, y) = centre_of(&mut browser, &quoted.id);
    let layout = r#"(() => {
      new PerformanceObserver(() => {}).observe({type: "layout-shift", buffered: true});
      return JSON.stringify([...document.querySelectorAll("main *:not(#brief-preview, #brief-preview *)")].map(e => {
        const r = e.getBoundingClientRect(); return [r.left, r.top, r.width, r.height];
      }));
    })()"#;
    let before = browser.eval(layout);
    browser.tap(x, y);
    let state = shown(&mut browser);
    assert_eq!(state["role"], "dialog", "{state}");
    assert_eq!(
        browser.eval("location.href"),
        url.as_str(),
        "the tap stayed on the page"
    );
    assert_eq!(browser.eval("document.activeElement.id"), "brief-preview");
    assert_inside_viewport(&state);
    let text = state["text"].as_str().unwrap_or_default();
    assert!(text.contains(&quoted.quote), "{text}");
    assert!(
        browser.eval(layout) == before,
        "opening the preview moved the page"
    );
    assert_eq!(browser.eval("document.documentElement.scrollWidth"), 320);
    let shifts = browser
        .eval("performance.getEntriesByType('layout-shift').reduce((s, e) => s + e.value, 0)");
    assert_eq!(shifts.as_f64(), Some(0.0), "cumulative layout shift");

    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    browser.screenshot(&dir.join("reader-preview-320.png"));

    browser.key("Escape");
    hidden(&mut browser);
    assert_eq!(
        browser.eval("document.activeElement.id"),
        quoted.id.as_str()
    );

    // A tap elsewhere closes it too: on plain text, away from anything a phone's touch
    // adjustment would snap the tap to.
    browser.tap(x, y);
    shown(&mut browser);
    let plain = browser.eval(
        r#"(() => {
          const active = "a, button, input, [tabindex]:not(main), #brief-preview";
          const near = (x, y) => [-20, 0, 20].some(dx => [-20, 0, 20].some(dy => {
            const e = document.elementFromPoint(x + dx, y + dy);
            return !e || e.closest(active);
          }));
          for (let y = innerHeight - 30; y > 30; y -= 10) {
            for (let x = 20; x < innerWidth - 20; x += 10) if (!near(x, y)) return [x, y];
          }
          return null;
        })()"#,
    );
    let (px, py) = (plain[0].as_f64(), plain[1].as_f64());
    let (Some(px), Some(py)) = (px, py) else {
        panic!("no plain text on screen to tap")
    };
    browser.tap(px, py);
    hidden(&mut browser);
    assert_eq!(browser.eval("location.href"), url.as_str());
}

/// With JavaScript off, a citation is still a link to its entry in the Sources list, and
/// the search page says why it cannot search.
#[test]
fn without_javascript_citations_are_links() {
    let Some(chromium) = chromium("without_javascript_citations_are_links") else {
        return;
    };
    let built = Built::flagship();
    let mut browser = Browser::launch(&chromium, &["--blink-settings=scriptEnabled=false"]);
    browser.viewport(1280, 900, false);
    let page = format!("file://{}", built.out().join(FLAGSHIP).display());
    browser.open(&page);
    // Runtime.evaluate still runs with page scripts off; brief.js did not.
    assert_eq!(
        browser.eval("document.getElementById('brief-preview')"),
        Value::Null
    );
    browser.eval("document.getElementById('cite-1-a').click()");
    wait_for("the jump to the Sources entry", || {
        (browser.eval("location.hash") == "#source-1").then_some(())
    });

    browser.open(&format!(
        "file://{}",
        built.out().join("search/index.html").display()
    ));
    let visible = browser.eval(
        r#"[document.body.innerText.includes("Search needs JavaScript"),
            document.getElementById("search-form").hidden]"#,
    );
    assert_eq!(visible, serde_json::json!([true, true]));
}

/// The search page, served over HTTP, finds a phrase in the briefs and in a source
/// paragraph, highlights it, and links to the brief and to the paragraph's anchor.
#[test]
fn search_finds_and_highlights() {
    let Some(chromium) = chromium("search_finds_and_highlights") else {
        return;
    };
    let built = Built::flagship();
    let addr = built.serve();
    let mut browser = Browser::launch(&chromium, &[]);
    browser.viewport(1280, 900, false);
    browser.open(&format!("http://{addr}/search/index.html?q=lithium"));
    let results = wait_for("search results", || {
        let r = browser.eval(
            r##"[...document.querySelectorAll("#search-results li")].map(li => ({
                 href: li.querySelector("a").getAttribute("href"),
                 marks: [...li.querySelectorAll("mark")].map(m => m.textContent) }))"##,
        );
        r.as_array().is_some_and(|a| !a.is_empty()).then_some(r)
    });
    let results = results.as_array().cloned().unwrap_or_default();
    assert!(
        results
            .iter()
            .all(|r| r["marks"].as_array().is_some_and(|m| m.iter().any(|t| t
                .as_str()
                .is_some_and(|t| t.eq_ignore_ascii_case("lithium"))))),
        "every result highlights the word: {results:?}"
    );
    let hrefs: Vec<&str> = results.iter().filter_map(|r| r["href"].as_str()).collect();
    let status = browser.eval("document.getElementById('search-status').textContent");
    assert!(
        hrefs.contains(&"../overview/index.html"),
        "{status} {hrefs:?}"
    );
    assert!(
        hrefs
            .iter()
            .any(|h| h.starts_with("../sources/ap-2025-02-25/index.html#p")),
        "a source paragraph: {hrefs:?}"
    );
    let status = browser.eval("document.getElementById('search-status').textContent");
    assert!(
        status.as_str().is_some_and(|s| s.contains("lithium")),
        "{status}"
    );

    browser.open(&format!("http://{addr}/search/index.html?q=zzzzqqq"));
    wait_for("the empty result", || {
        browser
            .eval("document.getElementById('search-status').textContent")
            .as_str()
            .is_some_and(|s| s.starts_with("Nothing found"))
            .then_some(())
    });

    // A query's words are stemmed as the index stemmed the text's: the flagship has
    // `negotiations` and not `negotiating`, which stem alike; and a word that is not the
    // last one typed is stemmed too (it found nothing, while the last one fell back to
    // the words it starts).
    let keys = index_keys(&built.out());
    assert!(keys.contains("negotiations") && !keys.contains("negotiating"));
    assert!(!keys.contains("negotiate"));
    let (status, results) = search_for(&mut browser, addr, "negotiating");
    assert!(results_in(&status) > 0, "{status}");
    assert!(
        results
            .iter()
            .any(|r| marks_of(r).iter().any(|m| m == "negotiations")),
        "{results:?}"
    );
    let (first, _) = search_for(&mut browser, addr, "negotiate Ukraine");
    let (last, _) = search_for(&mut browser, addr, "Ukraine negotiate");
    assert!(results_in(&first) > 0, "{first}");
    assert_eq!(results_in(&first), results_in(&last), "{first} / {last}");
}

/// Runs `query` on the search page of the site served at `addr`, and returns the status
/// line once the search is done, and the results (`{href, marks}`).
fn search_for(
    browser: &mut Browser,
    addr: std::net::SocketAddr,
    query: &str,
) -> (String, Vec<Value>) {
    let encoded: String = query
        .bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    browser.open(&format!("http://{addr}/search/index.html?q={encoded}"));
    let status = wait_for(&format!("the search for {query:?}"), || {
        let status = browser.eval("document.getElementById('search-status').textContent");
        let status = status.as_str()?;
        (!status.is_empty() && status != "Searching…").then(|| status.to_owned())
    });
    let results = browser.eval(
        r##"[...document.querySelectorAll("#search-results li")].map(li => ({
             href: li.querySelector("a").getAttribute("href"),
             marks: [...li.querySelectorAll("mark")].map(m => m.textContent) }))"##,
    );
    (status, results.as_array().cloned().unwrap_or_default())
}

/// The number of results a status line announces (0 for "Nothing found …").
fn results_in(status: &str) -> usize {
    let digits: String = status.chars().take_while(char::is_ascii_digit).collect();
    match digits.parse() {
        Ok(n) if status[digits.len()..].starts_with(" result") => n,
        _ => {
            assert!(status.starts_with("Nothing found"), "{status}");
            0
        }
    }
}

/// The highlighted words of a result.
fn marks_of(result: &Value) -> Vec<String> {
    result["marks"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m.as_str().map(str::to_owned))
        .collect()
}

/// The search index of the site built into `out`: its manifest, and each term shard's
/// keys in the order of the file.
fn index_of(out: &Path) -> (Value, Vec<Vec<String>>) {
    let read = |path: PathBuf| -> Value {
        serde_json::from_slice(&fs::read(&path).expect("read the index")).expect("JSON")
    };
    let manifest = read(out.join("search/index.json"));
    let count = manifest["shards"].as_array().map_or(0, Vec::len);
    let shards = (0..count)
        .map(|k| {
            let text = fs::read_to_string(out.join(format!("search/terms/{k}.json")))
                .expect("read a shard");
            let shard: serde_json::Map<String, Value> = serde_json::from_str(&text).expect("JSON");
            let mut keys: Vec<String> = shard.keys().cloned().collect();
            keys.sort();
            keys
        })
        .collect();
    (manifest, shards)
}

/// Every key of the index of the site built into `out`.
fn index_keys(out: &Path) -> std::collections::BTreeSet<String> {
    index_of(out).1.into_iter().flatten().collect()
}

/// A site in `language` of the briefs `(name, body)`, built with the real binary.
fn site_of(language: &str, briefs: &[(&str, &str)]) -> (tempfile::TempDir, Built) {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    fs::create_dir_all(root.join("content")).expect("mkdir");
    fs::create_dir_all(root.join("seeds")).expect("mkdir");
    fs::write(
        root.join("brief.yaml"),
        format!("title: \"Search\"\nbase_url: /\nlanguage: {language}\n"),
    )
    .expect("write brief.yaml");
    for (name, body) in briefs {
        fs::write(
            root.join(format!("content/{name}.md")),
            format!("---\ntitle: \"{name}\"\n---\n{body}\n"),
        )
        .expect("write a brief");
    }
    let built = Built::of(root);
    (dir, built)
}

/// The last word of a query may be the start of words, and those words may lie in the
/// term shards after the one the prefix itself sorts into: the page reads on while the
/// next shard's first key starts with it (it read one shard, and found nothing).
#[test]
fn search_completes_a_prefix_from_the_shards_after_its_own() {
    let Some(chromium) = chromium("search_completes_a_prefix_from_the_shards_after_its_own") else {
        return;
    };
    // Three thousand words that differ in their sixth character, so that each shard's
    // first key has a prefix no key of the shard before it has.
    let body: String = (0..3000).map(|i| format!("zq{i:04}xyz ")).collect();
    let (_dir, built) = site_of("en", &[("words", &body)]);
    let (_, shards) = index_of(&built.out());
    assert!(shards.len() > 2, "{} shards", shards.len());
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    let keys = index_keys(&built.out());
    let prefix = (1..shards.len())
        .find_map(|k| {
            let first = shards[k].first()?;
            let before = shards[k - 1].last()?;
            let shared = first
                .chars()
                .zip(before.chars())
                .take_while(|(a, b)| a == b)
                .count();
            let prefix: String = first.chars().take(shared + 1).collect();
            (prefix.len() < first.len()
                && prefix.as_str() > shards[k - 1][0].as_str()
                && !keys.contains(&prefix)
                && !keys.contains(stemmer.stem(&prefix).as_ref()))
            .then_some(prefix)
        })
        .expect("a shard whose first key starts with a prefix of no key before it");
    let addr = built.serve();
    let mut browser = Browser::launch(&chromium, &[]);
    let (status, results) = search_for(&mut browser, addr, &prefix);
    assert_eq!(results_in(&status), 1, "{prefix}: {status}");
    assert!(
        marks_of(&results[0])
            .iter()
            .any(|m| m.starts_with(prefix.as_str())),
        "{results:?}"
    );
}

/// The last word typed, taken as the start of words, reads the term shard its own lookup
/// fetched and the next only when the two fit in the manifest's `prefix_bytes` (56 KiB);
/// and when its own shard has words it starts, it fetches neither the stemmer nor its
/// stem's shard. Before, such a prefix fetched the stemmer and its stem's shard, then
/// the next shard whatever its size: on the 10,000-brief corpus "abs" read three shards
/// of 49-65 KB and the query transferred 399 KB, past the 300 KB bound. Here common
/// words (in 3,000 source paragraphs) make most shards about 40 KB.
#[test]
fn search_bounds_what_a_prefix_reads() {
    let Some(chromium) = chromium("search_bounds_what_a_prefix_reads") else {
        return;
    };
    const PREFIX_BYTES: u64 = 56 * 1024;
    let words: Vec<String> = (0..3000).map(|i| format!("zq{i:04}xyz")).collect();
    let common: String = words
        .iter()
        .step_by(100)
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    let (dir, _) = site_of("en", &[("words", &words.join(" "))]);
    let seed: String = (0..3000).map(|i| format!("{common} n{i}\n\n")).collect();
    fs::write(
        dir.path().join("seeds/common.md"),
        format!("---\ntitle: \"Common\"\noutlet: Test\npublished: 2025-01-01\n---\n{seed}"),
    )
    .expect("write the seed");
    let built = Built::of(dir.path());
    let out = built.out();
    let (manifest, shards) = index_of(&out);
    let size = |k: usize| {
        fs::metadata(out.join(format!("search/terms/{k}.json")))
            .expect("a shard")
            .len()
    };
    let keys = index_keys(&out);
    // A prefix shared by the last key of a shard and the first of the next, not a key
    // itself, where the two shards are together larger than the bound.
    let (prefix, own) = (1..shards.len())
        .find_map(|k| {
            let (last, first) = (shards[k - 1].last()?, shards[k].first()?);
            let shared = first
                .chars()
                .zip(last.chars())
                .take_while(|(a, b)| a == b)
                .count();
            let prefix: String = first.chars().take(shared).collect();
            (shared >= 3 && !keys.contains(&prefix) && size(k - 1) + size(k) > PREFIX_BYTES)
                .then_some((prefix, k - 1))
        })
        .expect("two neighbouring shards over the bound that a prefix spans");
    let addr = built.serve();
    let mut browser = Browser::launch(&chromium, &[]);
    let (status, results) = search_for(&mut browser, addr, &prefix);
    assert!(results_in(&status) > 0, "{prefix}: {status}");
    assert!(
        results
            .iter()
            .all(|r| marks_of(r).iter().any(|m| m.starts_with(prefix.as_str()))),
        "{results:?}"
    );
    let fetched = browser.eval(
        r#"performance.getEntriesByType("resource").map(e => new URL(e.name).pathname)
             .filter(p => p.startsWith("/search/terms/") || p === "/search/stemmer.js")"#,
    );
    assert_eq!(
        fetched,
        serde_json::json!([format!("/search/terms/{own}.json")]),
        "{prefix}: its own shard alone ({} bytes, the next {})",
        size(own),
        size(own + 1)
    );
    assert_eq!(manifest["prefix_bytes"], PREFIX_BYTES);
}

/// A site with nothing to index (its manifest lists no term shard) answers "Nothing
/// found"; it said the index could not be loaded, having asked for shard 0.
#[test]
fn search_on_a_site_with_nothing_to_index_finds_nothing() {
    let Some(chromium) = chromium("search_on_a_site_with_nothing_to_index_finds_nothing") else {
        return;
    };
    let (_dir, built) = site_of("en", &[]);
    let (manifest, _) = index_of(&built.out());
    assert_eq!(manifest["shards"], serde_json::json!([]));
    let addr = built.serve();
    let mut browser = Browser::launch(&chromium, &[]);
    let (status, _) = search_for(&mut browser, addr, "library");
    assert!(status.starts_with("Nothing found"), "{status}");
}

/// Sites in other languages: Russian words longer than 20 letters and inflected forms
/// not in the text, Japanese without spaces, Turkish `İ` typed either way, Tamil words
/// whole (not split at each virama).
#[test]
fn search_in_other_languages() {
    let Some(chromium) = chromium("search_in_other_languages") else {
        return;
    };
    let mut browser = Browser::launch(&chromium, &[]);
    // (language, the text, [(a query, the word of the text it highlights)])
    type Site<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);
    let sites: [Site; 4] = [
        (
            "ru",
            "Эта достопримечательность привлекает туристов.",
            &[
                ("достопримечательность", "достопримечательность"),
                ("туристы", "туристов"),
                ("Туристов", "туристов"),
            ],
        ),
        (
            "ja",
            "日本とウクライナは鉱物資源協定について交渉しています。",
            &[("鉱物", "鉱物"), ("ウクライナ", "ウクライナ")],
        ),
        (
            "tr",
            "İstanbul görüşmeleri yapıldı.",
            &[("İstanbul", "İstanbul"), ("istanbul", "İstanbul")],
        ),
        (
            "ta",
            "சென்னை மாணவர்கள் வந்தனர்.",
            &[("மாணவர்கள்", "மாணவர்கள்"), ("சென்னை", "சென்னை")],
        ),
    ];
    for (language, text, queries) in sites {
        let (_dir, built) = site_of(language, &[("text", text)]);
        let addr = built.serve();
        for (query, marked) in queries {
            let (status, results) = search_for(&mut browser, addr, query);
            assert_eq!(results_in(&status), 1, "{language} {query}: {status}");
            assert_eq!(
                marks_of(&results[0]),
                [*marked],
                "{language} {query}: the word, whole, is highlighted"
            );
        }
    }
}

/// Text and a query written in either Unicode normal form match: a brief written
/// decomposed (NFD: `e` and U+0301, Katakana with a separate voicing mark, Hangul as
/// Jamo) is found by a query typed composed (NFC), and the reverse; the word is
/// highlighted as the text writes it. Neither was found before the index and the page
/// put words in NFC.
#[test]
fn search_matches_composed_and_decomposed_text() {
    use unicode_normalization::UnicodeNormalization;
    let Some(chromium) = chromium("search_matches_composed_and_decomposed_text") else {
        return;
    };
    let nfd = |s: &str| s.nfd().collect::<String>();
    let nfc = |s: &str| s.nfc().collect::<String>();
    let decomposed = nfd("Le café de la gare. ガイドブック. 한국어 사전.");
    let composed = nfc("Un thé au Café. Une autre ガイドブック. 한국어 문법.");
    assert_ne!(decomposed, nfc(&decomposed));
    let (_dir, built) = site_of("fr", &[("nfd", &decomposed), ("nfc", &composed)]);
    let addr = built.serve();
    let mut browser = Browser::launch(&chromium, &[]);
    for word in ["café", "ガイドブック", "한국어"] {
        for query in [nfc(word), nfd(word)] {
            let (status, results) = search_for(&mut browser, addr, &query);
            assert_eq!(results_in(&status), 2, "{query:?}: {status}");
            for result in &results {
                assert!(
                    marks_of(result)
                        .iter()
                        .any(|m| nfc(m).to_lowercase() == nfc(word)),
                    "{query:?}: {results:?}"
                );
            }
        }
    }
}

/// A query of Han, Kana or Hangul is cut into overlapping pairs, and the index tells
/// only which documents hold every pair, not where: a text with `東京` and `京都` apart
/// was shown as a match of `東京都`. As a phrase query on Lucene's CJK bigrams, the pairs
/// must be side by side: the page checks each result's document before showing it.
#[test]
fn search_finds_a_cjk_phrase_only_side_by_side() {
    let Some(chromium) = chromium("search_finds_a_cjk_phrase_only_side_by_side") else {
        return;
    };
    let (_dir, built) = site_of(
        "ja",
        &[
            ("apart", "東京から新幹線で京都へ行きました。"),
            ("together", "東京都の人口は多い。"),
            ("longer", "東京都庁の展望室。"),
        ],
    );
    let addr = built.serve();
    let mut browser = Browser::launch(&chromium, &[]);
    let (status, results) = search_for(&mut browser, addr, "東京都");
    assert_eq!(results_in(&status), 2, "{status}");
    let hrefs: Vec<&str> = results.iter().filter_map(|r| r["href"].as_str()).collect();
    assert!(
        !hrefs.iter().any(|h| h.contains("apart")),
        "the pairs apart are not the phrase: {hrefs:?}"
    );
    for result in &results {
        assert!(
            marks_of(result).iter().any(|m| m == "東京都"),
            "{results:?}"
        );
    }
    // A pair alone, and words that are not a phrase, still match wherever they are.
    let (status, _) = search_for(&mut browser, addr, "東京");
    assert_eq!(results_in(&status), 3, "{status}");
    let (status, _) = search_for(&mut browser, addr, "東京 京都");
    assert_eq!(results_in(&status), 3, "{status}");
}

/// `search/stemmer.js` stems as the build's stemmer does, in every language that has
/// one: about forty words of each, and made-up words of their letters.
#[test]
fn the_browser_stems_as_the_index_does() {
    let Some(chromium) = chromium("the_browser_stems_as_the_index_does") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("index.html"),
        "<!doctype html><title>stem</title>",
    )
    .expect("write the page");
    let list = fs::read_to_string(Path::new(site::ROOT).join("tests/fixtures/stemmer-words.txt"))
        .expect("read the words");
    let mut languages = Vec::new();
    for line in list
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (language, words) = line.split_once('\t').expect("a language and its words");
        let mut words: Vec<String> = words.split(' ').map(str::to_owned).collect();
        // Made-up words: the ends of one word on the starts of another.
        let made: Vec<String> = words
            .windows(2)
            .map(|w| {
                let a: Vec<char> = w[0].chars().collect();
                let b: Vec<char> = w[1].chars().collect();
                a[..a.len() / 2].iter().chain(&b[b.len() / 2..]).collect()
            })
            .collect();
        words.extend(made);
        let module = brief::search::stemmer_module(language).expect("a stemmer");
        fs::write(dir.path().join(format!("{language}.js")), module).expect("write");
        languages.push((language.to_owned(), words));
    }
    assert_eq!(languages.len(), 18);
    let addr = site::serve_dir(dir.path().to_path_buf());
    let mut browser = Browser::launch(&chromium, &[]);
    browser.open(&format!("http://{addr}/index.html"));
    for (language, words) in &languages {
        let algorithm = stemmer_of(language);
        let expected: Vec<String> = words
            .iter()
            .map(|w| algorithm.stem(w).into_owned())
            .collect();
        let got = browser.eval(&format!(
            "import('/{language}.js').then(m => {}.map(m.stem))",
            serde_json::to_string(words).expect("JSON")
        ));
        assert_eq!(got, serde_json::json!(expected), "{language}");
    }
}

/// rust-stemmers' stemmer of a language code of `tests/fixtures/stemmer-words.txt`.
fn stemmer_of(language: &str) -> rust_stemmers::Stemmer {
    use rust_stemmers::Algorithm::*;
    let algorithm = match language {
        "ar" => Arabic,
        "da" => Danish,
        "de" => German,
        "el" => Greek,
        "en" => English,
        "es" => Spanish,
        "fi" => Finnish,
        "fr" => French,
        "hu" => Hungarian,
        "it" => Italian,
        "nl" => Dutch,
        "no" => Norwegian,
        "pt" => Portuguese,
        "ro" => Romanian,
        "ru" => Russian,
        "sv" => Swedish,
        "ta" => Tamil,
        "tr" => Turkish,
        _ => panic!("no stemmer for {language}"),
    };
    rust_stemmers::Stemmer::create(algorithm)
}

/// Every page of the flagship site, at 1280 and 320 px, in light and dark: zero axe-core
/// violations and no sideways scroll on a phone. The flagship brief is also checked with
/// a preview open.
#[test]
fn axe_finds_no_violations_on_any_page() {
    let Some(chromium) = chromium("axe_finds_no_violations_on_any_page") else {
        return;
    };
    let built = Built::flagship();
    let quoted = quoted_citation(&built.out(), FLAGSHIP);
    let pages = built.pages();
    let Some(failures) = axe_sweep(
        "axe_finds_no_violations_on_any_page",
        &chromium,
        &built,
        &pages,
        "deal",
        |browser, page| {
            if page == FLAGSHIP {
                browser.eval(&format!(
                    "document.getElementById('{}').focus(); 1",
                    quoted.id
                ));
                shown(browser);
            }
        },
    ) else {
        return;
    };
    assert!(failures.is_empty(), "axe-core:\n{}", failures.join("\n"));
}

/// The W3C Nu Html Checker finds no errors in any page of the flagship output.
#[test]
fn nu_html_checker_finds_no_errors() {
    let test = "nu_html_checker_finds_no_errors";
    let Some(java) = require(test, site::java(), "java is not installed") else {
        return;
    };
    let Some(vnu) = require(
        test,
        site::node_module("vnu-jar/build/dist/vnu.jar"),
        "node_modules/vnu-jar is missing (run `npm ci`)",
    ) else {
        return;
    };
    let built = Built::flagship();
    let pages: Vec<PathBuf> = built.pages().iter().map(|p| built.out().join(p)).collect();
    assert!(pages.len() >= 10, "the flagship has its pages: {pages:?}");
    let errors = vnu_errors(&java, &vnu, &pages);
    assert!(errors.is_empty(), "Nu Html Checker:\n{}", errors.join("\n"));
}

/// Opens each of `pages` of `built`, served over HTTP, at 1280 and 320 px in light and
/// dark, and runs axe-core on it; the search page is opened with `?q={query}` and
/// checked once its results are shown. `prepare` runs on each page before axe does. The
/// problems found (axe's violations, and sideways scroll at 320 px), one line each; `None`
/// when axe-core is not installed (the test skips).
fn axe_sweep(
    test: &str,
    chromium: &Path,
    built: &Built,
    pages: &[String],
    query: &str,
    mut prepare: impl FnMut(&mut Browser, &str),
) -> Option<Vec<String>> {
    let axe = require(
        test,
        site::node_module("axe-core/axe.min.js"),
        "node_modules/axe-core is missing (run `npm ci`)",
    )?;
    let axe = fs::read_to_string(axe).expect("read axe.min.js");
    let addr = built.serve();
    let mut browser = Browser::launch(chromium, &[]);
    let mut failures = Vec::new();
    for (width, mobile) in [(1280, false), (320, true)] {
        browser.viewport(width, 800, mobile);
        for scheme in ["light", "dark"] {
            browser.color_scheme(scheme);
            for page in pages {
                let search = page.starts_with("search/");
                let query = if search {
                    format!("?q={query}")
                } else {
                    String::new()
                };
                browser.open(&format!("http://{addr}/{page}{query}"));
                if search {
                    wait_for("search results", || {
                        let n =
                            browser.eval("document.querySelectorAll('#search-results li').length");
                        (n.as_u64() > Some(0)).then_some(())
                    });
                }
                if width == 320 {
                    let scroll = browser.eval("document.documentElement.scrollWidth");
                    if scroll.as_u64() > Some(320) {
                        failures.push(format!("{page} at 320 px scrolls sideways: {scroll}"));
                    }
                }
                prepare(&mut browser, page);
                for v in axe_violations(&mut browser, &axe) {
                    failures.push(format!("{page} ({width} px, {scheme}): {v}"));
                }
            }
        }
    }
    Some(failures)
}

/// Runs axe-core on the page open in `browser`; the violations, one line each.
fn axe_violations(browser: &mut Browser, axe: &str) -> Vec<String> {
    browser.eval(axe);
    let run = "axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => \
               v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))";
    let violations = browser.eval(run);
    violations
        .as_array()
        .into_iter()
        .flatten()
        .map(|v| v.as_str().unwrap_or("?").to_owned())
        .collect()
}

/// Runs the Nu Html Checker on `pages`; the errors, one line each.
fn vnu_errors(java: &Path, vnu: &Path, pages: &[PathBuf]) -> Vec<String> {
    let output = Command::new(java)
        .arg("-jar")
        .arg(vnu)
        .args(["--errors-only", "--format", "json"])
        .args(pages)
        .output()
        .expect("run vnu");
    let report: Value = serde_json::from_slice(&output.stderr).unwrap_or_else(|e| {
        panic!(
            "vnu printed no JSON ({e}):\n{}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    report["messages"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|m| {
            format!(
                "{}:{}: {}",
                m["url"].as_str().unwrap_or("?"),
                m["lastLine"],
                m["message"].as_str().unwrap_or("?")
            )
        })
        .collect()
}

/// The briefing components of a brief in place: key points before the contents, then
/// the body, the timeline (an ordered list of dated events, oldest first), the
/// disagreements (side by side on a wide screen, stacked on a phone), the Sources with
/// text-fragment links to the original; the change log under the byline; Open Graph,
/// Twitter card, favicon and JSON-LD in the head. All of it without axe-core violations
/// (light and dark, 1280 and 320 px) or Nu Html Checker errors.
#[test]
fn briefing_components_in_place_and_accessible() {
    let test = "briefing_components_in_place_and_accessible";
    let built = Built::with_components();
    let out = built.out();
    let html = fs::read_to_string(out.join(site::COMPONENTS_PAGE)).expect("read the page");

    let order: Vec<usize> = [
        "<section class=\"takeaways\"",
        "<nav class=\"toc\"",
        "<div class=\"brief-body\"",
        "<section class=\"timeline\"",
        "<section class=\"disagreements\"",
        "<section class=\"endnotes sources\"",
    ]
    .iter()
    .map(|needle| {
        html.find(needle)
            .unwrap_or_else(|| panic!("{needle} missing"))
    })
    .collect();
    assert!(order.is_sorted(), "sections out of order: {order:?}");

    let doc = Html::parse_document(&html);
    let all = |css: &str| -> Vec<String> {
        let sel = Selector::parse(css).expect("selector");
        doc.select(&sel).map(|e| e.html()).collect()
    };
    let attr = |css: &str, name: &str| -> Vec<String> {
        let sel = Selector::parse(css).expect("selector");
        doc.select(&sel)
            .filter_map(|e| e.value().attr(name).map(str::to_owned))
            .collect()
    };
    assert_eq!(all(".takeaways li").len(), 3);
    assert_eq!(
        attr("ol.timeline-list > li > time", "datetime"),
        ["2024-10", "2025-02", "2025-02-25"]
    );
    assert!(all("ol.timeline-list time")[0].contains(">October 2024<"));
    assert_eq!(all(".disagreement h3").len(), 1);
    assert_eq!(all(".disagreement .position").len(), 2);
    assert!(all(".disagreement .position-source")[0].contains("Associated Press"));
    assert_eq!(all(".disagreement .verdict").len(), 1);
    assert_eq!(all("header details.changes li").len(), 2);
    assert!(
        all(".byline")[0].contains("Updated <time datetime=\"2025-03-10\">10 March 2025</time>")
    );
    let fragments = attr("a.ref-fragment", "href");
    assert!(
        !fragments.is_empty()
            && fragments
                .iter()
                .all(|f| f.starts_with("https://example.com/ap-minerals#:~:text=")),
        "{fragments:?}"
    );

    assert_eq!(
        attr("meta[property='og:title']", "content"),
        ["Every component at once"]
    );
    assert_eq!(attr("meta[property='og:type']", "content"), ["article"]);
    assert_eq!(attr("meta[name='twitter:card']", "content"), ["summary"]);
    assert_eq!(attr("meta[property='og:description']", "content").len(), 1);
    assert_eq!(attr("meta[property='og:site_name']", "content").len(), 1);
    let icon = attr("link[rel=icon]", "href");
    assert_eq!(icon, ["../favicon.svg"]);
    assert!(out.join("favicon.svg").is_file());
    let ld = Selector::parse("script[type='application/ld+json']").expect("selector");
    let ld: Vec<Value> = doc
        .select(&ld)
        .map(|e| serde_json::from_str(&e.inner_html()).expect("JSON-LD parses"))
        .collect();
    assert_eq!(ld.len(), 1);
    assert_eq!(ld[0]["@type"], "NewsArticle");

    let (weight, _) = page_weight(&out, site::COMPONENTS_PAGE);
    println!(
        "{}: {:.1} KB",
        site::COMPONENTS_PAGE,
        weight as f64 / 1024.0
    );

    if let (Some(java), Some(vnu)) = (
        require(test, site::java(), "java is not installed"),
        require(
            test,
            site::node_module("vnu-jar/build/dist/vnu.jar"),
            "node_modules/vnu-jar is missing (run `npm ci`)",
        ),
    ) {
        let errors = vnu_errors(&java, &vnu, &[out.join(site::COMPONENTS_PAGE)]);
        assert!(errors.is_empty(), "Nu Html Checker:\n{}", errors.join("\n"));
    }

    let Some(chromium) = chromium(test) else {
        return;
    };
    let Some(axe) = require(
        test,
        site::node_module("axe-core/axe.min.js"),
        "node_modules/axe-core is missing (run `npm ci`)",
    ) else {
        return;
    };
    let axe = fs::read_to_string(axe).expect("read axe.min.js");
    let url = format!("file://{}", out.join(site::COMPONENTS_PAGE).display());
    let mut browser = Browser::launch(&chromium, &[]);
    let tops = "[...document.querySelectorAll('.position')].map(p => Math.round(p.getBoundingClientRect().top))";
    let mut failures = Vec::new();
    for (width, mobile) in [(1280, false), (320, true)] {
        browser.viewport(width, 800, mobile);
        browser.open(&url);
        let tops = browser.eval(tops);
        if width == 1280 {
            assert_eq!(tops[0], tops[1], "positions side by side at 1280 px");
        } else {
            assert_ne!(tops[0], tops[1], "positions stacked at 320 px");
            assert_eq!(browser.eval("document.documentElement.scrollWidth"), 320);
        }
        for scheme in ["light", "dark"] {
            browser.color_scheme(scheme);
            for v in axe_violations(&mut browser, &axe) {
                failures.push(format!("{width} px, {scheme}: {v}"));
            }
        }
    }
    assert!(failures.is_empty(), "axe-core:\n{}", failures.join("\n"));

    // A citation in the key points previews its quote like one in the body.
    browser.viewport(1280, 800, false);
    browser.open(&url);
    browser.eval("document.querySelector('.takeaways li:nth-child(2) sup.citation a').focus()");
    let state = shown(&mut browser);
    assert!(
        state["text"]
            .as_str()
            .is_some_and(|t| t.contains("off the table")),
        "{state}"
    );
}

/// The bytes a page costs to show: the HTML plus every stylesheet and script it links.
fn page_weight(out: &Path, page: &str) -> (usize, Vec<(String, usize)>) {
    let file = out.join(page);
    let html = fs::read_to_string(&file).expect("read page");
    let doc = Html::parse_document(&html);
    let assets = Selector::parse("link[rel=stylesheet][href], script[src]").expect("selector");
    let dir = file.parent().expect("page folder");
    let mut parts = vec![(page.to_owned(), html.len())];
    for el in doc.select(&assets) {
        let href = el
            .value()
            .attr("href")
            .or_else(|| el.value().attr("src"))
            .unwrap_or_default();
        let bytes = fs::read(dir.join(href)).unwrap_or_else(|e| panic!("{page} links {href}: {e}"));
        parts.push((href.to_owned(), bytes.len()));
    }
    (parts.iter().map(|(_, n)| n).sum(), parts)
}

/// The flagship brief page, HTML + CSS + JS, weighs under 60 KB (uncompressed); the
/// weight of every brief is printed.
#[test]
fn page_weight_of_the_flagship_brief() {
    let built = Built::flagship();
    let out = built.out();
    for page in built.pages() {
        if page.starts_with("sources/")
            || !page.ends_with("/index.html")
            || page.starts_with("search/")
        {
            continue;
        }
        let (total, _) = page_weight(&out, &page);
        println!("{page}: {:.1} KB", total as f64 / 1024.0);
    }
    let (total, parts) = page_weight(&out, FLAGSHIP);
    assert!(
        total < BUDGET,
        "{FLAGSHIP} weighs {total} bytes, over {BUDGET}: {parts:?}"
    );
}

/// Every page of a site whose briefs use every construct a brief can contain (the
/// fixture `tests/fixtures/every-construct`): each construct is on the page, and every
/// page, at 1280 and 320 px, in light and dark, has zero axe-core violations (colour
/// contrast of highlighted code included) and no Nu Html Checker errors.
#[test]
fn every_construct_is_accessible() {
    let test = "every_construct_is_accessible";
    let built = Built::every_construct();
    let out = built.out();
    let pages = built.pages();
    let page = "every-construct/index.html";
    let html = fs::read_to_string(out.join(page)).expect("read the brief");
    let doc = Html::parse_document(&html);
    let count = |css: &str| {
        let sel = Selector::parse(css).expect("selector");
        doc.select(&sel).count()
    };
    // The constructs are there, so a change to the fixture or the renderer that drops
    // one cannot make this test pass by checking less.
    for (css, at_least) in [
        ("pre.code[data-lang] span[class^='hl-']", 9),
        ("pre.code[data-lang='rust']", 1),
        ("pre.code[data-lang='python']", 1),
        ("pre.code:not([data-lang])", 2),
        ("li input[type='checkbox'][checked]", 2),
        ("li input[type='checkbox']:not([checked])", 1),
        (".brief-body table thead th", 3),
        (".brief-body table thead td:empty", 1),
        (".brief-body td[style], .brief-body th[style]", 3),
        (".brief-body blockquote blockquote", 1),
        (".brief-body ol ol", 1),
        (".brief-body ul ul", 1),
        (".brief-body del", 1),
        (".brief-body img[alt]", 1),
        (".brief-body hr", 1),
        ("sup.footnote-ref", 2),
        ("sup.citation .cite-prefix", 2),
        ("sup.citation a", 20),
        (".takeaways li", 3),
        ("ol.timeline-list > li", 2),
        (".disagreement .position", 2),
        ("header details.changes li", 1),
        ("section.sources li[id^='source-']", 3),
    ] {
        assert!(
            count(css) >= at_least,
            "{page}: fewer than {at_least} `{css}`"
        );
    }
    for page in [
        "in-progress/index.html",
        "grid/index.html",
        "grid/north/index.html",
        "grid/page/2/index.html",
        "grid/plant/index.html",
        "topics/index.html",
        "topics/energy/page/2/index.html",
        "sources/index.html",
        "sources/page/2/index.html",
        "sources/notes/index.html",
        "page/2/index.html",
        "search/index.html",
        "404.html",
    ] {
        assert!(pages.iter().any(|p| p == page), "{page} missing: {pages:?}");
    }
    let draft = fs::read_to_string(out.join("in-progress/index.html")).expect("read the draft");
    assert!(draft.contains("class=\"draft-flag\""), "the draft's banner");

    if let (Some(java), Some(vnu)) = (
        require(test, site::java(), "java is not installed"),
        require(
            test,
            site::node_module("vnu-jar/build/dist/vnu.jar"),
            "node_modules/vnu-jar is missing (run `npm ci`)",
        ),
    ) {
        let files: Vec<PathBuf> = pages.iter().map(|p| out.join(p)).collect();
        let errors = vnu_errors(&java, &vnu, &files);
        assert!(errors.is_empty(), "Nu Html Checker:\n{}", errors.join("\n"));
    }

    let Some(chromium) = chromium(test) else {
        return;
    };
    let Some(failures) = axe_sweep(test, &chromium, &built, &pages, "lithium", |_, _| {}) else {
        return;
    };
    assert!(failures.is_empty(), "axe-core:\n{}", failures.join("\n"));
}

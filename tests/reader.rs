//! The reader's side of the built-in theme, checked on the flagship site as built by the
//! real binary: source previews in headless Chromium (hover, keyboard focus, tap, Esc,
//! inside a 320 px viewport, nothing moves when one opens), search, no sideways scroll
//! at 320 px, zero axe-core violations on every page in light and dark, zero errors from
//! the W3C Nu Html Checker, and the page weight of the flagship brief.
//!
//! Needs chromium, java, and the npm test tools (`npm ci`: axe-core, vnu-jar). Under
//! `CI=true` a missing tool is a failure; elsewhere the test prints why it skipped.

#[path = "reader/browser.rs"]
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

/// A citation in the flagship brief that follows a verified quote (AP, para. 9:
/// “It can be lithium. It can be titanium, uranium, many others”).
const QUOTED: &str = "cite-1-f";

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

    let (x, y) = centre_of(&mut browser, QUOTED);
    browser.mouse_move(x, y);
    let state = shown(&mut browser);
    assert_eq!(state["role"], "tooltip", "{state}");
    assert_eq!(state["describedby"], serde_json::json!([QUOTED]), "{state}");
    let text = state["text"].as_str().unwrap_or_default();
    assert!(text.contains("Samya Kullab"), "the full reference: {text}");
    assert!(text.contains("Associated Press"), "{text}");
    assert!(text.contains("para. 9"), "the locator: {text}");
    assert!(
        text.contains("It can be lithium. It can be titanium, uranium, many others"),
        "the quoted passage: {text}"
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

    let (x, y) = centre_of(&mut browser, QUOTED);
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
    assert!(text.contains("It can be lithium"), "{text}");
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
    assert_eq!(browser.eval("document.activeElement.id"), QUOTED);

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
}

/// Every page of the flagship site, at 1280 and 320 px, in light and dark: zero axe-core
/// violations and no sideways scroll on a phone. The flagship brief is also checked with
/// a preview open.
#[test]
fn axe_finds_no_violations_on_any_page() {
    let Some(chromium) = chromium("axe_finds_no_violations_on_any_page") else {
        return;
    };
    let Some(axe) = require(
        "axe_finds_no_violations_on_any_page",
        site::node_module("axe-core/axe.min.js"),
        "node_modules/axe-core is missing (run `npm ci`)",
    ) else {
        return;
    };
    let axe = fs::read_to_string(axe).expect("read axe.min.js");
    let built = Built::flagship();
    let addr = built.serve();
    let mut browser = Browser::launch(&chromium, &[]);
    let mut failures = Vec::new();
    let run = "axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => \
               v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))";
    for (width, mobile) in [(1280, false), (320, true)] {
        browser.viewport(width, 800, mobile);
        for scheme in ["light", "dark"] {
            browser.color_scheme(scheme);
            for page in built.pages() {
                let query = if page.starts_with("search/") {
                    "?q=deal"
                } else {
                    ""
                };
                browser.open(&format!("http://{addr}/{page}{query}"));
                if !query.is_empty() {
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
                browser.eval(&axe);
                if page == FLAGSHIP {
                    browser.eval(&format!("document.getElementById('{QUOTED}').focus(); 1"));
                    shown(&mut browser);
                }
                let violations = browser.eval(run);
                for v in violations.as_array().into_iter().flatten() {
                    failures.push(format!(
                        "{page} ({width} px, {scheme}): {}",
                        v.as_str().unwrap_or("?")
                    ));
                }
            }
        }
    }
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
    let output = Command::new(java)
        .arg("-jar")
        .arg(vnu)
        .args(["--errors-only", "--format", "json"])
        .args(&pages)
        .output()
        .expect("run vnu");
    let report: Value = serde_json::from_slice(&output.stderr).unwrap_or_else(|e| {
        panic!(
            "vnu printed no JSON ({e}):\n{}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let errors: Vec<String> = report["messages"]
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
        .collect();
    assert!(errors.is_empty(), "Nu Html Checker:\n{}", errors.join("\n"));
    assert!(output.status.success(), "vnu exited with {}", output.status);
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

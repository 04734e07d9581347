//! What the server adds to HTML responses, and only to responses: the live-reload script
//! and, while the last rebuild has failed, the error overlay. `brief build` never writes
//! either, and the snapshot stays byte-identical to a build.
//!
//! The script listens on [`EVENTS_PATH`], a root-relative path: the preview is always
//! served at `/`, whatever `base_url` says. It reloads when a rebuild changed the page it
//! shows (the server tells it which output paths it was served from), anything that is
//! not a page (a stylesheet may style it), or the overlay; it keeps the scroll position
//! across the reload in `sessionStorage`.

use crate::diagnostic::Diagnostic;

/// The event stream of rebuilds (Server-Sent Events).
pub const EVENTS_PATH: &str = "/__brief/events";

/// The prefix reserved for the server's own endpoints.
pub const RESERVED_PREFIX: &str = "/__brief/";

/// The element id of the overlay, for tests and for the script.
pub const OVERLAY_ID: &str = "__brief-overlay";

/// The element id of the warnings panel, shown while the last good build had warnings.
pub const WARNINGS_ID: &str = "__brief-warnings";

/// The element id of the reload script.
pub const SCRIPT_ID: &str = "__brief-live";

const SCRIPT: &str = r#"(function (cfg) {
  var key = "__brief_scroll:" + location.pathname;
  try {
    var saved = sessionStorage.getItem(key);
    if (saved) {
      sessionStorage.removeItem(key);
      var xy = JSON.parse(saved);
      var restore = function () { window.scrollTo(xy[0], xy[1]); };
      if (document.readyState === "complete") { restore(); } else { window.addEventListener("load", restore); }
    }
  } catch (e) {}
  ["__brief-overlay", "__brief-warnings"].forEach(function (id) {
    var panel = document.getElementById(id);
    if (!panel) { return; }
    var close = panel.querySelector("button");
    if (close) { close.addEventListener("click", function () { panel.remove(); }); }
  });
  if (!window.EventSource) { return; }
  var version = cfg.version;
  var reloading = false;
  function reload() {
    if (reloading) { return; }
    reloading = true;
    try { sessionStorage.setItem(key, JSON.stringify([window.scrollX, window.scrollY])); } catch (e) {}
    location.reload();
  }
  function affects(path) {
    return cfg.pages.indexOf(path) >= 0 || !/\.html?$/.test(path);
  }
  // Connected only while the page is shown: a browser allows six connections to a host,
  // and a hidden tab holding one would leave the seventh tab unable to load. Shown again
  // (the tab brought back, or the page restored by Back from the back-forward cache), it
  // connects anew, and the server's hello says whether the site changed meanwhile.
  var source = null;
  function connect() {
    if (source || document.visibilityState === "hidden") { return; }
    source = new EventSource(cfg.events);
    source.addEventListener("hello", function (e) {
      var msg = JSON.parse(e.data);
      if (msg.version !== version) { reload(); }
    });
    source.addEventListener("rebuild", function (e) {
      var msg = JSON.parse(e.data);
      if (msg.all || msg.changed.some(affects)) { reload(); } else { version = msg.version; }
    });
  }
  function disconnect() {
    if (source) { source.close(); source = null; }
  }
  connect();
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") { disconnect(); } else { connect(); }
  });
  window.addEventListener("pagehide", disconnect);
  window.addEventListener("pageshow", function (e) { if (e.persisted) { connect(); } });
})"#;

const OVERLAY_STYLE: &str = "#__brief-overlay{position:fixed;z-index:2147483647;top:1rem;left:50%;\
transform:translateX(-50%);width:min(60rem,calc(100vw - 2rem));max-height:calc(100vh - 2rem);\
overflow:auto;box-sizing:border-box;padding:1rem 1.25rem;background:#fff;color:#1a1a1a;\
border:2px solid #b00020;border-radius:6px;box-shadow:0 8px 32px rgba(0,0,0,.35);\
font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;text-align:left}\
#__brief-overlay h2{margin:0 2.5rem .75rem 0;font-size:1.05rem;color:#b00020}\
#__brief-overlay button{position:absolute;top:.5rem;right:.5rem;font-size:1.4rem;line-height:1;\
padding:.1rem .5rem;background:none;border:0;cursor:pointer;color:inherit}\
#__brief-overlay ol{margin:0;padding-left:1.25rem}#__brief-overlay li{margin:0 0 .9rem}\
#__brief-overlay code,#__brief-overlay pre{font:13px/1.4 ui-monospace,Menlo,Consolas,monospace}\
#__brief-overlay pre{margin:.35rem 0;padding:.5rem .75rem;background:#f4f4f4;color:#1a1a1a;\
white-space:pre-wrap;overflow-wrap:anywhere;border-radius:4px}\
#__brief-overlay .help{margin:.25rem 0 0;color:#444}";

/// The overlay for the errors of a failed rebuild: file, line, column, message and the
/// offending line, every piece escaped.
pub fn overlay(errors: &[&Diagnostic]) -> String {
    let count = errors.len();
    let mut html = format!(
        "<div id=\"{OVERLAY_ID}\" role=\"alertdialog\" aria-labelledby=\"{OVERLAY_ID}-title\">\
         <style>{OVERLAY_STYLE}</style>\
         <button type=\"button\" aria-label=\"Dismiss\" title=\"Dismiss\">\u{00d7}</button>\
         <h2 id=\"{OVERLAY_ID}-title\">brief: the last rebuild failed with {count} error{} \
         \u{2014} this is the last good page</h2><ol>",
        if count == 1 { "" } else { "s" }
    );
    items(&mut html, errors);
    html.push_str("</ol></div>");
    html
}

const WARNINGS_STYLE: &str = "#__brief-warnings{position:fixed;z-index:2147483646;bottom:1rem;right:1rem;\
width:min(36rem,calc(100vw - 2rem));max-height:40vh;overflow:auto;box-sizing:border-box;\
padding:.75rem 1rem;background:#fffbea;color:#1a1a1a;border:2px solid #8a5a00;border-radius:6px;\
box-shadow:0 4px 16px rgba(0,0,0,.25);font:14px/1.4 system-ui,-apple-system,'Segoe UI',sans-serif;text-align:left}\
#__brief-warnings h2{margin:0 2.5rem .5rem 0;font-size:1rem;color:#6b4500}\
#__brief-warnings button{position:absolute;top:.35rem;right:.35rem;font-size:1.3rem;line-height:1;\
padding:.1rem .5rem;background:none;border:0;cursor:pointer;color:inherit}\
#__brief-warnings ol{margin:0;padding-left:1.25rem}#__brief-warnings li{margin:0 0 .6rem}\
#__brief-warnings code,#__brief-warnings pre{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}\
#__brief-warnings pre{margin:.3rem 0;padding:.4rem .6rem;background:#f4f0e0;white-space:pre-wrap;\
overflow-wrap:anywhere;border-radius:4px}#__brief-warnings .help{margin:.2rem 0 0;color:#444}";

/// The panel for the warnings of a good build (unverified quotes above all): smaller
/// than the error overlay, in a corner, amber rather than red, and dismissible, since
/// the page under it is current.
pub fn warnings_panel(warnings: &[&Diagnostic]) -> String {
    let count = warnings.len();
    // Every HTML response carries the panel: a site with tens of thousands of warnings
    // lists the first few here, and all of them in the terminal.
    let shown = &warnings[..count.min(PANEL_WARNINGS)];
    let mut html = format!(
        "<div id=\"{WARNINGS_ID}\" role=\"region\" aria-labelledby=\"{WARNINGS_ID}-title\">\
         <style>{WARNINGS_STYLE}</style>\
         <button type=\"button\" aria-label=\"Dismiss\" title=\"Dismiss\">\u{00d7}</button>\
         <h2 id=\"{WARNINGS_ID}-title\">brief: {count} warning{}</h2><ol>",
        if count == 1 { "" } else { "s" }
    );
    items(&mut html, shown);
    html.push_str("</ol>");
    if count > shown.len() {
        html.push_str(&format!(
            "<p>and {} more: the terminal lists them all.</p>",
            count - shown.len()
        ));
    }
    html.push_str("</div>");
    html
}

/// How many warnings the panel lists.
const PANEL_WARNINGS: usize = 100;

/// One `<li>` per diagnostic: location, message, the line (windowed), help.
fn items(html: &mut String, diagnostics: &[&Diagnostic]) {
    for d in diagnostics {
        html.push_str("<li><code class=\"location\">");
        html.push_str(&escape(&location(d)));
        html.push_str("</code> ");
        html.push_str(&escape(&d.message));
        if let (Some(line), true) = (&d.source_line, d.line > 0) {
            let (shown, _) = crate::diagnostic::window(line, d.col);
            html.push_str("<pre>");
            html.push_str(&escape(&format!("{} | {shown}", d.line)));
            html.push_str("</pre>");
        }
        if let Some(help) = &d.help {
            html.push_str("<p class=\"help\">help: ");
            html.push_str(&escape(help));
            html.push_str("</p>");
        }
        html.push_str("</li>");
    }
}

/// `path:line:col: error`, as the terminal shows it.
fn location(d: &Diagnostic) -> String {
    let path = d.path.display();
    if d.line > 0 {
        format!("{path}:{}:{}: {}", d.line, d.col, d.severity)
    } else {
        format!("{path}: {}", d.severity)
    }
}

/// The reload script for a page served from the output paths `pages` at `version`.
pub fn script(version: &str, pages: &[&str]) -> String {
    let config = serde_json::json!({
        "version": version,
        "pages": pages,
        "events": EVENTS_PATH,
    });
    // JSON inside a <script> must not close it or open a comment.
    let config = config
        .to_string()
        .replace("</", "<\\/")
        .replace("<!--", "<\\!--");
    format!("<script id=\"{SCRIPT_ID}\">{SCRIPT}({config});</script>")
}

/// `page` with `snippet` inserted before its last `</body>` (or appended when it has
/// none).
pub fn into_page(page: &[u8], snippet: &str) -> Vec<u8> {
    let at = rfind_ignore_case(page, b"</body>").unwrap_or(page.len());
    let mut out = Vec::with_capacity(page.len() + snippet.len());
    out.extend_from_slice(&page[..at]);
    out.extend_from_slice(snippet.as_bytes());
    out.extend_from_slice(&page[at..]);
    out
}

fn rfind_ignore_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > haystack.len() {
        return None;
    }
    (0..=haystack.len() - needle.len())
        .rev()
        .find(|&i| haystack[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

/// Escapes text for HTML content and attribute values.
pub use crate::escape::html as escape;

/// A page for misses when the site has no `404.html` yet (e.g. its first build failed).
pub const FALLBACK_404: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<title>Not found</title></head><body><h1>Not found</h1>\
<p>Nothing is served at this address.</p></body></html>";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_before_the_last_body_end_tag() {
        let page = b"<html><body><p>`</body>` in text</p></BODY></html>";
        let out = into_page(page, "<x>");
        assert_eq!(
            String::from_utf8_lossy(&out),
            "<html><body><p>`</body>` in text</p><x></BODY></html>"
        );
        assert_eq!(into_page(b"<p>", "<x>"), b"<p><x>");
    }

    #[test]
    fn overlay_escapes_everything_from_the_file() {
        let text = "title: <script>alert(1)</script>\n";
        let d = Diagnostic::error("content/<a>.md", "bad & \"worse\"").at(text, 7);
        let html = overlay(&[&d]);
        assert!(html.contains("content/&lt;a&gt;.md:1:8: error"));
        assert!(html.contains("bad &amp; &quot;worse&quot;"));
        assert!(html.contains("1 | title: &lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!html.contains("<script>alert"));
    }

    /// Issue 14, item 3: a problem on a 50,000-character line shows a window around its
    /// column in the overlay and the warnings panel, not the whole line.
    #[test]
    fn long_lines_are_windowed() {
        let text = format!(
            "{}[@wrie]{}\n",
            "word ".repeat(10_000),
            " word".repeat(10_000)
        );
        let d = Diagnostic::error("content/a.md", "cites unknown source").at(&text, 50_000);
        for html in [overlay(&[&d]), warnings_panel(&[&d])] {
            assert!(html.len() < 6_000, "{} bytes", html.len());
            assert!(html.contains("[@wrie]") && html.contains('…'), "{html}");
        }
    }

    #[test]
    fn script_config_cannot_close_the_script() {
        let s = script("v1", &["a</script><script>x/index.html"]);
        assert_eq!(s.matches("</script>").count(), 1);
    }
}

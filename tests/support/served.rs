//! What the preview server adds to the HTML it serves (never to files a build writes),
//! and how a test takes it off again to compare a served page with a built one. Shared
//! by `tests/e2e` and `tests/hardening.rs`.

/// A served page without what the server injected (the reload script; the overlay and
/// the warnings panel).
pub fn strip_injected(page: &[u8]) -> Vec<u8> {
    let mut out = String::from_utf8_lossy(page).into_owned();
    for start in [
        "<div id=\"__brief-overlay\"",
        "<div id=\"__brief-warnings\"",
    ] {
        if let Some(a) = out.find(start) {
            let b = panel_end(&out, a).expect("the panel's end");
            out.replace_range(a..b, "");
        }
    }
    if let Some(a) = out.find("<script id=\"__brief-live\">") {
        let b = out[a..].find("</script>").expect("</script>") + a + "</script>".len();
        out.replace_range(a..b, "");
    }
    out.into_bytes()
}

/// Where a panel the server injected, starting at `start`, ends: its list, then the line
/// saying how many more the terminal lists (past the panel's first 100 warnings), then
/// its closing tag.
pub fn panel_end(text: &str, start: usize) -> Option<usize> {
    let list = start + text[start..].find("</ol>")? + "</ol>".len();
    let more = match text[list..].strip_prefix("<p>") {
        Some(rest) => list + "<p>".len() + rest.find("</p>")? + "</p>".len(),
        None => list,
    };
    text[more..]
        .starts_with("</div>")
        .then_some(more + "</div>".len())
}

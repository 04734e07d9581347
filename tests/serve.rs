//! `brief serve` against the serve section of SPEC.md: the real binary on a fixture site
//! in a tempdir, real files edited the ways editors edit them, real HTTP over a socket,
//! and one test in real headless Chromium. Waits poll (every 25 ms, up to 10 s); nothing
//! sleeps for a fixed time.

mod e2e;

use std::fs;
use std::process::Command;

use brief::build::BuildOptions;
use brief::preview::Preview;
use e2e::served::strip_injected;
use e2e::*;

/// How the overlay starts in a served page.
const OVERLAY: &str = "<div id=\"__brief-overlay\"";

// ---------------------------------------------------------------- serving

/// Pages come from memory with the right types; folders redirect to their slash.
#[test]
fn serves_the_site_with_content_types() {
    let site = Site::new();
    let server = Server::start(&site, &[]);
    let home = server.get("/");
    assert_eq!(home.status, 200);
    assert_eq!(
        home.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let page = server.get("/overview/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("The deal is close"));
    let css = server.get("/style.css");
    assert_eq!(css.status, 200);
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
    assert!(!css.text().contains("__brief"), "nothing injected into CSS");
    let redirect = server.get("/overview?x=1");
    assert_eq!(redirect.status, 308);
    assert_eq!(redirect.header("location"), Some("/overview/?x=1"));
    assert_eq!(server.get("/sources/ap/").status, 200);
    assert!(
        server.request("POST", "/", &[]).status == 405,
        "only GET and HEAD"
    );
    assert!(
        !site.path("public").exists(),
        "serve leaves public/ alone without --out"
    );
}

/// A miss gets the site's own 404 page with status 404.
#[test]
fn misses_get_the_sites_404_page() {
    let site = Site::new();
    let server = Server::start(&site, &[]);
    let own = strip_injected(&server.get("/404.html").body);
    let miss = server.get("/no/such/page/");
    assert_eq!(miss.status, 404);
    assert_eq!(strip_injected(&miss.body), own);
    assert!(miss.text().contains("__brief-live"), "404s reload too");
}

/// The preview's 404 page links within the preview, never to production: with
/// `base_url: https://example.org/sub/`, every link and stylesheet of a miss's page is a
/// path on the preview's own origin, and each one it links is served; the built 404
/// page still links through `base_url`, as a host serves it at any depth.
#[test]
fn the_previews_404_page_links_within_the_preview() {
    let site = Site::new();
    assert!(CONFIG.contains("base_url: https://example.org/sub/"));
    let server = Server::start(&site, &[]);
    let miss = server.get("/no/such/page/");
    assert_eq!(miss.status, 404);
    let html = miss.text();
    assert!(!html.contains("example.org"), "{html}");
    let doc = scraper::Html::parse_document(&html);
    let linked = scraper::Selector::parse("a[href], link[href], script[src]").unwrap();
    let targets: Vec<String> = doc
        .select(&linked)
        .filter_map(|e| e.value().attr("href").or_else(|| e.value().attr("src")))
        .map(str::to_owned)
        .collect();
    for needed in ["/", "/style.css", "/sources/", "/search/", "/favicon.svg"] {
        assert!(targets.iter().any(|t| t == needed), "{needed}: {targets:?}");
    }
    for target in &targets {
        if target.starts_with('#') {
            continue;
        }
        assert!(
            target.starts_with('/') && !target.starts_with("//"),
            "{target} leaves the preview"
        );
        assert_eq!(server.get(target).status, 200, "{target}");
    }

    let out = site.scratch().join("built");
    site.build_into(&out);
    let built = fs::read_to_string(out.join("404.html")).unwrap();
    assert!(
        built.contains("<link rel=\"stylesheet\" href=\"https://example.org/sub/style.css\">"),
        "{built}"
    );
}

/// `serve` shows drafts by default, under a visible "Draft" banner, so `brief new` then
/// `brief serve` shows the new brief; `--no-drafts` leaves them out, as `build` does.
#[test]
fn serve_shows_drafts_with_a_banner() {
    let site = Site::new();
    site.write(
        "content/wip.md",
        "---\ntitle: \"Work in progress\"\ndraft: true\nsources: [ap]\n---\nNot yet [@ap].\n",
    );
    let server = Server::start(&site, &[]);
    let page = server.get("/wip/");
    assert_eq!(page.status, 200);
    assert!(
        page.text()
            .contains("<p class=\"draft-flag\"><strong>Draft</strong>"),
        "{}",
        page.text()
    );
    drop(server);
    let server = Server::start(&site, &["--no-drafts"]);
    assert_eq!(server.get("/wip/").status, 404);
    assert_eq!(server.get("/overview/").status, 200);
}

/// HEAD answers the GET's headers without a body; If-None-Match gets a 304 until the
/// page changes.
#[test]
fn head_and_conditional_requests() {
    let site = Site::new();
    let server = Server::start(&site, &[]);
    let get = server.get("/overview/");
    let head = server.request("HEAD", "/overview/", &[]);
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert_eq!(
        head.header("content-length"),
        Some(get.body.len().to_string().as_str())
    );
    let etag = get.header("etag").expect("an etag").to_owned();
    assert_eq!(head.header("etag"), Some(etag.as_str()));
    let again = server.request("GET", "/overview/", &[("If-None-Match", &etag)]);
    assert_eq!(again.status, 304);
    assert!(again.body.is_empty());
    site.write(
        "content/overview.md",
        &brief("Overview", "The deal is signed"),
    );
    let changed = server.wait_for_text("/overview/", "The deal is signed");
    assert_ne!(changed.header("etag"), Some(etag.as_str()));
    let fresh = server.request("GET", "/overview/", &[("If-None-Match", &etag)]);
    assert_eq!(fresh.status, 200);
}

/// Nothing outside the snapshot can be named: traversal in every spelling fails, and
/// the site's sources are not served.
#[test]
fn requests_never_reach_outside_the_preview() {
    let site = Site::new();
    let server = Server::start(&site, &[]);
    for path in [
        "/../brief.yaml",
        "/%2e%2e/brief.yaml",
        "/%2E%2E/%2e%2e/brief.yaml",
        "/..%2fbrief.yaml",
        "/overview/..%2f..%2fbrief.yaml",
        "/content/overview.md",
        "/brief.yaml",
        "/seeds/ap.md",
        "/\\..\\brief.yaml",
        "/%5c..%5cbrief.yaml",
        "/overview/%00",
        "//etc/passwd",
        "/__brief/anything",
    ] {
        let r = server.get(path);
        assert!(
            r.status == 400 || r.status == 404,
            "{path} answered {}",
            r.status
        );
        assert!(!r.text().contains("base_url"), "{path} leaked brief.yaml");
        assert!(!r.text().contains("sources: [ap]"), "{path} leaked a brief");
    }
}

/// On loopback only requests for this machine's names are answered (DNS rebinding);
/// no CORS header invites other origins.
#[test]
fn host_header_guard() {
    let site = Site::new();
    let server = Server::start(&site, &[]);
    let evil = server.request("GET", "/", &[("Host", "evil.example")]);
    assert_eq!(evil.status, 403);
    let evil_port = server.request("GET", "/", &[("Host", "evil.example:1111")]);
    assert_eq!(evil_port.status, 403);
    for host in ["localhost", "localhost:8080", "127.0.0.1", "[::1]:1111"] {
        let r = server.request("GET", "/", &[("Host", host)]);
        assert_eq!(r.status, 200, "{host}");
        assert_eq!(r.header("access-control-allow-origin"), None);
    }
    let events = server.request("GET", "/__brief/events", &[("Host", "evil.example")]);
    assert_eq!(events.status, 403);
}

/// The reload script is in served HTML, never in what `brief build` writes.
#[test]
fn reload_script_only_in_served_html() {
    let site = Site::new();
    let server = Server::start(&site, &[]);
    let page = server.get("/overview/").text();
    let script = page.find("<script id=\"__brief-live\">").expect("script");
    let body_end = page.rfind("</body>").expect("</body>");
    assert!(script < body_end, "injected before </body>");
    assert!(page.contains("/__brief/events"), "root-relative stream");
    let out = site.scratch().join("built");
    site.build_into(&out);
    for (path, bytes) in files_under(&out) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("__brief"), "{path} has serve's injection");
    }
}

/// A port in use is skipped for the next free one, with a message.
#[test]
fn taken_port_falls_back_to_the_next() {
    let site = Site::new();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port().to_string();
    let server = Server::start(&site, &["--port", &port]);
    assert_ne!(server.addr.port().to_string(), port);
    assert!(
        server
            .stdout
            .text()
            .contains(&format!("port {port} is in use"))
    );
    assert_eq!(server.get("/").status, 200);
}

// ---------------------------------------------------------------- watching

/// A plain save of a brief: the new text is served, and one line says what changed.
#[test]
fn editing_a_brief_serves_the_new_text() {
    let site = Site::new();
    let server = Server::start(&site, &[]);
    site.write(
        "content/overview.md",
        &brief("Overview", "The deal is signed"),
    );
    server.wait_for_text("/overview/", "The deal is signed");
    let line = wait_for("a rebuild line", || server.rebuilds().pop());
    assert!(line.contains("content/overview.md"), "{line}");
    assert!(line.contains("rendered") && line.contains(" ms"), "{line}");
}

/// Atomic save (vim, VS Code, JetBrains): a temp file renamed over the brief.
#[test]
fn atomic_rename_save() {
    let site = Site::new();
    let server = Server::start(&site, &[]);
    site.write_atomically(
        "content/overview.md",
        ".overview.md.tmp1234",
        &brief("Overview", "Renamed into place"),
    );
    server.wait_for_text("/overview/", "Renamed into place");
    site.write_atomically(
        "content/overview.md",
        "overview.md.new",
        &brief("Overview", "Second rename"),
    );
    server.wait_for_text("/overview/", "Second rename");
    assert_eq!(server.get("/overview.md.new/").status, 404);
}

/// Delete and recreate (some editors, `git stash`).
#[test]
fn delete_and_recreate() {
    let site = Site::new();
    let server = Server::start(&site, &[]);
    site.remove("content/overview.md");
    site.write("content/overview.md", &brief("Overview", "Recreated text"));
    server.wait_for_text("/overview/", "Recreated text");
}

/// Many files at once (`git checkout`): all arrive, in one rebuild or very few.
#[test]
fn many_files_at_once() {
    let site = Site::new();
    let server = Server::start(&site, &[]);
    let before = server.rebuilds().len();
    for i in 0..30 {
        site.write(
            &format!("content/batch/b{i:02}.md"),
            &brief(&format!("Batch {i}"), &format!("Batch text {i}")),
        );
    }
    site.write("content/overview.md", &brief("Overview", "Batch overview"));
    server.wait_for_text("/overview/", "Batch overview");
    for i in 0..30 {
        server.wait_for_text(&format!("/batch/b{i:02}/"), &format!("Batch text {i}"));
    }
    let rebuilds = server.rebuilds().len() - before;
    // One rebuild when the machine is idle; a loaded CI machine may split the burst.
    assert!(
        rebuilds <= 3,
        "31 files written together took {rebuilds} rebuilds:\n{}",
        server.stdout.text()
    );
}

/// Swap, backup and lock files never trigger a rebuild.
#[test]
fn swap_files_are_ignored() {
    let site = Site::new();
    let server = Server::start(&site, &[]);
    for name in [
        ".overview.md.swp",
        ".overview.md.swx",
        "overview.md~",
        "4913",
        ".#overview.md",
        "#overview.md#",
    ] {
        site.write(&format!("content/{name}"), "junk: [");
    }
    // Then a real change: once its rebuild is printed, the swap files' events (earlier)
    // have been dealt with.
    site.write("content/marker.md", &brief("Marker", "Marker text"));
    server.wait_for_text("/marker/", "Marker text");
    let rebuilds = server.rebuilds();
    assert_eq!(rebuilds.len(), 1, "{rebuilds:?}");
    assert!(
        rebuilds[0].starts_with("changed content/marker.md:"),
        "{rebuilds:?}"
    );
}

/// A new brief appears; a deleted one answers 404 with the site's 404 page.
#[test]
fn new_and_deleted_briefs() {
    let site = Site::new();
    let server = Server::start(&site, &[]);
    assert_eq!(server.get("/fresh/").status, 404);
    site.write("content/fresh.md", &brief("Fresh", "Brand new brief"));
    server.wait_for_text("/fresh/", "Brand new brief");
    server.wait_for_text("/", "Fresh");
    site.remove("content/fresh.md");
    let gone = server.wait_for_status("/fresh/", 404);
    let own = strip_injected(&server.get("/404.html").body);
    assert_eq!(strip_injected(&gone.body), own);
}

/// Folders created after the server started are watched: a first `static/`, a nested
/// content folder.
#[test]
fn folders_created_later_are_watched() {
    let site = Site::new();
    let server = Server::start(&site, &[]);
    site.write("static/notes/hello.txt", "hello from static");
    let r = server.wait_for_text("/notes/hello.txt", "hello from static");
    assert_eq!(r.header("content-type"), Some("text/plain; charset=utf-8"));
    site.write("static/notes/hello.txt", "hello again");
    server.wait_for_text("/notes/hello.txt", "hello again");
    site.write("content/deep/er/nested.md", &brief("Nested", "Deep text"));
    server.wait_for_text("/deep/er/nested/", "Deep text");
}

/// Broken front matter: the last good page is served under an overlay naming
/// file:line:col; the terminal shows the same; fixing the file clears it.
#[test]
fn broken_front_matter_shows_the_overlay_until_fixed() {
    let site = Site::new();
    let server = Server::start(&site, &[]);
    // Rendered before it breaks: a page never rendered has no last good version to show.
    assert_eq!(server.get("/overview/").status, 200);
    site.write("content/overview.md", BROKEN);
    let page = server.wait_for_text("/overview/", OVERLAY);
    let text = page.text();
    assert_eq!(page.status, 200);
    assert!(text.contains("The deal is close"), "the last good page");
    assert!(text.contains("content/overview.md:2:8: error"), "{text}");
    assert!(text.contains("2 | title: [unclosed"), "the offending line");
    assert!(server.get("/").text().contains(OVERLAY), "on every page");
    wait_for("the diagnostic on stderr", || {
        server
            .stderr
            .text()
            .contains("content/overview.md:2:8: error")
            .then_some(())
    });
    site.write("content/overview.md", &brief("Overview", "Fixed text"));
    let fixed = server.wait_for_text("/overview/", "Fixed text");
    assert!(!fixed.text().contains(OVERLAY));
}

/// A page whose template fails only when it renders (an undefined field: `brief build`
/// fails on it) is rendered on request by `serve`, so the error is met at the request:
/// it is answered 500 with the overlay naming the template's line, printed, and the page
/// renders once the template is mended. (It was a silent 404, nothing printed.)
#[test]
fn a_template_error_at_render_time_is_shown_not_a_404() {
    let site = Site::new();
    site.write("brief.yaml", &format!("{CONFIG}theme: mine\n"));
    site.write(
        "themes/mine/templates/brief.html",
        "{% extends \"builtin/brief.html\" %}\n{% block title %}{{ brief.nope.deeper }}{% endblock title %}\n",
    );
    let server = Server::start(&site, &[]);
    assert_eq!(server.get("/").status, 200, "the home page renders");
    let page = server.get("/overview/");
    let text = page.text();
    assert_eq!(page.status, 500, "{text}");
    assert!(text.contains(OVERLAY), "{text}");
    assert!(
        text.contains("themes/mine/templates/brief.html:2:") && text.contains("nope"),
        "{text}"
    );
    wait_for("the error on stderr", || {
        let said = server.stderr.text();
        (said.contains("themes/mine/templates/brief.html:2:")
            && said.contains("overview/index.html did not render"))
        .then_some(())
    });
    // Asked again, and by its bare path (redirected to the folder), it fails the same
    // way: answered as failed each time, printed once.
    assert_eq!(server.get("/overview/").status, 500);
    assert_eq!(server.get("/overview").status, 308);
    assert_eq!(server.get("/overview/").status, 500);
    let said = server.stderr.text();
    assert_eq!(
        said.matches("overview/index.html did not render").count(),
        1,
        "{said}"
    );
    site.write(
        "themes/mine/templates/brief.html",
        "{% extends \"builtin/brief.html\" %}\n{% block title %}Mended: {{ brief.title }}{% endblock title %}\n",
    );
    let mended = server.wait_for_text("/overview/", "Mended: Overview");
    assert_eq!(mended.status, 200);
    assert!(!mended.text().contains(OVERLAY));
}

/// No sequence of edits stops the server: garbage everywhere, then a good site again.
#[test]
fn the_server_survives_any_edit() {
    let site = Site::new();
    let server = Server::start(&site, &[]);
    site.write("brief.yaml", "title: [\n\0\u{feff}");
    site.write("seeds/ap.md", "---\n---\n---");
    site.write("content/overview.md", "\u{0}\u{1}---\n");
    site.write("themes/x/templates/base.html", "{% broken");
    site.write("content/empty.md", "");
    server.wait_for_text("/", OVERLAY);
    fs::remove_dir_all(site.path("content")).expect("rm content");
    fs::remove_dir_all(site.path("themes")).expect("rm themes");
    site.write("brief.yaml", CONFIG);
    site.write("seeds/ap.md", SEED);
    site.write("content/overview.md", &brief("Overview", "Back again"));
    let page = server.wait_for_text("/overview/", "Back again");
    assert!(!page.text().contains(OVERLAY));
}

/// A site broken from the start is still served: misses show the overlay over a
/// stand-in 404 page until the site builds.
#[test]
fn starts_on_a_broken_site() {
    let site = Site::new();
    site.write("content/overview.md", BROKEN);
    let server = Server::start(&site, &[]);
    let home = server.get("/");
    assert_eq!(home.status, 404);
    assert!(home.text().contains(OVERLAY));
    assert!(home.text().contains("content/overview.md:2:8: error"));
    let said = server.stdout.text();
    assert!(said.contains("failed with 1 error"), "{said}");
    assert!(
        said.contains("no page can be shown until they are fixed")
            && !said.contains("last good pages"),
        "there are no last good pages to serve: {said}"
    );
    site.write("content/overview.md", &brief("Overview", "Now it builds"));
    let page = server.wait_for_text("/overview/", "Now it builds");
    assert!(!page.text().contains(OVERLAY));
    site.write("content/overview.md", BROKEN);
    wait_for("a failed rebuild after a good one", || {
        server
            .stdout
            .text()
            .contains("still serving the last good pages")
            .then_some(())
    });
}

/// The reload stream names the output paths each rebuild changed: among pages, those
/// rendered so far (a page no browser has asked for is not rendered to find out).
#[test]
fn events_name_the_changed_pages() {
    let site = Site::new();
    let server = Server::start(&site, &[]);
    assert_eq!(server.get("/overview/").status, 200);
    let events = EventStream::connect(server.addr);
    let hello = events.next("hello");
    assert!(hello.data.contains("\"version\""));
    site.write("content/overview.md", &brief("Overview", "Evented text"));
    let rebuild = events.next("rebuild");
    let message: serde_json::Value = serde_json::from_str(&rebuild.data).expect("json");
    let changed: Vec<&str> = message["changed"]
        .as_array()
        .expect("changed")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert!(changed.contains(&"overview/index.html"), "{changed:?}");
    assert_eq!(message["all"], false);
    site.write("content/overview.md", BROKEN);
    let failed = events.next("rebuild");
    assert!(failed.data.contains("\"all\":true"), "{}", failed.data);
}

/// With `--out`, each good build is also written there, atomically; the site's
/// `public/` stays untouched.
#[test]
fn out_folder_gets_each_good_build() {
    let site = Site::new();
    let out = site.scratch().join("preview-out");
    let server = Server::start(&site, &["--out", out.to_str().expect("utf-8")]);
    wait_for("the first write to --out", || {
        out.join("overview/index.html").is_file().then_some(())
    });
    site.write("content/overview.md", &brief("Overview", "Written out"));
    wait_for("--out updated", || {
        fs::read_to_string(out.join("overview/index.html"))
            .ok()?
            .contains("Written out")
            .then_some(())
    });
    site.write("content/overview.md", BROKEN);
    server.wait_for_text("/", OVERLAY);
    let kept = fs::read_to_string(out.join("overview/index.html")).expect("kept");
    assert!(
        kept.contains("Written out"),
        "a failed build leaves --out as it was"
    );
    assert!(!kept.contains("__brief"));
    assert!(!site.path("public").exists());
}

/// A write to `--out` refused (a file brief did not write appeared there) is tried again
/// at the next good rebuild, even one that changes no page.
#[test]
fn out_folder_failed_write_is_retried_at_the_next_change() {
    let site = Site::new();
    site.write("content/other.md", &brief("Other", "Other text"));
    let out = site.scratch().join("preview-out");
    let server = Server::start(&site, &["--out", out.to_str().expect("utf-8")]);
    wait_for("the first write to --out", || {
        out.join("overview/index.html").is_file().then_some(())
    });
    fs::write(out.join("CNAME"), "example.org\n").expect("a foreign file");
    site.write("content/overview.md", &brief("Overview", "Edited once"));
    wait_for("the write refused", || {
        let said = server.stdout.text() + &server.stderr.text();
        said.contains("could not write the preview").then_some(())
    });
    fs::remove_file(out.join("CNAME")).expect("removed");
    // Saved again unchanged: no page changes, but --out is behind.
    site.write("content/other.md", &brief("Other", "Other text"));
    wait_for("--out written again", || {
        fs::read_to_string(out.join("overview/index.html"))
            .ok()?
            .contains("Edited once")
            .then_some(())
    });
}

/// A dotfile added to `static/` (`.nojekyll`), which the build publishes, is seen by the
/// watcher and served; an editor's swap file there is not.
#[test]
fn static_dotfiles_are_watched_and_served() {
    let site = Site::new();
    site.write("static/robots.txt", "User-agent: *\n");
    let server = Server::start(&site, &[]);
    assert_eq!(server.get("/.nojekyll").status, 404);
    site.write("static/.nojekyll", "");
    site.write("static/.x.swp", "swap");
    server.wait_for_status("/.nojekyll", 200);
    assert_eq!(server.get("/.x.swp").status, 404);
}

/// An `--out` inside an input folder is refused before anything starts (exit 2).
#[test]
fn bad_out_is_a_usage_error() {
    let site = Site::new();
    let status = Command::new(BIN)
        .args(["serve", "--port", "0", "--out"])
        .arg(site.path("content/out"))
        .arg("--root")
        .arg(&site.root)
        .output()
        .expect("run");
    assert_eq!(status.status.code(), Some(2));
}

/// Ctrl-C stops the server cleanly, even with a page listening for reloads.
#[cfg(unix)]
#[test]
fn ctrl_c_stops_cleanly() {
    let site = Site::new();
    let mut server = Server::start(&site, &[]);
    let _events = EventStream::connect(server.addr);
    let _ = _events.next("hello");
    let sent = Command::new("kill")
        .args(["-INT", &server.pid().to_string()])
        .status()
        .expect("kill -INT");
    assert!(sent.success());
    let status = server.wait_exit().expect("exited");
    assert!(status.success(), "{status}");
}

// ---------------------------------------------------------------- same bytes as build

/// After a run of edits, every file the server serves is what `brief build` writes for
/// the final files, byte for byte (once the injected script is taken out).
#[test]
fn served_files_equal_a_full_build() {
    let site = Site::new();
    let server = Server::start(&site, &[]);
    site.write("content/deal/terms.md", &brief("Terms", "Terms text"));
    site.write("content/overview.md", &brief("Overview", "Final overview"));
    site.write("static/extra.css", "p { color: red }");
    server.wait_for_text("/deal/terms/", "Terms text");
    server.wait_for_text("/overview/", "Final overview");
    server.wait_for_text("/extra.css", "color: red");
    let out = site.scratch().join("built");
    site.build_into(&out);
    for (path, bytes) in site_files_under(&out) {
        let served = server.get(&format!("/{path}"));
        assert_eq!(served.status, 200, "{path}");
        let served = if path.ends_with(".html") {
            strip_injected(&served.body)
        } else {
            served.body
        };
        assert!(
            served == previewed(&path, bytes),
            "{path} differs from brief build"
        );
    }
}

/// A fresh server renders each page when it is first requested: every file of a
/// `brief build`, asked for once over HTTP (in reverse order), is served with the
/// build's bytes, and a folder path without its slash still redirects to a page never
/// rendered.
#[test]
fn pages_rendered_on_request_equal_a_full_build() {
    let site = Site::new();
    site.write("content/deal/terms.md", &brief("Terms", "Terms text"));
    let out = site.scratch().join("built");
    site.build_into(&out);
    let server = Server::start(&site, &[]);
    let redirect = server.get("/deal/terms");
    assert_eq!(redirect.status, 308);
    let mut files = site_files_under(&out);
    files.reverse();
    for (path, bytes) in files {
        let served = server.get(&format!("/{path}"));
        assert_eq!(served.status, 200, "{path}");
        let served = if path.ends_with(".html") {
            strip_injected(&served.body)
        } else {
            served.body
        };
        assert!(
            served == previewed(&path, bytes),
            "{path} differs from brief build"
        );
    }
    assert_eq!(server.get("/no/such/page/").status, 404);
}

/// The search index is made on request too: its files asked for, then changed by an
/// edit, are named in the reload message, and asked for again they are served with the
/// bytes of a build of the edited site.
#[test]
fn search_files_requested_after_an_edit_equal_a_full_build() {
    let site = Site::new();
    let server = Server::start(&site, &[]);
    let before = site.scratch().join("before");
    site.build_into(&before);
    let search = |dir: &std::path::Path| -> Vec<(String, Vec<u8>)> {
        let mut files = site_files_under(dir);
        files.retain(|(path, _)| path.starts_with("search/") && path.ends_with(".json"));
        files
    };
    let asked = search(&before);
    assert!(
        asked.iter().any(|(p, _)| p == "search/index.json"),
        "{asked:?}"
    );
    for (path, bytes) in &asked {
        let served = server.get(&format!("/{path}"));
        assert!(served.status == 200 && served.body == *bytes, "{path}");
    }
    let events = EventStream::connect(server.addr);
    events.next("hello");
    site.write(
        "content/overview.md",
        &brief("Overview", "Zebras graze quietly"),
    );
    let rebuild = events.next("rebuild");
    assert!(
        rebuild.data.contains("search/index.json"),
        "{}",
        rebuild.data
    );
    let out = site.scratch().join("built");
    site.build_into(&out);
    for (path, bytes) in search(&out) {
        let served = server.get(&format!("/{path}"));
        assert!(
            served.status == 200 && served.body == bytes,
            "{path} differs from brief build"
        );
    }
}

/// At library level: a preview that renders on request renders nothing up front, the
/// page asked for alone, with the build's bytes, and after an edit re-renders only the
/// pages it kept.
#[test]
fn a_page_not_requested_is_not_rendered() {
    let site = Site::new();
    let (mut preview, first) = Preview::on_request(BuildOptions::new(&site.root));
    assert!(first.ok);
    assert_eq!(preview.pages_rendered(), 0);
    let out = site.scratch().join("built");
    site.build_into(&out);
    let built: std::collections::BTreeMap<String, Vec<u8>> =
        site_files_under(&out).into_iter().collect();
    let page = preview.page("overview/index.html").expect("a page");
    assert_eq!(&page[..], &built["overview/index.html"][..]);
    assert_eq!(preview.pages_rendered(), 1);
    let pages: Vec<&String> = built.keys().filter(|k| k.ends_with(".html")).collect();
    assert!(pages.len() > 3, "{pages:?}");
    for page in pages {
        assert_eq!(
            preview.snapshot().contains_key(page.as_str()),
            page == "overview/index.html",
            "{page}"
        );
    }
    site.write("content/overview.md", &brief("Overview", "Edited"));
    let rebuild = preview.rebuild(&[site.path("content/overview.md")]);
    assert!(rebuild.ok);
    assert_eq!(rebuild.rendered, 1);
    assert_eq!(preview.pages_rendered(), 2);
}

/// What the preview serves for a built file: the same bytes, except that the 404 page
/// links through `/`, the preview's own root, where the build's links through
/// `base_url` (see `the_previews_404_page_links_within_the_preview`).
fn previewed(path: &str, built: Vec<u8>) -> Vec<u8> {
    if path != "404.html" {
        return built;
    }
    let text = String::from_utf8(built).expect("404.html is UTF-8");
    text.replace("=\"https://example.org/sub/", "=\"/")
        .into_bytes()
}

/// The same at library level, with nothing to strip: a `Preview` rebuilt with the
/// changed paths, as serve calls it, holds exactly the files of a full build.
#[test]
fn preview_snapshot_equals_a_full_build() {
    let site = Site::new();
    let (mut preview, first) = Preview::new(BuildOptions::new(&site.root));
    assert!(first.ok);
    let edits: [(&str, Option<String>); 4] = [
        ("content/overview.md", Some(brief("Overview", "Edited"))),
        ("content/extra.md", Some(brief("Extra", "Extra text"))),
        ("static/site.css", Some("body { margin: 0 }".into())),
        ("content/extra.md", None),
    ];
    for (rel, text) in edits {
        match text {
            Some(t) => site.write(rel, &t),
            None => site.remove(rel),
        }
        let rebuild = preview.rebuild(&[site.path(rel)]);
        assert!(rebuild.ok, "{rel}");
    }
    let out = site.scratch().join("built");
    site.build_into(&out);
    let built = site_files_under(&out);
    let snapshot = preview.snapshot();
    let keys: Vec<&String> = snapshot.keys().collect();
    let built_keys: Vec<&String> = built.iter().map(|(p, _)| p).collect();
    assert_eq!(keys, built_keys);
    for (path, bytes) in built {
        assert!(
            *snapshot[&path] == previewed(&path, bytes),
            "{path} differs"
        );
    }
}

// ---------------------------------------------------------------- in a browser

/// In headless Chromium: a page reloads by itself when its brief changes (keeping its
/// scroll position), shows the overlay when the front matter breaks, and clears it when
/// fixed. Skipped only when Chromium is missing outside CI.
#[test]
fn live_reload_in_chromium() {
    let Some(binary) = e2e::chromium::find() else {
        if std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false") {
            panic!("CI is set but chromium is not installed");
        }
        eprintln!(
            "SKIPPED live_reload_in_chromium: chromium is not installed (set CI=true to make this a failure)"
        );
        return;
    };
    let site = Site::new();
    let long_body: String = (0..150)
        .map(|i| format!("Paragraph {i} of a long brief.\n\n"))
        .collect();
    site.write(
        "content/overview.md",
        &brief("Overview", &format!("{long_body}First text")),
    );
    let server = Server::start(&site, &[]);
    let mut browser = e2e::chromium::Browser::launch(&binary, &[]);
    browser.navigate(&server.url("/overview/"));
    let has = |b: &mut e2e::chromium::Browser, needle: &str| {
        let expr = format!(
            "document.readyState === 'complete' && document.body.innerText.includes({})",
            serde_json::Value::String(needle.into())
        );
        b.try_eval(&expr) == serde_json::Value::Bool(true)
    };
    wait_for("the page in chromium", || {
        has(&mut browser, "First text").then_some(())
    });
    // Marks this document; a reload replaces it.
    browser.try_eval("window.__testMarker = 1; window.scrollTo(0, 900); window.scrollY");
    site.write(
        "content/overview.md",
        &brief("Overview", &format!("{long_body}Second text")),
    );
    wait_for("the reload with the new text", || {
        has(&mut browser, "Second text").then_some(())
    });
    assert_eq!(browser.try_eval("window.__testMarker === undefined"), true);
    wait_for("the scroll position restored", || {
        (browser.try_eval("window.scrollY") == 900).then_some(())
    });

    site.write("content/overview.md", BROKEN);
    // The overlay is in the page's HTML, so it can be found while the document is still
    // being parsed, its close button read but not yet the error: poll for the error.
    wait_for("the overlay with the error in the DOM", || {
        let text = browser.try_eval(
            "(function(){var o=document.getElementById('__brief-overlay');return o&&o.innerText;})()",
        );
        text.as_str()
            .is_some_and(|t| t.contains("content/overview.md:2:8"))
            .then_some(())
    });
    // `has` waits for `readyState === 'complete'`, so poll rather than assert once.
    wait_for("the last good page underneath", || {
        has(&mut browser, "Second text").then_some(())
    });

    site.write(
        "content/overview.md",
        &brief("Overview", &format!("{long_body}Third text")),
    );
    wait_for("the overlay gone and the fixed text", || {
        let gone = browser.try_eval("document.getElementById('__brief-overlay') === null");
        (gone == true && has(&mut browser, "Third text")).then_some(())
    });
}

/// In headless Chromium: a page brought back by Back (from the back-forward cache, its
/// event stream closed when it was left) connects again, so an edit made while it was
/// away, and one made after, still reload it.
#[test]
fn live_reload_after_back_in_chromium() {
    let Some(binary) = e2e::chromium::find() else {
        if std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false") {
            panic!("CI is set but chromium is not installed");
        }
        eprintln!(
            "SKIPPED live_reload_after_back_in_chromium: chromium is not installed (set CI=true to make this a failure)"
        );
        return;
    };
    let site = Site::new();
    site.write("content/other.md", &brief("Other", "Other text"));
    let server = Server::start(&site, &[]);
    let mut browser = e2e::chromium::Browser::launch(&binary, &[]);
    let has = |b: &mut e2e::chromium::Browser, needle: &str| {
        let expr = format!(
            "document.readyState === 'complete' && document.body.innerText.includes({})",
            serde_json::Value::String(needle.into())
        );
        b.try_eval(&expr) == serde_json::Value::Bool(true)
    };
    browser.open(&server.url("/overview/"));
    browser.open(&server.url("/other/"));
    // Edited while the page is away, then brought back by Back.
    site.write("content/overview.md", &brief("Overview", "Edited away"));
    wait_for("the rebuild", || {
        server
            .get("/overview/")
            .text()
            .contains("Edited away")
            .then_some(())
    });
    browser.try_eval("history.back()");
    wait_for("the page back, with the edit made while away", || {
        has(&mut browser, "Edited away").then_some(())
    });
    browser.try_eval("window.__testMarker = 1");
    site.write("content/overview.md", &brief("Overview", "Edited after"));
    wait_for("the reload with the edit made after Back", || {
        has(&mut browser, "Edited after").then_some(())
    });
    assert_eq!(browser.try_eval("window.__testMarker === undefined"), true);
}

/// A page with more warnings than the panel lists (it shows 100 and says how many more
/// the terminal has) is still the built page once what the server added is taken off.
#[test]
fn a_page_with_over_a_hundred_warnings_is_the_built_page_under_its_panel() {
    let site = Site::new();
    // 120 uncited figures: a "citation needed" warning each.
    let body: String = (1..=120)
        .map(|i| format!("In {}, about {i} percent of mines were idle.\n\n", 1900 + i))
        .collect();
    site.write("content/overview.md", &brief("Overview", &body));
    let built = site.scratch().join("built");
    site.build_into(&built);
    let server = Server::start(&site, &[]);
    let page = server.get("/overview/");
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("<div id=\"__brief-warnings\""), "{text}");
    assert!(
        text.contains("and 20 more: the terminal lists them all."),
        "{text}"
    );
    let want = std::fs::read(built.join("overview/index.html")).expect("built page");
    assert!(
        strip_injected(&page.body) == want,
        "the served page, without the panel and the live script, is the built page"
    );
}

/// Warnings of a good build (an unverified quote) are shown in their own dismissible
/// panel, distinct from the error overlay, and go when fixed.
#[test]
fn warnings_show_in_their_own_panel() {
    let site = Site::new();
    site.write(
        "content/overview.md",
        &brief("Overview", "They said \"nothing of the sort\""),
    );
    let server = Server::start(&site, &[]);
    let page = server.get("/overview/");
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("<div id=\"__brief-warnings\""), "{text}");
    assert!(text.contains("quote not found"), "{text}");
    assert!(text.contains("aria-label=\"Dismiss\""));
    assert!(
        !text.contains(OVERLAY),
        "warnings are not the error overlay"
    );
    site.write("content/overview.md", &brief("Overview", "Fixed"));
    let page = server.wait_for_text("/overview/", "Fixed");
    assert!(!page.text().contains("<div id=\"__brief-warnings\""));
}

//! `brief seed add`, `seed check` and `seed import` against a real HTTP server on
//! loopback (a std `TcpListener` thread serving fixture pages made here): redirects,
//! gzip, charsets, a 404, a slow server, an oversized page, a consent wall, a paywall
//! flag, a page that changes between capture and check, and bibliographies in both
//! formats. No network besides loopback.

mod common;

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::*;

// ---------------------------------------------------------------- the server

#[derive(Clone)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    delay: Option<Duration>,
}

impl Reply {
    fn html(body: impl Into<Vec<u8>>, content_type: &str) -> Reply {
        Reply {
            status: 200,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            delay: None,
        }
    }

    fn status(status: u16) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type".into(), "text/html".into())],
            body: b"<h1>Not here</h1>".to_vec(),
            delay: None,
        }
    }

    fn redirect(to: &str) -> Reply {
        Reply {
            status: 301,
            headers: vec![("Location".into(), to.into())],
            body: Vec::new(),
            delay: None,
        }
    }
}

/// A loopback HTTP/1.1 server whose pages a test can change while it runs.
struct Server {
    base: String,
    routes: Arc<Mutex<HashMap<String, Reply>>>,
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let routes: Arc<Mutex<HashMap<String, Reply>>> = Arc::default();
        let shared = Arc::clone(&routes);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let routes = Arc::clone(&shared);
                std::thread::spawn(move || serve(stream, &routes));
            }
        });
        Server { base, routes }
    }

    fn route(&self, path: &str, reply: Reply) -> String {
        self.routes.lock().unwrap().insert(path.to_owned(), reply);
        self.url(path)
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

fn serve(mut stream: TcpStream, routes: &Mutex<HashMap<String, Reply>>) {
    let mut request = Vec::new();
    let mut buf = [0; 4096];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    let request = String::from_utf8_lossy(&request);
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let reply = routes
        .lock()
        .unwrap()
        .get(&path)
        .cloned()
        .unwrap_or_else(|| Reply::status(404));
    if let Some(delay) = reply.delay {
        std::thread::sleep(delay);
    }
    let mut head = format!(
        "HTTP/1.1 {} X\r\nContent-Length: {}\r\nConnection: close\r\n",
        reply.status,
        reply.body.len()
    );
    for (k, v) in &reply.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    // The client may hang up early (a size cap, a timeout): that is the point of some
    // tests, so write errors are expected and ignored.
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&reply.body);
}

// ---------------------------------------------------------------- fixture pages

const PARAGRAPHS: [&str; 5] = [
    "The two governments signed the agreement on Friday after weeks of negotiation over the terms of a joint investment fund for the country's mineral resources.",
    "Officials said the fund would receive half of all future revenues from natural resources owned by the state, including oil, gas and critical minerals such as lithium.",
    "The text of the agreement runs to eleven pages and leaves many questions open, including the size of the fund and how its board will be appointed.",
    "Critics said the agreement offered no security guarantees, which the government had sought from the start of the talks in February of this year.",
    "Parliament is expected to ratify the agreement next month, the speaker said on Saturday, although several members have asked to see the annexes first.",
];

/// An article page with page furniture around it; `head` goes into `<head>`.
fn page(title: &str, head: &str, paragraphs: &[&str]) -> String {
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        r#"<!doctype html><html lang="en"><head><title>{title} | The Example Times</title>{head}</head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<main><article><h1>{title}</h1><p class="byline">By Jane Doe</p>
{body}<div class="share"><a href="/s">Share on Facebook</a> <a href="/t">Share on Twitter</a></div></article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/r1">Another story about something else entirely</a></li><li><a href="/r2">A third story nobody reads</a></li></ul></aside></main>
<footer><p>(c) 2025 The Example Times. All rights reserved.</p></footer></body></html>"#
    )
}

fn json_ld(extra: &str) -> String {
    format!(
        r#"<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Minerals deal signed","datePublished":"2025-03-01T09:00:00+01:00","dateModified":"2025-03-02T10:00:00+01:00",
"author":[{{"@type":"Person","name":"Jane Doe"}},{{"@type":"Person","name":"John Roe"}}],
"publisher":{{"@type":"NewsMediaOrganization","name":"The Example Times"}},"inLanguage":"en-GB"{extra}}}</script>"#
    )
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .unwrap();
    out
}

fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn add(site: &SiteTest, args: &[&str]) -> Run {
    let mut all = vec!["seed", "add"];
    all.extend_from_slice(args);
    site.run(&all)
}

fn seed_files(site: &SiteTest) -> Vec<String> {
    let dir = site.root().join("seeds");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

// ---------------------------------------------------------------- seed add

/// A real article page becomes a seed a desk would accept: clean paragraphs, metadata
/// from JSON-LD, provenance (capture time, SHA-256, the exact bytes kept compressed), and
/// the site builds with it, its archive page saying where and when it was captured.
#[test]
fn add_captures_an_article_with_provenance() {
    let server = Server::start();
    let html = page("Minerals deal signed", &json_ld(""), &PARAGRAPHS);
    let url = server.route(
        "/2025/03/01/deal",
        Reply::html(html.clone(), "text/html; charset=utf-8"),
    );
    let site = SiteTest::new();
    let run = add(&site, &[&url]);
    run.assert_code(0);
    assert_eq!(
        run.stdout.trim(),
        "seeds/the-example-times-2025-03-01.md",
        "{run}"
    );
    let seed = site.read_source("seeds/the-example-times-2025-03-01.md");
    for line in [
        "title: \"Minerals deal signed\"",
        "outlet: \"The Example Times\"",
        "author: [\"Jane Doe\", \"John Roe\"]",
        "published: 2025-03-01",
        "modified: 2025-03-02",
        &format!("url: \"{url}\""),
        "language: \"en-GB\"",
        &format!("sha256: \"{}\"", sha256(html.as_bytes())),
    ] {
        assert!(
            seed.lines().any(|l| l == line),
            "missing `{line}` in\n{seed}"
        );
    }
    assert!(seed.contains("\ncaptured: \"20"), "{seed}");
    let body = seed.split("\n---\n").nth(1).unwrap();
    let paragraphs: Vec<&str> = body.trim().split("\n\n").collect();
    assert_eq!(paragraphs, PARAGRAPHS, "clean paragraphs only:\n{body}");
    let snapshot = std::fs::read(
        site.root()
            .join("seeds/the-example-times-2025-03-01.html.gz"),
    )
    .unwrap();
    assert_eq!(
        gunzip(&snapshot),
        html.as_bytes(),
        "the snapshot holds the exact bytes fetched"
    );

    // The loader accepts the new keys, ignores the snapshot, and the archive page says
    // "Captured on … from …" with Robust Links attributes.
    site.build_clean();
    let archive = site.page("sources/the-example-times-2025-03-01/index.html");
    let captured = archive.one(".archive-captured");
    assert!(
        text(captured).starts_with("Captured on "),
        "{}",
        text(captured)
    );
    let link = archive.one(".archive-captured a");
    assert_eq!(link.value().attr("data-originalurl"), Some(url.as_str()));
    assert_eq!(
        link.value().attr("data-versiondate").map(str::len),
        Some(10)
    );
    assert!(
        !site.exists("sources/the-example-times-2025-03-01.html.gz"),
        "snapshot is not published"
    );
}

/// A redirect is followed, a gzip-encoded answer decoded, and the canonical address kept.
#[test]
fn add_follows_redirects_and_decodes_gzip() {
    let server = Server::start();
    let canonical = server.url("/canonical/deal");
    let html = page(
        "Minerals deal signed",
        &format!(r#"<link rel="canonical" href="{canonical}">"#),
        &PARAGRAPHS,
    );
    let mut reply = Reply::html(gzip(html.as_bytes()), "text/html; charset=utf-8");
    reply
        .headers
        .push(("Content-Encoding".into(), "gzip".into()));
    server.route("/new/deal", reply);
    let old = server.route("/old/deal", Reply::redirect("/new/deal"));
    let site = SiteTest::new();
    let run = add(&site, &[&old, "--id", "deal"]);
    run.assert_code(0);
    let seed = site.read_source("seeds/deal.md");
    assert!(seed.contains(&format!("url: \"{canonical}\"")), "{seed}");
    assert!(seed.contains(PARAGRAPHS[4]), "{seed}");
    assert!(
        seed.contains(&format!("sha256: \"{}\"", sha256(html.as_bytes()))),
        "hash of the decoded body:\n{seed}"
    );
}

/// Czech in windows-1250 (declared in the HTTP header), Portuguese in ISO-8859-1 (in a
/// `<meta http-equiv>`), Chinese in GBK (in `<meta charset>`): each decoded right.
#[test]
fn add_decodes_charsets() {
    let server = Server::start();
    let cs = "Vláda v pátek podepsala dohodu o nerostných surovinách, kterou příliš žluťoučký kůň dlouho vyjednával s americkou stranou a jejími zástupci.";
    let pt = "O governo assinou na sexta-feira o acordo sobre minerais críticos, após semanas de negociação sobre a gestão do fundo de investimento conjunto.";
    let zh = "新华社北京三月一日电 两国政府星期五签署了关于矿产资源的协议，协议规定设立联合投资基金，用于重建项目。双方代表在首都举行了签字仪式，官员表示基金将获得国有自然资源未来收入的一半。";
    let cases = [
        (
            "/cs",
            encoding_rs::WINDOWS_1250,
            "text/html; charset=windows-1250",
            "",
            cs,
            "Dohoda o nerostných surovinách",
        ),
        (
            "/pt",
            encoding_rs::WINDOWS_1252,
            "text/html",
            r#"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">"#,
            pt,
            "Acordo de minerais críticos",
        ),
        (
            "/zh",
            encoding_rs::GBK,
            "text/html",
            r#"<meta charset="gbk">"#,
            zh,
            "矿产资源协议",
        ),
    ];
    let site = SiteTest::new();
    for (path, encoding, content_type, head, text, title) in cases {
        let paragraphs = [text, text, text, PARAGRAPHS[0]];
        let html = page(title, head, &paragraphs);
        let (bytes, _, unmappable) = encoding.encode(&html);
        assert!(!unmappable, "{path}: fixture must be encodable");
        let url = server.route(path, Reply::html(bytes.into_owned(), content_type));
        let id = &path[1..];
        add(&site, &[&url, "--id", id]).assert_code(0);
        let seed = site.read_source(&format!("seeds/{id}.md"));
        assert!(seed.contains(text), "{path}: text decoded wrongly:\n{seed}");
        assert!(
            seed.contains(&format!("title: \"{title}\"")),
            "{path}:\n{seed}"
        );
    }
}

/// A 404, a server too slow for `--timeout`, an oversized page and a refused connection:
/// each a one-line error, exit 1, and nothing written.
#[test]
fn add_failures_are_one_line_and_write_nothing() {
    let server = Server::start();
    let mut slow = Reply::html(page("Slow", "", &PARAGRAPHS), "text/html");
    slow.delay = Some(Duration::from_secs(5));
    let big = format!(
        "<html><body><p>{}</p></body></html>",
        "x ".repeat(6 * 1024 * 1024)
    );
    let cases = [
        (server.url("/missing"), "404 Not Found", vec![]),
        (
            server.route("/slow", slow),
            "within 0.5 s",
            vec!["--timeout", "0.5"],
        ),
        (
            server.route("/big", Reply::html(big, "text/html")),
            "larger than 10 MiB",
            vec![],
        ),
        ("http://127.0.0.1:9/refused".to_owned(), "refused", vec![]),
        (
            "ftp://example.org/x".to_owned(),
            "not a web address",
            vec![],
        ),
        (
            "http://exa mple.com/".to_owned(),
            "not a web address: invalid international domain name",
            vec![],
        ),
        (
            "no-such-file.html".to_owned(),
            "neither an http(s) address nor a file",
            vec![],
        ),
    ];
    let site = SiteTest::new();
    for (url, expected, extra) in cases {
        let mut args = vec![url.as_str()];
        args.extend(extra);
        let started = std::time::Instant::now();
        let run = add(&site, &args);
        // A file that is not there, or an address that is none, is the command line's
        // mistake (with a help); the rest the web's.
        let usage = expected.starts_with("neither") || expected.starts_with("not a web address");
        run.assert_code(if usage { 2 } else { 1 });
        let lines: Vec<&str> = run.stderr.lines().collect();
        let help = lines.get(1).is_some_and(|l| l.starts_with("  help: "));
        assert_eq!(
            lines.len(),
            1 + usize::from(help),
            "one line and a help:\n{run}"
        );
        assert!(
            lines[0].starts_with("error: ") && lines[0].contains(expected),
            "`{expected}` in\n{run}"
        );
        assert!(
            started.elapsed() < Duration::from_secs(4),
            "{url} took {:?}",
            started.elapsed()
        );
        assert_eq!(
            seed_files(&site),
            Vec::<String>::new(),
            "nothing written for {url}"
        );
    }
}

/// A consent wall and a JSON-LD paywall flag are refused with what was seen; with
/// --accept-partial the text is kept, with a warning.
#[test]
fn add_refuses_walls_unless_accepted() {
    let server = Server::start();
    let consent = r#"<!doctype html><html><head><title>Before you continue</title></head><body>
<div class="consent"><h1>Before you continue to Example</h1><p>We use cookies and data to deliver and maintain our services, measure audience engagement and show personalised ads.</p>
<p>If you choose to Accept all cookies, we will also use cookies to develop and improve new services.</p><button>Accept all</button><button>Reject all</button></div></body></html>"#;
    let consent_url = server.route("/consent", Reply::html(consent, "text/html"));
    let paywalled = page(
        "Minerals deal signed",
        &json_ld(r#","isAccessibleForFree":false,"wordCount":2400"#),
        &PARAGRAPHS[..2],
    );
    let paywall_url = server.route("/paywall", Reply::html(paywalled, "text/html"));
    let site = SiteTest::new();

    let run = add(&site, &[&consent_url]);
    run.assert_code(1);
    assert!(
        run.stderr.contains("does not look like the whole article"),
        "{run}"
    );
    assert!(run.stderr.contains("reads like a wall"), "{run}");
    assert!(run.stderr.contains("--accept-partial"), "{run}");

    let run = add(&site, &[&paywall_url]);
    run.assert_code(1);
    assert!(run.stderr.contains("isAccessibleForFree: false"), "{run}");
    assert!(run.stderr.contains("declares 2400"), "{run}");
    assert_eq!(seed_files(&site), Vec::<String>::new());

    let run = add(&site, &[&paywall_url, "--accept-partial"]);
    run.assert_code(0);
    assert!(run.stderr.contains("warning: kept although"), "{run}");
    assert_eq!(seed_files(&site).len(), 2, "seed and snapshot");
}

/// An existing seed is never overwritten without --force; the same page captured again
/// is found by its address; a saved file goes through the same path.
#[test]
fn add_never_overwrites_and_reads_saved_files() {
    let server = Server::start();
    let html = page("Minerals deal signed", &json_ld(""), &PARAGRAPHS);
    let url = server.route("/deal", Reply::html(html.clone(), "text/html"));
    let site = SiteTest::new().file(
        "seeds/mine.md",
        "---\ntitle: Mine\noutlet: Me\n---\nMy text.\n",
    );

    let run = add(&site, &[&url, "--id", "mine"]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("already exists") && run.stderr.contains("--force"),
        "{run}"
    );
    assert_eq!(
        site.read_source("seeds/mine.md"),
        "---\ntitle: Mine\noutlet: Me\n---\nMy text.\n"
    );

    add(&site, &[&url]).assert_code(0);
    let again = add(&site, &[&url]);
    again.assert_code(2);
    assert!(again.stderr.contains("captured before"), "{again}");
    add(&site, &[&url, "--force"]).assert_code(0);
    add(&site, &[&url, "--id", "mine", "--force"]).assert_code(0);
    assert!(site.read_source("seeds/mine.md").contains(PARAGRAPHS[0]));

    // A saved page (no address known but its canonical link) goes through the same
    // extraction; its id is made unique beside the first capture.
    site.write(
        "saved.html",
        page("Minerals deal signed", &json_ld(""), &PARAGRAPHS),
    );
    let run = add(&site, &["saved.html"]);
    run.assert_code(0);
    assert_eq!(
        run.stdout.trim(),
        "seeds/the-example-times-2025-03-01-2.md",
        "{run}"
    );
    // A page without a title: the seed is named after the file captured, and so is the
    // report of the capture.
    let body: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>")).collect();
    site.write(
        "untitled.html",
        format!("<!doctype html><html><body><article>{body}</article></body></html>"),
    );
    let run = add(&site, &["untitled.html", "--accept-partial"]);
    run.assert_code(0);
    assert!(run.stderr.contains("captured “untitled.html”"), "{run}");
    assert!(
        site.read_source(run.stdout.trim())
            .contains("title: \"untitled.html\""),
        "{run}"
    );
    let files = seed_files(&site);
    assert!(
        !files.iter().any(|f| f.contains(".tmp")),
        "no temporary files left: {files:?}"
    );
}

// ---------------------------------------------------------------- seed check

const BRIEF: &str = r#"---
title: The deal
date: 2025-03-05
sources: [deal]
---
The fund gets "half of all future revenues from natural resources" [@deal]. The text runs to eleven pages [@deal].
"#;

/// Drift: a page that changes between capture and check is reported at the seed with
/// the quoted passage no longer there (an error); a page that is gone is an error; an
/// unreachable page a warning; an unchanged page nothing.
#[test]
fn check_reports_drift_gone_and_unreachable() {
    let server = Server::start();
    // The article at `/deal`, with these paragraphs.
    let publish = |paragraphs: &[&str]| {
        server.route(
            "/deal",
            Reply::html(
                page("Minerals deal signed", &json_ld(""), paragraphs),
                "text/html",
            ),
        )
    };
    let url = publish(&PARAGRAPHS);
    let site = SiteTest::new().file("content/deal.md", BRIEF);
    add(&site, &[&url, "--id", "deal"]).assert_code(0);
    site.build_clean();

    let run = site.run(&["seed", "check"]);
    run.assert_code(0);
    assert!(run.diagnostics().is_empty(), "unchanged page:\n{run}");

    // The live text changes, but the quoted passage stays: a warning.
    let mut edited = PARAGRAPHS.to_vec();
    edited[4] = "Parliament ratified the agreement on Tuesday by a large majority, after a debate that lasted well into the night.";
    publish(&edited);
    let run = site.run(&["seed", "check", "deal"]);
    run.assert_code(0);
    let w = run.warning_in("seeds/deal.md");
    assert!(
        w.message.contains("text changed") && w.message.contains("still there"),
        "{run}"
    );

    // The quoted passage goes: source drift, an error at the seed's `url:` line.
    edited[1] = "Officials said the fund would receive a share of revenues still to be agreed.";
    publish(&edited);
    let run = site.run(&["seed", "check"]);
    run.assert_code(1);
    let e = run.error_in("seeds/deal.md");
    assert!(
        e.message.contains("source drift") && e.message.contains("content/deal.md"),
        "{run}"
    );
    assert!(e.message.contains("half of all future revenues"), "{run}");
    let url_line = site
        .read_source("seeds/deal.md")
        .lines()
        .position(|l| l.starts_with("url:"))
        .unwrap()
        + 1;
    assert_eq!(e.line as usize, url_line, "{run}");

    // The quote is back, but the figure the brief cites changed: source drift too.
    edited[1] = PARAGRAPHS[1];
    edited[2] = "The text of the agreement runs to twelve pages and leaves many questions open, including the size of the fund and how its board will be appointed.";
    publish(&edited);
    let run = site.run(&["seed", "check"]);
    run.assert_code(1);
    let e = run.error_in("seeds/deal.md");
    assert!(
        e.message.contains("the figure cited in content/deal.md") && e.message.contains("“eleven”"),
        "{run}"
    );
    assert_eq!(
        run.diagnostics().len(),
        1,
        "only the figure drifted:\n{run}"
    );

    // Gone: a 410, then a redirect to the home page.
    server.route("/deal", Reply::status(410));
    let run = site.run(&["seed", "check"]);
    run.assert_code(1);
    assert!(
        run.error_in("seeds/deal.md").message.contains("gone"),
        "{run}"
    );
    server.route("/", Reply::html(page("Home", "", &PARAGRAPHS), "text/html"));
    server.route("/deal", Reply::redirect("/"));
    let run = site.run(&["seed", "check"]);
    run.assert_code(1);
    assert!(
        run.error_in("seeds/deal.md").message.contains("home page"),
        "{run}"
    );

    // Unreachable (a 503): a warning; the exit code stays 0. Nothing was rewritten.
    let before = site.read_source("seeds/deal.md");
    server.route("/deal", Reply::status(503));
    let run = site.run(&["seed", "check"]);
    run.assert_code(0);
    assert!(
        run.warning_in("seeds/deal.md")
            .message
            .contains("unreachable"),
        "{run}"
    );
    assert_eq!(site.read_source("seeds/deal.md"), before);

    // An id that names no seed is a usage error: nothing is fetched.
    let run = site.run(&["seed", "check", "dael", "deal"]);
    run.assert_code(2);
    assert!(!run.stderr.contains("checked"), "{run}");
    assert!(run.stderr.contains("did you mean `deal`"), "{run}");
}

// ---------------------------------------------------------------- seed import

const BIBTEX: &str = r#"@string{times = "The Example Times"}
@article{doe:2025/deal,
  author = {Doe, Jane and Roe, John},
  title = {Minerals {Deal} Signed},
  journaltitle = times,
  date = {2025-03-01/2025-03-02},
  url = {URL_HERE},
  langid = {english},
}
@book{smith1999, author = {Smith, Adam}, title = {A Book on Minerals}, publisher = {Press}, year = 1999}
@misc{nodate, title = {Undated}}
"#;

const CSL_JSON: &str = r#"[
  {"id": "ft-2025", "type": "article-newspaper", "title": "Minerals pact edges closer",
   "container-title": "Financial Times", "author": [{"family": "Doe", "given": "Jane"}],
   "issued": {"date-parts": [[2025, 2, 28]]}, "URL": "https://ft.example/pact", "language": "en"},
  {"id": "range", "title": "A range", "issued": {"date-parts": [[2020, 1], [2020, 3]]}},
  {"id": "season", "title": "A season", "issued": {"season": 2, "date-parts": [["2019"]]}},
  {"id": "literal", "title": "Circa", "issued": {"literal": "circa 1850"}, "author": [{"literal": "Anon."}]},
  {"title": "No id"}
]"#;

/// Both formats import as seeds (key made file-name-safe), entries without text are
/// citable, and a quote of one is warned about ("nothing to check against"); --fetch
/// captures an entry's text; an existing seed is never replaced.
#[test]
fn import_bibtex_and_csl_json() {
    let server = Server::start();
    let url = server.route(
        "/deal",
        Reply::html(
            page("Minerals deal signed", &json_ld(""), &PARAGRAPHS),
            "text/html",
        ),
    );
    let site = SiteTest::new()
        .file("lib.bib", BIBTEX.replace("URL_HERE", &url))
        .file("lib.json", CSL_JSON)
        .file(
            "seeds/range.md",
            "---\ntitle: Mine\noutlet: Me\n---\nMine.\n",
        );

    let run = site.run(&["seed", "import", "lib.json"]);
    run.assert_code(0);
    assert!(
        run.stderr.contains("range") && run.stderr.contains("exists"),
        "{run}"
    );
    assert_eq!(
        site.read_source("seeds/range.md"),
        "---\ntitle: Mine\noutlet: Me\n---\nMine.\n"
    );
    let ft = site.read_source("seeds/ft-2025.md");
    assert!(
        ft.contains("outlet: \"Financial Times\"") && ft.contains("published: 2025-02-28"),
        "{ft}"
    );
    assert!(ft.contains("imported: \"lib.json\""), "{ft}");
    assert!(
        site.read_source("seeds/season.md")
            .contains("note: \"Published 2019.\"")
    );
    assert!(
        site.read_source("seeds/entry-5.md")
            .contains("title: \"No id\"")
    );

    let run = site.run(&["seed", "import", "lib.bib", "--fetch"]);
    run.assert_code(0);
    let deal = site.read_source("seeds/doe-2025-deal.md");
    assert!(
        deal.contains("title: \"Minerals Deal Signed\"")
            && deal.contains("author: [\"Doe, Jane\", \"Roe, John\"]"),
        "{deal}"
    );
    assert!(
        deal.contains("published: 2025-03-01") && deal.contains("sha256: "),
        "{deal}"
    );
    assert!(deal.contains(PARAGRAPHS[2]), "fetched text:\n{deal}");
    assert!(site.root().join("seeds/doe-2025-deal.html.gz").is_file());
    assert!(
        site.read_source("seeds/smith1999.md")
            .contains("outlet: \"Press\"")
    );

    site.write(
        "content/b.md",
        "---\ntitle: B\ndate: 2025-03-05\nsources: [smith1999, doe-2025-deal]\n---\nSmith wrote \"minerals are scarce\" [@smith1999]. The fund gets \"half of all future revenues\" [@doe-2025-deal].\n",
    );
    let run = site.build(&[]);
    run.assert_code(0);
    let w = run.warning_in("content/b.md");
    assert!(
        w.message.contains("nothing to check against") && w.message.contains("smith1999"),
        "{run}"
    );
    assert_eq!(
        run.warnings().len(),
        1,
        "a body-less imported seed is not itself a warning:\n{run}"
    );

    // Addresses as reference managers store them: a bare host becomes https://, and one
    // that is no web address is left out and reported, so every written seed builds.
    site.write(
        "addresses.bib",
        "@online{bare, title = {Bare}, url = {www.example.org/a}}\n@online{ftp, title = {Ftp}, url = {ftp://example.org/c}}\n@online{doi, title = {Doi}, url = {ftp://example.org/d}, doi = {10.1/d}}\n",
    );
    let run = site.run(&["seed", "import", "addresses.bib"]);
    run.assert_code(0);
    assert!(
        site.read_source("seeds/bare.md")
            .contains("url: \"https://www.example.org/a\"")
    );
    assert!(!site.read_source("seeds/ftp.md").contains("url:"));
    assert!(
        run.stderr
            .contains("seeds/ftp.md: `ftp` has no `url`: `ftp://example.org/c` is not a web"),
        "{run}"
    );
    assert!(
        run.stderr.contains("`doi`'s address `ftp://example.org/d` is not a web (http or https) address; its DOI's, https://doi.org/10.1/d, is the `url`"),
        "{run}"
    );
    site.check().assert_code(0);

    site.write("broken.bib", "@article{x, title = {unclosed}\n");
    let run = site.run(&["seed", "import", "broken.bib"]);
    run.assert_code(1);
    assert!(
        run.stderr.contains("broken.bib:") && run.stderr.contains("not valid BibTeX"),
        "{run}"
    );

    // A file that cannot be read as a bibliography is reported as any file with a
    // mistake is: `path:line:col: error: message`, the line, a help; nothing written.
    site.write("broken.json", "[{\"id\": \"a\",\n \"title\": \"x\"\n");
    let run = site.run(&["seed", "import", "broken.json"]);
    run.assert_code(1);
    assert!(
        run.stderr
            .starts_with("broken.json:2:14: error: not valid CSL-JSON: EOF while parsing an object\n 2 |  \"title\": \"x\""),
        "{run}"
    );
    assert!(!run.stderr.contains("error: broken.json"), "{run}");
    assert!(run.stderr.contains("help:"), "{run}");
    // No entry at all, or a `{"items": …}` that holds none, is an error, not "imported 0".
    for (name, text) in [
        ("empty.bib", ""),
        ("notes.txt", "Some notes, no entries.\n"),
        ("items.json", "{\"items\": 5}\n"),
    ] {
        site.write(name, text);
        let run = site.run(&["seed", "import", name]);
        run.assert_code(1);
        assert!(
            run.stderr.starts_with(&format!("{name}:1:1: error: ")),
            "{run}"
        );
        assert!(!run.stderr.contains("imported"), "{run}");
    }
    assert!(!site.root().join("seeds/entry-1.md").exists());
    // Two CSL-JSON items of one key: both written, the second's new id said.
    site.write(
        "dups.json",
        "[{\"id\": \"dup\", \"title\": \"A\"}, {\"id\": \"dup\", \"title\": \"B\"}]",
    );
    let run = site.run(&["seed", "import", "dups.json"]);
    run.assert_code(0);
    assert!(
        run.stderr
            .contains("note: seeds/dup-2.md: `dup` is the key of an entry before it too"),
        "{run}"
    );
}

// ---------------------------------------------------------------- one id, one seed

/// A seed's id is taken by `<id>.md` or `<id>.txt` (or an id that differs only in case):
/// `seed add --id` refuses it, with or without --force, and `seed import` skips it with
/// its note, so the site never holds two seeds of one id.
#[test]
fn add_and_import_never_make_a_second_seed_of_one_id() {
    let site = SiteTest::new()
        .file("seeds/tx.txt", "A plain seed\nIts text.\n")
        .file("seeds/plain.txt", "Another plain seed\nIts text.\n")
        .file(
            "lib.bib",
            "@online{plain, title = {Plain}, url = {https://example.org/plain}}\n@online{TX, title = {Tx}}\n@online{fresh, title = {Fresh}}\n",
        );
    site.write(
        "page.html",
        page("Minerals deal signed", &json_ld(""), &PARAGRAPHS),
    );
    for args in [
        &["page.html", "--id", "tx"][..],
        &["page.html", "--id", "tx", "--force"][..],
        &["page.html", "--id", "TX"][..],
    ] {
        let run = add(&site, args);
        run.assert_code(2);
        assert!(
            run.stderr
                .contains("seeds/tx.txt already exists; nothing written"),
            "{run}"
        );
    }
    let run = site.run(&["seed", "import", "lib.bib"]);
    run.assert_code(0);
    assert!(
        run.stderr
            .contains("seeds/plain.txt: `plain` skipped: the seed exists already"),
        "{run}"
    );
    assert!(
        run.stderr
            .contains("seeds/tx.txt: `TX` skipped: the seed exists already"),
        "{run}"
    );
    assert_eq!(
        seed_files(&site),
        ["fresh.md", "plain.txt", "tx.txt"],
        "nothing but the new entry written"
    );
    site.check().assert_code(0);
}

/// Text with no markup (a .txt, a bare .html, a text/plain page) is captured once: the
/// extractor's last resort read it twice.
#[test]
fn add_keeps_text_without_markup_once() {
    let server = Server::start();
    let url = server.route(
        "/plain",
        Reply::html("Para one is here.\n\nPara two is here.\n", "text/plain"),
    );
    let site = SiteTest::new()
        .file("t3.txt", "Para one is here.\n\nPara two is here.\n")
        .file("t5.html", "Short text.\nSecond line of the text\n");
    for (input, id, paragraphs) in [
        (
            "t3.txt",
            "t3",
            &["Para one is here.", "Para two is here."][..],
        ),
        (
            "t5.html",
            "t5",
            &["Short text.", "Second line of the text"][..],
        ),
        (
            url.as_str(),
            "web",
            &["Para one is here.", "Para two is here."][..],
        ),
    ] {
        let run = add(&site, &[input, "--id", id, "--accept-partial"]);
        run.assert_code(0);
        let text = site.read_source(&format!("seeds/{id}.md"));
        let body = text.splitn(3, "---\n").nth(2).unwrap_or_default();
        let got: Vec<&str> = body.split("\n\n").map(str::trim).collect();
        assert_eq!(got, paragraphs, "{input}: {text}");
        assert!(
            run.stderr
                .contains(&format!("{} paragraphs", paragraphs.len())),
            "{run}"
        );
    }
}

// ---------------------------------------------------------------- what is no page

/// A PDF, an image, JSON, or a body left compressed with a coding brief did not ask for
/// (`deflate`) is refused with what it is and what brief captures: exit 1, nothing
/// written. A saved PDF is refused by its bytes, and `seed import --fetch` writes the
/// entry without text, with the same reason.
#[test]
fn add_refuses_what_is_no_page() {
    let server = Server::start();
    let html = page("Minerals deal signed", &json_ld(""), &PARAGRAPHS);
    let mut deflated = Reply::html(html.clone(), "text/html; charset=utf-8");
    deflated.body = {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(html.as_bytes()).unwrap();
        e.finish().unwrap()
    };
    deflated
        .headers
        .push(("Content-Encoding".into(), "deflate".into()));
    let pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".to_vec();
    let cases = [
        (
            server.route("/a.pdf", Reply::html(pdf.clone(), "application/pdf")),
            "it is application/pdf, not a web page",
        ),
        (
            server.route(
                "/a.png",
                Reply::html(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), "image/png"),
            ),
            "it is image/png, not a web page",
        ),
        (
            server.route(
                "/a.json",
                Reply::html(
                    format!("{{\"text\": \"{}\"}}", PARAGRAPHS[0]),
                    "application/json",
                ),
            ),
            "it is application/json, not a web page",
        ),
        (
            // A PDF the server calls HTML is still a PDF.
            server.route("/b.pdf", Reply::html(pdf.clone(), "text/html")),
            "it is a PDF (application/pdf)",
        ),
        (
            server.route("/deflated", deflated),
            "compressed as `deflate`, which brief did not ask for",
        ),
    ];
    let site = SiteTest::new().file("saved.pdf", &pdf);
    for (input, expected) in cases
        .iter()
        .map(|(u, e)| (u.as_str(), *e))
        .chain([("saved.pdf", "it is a PDF (application/pdf)")])
    {
        let run = add(&site, &[input, "--accept-partial"]);
        run.assert_code(1);
        let lines: Vec<&str> = run.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "one line:\n{run}");
        assert!(
            lines[0].starts_with("error: cannot capture")
                && lines[0].contains(expected)
                && (lines[0].contains("brief captures HTML, XHTML and plain text")
                    || lines[0].contains("it accepts gzip and br")),
            "`{expected}` in\n{run}"
        );
        assert_eq!(
            seed_files(&site),
            Vec::<String>::new(),
            "nothing written for {input}"
        );
    }

    site.write(
        "lib.bib",
        format!(
            "@online{{pdf, title = {{A report}}, url = {{{}}}}}\n",
            cases[0].0
        ),
    );
    let run = site.run(&["seed", "import", "lib.bib", "--fetch"]);
    run.assert_code(0);
    assert!(
        run.stderr.contains("`pdf` written without text")
            && run.stderr.contains("it is application/pdf, not a web page"),
        "{run}"
    );
    assert_eq!(seed_files(&site), ["pdf.md"], "no snapshot of a PDF");
}

/// Plain text (a `text/plain` page, a `.txt` file) is read as text, verbatim, one
/// paragraph a line: not through the HTML parser, which took `<jane.doe@…>` for a tag,
/// `x<y` for the start of one and `&amp;` for an entity.
#[test]
fn add_reads_plain_text_as_text() {
    let text = "Jane Doe <jane.doe@council.example> wrote to the council.\nIf x<y then   the rule applies.\n\nFish &amp; chips, 5 > 3, <b>not bold</b>.\n";
    let expected = [
        "Jane Doe <jane.doe@council.example> wrote to the council.",
        "If x<y then the rule applies.",
        "Fish &amp; chips, 5 > 3, <b>not bold</b>.",
    ];
    let server = Server::start();
    let url = server.route("/note", Reply::html(text, "text/plain; charset=utf-8"));
    let site = SiteTest::new().file("note.txt", text);
    for (input, id) in [(url.as_str(), "web"), ("note.txt", "file")] {
        add(&site, &[input, "--id", id, "--accept-partial"]).assert_code(0);
        let seed = site.read_source(&format!("seeds/{id}.md"));
        let body = seed.splitn(3, "---\n").nth(2).unwrap_or_default();
        let got: Vec<&str> = body.trim().split("\n\n").collect();
        assert_eq!(got, expected, "{input}:\n{seed}");
    }
    assert!(
        site.read_source("seeds/web.md")
            .contains(&format!("url: \"{url}\"")),
        "a text page keeps its address"
    );
}

/// An empty JSON-LD `headline` is no title: the next source (`og:title`) gives it, so the
/// seed passes `brief check`; a JSON-LD author that is an address is no name.
#[test]
fn add_skips_empty_headlines_and_address_authors() {
    let head = r#"<meta property="og:title" content="Minerals deal signed"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"  ","datePublished":"2025-03-01",
"author":[{"@type":"Person","name":"https://example.org/staff/jane-doe"},{"@type":"Person","name":"John Roe"}],
"publisher":{"@type":"Organization","name":"The Example Times"}}</script>"#;
    let server = Server::start();
    let url = server.route(
        "/deal",
        Reply::html(page("Minerals deal signed", head, &PARAGRAPHS), "text/html"),
    );
    let site = SiteTest::new();
    add(&site, &[&url, "--id", "deal"]).assert_code(0);
    let seed = site.read_source("seeds/deal.md");
    assert!(
        seed.contains("\ntitle: \"Minerals deal signed\"\n"),
        "{seed}"
    );
    assert!(seed.contains("\nauthor: \"John Roe\"\n"), "{seed}");
    site.check().assert_code(0);
}

/// An imported address is read by the seed loader's own rule: one the loader would
/// reject (no host, a space in the host, a port out of range) is left out with a note,
/// so every imported seed reads back without error.
#[test]
fn import_leaves_out_addresses_the_loader_rejects() {
    let site = SiteTest::new().file(
        "lib.bib",
        "@online{nohost, title = {No host}, url = {http://}}\n@online{space, title = {Space}, url = {https://exa mple.com/a}}\n@online{port, title = {Port}, url = {https://example.com:99999/x}}\n@online{good, title = {Good}, url = {https://example.com/some path/x}}\n",
    );
    let run = site.run(&["seed", "import", "lib.bib"]);
    run.assert_code(0);
    for (key, raw) in [
        ("nohost", "http://"),
        ("space", "https://exa mple.com/a"),
        ("port", "https://example.com:99999/x"),
    ] {
        assert!(
            !site
                .read_source(&format!("seeds/{key}.md"))
                .contains("url:"),
            "{key}"
        );
        assert!(
            run.stderr
                .contains(&format!("`{key}` has no `url`: `{raw}` is not a web")),
            "{key}: {run}"
        );
    }
    assert!(
        site.read_source("seeds/good.md")
            .contains("url: \"https://example.com/some path/x\""),
        "an address the loader encodes is kept as written"
    );
    site.check().assert_code(0);
}

/// Imported names keep their structure as `Family, Given`, the form a seed's author is
/// read in: a family name of two words, a particle and a suffix survive, so the sources
/// list files Gabriel García Márquez under García Márquez.
#[test]
fn import_writes_names_family_first() {
    let site = SiteTest::new()
        .file(
            "lib.json",
            r#"[{"id": "gm", "title": "A novel", "container-title": "Press", "issued": {"date-parts": [[1967, 5, 30]]},
  "author": [{"family": "García Márquez", "given": "Gabriel"}, {"family": "King", "given": "Martin Luther", "suffix": "Jr."},
             {"family": "Berg", "non-dropping-particle": "van der", "given": "Piet"}, {"family": "Plato"}, {"literal": "Reuters staff"}]}]"#,
        )
        .file(
            "lib.bib",
            "@article{vdb, author = {van der Berg, Piet and Doe, Jr., Jane}, title = {T}, journal = {J}, date = {2020-01-02}}\n",
        );
    site.run(&["seed", "import", "lib.json"]).assert_code(0);
    site.run(&["seed", "import", "lib.bib"]).assert_code(0);
    let gm = site.read_source("seeds/gm.md");
    assert!(
        gm.contains("author: [\"García Márquez, Gabriel\", \"King Jr., Martin Luther\", \"van der Berg, Piet\", \"Plato\", \"Reuters staff\"]"),
        "{gm}"
    );
    let vdb = site.read_source("seeds/vdb.md");
    assert!(
        vdb.contains("author: [\"van der Berg, Piet\", \"Doe Jr., Jane\"]"),
        "{vdb}"
    );
    site.write(
        "content/b.md",
        "---\ntitle: B\ndate: 2025-03-05\nsources: [gm]\n---\nA novel [@gm].\n",
    );
    site.build_clean();
    let brief = site.page("b/index.html");
    let sources = text(brief.one("#source-1 .reference"));
    assert!(sources.contains("García Márquez, Gabriel"), "{sources}");
    assert!(!sources.contains("Márquez, Gabriel García"), "{sources}");
}

/// A DOI stored with its prefix (`doi:`, `https://doi.org/`, `http://dx.doi.org/`) gives
/// `https://doi.org/<DOI>` once, in either format.
#[test]
fn import_strips_doi_prefixes() {
    let site = SiteTest::new()
        .file(
            "lib.bib",
            "@article{b1, title = {A}, doi = {https://doi.org/10.1000/xyz}}\n@article{b2, title = {B}, doi = {doi:10.1000/abc}}\n@article{b3, title = {C}, doi = {http://dx.doi.org/10.1/abc}}\n",
        )
        .file(
            "lib.json",
            r#"[{"id": "c1", "title": "A", "DOI": "https://doi.org/10.1000/xyz"}, {"id": "c2", "title": "B", "DOI": "DOI: 10.1000/abc"},
  {"id": "c3", "title": "C", "DOI": "https://dx.doi.org/10.1/abc"}]"#,
        );
    site.run(&["seed", "import", "lib.bib"]).assert_code(0);
    site.run(&["seed", "import", "lib.json"]).assert_code(0);
    for (id, doi) in [
        ("b1", "10.1000/xyz"),
        ("b2", "10.1000/abc"),
        ("b3", "10.1/abc"),
        ("c1", "10.1000/xyz"),
        ("c2", "10.1000/abc"),
        ("c3", "10.1/abc"),
    ] {
        let seed = site.read_source(&format!("seeds/{id}.md"));
        assert!(
            seed.contains(&format!("\nurl: \"https://doi.org/{doi}\"\n")),
            "{id}:\n{seed}"
        );
    }
}

/// A bibliography that is not UTF-8 (a Latin-1 export) is reported like any file with a
/// mistake: `path:line:col: error:`, the line, and a help saying what to do.
#[test]
fn import_reports_a_file_that_is_not_utf8_at_its_place() {
    let site = SiteTest::new().file(
        "latin1.bib",
        b"@article{a,\n  title = {Caf\xe9 society},\n}\n",
    );
    let run = site.run(&["seed", "import", "latin1.bib"]);
    run.assert_code(1);
    assert!(
        run.stderr
            .starts_with("latin1.bib:2:15: error: not UTF-8 text"),
        "{run}"
    );
    assert!(run.stderr.contains("title = {Caf"), "the line:\n{run}");
    assert!(
        run.stderr.contains("help:") && run.stderr.contains("UTF-8"),
        "{run}"
    );
    assert!(!site.root().join("seeds/a.md").exists());
}

/// `charset=utf-16` in the HTTP header is UTF-16 (little-endian without a BOM): WHATWG's
/// "UTF-16 means UTF-8" applies to a `<meta>` only, which cannot be read in UTF-16.
#[test]
fn add_decodes_utf16_declared_in_the_header() {
    let html = page("Dohoda o surovinách", "", &PARAGRAPHS);
    let utf16: Vec<u8> = html.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let server = Server::start();
    let url = server.route("/utf16", Reply::html(utf16, "text/html; charset=utf-16"));
    let site = SiteTest::new();
    add(&site, &[&url, "--id", "u16"]).assert_code(0);
    let seed = site.read_source("seeds/u16.md");
    assert!(seed.contains("title: \"Dohoda o surovinách\""), "{seed}");
    assert!(seed.contains(PARAGRAPHS[3]), "{seed}");
}

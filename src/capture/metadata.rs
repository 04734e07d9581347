//! What a page says about itself: title, outlet, authors, dates, address, language.
//!
//! Pure: a parsed document and its address in, a [`PageMeta`] out. Each field is taken
//! from the most deliberate statement the page makes, in this order: JSON-LD
//! (`NewsArticle` and kin: `headline`, `author`, `publisher`, `datePublished`,
//! `dateModified`, `inLanguage`), then Open Graph and `article:*`, then Highwire
//! `citation_*` (scholarly pages), then Dublin Core, then plain `<meta name=author>`,
//! bylines, `<time>` and `<title>`. Publishers fill JSON-LD for search engines, so it is
//! the most often right; `<title>` is last because it carries the " | Site" tail.

use dom_query::{Document, Selection};
use serde_json::Value;

/// Metadata found in a page. Dates are as precise as the page gives them, `YYYY-MM-DD`
/// or `YYYY-MM`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    /// The canonical address (absolute).
    pub url: Option<String>,
    pub language: Option<String>,
    /// JSON-LD `isAccessibleForFree`, when stated.
    pub accessible_for_free: Option<bool>,
    /// JSON-LD `wordCount`, when stated.
    pub word_count: Option<u64>,
}

/// Reads the metadata of `doc`, served from `base` (used to resolve a relative canonical
/// link and, failing all else, to name the outlet after the host).
pub fn read(doc: &Document, base: Option<&str>) -> PageMeta {
    let ld = json_ld(doc);
    let article = ld.iter().find(|n| is_article(n));
    let any_ld = |key: &str| -> Option<&Value> {
        article
            .and_then(|a| a.get(key))
            .or_else(|| ld.iter().find_map(|n| n.get(key)))
    };
    let meta = |names: &[&str]| -> Option<String> { meta_content(doc, names) };

    let publisher = article
        .and_then(|a| a.get("publisher"))
        .and_then(name_of)
        .or_else(|| {
            ld.iter()
                .find(|n| has_type(n, &["NewsMediaOrganization", "Organization", "WebSite"]))
                .and_then(|n| n.get("name"))
                .and_then(Value::as_str)
                .map(clean)
        });
    let mut outlet = publisher
        .or_else(|| meta(&["og:site_name"]))
        .or_else(|| {
            meta(&[
                "citation_journal_title",
                "citation_publisher",
                "citation_conference_title",
            ])
        })
        .or_else(|| meta(&["dc.publisher", "dcterms.publisher"]))
        .or_else(|| {
            meta(&["application-name", "twitter:site"])
                .map(|s| s.trim_start_matches('@').to_owned())
        })
        .filter(|s| !s.is_empty());

    // Each source in turn, an empty or blank one (`"headline": ""`) passing to the next:
    // a seed's title must not be empty.
    let raw_title = ["headline", "name"]
        .iter()
        .find_map(|key| {
            article
                .and_then(|a| a.get(*key))
                .and_then(Value::as_str)
                .map(clean)
                .filter(|t| !t.is_empty())
        })
        .or_else(|| meta(&["og:title", "twitter:title"]))
        .or_else(|| meta(&["citation_title", "dc.title", "dcterms.title"]))
        .or_else(|| {
            let h1 = clean(&doc.select("h1").first().text());
            (!h1.is_empty()).then_some(h1)
        })
        .or_else(|| {
            let t = clean(&doc.select("title").first().text());
            (!t.is_empty()).then_some(t)
        });
    let title = raw_title
        .map(|t| {
            let (title, tail) = strip_site_tail(&t, outlet.as_deref());
            if outlet.is_none() {
                outlet = tail;
            }
            title
        })
        .filter(|t| !t.trim().is_empty());

    let mut authors = article
        .and_then(|a| a.get("author").or_else(|| a.get("creator")))
        .map(names_of)
        .unwrap_or_default();
    if authors.is_empty() {
        authors = meta_all(doc, &["citation_author"]);
    }
    if authors.is_empty() {
        authors = meta_all(doc, &["dc.creator", "dcterms.creator"]);
    }
    if authors.is_empty() {
        authors = meta(&[
            "author",
            "article:author",
            "parsely-author",
            "sailthru.author",
        ])
        .filter(|a| !is_address(a))
        .map(|a| split_names(&a))
        .unwrap_or_default();
    }
    if authors.is_empty() {
        authors = byline(doc);
    }
    let outlet_lower = outlet.as_deref().map(str::to_lowercase);
    authors.retain(|a| Some(a.to_lowercase()) != outlet_lower && !a.is_empty());
    dedup(&mut authors);

    let published = any_ld("datePublished")
        .and_then(Value::as_str)
        .and_then(date_of)
        .or_else(|| {
            meta(&[
                "article:published_time",
                "citation_publication_date",
                "citation_date",
                "citation_online_date",
                "dc.date",
                "dcterms.date",
                "dc.date.issued",
                "dcterms.issued",
                "date",
                "pubdate",
                "publishdate",
                "parsely-pub-date",
                "sailthru.date",
            ])
            .and_then(|d| date_of(&d))
        })
        .or_else(|| {
            doc.select("article time[datetime], time[datetime]")
                .first()
                .attr("datetime")
                .and_then(|d| date_of(&d))
        })
        .or_else(|| {
            any_ld("dateCreated")
                .and_then(Value::as_str)
                .and_then(date_of)
        });
    let modified = any_ld("dateModified")
        .and_then(Value::as_str)
        .and_then(date_of)
        .or_else(|| {
            meta(&[
                "article:modified_time",
                "og:updated_time",
                "dcterms.modified",
            ])
            .and_then(|d| date_of(&d))
        })
        .filter(|m| Some(m) != published.as_ref());

    let canonical = doc
        .select("link[rel~=canonical]")
        .first()
        .attr("href")
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .or_else(|| meta(&["og:url"]))
        .or_else(|| {
            article
                .and_then(|a| a.get("url").or_else(|| a.get("mainEntityOfPage")))
                .and_then(|v| v.as_str().or_else(|| v.get("@id").and_then(Value::as_str)))
                .map(str::to_owned)
        })
        .and_then(|h| absolute(base, &h));
    let url = canonical.or_else(|| base.filter(|b| b.starts_with("http")).map(str::to_owned));

    let language = article
        .and_then(|a| a.get("inLanguage"))
        .and_then(|v| v.as_str().map(str::to_owned).or_else(|| name_of(v)))
        .or_else(|| {
            doc.select("html")
                .first()
                .attr("lang")
                .map(|l| l.to_string())
        })
        .or_else(|| {
            meta(&[
                "content-language",
                "dc.language",
                "dcterms.language",
                "citation_language",
                "og:locale",
            ])
        })
        .and_then(|l| language_tag(&l));

    if outlet.is_none() {
        outlet = url.as_deref().or(base).and_then(outlet_of_host);
    }

    let accessible_for_free = ld
        .iter()
        .filter_map(|n| n.get("isAccessibleForFree"))
        .chain(
            ld.iter()
                .filter_map(|n| n.get("hasPart"))
                .flat_map(|p| match p {
                    Value::Array(a) => a.iter().collect::<Vec<_>>(),
                    other => vec![other],
                })
                .filter_map(|p| p.get("isAccessibleForFree")),
        )
        .filter_map(|v| match v {
            Value::Bool(b) => Some(*b),
            Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
                "false" | "no" => Some(false),
                "true" | "yes" => Some(true),
                _ => None,
            },
            _ => None,
        })
        .reduce(|a, b| a && b);
    let word_count = any_ld("wordCount").and_then(|v| {
        v.as_u64()
            .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
    });

    PageMeta {
        title,
        outlet,
        authors,
        published,
        modified,
        url,
        language,
        accessible_for_free,
        word_count,
    }
}

/// Every JSON-LD node of the page, `@graph`s and arrays flattened. A block that is not
/// valid JSON is skipped (pages ship broken ones; the other sources still apply).
fn json_ld(doc: &Document) -> Vec<Value> {
    let mut nodes = Vec::new();
    for script in doc.select(r#"script[type="application/ld+json"]"#).iter() {
        let text = script.text();
        let Ok(value) = serde_json::from_str::<Value>(text.trim()) else {
            continue;
        };
        flatten(value, &mut nodes);
    }
    nodes
}

/// Every JSON-LD `articleBody` of the page that is a string (the key in any case, at any
/// depth), as the extractor looks for one.
pub fn article_bodies(doc: &Document) -> Vec<String> {
    let mut bodies = Vec::new();
    let nodes = json_ld(doc);
    // Depth first, without recursion.
    let mut stack: Vec<&Value> = nodes.iter().rev().collect();
    while let Some(value) = stack.pop() {
        match value {
            Value::Object(map) => {
                for (key, v) in map.iter().rev() {
                    match v {
                        Value::String(body) if key.eq_ignore_ascii_case("articlebody") => {
                            bodies.push(body.clone());
                        }
                        _ => stack.push(v),
                    }
                }
            }
            Value::Array(items) => stack.extend(items.iter().rev()),
            _ => {}
        }
    }
    bodies
}

fn flatten(value: Value, out: &mut Vec<Value>) {
    match value {
        Value::Array(items) => items.into_iter().for_each(|v| flatten(v, out)),
        Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                flatten(graph, out);
            }
            if !map.is_empty() {
                out.push(Value::Object(map));
            }
        }
        _ => {}
    }
}

fn has_type(node: &Value, types: &[&str]) -> bool {
    let matches = |t: &Value| {
        t.as_str()
            .is_some_and(|t| types.iter().any(|want| t.rsplit('/').next() == Some(want)))
    };
    match node.get("@type") {
        Some(Value::Array(ts)) => ts.iter().any(matches),
        Some(t) => matches(t),
        None => false,
    }
}

fn is_article(node: &Value) -> bool {
    let check = |t: &Value| {
        t.as_str().is_some_and(|t| {
            t.ends_with("Article") || t == "BlogPosting" || t == "Report" || t == "LiveBlogPosting"
        })
    };
    match node.get("@type") {
        Some(Value::Array(ts)) => ts.iter().any(check),
        Some(t) => check(t),
        None => false,
    }
}

/// A name from a JSON-LD value: a string, or an object's `name`.
fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(clean(s)),
        Value::Object(_) => v.get("name").and_then(name_of),
        Value::Array(a) => a.iter().find_map(name_of),
        _ => None,
    }
    .filter(|s| !s.is_empty())
}

/// Names from a JSON-LD `author`: one or many, strings or objects.
fn names_of(v: &Value) -> Vec<String> {
    match v {
        Value::Array(items) => items.iter().flat_map(names_of).collect(),
        Value::String(s) if is_address(s) => Vec::new(),
        Value::String(s) => split_names(s),
        Value::Object(_) => name_of(v)
            .filter(|n| !is_address(n))
            .map(|n| split_names(&n))
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// An author "name" that is an address (a profile page, as pages give in JSON-LD
/// `author.name` and `<meta name=author>`): no name to write.
fn is_address(s: &str) -> bool {
    let s = s.trim().to_ascii_lowercase();
    s.starts_with("http://") || s.starts_with("https://") || s.starts_with("www.")
}

/// `By Ana Silva and João Souza` → two names.
fn split_names(s: &str) -> Vec<String> {
    let s = clean(s);
    let s = strip_by(&s);
    s.split([',', ';', '&'])
        .flat_map(|p| p.split(" and "))
        .map(|p| clean(p.trim()))
        .filter(|p| !p.is_empty() && p.chars().any(char::is_alphabetic))
        .collect()
}

fn strip_by(s: &str) -> &str {
    for prefix in [
        "By ", "by ", "BY ", "Por ", "por ", "Von ", "von ", "Par ", "par ",
    ] {
        if let Some(rest) = s.strip_prefix(prefix) {
            return rest.trim();
        }
    }
    s
}

/// Authors named in the page's visible byline.
fn byline(doc: &Document) -> Vec<String> {
    for sel in [
        r#"[itemprop="author"] [itemprop="name"]"#,
        r#"[itemprop="author"]"#,
        r#"a[rel="author"]"#,
        ".byline__name, .author-name, .byline-name",
        ".byline, .author",
    ] {
        let found: Vec<String> = doc
            .select(sel)
            .iter()
            .map(|s| clean(&s.text()))
            .filter(|t| !t.is_empty() && t.len() < 80)
            .flat_map(|t| split_names(&t))
            .collect();
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
}

fn meta_content(doc: &Document, names: &[&str]) -> Option<String> {
    names.iter().find_map(|name| {
        meta_tags(doc)
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| clean(v))
            .filter(|v| !v.is_empty())
    })
}

fn meta_all(doc: &Document, names: &[&str]) -> Vec<String> {
    meta_tags(doc)
        .into_iter()
        .filter(|(k, _)| names.iter().any(|n| k.eq_ignore_ascii_case(n)))
        .map(|(_, v)| clean(&v))
        .filter(|v| !v.is_empty())
        .collect()
}

/// Every `<meta>` as (name or property or http-equiv, content).
fn meta_tags(doc: &Document) -> Vec<(String, String)> {
    doc.select("meta")
        .iter()
        .filter_map(|m: Selection| {
            let key = m
                .attr("property")
                .or_else(|| m.attr("name"))
                .or_else(|| m.attr("itemprop"))
                .or_else(|| m.attr("http-equiv"))?;
            let content = m.attr("content")?;
            Some((key.trim().to_owned(), content.to_string()))
        })
        .collect()
}

/// Collapses whitespace and decodes nothing (the parser already did).
fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn dedup(names: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| seen.insert(n.to_lowercase()));
}

/// Splits " | Site", " - Site", " — Site" off a title. The tail goes when it names the
/// outlet; with no known outlet, a tail after ` | ` is taken to be the site's name and
/// returned.
pub fn strip_site_tail(title: &str, outlet: Option<&str>) -> (String, Option<String>) {
    let title = clean(title);
    for sep in [" | ", " – ", " — ", " - ", " :: ", " · ", " » "] {
        let Some(at) = title.rfind(sep) else {
            continue;
        };
        let (head, tail) = (&title[..at], title[at + sep.len()..].trim());
        if head.trim().is_empty() {
            continue;
        }
        let norm = |s: &str| {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        };
        if let Some(outlet) = outlet {
            let (o, t) = (norm(outlet), norm(tail));
            if !t.is_empty() && (o == t || o.contains(&t) || t.contains(&o)) {
                return (head.trim().to_owned(), None);
            }
        } else if sep == " | " && tail.split_whitespace().count() <= 5 {
            return (head.trim().to_owned(), Some(tail.to_owned()));
        }
    }
    (title, None)
}

/// A date as the page states it, at its precision: `2025-02-25T10:00:00+02:00` →
/// `2025-02-25` (the date where it was published, not converted to UTC);
/// `2025/02/25` → `2025-02-25`; `2025-02` stays. A year alone, or anything else, is `None`.
pub fn date_of(s: &str) -> Option<String> {
    let s = s.trim();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let head: String = s.chars().take(10).collect();
    let parts: Vec<&str> = head.split(['-', '/', '.']).collect();
    let candidate = match parts.as_slice() {
        [y, m, d] if digits(y, 4) && digits(m, 2) && d.len() >= 2 && digits(&d[..2], 2) => {
            format!("{y}-{m}-{}", &d[..2])
        }
        [y, m, ..] if digits(y, 4) && digits(m, 2) => format!("{y}-{m}"),
        _ => {
            // Compact forms: 20250225 (Highwire) or 2025-02-25 inside a longer string.
            let compact: String = s.chars().take(8).collect();
            if digits(&compact, 8) {
                format!("{}-{}-{}", &compact[..4], &compact[4..6], &compact[6..8])
            } else {
                return None;
            }
        }
    };
    crate::date::parse(&candidate, true).ok().map(|_| candidate)
}

/// A BCP 47 tag from what pages write: `pt_BR` → `pt-BR`, `EN-us` → `en-US`.
pub fn language_tag(s: &str) -> Option<String> {
    let s = s.trim().replace('_', "-");
    let mut parts = s.split('-').filter(|p| !p.is_empty());
    let lang = parts.next()?;
    if !(2..=3).contains(&lang.len()) || !lang.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut tag = lang.to_ascii_lowercase();
    for p in parts {
        if !p.chars().all(|c| c.is_ascii_alphanumeric()) {
            break;
        }
        tag.push('-');
        match p.len() {
            2 => tag.push_str(&p.to_ascii_uppercase()),
            4 => {
                let mut c = p.chars();
                if let Some(first) = c.next() {
                    tag.push(first.to_ascii_uppercase());
                    tag.push_str(&c.as_str().to_ascii_lowercase());
                }
            }
            _ => tag.push_str(&p.to_ascii_lowercase()),
        }
    }
    Some(tag)
}

/// Resolves `href` against `base`; `None` when the result is not http(s).
pub fn absolute(base: Option<&str>, href: &str) -> Option<String> {
    let joined = match base.and_then(|b| url::Url::parse(b).ok()) {
        Some(b) => b.join(href).ok()?,
        None => url::Url::parse(href).ok()?,
    };
    matches!(joined.scheme(), "http" | "https").then(|| joined.to_string())
}

/// The host of an http(s) address.
pub fn host(url: &str) -> Option<String> {
    url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
}

/// The outlet named after an address's host, when nothing better names it: the host
/// without a leading `www.` (`www.example.org` is `example.org`).
pub fn outlet_of_host(url: &str) -> Option<String> {
    host(url).map(|h| h.trim_start_matches("www.").to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_of(html: &str) -> PageMeta {
        read(
            &Document::from(html),
            Some("https://news.example.cz/a/1?utm=x"),
        )
    }

    #[test]
    fn an_empty_headline_passes_to_the_next_title() {
        for (headline, head, want) in [
            (
                "",
                r#"<meta property="og:title" content="OG title">"#,
                "OG title",
            ),
            ("   ", "", "Page title"),
        ] {
            let m = meta_of(&format!(
                r#"<html><head><title>Page title</title>{head}<script type="application/ld+json">
                {{"@type":"NewsArticle","headline":"{headline}","name":"","author":[{{"@type":"Person","name":"https://x.example/staff/jd"}},"HTTPS://x.example/b","Jana Nováková"]}}</script></head><body></body></html>"#
            ));
            assert_eq!(m.title.as_deref(), Some(want), "{headline:?}");
            assert_eq!(m.authors, vec!["Jana Nováková"]);
        }
    }

    #[test]
    fn json_ld_news_article_wins() {
        let m = meta_of(
            r#"<html lang="cs"><head><title>Dohoda o nerostech | Deník Example</title>
            <meta property="og:title" content="OG title">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"NewsArticle","headline":"Dohoda o nerostech","datePublished":"2025-02-25T10:00:00+01:00",
               "dateModified":"2025-02-26T08:00:00+01:00",
               "author":[{"@type":"Person","name":"Jana Nováková"},{"@type":"Person","name":"Petr Svoboda"}],
               "publisher":{"@type":"Organization","name":"Deník Example"},"inLanguage":"cs-CZ"}]}</script>
            <link rel="canonical" href="/a/1"></head><body></body></html>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Dohoda o nerostech"));
        assert_eq!(m.outlet.as_deref(), Some("Deník Example"));
        assert_eq!(m.authors, vec!["Jana Nováková", "Petr Svoboda"]);
        assert_eq!(m.published.as_deref(), Some("2025-02-25"));
        assert_eq!(m.modified.as_deref(), Some("2025-02-26"));
        assert_eq!(m.url.as_deref(), Some("https://news.example.cz/a/1"));
        assert_eq!(m.language.as_deref(), Some("cs-CZ"));
    }

    #[test]
    fn open_graph_and_title_tail() {
        let m = meta_of(
            r#"<html lang="pt-br"><head><title>Acordo de minerais - Folha Example</title>
            <meta property="og:site_name" content="Folha Example">
            <meta property="og:title" content="Acordo de minerais | Folha Example">
            <meta property="article:published_time" content="2025-03-01T12:00:00-03:00">
            <meta name="author" content="Por Ana Silva e Souza"></head></html>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Acordo de minerais"));
        assert_eq!(m.outlet.as_deref(), Some("Folha Example"));
        assert_eq!(m.published.as_deref(), Some("2025-03-01"));
        assert_eq!(m.authors, vec!["Ana Silva e Souza"]);
        assert_eq!(m.language.as_deref(), Some("pt-BR"));
        assert_eq!(m.modified, None);
    }

    #[test]
    fn highwire_citation_tags() {
        let m = meta_of(
            r#"<head><meta name="citation_title" content="Critical minerals and alliances">
            <meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Roe, Richard">
            <meta name="citation_journal_title" content="Journal of Resource Policy">
            <meta name="citation_publication_date" content="2024/11"></head>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Critical minerals and alliances"));
        assert_eq!(m.outlet.as_deref(), Some("Journal of Resource Policy"));
        assert_eq!(m.authors, vec!["Doe, Jane", "Roe, Richard"]);
        assert_eq!(m.published.as_deref(), Some("2024-11"));
    }

    #[test]
    fn dublin_core_and_time_and_byline() {
        let m = meta_of(
            r#"<head><title>Plain title</title><meta name="DC.publisher" content="Agency X"></head>
            <body><article><h1>Plain title</h1><p class="byline">By Li Wei</p>
            <time datetime="2024-07-09">9 July</time></article></body>"#,
        );
        assert_eq!(m.outlet.as_deref(), Some("Agency X"));
        assert_eq!(m.authors, vec!["Li Wei"]);
        assert_eq!(m.published.as_deref(), Some("2024-07-09"));
    }

    #[test]
    fn outlet_falls_back_to_host() {
        let m = meta_of("<title>Just a title</title><p>x</p>");
        assert_eq!(m.outlet.as_deref(), Some("news.example.cz"));
        assert_eq!(m.url.as_deref(), Some("https://news.example.cz/a/1?utm=x"));
        // One rule for a page and a text: the host, without its `www.`.
        let m = read(
            &Document::from("<p>x</p>"),
            Some("https://www.example.org/a"),
        );
        assert_eq!(m.outlet.as_deref(), Some("example.org"));
        let text = super::super::extract::extract_text("x", Some("https://www.example.org/a"));
        assert_eq!(text.meta.outlet, m.outlet);
        assert_eq!(outlet_of_host("not an address"), None);
    }

    #[test]
    fn paywall_flag_in_has_part() {
        let m = meta_of(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","wordCount":"1200",
            "isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":false}}</script>"#,
        );
        assert_eq!(m.accessible_for_free, Some(false));
        assert_eq!(m.word_count, Some(1200));
    }

    #[test]
    fn dates_keep_their_precision() {
        assert_eq!(
            date_of("2025-02-25T23:30:00-05:00").as_deref(),
            Some("2025-02-25")
        );
        assert_eq!(date_of("2025/02/25").as_deref(), Some("2025-02-25"));
        assert_eq!(date_of("2025-02").as_deref(), Some("2025-02"));
        assert_eq!(date_of("20250225").as_deref(), Some("2025-02-25"));
        assert_eq!(date_of("2025"), None);
        assert_eq!(date_of("yesterday"), None);
        assert_eq!(date_of("2025-02-30"), None);
    }

    #[test]
    fn title_tails() {
        assert_eq!(
            strip_site_tail("A - B | The Site", Some("The Site")).0,
            "A - B"
        );
        assert_eq!(
            strip_site_tail("Hyphen-ated title", Some("X")).0,
            "Hyphen-ated title"
        );
        assert_eq!(
            strip_site_tail("Story | Outlet", None),
            ("Story".to_owned(), Some("Outlet".to_owned()))
        );
    }
}

//! The machine-readable files of a site: the Atom feed, the sitemap and robots.txt (the
//! search index is `search`'s).
//!
//! Written in Rust rather than through templates: their formats are fixed, and escaping
//! XML and JSON by hand in a template is where feeds usually break. Absolute URLs come
//! from `base_url`; when it is not an absolute `http(s)` address (the default is `/`),
//! the feed's links stay relative (valid Atom, resolved against the feed's own address),
//! its ids become `urn:` names, and no sitemap is written, since a sitemap must give
//! absolute URLs. Every URL these files give is percent-encoded ([`crate::escape::url`]):
//! a sitemap's `<loc>` must be (sitemaps.org), and a folder named `São Paulo` makes a
//! path beyond ASCII. The pages' own links stay as they are (HTML takes them whole).

use crate::brief::Brief;
use crate::config::SiteConfig;
use crate::site::Site;

/// Every machine-readable file of the site but the search index (`search`), as
/// `(output path, contents)`: the feed, sitemap and robots.txt. A `robots.txt` the site
/// provides itself (in `static/`) is left out: the site's own wins. No file of the site
/// is copied onto the others ([`crate::site::load_assets`]).
pub fn files(site: &Site) -> Vec<(String, String)> {
    let mut files = listing_files(site);
    files.retain(|(path, _)| !site.assets.contains_key(path));
    files
}

/// The files that list the briefs — feed, sitemap, robots.txt — which change only when
/// what the home page shows of a brief changes.
pub fn listing_files(site: &Site) -> Vec<(String, String)> {
    // The feed and the sitemap each walk every brief: made side by side.
    let (feed, map) = rayon::join(|| atom(site), || sitemap(site));
    let mut files = vec![
        ("atom.xml".to_owned(), feed),
        ("robots.txt".to_owned(), robots(site)),
    ];
    if let Some(map) = map {
        files.push(("sitemap.xml".to_owned(), map));
    }
    files.retain(|(path, _)| !site.assets.contains_key(path));
    files
}

/// Every file [`listing_files`] can make, in its order.
const LISTING_FILES: [&str; 3] = ["atom.xml", "robots.txt", "sitemap.xml"];

/// Whether `path` is one of the files [`listing_files`] can make (whether or not this
/// site gets it: a sitemap needs an absolute `base_url`, a site's own `robots.txt` wins).
pub fn is_listing_file(path: &str) -> bool {
    LISTING_FILES.contains(&path)
}

/// The paths [`listing_files`] gives `site`, without making the files: those
/// [`always_writes`] names, and `robots.txt`, unless the site has its own.
pub fn listing_file_names(site: &Site) -> Vec<&'static str> {
    LISTING_FILES
        .into_iter()
        .filter(|path| *path == "robots.txt" || always_writes(path, &site.config))
        .filter(|path| !site.assets.contains_key(*path))
        .collect()
}

/// Whether `base_url` can make absolute URLs.
fn absolute_base(site: &Site) -> Option<&str> {
    absolute_base_of(&site.config)
}

/// [`absolute_base`] of a site's configuration.
fn absolute_base_of(config: &SiteConfig) -> Option<&str> {
    let base = config.base_url.as_str();
    let lower = base.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(base)
}

/// Whether a site configured as `config` gets the file `path` from [`listing_files`]
/// whatever the site holds: the feed, and the sitemap when `base_url` is absolute.
/// `robots.txt` is not among them: a site's own in `static/` wins (README, "Output").
pub fn always_writes(path: &str, config: &SiteConfig) -> bool {
    match path {
        "atom.xml" => true,
        "sitemap.xml" => absolute_base_of(config).is_some(),
        _ => false,
    }
}

/// Briefs in home-page order — weight, then newest first, then title — as indices into
/// `site.briefs`.
pub fn ordered(site: &Site) -> Vec<usize> {
    let mut order: Vec<usize> = (0..site.briefs.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&site.briefs[a], &site.briefs[b]);
        (x.weight.is_none(), x.weight)
            .cmp(&(y.weight.is_none(), y.weight))
            .then_with(|| y.date.cmp(&x.date))
            .then_with(|| x.title.cmp(&y.title))
            .then_with(|| x.path.cmp(&y.path))
    });
    order
}

/// `2025-03-05` → `2025-03-05T00:00:00Z` (Atom needs a time; briefs have days).
fn timestamp(date: Option<&String>) -> String {
    match date {
        Some(d) if d.len() == 10 => format!("{d}T00:00:00Z"),
        _ => "1970-01-01T00:00:00Z".to_owned(),
    }
}

/// The Atom feed of the briefs, newest first.
pub fn atom(site: &Site) -> String {
    let config = &site.config;
    let base = absolute_base(site);
    let name = crate::brief::slug(&config.title);
    let id_of = |path: &str| {
        let id = match (base, path) {
            (Some(b), _) => format!("{b}{path}"),
            (None, "") => format!("urn:brief:{name}"),
            (None, _) => format!("urn:brief:{name}:{}", path.trim_end_matches('/')),
        };
        crate::escape::url(&id).into_owned()
    };
    let link_of = |path: &str| {
        let link = match (base, path) {
            (Some(b), _) => format!("{b}{path}"),
            (None, "") => "./".to_owned(),
            (None, _) => path.to_owned(),
        };
        crate::escape::url(&link).into_owned()
    };
    let mut briefs: Vec<&Brief> = site.briefs.iter().collect();
    briefs.sort_by(|x, y| {
        let (dx, dy) = (
            x.updated.as_ref().or(x.date.as_ref()),
            y.updated.as_ref().or(y.date.as_ref()),
        );
        dy.cmp(&dx)
            .then_with(|| x.title.cmp(&y.title))
            .then_with(|| x.path.cmp(&y.path))
    });
    let updated = briefs
        .first()
        .map(|b| timestamp(b.updated.as_ref().or(b.date.as_ref())))
        .unwrap_or_else(|| timestamp(None));
    let mut out = String::with_capacity(512 + briefs.len() * 512);
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        xml(&config.language)
    ));
    out.push_str(&format!("  <title>{}</title>\n", xml(&config.title)));
    if let Some(d) = &config.description {
        out.push_str(&format!("  <subtitle>{}</subtitle>\n", xml(d)));
    }
    out.push_str(&format!(
        "  <link href=\"{}\" rel=\"self\" type=\"application/atom+xml\"/>\n",
        xml(&link_of("atom.xml"))
    ));
    out.push_str(&format!(
        "  <link href=\"{}\" rel=\"alternate\" type=\"text/html\"/>\n",
        xml(&link_of(""))
    ));
    out.push_str(&format!("  <id>{}</id>\n", xml(&id_of(""))));
    out.push_str(&format!("  <updated>{updated}</updated>\n"));
    out.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        xml(&config.title)
    ));
    out.push_str(&format!(
        "  <generator version=\"{}\">brief</generator>\n",
        env!("CARGO_PKG_VERSION")
    ));
    for b in briefs {
        out.push_str("  <entry>\n");
        out.push_str(&format!("    <title>{}</title>\n", xml(&b.title)));
        out.push_str(&format!(
            "    <link href=\"{}\" rel=\"alternate\" type=\"text/html\"/>\n",
            xml(&link_of(&b.url_path))
        ));
        out.push_str(&format!("    <id>{}</id>\n", xml(&id_of(&b.url_path))));
        if let Some(d) = &b.date {
            out.push_str(&format!(
                "    <published>{}</published>\n",
                timestamp(Some(d))
            ));
        }
        // Atom requires an entry's `updated`: an undated brief takes the feed's, the
        // newest date of the site (not 1970, which readers would show as its date).
        let entry_updated = match b.updated.as_ref().or(b.date.as_ref()) {
            Some(d) => timestamp(Some(d)),
            None => updated.clone(),
        };
        out.push_str(&format!("    <updated>{entry_updated}</updated>\n"));
        for a in &b.authors {
            out.push_str(&format!("    <author><name>{}</name></author>\n", xml(a)));
        }
        for t in &b.topics {
            out.push_str(&format!(
                "    <category term=\"{}\" label=\"{}\"/>\n",
                xml(&crate::brief::slug(t)),
                xml(t)
            ));
        }
        if let Some(s) = &b.summary {
            out.push_str(&format!("    <summary>{}</summary>\n", xml(s)));
        }
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

/// The sitemap, or `None` when `base_url` is not absolute.
pub fn sitemap(site: &Site) -> Option<String> {
    let base = absolute_base(site)?;
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut url = |path: &str, lastmod: Option<&String>| {
        out.push_str(&format!(
            "  <url><loc>{}</loc>",
            xml(&crate::escape::url(&format!("{base}{path}")))
        ));
        if let Some(d) = lastmod {
            out.push_str(&format!("<lastmod>{}</lastmod>", xml(d)));
        }
        out.push_str("</url>\n");
    };
    url("", None);
    for b in &site.briefs {
        url(&b.url_path, b.updated.as_ref().or(b.date.as_ref()));
    }
    // The listings' first pages (later pages are reached from them).
    for path in crate::listing::section_paths(&site.briefs, &site.sections) {
        url(&path, None);
    }
    let topics: std::collections::BTreeSet<String> = site
        .briefs
        .iter()
        .flat_map(|b| b.topics.iter().map(|t| crate::brief::slug(t)))
        .collect();
    if !topics.is_empty() {
        url(&format!("{}/", crate::listing::TOPICS_DIR), None);
    }
    for slug in &topics {
        url(&crate::listing::topic_path(slug), None);
    }
    url("sources/", None);
    // The seeds' archive pages are `noindex` (copies of others' articles): a sitemap
    // listing them would contradict their own robots tag.
    out.push_str("</urlset>\n");
    Some(out)
}

/// robots.txt: everything may be crawled; the sitemap's address when there is one.
pub fn robots(site: &Site) -> String {
    let mut out = String::from("User-agent: *\nAllow: /\n");
    if let Some(base) = absolute_base(site) {
        let map = format!("{base}sitemap.xml");
        out.push_str(&format!("Sitemap: {}\n", crate::escape::url(&map)));
    }
    out
}

/// Text for XML: escaped as for HTML (`&#39;` is valid XML too), without the control
/// characters XML 1.0 forbids.
fn xml(s: &str) -> String {
    let allowed = |c: &char| (*c as u32) >= 0x20 || matches!(c, '\n' | '\t' | '\r');
    crate::escape::html(&s.chars().filter(allowed).collect::<String>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escapes_and_drops_control_characters() {
        assert_eq!(xml("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
    }
}

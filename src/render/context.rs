//! The template contexts: what each page's templates see, as borrowed Rust values
//! serialised straight into Tera's values (no intermediate JSON tree). Field names are
//! the template variables the README documents ("Templates").

use std::sync::OnceLock;

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::{Overview, highlight_paragraph, href, seed_path};
use crate::brief::Brief;
use crate::listing::{Listing, Listings, Topic};
use crate::markdown::TocEntry;
use crate::quote::Passage;
use crate::reference::References;
use crate::resolve::{ResolvedBrief, SeedUse};
use crate::seed::Seed;
use crate::site::Site;

/// A brief's front-matter keys as templates see them, on the home page and its own page
/// (written by [`BriefFields::put`]).
struct BriefFields<'a> {
    title: &'a str,
    summary: &'a Option<String>,
    date: &'a Option<String>,
    updated: &'a Option<String>,
    authors: &'a [String],
    weight: Option<i64>,
    extra: &'a serde_json::Value,
    path: &'a str,
}

impl<'a> BriefFields<'a> {
    /// How many keys [`BriefFields::put`] writes.
    const LEN: usize = 8;

    /// Writes the keys into `out`, as `#[serde(flatten)]` would, but into the same
    /// struct: Tera builds a struct's map with its field names as they are, where a
    /// flattened map's keys are each allocated and the map built twice.
    fn put<S: SerializeStruct>(&self, out: &mut S) -> Result<(), S::Error> {
        out.serialize_field("title", self.title)?;
        out.serialize_field("summary", self.summary)?;
        out.serialize_field("date", self.date)?;
        out.serialize_field("updated", self.updated)?;
        out.serialize_field("authors", self.authors)?;
        out.serialize_field("weight", &self.weight)?;
        out.serialize_field("extra", self.extra)?;
        out.serialize_field("path", self.path)
    }

    fn new(brief: &'a Brief) -> Self {
        BriefFields {
            title: &brief.title,
            summary: &brief.summary,
            date: &brief.date,
            updated: &brief.updated,
            authors: &brief.authors,
            weight: brief.weight,
            extra: &brief.extra,
            path: &brief.url_path,
        }
    }
}

/// A listing's entry for a brief (`briefs` in `index.html`, `section.html`,
/// `topic.html`).
pub(super) struct HomeBrief<'a> {
    fields: BriefFields<'a>,
    href: String,
    source_count: usize,
    topics: Vec<TopicEntry<'a>>,
}

/// The front matter's keys, then the entry's own.
impl Serialize for HomeBrief<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("HomeBrief", BriefFields::LEN + 3)?;
        self.fields.put(&mut out)?;
        out.serialize_field("href", &self.href)?;
        out.serialize_field("source_count", &self.source_count)?;
        out.serialize_field("topics", &self.topics)?;
        out.end()
    }
}

/// The entries of briefs `indices`, for a page at `root`.
pub(super) fn home_briefs<'a>(
    site: &'a Site,
    listings: &'a Listings,
    overview: &Overview<'_>,
    indices: &[usize],
    root: &str,
) -> Vec<HomeBrief<'a>> {
    indices
        .iter()
        .map(|&i| {
            let b = &site.briefs[i];
            HomeBrief {
                fields: BriefFields::new(b),
                href: href(root, &b.url_path),
                source_count: overview.citations[i].seeds.len(),
                topics: topic_entries(listings, i, root),
            }
        })
        .collect()
}

/// A topic as templates see it: on a brief, a listing entry, `topic.html` and in
/// `topics` on `topics.html`.
#[derive(Serialize)]
pub(super) struct TopicEntry<'a> {
    name: &'a str,
    slug: &'a str,
    href: String,
    count: usize,
}

impl<'a> TopicEntry<'a> {
    pub(super) fn new(topic: &'a Topic, root: &str) -> Self {
        TopicEntry {
            name: &topic.name,
            slug: &topic.slug,
            href: href(root, &crate::listing::topic_path(&topic.slug)),
            count: topic.briefs.len(),
        }
    }
}

fn topic_entries<'a>(listings: &'a Listings, brief: usize, root: &str) -> Vec<TopicEntry<'a>> {
    listings.brief_topics[brief]
        .iter()
        .map(|&t| TopicEntry::new(&listings.topics[t], root))
        .collect()
}

/// `paginator` on a listing page: the page's `items` (the same list as `briefs` or
/// `seeds`), its `number` (from 1), `total` pages, `item_count` (entries in the whole
/// listing), `paginate_by`, and links to the `first`, `previous`, `next` and `last`
/// pages (`previous` and `next` null at the ends).
pub(super) fn paginator(
    listings: &Listings,
    listing: Listing,
    number: usize,
    root: &str,
    items: tera::Value,
) -> tera::Value {
    let total = listings.pages(listing);
    let base = listings.base(listing);
    let link = |n: usize| href(root, &crate::listing::paged(&base, n));
    let mut map = tera::value::Map::new();
    map.insert("items".into(), items);
    map.insert("number".into(), number.into());
    map.insert("total".into(), total.into());
    map.insert("item_count".into(), listings.len(listing).into());
    map.insert("paginate_by".into(), listings.paginate_by.into());
    map.insert("first".into(), link(1).into());
    map.insert(
        "previous".into(),
        (number > 1)
            .then(|| link(number - 1))
            .map_or_else(tera::Value::none, Into::into),
    );
    map.insert(
        "next".into(),
        (number < total)
            .then(|| link(number + 1))
            .map_or_else(tera::Value::none, Into::into),
    );
    map.insert("last".into(), link(total).into());
    map.into()
}

/// `section` on `section.html` (and on `index.html`, for `content/_index.md`): `title`,
/// `summary`, `content` (the `_index.md` body as HTML), `extra`, `path`, `href`,
/// `count` (briefs in it and below), `subsections` (`{title, href, count}`) and
/// `breadcrumbs` (the sections above it, `{title, href}`, the home page first).
#[derive(Serialize)]
pub(super) struct SectionContext<'a> {
    title: &'a str,
    summary: Option<&'a str>,
    content: &'a str,
    extra: Option<&'a serde_json::Value>,
    path: &'a str,
    href: String,
    count: usize,
    subsections: Vec<Crumb<'a>>,
    breadcrumbs: Vec<Crumb<'a>>,
}

/// A link to a listing: a breadcrumb or a subsection.
#[derive(Serialize)]
struct Crumb<'a> {
    title: &'a str,
    href: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    count: Option<usize>,
}

/// The breadcrumbs of a page under `path` whose sections (outermost first) are `trail`.
fn crumbs<'a>(
    site: &'a Site,
    listings: &'a Listings,
    trail: &[usize],
    root: &str,
) -> Vec<Crumb<'a>> {
    let home = site
        .sections
        .first()
        .filter(|s| s.url_path.is_empty())
        .and_then(|s| s.title.as_deref());
    let mut out = vec![Crumb {
        title: home.unwrap_or("Home"),
        href: href(root, ""),
        count: None,
    }];
    out.extend(trail.iter().map(|&s| Crumb {
        title: &listings.sections[s].title,
        href: href(root, &listings.sections[s].path),
        count: None,
    }));
    out
}

/// The `section` value of section `s`, or of the home page when `None`.
pub(super) fn section_value<'a>(
    site: &'a Site,
    listings: &'a Listings,
    s: Option<usize>,
    root: &str,
) -> SectionContext<'a> {
    let (path, title, index, count, children, trail): (
        &str,
        &str,
        Option<usize>,
        usize,
        &[usize],
        Vec<usize>,
    ) = match s {
        Some(s) => {
            let section = &listings.sections[s];
            let mut trail: Vec<usize> = Vec::new();
            let mut p = section.path.as_str();
            while let Some(cut) = p.trim_end_matches('/').rfind('/') {
                p = &p[..=cut];
                if let Some(i) = listings.section(p) {
                    trail.insert(0, i);
                }
            }
            (
                &section.path,
                &section.title,
                section.index,
                section.briefs.len(),
                &section.children,
                trail,
            )
        }
        None => {
            let index = site
                .sections
                .first()
                .filter(|x| x.url_path.is_empty())
                .map(|_| 0);
            let title = index
                .and_then(|i| site.sections[i].title.as_deref())
                .unwrap_or(&site.config.title);
            (
                "",
                title,
                index,
                listings.order.len(),
                &listings.top,
                Vec::new(),
            )
        }
    };
    let meta = index.map(|i| &site.sections[i]);
    SectionContext {
        title,
        summary: meta.and_then(|m| m.summary.as_deref()),
        content: meta.map_or("", |m| m.content.as_str()),
        extra: meta.map(|m| &m.extra),
        path,
        href: href(root, path),
        count,
        subsections: children
            .iter()
            .map(|&c| Crumb {
                title: &listings.sections[c].title,
                href: href(root, &listings.sections[c].path),
                count: Some(listings.sections[c].briefs.len()),
            })
            .collect(),
        breadcrumbs: if s.is_some() {
            crumbs(site, listings, &trail, root)
        } else {
            Vec::new()
        },
    }
}

/// The seed's front-matter keys, as templates see them, and `reference`: the seed
/// formatted in the site's citation style (HTML, seed text escaped).
#[derive(Serialize)]
struct SeedReference<'a> {
    id: &'a str,
    title: &'a str,
    outlet: &'a Option<String>,
    author: &'a [String],
    published: &'a Option<String>,
    url: &'a Option<String>,
    language: &'a Option<String>,
    note: &'a Option<String>,
    /// When and what was captured (`brief seed add`): `captured` the UTC time,
    /// `version_date` its day (for Robust Links' `data-versiondate`), `modified` the
    /// article's own last-modified date.
    captured: &'a Option<String>,
    version_date: Option<&'a str>,
    modified: &'a Option<String>,
    reference: &'a str,
}

impl<'a> SeedReference<'a> {
    fn new(seed: &'a Seed, reference: &'a str) -> Self {
        SeedReference {
            id: &seed.id,
            title: &seed.title,
            outlet: &seed.outlet,
            author: &seed.author,
            published: &seed.published,
            url: &seed.url,
            language: &seed.language,
            note: &seed.note,
            captured: &seed.captured,
            version_date: seed.captured.as_deref().and_then(|c| c.get(..10)),
            modified: &seed.modified,
            reference,
        }
    }
}

/// `brief` in `brief.html`: the front matter, the rendered body and components, and the
/// numbered sources. Field names are the template variables the README documents.
///
/// Serialised in one pass into one map per object (see its `Serialize`): its sources
/// start from each seed's keys made once a build ([`SeedValues`]).
pub(super) struct BriefContext<'a> {
    /// The first keys of the value.
    fields: BriefFields<'a>,
    draft: bool,
    content: &'a str,
    toc: &'a [TocEntry],
    /// `sources` and `further`, the keys after `toc`.
    sources: Vec<WithSeed<'a, SourceEntry<'a>>>,
    further: Vec<WithSeed<'a, FurtherReading>>,
    notes: Vec<NoteEntry<'a>>,
    href: &'static str,
    word_count: usize,
    takeaways: Vec<Html<'a>>,
    timeline: Vec<TimelineEntry<'a>>,
    disagreements: Vec<Disagreement<'a>>,
    changes: Vec<Change<'a>>,
    json_ld: String,
    topics: Vec<TopicEntry<'a>>,
    breadcrumbs: Vec<Crumb<'a>>,
}

/// `brief` as templates see it: the front matter's keys, then the others in the order
/// of the struct's fields, `sources` and `further` after `toc`.
impl Serialize for BriefContext<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("BriefContext", BriefFields::LEN + 15)?;
        self.fields.put(&mut out)?;
        out.serialize_field("draft", &self.draft)?;
        out.serialize_field("content", self.content)?;
        out.serialize_field("toc", self.toc)?;
        out.serialize_field("sources", &self.sources)?;
        out.serialize_field("further", &self.further)?;
        out.serialize_field("notes", &self.notes)?;
        out.serialize_field("href", self.href)?;
        out.serialize_field("word_count", &self.word_count)?;
        out.serialize_field("takeaways", &self.takeaways)?;
        out.serialize_field("timeline", &self.timeline)?;
        out.serialize_field("disagreements", &self.disagreements)?;
        out.serialize_field("changes", &self.changes)?;
        out.serialize_field("json_ld", &self.json_ld)?;
        out.serialize_field("topics", &self.topics)?;
        out.serialize_field("breadcrumbs", &self.breadcrumbs)?;
        out.end()
    }
}

/// A seed's keys as template values, in [`SeedReference`]'s order.
type SeedFields = Vec<(&'static str, tera::Value)>;

/// An entry of `sources` or `further`: the seed's keys directly on the entry (none when
/// the id is unknown), then the entry's own. A key of both keeps the seed's place and
/// takes the entry's value, as `#[serde(flatten)]` of the seed before the entry's fields
/// would make it; but the map is built once, each key hashed once, and the seed's values
/// are shared copies of those made once a build.
struct WithSeed<'a, T> {
    seed: &'a [(&'static str, tera::Value)],
    own: T,
}

/// A struct whose fields [`WithSeed`] writes after a seed's.
trait Fields {
    /// How many keys [`Fields::put`] writes.
    const LEN: usize;
    fn put<S: SerializeStruct>(&self, out: &mut S) -> Result<(), S::Error>;
}

impl<T: Fields> Serialize for WithSeed<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("WithSeed", self.seed.len() + T::LEN)?;
        for (key, value) in self.seed {
            out.serialize_field(key, &SeedField(value))?;
        }
        self.own.put(&mut out)?;
        out.end()
    }
}

/// A seed's value as [`WithSeed`] writes it: made afresh from the seed's (strings, and
/// lists of them, copied), which costs less than Tera's pass-through of a value inside a
/// serialised one (thread-local slots, and a shared reference count that every thread
/// rendering a brief citing the seed increments and decrements).
struct SeedField<'v>(&'v tera::Value);

impl Serialize for SeedField<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let value = self.0;
        if value.is_none() {
            return serializer.serialize_none();
        }
        // Seeds' strings are all plain (escaped when shown): a fresh one is the same.
        if let Some(text) = value.as_str()
            && !value.is_safe()
        {
            return serializer.serialize_str(text);
        }
        if let Some(items) = value.as_array() {
            return serializer.collect_seq(items.iter().map(SeedField));
        }
        value.serialize(serializer)
    }
}

/// One numbered source of a brief: after the seed's keys, these.
struct SourceEntry<'a> {
    number: usize,
    id: &'a str,
    backlinks: Vec<Backlink<'a>>,
    quotes: Vec<QuoteLink<'a>>,
    /// Figures of the brief checked against this source and found in it.
    figures: Vec<QuoteLink<'a>>,
    archive: String,
}

impl Fields for SourceEntry<'_> {
    const LEN: usize = 6;

    fn put<S: SerializeStruct>(&self, out: &mut S) -> Result<(), S::Error> {
        out.serialize_field("number", &self.number)?;
        out.serialize_field("id", self.id)?;
        out.serialize_field("backlinks", &self.backlinks)?;
        out.serialize_field("quotes", &self.quotes)?;
        out.serialize_field("figures", &self.figures)?;
        out.serialize_field("archive", &self.archive)
    }
}

#[derive(Serialize)]
struct Backlink<'a> {
    label: &'a str,
    href: String,
    #[serde(skip_serializing_if = "is_absent")]
    locator: Option<&'a Option<String>>,
    /// The locator rendered as inline Markdown (`p. **32**` → `p. <strong>32</strong>`).
    #[serde(skip_serializing_if = "Option::is_none")]
    locator_html: Option<String>,
    /// For a paragraph locator (`para. 4`): the paragraph on the seed's archive page.
    #[serde(skip_serializing_if = "Option::is_none")]
    locator_href: Option<String>,
}

/// Notes' backlinks have no locator key at all; sources' have one, maybe null.
fn is_absent(locator: &Option<&Option<String>>) -> bool {
    locator.is_none()
}

#[derive(Serialize)]
struct QuoteLink<'a> {
    text: &'a str,
    href: String,
    fragment: &'a Option<String>,
}

impl<'a> QuoteLink<'a> {
    fn new(q: &'a crate::resolve::QuoteRef, archive: &str) -> Self {
        QuoteLink {
            text: &q.text,
            href: format!("{archive}#{}", q.anchor),
            fragment: &q.fragment,
        }
    }
}

/// A seed listed but not cited: after the seed's keys, this.
struct FurtherReading {
    archive: String,
}

impl Fields for FurtherReading {
    const LEN: usize = 1;

    fn put<S: SerializeStruct>(&self, out: &mut S) -> Result<(), S::Error> {
        out.serialize_field("archive", &self.archive)
    }
}

/// Each seed's [`SeedReference`] as template values and its entry in a brief's JSON-LD
/// `citation`, made when a brief first needs them and shared by every brief citing the
/// seed: a brief's page copies a seed's values (its strings are shared, not copied) rather
/// than serialising the seed again.
pub(super) struct SeedValues {
    values: Vec<OnceLock<SeedFields>>,
    citations: Vec<OnceLock<String>>,
}

impl SeedValues {
    /// For a site of `seeds` seeds.
    pub(super) fn new(seeds: usize) -> Self {
        SeedValues {
            values: (0..seeds).map(|_| OnceLock::new()).collect(),
            citations: (0..seeds).map(|_| OnceLock::new()).collect(),
        }
    }

    /// Seed `i`'s [`SeedReference`] keys, as template values.
    fn value(
        &self,
        site: &Site,
        refs: &References<'_>,
        i: usize,
    ) -> &[(&'static str, tera::Value)] {
        self.values[i].get_or_init(|| {
            map_of(&SeedReference::new(&site.seeds[i], refs.get(i)))
                .into_iter()
                .filter_map(|(key, value)| match key {
                    // A struct's keys are its field names, `'static`.
                    tera::value::Key::Str(key) => Some((key, value)),
                    _ => None,
                })
                .collect()
        })
    }

    /// Seed `i` as an entry of a brief's JSON-LD `citation` (see [`json_ld`]).
    fn citation(&self, site: &Site, i: usize) -> &str {
        self.citations[i].get_or_init(|| seed_citation_ld(&site.seeds[i]))
    }
}

/// A struct's fields as a template map.
fn map_of(value: &impl Serialize) -> tera::value::Map {
    tera::Value::try_from_serializable(value)
        .ok()
        .and_then(tera::Value::into_map)
        .unwrap_or_default()
}

#[derive(Serialize)]
struct NoteEntry<'a> {
    number: usize,
    id: &'a str,
    content: &'a str,
    backlinks: Vec<Backlink<'a>>,
}

#[derive(Serialize)]
struct Html<'a> {
    html: &'a str,
}

#[derive(Serialize)]
struct TimelineEntry<'a> {
    date: &'a str,
    html: &'a str,
}

#[derive(Serialize)]
struct Disagreement<'a> {
    claim: &'a str,
    positions: Vec<Position<'a>>,
    verdict: &'a Option<String>,
}

#[derive(Serialize)]
struct Position<'a> {
    source: &'a Option<String>,
    html: &'a str,
}

#[derive(Serialize)]
struct Change<'a> {
    date: &'a str,
    text: &'a str,
}

impl<'a> BriefContext<'a> {
    pub(super) fn new(
        site: &'a Site,
        refs: &'a References<'_>,
        seeds: &'a SeedValues,
        listings: &'a Listings,
        index: usize,
        resolved: &'a ResolvedBrief,
        root: &str,
    ) -> Self {
        let brief = &site.briefs[index];
        let components = &resolved.components;
        let sources = resolved
            .sources
            .iter()
            .map(|s| {
                // `href(root, "sources/<id>/")`, in one allocation.
                let archive = format!("{root}sources/{}/index.html", s.id);
                let entry = SourceEntry {
                    number: s.number,
                    id: &s.id,
                    backlinks: s
                        .backlinks
                        .iter()
                        .map(|(label, locator)| Backlink {
                            label,
                            href: format!("#cite-{}-{label}", s.number),
                            locator: Some(locator),
                            locator_html: locator.as_deref().map(crate::markdown::inline_html),
                            locator_href: locator
                                .as_deref()
                                .and_then(crate::locator::paragraphs)
                                .filter(|_| s.seed.is_some())
                                .map(|paras| format!("{archive}#p{}", paras[0])),
                        })
                        .collect(),
                    quotes: s
                        .quotes
                        .iter()
                        .map(|q| QuoteLink::new(q, &archive))
                        .collect(),
                    figures: s
                        .figures
                        .iter()
                        .map(|q| QuoteLink::new(q, &archive))
                        .collect(),
                    archive,
                };
                WithSeed {
                    seed: s.seed.map_or(&[][..], |i| seeds.value(site, refs, i)),
                    own: entry,
                }
            })
            .collect();
        let further = resolved
            .further
            .iter()
            .map(|&i| WithSeed {
                seed: seeds.value(site, refs, i),
                own: FurtherReading {
                    archive: href(root, &seed_path(&site.seeds[i])),
                },
            })
            .collect();
        let notes = resolved
            .body
            .notes
            .iter()
            .map(|n| NoteEntry {
                number: n.number,
                id: &n.id,
                content: &n.content,
                backlinks: n
                    .labels
                    .iter()
                    .map(|l| Backlink {
                        label: l,
                        href: format!("#noteref-{}-{l}", n.number),
                        locator: None,
                        locator_html: None,
                        locator_href: None,
                    })
                    .collect(),
            })
            .collect();
        BriefContext {
            fields: BriefFields::new(brief),
            draft: brief.draft,
            content: &resolved.body.html,
            toc: &resolved.body.toc,
            sources,
            further,
            notes,
            href: "index.html",
            word_count: resolved.body.word_count,
            takeaways: components
                .takeaways
                .iter()
                .map(|html| Html { html })
                .collect(),
            timeline: components
                .timeline
                .iter()
                .map(|(date, html)| TimelineEntry { date, html })
                .collect(),
            disagreements: components
                .disagreements
                .iter()
                .map(|d| Disagreement {
                    claim: &d.claim,
                    positions: d
                        .positions
                        .iter()
                        .map(|(source, html)| Position { source, html })
                        .collect(),
                    verdict: &d.verdict,
                })
                .collect(),
            changes: brief
                .changes
                .iter()
                .map(|(date, text)| Change { date, text })
                .collect(),
            json_ld: json_ld(site, seeds, brief, resolved),
            topics: topic_entries(listings, index, root),
            breadcrumbs: crumbs(site, listings, &listings.trail(brief), root),
        }
    }

    /// `brief` as templates see it.
    pub(super) fn into_value(self) -> tera::Value {
        tera::Value::try_from_serializable(&self).unwrap_or_else(|_| tera::Value::none())
    }
}

/// schema.org `NewsArticle` metadata for a brief, as JSON safe to place verbatim inside a
/// `<script type="application/ld+json">` element (`<`, `>` and `&` are escaped). Written
/// as `serde_json` writes an object (keys sorted, no spaces), each cited seed's entry made
/// once a build ([`SeedValues::citation`]).
fn json_ld(site: &Site, seeds: &SeedValues, brief: &Brief, resolved: &ResolvedBrief) -> String {
    let mut out = String::with_capacity(512 + 320 * resolved.sources.len());
    out.push_str(r#"{"@context":"https://schema.org","@type":"NewsArticle","#);
    if !brief.authors.is_empty() {
        out.push_str(r#""author":"#);
        push_people_ld(&mut out, &brief.authors);
        out.push(',');
    }
    out.push_str(r#""citation":["#);
    let mut first = true;
    for i in resolved.sources.iter().filter_map(|s| s.seed) {
        if !first {
            out.push(',');
        }
        first = false;
        out.push_str(seeds.citation(site, i));
    }
    out.push(']');
    if let Some(modified) = brief.updated.as_ref().or(brief.date.as_ref()) {
        out.push_str(r#","dateModified":"#);
        push_string_ld(&mut out, modified);
    }
    if let Some(date) = &brief.date {
        out.push_str(r#","datePublished":"#);
        push_string_ld(&mut out, date);
    }
    if let Some(summary) = &brief.summary {
        out.push_str(r#","description":"#);
        push_string_ld(&mut out, summary);
    }
    out.push_str(r#","headline":"#);
    push_string_ld(&mut out, &brief.title);
    out.push_str(r#","inLanguage":"#);
    push_string_ld(&mut out, &site.config.language);
    out.push_str(r#","publisher":{"@type":"Organization","name":"#);
    push_string_ld(&mut out, &site.config.title);
    out.push_str(r#"},"url":"#);
    push_string_ld(
        &mut out,
        &format!("{}{}", site.config.base_url, brief.url_path),
    );
    out.push('}');
    out
}

/// A seed as an entry of a brief's JSON-LD `citation` (see [`json_ld`]).
fn seed_citation_ld(seed: &Seed) -> String {
    let mut out = String::from(r#"{"@type":"NewsArticle""#);
    if !seed.author.is_empty() {
        out.push_str(r#","author":"#);
        push_people_ld(&mut out, &seed.author);
    }
    if let Some(p) = &seed.published {
        out.push_str(r#","datePublished":"#);
        push_string_ld(&mut out, p);
    }
    out.push_str(r#","headline":"#);
    push_string_ld(&mut out, &seed.title);
    if let Some(outlet) = &seed.outlet {
        out.push_str(r#","publisher":{"@type":"Organization","name":"#);
        push_string_ld(&mut out, outlet);
        out.push('}');
    }
    if let Some(u) = &seed.url {
        out.push_str(r#","url":"#);
        push_string_ld(&mut out, u);
    }
    out.push('}');
    out
}

/// `[{"@type":"Person","name":…},…]`.
fn push_people_ld(out: &mut String, names: &[String]) {
    out.push('[');
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(r#"{"@type":"Person","name":"#);
        push_string_ld(out, name);
        out.push('}');
    }
    out.push(']');
}

/// `text` as a JSON string as `serde_json` writes it, with `<`, `>` and `&` as `\u003c`,
/// `\u003e` and `\u0026` (safe inside a `<script>` element).
fn push_string_ld(out: &mut String, text: &str) {
    // Serialising a `str` cannot fail.
    let json = serde_json::to_string(text).unwrap_or_default();
    if !json.contains(['<', '>', '&']) {
        out.push_str(&json);
        return;
    }
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
}

/// `seed` in `source.html`, and each of `seeds` in `sources.html` (without the text),
/// less `cited_by`, which `Shared::seed_value` adds.
#[derive(Serialize)]
pub(super) struct SeedContext<'a> {
    #[serde(flatten)]
    seed: SeedReference<'a>,
    archive: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    paragraphs: Option<Vec<Paragraph>>,
}

/// An entry of a seed's `cited_by`: a brief, and what it quotes from the seed.
#[derive(Serialize)]
pub(super) struct CitingBrief<'a> {
    title: &'a str,
    href: String,
    quotes: Vec<QuoteAnchor<'a>>,
}

impl CitingBrief<'_> {
    pub(super) fn value(
        site: &Site,
        brief: usize,
        root: &str,
        quotes: &[(String, String)],
    ) -> tera::Value {
        let entry = CitingBrief {
            title: &site.briefs[brief].title,
            href: href(root, &site.briefs[brief].url_path),
            quotes: quotes
                .iter()
                .map(|(id, text)| QuoteAnchor { id, text })
                .collect(),
        };
        tera::Value::try_from_serializable(&entry).unwrap_or_else(|_| tera::Value::none())
    }
}

#[derive(Serialize)]
struct QuoteAnchor<'a> {
    id: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct Paragraph {
    id: String,
    number: usize,
    html: String,
}

impl<'a> SeedContext<'a> {
    pub(super) fn new(
        site: &'a Site,
        refs: &'a References<'_>,
        use_: &'a SeedUse,
        index: usize,
        root: &str,
        with_text: bool,
    ) -> Self {
        let seed = &site.seeds[index];
        // A quote spanning paragraphs is highlighted in each, but anchored once: at its
        // first passage (ids are unique on a page).
        let mut anchored = std::collections::HashSet::new();
        let anchors: Vec<&str> = use_
            .highlights
            .iter()
            .map(|(_, a)| {
                if anchored.insert(a.as_str()) {
                    a.as_str()
                } else {
                    ""
                }
            })
            .collect();
        let paragraphs = with_text.then(|| {
            seed.paragraphs
                .iter()
                .enumerate()
                .map(|(p, text)| {
                    let marks: Vec<(Passage, &str)> = use_
                        .highlights
                        .iter()
                        .zip(&anchors)
                        .filter(|((h, _), _)| h.paragraph == p)
                        .map(|((h, _), a)| (*h, *a))
                        .collect();
                    Paragraph {
                        id: format!("p{}", p + 1),
                        number: p + 1,
                        html: highlight_paragraph(text, &marks),
                    }
                })
                .collect()
        });
        SeedContext {
            seed: SeedReference::new(seed, refs.get(index)),
            archive: href(root, &seed_path(seed)),
            paragraphs,
        }
    }
}

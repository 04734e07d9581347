//! Listings: the pages that list briefs — the home page, each section (a folder under
//! `content/`), each topic — and the sources index, and how each is split into pages of
//! `paginate_by` entries.
//!
//! Part of the render stage: [`Listings::new`] derives everything from the loaded site
//! (the briefs' paths and `topics:`, the sections' `_index.md`), so it is recomputed
//! whenever the briefs change and never stored apart from them. Every list is in the
//! home page's order (weight, date, title, path), so the pages are deterministic and a
//! reader following "next" from the home page meets every brief exactly once.
//!
//! URLs: a listing at `p/` (`""` for the home page) has its page *n* ≥ 2 at
//! `p/page/n/`; sections are at their folder's URL; topics at `topics/<slug>/`, and the
//! list of topics at `topics/`.

use std::collections::{BTreeMap, BTreeSet};

use crate::brief::{Brief, slug};
use crate::section::SectionIndex;
use crate::site::Site;

/// The folder under which every topic's page lives.
pub const TOPICS_DIR: &str = "topics";

/// A page that lists things, before pagination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Listing {
    Home,
    Sources,
    /// An index into [`Listings::sections`].
    Section(usize),
    /// An index into [`Listings::topics`].
    Topic(usize),
}

/// A folder of `content/` holding briefs (at any depth below it).
#[derive(Debug, Clone)]
pub struct Section {
    /// Its URL path, `grid/north/`.
    pub path: String,
    /// Its title: from `_index.md`, else the folder's name with dashes as spaces and a
    /// capital first letter (`grid-policy` → `Grid policy`).
    pub title: String,
    /// Its `_index.md`, an index into `site.sections`.
    pub index: Option<usize>,
    /// The briefs in it and in its subfolders, in home-page order.
    pub briefs: Vec<usize>,
    /// Sections one level down, by index, sorted by path.
    pub children: Vec<usize>,
}

/// A topic, gathered from the briefs' `topics:`.
#[derive(Debug, Clone)]
pub struct Topic {
    pub slug: String,
    /// As most briefs spell it (the alphabetically first spelling on a tie).
    pub name: String,
    /// In home-page order.
    pub briefs: Vec<usize>,
}

/// Every listing of a site.
#[derive(Debug, Clone)]
pub struct Listings {
    pub paginate_by: usize,
    /// All briefs in home-page order, as indices into `site.briefs`.
    pub order: Vec<usize>,
    /// Sorted by path; the home page is not among them.
    pub sections: Vec<Section>,
    /// Top-level sections, sorted by path.
    pub top: Vec<usize>,
    /// Sorted by slug.
    pub topics: Vec<Topic>,
    /// Parallel to `site.briefs`: each brief's topics, as indices into `topics`, in the
    /// order the brief lists them.
    pub brief_topics: Vec<Vec<usize>>,
    /// The seeds' count, for the sources index.
    seeds: usize,
}

impl Listings {
    pub fn new(site: &Site) -> Listings {
        let order = crate::publish::ordered(site);
        let mut sections: BTreeMap<String, Section> = BTreeMap::new();
        for index in &site.sections {
            if !index.url_path.is_empty() {
                section_entry(&mut sections, &index.url_path, None);
            }
        }
        for &b in &order {
            let brief = &site.briefs[b];
            for (path, name) in ancestors(brief) {
                section_entry(&mut sections, &path, Some(name))
                    .briefs
                    .push(b);
            }
        }
        // Folders named only by an `_index.md` deep down still get their parents.
        let paths: Vec<String> = sections.keys().cloned().collect();
        for path in paths {
            let mut parent = parent_path(&path);
            while let Some(p) = parent.filter(|p| !p.is_empty()) {
                section_entry(&mut sections, p, None);
                parent = parent_path(p);
            }
        }
        let mut sections: Vec<Section> = sections.into_values().collect();
        for section in &mut sections {
            if let Ok(i) = site
                .sections
                .binary_search_by(|s| s.url_path.as_str().cmp(&section.path))
            {
                section.index = Some(i);
                if let Some(title) = &site.sections[i].title {
                    section.title = title.clone();
                }
            }
        }
        let mut top = Vec::new();
        for i in 0..sections.len() {
            match parent_path(&sections[i].path).filter(|p| !p.is_empty()) {
                None => top.push(i),
                Some(p) => {
                    if let Ok(at) = sections.binary_search_by(|s| s.path.as_str().cmp(p)) {
                        sections[at].children.push(i);
                    }
                }
            }
        }

        let mut by_slug: BTreeMap<String, (BTreeMap<&str, usize>, Vec<usize>)> = BTreeMap::new();
        for &b in &order {
            for name in &site.briefs[b].topics {
                let entry = by_slug.entry(slug(name)).or_default();
                *entry.0.entry(name.as_str()).or_default() += 1;
                entry.1.push(b);
            }
        }
        let topics: Vec<Topic> = by_slug
            .into_iter()
            .map(|(slug, (names, briefs))| {
                let name = names
                    .iter()
                    .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                    .map(|(n, _)| (*n).to_owned())
                    .unwrap_or_else(|| slug.clone());
                Topic { slug, name, briefs }
            })
            .collect();
        let brief_topics = site
            .briefs
            .iter()
            .map(|b| {
                b.topics
                    .iter()
                    .filter_map(|t| {
                        let s = slug(t);
                        topics.binary_search_by(|x| x.slug.cmp(&s)).ok()
                    })
                    .collect()
            })
            .collect();
        Listings {
            paginate_by: site.config.paginate_by.max(1),
            order,
            sections,
            top,
            topics,
            brief_topics,
            seeds: site.seeds.len(),
        }
    }

    /// How many entries `listing` has.
    pub fn len(&self, listing: Listing) -> usize {
        match listing {
            Listing::Home => self.order.len(),
            Listing::Sources => self.seeds,
            Listing::Section(s) => self.sections[s].briefs.len(),
            Listing::Topic(t) => self.topics[t].briefs.len(),
        }
    }

    /// How many pages `listing` takes: at least one, even when it is empty.
    pub fn pages(&self, listing: Listing) -> usize {
        self.len(listing).div_ceil(self.paginate_by).max(1)
    }

    /// The entries on page `number` (1-based) of `listing`, as a range of its list.
    pub fn range(&self, listing: Listing, number: usize) -> std::ops::Range<usize> {
        let len = self.len(listing);
        let start = ((number.max(1) - 1) * self.paginate_by).min(len);
        start..(start + self.paginate_by).min(len)
    }

    /// The listing's own URL path: `""`, `sources/`, `grid/`, `topics/energy/`.
    pub fn base(&self, listing: Listing) -> String {
        match listing {
            Listing::Home => String::new(),
            Listing::Sources => "sources/".to_owned(),
            Listing::Section(s) => self.sections[s].path.clone(),
            Listing::Topic(t) => topic_path(&self.topics[t].slug),
        }
    }

    /// The URL path of page `number` of `listing`.
    pub fn path(&self, listing: Listing, number: usize) -> String {
        paged(&self.base(listing), number)
    }

    /// Every listing of the site, home first.
    pub fn all(&self) -> Vec<Listing> {
        let mut all = vec![Listing::Home, Listing::Sources];
        all.extend((0..self.sections.len()).map(Listing::Section));
        all.extend((0..self.topics.len()).map(Listing::Topic));
        all
    }

    /// The section at URL path `path`.
    pub fn section(&self, path: &str) -> Option<usize> {
        self.sections
            .binary_search_by(|s| s.path.as_str().cmp(path))
            .ok()
    }

    /// The sections a brief sits in, outermost first (its breadcrumbs).
    pub fn trail(&self, brief: &Brief) -> Vec<usize> {
        ancestors(brief)
            .filter_map(|(path, _)| self.section(&path))
            .collect()
    }
}

/// `p/page/n/`, or `p` itself for page 1.
pub fn paged(base: &str, number: usize) -> String {
    if number <= 1 {
        base.to_owned()
    } else {
        format!("{base}page/{number}/")
    }
}

/// `topics/<slug>/`.
pub fn topic_path(slug: &str) -> String {
    format!("{TOPICS_DIR}/{slug}/")
}

/// The URL path of every section (not the home page): each folder holding a brief, its
/// parent folders, and each folder with an `_index.md`.
pub fn section_paths(briefs: &[Brief], sections: &[SectionIndex]) -> BTreeSet<String> {
    let mut paths: BTreeSet<String> = BTreeSet::new();
    for b in briefs {
        paths.extend(ancestors(b).map(|(p, _)| p));
    }
    for s in sections {
        let mut p = Some(s.url_path.as_str());
        while let Some(path) = p.filter(|p| !p.is_empty()) {
            paths.insert(path.to_owned());
            p = parent_path(path);
        }
    }
    paths
}

/// When `url` is `<listing>page/<n>/` with `n` ≥ 2, the listing's path (`""` for the
/// home page): a URL where pagination would go.
pub fn pagination_of(url: &str) -> Option<&str> {
    let trimmed = url.strip_suffix('/')?;
    let (rest, number) = trimmed.rsplit_once('/')?;
    let n: usize = number.parse().ok()?;
    if n < 2 || number.starts_with('0') {
        return None;
    }
    let listing = rest.strip_suffix("page")?;
    (listing.is_empty() || listing.ends_with('/')).then_some(listing)
}

/// The folders a brief sits in, outermost first: `(URL path, folder name as written)`.
fn ancestors(brief: &Brief) -> impl Iterator<Item = (String, String)> + '_ {
    let parts: Vec<&str> = brief.url_path.split_terminator('/').collect();
    let names: Vec<String> = brief
        .path
        .parent()
        .map(|p| {
            p.components()
                .skip(1) // `content`
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    let depth = parts.len().saturating_sub(1);
    (0..depth).map(move |d| {
        let path: String = parts[..=d].iter().map(|p| format!("{p}/")).collect();
        let name = names.get(d).cloned().unwrap_or_else(|| parts[d].to_owned());
        (path, name)
    })
}

/// `a/b/` → `a/`; `a/` → `""`; `""` → none.
fn parent_path(path: &str) -> Option<&str> {
    let trimmed = path.strip_suffix('/')?;
    Some(match trimmed.rfind('/') {
        Some(i) => &path[..=i],
        None => "",
    })
}

fn section_entry<'a>(
    sections: &'a mut BTreeMap<String, Section>,
    path: &str,
    name: Option<String>,
) -> &'a mut Section {
    sections.entry(path.to_owned()).or_insert_with(|| {
        let last = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
        Section {
            path: path.to_owned(),
            title: folder_title(name.as_deref().unwrap_or(last)),
            index: None,
            briefs: Vec::new(),
            children: Vec::new(),
        }
    })
}

/// `grid-policy` → `Grid policy`: a folder's name as a title.
fn folder_title(name: &str) -> String {
    let spaced: String = name
        .chars()
        .map(|c| if c == '-' || c == '_' { ' ' } else { c })
        .collect();
    let spaced = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => name.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pagination_urls() {
        assert_eq!(paged("", 1), "");
        assert_eq!(paged("", 2), "page/2/");
        assert_eq!(paged("grid/", 3), "grid/page/3/");
        assert_eq!(pagination_of("page/2/"), Some(""));
        assert_eq!(pagination_of("grid/page/12/"), Some("grid/"));
        assert_eq!(pagination_of("grid/page/1/"), None);
        assert_eq!(pagination_of("grid/page/02/"), None);
        assert_eq!(pagination_of("grid/mypage/2/"), None);
        assert_eq!(pagination_of("grid/2/"), None);
    }

    #[test]
    fn parents_and_titles() {
        assert_eq!(parent_path("a/b/"), Some("a/"));
        assert_eq!(parent_path("a/"), Some(""));
        assert_eq!(parent_path(""), None);
        assert_eq!(folder_title("grid-policy"), "Grid policy");
        assert_eq!(folder_title("Énergie_2025"), "Énergie 2025");
    }
}

//! The site's search index, in Pagefind's design: split by term, and fetched per query.
//!
//! Owns what a reader's search runs on: the *documents* (each brief, and each paragraph
//! of each archived seed, so a result can link to the paragraph), how their text becomes
//! *terms* (words lowercased, then stemmed by the site's `language`), and the files the
//! search page fetches, all under `search/`:
//!
//! | file | holds | fetched |
//! |---|---|---|
//! | `search/index.json` | format, language, counts, the first key of each shard | once |
//! | `search/terms/N.json` | a slice of the sorted keys: each word → its stem; each stem → its postings and the words that share it | one or two per query word |
//! | `search/docs/N.json` | a few documents: each one's link, title, kind, and the text excerpts come from | one per result shown |
//!
//! Postings are `[doc, weight, doc, weight, …]` with each doc number the difference from
//! the one before, and the weight BM25's term-frequency part (k1 = 1.2, b = 0.75, title
//! words counted three times, summary words twice, briefs counting twice a source
//! paragraph) scaled to an integer; the page adds each term's inverse document frequency
//! and ranks. Briefs are documents
//! `0..briefs`, source paragraphs the rest, so the Briefs/Sources filter is a range.
//!
//! Pagefind itself was measured first (README, "Search"): through its Rust API, in
//! process, it took ten times the CPU of brief's whole build at 10,000 briefs and held
//! 3.3 GB. This index keeps its design — nothing is fetched but the slices of the index
//! a query names and the documents it shows — at the cost of brief's own code.
//!
//! Built in two steps so a build never holds the briefs' text: [`Indexer::brief`] turns a
//! brief into its [`DocTerms`] and document file while the briefs are rendered, in
//! parallel; [`Indexer::files`] writes the index from every brief's terms at the end. The
//! preview keeps the terms and rewrites the index when one changes.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::brief::Brief;
use crate::site::Site;

/// The manifest the search page loads first.
pub const INDEX: &str = "search/index.json";

/// The format of the files, written into the manifest; bumped when it changes.
const FORMAT: u32 = 1;

/// A shard is closed once its JSON reaches this size. A key's postings are never split,
/// so a word in every document makes its shard larger (about 4 bytes a document).
const SHARD_BYTES: usize = 24 * 1024;

/// A brief's weights are BM25's term-frequency part (at most 2.2) times this; a source
/// paragraph's, half of it.
const BRIEF_SCALE: f64 = 80.0;

/// Words longer than this are not indexed (hashes, run-together URLs).
const LONGEST_WORD: usize = 40;

/// How many times a word of a title, and of a summary, counts against one of the body.
const TITLE_WEIGHT: u32 = 3;
const SUMMARY_WEIGHT: u32 = 2;

/// How many briefs share a documents file, and how many source paragraphs. A file per
/// document would double the files of a build (creating files is most of a build's
/// system time); two briefs a file keeps a query's ten results near 100 KB.
pub const BRIEFS_PER_FILE: usize = 2;
const SOURCES_PER_FILE: usize = 16;

/// The output path of documents file `k`: a JSON array of documents.
fn docs_path(k: usize) -> String {
    format!("search/docs/{k}.json")
}

/// The documents file (path and contents) of briefs `k * BRIEFS_PER_FILE ..`, given
/// their documents' JSON text.
pub fn briefs_file(k: usize, docs: &[&str]) -> (String, Vec<u8>) {
    (docs_path(k), json_array(docs).into_bytes())
}

/// `items` (each JSON text) as a JSON array.
fn json_array<S: AsRef<str>>(items: &[S]) -> String {
    let mut out =
        String::with_capacity(items.iter().map(|d| d.as_ref().len() + 1).sum::<usize>() + 2);
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(item.as_ref());
    }
    out.push(']');
    out
}

/// Collects the briefs' documents as they are indexed, in any order, and hands out each
/// documents file as soon as all its briefs are in, so a build never holds them all.
pub struct BriefFiles {
    slots: Vec<Mutex<Vec<Option<String>>>>,
    briefs: usize,
}

impl BriefFiles {
    /// For a site of `briefs` briefs.
    pub fn new(briefs: usize) -> BriefFiles {
        BriefFiles {
            slots: (0..briefs.div_ceil(BRIEFS_PER_FILE))
                .map(|_| Mutex::new(Vec::new()))
                .collect(),
            briefs,
        }
    }

    /// Adds brief `i`'s document; returns its file when this completed it.
    pub fn add(&self, i: usize, doc: String) -> Option<(String, Vec<u8>)> {
        let k = i / BRIEFS_PER_FILE;
        let size = (self.briefs - k * BRIEFS_PER_FILE).min(BRIEFS_PER_FILE);
        let mut slot = self
            .slots
            .get(k)?
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if slot.is_empty() {
            slot.resize(size, None);
        }
        *slot.get_mut(i % BRIEFS_PER_FILE)? = Some(doc);
        if slot.iter().all(Option::is_some) {
            let docs: Vec<String> = std::mem::take(&mut *slot).into_iter().flatten().collect();
            return Some((docs_path(k), json_array(&docs).into_bytes()));
        }
        None
    }
}

/// Whether `path` (an output path) is one of the search index's files.
pub fn is_search_file(path: &str) -> bool {
    path == INDEX || path.starts_with("search/docs/") || path.starts_with("search/terms/")
}

/// The output path of term shard `k`.
fn shard_path(k: usize) -> String {
    format!("search/terms/{k}.json")
}

/// One document's terms as the index needs them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocTerms {
    /// `(stem id, weighted count)`, sorted by stem id.
    stems: Vec<(u32, u32)>,
    /// The ids of the words it uses, sorted.
    words: Vec<u32>,
    /// Its length in words.
    len: u32,
}

/// Turns documents into terms. Ids of words and stems are the indexer's own, shared by
/// every document it has seen, and never written out: the files name words and stems by
/// their text, in sorted order, so they do not depend on the order documents came in.
pub struct Indexer {
    /// Tells this indexer's words apart in each thread's [`KNOWN`] cache.
    id: u64,
    language: String,
    stemmer: Option<Stemmer>,
    vocabulary: Mutex<Vocabulary>,
}

/// Word → (word id, stem id).
type KnownWords = FxHashMap<String, (u32, u32)>;

thread_local! {
    /// The words this thread has met, for the indexer whose id is first: word → (word
    /// id, stem id). Briefs are indexed in parallel; each thread asks the shared
    /// [`Vocabulary`] (behind a lock) only for words it has not met.
    static KNOWN: RefCell<(u64, KnownWords)> =
        RefCell::new((u64::MAX, FxHashMap::default()));
}

#[derive(Default)]
struct Vocabulary {
    word_ids: HashMap<String, u32>,
    /// Each word and its stem's id, by word id.
    words: Vec<(String, u32)>,
    stem_ids: HashMap<String, u32>,
    stems: Vec<String>,
}

impl Vocabulary {
    /// The id of `word`, stemming it the first time it is seen.
    fn word(&mut self, word: &str, stemmer: Option<&Stemmer>) -> u32 {
        if let Some(&id) = self.word_ids.get(word) {
            return id;
        }
        let stem = stemmer.map_or(std::borrow::Cow::Borrowed(word), |s| s.stem(word));
        let stem_id = match self.stem_ids.get(stem.as_ref()) {
            Some(&id) => id,
            None => {
                let id = self.stems.len() as u32;
                self.stems.push(stem.to_string());
                self.stem_ids.insert(stem.into_owned(), id);
                id
            }
        };
        let id = self.words.len() as u32;
        self.words.push((word.to_owned(), stem_id));
        self.word_ids.insert(word.to_owned(), id);
        id
    }
}

/// The Snowball stemmer for a BCP 47 language tag, if there is one for its language.
fn stemmer_for(language: &str) -> Option<Stemmer> {
    let primary = language.split(['-', '_']).next()?.to_ascii_lowercase();
    let algorithm = match primary.as_str() {
        "ar" => Algorithm::Arabic,
        "da" => Algorithm::Danish,
        "de" => Algorithm::German,
        "el" => Algorithm::Greek,
        "en" => Algorithm::English,
        "es" => Algorithm::Spanish,
        "fi" => Algorithm::Finnish,
        "fr" => Algorithm::French,
        "hu" => Algorithm::Hungarian,
        "it" => Algorithm::Italian,
        "nl" => Algorithm::Dutch,
        "no" | "nb" | "nn" => Algorithm::Norwegian,
        "pt" => Algorithm::Portuguese,
        "ro" => Algorithm::Romanian,
        "ru" => Algorithm::Russian,
        "sv" => Algorithm::Swedish,
        "ta" => Algorithm::Tamil,
        "tr" => Algorithm::Turkish,
        _ => return None,
    };
    Some(Stemmer::create(algorithm))
}

/// Calls `each` with every word of `text`: a run of letters and digits, lowercased into
/// `buf`. The search page splits a query the same way (`[\p{Alphabetic}\p{N}]+`).
fn words(text: &str, buf: &mut String, mut each: impl FnMut(&str)) {
    let mut emit = |word: &str| {
        if word.len() > LONGEST_WORD {
            return;
        }
        buf.clear();
        if word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            buf.push_str(word);
        } else {
            buf.extend(word.chars().flat_map(char::to_lowercase));
        }
        each(buf);
    };
    // Byte by byte, decoding only what is not ASCII: most text is.
    let bytes = text.as_bytes();
    let mut start = None;
    let mut i = 0;
    while i < bytes.len() {
        let (in_word, width) = match bytes[i] {
            b if b.is_ascii() => (b.is_ascii_alphanumeric(), 1),
            _ => text[i..]
                .chars()
                .next()
                .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8())),
        };
        if in_word {
            start.get_or_insert(i);
        } else if let Some(from) = start.take() {
            emit(&text[from..i]);
        }
        i += width;
    }
    if let Some(from) = start {
        emit(&text[from..]);
    }
}

/// One document's file: what a result shows.
#[derive(Serialize)]
struct DocFile<'a> {
    /// The link, from the site root.
    url: &'a str,
    title: &'a str,
    /// "Brief" or "Source".
    kind: &'a str,
    /// A line under the title: the summary of a brief, the outlet and paragraph of a source.
    meta: &'a str,
    /// The text excerpts are cut from.
    text: &'a str,
}

impl Indexer {
    /// An indexer for a site written in `language` (a BCP 47 tag): words are stemmed by
    /// its Snowball stemmer, or left whole for a language that has none.
    pub fn new(language: &str) -> Indexer {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        Indexer {
            id: NEXT.fetch_add(1, Ordering::Relaxed),
            language: language.to_owned(),
            stemmer: stemmer_for(language),
            vocabulary: Mutex::new(Vocabulary::default()),
        }
    }

    /// The terms of a document made of `fields`, each a text and how many times its words
    /// count.
    fn terms(&self, fields: &[(&str, u32)]) -> DocTerms {
        KNOWN.with(|known| {
            let mut known = known.borrow_mut();
            let (owner, known) = &mut *known;
            if *owner != self.id {
                *owner = self.id;
                known.clear();
            }
            // (word id, stem id, weight) of each word in order, then merged.
            let mut seen: Vec<(u32, u32, u32)> = Vec::new();
            let mut unknown: Vec<(String, u32)> = Vec::new();
            let mut len = 0u32;
            let mut buf = String::new();
            for &(text, weight) in fields {
                words(text, &mut buf, |w| {
                    len += 1;
                    match known.get(w) {
                        Some(&(word, stem)) => seen.push((word, stem, weight)),
                        None => unknown.push((w.to_owned(), weight)),
                    }
                });
            }
            if !unknown.is_empty() {
                let mut vocabulary = self
                    .vocabulary
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                for (word, weight) in unknown {
                    let id = vocabulary.word(&word, self.stemmer.as_ref());
                    let stem = vocabulary.words[id as usize].1;
                    seen.push((id, stem, weight));
                    known.insert(word, (id, stem));
                }
            }
            seen.sort_unstable();
            let mut words: Vec<u32> = Vec::with_capacity(seen.len() / 2);
            let mut stems: Vec<(u32, u32)> = Vec::with_capacity(seen.len() / 2);
            for &(word, stem, weight) in &seen {
                if words.last() != Some(&word) {
                    words.push(word);
                }
                stems.push((stem, weight));
            }
            stems.sort_unstable_by_key(|&(stem, _)| stem);
            stems.dedup_by(|b, a| {
                let same = a.0 == b.0;
                if same {
                    a.1 += b.1;
                }
                same
            });
            DocTerms {
                stems,
                words,
                len: len.max(1),
            }
        })
    }

    /// A brief's terms (title, summary and the body's plain text) and the text of its
    /// document file.
    pub fn brief(&self, brief: &Brief, plain: &str) -> (DocTerms, String) {
        let summary = brief.summary.as_deref().unwrap_or("");
        let terms = self.terms(&[
            (&brief.title, TITLE_WEIGHT),
            (summary, SUMMARY_WEIGHT),
            (plain, 1),
        ]);
        let url = format!("{}index.html", brief.url_path);
        let file = doc_json(&DocFile {
            url: &url,
            title: &brief.title,
            kind: "Brief",
            meta: summary,
            text: plain,
        });
        (terms, file)
    }

    /// Every file of the index but the briefs' documents: the manifest, the term shards,
    /// and the documents of the seeds' paragraphs. `briefs` holds each brief's terms in
    /// `site.briefs` order.
    pub fn files(&self, site: &Site, briefs: &[&DocTerms]) -> Vec<(String, Vec<u8>)> {
        let mut files = Vec::new();
        let mut sources: Vec<DocTerms> = Vec::new();
        let mut source_docs: Vec<String> = Vec::new();
        for seed in &site.seeds {
            let url = format!("sources/{}/index.html", seed.id);
            for (i, paragraph) in seed.paragraphs.iter().enumerate() {
                let text = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
                let meta = match &seed.outlet {
                    Some(outlet) => format!("{outlet}, para. {}", i + 1),
                    None => format!("para. {}", i + 1),
                };
                let link = format!("{url}#p{}", i + 1);
                // The paragraph alone: the seed's title would make every paragraph of it
                // match the title's words.
                sources.push(self.terms(&[(&text, 1)]));
                source_docs.push(doc_json(&DocFile {
                    url: &link,
                    title: &seed.title,
                    kind: "Source",
                    meta: &meta,
                    text: &text,
                }));
            }
        }
        let first = briefs.len().div_ceil(BRIEFS_PER_FILE);
        for (k, docs) in source_docs.chunks(SOURCES_PER_FILE).enumerate() {
            files.push((docs_path(first + k), json_array(docs).into_bytes()));
        }
        let docs: Vec<&DocTerms> = briefs.iter().copied().chain(&sources).collect();
        let (shards, firsts) = self.shards(&docs, briefs.len());
        let manifest = serde_json::json!({
            "format": FORMAT,
            "language": self.language,
            "briefs": briefs.len(),
            "sources": sources.len(),
            "per_file": [BRIEFS_PER_FILE, SOURCES_PER_FILE],
            "shards": firsts,
        });
        files.push((INDEX.to_owned(), manifest.to_string().into_bytes()));
        files.extend(
            shards
                .into_iter()
                .enumerate()
                .map(|(k, shard)| (shard_path(k), shard.into_bytes())),
        );
        files
    }

    /// The term shards of `docs`, of which the first `briefs` are briefs, and the first
    /// key of each.
    fn shards(&self, docs: &[&DocTerms], briefs: usize) -> (Vec<String>, Vec<String>) {
        let vocabulary = self
            .vocabulary
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let average = docs.iter().map(|d| f64::from(d.len)).sum::<f64>() / docs.len().max(1) as f64;
        let mut postings: Vec<Vec<(u32, u32)>> = vec![Vec::new(); vocabulary.stems.len()];
        let mut used = vec![false; vocabulary.words.len()];
        for (d, doc) in docs.iter().enumerate() {
            let norm = 1.2 * (0.25 + 0.75 * f64::from(doc.len) / average.max(1.0));
            // A brief counts twice a source paragraph: it is what a reader came for, and
            // length normalisation alone would rank short paragraphs above it.
            let scale = if d < briefs {
                BRIEF_SCALE
            } else {
                BRIEF_SCALE / 2.0
            };
            for &(stem, tf) in &doc.stems {
                let tf = f64::from(tf);
                // BM25's term-frequency part, in (0, 2.2), as an integer.
                let weight = (scale * tf * 2.2 / (tf + norm)).round().max(1.0) as u32;
                postings[stem as usize].push((d as u32, weight));
            }
            for &w in &doc.words {
                used[w as usize] = true;
            }
        }

        /// What the index says of one key: the stem of a word (when it is another
        /// string), and for a stem its postings and the words that share it.
        #[derive(Default)]
        struct Entry<'a> {
            stem: Option<&'a str>,
            postings: Option<&'a [(u32, u32)]>,
            forms: Vec<&'a str>,
        }
        let mut keys: BTreeMap<&str, Entry> = BTreeMap::new();
        for (id, (word, stem)) in vocabulary.words.iter().enumerate() {
            if !used[id] {
                continue;
            }
            let stem_text = vocabulary.stems[*stem as usize].as_str();
            let entry = keys.entry(word.as_str()).or_default();
            if stem_text != word {
                entry.stem = Some(stem_text);
            }
            let stem_entry = keys.entry(stem_text).or_default();
            stem_entry.postings = Some(&postings[*stem as usize]);
            stem_entry.forms.push(word.as_str());
        }

        let mut shards = Vec::new();
        let mut firsts = Vec::new();
        let mut shard = String::new();
        for (key, entry) in keys {
            if shard.is_empty() {
                firsts.push(key.to_owned());
                shard.push('{');
            } else {
                shard.push(',');
            }
            push_json_string(&mut shard, key);
            shard.push_str(":{");
            let mut comma = false;
            if let Some(stem) = entry.stem {
                shard.push_str("\"s\":");
                push_json_string(&mut shard, stem);
                comma = true;
            }
            if let Some(postings) = entry.postings {
                if comma {
                    shard.push(',');
                }
                shard.push_str("\"p\":[");
                let mut last = 0;
                for (i, &(d, w)) in postings.iter().enumerate() {
                    if i > 0 {
                        shard.push(',');
                    }
                    // Formatting into a `String` cannot fail.
                    let _ = write!(shard, "{},{w}", d - last);
                    last = d;
                }
                shard.push_str("],\"f\":[");
                let mut forms = entry.forms;
                forms.sort_unstable();
                for (i, form) in forms.iter().enumerate() {
                    if i > 0 {
                        shard.push(',');
                    }
                    push_json_string(&mut shard, form);
                }
                shard.push(']');
            }
            shard.push('}');
            if shard.len() >= SHARD_BYTES {
                shard.push('}');
                shards.push(std::mem::take(&mut shard));
            }
        }
        if !shard.is_empty() {
            shard.push('}');
            shards.push(shard);
        }
        (shards, firsts)
    }
}

/// `text` as a JSON string, appended to `out`.
fn push_json_string(out: &mut String, text: &str) {
    // Serialising a `str` cannot fail (serde_json fails only on writer errors and on
    // map keys that are not strings), so there is no error to lose here.
    out.push_str(&serde_json::to_string(text).unwrap_or_default());
}

/// A document's JSON text. Its fields are all strings: serialising it cannot fail.
fn doc_json(doc: &DocFile) -> String {
    serde_json::to_string(doc).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(texts: &[&str]) -> (Indexer, Vec<DocTerms>) {
        let indexer = Indexer::new("en");
        let docs = texts.iter().map(|t| indexer.terms(&[(t, 1)])).collect();
        (indexer, docs)
    }

    fn shards_of(
        indexer: &Indexer,
        docs: &[DocTerms],
    ) -> serde_json::Map<String, serde_json::Value> {
        let refs: Vec<&DocTerms> = docs.iter().collect();
        let (shards, firsts) = indexer.shards(&refs, refs.len());
        assert_eq!(shards.len(), firsts.len());
        let mut all = serde_json::Map::new();
        for (shard, first) in shards.iter().zip(&firsts) {
            let map: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(shard).expect("a shard is JSON");
            assert_eq!(
                map.keys().next(),
                Some(first),
                "a shard starts at its first key"
            );
            all.extend(map);
        }
        all
    }

    #[test]
    fn words_are_lowercased_runs_of_letters_and_digits() {
        let mut seen = Vec::new();
        words(
            "Kyiv’s $500bn deal — ÉTÉ 2025, «Україна»",
            &mut String::new(),
            |w| seen.push(w.to_owned()),
        );
        assert_eq!(
            seen,
            ["kyiv", "s", "500bn", "deal", "été", "2025", "україна"]
        );
    }

    #[test]
    fn words_agree_with_splitting_on_what_is_not_alphanumeric() {
        for text in [
            "",
            "a",
            "  x1-y2  ",
            "Ünïcödé—text’s 42%",
            "日本語 テキスト",
            "e\u{301}t\u{e9}",
            "a\u{10000}b",
        ] {
            let mut fast = Vec::new();
            words(text, &mut String::new(), |w| fast.push(w.to_owned()));
            let slow: Vec<String> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty() && w.len() <= LONGEST_WORD)
                .map(str::to_lowercase)
                .collect();
            assert_eq!(fast, slow, "{text:?}");
        }
    }

    #[test]
    fn words_share_their_stem_and_postings() {
        let (indexer, docs) = index(&["Mining the minerals", "The mine", "nothing here"]);
        let keys = shards_of(&indexer, &docs);
        // "mining" and "mine" both stem to "mine", which has the postings of both docs.
        assert_eq!(keys["mining"]["s"], "mine");
        let mine = &keys["mine"];
        assert!(
            mine.get("s").is_none(),
            "a stem that is its own word names no stem"
        );
        let postings: Vec<u64> = mine["p"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_u64().unwrap())
            .collect();
        assert_eq!(postings.len(), 4);
        assert_eq!(
            (postings[0], postings[2]),
            (0, 1),
            "docs 0 and 1, as differences"
        );
        assert_eq!(mine["f"], serde_json::json!(["mine", "mining"]));
        assert!(keys.get("nothing").is_some());
    }

    #[test]
    fn output_does_not_depend_on_the_order_words_were_first_seen() {
        let texts = ["alpha beta gamma", "gamma delta", "beta epsilon alpha"];
        let (a, docs_a) = index(&texts);
        let b = Indexer::new("en");
        // Documents seen in reverse order give other ids, but the same files.
        let mut docs_b: Vec<DocTerms> = texts.iter().rev().map(|t| b.terms(&[(t, 1)])).collect();
        docs_b.reverse();
        let refs_a: Vec<&DocTerms> = docs_a.iter().collect();
        let refs_b: Vec<&DocTerms> = docs_b.iter().collect();
        assert_eq!(a.shards(&refs_a, 3), b.shards(&refs_b, 3));
    }

    #[test]
    fn words_no_document_uses_any_more_are_not_written() {
        let indexer = Indexer::new("en");
        let _gone = indexer.terms(&[("obsolete", 1)]);
        let kept = indexer.terms(&[("current", 1)]);
        let keys = shards_of(&indexer, &[kept]);
        assert!(keys.get("obsolet").is_none() && keys.get("obsolete").is_none());
        assert!(keys.contains_key("current"));
    }

    #[test]
    fn shards_split_the_sorted_keys() {
        let text: String = (0..5000).map(|i| format!("w{i:05} ")).collect();
        let (indexer, docs) = index(&[&text]);
        let refs: Vec<&DocTerms> = docs.iter().collect();
        let (shards, firsts) = indexer.shards(&refs, refs.len());
        assert!(shards.len() > 1);
        assert!(firsts.windows(2).all(|w| w[0] < w[1]));
        assert!(shards.iter().all(|s| s.len() < SHARD_BYTES + 200));
    }

    #[test]
    fn languages_without_a_stemmer_keep_words_whole() {
        assert!(stemmer_for("uk").is_none());
        assert!(stemmer_for("pt-BR").is_some());
        let indexer = Indexer::new("zz");
        let doc = indexer.terms(&[("mining", 1)]);
        let keys = shards_of(&indexer, &[doc]);
        assert!(keys["mining"].get("p").is_some());
    }
}

//! The site's search index, in Pagefind's design: split by term, and fetched per query.
//!
//! Owns what a reader's search runs on: the *documents* (each brief, and each paragraph
//! of each archived seed, so a result can link to the paragraph), how their text becomes
//! *terms* (words by the rule of [`words`], stemmed by the site's `language`), and the
//! files the search page fetches, all under `search/`:
//!
//! | file | holds | fetched |
//! |---|---|---|
//! | `search/index.json` | format, language, counts, the first key and the size of each shard, the most bytes of shards a prefix reads | once |
//! | `search/terms/N.json` | a slice of the sorted keys: each word → its stem; each stem → its postings and the words that share it | one or two per query word |
//! | `search/docs/N.json` | a few documents: each one's link, title, kind, and the text excerpts come from | one per result shown |
//! | `search/stemmer.js` | the Snowball stemmer of the site's language, in JavaScript ([`stemmer_module`]) | for a query word the index does not have |
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
//! preview keeps each brief's terms and, in `brief serve`, makes the index's files when
//! they are first asked for, dropping them when an edit changes a brief's words.
//!
//! Every word of every document passes through [`Indexer::terms`], so it is built to cost
//! little per word: [`words`] splits and lowercases a short ASCII word sixteen bytes at a
//! time, a thread looks it up in its own [`WordTable`] (the word's bytes inline in the
//! entry) and adds its weight to the entry's count, which goes to the document's count by
//! stem once a word; nothing is allocated per word, and only a word the thread has not met
//! takes the shared lock. The files are written by hand (numbers by [`decimal`], strings
//! by [`json_string`]) in the bytes serde_json would write.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use rayon::prelude::*;
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use serde::Serialize;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::brief::Brief;
use crate::decimal::decimal;
use crate::escape::{json_string, push_json_string};
use crate::site::Site;

/// The manifest the search page loads first.
pub const INDEX: &str = "search/index.json";

/// The site language's stemmer, for the search page to stem a query's words as the index
/// stemmed the text's (written when the language has one).
pub const STEMMER: &str = "search/stemmer.js";

/// The format of the files, written into the manifest; bumped when it changes (2: the
/// manifest names the stemmer; 3: it gives each shard's size and `prefix_bytes`).
const FORMAT: u32 = 3;

/// What every stemmer of [`STEMMER`] runs on: a port of rust-stemmers' `SnowballEnv`.
const STEMMER_RUNTIME: &str = include_str!("stemmers/runtime.js");

/// A shard is closed once its JSON reaches this size. A key's postings are never split,
/// so a word in every document makes its shard larger (about 4 bytes a document).
const SHARD_BYTES: usize = 24 * 1024;

/// The most bytes of term shards the last word typed may read for the words it starts
/// (its own shard and the next): two shards of about [`SHARD_BYTES`], not one of them
/// and a shard made large by a common word's postings. With ten documents files and the
/// stemmer, a query so stays within the 300 KB a search may transfer (README, "The
/// search index").
const PREFIX_BYTES: usize = 56 * 1024;

/// How many keys' JSON is made at once (in parallel) before it goes into shards.
const KEYS_PER_BLOCK: usize = 4096;

/// A brief's weights are BM25's term-frequency part (at most 2.2) times this; a source
/// paragraph's, half of it.
const BRIEF_SCALE: f64 = 80.0;

// A weight is below `BRIEF_SCALE * 2.2`, so it is held in a byte while the index is made.
const _: () = assert!(BRIEF_SCALE * 2.2 <= u8::MAX as f64);

/// Words of more characters than this are not indexed (hashes, run-together URLs). In
/// characters, not bytes: `достопримечательность` is 21 letters and 42 bytes.
const LONGEST_WORD: usize = 40;

/// How many times a word of a title, and of a summary, counts against one of the body.
const TITLE_WEIGHT: u32 = 3;
const SUMMARY_WEIGHT: u32 = 2;

/// How many briefs share a documents file, and how many source paragraphs. A file per
/// document would double the files of a build (creating files is most of a build's
/// system time); the more briefs a file, the fewer files, but a query's ten results can
/// fall in ten files. Three briefs a file (about 17 KB on the generated corpus) keep a
/// query showing ten results within the 300 KB a search may transfer (README, "The
/// search index"); four would not.
pub const BRIEFS_PER_FILE: usize = 3;
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
    path == INDEX
        || path == STEMMER
        || path.starts_with("search/docs/")
        || path.starts_with("search/terms/")
}

/// The output path of term shard `k`.
fn shard_path(k: usize) -> String {
    format!("search/terms/{k}.json")
}

/// One document's terms as the index needs them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocTerms {
    /// Its stems and each one's weighted count, in order of stem id: for each, the id's
    /// difference from the one before and the count, as LEB128 varints (see
    /// [`DocTerms::stems`]). About 2.5 bytes a stem against 8 for two `u32`s: a build
    /// holds every brief's terms until the index is written.
    stems: Vec<u8>,
    /// The ids of the words it uses, sorted.
    words: Vec<u32>,
    /// Its length in words.
    len: u32,
}

impl DocTerms {
    /// `(stem id, weighted count)`, by stem id.
    fn stems(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        let mut numbers = Varints(&self.stems);
        let mut stem = 0u32;
        std::iter::from_fn(move || {
            let delta = numbers.next()?;
            let count = numbers.next()?;
            stem = stem.wrapping_add(delta);
            Some((stem, count))
        })
    }
}

/// Appends `value` as a LEB128 varint: seven bits a byte, the high bit set on all but the
/// last.
fn push_varint(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push((value & 0x7f) as u8 | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// The numbers [`push_varint`] wrote, in order; ends at the first incomplete one.
struct Varints<'a>(&'a [u8]);

impl Iterator for Varints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let mut value = 0u32;
        for shift in (0..32).step_by(7) {
            let (&byte, rest) = self.0.split_first()?;
            self.0 = rest;
            value |= u32::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Some(value);
            }
        }
        None
    }
}

/// Turns documents into terms. Ids of words and stems are the indexer's own, shared by
/// every document it has seen, and never written out: the files name words and stems by
/// their text, in sorted order, so they do not depend on the order documents came in.
pub struct Indexer {
    /// Tells this indexer's words apart in each thread's [`Scratch`].
    id: u64,
    language: String,
    stemmer: Option<Stemmer>,
    /// Whether the stemmer leaves every number as it is, so numbers (much of a
    /// vocabulary) need not pass through it: English's does (its rules are all of
    /// letters); Finnish's, for one, does not (`100` → `10`).
    numbers_unstemmed: bool,
    /// Whether each document's [`DocTerms`] lists the words it uses. The preview needs
    /// them: its documents come and go, and a word is written only while one uses it. A
    /// build does not (every word it met is some document's), and saves the memory.
    keeps_words: bool,
    vocabulary: Mutex<Vocabulary>,
}

thread_local! {
    /// This thread's words and buffers, for the indexer whose id is `owner`. Briefs are
    /// indexed in parallel; each thread asks the shared [`Vocabulary`] (behind a lock)
    /// only for words it has not met.
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// What a thread keeps from one document to the next.
struct Scratch {
    owner: u64,
    known: WordTable,
    tally: Tally,
    /// A word lowercased.
    lower: String,
    /// The words of the document not in `known`: `(start, end, weight)` into
    /// `pending_text`, looked up in the [`Vocabulary`] once the document is read.
    pending: Vec<(usize, usize, u32)>,
    pending_text: String,
}

impl Default for Scratch {
    fn default() -> Scratch {
        Scratch {
            owner: u64::MAX,
            known: WordTable::default(),
            tally: Tally::default(),
            lower: String::new(),
            pending: Vec::new(),
            pending_text: String::new(),
        }
    }
}

/// Words of at most this many bytes are kept inline in a [`WordTable`]'s entries; nearly
/// all are.
const INLINE_WORD: usize = 16;

/// A word of at most [`INLINE_WORD`] bytes, padded with zeros.
type Key = [u8; INLINE_WORD];

/// Word → (word id, stem id): open addressing over a small array of entry numbers, the
/// words' bytes themselves held inline in the entries. (A hash map of `String`s reads a
/// control byte, a bucket and the string's own block, three cache misses on a large
/// vocabulary: that lookup was the indexer's hottest spot.) The slots are four bytes, so
/// they stay in cache between documents, and the entries are in the order the thread met
/// the words, so the common words (met first) share a few cache lines: with the words in
/// the slots themselves, nearly every distinct word of a document was a cache miss.
/// Words longer than [`INLINE_WORD`] go to `long`.
///
/// An entry also counts its word in the document being read ([`WordTable::count`]), so a
/// word met again costs the lookup alone; the counts go to the [`Tally`] by stem once the
/// document is read, a distinct word at a time.
#[derive(Default)]
struct WordTable {
    /// 1 + the index of an entry, or 0 for an empty slot. A power of two in length, never
    /// more than three-quarters full.
    slots: Vec<u32>,
    entries: Vec<Entry>,
    long: FxHashMap<String, (u32, u32)>,
    /// The entries whose `count` is not zero.
    counted: Vec<u32>,
}

#[derive(Clone, Copy)]
struct Entry {
    key: Key,
    word: u32,
    stem: u32,
    /// The word's weighted count in the document being read.
    count: u32,
}

impl WordTable {
    /// `word` as an inline key, when it fits.
    fn key(word: &str) -> Option<Key> {
        let bytes = word.as_bytes();
        if bytes.is_empty() || bytes.len() > INLINE_WORD {
            return None;
        }
        let mut key = [0u8; INLINE_WORD];
        key[..bytes.len()].copy_from_slice(bytes);
        Some(key)
    }

    /// The first slot to probe for `key`, of `mask + 1` slots.
    fn home(key: &Key, mask: usize) -> usize {
        let x = u128::from_le_bytes(*key);
        let h = ((x as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (x >> 64) as u64)
            .wrapping_mul(0xD6E8_FEB8_6659_FD93);
        // The top bits of the product, which depend on every byte of the key (its low
        // bits depend only on the key's first bytes: `settled` and `settles` would meet).
        // `mask + 1` is a power of two; its trailing zeros are one instruction where
        // counting the mask's ones, without a `popcnt` the target may lack, took a dozen.
        let bits = mask.wrapping_add(1).trailing_zeros();
        h.checked_shr(64 - bits).unwrap_or(0) as usize & mask
    }

    fn get(&self, word: &str) -> Option<(u32, u32)> {
        match Self::key(word) {
            Some(key) => self.get_key(&key),
            None => self.long.get(word).copied(),
        }
    }

    /// The ids of the inline word `key`.
    fn get_key(&self, key: &Key) -> Option<(u32, u32)> {
        self.find(key)
            .and_then(|e| self.entries.get(e))
            .map(|e| (e.word, e.stem))
    }

    /// The index of `key`'s entry.
    fn find(&self, key: &Key) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut i = Self::home(key, mask);
        // Ends: the table always has an empty slot.
        loop {
            let e = (*self.slots.get(i)? as usize).checked_sub(1)?;
            if self.entries.get(e)?.key == *key {
                return Some(e);
            }
            i = (i + 1) & mask;
        }
    }

    fn insert(&mut self, word: &str, ids: (u32, u32)) {
        let Some(key) = Self::key(word) else {
            self.long.insert(word.to_owned(), ids);
            return;
        };
        let entry = Entry {
            key,
            word: ids.0,
            stem: ids.1,
            count: 0,
        };
        if let Some(e) = self.find(&key) {
            if let Some(old) = self.entries.get_mut(e) {
                *old = Entry {
                    count: old.count,
                    ..entry
                };
            }
            return;
        }
        if (self.entries.len() + 1) * 4 > self.slots.len() * 3 {
            let size = (self.slots.len() * 2).max(1024);
            self.slots = vec![0; size];
            for e in 0..self.entries.len() {
                let key = self.entries[e].key;
                self.place(&key, e);
            }
        }
        self.entries.push(entry);
        self.place(&key, self.entries.len() - 1);
    }

    /// Puts entry `e` (of key `key`) in the first free slot of its probe.
    fn place(&mut self, key: &Key, e: usize) {
        let mask = self.slots.len().saturating_sub(1);
        let mut i = Self::home(key, mask);
        for _ in 0..self.slots.len() {
            let Some(slot) = self.slots.get_mut(i) else {
                break;
            };
            if *slot == 0 {
                *slot = e as u32 + 1;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /// Counts the inline word `key`, of weight `weight` (at least 1), in the document
    /// being read; false when the table does not have it.
    #[inline]
    fn count(&mut self, key: &Key, weight: u32) -> bool {
        let Some(e) = self.find(key) else {
            return false;
        };
        let Some(entry) = self.entries.get_mut(e) else {
            return false;
        };
        if entry.count == 0 {
            self.counted.push(e as u32);
        }
        entry.count = entry.count.saturating_add(weight.max(1));
        true
    }

    /// Adds the counts of the document read to `tally`, and sets them back to zero.
    fn drain_counts(&mut self, tally: &mut Tally, keeps_words: bool) {
        for &e in &self.counted {
            if let Some(entry) = self.entries.get_mut(e as usize) {
                let count = std::mem::take(&mut entry.count);
                tally.add((entry.word, entry.stem), count, keeps_words);
            }
        }
        self.counted.clear();
    }

    fn clear(&mut self) {
        self.slots.clear();
        self.entries.clear();
        self.long.clear();
        self.counted.clear();
    }
}

/// One document's weighted count of each stem (and, for the preview, its words), dense
/// by id, and which ids it touched: adding a word is an index and an add.
#[derive(Default)]
struct Tally {
    /// By stem id; zero for every stem outside `stems`.
    counts: Vec<u32>,
    stems: Vec<u32>,
    /// By word id; false for every word outside `words`.
    marks: Vec<bool>,
    words: Vec<u32>,
}

impl Tally {
    /// Counts a word of weight `weight` (at least 1).
    #[inline]
    fn add(&mut self, (word, stem): (u32, u32), weight: u32, keeps_words: bool) {
        let s = stem as usize;
        if s >= self.counts.len() {
            self.counts.resize(s + 1, 0);
        }
        if let Some(count) = self.counts.get_mut(s) {
            if *count == 0 {
                self.stems.push(stem);
            }
            *count = count.saturating_add(weight.max(1));
        }
        if keeps_words {
            let w = word as usize;
            if w >= self.marks.len() {
                self.marks.resize(w + 1, false);
            }
            if let Some(mark) = self.marks.get_mut(w)
                && !*mark
            {
                *mark = true;
                self.words.push(word);
            }
        }
    }

    /// The document's stems with their counts (as [`DocTerms::stems`] holds them) and its
    /// words sorted; leaves the tally empty for the next document.
    fn finish(&mut self) -> (Vec<u8>, Vec<u32>) {
        self.stems.sort_unstable();
        let mut stems = Vec::with_capacity(self.stems.len() * 3);
        let mut last = 0;
        for &stem in &self.stems {
            if let Some(count) = self.counts.get_mut(stem as usize) {
                push_varint(&mut stems, stem.wrapping_sub(last));
                push_varint(&mut stems, std::mem::take(count));
                last = stem;
            }
        }
        stems.shrink_to_fit();
        self.stems.clear();
        self.words.sort_unstable();
        for &word in &self.words {
            if let Some(mark) = self.marks.get_mut(word as usize) {
                *mark = false;
            }
        }
        let words = self.words.drain(..).collect();
        (stems, words)
    }
}

#[derive(Default)]
struct Vocabulary {
    word_ids: FxHashMap<String, u32>,
    /// Each word and its stem's id, by word id.
    words: Vec<(String, u32)>,
    stem_ids: FxHashMap<String, u32>,
    stems: Vec<String>,
}

impl Vocabulary {
    /// The ids of `word` and of its stem, stemming it the first time it is seen.
    fn word(&mut self, word: &str, stemmer: Option<&Stemmer>) -> (u32, u32) {
        if let Some(&id) = self.word_ids.get(word)
            && let Some(&(_, stem)) = self.words.get(id as usize)
        {
            return (id, stem);
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
        (id, stem_id)
    }
}

/// The Snowball stemmer for a BCP 47 language tag, if there is one for its language.
fn stemmer_for(language: &str) -> Option<Stemmer> {
    algorithm_for(language).map(|(algorithm, _)| Stemmer::create(algorithm))
}

/// The Snowball algorithm for a BCP 47 language tag, and the same stemmer in JavaScript
/// (`scripts/snowball_js.py` translates rust-stemmers' own code, and `tests/reader.rs`
/// checks that the two agree).
fn algorithm_for(language: &str) -> Option<(Algorithm, &'static str)> {
    let primary = language.split(['-', '_']).next()?.to_ascii_lowercase();
    Some(match primary.as_str() {
        "ar" => (Algorithm::Arabic, include_str!("stemmers/arabic.js")),
        "da" => (Algorithm::Danish, include_str!("stemmers/danish.js")),
        "de" => (Algorithm::German, include_str!("stemmers/german.js")),
        "el" => (Algorithm::Greek, include_str!("stemmers/greek.js")),
        "en" => (Algorithm::English, include_str!("stemmers/english.js")),
        "es" => (Algorithm::Spanish, include_str!("stemmers/spanish.js")),
        "fi" => (Algorithm::Finnish, include_str!("stemmers/finnish.js")),
        "fr" => (Algorithm::French, include_str!("stemmers/french.js")),
        "hu" => (Algorithm::Hungarian, include_str!("stemmers/hungarian.js")),
        "it" => (Algorithm::Italian, include_str!("stemmers/italian.js")),
        "nl" => (Algorithm::Dutch, include_str!("stemmers/dutch.js")),
        "no" | "nb" | "nn" => (Algorithm::Norwegian, include_str!("stemmers/norwegian.js")),
        "pt" => (
            Algorithm::Portuguese,
            include_str!("stemmers/portuguese.js"),
        ),
        "ro" => (Algorithm::Romanian, include_str!("stemmers/romanian.js")),
        "ru" => (Algorithm::Russian, include_str!("stemmers/russian.js")),
        "sv" => (Algorithm::Swedish, include_str!("stemmers/swedish.js")),
        "ta" => (Algorithm::Tamil, include_str!("stemmers/tamil.js")),
        "tr" => (Algorithm::Turkish, include_str!("stemmers/turkish.js")),
        _ => return None,
    })
}

/// The text of [`STEMMER`] for a site in `language`: an ES module whose `stem(word)`
/// stems a word as the index does; `None` for a language without a stemmer.
pub fn stemmer_module(language: &str) -> Option<String> {
    algorithm_for(language).map(|(_, algorithm)| format!("{STEMMER_RUNTIME}{algorithm}"))
}

/// A word as [`words`] hands it over, lowercased: its [`Key`] when it has at most
/// [`INLINE_WORD`] bytes (nearly all words), else its text.
#[derive(Clone, Copy)]
enum Word<'a> {
    Inline(&'a Key),
    Text(&'a str),
}

impl<'a> Word<'a> {
    /// The word's text (an inline word's is its key's bytes).
    fn text(self) -> &'a str {
        match self {
            Word::Inline(key) => key_text(key),
            Word::Text(text) => text,
        }
    }
}

/// The word an inline [`Key`] holds: its bytes up to the padding (no word holds a NUL: it
/// is neither a letter nor a digit, nor part of any other character's UTF-8).
fn key_text(key: &Key) -> &str {
    let len = key.iter().position(|&b| b == 0).unwrap_or(INLINE_WORD);
    std::str::from_utf8(key.get(..len).unwrap_or_default()).unwrap_or_default()
}

/// Which bytes are ASCII letters and digits: one load a byte where
/// `u8::is_ascii_alphanumeric` is two range checks.
static ASCII_WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Calls `each` with every word of `text`, by the rule the search page applies to a
/// query (`search.js`'s `words`):
///
/// - A word is a run of letters, digits and combining marks (Unicode's Alphabetic,
///   Numeric and Mark: a Tamil virama or a decomposed accent is part of its word),
///   lowercased a character at a time, with the dot that lowercasing `İ` leaves (`i̇`)
///   dropped, so `İstanbul` is `istanbul`, then put in Unicode's NFC (`cafe` and
///   U+0301 is `café`); a word of more than [`LONGEST_WORD`] characters (in NFC) is
///   left out.
/// - Han, Hiragana, Katakana and Hangul, written without spaces, are taken apart from
///   other letters: each run of them, in NFC, gives its overlapping pairs of characters
///   (`ウクライナ` → `ウク`, `クラ`, `ライ`, `イナ`), or the one character of a run of one.
///
/// One pass over the text, a table lookup a byte; an ASCII word of at most
/// [`INLINE_WORD`] bytes (most words) is then lowercased into its key sixteen bytes at
/// once, and looked up without being read again. `buf` holds a word that is neither all
/// ASCII nor an inline [`Key`].
fn words(text: &str, buf: &mut String, mut each: impl FnMut(Word)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // To the next word.
        if !ASCII_WORD_BYTE[usize::from(b)] {
            let (class, width) = if b.is_ascii() {
                (Class::Gap, 1)
            } else {
                classify(text, i)
            };
            match class {
                Class::Gap => {
                    i += width;
                    continue;
                }
                Class::Cjk => {
                    i = cjk_run(text, i, &mut each);
                    continue;
                }
                Class::Word => {}
            }
        }
        let start = i;
        // Most words are ASCII and end within sixteen bytes: found without a branch a byte.
        if let Some((key, len)) = short_ascii_word(bytes, start) {
            i += len;
            each(Word::Inline(&key));
            continue;
        }
        // Whether the word is all ASCII.
        let mut ascii = true;
        while let Some(&b) = bytes.get(i) {
            if ASCII_WORD_BYTE[usize::from(b)] {
                i += 1;
            } else if b.is_ascii() {
                break;
            } else {
                let (class, width) = classify(text, i);
                if class != Class::Word {
                    break;
                }
                ascii = false;
                i += width;
            }
        }
        let Some(word) = text.get(start..i) else {
            continue;
        };
        if !ascii {
            buf.clear();
            let mut after_i = false;
            for c in word.chars().flat_map(char::to_lowercase) {
                // `İ` lowercases to `i` and a combining dot above.
                if !(after_i && c == '\u{307}') {
                    buf.push(c);
                }
                after_i = c == 'i';
            }
            nfc(buf);
            if buf.len() > LONGEST_WORD && buf.chars().count() > LONGEST_WORD {
                continue;
            }
            match WordTable::key(buf) {
                Some(key) => each(Word::Inline(&key)),
                None => each(Word::Text(buf)),
            }
        } else if word.len() > LONGEST_WORD {
            continue;
        } else if let Some(key) = ascii_key(bytes, start, word.len()) {
            each(Word::Inline(&key));
        } else if word.bytes().any(|b| b.is_ascii_uppercase()) {
            buf.clear();
            buf.push_str(word);
            buf.make_ascii_lowercase();
            each(Word::Text(buf));
        } else {
            each(Word::Text(word));
        }
    }
}

/// Hands `each` the words of the run of [`Class::Cjk`] characters at byte `start` of
/// `text` (each pair of neighbours of the run in NFC, or the one character of a run of
/// one); returns where the run ends.
fn cjk_run(text: &str, start: usize, each: &mut impl FnMut(Word)) -> usize {
    let Some(rest) = text.get(start..) else {
        return text.len();
    };
    let len = rest
        .char_indices()
        .find(|&(_, c)| classify_char(c) != Class::Cjk)
        .map_or(rest.len(), |(at, _)| at);
    let run = rest.get(..len).unwrap_or_default();
    if is_nfc_quick(run.chars()) == IsNormalized::Yes {
        cjk_pairs(run, each);
    } else {
        // Hangul written as Jamo, Kana with a separate voicing mark (`カ` U+3099):
        // one character each in NFC, as the page reads them.
        let run: String = run.nfc().collect();
        cjk_pairs(&run, each);
    }
    (start + len).max(start + 1)
}

/// Hands `each` the overlapping pairs of characters of `run`, or its one character.
fn cjk_pairs(run: &str, each: &mut impl FnMut(Word)) {
    // Where the character before the one being read starts.
    let mut before: Option<usize> = None;
    let mut pairs = 0;
    for (at, c) in run.char_indices() {
        let end = at + c.len_utf8();
        if let Some(first) = before
            && let Some(key) = run.get(first..end).and_then(WordTable::key)
        {
            each(Word::Inline(&key));
            pairs += 1;
        }
        before = Some(at);
    }
    if pairs == 0
        && !run.is_empty()
        && let Some(key) = WordTable::key(run)
    {
        each(Word::Inline(&key));
    }
}

/// Puts `word` in Unicode's NFC, so that text and queries written decomposed (`cafe`
/// and U+0301) and composed (`café`) give one word. Most words already are, and are
/// told so by a table lookup a character.
fn nfc(word: &mut String) {
    if is_nfc_quick(word.chars()) != IsNormalized::Yes {
        *word = word.nfc().collect();
    }
}

/// Sixteen bytes at once, as one number (the first byte the lowest).
type Window = u128;

/// A [`Window`] with each byte `b`.
const fn each_byte(b: u8) -> Window {
    Window::from_le_bytes([b; INLINE_WORD])
}

/// Of the bytes of `x`, those at least `low` (at most 0x80), in their high bits; `x`'s
/// bytes must be below 0x80, so no sum carries into the next byte.
fn at_least(x: Window, low: u8) -> Window {
    x.wrapping_add(each_byte(0x80 - low)) & each_byte(0x80)
}

/// The word of ASCII letters and digits at `bytes[start..]` and its length, when it is
/// shorter than [`INLINE_WORD`] and ends at an ASCII byte: its [`Key`], lowercased, found
/// with a few operations on sixteen bytes at once (a loop a byte mispredicts its exit on
/// nearly every word). `None` sends the word to the byte-wise scan.
fn short_ascii_word(bytes: &[u8], start: usize) -> Option<(Key, usize)> {
    let window: [u8; INLINE_WORD] = bytes.get(start..start + INLINE_WORD)?.try_into().ok()?;
    let x = Window::from_le_bytes(window);
    let high = each_byte(0x80);
    let low7 = x & !high;
    let digit = at_least(low7, b'0') & !at_least(low7, b'9' + 1);
    let folded = low7 | each_byte(0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    // The bytes that end an ASCII word: neither letters nor digits, or not ASCII.
    let stops = (!(digit | letter) & high) | (x & high);
    let len = (stops.trailing_zeros() / 8) as usize;
    // A word ending at a byte that is not ASCII may go on (`café`).
    if len == 0 || !window.get(len)?.is_ascii() {
        return None;
    }
    let word = x & (Window::MAX >> (8 * (INLINE_WORD - len)));
    Some((lowercase_ascii_word(word), len))
}

/// The bytes of `x`, ASCII letters and digits (and zeros), lowercased.
fn lowercase_ascii_word(x: Window) -> Key {
    // Of ASCII letters and digits, only letters have bit 0x40 set, and a capital is its
    // small letter without 0x20: copying 0x40 down to 0x20 lowercases every byte at once.
    (x | ((x & each_byte(0x40)) >> 1)).to_le_bytes()
}

/// The [`Key`] of the ASCII word of letters and digits at `bytes[start..start + len]`,
/// lowercased, when it has at most [`INLINE_WORD`] bytes.
fn ascii_key(bytes: &[u8], start: usize, len: usize) -> Option<Key> {
    if len == 0 || len > INLINE_WORD {
        return None;
    }
    let mut key = [0u8; INLINE_WORD];
    key.get_mut(..len)?
        .copy_from_slice(bytes.get(start..start + len)?);
    Some(lowercase_ascii_word(Window::from_le_bytes(key)))
}

/// What a character is to [`words`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// Between words.
    Gap,
    /// Part of a word: a letter, a digit or a combining mark.
    Word,
    /// A letter of Han, Hiragana, Katakana or Hangul, indexed in pairs.
    Cjk,
}

/// The class of the character at byte `i` of `text`, and its width in bytes.
fn classify(text: &str, i: usize) -> (Class, usize) {
    match text.as_bytes().get(i) {
        Some(b) if b.is_ascii() => (
            if b.is_ascii_alphanumeric() {
                Class::Word
            } else {
                Class::Gap
            },
            1,
        ),
        _ => text
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .map_or((Class::Gap, 1), |c| (classify_char(c), c.len_utf8())),
    }
}

/// The blocks of [`Class::Cjk`] letters (`search.js` lists the same): Hangul Jamo, CJK
/// radicals, the iteration and closing marks `々〆〇`, Hiragana, Katakana, Bopomofo,
/// Hangul compatibility Jamo, CJK Extension A and the Unified Ideographs, Hangul Jamo
/// extended, Hangul syllables, compatibility ideographs, halfwidth Katakana, and the
/// supplementary ideographic planes.
const CJK: [(char, char); 12] = [
    ('\u{1100}', '\u{11FF}'),
    ('\u{2E80}', '\u{2FDF}'),
    ('\u{3005}', '\u{3007}'),
    ('\u{3040}', '\u{30FF}'),
    ('\u{3100}', '\u{31FF}'),
    ('\u{3400}', '\u{4DBF}'),
    ('\u{4E00}', '\u{9FFF}'),
    ('\u{A960}', '\u{A97F}'),
    ('\u{AC00}', '\u{D7FF}'),
    ('\u{F900}', '\u{FAFF}'),
    ('\u{FF66}', '\u{FF9F}'),
    ('\u{20000}', '\u{3FFFF}'),
];

fn classify_char(c: char) -> Class {
    if !(c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)) {
        Class::Gap
    } else if ('\u{1100}'..='\u{3FFFF}').contains(&c)
        && CJK.iter().any(|r| (r.0..=r.1).contains(&c))
    {
        Class::Cjk
    } else {
        Class::Word
    }
}

/// One document's file: what a result shows. Written by [`doc_json`]; serde's form is
/// what the tests check it against.
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
    ///
    /// Its documents' [`DocTerms`] list their words, so documents can be dropped and the
    /// words they alone used leave the index (the preview).
    pub fn new(language: &str) -> Indexer {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        Indexer {
            id: NEXT.fetch_add(1, Ordering::Relaxed),
            language: language.to_owned(),
            stemmer: stemmer_for(language),
            numbers_unstemmed: language
                .split(['-', '_'])
                .next()
                .is_some_and(|primary| primary.eq_ignore_ascii_case("en")),
            keeps_words: true,
            vocabulary: Mutex::new(Vocabulary::default()),
        }
    }

    /// [`Indexer::new`] for a build: every document it indexes is written, so it keeps no
    /// word lists. The files are the same.
    pub fn for_build(language: &str) -> Indexer {
        Indexer {
            keeps_words: false,
            ..Indexer::new(language)
        }
    }

    /// The terms of a document made of `fields`, each a text and how many times its words
    /// count (at least once).
    fn terms(&self, fields: &[(&str, u32)]) -> DocTerms {
        SCRATCH.with(|scratch| {
            let mut scratch = scratch.borrow_mut();
            let Scratch {
                owner,
                known,
                tally,
                lower,
                pending,
                pending_text,
            } = &mut *scratch;
            if *owner != self.id {
                *owner = self.id;
                known.clear();
            }
            let mut len = 0u32;
            for &(text, weight) in fields {
                words(text, lower, |word| {
                    len += 1;
                    let ids = match word {
                        Word::Inline(key) if known.count(key, weight) => return,
                        Word::Inline(_) => None,
                        Word::Text(text) => known.get(text),
                    };
                    match ids {
                        Some(ids) => tally.add(ids, weight, self.keeps_words),
                        None => {
                            let start = pending_text.len();
                            pending_text.push_str(word.text());
                            pending.push((start, pending_text.len(), weight));
                        }
                    }
                });
            }
            if !pending.is_empty() {
                let mut vocabulary = self
                    .vocabulary
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                for &(start, end, weight) in pending.iter() {
                    let Some(word) = pending_text.get(start..end) else {
                        continue;
                    };
                    let ids = match known.get(word) {
                        Some(ids) => ids,
                        None => {
                            let number =
                                self.numbers_unstemmed && word.bytes().all(|b| b.is_ascii_digit());
                            let stemmer = self.stemmer.as_ref().filter(|_| !number);
                            let ids = vocabulary.word(word, stemmer);
                            known.insert(word, ids);
                            ids
                        }
                    };
                    tally.add(ids, weight, self.keeps_words);
                }
                pending.clear();
                pending_text.clear();
            }
            known.drain_counts(tally, self.keeps_words);
            let (stems, words) = tally.finish();
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
        self.each_file(site, briefs, |path, bytes| files.push((path, bytes)));
        files
    }

    /// [`Indexer::files`], each given to `put` as soon as it is made, so that a large
    /// site's index is never in memory whole (the term shards last, then the manifest).
    pub fn each_file(
        &self,
        site: &Site,
        briefs: &[&DocTerms],
        mut put: impl FnMut(String, Vec<u8>),
    ) {
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
            put(docs_path(first + k), json_array(docs).into_bytes());
        }
        drop(source_docs);
        let docs: Vec<&DocTerms> = briefs.iter().copied().chain(&sources).collect();
        let mut k = 0;
        // Each shard's size in KiB, rounded up: the page reads the shard after a prefix's
        // own only when the two fit in `prefix_bytes`.
        let mut sizes = Vec::new();
        let firsts = self.each_shard(&docs, briefs.len(), |shard| {
            sizes.push(shard.len().div_ceil(1024));
            put(shard_path(k), shard);
            k += 1;
        });
        let stemmer = stemmer_module(&self.language);
        let manifest = serde_json::json!({
            "format": FORMAT,
            "language": self.language,
            "briefs": briefs.len(),
            "sources": sources.len(),
            "per_file": [BRIEFS_PER_FILE, SOURCES_PER_FILE],
            "shards": firsts,
            "sizes": sizes,
            "prefix_bytes": PREFIX_BYTES,
            // From `index.json`'s folder, as the shards and documents are found.
            "stemmer": stemmer.as_ref().map(|_| "stemmer.js"),
        });
        if let Some(module) = stemmer {
            put(STEMMER.to_owned(), module.into_bytes());
        }
        put(INDEX.to_owned(), manifest.to_string().into_bytes());
    }

    /// The term shards of `docs`, of which the first `briefs` are briefs, and the first
    /// key of each.
    #[cfg(test)]
    fn shards(&self, docs: &[&DocTerms], briefs: usize) -> (Vec<String>, Vec<String>) {
        let mut shards = Vec::new();
        let firsts = self.each_shard(docs, briefs, |shard| {
            shards.push(String::from_utf8(shard).unwrap_or_default());
        });
        (shards, firsts)
    }

    /// The term shards of `docs`, of which the first `briefs` are briefs, each given to
    /// `each` in order as soon as it is complete; returns the first key of each.
    fn each_shard(
        &self,
        docs: &[&DocTerms],
        briefs: usize,
        mut each: impl FnMut(Vec<u8>),
    ) -> Vec<String> {
        let vocabulary = self
            .vocabulary
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let average = docs.iter().map(|d| f64::from(d.len)).sum::<f64>() / docs.len().max(1) as f64;
        // Every stem's postings in one allocation of the exact size, stem after stem:
        // `starts[s]..starts[s + 1]` are stem `s`'s (a list per stem, grown by pushing,
        // held up to twice the memory at the peak of a large build).
        let mut starts = vec![0usize; vocabulary.stems.len() + 1];
        for doc in docs {
            for (stem, _) in doc.stems() {
                if let Some(n) = starts.get_mut(stem as usize + 1) {
                    *n += 1;
                }
            }
        }
        for s in 1..starts.len() {
            starts[s] += starts[s - 1];
        }
        // A posting's document and weight, in two lists: five bytes a posting, not eight
        // (millions of postings on a large site).
        let total = starts.last().copied().unwrap_or(0);
        let mut posting_docs: Vec<u32> = vec![0; total];
        let mut posting_weights: Vec<u8> = vec![0; total];
        let mut filled: Vec<usize> = starts[..starts.len() - 1].to_vec();
        // A build's indexer has met only words of documents it writes.
        let mut used = vec![!self.keeps_words; vocabulary.words.len()];
        for (d, doc) in docs.iter().enumerate() {
            let norm = 1.2 * (0.25 + 0.75 * f64::from(doc.len) / average.max(1.0));
            // A brief counts twice a source paragraph: it is what a reader came for, and
            // length normalisation alone would rank short paragraphs above it.
            let scale = if d < briefs {
                BRIEF_SCALE
            } else {
                BRIEF_SCALE / 2.0
            };
            for (stem, tf) in doc.stems() {
                let tf = f64::from(tf);
                // BM25's term-frequency part, in (0, 2.2), as an integer.
                let weight = (scale * tf * 2.2 / (tf + norm)).round().clamp(1.0, 255.0) as u8;
                if let Some(next) = filled.get_mut(stem as usize) {
                    posting_docs[*next] = d as u32;
                    posting_weights[*next] = weight;
                    *next += 1;
                }
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
            /// The documents and the weights.
            postings: Option<(&'a [u32], &'a [u8])>,
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
            let stem = *stem as usize;
            let range = starts[stem]..starts[stem + 1];
            stem_entry.postings = Some((&posting_docs[range.clone()], &posting_weights[range]));
            stem_entry.forms.push(word.as_str());
        }

        // Each key's JSON in parallel (the postings are most of the index's text), then
        // the keys in order into shards, a block of keys at a time so that the JSON of
        // the whole index is never held at once.
        let mut keys: Vec<(&str, Entry)> = keys.into_iter().collect();
        let mut firsts = Vec::new();
        let mut shard = Vec::new();
        for block in keys.chunks_mut(KEYS_PER_BLOCK) {
            let texts: Vec<(&str, Vec<u8>)> = block
                .par_iter_mut()
                .map(|(key, entry)| {
                    let key: &str = key;
                    let mut text = Vec::with_capacity(
                        key.len() + 16 + entry.postings.map_or(0, |(d, _)| d.len() * 8),
                    );
                    let mut digits = [0u8; 20];
                    push_json_string(&mut text, key);
                    text.extend_from_slice(b":{");
                    let mut comma = false;
                    if let Some(stem) = entry.stem {
                        text.extend_from_slice(b"\"s\":");
                        push_json_string(&mut text, stem);
                        comma = true;
                    }
                    if let Some((docs, weights)) = entry.postings {
                        if comma {
                            text.push(b',');
                        }
                        text.extend_from_slice(b"\"p\":[");
                        let mut last = 0;
                        for (i, (&d, &w)) in docs.iter().zip(weights).enumerate() {
                            if i > 0 {
                                text.push(b',');
                            }
                            text.extend_from_slice(decimal(u64::from(d - last), &mut digits));
                            text.push(b',');
                            text.extend_from_slice(decimal(u64::from(w), &mut digits));
                            last = d;
                        }
                        text.extend_from_slice(b"],\"f\":[");
                        let forms = &mut entry.forms;
                        forms.sort_unstable();
                        for (i, form) in forms.iter().enumerate() {
                            if i > 0 {
                                text.push(b',');
                            }
                            push_json_string(&mut text, form);
                        }
                        text.push(b']');
                    }
                    text.push(b'}');
                    (key, text)
                })
                .collect();
            for (key, text) in texts {
                if shard.is_empty() {
                    firsts.push(key.to_owned());
                    shard.reserve(SHARD_BYTES + SHARD_BYTES / 4);
                    shard.push(b'{');
                } else {
                    shard.push(b',');
                }
                shard.extend_from_slice(&text);
                if shard.len() >= SHARD_BYTES {
                    shard.push(b'}');
                    each(std::mem::take(&mut shard));
                }
            }
        }
        if !shard.is_empty() {
            shard.push(b'}');
            each(shard);
        }
        firsts
    }
}

/// A document's JSON text: what serde_json writes for the [`DocFile`], written by hand
/// (its escaping of a brief's text was a tenth of the index's time).
fn doc_json(doc: &DocFile) -> String {
    // Sized once: a brief's text is kilobytes, and a growing buffer copies it each time.
    let fields = [
        ("{\"url\":", doc.url),
        (",\"title\":", doc.title),
        (",\"kind\":", doc.kind),
        (",\"meta\":", doc.meta),
        (",\"text\":", doc.text),
    ];
    let size = fields
        .iter()
        .map(|(name, field)| name.len() + field.len() + 16)
        .sum::<usize>()
        + 64;
    let mut out = String::with_capacity(size);
    for (name, field) in fields {
        out.push_str(name);
        json_string(field, |piece| out.push_str(piece));
    }
    out.push('}');
    out
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
            |w| seen.push(w.text().to_owned()),
        );
        assert_eq!(
            seen,
            ["kyiv", "s", "500bn", "deal", "été", "2025", "україна"]
        );
    }

    /// The rule of [`words`], written plainly: what the fast scan must agree with.
    fn reference_words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let chars: Vec<char> = text.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let class = classify_char(chars[i]);
            let run = chars[i..]
                .iter()
                .take_while(|&&c| classify_char(c) == class)
                .count();
            let part = &chars[i..i + run];
            i += run;
            match class {
                Class::Gap => {}
                Class::Cjk => {
                    let part: Vec<char> = part.iter().copied().nfc().collect();
                    if part.len() == 1 {
                        out.push(part.iter().collect());
                    } else {
                        out.extend(part.windows(2).map(|p| p.iter().collect::<String>()));
                    }
                }
                Class::Word => {
                    let word = part
                        .iter()
                        .flat_map(|c| c.to_lowercase())
                        .collect::<String>()
                        .replace("i\u{307}", "i")
                        .nfc()
                        .collect::<String>();
                    if word.chars().count() <= LONGEST_WORD {
                        out.push(word);
                    }
                }
            }
        }
        out
    }

    #[test]
    fn words_agree_with_the_plain_rule() {
        let long = [
            "é".repeat(40),
            "é".repeat(41),
            "ab".repeat(20),
            "ab".repeat(21),
        ];
        for text in [
            "",
            "a",
            "  x1-y2  ",
            "Ünïcödé—text’s 42%",
            "日本語 テキスト",
            "e\u{301}t\u{e9}",
            "a\u{10000}b",
            "ABCDEFGHIJKLMNOPQ abcdefghijklmnop MiXeD Sixteen16Letters Seventeen17Letters",
            "ÀBCDEFGHIJKLMNOP straße İstanbul",
            "AbC",
            "x ABCDEFGHIJKLMNOP",
            "Zz9 end-WORD",
            "mid ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcd rest",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcde",
            "Ω 12 ΩMEGA9 é",
            "日本とウクライナは鉱物資源協定について交渉しています。",
            "abc日本def 한국어 々 x々y ・ 中",
            "İİİ iİ İI ıI",
            "Эта достопримечательность привлекает туристов",
            "சென்னை மாணவர்கள்",
            "\u{301}x \u{301} x\u{301}",
            "cafe\u{301} CAFE\u{301} E\u{301}te\u{301} I\u{307}stanbul",
            "\u{1100}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8} \u{30AB}\u{3099}\u{30A4}\u{30C9}",
            "\u{F900}\u{F901} \u{30AB}\u{3099}",
            long[0].as_str(),
            long[1].as_str(),
            long[2].as_str(),
            long[3].as_str(),
        ] {
            let mut fast = Vec::new();
            words(text, &mut String::new(), |word| {
                let w = word.text();
                let key = match word {
                    Word::Inline(key) => Some(*key),
                    Word::Text(_) => None,
                };
                assert_eq!(key, WordTable::key(w), "{w:?}");
                fast.push(w.to_owned());
            });
            assert_eq!(fast, reference_words(text), "{text:?}");
        }
    }

    /// Turkish `İ`, Tamil's vowel signs and virama, Russian words of more than 20 letters
    /// and Japanese without spaces all give words a query can find.
    #[test]
    fn words_of_other_scripts() {
        let all = |text: &str| {
            let mut seen = Vec::new();
            words(text, &mut String::new(), |w| seen.push(w.text().to_owned()));
            seen
        };
        assert_eq!(all("İstanbul görüşmeleri"), ["istanbul", "görüşmeleri"]);
        assert_eq!(all("istanbul"), all("İSTANBUL"));
        assert_eq!(all("சென்னை மாணவர்கள்"), ["சென்னை", "மாணவர்கள்"]);
        assert_eq!(
            all("Эта достопримечательность"),
            ["эта", "достопримечательность"]
        );
        assert_eq!(
            all("日本とウクライナは鉱物"),
            [
                "日本", "本と", "とウ", "ウク", "クラ", "ライ", "イナ", "ナは", "は鉱", "鉱物"
            ]
        );
        assert_eq!(all("中 文"), ["中", "文"]);
        assert_eq!(all("a".repeat(41).as_str()), Vec::<String>::new());
    }
    /// Text written decomposed (NFD: `e` and U+0301, Hangul as Jamo, Kana with a
    /// separate voicing mark) gives the words of the same text composed (NFC), which a
    /// query typed either way is cut into too: before, `café` in NFD was not `café`.
    #[test]
    fn words_are_the_same_composed_and_decomposed() {
        let all = |text: &str| {
            let mut seen = Vec::new();
            words(text, &mut String::new(), |w| seen.push(w.text().to_owned()));
            seen
        };
        for text in [
            "Café, ÉTÉ, Ελλάδα, Ärger, naïve, São Paulo, İstanbul, Việt Nam",
            "한국어 대한민국 ガイドブック デジタル 東京都",
            &format!("{} end", "é".repeat(40)),
        ] {
            let composed: String = text.nfc().collect();
            let decomposed: String = text.nfd().collect();
            assert_ne!(composed, decomposed);
            assert_eq!(all(&decomposed), all(&composed), "{text}");
        }
        assert_eq!(all("cafe\u{301}"), ["café"]);
        assert_eq!(all("\u{30AB}\u{3099}\u{30A4}\u{30C9}"), ["ガイ", "イド"]);
        assert_eq!(all("\u{1112}\u{1161}\u{11AB}"), ["한"]);
        // And so one key of the index, whichever way a document was written.
        let (indexer, docs) = index(&["cafe\u{301} au lait", "un café"]);
        let keys = shards_of(&indexer, &docs);
        assert_eq!(keys["café"]["p"].as_array().map(Vec::len), Some(4));
        assert!(!keys.contains_key("cafe\u{301}"));
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
    fn a_build_indexer_writes_what_the_preview_writes() {
        let texts = [
            "Mining the minerals 2025",
            "the mine, the MINES, a supercalifragilisticexpialidocious word",
            "Ünïcödé été",
        ];
        let (preview, docs) = index(&texts);
        let build = Indexer::for_build("en");
        let built: Vec<DocTerms> = texts.iter().map(|t| build.terms(&[(t, 1)])).collect();
        assert!(built.iter().all(|d| d.words.is_empty()));
        let refs: Vec<&DocTerms> = docs.iter().collect();
        let built_refs: Vec<&DocTerms> = built.iter().collect();
        assert_eq!(preview.shards(&refs, 3), build.shards(&built_refs, 3));
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut texts: Vec<String> = [
            "",
            "plain",
            "a \"quoted\" back\\slash",
            "tab\there, new\nline, \r \u{8} \u{c} \u{0} \u{1f} \u{7f} end",
            "Ünïcödé — “curly” 日本語 \u{10000}",
            "exactly8",
            "seven7\"",
            "\"\"\"\"\"\"\"\"\"",
        ]
        .map(str::to_owned)
        .into();
        // Every byte below 0x80 at every position of a sixteen-byte window.
        for b in 0..0x80u8 {
            for at in 0..16 {
                let mut text = "abcdefghijklmnop".to_owned().into_bytes();
                text[at] = b;
                texts.push(String::from_utf8(text).expect("ASCII"));
            }
        }
        for text in &texts {
            let mut out = Vec::new();
            push_json_string(&mut out, text);
            let expected = serde_json::to_string(text).expect("a string serialises");
            assert_eq!(String::from_utf8(out).expect("UTF-8"), expected, "{text:?}");
        }
    }

    #[test]
    fn a_document_is_written_as_serde_json_writes_it() {
        let doc = DocFile {
            url: "a/b/index.html",
            title: "A \"title\"",
            kind: "Brief",
            meta: "",
            text: "Line one.\nLine\ttwo \\ “three”.",
        };
        assert_eq!(
            doc_json(&doc),
            serde_json::to_string(&doc).expect("a document serialises")
        );
    }

    #[test]
    fn varints_read_back_what_was_written() {
        let numbers = [0, 1, 127, 128, 300, 16_383, 16_384, 1 << 28, u32::MAX];
        let mut bytes = Vec::new();
        for &n in &numbers {
            push_varint(&mut bytes, n);
        }
        assert_eq!(Varints(&bytes).collect::<Vec<_>>(), numbers);
        // A truncated number ends the sequence.
        assert_eq!(Varints(&[0x05, 0x80]).collect::<Vec<_>>(), [5]);
    }

    #[test]
    fn the_word_table_finds_every_word_it_was_given() {
        let mut table = WordTable::default();
        let words: Vec<String> = (0..5000)
            .map(|i| match i % 3 {
                0 => format!("w{i}"),
                1 => format!("{i}{}", "x".repeat(i % 20)),
                _ => format!("é{i}"),
            })
            .collect();
        for (i, word) in words.iter().enumerate() {
            assert_eq!(table.get(word), None);
            table.insert(word, (i as u32, i as u32 * 2));
        }
        for (i, word) in words.iter().enumerate() {
            assert_eq!(table.get(word), Some((i as u32, i as u32 * 2)), "{word}");
        }
        assert_eq!(table.get("absent"), None);
        assert_eq!(table.get(&"y".repeat(30)), None);
    }

    #[test]
    fn the_english_stemmer_leaves_numbers_alone() {
        let stemmer = stemmer_for("en").expect("a stemmer");
        for n in 0..=100_000u32 {
            for text in [n.to_string(), format!("{n:06}")] {
                assert_eq!(stemmer.stem(&text), text);
            }
        }
        assert!(Indexer::new("en-GB").numbers_unstemmed);
        assert!(!Indexer::new("fi").numbers_unstemmed);
    }

    #[test]
    fn weights_of_a_stem_add_up() {
        let indexer = Indexer::for_build("en");
        let doc = indexer.terms(&[("mine mining", 3), ("mines other", 1)]);
        assert_eq!(doc.len, 4);
        let counts: Vec<u32> = doc.stems().map(|(_, c)| c).collect();
        let mut sorted = counts.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, [1, 7]);
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
    fn a_language_with_a_stemmer_has_it_in_javascript() {
        let module = stemmer_module("ru-RU").expect("Russian has a stemmer");
        assert!(module.starts_with(STEMMER_RUNTIME));
        assert!(module.contains("function snowball(e){"));
        assert!(module.contains("export function stem(word)"));
        assert!(stemmer_module("ja").is_none() && stemmer_module("").is_none());
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

//! Teasers and walls: is the extracted text the article, or a part of it?
//!
//! Pure. A paywalled, login-walled or consent-walled page still yields *some* text — the
//! first paragraphs, or the wall's own wording — and keeping that as if it were the
//! article would make every later quote check wrong. [`assess`] lists what it saw; the
//! capture refuses when the list is not empty, unless the editor passes
//! `--accept-partial` (e.g. after checking that the article is short indeed).

use super::extract::{Article, words};

/// One reason to think the text is not the whole article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signal {
    /// JSON-LD says `isAccessibleForFree: false`.
    NotFree,
    /// The text is far shorter than the word count the page declares.
    Short { words: usize, declared: u64 },
    /// The text holds paywall, login or consent wording (the phrase found).
    Wording(String),
    /// No article text was found at all.
    Empty,
}

impl std::fmt::Display for Signal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Signal::NotFree => f.write_str(
                "the page's JSON-LD says the article is not free to read (isAccessibleForFree: false)",
            ),
            Signal::Short { words, declared } => write!(
                f,
                "the text has {words} words but the page declares {declared} (wordCount)"
            ),
            Signal::Wording(phrase) => write!(f, "the text reads like a wall: “{phrase}”"),
            Signal::Empty => f.write_str("no article text was found on the page"),
        }
    }
}

/// Phrases of paywalls, login walls and consent walls, lower case, in the languages of
/// the pages desks bring most. Matched only in short texts (see [`assess`]), since an
/// article may well *mention* cookies or subscriptions.
const WALL_PHRASES: &[&str] = &[
    "subscribe to continue",
    "subscribe to read",
    "subscribe now to",
    "to continue reading",
    "continue reading with",
    "this article is for subscribers",
    "this content is for subscribers",
    "subscribers only",
    "already a subscriber",
    "already have an account",
    "sign in to continue",
    "log in to continue",
    "log in to read",
    "create a free account",
    "register to continue",
    "unlock this article",
    "we use cookies",
    "accept all cookies",
    "accept cookies",
    "cookie settings",
    "cookie consent",
    "manage consent",
    "your privacy choices",
    "consent to the use",
    "before you continue",
    "pur-abo",
    "jetzt abonnieren",
    "weiterlesen mit",
    "assine para continuar",
    "exclusivo para assinantes",
    "já é assinante",
    "suscríbete para seguir",
    "contenido exclusivo para suscriptores",
    "abonnez-vous pour",
    "réservé aux abonnés",
    "článek je pro předplatitele",
    "pro pokračování se přihlaste",
    "souhlas s použitím cookies",
    "登录后阅读",
    "订阅后阅读",
];

/// A text of fewer words than this is checked for wall wording.
const SHORT_TEXT: usize = 350;

/// What suggests `article` is not the whole text.
pub fn assess(article: &Article) -> Vec<Signal> {
    let mut signals = Vec::new();
    let count = article.word_count();
    if article.paragraphs.is_empty() || count == 0 {
        signals.push(Signal::Empty);
    }
    if article.meta.accessible_for_free == Some(false) {
        signals.push(Signal::NotFree);
    }
    if let Some(declared) = article.meta.word_count
        && declared >= 100
        && (count as u64) * 2 < declared
    {
        signals.push(Signal::Short {
            words: count,
            declared,
        });
    }
    if count < 50 {
        // Next to nothing extracted: a wall has no article, so read the whole page.
        let lower = article.page_text.to_lowercase();
        if let Some(phrase) = WALL_PHRASES.iter().find(|p| lower.contains(*p)) {
            signals.push(Signal::Wording((*phrase).to_owned()));
            return signals;
        }
    }
    if count > 0 && count < SHORT_TEXT {
        let lower = article.body().to_lowercase();
        if let Some(phrase) = WALL_PHRASES.iter().find(|p| lower.contains(*p)) {
            signals.push(Signal::Wording((*phrase).to_owned()));
        }
    } else if let Some(last) = article.paragraphs.last()
        && words(last) < 40
    {
        // A long text that *ends* on a wall: the teaser of a long article.
        let lower = last.to_lowercase();
        if let Some(phrase) = WALL_PHRASES
            .iter()
            .take_while(|p| !p.contains("cookie"))
            .find(|p| lower.contains(*p))
        {
            signals.push(Signal::Wording((*phrase).to_owned()));
        }
    }
    signals
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capture::metadata::PageMeta;

    fn article(paragraphs: &[&str], meta: PageMeta) -> Article {
        Article {
            meta,
            paragraphs: paragraphs.iter().map(|p| (*p).to_owned()).collect(),
            page_text: paragraphs.join(" "),
        }
    }

    #[test]
    fn a_full_article_passes() {
        let long = "word ".repeat(400);
        let a = article(
            &[&long, "It mentions that we use cookies in passing."],
            PageMeta::default(),
        );
        assert_eq!(assess(&a), vec![]);
    }

    #[test]
    fn consent_wall_is_seen() {
        let a = article(
            &[
                "Before you continue to Example",
                "We use cookies and data to deliver our services.",
            ],
            PageMeta::default(),
        );
        assert!(matches!(assess(&a)[0], Signal::Wording(_)));
    }

    #[test]
    fn paywall_flag_and_short_text() {
        let meta = PageMeta {
            accessible_for_free: Some(false),
            word_count: Some(1500),
            ..PageMeta::default()
        };
        let a = article(
            &["The first paragraph of a long story, and then nothing."],
            meta,
        );
        let s = assess(&a);
        assert!(s.contains(&Signal::NotFree));
        assert!(
            s.iter()
                .any(|s| matches!(s, Signal::Short { declared: 1500, .. }))
        );
    }

    #[test]
    fn empty_text_is_seen() {
        assert_eq!(
            assess(&article(&[], PageMeta::default())),
            vec![Signal::Empty]
        );
    }
}

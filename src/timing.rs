//! Thread time spent in the parts of a build that run on many threads at once, for the
//! breakdown `brief build --timings` prints: each part adds to a process-wide counter,
//! which the build reads and clears. The cost is two clock reads a call.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Summed thread time of one part of the build.
pub struct Counter(AtomicU64);

impl Counter {
    const fn new() -> Self {
        Counter(AtomicU64::new(0))
    }

    /// Runs `f`, adding the time it took.
    pub fn time<T>(&self, f: impl FnOnce() -> T) -> T {
        let started = Instant::now();
        let value = f();
        let nanos = u64::try_from(started.elapsed().as_nanos()).unwrap_or(u64::MAX);
        self.0.fetch_add(nanos, Ordering::Relaxed);
        value
    }

    /// The time added since the last `take`, and starts again from zero.
    pub fn take(&self) -> Duration {
        Duration::from_nanos(self.0.swap(0, Ordering::Relaxed))
    }
}

/// Parsing and rendering briefs' Markdown, highlighting included.
pub static MARKDOWN: Counter = Counter::new();
/// Highlighting code blocks (part of [`MARKDOWN`]).
pub static HIGHLIGHT: Counter = Counter::new();
/// Resolving briefs: Markdown, then numbering citations and checking quotes.
pub static RESOLVE: Counter = Counter::new();
/// Checking each brief's claims: its figures and citations (part of [`RESOLVE`]).
pub static CLAIMS: Counter = Counter::new();
/// The rest of the claims' time, outside resolving briefs: reading the seeds' figures,
/// and writing `claims.json`.
pub static CLAIMS_REST: Counter = Counter::new();
/// Rendering brief pages through the theme's templates.
pub static TEMPLATES: Counter = Counter::new();
/// Building the search index's entries and chunks.
pub static SEARCH: Counter = Counter::new();

/// Clears every counter, at the start of a build.
pub fn clear() {
    for counter in [
        &MARKDOWN,
        &HIGHLIGHT,
        &RESOLVE,
        &CLAIMS,
        &CLAIMS_REST,
        &TEMPLATES,
        &SEARCH,
    ] {
        counter.take();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_clears() {
        let counter = Counter::new();
        let value = counter.time(|| {
            std::thread::sleep(Duration::from_millis(2));
            7
        });
        assert_eq!(value, 7);
        assert!(counter.take() >= Duration::from_millis(2));
        assert_eq!(counter.take(), Duration::ZERO);
    }
}

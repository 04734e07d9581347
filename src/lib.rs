//! brief: a static-site generator for briefing microsites.
//!
//! The pipeline reads top to bottom, one module per stage:
//!
//! 1. [`site`] loads the site — [`config`], [`seed`]s, [`brief`]s, [`section`]
//!    introductions, the [`theme`] —
//!    collecting every problem as a [`diagnostic::Diagnostic`];
//! 2. [`resolve`] renders each brief's Markdown ([`markdown`], with [`cite`] for citation
//!    syntax and [`highlight`] for code), numbers its sources and checks its quotes
//!    against the seeds ([`quote`]);
//! 3. [`render`] turns the resolved site into pages through the theme, the listings
//!    (home, sections, topics, sources index) paginated by [`listing`];
//! 4. [`output`] writes them atomically.
//!
//! [`build`] strings the stages together for the commands in `main.rs`; [`timing`]
//! measures them for `brief build --timings`. [`preview`] keeps a site's model in memory
//! and updates it incrementally, for two front ends: [`serve`] (HTTP, live reload) and
//! [`lsp`] (a language server, reading editors' unsaved buffers through an [`overlay`]).
//! The preview resolves every brief for its diagnostics without the parts whose result it
//! drops (highlighting, claim records), by thread-local [`switch`]es.

// The crate's documentation is for the engineers who work on it (`cargo doc
// --document-private-items`): public items may link to private ones.
#![allow(rustdoc::private_intra_doc_links)]

pub mod allocator;
pub mod ascii;
pub mod brief;
pub mod build;
pub mod capture;
pub mod cite;
pub mod claims;
pub mod config;
pub mod date;
pub mod decimal;
pub mod diagnostic;
pub mod eject;
pub mod escape;
pub mod figure;
pub mod frontmatter;
pub mod highlight;
pub mod listing;
pub mod locator;
pub mod lsp;
pub mod markdown;
pub mod output;
pub mod overlay;
pub mod preview;
pub mod publish;
pub mod quote;
pub mod reference;
pub mod render;
pub mod resolve;
pub mod scaffold;
pub mod search;
pub mod section;
pub mod seed;
pub mod serve;
pub mod site;
pub mod switch;
pub mod theme;
pub mod timing;

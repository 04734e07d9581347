//! How fast the figure reader reads: [`brief::figure::extract`] alone, on one thread, over
//! the text blocks of a site's briefs.
//!
//! `cargo run --release --example figures -- CONTENT_DIR [RUNS]` reads each `.md` file of
//! `CONTENT_DIR` (the generated corpus's `content/`, say), splits off its front matter
//! ([`brief::frontmatter::split`]), renders its body ([`brief::markdown::render`]) and keeps
//! the text blocks the claims check reads; then it reads the figures of every block `RUNS`
//! times (7 unless told). It prints the bytes read, the figures found, a checksum of them
//! (equal before and after a change that should change nothing) and the fastest run's time
//! and throughput. For the reader's share of a whole build, `bench/claims.py`.

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        return Err("usage: figures CONTENT_DIR [RUNS]".into());
    };
    let runs: usize = args.next().map_or(Ok(7), |r| r.parse())?;
    let mut blocks = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry?;
        if entry.path().extension().is_none_or(|e| e != "md") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path())?;
        let split = brief::frontmatter::split(entry.path(), &text)
            .map_err(|d| format!("{}: {}", entry.path().display(), d.message))?;
        let rendered = brief::markdown::render(split.body);
        blocks.extend(rendered.blocks.into_iter().map(|block| block.text));
    }
    let bytes: usize = blocks.iter().map(String::len).sum();
    let mut fastest = f64::INFINITY;
    let (mut found, mut checksum) = (0, 0u64);
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        (found, checksum) = (0, 0);
        for block in &blocks {
            for figure in brief::figure::extract(block) {
                found += 1;
                checksum = checksum
                    .wrapping_mul(0x100_0000_01b3)
                    .wrapping_add((figure.start as u64) << 32 | figure.end as u64)
                    ^ figure.lo.to_bits()
                    ^ figure.hi.to_bits().rotate_left(17);
            }
        }
        fastest = fastest.min(started.elapsed().as_secs_f64());
    }
    println!(
        "{} text blocks, {:.1} MB, {found} figures (checksum {checksum:016x}); \
         fastest of {runs}: {:.1} ms, {:.0} MB/s, {:.2} ns a byte",
        blocks.len(),
        bytes as f64 / 1e6,
        fastest * 1e3,
        bytes as f64 / 1e6 / fastest,
        fastest * 1e9 / bytes as f64,
    );
    Ok(())
}

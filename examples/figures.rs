//! How fast the figure reader reads: [`brief::figure::extract`] alone, on one thread, over
//! every paragraph of a site's briefs.
//!
//! `cargo run --release --example figures -- CONTENT_DIR [RUNS]` reads each `.md` file of
//! `CONTENT_DIR` (the generated corpus's `content/`, say), drops its front matter, fenced
//! code and the `[@` of its citations, splits the rest at blank lines, and reads the
//! figures of every paragraph `RUNS` times (7 unless told). It prints the bytes read, the
//! figures found, a checksum of them (equal before and after a change that should change
//! nothing) and the fastest run's time and throughput. The paragraphs are the Markdown as
//! written, not the build's plain text blocks: close to what the check reads, not the
//! same. For the reader's share of a whole build, `bench/claims.py`.

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        return Err("usage: figures CONTENT_DIR [RUNS]".into());
    };
    let runs: usize = args.next().map_or(Ok(7), |r| r.parse())?;
    let mut paragraphs = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry?;
        if entry.path().extension().is_none_or(|e| e != "md") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path())?;
        let body = text.splitn(3, "---\n").nth(2).unwrap_or(&text);
        let mut in_code = false;
        let mut paragraph = String::new();
        for line in body.lines().chain([""]) {
            if line.starts_with("```") {
                in_code = !in_code;
                continue;
            }
            if in_code {
                continue;
            }
            if line.trim().is_empty() {
                if !paragraph.is_empty() {
                    paragraphs.push(std::mem::take(&mut paragraph).replace("[@", "["));
                }
                continue;
            }
            if !paragraph.is_empty() {
                paragraph.push('\n');
            }
            paragraph.push_str(line);
        }
    }
    let bytes: usize = paragraphs.iter().map(String::len).sum();
    let mut fastest = f64::INFINITY;
    let (mut found, mut checksum) = (0, 0u64);
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        (found, checksum) = (0, 0);
        for paragraph in &paragraphs {
            for figure in brief::figure::extract(paragraph) {
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
        "{} paragraphs, {:.1} MB, {found} figures (checksum {checksum:016x}); \
         fastest of {runs}: {:.1} ms, {:.0} MB/s, {:.2} ns a byte",
        paragraphs.len(),
        bytes as f64 / 1e6,
        fastest * 1e3,
        bytes as f64 / 1e6 / fastest,
        fastest * 1e9 / bytes as f64,
    );
    Ok(())
}

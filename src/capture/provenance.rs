//! Provenance: proof of what was captured, and when.
//!
//! A captured seed records `captured:` (UTC, to the second) and `sha256:` (the digest of
//! the exact bytes received, after HTTP gzip/brotli decoding and before any charset
//! decoding) in its front matter, and keeps those bytes gzip-compressed beside it:
//! `seeds/<id>.md` → `seeds/<id>.html.gz`. The seed loader reads only `.md` and `.txt`,
//! so the snapshot is never taken for a seed, and the build does not publish it (see the
//! README, "Capturing sources", for why). `gunzip -c seeds/<id>.html.gz | sha256sum`
//! checks a snapshot against its seed.

use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// The extension of a snapshot, beside its seed.
pub const SNAPSHOT_EXTENSION: &str = "html.gz";

/// The SHA-256 of `bytes`, lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Where the snapshot of the seed at `seed_path` (`…/<id>.md`) lives.
pub fn snapshot_path(seed_path: &Path) -> PathBuf {
    seed_path.with_extension(SNAPSHOT_EXTENSION)
}

/// `bytes` gzip-compressed, deterministically (no file name, no time stamp in the header).
pub fn compress(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

/// The current UTC time as front matter records it: `2025-02-25T14:03:09Z`.
pub fn now_utc() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_of_known_bytes() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn snapshot_beside_seed() {
        assert_eq!(
            snapshot_path(Path::new("seeds/ap-2025-02-25.md")),
            Path::new("seeds/ap-2025-02-25.html.gz")
        );
    }

    #[test]
    fn compression_round_trips_and_is_deterministic() {
        use std::io::Read;
        let a = compress(b"<p>hello</p>").unwrap();
        assert_eq!(a, compress(b"<p>hello</p>").unwrap());
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(a.as_slice())
            .read_to_end(&mut out)
            .unwrap();
        assert_eq!(out, b"<p>hello</p>");
    }
}

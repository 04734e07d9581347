//! Texts that stand in for files on disk: an editor's unsaved buffers.
//!
//! The pipeline reads its input files — `brief.yaml`, seeds, briefs — through an
//! [`Overlay`]. A build and `brief serve` use an empty one, so every read goes to the disk;
//! `brief lsp` puts each open buffer's text in it, so the same loader and the same
//! incremental [`crate::preview::Preview`] check what the editor shows, saved or not.
//! The overlay only replaces the contents of files: which files exist is still the
//! disk's answer.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::output::absolute;

/// Absolute path → the text that stands in for that file. Cheap to clone.
#[derive(Debug, Clone, Default)]
pub struct Overlay {
    texts: Arc<HashMap<PathBuf, Arc<str>>>,
}

impl Overlay {
    /// An overlay that covers nothing: every read goes to the disk.
    pub fn new() -> Overlay {
        Overlay::default()
    }

    /// The file's bytes: the overlay's text when it has one, else the disk's.
    pub fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        match self.get(path) {
            Some(text) => Ok(text.as_bytes().to_vec()),
            None => std::fs::read(path),
        }
    }

    /// The text standing in for `path`, if any.
    pub fn get(&self, path: &Path) -> Option<&str> {
        if self.texts.is_empty() {
            return None;
        }
        self.texts.get(&absolute(path)).map(|t| &**t)
    }

    /// Lets `text` stand in for the file at `path`.
    pub fn set(&mut self, path: &Path, text: &str) {
        Arc::make_mut(&mut self.texts).insert(absolute(path), Arc::from(text));
    }

    /// Reads `path` from the disk again. Returns whether the overlay covered it.
    pub fn remove(&mut self, path: &Path) -> bool {
        let key = absolute(path);
        if !self.texts.contains_key(&key) {
            return false;
        }
        Arc::make_mut(&mut self.texts).remove(&key).is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlay_texts_stand_in_for_the_disk() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.md");
        std::fs::write(&file, "disk").unwrap();
        let mut overlay = Overlay::new();
        assert_eq!(overlay.read(&file).unwrap(), b"disk");
        overlay.set(&file, "buffer");
        assert_eq!(overlay.read(&file).unwrap(), b"buffer");
        // A clone taken before a change keeps what it saw.
        let before = overlay.clone();
        assert!(overlay.remove(&file));
        assert_eq!(overlay.read(&file).unwrap(), b"disk");
        assert_eq!(before.read(&file).unwrap(), b"buffer");
        assert!(!overlay.remove(&file));
    }
}

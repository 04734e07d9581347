//! Positions: byte offsets of brief's texts ↔ the protocol's lines and UTF-16 columns.
//!
//! The pipeline counts bytes (and, in diagnostics, 1-based lines and *characters*); LSP
//! counts 0-based lines and UTF-16 code units. A [`LineIndex`] converts between them for
//! one text, treating `\n`, `\r\n` and a lone `\r` as line breaks, as LSP and the loader
//! both do — so a position in the file on disk, in the editor's buffer and in the
//! loader's normalised copy is the same line and column.

use lsp_types::{Position, Range, TextDocumentContentChangeEvent};

/// Where each line of one text starts.
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset of the start of each line.
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    starts.push(i + 2);
                    i += 1;
                }
                b'\r' => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { text, starts }
    }

    /// The text of 0-based `line`, without its line break.
    pub fn line(&self, line: usize) -> &'a str {
        let Some(&start) = self.starts.get(line) else {
            return "";
        };
        let end = self
            .starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// The position of byte `offset` (clamped to the text and to a character boundary).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let col: usize = self.text[start..offset].chars().map(char::len_utf16).sum();
        Position::new(line as u32, col as u32)
    }

    pub fn range(&self, start: usize, end: usize) -> Range {
        Range::new(self.position(start), self.position(end.max(start)))
    }

    /// The byte offset of `pos` (a column past the line's end is its end; a line past the
    /// text's end is the end of the text).
    pub fn offset(&self, pos: Position) -> usize {
        let Some(&start) = self.starts.get(pos.line as usize) else {
            return self.text.len();
        };
        let line = self.line(pos.line as usize);
        let mut units = 0;
        for (i, c) in line.char_indices() {
            if units >= pos.character as usize {
                return start + i;
            }
            units += c.len_utf16();
        }
        start + line.len()
    }
}

/// The protocol position of a diagnostic's 1-based line and 1-based *character* column,
/// given that line's text.
pub fn line_col_position(line: usize, col: usize, line_text: &str) -> Position {
    let units: usize = line_text
        .chars()
        .take(col.saturating_sub(1))
        .map(char::len_utf16)
        .sum();
    Position::new(line.saturating_sub(1) as u32, units as u32)
}

/// An open document: the editor's text and its version, and the URI the editor names it
/// by (one file may be spelled by several, `q%281%29.md` and `q(1).md`: documents are
/// known by their path, and answered by the editor's spelling).
#[derive(Debug, Clone)]
pub struct Document {
    pub uri: lsp_types::Url,
    pub text: String,
    pub version: i32,
}

impl Document {
    /// Applies the editor's changes in order: a change without a range replaces the whole
    /// text; one with a range replaces that range (positions as the text stands after
    /// the changes before it).
    pub fn apply(&mut self, changes: Vec<TextDocumentContentChangeEvent>, version: i32) {
        for change in changes {
            match change.range {
                None => self.text = change.text,
                Some(range) => {
                    let index = LineIndex::new(&self.text);
                    let start = index.offset(range.start);
                    let end = index.offset(range.end).max(start);
                    self.text.replace_range(start..end, &change.text);
                }
            }
        }
        self.version = version;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_utf16_code_units() {
        // `“` is one UTF-16 unit and three bytes; `𝄞` two units and four bytes.
        let text = "ab\n“x” 𝄞y\r\nz\rw";
        let index = LineIndex::new(text);
        let y = text.find('y').unwrap();
        assert_eq!(index.position(y), Position::new(1, 6));
        assert_eq!(index.offset(Position::new(1, 6)), y);
        assert_eq!(index.line(1), "“x” 𝄞y");
        assert_eq!(index.position(text.find('z').unwrap()), Position::new(2, 0));
        assert_eq!(index.position(text.find('w').unwrap()), Position::new(3, 0));
        // Past the end of a line or of the text: clamped.
        assert_eq!(index.offset(Position::new(0, 99)), 2);
        assert_eq!(index.offset(Position::new(99, 0)), text.len());
    }

    #[test]
    fn incremental_changes_apply_in_order() {
        let mut doc = Document {
            uri: lsp_types::Url::parse("file:///x.md").unwrap(),
            text: "one\ntwo “x”\n".into(),
            version: 1,
        };
        doc.apply(
            vec![
                TextDocumentContentChangeEvent {
                    range: Some(Range::new(Position::new(1, 5), Position::new(1, 6))),
                    range_length: None,
                    text: "yz".into(),
                },
                TextDocumentContentChangeEvent {
                    range: Some(Range::new(Position::new(0, 0), Position::new(0, 3))),
                    range_length: None,
                    text: "1".into(),
                },
            ],
            2,
        );
        assert_eq!(doc.text, "1\ntwo “yz”\n");
        assert_eq!(doc.version, 2);
    }

    #[test]
    fn diagnostic_columns_count_characters() {
        assert_eq!(line_col_position(2, 3, "𝄞ab"), Position::new(1, 3));
        assert_eq!(line_col_position(0, 0, ""), Position::new(0, 0));
    }
}

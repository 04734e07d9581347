//! Bit masks of ASCII byte classes over blocks of up to 64 bytes, for the scans that
//! visit every byte of a site's text: the figure check's anchors ([`crate::figure`]) and
//! the word count ([`crate::markdown`]). A block's first byte is the lowest bit, so the
//! starts of runs of a class come out of a shift (`class & !(class << 1)`).

/// Whether byte `b` is ASCII whitespace as [`char::is_whitespace`] says of ASCII: tab to
/// carriage return, and space.
pub fn is_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// Which bytes of a block are ASCII letters, digits, `%`, ASCII whitespace (as
/// [`char::is_whitespace`] says of ASCII: tab to carriage return, and space), and not
/// ASCII at all: a bit each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Classes {
    pub alpha: u64,
    pub digit: u64,
    pub percent: u64,
    pub space: u64,
    pub non_ascii: u64,
}

impl Classes {
    /// The classes of `block`'s bytes (at most 64; only the first 64 are looked at).
    pub fn of(block: &[u8]) -> Classes {
        #[cfg(target_arch = "x86_64")]
        {
            if let Some(block) = block.first_chunk::<64>() {
                return Self::of_64(block);
            }
            // A paragraph's last block, padded with zero bytes, which are in no class.
            let mut padded = [0; 64];
            padded[..block.len()].copy_from_slice(block);
            Self::of_64(&padded)
        }
        #[cfg(not(target_arch = "x86_64"))]
        Self::byte_by_byte(&block[..block.len().min(64)])
    }

    /// [`Classes::of`], one byte at a time: on processors other than x86_64, and as the
    /// reference the tests hold the other to.
    #[cfg(any(test, not(target_arch = "x86_64")))]
    fn byte_by_byte(block: &[u8]) -> Classes {
        let bits = |class: fn(u8) -> bool| {
            block
                .iter()
                .enumerate()
                .fold(0, |m, (i, &b)| m | (u64::from(class(b)) << i))
        };
        Classes {
            alpha: bits(|b| b.is_ascii_alphabetic()),
            digit: bits(|b| b.is_ascii_digit()),
            percent: bits(|b| b == b'%'),
            space: bits(is_space),
            non_ascii: bits(|b| !b.is_ascii()),
        }
    }

    /// [`Classes::of`] a whole block, 16 bytes at a time with SSE2, which every x86_64
    /// processor has. A range of bytes is tested by a signed comparison after shifting
    /// the range to start at -128 (SSE2 compares signed bytes only).
    #[cfg(target_arch = "x86_64")]
    fn of_64(block: &[u8; 64]) -> Classes {
        use std::arch::x86_64::*;
        let mut c = Classes {
            alpha: 0,
            digit: 0,
            percent: 0,
            space: 0,
            non_ascii: 0,
        };
        for (k, lane) in block.chunks_exact(16).enumerate() {
            // SAFETY: SSE2 is part of x86_64, and `lane` is 16 readable bytes, loaded
            // unaligned.
            let masks = unsafe {
                let v = _mm_loadu_si128(lane.as_ptr().cast());
                let in_range = |v: __m128i, low: u8, len: i8| {
                    let shifted = _mm_add_epi8(v, _mm_set1_epi8((128 - i32::from(low)) as i8));
                    _mm_cmplt_epi8(shifted, _mm_set1_epi8(-128 + len))
                };
                let lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
                let space = _mm_or_si128(
                    in_range(v, b'\t', 5),
                    _mm_cmpeq_epi8(v, _mm_set1_epi8(b' ' as i8)),
                );
                [
                    in_range(lower, b'a', 26),
                    in_range(v, b'0', 10),
                    _mm_cmpeq_epi8(v, _mm_set1_epi8(b'%' as i8)),
                    space,
                    v,
                ]
                .map(|m| u64::from(_mm_movemask_epi8(m) as u16) << (16 * k))
            };
            c.alpha |= masks[0];
            c.digit |= masks[1];
            c.percent |= masks[2];
            c.space |= masks[3];
            c.non_ascii |= masks[4];
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_classed_as_byte_by_byte() {
        let alphabet: Vec<u8> = (0..=255).collect();
        for start in 0..256 {
            let block: Vec<u8> = (0..64).map(|i| alphabet[(start + i * 7) % 256]).collect();
            assert_eq!(
                Classes::of(&block),
                Classes::byte_by_byte(&block),
                "{start}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn any_block_is_classed_as_byte_by_byte(block in proptest::collection::vec(proptest::num::u8::ANY, 0..80)) {
            let head = &block[..block.len().min(64)];
            proptest::prop_assert_eq!(Classes::of(&block), Classes::byte_by_byte(head));
        }
    }
}

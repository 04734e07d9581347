//! Unsigned integers in decimal, written by hand: the search index's postings and
//! `claims.json`'s positions are mostly numbers, and `write!` through `fmt` took most of
//! the time of writing them.

/// The decimal digits of `n`, written at the end of `buf` and returned as the slice of it
/// they fill: at least one digit (`0` for zero), at most twenty (`u64::MAX`), no sign, no
/// leading zeros.
pub fn decimal(mut n: u64, buf: &mut [u8; 20]) -> &[u8] {
    let mut at = buf.len();
    // Twenty digits always fit: `u64::MAX` has twenty, so `at` never passes zero.
    while let Some(slot) = at.checked_sub(1).and_then(|i| buf.get_mut(i)) {
        *slot = b'0' + (n % 10) as u8;
        at -= 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.get(at..).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_display_writes_them() {
        let mut n = 1u64;
        let mut cases = vec![
            0,
            1,
            9,
            10,
            99,
            100,
            101,
            4_096,
            65_535,
            u64::from(u32::MAX),
        ];
        cases.extend([u64::MAX - 1, u64::MAX]);
        // Every power of ten and the numbers either side of it.
        while let Some(next) = n.checked_mul(10) {
            cases.extend([n - 1, n, n + 1]);
            n = next;
        }
        cases.extend([n - 1, n, n + 1]);
        let mut buf = [0u8; 20];
        for n in cases {
            assert_eq!(decimal(n, &mut buf), n.to_string().as_bytes(), "{n}");
        }
    }

    #[test]
    fn the_buffer_is_reusable_and_only_its_tail_is_returned() {
        let mut buf = [b'x'; 20];
        assert_eq!(decimal(u64::MAX, &mut buf), b"18446744073709551615");
        assert_eq!(decimal(0, &mut buf), b"0");
        assert_eq!(decimal(42, &mut buf), b"42");
    }
}

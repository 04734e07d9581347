//! The citation parser: the text inside a `[…]`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|inner: &str| {
    let Some(items) = brief::cite::parse_group(inner) else {
        assert!(!brief::cite::is_citation(inner));
        return;
    };
    assert!(!items.is_empty());
    for item in &items {
        assert!(!item.id.is_empty());
        assert_eq!(inner.as_bytes()[item.offset], b'@');
        // `@id`, or `@{id}`.
        let braced = usize::from(inner.as_bytes().get(item.offset + 1) == Some(&b'{'));
        let start = item.offset + 1 + braced;
        assert_eq!(&inner[start..start + item.id.len()], item.id);
        if let Some(loc) = &item.locator {
            assert!(!loc.is_empty());
        }
    }
});

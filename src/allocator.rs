//! The memory allocator of brief's programs (the command, and the benches that time it):
//! mimalloc. Building a site allocates many small strings from every thread, a pattern
//! mimalloc handles markedly better than the system allocator (see README, Speed).

/// mimalloc, asked for aligned memory only when a value needs more than every block has.
/// The `mimalloc` crate's allocator asks `mi_malloc_aligned` for every allocation, whose
/// extra checks cost 3% of a build's instructions at 10,000 briefs (ten million
/// allocations); this one asks `mi_malloc` (1.7% fewer instructions in all, by callgrind,
/// building 1,000 briefs). Every mimalloc block is aligned to 8 bytes at least (its size
/// classes are multiples of the word), which is all that nearly every Rust value asks.
pub struct Allocator;

/// The alignment every mimalloc block has.
const MI_BLOCK_ALIGN: usize = 8;

// SAFETY: each function passes the layout's size to mimalloc, and its alignment too
// unless it is at most what every mimalloc block has; memory is freed and grown by the
// mimalloc functions that match (`mi_free` frees aligned blocks too).
unsafe impl std::alloc::GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= MI_BLOCK_ALIGN {
            unsafe { libmimalloc_sys::mi_malloc(layout.size()).cast() }
        } else {
            unsafe { libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= MI_BLOCK_ALIGN {
            unsafe { libmimalloc_sys::mi_zalloc(layout.size()).cast() }
        } else {
            unsafe { libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        unsafe { libmimalloc_sys::mi_free(ptr.cast()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= MI_BLOCK_ALIGN {
            unsafe { libmimalloc_sys::mi_realloc(ptr.cast(), new_size).cast() }
        } else {
            unsafe {
                libmimalloc_sys::mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::alloc::{GlobalAlloc, Layout};

    use super::Allocator;

    /// Every size and alignment gets memory aligned as asked, zeroed when asked, and kept
    /// through reallocations that grow and shrink it.
    #[test]
    fn memory_is_aligned_as_asked_and_kept_through_reallocation() {
        let sizes = [1, 7, 8, 9, 16, 24, 40, 100, 4096, 70_000, 1 << 21];
        let aligns = [1, 2, 4, 8, 16, 32, 64, 4096];
        let fill = |p: *mut u8, n: usize| {
            // SAFETY: `p` holds at least `n` bytes.
            (0..n).for_each(|i| unsafe { *p.add(i) = i as u8 });
        };
        let kept = |p: *mut u8, n: usize| {
            // SAFETY: `p` holds at least `n` bytes.
            (0..n).all(|i| unsafe { *p.add(i) } == i as u8)
        };
        for &size in &sizes {
            for &align in &aligns {
                let layout = Layout::from_size_align(size, align).unwrap();
                // SAFETY: non-zero sizes; each pointer is used within its size and freed
                // (or reallocated) once, with the layout it was last given.
                unsafe {
                    let zeroed = Allocator.alloc_zeroed(layout);
                    assert_eq!(zeroed as usize % align, 0, "{size} bytes at {align}");
                    assert!((0..size).all(|i| *zeroed.add(i) == 0), "{size} at {align}");
                    Allocator.dealloc(zeroed, layout);

                    let mut p = Allocator.alloc(layout);
                    assert_eq!(p as usize % align, 0, "{size} bytes at {align}");
                    fill(p, size);
                    let mut now = layout;
                    for new_size in [size * 3, size / 2 + 1, size] {
                        p = Allocator.realloc(p, now, new_size);
                        assert_eq!(p as usize % align, 0, "{size} → {new_size} at {align}");
                        assert!(kept(p, now.size().min(new_size)), "{size} → {new_size}");
                        now = Layout::from_size_align(new_size, align).unwrap();
                        fill(p, new_size);
                    }
                    Allocator.dealloc(p, now);
                }
            }
        }
    }
}

//! Thread-local switches: a flag a caller turns on for the length of one call, read by
//! code deep inside it that has no parameter to carry it. `brief serve` uses two to skip
//! work whose result it drops: [`crate::highlight::unhighlighted`] and
//! [`crate::claims::unrecorded`].

use std::cell::Cell;
use std::thread::LocalKey;

/// Runs `f` with `switch` on for this thread, and puts it back as it was afterwards, even
/// if `f` panics.
pub fn turned_on<T>(switch: &'static LocalKey<Cell<bool>>, f: impl FnOnce() -> T) -> T {
    /// Puts the switch back as it was when dropped.
    struct Restore(&'static LocalKey<Cell<bool>>, bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            self.0.set(self.1);
        }
    }
    let _restore = Restore(switch, switch.replace(true));
    f()
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static SWITCH: Cell<bool> = const { Cell::new(false) };
    }

    #[test]
    fn on_for_the_call_and_back_after_it_even_nested() {
        assert!(!SWITCH.get());
        let seen = turned_on(&SWITCH, || {
            let inner = turned_on(&SWITCH, || SWITCH.get());
            (inner, SWITCH.get())
        });
        assert_eq!(seen, (true, true));
        assert!(!SWITCH.get());
    }

    #[test]
    fn back_after_a_panic() {
        let caught = std::panic::catch_unwind(|| turned_on(&SWITCH, || panic!("inside")));
        assert!(caught.is_err());
        assert!(!SWITCH.get());
    }
}

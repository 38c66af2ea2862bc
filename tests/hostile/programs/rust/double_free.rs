// A double free in unsafe code, of a block too large for the C library's per-thread cache: the
// second free() finds the block merged into the heap's top and aborts (SIGABRT, "double free or
// corruption (top)") while it holds the heap's lock. A crash handler that allocated would wait
// on that lock for ever: a thread started first makes glibc take that lock (a program of one
// thread skips it), and the per-thread cache emptied makes every allocation need it.
// (black_box: the optimizer would drop an unused allocation.)
use std::hint::black_box;

/// Takes every block the C library's per-thread cache holds (up to 7 of each size to 1 KiB,
/// kept): a crash handler's small allocations then need the heap's lock too.
fn empty_the_thread_cache() -> Vec<Vec<u8>> {
    let mut kept = Vec::with_capacity(130 * 8);
    for size in (8..=1040).step_by(8) {
        for _ in 0..8 {
            kept.push(black_box(Vec::with_capacity(size)));
        }
    }
    kept
}

impl Solution {
    pub fn add(a: i32, b: i32) -> i32 {
        std::thread::spawn(|| {}).join().unwrap(); // the C library's heap now takes its lock
        let _kept = empty_the_thread_cache();
        let block = black_box(Box::into_raw(vec![1u8; 64 * 1024].into_boxed_slice()));
        unsafe {
            drop(Box::from_raw(black_box(block)));
            drop(Box::from_raw(black_box(block)));
        }
        a + b
    }
}

// PyScape Rust harness: the operating-system layer (declared here: the image has no crates).
//
// glibc on Linux, x86-64 and arm64 (the same layouts for what is used here).

#![allow(non_camel_case_types)]

use std::os::raw::{c_char, c_int, c_long, c_void};

pub type pid_t = c_int;

pub const O_RDONLY: c_int = 0;
pub const O_WRONLY: c_int = 1;
pub const O_RDWR: c_int = 2;
pub const O_CREAT: c_int = 0o100;
pub const O_TRUNC: c_int = 0o1000;
pub const O_CLOEXEC: c_int = 0o2000000;
pub const F_DUPFD_CLOEXEC: c_int = 1030;
pub const SEEK_SET: c_int = 0;
pub const SEEK_END: c_int = 2;

pub const SIGILL: c_int = 4;
pub const SIGTRAP: c_int = 5;
pub const SIGABRT: c_int = 6;
pub const SIGBUS: c_int = 7;
pub const SIGFPE: c_int = 8;
pub const SIGKILL: c_int = 9;
pub const SIGSEGV: c_int = 11;
pub const SIGCHLD: c_int = 17;
pub const SIGXFSZ: c_int = 25;
pub const SIGSYS: c_int = 31;

pub const SA_SIGINFO: c_int = 4;
pub const SA_ONSTACK: c_int = 0x0800_0000;
pub const SA_RESETHAND: c_int = 0x8000_0000u32 as c_int;
pub const SA_NODEFER: c_int = 0x4000_0000;
pub const SIG_BLOCK: c_int = 0;
pub const SIG_SETMASK: c_int = 2;
pub const WNOHANG: c_int = 1;

pub const RLIMIT_FSIZE: c_int = 1;
pub const RLIMIT_STACK: c_int = 3;
pub const RUSAGE_SELF: c_int = 0;
pub const CLOCK_MONOTONIC: c_int = 1;
pub const CLOCK_PROCESS_CPUTIME_ID: c_int = 2;
pub const PR_SET_DUMPABLE: c_int = 4;

#[repr(C)]
pub struct sigset_t {
    pub bits: [u64; 16],
}

#[repr(C)]
pub struct sigaction_t {
    pub handler: usize,
    pub mask: sigset_t,
    pub flags: c_int,
    pub restorer: usize,
}

#[repr(C)]
pub struct stack_t {
    pub sp: *mut c_void,
    pub flags: c_int,
    pub size: usize,
}

/// The start of siginfo_t: the fault address follows three ints (and padding) on 64 bits.
#[repr(C)]
pub struct siginfo_t {
    pub signo: c_int,
    pub errno: c_int,
    pub code: c_int,
    pub pad: c_int,
    pub addr: usize,
    pub rest: [u64; 14],
}

#[repr(C)]
pub struct rlimit {
    pub cur: u64,
    pub max: u64,
}

#[repr(C)]
pub struct timespec {
    pub sec: i64,
    pub nsec: c_long,
}

#[repr(C)]
pub struct timeval {
    pub sec: i64,
    pub usec: i64,
}

#[repr(C)]
pub struct rusage {
    pub utime: timeval,
    pub stime: timeval,
    pub maxrss: c_long,
    pub rest: [c_long; 13],
}

// ------------------------------------------------------------------------ system calls
//
// The user's code is linked into the same program, so a `#[no_mangle] extern "C" fn write`
// (or `read`, `clock_gettime`) of its own would replace the C library's for the harness too.
// The channel and the clocks use these instead: the system call instruction itself. They are
// also what a crash's signal handler may call (no lock, no heap, no errno).

#[cfg(target_arch = "x86_64")]
mod numbers {
    pub const READ: usize = 0;
    pub const WRITE: usize = 1;
    pub const LSEEK: usize = 8;
    pub const PREAD: usize = 17;
    pub const SCHED_YIELD: usize = 24;
    pub const GETRUSAGE: usize = 98;
    pub const GETTID: usize = 186;
    pub const CLOCK_GETTIME: usize = 228;
    pub const EXIT_GROUP: usize = 231;
}

#[cfg(target_arch = "aarch64")]
mod numbers {
    pub const READ: usize = 63;
    pub const WRITE: usize = 64;
    pub const LSEEK: usize = 62;
    pub const PREAD: usize = 67;
    pub const SCHED_YIELD: usize = 124;
    pub const GETRUSAGE: usize = 165;
    pub const GETTID: usize = 178;
    pub const CLOCK_GETTIME: usize = 113;
    pub const EXIT_GROUP: usize = 94;
}

/// A system call with up to four arguments: its result, or -errno.
#[inline(never)]
unsafe fn system_call(number: usize, a: usize, b: usize, c: usize, d: usize) -> isize {
    let result: isize;
    #[cfg(target_arch = "x86_64")]
    std::arch::asm!(
        "syscall",
        inlateout("rax") number as isize => result,
        in("rdi") a, in("rsi") b, in("rdx") c, in("r10") d,
        lateout("rcx") _, lateout("r11") _,
        options(nostack),
    );
    #[cfg(target_arch = "aarch64")]
    std::arch::asm!(
        "svc 0",
        in("x8") number,
        inlateout("x0") a as isize => result,
        in("x1") b, in("x2") c, in("x3") d,
        options(nostack),
    );
    result
}

const EINTR: isize = 4;

pub unsafe fn read(fd: c_int, buffer: *mut c_void, count: usize) -> isize {
    loop {
        let got = system_call(numbers::READ, fd as usize, buffer as usize, count, 0);
        if got != -EINTR {
            return got;
        }
    }
}

pub unsafe fn write(fd: c_int, buffer: *const c_void, count: usize) -> isize {
    system_call(numbers::WRITE, fd as usize, buffer as usize, count, 0)
}

pub unsafe fn pread(fd: c_int, buffer: *mut c_void, count: usize, offset: i64) -> isize {
    system_call(numbers::PREAD, fd as usize, buffer as usize, count, offset as usize)
}

pub unsafe fn clock_gettime(clock: c_int, now: *mut timespec) -> c_int {
    system_call(numbers::CLOCK_GETTIME, clock as usize, now as usize, 0, 0) as c_int
}

pub unsafe fn lseek(fd: c_int, offset: i64, whence: c_int) -> i64 {
    system_call(numbers::LSEEK, fd as usize, offset as usize, whence as usize, 0) as i64
}

pub unsafe fn getrusage(who: c_int, usage: *mut rusage) -> c_int {
    system_call(numbers::GETRUSAGE, who as usize, usage as usize, 0, 0) as c_int
}

pub fn gettid() -> i32 {
    unsafe { system_call(numbers::GETTID, 0, 0, 0, 0) as i32 }
}

pub fn sched_yield() {
    unsafe { system_call(numbers::SCHED_YIELD, 0, 0, 0, 0) };
}

pub unsafe fn _exit(code: c_int) -> ! {
    loop {
        system_call(numbers::EXIT_GROUP, code as usize, 0, 0, 0);
    }
}

extern "C" {
    pub fn open(path: *const c_char, flags: c_int, ...) -> c_int;
    pub fn close(fd: c_int) -> c_int;
    pub fn dup2(fd: c_int, target: c_int) -> c_int;
    pub fn fcntl(fd: c_int, command: c_int, ...) -> c_int;
    pub fn ftruncate(fd: c_int, length: i64) -> c_int;
    pub fn setrlimit(resource: c_int, limit: *const rlimit) -> c_int;
    pub fn getrlimit(resource: c_int, limit: *mut rlimit) -> c_int;
    pub fn sigaction(number: c_int, action: *const sigaction_t, old: *mut sigaction_t) -> c_int;
    pub fn sigaltstack(stack: *const stack_t, old: *mut stack_t) -> c_int;
    pub fn sigemptyset(set: *mut sigset_t) -> c_int;
    pub fn sigaddset(set: *mut sigset_t, number: c_int) -> c_int;
    pub fn sigprocmask(how: c_int, set: *const sigset_t, old: *mut sigset_t) -> c_int;
    pub fn sigtimedwait(set: *const sigset_t, info: *mut c_void, timeout: *const timespec) -> c_int;
    pub fn fork() -> pid_t;
    pub fn wait4(pid: pid_t, status: *mut c_int, options: c_int, usage: *mut rusage) -> pid_t;
    pub fn kill(pid: pid_t, number: c_int) -> c_int;
    pub fn prctl(option: c_int, ...) -> c_int;
    pub fn raise(number: c_int) -> c_int;
}

/// `text` as a NUL-terminated path for the C calls.
pub fn c_path(text: &str) -> Vec<u8> {
    let mut path = text.as_bytes().to_vec();
    path.push(0);
    path
}

pub fn open_file(path: &str, flags: c_int) -> c_int {
    let path = c_path(path);
    unsafe { open(path.as_ptr() as *const c_char, flags | O_CLOEXEC, 0o600 as c_int) }
}

pub fn write_all(fd: c_int, mut data: &[u8]) {
    while !data.is_empty() {
        let written = unsafe { write(fd, data.as_ptr() as *const c_void, data.len()) };
        if written == -EINTR {
            continue;
        }
        if written < 0 {
            return;
        }
        if written == 0 {
            return;
        }
        data = &data[written as usize..];
    }
}

pub fn file_size(fd: c_int) -> usize {
    let size = unsafe { lseek(fd, 0, SEEK_END) };
    if size < 0 {
        0
    } else {
        size as usize
    }
}

/// Up to `buffer.len()` bytes of `fd` from `offset`: how many were read.
pub fn read_at(fd: c_int, buffer: &mut [u8], offset: usize) -> usize {
    let mut done = 0;
    while done < buffer.len() {
        let got = unsafe {
            pread(fd, buffer[done..].as_mut_ptr() as *mut c_void, buffer.len() - done,
                  (offset + done) as i64)
        };
        if got <= 0 {
            break;
        }
        done += got as usize;
    }
    done
}

pub fn clock_ns(clock: c_int) -> i64 {
    let mut now = timespec { sec: 0, nsec: 0 };
    unsafe { clock_gettime(clock, &mut now) };
    now.sec * 1_000_000_000 + now.nsec as i64
}

pub fn cpu_ns() -> i64 {
    clock_ns(CLOCK_PROCESS_CPUTIME_ID)
}

pub fn memory_kb() -> i64 {
    let mut usage: rusage = unsafe { std::mem::zeroed() };
    unsafe { getrusage(RUSAGE_SELF, &mut usage) };
    usage.maxrss as i64
}

pub fn set_file_size_limit(bytes: u64) {
    let limit = rlimit { cur: bytes, max: bytes };
    unsafe { setrlimit(RLIMIT_FSIZE, &limit) };
}

pub fn stack_limit() -> u64 {
    let mut limit = rlimit { cur: 0, max: 0 };
    unsafe { getrlimit(RLIMIT_STACK, &mut limit) };
    limit.cur
}

/// Installs `handler` (a SA_SIGINFO handler) for `numbers` on an alternate stack.
pub fn install_handlers(numbers: &[c_int], handler: usize, flags: c_int) {
    static mut ALTERNATE: [u8; 256 * 1024] = [0; 256 * 1024];
    unsafe {
        let stack = stack_t {
            sp: std::ptr::addr_of_mut!(ALTERNATE) as *mut c_void,
            flags: 0,
            size: 256 * 1024,
        };
        sigaltstack(&stack, std::ptr::null_mut());
        for &number in numbers {
            let mut action: sigaction_t = std::mem::zeroed();
            action.handler = handler;
            action.flags = SA_SIGINFO | SA_ONSTACK | flags;
            sigemptyset(&mut action.mask);
            sigaction(number, &action, std::ptr::null_mut());
        }
    }
}

pub fn signal_name(number: c_int) -> String {
    match known_signal_name(number) {
        Some(name) => name.into(),
        None => format!("signal {number}"),
    }
}

/// The name of a signal the harness knows (every one it handles): no heap, for a handler.
pub fn known_signal_name(number: c_int) -> Option<&'static str> {
    Some(match number {
        SIGSEGV => "SIGSEGV",
        SIGBUS => "SIGBUS",
        SIGFPE => "SIGFPE",
        SIGILL => "SIGILL",
        SIGABRT => "SIGABRT",
        SIGTRAP => "SIGTRAP",
        SIGSYS => "SIGSYS",
        SIGKILL => "SIGKILL",
        SIGXFSZ => "SIGXFSZ",
        13 => "SIGPIPE",
        15 => "SIGTERM",
        _ => return None,
    })
}

pub fn signal_meaning(number: c_int) -> &'static str {
    match number {
        SIGSEGV => "segmentation fault: an invalid memory access (unsafe code)",
        SIGBUS => "bus error: an invalid memory access",
        SIGFPE => "arithmetic error",
        SIGILL => "illegal instruction (e.g. core::intrinsics::abort, or unreachable code reached)",
        SIGABRT => {
            "the program aborted, e.g. std::process::abort, a panic while panicking, a panic \
             that cannot unwind, or the C library finding its heap corrupted (unsafe code)"
        }
        SIGTRAP => "trap",
        SIGSYS => "a forbidden system call",
        SIGKILL => "killed",
        SIGXFSZ => "output limit exceeded",
        _ => "killed by a signal",
    }
}

pub const STACK_OVERFLOW: &str =
    "stack overflow: the recursion went deeper than the stack allows";

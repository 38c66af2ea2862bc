// PyScape Rust harness: the crate every submission links against.
//
// Compiled once into an rlib when the image is built (sandbox_images/rust/setup.sh); a
// submission compiles only its own solution.rs and a small driver generated from the problem's
// signature (pyscape_judge/languages/rust.py), which includes solution.rs unchanged.
// Protocol: docs/harness-protocol.md. The driver's main() calls run_function_tests (function
// and design mode); a stdio driver puts stdio_start in the program's .init_array, so that the
// harness serves every test (a forked child per test, which goes on as the user's program)
// before the user's main() runs.

pub mod json;
pub mod sys;

use std::cell::RefCell;
use std::io::Write as _;
use std::os::raw::{c_int, c_void};
use std::rc::Rc;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Mutex;

use json::Out;
pub use json::{InputError, Json};

// ================================================================================= nodes

/// LeetCode's singly linked list node.
#[derive(PartialEq, Eq, Clone, Debug)]
pub struct ListNode {
    pub val: i32,
    pub next: Option<Box<ListNode>>,
}

impl ListNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        ListNode { next: None, val }
    }
}

/// LeetCode's binary tree node.
#[derive(Debug, PartialEq, Eq)]
pub struct TreeNode {
    pub val: i32,
    pub left: Option<Rc<RefCell<TreeNode>>>,
    pub right: Option<Rc<RefCell<TreeNode>>>,
}

impl TreeNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        TreeNode { val, left: None, right: None }
    }
}

// ================================================================================= codec

/// A value the driver decodes from a test's JSON input.
pub trait FromJson: Sized {
    fn from_json(value: Json) -> Result<Self, InputError>;
}

/// A value the driver encodes as an answer.
pub trait ToJson {
    fn to_json(&self, out: &mut String) -> Result<(), InputError>;
}

fn wrong(expected: &str, value: &Json) -> InputError {
    let mut shown = String::new();
    let _ = value.to_json(&mut shown);
    if shown.len() > 60 {
        let mut end = 60;
        while !shown.is_char_boundary(end) {
            end -= 1;
        }
        shown.truncate(end);
        shown.push_str("...");
    }
    InputError(format!("expected {expected}, got {shown}"))
}

impl FromJson for Json {
    fn from_json(value: Json) -> Result<Self, InputError> {
        Ok(value)
    }
}

impl ToJson for Json {
    fn to_json(&self, out: &mut String) -> Result<(), InputError> {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => b.to_json(out)?,
            Json::Int(n) => out.push_str(&n.to_string()),
            Json::Float(f) => f.to_json(out)?,
            Json::Str(s) => json::write_string(out, s),
            Json::Arr(items) => items.to_json(out)?,
            Json::Obj(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    json::write_string(out, key);
                    out.push(':');
                    value.to_json(out)?;
                }
                out.push('}');
            }
        }
        Ok(())
    }
}

macro_rules! integers {
    ($($t:ty, $name:expr;)*) => {$(
        impl FromJson for $t {
            fn from_json(value: Json) -> Result<Self, InputError> {
                match value {
                    Json::Int(n) => <$t>::try_from(n).map_err(|_| wrong($name, &value)),
                    _ => Err(wrong($name, &value)),
                }
            }
        }
        impl ToJson for $t {
            fn to_json(&self, out: &mut String) -> Result<(), InputError> {
                out.push_str(&self.to_string());
                Ok(())
            }
        }
    )*};
}

integers! { i32, "an int (i32)"; i64, "a long (i64)"; }

impl FromJson for f64 {
    fn from_json(value: Json) -> Result<Self, InputError> {
        match value {
            Json::Int(n) => Ok(n as f64),
            Json::Float(f) => Ok(f),
            _ => Err(wrong("a double (f64)", &value)),
        }
    }
}

impl ToJson for f64 {
    /// The shortest text that reads back as exactly the value, always with a `.` or an
    /// exponent; NaN and infinities have no JSON form.
    fn to_json(&self, out: &mut String) -> Result<(), InputError> {
        if self.is_nan() {
            return Err(InputError::new("the answer holds NaN, which JSON cannot represent"));
        }
        if self.is_infinite() {
            return Err(InputError::new(
                "the answer holds an infinity, which JSON cannot represent",
            ));
        }
        let text = format!("{self:?}");
        out.push_str(&text);
        if !text.contains(['.', 'e']) {
            out.push_str(".0");
        }
        Ok(())
    }
}

impl FromJson for bool {
    fn from_json(value: Json) -> Result<Self, InputError> {
        match value {
            Json::Bool(b) => Ok(b),
            _ => Err(wrong("a boolean", &value)),
        }
    }
}

impl ToJson for bool {
    fn to_json(&self, out: &mut String) -> Result<(), InputError> {
        out.push_str(if *self { "true" } else { "false" });
        Ok(())
    }
}

impl FromJson for String {
    fn from_json(value: Json) -> Result<Self, InputError> {
        match value {
            Json::Str(s) => Ok(s),
            _ => Err(wrong("a string", &value)),
        }
    }
}

impl ToJson for String {
    fn to_json(&self, out: &mut String) -> Result<(), InputError> {
        json::write_string(out, self);
        Ok(())
    }
}

impl FromJson for char {
    fn from_json(value: Json) -> Result<Self, InputError> {
        if let Json::Str(s) = &value {
            let mut chars = s.chars();
            if let (Some(c), None) = (chars.next(), chars.next()) {
                return Ok(c);
            }
        }
        Err(wrong("a char (a string of one character)", &value))
    }
}

impl ToJson for char {
    fn to_json(&self, out: &mut String) -> Result<(), InputError> {
        let mut buffer = [0u8; 4];
        json::write_string(out, self.encode_utf8(&mut buffer));
        Ok(())
    }
}

impl ToJson for () {
    fn to_json(&self, out: &mut String) -> Result<(), InputError> {
        out.push_str("null");
        Ok(())
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    /// A plain loop, not an iterator's `collect`: the instantiation for each element type is
    /// compiled with every submission, and the loop is the cheapest to compile.
    fn from_json(value: Json) -> Result<Self, InputError> {
        let items = match value {
            Json::Arr(items) => items,
            _ => return Err(wrong("a list", &value)),
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            out.push(T::from_json(item)?);
        }
        Ok(out)
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self, out: &mut String) -> Result<(), InputError> {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item.to_json(out)?;
        }
        out.push(']');
        Ok(())
    }
}

impl FromJson for Option<Box<ListNode>> {
    fn from_json(value: Json) -> Result<Self, InputError> {
        let values = Vec::<i32>::from_json(value)?;
        let mut head = None;
        for val in values.into_iter().rev() {
            head = Some(Box::new(ListNode { val, next: head }));
        }
        Ok(head)
    }
}

/// A list's values, at most this many: a cycle made by the user's code ends here.
const MAX_NODES: usize = 10_000_000;

impl ToJson for Option<Box<ListNode>> {
    fn to_json(&self, out: &mut String) -> Result<(), InputError> {
        out.push('[');
        let mut node = self.as_deref();
        let mut count = 0;
        while let Some(n) = node {
            if count > 0 {
                out.push(',');
            }
            count += 1;
            out.push_str(&n.val.to_string());
            node = n.next.as_deref();
        }
        out.push(']');
        Ok(())
    }
}

type Tree = Option<Rc<RefCell<TreeNode>>>;

impl FromJson for Tree {
    /// LeetCode's level order, `null` for a missing child.
    fn from_json(value: Json) -> Result<Self, InputError> {
        let items = match value {
            Json::Arr(items) => items,
            other => return Err(wrong("a tree in level order", &other)),
        };
        let mut values = Vec::with_capacity(items.len());
        for item in items {
            values.push(match item {
                Json::Null => None,
                other => Some(i32::from_json(other)?),
            });
        }
        let mut values = values.into_iter();
        let root = match values.next() {
            None | Some(None) => return Ok(None),
            Some(Some(val)) => Rc::new(RefCell::new(TreeNode::new(val))),
        };
        let mut queue = std::collections::VecDeque::from([root.clone()]);
        while let Some(node) = queue.pop_front() {
            for left in [true, false] {
                match values.next() {
                    None => return Ok(Some(root)),
                    Some(None) => {}
                    Some(Some(val)) => {
                        let child = Rc::new(RefCell::new(TreeNode::new(val)));
                        queue.push_back(child.clone());
                        if left {
                            node.borrow_mut().left = Some(child);
                        } else {
                            node.borrow_mut().right = Some(child);
                        }
                    }
                }
            }
        }
        Ok(Some(root))
    }
}

impl ToJson for Tree {
    fn to_json(&self, out: &mut String) -> Result<(), InputError> {
        let mut level: Vec<Option<i32>> = Vec::new();
        let mut queue = std::collections::VecDeque::from([self.clone()]);
        while let Some(node) = queue.pop_front() {
            if level.len() > MAX_NODES {
                return Err(InputError::new("the answer's tree has too many nodes (a cycle?)"));
            }
            match node {
                None => level.push(None),
                Some(n) => {
                    let n = n.borrow();
                    level.push(Some(n.val));
                    queue.push_back(n.left.clone());
                    queue.push_back(n.right.clone());
                }
            }
        }
        while level.last() == Some(&None) {
            level.pop();
        }
        out.push('[');
        for (i, v) in level.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            match v {
                None => out.push_str("null"),
                Some(v) => out.push_str(&v.to_string()),
            }
        }
        out.push(']');
        Ok(())
    }
}

// ============================================================================ the driver's

/// What one test's call gives: the answer's JSON text, or why the input could not be read.
pub type Answer = Result<String, InputError>;

/// The answer `value` as JSON text.
pub fn answer<T: ToJson + ?Sized>(value: &T) -> Answer {
    let mut out = String::new();
    value.to_json(&mut out)?;
    Ok(out)
}

/// The arguments of one call, read in order: `let a0: Vec<i32> = args.next("nums")?;`.
pub struct Args {
    items: std::vec::IntoIter<Json>,
}

impl Args {
    pub fn new(value: Json) -> Result<Self, InputError> {
        match value {
            Json::Arr(items) => Ok(Args { items: items.into_iter() }),
            other => Err(wrong("a list of arguments", &other)),
        }
    }

    pub fn next<T: FromJson>(&mut self, name: &str) -> Result<T, InputError> {
        let value = self.take(name)?;
        match T::from_json(value) {
            Ok(value) => Ok(value),
            Err(e) => Err(argument_error(name, e)),
        }
    }

    /// The next argument's JSON (not generic: compiled once, in the harness's rlib).
    fn take(&mut self, name: &str) -> Result<Json, InputError> {
        match self.items.next() {
            Some(value) => Ok(value),
            None => Err(InputError(format!("the input has no value for `{name}`"))),
        }
    }

    /// Checks that no argument is left over.
    pub fn finish(&mut self) -> Result<(), InputError> {
        match self.items.next() {
            Some(_) => Err(InputError::new("the input has more values than parameters")),
            None => Ok(()),
        }
    }
}

#[inline(never)]
fn argument_error(name: &str, e: InputError) -> InputError {
    InputError(format!("argument `{name}`: {}", e.0))
}

/// A design test's input, `[[operation names], [[arguments]...]]`, one operation at a time.
pub struct Operations {
    names: std::vec::IntoIter<String>,
    lists: std::vec::IntoIter<Json>,
    name: String,
    index: usize,
    results: Vec<String>,
}

impl Operations {
    pub fn new(input: Args) -> Result<Self, InputError> {
        let mut input = input;
        let names: Vec<String> = input.next("operations")?;
        let lists: Vec<Json> = input.next("arguments")?;
        input.finish()?;
        if names.len() != lists.len() {
            return Err(InputError::new("a design test has as many argument lists as operations"));
        }
        Ok(Operations {
            names: names.into_iter(),
            lists: lists.into_iter(),
            name: String::new(),
            index: 0,
            results: Vec::new(),
        })
    }

    /// The next operation's arguments, or None after the last one.
    pub fn next(&mut self) -> Result<Option<Args>, InputError> {
        match (self.names.next(), self.lists.next()) {
            (Some(name), Some(list)) => {
                self.name = name;
                self.index += 1;
                Args::new(list).map(Some)
            }
            _ => Ok(None),
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The first operation must construct `class_name`.
    pub fn constructor(&mut self, class_name: &str) -> Result<Args, InputError> {
        match self.next()? {
            Some(args) if self.name == class_name => Ok(args),
            Some(_) => Err(InputError(format!(
                "the first operation is {}, not the constructor {class_name}",
                self.name
            ))),
            None => Err(InputError::new("a design test needs at least the constructor")),
        }
    }

    pub fn unknown(&self) -> InputError {
        InputError(format!("unknown operation `{}`", self.name))
    }

    /// The result of the current operation.
    pub fn result<T: ToJson + ?Sized>(&mut self, value: &T) -> Result<(), InputError> {
        self.results.push(answer(value)?);
        Ok(())
    }

    /// The list of every operation's result.
    pub fn finish(self) -> Answer {
        Ok(format!("[{}]", self.results.join(",")))
    }
}

// =============================================================================== channel

struct Channel {
    frames: c_int,
    records: c_int,
    errors: c_int,
    nonce: Vec<u8>,
}

static mut CHANNEL: Channel = Channel { frames: 0, records: 1, errors: 2, nonce: Vec::new() };

fn channel() -> &'static Channel {
    unsafe { &*std::ptr::addr_of!(CHANNEL) }
}

fn private_copy(fd: c_int) -> c_int {
    let copy = unsafe { sys::fcntl(fd, sys::F_DUPFD_CLOEXEC, 3 as c_int) };
    if copy < 0 {
        fd
    } else {
        copy
    }
}

/// Private copies of stdin (frames), stdout (records) and stderr; the user's stdin is empty.
fn open_channel(nonce: &str) {
    unsafe {
        let channel = &mut *std::ptr::addr_of_mut!(CHANNEL);
        channel.nonce = nonce.as_bytes().to_vec();
        channel.frames = private_copy(0);
        channel.records = private_copy(1);
        channel.errors = private_copy(2);
        let empty = sys::open_file("/dev/null", sys::O_RDONLY);
        if empty > 0 {
            sys::dup2(empty, 0);
            sys::close(empty);
        }
    }
}

fn protocol_failure(what: &str) -> ! {
    sys::write_all(channel().errors, format!("pyscape harness: {what}\n").as_bytes());
    unsafe { sys::_exit(2) }
}

fn read_exact(buffer: &mut [u8]) -> bool {
    let mut done = 0;
    while done < buffer.len() {
        let got = unsafe {
            sys::read(channel().frames, buffer[done..].as_mut_ptr() as *mut c_void,
                      buffer.len() - done)
        };
        if got <= 0 {
            return false;
        }
        done += got as usize;
    }
    true
}

/// The next frame, `<decimal length>\n<bytes>`, parsed as JSON.
fn read_frame() -> Json {
    let mut length: usize = 0;
    let mut digits = 0;
    let mut c = [0u8];
    loop {
        if !read_exact(&mut c) {
            protocol_failure("stdin ended before the next frame");
        }
        if c[0] == b'\n' {
            break;
        }
        if !c[0].is_ascii_digit() || digits > 15 {
            protocol_failure("bad frame header");
        }
        digits += 1;
        length = length * 10 + (c[0] - b'0') as usize;
    }
    let mut text = vec![0u8; length];
    if digits == 0 || !read_exact(&mut text) {
        protocol_failure("a frame ended early");
    }
    json::parse(&text).unwrap_or_else(|e| protocol_failure(&format!("bad frame: {}", e.0)))
}

fn send_record(json: &str) {
    let channel = channel();
    let mut line = Vec::with_capacity(json.len() + channel.nonce.len() + 3);
    line.push(b'\n');
    line.extend_from_slice(&channel.nonce);
    line.push(b' ');
    line.extend_from_slice(json.as_bytes());
    line.push(b'\n');
    sys::write_all(channel.records, &line);
}

fn send_event(event: &str) {
    send_record(&format!("{{\"event\":\"{event}\"}}"));
}

fn member<'a>(object: &'a Json, key: &str) -> Option<&'a Json> {
    match object {
        Json::Obj(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
        _ => None,
    }
}

struct Job {
    mode: String,
    stdout_limit: u64,
}

/// Reads the job frame and opens the record channel with its nonce.
fn receive_job(mode: &str) -> Job {
    let frame = read_frame();
    let nonce = match member(&frame, "nonce") {
        Some(Json::Str(nonce)) => nonce.clone(),
        _ => protocol_failure("the job has no nonce"),
    };
    open_channel(&nonce);
    let job = Job {
        mode: match member(&frame, "mode") {
            Some(Json::Str(mode)) => mode.clone(),
            _ => String::new(),
        },
        stdout_limit: match member(&frame, "stdout_limit") {
            Some(Json::Int(n)) if *n > 0 => *n as u64,
            _ => 1 << 20,
        },
    };
    if job.mode != mode {
        protocol_failure(&format!(
            "the driver was generated for {mode} mode, the job is in {} mode",
            job.mode
        ));
    }
    job
}

struct TestFrame {
    number: i64,
    input: Json,
    wall_ms: i64,
}

/// The next test frame; None for the end frame.
fn next_test() -> Option<TestFrame> {
    let frame = read_frame();
    if let Some(Json::Bool(true)) = member(&frame, "end") {
        return None;
    }
    let Json::Obj(members) = frame else { protocol_failure("a test frame is not an object") };
    let mut test = TestFrame { number: 0, input: Json::Null, wall_ms: 0 };
    for (key, value) in members {
        match (key.as_str(), value) {
            ("test", Json::Int(n)) => test.number = n,
            ("wall_ms", Json::Int(n)) => test.wall_ms = n,
            ("input", value) => test.input = value,
            _ => {}
        }
    }
    Some(test)
}

// ========================================================================= errors, records

/// A test's error as a record carries it.
struct ErrorInfo {
    kind: String,
    message: String,
    line: Option<u32>,
}

impl ErrorInfo {
    fn text(&self) -> ErrorText<'_> {
        ErrorText { kind: &self.kind, message: &self.message, line: self.line }
    }
}

/// An error, borrowed: a crash's is made of static text (its handler may not use the heap).
#[derive(Clone, Copy)]
struct ErrorText<'a> {
    kind: &'a str,
    message: &'a str,
    line: Option<u32>,
}

fn error_json<O: Out>(out: &mut O, error: ErrorText<'_>) {
    out.push_str("{\"type\":");
    json::write_string(out, error.kind);
    out.push_str(",\"message\":");
    json::write_string(out, error.message);
    out.push_str(",\"line\":");
    match error.line {
        Some(line) => push_number(out, line as u64),
        None => out.push_str("null"),
    }
    out.push('}');
}

/// `n` in decimal, at least `width` digits (zeros in front): no heap, no formatting machinery.
fn push_digits<O: Out>(out: &mut O, mut n: u64, width: usize) {
    let mut digits = [b'0'; 20];
    let mut start = digits.len();
    while n > 0 || start == digits.len() || digits.len() - start < width.min(digits.len()) {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    out.push_str(std::str::from_utf8(&digits[start..]).unwrap_or("0"));
}

fn push_number<O: Out>(out: &mut O, n: u64) {
    push_digits(out, n, 1);
}

/// The line of `file` when it is the user's (`solution.rs`, as include! names it).
fn user_line(file: &str, line: u32) -> Option<u32> {
    (file == "solution.rs" || file.ends_with("/solution.rs")).then_some(line)
}

/// The last panic's message and place, written by the panic hook, read after catch_unwind.
static PANIC: Mutex<Option<ErrorInfo>> = Mutex::new(None);

fn panic_message(info: &std::panic::PanicHookInfo<'_>) -> String {
    let payload = info.payload();
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_string()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "Box<dyn Any>".to_string()
    }
}

fn remember_panic(info: &std::panic::PanicHookInfo<'_>) {
    let line = info.location().and_then(|l| user_line(l.file(), l.line()));
    let error = ErrorInfo { kind: "panic".into(), message: panic_message(info), line };
    if let Ok(mut slot) = PANIC.try_lock() {
        *slot = Some(error);
    }
}

// ========================================================================= function mode

const CAPTURE_PATHS: [&str; 2] = [".capture.stdout", ".capture.stderr"];
/// How much of a test's output a record carries (the host shows 64 KiB).
const SHOWN_OUTPUT_BYTES: usize = 64 * 1024;

struct State {
    capture: [c_int; 2],
    test: i64,
    started_ns: i64,
    stack_top: usize,
    stack_size: usize,
}

static mut STATE: State =
    State { capture: [-1, -1], test: 0, started_ns: 0, stack_top: 0, stack_size: 0 };

fn state() -> &'static mut State {
    unsafe { &mut *std::ptr::addr_of_mut!(STATE) }
}

fn flush_user_output() {
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
}

/// What the current test printed, stdout then stderr, as a JSON string (or null); each read
/// into `shown` (SHOWN_OUTPUT_BYTES long, or less: then shown cut shorter).
fn captured_output<O: Out>(out: &mut O, shown: &mut [u8]) {
    let fds = state().capture;
    let sizes = [sys::file_size(fds[0]), sys::file_size(fds[1])];
    if sizes[0] + sizes[1] == 0 {
        out.push_str("null");
        return;
    }
    out.push('"');
    let mut ends_with_newline = true;
    for (stream, &fd) in fds.iter().enumerate() {
        if sizes[stream] == 0 {
            continue;
        }
        if !ends_with_newline {
            out.push_str("\\n");
        }
        let wanted = sizes[stream].min(SHOWN_OUTPUT_BYTES).min(shown.len());
        let got = sys::read_at(fd, &mut shown[..wanted], 0);
        let shown = &shown[..got];
        json::escape_lossy(out, shown);
        ends_with_newline = shown.last() == Some(&b'\n');
        if sizes[stream] > got {
            out.push_str(if ends_with_newline { "[... cut]\\n" } else { "\\n[... cut]\\n" });
            ends_with_newline = true;
        }
    }
    out.push('"');
}

fn send_test_result(number: i64, status: &str, answer: Option<&str>, error: Option<&ErrorInfo>) {
    let mut record = String::with_capacity(answer.map_or(0, str::len) + 256);
    let mut shown = Vec::new();
    if state().capture.iter().any(|&fd| sys::file_size(fd) > 0) {
        shown.resize(SHOWN_OUTPUT_BYTES, 0);
    }
    test_record(&mut record, number, status, answer, error.map(ErrorInfo::text), &mut shown);
    send_record(&record);
}

/// A test's record: its answer (JSON text), what it printed (read through `shown`), its
/// error, its CPU time and memory.
fn test_record<O: Out>(
    out: &mut O,
    number: i64,
    status: &str,
    answer: Option<&str>,
    error: Option<ErrorText<'_>>,
    shown: &mut [u8],
) {
    let time_ns = (sys::cpu_ns() - state().started_ns).max(0) as u64;
    out.push_str("{\"event\":\"test\",\"test\":");
    push_number(out, number.max(0) as u64);
    out.push_str(",\"status\":\"");
    out.push_str(status);
    out.push_str("\",\"output\":");
    out.push_str(answer.unwrap_or("null"));
    out.push_str(",\"stdout\":");
    captured_output(out, shown);
    out.push_str(",\"error\":");
    match error {
        Some(error) => error_json(out, error),
        None => out.push_str("null"),
    }
    out.push_str(",\"time_ms\":");
    push_number(out, time_ns / 1_000_000);
    out.push('.');
    push_digits(out, time_ns / 1000 % 1000, 3);
    out.push_str(",\"memory_kb\":");
    push_number(out, sys::memory_kb().max(0) as u64);
    out.push('}');
}

// ==================================================================== a crash's record
//
// A crash's signal may come from inside the C library's malloc or free (a heap corrupted by
// unsafe code, a double free: glibc aborts while it holds the heap's lock), so its handler
// touches no heap and no lock: the record is built in a static buffer and written with the
// system call itself.

/// Room for a record's fields and both outputs shown, escaped (at most 6 bytes a byte).
const CRASH_RECORD_BYTES: usize = 2 * SHOWN_OUTPUT_BYTES * 6 + 64 * 1024;
static mut CRASH_RECORD: [u8; CRASH_RECORD_BYTES] = [0; CRASH_RECORD_BYTES];
static mut CRASH_SHOWN: [u8; SHOWN_OUTPUT_BYTES] = [0; SHOWN_OUTPUT_BYTES];
/// The thread writing a crash's record (0: none yet).
static CRASHING: AtomicI32 = AtomicI32::new(0);

/// JSON text in a buffer of fixed size: what does not fit is left out, and `overflowed` says so.
struct Fixed<'a> {
    bytes: &'a mut [u8],
    len: usize,
    overflowed: bool,
}

impl<'a> Fixed<'a> {
    fn new(bytes: &'a mut [u8]) -> Self {
        Fixed { bytes, len: 0, overflowed: false }
    }

    fn text(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }
}

impl Out for Fixed<'_> {
    fn push_str(&mut self, text: &str) {
        let end = self.len + text.len();
        if end > self.bytes.len() {
            self.overflowed = true;
            return;
        }
        self.bytes[self.len..end].copy_from_slice(text.as_bytes());
        self.len = end;
    }
}

/// Makes the calling thread the one that reports a crash and exits. Another thread's crash at
/// the same time waits for that exit; a crash inside the report itself exits at once.
fn claim_crash(code: c_int) {
    let me = sys::gettid();
    match CRASHING.compare_exchange(0, me, Ordering::SeqCst, Ordering::SeqCst) {
        Ok(_) => {}
        Err(owner) if owner == me => unsafe { sys::_exit(code) },
        Err(_) => loop {
            sys::sched_yield();
        },
    }
}

/// The running test's record, `error` its failure, sent without the heap; or, between tests,
/// the error on the harness's stderr. Then the program exits with `code`.
fn report_crash(status: &str, error: ErrorText<'_>, code: c_int) -> ! {
    let state = state();
    if state.test > 0 {
        let channel = channel();
        for with_output in [true, false] {
            let mut record = Fixed::new(unsafe { &mut *std::ptr::addr_of_mut!(CRASH_RECORD) });
            record.push('\n');
            record.push_str(std::str::from_utf8(&channel.nonce).unwrap_or(""));
            record.push(' ');
            let shown: &mut [u8] = if with_output {
                unsafe { &mut *std::ptr::addr_of_mut!(CRASH_SHOWN) }
            } else {
                &mut []
            };
            test_record(&mut record, state.test, status, None, Some(error), shown);
            record.push('\n');
            if !record.overflowed {
                sys::write_all(channel.records, &record.bytes[..record.len]);
                break;
            }
        }
    } else {
        for part in [error.kind, ": ", error.message, "\n"] {
            sys::write_all(channel().errors, part.as_bytes());
        }
    }
    unsafe { sys::_exit(code) }
}

/// A crash in function mode (a signal): the running test's record says which, then exit.
extern "C" fn on_crash(number: c_int, info: *const sys::siginfo_t, _context: *const c_void) {
    claim_crash(128 + number);
    let state = state();
    let address = if info.is_null() { 0 } else { unsafe { (*info).addr } };
    let near_stack = state.stack_top > 0
        && address <= state.stack_top
        && address + state.stack_size + (1 << 20) >= state.stack_top;
    let kind = sys::known_signal_name(number).unwrap_or("signal");
    let (message, status) = match number {
        sys::SIGSEGV | sys::SIGBUS if near_stack => (sys::STACK_OVERFLOW, "error"),
        sys::SIGXFSZ => (sys::signal_meaning(number), "output_limit"),
        _ => (sys::signal_meaning(number), "error"),
    };
    let kind = if near_stack && number == sys::SIGBUS { "SIGSEGV" } else { kind };
    report_crash(status, ErrorText { kind, message, line: None }, 128 + number)
}

/// Out of memory (an allocation failed): the test's record says so, then exit. The
/// driver's global allocator calls it; Rust's own message would go to the capture file. Built
/// as a crash's record: an allocation has just failed.
pub fn out_of_memory(size: usize) -> ! {
    claim_crash(134);
    let mut buffer = [0u8; 64];
    let mut message = Fixed::new(&mut buffer);
    message.push_str("memory allocation of ");
    push_number(&mut message, size as u64);
    message.push_str(" bytes failed");
    let error = ErrorText { kind: "out of memory", message: message.text(), line: None };
    report_crash("memory", error, 134)
}

/// The global allocator of every submission: the system's, reporting a failed allocation.
pub struct Allocator;

unsafe impl std::alloc::GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        let p = std::alloc::System.alloc(layout);
        if p.is_null() {
            out_of_memory(layout.size());
        }
        p
    }
    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        std::alloc::System.dealloc(ptr, layout)
    }
    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        let p = std::alloc::System.alloc_zeroed(layout);
        if p.is_null() {
            out_of_memory(layout.size());
        }
        p
    }
    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, size: usize) -> *mut u8 {
        let p = std::alloc::System.realloc(ptr, layout, size);
        if p.is_null() {
            out_of_memory(size);
        }
        p
    }
}

fn prepare_function_mode(job: &Job) {
    let marker = 0u8;
    let state = state();
    state.stack_top = std::ptr::addr_of!(marker) as usize;
    state.stack_size = sys::stack_limit().min(1 << 40) as usize;
    for (i, path) in CAPTURE_PATHS.iter().enumerate() {
        let fd = sys::open_file(path, sys::O_RDWR | sys::O_CREAT | sys::O_TRUNC);
        if fd < 0 || unsafe { sys::dup2(fd, i as c_int + 1) } < 0 {
            protocol_failure(&format!("cannot create {path}"));
        }
        state.capture[i] = fd;
    }
    sys::set_file_size_limit(job.stdout_limit);
    let crashes = [sys::SIGSEGV, sys::SIGBUS, sys::SIGFPE, sys::SIGILL, sys::SIGABRT,
                   sys::SIGTRAP, sys::SIGSYS, sys::SIGXFSZ];
    sys::install_handlers(&crashes, on_crash as usize, sys::SA_NODEFER);
    std::panic::set_hook(Box::new(remember_panic));
}

fn begin_test(number: i64) {
    flush_user_output();
    let state = state();
    for fd in state.capture {
        unsafe {
            if sys::ftruncate(fd, 0) != 0 || sys::lseek(fd, 0, sys::SEEK_SET) < 0 {
                protocol_failure("cannot empty the capture files");
            }
        }
    }
    state.started_ns = sys::cpu_ns();
    state.test = number;
}

/// Called by the driver's main(): says `ready`, runs the test of each test frame with `call`
/// and answers it, until the end frame; then says `done` and exits.
pub fn run_function_tests(call: fn(Args) -> Answer) -> ! {
    let job = receive_job("function");
    prepare_function_mode(&job);
    send_event("ready");
    while let Some(test) = next_test() {
        begin_test(test.number);
        let outcome = std::panic::catch_unwind(move || Args::new(test.input).and_then(call));
        flush_user_output();
        state().test = 0;
        match outcome {
            Ok(Ok(answer)) if answer.len() as u64 > job.stdout_limit => {
                send_test_result(test.number, "output_limit", None, None)
            }
            Ok(Ok(answer)) => send_test_result(test.number, "ok", Some(&answer), None),
            Ok(Err(e)) => {
                let error = ErrorInfo { kind: "pyscape::InputError".into(), message: e.0, line: None };
                send_test_result(test.number, "error", None, Some(&error))
            }
            Err(payload) => {
                let error = PANIC.lock().ok().and_then(|mut p| p.take()).unwrap_or_else(|| {
                    let message = payload
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| payload.downcast_ref::<String>().cloned())
                        .unwrap_or_default();
                    ErrorInfo { kind: "panic".into(), message, line: None }
                });
                std::mem::forget(payload); // its drop is the user's code: it could panic again
                send_test_result(test.number, "error", None, Some(&error))
            }
        }
    }
    send_event("done");
    unsafe { sys::_exit(0) }
}

// ============================================================================ stdio mode

const STDIO_INPUT: &str = ".test.in";
const STDIO_STDOUT: &str = ".test.out";
const STDIO_STDERR: &str = ".test.err";
const STDERR_SHOWN_BYTES: usize = 64 * 1024;

fn redirect(target: c_int, path: &str, flags: c_int) {
    let fd = sys::open_file(path, flags);
    if fd < 0 || unsafe { sys::dup2(fd, target) } < 0 {
        protocol_failure(&format!("cannot open {path}"));
    }
    unsafe { sys::close(fd) };
}

fn file_text(path: &str, limit: usize, out: &mut String) -> Vec<u8> {
    let fd = sys::open_file(path, sys::O_RDONLY);
    let size = if fd < 0 { 0 } else { sys::file_size(fd) };
    let mut text = vec![0u8; size.min(limit)];
    let got = if fd < 0 { 0 } else { sys::read_at(fd, &mut text, 0) };
    text.truncate(got);
    if fd >= 0 {
        unsafe { sys::close(fd) };
    }
    out.push('"');
    json::escape_lossy(out, &text);
    if size > got {
        out.push_str("[... cut]\\n");
    }
    out.push('"');
    text
}

/// A panic's place and message in what the program wrote on stderr (Rust's default hook:
/// `thread 'main' panicked at solution.rs:4:5:\nmessage\nnote: run with ...`).
fn read_panic(stderr: &str) -> Option<ErrorInfo> {
    let start = stderr.rfind("panicked at ")?;
    let rest = &stderr[start + "panicked at ".len()..];
    let (place, message) = rest.split_once(":\n").unwrap_or((rest, ""));
    let mut parts = place.rsplitn(3, ':');
    let _column = parts.next();
    let line = parts.next().and_then(|l| l.parse::<u32>().ok());
    let file = parts.next().unwrap_or("");
    let message = message.split("\nnote: run with").next().unwrap_or("").trim_end();
    Some(ErrorInfo {
        kind: "panic".into(),
        message: message.to_string(),
        line: line.and_then(|l| user_line(file, l)),
    })
}

/// How a run of the user's program ended: its status, and its error when not ok.
fn judge_program_end(status: c_int, stopped: bool, wall_ms: i64, stderr: &str) -> (&'static str, Option<ErrorInfo>) {
    let error = |kind: &str, message: String| Some(ErrorInfo { kind: kind.into(), message, line: None });
    if stopped {
        let message = format!("the harness stopped the program at the wall-clock backstop ({wall_ms} ms)");
        return ("error", error("SIGKILL", message));
    }
    let signaled = status & 0x7f != 0 && status & 0x7f != 0x7f;
    if signaled {
        let number = status & 0x7f;
        if stderr.contains("memory allocation of") && stderr.contains("failed") {
            return ("memory", error("out of memory", "memory allocation failed".into()));
        }
        return match number {
            sys::SIGXFSZ => ("output_limit", error("SIGXFSZ", sys::signal_meaning(number).into())),
            sys::SIGKILL => ("memory", error("SIGKILL", "the program was killed, e.g. for want of memory".into())),
            sys::SIGABRT if stderr.contains("has overflowed its stack") => {
                ("error", error("SIGSEGV", sys::STACK_OVERFLOW.into()))
            }
            _ => ("error", error(&sys::signal_name(number), sys::signal_meaning(number).into())),
        };
    }
    let code = (status >> 8) & 0xff;
    if code == 101 {
        if let Some(panic) = read_panic(stderr) {
            return ("error", Some(panic));
        }
    }
    if code != 0 {
        return ("error", error("exit", format!("the program exited with code {code}")));
    }
    ("ok", None)
}

/// Runs the user's program on one test in a child process: true in the child (which goes on
/// as the program); the parent sends the test's record.
fn run_program(test: &TestFrame, stdout_limit: u64) -> bool {
    let input = match &test.input {
        Json::Str(text) => text.clone(),
        _ => protocol_failure("a stdio test's input is not a string"),
    };
    std::fs::write(STDIO_INPUT, input).unwrap_or_else(|_| protocol_failure("cannot write the input"));
    let pid = unsafe { sys::fork() };
    if pid == 0 {
        unsafe {
            sys::prctl(sys::PR_SET_DUMPABLE, 1 as c_int, 0 as c_int, 0 as c_int, 0 as c_int);
            let mut none: sys::sigset_t = std::mem::zeroed();
            sys::sigemptyset(&mut none);
            sys::sigprocmask(sys::SIG_SETMASK, &none, std::ptr::null_mut());
        }
        redirect(0, STDIO_INPUT, sys::O_RDONLY);
        redirect(1, STDIO_STDOUT, sys::O_WRONLY | sys::O_CREAT | sys::O_TRUNC);
        redirect(2, STDIO_STDERR, sys::O_WRONLY | sys::O_CREAT | sys::O_TRUNC);
        let channel = channel();
        for fd in [channel.frames, channel.records, channel.errors] {
            if fd > 2 {
                unsafe { sys::close(fd) };
            }
        }
        sys::set_file_size_limit(stdout_limit);
        return true;
    }
    let mut record = format!("{{\"event\":\"test\",\"test\":{}", test.number);
    if pid < 0 {
        let error = ErrorInfo { kind: "fork".into(), message: "PyScape could not start the program (fork failed)".into(), line: None };
        record.push_str(",\"status\":\"error\",\"output\":null,\"stdout\":null,\"error\":");
        error_json(&mut record, error.text());
        record.push_str(",\"time_ms\":0,\"memory_kb\":0}");
        send_record(&record);
        return false;
    }
    let (status, stopped, usage) = wait_program(pid, test.wall_ms);
    let mut stderr_json = String::new();
    let stderr = file_text(STDIO_STDERR, STDERR_SHOWN_BYTES, &mut stderr_json);
    let stderr = String::from_utf8_lossy(&stderr);
    let (verdict, error) = judge_program_end(status, stopped, test.wall_ms, &stderr);
    record.push_str(&format!(",\"status\":\"{verdict}\",\"output\":"));
    if verdict == "ok" {
        file_text(STDIO_STDOUT, stdout_limit as usize, &mut record);
    } else {
        record.push_str("null");
    }
    record.push_str(",\"stdout\":");
    record.push_str(if stderr.is_empty() { "null" } else { &stderr_json });
    record.push_str(",\"error\":");
    match &error {
        Some(error) => error_json(&mut record, error.text()),
        None => record.push_str("null"),
    }
    let cpu_us = (usage.utime.sec + usage.stime.sec) * 1_000_000 + usage.utime.usec + usage.stime.usec;
    record.push_str(&format!(
        ",\"time_ms\":{}.{:03},\"memory_kb\":{}}}",
        cpu_us / 1000,
        cpu_us % 1000,
        usage.maxrss
    ));
    send_record(&record);
    false
}

/// Waits for the child `pid`, killing it after `wall_ms` of wall clock, and reaps it.
fn wait_program(pid: sys::pid_t, wall_ms: i64) -> (c_int, bool, sys::rusage) {
    let mut child: sys::sigset_t = unsafe { std::mem::zeroed() };
    unsafe {
        sys::sigemptyset(&mut child);
        sys::sigaddset(&mut child, sys::SIGCHLD);
    }
    let deadline = sys::clock_ns(sys::CLOCK_MONOTONIC) + wall_ms.max(1) * 1_000_000;
    let mut status: c_int = 0;
    let mut usage: sys::rusage = unsafe { std::mem::zeroed() };
    loop {
        let done = unsafe { sys::wait4(pid, &mut status, sys::WNOHANG, &mut usage) };
        if done == pid || done < 0 {
            return (status, false, usage);
        }
        let left = deadline - sys::clock_ns(sys::CLOCK_MONOTONIC);
        if left <= 0 {
            unsafe {
                sys::kill(pid, sys::SIGKILL);
                sys::wait4(pid, &mut status, 0, &mut usage);
            }
            return (status, true, usage);
        }
        let wait = sys::timespec { sec: left / 1_000_000_000, nsec: (left % 1_000_000_000) as _ };
        unsafe { sys::sigtimedwait(&child, std::ptr::null_mut(), &wait) };
    }
}

/// The harness's first code in a stdio program, an entry of the driver's .init_array: before
/// Rust's runtime and the user's main(). Serves every test; each child returns here and goes
/// on as the user's program.
pub extern "C" fn stdio_start(_argc: c_int, _argv: *const *const u8, _env: *const *const u8) {
    let job = receive_job("stdio");
    unsafe {
        let mut child: sys::sigset_t = std::mem::zeroed();
        sys::sigemptyset(&mut child);
        sys::sigaddset(&mut child, sys::SIGCHLD);
        sys::sigprocmask(sys::SIG_BLOCK, &child, std::ptr::null_mut());
        sys::prctl(sys::PR_SET_DUMPABLE, 0 as c_int, 0 as c_int, 0 as c_int, 0 as c_int);
    }
    send_event("ready");
    while let Some(test) = next_test() {
        if run_program(&test, job.stdout_limit) {
            return;
        }
    }
    send_event("done");
    unsafe { sys::_exit(0) }
}

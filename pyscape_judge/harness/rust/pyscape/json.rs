// PyScape Rust harness: a small JSON reader and writer (no crates in the image).
//
// Inputs arrive as JSON inside the test frames; answers leave as JSON text in the records.

/// A JSON value. Numbers keep whether they were written as integers.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

/// A frame or an input the harness cannot read (the host's fault, or a malformed Run input).
#[derive(Debug, Clone)]
pub struct InputError(pub String);

impl InputError {
    pub fn new(message: impl Into<String>) -> Self {
        InputError(message.into())
    }
}

/// Nesting deeper than this is refused (the host's own bound on records is 64).
const MAX_DEPTH: usize = 256;

pub fn parse(text: &[u8]) -> Result<Json, InputError> {
    let mut parser = Parser { text, at: 0 };
    let value = parser.value(0)?;
    parser.space();
    if parser.at != text.len() {
        return Err(parser.error("text after the JSON value"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn error(&self, what: &str) -> InputError {
        InputError(format!("bad JSON at byte {}: {}", self.at, what))
    }

    fn space(&mut self) {
        while self.at < self.text.len() && matches!(self.text[self.at], b' ' | b'\t' | b'\n' | b'\r')
        {
            self.at += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn word(&mut self, word: &[u8], value: Json) -> Result<Json, InputError> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("unknown word"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, InputError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deep"));
        }
        self.space();
        match self.peek() {
            None => Err(self.error("the text ended early")),
            Some(b'n') => self.word(b"null", Json::Null),
            Some(b't') => self.word(b"true", Json::Bool(true)),
            Some(b'f') => self.word(b"false", Json::Bool(false)),
            Some(b'"') => Ok(Json::Str(self.string()?)),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if self.peek() == Some(b']') {
                    self.at += 1;
                    return Ok(Json::Arr(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.space();
                    match self.peek() {
                        Some(b',') => self.at += 1,
                        Some(b']') => {
                            self.at += 1;
                            return Ok(Json::Arr(items));
                        }
                        _ => return Err(self.error("expected `,` or `]`")),
                    }
                }
            }
            Some(b'{') => {
                self.at += 1;
                let mut members = Vec::new();
                self.space();
                if self.peek() == Some(b'}') {
                    self.at += 1;
                    return Ok(Json::Obj(members));
                }
                loop {
                    self.space();
                    if self.peek() != Some(b'"') {
                        return Err(self.error("expected a key"));
                    }
                    let key = self.string()?;
                    self.space();
                    if self.peek() != Some(b':') {
                        return Err(self.error("expected `:`"));
                    }
                    self.at += 1;
                    members.push((key, self.value(depth + 1)?));
                    self.space();
                    match self.peek() {
                        Some(b',') => self.at += 1,
                        Some(b'}') => {
                            self.at += 1;
                            return Ok(Json::Obj(members));
                        }
                        _ => return Err(self.error("expected `,` or `}`")),
                    }
                }
            }
            Some(_) => self.number(),
        }
    }

    fn number(&mut self) -> Result<Json, InputError> {
        let start = self.at;
        let mut integral = true;
        while let Some(c) = self.peek() {
            match c {
                b'0'..=b'9' | b'-' | b'+' => {}
                b'.' | b'e' | b'E' => integral = false,
                _ => break,
            }
            self.at += 1;
        }
        let text = std::str::from_utf8(&self.text[start..self.at]).unwrap_or("");
        if text.is_empty() {
            return Err(self.error("unexpected character"));
        }
        if integral {
            if let Ok(value) = text.parse::<i64>() {
                return Ok(Json::Int(value));
            }
        }
        text.parse::<f64>().map(Json::Float).map_err(|_| self.error("bad number"))
    }

    fn hex4(&mut self) -> Result<u32, InputError> {
        let digits = self.text.get(self.at..self.at + 4).ok_or_else(|| self.error("bad \\u"))?;
        let text = std::str::from_utf8(digits).map_err(|_| self.error("bad \\u"))?;
        let value = u32::from_str_radix(text, 16).map_err(|_| self.error("bad \\u"))?;
        self.at += 4;
        Ok(value)
    }

    fn string(&mut self) -> Result<String, InputError> {
        self.at += 1; // the opening quote
        let mut out: Vec<u8> = Vec::new();
        loop {
            let start = self.at;
            while self.at < self.text.len() && self.text[self.at] != b'"' && self.text[self.at] != b'\\'
            {
                self.at += 1;
            }
            out.extend_from_slice(&self.text[start..self.at]);
            match self.peek() {
                None => return Err(self.error("a string ended early")),
                Some(b'"') => {
                    self.at += 1;
                    return String::from_utf8(out).map_err(|_| self.error("invalid UTF-8"));
                }
                _ => {}
            }
            self.at += 1; // the backslash
            let escape = self.peek().ok_or_else(|| self.error("a string ended early"))?;
            self.at += 1;
            let c = match escape {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => {
                    let first = self.hex4()?;
                    let code = if (0xD800..0xDC00).contains(&first)
                        && self.text[self.at..].starts_with(b"\\u")
                    {
                        self.at += 2;
                        let second = self.hex4()?;
                        0x10000 + ((first - 0xD800) << 10) + (second.wrapping_sub(0xDC00) & 0x3FF)
                    } else {
                        first
                    };
                    char::from_u32(code).unwrap_or('\u{FFFD}')
                }
                _ => return Err(self.error("bad escape")),
            };
            let mut buffer = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buffer).as_bytes());
        }
    }
}

/// Appends `text` as a JSON string (quotes included).
pub fn write_string<O: Out + ?Sized>(out: &mut O, text: &str) {
    out.push('"');
    escape(out, text);
    out.push('"');
}

/// `text` as the inside of a JSON string.
fn escape<O: Out + ?Sized>(out: &mut O, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                let code = c as usize;
                out.push_str("\\u00");
                out.push(HEX[code >> 4] as char);
                out.push(HEX[code & 15] as char);
            }
            c => out.push(c),
        }
    }
}

/// Appends bytes that may not be UTF-8 (what a program printed) as a JSON string's inside:
/// invalid sequences become U+FFFD (as String::from_utf8_lossy, without its copy).
pub fn escape_lossy<O: Out + ?Sized>(out: &mut O, bytes: &[u8]) {
    for chunk in bytes.utf8_chunks() {
        escape(out, chunk.valid());
        if !chunk.invalid().is_empty() {
            out.push('\u{fffd}');
        }
    }
}

/// Where JSON text is written: a String, or a buffer of fixed size (the crash record, built in
/// a signal handler, where the heap may be the thing that crashed).
pub trait Out {
    fn push_str(&mut self, text: &str);

    fn push(&mut self, c: char) {
        let mut buffer = [0u8; 4];
        self.push_str(c.encode_utf8(&mut buffer));
    }
}

impl Out for String {
    #[inline]
    fn push_str(&mut self, text: &str) {
        String::push_str(self, text)
    }

    #[inline]
    fn push(&mut self, c: char) {
        String::push(self, c)
    }
}

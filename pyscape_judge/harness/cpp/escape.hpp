// PyScape C++ harness: JSON string escaping, shared by the records written in the normal way
// (runtime.hpp) and those written from a signal handler (sys.cpp).
//
// No includes beyond <cstddef>, no allocation: async-signal-safe whenever the sink is.
#pragma once

#include <cstddef>

namespace pyscape {

namespace escape_detail {

inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

/// Length of the valid UTF-8 sequence starting at `s` (at most `n` bytes long), 0 if invalid.
inline std::size_t utf8_sequence(const unsigned char* s, std::size_t n) {
    unsigned char c = s[0];
    if (c < 0x80) return 1;
    std::size_t length;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0) low = 0xA0;          // no overlong forms
        if (c == 0xED) high = 0x9F;         // no UTF-16 surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0) low = 0x90;          // no overlong forms
        if (c == 0xF4) high = 0x8F;         // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (n < length || s[1] < low || s[1] > high) return 0;
    for (std::size_t i = 2; i < length; ++i) {
        if (!is_continuation(s[i])) return 0;
    }
    return length;
}

}  // namespace escape_detail

/// Writes `n` bytes of `text` as the inside of a JSON string (no quotes) to `sink`, a callable
/// `sink(const char* data, std::size_t size)`: quotes, backslashes and control characters are
/// escaped, valid UTF-8 passes through as is, and every byte that is not valid UTF-8 becomes
/// U+FFFD, so that the result is always valid JSON.
template <class Sink>
void escape_json(Sink& sink, const char* text, std::size_t n) {
    static const char hex[] = "0123456789abcdef";
    const unsigned char* s = reinterpret_cast<const unsigned char*>(text);
    std::size_t run = 0;  // start of the bytes that pass through unchanged
    std::size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = c < 0x80 ? 1 : escape_detail::utf8_sequence(s + i, n - i);
        if (length > 1) {
            i += length;
            continue;
        }
        if (i > run) sink(text + run, i - run);
        char escaped[6] = {'\\', 0, 0, 0, 0, 0};
        std::size_t size = 2;
        switch (c) {
            case '"': escaped[1] = '"'; break;
            case '\\': escaped[1] = '\\'; break;
            case '\b': escaped[1] = 'b'; break;
            case '\f': escaped[1] = 'f'; break;
            case '\n': escaped[1] = 'n'; break;
            case '\r': escaped[1] = 'r'; break;
            case '\t': escaped[1] = 't'; break;
            default:
                if (c < 0x20) {
                    escaped[1] = 'u';
                    escaped[2] = '0';
                    escaped[3] = '0';
                    escaped[4] = hex[c >> 4];
                    escaped[5] = hex[c & 0xF];
                    size = 6;
                } else {  // a byte that is not valid UTF-8
                    sink("\xEF\xBF\xBD", 3);
                    size = 0;
                }
        }
        if (size) sink(escaped, size);
        ++i;
        run = i;
    }
    if (n > run) sink(text + run, n - run);
}

}  // namespace pyscape

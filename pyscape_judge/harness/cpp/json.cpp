// PyScape C++ harness: the JSON reader (json.hpp). A translation unit of its own, compiled
// with -O2 like the driver: the frames and the tests' inputs go through it. Light headers
// only, like json.hpp.
#include "json.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

namespace pyscape {

void Reader::fail(const char* what) const {
    char message[512];
    std::snprintf(message, sizeof message, "bad JSON at byte %zu: %s", pos_, what);
    throw InputError(message);
}

void Reader::expect(char c) {
    if (peek() != c) {
        char what[32];
        std::snprintf(what, sizeof what, "expected '%c'", c);
        fail(what);
    }
    ++pos_;
}

bool Reader::null() {
    if (peek() != 'n') return false;
    literal("null");
    return true;
}

bool Reader::boolean() {
    char c = peek();
    if (c == 't') {
        literal("true");
        return true;
    }
    if (c != 'f') fail("expected true or false");
    literal("false");
    return false;
}

double Reader::number() {
    Text token = number_token();
    char copy[64];  // strtod wants a terminated string
    if (token.size >= sizeof copy) fail("number too long");
    std::memcpy(copy, token.data, token.size);
    copy[token.size] = '\0';
    char* end = nullptr;
    double value = std::strtod(copy, &end);
    if (end != copy + token.size) fail("bad number");
    return value;
}

Text Reader::string() {
    expect('"');
    scratch_size_ = 0;
    for (;;) {
        std::size_t start = pos_;
        while (pos_ < size_ && text_[pos_] != '"' && text_[pos_] != '\\') ++pos_;
        keep(text_ + start, pos_ - start);
        if (pos_ >= size_) fail("unterminated string");
        if (text_[pos_++] == '"') return Text{scratch_ ? scratch_ : "", scratch_size_};
        escape();
    }
}

Text Reader::skip() {
    char c = peek();
    std::size_t start = pos_;
    if (c == '"') {
        string();
    } else if (c == '[') {
        auto items = array();
        while (items.next()) skip();
    } else if (c == '{') {
        auto members = object();
        Text key;
        while (members.next(key)) skip();
    } else if (c == 't' || c == 'f') {
        boolean();
    } else if (c == 'n') {
        null();
    } else {
        number_token();
    }
    return Text{text_ + start, pos_ - start};
}

ArrayItems Reader::array() {
    expect('[');
    return ArrayItems(*this);
}

ObjectMembers Reader::object() {
    expect('{');
    return ObjectMembers(*this);
}

void Reader::finish() {
    if (peek() != '\0') fail("unexpected text after the value");
}

void Reader::literal(const char* word) {
    std::size_t length = std::strlen(word);
    if (size_ - pos_ < length || std::memcmp(text_ + pos_, word, length) != 0) {
        char what[32];
        std::snprintf(what, sizeof what, "expected %s", word);
        fail(what);
    }
    pos_ += length;
}

unsigned Reader::hex4() {
    if (size_ - pos_ < 4) fail("bad \\u escape");
    unsigned value = 0;
    for (int i = 0; i < 4; ++i) {
        char c = text_[pos_++];
        unsigned digit = c >= '0' && c <= '9'   ? static_cast<unsigned>(c - '0')
                         : c >= 'a' && c <= 'f' ? static_cast<unsigned>(c - 'a' + 10)
                         : c >= 'A' && c <= 'F' ? static_cast<unsigned>(c - 'A' + 10)
                                                : 16;
        if (digit == 16) fail("bad \\u escape");
        value = value * 16 + digit;
    }
    return value;
}

void Reader::keep(const char* data, std::size_t size) {
    if (scratch_size_ + size > scratch_capacity_) {
        std::size_t capacity = scratch_capacity_ < 64 ? 64 : scratch_capacity_ * 2;
        if (capacity < scratch_size_ + size) capacity = scratch_size_ + size;
        char* grown = static_cast<char*>(std::realloc(scratch_, capacity));
        if (grown == nullptr) throw std::bad_alloc();
        scratch_ = grown;
        scratch_capacity_ = capacity;
    }
    if (size > 0) std::memcpy(scratch_ + scratch_size_, data, size);
    scratch_size_ += size;
}

void Reader::escape() {
    if (pos_ >= size_) fail("unterminated string");
    char c = text_[pos_++];
    const char* simple = std::strchr("\"\\/bfnrt", c);
    if (c != '\0' && simple != nullptr) {
        static const char replacement[] = "\"\\/\b\f\n\r\t";
        keep(&replacement[simple - "\"\\/bfnrt"], 1);
        return;
    }
    if (c != 'u') fail("bad escape");
    unsigned code = hex4();
    if (code >= 0xD800 && code < 0xDC00 && size_ - pos_ >= 6 && text_[pos_] == '\\' &&
        text_[pos_ + 1] == 'u') {
        pos_ += 2;
        unsigned low = hex4();
        if (low >= 0xDC00 && low < 0xE000) {
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        } else {
            keep("\xEF\xBF\xBD", 3);  // U+FFFD for the lone high surrogate
            code = low;
        }
    }
    if (code >= 0xD800 && code < 0xE000) code = 0xFFFD;  // a lone surrogate
    char utf8[4];
    std::size_t length;
    if (code < 0x80) {
        utf8[0] = static_cast<char>(code);
        length = 1;
    } else if (code < 0x800) {
        utf8[0] = static_cast<char>(0xC0 | (code >> 6));
        utf8[1] = static_cast<char>(0x80 | (code & 0x3F));
        length = 2;
    } else if (code < 0x10000) {
        utf8[0] = static_cast<char>(0xE0 | (code >> 12));
        utf8[1] = static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        utf8[2] = static_cast<char>(0x80 | (code & 0x3F));
        length = 3;
    } else {
        utf8[0] = static_cast<char>(0xF0 | (code >> 18));
        utf8[1] = static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        utf8[2] = static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        utf8[3] = static_cast<char>(0x80 | (code & 0x3F));
        length = 4;
    }
    keep(utf8, length);
}

bool ObjectMembers::next(Text& key) {
    char c = reader_->peek();
    if (c == '}') {
        ++reader_->pos_;
        return false;
    }
    if (!first_) {
        if (c != ',') reader_->fail("expected ',' or '}'");
        ++reader_->pos_;
    }
    first_ = false;
    key = reader_->string();
    reader_->expect(':');
    return true;
}

}  // namespace pyscape

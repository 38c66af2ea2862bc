// PyScape C++ harness: a small JSON pull reader, an output buffer, and the harness's errors.
//
// The reader decodes straight into typed values (codec.hpp), without a document tree: a test's
// input is read once, in order, into the arguments the user's code receives. The code is in
// json.cpp. Light headers only (no <string>): the harness's translation units, which include
// this file, are compiled without the precompiled header, where <string> alone costs half a
// second of compile.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>

namespace pyscape {

/// A piece of text that someone else owns.
struct Text {
    const char* data = nullptr;
    std::size_t size = 0;
};

/// An exception carrying its message in a fixed buffer.
class Error : public std::exception {
public:
    explicit Error(const char* message) noexcept {
        std::strncpy(message_, message, sizeof message_ - 1);
    }
    const char* what() const noexcept override { return message_; }

private:
    char message_[1024] = {};
};

/// A test's input is not what the signature says (the problem's data, not the user's fault).
struct InputError : Error {
    using Error::Error;
};

/// The user's answer cannot be written as JSON (NaN, a cyclic list...).
struct OutputError : Error {
    using Error::Error;
};

/// A growing byte buffer: the answer's JSON. Also a sink for escape_json.
class Output {
public:
    Output() = default;
    ~Output() { std::free(data_); }
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;

    void append(const char* data, std::size_t size) {
        reserve(size_ + size);
        std::memcpy(data_ + size_, data, size);
        size_ += size;
    }
    void append(const char* text) { append(text, std::strlen(text)); }
    void push(char c) {
        reserve(size_ + 1);
        data_[size_++] = c;
    }
    void operator()(const char* data, std::size_t size) { append(data, size); }
    void clear() { size_ = 0; }
    const char* data() const { return data_; }
    std::size_t size() const { return size_; }

private:
    void reserve(std::size_t needed) {
        if (needed <= capacity_) return;
        std::size_t capacity = capacity_ < 64 ? 64 : capacity_ * 2;
        if (capacity < needed) capacity = needed;
        char* grown = static_cast<char*>(std::realloc(data_, capacity));
        if (grown == nullptr) throw std::bad_alloc();
        data_ = grown;
        capacity_ = capacity;
    }

    char* data_ = nullptr;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
};

class Reader;

/// The items of one JSON array: `auto items = reader.array(); while (items.next()) {...}`.
class ArrayItems {
public:
    ArrayItems() = default;
    explicit ArrayItems(Reader& reader) : reader_(&reader) {}
    /// Positions the reader on the next item; false (and past the `]`) when there is none.
    bool next();

private:
    Reader* reader_ = nullptr;
    bool first_ = true;
};

/// The members of one JSON object: `while (members.next(key)) { read the value }`; the key is
/// valid until the reader reads another string.
class ObjectMembers {
public:
    explicit ObjectMembers(Reader& reader) : reader_(&reader) {}
    bool next(Text& key);

private:
    Reader* reader_;
    bool first_ = true;
};

/// Reads JSON values in order from a text it does not own; InputError on anything else.
///
/// The functions run for every number of an input are inline (below), for the driver's
/// decoding loops; the rest is in json.cpp.
class Reader {
public:
    Reader(const char* text, std::size_t size) : text_(text), size_(size) {}
    explicit Reader(Text text) : Reader(text.data, text.size) {}
    ~Reader() { std::free(scratch_); }
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    [[noreturn]] void fail(const char* what) const;
    /// The next significant character (0 at the end).
    char peek();
    void expect(char c);
    /// Consumes a `null` if one comes next.
    bool null();
    bool boolean();
    /// An integer literal (no fraction, no exponent) that fits in 64 bits.
    std::int64_t integer();
    double number();
    /// The next string, unescaped (UTF-8); valid until the next call.
    Text string();
    /// Skips one value of any type; returns its text.
    Text skip();
    ArrayItems array();
    ObjectMembers object();
    /// Checks that nothing but white space is left.
    void finish();

private:
    friend class ArrayItems;
    friend class ObjectMembers;

    void literal(const char* word);
    Text number_token();
    unsigned hex4();
    void escape();
    void keep(const char* data, std::size_t size);

    const char* text_;
    std::size_t size_;
    std::size_t pos_ = 0;
    char* scratch_ = nullptr;  // the last string, unescaped
    std::size_t scratch_size_ = 0;
    std::size_t scratch_capacity_ = 0;
};

// ------------------------------------------------------ the hot path, inline (see Reader)

inline char Reader::peek() {
    while (pos_ < size_ && (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' ||
                            text_[pos_] == '\t')) {
        ++pos_;
    }
    return pos_ < size_ ? text_[pos_] : '\0';
}

inline Text Reader::number_token() {
    peek();
    std::size_t start = pos_;
    while (pos_ < size_) {
        char c = text_[pos_];
        if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')) {
            break;
        }
        ++pos_;
    }
    if (pos_ == start) fail("expected a value");
    return Text{text_ + start, pos_ - start};
}

inline std::int64_t Reader::integer() {
    Text token = number_token();
    bool negative = token.data[0] == '-';
    std::size_t i = negative ? 1 : 0;
    if (i == token.size) fail("expected an integer");
    std::uint64_t magnitude = 0;
    std::uint64_t limit = negative ? 9223372036854775808ULL : 9223372036854775807ULL;
    for (; i < token.size; ++i) {
        char c = token.data[i];
        if (c < '0' || c > '9') fail("expected an integer");
        std::uint64_t digit = static_cast<std::uint64_t>(c - '0');
        if (magnitude > (limit - digit) / 10) fail("integer out of the 64-bit range");
        magnitude = magnitude * 10 + digit;
    }
    return negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
}

inline bool ArrayItems::next() {
    char c = reader_->peek();
    if (c == ']') {
        ++reader_->pos_;
        return false;
    }
    if (!first_) {
        if (c != ',') reader_->fail("expected ',' or ']'");
        ++reader_->pos_;
    }
    first_ = false;
    return true;
}

}  // namespace pyscape

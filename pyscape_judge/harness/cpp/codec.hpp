// PyScape C++ harness: the typed JSON conversions of arguments and answers.
//
// `from_json<T>(reader)` reads the value a parameter of type T receives; `to_json<T>(out, v)`
// writes an answer of type T. Supported: integers, double, bool, char, std::string,
// std::vector of those (nested), ListNode* (a JSON list) and TreeNode* (LeetCode's level
// order). Included by the driver only (its translation unit has the precompiled header).
#pragma once

#include <charconv>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "escape.hpp"
#include "json.hpp"
#include "nodes.hpp"

namespace pyscape {

/// More nodes than this in an answered tree means a cycle (or a runaway answer).
inline constexpr std::size_t max_tree_nodes = 1'000'000;

/// Appends `text` as a JSON string (quoted, escaped, always valid UTF-8).
inline void write_string(Output& out, std::string_view text) {
    out.push('"');
    escape_json(out, text.data(), text.size());
    out.push('"');
}

/// The shortest text that reads back as exactly `value`, always with a `.` or an exponent
/// (`1.0`, `0.1`, `1e+20`). NaN and infinities have no JSON form: an OutputError.
inline void write_double(Output& out, double value) {
    if (!std::isfinite(value)) {
        throw OutputError(std::isnan(value) ? "the answer holds NaN, which JSON cannot represent"
                                            : "the answer holds an infinity, which JSON cannot "
                                              "represent");
    }
    char buffer[32];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string_view text(buffer, static_cast<std::size_t>(result.ptr - buffer));
    out.append(text.data(), text.size());
    if (text.find_first_of(".e") == std::string_view::npos) out.append(".0", 2);
}

/// `Codec<T>::read(reader)` and `Codec<T>::write(out, value)`; undefined for other types.
template <class T>
struct Codec;

template <class T>
inline constexpr bool is_plain_integer =
    std::is_integral_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, char>;

template <class T>
    requires is_plain_integer<T>
struct Codec<T> {
    static T read(Reader& reader) {
        std::int64_t value = reader.integer();
        if (!std::in_range<T>(value)) {
            std::string message = "the integer " + std::to_string(value) + " is out of range";
            reader.fail(message.c_str());
        }
        return static_cast<T>(value);
    }
    static void write(Output& out, T value) {
        char buffer[24];
        auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        out.append(buffer, static_cast<std::size_t>(result.ptr - buffer));
    }
};

template <>
struct Codec<double> {
    static double read(Reader& reader) { return reader.number(); }
    static void write(Output& out, double value) { write_double(out, value); }
};

template <>
struct Codec<bool> {
    static bool read(Reader& reader) { return reader.boolean(); }
    static void write(Output& out, bool value) { out.append(value ? "true" : "false"); }
};

template <>
struct Codec<std::string> {
    static std::string read(Reader& reader) {
        Text text = reader.string();
        return std::string(text.data, text.size);
    }
    static void write(Output& out, const std::string& value) { write_string(out, value); }
};

template <>
struct Codec<char> {
    static char read(Reader& reader) {
        Text text = reader.string();
        if (text.size != 1) reader.fail("a char must be a string of one byte");
        return text.data[0];
    }
    static void write(Output& out, char value) { write_string(out, std::string_view(&value, 1)); }
};

template <class T>
struct Codec<std::vector<T>> {
    static std::vector<T> read(Reader& reader) {
        std::vector<T> values;
        auto items = reader.array();
        while (items.next()) values.push_back(Codec<T>::read(reader));
        return values;
    }
    static void write(Output& out, const std::vector<T>& values) {
        out.push('[');
        bool first = true;
        for (auto&& value : values) {  // a proxy for std::vector<bool>
            if (!first) out.push(',');
            first = false;
            if constexpr (std::is_same_v<T, bool>) {
                Codec<bool>::write(out, static_cast<bool>(value));
            } else {
                Codec<T>::write(out, value);
            }
        }
        out.push(']');
    }
};

template <>
struct Codec<ListNode*> {
    /// `[1,2,3]` (or null) to a new list.
    static ListNode* read(Reader& reader) {
        if (reader.null()) return nullptr;
        ListNode head;
        ListNode* tail = &head;
        auto items = reader.array();
        while (items.next()) {
            tail->next = new ListNode(Codec<int>::read(reader));
            tail = tail->next;
        }
        return head.next;
    }
    /// The values in order; a cycle is an OutputError (found by a pointer at half speed).
    static void write(Output& out, const ListNode* head) {
        out.push('[');
        const ListNode* slow = head;
        std::size_t count = 0;
        for (const ListNode* node = head; node != nullptr; node = node->next) {
            if (count > 0) {
                out.push(',');
                if (count % 2 == 0) slow = slow->next;
                if (node == slow) throw OutputError("the returned list has a cycle");
            }
            Codec<int>::write(out, node->val);
            ++count;
        }
        out.push(']');
    }
};

template <>
struct Codec<TreeNode*> {
    /// LeetCode's level order (`[3,9,20,null,null,15,7]`, or null) to a new tree.
    static TreeNode* read(Reader& reader) {
        if (reader.null()) return nullptr;
        std::vector<std::optional<int>> values;
        auto items = reader.array();
        while (items.next()) {
            if (reader.null()) {
                values.emplace_back();
            } else {
                values.emplace_back(Codec<int>::read(reader));
            }
        }
        return build(values);
    }

    /// Level order with the null children, trailing nulls trimmed.
    static void write(Output& out, const TreeNode* root) {
        std::vector<const TreeNode*> order;
        std::size_t nodes = 0;
        if (root != nullptr) order.push_back(root);
        for (std::size_t i = 0; i < order.size(); ++i) {
            const TreeNode* node = order[i];
            if (node == nullptr) continue;
            if (++nodes > max_tree_nodes) {
                throw OutputError("the returned tree has a cycle or more than 1000000 nodes");
            }
            order.push_back(node->left);
            order.push_back(node->right);
        }
        while (!order.empty() && order.back() == nullptr) order.pop_back();
        out.push('[');
        for (std::size_t i = 0; i < order.size(); ++i) {
            if (i > 0) out.push(',');
            if (order[i] == nullptr) {
                out.append("null", 4);
            } else {
                Codec<int>::write(out, order[i]->val);
            }
        }
        out.push(']');
    }

private:
    static TreeNode* build(const std::vector<std::optional<int>>& values) {
        if (values.empty() || !values[0]) return nullptr;
        TreeNode* root = new TreeNode(*values[0]);
        std::vector<TreeNode*> parents{root};
        std::size_t i = 1;
        for (std::size_t next = 0; next < parents.size() && i < values.size(); ++next) {
            for (TreeNode** child : {&parents[next]->left, &parents[next]->right}) {
                if (i < values.size() && values[i]) {
                    *child = new TreeNode(*values[i]);
                    parents.push_back(*child);
                }
                ++i;
            }
        }
        return root;
    }
};

/// The value of type `T` (a parameter's declared type) that `reader` holds next.
template <class T>
T from_json(Reader& reader) {
    return Codec<std::remove_cvref_t<T>>::read(reader);
}

/// Appends `value`, an answer of declared type `T`, to `out` as JSON.
template <class T>
void to_json(Output& out, const T& value) {
    Codec<T>::write(out, value);
}

}  // namespace pyscape

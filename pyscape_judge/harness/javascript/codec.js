'use strict';
// LeetCode's ListNode and TreeNode, and the JSON <-> value conversions driven by type strings.
// Type strings are canonical: `int`, `double`, `int[]`, `list<list<int>>`, `ListNode`...

const MAX_NODES = 1e6;
const PLAIN_TYPES = new Set(['int', 'long', 'double', 'boolean', 'string', 'char']);

// Taken before the user's code runs, which may replace them.
const stringify = JSON.stringify;
const byteLength = Buffer.byteLength.bind(Buffer);
const wellFormed = Function.prototype.call.bind(String.prototype.toWellFormed);

function ListNode(val, next) {
    this.val = (val === undefined ? 0 : val);
    this.next = (next === undefined ? null : next);
}

function TreeNode(val, left, right) {
    this.val = (val === undefined ? 0 : val);
    this.left = (left === undefined ? null : left);
    this.right = (right === undefined ? null : right);
}

function elementType(type) {
    if (type.endsWith('[]')) return type.slice(0, -2);
    if (type.startsWith('list<') && type.endsWith('>')) return type.slice(5, -1);
    return null;
}

function isMissing(value) {
    return value === null || value === undefined;
}

function arrayToList(values) {
    const dummy = new ListNode();
    let tail = dummy;
    for (const value of values) {
        tail.next = new ListNode(value);
        tail = tail.next;
    }
    return dummy.next;
}

function listToArray(head) {
    const values = [];
    for (let node = head; !isMissing(node); node = node.next) {
        if (values.length >= MAX_NODES) {
            throw new Error(`the returned list has a cycle or more than ${MAX_NODES} nodes`);
        }
        values.push(node.val);
    }
    return values;
}

function arrayToTree(values) {
    if (values.length === 0 || isMissing(values[0])) return null;
    const root = new TreeNode(values[0]);
    const queue = [root];
    let head = 0;
    let i = 1;
    while (head < queue.length && i < values.length) {
        const node = queue[head++];
        if (i < values.length && !isMissing(values[i])) {
            node.left = new TreeNode(values[i]);
            queue.push(node.left);
        }
        i++;
        if (i < values.length && !isMissing(values[i])) {
            node.right = new TreeNode(values[i]);
            queue.push(node.right);
        }
        i++;
    }
    return root;
}

function treeToArray(root) {
    const values = [];
    const queue = [root];
    let seen = 0;
    for (let head = 0; head < queue.length; head++) {
        const node = queue[head];
        if (isMissing(node)) {
            values.push(null);
            continue;
        }
        if (++seen > MAX_NODES) {
            throw new Error(`the returned tree has a cycle or more than ${MAX_NODES} nodes`);
        }
        values.push(node.val);
        queue.push(node.left, node.right);
    }
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    return values;
}

/** The argument the user's code receives for a JSON `value` of type `type`. */
function fromJson(value, type) {
    if (isMissing(value)) return null;
    if (type === 'ListNode') return arrayToList(value);
    if (type === 'TreeNode') return arrayToTree(value);
    const inner = elementType(type);
    if (inner !== null && !PLAIN_TYPES.has(inner)) return value.map((v) => fromJson(v, inner));
    return value;
}

/** The items of an array-like answer (arrays, typed arrays, sets...), or null. */
function itemsOf(value) {
    if (Array.isArray(value)) return value;
    if (typeof value === 'object' && typeof value[Symbol.iterator] === 'function') {
        return Array.from(value);
    }
    return null;
}

/** The JSON value for the user's answer `value` of declared type `type` (an empty list or tree is []). */
function toJson(value, type) {
    if (isMissing(value)) return (type === 'ListNode' || type === 'TreeNode') ? [] : null;
    if (type === 'ListNode') return listToArray(value);
    if (type === 'TreeNode') return treeToArray(value);
    const inner = elementType(type);
    if (inner === null) return value;
    // An array of plain values is its own JSON (no copy of a huge answer).
    if (PLAIN_TYPES.has(inner) && Array.isArray(value)) return value;
    const items = itemsOf(value);
    if (items === null) return value;
    const converted = new Array(items.length);
    for (let i = 0; i < items.length; i++) converted[i] = toJson(items[i], inner);
    return converted;
}

/**
 * JSON.stringify replacer: numbers JSON cannot carry raise instead of silently becoming
 * `null`; BigInts (for `long`) become numbers when they are exact; a lone surrogate becomes
 * U+FFFD (JSON.stringify would write it as an escape that is not UTF-8, which the host refuses).
 */
function strictJson(key, value) {
    if (typeof value === 'number' && !Number.isFinite(value)) {
        throw new Error(`${value} is not a finite number`);
    }
    if (typeof value === 'bigint') {
        const number = Number(value);
        if (!Number.isSafeInteger(number)) throw new Error(`${value}n is not a safe integer`);
        return number;
    }
    return typeof value === 'string' ? wellFormed(value) : value;
}

/** Thrown by answerJson for an answer whose JSON is longer than the output limit. */
class AnswerTooLong extends Error {}

/**
 * The JSON text of an answer (from toJson), at most `limit` bytes long; throws for a value
 * JSON cannot carry, AnswerTooLong past the limit. Every value takes at least a byte: once
 * that count is past the limit, the text is too, and stringify stops before it has built
 * (in memory) an answer of any size.
 */
function answerJson(value, limit) {
    let size = 0;
    const counted = (key, item) => {
        const strict = strictJson(key, item);
        size += typeof strict === 'string' ? strict.length + 1 : 1;
        if (size > limit) throw new AnswerTooLong();
        return strict;
    };
    const text = stringify(value, counted);
    if (text === undefined) return 'null'; // undefined, a function, a symbol
    if (byteLength(text, 'utf8') > limit) throw new AnswerTooLong();
    return text;
}

module.exports = {
    ListNode, TreeNode, MAX_NODES, fromJson, toJson, answerJson, AnswerTooLong,
    arrayToList, listToArray, arrayToTree, treeToArray,
};

// LeetCode's TypeScript globals, declared for the type-check (harness/typescript/tsc.js): the
// values are the JavaScript harness's (ListNode and TreeNode in codec.js; the libraries in
// globals.js, from the image's /opt/pyscape/node_modules). A global script: the user's file is
// a module of its own, so its own `class ListNode` or `const _` shadows these, as on LeetCode.

declare class ListNode {
    val: number;
    next: ListNode | null;
    constructor(val?: number, next?: ListNode | null);
}

declare class TreeNode {
    val: number;
    left: TreeNode | null;
    right: TreeNode | null;
    constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null);
}

declare var _: import('lodash').LoDashStatic;

declare var PriorityQueue: typeof import('@datastructures-js/priority-queue').PriorityQueue;
type PriorityQueue<T> = import('@datastructures-js/priority-queue').PriorityQueue<T>;
declare var MinPriorityQueue: typeof import('@datastructures-js/priority-queue').MinPriorityQueue;
type MinPriorityQueue<T> = import('@datastructures-js/priority-queue').MinPriorityQueue<T>;
declare var MaxPriorityQueue: typeof import('@datastructures-js/priority-queue').MaxPriorityQueue;
type MaxPriorityQueue<T> = import('@datastructures-js/priority-queue').MaxPriorityQueue<T>;
declare var Queue: typeof import('@datastructures-js/queue').Queue;
type Queue<T> = import('@datastructures-js/queue').Queue<T>;
declare var Deque: typeof import('@datastructures-js/deque').Deque;
type Deque<T> = import('@datastructures-js/deque').Deque<T>;

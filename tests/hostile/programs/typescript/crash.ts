// Crashes in the first test on a null node; types (erased by the compiler) shift no line: the
// error names the user's own line of solution.ts, 12, not solution.js's.
interface Walker {
    steps: number;
}

type Maybe<T> = T | null;

function add(a: number, b: number): number {
    const walker: Walker = { steps: a };
    const node: Maybe<ListNode> = null;
    return node!.val + walker.steps + b;
}

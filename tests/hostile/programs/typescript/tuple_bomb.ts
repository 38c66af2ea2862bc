// A compile-time bomb: a tuple type that doubles 20 times (a million elements). TypeScript
// refuses it (TS2799): compile_error.
type Twice<T extends unknown[]> = [...T, ...T];
type L1 = Twice<[0]>; type L2 = Twice<L1>; type L3 = Twice<L2>; type L4 = Twice<L3>;
type L5 = Twice<L4>; type L6 = Twice<L5>; type L7 = Twice<L6>; type L8 = Twice<L7>;
type L9 = Twice<L8>; type L10 = Twice<L9>; type L11 = Twice<L10>; type L12 = Twice<L11>;
type L13 = Twice<L12>; type L14 = Twice<L13>; type L15 = Twice<L14>; type L16 = Twice<L15>;
type L17 = Twice<L16>; type L18 = Twice<L17>; type L19 = Twice<L18>; type L20 = Twice<L19>;

const huge: L20 = [] as any;

function add(a: number, b: number): number {
    return a + b + huge.length * 0;
}

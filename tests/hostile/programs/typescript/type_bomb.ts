// A compile-time bomb: a type whose instantiation recurses 99999 times. TypeScript stops it
// (TS2589, after ~1.5 s of the compiler's CPU): compile_error, the judge unharmed.
type Repeat<T, N extends number, A extends T[] = []> =
    A['length'] extends N ? A : Repeat<T, N, [...A, T]>;

const big: Repeat<0, 99999> = [];

function add(a: number, b: number): number {
    return a + b;
}

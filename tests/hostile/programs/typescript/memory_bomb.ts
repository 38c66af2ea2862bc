// Memory bomb: 32 MB buffers, touched, until the sandbox's memory limit kills Node.
function add(a: number, b: number): number {
    const hog: Buffer[] = [];
    for (;;) hog.push(Buffer.alloc(1 << 25, 1));
}

// Self-test of the pyscape/typescript image: compiled with the image's TypeScript, it copies
// stdin to stdout.
const input: NodeJS.ReadableStream = process.stdin;
input.pipe(process.stdout);

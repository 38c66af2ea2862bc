// Self-test of the pyscape/javascript image: copies stdin to stdout.
process.stdin.pipe(process.stdout);

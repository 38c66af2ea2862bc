// Opens a TCP connection, resolves a name and asks the Docker API over TCP, in a child Node
// run while the module loads (the tests run synchronously: no event loop turns during them).
// The tests return how many of the attempts worked (must be 0).
const { spawnSync } = require('child_process');

const ATTEMPTS = `
let worked = 0, pending = 3;
const done = (ok) => { worked += ok ? 1 : 0; if (--pending === 0) process.exit(worked); };
require('net').connect(53, '1.1.1.1').on('connect', () => done(true)).on('error', () => done(false));
require('dns').lookup('example.com', (error) => done(!error));
require('http').get('http://172.17.0.1:2375/version', () => done(true)).on('error', () => done(false));
setTimeout(() => process.exit(worked), 1000); // what has not answered by now did not work
`;
const worked = spawnSync(process.execPath, ['-e', ATTEMPTS], { timeout: 4000 }).status;

var add = function (a, b) {
    return worked;
};

'use strict';
// The work directory: where the harness writes the user's program and a stdio test's files,
// and where the programs run. The boot shell unpacks the prime there and starts the harness
// in it; a harness the image holds (read-only) is started straight away and makes it here.

const fs = require('fs');

const WORK = process.env.PYSCAPE_WORK || '/tmp/w';
fs.mkdirSync(WORK, { recursive: true });
process.chdir(WORK);

module.exports = { WORK };

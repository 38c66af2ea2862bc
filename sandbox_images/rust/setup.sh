#!/bin/sh
# Runs inside the new root of the pyscape/rust image after its packages are installed:
# by chroot for the offline build (pyscape_judge/images.py), by RUN in the Dockerfile.
set -eu

# The judge's harness crate (pyscape_judge/harness/rust/pyscape, copied to
# /opt/pyscape/harness by the build), compiled once here into an rlib: each submission
# compiles only the user's code and a small generated driver against it.
mkdir -p /opt/pyscape/rust
rustc --edition 2021 --crate-type rlib --crate-name pyscape -C opt-level=2 \
    -C overflow-checks=on -C debuginfo=0 -C panic=unwind -C codegen-units=1 \
    -o /opt/pyscape/rust/libpyscape.rlib /opt/pyscape/harness/rust/pyscape/lib.rs
chmod -R a+rX /opt/pyscape/rust
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

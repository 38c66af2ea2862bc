#!/bin/sh
# Runs inside the new root of the pyscape/python image after its packages are installed:
# by chroot for the offline build (pyscape_judge/images.py), by RUN in the Dockerfile.
set -eu

python3 -c 'import sortedcontainers'

# The judge's harness (pyscape_judge/harness/python, copied to /opt/pyscape/harness by the
# build; the image's tag carries its hash), compiled once here: a sandbox loads it from the
# .pyc files instead of compiling about 800 lines at every start. The image never changes, so
# the .pyc files are not checked against their sources. prelude_names.py says which module gives
# each name of LeetCode's header, in this Python: a sandbox imports only the modules of the
# names a program holds (harness/python/prelude.py).
(cd /opt/pyscape/harness/python && python3 -I -c 'import sys; sys.path.insert(0, ".")
import prelude; prelude.write_providers("prelude_names.py")')
python3 -m compileall -q --invalidation-mode unchecked-hash /opt/pyscape/harness/python
chmod -R a+rX /opt/pyscape/harness

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

#!/bin/sh
# Runs inside the new root of the pyscape/cpp image after its packages are installed:
# by chroot for the offline build (pyscape_judge/images.py), by RUN in the Dockerfile.
set -eu

# `clang` and `clang++` as plain names: clang-19 ships only clang-19 and clang++-19.
for tool in clang clang++; do
    [ -e "/usr/bin/$tool" ] || ln -s "$tool-19" "/usr/bin/$tool"
done

# A precompiled bits/stdc++.h. Use it with the SAME -std and -O flags it was built with
# (clang refuses the PCH otherwise: "__OPTIMIZE__ predefined macro was enabled in PCH file"):
#     clang++ -std=c++23 -O2 -include-pch /opt/pyscape/stdc++.h.pch x.cpp -o x
# The PCH stands for `#include <bits/stdc++.h>`; a source may include it (or any standard
# header) again: each header inside has an include guard, so that costs next to nothing.
# Other flags (-Wall, -D..., -g) can be added freely.
header=$(printf '#include <bits/stdc++.h>\n' \
    | clang++ -std=c++23 -x c++ -E -H -o /dev/null - 2>&1 | sed -n 's/^\. //p' | head -n 1)
[ -n "$header" ] || { echo "setup.sh: bits/stdc++.h not found" >&2; exit 1; }
header=$(realpath "$header")
mkdir -p /opt/pyscape
clang++ -std=c++23 -O2 -x c++-header "$header" -o /opt/pyscape/stdc++.h.pch
chmod 0644 /opt/pyscape/stdc++.h.pch

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

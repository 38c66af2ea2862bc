#!/bin/sh
# Runs inside the new root of the pyscape/java image after its packages are installed:
# by chroot for the offline build (pyscape_judge/images.py), by RUN in the Dockerfile.
set -eu

# java and javac of JDK 21 on PATH (Debian's alternatives put them in /usr/bin).
for tool in java javac; do
    "$tool" -version 2>&1 | grep -Eq '[" ]21[.]' || { echo "setup.sh: $tool is not JDK 21" >&2; exit 1; }
done

# The jmods are for jlink only (82 MB): javac and java don't need them.
rm -rf /usr/lib/jvm/java-21-openjdk-*/jmods

# The judge's runner (pyscape_judge/harness/java/pyscape, copied to /opt/pyscape/harness by the
# build), compiled once here rather than by every sandbox's JVM at its start: that compile cost
# each warm sandbox about 1.5 s of CPU. The judge starts `java -cp /opt/pyscape/java-runner`.
javac -nowarn -Xlint:none -proc:none -d /opt/pyscape/java-runner /opt/pyscape/harness/java/pyscape/*.java
# LeetCode's javafx.util.Pair (pyscape_judge/harness/java/javafx), next to the runner: the
# runner's class path is javac's and the JVM's, so the user's code finds it there.
javac -nowarn -Xlint:none -proc:none -d /opt/pyscape/java-runner /opt/pyscape/harness/java/javafx/util/*.java
chmod -R a+rX /opt/pyscape/java-runner
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

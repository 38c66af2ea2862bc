#!/bin/sh
# Runs inside the new root of the pyscape/go image after its packages are installed:
# by chroot for the offline build (pyscape_judge/images.py), by RUN in the Dockerfile.
#
# A sandbox compiles a submission with the toolchain's own compile and link (what `go build`
# runs), never the `go` command: no build cache to write, no standard library built per
# submission. What they need is made here, once:
#   /opt/pyscape/go/bin/{compile,link}  the toolchain's tools
#   /opt/pyscape/go/pkg/<path>.a        every standard package, built as `go build` builds it
#                                       (CGO_ENABLED=0: the image has no C compiler)
#   /opt/pyscape/go/pkg/pyscape.a       the judge's runtime (pyscape_judge/harness/go/pyscape)
#   /opt/pyscape/go/importcfg           `packagefile <path>=<archive>` for all of them
#   /opt/pyscape/go/goprep              the judge's preparer of a submission's file
#                                       (pyscape_judge/harness/go/goprep): package clause,
#                                       the standard imports it uses, its own line numbers
set -eu

# `go` on PATH: golang-1.24-go ships it in /usr/lib/go-1.24/bin only (golang-go adds the link).
[ -e /usr/bin/go ] || ln -s ../lib/go-1.24/bin/go /usr/bin/go
go version | grep -q ' go1\.24' || { echo "setup.sh: go is not Go 1.24" >&2; exit 1; }
out=/opt/pyscape/go
mkdir -p "$out/bin" "$out/pkg"
tools=$(go env GOTOOLDIR)
ln -sf "$tools/compile" "$out/bin/compile"
ln -sf "$tools/link" "$out/bin/link"

# The standard library, built by the go command into a throw-away cache, then copied out.
build=$(mktemp -d)
export GOCACHE="$build/cache" GOPATH="$build/path" CGO_ENABLED=0 GOFLAGS= GO111MODULE=off
go list -export -f '{{if .Export}}{{.ImportPath}} {{.Export}}{{end}}' std > "$build/std"
: > "$out/importcfg"
while read -r path archive; do
    mkdir -p "$(dirname "$out/pkg/$path")"
    cp "$archive" "$out/pkg/$path.a"
    echo "packagefile $path=$out/pkg/$path.a" >> "$out/importcfg"
done < "$build/std"

# The judge's runtime package and the preparer, compiled and linked as submissions are.
harness=/opt/pyscape/harness/go
"$out/bin/compile" -p pyscape -importcfg "$out/importcfg" -complete -pack \
    -o "$out/pkg/pyscape.a" "$harness"/pyscape/*.go
echo "packagefile pyscape=$out/pkg/pyscape.a" >> "$out/importcfg"
"$out/bin/compile" -p main -importcfg "$out/importcfg" -complete -pack \
    -o "$build/goprep.a" "$harness"/goprep/*.go
"$out/bin/link" -importcfg "$out/importcfg" -s -w -o "$out/goprep" "$build/goprep.a"
rm -rf "$build" /opt/pyscape/harness
chmod -R a+rX "$out"

# What a submission's compile never reads, gone (about 240 MB of the image): the standard
# library's sources and tests (compile reads the prebuilt archives; the runtime's panics name
# GOROOT's files, which need not exist), the API lists, and every tool but compile and link
# (`go` stays: the image's version is `go version`). lib/time/zoneinfo.zip stays.
goroot=$(go env GOROOT)
for dir in src test api; do rm -rf "$(readlink -f "$goroot/$dir")"; done
find "$tools" -mindepth 1 -maxdepth 1 ! -name compile ! -name link -exec rm -rf {} +

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

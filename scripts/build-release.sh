#!/usr/bin/env bash
# Builds the release binary the way it is meant to be shipped: one fully static executable (Swift runtime,
# Foundation, SQLite, libxml2, ICU, zlib and liblzma linked in) that needs no shared library at run time, only its
# resource bundle (Quotebase_QuotebaseCore.resources) beside it. It starts without a dynamic loader, and start-up
# is most of what a one-shot query costs: against the shared-library build `quotebase --version` takes half the
# time and a `quotes` query about two thirds.
#
#   scripts/build-release.sh          prints the path of the binary on stdout
#
# Needs the static archives of the system libraries (Debian: libsqlite3-dev, libxml2-dev, libicu-dev, zlib1g-dev,
# liblzma-dev); libicu-dev is installed with apt-get when its archives are missing, since only this build needs it.
# `swift build` (tests, `swift run`) is unaffected and keeps using the shared libraries.
set -euo pipefail
cd "$(dirname "$0")/.."
SCRATCH=${SCRATCH:-.build-release-static}

libdir=/usr/lib/$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)
if [ ! -f "$libdir/libicuuc.a" ]; then
  echo "build-release: installing libicu-dev (static ICU for libxml2)" >&2
  { apt-get install -y -qq libicu-dev || { apt-get update -qq && apt-get install -y -qq libicu-dev; }; } >/dev/null
fi

# libxml2.a needs ICU and liblzma, ICU needs the C++ runtime: static archives do not bring their dependencies.
flags=(-c release --product quotebase --static-swift-stdlib -Xswiftc -static-executable --scratch-path "$SCRATCH"
       -Xlinker -licuuc -Xlinker -licudata -Xlinker -llzma -Xlinker -lstdc++ -Xlinker -lm)
# glibc warns that getpwnam and dlopen in a static binary need its shared libraries at run time; we call neither.
swift build "${flags[@]}" 2>&1 | grep -v -e "statically linked applications requires at runtime" -e "mktemp' is dangerous" >&2 || true
bin="$(swift build "${flags[@]}" --show-bin-path)/quotebase"
[ -x "$bin" ] || { echo "build-release: the build failed" >&2; exit 1; }
echo "$bin"

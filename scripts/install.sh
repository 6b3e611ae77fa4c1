#!/usr/bin/env bash
# Builds the release binary and installs a self-contained `quotebase` on PATH:
#
#   scripts/install.sh [PREFIX]        default PREFIX: $PREFIX, else ~/.local
#
# PREFIX/lib/quotebase/ holds the binary, its resource bundle (language profiles, gazetteers, lexicons, tagger
# models: Quotebase_QuotebaseCore.resources, which the binary looks for beside itself) and the demo's articles
# (Fixtures/articles); PREFIX/bin/quotebase is a symbolic link to the binary. Nothing else is written; the build folder can be deleted afterwards.
#
# The binary is the fully static build of scripts/build-release.sh (no shared library needed at run time). When
# that build is not possible (no static system libraries), the plain release build is installed instead, which
# needs the Swift toolchain's shared libraries at run time; the script says so.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-${PREFIX:-$HOME/.local}}
case $prefix in
  -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

started=$(date +%s)
if bin=$(scripts/build-release.sh); then
  kind="static"
else
  echo "install: the static build failed; installing the plain release build (needs the Swift runtime libraries)" >&2
  swift build -c release --product quotebase >&2
  bin="$(swift build -c release --product quotebase --show-bin-path)/quotebase"
  kind="dynamic"
fi
bundle=$(dirname "$bin")/Quotebase_QuotebaseCore.resources
[ -d "$bundle" ] || { echo "install: $bundle is missing after the build" >&2; exit 1; }

lib=$prefix/lib/quotebase
mkdir -p "$lib" "$prefix/bin"
# Into a new folder first, then renamed over the old one: an install that stops halfway leaves the previous one.
staging=$(mktemp -d "$prefix/lib/.quotebase-install.XXXXXX")
chmod 755 "$staging"   # mktemp makes it private; everyone may run what is installed
trap 'rm -rf "$staging"' EXIT
cp "$bin" "$staging/quotebase"
cp -R "$bundle" "$staging/"
mkdir -p "$staging/Fixtures" && cp -R Fixtures/articles "$staging/Fixtures/"   # what `quotebase demo` ingests
rm -rf "$lib.old"
[ -e "$lib" ] && mv "$lib" "$lib.old"
mv "$staging" "$lib"
rm -rf "$lib.old"
ln -sfn "../lib/quotebase/quotebase" "$prefix/bin/quotebase"

"$prefix/bin/quotebase" --version >/dev/null
echo "installed quotebase $("$prefix/bin/quotebase" --version) ($kind) in $prefix/bin/quotebase in $(( $(date +%s) - started ))s"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on PATH; add it, e.g. echo 'export PATH=\"$prefix/bin:\$PATH\"' >> ~/.bashrc" ;;
esac

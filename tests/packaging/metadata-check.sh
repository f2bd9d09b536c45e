#!/usr/bin/env bash
# Usage: metadata-check.sh SOURCE_DIR BUILD_DIR — the desktop entry and the AppStream metainfo
# as installed are valid, and the metainfo's release is the project's version.
set -euo pipefail
src=${1:?}
build=${2:?}
fail() { echo "FAIL: $*" >&2; exit 1; }
desktop=$src/packaging/linux/nl.kluis.Kluis.desktop
metainfo=$build/packaging/nl.kluis.Kluis.metainfo.xml
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate has remarks: $out"
echo "desktop-file-validate: clean"
appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli validate"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
grep -q "<release version=\"$version\"" "$metainfo" || fail "metainfo has no release $version"
for lang in nl de fr; do
    grep -q "^Name\[$lang\]=" "$desktop" && grep -q "^Comment\[$lang\]=" "$desktop" \
        || fail "desktop entry lacks Name/Comment[$lang]"
done
echo "PASS"

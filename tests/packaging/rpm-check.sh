#!/usr/bin/env bash
# Usage: rpm-check.sh BUILD_DIR — builds the .rpm with CPack and checks what an RPM system
# would see: requires computed from the programs' ELF sonames, the files, version and licence.
set -euo pipefail
build=$(cd "${1:?usage: rpm-check.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }
"$here/build-package.sh" "$build" RPM
rpm=$(ls "$build"/kluis-*.rpm)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
echo "== rpm -qp --requires"
requires=$(rpm -qp --requires "$rpm")
echo "$requires"
for lib in libQt6Widgets.so.6 libQt6Network.so.6 libQt6HttpServer.so.6 libqt6keychain.so.1 libcrypto.so.3; do
    grep -q "^$lib" <<<"$requires" || fail "no computed requirement on $lib"
done
[ "$(rpm -qp --queryformat '%{VERSION} %{LICENSE}' "$rpm")" = "$version GPL-3.0-or-later" ] \
    || fail "version or licence: $(rpm -qp --queryformat '%{VERSION} %{LICENSE}' "$rpm")"
files=$(rpm -qpl "$rpm")
for f in /usr/bin/kluis /usr/bin/kluisctl /usr/bin/kluis-emulator \
    /usr/share/applications/nl.kluis.Kluis.desktop /usr/share/metainfo/nl.kluis.Kluis.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/nl.kluis.Kluis.svg \
    /usr/share/icons/hicolor/512x512/apps/nl.kluis.Kluis.png /usr/share/man/man1/kluis.1.gz; do
    grep -qx "$f" <<<"$files" || fail "$f is not in the .rpm"
done
# Directories the filesystem package owns must not be claimed.
! grep -qx -e /usr/share/applications -e /usr/share/icons -e /usr/bin <<<"$files" \
    || fail "the .rpm claims a system directory"
echo "PASS: $(basename "$rpm")"

#!/usr/bin/env bash
# Usage: build-package.sh BUILD_DIR DEB|RPM — runs CPack in the (built) build tree, leaving
# kluis_VERSION_ARCH.deb or kluis-VERSION-1.ARCH.rpm there. CPack builds nothing itself
# (CMAKE_SKIP_INSTALL_ALL_DEPENDENCY): the tests run after the build, like every other test.
set -euo pipefail
build=${1:?}
generator=${2:?}
cd "$build"
rm -f kluis_*.deb kluis-*.rpm
echo "== cpack -G $generator"
cpack -G "$generator" > "packaging-test-cpack-$generator.log" 2>&1 \
    || { cat "packaging-test-cpack-$generator.log"; exit 1; }
grep -E 'package: .* generated' "packaging-test-cpack-$generator.log"

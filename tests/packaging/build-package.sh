#!/usr/bin/env bash
# Usage: build-package.sh BUILD_DIR DEB|RPM — runs CPack in the build tree (after bringing the
# programs up to date), leaving kluis_VERSION_ARCH.deb or kluis-VERSION.ARCH.rpm there.
set -euo pipefail
build=${1:?}
generator=${2:?}
cd "$build"
cmake --build . --target kluis kluisctl kluis-emulator kluis_packaging_files > /dev/null
rm -f kluis_*.deb kluis-*.rpm
echo "== cpack -G $generator"
cpack -G "$generator" > "packaging-test-cpack-$generator.log" 2>&1 \
    || { cat "packaging-test-cpack-$generator.log"; exit 1; }
grep -E 'package: .* generated' "packaging-test-cpack-$generator.log"

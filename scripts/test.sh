#!/usr/bin/env bash
# Installs what is needed, builds Kluis and runs every test suite: first the CI build
# (warnings are errors), clang-tidy over the sources the last commit changed (scripts/lint.sh),
# the tests and the .deb/.rpm packages, then the unit, emulator and integration tests again
# under AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

jobs=$(nproc)
status=0
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
scripts/lint.sh "${KLUIS_LINT_BASE:-HEAD~1}" || status=$?
scripts/with-keyring.sh ctest --preset ci -j "$jobs" || status=$?
# The .deb and .rpm from the ci tree; the .deb is installed into a fresh Debian 12 root.
ctest --preset packaging || status=$?

if [ "${KLUIS_SKIP_ASAN:-0}" != 1 ]; then
    cmake --preset asan >/dev/null
    cmake --build --preset asan -j "$jobs"
    scripts/with-keyring.sh ctest --preset asan -j "$jobs" || status=$?
fi
exit "$status"

#!/usr/bin/env bash
# clang-tidy (.clang-tidy's checks, findings are errors) over the C++ sources of app/ and ui/
# that changed since BASE (default: the commit before HEAD), using the ci build's compile
# commands. Usage: scripts/lint.sh [BASE]; scripts/test.sh runs it after the ci build.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-HEAD~1}
build=${KLUIS_LINT_BUILD:-build/ci}
if ! git rev-parse -q --verify "$base^{commit}" >/dev/null; then
    echo "lint: no commit $base to compare with; nothing to check"
    exit 0
fi
mapfile -t files < <(git diff --name-only --diff-filter=AMR "$base" -- 'app/*.cpp' 'ui/*.cpp' |
    grep -v '^app/emulator/' || true)
if [ "${#files[@]}" -eq 0 ]; then
    echo "lint: no C++ source of app/ or ui/ changed since $base"
    exit 0
fi
# GCC's coroutine switch means nothing to clang: a copy of the compile commands without it.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed 's/ -fcoroutines//g' "$build/compile_commands.json" >"$work/compile_commands.json"
echo "lint: clang-tidy over ${#files[@]} file(s) changed since $base"
status=0
printf '%s\n' "${files[@]}" |
    xargs -P "$(nproc)" -n 4 clang-tidy -p "$work" --quiet --extra-arg=-Wno-unknown-warning-option >"$work/findings" 2>&1 || status=$?
grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter' \
    "$work/findings" || true
[ "$status" -eq 0 ] && echo "lint: clean"
exit "$status"

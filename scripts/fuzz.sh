#!/usr/bin/env bash
# Fuzzes the parsers of outside input (tests/fuzz): builds every target with clang, libFuzzer,
# AddressSanitizer and UndefinedBehaviorSanitizer in build/fuzz, runs each for SECONDS (default
# 600) one after another, and prints the executions and findings per target.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 60 fuzz_pkcs12
#
# KLUIS_FUZZ_PARALLEL=N runs N targets at a time (default 1), each still for SECONDS.
#
# Each target starts from its committed corpus (tests/fuzz/corpus/NAME) and writes what it
# finds new to build/fuzz/runs/NAME/new, never to the corpus. A finding (crash, sanitizer
# report, timeout, out-of-memory, leak) stops that target and leaves the input in
# build/fuzz/runs/NAME/artifacts/; replay it with `build/fuzz/bin/TARGET FILE`. After the fix,
# keep a small reproducer in the corpus so every build replays it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-600}
shift || true
build="$root/build/fuzz"
jobs=${KLUIS_FUZZ_JOBS:-2}

missing=()
command -v clang++ >/dev/null 2>&1 || missing+=(clang)
compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null ||
    missing+=(libclang-rt-14-dev)
if ((${#missing[@]})); then
    echo "fuzz: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

targets=("$@")
if ((${#targets[@]} == 0)); then
    # The list CMake builds, in its order.
    mapfile -t targets < <(sed -n '/^set(KLUIS_FUZZ_TARGETS/,/)/p' "$root/tests/fuzz/CMakeLists.txt" |
        grep -o 'fuzz_[a-z0-9_]*')
fi

# Optimised, or the fuzzer spends its time in -O0 Qt wrappers; the window is not needed.
CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DKLUIS_FUZZ=ON -DKLUIS_BUILD_GUI=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

# Sanitizer reports end the run as findings; the fuzzer's own limits catch hangs and bloat.
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
parallel=${KLUIS_FUZZ_PARALLEL:-1}
fuzz_one() {
    local target=$1 name=${1#fuzz_} result=0 executions findings
    local run="$build/runs/$name"
    rm -rf "$run"
    mkdir -p "$run/new" "$run/artifacts"
    echo "fuzz: $target for ${seconds} s"
    "$build/bin/$target" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$run/artifacts/" \
        "$run/new" "$root/tests/fuzz/corpus/$name" >"$run/log" 2>&1 || result=$?
    executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$run/log" |
        grep -o '[0-9]*$' | tail -1 || true)
    if [ -z "$executions" ]; then
        # A run cut short by a finding prints no final stats: take the last progress line.
        executions=$(grep -o '^#[0-9]*' "$run/log" | tr -d '#' | tail -1 || true)
    fi
    findings=$(find "$run/artifacts" -type f | wc -l)
    if ((result != 0 && findings == 0)); then
        findings=1 # the fuzzer failed without leaving an input: see the log
    fi
    printf '%-24s %12s executions  %d findings  %s\n' "$target" "${executions:-0}" \
        "$findings" "$(find "$run/new" -type f | wc -l) new inputs" >"$run/summary"
}

for target in "${targets[@]}"; do
    while (($(jobs -rp | wc -l) >= parallel)); do
        wait -n || true
    done
    fuzz_one "$target" &
done
wait

summary=()
status=0
for target in "${targets[@]}"; do
    line=$(cat "$build/runs/${target#fuzz_}/summary" 2>/dev/null || echo "$target: no result")
    [[ $line == *" 0 findings"* ]] || status=1
    summary+=("$line")
done

echo
echo "fuzz: ${seconds} s per target, ${parallel} at a time, $(date -u +%Y-%m-%d), $(nproc) CPUs, logs in $build/runs"
printf '%s\n' "${summary[@]}"
exit "$status"

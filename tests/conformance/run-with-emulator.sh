#!/usr/bin/env bash
# Runs one conformance test command against a fresh kluis-emulator.
#
#   run-with-emulator.sh EMULATOR [--emulator-arg ARG]... -- COMMAND [ARGS...]
#
# Starts EMULATOR in memory on an ephemeral port with faults enabled, waits for cloud.json,
# then runs COMMAND in a private mount namespace whose /etc/hosts maps the emulator's host
# names (glibc, and so Node and Python, does not resolve *.localhost by itself). The machine's
# /etc/hosts is never touched. COMMAND sees:
#   KLUIS_CLOUD_JSON     path of the emulator's cloud.json
#   NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE, SSL_CERT_FILE   the emulator's CA (caFile)
# The emulator is always stopped on exit; its log is printed when the command fails.
set -euo pipefail

if (($# < 3)); then
    echo "usage: $0 EMULATOR [--emulator-arg ARG]... -- COMMAND [ARGS...]" >&2
    exit 2
fi
emulator=$1
shift
extra_args=()
while (($#)) && [ "$1" != "--" ]; do
    case $1 in
    --emulator-arg)
        extra_args+=("$2")
        shift 2
        ;;
    *)
        echo "run-with-emulator: unknown option $1" >&2
        exit 2
        ;;
    esac
done
[ "${1:-}" = "--" ] && shift
if (($# == 0)); then
    echo "run-with-emulator: no command given" >&2
    exit 2
fi

if [ -f package.json ] && [ ! -d node_modules/@azure/identity ]; then
    echo "run-with-emulator: the npm packages are missing in $PWD: run scripts/install-deps.sh" >&2
    exit 1
fi

work=$(mktemp -d)
emulator_pid=
cleanup() {
    if [ -n "$emulator_pid" ] && kill -0 "$emulator_pid" 2>/dev/null; then
        kill "$emulator_pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$emulator_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$emulator_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$emulator" --data-dir "$work/data" --listen 127.0.0.1:0 --in-memory --enable-faults \
    "${extra_args[@]}" >"$work/emulator.log" 2>&1 &
emulator_pid=$!

cloud="$work/data/cloud.json"
for _ in $(seq 300); do
    [ -s "$cloud" ] && break
    if ! kill -0 "$emulator_pid" 2>/dev/null; then
        echo "run-with-emulator: kluis-emulator exited before writing cloud.json:" >&2
        cat "$work/emulator.log" >&2
        exit 1
    fi
    sleep 0.1
done
if [ ! -s "$cloud" ]; then
    echo "run-with-emulator: no cloud.json after 30 s" >&2
    cat "$work/emulator.log" >&2
    exit 1
fi

hosts="$work/hosts"
{
    echo "127.0.0.1 localhost"
    echo "::1 localhost ip6-localhost ip6-loopback"
    /usr/bin/python3 -c 'import json, sys
for name, address in json.load(open(sys.argv[1]))["hosts"].items():
    print(address, name)' "$cloud"
} >"$hosts"
ca=$(/usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["caFile"])' "$cloud")

export KLUIS_CLOUD_JSON="$cloud"
export NODE_EXTRA_CA_CERTS="$ca" REQUESTS_CA_BUNDLE="$ca" SSL_CERT_FILE="$ca"
# The SDKs honour proxy variables; the emulator is on loopback and must be reached directly.
unset HTTP_PROXY HTTPS_PROXY ALL_PROXY http_proxy https_proxy all_proxy NO_PROXY no_proxy

# As root a private mount namespace is enough; otherwise map the user to root in a new user
# namespace so the bind mount is allowed.
unshare_args=(-m)
[ "$(id -u)" = 0 ] || unshare_args=(-r -m)

status=0
unshare "${unshare_args[@]}" bash -c 'mount --bind "$0" /etc/hosts && exec "$@"' "$hosts" "$@" || status=$?
if ((status != 0)); then
    echo "---- kluis-emulator log ----" >&2
    cat "$work/emulator.log" >&2
fi
exit "$status"

#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so QtKeychain
# talks to a real Secret Service. Usage: scripts/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
if [ -z "${KLUIS_IN_KEYRING:-}" ]; then
    exec dbus-run-session -- env KLUIS_IN_KEYRING=1 "$0" "$@"
fi
HOME=$(mktemp -d)
XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
export HOME XDG_RUNTIME_DIR
# An empty password makes gnome-keyring prompt and fail; any fixed one does for tests.
eval "$(printf '%s' kluis-test-keyring | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"

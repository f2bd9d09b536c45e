#!/usr/bin/env bash
# Regenerates packaging/man/*.1 from the programs' own --help and --version (help2man), so the
# pages say what the programs say. Run after changing an option:
#   packaging/scripts/generate-manpages.sh build/dev/bin
set -euo pipefail
bin=$(cd "${1:?usage: generate-manpages.sh BIN_DIR}" && pwd)
out=$(cd "$(dirname "$0")/../man" && pwd)
export PATH="$bin:$PATH" QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
version=$(kluis-emulator --version | awk '{print $2}')

page() { # program, one-line name, extra sections file
    help2man --no-info --section=1 --version-string="$version" --source="Kluis $version" \
        --name="$2" --include="$out/$1.h2m" --output="$out/$1.1" "$1"
}
page kluis "desktop manager for Azure Key Vault"
page kluisctl "command-line client for Azure Key Vault"
page kluis-emulator "local Azure Key Vault, Resource Manager and token service"

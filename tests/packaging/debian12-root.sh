#!/usr/bin/env bash
# Usage: debian12-root.sh CACHE_DIR
# Makes CACHE_DIR/base, a minimal Debian 12 root from the mirror the host's apt uses, once, and
# prints nothing else. Later runs copy it into a fresh root; the base itself stays untouched.
set -euo pipefail
cache=${1:?usage: debian12-root.sh CACHE_DIR}
base=$cache/base

# The host's apt sources for bookworm (one-line and deb822 formats): URI and suite per line.
mirror_uris() {
    {
        for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
            [ -f "$f" ] || continue
            awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) { print $i, $(i+1); break } }' "$f"
        done
        for f in /etc/apt/sources.list.d/*.sources; do
            [ -f "$f" ] || continue
            awk 'BEGIN { RS = ""; FS = "\n" }
                 { uris = ""; suites = ""; types = ""
                   for (i = 1; i <= NF; i++) {
                       if ($i ~ /^Types:/) types = " " $i " "
                       if ($i ~ /^URIs:/) { uris = $i; sub(/^URIs:[ \t]*/, "", uris) }
                       if ($i ~ /^Suites:/) { suites = $i; sub(/^Suites:[ \t]*/, "", suites) } }
                   if (types !~ / deb /) next
                   split(uris, u, " "); split(suites, s, " ")
                   for (j in s) print u[1], s[j] }' "$f"
        done
        true
    } | awk '$2 ~ /^bookworm/'
}

if [ ! -f "$base/.kluis-base-ready" ]; then
    main=$(mirror_uris | awk '$2 == "bookworm" { print $1; exit }')
    [ -n "$main" ] || { echo "no bookworm mirror in the host's apt sources" >&2; exit 1; }
    echo "debian12-root: debootstrap bookworm from $main into $base"
    rm -rf "$base"
    mkdir -p "$cache"
    debootstrap --variant=minbase bookworm "$base" "$main" > "$cache/debootstrap.log" 2>&1 \
        || { tail -20 "$cache/debootstrap.log" >&2; exit 1; }
    # Same suites as the host (updates, security), so the package's dependency versions resolve.
    mirror_uris | awk '{ print "deb", $1, $2, "main" }' | sort -u > "$base/etc/apt/sources.list"
    rm -rf "$base"/var/cache/apt/archives/*.deb
    touch "$base/.kluis-base-ready"
fi

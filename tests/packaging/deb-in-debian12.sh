#!/usr/bin/env bash
# Usage: deb-in-debian12.sh BUILD_DIR
# Builds the .deb with CPack, checks it with lintian, installs it with apt into a fresh Debian 12
# root (debootstrap, cached under BUILD_DIR/packaging-test) and there runs the three programs and
# kluis's window under Xvfb against kluis-emulator, with a screenshot as the proof.
set -euo pipefail
build=$(cd "${1:?usage: deb-in-debian12.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
cache=$build/packaging-test
root=$cache/root
if [ "$(id -u)" != 0 ]; then
    echo "SKIP: debootstrap and chroot need root"
    exit 77
fi

fail() { echo "FAIL: $*" >&2; exit 1; }
mkdir -p "$cache/archives"

# 1. The package, and lintian on it.
"$here/build-package.sh" "$build" DEB
deb=$(ls "$build"/kluis_*.deb)
echo "== lintian $(basename "$deb")"
lintian --fail-on error --suppress-tags-from-file "$here/lintian-accepted.txt" "$deb" \
    | tee "$cache/lintian.txt"
echo "lintian: no errors"

# 2. A fresh Debian 12 root from the cached base.
"$here/debian12-root.sh" "$cache"
xvfb_pid=""
cleanup() {
    set +e
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    if [ -d "$root/proc" ]; then
        # Whatever still runs inside the root (emulator, kluis) goes before the unmount.
        for p in /proc/[0-9]*; do
            [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill -9 "${p#/proc/}" 2>/dev/null
        done
        mountpoint -q "$root/proc" && umount -l "$root/proc"
    fi
}
trap cleanup EXIT
mountpoint -q "$root/proc" 2>/dev/null && umount -l "$root/proc"
rm -rf "$root"
cp -a "$cache/base" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$cache"/archives/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true
mount -t proc proc "$root/proc"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }

# 3. apt installs the .deb with the dependencies dpkg-shlibdeps computed, nothing more.
cp "$deb" "$root/tmp/"
echo "== apt-get install $(basename "$deb") in Debian 12"
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" > "$cache/apt-install.log" 2>&1 \
    || { tail -30 "$cache/apt-install.log"; fail "apt-get install of the .deb"; }
cp -n "$root"/var/cache/apt/archives/*.deb "$cache/archives/" 2>/dev/null || true
in_root dpkg -s kluis | grep -E '^(Version|Depends):'

echo "== the programs in the root"
# No display yet: Qt's offscreen platform (in libqt6gui6) lets QApplication start for --version.
version=$(in_root env QT_QPA_PLATFORM=offscreen kluis --version 2>/dev/null | tail -1)
echo "kluis --version: $version"
expected=$(dpkg-deb -f "$deb" Version)
[ "$version" = "Kluis $expected" ] || fail "kluis --version says '$version', the package is $expected"
in_root kluisctl --version | grep -qx "kluisctl $expected" || fail "kluisctl --version"
in_root kluis-emulator --version | grep -qx "kluis-emulator $expected" || fail "kluis-emulator --version"
# Whole output first: grep -q stops reading early, and a long --help then dies of SIGPIPE.
in_root kluisctl --help >"$cache/kluisctl-help.txt" || fail "kluisctl --help exits non-zero"
grep -q 'kluisctl: Kluis' "$cache/kluisctl-help.txt" || fail "kluisctl --help"
in_root kluis-emulator --help >"$cache/emulator-help.txt" || fail "kluis-emulator --help exits non-zero"
grep -q -- '--data-dir' "$cache/emulator-help.txt" || fail "kluis-emulator --help"
in_root sh -c 'test -f /usr/share/applications/nl.kluis.Kluis.desktop && test -f /usr/share/metainfo/nl.kluis.Kluis.metainfo.xml && test -f /usr/share/icons/hicolor/scalable/apps/nl.kluis.Kluis.svg && test -f /usr/share/man/man1/kluisctl.1.gz' \
    || fail "desktop entry, metainfo, icon or man page missing"

# 4. kluis under Xvfb (in the root too) against kluis-emulator, and a screenshot from outside.
echo "== kluis under Xvfb in the root"
in_root apt-get install -y -qq --no-install-recommends xvfb > "$cache/apt-xvfb.log" 2>&1 \
    || { tail -30 "$cache/apt-xvfb.log"; fail "apt-get install xvfb"; }
cp -n "$root"/var/cache/apt/archives/*.deb "$cache/archives/" 2>/dev/null || true
# The root shares the host's abstract socket namespace: pick a display nobody uses.
display=""
for n in $(shuf -i 150-599 -n 40); do
    if ! grep -q "@/tmp/.X11-unix/X$n\$" /proc/net/unix && [ ! -e "/tmp/.X11-unix/X$n" ]; then
        display=$n
        break
    fi
done
[ -n "$display" ] || fail "no free X display"
in_root Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp > "$cache/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
    grep -q "@/tmp/.X11-unix/X$display\$" /proc/net/unix && break
    sleep 0.2
done
in_root sh -c 'mkdir -p /tmp/emu && exec kluis-emulator --data-dir /tmp/emu --listen 127.0.0.1:0 --in-memory' \
    > "$cache/emulator.log" 2>&1 &
for _ in $(seq 100); do
    [ -s "$root/tmp/emu/cloud.json" ] && break
    sleep 0.2
done
[ -s "$root/tmp/emu/cloud.json" ] || { cat "$cache/emulator.log"; fail "kluis-emulator did not start in the root"; }
in_root env DISPLAY=":$display" XDG_RUNTIME_DIR=/tmp kluis --cloud-file /tmp/emu/cloud.json \
    > "$cache/kluis.log" 2>&1 &
shot=$cache/kluis-in-debian12.png
shown=""
for _ in $(seq 60); do
    if DISPLAY=":$display" xwininfo -root -tree 2>/dev/null | grep '"Kluis' >/dev/null; then
        shown=yes
        break
    fi
    sleep 0.5
done
[ -n "$shown" ] || { cat "$cache/kluis.log"; fail "kluis showed no window under Xvfb"; }
sleep 3 # let it paint and load the emulator's vaults
DISPLAY=":$display" xwininfo -root -tree | grep '"Kluis' | head -3
DISPLAY=":$display" import -window root "$shot"
# A window was painted: the screenshot is not one flat colour.
colours=$(convert "$shot" -format '%k' info:)
[ "$colours" -gt 16 ] || fail "the screenshot has $colours colours: nothing painted"
echo "screenshot: $shot ($colours colours)"
echo "PASS: the .deb installs and runs in Debian 12"

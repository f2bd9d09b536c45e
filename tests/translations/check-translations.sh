#!/usr/bin/env bash
# Fails when a translation is stale (lupdate would change it: new, changed or removed source
# strings) or unfinished (an entry without a translation). Usage: check-translations.sh LUPDATE
set -euo pipefail
lupdate=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in translations/kluis_*.ts; do
    cp "$ts" "$work/current.ts"
    # English needs only its plural forms ("%n item(s)" -> "1 item", "2 items").
    pluralonly=()
    case "$ts" in *_en.ts | *_en_*.ts) pluralonly=(-pluralonly) ;; esac
    "$lupdate" "${pluralonly[@]}" -no-obsolete -locations none -recursive app/core ui \
        app/main.cpp -ts "$work/current.ts" >/dev/null 2>&1
    if ! diff -q "$ts" "$work/current.ts" >/dev/null; then
        echo "$ts is stale; run: cmake --build --preset dev --target update-translations"
        diff "$ts" "$work/current.ts" | head -20
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$unfinished" -gt 0 ]; then
        echo "$ts has $unfinished unfinished entries:"
        grep -B2 'type="unfinished"' "$ts" | grep '<source>' | head -20
        status=1
    fi
done
# A context named in the code (QCoreApplication::translate("CTX", ...)) must be one lupdate files
# strings under; otherwise they are translated in the .ts and never shown.
while read -r context; do
    if ! grep -q "<name>$context</name>" translations/kluis_nl_NL.ts; then
        echo "the code translates in context $context, which no .ts has (lupdate files those"
        echo "strings elsewhere): name the class lupdate sees, e.g. kluis::core::Name"
        status=1
    fi
done < <(grep -rhoE 'translate\("[^"]+"' app/core ui app/main.cpp | sed 's/^translate("//; s/"$//' |
    sort -u)
[ $status -eq 0 ] && echo "translations complete and current"
exit $status

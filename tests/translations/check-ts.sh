#!/usr/bin/env bash
# check-ts.sh LUPDATE SOURCE_DIR: fails when a string the sources translate has no finished
# translation in resources/translations/*.ts (a new string, or one whose class moved and so
# changed its context). The .ts files themselves are left untouched: lupdate runs on copies.
set -euo pipefail
lupdate=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in "$src"/resources/translations/*.ts; do
    copy="$tmp/$(basename "$ts")"
    cp "$ts" "$copy"
    (cd "$src" && "$lupdate" -I "$src" -locations none -no-obsolete core ui app -ts "$copy") >/dev/null 2>&1
    missing=$(grep -c 'type="unfinished"' "$copy" || true)
    if [ "$missing" != 0 ]; then
        echo "$(basename "$ts"): $missing strings without a finished translation:" >&2
        grep -B2 'type="unfinished"' "$copy" | grep '<source>' | head -20 >&2
        status=1
    else
        echo "$(basename "$ts"): every string translated"
    fi
done
exit $status

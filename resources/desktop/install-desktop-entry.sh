#!/bin/sh
# Adds HRD Reader to your desktop's application menu, for this user only (no root needed):
# copies the .desktop file (pointing at the hrd-reader program in this folder), the icons,
# the AppStream metadata and the .hrdpack file type (so a double-click on a pack file opens
# it in HRD Reader) into ~/.local/share. Run it again after moving the folder.
#
#   ./install-desktop-entry.sh              install
#   ./install-desktop-entry.sh --uninstall  remove what it installed
set -eu
APP_ID=org.cartercenter.HRDReader
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml" \
        "$DATA/mime/packages/$APP_ID.xml"
    find "$DATA/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    command -v update-mime-database >/dev/null 2>&1 &&
        update-mime-database "$DATA/mime" 2>/dev/null || true
    command -v update-desktop-database >/dev/null 2>&1 &&
        update-desktop-database -q "$DATA/applications" 2>/dev/null || true
    echo "HRD Reader removed from the application menu."
    exit 0
fi

[ -x "$HERE/hrd-reader" ] || { echo "hrd-reader not found in $HERE" >&2; exit 1; }
mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/mime/packages"
# Exec and TryExec need the program's full path; quote it for spaces (desktop entry spec).
sed -e "s|^Exec=hrd-reader|Exec=\"$HERE/hrd-reader\"|" \
    -e "s|^TryExec=hrd-reader|TryExec=$HERE/hrd-reader|" \
    "$HERE/share/applications/$APP_ID.desktop" >"$DATA/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$DATA/metainfo/"
cp "$HERE/share/mime/packages/$APP_ID.xml" "$DATA/mime/packages/"
(cd "$HERE/share" && find icons -name "$APP_ID.*" -type f) | while read -r icon; do
    mkdir -p "$DATA/$(dirname "$icon")"
    cp "$HERE/share/$icon" "$DATA/$icon"
done
command -v update-mime-database >/dev/null 2>&1 &&
    update-mime-database "$DATA/mime" 2>/dev/null || true
command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$DATA/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
echo "HRD Reader added to the application menu (starts $HERE/hrd-reader)."

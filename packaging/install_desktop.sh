#!/usr/bin/env bash
# Add cnngui to the Linux desktop menu for the current user (no root needed): the .desktop
# entry, the icon in three sizes, and the .cnnproj file type.
# Usage: packaging/install_desktop.sh [BUNDLE_DIR | --uninstall]
#   BUNDLE_DIR  a built bundle (default: dist/cnngui if it exists, else `cnngui` on PATH)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$DATA/applications"
ICONS="$DATA/icons/hicolor"
MIME="$DATA/mime/packages"

refresh() {
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" || true
    command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$ICONS" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$APPS/cnngui.desktop" "$MIME/cnngui.xml" \
        "$ICONS/scalable/apps/cnngui.svg" "$ICONS/256x256/apps/cnngui.png" \
        "$ICONS/48x48/apps/cnngui.png"
    refresh
    echo "removed cnngui from the desktop menu"
    exit 0
fi

if [ -n "${1:-}" ]; then
    EXEC="$(cd "$1" && pwd)/cnngui"
elif [ -x "$ROOT/dist/cnngui/cnngui" ]; then
    EXEC="$ROOT/dist/cnngui/cnngui"
elif command -v cnngui >/dev/null; then
    EXEC="$(command -v cnngui)"
else
    echo "install_desktop.sh: no cnngui found; build it (make package) or pip install it first." >&2
    exit 2
fi
[ -x "$EXEC" ] || { echo "install_desktop.sh: $EXEC is not executable." >&2; exit 2; }

mkdir -p "$APPS" "$ICONS/scalable/apps" "$ICONS/256x256/apps" "$ICONS/48x48/apps" "$MIME"
install -m 644 "$ROOT/resources/icons/cnngui.svg" "$ICONS/scalable/apps/cnngui.svg"
install -m 644 "$ROOT/resources/icons/cnngui.png" "$ICONS/256x256/apps/cnngui.png"
install -m 644 "$ROOT/resources/icons/cnngui-48.png" "$ICONS/48x48/apps/cnngui.png"
# Point Exec/TryExec at the program found above (quoted: paths may contain spaces).
sed -e "s|^Exec=cnngui |Exec=\"$EXEC\" |" -e "s|^TryExec=cnngui$|TryExec=$EXEC|" \
    "$ROOT/resources/cnngui.desktop" >"$APPS/cnngui.desktop"
chmod 644 "$APPS/cnngui.desktop"
cat >"$MIME/cnngui.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-cnngui-project">
    <comment>cnngui project</comment>
    <sub-class-of type="application/json"/>
    <glob pattern="*.cnnproj"/>
    <icon name="cnngui"/>
  </mime-type>
</mime-info>
XML
refresh
echo "installed $APPS/cnngui.desktop (runs $EXEC); icon and .cnnproj file type registered"
echo "undo with: packaging/install_desktop.sh --uninstall"

#!/bin/sh
# Removes CompactDesk: the program and the menu entry, file type, icons and link install.sh put in place,
# and nothing else. Your groups' records (~/.local/share/CompactDesk/*.cdstore) and their backups are
# kept: they are in a different folder, which this script never touches.
set -eu

DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR=$HOME/.local/opt/compactdesk
MARK=.compactdesk-app
MANIFEST=$APP_DIR/installed-files.txt

if [ ! -f "$APP_DIR/$MARK" ]; then
    echo "uninstall.sh: CompactDesk is not installed in $APP_DIR; nothing removed." >&2
    exit 1
fi

if [ -f "$MANIFEST" ]; then
    while IFS= read -r file; do
        case "$file" in
            "$DATA/CompactDesk"/*|"$DATA/CompactDesk") continue ;;  # the records: never
        esac
        if [ "$file" = "$HOME/.local/bin/compactdesk" ]; then
            # The link only, and only while it still points at this program.
            if [ -L "$file" ] && [ "$(readlink "$file")" = "$APP_DIR/CompactDesk" ]; then
                rm -f "$file"
            fi
        elif [ -f "$file" ] || [ -L "$file" ]; then
            rm -f "$file"
        fi
    done < "$MANIFEST"
fi
# Empty icon size folders left behind (only empty ones: rmdir refuses the rest).
for folder in "$DATA"/icons/hicolor/*/apps; do
    [ -d "$folder" ] && rmdir "$folder" 2>/dev/null && rmdir "$(dirname "$folder")" 2>/dev/null
done || true

rm -rf "$APP_DIR"
rmdir "$HOME/.local/opt" 2>/dev/null || true

if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA/applications" 2>/dev/null || true
fi
if command -v update-mime-database >/dev/null 2>&1 && [ -d "$DATA/mime" ]; then
    update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$DATA/icons/hicolor" ]; then
    gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" 2>/dev/null || true
fi

echo "CompactDesk is removed. Your groups' records in $DATA/CompactDesk are kept."

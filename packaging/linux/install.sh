#!/bin/sh
# Installs CompactDesk for you alone: no administrator (root) rights needed.
#
#   the program      ~/.local/opt/compactdesk/            (replaced on an upgrade)
#   menu entry       ~/.local/share/applications/compactdesk.desktop
#   file type        ~/.local/share/mime/packages/compactdesk.xml  (*.cdstore opens in CompactDesk)
#   icon             ~/.local/share/icons/hicolor/<size>/apps/compactdesk.png
#   command          ~/.local/bin/compactdesk  (a link to the program)
#
# Your groups' records stay where they are, in ~/.local/share/CompactDesk/ (a different folder):
# neither this script nor uninstall.sh ever touches them.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR=$HOME/.local/opt/compactdesk
BIN_DIR=$HOME/.local/bin
MARK=.compactdesk-app           # in APP_DIR: says the folder is the program's, so uninstall may remove it
MANIFEST=$APP_DIR/installed-files.txt

if [ ! -x "$HERE/app/CompactDesk" ]; then
    echo "install.sh: run it from the unpacked CompactDesk folder (app/CompactDesk not found beside it)." >&2
    exit 1
fi

# The program: copied beside the old one, then swapped in, so a failed copy leaves the old one working.
mkdir -p "$HOME/.local/opt"
rm -rf "$APP_DIR.new"
cp -RP "$HERE/app" "$APP_DIR.new"  # -P: the bundle's links to Qt's libraries stay links
cp "$HERE/uninstall.sh" "$APP_DIR.new/uninstall.sh"
chmod 755 "$APP_DIR.new/uninstall.sh"
: > "$APP_DIR.new/$MARK"
if [ -d "$APP_DIR" ]; then
    if [ ! -f "$APP_DIR/$MARK" ]; then
        echo "install.sh: $APP_DIR exists and is not CompactDesk's; move it away first." >&2
        rm -rf "$APP_DIR.new"
        exit 1
    fi
    rm -rf "$APP_DIR"
fi
mv "$APP_DIR.new" "$APP_DIR"

# Every file written outside APP_DIR is listed, so that uninstall.sh removes exactly those.
: > "$MANIFEST"
put() {  # put SOURCE TARGET: copies a file and lists it
    mkdir -p "$(dirname "$2")"
    cp "$1" "$2"
    echo "$2" >> "$MANIFEST"
}

# Icons, every size there is, and the drawing itself (scalable).
if [ -d "$HERE/icons/hicolor" ]; then
    (cd "$HERE/icons/hicolor" && find . -type f -name 'compactdesk.*') | while read -r icon; do
        put "$HERE/icons/hicolor/$icon" "$DATA/icons/hicolor/${icon#./}"
    done
fi

# The .cdstore file type.
put "$HERE/compactdesk.xml" "$DATA/mime/packages/compactdesk.xml"

# The menu entry; %f is the file double-clicked, if any.
DESKTOP=$DATA/applications/compactdesk.desktop
mkdir -p "$DATA/applications"
cat > "$DESKTOP" <<DESKTOP_ENTRY
[Desktop Entry]
Type=Application
Name=CompactDesk
GenericName=Compact liaison group
Comment=Run a local compact liaison group: members and seats, meetings, the action plan and the feedback officers owe
Exec="$APP_DIR/CompactDesk" %f
TryExec=$APP_DIR/CompactDesk
Icon=compactdesk
Terminal=false
Categories=Office;
MimeType=application/x-compactdesk;
StartupWMClass=CompactDesk
DESKTOP_ENTRY
chmod 644 "$DESKTOP"
echo "$DESKTOP" >> "$MANIFEST"

# The command, for those who use a terminal; an existing compactdesk of someone else's is left alone.
mkdir -p "$BIN_DIR"
if [ -L "$BIN_DIR/compactdesk" ] || [ ! -e "$BIN_DIR/compactdesk" ]; then
    ln -sfn "$APP_DIR/CompactDesk" "$BIN_DIR/compactdesk"
    echo "$BIN_DIR/compactdesk" >> "$MANIFEST"
else
    echo "install.sh: $BIN_DIR/compactdesk exists and is not a link; left as it is." >&2
fi

# Tell the desktop, where it has the tools (none is needed for CompactDesk itself to run).
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA/applications" 2>/dev/null || true
fi
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$DATA/icons/hicolor" ]; then
    gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" 2>/dev/null || true
fi

echo "CompactDesk is installed: find it in your applications menu, or double-click a .cdstore file."
echo "To remove it: $APP_DIR/uninstall.sh (your groups' records in ${DATA}/CompactDesk are kept)."

"""CompactDesk's own icon: in the package at every size the window uses, and set at start (issue 17)."""

import sys
from pathlib import Path

import pytest

from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from compactdesk.gui import app as gui_app
from compactdesk.gui.app_icon import ICON_DIR, SIZES, app_icon

ROOT = Path(__file__).parents[2]
ICONS = ROOT / "resources" / "icons"


def test_the_icon_has_every_size_and_is_drawn(qapp):
    icon = app_icon()
    assert not icon.isNull()
    assert {QSize(n, n) for n in SIZES} <= set(icon.availableSizes())
    for n in SIZES:
        image = icon.pixmap(n, n).toImage()
        assert image.width() == n
        # Opaque in the middle (the tile), not an empty square.
        assert image.pixelColor(n // 2, n // 2).alpha() == 255


def test_the_package_carries_the_pngs_pyproject_ships():
    assert {p.name for p in ICON_DIR.glob("*.png")} == {f"compactdesk-{n}.png" for n in SIZES}
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"icons/*.png"' in pyproject


def test_the_installers_copies_are_there():
    assert (ICONS / "compactdesk.svg").is_file()
    for n in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / "hicolor" / f"{n}x{n}" / "apps" / "compactdesk.png") as png:
            assert png.size == (n, n)
    with Image.open(ICONS / "compactdesk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "compactdesk.icns") as icns:
        assert icns.size[0] >= 512


class _Stop(Exception):
    pass


def test_run_sets_the_window_icon_before_the_window_is_made(qapp, monkeypatch):
    """run() sets the icon right after the QApplication is made; stopped where the window would be built."""
    qapp.setWindowIcon(QIcon())
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own; put back after

    def no_window(*args, **kwargs):
        raise _Stop

    monkeypatch.setattr(gui_app, "MainWindow", no_window)
    with pytest.raises(_Stop):
        gui_app.run(None)
    icon = qapp.windowIcon()
    assert not icon.isNull()
    assert QSize(16, 16) in icon.availableSizes() and QSize(256, 256) in icon.availableSizes()
    # and names the menu entry install.sh writes, where Wayland finds the window's icon and name
    assert qapp.desktopFileName() == "compactdesk"
    assert "compactdesk.desktop" in (Path(__file__).parents[2] / "packaging/linux/install.sh").read_text()

"""CompactDesk's own icon for the window and the task bar.

The PNGs live inside the package (compactdesk/icons/), so a source checkout, a
`pip install .` and a PyInstaller bundle all find them beside this code; their
source is resources/icons/compactdesk.svg and resources/icons/make_icons.py draws
them. Loading a few small PNGs costs next to nothing at start; QtSvg is not loaded.
"""

from pathlib import Path

from PySide6.QtGui import QIcon

ICON_DIR = Path(__file__).resolve().parent.parent / "icons"
SIZES = (16, 32, 64, 256)


def app_icon() -> QIcon:
    """The program's icon, one drawing per size so the small ones stay crisp."""
    icon = QIcon()
    for size in SIZES:
        path = ICON_DIR / f"compactdesk-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon

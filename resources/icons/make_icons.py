"""Draws CompactDesk's icon at every size from compactdesk.svg.

    .venv/bin/python resources/icons/make_icons.py

writes
  resources/icons/hicolor/<n>x<n>/apps/compactdesk.png   (16 … 512, for installers and desktop files)
  resources/icons/compactdesk.ico                         (Windows, 16 … 256 in one file)
  resources/icons/compactdesk.icns                        (macOS)
  compactdesk/icons/compactdesk-<n>.png                   (16, 32, 64, 256: the window icon, inside the package)
Qt's own SVG renderer (PySide6.QtSvg, part of PySide6-Essentials) draws each size, and Pillow writes the
.ico and .icns from those drawings, so every size is drawn from the SVG rather than scaled from another.
"""

import os
import sys
from io import BytesIO
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SVG = HERE / "compactdesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PACKAGE_SIZES = (16, 32, 64, 256)  # compactdesk/gui/app_icon.py loads these
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QPainter wants one
    renderer = QSvgRenderer(str(SVG), app)
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    drawn = {size: render(renderer, size) for size in sorted(set(SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))}
    written = []
    for size in SIZES:
        path = HERE / "hicolor" / f"{size}x{size}" / "apps" / "compactdesk.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        drawn[size].save(path, optimize=True)
        written.append(path)
    package = ROOT / "compactdesk" / "icons"
    package.mkdir(exist_ok=True)
    for size in PACKAGE_SIZES:
        path = package / f"compactdesk-{size}.png"
        drawn[size].save(path, optimize=True)
        written.append(path)
    largest = max(ICO_SIZES)
    drawn[largest].save(HERE / "compactdesk.ico", sizes=[(s, s) for s in ICO_SIZES],
                        append_images=[drawn[s] for s in ICO_SIZES if s != largest])
    written.append(HERE / "compactdesk.ico")
    largest = max(ICNS_SIZES)
    drawn[largest].save(HERE / "compactdesk.icns",
                        append_images=[drawn[s] for s in ICNS_SIZES if s != largest])
    written.append(HERE / "compactdesk.icns")
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

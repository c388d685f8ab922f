"""Draw the hicolor PNG icons from resources/icons/townsfolk.svg.

Desktops that do not scale SVG icons (and AppStream, which wants a 64 px and a 128 px PNG) use
these. Run after changing the SVG: `.venv/bin/python scripts/make-icons.py`; commit the PNGs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "townsfolk.svg"
OUT = ROOT / "packaging" / "icons" / "hicolor"
APP_ID = "org.townsfolk.Townsfolk"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def draw(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"Could not read {SVG}", file=sys.stderr)
        return 1
    for size in SIZES:
        folder = OUT / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        draw(renderer, size).save(str(folder / f"{APP_ID}.png"))
    scalable = OUT / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / f"{APP_ID}.svg").write_bytes(SVG.read_bytes())
    print(f"Wrote {len(SIZES)} PNG sizes and the SVG under {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Render the main window's empty state and the settings window to PNG (offscreen).

Run: `.venv/bin/python scripts/screenshots_shell.py [OUT_DIR]` (default docs/screenshots).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from townsfolk.services.settings import Settings
from townsfolk.ui.main_window import MainWindow
from townsfolk.ui.settings_dialog import SettingsDialog
from townsfolk.ui.style import apply_text_scale


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    apply_text_scale(app, 100)
    window = MainWindow()
    window.resize(960, 640)
    window.show()
    app.processEvents()
    window.grab().save(str(out / "main-window-empty.png"))
    dialog = SettingsDialog(Settings())
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "settings.png"))
    apply_text_scale(app, 160)
    for _ in range(5):  # let the menu bar and layouts follow the new size
        app.processEvents()
    window.grab().save(str(out / "main-window-empty-large-text.png"))


if __name__ == "__main__":
    main()

"""Starting the app as a user would: ``python -m townsfolk``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from townsfolk.assets import i18n_dir, read_text, resources_dir


def test_python_m_townsfolk_opens_the_window_and_quits(tmp_path: Path):
    """The real entry point shows a window; the test asks it to quit through Qt."""
    script = (
        "import sys, threading\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv[:1])\n"
        "def check():\n"
        "    windows = [w for w in app.topLevelWidgets() if w.isVisible()]\n"
        "    print('WINDOW', windows[0].windowTitle() if windows else None, flush=True)\n"
        "    app.quit()\n"
        "QTimer.singleShot(0, check)\n"
        "from townsfolk.app import main\n"
        "sys.exit(main(['--profile', sys.argv[1]]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "p")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "WINDOW Townsfolk" in result.stdout
    assert (tmp_path / "p").is_dir()


def test_version_flag():
    result = subprocess.run(
        [sys.executable, "-m", "townsfolk", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("Townsfolk ")


def test_shipped_files_are_found():
    assert (resources_dir() / "icons" / "townsfolk.svg").is_file()
    assert "categories" in read_text("directory", "fediverse-party-servers.json")
    assert i18n_dir().is_dir()

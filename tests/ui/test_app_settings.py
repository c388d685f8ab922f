"""Settings that cannot be saved (a full disk) are said in every window, and still apply."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow

from townsfolk.services.settings import Settings, load_settings
from townsfolk.ui import app_settings as app_settings_module
from townsfolk.ui.app_settings import AppSettings


def test_a_full_disk_is_said_and_the_text_size_still_changes(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    path = tmp_path / "settings.json"
    settings = AppSettings(app, path, Settings())
    window = QMainWindow()
    qtbot.addWidget(window)
    settings.windows.append(window)  # type: ignore[arg-type]  # only its status bar is used

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(app_settings_module, "save_settings", full)
    assert settings.save() is False
    message = window.statusBar().currentMessage()
    assert message.startswith("Your settings could not be saved; they stay as you chose them")
    assert "full" in message

    monkeypatch.undo()
    assert settings.save() is True
    assert path.is_file()
    assert load_settings(path).text_scale == settings.settings.text_scale


def test_a_bug_is_not_hidden_as_a_disk_problem(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = AppSettings(app, tmp_path / "settings.json", Settings())

    def bug(*_args: object) -> None:
        raise OSError("not an environment problem")

    monkeypatch.setattr(app_settings_module, "save_settings", bug)
    with pytest.raises(OSError, match="not an environment problem"):
        settings.save()

"""The main window shell: empty state, text size, remembered size, shortcuts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from townsfolk.app import build_window
from townsfolk.services.settings import load_settings
from townsfolk.ui.main_window import MainWindow


def test_empty_state_says_what_will_be_here(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.windowTitle() == "Townsfolk"
    text = window.empty_state.body.text()
    assert "not added an account" in text
    assert "people you follow" in text
    # Screen readers get a name for every label.
    assert window.empty_state.body.accessibleName()
    assert window.empty_state.heading.accessibleName() == "Welcome to Townsfolk"


def test_larger_text_follows_setting_and_is_remembered(qtbot, profile_dir: Path):
    window = build_window(profile_dir)
    qtbot.addWidget(window)
    app = QApplication.instance()
    before = app.font().pointSizeF()
    heading_before = window.empty_state.heading.font().pointSizeF()

    window.larger_action.trigger()

    assert app.font().pointSizeF() > before
    assert window.empty_state.heading.font().pointSizeF() > heading_before
    assert load_settings(profile_dir / "settings.json").text_scale == 110

    window.normal_action.trigger()
    assert load_settings(profile_dir / "settings.json").text_scale == 100


def test_text_size_has_keyboard_shortcuts(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    shortcuts = {s.toString() for s in window.larger_action.shortcuts()}
    assert QKeySequence("Ctrl++").toString() in shortcuts or "Ctrl+=" in shortcuts
    assert QKeySequence("Ctrl+Q") in window.quit_action.shortcuts()


def test_window_size_is_remembered(qtbot, profile_dir: Path):
    settings = QSettings(str(profile_dir / "window.ini"), QSettings.Format.IniFormat)
    first = MainWindow()
    qtbot.addWidget(first)
    first.window_settings = settings
    first.resize(700, 500)
    first.show()
    qtbot.waitExposed(first)
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    second.restore_geometry_from(
        QSettings(str(profile_dir / "window.ini"), QSettings.Format.IniFormat)
    )
    assert (second.width(), second.height()) == (700, 500)


def test_text_size_never_leaves_its_range(qtbot):
    window = MainWindow(text_scale=240)
    qtbot.addWidget(window)
    seen: list[int] = []
    window.text_scale_requested.connect(seen.append)
    for _ in range(5):
        window.larger_action.trigger()
    assert seen == [250]
    assert window.empty_state.heading.alignment() & Qt.AlignmentFlag.AlignCenter

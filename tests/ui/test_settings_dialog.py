"""The settings window: every setting can be changed, applies at once, Cancel restores."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from townsfolk import paths
from townsfolk.app import build_window
from townsfolk.services.settings import Settings, load_settings
from townsfolk.ui.settings_dialog import SettingsDialog


def test_every_setting_is_editable(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    seen: list[Settings] = []
    dialog.settings_changed.connect(seen.append)

    dialog.text_size.setValue(150)
    dialog.colors.setCurrentIndex(dialog.colors.findData("dark"))
    dialog.sensitive.setChecked(True)
    dialog.describe.setChecked(False)
    dialog.notifications.setChecked(False)
    dialog.refresh.setCurrentIndex(dialog.refresh.findData(300))
    dialog.switch_back.setCurrentIndex(dialog.switch_back.findData("ask"))

    final = seen[-1]
    assert final.text_scale == 150
    assert final.color_scheme == "dark"
    assert final.show_sensitive_media is True
    assert final.remind_picture_descriptions is False
    assert final.desktop_notifications is False
    assert final.refresh_interval == 300
    assert final.switch_back == "ask"
    assert dialog.text_size_value.text() == "150 %"
    assert dialog.refresh.currentText() == "Every 5 minutes"


def test_defaults_are_safe(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert not dialog.sensitive.isChecked()
    assert dialog.describe.isChecked()
    assert dialog.switch_back.currentData() == "automatic"
    for widget in (
        dialog.text_size,
        dialog.colors,
        dialog.sensitive,
        dialog.notifications,
        dialog.refresh,
        dialog.switch_back,
        dialog.describe,
    ):
        assert widget.accessibleName()


def test_settings_window_from_the_menu_applies_and_saves(qtbot, profile_dir: Path):
    window = build_window(profile_dir)
    qtbot.addWidget(window)
    window.settings_action.trigger()
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.isVisible)
    app = QApplication.instance()
    before = app.font().pointSizeF()
    dialog.text_size.setValue(200)
    assert app.font().pointSizeF() > before, "text size applies at once"
    dialog.sensitive.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    saved = load_settings(paths.settings_path(profile_dir))
    assert saved.text_scale == 200
    assert saved.show_sensitive_media is True
    assert app.styleHints().colorScheme() in (
        Qt.ColorScheme.Light,
        Qt.ColorScheme.Dark,
        Qt.ColorScheme.Unknown,
    )


def test_cancel_puts_everything_back(qtbot, profile_dir: Path):
    window = build_window(profile_dir)
    qtbot.addWidget(window)
    app = QApplication.instance()
    start = app.font().pointSizeF()
    window.settings_action.trigger()
    dialog = window.settings_dialog
    dialog.text_size.setValue(220)
    assert app.font().pointSizeF() != start
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert app.font().pointSizeF() == start
    assert load_settings(paths.settings_path(profile_dir)).text_scale == 100

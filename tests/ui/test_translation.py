"""The German translation loads and the window speaks it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from townsfolk.assets import i18n_dir
from townsfolk.ui.main_window import MainWindow


def test_german_window(qtbot):
    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(QLocale(QLocale.Language.German), "townsfolk", "_", str(i18n_dir()))
    app.installTranslator(translator)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.empty_state.heading.text() == "Willkommen bei Townsfolk"
        assert window.quit_action.text() == "&Beenden"
    finally:
        app.removeTranslator(translator)

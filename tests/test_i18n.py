from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from townsfolk import i18n
from townsfolk.assets import i18n_dir


@pytest.fixture
def installed() -> Iterator[None]:
    yield
    i18n.install(None)


def test_english_without_a_translator():
    assert i18n.translate("Ctx", "Hello {name}").format(name="Ann") == "Hello Ann"


def test_installed_function_is_used_and_falls_back(installed):
    i18n.install(lambda ctx, text: {"Hi": "Hallo"}.get(text, ""))
    assert i18n.translate("Ctx", "Hi") == "Hallo"
    assert i18n.translate("Ctx", "Unknown") == "Unknown"

    def broken(ctx: str, text: str) -> str:
        raise RuntimeError("bad catalogue")

    i18n.install(broken)
    assert i18n.translate("Ctx", "Still readable") == "Still readable"


def test_qt_translator_reaches_services(qapp, installed):
    translator = QTranslator()
    assert translator.load(QLocale(QLocale.Language.German), "townsfolk", "_", str(i18n_dir()))
    qapp.installTranslator(translator)
    try:
        i18n.install(QCoreApplication.translate)
        assert i18n.translate("MainWindow", "&Quit") == "&Beenden"
    finally:
        qapp.removeTranslator(translator)

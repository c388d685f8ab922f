"""The language setting: the computer's language by default, a choice in Settings, the
catalogues, and right to left for Arabic (ui/language.py, issue 13)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from townsfolk import i18n
from townsfolk.api import errors as api_errors
from townsfolk.app import _language_setting
from townsfolk.paths import settings_path
from townsfolk.services.settings import Settings, load_settings, save_settings
from townsfolk.ui.language import (
    apply_language,
    available_languages,
    choose_language,
    native_name,
    remove_language,
)
from townsfolk.ui.main_window import MainWindow
from townsfolk.ui.settings_dialog import SettingsDialog

SHIPPED = ["en", "ar", "de", "es", "fr", "pt_BR"]


@pytest.fixture
def language(qapp):
    """Apply a language for one test, and take it away afterwards."""
    applied = []

    def use(code: str, system: QLocale | None = None):
        result = apply_language(QApplication.instance(), code, system)
        applied.append(result)
        return result

    yield use
    for result in reversed(applied):  # each one restores what came before it
        remove_language(QApplication.instance(), result)
    i18n.install(None)


def test_every_language_ships():
    assert available_languages() == SHIPPED


def test_names_in_their_own_language(qapp):
    assert [native_name(code) for code in SHIPPED] == [
        "English",
        "العربية",
        "Deutsch",
        "Español",
        "Français",
        "Português (Brasil)",
    ]


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("de_AT", "de"),
        ("es_MX", "es"),
        ("fr_CA", "fr"),
        ("pt_BR", "pt_BR"),
        ("pt_PT", "pt_BR"),  # closer than English
        ("ar_MA", "ar"),
        ("ja_JP", "en"),
        ("C", "en"),
    ],
)
def test_the_computers_language_is_followed(qapp, system, expected):
    assert choose_language("", QLocale(system)) == expected


def test_a_choice_wins_over_the_computer(qapp):
    assert choose_language("fr", QLocale("de_DE")) == "fr"
    assert choose_language("en", QLocale("de_DE")) == "en"
    assert choose_language("xx", QLocale("de_DE")) == "de"  # gone from this version


@pytest.mark.parametrize(
    ("code", "heading", "quit_text"),
    [
        ("de", "Willkommen bei Townsfolk", "&Beenden"),
        ("es", "Te damos la bienvenida a Townsfolk", "&Salir"),
        ("fr", "Bienvenue dans Townsfolk", "&Quitter"),
        ("pt_BR", "Boas-vindas ao Townsfolk", "&Sair"),
        ("ar", "أهلًا بك في Townsfolk", "إ&نهاء"),
    ],
)
def test_the_window_speaks_each_language(qtbot, language, code, heading, quit_text):
    applied = language(code)
    assert applied.code == code
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.empty_state.heading.text() == heading
    assert window.quit_action.text() == quit_text
    # Sentences from below the UI come through Qt's catalogue too.
    message = api_errors.CannotConnect("refused", server="maple.example").user_message()
    assert "maple.example" in message
    assert "Could not reach" not in message


def test_arabic_is_right_to_left(qtbot, language):
    applied = language("ar")
    assert applied.direction == Qt.LayoutDirection.RightToLeft
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.isRightToLeft()


def test_english_stays_left_to_right_with_readable_dates(qapp, language):
    applied = language("", QLocale.c())
    assert applied.code == "en"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().language() == QLocale.Language.English  # not "C" ("1 05 2024")


def test_setting_is_saved_and_read_at_start(qtbot, profile_dir):
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""
    assert dialog.language.itemText(0) == "Same as this computer"
    assert "next time it starts" in dialog.language_note.text()
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert codes == ["", *SHIPPED]
    with qtbot.waitSignal(dialog.settings_changed) as changed:
        dialog.language.setCurrentIndex(dialog.language.findData("pt_BR"))
    assert changed.args[0].language == "pt_BR"
    path = settings_path(profile_dir)
    save_settings(path, changed.args[0])
    assert load_settings(path).language == "pt_BR"
    assert _language_setting(profile_dir) == "pt_BR"


def test_a_strange_language_value_is_dropped(profile_dir):
    path = settings_path(profile_dir)
    path.write_text('{"version": 1, "settings": {"language": "../../etc"}}', encoding="utf-8")
    assert load_settings(path).language == ""


HELP_PAGES = ("backup", "fediverse", "tips", "townsfolk", "welcome", "words")


@pytest.mark.parametrize("code", SHIPPED[1:])
def test_every_help_page_is_translated(code):
    """Each language has every help page, and it is not the English text."""
    from townsfolk.assets import resource
    from townsfolk.ui.onboarding.help import help_markdown

    english_files = sorted(p.stem for p in resource("help", "en").glob("*.md"))
    assert english_files == sorted(HELP_PAGES)
    for page in HELP_PAGES:
        text = help_markdown(page, code)
        assert text != help_markdown(page, "en")
        assert text.count("\n- ") == help_markdown(page, "en").count("\n- ")  # same points


def test_help_follows_the_chosen_language(language):
    from townsfolk.ui.onboarding.help import help_markdown

    language("pt_BR")
    assert "cidade" in help_markdown("welcome")
    language("es", QLocale("es_MX"))
    assert QLocale().name() == "es_MX"  # Mexico's dates and numbers, Spanish words
    assert "pueblo" in help_markdown("welcome")


def test_arabic_posts_read_from_the_right(qtbot, language):
    """Right to left, the painted post is mirrored: avatar on the right, the name next to it,
    the buttons starting from the right; a click on the mirrored avatar opens the profile; an
    address keeps its "@" in front."""
    from PySide6.QtCore import QPoint

    from tests.ui.test_timeline import item, made_status
    from townsfolk.ui.safe_text import isolate
    from townsfolk.ui.timeline import TimelineView

    def laid_out():
        view = TimelineView(town="maple.practice")
        qtbot.addWidget(view)
        view.resize(700, 600)
        view.show()
        view.model.set_items([item(made_status(1, media_attachments=[], emojis=[]))])
        row = view.model.rows[0]
        return view, row, view.delegate.layout_for(row, view.delegate.width)

    view, row, ltr = laid_out()
    assert ltr.avatar.right() < ltr.name.left()
    assert isolate("@ann@maple.practice") == "@ann@maple.practice"
    view.close_timeline()

    language("ar")
    view, row, rtl = laid_out()
    width = rtl.width
    assert rtl.avatar.left() > rtl.name.right()  # the avatar is on the right
    assert rtl.avatar == ltr.avatar.translated(
        width - 2 * ltr.avatar.left() - ltr.avatar.width(), 0
    )
    first, second = rtl.actions[0][1], rtl.actions[1][1]
    assert first.left() > second.right()  # Reply first, from the right
    assert rtl.body is not None
    assert rtl.body.width() == ltr.body.width()
    found = view.delegate.hit(row, rtl.avatar.center())
    assert found is not None
    assert found[0] == "profile"
    assert view.delegate.hit(row, QPoint(ltr.avatar.center())) != found  # not the old place
    assert isolate("@ann@maple.practice") == "\u2068@ann@maple.practice\u2069"
    view.close_timeline()

"""The welcome wizard for everyone: no jargon anywhere, names for screen readers, the keyboard
alone is enough, text follows the text-size setting, help texts by language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QWidget,
)

from tests.ui import test_onboarding as flows
from tests.ui.test_onboarding import choose_path, pick_town, press_next, until
from townsfolk.assets import resources_dir
from townsfolk.services.directory import TOPICS, load_shipped
from townsfolk.ui.onboarding.help import help_markdown
from townsfolk.ui.onboarding.towns import card_text
from townsfolk.ui.style import apply_text_scale

# The practice-town fixtures of the flow tests.
db = flows.db
fake_directory = flows.fake_directory
browser = flows.browser
make_wizard = flows.make_wizard

FORBIDDEN = re.compile(
    r"\b(instances?|nodes?|federat\w*|toots?|tooting|status(es)?|reblog\w*|oauth|tokens?|api|"
    r"authori[sz]\w*|timelines?|twkn)\b",
    re.IGNORECASE,
)
# Town names and web addresses are names, not words we chose (toot.wales is a town).
ADDRESS = re.compile(r"(https?://\S+|@?[\w-]+@[\w.-]+|[\w-]+(\.[\w-]+)+)")


def visible_strings(root: QWidget) -> list[str]:
    texts: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTextBrowser):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
        texts.append(widget.accessibleDescription())
        if isinstance(widget, QWidget) and widget.isWindow():
            texts.append(widget.windowTitle())
    return [t for t in texts if t]


def jargon_in(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        cleaned = ADDRESS.sub(" ", text)
        for match in FORBIDDEN.finditer(cleaned):
            found.append(f"{match.group(0)!r} in {text[:80]!r}")
    return found


async def test_no_jargon_on_any_page(make_wizard, maple, harbour, browser):
    maple.town.registration_mode = "approval"
    maple.town.min_age = 16
    harbour.town.loopback_ignores_port = False
    harbour.town.auto_approve_as = "ann"
    wizard = make_wizard()
    seen: list[str] = []

    def collect(_key: str = "") -> None:
        seen.extend(visible_strings(wizard))

    wizard.page_changed.connect(collect)
    collect()
    wizard.pages["welcome"].more_button.click()
    seen.extend(visible_strings(wizard.pages["welcome"].help_dialog))
    wizard.pages["welcome"].help_dialog.close()
    choose_path(wizard, "new")
    await until(lambda: wizard.ctx.directory.current().refreshed_at is not None)
    collect()
    await pick_town(wizard, maple.domain)
    collect()
    QTest.keyClicks(wizard.pages["about"].reason, "I like trees.")
    press_next(wizard)
    await until(lambda: not wizard.pages["signup"].busy)
    collect()
    await until(lambda: True)
    wizard.go_back()
    wizard.go_back()
    wizard.go_back()
    wizard.pages["path"].choices["existing"].setChecked(True)
    press_next(wizard)
    QTest.keyClicks(wizard.pages["login"].address, "harbour.practice")
    press_next(wizard)
    await until(lambda: wizard.pages["browser"].code_mode and browser.pages)
    collect()
    for key in ("email", "backup", "done"):
        collect()
        seen.extend(visible_strings(wizard.pages[key]))
    # The town cards, every topic, and every help page.
    for town in load_shipped().towns:
        seen.append(card_text(town))
    seen.extend(f"{t.title} {t.blurb}" for t in TOPICS)
    for path in (resources_dir() / "help").rglob("*.md"):
        seen.append(path.read_text(encoding="utf-8"))
    assert len(seen) > 300
    assert jargon_in(seen) == []


def test_the_jargon_check_can_fail():
    assert jargon_in(["Your home timeline", "Boost this toot"]) != []
    assert jargon_in(["Log in to toot.wales", "People you follow"]) == []


INTERACTIVE = (
    QPushButton,
    QRadioButton,
    QCheckBox,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QTextBrowser,
    QPlainTextEdit,
    QAbstractSpinBox,
)


async def test_every_control_has_a_name(make_wizard):
    wizard = make_wizard()
    missing = []
    for widget in wizard.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox) or (
            parent is not None and isinstance(parent.parentWidget(), QAbstractItemView)
        ):
            continue  # the inside parts of a date box or list
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()} {widget.parent()}")
    assert missing == []


async def test_keyboard_alone(make_wizard, profile_dir):
    wizard = make_wizard()
    wizard.activateWindow()
    await until(wizard.isActiveWindow, timeout=5)
    # Enter presses the main button.
    QTest.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.current_key == "path"
    assert not wizard.next_button.isEnabled()
    # Arrow keys move between the choices; Alt+N goes on.
    wizard.pages["path"].choices["new"].setFocus()
    QTest.keyClick(wizard.pages["path"].choices["new"], Qt.Key.Key_Space)
    assert wizard.pages["path"].choices["new"].isChecked()
    QTest.keyClick(wizard, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_key == "pick"
    # Tab reaches the topics, the search box, the language, the towns and the buttons.
    pick = wizard.pages["pick"]
    reached = set()
    pick.topics.setFocus()
    for _ in range(12):
        reached.add(QApplication.focusWidget())
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    for widget in (pick.topics, pick.towns, pick.search, pick.language, wizard.next_button):
        assert widget in reached, widget.accessibleName()
    # Down arrow picks a town in the list, Enter on it goes on.
    pick.towns.setFocus()
    QTest.keyClick(pick.towns, Qt.Key.Key_Down)
    assert pick.selected_town() is not None
    # Alt+B goes back; Escape closes and keeps the progress.
    QTest.keyClick(wizard, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_key == "path"
    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert (profile_dir / "welcome-wizard.json").is_file()
    assert make_wizard().current_key == "path"


async def test_text_follows_the_text_size_setting(make_wizard):
    app = QApplication.instance()
    wizard = make_wizard()
    title = wizard.pages["welcome"].title
    label = wizard.pages["path"].choices["new"]
    before_title = title.font().pointSizeF()
    before_body = wizard.pages["pick"].search.font().pointSizeF()
    try:
        apply_text_scale(app, 180)
        QApplication.processEvents()
        assert title.font().pointSizeF() > before_title * 1.5
        assert wizard.pages["pick"].search.font().pointSizeF() > before_body * 1.5
        assert label.font().pointSizeF() >= before_body
    finally:
        apply_text_scale(app, 100)


def test_help_texts_fall_back_to_english():
    english = help_markdown("welcome", "en")
    assert "Gmail" in english
    assert help_markdown("welcome", "xx_YY") == english
    assert help_markdown("fediverse", "de_DE").startswith("# ")
    with pytest.raises(FileNotFoundError):
        help_markdown("no-such-page", "en")

"""Accessibility (issue 13): every window of the app is walked (tests/ui/accessibility.py):
each control has a name a screen reader says, Tab reaches all of them in reading order, the
focus shows, and picture descriptions are the posts' accessible descriptions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from townsfolk.services.settings import Settings
from townsfolk.ui.help_window import open_help
from townsfolk.ui.media_viewer import MediaViewer
from townsfolk.ui.settings_dialog import SettingsDialog

from .accessibility import audit
from .test_main_window_support import eventually, running, settle
from .test_onboarding import browser, db, fake_directory, make_wizard  # noqa: F401


def test_the_walk_finds_what_is_wrong(qtbot: Any) -> None:
    """A window made wrong on purpose: a button with no words, a field with no label, a
    control Tab never reaches, Tab order backwards, a button that hides its focus."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    top = QHBoxLayout()
    nameless = QPushButton("", window)
    nameless.setObjectName("nameless")
    field = QLineEdit(window)
    field.setObjectName("unlabelled")
    top.addWidget(nameless)
    top.addWidget(field)
    layout.addLayout(top)
    unreachable = QPushButton("Only with the mouse", window)
    unreachable.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    layout.addWidget(unreachable)
    first = QPushButton("First", window)
    second = QPushButton("Second", window)
    layout.addWidget(first)
    layout.addWidget(second)
    QWidget.setTabOrder(second, first)  # backwards
    hidden_focus = QPushButton("No focus ring", window)
    hidden_focus.setObjectName("noRing")
    hidden_focus.setStyleSheet("QPushButton { border: none; outline: none; }")
    layout.addWidget(hidden_focus)
    window.show()
    problems = "\n".join(audit(window))
    assert "'nameless'" in problems
    assert "no name" in problems
    assert "'unlabelled'" in problems
    assert "Tab never reaches QPushButton('', 'Only with the mouse')" in problems
    assert "Tab goes back up: QPushButton('', 'Second') then QPushButton('', 'First')" in problems
    if window.isActiveWindow():
        assert "'noRing'" in problems
        assert "does not show when it has the focus" in problems
    # Fixed, the same walk is quiet.
    nameless.setAccessibleName("Settings")
    field.setAccessibleName("Your name")
    unreachable.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    QWidget.setTabOrder(first, second)
    QWidget.setTabOrder(second, hidden_focus)
    hidden_focus.setStyleSheet("QPushButton:focus { border: 2px solid #1a5fb4; }")
    assert audit(window) == []


async def test_main_window_places_profile_thread_and_lists(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        found: dict[str, list[str]] = {}
        for key in ("home", "local", "everywhere", "notifications", "bookmarks", "search"):
            w.show_place(key)
            await settle(w)
            found[key] = audit(w)
        view = w.views["home"]
        post = next(row.item.status for row in view.model.rows if row.kind == "post")
        w.open_thread(post.id)
        await settle(w)
        found["thread"] = audit(w)
        w.open_profile(post.account.acct)
        await settle(w)
        found["profile"] = audit(w)
        editor = w.lists.new_list()
        assert editor is not None
        editor.name.setText("Family")
        editor.save_button.click()
        await eventually(lambda: not editor.busy)
        found["list page"] = audit(w)
        found["list editor"] = audit(editor)
        editor.close()
        compose = w.open_compose()
        assert compose is not None
        compose.ask_on_close = lambda: "discard"
        found["compose"] = audit(compose)
        picker = compose.open_emoji_picker()
        await picker.wait_loaded()
        found["emoji picker"] = audit(picker)
        picker.close()
        compose.close()
        status = w.open_town_status()
        if status is not None:
            await settle(w)
            found["town status"] = audit(status)
            status.close()
        for page in ("how", "shortcuts", "words"):
            help_window = open_help(w, page)
            found[f"help {page}"] = audit(help_window)
            help_window.close()
        problems = [f"{k}: {p}" for k, v in found.items() for p in v]
        assert problems == [], "\n".join(problems)


def test_settings_window(qtbot: Any) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert audit(dialog) == []


async def test_welcome_wizard_pages(make_wizard: Any) -> None:  # noqa: F811
    """Each page of the welcome wizard, as far as it can be shown without a town chosen."""
    wizard = make_wizard()
    found: list[str] = []
    for key in ("welcome", "path", "pick", "login", "signup", "backup", "done"):
        if key not in wizard.pages:
            continue
        wizard.go(key)
        found += [f"{key}: {p}" for p in audit(wizard)]
    assert found == [], "\n".join(found)


async def test_picture_descriptions_and_reading_keys(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    """A post's picture descriptions are its row's accessible description, and the picture
    window's; J and K move between posts, D saves, R/B/F act on the post chosen."""
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        w.show_place("local")
        await settle(w)
        view = w.views["local"]
        model = view.model
        rows = [
            n
            for n, row in enumerate(model.rows)
            if row.kind == "post" and (row.item.status.reblog or row.item.status).media_attachments
        ]
        assert rows, "no post with pictures in the practice town"
        post_row = model.rows[rows[0]]
        post = post_row.item.status.reblog or post_row.item.status
        said = model.data(model.index(rows[0]), Qt.ItemDataRole.AccessibleDescriptionRole)
        for media in post.media_attachments:
            assert (media.description or "no description") in said
        plain = next(n for n, row in enumerate(model.rows) if row.kind == "post")
        if not (
            model.rows[plain].item.status.reblog or model.rows[plain].item.status
        ).media_attachments:
            assert model.data(model.index(plain), Qt.ItemDataRole.AccessibleDescriptionRole) == ""

        media = post.media_attachments[0]
        w.open_media(post.id, 0, media.url, media.description or "")
        viewers = [v for v in w.findChildren(MediaViewer)]
        assert viewers
        assert viewers[-1].picture.accessibleDescription() == (media.description or "")
        assert audit(viewers[-1]) == []
        viewers[-1].close()

        # J, K, and the action keys on the chosen post.
        lst = view.list
        lst.setFocus()
        lst.setCurrentIndex(model.index(-1))
        qtbot.keyClick(lst, Qt.Key.Key_J)
        assert lst.currentIndex().row() == 0
        qtbot.keyClick(lst, Qt.Key.Key_J)
        qtbot.keyClick(lst, Qt.Key.Key_J)
        assert lst.currentIndex().row() == 2
        qtbot.keyClick(lst, Qt.Key.Key_K)
        assert lst.currentIndex().row() == 1
        chosen = model.rows[1].item.status
        chosen = chosen.reblog or chosen
        with qtbot.waitSignal(view.bookmark) as got:
            qtbot.keyClick(lst, Qt.Key.Key_D)
        assert got.args == [chosen.id]
        with qtbot.waitSignal(view.open_thread) as got:
            qtbot.keyClick(lst, Qt.Key.Key_Return)
        assert got.args == [chosen.id]
        await settle(w)
        # The keyboard page of Help lists them.
        help_window = w.show_help("shortcuts")
        text = help_window.text.toPlainText()
        help_window.close()
        for words in (
            "J, K",
            "Save for later",
            "D",
            "Reply",
            "Open the conversation",
            "Add an emoji",
        ):
            assert words in text

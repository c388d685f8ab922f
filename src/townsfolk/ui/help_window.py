"""The Help menu's pages (issue 11, break 12: it had only "About"): how Townsfolk works and
what the words mean (Markdown in ``resources/help/<language>/``), and the keyboard shortcuts,
listed from the keys the window really has bound, so the list cannot drift from the code.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from townsfolk.ui.onboarding.help import HelpText
from townsfolk.ui.style import em, place_on_screen
from townsfolk.ui.timeline.view import _KEY_ACTIONS

__all__ = ["HELP_PAGES", "HelpWindow", "bound_shortcuts", "shortcuts_markdown"]

_CTX = "HelpWindow"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


#: Help pages from Markdown files: key -> file name in resources/help/<language>/.
HELP_PAGES = {"how": "townsfolk", "words": "words"}


def _plain(text: str) -> str:
    """A menu text without its keyboard mnemonic ("&Back" -> "Back") and "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _keys(action: QAction) -> str:
    names = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if s]
    return _tr(" or ").join(n for n in names if n)


def bound_shortcuts(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu name, [(what it does, keys)]) for every menu action with a key bound."""
    sections: list[tuple[str, list[tuple[str, str]]]] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        rows = [
            (_plain(action.text()), _keys(action))
            for action in menu.actions()
            if not action.isSeparator() and _keys(action)
        ]
        if rows:
            sections.append((_plain(top.text()), rows))
    return sections


def _post_keys() -> list[tuple[str, str]]:
    """The keys of a list of posts (``timeline.view``)."""
    words = {
        "reply": _tr("Reply"),
        "boost": _tr("Boost"),
        "favourite": _tr("Favourite"),
        "bookmark": _tr("Save for later"),
        "more": _tr("More actions"),
    }
    rows = [
        (_tr("Next and previous post"), _tr("Down, Up")),
        (_tr("Open the conversation"), _tr("Enter")),
        (_tr("Show or hide a post behind a content warning"), _tr("Space")),
        (_tr("Show a sensitive picture"), "S"),
    ]
    for key, action in _KEY_ACTIONS.items():
        rows.append((words[action], QKeySequence(key).toString()))
    rows.append((_tr("Back to the newest posts"), _tr("Home")))
    return rows


def _compose_keys() -> list[tuple[str, str]]:
    return [
        (_tr("Send"), QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)),
        (_tr("Close the window (what you wrote is kept)"), _tr("Esc")),
    ]


def shortcuts_markdown(window: QMainWindow) -> str:
    """The keyboard shortcuts page, as Markdown tables."""
    lines = [f"# {_tr('Keyboard shortcuts')}", ""]
    sections = [
        *bound_shortcuts(window),
        (_tr("In a list of posts"), _post_keys()),
        (_tr("Writing a post"), _compose_keys()),
    ]
    for title, rows in sections:
        lines += [f"## {html.escape(title)}", "", f"| {_tr('To')} | {_tr('Press')} |", "|---|---|"]
        lines += [f"| {html.escape(what)} | **{html.escape(keys)}** |" for what, keys in rows]
        lines.append("")
    return "\n".join(lines)


class HelpWindow(QDialog):
    """One help page in a window of its own (not modal: it can stay open while reading)."""

    def __init__(
        self,
        key: str,
        parent: QWidget | None = None,
        *,
        markdown_text: str | None = None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"help-{key}")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        self.text = HelpText(HELP_PAGES.get(key, key), title, self, markdown_text=markdown_text)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.buttons = buttons

    def preferred_size(self) -> QSize:
        size = em(self)
        return QSize(42 * size, 40 * size)


def open_help(window: QMainWindow, key: str) -> HelpWindow:
    """Open help page ``key`` ("how", "words" or "shortcuts") over ``window``."""
    titles = {
        "how": _tr("How Townsfolk works"),
        "words": _tr("What the words mean"),
        "shortcuts": _tr("Keyboard shortcuts"),
    }
    text = shortcuts_markdown(window) if key == "shortcuts" else None
    dialog = HelpWindow(key, window, markdown_text=text, title=titles[key])
    place_on_screen(dialog, dialog.preferred_size(), over=window)
    dialog.show()
    return dialog

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

#: Help pages from Markdown files: key -> file name in resources/help/<language>/.
HELP_PAGES = {"how": "townsfolk", "words": "words"}


def _plain(text: str) -> str:
    """A menu text without its keyboard mnemonic ("&Back" -> "Back") and "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _keys(action: QAction) -> str:
    names = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if s]
    return QCoreApplication.translate("HelpWindow", " or ").join(n for n in names if n)


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
        "reply": QCoreApplication.translate("HelpWindow", "Reply"),
        "boost": QCoreApplication.translate("HelpWindow", "Boost"),
        "favourite": QCoreApplication.translate("HelpWindow", "Favourite"),
        "bookmark": QCoreApplication.translate("HelpWindow", "Save for later"),
        "more": QCoreApplication.translate("HelpWindow", "More actions"),
    }
    rows = [
        (
            QCoreApplication.translate("HelpWindow", "Next and previous post"),
            QCoreApplication.translate("HelpWindow", "J, K (or Down, Up)"),
        ),
        (
            QCoreApplication.translate("HelpWindow", "Open the conversation"),
            QCoreApplication.translate("HelpWindow", "Enter"),
        ),
        (
            QCoreApplication.translate(
                "HelpWindow", "Show or hide a post behind a content warning"
            ),
            QCoreApplication.translate("HelpWindow", "Space"),
        ),
        (QCoreApplication.translate("HelpWindow", "Show a sensitive picture"), "S"),
    ]
    for key, action in _KEY_ACTIONS.items():
        rows.append((words[action], QKeySequence(key).toString()))
    rows.append(
        (
            QCoreApplication.translate("HelpWindow", "Back to the newest posts"),
            QCoreApplication.translate("HelpWindow", "Home"),
        )
    )
    return rows


def _compose_keys() -> list[tuple[str, str]]:
    return [
        (
            QCoreApplication.translate("HelpWindow", "Send"),
            QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText),
        ),
        (
            QCoreApplication.translate("HelpWindow", "Add an emoji"),
            QKeySequence("Ctrl+E").toString(QKeySequence.SequenceFormat.NativeText),
        ),
        (
            QCoreApplication.translate("HelpWindow", "Close the window (what you wrote is kept)"),
            QCoreApplication.translate("HelpWindow", "Esc"),
        ),
    ]


def shortcuts_markdown(window: QMainWindow) -> str:
    """The keyboard shortcuts page, as Markdown tables."""
    title = QCoreApplication.translate("HelpWindow", "Keyboard shortcuts")
    to = QCoreApplication.translate("HelpWindow", "To")
    press = QCoreApplication.translate("HelpWindow", "Press")
    lines = [f"# {title}", ""]
    sections = [
        *bound_shortcuts(window),
        (QCoreApplication.translate("HelpWindow", "In a list of posts"), _post_keys()),
        (QCoreApplication.translate("HelpWindow", "Writing a post"), _compose_keys()),
    ]
    for section, rows in sections:
        lines += [
            f"## {html.escape(section)}",
            "",
            f"| {to} | {press} |",
            "|---|---|",
        ]
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
        "how": QCoreApplication.translate("HelpWindow", "How Townsfolk works"),
        "words": QCoreApplication.translate("HelpWindow", "What the words mean"),
        "shortcuts": QCoreApplication.translate("HelpWindow", "Keyboard shortcuts"),
    }
    text = shortcuts_markdown(window) if key == "shortcuts" else None
    dialog = HelpWindow(key, window, markdown_text=text, title=titles[key])
    place_on_screen(dialog, dialog.preferred_size(), over=window)
    dialog.show()
    return dialog

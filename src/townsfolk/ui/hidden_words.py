"""Hidden words: the settings page for the person's filters, and what they do to a list of
posts ("hide": not shown; "warn": folded behind "Hidden because it mentions “word”").

The page edits a :class:`~townsfolk.services.word_filters.HiddenWords`; the main window's
``safety`` controller does the asking and tells the lists to look again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

import msgspec
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from townsfolk.api.entities import Status
from townsfolk.services.word_filters import Rule, Screening
from townsfolk.ui.safe_text import PlainLabel, fill
from townsfolk.ui.style import ScaledLabel, em

__all__ = ["HiddenWordsDialog", "fold", "screen_with"]

#: lupdate collects calls named ``translate`` whose context is written out.
translate = QCoreApplication.translate

#: How long a filter lasts, in seconds (0: until the person removes it).
EXPIRY_CHOICES = (0, 3600, 86400, 7 * 86400, 30 * 86400)


def _quoted(words: tuple[str, ...]) -> str:
    return ", ".join(f"“{w}”" for w in words)


def fold(status: Status, screening: Screening) -> Status:
    """The post folded behind its note, as a content warning the list already knows how to
    open ("Show more"); a content warning of its own is kept after the note."""
    post = status.reblog or status
    note = translate("HiddenWords", "Hidden because it mentions %1.").replace(
        "%1", _quoted(screening.words)
    )
    if post.spoiler_text:
        note = f"{note} {post.spoiler_text}"
    folded = msgspec.structs.replace(post, spoiler_text=note)
    if status.reblog is not None:
        return msgspec.structs.replace(status, reblog=folded)
    return folded


def screen_with(
    verdict: Callable[[Status, str], Screening | None], context: str
) -> Callable[[Status], Status | None]:
    """A list's screen (``TimelineModel.screen``): None hides a post, a folded post warns."""

    def screen(status: Status) -> Status | None:
        found = verdict(status, context)
        if found is None:
            return status
        if found.action == "hide":
            return None
        return fold(status, found)

    return screen


class HiddenWordsDialog(QDialog):
    """The list of hidden words and a form to add or change one. ``save_requested`` and
    ``remove_requested`` carry what the person asked for; the controller answers with
    :meth:`set_rules` or :meth:`show_problem`."""

    #: (rule being changed or None, words, contexts, action, seconds or 0)
    save_requested = Signal(object, list, list, str, int)
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hiddenWordsDialog")
        self.setWindowTitle(self.tr("Hidden words"))
        self.setMinimumWidth(em(self) * 36)
        self.rules: list[Rule] = []
        self.editing: Rule | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        heading = ScaledLabel(self.tr("Hidden words"), 1.3, self, bold=True)
        heading.setAccessibleName(heading.text())
        layout.addWidget(heading)
        intro = PlainLabel(
            self.tr(
                "Posts that mention these words are folded away or not shown at all. "
                "Whole words only: “cat” does not hide “concatenate”."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.local_note = PlainLabel(
            self.tr(
                "Your town does not keep hidden words, so Townsfolk keeps them on this "
                "computer. They work only here."
            ),
            self,
        )
        self.local_note.setObjectName("localNote")
        self.local_note.setWordWrap(True)
        self.local_note.hide()
        layout.addWidget(self.local_note)

        self.list = QListWidget(self)
        self.list.setObjectName("hiddenWordsList")
        self.list.setAccessibleName(self.tr("Your hidden words"))
        self.list.setMinimumHeight(em(self) * 6)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._picked)
        layout.addWidget(self.list, 1)
        self.empty = PlainLabel(self.tr("No hidden words yet."), self)
        layout.addWidget(self.empty)

        self.words = QLineEdit(self)
        self.words.setObjectName("wordsField")
        self.words.setPlaceholderText(self.tr("Words to hide, separated by commas"))
        self.words.setAccessibleName(self.tr("Words to hide, separated by commas"))
        layout.addWidget(self.words)

        where = PlainLabel(self.tr("Where:"), self)
        layout.addWidget(where)
        self.places: dict[str, QCheckBox] = {}
        names = {
            "home": self.tr("People you follow"),
            "public": self.tr("Your town and Everywhere"),
            "notifications": self.tr("Notifications"),
            "thread": self.tr("Conversations"),
            "account": self.tr("Profiles"),
        }
        grid = QHBoxLayout()
        column = QVBoxLayout()
        for n, (key, text) in enumerate(names.items()):
            box = QCheckBox(text, self)
            box.setObjectName(f"place_{key}")
            box.setChecked(key in ("home", "public", "notifications", "thread"))
            self.places[key] = box
            column.addWidget(box)
            if n == 2:
                grid.addLayout(column)
                column = QVBoxLayout()
        column.addStretch(1)
        grid.addLayout(column)
        layout.addLayout(grid)

        self.action_group = QButtonGroup(self)
        self.warn = QRadioButton(
            self.tr("Fold the post behind a note (you can still open it)"), self
        )
        self.warn.setObjectName("actionWarn")
        self.hide_it = QRadioButton(self.tr("Don't show the post at all"), self)
        self.hide_it.setObjectName("actionHide")
        self.warn.setChecked(True)
        self.action_group.addButton(self.warn)
        self.action_group.addButton(self.hide_it)
        layout.addWidget(self.warn)
        layout.addWidget(self.hide_it)

        row = QHBoxLayout()
        how_long = PlainLabel(self.tr("For how long:"), self)
        self.expiry = QComboBox(self)
        self.expiry.setObjectName("expiryChoice")
        self.expiry.setAccessibleName(self.tr("For how long"))
        for text, seconds in zip(
            (
                self.tr("Until I remove them"),
                self.tr("1 hour"),
                self.tr("1 day"),
                self.tr("7 days"),
                self.tr("30 days"),
            ),
            EXPIRY_CHOICES,
            strict=True,
        ):
            self.expiry.addItem(text, seconds)
        how_long.setBuddy(self.expiry)
        row.addWidget(how_long)
        row.addWidget(self.expiry, 1)
        layout.addLayout(row)

        self.problem = PlainLabel(self)
        self.problem.setObjectName("hiddenWordsProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"), self)
        self.new_button.setObjectName("newButton")
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("Add"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self._save)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeButton")
        self.remove_button.clicked.connect(self._remove)
        self.remove_button.setEnabled(False)
        for button in (self.new_button, self.save_button, self.remove_button):
            button.setAccessibleName(button.text())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    # ------------------------------------------------------------------ filling in

    def set_rules(self, rules: list[Rule], *, local: bool) -> None:
        self.rules = list(rules)
        self.local_note.setVisible(local)
        self.list.blockSignals(True)
        self.list.clear()
        for rule in self.rules:
            item = QListWidgetItem(self.describe(rule))
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not self.rules)
        self.show_problem("")
        self.start_new()

    def describe(self, rule: Rule) -> str:
        names = {key: box.text() for key, box in self.places.items()}
        where = ", ".join(names[c] for c in rule.contexts if c in names)
        what = self.tr("not shown") if rule.action == "hide" else self.tr("folded")
        parts = [", ".join(rule.words), what, where]
        if rule.expires_at is not None:
            until = datetime.fromtimestamp(rule.expires_at).strftime("%d %b %H:%M")
            parts.append(fill(self.tr("until %1"), until))
        return " · ".join(parts)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.setVisible(bool(text))

    def start_new(self) -> None:
        self.editing = None
        self.list.clearSelection()
        self.words.clear()
        self.save_button.setText(self.tr("Add"))
        self.save_button.setAccessibleName(self.save_button.text())
        self.remove_button.setEnabled(False)

    # ------------------------------------------------------------------ inside

    def _picked(self, row: int) -> None:
        if not 0 <= row < len(self.rules):
            return
        rule = self.rules[row]
        self.editing = rule
        self.words.setText(", ".join(rule.words))
        for key, box in self.places.items():
            box.setChecked(key in rule.contexts)
        (self.hide_it if rule.action == "hide" else self.warn).setChecked(True)
        left = (rule.expires_at - time.time()) if rule.expires_at else 0
        best = 0
        for n, seconds in enumerate(EXPIRY_CHOICES):
            if seconds and left > 0 and abs(seconds - left) < abs(EXPIRY_CHOICES[best] - left):
                best = n
        self.expiry.setCurrentIndex(best)
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setAccessibleName(self.save_button.text())
        self.remove_button.setEnabled(True)

    def _save(self) -> None:
        words = [w.strip() for w in self.words.text().split(",") if w.strip()]
        contexts = [k for k, box in self.places.items() if box.isChecked()]
        action = "hide" if self.hide_it.isChecked() else "warn"
        self.save_requested.emit(
            self.editing, words, contexts, action, int(self.expiry.currentData() or 0)
        )

    def _remove(self) -> None:
        if self.editing is not None:
            self.remove_requested.emit(self.editing)

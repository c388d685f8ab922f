"""In the practice window, "Add an account…" and "Add a backup account…": a second practice
account on another practice town, so moving towns, "Bring in follows" and a backup account
can be tried without leaving the practice. "Join a real town" stays a choice of its own.

The dialog only asks and shows progress; ``create`` (from the welcome flow) makes the account
and puts it in the window's account menu before the dialog closes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from townsfolk.cache import Account
from townsfolk.ui.safe_text import PlainLabel, fill
from townsfolk.ui.style import ScaledLabel, em

__all__ = ["PracticeAccountDialog"]


class PracticeAccountDialog(QDialog):
    """``account_added`` (the new account) once it is in the account menu;
    ``join_real_town_requested`` when the person would rather join a real town."""

    account_added = Signal(object)
    join_real_town_requested = Signal()

    def __init__(
        self,
        town: str,
        create: Callable[[], Coroutine[Any, Any, Account]],
        *,
        backup: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("practiceAccountDialog")
        self.make = create
        self.task: asyncio.Task[Account] | None = None
        if backup:
            heading = self.tr("Add a practice backup account")
        else:
            heading = self.tr("Add a practice account")
        self.setWindowTitle(heading)
        self.setMinimumWidth(em(self) * 30)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 16)
        box.setSpacing(12)
        self.heading = ScaledLabel(heading, 1.3, self, bold=True)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(heading)
        box.addWidget(self.heading)
        if backup:
            words = self.tr(
                "Practise with a backup account on another practice town: %1. When your "
                "practice town stops answering, Townsfolk uses the backup instead. Everything "
                "stays on this computer."
            )
        else:
            words = self.tr(
                "Practise with a second account on another practice town: %1. Everything "
                "stays on this computer."
            )
        body = fill(words, town)
        self.body = PlainLabel(body, self)
        self.body.setObjectName("explanation")
        self.body.setWordWrap(True)
        self.body.setAccessibleName(body)
        box.addWidget(self.body)
        self.status = PlainLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.hide()
        box.addWidget(self.status)
        box.addStretch(1)

        row = QHBoxLayout()
        self.real_button = QPushButton(self.tr("Join a real town instead"), self)
        self.real_button.setObjectName("joinRealTown")
        self.real_button.setAccessibleName(self.tr("Join a real town instead"))
        self.real_button.setAutoDefault(False)
        self.real_button.clicked.connect(self._join_real_town)
        row.addWidget(self.real_button)
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.cancel_button)
        add_text = (
            self.tr("Add the practice backup account")
            if backup
            else self.tr("Add the practice account")
        )
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName("addPracticeAccount")
        self.add_button.setAccessibleName(add_text)
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.add_button)
        box.addLayout(row)
        self.add_button.setFocus()

    def add(self) -> None:
        """Make the practice account (once), then close."""
        if self.task is not None and not self.task.done():
            return
        for button in (self.add_button, self.real_button, self.cancel_button):
            button.setEnabled(False)
        self._say(self.tr("Making your practice account…"))
        self.task = asyncio.ensure_future(self.make())
        self.task.add_done_callback(self._made)

    def _made(self, task: asyncio.Task[Account]) -> None:
        if task.cancelled():
            return
        for button in (self.add_button, self.real_button, self.cancel_button):
            button.setEnabled(True)
        problem = task.exception()
        if problem is not None:
            self._say(
                self.tr(
                    "The practice account could not be made. Your first practice account is "
                    "as it was. Try again, or close this and go on practising."
                )
            )
            self.add_button.setFocus()
            return
        self.account_added.emit(task.result())
        self.accept()

    def _say(self, words: str) -> None:
        self.status.setText(words)
        self.status.setAccessibleName(words)
        self.status.show()

    def _join_real_town(self) -> None:
        self.reject()
        self.join_real_town_requested.emit()

    def done(self, result: int) -> None:
        if self.task is not None and not self.task.done():
            self.task.cancel()
        super().done(result)

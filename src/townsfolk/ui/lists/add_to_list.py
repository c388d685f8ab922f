""" "Add to list…" on a profile: one tick box per list; ticking adds the person at once,
unticking takes them out."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from townsfolk.api.entities import Account as Person
from townsfolk.services.lists import Lists, ListsProblem
from townsfolk.ui.focus_ring import add_focus_ring
from townsfolk.ui.safe_text import PlainLabel, fill
from townsfolk.ui.style import em

__all__ = ["AddToListDialog"]


class AddToListDialog(QDialog):
    def __init__(
        self,
        lists: Lists,
        person: Person,
        spawn: Callable[[Coroutine[Any, Any, Any]], asyncio.Task[Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addToList")
        self.lists = lists
        self.person = person
        self.spawn = spawn
        self._tasks: set[asyncio.Task[Any]] = set()
        self.boxes: dict[str, QCheckBox] = {}
        self.setWindowTitle(fill(self.tr("Add %1 to a list"), person.name))
        self.setMinimumWidth(24 * em(self))
        layout = QVBoxLayout(self)
        self.intro = PlainLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.box_layout = QVBoxLayout()
        layout.addLayout(self.box_layout)
        saved = lists.saved()
        # (made before the Close button, so Tab reaches them first)
        for item in saved:
            box = QCheckBox(item.title, self)
            box.setEnabled(False)  # until the town says which lists hold the person
            box.toggled.connect(lambda on, list_id=item.id: self._toggled(list_id, on))
            self.boxes[item.id] = box
            self.box_layout.addWidget(box)
        self.message = PlainLabel(self)
        self.message.setObjectName("addToListMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setDefault(True)
        add_focus_ring(self.close_button)  # (a default button looks the same with the focus)
        self.close_button.clicked.connect(self.close)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        if saved:
            self.intro.setText(fill(self.tr("Tick the lists %1 should be in."), person.name))
        else:
            self.intro.setText(
                self.tr(
                    "You have no lists yet. Lists let you read some people together, like "
                    "“Family” or “Gardening”. Make one with “New list…” on the left."
                )
            )
        if saved:
            self._run(self._load())

    def _run(self, coroutine: Coroutine[Any, Any, Any]) -> None:
        task = self.spawn(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    async def _load(self) -> None:
        try:
            inside = await self.lists.lists_with(self.person.id)
        except ListsProblem as problem:
            with contextlib.suppress(RuntimeError):
                self.show_message(problem.user_message)
            return
        with contextlib.suppress(RuntimeError):
            for list_id, box in self.boxes.items():
                box.blockSignals(True)
                box.setChecked(list_id in inside)
                box.blockSignals(False)
                box.setEnabled(True)

    def _toggled(self, list_id: str, on: bool) -> None:
        self._run(self._change(list_id, on))

    async def _change(self, list_id: str, on: bool) -> None:
        box = self.boxes[list_id]
        try:
            if on:
                await self.lists.add(list_id, self.person)
            else:
                await self.lists.remove(list_id, self.person)
        except ListsProblem as problem:
            with contextlib.suppress(RuntimeError):
                box.blockSignals(True)
                box.setChecked(not on)
                box.blockSignals(False)
                self.show_message(problem.user_message)
            return
        with contextlib.suppress(RuntimeError):
            self.show_message(
                fill(self.tr("Added to “%1”."), box.text())
                if on
                else fill(self.tr("Taken out of “%1”."), box.text())
            )

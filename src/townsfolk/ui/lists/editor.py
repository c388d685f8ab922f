"""The list editor: name a list, choose whose replies it shows, add and remove people.

A new list is created by "Create list"; its people can be added as soon as it exists. Each
change of people is sent to the town at once; the name and the choices by "Save". Nothing
here waits in a nested event loop: the work runs as tasks on the window's loop
(``spawn``), and ``busy`` tells tests when it is done.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from townsfolk.api.entities import Account as Person
from townsfolk.api.entities import List
from townsfolk.services.lists import REPLIES_POLICIES, Lists, ListsProblem
from townsfolk.ui.focus_ring import add_focus_ring
from townsfolk.ui.safe_text import PlainLabel, fill
from townsfolk.ui.style import em

__all__ = ["ListEditor", "person_line"]

PersonRole = Qt.ItemDataRole.UserRole + 1


def person_line(person: Person) -> str:
    """ "Ann Example (@ann@maple.town)", plain text."""
    return f"{person.name} (@{person.acct or person.username})"


class ListEditor(QDialog):
    """``changed``: a list was created, renamed, changed or deleted (the sidebar reads the
    lists again). ``deleted(id)`` after a delete."""

    changed = Signal()
    deleted = Signal(str)
    #: Someone was taken out (their posts must leave the list's page).
    person_removed = Signal()

    def __init__(
        self,
        lists: Lists,
        spawn: Callable[[Coroutine[Any, Any, Any]], asyncio.Task[Any]],
        existing: List | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("listEditor")
        self.lists = lists
        self.spawn = spawn
        self.list = existing
        self.members: list[Person] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        #: Replaceable in tests: asks before deleting a list.
        self.confirm_delete: Callable[[str], bool] = self._ask_delete
        self.setMinimumWidth(30 * em(self))

        layout = QVBoxLayout(self)
        intro = PlainLabel(
            self.tr("Lists let you read some people together, like “Family” or “Gardening”."),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("listName")
        self.name.setAccessibleName(self.tr("Name of the list"))
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("For example: Family"))
        name_label = PlainLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)

        self.replies = QComboBox(self)
        self.replies.setObjectName("listReplies")
        self.replies.setAccessibleName(self.tr("Which replies to show"))
        for policy, text in zip(
            REPLIES_POLICIES,
            (
                self.tr("Replies to people in this list"),
                self.tr("Replies to anyone you follow"),
                self.tr("No replies"),
            ),
            strict=True,
        ):
            self.replies.addItem(text, policy)
        replies_label = PlainLabel(self.tr("&Show:"), self)
        replies_label.setBuddy(self.replies)
        form.addRow(replies_label, self.replies)
        self.replies.setVisible(lists.has_replies_policy)
        replies_label.setVisible(lists.has_replies_policy)

        self.exclusive = QCheckBox(
            self.tr("Show these people only here, not in “People you follow”"), self
        )
        self.exclusive.setObjectName("listExclusive")
        self.exclusive.setVisible(lists.has_exclusive)
        form.addRow(self.exclusive)
        layout.addLayout(form)

        self.save_button = QPushButton(self)
        self.save_button.setObjectName("listSave")
        self.save_button.clicked.connect(self.save)
        # No default button: Enter in a list of people adds or removes that person, Enter
        # in the name saves.
        self.name.returnPressed.connect(self.save)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)

        self.people_box = QWidget(self)
        people = QVBoxLayout(self.people_box)
        people.setContentsMargins(0, 0, 0, 0)
        members_label = PlainLabel(self.tr("&People in this list:"), self.people_box)
        self.member_list = QListWidget(self.people_box)
        self.member_list.setObjectName("listMembers")
        self.member_list.setAccessibleName(self.tr("People in this list"))
        add_focus_ring(self.member_list)
        members_label.setBuddy(self.member_list)
        self.remove_button = QPushButton(self.tr("&Remove from list"), self.people_box)
        self.remove_button.setObjectName("listRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        people.addWidget(members_label)
        people.addWidget(self.member_list, 1)
        people.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)

        find_label = PlainLabel(self.tr("&Add people you follow:"), self.people_box)
        self.find_field = QLineEdit(self.people_box)
        self.find_field.setObjectName("listFind")
        self.find_field.setAccessibleName(self.tr("Find people you follow"))
        self.find_field.setPlaceholderText(self.tr("Type a name"))
        find_label.setBuddy(self.find_field)
        self.found = QListWidget(self.people_box)
        self.found.setObjectName("listFound")
        self.found.setAccessibleName(self.tr("People you follow"))
        add_focus_ring(self.found)
        self.add_button = QPushButton(self.tr("A&dd to list"), self.people_box)
        self.add_button.setObjectName("listAdd")
        self.add_button.clicked.connect(self.add_selected)
        self.found.itemActivated.connect(lambda _item: self.add_selected())
        self.member_list.itemActivated.connect(lambda _item: self.remove_selected())
        people.addWidget(find_label)
        people.addWidget(self.find_field)
        people.addWidget(self.found, 1)
        people.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.people_box, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.search_now)
        self.find_field.textChanged.connect(lambda _text: self._search_timer.start())

        self.message = PlainLabel(self)
        self.message.setObjectName("listMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        bottom = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete list…"), self)
        self.delete_button.setObjectName("listDelete")
        self.delete_button.clicked.connect(self.delete)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("listClose")
        self.close_button.clicked.connect(self.close)
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # (a dialog makes the first one its default)
        if existing is not None:
            self.name.setText(existing.title)
            found = self.replies.findData(existing.replies_policy)
            self.replies.setCurrentIndex(max(0, found))
            self.exclusive.setChecked(existing.exclusive)
        self._update_mode()
        if existing is not None:
            self._run(self._load())

    # ------------------------------------------------------------------ state

    def _update_mode(self) -> None:
        new = self.list is None
        self.setWindowTitle(
            self.tr("New list")
            if new
            else fill(self.tr("List “%1”"), self.list.title if self.list else "")
        )
        self.save_button.setText(self.tr("&Create list") if new else self.tr("&Save"))
        self.save_button.setAccessibleName(
            self.tr("Create list") if new else self.tr("Save the name and choices")
        )
        self.people_box.setEnabled(not new)
        self.people_box.setVisible(not new)
        self.delete_button.setVisible(not new)

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

    # ------------------------------------------------------------------ actions

    def save(self) -> None:
        self._run(self._save())

    async def _save(self) -> None:
        title = self.name.text()
        policy = str(self.replies.currentData())
        exclusive = self.exclusive.isChecked()
        try:
            if self.list is None:
                made = await self.lists.create(title, replies_policy=policy, exclusive=exclusive)
            else:
                made = await self.lists.update(
                    self.list.id, title=title, replies_policy=policy, exclusive=exclusive
                )
        except ListsProblem as problem:
            with contextlib.suppress(RuntimeError):
                self.show_message(problem.user_message)
            return
        created = self.list is None
        self.list = made
        with contextlib.suppress(RuntimeError):
            self._update_mode()
            self.show_message(
                self.tr("List created. Now add the people you want to read in it.")
                if created
                else self.tr("Saved.")
            )
            if created:
                self.find_field.setFocus()
                self.search_now()
        self.changed.emit()

    async def _load(self) -> None:
        assert self.list is not None
        try:
            self.members = await self.lists.members(self.list.id)
        except ListsProblem as problem:
            with contextlib.suppress(RuntimeError):
                self.show_message(problem.user_message)
            return
        with contextlib.suppress(RuntimeError):
            self._show_members()
            self.search_now()

    def _show_members(self) -> None:
        self.member_list.clear()
        for person in self.members:
            item = QListWidgetItem(person_line(person), self.member_list)
            item.setData(PersonRole, person)
        if self.member_list.count():
            self.member_list.setCurrentRow(0)
        self.remove_button.setEnabled(bool(self.members))

    def search_now(self) -> None:
        self._search_timer.stop()
        if self.list is not None:
            self._run(self._search(self.find_field.text()))

    async def _search(self, text: str) -> None:
        try:
            people = await self.lists.find_followed(text)
        except ListsProblem as problem:
            with contextlib.suppress(RuntimeError):
                self.show_message(problem.user_message)
            return
        with contextlib.suppress(RuntimeError):
            if text != self.find_field.text():
                return  # a newer search is on its way
            inside = {p.id for p in self.members}
            self.found.clear()
            for person in people:
                if person.id in inside:
                    continue
                item = QListWidgetItem(person_line(person), self.found)
                item.setData(PersonRole, person)
            if self.found.count():
                self.found.setCurrentRow(0)
            elif text.strip() and not people:
                self.show_message(self.tr("Nobody you follow has that name."))
            self.add_button.setEnabled(self.found.count() > 0)

    def add_selected(self) -> None:
        item = self.found.currentItem()
        if item is not None and self.list is not None:
            self._run(self._add(item.data(PersonRole)))

    async def _add(self, person: Person) -> None:
        assert self.list is not None
        try:
            await self.lists.add(self.list.id, person)
        except ListsProblem as problem:
            with contextlib.suppress(RuntimeError):
                self.show_message(problem.user_message)
            return
        self.members.append(person)
        with contextlib.suppress(RuntimeError):
            self._show_members()
            self.show_message(fill(self.tr("%1 is now in this list."), person.name))
            await self._search(self.find_field.text())
        self.changed.emit()

    def remove_selected(self) -> None:
        item = self.member_list.currentItem()
        if item is not None and self.list is not None:
            self._run(self._remove(item.data(PersonRole)))

    async def _remove(self, person: Person) -> None:
        assert self.list is not None
        try:
            await self.lists.remove(self.list.id, person)
        except ListsProblem as problem:
            with contextlib.suppress(RuntimeError):
                self.show_message(problem.user_message)
            return
        self.members = [p for p in self.members if p.id != person.id]
        self.person_removed.emit()
        with contextlib.suppress(RuntimeError):
            self._show_members()
            self.show_message(fill(self.tr("%1 was taken out of this list."), person.name))
            await self._search(self.find_field.text())
        self.changed.emit()

    def _ask_delete(self, title: str) -> bool:
        # The list's name is the town's text: a box that shows it as plain text, never HTML.
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete this list?"),
            fill(
                self.tr(
                    "Delete the list “%1”? The people in it are not told, and you keep "
                    "following them."
                ),
                title,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Yes

    def delete(self) -> None:
        if self.list is not None and self.confirm_delete(self.list.title):
            self._run(self._delete(self.list.id))

    async def _delete(self, list_id: str) -> None:
        try:
            await self.lists.delete(list_id)
        except ListsProblem as problem:
            with contextlib.suppress(RuntimeError):
                self.show_message(problem.user_message)
            return
        self.changed.emit()
        self.deleted.emit(list_id)
        with contextlib.suppress(RuntimeError):
            self.close()

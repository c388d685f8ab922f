"""Lists in the main window: the sidebar entries, a timeline page per list, "New list…",
"Edit list…" and "Add to list…" on a profile.

The main window keeps one `ListsPlaces` and calls it from a few places (building the page,
switching account, showing a page). A list's page is a `TimelineView` kept in the window's
``views`` under ``"list:<id>"``, so refreshing and reading positions work as for the other
timelines; list pages are made when first opened and dropped when the account changes.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from townsfolk.api.entities import List
from townsfolk.services.lists import Lists, ListsProblem, lists_for
from townsfolk.ui.lists.add_to_list import AddToListDialog
from townsfolk.ui.lists.editor import ListEditor
from townsfolk.ui.safe_text import fill
from townsfolk.ui.timeline import TimelineView

if TYPE_CHECKING:
    from townsfolk.services.session import AccountSession
    from townsfolk.ui.main_window import MainWindow
    from townsfolk.ui.profile_view import ProfileView

__all__ = ["ListsPlaces", "is_list"]


def is_list(key: str | None) -> bool:
    return bool(key) and str(key).startswith("list:")


class ListsPlaces(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.lists: Lists | None = None
        #: The editor or "Add to list" window open now (for tests).
        self.editor: ListEditor | None = None
        self.add_dialog: AddToListDialog | None = None
        self.new_button = QPushButton(self.tr("+  New list…"))
        self.new_button.setObjectName("newListButton")
        self.new_button.setAccessibleName(self.tr("New list"))
        self.new_button.setToolTip(
            self.tr("Lists let you read some people together, like “Family” or “Gardening”.")
        )
        self.new_button.clicked.connect(self.new_list)
        self.edit_button = QPushButton(self.tr("Edit list…"))
        self.edit_button.setObjectName("editListButton")
        self.edit_button.setAccessibleName(self.tr("Edit this list"))
        self.edit_button.clicked.connect(self.edit_current)
        self.edit_button.hide()

    # ------------------------------------------------------------------ the account's lists

    def account_changed(self, prepared: AccountSession) -> None:
        """Another account is on screen: its saved lists at once, the town's after."""
        w = self.window
        for key in [k for k in w.views if is_list(k)]:
            view = w.views.pop(key)
            view.close_timeline()
            w.pages.removeWidget(view)
            view.deleteLater()
        session = w.session
        assert session is not None
        account = prepared.account
        self.lists = lists_for(
            prepared.client,
            session.profile,
            account.local_id,
            account.remote_id or "",
            session.cached_instance(account.local_id),
        )
        self._show(self.lists.saved())
        w.spawn_for_account(self.refresh())

    async def refresh(self) -> None:
        lists = self.lists
        if lists is None:
            return
        try:
            fresh = await lists.refresh()
        except ListsProblem:
            return  # the saved lists stay; the timelines say when the town is not answering
        if lists is self.lists:
            with contextlib.suppress(RuntimeError):
                self._show(fresh)

    def _show(self, lists: list[List]) -> None:
        w = self.window
        current = w.navigation.current_place()
        shown = w.current_page_key()
        w.navigation.set_lists([(item.id, item.title) for item in lists])
        if is_list(current) and not w.navigation.has(str(current)):
            if shown == current:
                w.show_place("home")  # the list on screen was deleted
            self._drop_view(str(current))
        elif is_list(current) and w.current_page_key() == current:
            w._set_title(self.title(str(current)), self.subtitle(str(current)))

    def _drop_view(self, key: str) -> None:
        w = self.window
        view = w.views.pop(key, None)
        if view is not None:
            view.close_timeline()
            w.pages.removeWidget(view)
            view.deleteLater()

    # ------------------------------------------------------------------ pages

    def ensure_view(self, key: str) -> TimelineView | None:
        """The page of list ``key``, made when first opened."""
        w = self.window
        found = w.views.get(key)
        if found is not None or w.session is None or w.account is None:
            return found
        view = TimelineView(
            town=w.account.server_domain,
            images=w.images,
            empty_text=self.tr(
                "Posts from the people in this list will show here. Add people with "
                "“Edit list…” above."
            ),
            parent=w.pages,
        )
        view.setObjectName("listView")
        w._wire(view)
        w.views[key] = view
        w.pages.addWidget(view)
        view.attach(w.session.timeline(w.account.local_id, key))
        return view

    def title(self, key: str) -> str:
        found = self.lists.find(key.removeprefix("list:")) if self.lists else None
        return found.title if found is not None else self.tr("List")

    def subtitle(self, key: str) -> str:
        return self.tr("Posts from the people in this list.")

    def page_shown(self, key: str | None) -> None:
        self.edit_button.setVisible(is_list(key))

    # ------------------------------------------------------------------ editing

    def _open_editor(self, existing: List | None) -> ListEditor | None:
        w = self.window
        if self.lists is None:
            return None
        if w.session is not None and w.account is not None:  # what the town can do
            self.lists.instance = w.session.cached_instance(w.account.local_id)
        if self.editor is not None:
            with contextlib.suppress(RuntimeError):
                self.editor.close()
        editor = ListEditor(self.lists, w.spawn, existing, w)
        editor.changed.connect(lambda: self._edited(editor))
        editor.deleted.connect(self._deleted)
        editor.person_removed.connect(lambda: self._forget_posts(editor))
        self.editor = editor
        editor.show()
        editor.name.setFocus()
        return editor

    def new_list(self) -> ListEditor | None:
        return self._open_editor(None)

    def edit_current(self) -> ListEditor | None:
        key = self.window.navigation.current_place()
        if self.lists is None or not is_list(key):
            return None
        return self._open_editor(self.lists.find(str(key).removeprefix("list:")))

    def _edited(self, editor: ListEditor) -> None:
        if self.lists is None or editor.list is None:
            return
        w = self.window
        self._show(self.lists.saved())
        key = "list:" + editor.list.id
        if w.current_page_key() != key and w.navigation.has(key):
            w.show_place(key)
        elif key in w.views:
            w.spawn_for_account(w.refresh_timeline(key))

    def _forget_posts(self, editor: ListEditor) -> None:
        """Someone left the list: its saved posts are forgotten and read again, so theirs
        leave the page (the posts themselves stay stored for the other places)."""
        w = self.window
        if editor.list is None or w.session is None or w.account is None:
            return
        key = "list:" + editor.list.id
        w.session.db.timelines.clear(w.account.local_id, key)
        view = w.views.get(key)
        if view is not None:
            view.attach(w.session.timeline(w.account.local_id, key))

    def _deleted(self, list_id: str) -> None:
        if self.lists is not None:
            self._show(self.lists.saved())

    def add_to_list(self, view: ProfileView) -> AddToListDialog | None:
        if self.lists is None or view.person is None:
            return None
        dialog = AddToListDialog(self.lists, view.person, self.window.spawn, self.window)
        dialog.setWindowTitle(fill(self.tr("Add %1 to a list"), view.person.name))
        self.add_dialog = dialog
        dialog.show()
        return dialog

"""Posts in the main window: finding a post on screen and showing it changed everywhere,
and what the person does to a post (favourite, boost, save, vote, the "More" menu: copy
link, open in browser, change, delete). Actions flip at once and quietly flip back, with the
reason in the banner, when the town refuses; on a saved post of a town that is down,
favourite and boost go through a backup account.

Every function takes the window first; :class:`~townsfolk.ui.main_window.MainWindow` binds
them as its methods (``toggle = post_actions.toggle``…), so ``window.toggle(...)``,
``window.more_menu(...)`` and the others are the window's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox

from townsfolk.api.entities import Status
from townsfolk.api.errors import ApiError
from townsfolk.cache import Account
from townsfolk.services.failover import FailoverProblem
from townsfolk.services.post_actions import ActionFailed
from townsfolk.ui.links import open_external
from townsfolk.ui.media_viewer import EditPostDialog
from townsfolk.ui.window import fill_in

if TYPE_CHECKING:
    from townsfolk.ui.main_window import MainWindow

# lupdate collects calls named ``translate`` whose context is written out (the texts keep
# the context "MainWindow" they had in ui/main_window.py).
translate = QCoreApplication.translate

# What each toggle changes on a post: its flag and the count beside it.
_TOGGLES = {
    "favourite": ("favourited", "favourites_count"),
    "boost": ("reblogged", "reblogs_count"),
    "bookmark": ("bookmarked", None),
}


def find_post(window: MainWindow, post_id: str) -> Status | None:
    """The post (not a boost wrapper) as shown in any list, or the saved copy."""
    for view in window.all_timeline_views():
        for row in view.model.rows:
            post = row.item.status.reblog or row.item.status
            if post.id == post_id:
                return post
    prepared = window.prepared
    return prepared.actions.saved_copy(post_id) if prepared is not None else None


def update_post(window: MainWindow, post: Status) -> None:
    """Show a changed post everywhere it is on screen (boosts of it included)."""
    for view in window.all_timeline_views():
        for row in list(view.model.rows):
            status = row.item.status
            if status.id == post.id:
                view.model.update_status(post)
                break
            if status.reblog is not None and status.reblog.id == post.id:
                view.model.update_status(
                    msgspec.structs.replace(
                        status,
                        reblog=post,
                        favourited=post.favourited,
                        reblogged=post.reblogged,
                        bookmarked=post.bookmarked,
                    )
                )
        view.list.viewport().update()


def remove_post(window: MainWindow, post_id: str) -> None:
    """Take a deleted post (and boosts of it) off every list, keeping each reader's place
    and the rows that mark posts not loaded yet."""
    for view in window.all_timeline_views():
        view.remove_post(post_id)


def is_own(window: MainWindow, post: Status) -> bool:
    return window.account is not None and post.account.id == window.account.remote_id


async def toggle(window: MainWindow, what: str, post_id: str) -> None:
    """Favourite / boost / save, or undo it: flips at once, flips back if refused."""
    prepared = window.prepared
    post = window.find_post(post_id)
    if prepared is None or post is None:
        return
    if what in ("favourite", "boost") and window.showing_saved_only():
        backup = window.usable_backup()
        if backup is not None:
            await toggle_through_backup(window, what, post, backup)
            return
    flag, counter = _TOGGLES[what]
    on = not bool(getattr(post, flag))
    changes: dict[str, Any] = {flag: on}
    if counter is not None:
        changes[counter] = max(0, int(getattr(post, counter)) + (1 if on else -1))
    window.update_post(msgspec.structs.replace(post, **changes))
    try:
        confirmed = await prepared.actions.toggle(what, post_id, on)  # type: ignore[arg-type]
    except ActionFailed as failure:
        if prepared is window.prepared:
            window.update_post(post)
            window.banner.show_message("action", failure.user_message, kind="error")
        return
    if prepared is window.prepared:
        window.banner.clear("action")
        window.update_post(confirmed)


def usable_backup(window: MainWindow) -> Account | None:
    """A backup of the account on screen whose town answers (no waiting), or None."""
    if window.session is None or window.account is None:
        return None
    for backup in window.session.db.accounts.backups(window.account.local_id):
        if window.session.monitor.is_usable(backup.server_url) and window.session.get(
            backup.local_id
        ):
            return backup
    return None


async def toggle_through_backup(
    window: MainWindow, what: str, post: Status, backup: Account
) -> None:
    """A saved post of an account whose town is down: favourite or boost it from the
    backup account (the same post, found from the backup's town)."""
    assert window.session is not None
    address = post.uri or post.url or ""
    flag, counter = _TOGGLES[what]
    if getattr(post, flag):
        return  # already done from the main account; undoing waits for its town
    changes: dict[str, Any] = {flag: True}
    if counter is not None:
        changes[counter] = int(getattr(post, counter)) + 1
    window.update_post(msgspec.structs.replace(post, **changes))
    try:
        if what == "favourite":
            await window.session.failover.favourite_on(backup, address)
        else:
            await window.session.failover.boost_on(backup, address)
    except FailoverProblem as problem:
        window.update_post(post)
        window.banner.show_message("action", problem.user_message, kind="error")
        return
    except ApiError as error:
        window.update_post(post)
        window.banner.show_message("action", error.user_message(), kind="error")
        return
    if what == "favourite":
        text = translate("MainWindow", "Favourited from your backup account @%1.")
    else:
        text = translate("MainWindow", "Boosted from your backup account @%1.")
    window.statusBar().showMessage(fill_in(text, backup.handle), 8000)


async def vote(window: MainWindow, post_id: str, poll_id: str, choices: list[int]) -> None:
    prepared = window.prepared
    post = window.find_post(post_id)
    if prepared is None or post is None:
        return
    try:
        poll = await prepared.actions.vote(poll_id, choices)
    except ActionFailed as failure:
        window.banner.show_message("action", failure.user_message, kind="error")
        return
    if prepared is window.prepared:
        window.update_post(msgspec.structs.replace(post, poll=poll))


def more_menu(window: MainWindow, post_id: str) -> QMenu:
    """The "More" menu of a post: copy link, open in browser, change, delete."""
    menu = QMenu(window)
    menu.setAccessibleName(translate("MainWindow", "More actions for this post"))
    post = window.find_post(post_id)
    if post is None:
        return menu
    link = post.url or post.uri
    copy = menu.addAction(translate("MainWindow", "Copy link to post"))
    copy.triggered.connect(lambda: window.copy_link(post_id))
    browser = menu.addAction(translate("MainWindow", "Open in browser"))
    browser.triggered.connect(lambda: window.open_in_browser(post_id))
    copy.setEnabled(bool(link))
    browser.setEnabled(bool(link))
    menu.addAction(translate("MainWindow", "Open the conversation")).triggered.connect(
        lambda: window.open_thread(post_id)
    )
    if not window.is_own(post):
        window.safety.add_to_menu(menu, post)
    if window.is_own(post):
        menu.addSeparator()
        prepared = window.prepared
        # Hidden where the town cannot change posts (known from its software or a refusal).
        if prepared is not None and prepared.actions.can_edit is None:
            window.spawn_for_account(prepared.actions.edit_support())  # known next time
        if prepared is None or prepared.actions.can_edit is not False:
            menu.addAction(translate("MainWindow", "Change this post…")).triggered.connect(
                lambda: window.spawn(window.edit_post(post_id))
            )
        menu.addAction(translate("MainWindow", "Delete this post…")).triggered.connect(
            lambda: window.spawn(window.delete_post(post_id))
        )
    return menu


def show_more(window: MainWindow, post_id: str) -> None:
    menu = window.more_menu(post_id)
    menu.aboutToHide.connect(menu.deleteLater)
    menu.popup(QCursor.pos())


def copy_link(window: MainWindow, post_id: str) -> None:
    post = window.find_post(post_id)
    link = (post.url or post.uri) if post is not None else ""
    if link:
        QGuiApplication.clipboard().setText(link)
        window.statusBar().showMessage(
            translate("MainWindow", "The link to the post was copied."), 5000
        )


def open_in_browser(window: MainWindow, post_id: str) -> None:
    post = window.find_post(post_id)
    link = (post.url or post.uri) if post is not None else ""
    if link:
        window.open_link(link)


def open_link(window: MainWindow, url: str) -> None:
    """Every web link from a town passes the one link gate (``ui/links.py``)."""
    open_external(
        url,
        opener=window.open_url,
        refused=lambda text: window.banner.show_message("link", text, kind="error"),
    )


async def delete_post(window: MainWindow, post_id: str) -> None:
    """Delete one's own post, after asking."""
    prepared = window.prepared
    post = window.find_post(post_id)
    if prepared is None or post is None or not window.is_own(post):
        return
    if not window.confirm_delete(post):
        return
    try:
        await prepared.actions.delete(post_id)
    except ActionFailed as failure:
        window.banner.show_message("action", failure.user_message, kind="error")
        return
    window.banner.clear("action")
    window.remove_post(post_id)
    window.statusBar().showMessage(translate("MainWindow", "Your post was deleted."), 5000)


def ask_delete(window: MainWindow, post: Status) -> bool:
    answer = QMessageBox.question(
        window,
        translate("MainWindow", "Delete this post?"),
        translate(
            "MainWindow",
            "Delete your post for good? It will disappear from every town. This cannot be undone.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


async def edit_post(window: MainWindow, post_id: str) -> None:
    """Change the text of one's own post."""
    prepared = window.prepared
    post = window.find_post(post_id)
    if prepared is None or post is None or not window.is_own(post):
        return
    if not await prepared.actions.edit_support():
        window.banner.show_message(
            "action",
            translate(
                "MainWindow",
                "Your town does not let people change their posts. You can delete the "
                "post and write it again.",
            ),
            kind="warning",
        )
        return
    # What the person wrote (the town's /source, or the post turned back into text):
    # never the post's HTML, and nothing is sent when it is not changed.
    source = await prepared.actions.edit_source(post)
    if prepared is not window.prepared:
        return
    text = window.ask_edit(source.text)
    if text is None or not text.strip() or text == source.text:
        return
    try:
        changed = await prepared.actions.edit(
            post_id,
            text=text,
            spoiler_text=post.spoiler_text,
            sensitive=post.sensitive,
            language=post.language,
        )
    except ActionFailed as failure:
        window.banner.show_message("action", failure.user_message, kind="error")
        return
    window.banner.clear("action")
    if prepared is window.prepared:
        window.update_post(changed)


def ask_edit(window: MainWindow, text: str) -> str | None:
    dialog = EditPostDialog(text, window)
    try:
        return dialog.text() if dialog.exec() else None
    finally:
        dialog.deleteLater()

"""Writing in the main window: the compose window (one at a time, for the account on screen
or for a backup answering a saved post of a town that is down), what the status bar says
after Send, and the "posts waiting to be sent" button.

The window's methods (``open_compose``, ``reply_to``, ``reply_context``, ``waiting_count``,
``show_waiting``) and its slots call the functions of this module; ``window.compose`` is the
compose window open now.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from townsfolk.api.entities import Status
from townsfolk.api.errors import ApiError
from townsfolk.cache import Account
from townsfolk.services.failover import FailoverProblem
from townsfolk.services.outbox import OutboxChange
from townsfolk.services.richtext import plain_text
from townsfolk.ui.compose import ComposeLimits, ComposeWindow, DraftFile
from townsfolk.ui.compose.emoji_picker import town_emoji_source
from townsfolk.ui.style import place_on_screen
from townsfolk.ui.window import failover, fill_in

if TYPE_CHECKING:
    from townsfolk.ui.main_window import MainWindow

# lupdate collects calls named ``translate`` whose context is written out (the texts keep
# the context "MainWindow" they had in ui/main_window.py).
translate = QCoreApplication.translate


def compose_limits(window: MainWindow) -> ComposeLimits:
    if window.session is None or window.account is None:
        return ComposeLimits()
    instance = window.session.cached_instance(window.account.local_id)
    return ComposeLimits.from_instance(instance) if instance is not None else ComposeLimits()


def open_compose(
    window: MainWindow,
    reply_to: tuple[str, str] | None = None,
    account: Account | None = None,
    reply_context: str = "",
) -> ComposeWindow | None:
    """Open the compose window for the current account (Ctrl+N), or for ``account``
    (a backup answering a saved post of an account whose town is down)."""
    if window.session is None or window.account is None:
        return None
    account = account or window.account
    compose = window.compose
    if compose is not None and compose.account_id != account.local_id:
        compose.close()
        compose = window.compose
    if compose is None:
        compose = ComposeWindow(
            window.session.outbox,
            account.local_id,
            limits=compose_limits(window),
            draft_file=DraftFile(window.session.profile / f"draft-{account.local_id}.json"),
            remind_picture_descriptions=window.settings.remind_picture_descriptions,
            town_name=account.server_domain,
            close_after_send=True,
            parent=window,
        )
        compose.submitted.connect(window._compose_submitted)
        compose.emoji_images = window.images
        compose.town_emoji = town_emoji_source(window.session, account.local_id)
        compose.setWindowFlag(Qt.WindowType.Window, True)
        compose.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        compose.setWindowTitle(
            fill_in(translate("MainWindow", "Write a post — @%1"), account.handle)
        )
        compose.destroyed.connect(window._compose_gone)
        compose.text_edit.textChanged.connect(window._compose_text_changed)
        compose.waiting_list.post_from_backup_requested.connect(
            lambda item_id: window.spawn(window.post_waiting_from_backup([item_id]))
        )
        place_on_screen(compose, compose.preferred_size(), over=window)
        window.compose = compose
        failover.offer_backup_in_compose(window)
    if reply_to is not None:
        compose.set_reply(*reply_to, context=reply_context)
    compose.show()
    compose.raise_()
    compose.activateWindow()
    compose.text_edit.setFocus()
    return compose


def compose_submitted(window: MainWindow, item_id: int) -> None:
    """The compose window closed after Send: the status bar says where the post is (one
    sentence; "Your post was sent." follows when the town has it)."""
    if window.session is None:
        return
    item = window.session.outbox.get(item_id)
    if item is None:
        text = translate("MainWindow", "Your post was sent.")
    elif window.offline:
        text = translate(
            "MainWindow",
            "Your post is saved on this computer. It will be sent when you are online again.",
        )
    elif window.session.town_not_answering(item.account_id):
        text = translate(
            "MainWindow",
            "Your post is saved on this computer. It will be sent when your town answers.",
        )
    else:
        text = translate("MainWindow", "Sending your post…")
    window.statusBar().showMessage(text, 8000)


def reply_context(window: MainWindow, post: Status) -> str:
    """The post being answered, as plain text for the reply compose (a content warning
    stays a warning: only its note shows)."""
    if post.spoiler_text:
        return fill_in(translate("MainWindow", "Behind a content warning: %1"), post.spoiler_text)
    return plain_text(post.content)


def compose_gone(window: MainWindow, *_args: object) -> None:
    window.compose = None
    window.set_user_typing(False)


def reply_to(window: MainWindow, post_id: str) -> None:
    post = window.find_post(post_id)
    if post is None or window.account is None:
        return
    acct = post.account.acct or post.account.username
    if "@" not in acct:
        acct = f"{acct}@{window.account.server_domain}"
    if window.showing_saved_only():
        backup = window.usable_backup()
        if backup is not None:
            window.spawn(reply_through_backup(window, post, acct, backup))
            return
    open_compose(window, reply_to=(post_id, acct), reply_context=reply_context(window, post))


def show_waiting(window: MainWindow) -> None:
    compose = open_compose(window)
    if compose is not None and not compose.show_waiting_button.isChecked():
        compose.show_waiting_button.setChecked(True)


def outbox_changed(window: MainWindow, change: OutboxChange) -> None:
    with contextlib.suppress(RuntimeError):  # the window is being destroyed
        update_waiting(window)
        mine = (
            window.account is not None
            and change.item is not None
            and change.item.account_id == window.account.local_id
        )
        if change.kind == "sent" and mine:
            window.statusBar().showMessage(translate("MainWindow", "Your post was sent."), 8000)
            window.spawn_for_account(show_own_post(window))


async def show_own_post(window: MainWindow) -> None:
    view = window.views.get("home")
    if view is None or view.timeline is None:
        return
    await window.refresh_timeline("home")
    if view.timeline is not None and view.list.verticalScrollBar().value() == 0:
        view.show_new_posts()


def waiting_count(window: MainWindow) -> int:
    if window.session is None or window.account is None:
        return 0
    return window.session.outbox.waiting_count(window.account.local_id)


def update_waiting(window: MainWindow) -> None:
    """The "posts waiting to be sent" button (in the status bar) says how many."""
    count = waiting_count(window)
    if count == 0:
        window.waiting_button.hide()
        return
    if count == 1:
        text = translate("MainWindow", "1 post waiting to be sent")
    else:
        text = fill_in(translate("MainWindow", "%1 posts waiting to be sent"), count)
    window.waiting_button.setText("✉ " + text)
    window.waiting_button.setAccessibleName(text)
    window.waiting_button.setToolTip(translate("MainWindow", "See the posts waiting to be sent"))
    window.waiting_button.show()


async def reply_through_backup(
    window: MainWindow, post: Status, acct: str, backup: Account
) -> None:
    assert window.session is not None
    try:
        found = await window.session.failover.resolve_post_on(backup, post.uri or post.url or "")
    except FailoverProblem as problem:
        window.banner.show_message("action", problem.user_message, kind="error")
        return
    except ApiError as error:
        window.banner.show_message("action", error.user_message(), kind="error")
        return
    open_compose(
        window, reply_to=(found.id, acct), account=backup, reply_context=reply_context(window, post)
    )


def compose_text_changed(window: MainWindow) -> None:
    compose = window.compose
    if compose is not None:
        window.set_user_typing(bool(compose.text_edit.toPlainText().strip()))

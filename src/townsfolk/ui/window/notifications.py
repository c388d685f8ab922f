"""Notifications in the main window: looking for new ones, the unread count beside
"Notifications", marking the ones seen on screen as read, loading older ones, and telling the
desktop (a tray message) when the window is not active.

The window keeps ``refresh_notifications`` and its slots (``_notifications_seen``,
``_load_older_notifications``, ``_tray_clicked``); ``window.desktop_notify`` is replaceable
in tests (by default :func:`desktop_notify`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSystemTrayIcon

from townsfolk.services.notifications import NotificationItem, NotificationsFailed
from townsfolk.services.timelines import OFFLINE_MESSAGE
from townsfolk.ui.notifications_view import describe_notification, post_text
from townsfolk.ui.safe_text import desktop_text
from townsfolk.ui.window import failover, fill_in

if TYPE_CHECKING:
    from townsfolk.ui.main_window import MainWindow

# lupdate collects calls named ``translate`` whose context is written out (the texts keep
# the context "MainWindow" they had in ui/main_window.py).
translate = QCoreApplication.translate


async def refresh(window: MainWindow) -> None:
    prepared = window.prepared
    if prepared is None:
        return
    generation = window._generation
    first_fill = not window.notifications_view.model.items
    try:
        fresh = await prepared.notifications.refresh()
    except NotificationsFailed as failure:
        if generation == window._generation:
            if failure.user_message == OFFLINE_MESSAGE:
                # Offline only when no other town answers either (as for timelines).
                down = await failover.down_after_checks(window, prepared.client.base_url)
                if down is None and generation == window._generation:
                    failover.set_offline(window, True)
            else:
                window.notifications_view.show_message(failure.user_message)
        return
    if generation != window._generation:
        return
    failover.set_offline(window, False)
    window.notifications_view.hide_message()
    fresh = window.safety.screen_notifications(fresh)  # hidden words
    if fresh:
        window.notifications_view.model.prepend(fresh)
    if window.current_page_key() == "notifications" and window.isVisible():
        mark_read(window)
    else:
        update_unread(window)
    if fresh and not first_fill:
        tell_desktop(window, fresh)


def load_older(window: MainWindow) -> None:
    prepared = window.prepared
    items = window.notifications_view.model.items
    if prepared is None or window._loading_notifications:
        return
    window._loading_notifications = True

    async def run() -> None:
        try:
            older = await prepared.notifications.load_older(items[-1].id if items else None)
        except NotificationsFailed:
            return
        finally:
            window._loading_notifications = False
        if prepared is window.prepared:
            window.notifications_view.model.append(window.safety.screen_notifications(older))

    window.spawn_for_account(run())


def update_unread(window: MainWindow) -> None:
    prepared = window.prepared
    count = prepared.notifications.unread_count() if prepared is not None else 0
    window.navigation.set_unread(count)


def mark_read(window: MainWindow) -> None:
    """The notifications on screen are seen (read), the others stay unread."""
    update_unread(window)
    window.notifications_view.check_seen()


def seen(window: MainWindow, ids: list[str]) -> None:
    prepared = window.prepared
    if prepared is None:
        return
    prepared.notifications.mark_seen(ids)
    update_unread(window)
    window.spawn_for_account(prepared.notifications.save_marker())


def tell_desktop(window: MainWindow, fresh: list[NotificationItem]) -> None:
    if not window.settings.desktop_notifications or window.isActiveWindow():
        return
    first = fresh[0].notification
    if len(fresh) == 1:
        title = describe_notification(first)
        text = post_text(first)
    else:
        title = fill_in(translate("MainWindow", "%1 new notifications"), len(fresh))
        text = describe_notification(first)
    window.desktop_notify(title, text)


def desktop_notify(window: MainWindow, title: str, text: str) -> None:
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return
    if window._tray is None:
        window._tray = QSystemTrayIcon(window.windowIcon(), window)
        window._tray.setToolTip(translate("MainWindow", "Townsfolk"))
        window._tray.messageClicked.connect(window._tray_clicked)
        window._tray.show()
    window._tray.showMessage(
        title, desktop_text(text), QSystemTrayIcon.MessageIcon.Information, 8000
    )


def tray_clicked(window: MainWindow) -> None:
    window.show_place("notifications")
    window.showNormal()
    window.raise_()
    window.activateWindow()

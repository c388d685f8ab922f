"""Accounts in the main window: reading the stored accounts into the account switcher,
adding one (after the wizard), the person picking another account, and showing an account
(its saved posts at once, newer ones afterwards).

Every function takes the window first; :class:`~townsfolk.ui.main_window.MainWindow` binds
them as its methods (``switch_account = accounts.switch_account``…).
"""

from __future__ import annotations

import contextlib
import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize

from townsfolk.cache import Account
from townsfolk.services.failover import FailoverProblem
from townsfolk.ui.timeline.images import AVATAR_PIXELS
from townsfolk.ui.window import failover, fill_in, geometry, menus, notifications

if TYPE_CHECKING:
    from townsfolk.ui.main_window import MainWindow

# lupdate collects calls named ``translate`` whose context is written out (the texts keep
# the context "MainWindow" they had in ui/main_window.py).
translate = QCoreApplication.translate


def reload_accounts(window: MainWindow, select: int | None = None) -> None:
    """Read the stored accounts again (e.g. after the wizard added one)."""
    assert window.session is not None
    accounts = [a for a in window.session.accounts() if window.session.get(a.local_id)]
    if not accounts:
        window.account = None
        window.switcher.set_accounts([])  # the last one logged out: no stale name stays
        window.root.setCurrentWidget(window.empty_state)
        menus.set_account_actions_enabled(window, False)
        window.poll_timer.stop()
        window.accounts_listed.emit()
        return
    active = window.session.failover.active
    if select is None and active is not None and active.using_backup:
        select = active.active_id  # restarted while on a backup
    wanted = select or geometry.remembered_account(window)
    ids = [a.local_id for a in accounts]
    current = wanted if wanted in ids else ids[0]
    window.switcher.set_accounts(accounts, current)
    failover.update_town_notes(window)
    if active is None or active.active_id != current:
        with contextlib.suppress(FailoverProblem):
            window.session.failover.switch_to(current)
    window.root.setCurrentWidget(window.main_page)
    menus.set_account_actions_enabled(window, True)
    for account in accounts:
        if account.avatar_url:
            window.spawn(load_avatar(window, account))
    window.switch_account(current)
    window.poll_timer.start()
    window.accounts_listed.emit()


async def add_account(window: MainWindow, account_id: int) -> None:
    """An account was added (by the wizard): get it ready and make it current. Every
    other new account (its backup) is made ready too, so it is live at once."""
    assert window.session is not None
    await window.session.accounts_changed()
    await window.session.prepare(account_id)
    window.reload_accounts(select=account_id)


async def accounts_changed(window: MainWindow) -> None:
    """Accounts were added (a backup, by the wizard): they are in the account menu at
    once and the failover service can switch to them; the account on screen stays."""
    assert window.session is not None
    await window.session.accounts_changed()
    if window.account is None or not hasattr(window, "switcher"):
        window.reload_accounts()
        return
    accounts = [a for a in window.session.accounts() if window.session.get(a.local_id)]
    window.switcher.set_accounts(accounts, window.account.local_id)
    failover.update_town_notes(window)
    for account in accounts:
        if account.avatar_url:
            window.spawn(load_avatar(window, account))
    window.accounts_listed.emit()


def account_chosen(window: MainWindow, account_id: int) -> None:
    """The person picked an account: shown at once; the failover service is told (it
    never waits on a server either)."""
    window.switch_account(account_id)
    if window.session is not None:
        with contextlib.suppress(FailoverProblem):
            window.session.failover.switch_to(account_id)
    window.account_changed.emit(account_id)


def switch_account(window: MainWindow, account_id: int) -> None:
    """Show another account's saved posts at once; newer ones come afterwards."""
    assert window.session is not None
    prepared = window.session.get(account_id)
    if prepared is None:
        window.spawn(window.add_account(account_id))
        return
    window._generation += 1
    for task in list(window._account_tasks):
        task.cancel()
    window._account_tasks.clear()
    if window._polling is not None:
        window._polling = None
    window._refreshed.clear()
    window.account = prepared.account
    window._clear_details()
    town = prepared.account.server_domain
    window.switcher.set_current(account_id)
    window.navigation.set_town(town)
    window.search_view.town = town
    window.search_view.people.own_id = prepared.account.remote_id or ""
    window.search_view.show_empty_state()
    window.search_view.posts.model.town = town
    window.search_view.posts.model.clear()
    window.lists.account_changed(prepared)  # its lists (the other account's pages go)
    session, shown = window.session, window.navigation.current_place() or "home"
    for key, view in window.views.items():
        view.model.town = town
        if key in ("home", shown):
            view.attach(session.timeline(account_id, key))
        else:  # read and laid out when first shown (start-up: docs/performance.md)
            view.attach_later(functools.partial(session.timeline, account_id, key))
    window.notifications_view.set_items(
        window.safety.screen_notifications(prepared.notifications.saved())
    )
    window.notifications_view.hide_message()
    notifications.update_unread(window)
    window._update_waiting()
    if prepared.problem:
        window.banner.show_message(
            "login",
            prepared.problem,
            kind="warning",
            action_text=translate("MainWindow", "Log in again"),
        )
    else:
        window.banner.clear("login")
    window.banner.clear("action")
    geometry.remember_account(window, account_id)
    window.setWindowTitle(
        fill_in(translate("MainWindow", "Townsfolk — %1"), "@" + prepared.account.handle)
    )
    place = window.navigation.current_place() or "home"
    window._show_page(place)
    window.spawn_for_account(window.refresh_all())
    window.spawn_for_account(window.session.fetch_instance(account_id))
    window.safety.account_shown(account_id)


async def load_avatar(window: MainWindow, account: Account) -> None:
    """The account's picture beside it in the account switcher."""
    assert window.session is not None
    data = await window.session.media.fetch(account.avatar_url)
    if data and window.images is not None:
        image = await window.images.decode(data, QSize(96, 96), max_pixels=AVATAR_PIXELS)
        if image.isNull():
            return
        with contextlib.suppress(RuntimeError):
            window.switcher.set_avatar(account.local_id, image)

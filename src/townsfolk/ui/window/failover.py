"""Towns that are down, in the main window: the offline banner, the failover service's events
(switched to the backup account, the town is back, "Go back to your account there?"), posting
waiting posts from the backup, "not answering" beside accounts, the "Town status" window and
the backup accounts' "follow the same people" for Settings.

The failover service and follow sync tell their events on their own time; a :class:`Bridge`
carries them through Qt's event queue to ``MainWindow._failover_event``, which passes them to
:func:`carried_event`. The window's public methods (``answer_switch_back``,
``post_waiting_from_backup``, ``open_town_status``…) call the functions of this module.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from townsfolk.cache import FollowSync
from townsfolk.services.failover import (
    ActiveAccountChanged,
    FailoverProblem,
    NoBackupAvailable,
    OfflineNotice,
    SwitchBackQuestion,
    SwitchedBack,
    SwitchedToBackup,
    TownIsBack,
)
from townsfolk.services.follow_sync import FollowSyncProgress
from townsfolk.services.health import TownState, TownStateChanged, server_key
from townsfolk.services.outbox import OutboxProblem
from townsfolk.ui.settings_dialog import BackupChoice
from townsfolk.ui.town_status import TownStatusDialog
from townsfolk.ui.window import fill_in

if TYPE_CHECKING:
    from townsfolk.ui.main_window import MainWindow

# lupdate collects calls named ``translate`` whose context is written out (the texts keep
# the context "MainWindow" they had in ui/main_window.py).
translate = QCoreApplication.translate


class Bridge(QObject):
    """Carries failover and follow-sync events to the window through Qt's event queue: the
    window handles them on the GUI thread, after the service has finished telling everyone
    (never in the middle of the service's own work)."""

    carried = Signal(object)


async def down_after_checks(window: MainWindow, server_url: str) -> str | None:
    """:meth:`_town_down_while_others_answer`, once the health monitor has checked what
    this failure made it look at (it probes the other towns too): a backup town that
    has not been asked anything yet counts once it answers, instead of "offline"."""
    if window.session is not None:
        await window.session.monitor.wait_settled()
    return town_down_while_others_answer(window, server_url)


def town_down_while_others_answer(window: MainWindow, server_url: str) -> str | None:
    """The name of the town at ``server_url`` when another town Townsfolk watches has
    answered and none is known to be down for everyone (the person is online, only this
    town is not answering); None when it may be the person's own connection."""
    session = window.session
    if session is None or session.monitor.offline:
        return None
    mine = server_key(server_url)
    answering = [
        s
        for s in session.monitor.statuses()
        if s.server != mine
        and s.last_answer_at is not None
        and s.state is not TownState.NOT_ANSWERING
    ]
    return session.monitor.town_name(server_url) if answering else None


def set_offline(window: MainWindow, offline: bool) -> None:
    if offline == window.offline:
        return
    window.offline = offline
    if offline:
        window.banner.show_message(
            "offline",
            translate(
                "MainWindow",
                "You are offline; showing saved posts. Posts you write are kept and "
                "will go out by themselves when you are back online.",
            ),
            kind="offline",
            action_text=translate("MainWindow", "Try again"),
        )
    else:
        window.banner.clear("offline")
        if window.session is not None:
            window.session.send_waiting_now()


def banner_action(window: MainWindow, key: str) -> None:
    if key == "offline":
        window.poll_now()
    elif key == "login":
        window.add_account_requested.emit()
    elif key == "outage":
        window.spawn(post_waiting_from_backup(window))
    elif key == "question":
        answer_switch_back(window, True)
    elif key == "back":
        window.banner.clear("back")


def banner_second(window: MainWindow, key: str) -> None:
    if key == "question":
        answer_switch_back(window, False)


def carried_event(window: MainWindow, event: object) -> None:
    """One event of the failover service (or of follow sync), on the GUI thread."""
    if window.session is None:
        return
    with contextlib.suppress(RuntimeError):  # the window is being destroyed
        handle_event(window, event)


def handle_event(window: MainWindow, event: object) -> None:
    session = window.session
    assert session is not None
    if isinstance(event, ActiveAccountChanged):
        wanted = event.active.active_id
        if hasattr(window, "switcher") and (
            window.account is None or window.account.local_id != wanted
        ):
            window.switch_account(wanted)  # (an account not made ready yet is made ready)
        update_town_notes(window)
    elif isinstance(event, SwitchedToBackup):
        window.banner.clear("back")
        window.banner.clear("question")
        show_outage(window, event.down_town, event.backup_handle, event.waiting_posts)
    elif isinstance(event, NoBackupAvailable):
        window.banner.clear("back")
        show_no_backup(window, event.down_town, event.waiting_posts)
    elif isinstance(event, OfflineNotice):
        set_offline(window, event.offline)
    elif isinstance(event, TownIsBack):
        window.banner.clear("outage")
        if event.switching_back and session.failover.switch_back_deferred:
            window.banner.show_message(
                "back",
                fill_in(
                    translate(
                        "MainWindow",
                        "%1 is back. Townsfolk will take you back to your account there "
                        "when you finish writing.",
                    ),
                    event.town,
                ),
                kind="good",
            )
        elif not event.switching_back:
            window.banner.show_message(
                "back", fill_in(translate("MainWindow", "%1 is back."), event.town), kind="good"
            )
    elif isinstance(event, SwitchBackQuestion):
        window.banner.clear("outage")
        window.banner.clear("back")
        backup = session.failover.active_account()
        backup_handle = "@" + backup.handle if backup is not None else ""
        window.banner.show_message(
            "question",
            fill_in(
                translate(
                    "MainWindow",
                    "%1 is back. Go back to your account there? If you choose “Not now”, "
                    "you keep using your backup account %2.",
                ),
                event.town,
                backup_handle,
            ),
            kind="good",
            action_text=translate("MainWindow", "Yes, go back"),
            second_text=translate("MainWindow", "Not now"),
            closable=False,
        )
    elif isinstance(event, SwitchedBack):
        window.banner.clear("outage")
        window.banner.clear("question")
        main = session.db.accounts.get(event.main_id)
        window.banner.show_message(
            "back",
            fill_in(
                translate("MainWindow", "%1 is back. You are using your account %2 again."),
                event.town,
                "@" + main.handle if main is not None else "",
            ),
            kind="good",
            action_text=translate("MainWindow", "OK"),
        )
        session.send_waiting_now()
    elif isinstance(event, TownStateChanged):
        update_town_notes(window)
        key = window.current_page_key()
        if window.account is not None and key in (*window.views, "notifications"):
            window._set_title(window.place_title(key), window._page_subtitle(key))
        if (
            event.previous is TownState.NOT_ANSWERING
            and window.banner.has("no-backup")
            and not session.town_not_answering(main_account_id(window))
        ):
            window.banner.clear("no-backup")
    elif isinstance(event, FollowSyncProgress):
        pass
    if window.town_status is not None:
        window.town_status.refresh()
    offer_backup_in_compose(window)


def main_account_id(window: MainWindow) -> int:
    assert window.session is not None
    active = window.session.failover.active
    if active is not None:
        return active.main_id
    return window.account.local_id if window.account is not None else 0


def show_outage(window: MainWindow, down_town: str, backup_handle: str, waiting: int) -> None:
    first = fill_in(
        translate("MainWindow", "%1 is not answering. You are now using your backup account @%2."),
        down_town,
        backup_handle,
    )
    if waiting == 1:
        lost = fill_in(
            translate(
                "MainWindow", "Nothing is lost: your waiting post will go out when %1 is back."
            ),
            down_town,
        )
    elif waiting > 1:
        lost = fill_in(
            translate(
                "MainWindow", "Nothing is lost: your %2 waiting posts will go out when %1 is back."
            ),
            down_town,
            waiting,
        )
    else:
        lost = translate("MainWindow", "Nothing is lost.")
    window.banner.show_message(
        "outage",
        f"{first} {lost}",
        kind="warning",
        action_text=translate("MainWindow", "Post from my backup instead") if waiting else None,
    )


def show_no_backup(window: MainWindow, down_town: str, waiting: int) -> None:
    first = fill_in(translate("MainWindow", "%1 is not answering."), down_town)
    if waiting:
        lost = fill_in(
            translate(
                "MainWindow",
                "Nothing is lost: your waiting posts will go out when %1 is back. "
                "Meanwhile you can read your saved posts.",
            ),
            down_town,
        )
    else:
        lost = translate("MainWindow", "Nothing is lost. Meanwhile you can read your saved posts.")
    window.banner.show_message("no-backup", f"{first} {lost}", kind="warning")


def update_town_notes(window: MainWindow) -> None:
    """ "not answering" / "slow" next to accounts in the switcher (no waiting)."""
    if window.session is None or not hasattr(window, "switcher"):
        return
    for account in window.session.accounts():
        state = window.session.monitor.state(account.server_url)
        if state is TownState.NOT_ANSWERING:
            note = translate("MainWindow", "not answering, saved posts only")
        elif state is TownState.SLOW:
            note = translate("MainWindow", "slow")
        else:
            note = None
        window.switcher.set_note(account.local_id, note)


def showing_saved_only(window: MainWindow) -> bool:
    """The account on screen lives in a town that is not answering: only what Townsfolk
    kept can show."""
    return (
        window.session is not None
        and window.account is not None
        and window.session.town_not_answering(window.account.local_id)
    )


def saved_posts_note(window: MainWindow) -> str:
    town = window.account.server_domain if window.account is not None else ""
    return fill_in(
        translate(
            "MainWindow",
            "Saved posts: %1 is not answering, so these are the posts Townsfolk kept. "
            "You can read them; new posts come when %1 is back.",
        ),
        town,
    )


def answer_switch_back(window: MainWindow, yes: bool) -> None:
    """The answer to "Go back to your account there?"."""
    if window.session is None:
        return
    window.banner.clear("question")
    window.session.failover.answer_switch_back(yes)
    if not yes:
        account = window.session.failover.active_account()
        if account is not None:
            window.statusBar().showMessage(
                fill_in(
                    translate("MainWindow", "You keep using your backup account @%1."),
                    account.handle,
                ),
                8000,
            )


def set_user_typing(window: MainWindow, typing: bool) -> None:
    """Compose tells whether the person is writing (no switching back meanwhile)."""
    if window.session is not None:
        window.session.failover.set_user_typing(typing)


def waiting_on_down_main(window: MainWindow) -> list[int]:
    """Posts of the main account waiting while its town is not answering."""
    if window.session is None:
        return []
    main_id = main_account_id(window)
    if not window.session.town_not_answering(main_id):
        return []
    return [item.local_id for item in window.session.outbox.waiting(main_id)]


async def post_waiting_from_backup(window: MainWindow, item_ids: list[int] | None = None) -> int:
    """ "Post from my backup instead": the main account's waiting posts (or the given
    ones) go out from the backup account. Returns how many were moved."""
    session = window.session
    if session is None:
        return 0
    if item_ids is None:
        item_ids = [item.local_id for item in session.outbox.waiting(main_account_id(window))]
    moved = 0
    problem: str | None = None
    for item_id in item_ids:
        try:
            await session.failover.post_from_backup(item_id)
        except (FailoverProblem, OutboxProblem) as error:
            problem = error.user_message
            continue
        moved += 1
    backup = session.failover.active_account()
    if problem is not None:
        window.banner.show_message("action", problem, kind="error")
    if moved:
        handle = "@" + backup.handle if backup is not None else ""
        if moved == 1:
            text = fill_in(
                translate("MainWindow", "Your post will go out from your backup account %1."),
                handle,
            )
        else:
            text = fill_in(
                translate("MainWindow", "Your %2 posts will go out from your backup account %1."),
                handle,
                moved,
            )
        window.statusBar().showMessage(text, 10000)
        state = session.failover.active
        if state is not None and state.using_backup and window.banner.has("outage"):
            main = session.db.accounts.get(state.main_id)
            left = session.outbox.waiting_count(state.main_id)
            if main is not None and backup is not None:
                show_outage(window, main.server_domain, backup.handle, left)
    window._update_waiting()
    if window.compose is not None:
        window.compose.waiting_list.refresh()
    return moved


def offer_backup_in_compose(window: MainWindow) -> None:
    compose = window.compose
    if compose is None or window.session is None:
        return
    main_id = main_account_id(window)
    offer = (
        compose.account_id == main_id
        and window.session.town_not_answering(main_id)
        and any(
            window.session.monitor.is_usable(b.server_url)
            for b in window.session.db.accounts.backups(main_id)
        )
    )
    compose.waiting_list.offer_backup(offer)


def backup_choices(window: MainWindow) -> list[BackupChoice]:
    """Each backup account with its "follow the same people" choice, for Settings."""
    if window.session is None:
        return []
    choices = []
    for account in window.session.accounts():
        if account.backup_of is None:
            continue
        progress = window.session.follow_sync.progress(account.local_id)
        choices.append(
            BackupChoice(
                account.local_id,
                account.handle,
                account.follow_sync is not FollowSync.OFF,
                progress.sentence if progress is not None else "",
            )
        )
    return choices


def set_follow_same(window: MainWindow, account_id: int, on: bool) -> None:
    """The person turned "follow the same people on my backup account" on or off."""
    if window.session is None:
        return
    window.session.db.accounts.set_follow_sync(
        account_id, FollowSync.KEEP if on else FollowSync.OFF
    )
    if on:
        window.spawn(window.session.follow_sync.run_once())


def open_town_status(window: MainWindow) -> TownStatusDialog | None:
    """The "Town status" window: each town's state and when towns were down."""
    if window.session is None:
        return None
    if window.town_status is None:
        dialog = TownStatusDialog(window.session, window)
        dialog.finished.connect(window._town_status_closed)
        window.town_status = dialog
    window.town_status.refresh()
    window.town_status.show()
    window.town_status.raise_()
    return window.town_status


def town_status_closed(window: MainWindow, *_args: object) -> None:
    dialog, window.town_status = window.town_status, None
    if dialog is not None:
        dialog.deleteLater()

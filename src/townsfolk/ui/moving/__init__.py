"""Moving towns, the part a person sees (issue 12).

:func:`install` hooks it into a main window: four entries in the Townsfolk menu and in the
Account menu ("Move to another town…", "Save my follows and lists…", "Bring in follows from a
file…", "Move my whole account…"), the window's :class:`MovingJobs` (``window.moving``), and
the offer to make the backup the new home (``window.new_home_offer``). ``app.py`` calls it at
start-up and then :func:`start`, which resumes unfinished exports and imports and looks
whether to offer a new home.

Modules: ``wizard`` (the pages: ``what_page``, ``export_page``, ``account_page``,
``file_page``, ``preview_page``, ``import_page``), ``whole_account``, ``moved`` (people who
moved, in profiles, timelines and notifications), ``new_home_offer``, ``controller``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from townsfolk.services.session import Session
    from townsfolk.ui.moving.controller import MovingJobs
    from townsfolk.ui.moving.whole_account import AccountMoveDialog
    from townsfolk.ui.moving.wizard import MovingWizard

__all__ = ["install", "open_account_move", "open_wizard", "start"]


def install(window: Any, session: Session, profile: Path) -> MovingJobs:
    """Hook moving into ``window`` (see the module documentation)."""
    from townsfolk.ui.moving.controller import MovingJobs
    from townsfolk.ui.moving.new_home_offer import NewHomeOffer

    jobs = MovingJobs(session, profile, window=window)
    window.moving = jobs
    window.new_home_offer = NewHomeOffer(window, jobs)
    menu = window.menuBar().actions()[0].menu()
    before = window.settings_action
    entries = (
        ("move", QCoreApplication.translate("Moving", "&Move to another town…")),
        ("export", QCoreApplication.translate("Moving", "Save my follows and lists…")),
        ("import", QCoreApplication.translate("Moving", "Bring in follows from a file…")),
    )
    window.moving_actions = {}
    for mode, text in entries:
        action = QAction(text, window)
        action.triggered.connect(lambda _checked=False, m=mode: open_wizard(window, m))
        menu.insertAction(before, action)
        window.moving_actions[mode] = action
    whole = QAction(QCoreApplication.translate("Moving", "Move my &whole account…"), window)
    whole.triggered.connect(lambda _checked=False: open_account_move(window))
    menu.insertAction(before, whole)
    window.moving_actions["whole"] = whole
    menu.insertSeparator(before)
    _add_to_account_menu(window)
    return jobs


def _add_to_account_menu(window: Any) -> None:
    """The same entries in the Account menu too (issue 11: people look for them there),
    above "Log out…"."""
    safety = getattr(window, "safety", None)
    menu = getattr(safety, "menu", None)
    log_out = getattr(safety, "log_out_action", None)
    if menu is None or log_out is None:
        return
    for action in window.moving_actions.values():
        menu.insertAction(log_out, action)
    menu.insertSeparator(log_out)


def start(window: Any) -> None:
    """At start-up: resume unfinished exports and imports (their progress shows in the
    status bar), and look whether to offer a new home."""
    jobs = window.moving
    jobs.spawn(jobs.resume_unfinished())
    window.new_home_offer.start()


def open_wizard(window: Any, mode: str = "move") -> MovingWizard | None:
    from townsfolk.ui.moving.wizard import MovingWizard

    if window.account is None:
        return None
    wizard = MovingWizard(window.moving, mode, source=window.account, parent=window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.moving_wizard = wizard
    wizard.show()
    return wizard


def open_account_move(window: Any, **options: Any) -> AccountMoveDialog | None:
    from townsfolk.ui.moving.whole_account import AccountMoveDialog

    if window.account is None:
        return None
    old = window.account
    if old.backup_of is not None:  # the move is of the main account
        old = window.session.db.accounts.get(old.backup_of) or old
    dialog = AccountMoveDialog(window.moving, old, parent=window, **options)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.account_move = dialog
    dialog.show()
    return dialog

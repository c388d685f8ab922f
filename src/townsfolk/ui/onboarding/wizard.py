"""The welcome wizard: what the fediverse is, pick a town, sign up or log in, add a backup.

It is a dialog with one page at a time (a QStackedWidget) and three buttons at the bottom:
Close (Escape; progress is kept), Back (Alt+B) and the main button (Enter or Alt+N), whose
words change with the page ("Next", "Join this town", "Create my account"...).

Progress is saved in the profile after every change (never the password), so closing the
wizard at any step and opening it again later comes back to the same page with the same text.

Signals for the main window (wired by app.py):
- ``account_stored(Account)``: an account (main or backup) is usable now; make it live at
  once (in the account menu, watched, its follow sync started).
- ``account_ready(Account)``: the wizard ended; open the main window on "People you follow"
  (on "People to follow" when ``state.new_account``: she has just joined).
- ``practice_started(PracticeSession)``: open the main window in practice mode, with the
  "Practice" badge; call :meth:`WelcomeWizard.join_real_town` for "Join a real town".
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from townsfolk import paths
from townsfolk.cache import Account, AccountRole, FollowSync
from townsfolk.services.accounts import AccountsService, TownInfo
from townsfolk.services.directory import DirectoryService
from townsfolk.services.organisation import Organisation
from townsfolk.services.practice_mode import PracticeMode
from townsfolk.ui.links import open_external
from townsfolk.ui.onboarding.state import WizardState, clear_state, load_state, save_state
from townsfolk.ui.style import place_on_screen
from townsfolk.ui.tasks import wait_for_all

log = logging.getLogger(__name__)

REMINDER_NAME = "backup-reminder.json"


class WizardMode(StrEnum):
    FIRST_START = "first_start"
    ADD_ACCOUNT = "add_account"
    ADD_BACKUP = "add_backup"


def open_in_browser(url: str) -> bool:
    """The usual browser: the person's default web browser (through the one link gate)."""
    return open_external(url)


@dataclass
class WizardContext:
    """What the wizard works with (built by app.py, or by tests with practice towns)."""

    profile: Path
    accounts: AccountsService
    directory: DirectoryService
    open_browser: Callable[[str], Awaitable[object] | object] = open_in_browser
    practice: PracticeMode | None = None
    #: Seconds between two "is the email confirmed yet?" checks.
    wait_interval: float = 10.0
    #: Seconds to wait for the browser log-in.
    login_timeout: float = 600.0
    #: Seconds of waiting for the browser log-in before saying that the town may want the
    #: code instead (some towns show their own error page and never send the person back).
    login_hint_after: float = 45.0
    language: str | None = None
    #: The company's own town (services/organisation.py); the wizard then starts there.
    organisation: Organisation | None = None


def backup_reminder_due(profile: Path) -> bool:
    """True when the person chose "Remind me later" for the backup account."""
    try:
        data = json.loads((profile / REMINDER_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("remind_backup_later") is True


def _set_backup_reminder(profile: Path, due: bool) -> None:
    path = profile / REMINDER_NAME
    if due:
        paths.write_private(path, json.dumps({"remind_backup_later": True}))
    else:
        path.unlink(missing_ok=True)


class WelcomeWizard(QDialog):
    account_ready = Signal(object)
    #: An account became usable (logged in, or its email confirmed), a main account or a
    #: backup: the app makes it live at once, before the wizard ends (it may never end).
    account_stored = Signal(object)
    practice_started = Signal(object)
    page_changed = Signal(str)
    #: A background task failed unexpectedly (a bug); the message is for the log.
    task_failed = Signal(str)

    def __init__(
        self,
        context: WizardContext,
        *,
        mode: WizardMode = WizardMode.FIRST_START,
        main_account: Account | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from townsfolk.ui.onboarding import pages

        self.ctx = context
        self.mode = mode
        self.setObjectName("welcomeWizard")
        self.setWindowTitle(self.tr("Welcome to Townsfolk"))
        self.setAccessibleName(self.tr("Welcome to Townsfolk"))
        self.setModal(False)
        place_on_screen(self, QSize(900, 700), over=parent)  # wholly on the screen (issue 11)
        self.town_info: TownInfo | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._finished = False

        self.state = self._initial_state(mode, main_account)

        self.stack = QStackedWidget(self)
        self.pages: dict[str, pages.Page] = {}
        for page_class in pages.ALL_PAGES:
            page = page_class(self)
            self.pages[page.key] = page
            self.stack.addWidget(page)
            page.changed.connect(self.update_buttons)
        from townsfolk.ui.onboarding.organisation import organisation_start

        organisation_start(self)  # "Join your company's town" (ui/onboarding/organisation.py)

        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close; your progress is kept"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setAccessibleName(self.tr("Back to the page before"))
        self.back_button.setToolTip(self.tr("Alt+B"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setToolTip(self.tr("Enter or Alt+N"))
        self.next_button.setDefault(True)
        self.next_button.setMinimumWidth(180)
        self.next_button.clicked.connect(self.go_next)

        bar = QHBoxLayout()
        bar.addWidget(self.close_button)
        bar.addStretch(1)
        bar.addWidget(self.back_button)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bar)

        self.next_shortcut = QShortcut(QKeySequence("Alt+N"), self, self._shortcut_next)
        self.back_shortcut = QShortcut(QKeySequence("Alt+B"), self, self._shortcut_back)

        start = self.state.page if self.state.page in self.pages else "welcome"
        self._show(pages.resume_page(self, start))

    # -- state -----------------------------------------------------------------------------

    def _initial_state(self, mode: WizardMode, main_account: Account | None) -> WizardState:
        saved = load_state(self.ctx.profile)
        same_main = mode is not WizardMode.ADD_BACKUP or (
            main_account is not None
            and saved is not None
            and saved.main_account_id == main_account.local_id
        )
        if saved is not None and saved.mode == mode.value and same_main:
            return saved
        state = WizardState(mode=mode.value)
        if mode is WizardMode.ADD_ACCOUNT:
            state.page = "path"
        elif mode is WizardMode.ADD_BACKUP:
            state.page = "backup"
            state.purpose = "backup"
            state.backup_choice = "signup"  # asked for from the menu: not "Not now"
            state.main_account_id = main_account.local_id if main_account else None
        if mode is WizardMode.FIRST_START:
            waiting = self.ctx.accounts.waiting_accounts()
            if waiting:
                account = waiting[0]
                state.page = "email"
                state.waiting_account_id = account.local_id
                state.town = account.server_domain
                state.history = ["welcome"]
                if account.role is AccountRole.BACKUP:
                    state.purpose = "backup"
                    state.main_account_id = account.backup_of
        return state

    def save(self) -> None:
        if self._finished:
            return
        try:
            save_state(self.ctx.profile, self.state)
        except OSError:
            log.warning("The welcome wizard's progress could not be saved.")

    # -- navigation ------------------------------------------------------------------------

    @property
    def current(self) -> Any:
        return self.stack.currentWidget()

    @property
    def current_key(self) -> str:
        return str(self.current.key)

    def _show(self, key: str) -> None:
        previous = self.current
        if previous is not None and previous is not self.pages[key]:
            previous.leave()
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        self.state.page = key
        self.save()
        page.enter()
        self.update_buttons()
        self.page_changed.emit(key)
        QTimer.singleShot(0, page, page.focus_first)  # dropped if the page is gone

    def go(self, key: str) -> None:
        """Move forward to page ``key`` (Back returns here)."""
        if key != self.current_key:
            self.state.history.append(self.current_key)
        self._show(key)

    def go_back(self) -> None:
        if not self.back_button.isEnabled():
            return
        if self.current.go_back():
            return
        while self.state.history:
            key = self.state.history.pop()
            if key in self.pages and key != self.current_key:
                self._show(key)
                return

    def go_next(self) -> None:
        if self.next_button.isEnabled() and self.next_button.isVisible():
            self.current.go_next()

    def _shortcut_next(self) -> None:
        self.go_next()

    def _shortcut_back(self) -> None:
        self.go_back()

    def update_buttons(self) -> None:
        page = self.current
        if page is None:
            return
        self.next_button.setText(page.next_label())
        self.next_button.setAccessibleName(page.next_label())
        self.next_button.setVisible(page.has_next())
        self.next_button.setEnabled(page.can_next())
        self.back_button.setEnabled(bool(self.state.history) and page.can_back())

    def join_real_town(self) -> None:
        """From practice mode: "Join a real town" goes to picking a town."""
        self.state.path = "new"
        self.state.purpose = "main"
        self.show()
        self.raise_()
        self.go("pick")

    # -- accounts --------------------------------------------------------------------------

    def town_url(self, domain: str) -> str:
        return self.ctx.directory.url_for(domain)

    def main_account(self) -> Account | None:
        if self.state.main_account_id is None:
            return None
        return self.ctx.accounts.db.accounts.get(self.state.main_account_id)

    @property
    def for_backup(self) -> bool:
        return self.state.purpose == "backup" and self.state.main_account_id is not None

    def role_args(self) -> dict[str, Any]:
        if self.for_backup:
            return {"role": AccountRole.BACKUP, "backup_of": self.state.main_account_id}
        return {"role": AccountRole.MAIN, "backup_of": None}

    def account_added(self, account: Account) -> None:
        """A new account is active (logged in, or its email confirmed)."""
        self.state.waiting_account_id = None
        self.state.added_account_id = account.local_id
        if account.role is AccountRole.BACKUP:
            sync = FollowSync.KEEP if self.state.follow_same else FollowSync.OFF
            account = self.ctx.accounts.db.accounts.set_follow_sync(account.local_id, sync)
            self.state.remind_backup_later = False
            _set_backup_reminder(self.ctx.profile, False)
            self.account_stored.emit(account)
            self.go("done")
            return
        self.account_stored.emit(account)
        self.state.main_account_id = account.local_id
        self.state.purpose = "backup"
        self.state.town = ""
        self.state.history = []  # the account exists: no way back into signing up
        self._show("backup")

    def remind_later(self) -> None:
        self.state.remind_backup_later = True
        _set_backup_reminder(self.ctx.profile, True)
        self.go("done")

    def finish(self) -> None:
        """The last page's button: hand the account to the main window and end."""
        account = self.main_account()
        if account is None and self.state.added_account_id is not None:
            account = self.ctx.accounts.db.accounts.get(self.state.added_account_id)
        self._finished = True
        clear_state(self.ctx.profile)
        self._cancel_tasks()
        self.account_ready.emit(account)
        self.accept()

    def start_practice(self) -> None:
        practice = self.ctx.practice
        if practice is None:
            return

        def started(session: Any) -> None:
            self.state.path = "new"
            self.state.history = ["welcome", "path"]
            self.state.page = "pick"
            self.save()
            self.practice_started.emit(session)
            self.hide()

        self.current.set_busy(self.tr("Opening the practice town…"))
        self.run(practice.start(), started, self.current.show_problem)

    # -- background work -------------------------------------------------------------------

    def run(
        self,
        coro: Coroutine[Any, Any, Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Task[Any]:
        """Run ``coro`` on the app's loop; call ``done`` or ``failed`` on the Qt side."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)

        def finished(t: asyncio.Task[Any]) -> None:
            self._tasks.discard(t)
            if t.cancelled():
                return
            error = t.exception()
            if error is None:
                if done is not None:
                    done(t.result())
            elif failed is not None:
                failed(error)
            else:
                log.error("Welcome wizard task failed", exc_info=error)
                self.task_failed.emit(type(error).__name__)

        task.add_done_callback(finished)
        return task

    def _cancel_tasks(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    async def settle(self) -> None:
        """Stop the background work and wait until it has really stopped (before the loop
        ends, e.g. at quit)."""
        self._cancel_tasks()
        await wait_for_all(self._tasks)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.current.leave()
        self.save()
        self._cancel_tasks()
        super().closeEvent(event)

    def reject(self) -> None:
        """Escape or Close: keep the progress and close."""
        self.current.leave()
        self.save()
        self._cancel_tasks()
        super().reject()

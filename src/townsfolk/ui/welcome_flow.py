"""Between the welcome wizard and the main window: who opens when, and the practice town.

- First start (no account that can be used yet): the wizard opens; the main window waits
  behind it and shows the new account once the wizard has one.
- "Add an account…" and "Add a backup account…" in the main window open the wizard in the
  matching mode.
- "Try a practice town first" opens a second main window on the practice towns (their own
  database and keyring, in memory and in the profile's ``practice`` folder), with a "Practice"
  title and a message bar whose "Join a real town" button closes it and takes the person back
  to picking a town. There "Add an account…" and "Add a backup account…" (and the moving
  guide's "Add an account in another town…") offer a second practice account on another
  practice town (:class:`townsfolk.ui.practice_account.PracticeAccountDialog`), with "Join a
  real town instead" as the other choice. Its web pages (a town's ``/settings/migration`` and
  the like) open from this computer: the window's opener asks the practice session for the
  page's local address (:class:`townsfolk.services.practice_mode.PracticePages`) before the
  link gate opens it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QUrl

from townsfolk.cache import Account, AccountRole, AccountState
from townsfolk.services.directory import DirectoryService
from townsfolk.services.organisation import load_organisation
from townsfolk.services.practice_mode import PracticeMode, PracticeSession
from townsfolk.services.session import Session
from townsfolk.ui import moving, people_pages
from townsfolk.ui.app_settings import AppSettings
from townsfolk.ui.backup_reminder import BackupReminder
from townsfolk.ui.links import desktop_open
from townsfolk.ui.main_window import MainWindow
from townsfolk.ui.onboarding.wizard import WelcomeWizard, WizardContext, WizardMode
from townsfolk.ui.practice_account import PracticeAccountDialog

log = logging.getLogger(__name__)

PRACTICE_KEY = "practice"


class WelcomeFlow(QObject):
    """Opens the wizard when it is needed and hands its results to the main window."""

    def __init__(
        self,
        window: MainWindow,
        session: Session,
        profile: Path,
        *,
        context: WizardContext | None = None,
        app_settings: AppSettings | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        #: The settings every window shares (the practice window is attached to them).
        self.app_settings = app_settings
        self.session = session
        self.profile = profile
        self.practice = PracticeMode(profile)
        self.context = context or WizardContext(
            profile=profile,
            accounts=session.accounts_service,
            directory=DirectoryService(profile),
            practice=self.practice,
            organisation=load_organisation(),  # the company's own town, if named (issue 15)
        )
        if self.context.practice is not None:
            self.practice = self.context.practice
        self.wizard: WelcomeWizard | None = None
        self.practice_window: MainWindow | None = None
        #: "Add a practice account" in the practice window, while open.
        self.practice_account_dialog: PracticeAccountDialog | None = None
        self.practice_session: Session | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        window.add_account_requested.connect(self.add_account)
        window.add_backup_requested.connect(self.add_backup)
        #: The gentle "add a backup account" message, a few days after the wizard.
        self.backup_reminder = BackupReminder(window, app_settings=app_settings)

    # ------------------------------------------------------------------ opening the wizard

    def needs_welcome(self) -> bool:
        """True when no account can be used yet (first start, or only waiting accounts)."""
        return not any(a.state is AccountState.ACTIVE for a in self.session.db.accounts.list())

    def start(self) -> None:
        """At start-up: open the wizard when there is no usable account yet."""
        if self.needs_welcome():
            self._open(WizardMode.FIRST_START)
        self.backup_reminder.check_soon()

    def add_account(self) -> None:
        self._open(WizardMode.ADD_ACCOUNT)

    def add_backup(self) -> None:
        main = self.window.account
        if main is not None and main.role is AccountRole.BACKUP and main.backup_of:
            main = self.session.db.accounts.get(main.backup_of) or main
        if main is None:
            self._open(WizardMode.ADD_ACCOUNT)
            return
        self._open(WizardMode.ADD_BACKUP, main)

    def _open(self, mode: WizardMode, main: Account | None = None) -> WelcomeWizard:
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        wizard = WelcomeWizard(self.context, mode=mode, main_account=main, parent=self.window)
        wizard.account_stored.connect(self._account_stored)
        wizard.account_ready.connect(self._account_ready)
        wizard.practice_started.connect(self._practice_started)
        self.wizard = wizard
        wizard.show()
        return wizard

    # ------------------------------------------------------------------ results

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _account_stored(self, account: Account) -> None:
        """An account is usable now (the wizard goes on): live at once. A first main
        account shows in the window behind the wizard; a backup joins the account menu and
        the failover service, and its follow sync starts."""
        if account.state is not AccountState.ACTIVE:
            return
        if self.window.account is None and account.role is AccountRole.MAIN:
            self._spawn(self.window.add_account(account.local_id))
        else:
            self._spawn(self.window.accounts_changed())
        self.backup_reminder.check_soon()  # a new backup: the reminder goes

    def _account_ready(self, account: Account) -> None:
        if account.state is not AccountState.ACTIVE:
            return  # still waiting for its email or approval: the wizard keeps it
        wizard = self.wizard
        new = wizard is not None and wizard.state.new_account and account.role is AccountRole.MAIN
        self._spawn(self._show_account(account, new=new))
        self.window.show()
        self.window.raise_()

    async def _show_account(self, account: Account, *, new: bool) -> None:
        """The account in the window; a new one (she has just joined) opens on People to
        follow with a sentence saying why, not on an empty People you follow (issue 11)."""
        shown = self.window.account
        if shown is not None and shown.local_id == account.local_id:
            await self.window.accounts_changed()  # already on screen
        else:
            await self.window.add_account(account.local_id)
        now = self.window.account
        if new and now is not None and now.local_id == account.local_id:
            people_pages.open_people_to_follow(self.window, welcome=True)

    def _practice_started(self, practice: PracticeSession) -> None:
        self._spawn(self._open_practice(practice))

    async def _open_practice(self, practice: PracticeSession) -> None:
        if self.practice_window is not None:
            self.practice_window.show()
            self.practice_window.raise_()
            return
        session = Session(
            practice.db,
            self.practice.folder,
            secrets=practice.secrets,
            client_factory=practice.client_factory,
            media=practice.media_loader(self.practice.folder),
        )
        await session.start()
        window = MainWindow(text_scale=self.window.text_scale)
        window.setWindowTitle(self.tr("Townsfolk: practice town"))
        window.setObjectName("practiceWindow")
        if self.app_settings is not None:
            # Settings…, Larger text and the other text-size keys work here too.
            self.app_settings.attach(window)
        window.use_session(session, self.window.settings)
        pages = practice.pages

        def open_url(url: QUrl) -> object:
            """A practice town's page opens from this computer; other links as always."""
            address = pages.address(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
            return desktop_open(QUrl(address, QUrl.ParsingMode.StrictMode))

        window.open_url = open_url
        # Moving towns (issue 12) is practised here too: its menu entries, on the practice
        # folder (its files and where a move is stay with the practice).
        moving.install(window, session, self.practice.folder)
        # Quit means quit Townsfolk, from either window: no empty window stays behind.
        window.quit_action.triggered.connect(self.window.close)
        self.window.quit_action.triggered.connect(window.close)
        window.banner.show_message(
            PRACTICE_KEY,
            self.tr(
                "This is a practice town. Everything here stays on your computer, so try "
                "anything you like. When you are ready, join a real town."
            ),
            kind="info",
            action_text=self.tr("Join a real town"),
        )
        window.banner.action_clicked.connect(self._practice_banner_action)
        window.add_account_requested.connect(lambda: self.add_practice_account(backup=False))
        window.add_backup_requested.connect(lambda: self.add_practice_account(backup=True))
        self.practice_window = window
        self.practice_session = session
        # Closing it from its title bar ends the practice too (nothing keeps working unseen).
        window.installEventFilter(self)
        window.resize(self.window.size())
        window.show()
        window.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Close
            and watched is self.practice_window
            and self.practice_window is not None
        ):
            self._spawn(self._leave_practice())
        return False

    def _practice_banner_action(self, key: str) -> None:
        if key == PRACTICE_KEY:
            self.join_real_town()

    def add_practice_account(self, *, backup: bool) -> PracticeAccountDialog | None:
        """In the practice window: offer a second practice account (or a backup) on another
        practice town; "Join a real town instead" leaves the practice as before."""
        window, practice = self.practice_window, self.practice.session
        if window is None or practice is None:
            return None
        shown = self.practice_account_dialog
        if shown is not None and shown.isVisible():
            shown.raise_()
            shown.activateWindow()
            return shown
        main: Account | None = None
        if backup:
            main = window.account
            if main is not None and main.role is AccountRole.BACKUP and main.backup_of:
                main = practice.db.accounts.get(main.backup_of) or main
        town = practice.other_town()

        async def create() -> Account:
            account = await practice.add_account(town, backup_of=main)
            await window.accounts_changed()  # in the account menu before the dialog closes
            return account

        dialog = PracticeAccountDialog(town, create, backup=main is not None, parent=window)
        dialog.join_real_town_requested.connect(self.join_real_town)
        dialog.finished.connect(lambda _result: self._practice_account_closed(dialog))
        self.practice_account_dialog = dialog
        dialog.open()
        return dialog

    def _practice_account_closed(self, dialog: PracticeAccountDialog) -> None:
        if self.practice_account_dialog is dialog:
            self.practice_account_dialog = None
        dialog.deleteLater()

    def join_real_town(self) -> None:
        """Close the practice window, stop the practice towns, and go to picking a town."""
        self._spawn(self._leave_practice())
        wizard = self.wizard or self._open(WizardMode.FIRST_START)
        wizard.join_real_town()

    async def _leave_practice(self) -> None:
        window, session = self.practice_window, self.practice_session
        self.practice_window = self.practice_session = None
        if window is not None:
            window.hide()
            jobs = getattr(window, "moving", None)
            if jobs is not None:
                await jobs.aclose()
            await window.aclose()
            window.deleteLater()
        if session is not None:
            await session.aclose()
        self.practice.stop()

    async def aclose(self) -> None:
        """Before quitting: stop the wizard's work and the practice towns."""
        if self.wizard is not None:
            await self.wizard.settle()
        await self._leave_practice()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

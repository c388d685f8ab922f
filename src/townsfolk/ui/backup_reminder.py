"""A gentle reminder, in the main window, that a backup account can be added (issue 11).

The welcome wizard no longer pushes a backup account before the person has seen the app: its
backup page is optional and "Not now" is chosen. A few days after the main window first shows
a main account without a backup, a calm message offers it again:

    "Your account has no backup yet. …"   [Add a backup account…] [Don't remind me again] Hide

"Add a backup account…" opens the wizard's backup page (``MainWindow.add_backup_requested``);
"Hide" asks again a week later; "Don't remind me again" never asks again. When the reminder
is due is kept in the settings (``Settings.backup_reminder_at``), so it survives a restart.
The message goes away as soon as the account has a backup.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from townsfolk.cache import AccountRole, AccountState
from townsfolk.services.settings import Settings, save_settings
from townsfolk.ui.app_settings import AppSettings
from townsfolk.ui.main_window import MainWindow

__all__ = ["BANNER_KEY", "REMIND_AFTER", "SNOOZE", "BackupReminder"]

BANNER_KEY = "backup-reminder"
#: The first reminder comes this long after the account was first seen without a backup.
REMIND_AFTER = 3 * 24 * 3600
#: "Hide": asked again this much later.
SNOOZE = 7 * 24 * 3600
NEVER = -1
#: How often the window looks again (the reminder is not urgent).
CHECK_EVERY_MS = 60 * 1000


class BackupReminder(QObject):
    """Watches one main window (see the module docstring)."""

    def __init__(
        self,
        window: MainWindow,
        *,
        app_settings: AppSettings | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.app_settings = app_settings
        self.clock = clock
        window.banner.action_clicked.connect(self._action)
        window.banner.second_clicked.connect(self._second)
        window.banner.dismissed.connect(self._hidden)
        window.account_changed.connect(lambda *_: self.check_soon())
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.check)

    # ------------------------------------------------------------------ settings

    @property
    def settings(self) -> Settings:
        if self.app_settings is not None:
            return self.app_settings.settings
        return self.window.settings

    def _set_when(self, when: int) -> None:
        settings = self.settings
        settings.backup_reminder_at = when
        self.window.settings.backup_reminder_at = when
        if self.app_settings is not None:
            with contextlib.suppress(OSError):  # not saved: asked again next time, no harm
                save_settings(self.app_settings.path, settings)

    # ------------------------------------------------------------------ deciding

    def needs_backup(self) -> bool:
        """The account on screen is a usable main account with no backup account."""
        session, account = self.window.session, self.window.account
        if session is None or account is None:
            return False
        if account.role is not AccountRole.MAIN or account.state is not AccountState.ACTIVE:
            return False
        return not session.db.accounts.backups(account.local_id)

    def check_soon(self) -> None:
        self._soon.start()

    def check(self) -> bool:
        """Show the reminder when it is due (or take it away); returns whether it shows."""
        banner = self.window.banner
        if not self.needs_backup():
            banner.clear(BANNER_KEY)
            return False
        when = self.settings.backup_reminder_at
        now = int(self.clock())
        if when == 0:
            self._set_when(now + REMIND_AFTER)  # first seen without a backup
            return False
        if when == NEVER or now < when:
            return banner.has(BANNER_KEY)
        if not banner.has(BANNER_KEY):
            banner.show_message(
                BANNER_KEY,
                self.tr(
                    "Your account has no backup yet. A backup account in a second town keeps "
                    "you connected when your town is closed for a while. It takes a minute."
                ),
                kind="info",
                action_text=self.tr("Add a backup account…"),
                second_text=self.tr("Don't remind me again"),
            )
        return True

    # ------------------------------------------------------------------ answers

    def _action(self, key: str) -> None:
        if key == BANNER_KEY:
            self.window.banner.clear(BANNER_KEY)
            self._set_when(int(self.clock()) + SNOOZE)  # if she stops half-way: later
            self.window.add_backup_requested.emit()

    def _second(self, key: str) -> None:
        if key == BANNER_KEY:
            self.window.banner.clear(BANNER_KEY)
            self._set_when(NEVER)

    def _hidden(self, key: str) -> None:
        if key == BANNER_KEY:
            self._set_when(int(self.clock()) + SNOOZE)

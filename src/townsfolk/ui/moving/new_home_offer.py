"""The calm offer to make the backup the new home (issue 12, part 4), in the window's banner:
"maple.practice has not answered for 3 days. Make @ann@harbour.practice your home?" with one
button. The rules are in ``services.moving.new_home`` (3 days down, or the town announcing
that it is closing); pressing the button brings the follows along and makes the backup the
main account."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from townsfolk.api.errors import ApiError
from townsfolk.cache import Account, AccountRole, AccountState
from townsfolk.services.health import TownState, describe_duration
from townsfolk.services.moving.import_ import ImportProblem
from townsfolk.services.moving.new_home import (
    OUTAGE_DAYS,
    NewHome,
    announcements,
    closing_words,
    down_for,
)
from townsfolk.ui.moving.controller import MovingJobs

__all__ = ["BANNER_KEY", "NewHomeOffer"]

log = logging.getLogger(__name__)

BANNER_KEY = "new_home"
_SHOWN_CHARS = 160


class NewHomeOffer(QObject):
    """See the module documentation. ``check()`` looks now (also every hour)."""

    def __init__(self, window: Any, jobs: MovingJobs, *, interval: float = 3600.0) -> None:
        super().__init__(window)
        self.window = window
        self.jobs = jobs
        self.session = jobs.session
        self.offered: tuple[int, int] | None = None  # (old main, backup) in the banner
        self.declined: set[int] = set()
        self.task: asyncio.Task[Any] | None = None
        self.clock: Callable[[], float] = time.time  # (a test moves it days ahead)
        window.banner.action_clicked.connect(self._clicked)
        window.banner.second_clicked.connect(self._declined)
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval * 1000))
        self.timer.timeout.connect(self.check_soon)

    def start(self) -> None:
        self.timer.start()
        self.check_soon()

    def check_soon(self) -> None:
        if self.task is None or self.task.done():
            self.jobs.spawn(self.check())

    def _pairs(self) -> list[tuple[Account, Account]]:
        db = self.session.db
        out = []
        for main in db.accounts.list(role=AccountRole.MAIN):
            backups = [
                b for b in db.accounts.backups(main.local_id) if b.state is AccountState.ACTIVE
            ]
            if backups and main.local_id not in self.declined:
                out.append((main, backups[0]))
        return out

    async def check(self) -> bool:
        """Offer the move when a main town has been down long enough or says it closes.
        Returns whether the offer is on show."""
        for main, backup in self._pairs():
            down = down_for(self.session.monitor, main.server_url, self.clock())
            reason: str | None = None
            if down >= OUTAGE_DAYS * 86400:
                reason = (
                    self.tr("%1 has not answered for %2.")
                    .replace("%1", main.server_domain)
                    .replace("%2", describe_duration(down))
                )
            elif self.session.monitor.state(main.server_url) is not TownState.NOT_ANSWERING:
                prepared = self.session.get(main.local_id)
                if prepared is not None and prepared.logged_in:
                    said = closing_words(await announcements(prepared.client))
                    if said:
                        if len(said) > _SHOWN_CHARS:
                            said = said[: _SHOWN_CHARS - 1] + "…"
                        reason = (
                            self.tr("%1 says it is closing: “%2”")
                            .replace("%1", main.server_domain)
                            .replace("%2", said)
                        )
            if reason is None:
                continue
            text = (
                reason
                + " "
                + self.tr(
                    "Make %1 your home? Townsfolk brings the people you follow along, and "
                    "uses it as your main account from then on."
                ).replace("%1", "@" + backup.handle)
            )
            with contextlib.suppress(RuntimeError):
                self.window.banner.show_message(
                    BANNER_KEY,
                    text,
                    kind="info",
                    action_text=self.tr("Make it my home"),
                    second_text=self.tr("Not now"),
                )
            self.offered = (main.local_id, backup.local_id)
            return True
        return False

    def _declined(self, key: str) -> None:
        if key == BANNER_KEY and self.offered is not None:
            self.declined.add(self.offered[0])
            self.window.banner.clear(BANNER_KEY)

    def _clicked(self, key: str) -> None:
        if key == BANNER_KEY and self.offered is not None:
            self.task = self.jobs.spawn(self.make_home())

    async def make_home(self) -> bool:
        if self.offered is None:
            return False
        db = self.session.db
        old, backup = db.accounts.get(self.offered[0]), db.accounts.get(self.offered[1])
        if old is None or backup is None:
            return False
        banner = self.window.banner
        banner.show_message(
            BANNER_KEY,
            self.tr("Making %1 your home: bringing the people you follow along…").replace(
                "%1", "@" + backup.handle
            ),
            kind="info",
        )
        try:
            result = await NewHome(db, self.jobs.move).make_home(old, backup)
        except ApiError as exc:
            banner.show_message(
                BANNER_KEY, exc.user_message(), kind="warning", action_text=self.tr("Try again")
            )
            return False
        except ImportProblem as problem:
            banner.show_message(BANNER_KEY, problem.user_message, kind="warning")
            return False
        self.offered = None
        text = self.tr("%1 is now your home.").replace("%1", "@" + result.new_main.handle)
        if result.from_cache:
            text += " " + self.tr(
                "Your old town did not answer, so the people you follow came from what "
                "Townsfolk had saved."
            )
        text += " " + " ".join(result.results)
        banner.show_message(BANNER_KEY, text, kind="good")
        banner.clear("outage")  # "you are now using your backup": it is the home now
        with contextlib.suppress(Exception):
            self.session.failover.switch_to(result.new_main.local_id)
        await self.window.accounts_changed()
        self.window.reload_accounts(select=result.new_main.local_id)
        return True

"""The calm offer to make the backup the new home (issue 12, part 4), in the window's banner:
"maple.practice has not answered for 3 days. Make @ann@harbour.practice your home?" with one
button. The rules are in ``services.moving.new_home`` (3 days down, or the town announcing
that it is closing); pressing the button brings the follows along and makes the backup the
main account.

"Not now" is remembered for that outage (or that announcement) in a small file in the profile
(``new_home_declined.json``), so the offer does not come back at the next start; a new outage
(the town answered in between) or another announcement offers it again."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
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

__all__ = ["BANNER_KEY", "DECLINED_FILE", "NewHomeOffer"]

log = logging.getLogger(__name__)

BANNER_KEY = "new_home"
_SHOWN_CHARS = 160
DECLINED_FILE = "new_home_declined.json"
#: Two outage starts this close together (seconds) are the same outage.
_SAME_OUTAGE = 60.0


class NewHomeOffer(QObject):
    """See the module documentation. ``check()`` looks now (also every hour)."""

    def __init__(self, window: Any, jobs: MovingJobs, *, interval: float = 3600.0) -> None:
        super().__init__(window)
        self.window = window
        self.jobs = jobs
        self.session = jobs.session
        self.offered: tuple[int, int] | None = None  # (old main, backup) in the banner
        #: Why the offer on show was made: {"outage": start} or {"closing": words}.
        self.offered_for: dict[str, Any] = {}
        #: "Not now", by main account: {"outage": start, "closing": words} (see the module).
        self.declined: dict[int, dict[str, Any]] = self._read_declined()
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
            if backups:
                out.append((main, backups[0]))
        return out

    # ------------------------------------------------------------------ "Not now", remembered

    def _declined_path(self) -> Path | None:
        profile = getattr(self.jobs, "profile", None)
        return Path(profile) / DECLINED_FILE if profile is not None else None

    def _read_declined(self) -> dict[int, dict[str, Any]]:
        path = self._declined_path()
        if path is None:
            return {}
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            log.warning("The remembered 'Not now' of the new home offer could not be read.")
            return {}
        out: dict[int, dict[str, Any]] = {}
        if isinstance(raw, dict):
            for key, value in raw.items():
                with contextlib.suppress(ValueError):
                    if isinstance(value, dict):
                        out[int(key)] = value
        return out

    def _write_declined(self) -> None:
        path = self._declined_path()
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps({str(k): v for k, v in self.declined.items()}), "utf-8")
            os.replace(tmp, path)
        except OSError:
            log.warning("The 'Not now' of the new home offer could not be saved.")

    def _said_not_now(self, main_id: int, why: str, value: Any) -> bool:
        """Whether "Not now" was said to this offer: the same outage, or the same words."""
        said = self.declined.get(main_id, {}).get(why)
        if said is None:
            return False
        if why == "outage":
            return isinstance(said, int | float) and abs(float(said) - float(value)) < _SAME_OUTAGE
        return bool(said == value)

    def _forget_outage(self, main_id: int) -> None:
        """The town answers again: a later outage is a new one, offered again."""
        entry = self.declined.get(main_id)
        if entry is not None and entry.pop("outage", None) is not None:
            if not entry:
                del self.declined[main_id]
            self._write_declined()

    async def check(self) -> bool:
        """Offer the move when a main town has been down long enough or says it closes.
        Returns whether the offer is on show."""
        for main, backup in self._pairs():
            now = self.clock()
            down = down_for(self.session.monitor, main.server_url, now)
            reason: str | None = None
            why: dict[str, Any] = {}
            if down <= 0:
                self._forget_outage(main.local_id)
            if down >= OUTAGE_DAYS * 86400:
                why = {"outage": now - down}
                if self._said_not_now(main.local_id, "outage", now - down):
                    continue
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
                        why = {"closing": said}
                        if self._said_not_now(main.local_id, "closing", said):
                            continue
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
            self.offered_for = why
            return True
        return False

    def _declined(self, key: str) -> None:
        if key == BANNER_KEY and self.offered is not None:
            self.declined.setdefault(self.offered[0], {}).update(self.offered_for)
            self._write_declined()
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

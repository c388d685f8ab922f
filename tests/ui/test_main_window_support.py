"""Shared fixtures for the main-window tests (no tests here): a real Session on the test's
profile with Ann's accounts on the practice towns (served on 127.0.0.1), and a MainWindow
using it. Import the fixtures into a test module to use them."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Status
from townsfolk.cache import Account
from townsfolk.services.session import Session
from townsfolk.services.settings import Settings
from townsfolk.ui.main_window import MainWindow
from townsfolk.ui.timeline import TimelineView

from ..services.test_outbox_support import eventually

__all__ = [
    "Recorded",
    "Running",
    "add_account",
    "eventually",
    "fast_client",
    "open_window",
    "posts_of",
    "running",
    "wait_rows",
]


def fast_client(base_url: str, token: str | None) -> MastodonClient:
    """No retries and short timeouts, so a hanging town fails the request quickly."""
    return MastodonClient(
        base_url, access_token=token, max_retries=0, retry_backoff=0.0, timeout=3.0
    )


async def add_account(
    session: Session, place: Any, token: str, *, username: str | None = None
) -> Account:
    """Store an account the way logging in does (facts in SQLite, login in the keyring); its
    handle is the token's own person unless ``username`` says otherwise."""
    async with MastodonClient(place.base_url, access_token=token) as client:
        me = await client.verify_credentials()
    account = session.db.accounts.add(
        server_url=place.base_url,
        server_domain=place.domain,
        handle=f"{username or me.username}@{place.domain}",
        remote_id=me.id,
        display_name=me.display_name,
    )
    session.secrets.set_token(account.local_id, token)
    return account


@dataclass
class Recorded:
    urls: list[str] = field(default_factory=list)
    confirms: list[str] = field(default_factory=list)
    desktop: list[tuple[str, str]] = field(default_factory=list)
    confirm_answer: bool = True
    edit_answer: str | None = None


async def open_window(
    qtbot: Any, session: Session, settings: Settings | None = None
) -> tuple[MainWindow, Recorded]:
    await session.start()
    window = MainWindow()
    qtbot.addWidget(window)
    recorded = Recorded()
    window.open_url = lambda url: recorded.urls.append(QUrl(url).toString())

    def confirm(post: Status) -> bool:
        recorded.confirms.append(post.id)
        return recorded.confirm_answer

    window.confirm_delete = confirm
    window.ask_edit = lambda text: recorded.edit_answer
    window.desktop_notify = lambda title, text: recorded.desktop.append((title, text))
    window.use_session(session, settings or Settings())
    window.resize(1100, 800)
    window.show()  # no qtbot.wait*: a nested Qt loop would run asyncio tasks outside the loop
    return window, recorded


@dataclass
class Running:
    window: MainWindow
    recorded: Recorded
    session: Session
    accounts: list[Account]


@contextlib.asynccontextmanager
async def running(
    qtbot: Any,
    profile: Path,
    logins: list[tuple[Any, str]],
    settings: Settings | None = None,
) -> AsyncIterator[Running]:
    """A session with one account per (practice town, token) and a main window on it.

    Everything is opened and closed inside the test: a background task left running between
    a fixture and its test would be run by pytest-qt's event processing outside the asyncio
    loop."""
    session = Session.open(profile, client_factory=fast_client)
    try:
        accounts = [await add_account(session, place, token) for place, token in logins]
        window, recorded = await open_window(qtbot, session, settings)
        try:
            yield Running(window, recorded, session, accounts)
        finally:
            await window.aclose()
    finally:
        await session.aclose()


def posts_of(view: TimelineView) -> list[Status]:
    """The posts on screen (the boosted post for a boost)."""
    return [r.item.status.reblog or r.item.status for r in view.model.rows if r.kind == "post"]


async def wait_rows(view: TimelineView, at_least: int = 1, timeout: float = 30.0) -> None:
    await eventually(lambda: len(posts_of(view)) >= at_least, timeout)


async def settle(window: MainWindow) -> None:
    """Let every background task of the window finish."""
    await asyncio.wait_for(window.wait_idle(), 30)


__all__ += ["settle"]


def first(posts: list[Status], test: Callable[[Status], bool]) -> Status:
    found = next((p for p in posts if test(p)), None)
    if found is None:
        raise AssertionError("no such post on screen")
    return found


__all__ += ["first"]

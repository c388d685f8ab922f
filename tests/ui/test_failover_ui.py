"""The failover half the person sees: the banner, the account switcher, the Town status window,
"Post from my backup instead", and no switching back while she is typing.

Real Session (SQLite file, in-memory keyring), real HealthMonitor watching every request of the
session's clients, two practice towns on loopback with real faults (closed socket, hanging
answers). No nested Qt loops: everything waits with ``eventually``.
"""

from __future__ import annotations

import contextlib
import gc
import socket
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.services.test_failover_support import FAST_MONITOR, add_account
from townsfolk.api.errors import ApiError
from townsfolk.cache import Account, Draft, FollowSync
from townsfolk.services.failover import SwitchReason
from townsfolk.services.health import HISTORY_FILE_NAME, HealthMonitor, TownState
from townsfolk.services.session import Session
from townsfolk.services.settings import Settings
from townsfolk.ui.main_window import MainWindow

from .test_main_window_support import (
    Recorded,
    eventually,
    open_window,
    posts_of,
    settle,
    wait_rows,
)


@dataclass
class App:
    window: MainWindow
    recorded: Recorded
    session: Session
    main: Account
    backup: Account


@contextlib.asynccontextmanager
async def failover_app(
    qtbot: Any,
    profile: Path,
    maple: Any,
    harbour: Any,
    user_token: Any,
    *,
    settings: Settings | None = None,
    follow_sync: FollowSync = FollowSync.OFF,
    follow_sync_interval: float | None = None,
) -> AsyncIterator[App]:
    """Ann's main account on maple.practice, her backup on harbour.practice, and the main
    window, with every request of the session watched (short probe times)."""
    settings = settings or Settings()
    monitor = HealthMonitor(history_path=profile / HISTORY_FILE_NAME, **FAST_MONITOR)
    factory = monitor.client_factory(timeout=3.0, max_retries=0, retry_backoff=0.0)
    session = Session.open(
        profile,
        client_factory=factory,
        monitor=monitor,
        switch_back=settings.switch_back,
        follow_sync_interval=follow_sync_interval,
    )
    try:
        main = add_account(session.db, session.secrets, maple, user_token(maple.domain), "ann")
        backup = add_account(
            session.db,
            session.secrets,
            harbour,
            user_token(harbour.domain),
            "ann",
            backup_of=main.local_id,
            follow_sync=follow_sync,
        )
        window, recorded = await open_window(qtbot, session, settings)
        try:
            yield App(window, recorded, session, main, backup)
        finally:
            await window.aclose()
    finally:
        await session.aclose()
        for town in (maple, harbour):
            town.town.faults.clear()
        # Collect here, under this module's warning filter (see pytestmark): the practice
        # server's connections cut by "down" are otherwise found by a later test's collection.
        gc.collect()


def refuses(town: Any) -> bool:
    """Whether the town's listening socket is really closed (the "down" fault closes it in
    the server's own thread, a moment after it is set)."""
    url = httpx.URL(town.base_url)
    try:
        with socket.create_connection((url.host, url.port or 80), timeout=1.0):
            return False
    except OSError:
        return True


async def take_down(*towns: Any) -> None:
    for town in towns:
        town.town.faults.set("down")
    for town in towns:
        await eventually(lambda t=town: refuses(t), 5)


def on_screen(app: App) -> int | None:
    return app.window.account.local_id if app.window.account is not None else None


async def fail_over(app: App, maple: Any) -> None:
    """Maple stops answering (its socket is closed); one look for new posts notices."""
    await wait_rows(app.window.views["home"])
    assert on_screen(app) == app.main.local_id
    await take_down(maple)
    app.window.poll_now()
    await eventually(lambda: app.window.banner.has("outage"), 15)
    await eventually(lambda: on_screen(app) == app.backup.local_id, 5)


async def test_banner_switches_to_the_backup_and_posts_from_it(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    async with failover_app(qtbot, profile_dir, maple, harbour, user_token) as app:
        window = app.window
        await wait_rows(window.views["home"])
        await take_down(maple)
        item = await app.session.outbox.submit(app.main.local_id, Draft(text="Soup at noon?"))
        await eventually(lambda: window.banner.has("outage"), 15)
        await eventually(lambda: on_screen(app) == app.backup.local_id, 5)

        text = window.banner.text()
        assert text.startswith(
            "maple.practice is not answering. You are now using your backup account "
            "@ann@harbour.practice."
        )
        assert "your waiting post will go out when maple.practice is back" in text
        for word in ("instance", "server", "toot", "federation"):
            assert word not in text.lower()
        assert window.banner.action.isVisibleTo(window) is True
        assert window.banner.action.text() == "Post from my backup instead"
        # Timelines, compose and the switcher belong to the backup now.
        assert window.switcher.current_account_id() == app.backup.local_id
        assert window.switcher.accessibleDescription() == (
            "In use: your backup account @ann@harbour.practice"
        )
        assert window.views["home"].model.town == "harbour.practice"
        assert "not answering" in window.switcher.itemText(
            window.switcher.index_of(app.main.local_id)
        )
        compose = window.open_compose()
        assert compose is not None
        assert compose.account_id == app.backup.local_id
        compose.close()

        # "Post from my backup instead" (once the first try has failed and nothing is sending).
        await eventually(lambda: not app.session.outbox.is_being_sent(item.local_id), 10)
        window.banner.action.click()
        await eventually(lambda: app.session.outbox.waiting_count(app.main.local_id) == 0, 10)
        await eventually(lambda: app.session.outbox.waiting_count(app.backup.local_id) == 0, 15)
        with harbour.town.world.lock:
            author = harbour.town.person("ann").key
            sent = [
                p
                for p in harbour.town.world.posts.values()
                if p.author == author and p.text == "Soup at noon?"
            ]
        assert len(sent) == 1
        # The banner no longer offers to move posts: none are waiting.
        assert "Nothing is lost." in window.banner.text()
        assert window.banner.action.isHidden()


async def test_offline_no_switch(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    async with failover_app(qtbot, profile_dir, maple, harbour, user_token) as app:
        window = app.window
        await settle(window)
        await take_down(maple, harbour)
        prepared = app.session.get(app.main.local_id)
        assert prepared is not None
        with contextlib.suppress(ApiError):
            await prepared.client.home_timeline(limit=5)
        await eventually(lambda: window.banner.has("offline"), 15)
        await eventually(lambda: app.session.monitor.offline, 15)
        assert window.banner.text().startswith("You are offline; showing saved posts.")
        assert window.banner.action.text() == "Try again"
        assert on_screen(app) == app.main.local_id
        assert not window.banner.has("outage")
        assert posts_of(window.views["home"])  # saved posts still show
        active = app.session.failover.active
        assert active is not None
        assert active.active_id == app.main.local_id

        maple.town.faults.clear()
        harbour.town.faults.clear()
        # Townsfolk keeps looking by itself and takes the message away when a town answers.
        await eventually(lambda: not window.banner.has("offline"), 15)
        assert on_screen(app) == app.main.local_id


async def test_back_switches_back_by_itself(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    async with failover_app(qtbot, profile_dir, maple, harbour, user_token) as app:
        window = app.window
        await fail_over(app, maple)
        maple.town.faults.clear()
        await eventually(lambda: on_screen(app) == app.main.local_id, 15)
        await eventually(lambda: window.banner.has("back"), 5)
        assert window.banner.text() == (
            "maple.practice is back. You are using your account @ann@maple.practice again."
        )
        assert not window.banner.has("outage")
        assert window.switcher.current_account_id() == app.main.local_id
        await eventually(
            lambda: (
                "not answering"
                not in window.switcher.itemText(window.switcher.index_of(app.main.local_id))
            ),
            5,
        )
        assert window.views["home"].model.town == "maple.practice"


@pytest.mark.parametrize("answer", ["yes", "not now"])
async def test_back_asks_first(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any, answer: str
) -> None:
    settings = Settings(switch_back="ask")
    async with failover_app(
        qtbot, profile_dir, maple, harbour, user_token, settings=settings
    ) as app:
        window = app.window
        await fail_over(app, maple)
        maple.town.faults.clear()
        await eventually(lambda: window.banner.has("question"), 15)
        assert window.banner.text().startswith(
            "maple.practice is back. Go back to your account there?"
        )
        assert window.banner.action.text() == "Yes, go back"
        assert window.banner.second.text() == "Not now"
        assert window.banner.close_button.isHidden()  # a question is answered, not hidden
        assert on_screen(app) == app.backup.local_id  # nothing happens before she answers

        if answer == "yes":
            window.banner.action.click()
            await eventually(lambda: on_screen(app) == app.main.local_id, 5)
            assert not window.banner.has("question")
        else:
            window.banner.second.click()
            assert not window.banner.has("question")
            active = app.session.failover.active
            assert active is not None
            assert active.active_id == app.backup.local_id
            assert active.reason is SwitchReason.CHOSEN
            assert on_screen(app) == app.backup.local_id
            assert "@ann@harbour.practice" in window.statusBar().currentMessage()


async def test_no_switching_back_while_typing(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    async with failover_app(qtbot, profile_dir, maple, harbour, user_token) as app:
        window = app.window
        await fail_over(app, maple)
        compose = window.open_compose()
        assert compose is not None
        compose.text_edit.setPlainText("Half a thought about the harbour")
        maple.town.faults.clear()
        await eventually(lambda: window.banner.has("back"), 15)
        assert "when you finish writing" in window.banner.text()
        assert on_screen(app) == app.backup.local_id
        assert app.session.failover.switch_back_deferred
        assert compose.text_edit.toPlainText() == "Half a thought about the harbour"

        compose.text_edit.clear()  # sent or thrown away: she is not typing any more
        await eventually(lambda: on_screen(app) == app.main.local_id, 5)
        compose.close()


async def test_switching_by_hand_while_a_town_hangs(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    async with failover_app(qtbot, profile_dir, maple, harbour, user_token) as app:
        window = app.window
        await wait_rows(window.views["home"])
        maple.town.faults.set("hang")
        window.poll_now()  # a request to maple now hangs

        # Switching by hand never waits on the hanging town, either way.
        started = time.perf_counter()
        window.switcher.choose(app.backup.local_id)
        assert time.perf_counter() - started < 0.5
        assert on_screen(app) == app.backup.local_id
        active = app.session.failover.active
        assert active is not None
        assert active.active_id == app.backup.local_id
        started = time.perf_counter()
        window.switcher.choose(app.main.local_id)  # asks maple again: that request hangs too
        assert time.perf_counter() - started < 0.5
        assert on_screen(app) == app.main.local_id
        assert posts_of(window.views["home"])  # saved posts at once

        # The hanging town is noticed: the backup takes over and the switcher says why.
        await eventually(lambda: on_screen(app) == app.backup.local_id, 15)
        assert app.session.monitor.state(app.main.server_url) is TownState.NOT_ANSWERING
        main_label = window.switcher.itemText(window.switcher.index_of(app.main.local_id))
        assert "not answering" in main_label
        assert window.banner.has("outage")

        # Choosing the main account by hand during the outage: at once, its saved posts,
        # marked as saved; her choice is respected (no switch away again).
        started = time.perf_counter()
        window.switcher.choose(app.main.local_id)
        assert time.perf_counter() - started < 0.5
        assert on_screen(app) == app.main.local_id
        assert posts_of(window.views["home"])
        assert window.subtitle.text().startswith("Saved posts: maple.practice is not answering")
        assert window.switcher.toolTip() == (
            "In use: your account @ann@maple.practice (not answering, saved posts only)"
        )
        active = app.session.failover.active
        assert active is not None
        assert active.active_id == app.main.local_id
        assert active.reason is SwitchReason.MAIN


async def test_town_status_page(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    async with failover_app(qtbot, profile_dir, maple, harbour, user_token) as app:
        window = app.window
        await fail_over(app, maple)
        window.town_status_action.trigger()
        dialog = window.town_status
        assert dialog is not None
        assert dialog.isVisible()
        assert dialog.windowTitle() == "Town status"
        towns = dialog.town_texts()
        assert len(towns) == 2
        maple_text = next(t for t in towns if t.startswith("maple.practice"))
        harbour_text = next(t for t in towns if t.startswith("harbour.practice"))
        assert "Not answering since" in maple_text
        assert "Your account @ann@maple.practice" in maple_text
        assert "Answering normally." in harbour_text
        assert "Your backup account @ann@harbour.practice (in use now)" in harbour_text
        assert dialog.in_use_text == "In use now: your backup account @ann@harbour.practice."
        assert dialog.history_texts()[0].startswith("maple.practice has not been answering since")
        assert dialog.history_texts()[0].endswith("(a few seconds so far).")
        assert "does not follow the same people" in dialog.follow_sync_texts()[0]

        maple.town.faults.clear()
        await eventually(lambda: on_screen(app) == app.main.local_id, 15)
        await eventually(
            lambda: dialog.history_texts()[0].startswith(
                "maple.practice was not answering for a few seconds, from "
            ),
            5,
        )
        maple_text = next(t for t in dialog.town_texts() if t.startswith("maple.practice"))
        assert "Not answering" not in maple_text
        assert "(in use now)" in maple_text
        for text in [*dialog.town_texts(), *dialog.history_texts()]:
            for word in ("instance", "federation", "toot"):
                assert word not in text.lower()
        dialog.close()


async def test_follow_sync_progress_shows(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    async with failover_app(
        qtbot,
        profile_dir,
        maple,
        harbour,
        user_token,
        follow_sync=FollowSync.KEEP,
        follow_sync_interval=3600.0,
    ) as app:
        window = app.window
        dialog = window.open_town_status()
        assert dialog is not None

        def finished() -> bool:
            progress = app.session.follow_sync.progress(app.backup.local_id)
            return progress is not None and progress.done >= progress.total

        await eventually(finished, 20)
        progress = app.session.follow_sync.progress(app.backup.local_id)
        assert progress is not None
        await eventually(lambda: dialog.follow_sync_texts() == [progress.sentence], 5)
        assert progress.sentence.startswith("Your backup account ")
        choices = window.backup_choices()
        assert [(c.account_id, c.follow_same) for c in choices] == [(app.backup.local_id, True)]
        assert choices[0].progress == progress.sentence
        window.set_follow_same(app.backup.local_id, False)
        stored = app.session.db.accounts.get(app.backup.local_id)
        assert stored is not None
        assert stored.follow_sync is FollowSync.OFF
        dialog.refresh()
        assert "does not follow the same people" in dialog.follow_sync_texts()[0]
        dialog.close()


async def test_boost_a_saved_post_through_the_backup(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    async with failover_app(qtbot, profile_dir, maple, harbour, user_token) as app:
        window = app.window
        await wait_rows(window.views["home"])
        await take_down(maple)
        window.poll_now()
        await eventually(lambda: on_screen(app) == app.backup.local_id, 15)
        window.switcher.choose(app.main.local_id)  # read Ann's saved posts on maple
        assert window.showing_saved_only()
        post = next(
            p
            for p in posts_of(window.views["home"])
            if not p.reblogged and p.visibility == "public"
        )
        await window.toggle("boost", post.id)
        assert "@ann@harbour.practice" in window.statusBar().currentMessage()
        assert not window.banner.has("action")
        backup_client = await app.session.failover._client(app.backup)
        found = await app.session.failover.resolve_post_on(app.backup, post.uri or post.url or "")
        fresh = await backup_client.get_status(found.id)
        assert fresh.reblogged is True

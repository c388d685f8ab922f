"""The session wires failover in: every request of its clients is watched, so a main town
that refuses makes the backup account active; follow sync runs on its schedule."""

from __future__ import annotations

import asyncio
import gc
from pathlib import Path
from typing import Any

from tests.services.test_failover_support import FAST_MONITOR, add_account
from tests.services.test_outbox_support import eventually
from townsfolk.cache import FollowSync
from townsfolk.services.failover import SwitchReason
from townsfolk.services.health import HISTORY_FILE_NAME, HealthMonitor, TownState
from townsfolk.services.session import Session


async def test_requests_through_the_session_are_watched(
    profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    session = Session.open(profile_dir, follow_sync_interval=None)
    # The session's own monitor, with short probe times for the test.
    for name, value in FAST_MONITOR.items():
        setattr(session.monitor, name, value)
    try:
        main = add_account(session.db, session.secrets, maple, user_token(maple.domain), "ann")
        backup = add_account(
            session.db,
            session.secrets,
            harbour,
            user_token(harbour.domain),
            "ann",
            backup_of=main.local_id,
        )
        await session.start()
        active = session.failover.active
        assert active is not None
        assert active.active_id == main.local_id
        timeline = session.timeline(main.local_id, "home")
        await timeline.refresh()
        assert session.monitor.state(main.server_url) is TownState.FINE

        maple.town.faults.set("down")
        await eventually(lambda: _refuses(maple), 5)
        await session.timeline(main.local_id, "home").refresh()  # the app's own request
        await eventually(
            lambda: (
                session.failover.active is not None
                and session.failover.active.active_id == backup.local_id
            ),
            15,
        )
        active = session.failover.active
        assert active is not None
        assert active.reason is SwitchReason.OUTAGE
        assert session.town_not_answering(main.local_id)
        assert (profile_dir / HISTORY_FILE_NAME).exists()
    finally:
        maple.town.faults.clear()
        await session.aclose()
        gc.collect()  # under this module's warning filter (see pytestmark)


async def test_default_clients_report_to_the_monitor(profile_dir: Path, maple: Any) -> None:
    session = Session.open(profile_dir, follow_sync_interval=None)
    try:
        assert isinstance(session.monitor, HealthMonitor)
        seen: list[str] = []
        session.monitor.record_success = lambda url, elapsed=0.0: seen.append(url)  # type: ignore[method-assign]
        session.monitor.watch(maple.base_url, maple.domain)
        account = session.db.accounts.add(
            server_url=maple.base_url, server_domain=maple.domain, handle="ann@" + maple.domain
        )
        prepared = await session.prepare(account.local_id)
        await prepared.client.instance()
        assert seen, "the session's client did not report its request"
    finally:
        await session.aclose()


async def test_follow_sync_runs_on_the_schedule(
    profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    session = Session.open(profile_dir, follow_sync_interval=3600.0)
    try:
        main = add_account(session.db, session.secrets, maple, user_token(maple.domain), "ann")
        backup = add_account(
            session.db,
            session.secrets,
            harbour,
            user_token(harbour.domain),
            "ann",
            backup_of=main.local_id,
            follow_sync=FollowSync.KEEP,
        )
        await session.start()

        def finished() -> bool:
            progress = session.follow_sync.progress(backup.local_id)
            return progress is not None and progress.total > 0 and progress.done >= progress.total

        await eventually(finished, 20)
        await asyncio.sleep(0)
    finally:
        await session.aclose()


def _refuses(town: Any) -> bool:
    import socket

    import httpx

    url = httpx.URL(town.base_url)
    try:
        with socket.create_connection((url.host, url.port or 80), timeout=1.0):
            return False
    except OSError:
        return True

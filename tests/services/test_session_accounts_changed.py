"""An account added while Townsfolk runs is live at once (issue 11, break 1): prepared, its
town watched, a backup's follow sync started now rather than at the next 6-hour round; and a
person followed from the main account is followed by its backups too."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

from tests.services.test_failover_support import FAST_MONITOR, add_account
from tests.services.test_outbox_support import eventually
from townsfolk.cache import FollowSync, JobState
from townsfolk.services.health import HISTORY_FILE_NAME, HealthMonitor
from townsfolk.services.session import Session

# As in test_session_failover: a request still in flight when the session closes may leave
# one loopback connection for the garbage collector (known, documented there).
pytestmark = [
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
]


def _session(profile: Path) -> Session:
    monitor = HealthMonitor(history_path=profile / HISTORY_FILE_NAME, **FAST_MONITOR)
    return Session.open(
        profile,
        client_factory=monitor.client_factory(timeout=3.0, max_retries=0, retry_backoff=0.0),
        monitor=monitor,
        follow_sync_interval=3600.0,
    )


def _follows(world: Any, who: tuple[str, str], whom: tuple[str, str]) -> bool:
    with world.lock:
        a = world.lookup(who[0], who[1], who[1])
        b = world.lookup(whom[0], whom[1], whom[1])
        return a is not None and b is not None and world.follows(a.key, b.key)


async def test_a_backup_added_while_running_is_live_at_once(
    profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    session = _session(profile_dir)
    try:
        main = add_account(session.db, session.secrets, maple, user_token(maple.domain), "ann")
        await session.start()
        assert session.monitor.status(harbour.base_url) is None

        # The wizard stores a backup (follow the same people: on) while Townsfolk runs.
        backup = add_account(
            session.db,
            session.secrets,
            harbour,
            user_token(harbour.domain),
            "ann",
            backup_of=main.local_id,
            follow_sync=FollowSync.KEEP,
        )
        assert session.get(backup.local_id) is None
        assert await session.accounts_changed() == [backup.local_id]
        assert session.get(backup.local_id) is not None
        assert [a.local_id for a in session.accounts()] == [main.local_id, backup.local_id]
        assert session.monitor.status(harbour.base_url) is not None  # its town is watched
        # Its follow sync ran now, not in 6 hours.
        await eventually(
            lambda: (
                (progress := session.follow_sync.progress(backup.local_id)) is not None
                and progress.state is JobState.DONE
            ),
            15,
        )
        assert await session.accounts_changed() == []  # nothing new: nothing done twice
    finally:
        await session.aclose()
        gc.collect()


async def test_someone_followed_from_the_main_account_is_followed_by_the_backup(
    profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    session = _session(profile_dir)
    world = maple.town.world
    try:
        main = add_account(session.db, session.secrets, maple, user_token(maple.domain), "ann")
        add_account(
            session.db,
            session.secrets,
            harbour,
            user_token(harbour.domain),
            "ann",
            backup_of=main.local_id,
            follow_sync=FollowSync.KEEP,
        )
        await session.start()
        # Someone neither of Ann's accounts follows yet.
        stranger = next(
            p
            for p in maple.town.users
            if p != "ann"
            and not _follows(world, ("ann", maple.domain), (p, maple.domain))
            and not _follows(world, ("ann", harbour.domain), (p, maple.domain))
        )
        person, _ = await session.person(main.local_id, f"{stranger}@{maple.domain}")
        relationship = await session.set_following(main.local_id, person.id, True)
        assert relationship.following or relationship.requested
        await eventually(
            lambda: _follows(world, ("ann", harbour.domain), (stranger, maple.domain)), 15
        )
    finally:
        await session.aclose()
        gc.collect()

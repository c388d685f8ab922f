"""The people followed as Townsfolk saved them (``follows_from_cache``), when the backup becomes
the new home while the old town is silent: the follow sync's jobs are made by the real follow
sync against two practice towns, and the newest entry for a person wins (someone unfollowed
later is not followed again; someone followed again is)."""

from __future__ import annotations

from typing import Any

from tests.services.test_follow_sync import SyncRig, add_people, person_key, sync_rig
from townsfolk.services.moving.new_home import follows_from_cache

__all__ = ["sync_rig"]  # the fixture, used here


async def test_someone_unfollowed_later_is_not_brought_along(sync_rig: SyncRig, maple: Any) -> None:
    world = maple.town.world
    ann = person_key(maple, "ann")
    kept, dropped = add_people(world, maple.domain, "cache", 2)
    with world.lock:
        world.follow(ann, kept)
        world.follow(ann, dropped)
    service = sync_rig.service()
    await service.sync(sync_rig.backup)  # the backup follows both now
    values = [r.value for r in follows_from_cache(sync_rig.db, sync_rig.backup)]
    assert {"cache000@maple.practice", "cache001@maple.practice"} <= set(values)

    with world.lock:
        world.unfollow(ann, dropped)  # the main account stops following one of them
    await service.sync(sync_rig.backup, unfollow_confirmed=True)
    values = [r.value for r in follows_from_cache(sync_rig.db, sync_rig.backup)]
    assert "cache000@maple.practice" in values
    assert "cache001@maple.practice" not in values
    assert len(values) == len(set(values))

    with world.lock:
        world.follow(ann, dropped)  # ... and follows them again
    await service.sync(sync_rig.backup)
    values = [r.value for r in follows_from_cache(sync_rig.db, sync_rig.backup)]
    assert values[0] == "cache001@maple.practice"  # newest first, as an export has them
    assert "cache000@maple.practice" in values
    assert len(values) == len(set(values))

"""services.follow_sync against two practice towns on loopback, with real SQLite files.

The practice world has about ten people per town; these tests add hundreds more with the
world's public ``add_person`` and make the main account follow them with ``World.follow``.
Follow requests are counted on the server side by wrapping ``World.follow`` (which the follow
endpoint calls once per request)."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.services.test_failover_support import add_account, remote_id
from townsfolk.api.errors import CannotConnect
from townsfolk.cache import Account, Database, FollowSync, JobState
from townsfolk.practice import World
from townsfolk.services.accounts import AccountsService
from townsfolk.services.follow_sync import (
    JOB_KIND,
    FollowSyncProgress,
    FollowSyncService,
    normalise_acct,
    progress_sentence,
)
from townsfolk.services.health import HealthMonitor
from townsfolk.services.secrets import SecretStore

FOLLOW_PATH = "/api/v1/accounts/*/follow"


class FollowCounter:
    """Counts follow requests that reach the practice world (thread-safe), with their times,
    and can run a hook when the n-th one arrives (in the server's thread)."""

    def __init__(self, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
        self.world = world
        self.counts: Counter[tuple[int, int]] = Counter()
        self.times: list[float] = []
        self.hooks: dict[int, Any] = {}
        self._lock = threading.Lock()
        original = world.follow

        def counting(a: int, b: int, **kwargs: Any) -> None:
            with self._lock:
                self.counts[(a, b)] += 1
                self.times.append(time.time())
                n = len(self.times)
            original(a, b, **kwargs)
            hook = self.hooks.get(n)
            if hook is not None:
                hook()

        monkeypatch.setattr(world, "follow", counting)

    @property
    def total(self) -> int:
        with self._lock:
            return len(self.times)


def add_people(world: World, domain: str, prefix: str, n: int) -> list[int]:
    with world.lock:
        return [
            world.add_person(
                domain, f"{prefix}{i:03d}", f"{prefix.title()} {i}", created_at=world.anchor
            ).key
            for i in range(n)
        ]


class SyncRig:
    def __init__(self, path: Path, maple: Any, harbour: Any, user_token: Any) -> None:
        self.path = path
        self.maple = maple
        self.harbour = harbour
        self.secrets = SecretStore()
        self.db = Database.open(path)
        existing = self.db.accounts.list()
        if existing:
            self.main, self.backup = existing[0], existing[1]
        else:
            self.main = add_account(self.db, self.secrets, maple, user_token(maple.domain), "ann")
            self.backup = add_account(
                self.db,
                self.secrets,
                harbour,
                user_token(harbour.domain),
                "ann",
                backup_of=self.main.local_id,
                follow_sync=FollowSync.KEEP,
            )
        self.accounts = AccountsService(self.db, self.secrets)
        self.progress: list[FollowSyncProgress] = []

    def service(self, **options: Any) -> FollowSyncService:
        service = FollowSyncService(self.db, self.accounts.client_for, page_size=80, **options)
        service.add_listener(self.progress.append)
        return service

    def close(self) -> None:
        self.db.close()


def person_key(town: Any, username: str) -> int:
    with town.town.world.lock:
        return int(town.town.person(username).key)


@pytest.fixture
def sync_rig(tmp_path: Path, maple: Any, harbour: Any, user_token: Any) -> Any:
    rig = SyncRig(tmp_path / "cache.db", maple, harbour, user_token)
    yield rig
    rig.close()


def test_sentences_and_addresses() -> None:
    assert progress_sentence(312, 540) == "Following 312 of 540 people on your backup account"
    assert progress_sentence(0, 0).startswith("Your backup account already follows everyone")
    assert progress_sentence(5, 5) == (
        "Your backup account now follows the same 5 people as your main account."
    )
    paused = progress_sentence(3, 9, paused_until=time.time() + 600)
    assert paused.startswith("Following 3 of 9 people on your backup account.")
    assert "slow down" in paused
    assert normalise_acct("Ann", "Mastodon.Social") == "ann@mastodon.social"
    assert normalise_acct("@bo@Town.example", "x.y") == "bo@town.example"


async def test_five_hundred_people_with_rate_limits_and_a_restart(
    sync_rig: SyncRig, maple: Any, harbour: Any, user_token: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = maple.town.world
    ann_m = person_key(maple, "ann")
    ann_h = person_key(harbour, "ann")
    targets = add_people(world, maple.domain, "m", 250) + add_people(
        world, harbour.domain, "h", 250
    )
    with world.lock:
        for n, pk in enumerate(targets):
            world.follow(
                ann_m,
                pk,
                reblogs=n % 3 != 0,
                notify=n % 5 == 0,
                languages=["de"] if n % 7 == 0 else None,
            )
        # The backup already follows a few of them, and one the main account does not.
        for pk in targets[:10]:
            world.follow(ann_h, pk)
        extra = add_people(world, harbour.domain, "x", 1)[0]
        world.follow(ann_h, extra)
        expected = set(world.graph.following[ann_m]) - set(world.graph.following[ann_h])
        expected -= {ann_m, ann_h}
    assert len(expected) >= 490
    counter = FollowCounter(world, monkeypatch)
    loop = asyncio.get_running_loop()

    # Budget: at most 150 follows in any 1.5 s. After the 100th follow the town answers one
    # follow with 429 "until 1 s from now".
    rate: dict[str, float] = {}

    def limit_once() -> None:
        harbour.town.faults.set("rate_limit", paths=FOLLOW_PATH, count=1, reset_in=1.0)
        fault = harbour.town.faults.current
        assert fault is not None
        rate["reset_at"] = fault.reset_at

    counter.hooks[100] = limit_once

    # The app stops while the 300th follow is on its way: the town handles it, the app never
    # hears back.
    service = sync_rig.service(follows_per_window=150, window=1.5)
    task = loop.create_task(service.sync(sync_rig.backup))
    stopped = threading.Event()

    def crash() -> None:
        loop.call_soon_threadsafe(task.cancel)
        stopped.wait(10)

    counter.hooks[300] = crash
    with pytest.raises(asyncio.CancelledError):
        await task
    stopped.set()
    assert counter.total == 300
    jobs = sync_rig.db.jobs.list(kind=JOB_KIND)
    assert len(jobs) == 1
    job = jobs[0]
    assert job.state is JobState.RUNNING
    assert job.progress_total == len(expected)
    cursor = json.loads(job.cursor or "{}")
    assert cursor["inflight"] is not None  # the crash came between sending and hearing back
    assert job.progress_done == 299
    sentence = service.progress(sync_rig.backup.local_id)
    assert sentence is not None
    assert sentence.sentence == f"Following 299 of {len(expected)} people on your backup account"
    sync_rig.close()

    # A new service on the same database file continues.
    again = SyncRig(sync_rig.path, maple, harbour, user_token)
    sync_rig.db = again.db
    resumed = again.service(follows_per_window=150, window=1.5)
    finished = await resumed.resume_unfinished()
    assert len(finished) == 1
    assert finished[0].state is JobState.DONE
    assert finished[0].progress_done == len(expected)
    assert again.progress[-1].sentence == (
        f"Your backup account now follows the same {len(expected)} people as your main account."
    )

    # Everyone followed exactly once, with the main account's settings.
    sent = {b: n for (a, b), n in counter.counts.items() if a == ann_h}
    assert set(sent) == expected
    assert all(n == 1 for n in sent.values()), [n for n in sent.values() if n != 1]
    assert counter.total == len(expected)
    with world.lock:
        following = world.graph.following[ann_h]
        assert set(targets) <= set(following)
        for n, pk in enumerate(targets):
            if n < 10:
                continue
            rel = following[pk]
            assert rel.reblogs == (n % 3 != 0)
            assert rel.notify == (n % 5 == 0)
            assert rel.languages == (["de"] if n % 7 == 0 else None)
        assert extra in following  # unfollowing needs the person's confirmation

    # The rate window: never more than 150 follows in 1.5 s.
    times = sorted(counter.times)
    for i in range(len(times) - 150):
        assert times[i + 150] - times[i] >= 1.5 - 0.01
    # The 429 came right after the 100th follow: nothing was sent until the reset it gave.
    assert min(times[100:]) >= rate["reset_at"] - 0.01
    again.close()


async def test_unfollow_needs_confirmation(
    sync_rig: SyncRig, maple: Any, harbour: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = maple.town.world
    ann_m = person_key(maple, "ann")
    ann_h = person_key(harbour, "ann")
    people = add_people(world, maple.domain, "u", 4)
    with world.lock:
        world.follow(ann_m, people[0])
        world.follow(ann_h, people[1])
        world.follow(ann_h, people[2])
        world.follow(ann_h, ann_m)  # the backup follows the main account: never unfollowed
    service = sync_rig.service()
    plan = await service.plan(sync_rig.backup)
    assert {p.acct for p in plan.to_follow} >= {"u000@maple.practice"}
    only = {acct for acct, _ in plan.only_on_backup}
    assert {"u001@maple.practice", "u002@maple.practice"} <= only
    assert "ann@maple.practice" not in only
    assert "u000@maple.practice" not in only
    job = await service.sync(sync_rig.backup)
    assert job.state is JobState.DONE
    with world.lock:
        assert people[1] in world.graph.following[ann_h]
    job = await service.sync(sync_rig.backup, unfollow_confirmed=True)
    with world.lock:
        assert people[1] not in world.graph.following[ann_h]
        assert people[2] not in world.graph.following[ann_h]
        assert ann_m in world.graph.following[ann_h]
        assert people[0] in world.graph.following[ann_h]


async def test_runs_again_periodically_while_both_towns_are_fine(
    sync_rig: SyncRig, maple: Any, harbour: Any
) -> None:
    world = maple.town.world
    ann_m = person_key(maple, "ann")
    ann_h = person_key(harbour, "ann")
    first, second = add_people(world, harbour.domain, "p", 2)
    with world.lock:
        world.follow(ann_m, first)
    monitor = HealthMonitor(probe_backoff_initial=0.05, probe_backoff_max=0.2)
    monitor.watch(maple.base_url, maple.domain)
    monitor.watch(harbour.base_url, harbour.domain)
    service = sync_rig.service(monitor=monitor)
    done = asyncio.Event()
    rounds: list[int] = []

    def on_progress(p: FollowSyncProgress) -> None:
        if p.state is JobState.DONE:
            rounds.append(p.job_id)
            done.set()

    service.add_listener(on_progress)
    service.start_schedule(interval=0.05)
    try:
        await asyncio.wait_for(done.wait(), 30)
        with world.lock:
            assert first in world.graph.following[ann_h]
            world.follow(ann_m, second)
        while True:  # the next rounds pick up the new follow
            done.clear()
            await asyncio.wait_for(done.wait(), 30)
            with world.lock:
                if second in world.graph.following.get(ann_h, {}):
                    break
        # While the backup's town is not answering, no round runs for it.
        monitor._mark_down(monitor._towns[list(monitor._towns)[1]])
        assert service.due_backups() == []
    finally:
        await service.aclose()
        await monitor.aclose()


async def test_once_runs_only_once_and_off_never(sync_rig: SyncRig) -> None:
    service = sync_rig.service()
    sync_rig.db.accounts.set_follow_sync(sync_rig.backup.local_id, FollowSync.ONCE)
    assert [a.local_id for a in service.due_backups()] == [sync_rig.backup.local_id]
    await service.run_once()
    assert service.due_backups() == []
    sync_rig.db.accounts.set_follow_sync(sync_rig.backup.local_id, FollowSync.OFF)
    assert service.due_backups() == []


async def test_town_down_pauses_the_job(sync_rig: SyncRig, maple: Any, harbour: Any) -> None:
    world = maple.town.world
    ann_m = person_key(maple, "ann")
    ann_h = person_key(harbour, "ann")
    new = add_people(world, maple.domain, "d", 3)
    with world.lock:
        for pk in new:
            world.follow(ann_m, pk)
    service = sync_rig.service()
    job = await service._new_job(sync_rig.backup, unfollow_confirmed=False)
    harbour.town.faults.set("down")
    try:
        with pytest.raises(CannotConnect):
            await service.sync(sync_rig.backup)
    finally:
        harbour.town.faults.clear()
    paused = sync_rig.db.jobs.get(job.local_id)
    assert paused is not None
    assert paused.state is JobState.PAUSED
    finished = await service.sync(sync_rig.backup)
    assert finished.local_id == job.local_id
    assert finished.state is JobState.DONE
    assert finished.progress_total is not None
    assert finished.progress_done == finished.progress_total >= 3
    with world.lock:
        assert set(new) <= set(world.graph.following[ann_h])


__all__ = ["Account", "remote_id"]

"""A 5,000-follow import killed in the middle (a real importing process, SIGKILL while its
2,500th follow is on its way), then a new process on the same database file: it finishes with
every follow made exactly once. On the way the town answers one follow with
429 "until 1 s from now", and the job waits until then.

The town's own follow limit (practice/follow_limits.py: Mastodon's 400 a day, here 10 in any
2 s, with Mastodon's 429 headers) is met and waited through in a second, smaller test, where
ten follows certainly go faster than the window even on a busy machine."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.services.moving_support import FollowCounter, MovingRig, add_people, new_person
from townsfolk.cache import Database, JobState
from townsfolk.practice import follow_limits
from townsfolk.services.moving.csv_formats import Kind, Row, read, write
from townsfolk.services.moving.import_ import ImportService, Mode

REPO = Path(__file__).resolve().parents[2]
N = 5000
FOLLOW_PATH = "/api/v1/accounts/*/follow"


class ImporterProcess:
    """``python -m tests.services.moving_support``: one import job run to its end in a
    process of its own (a plain asyncio loop), its stdout lines collected."""

    def __init__(self, settings: dict[str, str]) -> None:
        self.lines: list[str] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.services.moving_support"],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(settings) + "\n")
        self.proc.stdin.flush()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.strip())

    async def ended(self, timeout: float = 120.0) -> int:
        code = await asyncio.wait_for(asyncio.to_thread(self.proc.wait), timeout)
        await asyncio.to_thread(self._reader.join, 10)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()
        return code


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
async def test_five_thousand_follows_killed_in_the_middle(
    tmp_path: Path, maple: Any, harbour: Any, user_token: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = maple.town.world
    targets = add_people(world, maple.domain, "p", N)
    with world.lock:
        addresses = [f"{world.people[pk].username}@{maple.domain}" for pk in targets]
    rows = [Row(a, reblogs=i % 3 != 0, notify=i % 7 == 0) for i, a in enumerate(addresses)]
    data = write(Kind.FOLLOWING, rows)
    new_person(harbour, "mover")
    path = tmp_path / "cache.db"
    rig = MovingRig(path)
    token = user_token(harbour.domain, "mover")
    mover = rig.add(harbour, token, "mover")
    with world.lock:
        me = harbour.town.person("mover").key
    importer = rig.importer()
    plan = await importer.plan(mover, read(data, Kind.FOLLOWING), Mode.MERGE)
    assert len(plan.rows) == N
    job = importer.start(plan)
    rig.close()

    counter = FollowCounter(world, monkeypatch)
    settings = {
        "db": str(path),
        "base_url": harbour.base_url,
        "domain": harbour.domain,
        "token": token,
        "job": str(job.local_id),
    }
    first = ImporterProcess(settings)
    rate: dict[str, float] = {}

    def limit_once() -> None:  # the town says "slow down" once, until 1 s from now
        harbour.town.faults.set("rate_limit", paths=FOLLOW_PATH, count=1, reset_in=1.0)
        fault = harbour.town.faults.current
        assert fault is not None
        rate["reset_at"] = fault.reset_at

    def kill() -> None:  # in the town's thread: the 2,500th follow is made, never answered
        os.kill(first.proc.pid, signal.SIGKILL)
        first.proc.wait(10)

    counter.hooks[1000] = limit_once
    counter.hooks[N // 2] = kill
    assert await first.ended() == -signal.SIGKILL
    assert counter.total == N // 2
    assert any(line.startswith("paused") for line in first.lines)  # waiting for the town
    assert min(counter.times[1000:]) >= rate["reset_at"] - 0.01

    db = Database.open(path)
    saved = db.jobs.get(job.local_id)
    db.close()
    assert saved is not None
    assert saved.state is JobState.RUNNING  # as a crash leaves it
    assert json.loads(saved.cursor or "{}")["inflight"] is not None
    assert saved.progress_done == N // 2 - 1

    # A new process on the same database file goes on from there.
    second = ImporterProcess(settings)
    assert await second.ended() == 0
    assert second.lines[-1] == "finished done"
    assert second.lines[0] == f"running {N // 2 - 1} {N}"

    # Every follow exactly once, with the file's settings.
    sent = {b: n for (a, b), n in counter.counts.items() if a == me}
    assert set(sent) == set(targets)
    assert all(n == 1 for n in sent.values()), [n for n in sent.values() if n != 1][:5]
    assert counter.total == N
    with world.lock:
        following = world.graph.following[me]
        for i, pk in enumerate(targets):
            assert (following[pk].reblogs, following[pk].notify) == (i % 3 != 0, i % 7 == 0)
    db = Database.open(path)
    finished = db.jobs.get(job.local_id)
    assert finished is not None
    final = ImportService(db, rig.accounts.client_for).progress(finished)
    db.close()
    assert final.results == ("Now followed: 5000.",)


async def test_the_towns_follow_limit_is_waited_through(
    tmp_path: Path, maple: Any, harbour: Any, user_token: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    limit, window, n = 10, 2.0, 25
    world = maple.town.world
    targets = add_people(world, maple.domain, "q", n)
    with world.lock:
        data = write(
            Kind.FOLLOWING, [Row(f"{world.people[pk].username}@{maple.domain}") for pk in targets]
        )
    new_person(harbour, "mover")
    rig = MovingRig(tmp_path / "cache.db")
    mover = rig.add(harbour, user_token(harbour.domain, "mover"), "mover")
    counter = FollowCounter(world, monkeypatch)
    # Townsfolk's own budget is bigger than the town's: the town's 429 answers are met.
    importer = rig.importer(resolve_ahead=1, follows_per_window=400, window=window)
    with follow_limits.follow_limit(harbour.town, limit, window):
        plan = await importer.plan(mover, read(data, Kind.FOLLOWING))
        job = await importer.run(importer.start(plan).local_id)
        refused = follow_limits.refused(harbour.town)
    assert job.state is JobState.DONE
    assert importer.progress(job).results == (f"Now followed: {n}.",)
    assert refused >= 2  # met at the 11th and the 21st follow (at least)
    assert counter.total == n  # the refused ones did not reach the world
    paused = [p for p in rig.progress if p.state is JobState.PAUSED]
    assert paused
    assert "slow down" in paused[0].sentence
    times = sorted(counter.times)
    for i in range(len(times) - limit):
        assert times[i + limit] - times[i] >= window - 0.01
    rig.close()

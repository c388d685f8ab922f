"""The outbox across a crash: a real sender process is killed (SIGKILL) while its post is on
the way, and a new outbox on the same database file finishes the job, exactly once."""

from __future__ import annotations

import asyncio
import json
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from townsfolk.api.client import MastodonClient
from townsfolk.cache import Account, Database, OutboxState
from townsfolk.services.outbox import Outbox

from .test_outbox_support import LossyProxy, eventually

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")


class SenderProcess:
    """``python -m tests.services.test_outbox_support`` with its stdout read line by line."""

    def __init__(self, settings: dict[str, str]) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.services.test_outbox_support"],
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
            self.lines.put(line.strip())

    async def wait_for(self, wanted: str, timeout: float = 30.0) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while wanted not in self.seen:
            try:
                self.seen.append(self.lines.get_nowait())
            except queue.Empty:
                if loop.time() > deadline or self.proc.poll() is not None:
                    raise AssertionError(f"the sender never said {wanted!r}: {self.seen}") from None
                await asyncio.sleep(0.02)

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)
        self._reader.join(10)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "townsfolk.db")
    yield database
    database.close()


@pytest.fixture
def ann(db: Database, maple: Any) -> Account:
    return db.accounts.add(
        server_url=maple.base_url, server_domain=maple.domain, handle="ann@maple.practice"
    )


@pytest.fixture
def proxy(practice: Any, maple: Any) -> Iterator[LossyProxy]:
    with LossyProxy(practice.port(maple.domain)) as lossy:
        yield lossy


def posts_with(place: Any, text: str) -> list[Any]:
    world = place.town.world
    with world.lock:
        return [
            p
            for p in world.posts.values()
            if p.text == text and not p.deleted and world.people[p.author].home == place.domain
        ]


def outbox_for(db: Database, base_url: str, token: str, domain: str) -> Outbox:
    async def clients(account_id: int) -> MastodonClient:
        return MastodonClient(base_url, access_token=token, timeout=5.0, server_name=domain)

    return Outbox(db, clients, backoff_base=0.05, backoff_jitter=0.0, unclear_settle=0.0)


async def test_killed_after_the_town_made_the_post_is_not_sent_again(
    db: Database, ann: Account, maple: Any, proxy: LossyProxy, user_token: Any
) -> None:
    maple.town.ignore_idempotency = True  # the worst case: only looking can prevent a double
    token = user_token(maple.domain, "ann")
    text = "Written just before the power cut"
    proxy.lose_answer("POST", "/api/v1/statuses")  # the town makes it; the answer never comes
    sender = SenderProcess(
        {
            "db": str(db.path),
            "base_url": proxy.base_url,
            "token": token,
            "domain": maple.domain,
            "account_id": str(ann.local_id),
            "text": text,
            "timeout": "60",
        }
    )
    try:
        await sender.wait_for("sending 1")
        await eventually(lambda: len(proxy.lost_answers) == 1)  # the town has the post now
        assert len(posts_with(maple, text)) == 1
    finally:
        sender.kill()
    assert "sent 1" not in sender.seen
    left = db.outbox.get(1)
    assert left is not None
    assert left.state is OutboxState.SENDING  # the dead process still "holds" it

    outbox = outbox_for(db, proxy.base_url, token, maple.domain)
    try:
        await outbox.start()
        await eventually(lambda: outbox.waiting_count() == 0)
    finally:
        await outbox.aclose()
    done = db.outbox.get(1)
    assert done is not None
    assert done.state is OutboxState.SENT
    assert done.remote_id == proxy.lost_ids()[0]
    assert len(posts_with(maple, text)) == 1
    assert proxy.count("POST", "/api/v1/statuses") == 1


async def test_killed_while_the_request_was_on_its_way(
    db: Database, ann: Account, maple: Any, proxy: LossyProxy, user_token: Any
) -> None:
    """The request is still travelling when the app dies and arrives after the restart: the
    re-send carries the same idempotency key, so the town makes one post."""
    token = user_token(maple.domain, "ann")
    text = "Sent from a train"
    proxy.hold_request("POST", "/api/v1/statuses")
    sender = SenderProcess(
        {
            "db": str(db.path),
            "base_url": proxy.base_url,
            "token": token,
            "domain": maple.domain,
            "account_id": str(ann.local_id),
            "text": text,
            "timeout": "60",
        }
    )
    try:
        await sender.wait_for("sending 1")
        await eventually(lambda: proxy.held() == 1)
    finally:
        sender.kill()
    assert posts_with(maple, text) == []

    outbox = outbox_for(db, proxy.base_url, token, maple.domain)
    try:
        await outbox.start()
        await eventually(lambda: outbox.waiting_count() == 0)
    finally:
        await outbox.aclose()
    done = db.outbox.get(1)
    assert done is not None
    assert done.remote_id is not None
    assert len(posts_with(maple, text)) == 1

    proxy.release()  # the first request finally arrives
    # (the whole answer: its head and body may come in two pieces)
    await eventually(lambda: len(proxy.lost_ids()) == 1)
    assert proxy.lost_ids() == [done.remote_id]
    assert len(posts_with(maple, text)) == 1

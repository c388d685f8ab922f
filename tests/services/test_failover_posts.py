"""Posts written before, during and after an outage: none lost, none sent twice; "post from my
backup instead" racing the main town's return. Real outbox, real SQLite file, two practice towns
on loopback; posts are counted in the practice world (server side)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from tests.services.test_failover_support import EventLog, Rig
from tests.services.test_outbox_support import eventually
from townsfolk.api.errors import ApiError
from townsfolk.cache import Draft, OutboxItem, OutboxState
from townsfolk.services.failover import FailoverProblem, SwitchedBack, SwitchedToBackup
from townsfolk.services.outbox import Outbox, OutboxChange, OutboxProblem


class Posts:
    """Outbox + rig; waits on outbox changes."""

    def __init__(self, rig: Rig, outbox: Outbox) -> None:
        self.rig = rig
        self.outbox = outbox
        self.changes = EventLog()
        outbox.add_listener(self.changes)

    async def sent(self, item_id: int, timeout: float = 30.0) -> OutboxChange:
        change: OutboxChange = await self.changes.wait(
            OutboxChange, where=lambda c: c.kind == "sent" and c.item_id == item_id, timeout=timeout
        )
        return change

    async def start(self) -> None:
        await self.outbox.start()

    async def submit(self, account_id: int, text: str) -> OutboxItem:
        return await self.outbox.submit(account_id, Draft(text=text))


def _is(item_id: int, kind: str) -> Callable[[OutboxChange], bool]:
    return lambda c: c.kind == kind and c.item_id == item_id


def _sent_text(text: str) -> Callable[[OutboxChange], bool]:
    return lambda c: c.kind == "sent" and c.item is not None and c.item.draft.text == text


def on_town(town: Any, username: str, text: str) -> int:
    """How many live posts with this text ``username`` of this town has (server side)."""
    world = town.town.world
    with world.lock:
        author = town.town.person(username).key
        return sum(
            1
            for p in world.posts.values()
            if p.author == author and p.text == text and not p.deleted
        )


@pytest.fixture
async def posts(tmp_path: Path, maple: Any, harbour: Any, user_token: Any) -> AsyncIterator[Posts]:
    holder: dict[str, Outbox] = {}

    class LateOutbox:  # the rig's failover needs the outbox, the outbox needs the rig's db
        def move_to_account(
            self, item_id: int, account_id: int, *, in_reply_to_id: str | None = None
        ) -> OutboxItem:
            return holder["o"].move_to_account(item_id, account_id, in_reply_to_id=in_reply_to_id)

        async def move_now(
            self, item_id: int, account_id: int, *, in_reply_to_id: str | None = None
        ) -> OutboxItem:
            return await holder["o"].move_now(item_id, account_id, in_reply_to_id=in_reply_to_id)

        def retry_all_now(self) -> None:
            holder["o"].retry_all_now()

    rig = await Rig.build(tmp_path / "p", maple, harbour, user_token, outbox=LateOutbox())

    async def client_for(account_id: int) -> Any:
        account = rig.db.accounts.get(account_id)
        assert account is not None
        return await rig.accounts.client_for(account)

    outbox = Outbox(
        rig.db,
        client_for,
        backoff_base=0.05,
        backoff_max=0.3,
        backoff_jitter=0.0,
        unclear_settle=0.1,
        idle_poll=5.0,
    )
    holder["o"] = outbox
    # Started by each test itself: a task left pending between fixture set-up and the test
    # may be stepped by Qt outside the running loop (qasync), which breaks asyncio.Event.
    try:
        yield Posts(rig, outbox)
    finally:
        await outbox.aclose()
        await rig.close()


async def _take_main_down(posts: Posts, maple: Any, kind: str = "down") -> None:
    rig = posts.rig
    client = await rig.client(rig.main)
    maple.town.faults.set(kind)
    request = asyncio.get_running_loop().create_task(client.home_timeline(limit=1))
    await rig.events.wait(SwitchedToBackup)
    if kind == "down":
        with pytest.raises(ApiError):
            await request
    else:
        request.cancel()


async def test_none_lost_none_twice_before_during_after(
    posts: Posts, maple: Any, harbour: Any
) -> None:
    rig = posts.rig
    await posts.start()
    before = await posts.submit(rig.main.local_id, "Before the outage")
    await posts.sent(before.local_id)
    try:
        await _take_main_down(posts, maple)
        waiting = await posts.submit(rig.main.local_id, "Written during the outage, main")
        moved_away = await posts.submit(rig.main.local_id, "Written during, sent from backup")
        # They do not go anywhere while the town is down.
        await posts.changes.wait(
            OutboxChange, where=lambda c: c.kind == "retrying" and c.item_id == waiting.local_id
        )
        assert rig.failover.waiting_posts() == 2
        on_backup = await posts.submit(rig.backup.local_id, "Written on the backup")
        await posts.sent(on_backup.local_id)
        moved = await rig.failover.post_from_backup(moved_away.local_id)
        assert moved.account_id == rig.backup.local_id
        await posts.sent(moved.local_id)
        assert rig.failover.waiting_posts() == 1
    finally:
        maple.town.faults.clear()
    await rig.events.wait(SwitchedBack)
    await posts.sent(waiting.local_id)
    after = await posts.submit(rig.main.local_id, "After the outage")
    await posts.sent(after.local_id)

    assert on_town(maple, "ann", "Before the outage") == 1
    assert on_town(maple, "ann", "Written during the outage, main") == 1
    assert on_town(harbour, "ann", "Written during the outage, main") == 0
    assert on_town(harbour, "ann", "Written during, sent from backup") == 1
    assert on_town(maple, "ann", "Written during, sent from backup") == 0
    assert on_town(harbour, "ann", "Written on the backup") == 1
    assert on_town(maple, "ann", "After the outage") == 1
    assert posts.outbox.waiting_count() == 0


async def test_move_first_then_the_town_returns(posts: Posts, maple: Any, harbour: Any) -> None:
    rig = posts.rig
    await posts.start()
    text = "Race: moved before the town came back"
    try:
        await _take_main_down(posts, maple)
        item = await posts.submit(rig.main.local_id, text)
        await posts.changes.wait(
            OutboxChange, where=lambda c: c.kind == "retrying" and c.item_id == item.local_id
        )
        # Both at once: the town answers again and the person moves the post.
        maple.town.faults.clear()
        posts.outbox.retry_all_now()
        moved = await rig.failover.post_from_backup(item.local_id)
    finally:
        maple.town.faults.clear()
    await posts.sent(moved.local_id)
    await rig.events.wait(SwitchedBack)
    await posts.outbox.send_due()
    assert on_town(harbour, "ann", text) == 1
    assert on_town(maple, "ann", text) == 0


async def test_sender_first_then_the_move_is_refused(
    posts: Posts, maple: Any, harbour: Any
) -> None:
    """The main town hangs while the post is being sent: once the post may have left,
    "post from my backup" is refused (it may already be there); when the town answers, the
    post goes out there, once. (Before it has left, the move stops the send and is allowed:
    see tests/services/test_outbox_senders.py.)"""
    rig = posts.rig
    await posts.start()
    text = "Race: being sent when the person asked to move it"
    try:
        await _take_main_down(posts, maple, kind="hang")
        item = await posts.submit(rig.main.local_id, text)
        await posts.changes.wait(
            OutboxChange, where=lambda c: c.kind == "sending" and c.item_id == item.local_id
        )
        await eventually(lambda: posts.outbox.may_have_left(item.local_id), 10)
        with pytest.raises(OutboxProblem) as caught:
            await rig.failover.post_from_backup(item.local_id)
        assert "may already have reached your town" in caught.value.user_message
    finally:
        maple.town.faults.clear()
    await posts.sent(item.local_id, timeout=60)
    assert on_town(maple, "ann", text) == 1
    assert on_town(harbour, "ann", text) == 0
    stored = posts.outbox.get(item.local_id)
    assert stored is None or stored.state is OutboxState.SENT


async def test_move_and_send_in_the_same_moment(posts: Posts, maple: Any, harbour: Any) -> None:
    """The sender and the move start in the same loop turn, in both orders; each post is on
    exactly one town exactly once."""
    rig = posts.rig
    await posts.start()
    texts = [f"Race {n}: same moment" for n in range(4)]
    items: list[OutboxItem] = []
    try:
        await _take_main_down(posts, maple)
        for text in texts:
            items.append(await posts.submit(rig.main.local_id, text))
        for item in items:
            await posts.changes.wait(OutboxChange, where=_is(item.local_id, "retrying"))
        maple.town.faults.clear()
        rig.monitor.record_success(rig.main.server_url)  # the town is back, as seen by a request
        for n, item in enumerate(items):
            move = rig.failover.post_from_backup(item.local_id)
            send = posts.outbox.send_due()
            pair = (move, send) if n % 2 == 0 else (send, move)
            results = await asyncio.gather(*pair, return_exceptions=True)
            for result in results:
                if isinstance(result, BaseException):
                    assert isinstance(result, OutboxProblem | FailoverProblem), result
    finally:
        maple.town.faults.clear()
    await posts.outbox.send_due()
    for item in items:
        await posts.changes.wait(OutboxChange, where=_sent_text(item.draft.text))
    for text in texts:
        assert on_town(maple, "ann", text) + on_town(harbour, "ann", text) == 1, text
    assert posts.outbox.waiting_count() == 0

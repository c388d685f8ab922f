"""services.timelines against practice towns on loopback, with real SQLite files."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from tests.services.test_timelines_support import Reader, ids, is_newest_first
from townsfolk.api.client import MastodonClient
from townsfolk.cache import sort_key
from townsfolk.services.timelines import (
    OFFLINE_MESSAGE,
    fetch_thread,
    parse_key,
    thread_from_cache,
)


@pytest.fixture
async def reader(maple: Any, user_token: Any, tmp_path: Path) -> Any:
    r = Reader(maple, user_token(maple.domain, "ann"), tmp_path / "cache.db")
    yield r
    await r.close()


@pytest.fixture
async def bob(maple: Any, user_token: Any) -> Any:
    client = MastodonClient(
        maple.base_url, access_token=user_token(maple.domain, "bob"), server_name=maple.domain
    )
    yield client
    await client.aclose()


def test_parse_key() -> None:
    assert parse_key("home") == ("home", "")
    assert parse_key("tag:birds") == ("tag", "birds")
    assert parse_key("list:7") == ("list", "7")
    for bad in ("homes", "tag:", "account:", ""):
        with pytest.raises(ValueError):
            parse_key(bad)


async def test_every_kind_loads_from_the_practice_town(reader: Reader, bob: Any) -> None:
    client = reader.client
    me = await client.verify_credentials()
    bob_account = await bob.verify_credentials()
    local = await client.public_timeline(local=True, limit=5)
    await client.bookmark(local.items[0].id)
    await client.favourite(local.items[1].id)
    await client.follow(bob_account.id)
    made = await client.create_list("Friends")
    await client.add_to_list(made.id, [bob_account.id])
    keys = [
        "home",
        "local",
        "everywhere",
        "tag:gardening",
        f"account:{me.id}",
        "bookmarks",
        "favourites",
        f"list:{made.id}",
    ]
    for key in keys:
        tl, rec = reader.timeline(key, page_size=10)
        assert tl.open().items == []
        result = await tl.refresh()
        assert result.error is None, key
        shown = tl.items
        assert shown, key
        assert is_newest_first(shown), key
        # First answer of an empty view comes in at once, nothing is held back.
        assert rec.of("waiting") == [], key
        assert rec.of("prepended") or rec.of("replaced"), key
        assert reader.db.timelines.count(reader.account.local_id, key) == len(shown), key
    bookmarks = reader.db.timelines.newest(reader.account.local_id, "bookmarks")
    assert [e.post_id for e in bookmarks] == [local.items[0].id]
    tagged = reader.db.timelines.newest(reader.account.local_id, "tag:gardening", 100)
    for entry in tagged:
        assert "gardening" in entry.json.lower()


async def test_cached_posts_show_at_once_after_restart_while_the_town_is_down(
    maple: Any, user_token: Any, tmp_path: Path
) -> None:
    token = user_token(maple.domain, "ann")
    first = Reader(maple, token, tmp_path / "c.db")
    tl, _ = first.timeline("local", page_size=20)
    tl.open()
    await tl.refresh()
    before = ids(tl.items)
    assert len(before) == 20
    tl.save_position(before[5], 12)
    await first.close()  # close() flushes the position

    maple.town.faults.set("down")
    second = Reader(maple, token, tmp_path / "c.db")
    try:
        tl2, rec = second.timeline("local", page_size=20)
        opened = tl2.open()
        assert ids(opened.items) == before
        assert opened.position is not None
        assert (opened.position.post_id, opened.position.offset_px) == (before[5], 12)
        result = await tl2.refresh()
        assert result.error == OFFLINE_MESSAGE
        assert rec.of("error") == [OFFLINE_MESSAGE]
        assert ids(tl2.items) == before  # still showing the saved posts
        assert await tl2.load_older() == []
        assert rec.of("error")[-1] == OFFLINE_MESSAGE
    finally:
        await second.close()


async def test_position_is_debounced_and_restored_below_the_first_page(
    reader: Reader, tmp_path: Path
) -> None:
    tl, _ = reader.timeline("local", page_size=20, position_delay=0.05)
    tl.open()
    await tl.refresh()
    for _ in range(3):
        await tl.load_older()
    assert len(tl.items) == 80
    target = tl.items[70].post_id
    tl.save_position(tl.items[3].post_id)
    tl.save_position(target, 5)  # only the last one is written
    assert reader.db.positions.get(reader.account.local_id, "local") is None
    saved = None
    for _ in range(500):  # wait for the debounced write (a condition, not a fixed time)
        saved = reader.db.positions.get(reader.account.local_id, "local")
        if saved is not None:
            break
        await asyncio.sleep(0.01)
    assert saved is not None
    assert saved.post_id == target
    again, _ = reader.timeline("local", page_size=20)
    opened = again.open(limit=20)
    assert target in ids(opened.items)  # read far enough to include the saved post


async def test_paging_older_through_many_pages(reader: Reader) -> None:
    tl, rec = reader.timeline("everywhere", page_size=10)
    tl.open()
    await tl.refresh()
    for _ in range(6):
        added = await tl.load_older()
        assert len(added) == 10
    items = tl.items
    assert len(items) == 70
    assert is_newest_first(items)
    assert len(rec.of("appended")) == 6
    # After a restart the same pages come from the cache, not the town.
    reader.place.town.faults.set("down")
    again, rec2 = reader.timeline("everywhere", page_size=10)
    again.open(limit=10)
    for _ in range(6):
        assert len(await again.load_older()) == 10
    assert ids(again.items) == ids(items)
    assert rec2.of("error") == []


async def test_gap_is_recorded_and_filled(reader: Reader, bob: MastodonClient) -> None:
    tl, rec = reader.timeline("local", page_size=5)
    tl.open()
    await tl.refresh()
    old_top = tl.items[0]
    posted = [await bob.post_status(f"Gap test post {n}") for n in range(12)]
    result = await tl.refresh()
    assert result.waiting == 5
    assert result.gap
    assert rec.of("waiting")[-1] == 5
    assert tl.items[0] == old_top  # held back: the view did not move
    brought = tl.show_new()
    assert ids(brought) == [p.id for p in reversed(posted[-5:])]
    assert brought[-1].gap_below
    gaps = reader.db.timelines.gaps(reader.account.local_id, "local")
    assert gaps[0].newer_post_id == posted[7].id
    first = await tl.fill_gap(posted[7].id)
    assert ids(first) == [p.id for p in reversed(posted[2:7])]
    assert rec.of("gap_filled")[-1][2] is True  # still a gap below
    second = await tl.fill_gap(posted[2].id)
    assert ids(second) == [posted[1].id, posted[0].id]
    assert rec.of("gap_filled")[-1][2] is False
    items = tl.items
    assert is_newest_first(items)
    assert ids(items[:13]) == [p.id for p in reversed(posted)] + [old_top.post_id]
    assert not any(i.gap_below for i in items[:12])
    remaining = reader.db.timelines.gaps(reader.account.local_id, "local")
    assert all(sort_key(g.newer_post_id) <= old_top.sort_key for g in remaining)


async def test_new_posts_without_gap_are_held_back(reader: Reader, bob: MastodonClient) -> None:
    tl, rec = reader.timeline("local", page_size=10)
    tl.open()
    await tl.refresh()
    top = tl.items[0].post_id
    new = [await bob.post_status(f"Fresh {n}") for n in range(3)]
    result = await tl.refresh()
    assert (result.waiting, result.gap) == (3, False)
    assert tl.items[0].post_id == top
    assert tl.waiting_count == 3
    tl.show_new()
    assert ids(tl.items[:4]) == [p.id for p in reversed(new)] + [top]
    assert rec.of("waiting")[-1] == 0
    assert not any(i.gap_below for i in tl.items[:4])


async def test_answer_is_dropped_when_the_timeline_changes(reader: Reader) -> None:
    reader.place.town.faults.set("slow", paths="/api/v1/timelines/*", delay=0.3)
    tl, rec = reader.timeline("local")
    tl.open()
    task = asyncio.ensure_future(tl.refresh())
    tl.close()
    result = await task
    assert result.dropped
    assert rec.calls == []
    assert reader.db.timelines.count(reader.account.local_id, "local") == 0


async def test_error_messages_are_plain_words(reader: Reader) -> None:
    reader.place.town.faults.set("status", code=503, paths="/api/v1/timelines/*")
    tl, _rec = reader.timeline("local")
    tl.open()
    result = await tl.refresh()
    assert result.error is not None
    assert "maple.practice" in result.error
    assert "saved posts" in result.error
    for word in ("instance", "status", "API", "503", "token"):
        assert word not in result.error


async def test_thread_loads_and_is_cached(reader: Reader) -> None:
    root = await reader.client.post_status("Who has seen the new bakery?")
    middle = await reader.client.post_status("@ann I have!", in_reply_to_id=root.id)
    reply = await reader.client.post_status("Me too", in_reply_to_id=middle.id)
    await reader.client.post_status("And me", in_reply_to_id=reply.id)
    thread = await fetch_thread(reader.db, reader.client, reader.account.local_id, reply.id)
    assert thread is not None
    assert thread.focus is not None
    assert thread.focus.id == reply.id
    assert [s.id for s in thread.ancestors] == [root.id, middle.id]
    assert len(thread.descendants) == 1
    cached = thread_from_cache(reader.db, reader.account.local_id, reply.id)
    assert [s.id for s in cached.ancestors] == [s.id for s in thread.ancestors]
    assert cached.focus is not None
    assert cached.focus.id == reply.id
    assert [s.id for s in cached.descendants] == [s.id for s in thread.descendants]
    dropped = await fetch_thread(
        reader.db, reader.client, reader.account.local_id, reply.id, is_current=lambda: False
    )
    assert dropped is None

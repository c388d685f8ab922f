"""Timelines on towns that are not Mastodon 4 (issue 10, items 7 and 8): late arrivals are
merged into place, unreadable posts are counted and never end the timeline or hide a gap.
Practice towns with a server personality on loopback, real SQLite files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.services.test_timelines_support import Reader, Recorder, ids, is_newest_first
from townsfolk.api.client import MastodonClient
from townsfolk.practice import personalities
from townsfolk.services.timelines import TimelineItem, fetch_thread


@dataclass
class FullRecorder(Recorder):
    """Also writes down the optional callbacks."""

    def posts_inserted(self, items: Sequence[TimelineItem]) -> None:
        self.calls.append(("inserted", list(items)))

    def posts_skipped(self, total: int) -> None:
        self.calls.append(("skipped", total))


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


def _timeline(reader: Reader, key: str = "home", **options: Any) -> tuple[Any, FullRecorder]:
    tl, _plain = reader.timeline(key, **options)
    recorder = FullRecorder()
    tl.listener = recorder
    return tl, recorder


async def _follow_bob(reader: Reader, bob: MastodonClient) -> None:
    me = await bob.verify_credentials()
    await reader.client.follow(me.id)


async def test_a_late_post_is_merged_into_place(reader: Reader, bob: Any, maple: Any) -> None:
    maple.town.use_personality("takahe")
    await _follow_bob(reader, bob)
    tl, rec = _timeline(reader)
    tl.open()
    await tl.refresh()
    assert tl.items
    late = await bob.post_status("Written first, delivered last", visibility="public")
    personalities.hold_back(maple.town, int(late.id))  # the worker has not got to it yet
    newer = await bob.post_status("Written second", visibility="public")
    first = await tl.refresh()
    assert first.waiting == 1
    tl.show_new()
    assert ids(tl.items)[0] == newer.id
    assert late.id not in ids(tl.items)

    personalities.deliver(maple.town, int(late.id))
    result = await tl.refresh()
    assert result.late == 1
    assert result.waiting == 0  # not "new": it is older than what is shown
    assert ids(tl.items)[:2] == [newer.id, late.id]
    assert is_newest_first(tl.items)
    (inserted,) = rec.of("inserted")
    assert ids(inserted) == [late.id]
    # and it stays in place when the timeline is opened again
    again, _ = _timeline(reader)
    assert ids(again.open().items)[:2] == [newer.id, late.id]


async def test_unreadable_posts_are_counted(reader: Reader, bob: Any, maple: Any) -> None:
    await _follow_bob(reader, bob)
    broken = await bob.post_status("Nobody can read me", visibility="public")
    personalities.make_unreadable(maple.town, broken.id)
    tl, rec = _timeline(reader)
    tl.open()
    result = await tl.refresh()
    assert result.skipped == 1
    assert tl.skipped == 1
    assert rec.of("skipped") == [1]
    assert broken.id not in ids(tl.items)
    assert tl.items


async def test_one_unreadable_post_does_not_hide_the_gap(
    reader: Reader, bob: Any, maple: Any
) -> None:
    await _follow_bob(reader, bob)
    tl, _rec = _timeline(reader, page_size=5)
    tl.open()
    await tl.refresh()
    posted = [await bob.post_status(f"Burst {n}", visibility="public") for n in range(8)]
    personalities.make_unreadable(maple.town, posted[-2].id)  # on the first page
    result = await tl.refresh()
    assert result.skipped == 1
    assert result.gap, "more new posts than one page: some may be missing below them"


async def test_a_page_of_unreadable_posts_does_not_end_the_timeline(
    reader: Reader, maple: Any
) -> None:
    home = await reader.client.home_timeline(limit=9)
    assert len(home.items) == 9
    for status in home.items[3:6]:
        personalities.make_unreadable(maple.town, status.id)
    tl, rec = _timeline(reader, page_size=3)
    tl.open()
    await tl.refresh()
    assert ids(tl.items) == [s.id for s in home.items[:3]]
    added = await tl.load_older()
    assert ids(added) == [s.id for s in home.items[6:9]]
    assert tl.skipped == 3
    assert rec.of("skipped")[-1] == 3
    assert not tl._state.end_reached
    assert await tl.load_older(), "still more below"


async def test_a_thread_keeps_its_readable_replies(reader: Reader, bob: Any, maple: Any) -> None:
    root = await reader.client.post_status("Which bird did you see?", visibility="public")
    odd = await bob.post_status("A heron", in_reply_to_id=root.id, visibility="public")
    fine = await bob.post_status("And a wren", in_reply_to_id=root.id, visibility="public")
    personalities.make_unreadable(maple.town, odd.id)
    thread = await fetch_thread(reader.db, reader.client, reader.account.local_id, root.id)
    assert thread is not None
    assert thread.focus is not None
    assert thread.focus.id == root.id
    assert [s.id for s in thread.descendants] == [fine.id]
    assert thread.skipped == 1

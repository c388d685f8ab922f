"""Grouped notifications and read state, against a practice town: favourites of one post and
follows of one day become one group (from the plain list every town sends); what was seen is
saved as read, and the town's notifications marker goes both ways."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import msgspec
import pytest

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Account, Notification, Status
from townsfolk.cache import Database, NotificationRecord
from townsfolk.services.notifications import (
    BASIC_TYPES,
    KNOWN_TYPES,
    REQUEST_PREFIX,
    NotificationItem,
    Notifications,
    group_items,
)

from .notification_news import make_news


@pytest.fixture
async def ann(maple, user_token, profile_dir: Path):
    db = Database.open(profile_dir / "townsfolk.db")
    account = db.accounts.add(
        server_url=maple.base_url, server_domain=maple.domain, handle="ann@maple.practice"
    )
    client = MastodonClient(
        maple.base_url, access_token=user_token(maple.domain, "ann"), retry_backoff=0
    )
    try:
        yield Notifications(db, account.local_id, client)
    finally:
        await client.aclose()
        db.close()


def _at(minutes: float) -> str:
    when = datetime(2026, 12, 4, 12, 0, tzinfo=UTC) - timedelta(minutes=minutes)
    return when.isoformat().replace("+00:00", "Z")


def _item(
    nid: str, kind: str, who: str, minutes: float, post: str | None = "p1"
) -> NotificationItem:
    account = Account(id=who, username=who, acct=who, display_name=who.title())
    status = Status(id=post, account=account) if post else None
    return NotificationItem(
        Notification(id=nid, type=kind, created_at=_at(minutes), account=account, status=status),
        read=False,
    )


def test_same_kind_and_post_are_grouped_newest_first_in_place_of_the_newest() -> None:
    items = [
        _item("9", "favourite", "ann", 1),
        _item("8", "mention", "bob", 2),
        _item("7", "favourite", "carmen", 3),
        _item("6", "reblog", "dev", 4),
        _item("5", "favourite", "eli", 5, post="p2"),  # another post: its own group
        _item("4", "favourite", "ann", 6),  # Ann twice: named once
        _item("3", "follow", "fay", 7, post=None),
        _item("2", "follow", "gus", 8, post=None),
        _item("1", "follow_request", "hal", 9, post=None),  # never grouped
        _item("0", "follow_request", "ida", 10, post=None),
    ]
    groups = group_items(items)
    assert [[i.id for i in g.items] for g in groups] == [
        ["9", "7", "4"],
        ["8"],
        ["6"],
        ["5"],
        ["3", "2"],
        ["1"],
        ["0"],
    ]
    assert [a.id for a in groups[0].accounts] == ["ann", "carmen"]
    assert not groups[0].read
    # The key stays while newer ones join (an expanded group stays expanded).
    newer = group_items([_item("10", "favourite", "zed", 0), *items])
    assert newer[0].key == groups[0].key
    assert len(newer[0].accounts) == 3


def test_a_group_keeps_to_a_window_of_time() -> None:
    week = 7 * 24 * 60
    far = group_items(
        [
            _item("3", "favourite", "ann", 0),
            _item("2", "favourite", "bob", week - 1),
            _item("1", "favourite", "cy", week + 1),  # more than a week older than Ann's
        ]
    )
    assert [len(g.items) for g in far] == [2, 1]
    follows = group_items(
        [
            _item("2", "follow", "ann", 0, post=None),
            _item("1", "follow", "bob", 25 * 60, post=None),  # the day before
        ]
    )
    assert [len(g.items) for g in follows] == [1, 1]


def test_the_towns_own_groups_are_followed_where_it_sends_them() -> None:
    """Mastodon 4.3 sends ``group_key``: its groups win over Townsfolk's own window, so the
    official app and Townsfolk show the same lines; ``ungrouped-…`` means "not grouped"."""

    def keyed(item: NotificationItem, key: str) -> NotificationItem:
        return NotificationItem(msgspec.structs.replace(item.notification, group_key=key), False)

    items = [
        keyed(_item("4", "favourite", "ann", 0), "favourite-p1-20"),
        keyed(_item("3", "favourite", "bob", 1), "favourite-p1-8"),  # the town split them
        keyed(_item("2", "favourite", "cy", 11 * 24 * 60), "favourite-p1-8"),  # ... not these
        keyed(_item("1", "mention", "dee", 12 * 24 * 60), "ungrouped-1"),
    ]
    assert [[i.id for i in g.items] for g in group_items(items)] == [["4"], ["3", "2"], ["1"]]


async def test_the_town_sends_shapes_that_group(ann: Notifications, practice) -> None:
    news = make_news(practice.world)
    fresh = await ann.refresh()
    kinds = {i.notification.type for i in fresh}
    assert {"favourite", "reblog", "follow", "poll", "update"} <= kinds
    groups = group_items(ann.saved())
    favourites = next(g for g in groups if g.kind == "favourite")
    assert len(favourites.accounts) == len(news.fans) == 4
    assert [a.display_name for a in favourites.accounts][:2] == ["Jonas Berg", "Dev Patel"]
    # Bob's custom emoji come with his name, as Mastodon lists them on the account.
    bob = next(a for a in favourites.accounts if a.username == "bob")
    assert bob.display_name == "Bob :teacup: Baker"
    assert [e.shortcode for e in bob.emojis] == ["teacup"]
    assert bob.emojis[0].url.endswith("/system/custom_emojis/maple.practice/teacup.png")
    boosts = next(g for g in groups if g.kind == "reblog")
    assert len(boosts.accounts) == 2
    follows = next(g for g in groups if g.kind == "follow")
    assert len(follows.accounts) >= 3
    # The town grouped them too (Mastodon 4.3's group_key), the same way.
    assert len({i.notification.group_key for i in favourites.items}) == 1
    assert favourites.items[0].notification.group_key.startswith("favourite-")


async def test_seen_ones_are_read_and_the_marker_goes_both_ways(
    ann: Notifications, practice, maple, user_token
) -> None:
    make_news(practice.world)
    await ann.refresh()
    saved = ann.saved()
    unread = ann.unread_count()
    assert unread >= len(saved)
    assert ann.read_marker() is None  # the newest is unread: the marker may not move

    # The person saw the newest five: they are read, the older ones are not.
    top = [i.id for i in saved[:5]]
    assert ann.mark_seen(top) == 5
    assert ann.unread_count() == unread - 5
    assert ann.read_marker() is None  # older unread ones below: still nothing to claim
    # ... then everything: the marker says the newest, and the town hears it.
    ann.mark_seen([i.id for i in saved])
    assert ann.read_marker() == saved[0].id
    assert await ann.save_marker()
    assert not await ann.save_marker()  # nothing new to say
    async with MastodonClient(maple.base_url, access_token=user_token(maple.domain)) as web:
        markers = await web.get_markers(("notifications",))
    assert markers["notifications"].last_read_id == saved[0].id

    # Another app reads a new one: the town's marker moves, and it is read here too.
    world = practice.world
    with world.lock:
        ann_pk = world.handles[("maple.practice", "ann")]
        post = world.create_post(ann_pk, "Another teapot")
        world.favourite(world.handles[("maple.practice", "ivy")], post)
    async with MastodonClient(maple.base_url, access_token=user_token(maple.domain)) as web:
        newest = (await web.notifications(limit=1)).items[0]
        await web.set_markers(notifications=newest.id)
    before = ann.unread_count()
    fresh = await ann.refresh()
    mine = [i for i in fresh if i.id == newest.id]
    assert mine
    assert mine[0].read
    assert ann.unread_count() == before


async def test_a_request_made_here_never_becomes_the_marker(ann: Notifications) -> None:
    """A follow request read from /api/v1/follow_requests (id ``request-…``, made on this
    computer) is no place in the town's list: it neither becomes the marker nor holds it back
    while it waits."""
    await ann.refresh()
    mine = Notification(id=f"{REQUEST_PREFIX}77", type="follow_request", created_at=_at(0))
    record = NotificationRecord(
        id=mine.id, type=mine.type, json=msgspec.json.encode(mine), created_at=mine.created_at
    )
    ann.db.notifications.upsert_many(ann.account_id, [record])
    rows = ann.db.notifications.newest(ann.account_id, 1000)
    town_ids = [r.id for r in rows if not r.id.startswith(REQUEST_PREFIX)]
    ann.mark_seen(town_ids)
    assert ann.unread_count() == 1  # the request still waits, unread
    assert ann.read_marker() == town_ids[0]


async def test_a_town_that_refuses_a_type_still_gives_her_notifications(
    ann: Notifications, practice, maple
) -> None:
    """Townsfolk asks for Mastodon's ``move`` too. A town that answers 400 to a type it does
    not know is asked again for the basic types, then and afterwards: she never loses all
    her notifications to one type her town does not have."""
    maple.town.use_personality("mastodon4", notification_types=frozenset(BASIC_TYPES))
    make_news(practice.world)
    fresh = await ann.refresh()
    assert {"favourite", "reblog", "follow"} <= {i.notification.type for i in fresh}
    assert "move" in KNOWN_TYPES
    assert ann._types == BASIC_TYPES  # remembered: the next pages ask for these at once
    older = await ann.load_older(fresh[-1].notification.id)
    assert all(i.notification.type in BASIC_TYPES for i in older)

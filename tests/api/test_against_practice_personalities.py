"""Real servers are not the practice town's Mastodon 4: the client against the practice
town's personalities (practice/personalities.py), over loopback sockets. Issue 10, item 8:
decoding is per object, never all-or-nothing."""

from __future__ import annotations

from typing import Any

import pytest

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Skips, Status, decode
from townsfolk.api.errors import BadResponse
from townsfolk.practice import personalities

from .conftest import ClientFactory


async def _post(client: MastodonClient, text: str, reply_to: str | None = None) -> Status:
    return await client.post_status(text, in_reply_to_id=reply_to, visibility="public")


async def test_friendica_map_for_list_integer_ids_strings_and_dates(
    make_client: ClientFactory, maple: Any, ann: MastodonClient
) -> None:
    maple.town.use_personality("friendica")
    instance = await make_client(maple).instance()  # was: the town could not be added at all
    assert "image/png" in instance.configuration.media_attachments.supported_mime_types
    assert all(
        isinstance(m, str) for m in instance.configuration.media_attachments.supported_mime_types
    )
    page = await ann.home_timeline(limit=10)
    assert page.items
    assert page.skipped == 0
    post = page.items[0]
    assert isinstance(post.id, str)
    assert post.id.isdigit()
    assert isinstance(post.replies_count, int)  # sent as "0"
    assert post.created is not None  # sent as a date only
    assert len(post.created_at) == 10


async def test_pleroma_posts_without_optional_objects(
    maple: Any, ann: MastodonClient, bob: MastodonClient
) -> None:
    maple.town.use_personality("pleroma")
    instance = await ann.instance()
    assert instance.from_v1  # no /api/v2/instance on this town
    mine = await _post(ann, "Plain words, nothing attached")
    assert mine.media_attachments == []
    assert mine.card is None
    assert mine.poll is None
    page = await ann.home_timeline(limit=40)
    assert mine.id in [p.id for p in page.items]


async def test_takahe_text_is_html(maple: Any, ann: MastodonClient) -> None:
    maple.town.use_personality("takahe")
    post = await _post(ann, "Hello there")
    assert post.text is not None
    assert post.text.startswith("<p>")


async def test_instance_v2_unreadable_falls_back_to_v1(
    make_client: ClientFactory, maple: Any
) -> None:
    maple.town.use_personality("mastodon4", instance_v2="broken")
    instance = await make_client(maple).instance()
    assert instance.from_v1
    assert instance.title == maple.town.title


async def test_one_unreadable_reply_keeps_the_thread(
    maple: Any, ann: MastodonClient, bob: MastodonClient
) -> None:
    root = await _post(ann, "What is your favourite tree?")
    first = await _post(bob, "The oak, of course.", root.id)
    second = await _post(ann, "Mine is the maple.", root.id)
    personalities.make_unreadable(maple.town, first.id)
    skips = Skips()
    context = await ann.status_context(root.id, skips=skips)
    assert [s.id for s in context.descendants] == [second.id]
    assert skips.count(Status) == 1
    # without the quirk the same thread has both replies (the test can fail)
    maple.town.unreadable_posts.clear()
    context = await ann.status_context(root.id)
    assert {s.id for s in context.descendants} == {first.id, second.id}


async def test_one_unreadable_post_keeps_the_search_result(maple: Any, ann: MastodonClient) -> None:
    one = await _post(ann, "zebracrossing one")
    two = await _post(ann, "zebracrossing two")
    personalities.make_unreadable(maple.town, one.id)
    skips = Skips()
    results = await ann.search("zebracrossing", type="statuses", skips=skips)
    assert [s.id for s in results.statuses] == [two.id]
    assert skips.count(Status) == 1


async def test_a_boost_of_an_unreadable_post_is_left_out_of_the_page(
    maple: Any, ann: MastodonClient, bob: MastodonClient
) -> None:
    original = await _post(bob, "Boost me please")
    boost = await ann.reblog(original.id)
    later = await _post(ann, "After the boost")
    personalities.make_unreadable(maple.town, original.id)
    page = await ann.home_timeline(limit=10)
    ids = [p.id for p in page.items]
    assert later.id in ids
    assert boost.id not in ids
    assert original.id not in ids
    assert page.skipped == 2  # the post itself (bob is followed) and ann's boost of it


async def test_a_notification_whose_post_is_unreadable_keeps_the_notification() -> None:
    body = (
        b'{"id": 5, "type": "mention", "created_at": "2024-05-01",'
        b' "account": {"id": 7, "username": "bob"},'
        b' "status": {"id": "9", "content": "<p>no account</p>"}}'
    )
    from townsfolk.api.entities import Notification

    notification = decode(body, Notification)
    assert notification.id == "5"
    assert notification.status is None
    assert notification.account is not None
    assert notification.account.id == "7"


def test_a_post_without_account_cannot_be_read_alone() -> None:
    with pytest.raises(BadResponse):
        decode(b'{"id": "1", "content": "<p>hi</p>"}', Status)


def test_a_boost_with_an_unreadable_post_cannot_be_read_alone() -> None:
    body = (
        b'{"id": "2", "account": {"id": "1"}, "content": "",'
        b' "reblog": {"id": "1", "content": "<p>no account</p>"}}'
    )
    with pytest.raises(BadResponse):
        decode(body, Status)


def test_unreadable_optional_parts_get_their_defaults() -> None:
    body = (
        b'{"id": "2", "account": {"id": "1", "emojis": {"a": 1}}, "content": "<p>x</p>",'
        b' "card": "not a card", "poll": [1, 2], "media_attachments": [{"type": "image"},'
        b' {"id": "3", "type": "image"}], "favourites_count": "7"}'
    )
    skips = Skips()
    post = decode(body, Status, skips=skips)
    assert post.card is None
    assert post.poll is None
    assert [m.id for m in post.media_attachments] == ["3"]
    assert post.favourites_count == 7
    assert post.account.emojis == []
    assert skips.count(Status) == 0
    assert len(skips) == 1

"""Every endpoint the app needs, against the practice town over real loopback sockets."""

from __future__ import annotations

import io
import re
import uuid
from typing import Any

import pytest
from PIL import Image

from townsfolk.api import errors as E
from townsfolk.api.client import MastodonClient, NewPoll
from townsfolk.api.pagination import Cursor, iterate_items, iterate_pages

from .conftest import ClientFactory


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 120, 40)).save(buffer, "PNG")
    return buffer.getvalue()


async def test_instance_rules_and_documents(make_client: ClientFactory, maple: Any) -> None:
    client = make_client(maple)
    instance = await client.instance()
    assert instance.domain == maple.domain
    assert instance.title == maple.town.title
    assert not instance.from_v1
    assert instance.registrations.enabled is True
    assert instance.configuration.statuses.max_characters >= 500
    rules = await client.instance_rules()
    assert [r.text for r in rules] == [r.text for r in instance.rules]
    assert rules
    assert "Be kind." in [r.text for r in rules]
    description = await client.extended_description()
    assert description.content
    policy = await client.privacy_policy()
    assert policy.content
    terms = await client.terms_of_service()
    assert terms.content


async def test_registration_facts_follow_the_town(make_client: ClientFactory, maple: Any) -> None:
    maple.town.registration_mode = "approval"
    maple.town.reason_required = True
    maple.town.min_age = 16
    instance = await make_client(maple).instance()
    assert instance.registrations.enabled
    assert instance.registrations.approval_required
    assert instance.registrations.reason_required
    assert instance.registrations.min_age == 16
    maple.town.registration_mode = "closed"
    instance = await make_client(maple).instance()
    assert not instance.registrations.enabled


async def test_capabilities(make_client: ClientFactory, maple: Any) -> None:
    caps = await make_client(maple).capabilities()
    assert caps.software == "mastodon"
    assert caps.version >= (4, 4, 0)
    assert caps.supports_pkce
    assert caps.supports_markers
    assert caps.supports_edit
    maple.town.version = "4.2.0+glitch"
    maple.town.pkce_supported = False
    caps = await make_client(maple).capabilities()
    assert caps.version == (4, 2, 0)
    assert not caps.supports_pkce


async def test_accounts(ann: MastodonClient, bob: MastodonClient) -> None:
    me = await ann.verify_credentials()
    assert me.username == "ann"
    assert me.source is not None
    bob_account = await ann.lookup_account("bob")
    assert bob_account.username == "bob"
    again = await ann.get_account(bob_account.id)
    assert again.id == bob_account.id
    assert isinstance(again.id, str)
    statuses = await ann.account_statuses(bob_account.id, limit=3)
    assert 0 < len(statuses) <= 3
    assert all(s.account.id == bob_account.id for s in statuses)
    with pytest.raises(E.NotFound):
        await ann.get_account("999999999999")


async def test_follow_block_mute(ann: MastodonClient) -> None:
    carmen = await ann.lookup_account("carmen")
    relation = await ann.follow(carmen.id, reblogs=False, notify=True, languages=["en"])
    assert relation.id == carmen.id
    (rel,) = await ann.relationships([carmen.id])
    assert rel.following or rel.requested
    assert rel.showing_reblogs is False
    assert rel.notifying is True
    me = await ann.verify_credentials()
    following = [
        a.id async for a in iterate_items(lambda c: ann.following(me.id, cursor=c), max_pages=20)
    ]
    assert carmen.id in following
    followers = [
        a.id
        async for a in iterate_items(lambda c: ann.followers(carmen.id, cursor=c), max_pages=20)
    ]
    assert me.id in followers
    relation = await ann.unfollow(carmen.id)
    assert not relation.following

    relation = await ann.mute(carmen.id, notifications=False, duration=3600)
    assert relation.muting
    assert not relation.muting_notifications
    assert carmen.id in [a.id for a in await ann.mutes()]
    assert not (await ann.unmute(carmen.id)).muting

    relation = await ann.block(carmen.id)
    assert relation.blocking
    assert carmen.id in [a.id for a in await ann.blocks()]
    assert not (await ann.unblock(carmen.id)).blocking
    assert carmen.id not in [a.id for a in await ann.blocks()]


async def test_timelines(ann: MastodonClient, make_client: ClientFactory, maple: Any) -> None:
    home = await ann.home_timeline(limit=5)
    assert home.items
    assert not home.partial
    local = await ann.public_timeline(local=True, limit=10)
    assert local.items
    assert all("@" not in s.account.acct for s in local.items)
    remote = await ann.public_timeline(remote=True, limit=10)
    assert remote.items
    assert all("@" in s.account.acct for s in remote.items)
    everything = await make_client(maple).public_timeline(limit=20)  # anonymous
    assert everything.items
    tag = next(t.name for s in local.items + everything.items for t in s.tags)
    tagged = await ann.tag_timeline(tag, limit=5)
    assert tagged.items
    assert all(tag.lower() in [t.name.lower() for t in s.tags] for s in tagged.items)


async def test_post_edit_interact_delete(ann: MastodonClient, bob: MastodonClient) -> None:
    posted = await ann.post_status(
        "Hello from the tests #testing",
        poll=NewPoll(["Yes", "No"], expires_in=3600),
        spoiler_text="a question",
        sensitive=True,
        visibility="public",
        language="en",
    )
    assert posted.spoiler_text == "a question"
    assert posted.sensitive
    assert posted.poll is not None
    assert [o.title for o in posted.poll.options] == ["Yes", "No"]
    assert posted.language == "en"
    edited = await ann.edit_status(posted.id, "Hello again #testing", spoiler_text="a question")
    assert "Hello again" in edited.content
    assert edited.edited_at
    fetched = await bob.get_status(posted.id)
    assert fetched.id == posted.id
    assert "Hello again" in fetched.content

    assert fetched.poll is not None
    poll = await bob.vote(fetched.poll.id, [0])
    assert poll.voted
    assert poll.own_votes == [0]
    assert poll.options[0].votes_count == 1

    reply = await bob.post_status("@ann yes!", in_reply_to_id=posted.id)
    assert reply.in_reply_to_id == posted.id
    context = await ann.status_context(posted.id)
    assert reply.id in [s.id for s in context.descendants]
    context = await ann.status_context(reply.id)
    assert posted.id in [s.id for s in context.ancestors]

    assert (await bob.favourite(posted.id)).favourited
    assert (await bob.bookmark(posted.id)).bookmarked
    boosted = await bob.reblog(posted.id)
    assert (boosted.reblog or boosted).reblogged
    assert posted.id in [s.id for s in await bob.bookmarks()]
    assert posted.id in [s.id for s in await bob.favourites()]
    assert not (await bob.unfavourite(posted.id)).favourited
    assert not (await bob.unbookmark(posted.id)).bookmarked
    assert not (await bob.unreblog(posted.id)).reblogged

    deleted = await ann.delete_status(posted.id)
    assert deleted.id == posted.id
    with pytest.raises(E.NotFound):
        await ann.get_status(posted.id)


async def test_media_upload_update_and_post(ann: MastodonClient) -> None:
    media = await ann.upload_media(
        png_bytes(), filename="tomato.png", description="A tomato", focus=(0.5, -0.5)
    )
    assert media.type == "image"
    assert media.url
    assert media.description == "A tomato"
    assert media.meta is not None
    assert media.meta.focus is not None
    assert media.meta.focus.x == pytest.approx(0.5)
    updated = await ann.update_media(media.id, description="A red tomato")
    assert updated.description == "A red tomato"
    post = await ann.post_status("Look!", media_ids=[media.id])
    assert [m.id for m in post.media_attachments] == [media.id]


async def test_notifications_with_filters(ann: MastodonClient, bob: MastodonClient) -> None:
    me = await ann.verify_credentials()
    mention = await bob.post_status(f"@{me.username} hello there")
    await bob.favourite((await ann.post_status("fav me")).id)
    mentions = await ann.notifications(types=["mention"])
    assert mentions.items
    assert {n.type for n in mentions.items} == {"mention"}
    assert mention.id in [n.status.id for n in mentions.items if n.status]
    others = await ann.notifications(exclude_types=["mention"])
    assert "mention" not in {n.type for n in others.items}
    assert "favourite" in {n.type for n in others.items}
    one = await ann.get_notification(mentions.items[0].id)
    assert one.id == mentions.items[0].id


async def test_search_local_and_remote(ann: MastodonClient, harbour: Any) -> None:
    found = await ann.search("bob", type="accounts")
    assert "bob" in [a.username for a in found.accounts]
    remote_user = harbour.town.users[0]
    found = await ann.search(f"{remote_user}@{harbour.domain}", type="accounts", resolve=True)
    assert [a.acct for a in found.accounts] == [f"{remote_user}@{harbour.domain}"]


async def test_domain_blocks(ann: MastodonClient) -> None:
    await ann.block_domain("spam.example")
    assert "spam.example" in (await ann.domain_blocks()).items
    await ann.unblock_domain("spam.example")
    assert "spam.example" not in (await ann.domain_blocks()).items


async def test_lists(ann: MastodonClient) -> None:
    created = await ann.create_list("Garden friends", replies_policy="followed", exclusive=False)
    assert created.title == "Garden friends"
    assert created.id in [item.id for item in await ann.lists()]
    renamed = await ann.update_list(created.id, title="Gardeners")
    assert renamed.title == "Gardeners"
    assert (await ann.get_list(created.id)).title == "Gardeners"
    eli = await ann.lookup_account("eli")
    await ann.follow(eli.id)
    await ann.add_to_list(created.id, [eli.id])
    assert [a.id for a in await ann.list_accounts(created.id)] == [eli.id]
    await ann.post_status("for the list")  # not by eli: must not show
    timeline = await ann.list_timeline(created.id)
    assert all(s.account.id == eli.id for s in timeline.items)
    await ann.remove_from_list(created.id, [eli.id])
    assert (await ann.list_accounts(created.id)).items == []
    await ann.delete_list(created.id)
    with pytest.raises(E.NotFound):
        await ann.get_list(created.id)


async def test_markers(ann: MastodonClient) -> None:
    home = await ann.home_timeline(limit=3)
    newest = home.items[0].id
    saved = await ann.set_markers(home=newest)
    assert saved["home"].last_read_id == newest
    markers = await ann.get_markers()
    assert markers["home"].last_read_id == newest
    older = home.items[1].id
    again = await ann.set_markers(home=older, notifications=None)
    assert again["home"].last_read_id == older
    assert again["home"].version > saved["home"].version


async def test_paging_many_pages_no_duplicates_and_cap(ann: MastodonClient) -> None:
    me = await ann.verify_credentials()
    made = [(await ann.post_status(f"post number {i}")).id for i in range(23)]

    async def fetch(cursor: Cursor | None) -> Any:
        return await ann.account_statuses(me.id, cursor=cursor, limit=4)

    seen = [s.id async for s in iterate_items(fetch, max_pages=100)]
    assert len(seen) == len(set(seen))
    assert set(made) <= set(seen)
    pages = [p async for p in iterate_pages(fetch, max_pages=3)]
    assert len(pages) == 3
    assert all(len(p.items) == 4 for p in pages)
    capped = [s.id async for s in iterate_items(fetch, max_pages=100, max_items=10)]
    assert capped == seen[:10]
    # Walking back up with `prev` returns newer posts.
    second = pages[1]
    assert second.prev is not None
    newer = await fetch(second.prev)
    assert newer.items
    assert {s.id for s in newer.items} <= set(seen[:4])


async def test_idempotent_posting(ann: MastodonClient, maple: Any) -> None:
    key = str(uuid.uuid4())
    first = await ann.post_status("only once please", idempotency_key=key)
    second = await ann.post_status("only once please", idempotency_key=key)
    assert first.id == second.id
    me = await ann.verify_credentials()
    recent = await ann.account_statuses(me.id, limit=10)
    assert [s.id for s in recent.items if "only once please" in s.content] == [first.id]
    # A Takahē-like town ignores the key: two posts (the outbox must check before resending).
    maple.town.ignore_idempotency = True
    third = await ann.post_status("twice", idempotency_key="k2")
    fourth = await ann.post_status("twice", idempotency_key="k2")
    assert third.id != fourth.id


async def test_ids_from_another_town_are_not_found(
    ann: MastodonClient, make_client: ClientFactory, harbour: Any, user_token: Any
) -> None:
    post = await ann.post_status("hello harbour")
    jonas = make_client(harbour, user_token(harbour.domain, harbour.town.users[0]))
    with pytest.raises(E.NotFound) as info:
        await jonas.get_status(post.id)
    assert re.search(r"could not be found", info.value.user_message())


async def test_video_upload_waits_for_processing(ann: MastodonClient) -> None:
    media = await ann.upload_media(b"\x00\x00\x00\x18ftypmp42", filename="clip.mp4")
    assert media.type == "video"
    assert media.url  # ready: the client polled through the 206 answers
    unready = await ann.upload_media(b"\x00\x00\x00\x18ftypmp42", filename="b.mp4", wait=False)
    assert unready.url is None
    ready = await ann.wait_for_media(unready.id)
    assert ready.url
    post = await ann.post_status("A clip", media_ids=[ready.id])
    assert [m.type for m in post.media_attachments] == ["video"]

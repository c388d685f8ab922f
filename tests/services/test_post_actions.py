"""Favourite, boost, bookmark, vote, delete and edit against a practice town; refusals give
plain sentences and leave the saved copy as it was."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from townsfolk.api.client import MastodonClient
from townsfolk.cache import Database
from townsfolk.services.notifications import Notifications
from townsfolk.services.post_actions import ActionFailed, PostActions
from townsfolk.services.timelines import store_statuses


@pytest.fixture
async def setup(maple, user_token, profile_dir: Path):
    db = Database.open(profile_dir / "townsfolk.db")
    account = db.accounts.add(
        server_url=maple.base_url, server_domain=maple.domain, handle="ann@maple.practice"
    )
    client = MastodonClient(
        maple.base_url, access_token=user_token(maple.domain, "ann"), retry_backoff=0
    )
    try:
        yield db, account.local_id, client
    finally:
        await client.aclose()
        db.close()


async def _someone_elses_post(client: MastodonClient):
    page = await client.public_timeline(local=True, limit=40)
    me = await client.verify_credentials()
    return next(
        s
        for s in page.items
        if s.reblog is None
        and s.account.id != me.id
        and not s.favourited
        and not s.bookmarked
        and not s.reblogged
        and s.visibility == "public"
    )


async def test_favourite_boost_bookmark_and_undo(setup):
    db, account_id, client = setup
    actions = PostActions(db, account_id, client)
    post = await _someone_elses_post(client)
    store_statuses(db, account_id, [post], client.server)

    fav = await actions.toggle("favourite", post.id, True)
    assert fav.favourited
    assert fav.favourites_count == post.favourites_count + 1
    assert actions.saved_copy(post.id).favourited

    boosted = await actions.toggle("boost", post.id, True)
    assert boosted.id == post.id, "the boosted post itself, not Mastodon's wrapper"
    assert boosted.reblogged

    saved = await actions.toggle("bookmark", post.id, True)
    assert saved.bookmarked
    assert post.id in [s.id for s in (await client.bookmarks()).items]

    for what in ("favourite", "boost", "bookmark"):
        await actions.toggle(what, post.id, False)
    fresh = await client.get_status(post.id)
    assert not fresh.favourited
    assert not fresh.reblogged
    assert not fresh.bookmarked
    assert not actions.saved_copy(post.id).favourited


async def test_refusal_gives_a_sentence_and_keeps_the_saved_copy(setup, maple):
    db, account_id, client = setup
    actions = PostActions(db, account_id, client)
    post = await _someone_elses_post(client)
    store_statuses(db, account_id, [post], client.server)
    maple.town.faults.set("status", code=500, paths="/api/v1/statuses/*")
    with pytest.raises(ActionFailed) as caught:
        await actions.toggle("favourite", post.id, True)
    assert "had a problem" in caught.value.user_message
    assert "500" not in caught.value.user_message
    assert not actions.saved_copy(post.id).favourited


async def test_town_down_and_missing_post(setup, maple):
    db, account_id, client = setup
    actions = PostActions(db, account_id, client)
    with pytest.raises(ActionFailed) as caught:
        await actions.toggle("bookmark", "999999999999", True)
    assert "no longer exists" in caught.value.user_message
    maple.town.faults.set("down")
    with pytest.raises(ActionFailed) as caught:
        await actions.toggle("boost", "1", True)
    assert "not answering" in caught.value.user_message


async def test_delete_and_edit_own_post(setup):
    db, account_id, client = setup
    actions = PostActions(db, account_id, client)
    mine = await client.post_status("A post I will change")
    store_statuses(db, account_id, [mine], client.server)
    edited = await actions.edit(mine.id, text="A post I changed")
    assert "changed" in edited.content
    assert edited.edited_at
    assert "changed" in actions.saved_copy(mine.id).content

    gone = await actions.delete(mine.id)
    assert gone.id == mine.id
    assert actions.saved_copy(mine.id) is None
    with pytest.raises(ActionFailed):
        await actions.delete(mine.id)


async def test_notifications_saved_then_fresh(setup):
    db, account_id, client = setup
    service = Notifications(db, account_id, client)
    assert service.saved() == []
    fresh = await service.refresh()
    assert fresh, "ann has seeded notifications"
    kinds = {item.notification.type for item in fresh}
    assert {"mention", "favourite"} <= kinds
    assert service.unread_count() == len(service.saved(1000))
    # Asking again brings nothing new; the saved list answers without the town.
    assert await service.refresh() == []
    assert [i.id for i in service.saved()] == [i.id for i in fresh][: len(service.saved())]
    service.mark_all_read()
    assert service.unread_count() == 0
    seen = [i.id for i in service.saved(1000)]
    everything = list(seen)
    for _ in range(20):  # page down to the end
        older = await service.load_older(everything[-1])
        if not older:
            break
        assert not {i.id for i in older} & set(everything), "no notification twice"
        everything += [i.id for i in older]
        kinds |= {i.notification.type for i in older}
    assert "follow" in kinds
    assert "follow_request" in kinds


def test_every_failure_sentence_reads_naturally():
    """Each action's words sit inside every sentence: after "could not" and "allow Townsfolk
    to". A verb phrase that puts the object last ("remove ... this post") reads well there."""
    from townsfolk.api import errors as api_errors
    from townsfolk.services.post_actions import Action, _failure

    refusals = [
        api_errors.NotFound("x"),
        api_errors.CannotConnect("x"),
        api_errors.RateLimited("x"),
        api_errors.Forbidden("x"),
        api_errors.ServerError("x"),
        api_errors.RequestRejected("x"),
    ]
    actions = get_args(Action)
    for action in actions:
        for error in refusals:
            text = _failure(action, error, "maple.example").user_message
            assert "{" not in text, text
            assert text.endswith("."), text
            assert "  " not in text, text
            assert "saved posts this post" not in text, text
    unsave = _failure("unbookmark", api_errors.CannotConnect("x"), "maple.example")
    assert unsave.user_message.startswith(
        "Townsfolk could not remove this post from your saved posts because maple.example "
        "is not answering."
    )
    vote = _failure("vote", api_errors.Forbidden("x"), "maple.example")
    assert vote.user_message == "maple.example did not allow Townsfolk to vote in this poll."

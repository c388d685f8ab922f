"""Accepting and declining follow requests against a practice town: the town really changes,
the answer is remembered, and a refusal changes nothing and says so in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest

from townsfolk.api.client import MastodonClient
from townsfolk.cache import Database
from townsfolk.services.notifications import (
    FollowRequestAnswer,
    FollowRequestFailed,
    Notifications,
)


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
        yield Notifications(db, account.local_id, client)
    finally:
        await client.aclose()
        db.close()


def _ann(practice) -> int:
    return practice.world.handles[("maple.practice", "ann")]


async def _waiting(notifications: Notifications):
    await notifications.refresh()
    waiting = [i for i in notifications.saved() if i.waiting_request]
    assert waiting, "the practice town seeds a follow request for every person"
    return waiting[0]


def _asker_key(practice, item) -> int:
    town = practice.world.town("maple.practice")
    return town.acct_by_id[int(item.notification.account.id)]


async def test_accept_lets_them_follow_and_is_remembered(setup, practice):
    notifications = setup
    item = await _waiting(notifications)
    asker = _asker_key(practice, item)
    assert asker in practice.world.graph.requests.get(_ann(practice), {})

    answered = await notifications.answer_follow_request(item, accept=True)

    assert answered.answer is FollowRequestAnswer.ACCEPTED
    assert not answered.waiting_request
    assert asker in practice.world.graph.followers.get(_ann(practice), {})
    assert asker not in practice.world.graph.requests.get(_ann(practice), {})
    saved = {i.id: i for i in notifications.saved()}
    assert saved[item.id].answer is FollowRequestAnswer.ACCEPTED
    # Asking the town again does not bring the buttons back.
    await notifications.refresh()
    assert {i.id: i for i in notifications.saved()}[item.id].answer is FollowRequestAnswer.ACCEPTED


async def test_decline_says_no(setup, practice):
    notifications = setup
    item = await _waiting(notifications)
    asker = _asker_key(practice, item)

    answered = await notifications.answer_follow_request(item, accept=False)

    assert answered.answer is FollowRequestAnswer.DECLINED
    assert asker not in practice.world.graph.followers.get(_ann(practice), {})
    assert asker not in practice.world.graph.requests.get(_ann(practice), {})
    assert {i.id: i for i in notifications.saved()}[item.id].answer is FollowRequestAnswer.DECLINED


async def test_answer_survives_a_town_that_still_lists_the_request(setup, practice, monkeypatch):
    # Some towns may keep the old notification after the answer: it must not wait again.
    monkeypatch.setattr(practice.world, "drop_request_notifications", lambda *args: None)
    notifications = setup
    item = await _waiting(notifications)
    await notifications.answer_follow_request(item, accept=True)
    await notifications.refresh()
    assert {i.id: i for i in notifications.saved()}[item.id].answer is FollowRequestAnswer.ACCEPTED


@pytest.mark.parametrize("accept", [True, False])
async def test_town_refusing_changes_nothing(setup, practice, maple, accept):
    notifications = setup
    item = await _waiting(notifications)
    asker = _asker_key(practice, item)
    maple.town.faults.set("status", code=503, paths="/api/v1/follow_requests/*")

    with pytest.raises(FollowRequestFailed) as caught:
        await notifications.answer_follow_request(item, accept=accept)

    message = caught.value.user_message
    assert not caught.value.gone
    assert "maple" in message
    assert "Nothing has changed" in message
    assert item.notification.account.name in message
    assert asker in practice.world.graph.requests.get(_ann(practice), {})
    assert {i.id: i for i in notifications.saved()}[item.id].waiting_request
    # Once the town answers again, the same button works.
    maple.town.faults.clear()
    answered = await notifications.answer_follow_request(item, accept=accept)
    assert answered.answer in (FollowRequestAnswer.ACCEPTED, FollowRequestAnswer.DECLINED)


async def test_town_down_is_said_plainly(setup, maple):
    notifications = setup
    item = await _waiting(notifications)
    maple.town.faults.set("down")
    with pytest.raises(FollowRequestFailed) as caught:
        await notifications.answer_follow_request(item, accept=True)
    assert "not answering" in caught.value.user_message
    maple.town.faults.clear()
    assert {i.id: i for i in notifications.saved()}[item.id].waiting_request


async def test_request_taken_back_is_no_longer_waiting(setup, practice):
    notifications = setup
    item = await _waiting(notifications)
    asker = _asker_key(practice, item)
    # The person changed their mind before Ann answered.
    practice.world.graph.requests[_ann(practice)].pop(asker)

    with pytest.raises(FollowRequestFailed) as caught:
        await notifications.answer_follow_request(item, accept=True)

    assert caught.value.gone
    assert "no longer waiting" in caught.value.user_message
    assert asker not in practice.world.graph.followers.get(_ann(practice), {})
    assert {i.id: i for i in notifications.saved()}[item.id].answer is FollowRequestAnswer.GONE

"""Follow requests read from /api/v1/follow_requests (issue 10, item 6): towns that send no
``follow_request`` notification (Takahē) still show every waiting request, once, and towns
that do send them are not shown a second copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from townsfolk.api.client import MastodonClient
from townsfolk.cache import Database
from townsfolk.practice.model import utcnow
from townsfolk.services.notifications import (
    REQUEST_PREFIX,
    FollowRequestAnswer,
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


def _waiting(notifications: Notifications) -> list:
    return [i for i in notifications.saved() if i.waiting_request]


async def test_takahe_requests_come_from_the_list_once(setup, maple, practice):
    maple.town.use_personality("takahe")
    notifications = setup
    fresh = await notifications.refresh()
    waiting = _waiting(notifications)
    assert len(waiting) == 1
    assert waiting[0].id.startswith(REQUEST_PREFIX)
    assert waiting[0].id in [i.id for i in fresh]
    assert notifications.saved()[0].id == waiting[0].id  # at the top
    assert notifications.unread_count() >= 1

    again = await notifications.refresh()
    assert waiting[0].id not in [i.id for i in again]
    assert len(_waiting(notifications)) == 1

    answered = await notifications.answer_follow_request(waiting[0], accept=True)
    assert answered.answer is FollowRequestAnswer.ACCEPTED
    asker = maple.town.acct_by_id[int(waiting[0].notification.account.id)]
    assert practice.world.follows(asker, _ann(practice))
    await notifications.refresh()
    assert _waiting(notifications) == []
    kept = next(i for i in notifications.saved() if i.id == waiting[0].id)
    assert kept.answer is FollowRequestAnswer.ACCEPTED


async def test_a_request_taken_back_is_saved_as_gone(setup, maple, practice):
    maple.town.use_personality("takahe")
    notifications = setup
    await notifications.refresh()
    (item,) = _waiting(notifications)
    asker = maple.town.acct_by_id[int(item.notification.account.id)]
    assert practice.world.reject_request(_ann(practice), asker)  # gone on the town
    await notifications.refresh()
    assert _waiting(notifications) == []
    gone = next(i for i in notifications.saved() if i.id == item.id)
    assert gone.answer is FollowRequestAnswer.GONE


async def test_mastodon_requests_are_not_shown_twice(setup, maple, practice):
    notifications = setup
    await notifications.refresh()
    waiting = _waiting(notifications)
    assert len(waiting) == 1
    assert not waiting[0].id.startswith(REQUEST_PREFIX)


async def test_an_old_town_notification_is_found_before_making_one(setup, maple, practice):
    """The town's follow_request notification is older than the first page: it is looked
    for on its own, not copied."""
    notifications = setup
    ann = _ann(practice)
    other = next(
        k for k, p in practice.world.people.items() if p.home == "maple.practice" and k != ann
    )
    with practice.world.lock:
        for _ in range(45):  # push the request out of the newest 40
            practice.world.notify(ann, "mention", other, None, utcnow())
    await notifications.refresh()
    rows = notifications.db.notifications.newest(
        notifications.account_id, 400, types=("follow_request",)
    )
    assert len(rows) == 1
    assert not rows[0].id.startswith(REQUEST_PREFIX)


async def test_a_town_without_the_list_still_gives_its_notifications(setup, maple):
    maple.town.faults.set("status", code=404, paths="/api/v1/follow_requests")
    notifications = setup
    fresh = await notifications.refresh()
    assert fresh
    assert not any(i.id.startswith(REQUEST_PREFIX) for i in notifications.saved())

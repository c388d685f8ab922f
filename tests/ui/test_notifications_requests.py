"""Accept and Decline on follow requests in the notifications list, against a practice town:
the answer shows at once, the town really changes, and a refusal is taken back with a plain
message."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from townsfolk.api.client import MastodonClient
from townsfolk.cache import Database
from townsfolk.services.notifications import FollowRequestAnswer, Notifications
from townsfolk.ui.notifications_view import NotificationsView, RequestButtons, answer_text

from .test_main_window_support import eventually, running, settle


@contextlib.asynccontextmanager
async def notifications_of_ann(
    maple: Any, user_token: Any, profile_dir: Path
) -> AsyncIterator[Notifications]:
    """Ann's notifications service (opened inside the test body, like every window)."""
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


def _ann(practice: Any) -> int:
    return practice.world.handles[("maple.practice", "ann")]


def _asker(practice: Any, item: Any) -> int:
    return practice.world.town("maple.practice").acct_by_id[int(item.notification.account.id)]


async def _view_with_request(qtbot: Any, service: Notifications) -> tuple[NotificationsView, Any]:
    await service.refresh()
    view = NotificationsView()
    qtbot.addWidget(view)
    view.resize(600, 700)
    view.set_notifications(service)
    view.set_items(service.saved())
    view.show()
    waiting = [i for i in view.model.items if i.waiting_request]
    assert waiting
    return view, waiting[0]


def _item(view: NotificationsView, notification_id: str) -> Any:
    return view.model.items[view.model.row_of(notification_id)]


async def test_accept_shows_at_once_and_the_town_agrees(
    qtbot: Any, maple: Any, user_token: Any, profile_dir: Path, practice: Any
) -> None:
    async with notifications_of_ann(maple, user_token, profile_dir) as service:
        await _accept_shows_at_once(qtbot, service, practice)


async def _accept_shows_at_once(qtbot: Any, service: Notifications, practice: Any) -> None:
    view, item = await _view_with_request(qtbot, service)
    asker = _asker(practice, item)
    buttons = view.request_buttons(item.id)
    assert isinstance(buttons, RequestButtons)
    assert buttons.accept.text() == "Accept"
    assert buttons.decline.text() == "Decline"
    assert item.notification.account.name in buttons.accept.accessibleName()
    # Only waiting requests have buttons.
    others = [i for i in view.model.items if not i.waiting_request]
    assert others
    assert all(view.request_buttons(i.id) is None for i in others)

    buttons.accept.click()

    # At once, before the town has answered:
    assert _item(view, item.id).answer is FollowRequestAnswer.ACCEPTED
    assert "You accepted" in answer_text(_item(view, item.id))
    assert asker in practice.world.graph.requests.get(_ann(practice), {})

    await eventually(lambda: asker in practice.world.graph.followers.get(_ann(practice), {}))
    await eventually(lambda: not view._tasks)
    assert _item(view, item.id).answer is FollowRequestAnswer.ACCEPTED
    assert not view.message.isVisible()
    await eventually(lambda: view.request_buttons(item.id) is None)
    # After a restart of the list, the answer is still there.
    view.set_items(service.saved())
    assert _item(view, item.id).answer is FollowRequestAnswer.ACCEPTED
    assert view.request_buttons(item.id) is None


async def test_refusal_is_taken_back_with_a_plain_message(
    qtbot: Any, maple: Any, user_token: Any, profile_dir: Path, practice: Any
) -> None:
    async with notifications_of_ann(maple, user_token, profile_dir) as service:
        await _refusal_taken_back(qtbot, service, practice, maple)


async def _refusal_taken_back(
    qtbot: Any, service: Notifications, practice: Any, maple: Any
) -> None:
    view, item = await _view_with_request(qtbot, service)
    asker = _asker(practice, item)
    maple.town.faults.set("status", code=503, paths="/api/v1/follow_requests/*")

    view.request_buttons(item.id).decline.click()
    assert _item(view, item.id).answer is FollowRequestAnswer.DECLINED

    await eventually(lambda: _item(view, item.id).waiting_request)
    await eventually(view.message.isVisible)
    text = view.message.text()
    assert "maple.practice" in text
    assert "Nothing has changed" in text
    assert asker in practice.world.graph.requests.get(_ann(practice), {})
    await eventually(lambda: isinstance(view.request_buttons(item.id), RequestButtons))

    # The town answers again: the same button now works.
    maple.town.faults.clear()
    view.request_buttons(item.id).decline.click()
    await eventually(lambda: asker not in practice.world.graph.requests.get(_ann(practice), {}))
    await eventually(lambda: not view._tasks)
    assert _item(view, item.id).answer is FollowRequestAnswer.DECLINED
    assert asker not in practice.world.graph.followers.get(_ann(practice), {})
    assert not view.message.isVisible()


async def test_request_taken_back_meanwhile(
    qtbot: Any, maple: Any, user_token: Any, profile_dir: Path, practice: Any
) -> None:
    async with notifications_of_ann(maple, user_token, profile_dir) as service:
        await _taken_back_meanwhile(qtbot, service, practice)


async def _taken_back_meanwhile(qtbot: Any, service: Notifications, practice: Any) -> None:
    view, item = await _view_with_request(qtbot, service)
    practice.world.graph.requests[_ann(practice)].pop(_asker(practice, item))
    view.request_buttons(item.id).accept.click()
    await eventually(lambda: _item(view, item.id).answer is FollowRequestAnswer.GONE)
    await eventually(view.message.isVisible)
    assert "no longer waiting" in view.message.text()
    await eventually(lambda: view.request_buttons(item.id) is None)


async def test_main_window_answers_through_the_current_account(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any, practice: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        w.show_place("notifications")
        view = w.notifications_view
        await eventually(lambda: any(i.waiting_request for i in view.model.items))
        item = next(i for i in view.model.items if i.waiting_request)
        asker = _asker(practice, item)
        await eventually(lambda: view.request_buttons(item.id) is not None)
        view.request_buttons(item.id).accept.click()
        assert _item(view, item.id).answer is FollowRequestAnswer.ACCEPTED
        await eventually(lambda: asker in practice.world.graph.followers.get(_ann(practice), {}))

"""Follow requests on a town without follow_request notifications (issue 10, item 6): the
main window's notifications show the request read from /api/v1/follow_requests, with
Accept and Decline, and the answer reaches the town.
TOWNSFOLK_SCREENSHOTS=docs/screenshots writes takahe-follow-requests.png."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from townsfolk.services.notifications import REQUEST_PREFIX

from .test_main_window_support import eventually, running, settle


async def test_takahe_follow_request_is_shown_and_answered(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any, practice: Any
) -> None:
    maple.town.use_personality("takahe")
    ann = practice.world.handles[("maple.practice", "ann")]
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        view = w.notifications_view
        w.show_place("notifications")
        await eventually(lambda: any(i.waiting_request for i in view.model.items))
        item = next(i for i in view.model.items if i.waiting_request)
        assert item.id.startswith(REQUEST_PREFIX)
        assert view.model.items[0].id == item.id
        await eventually(lambda: view.request_buttons(item.id) is not None)
        if folder := os.environ.get("TOWNSFOLK_SCREENSHOTS"):
            w.grab().save(str(Path(folder) / "takahe-follow-requests.png"))
        task = view.answer(item.id, accept=True)
        assert task is not None
        await task
        asker = maple.town.acct_by_id[int(item.notification.account.id)]
        assert practice.world.follows(asker, ann)
        assert not view.model.items[view.model.row_of(item.id)].waiting_request
        await settle(w)

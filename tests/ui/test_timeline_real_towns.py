"""The timeline view on towns that are not Mastodon 4 (issue 10, items 7 and 8): a late post
appears in its place while the reader's place stays; posts that could not be read are
said in a quiet line. Practice towns on loopback, real widgets, real SQLite files."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import shiboken6

from tests.services.test_outbox_support import eventually
from tests.services.test_timelines_support import Reader
from townsfolk.api.client import MastodonClient
from townsfolk.practice import personalities
from townsfolk.ui.timeline import TimelineView


def screenshot(widget: Any, name: str) -> None:
    """Set TOWNSFOLK_SCREENSHOTS=docs/screenshots to write the screenshot for the docs."""
    folder = os.environ.get("TOWNSFOLK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / name))


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


@pytest.fixture
def make_view(qtbot: Any) -> Callable[..., TimelineView]:
    views: list[TimelineView] = []

    def make(width: int = 520, height: int = 700) -> TimelineView:
        view = TimelineView(town="maple.practice")
        qtbot.addWidget(view)
        view.resize(width, height)
        view.show()
        views.append(view)
        return view

    yield make
    for view in views:
        if shiboken6.isValid(view.list):
            view.close_timeline()


def shown_ids(view: TimelineView) -> list[str]:
    return [r.item.post_id for r in view.model.rows if r.kind == "post"]


async def test_a_late_post_appears_in_place_and_the_reader_stays(
    make_view: Any, reader: Reader, bob: MastodonClient, maple: Any
) -> None:
    maple.town.use_personality("takahe")
    me = await bob.verify_credentials()
    await reader.client.follow(me.id)
    view = make_view()
    tl, _ = reader.timeline("home")
    await view.start(tl)
    await eventually(lambda: not view.model.loading and len(view.model.rows) > 10)

    late = await bob.post_status("Written first, delivered last", visibility="public")
    personalities.hold_back(maple.town, int(late.id))
    newer = await bob.post_status("Written second", visibility="public")
    await view.refresh()
    view.show_new_posts()
    assert shown_ids(view)[0] == newer.id

    # the reader has scrolled down a little: the post at the top must stay at the top
    bar = view.list.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    before = view.top_post()
    assert before is not None

    personalities.deliver(maple.town, int(late.id))
    await view.refresh()
    await eventually(lambda: late.id in shown_ids(view))
    assert shown_ids(view)[:2] == [newer.id, late.id]
    assert view.top_post() == before
    assert view.new_posts.isHidden()  # it is not a new post: it is in its place


async def test_posts_that_could_not_be_read_are_said(
    make_view: Any, reader: Reader, bob: MastodonClient, maple: Any
) -> None:
    me = await bob.verify_credentials()
    await reader.client.follow(me.id)
    one = await bob.post_status("Nobody can read me", visibility="public")
    two = await bob.post_status("Nor me", visibility="public")
    view = make_view()
    tl, _ = reader.timeline("home")
    view.attach(tl)
    assert view.skipped_note.isHidden()
    personalities.make_unreadable(maple.town, one.id)
    await view.refresh()
    await eventually(view.skipped_note.isVisible)
    assert view.skipped_note.text().startswith("1 post could not be shown")
    personalities.make_unreadable(maple.town, two.id)
    tl.close()
    again, _ = reader.timeline("home")
    await view.start(again)
    assert view.skipped_note.text().startswith("2 posts could not be shown")
    assert one.id not in shown_ids(view)
    assert shown_ids(view)
    screenshot(view, "timeline-posts-not-shown.png")


def test_a_thread_says_how_many_replies_could_not_be_shown(qtbot: Any) -> None:
    from townsfolk.api.entities import Account, Status
    from townsfolk.services.timelines import Thread
    from townsfolk.ui.thread_view import ThreadView

    view = ThreadView("1", town="maple.practice")
    qtbot.addWidget(view)
    focus = Status(id="1", account=Account(id="7", username="bob"), content="<p>Hi</p>")
    view.set_thread(Thread([], focus, [], skipped=1))
    assert not view.posts.skipped_note.isHidden()
    assert view.posts.skipped_note.text().startswith("1 post could not be shown")
    view.set_thread(Thread([], focus, []))
    assert view.posts.skipped_note.isHidden()


async def test_search_says_how_many_posts_could_not_be_shown(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    from .test_main_window_support import posts_of, running, settle, wait_rows

    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await wait_rows(w.views["home"])
        await settle(w)
        client = r.session.get(r.accounts[0].local_id).client
        odd = await client.post_status("marmalade sandwiches", visibility="public")
        fine = await client.post_status("marmalade on toast", visibility="public")
        personalities.make_unreadable(maple.town, odd.id)
        w.show_place("search")
        w.search_view.field.setText("marmalade")
        w.search_view.button.click()
        await settle(w)
        assert [p.id for p in posts_of(w.search_view.posts)] == [fine.id]
        note = w.search_view.posts.skipped_note
        assert not note.isHidden()
        assert note.text().startswith("1 post could not be shown")

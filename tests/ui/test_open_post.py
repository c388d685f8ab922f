"""Opening a post (issue 11, break 4): a click anywhere on a post that is not a link, button
or picture opens its conversation (only Enter and "More → Open the conversation" did); a
conversation with no replies shows the post, says there are no replies and offers a reply box
right under it (it was a white void with no way to answer).

Real main window on a practice town (127.0.0.1), real clicks at 1366×768.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest

from tests.ui.shots import shot
from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Status
from townsfolk.services.richtext import plain_text
from townsfolk.ui.main_window import MainWindow
from townsfolk.ui.thread_view import ThreadView
from townsfolk.ui.timeline import TimelineView

from .test_main_window_support import eventually, posts_of, running, settle, wait_rows


def row_rect(view: TimelineView, post_id: str) -> QRect:
    row = next(n for n, r in enumerate(view.model.rows) if r.kind == "post" and r.key == post_id)
    index = view.model.index(row)
    view.list.scrollTo(index)
    return view.list.visualRect(index)


def spot(view: TimelineView, post_id: str, want: Any) -> QPoint:
    """A point on the post (in the list's viewport) whose hit test ``want`` accepts."""
    rect = row_rect(view, post_id)
    row = next(r for r in view.model.rows if r.key == post_id)
    visible = view.list.viewport().rect()
    for y in range(4, rect.height(), 3):
        for x in range(4, rect.width(), 5):
            point = rect.topLeft() + QPoint(x, y)
            if visible.contains(point) and want(view.delegate.hit(row, QPoint(x, y))):
                return point
    raise AssertionError("no such spot on the post")


def click(view: TimelineView, point: QPoint) -> None:
    QTest.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=point)


async def fresh_post(maple: Any, token: str, text: str) -> Status:
    async with MastodonClient(maple.base_url, access_token=token) as ann:
        return await ann.post_status(text)


async def test_a_click_on_a_post_opens_it_and_a_lonely_post_has_a_reply_box(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    token = user_token(maple.domain)
    posted = await fresh_post(maple, token, "Nobody has answered this one yet. Tea, anyone?")
    async with running(qtbot, profile_dir, [(maple, token)]) as r:
        w = r.window
        w.resize(1366, 768)
        home = w.views["home"]
        await wait_rows(home)
        await settle(w)
        assert posted.id in [p.id for p in posts_of(home)]

        # A click on a button does what the button does, and opens nothing.
        reply_button = spot(home, posted.id, lambda hit: hit == ("action", "reply"))
        click(home, reply_button)
        assert w.compose is not None
        assert w.pages.currentWidget() is home
        w.compose.ask_on_close = lambda: "discard"
        w.compose.close()

        # A drag over the post (from one empty spot to another) is not a click.
        empty = spot(home, posted.id, lambda hit: hit is None)
        rect = row_rect(home, posted.id)
        row = next(r for r in home.model.rows if r.key == posted.id)
        far = next(
            rect.topLeft() + QPoint(x, y)
            for y in range(4, rect.height(), 3)
            for x in range(4, rect.width(), 5)
            if home.delegate.hit(row, QPoint(x, y)) is None
            and (rect.topLeft() + QPoint(x, y) - empty).manhattanLength() >= 60
            and home.list.viewport().rect().contains(rect.topLeft() + QPoint(x, y))
        )
        viewport = home.list.viewport()
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=empty)
        QTest.mouseMove(viewport, far)
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=far)
        assert w.pages.currentWidget() is home
        assert w.compose is None or not w.compose.isVisible()

        # A click on the post itself (not on a link or button) opens the conversation.
        empty = spot(home, posted.id, lambda hit: hit is None)
        click(home, empty)
        thread = w.pages.currentWidget()
        assert isinstance(thread, ThreadView)
        assert thread.post_id == posted.id
        await settle(w)
        assert thread.shown is not None
        assert thread.shown.descendants == []

        # No white void: the post, "no replies yet", and a reply box right under the post.
        assert [p.id for p in posts_of(thread.posts)] == [posted.id]
        assert thread.no_replies.isVisible()
        assert thread.reply_box.isVisible()
        list_bottom = thread.posts.list.mapTo(thread, QPoint(0, thread.posts.list.height()))
        gap = thread.reply_box.mapTo(thread, QPoint(0, 0)).y() - list_bottom.y()
        assert 0 <= gap <= thread.no_replies.height() + 40
        assert thread.reply_box.geometry().bottom() < thread.height()
        shot(w, "thread-no-replies.png")

        # A click on the post the conversation is about opens nothing more.
        click(thread.posts, spot(thread.posts, posted.id, lambda hit: hit is None))
        assert w.pages.currentWidget() is thread

        # The reply box answers the post, and the reply window shows what is answered.
        thread.reply_box.click()
        compose = w.compose
        assert compose is not None
        assert compose.in_reply_to_id == posted.id
        assert compose.reply_context.isVisibleTo(compose)
        assert compose.reply_context.text() == plain_text(posted.content)
        compose.resize(640, 560)
        shot(compose, "compose-reply-context.png")
        compose.ask_on_close = lambda: "discard"
        compose.close()
        # (painting asked for the pictures: let them arrive before the window closes)
        await eventually(lambda: not thread.posts.images._tasks, 20)
        await eventually(lambda: not w.images._tasks, 20)


async def test_a_conversation_with_replies_still_ends_with_a_reply_box(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    token = user_token(maple.domain)
    posted = await fresh_post(maple, token, "What is everyone reading this week?")
    async with MastodonClient(maple.base_url, access_token=user_token(maple.domain, "bob")) as bob:
        await bob.post_status("@ann A book about bees.", in_reply_to_id=posted.id)
    async with running(qtbot, profile_dir, [(maple, token)]) as r:
        w: MainWindow = r.window
        w.resize(1366, 768)
        await settle(w)
        thread = w.open_thread(posted.id)
        assert thread is not None
        await settle(w)
        await eventually(lambda: len(posts_of(thread.posts)) == 2)
        assert not thread.no_replies.isVisible()
        assert thread.reply_box.isVisible()
        assert "Write a reply to" in thread.reply_box.text()
        await eventually(lambda: not thread.posts.images._tasks, 20)
        await eventually(lambda: not w.images._tasks, 20)

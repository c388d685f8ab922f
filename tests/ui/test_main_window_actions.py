"""Actions on posts from the main window: they flip at once, and flip back with a plain
message when the town refuses (a 500 on every post action); deleting asks first."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from townsfolk.api.client import MastodonClient
from townsfolk.api.errors import NotFound
from townsfolk.services.richtext import plain_text
from townsfolk.ui.main_window import MainWindow

from .test_main_window_support import eventually, first, posts_of, running, settle, wait_rows

FIELDS = {
    "favourite": ("favourited", "favourites_count"),
    "boost": ("reblogged", "reblogs_count"),
    "bookmark": ("bookmarked", None),
}


def shown(w: MainWindow, post_id: str) -> Any:
    return next(p for p in posts_of(w.views["home"]) if p.id == post_id)


def plain_words(text: str) -> None:
    """A message a person can read: no status code, no traceback, no jargon."""
    assert text
    for bad in ("500", "Traceback", "status", "HTTP", "instance", "API", "toot"):
        assert bad not in text, text


@pytest.mark.parametrize("what", ["favourite", "boost", "bookmark"])
async def test_a_refused_action_flips_back_with_a_message(
    what: str, qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        home = w.views["home"]
        await wait_rows(home)
        await settle(w)
        flag, counter = FIELDS[what]
        post = first(posts_of(home), lambda p: not getattr(p, flag) and p.visibility == "public")
        maple.town.faults.set("status", paths="/api/v1/statuses/*", code=500)

        # Every version of the post the window shows, in order (the refusal can come back
        # within milliseconds, so polling the screen could miss the first flip).
        shown_versions: list[Any] = []
        update_post = w.update_post

        def record(version: Any) -> None:
            shown_versions.append(version)
            update_post(version)

        w.update_post = record  # type: ignore[method-assign]
        getattr(home, what).emit(post.id)  # as the button (or its key) does
        await eventually(lambda: len(shown_versions) >= 2)
        del w.update_post
        flipped = shown_versions[0]
        assert getattr(flipped, flag)  # at once
        if counter:
            assert getattr(flipped, counter) == getattr(post, counter) + 1
        await eventually(w.banner.isVisible)
        await settle(w)
        assert not getattr(shown(w, post.id), flag)  # back as it was
        if counter:
            assert getattr(shown(w, post.id), counter) == getattr(post, counter)
        assert "maple.practice" in w.banner.text()
        plain_words(w.banner.text())

        # The town answers again: the same action goes through and stays.
        maple.town.faults.clear()
        await w.toggle(what, post.id)
        assert getattr(shown(w, post.id), flag)
        assert not w.banner.has("action")
        async with MastodonClient(maple.base_url, access_token=user_token(maple.domain)) as ann:
            assert getattr(await ann.get_status(post.id), flag)


async def own_post(maple: Any, user_token: Any, text: str) -> str:
    async with MastodonClient(maple.base_url, access_token=user_token(maple.domain)) as ann:
        return (await ann.post_status(text)).id


async def test_deleting_asks_first_and_explains_a_refusal(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    post_id = await own_post(maple, user_token, "A post I will delete")
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w, recorded = r.window, r.recorded
        await eventually(lambda: post_id in [p.id for p in posts_of(w.views["home"])])
        menu = [a.text() for a in w.more_menu(post_id).actions()]
        assert "Delete this post…" in menu
        assert "Change this post…" in menu
        others = first(posts_of(w.views["home"]), lambda p: not w.is_own(p))
        assert "Delete this post…" not in [a.text() for a in w.more_menu(others.id).actions()]

        recorded.confirm_answer = False
        await w.delete_post(post_id)
        assert recorded.confirms == [post_id]
        assert post_id in [p.id for p in posts_of(w.views["home"])]

        recorded.confirm_answer = True
        maple.town.faults.set("status", paths="/api/v1/statuses/*", code=500)
        await w.delete_post(post_id)
        assert post_id in [p.id for p in posts_of(w.views["home"])]
        plain_words(w.banner.text())
        assert "could not delete" in w.banner.text()

        maple.town.faults.clear()
        await w.delete_post(post_id)
        assert recorded.confirms == [post_id] * 3
        assert post_id not in [p.id for p in posts_of(w.views["home"])]
        async with MastodonClient(maple.base_url, access_token=user_token(maple.domain)) as ann:
            with pytest.raises(NotFound):
                await ann.get_status(post_id)


async def test_changing_ones_own_post(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    post_id = await own_post(maple, user_token, "Tomatos are red")
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w, recorded = r.window, r.recorded
        await eventually(lambda: post_id in [p.id for p in posts_of(w.views["home"])])
        recorded.edit_answer = "Tomatoes are red"
        maple.town.faults.set("status", paths="/api/v1/statuses/*", code=500)
        await w.edit_post(post_id)
        assert "Tomatos" in shown(w, post_id).content
        plain_words(w.banner.text())
        maple.town.faults.clear()
        await w.edit_post(post_id)
        assert "Tomatoes are red" in shown(w, post_id).content
        assert shown(w, post_id).edited_at


async def test_reply_copy_link_open_in_browser_and_links(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w, recorded = r.window, r.recorded
        home = w.views["home"]
        await wait_rows(home)
        post = first(posts_of(home), lambda p: not w.is_own(p) and bool(p.url))

        home.reply.emit(post.id)
        assert w.compose is not None
        assert w.compose.in_reply_to_id == post.id
        acct = (
            post.account.acct if "@" in post.account.acct else post.account.acct + "@maple.practice"
        )
        assert w.compose.text_edit.toPlainText().startswith("@" + acct)
        # The reply window shows the post being answered, as plain text (issue 11, break 11).
        assert w.compose.reply_context.isVisibleTo(w.compose)
        shown_text = w.compose.reply_context.text()
        assert shown_text
        assert "<" not in shown_text
        assert shown_text.rstrip("…")[:40] in plain_text(post.content)
        w.compose.ask_on_close = lambda: "discard"
        w.compose.close()
        await asyncio.sleep(0)  # deleteLater

        w.copy_link(post.id)
        assert QApplication.clipboard().text() == post.url
        w.open_in_browser(post.id)
        home.open_link.emit("https://example.org/a-page")
        assert recorded.urls == [post.url, "https://example.org/a-page"]

        # Hashtags and people open inside the app.
        home.open_tag.emit("gardening")
        assert w.title.text() == "Posts with #gardening"
        assert w.back_button.isVisible()
        home.open_profile.emit("bob@maple.practice")
        assert w.current_page_key() == "detail"
        w.go_back()
        assert w.title.text() == "Posts with #gardening"
        w.go_back()
        assert w.title.text() == "People you follow"
        assert not w.back_button.isVisible()
        await settle(w)

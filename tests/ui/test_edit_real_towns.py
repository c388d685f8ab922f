"""'Change this post' on towns that are not Mastodon 4 (issue 10, item 5), practice towns
with a server personality on 127.0.0.1 and the real main window.

Takahē puts the post's HTML in ``text`` and (here) has no ``/source``: the window shows the
text as it was typed, saving it unchanged sends nothing, and a change is sent as text, never
as markup. GoToSocial before 0.18 cannot change posts: 'Change' goes away and says why.
TOWNSFOLK_SCREENSHOTS=docs/screenshots writes takahe-edit-window.png.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from townsfolk.api.client import MastodonClient
from townsfolk.ui.media_viewer import EditPostDialog

from .test_main_window_support import eventually, posts_of, running, settle

TYPED = (
    "Seeds for @bob and @cleo@harbour.practice: see "
    "https://example.com/a/very/long/path/to/seeds #garden\nSecond line\n\nNew paragraph"
)


def shown(window: Any, post_id: str) -> Any:
    return next(p for p in posts_of(window.views["home"]) if p.id == post_id)


async def test_takahe_edit_shows_the_typed_text_and_never_sends_markup(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    maple.town.use_personality("takahe")
    token = user_token(maple.domain)
    async with MastodonClient(maple.base_url, access_token=token) as ann:
        post = await ann.post_status(TYPED)
        assert "<p>" in (post.text or ""), "the town writes HTML in text (the quirk is on)"
        before = post.content
    async with running(qtbot, profile_dir, [(maple, token)]) as r:
        w, recorded = r.window, r.recorded
        await eventually(lambda: post.id in [p.id for p in posts_of(w.views["home"])])
        asked: list[str] = []

        def ask(text: str) -> str | None:
            asked.append(text)
            return recorded.edit_answer

        w.ask_edit = ask
        recorded.edit_answer = None
        await w.edit_post(post.id)
        assert asked == [TYPED]
        if folder := os.environ.get("TOWNSFOLK_SCREENSHOTS"):
            dialog = EditPostDialog(asked[0], w)
            dialog.show()
            dialog.grab().save(str(Path(folder) / "takahe-edit-window.png"))
            dialog.close()
            dialog.deleteLater()

        recorded.edit_answer = TYPED  # saved unchanged: nothing is sent
        await w.edit_post(post.id)
        async with MastodonClient(maple.base_url, access_token=token) as ann:
            again = await ann.get_status(post.id)
        assert again.content == before
        assert again.edited_at is None

        recorded.edit_answer = TYPED.replace("Seeds", "Bulbs")
        await w.edit_post(post.id)
        async with MastodonClient(maple.base_url, access_token=token) as ann:
            changed = await ann.get_status(post.id)
        assert changed.content == before.replace("Seeds", "Bulbs")
        assert "&lt;" not in changed.content
        assert "Bulbs" in shown(w, post.id).content
        await settle(w)


async def test_gotosocial_cannot_change_posts_and_says_so(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    maple.town.use_personality("gotosocial")
    token = user_token(maple.domain)
    async with MastodonClient(maple.base_url, access_token=token) as ann:
        post = await ann.post_status("A post that stays as it is")
    async with running(qtbot, profile_dir, [(maple, token)]) as r:
        w, recorded = r.window, r.recorded
        await eventually(lambda: post.id in [p.id for p in posts_of(w.views["home"])])
        prepared = w.prepared
        assert prepared is not None
        assert not await prepared.actions.edit_support()
        assert "Change this post…" not in [a.text() for a in w.more_menu(post.id).actions()]
        await settle(w)
        assert "Delete this post…" in [a.text() for a in w.more_menu(post.id).actions()]
        recorded.edit_answer = "changed"
        await w.edit_post(post.id)
        assert "does not let people change their posts" in w.banner.text()
        await settle(w)


async def test_a_refused_change_is_learned(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    """A town that says it can edit, and answers 404 when asked: 'Change' goes away."""
    maple.town.use_personality("mastodon4", can_edit=False)
    token = user_token(maple.domain)
    async with MastodonClient(maple.base_url, access_token=token) as ann:
        post = await ann.post_status("Tomatos are red")
    async with running(qtbot, profile_dir, [(maple, token)]) as r:
        w, recorded = r.window, r.recorded
        await eventually(lambda: post.id in [p.id for p in posts_of(w.views["home"])])
        recorded.edit_answer = "Tomatoes are red"
        await w.edit_post(post.id)
        assert "does not let people change their posts" in w.banner.text()
        assert "Tomatos" in shown(w, post.id).content
        assert "Change this post…" not in [a.text() for a in w.more_menu(post.id).actions()]
        await settle(w)

"""Writing from the main window (through the outbox), offline use, a replaced database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from townsfolk.api.client import MastodonClient
from townsfolk.ui.main_window import MainWindow

from .test_main_window_support import eventually, posts_of, running, settle, wait_rows


async def ann_has_posted(maple: Any, user_token: Any, text: str) -> bool:
    async with MastodonClient(maple.base_url, access_token=user_token(maple.domain)) as ann:
        me = await ann.verify_credentials()
        page = await ann.account_statuses(me.id, limit=10)
    return any(text in s.content for s in page.items)


async def write(w: MainWindow, text: str) -> None:
    compose = w.open_compose()
    assert compose is not None
    assert compose.town_name == "maple.practice"
    compose.text_edit.setPlainText(text)
    assert await compose.send()


async def test_a_post_goes_out_through_the_outbox(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await wait_rows(w.views["home"])
        await settle(w)
        # The town's own limits are kept for the compose window (and for offline use).
        assert r.session.cached_instance(r.accounts[0].local_id) is not None
        assert (profile_dir / "towns" / f"account-{r.accounts[0].local_id}.json").is_file()
        assert not w.waiting_button.isVisible()

        # The town holds the post until told, so the window is seen while it waits (on a
        # quiet machine the town took it before the first look).
        maple.town.faults.set("hang", paths="/api/v1/statuses")
        try:
            await write(w, "Hello from the main window")
            # The compose window closes after Send; the status bar says, in one sentence,
            # where the post is (issue 11, break 11: never "on its way" and "nothing is
            # waiting" at once).
            await eventually(lambda: w.compose is None)
            assert w.statusBar().currentMessage() == "Sending your post…"
            assert w.waiting_count() == 1
            assert w.waiting_button.isVisible()
            assert w.waiting_button.accessibleName() == "1 post waiting to be sent"
        finally:
            maple.town.faults.clear()

        await eventually(lambda: w.waiting_count() == 0)
        assert not w.waiting_button.isVisible()
        assert await ann_has_posted(maple, user_token, "Hello from the main window")
        # The sent post shows in "People you follow" without asking.
        await eventually(
            lambda: any(
                "Hello from the main window" in p.content for p in posts_of(w.views["home"])
            )
        )
        assert w.statusBar().currentMessage() == "Your post was sent."


async def test_offline_saved_posts_stay_actions_explain_posts_wait(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        home = w.views["home"]
        await wait_rows(home)
        await settle(w)
        saved = [p.id for p in posts_of(home)]

        maple.town.faults.set("down")
        try:
            w.poll_now()
            await settle(w)
            assert w.offline
            assert w.banner.text().startswith("You are offline; showing saved posts")
            assert w.banner.action.text() == "Try again"
            assert [p.id for p in posts_of(home)] == saved  # still readable
            assert not home.message.isVisible()  # said once, in the banner

            post = posts_of(home)[0]
            await w.toggle("favourite", post.id)
            assert not posts_of(home)[0].favourited
            assert "not answering" in w.banner.text()
            assert w.banner.has("offline")

            await write(w, "Written while offline")
            assert w.statusBar().currentMessage() == (
                "Your post is saved on this computer. It will be sent when you are online again."
            )
            await eventually(lambda: r.session.outbox.get(1) is not None)
            await eventually(lambda: (r.session.outbox.get(1).attempts or 0) >= 1)
            assert w.waiting_count() == 1
            assert "1 post waiting to be sent" in w.waiting_button.text()
        finally:
            maple.town.faults.clear()

        # Back online: the next look for posts says so, and the post goes out.
        w.banner.action.click()  # "Try again"
        await eventually(lambda: not w.offline)
        assert not w.banner.has("offline")
        await eventually(lambda: w.waiting_count() == 0)
        assert await ann_has_posted(maple, user_token, "Written while offline")


async def test_waiting_posts_open_from_the_status_bar(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        maple.town.faults.set("down")
        try:
            await write(w, "Waiting for the town")
            await eventually(lambda: w.compose is None)  # closed after Send
            w.waiting_button.click()
            assert w.compose.isVisible()
            assert w.compose.waiting_list.isVisible()
            assert w.compose.waiting_list.list.count() == 1
        finally:
            maple.town.faults.clear()
        w.compose.ask_on_close = lambda: "discard"
        w.compose.close()
        # The town is back: the post goes out (no attempt is cut short by closing).
        await eventually(lambda: w.waiting_count() == 0, 30)
        await settle(w)


async def test_a_replaced_damaged_database_is_told_in_the_banner(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    (profile_dir / "townsfolk.db").write_bytes(b"this is not a database" * 100)
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        assert r.session.notice is not None
        assert r.window.banner.has("storage")
        assert "damaged" in " ".join(r.window.banner.texts())
        await settle(r.window)

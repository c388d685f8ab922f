"""Notifications, profiles, conversations, hashtags and search in the main window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Account as RemoteAccount
from townsfolk.api.entities import Notification, Relationship, Status
from townsfolk.services.settings import Settings
from townsfolk.ui.main_window import MainWindow
from townsfolk.ui.notifications_view import describe_notification
from townsfolk.ui.profile_view import ProfileView
from townsfolk.ui.thread_view import ThreadView
from townsfolk.ui.timeline.model import ItemRole

from .test_main_window_support import (
    add_account,
    eventually,
    first,
    posts_of,
    running,
    settle,
    wait_rows,
)


def person(name: str, acct: str, **extra: Any) -> RemoteAccount:
    return RemoteAccount(
        id=acct, username=acct.split("@", maxsplit=1)[0], acct=acct, display_name=name, **extra
    )


def test_notifications_are_told_in_plain_words() -> None:
    ann = person("Ann", "ann")
    post = Status(id="1", account=person("Me", "me"), content="<p>Hello</p>")
    said = {
        kind: describe_notification(Notification(id="n", type=kind, account=ann, status=post))
        for kind in (
            "favourite",
            "reblog",
            "follow",
            "follow_request",
            "poll",
            "update",
            "mention",
        )
    }
    assert said == {
        "favourite": "Ann favourited your post",
        "reblog": "Ann boosted your post",
        "follow": "Ann started following you",
        "follow_request": "Ann asked to follow you",
        "poll": "A poll you voted in has ended",
        "update": "Ann edited a post you boosted",
        "mention": "Ann mentioned you",
    }


async def test_unread_count_mark_read_and_desktop_notification(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        w.isActiveWindow = lambda: False  # Townsfolk is in the background
        await settle(w)
        prepared = w.prepared
        assert prepared is not None
        unread = prepared.notifications.unread_count()
        assert unread > 0
        assert f"{unread} new" in w.navigation.text_of("notifications")
        assert r.recorded.desktop == []  # the first fill is not news

        w.show_place("notifications")
        view = w.notifications_view
        assert len(view.model.items) >= unread
        # In the background nothing on screen counts as seen.
        assert view.check_seen() == []
        assert prepared.notifications.unread_count() == unread
        # In front: what is on screen is read at once, the rest as it scrolls into view.
        w.isActiveWindow = lambda: True
        shown = view.check_seen()
        assert shown
        assert prepared.notifications.unread_count() == unread - len(shown)
        bar = view.list.verticalScrollBar()
        while prepared.notifications.unread_count():
            assert bar.value() < bar.maximum(), "every unread one can be scrolled to"
            bar.setValue(bar.value() + view.list.viewport().height() // 2)
            view.check_seen()
        assert w.navigation.text_of("notifications") == "Notifications"
        w.isActiveWindow = lambda: False
        rows = [
            w.notifications_view.model.data(w.notifications_view.model.index(n)) for n in range(3)
        ]
        assert all(rows)

        # Bob favourites one of Ann's posts: polling tells, the desktop too.
        w.show_place("home")
        async with MastodonClient(maple.base_url, access_token=user_token(maple.domain)) as ann:
            mine = await ann.post_status("Look at my new teapot")
        async with MastodonClient(
            maple.base_url, access_token=user_token(maple.domain, "bob")
        ) as bob:
            await bob.favourite(mine.id)
        await w.refresh_notifications()
        assert "1 new" in w.navigation.text_of("notifications")
        newest = w.notifications_view.model.items[0]
        assert describe_notification(newest.notification) == "Bob Baker favourited your post"
        assert r.recorded.desktop == [("Bob Baker favourited your post", "Look at my new teapot")]

        # With desktop notifications off, nothing pops up.
        w.apply_settings(Settings(desktop_notifications=False))
        async with MastodonClient(
            maple.base_url, access_token=user_token(maple.domain, "carmen")
        ) as carmen:
            await carmen.favourite(mine.id)
        await w.refresh_notifications()
        assert len(r.recorded.desktop) == 1
        assert "2 new" in w.navigation.text_of("notifications")

        # Opening a notification opens its post.
        w.show_place("notifications")
        w.notifications_view.list.activated_item.emit(w.notifications_view.model.items[0])
        assert isinstance(w.pages.currentWidget(), ThreadView)
        await settle(w)


async def test_profile_follow_and_their_posts(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        view = w.open_profile("hana")
        assert isinstance(view, ProfileView)
        await eventually(lambda: view.name.text() == "Hana Sato")
        await wait_rows(view.posts)
        # Her posts and her boosts.
        assert all(row.item.status.account.acct == "hana" for row in view.posts.model.rows)
        assert "@hana@maple.practice" in view.handle.text()
        assert w.title.text() == "@hana@maple.practice"

        was_following = view.following
        view.follow_button.click()
        if was_following:  # "Stop following Hana Sato?" is asked first: yes
            await eventually(lambda: w.findChild(QDialog, "unfollowDialog") is not None)
            w.findChild(QDialog, "unfollowDialog").accept()
        await settle(w)
        assert view.following is not was_following
        async with MastodonClient(maple.base_url, access_token=user_token(maple.domain)) as ann:
            [relation] = await ann.relationships([view.person.id])
        assert (relation.following or relation.requested) is view.following

        # Refused: the button goes back and the banner says why.
        before = view.following
        maple.town.faults.set("status", paths="/api/v1/accounts/*", code=500)
        try:
            view.follow_button.click()
            await settle(w)
        finally:
            maple.town.faults.clear()
        assert view.following is before
        assert "maple.practice" in w.banner.text()

        # One's own profile has no follow button.
        w.open_own_profile()
        own = w.pages.currentWidget()
        assert isinstance(own, ProfileView)
        await eventually(lambda: own.person is not None and own.own)
        assert not own.follow_button.isVisibleTo(own)
        await settle(w)


async def test_a_moved_person_points_to_their_new_profile(qtbot: Any) -> None:
    view = ProfileView(town="maple.practice")
    qtbot.addWidget(view)
    new = person("Ann", "ann@harbour.practice")
    view.set_person(
        person("Ann", "ann", moved=new, note="<p>I moved!</p>"),
        Relationship(id="ann", following=True),
    )
    assert view.moved.isVisibleTo(view)
    assert "@ann@harbour.practice" in view.moved_text.text()
    opened: list[str] = []
    view.open_moved.connect(opened.append)
    view.moved_button.click()
    assert opened == ["ann@harbour.practice"]
    assert view.follow_button.text() == "Following ✓"
    assert view.bio.text() == "I moved!"


async def test_conversation_hashtag_and_search(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        home = w.views["home"]
        await wait_rows(home)
        await settle(w)

        reply = first(posts_of(home), lambda p: bool(p.in_reply_to_id))
        thread = w.open_thread(reply.id)
        assert isinstance(thread, ThreadView)
        await settle(w)
        shown = posts_of(thread.posts)
        assert len(shown) >= 2
        assert reply.in_reply_to_id in [p.id for p in shown]
        current = thread.posts.list.currentIndex().data(ItemRole)
        assert current.item.status.id == reply.id
        w.go_back()

        tag = w.open_tag("#gardening")
        assert tag is not None
        await settle(w)
        assert posts_of(tag)
        assert all(any(t.name.casefold() == "gardening" for t in p.tags) for p in posts_of(tag))

        w.show_place("search")
        assert w.title.text() == "Search"
        w.search_view.field.setText("bob")
        w.search_view.button.click()
        await settle(w)
        people = [w.search_view.people.item(n).text() for n in range(w.search_view.people.count())]
        assert any("Bob Baker" in p for p in people)
        w.search_view.people.itemClicked.emit(w.search_view.people.item(0))
        assert isinstance(w.pages.currentWidget(), ProfileView)
        await settle(w)
        w.go_back()

        w.search_view.field.setText("#garden")
        w.search_view.button.click()
        await settle(w)
        assert w.search_view.tags.count() > 0

        # A post's link opens the post.
        w.search_view.field.setText(reply.url)
        w.search_view.button.click()
        await settle(w)
        assert isinstance(w.pages.currentWidget(), ThreadView)
        assert w.pages.currentWidget().post_id == reply.id


async def test_without_an_account_the_window_offers_to_add_one(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, []) as r:
        w: MainWindow = r.window
        assert w.root.currentWidget() is w.empty_state
        asked: list[bool] = []
        w.add_account_requested.connect(lambda: asked.append(True))
        w.empty_state.add_button.click()
        assert asked == [True]
        assert not w.write_action.isEnabled()

        # What the wizard does once it has added an account.
        account = await add_account(r.session, maple, user_token(maple.domain))
        await w.add_account(account.local_id)
        assert w.root.currentWidget() is w.main_page
        assert w.account is not None
        assert w.account.local_id == account.local_id
        assert w.write_action.isEnabled()
        await wait_rows(w.views["home"])
        await settle(w)


async def test_a_picture_opens_at_full_size(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        w.show_place("local")
        local = w.views["local"]
        await wait_rows(local)
        with_picture = first(posts_of(local), lambda p: bool(p.media_attachments))
        media = with_picture.media_attachments[0]
        local.open_media.emit(with_picture.id, 0, media.url or "", media.description or "")
        await settle(w)
        viewer = w.media_viewer
        assert viewer.isVisible()
        assert viewer._pixmap is not None
        assert not viewer._pixmap.isNull()
        assert viewer.description.text()
        viewer.close()

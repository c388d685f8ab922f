"""The notifications page as people expect it (issue 11): grouped rows with a plural sentence,
an icon per kind with its name, the people's avatars, custom emoji pictures in names, read
state that follows what was on screen (and the town's marker), and clicks and keys that open
the right thing. Against a real practice town; screenshots light and dark."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Account, CustomEmoji, Notification, Status
from townsfolk.cache import Database
from townsfolk.services.notifications import (
    REQUEST_PREFIX,
    NotificationItem,
    Notifications,
    group_items,
)
from townsfolk.ui.notification_icons import KINDS
from townsfolk.ui.notifications_model import NotificationsModel, Row
from townsfolk.ui.notifications_text import describe_group, icon_kind, kind_name, sentence_html
from townsfolk.ui.notifications_view import NotificationsView
from townsfolk.ui.safe_text import SafeTextDocument
from townsfolk.ui.style import apply_color_scheme

from ..services.notification_news import make_news
from .shots import shot
from .test_main_window_support import eventually, running, settle

FSI, PDI = "\u2068", "\u2069"


def _rows(view: NotificationsView) -> list[Row]:
    return view.model.rows


def _row_of_kind(view: NotificationsView, kind: str) -> int:
    return next(n for n, r in enumerate(_rows(view)) if r.person is None and r.group.kind == kind)


@contextlib.asynccontextmanager
async def _service(maple: Any, user_token: Any, profile_dir: Path) -> AsyncIterator[Notifications]:
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


# ------------------------------------------------------------------ in the window, for real


async def test_grouped_rows_with_avatars_emoji_pictures_and_screenshots(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any, practice: Any
) -> None:
    make_news(practice.world)
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        w.resize(1366, 768)
        await settle(w)
        w.show_place("notifications")
        view = w.notifications_view
        await eventually(lambda: any(r.group.kind == "favourite" for r in _rows(view)))

        # One row for the four favourites, newest first, with a plural sentence.
        row = _rows(view)[_row_of_kind(view, "favourite")]
        assert [a.display_name for a in row.group.accounts] == [
            "Jonas Berg",
            "Dev Patel",
            "Carmen Ruiz",
            "Bob :teacup: Baker",
        ]
        assert describe_group(row.group) == "Jonas Berg and 3 others favourited your post"
        boosts = _rows(view)[_row_of_kind(view, "reblog")]
        assert describe_group(boosts.group) == "Fatima Noor and Eli Brooks boosted your post"
        follows = _rows(view)[_row_of_kind(view, "follow")]
        assert describe_group(follows.group).startswith("Kiri Walker and ")
        assert describe_group(follows.group).endswith(" others followed you")
        kinds = {r.group.kind for r in _rows(view)}
        assert {"poll", "update", "follow_request", "mention"} <= kinds
        # Each notification is in one row only; the flat list has them all.
        assert sum(len(r.group.items) for r in _rows(view)) == len(view.model.items)

        # Avatars: the delegate asked for every person's picture on screen, and they came.
        view.list.viewport().grab()
        wanted = {a.avatar_static or a.avatar for a in row.group.accounts}
        await eventually(lambda: wanted <= {k[0] for k in w.images._images})

        # Bob's :teacup: is a picture in his name once it is here (only then).
        favourites = _row_of_kind(view, "favourite")
        assert view.toggle(favourites, True)
        bob_row = next(
            r for r in _rows(view) if r.person is not None and r.person.username == "bob"
        )
        teacup = bob_row.person.emojis[0].static_url
        view.list.viewport().grab()
        await eventually(lambda: w.images.has_emoji(teacup))
        view.list.viewport().grab()
        docs = view.delegate._docs.values()
        with_picture = [d for d in docs if "<img" in d.toHtml()]
        assert with_picture, "a name with its emoji picture was painted"
        for doc in view.delegate._docs.values():
            assert isinstance(doc, SafeTextDocument)
            assert doc.refused == []
            assert all(s.startswith("data:image/") for s in doc.requested)
        assert any("Bob" in d.toPlainText() for d in with_picture)
        assert ":teacup:" not in " ".join(d.toPlainText() for d in with_picture)

        spoken = view.model.data(view.model.index(favourites))
        assert not spoken.endswith("Press Space to see who.")  # it is open
        assert view.model.data(view.model.index(_row_of_kind(view, "reblog"))).endswith(
            "Press Space to see who."
        )
        request = _row_of_kind(view, "follow_request")
        view.list.scrollTo(view.model.index(request), view.list.ScrollHint.PositionAtTop)
        shot(w, "notifications-1366x768-requests.png")
        view.list.scrollToTop()
        shot(w, "notifications-1366x768-light.png")
        apply_color_scheme(QApplication.instance(), "dark")  # type: ignore[arg-type]
        try:
            await eventually(
                lambda: view.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5
            )
            shot(w, "notifications-1366x768-dark.png")
        finally:
            apply_color_scheme(QApplication.instance(), "system")  # type: ignore[arg-type]


async def test_read_state_follows_the_screen_and_the_town_agrees(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any, practice: Any
) -> None:
    make_news(practice.world)
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        view = w.notifications_view
        active = [False]
        view.window_active = lambda: active[0]
        await settle(w)
        prepared = w.prepared
        assert prepared is not None
        unread = prepared.notifications.unread_count()
        assert f"{unread} new" in w.navigation.text_of("notifications")
        w.show_place("notifications")
        await eventually(lambda: view.model.rowCount() > 0)
        top = view.model.row_at(0)
        assert top is not None
        assert view.model.is_new(top)  # looks new
        assert view.model.data(view.model.index(0)).startswith("New: ")
        # Not in front: nothing counts as seen.
        assert view.check_seen() == []
        assert prepared.notifications.unread_count() == unread

        # In front: what is on screen is read, the sidebar says how many are left, and the
        # rows still look new until the person leaves the page.
        active[0] = True
        seen = view.check_seen()
        assert seen
        left = prepared.notifications.unread_count()
        assert left == unread - len(seen)
        assert w.navigation.text_of("notifications").endswith(f"{left} new")
        assert view.model.is_new(top)
        assert prepared.notifications.read_marker() is None  # older ones were not seen

        # Scrolled to the end: all seen, the marker reaches the town.
        bar = view.list.verticalScrollBar()
        while prepared.notifications.unread_count():
            assert bar.value() < bar.maximum()
            bar.setValue(bar.value() + view.list.viewport().height() // 2)
            view.check_seen()
        assert w.navigation.text_of("notifications") == "Notifications"
        newest = next(i.id for i in view.model.items if not i.id.startswith(REQUEST_PREFIX))
        town = practice.world.town("maple.practice")
        ann = practice.world.handles[("maple.practice", "ann")]
        await eventually(
            lambda: (
                getattr(town.markers.get(ann, {}).get("notifications"), "last_read_id", "")
                == newest
            )
        )
        w.show_place("home")
        assert not view.model.is_new(view.model.row_at(0))  # left the page: looks read


# ------------------------------------------------------------------ clicks and keys


async def test_click_and_enter_open_the_right_thing(
    qtbot: Any, maple: Any, user_token: Any, profile_dir: Path, practice: Any
) -> None:
    news = make_news(practice.world, emoji_name=False)
    async with _service(maple, user_token, profile_dir) as service:
        await service.refresh()
        view = NotificationsView()
        qtbot.addWidget(view)
        view.resize(700, 900)
        view.set_items(service.saved())
        view.show()
        threads: list[str] = []
        profiles: list[str] = []
        view.open_thread.connect(threads.append)
        view.open_profile.connect(profiles.append)
        post_id = next(
            r.item.notification.status.id
            for r in _rows(view)
            if r.group.kind == "favourite" and r.item.notification.status is not None
        )
        assert post_id

        # Keyboard: arrows move, Enter opens the post of the favourites.
        favourites = _row_of_kind(view, "favourite")
        view.list.setFocus()
        view.list.setCurrentIndex(view.model.index(favourites - 1))
        qtbot.keyClick(view.list, Qt.Key.Key_Down)
        assert view.list.currentIndex().row() == favourites
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
        assert threads == [post_id]

        # Space (or Right) shows who; Enter on a person opens their profile; Left hides them.
        qtbot.keyClick(view.list, Qt.Key.Key_Space)
        people = [r for r in _rows(view) if r.person is not None]
        assert [p.person.display_name for p in people] == [
            "Jonas Berg",
            "Dev Patel",
            "Carmen Ruiz",
            "Bob Baker",
        ]
        assert view.model.data(view.model.index(favourites + 1)).startswith("Jonas Berg @jonas@")
        qtbot.keyClick(view.list, Qt.Key.Key_Down)
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
        assert profiles == [people[0].person.acct]
        qtbot.keyClick(view.list, Qt.Key.Key_Left)
        assert not [r for r in _rows(view) if r.person is not None]
        assert view.list.currentIndex().row() == favourites

        # Mouse: the sentence opens the post, the avatars show who.
        def click(row: int, where: str) -> None:
            rect = view.list.visualRect(view.model.index(row))
            entry = view.model.row_at(row)
            assert entry is not None
            lay = view.delegate.layout(rect.width(), entry)
            part = lay.strip if where == "avatars" else lay.sentence
            qtbot.mouseClick(
                view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + part.center()
            )

        view.list.scrollTo(view.model.index(favourites))
        click(favourites, "sentence")
        assert threads == [post_id, post_id]
        click(favourites, "avatars")
        assert view.model.is_expanded(favourites)
        click(favourites, "avatars")
        assert not view.model.is_expanded(favourites)

        # A group of new followers has nothing else to open: Enter shows who.
        follows = _row_of_kind(view, "follow")
        view.list.setCurrentIndex(view.model.index(follows))
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
        assert view.model.is_expanded(follows)
        # The edit of a post Ann boosted opens that post.
        update = _row_of_kind(view, "update")
        view.list.setCurrentIndex(view.model.index(update))
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
        edited = _rows(view)[update].item.notification.status
        assert edited is not None
        assert threads[-1] == edited.id
        assert news.edited_post_key  # made by the world, not by hand


# ------------------------------------------------------------------ without a town


def _person(name: str, username: str, emojis: list[CustomEmoji] | None = None) -> Account:
    return Account(
        id=username,
        username=username,
        acct=f"{username}@elsewhere.example",
        display_name=name,
        emojis=emojis or [],
    )


def _note(nid: str, kind: str, who: Account, reply: bool = False) -> NotificationItem:
    post = Status(
        id="p1",
        account=_person("Me", "me"),
        content="<p>Hello</p>",
        in_reply_to_id="p0" if reply else None,
    )
    status = None if kind in ("follow", "follow_request", "admin.sign_up") else post
    return NotificationItem(
        Notification(
            id=nid, type=kind, created_at="2026-12-04T10:00:00Z", account=who, status=status
        ),
        read=False,
    )


def test_plural_sentences_for_two_three_and_many() -> None:
    people = [_person(n, n.lower()) for n in ("Ann", "Bob", "Cy", "Dee")]
    for kind, two, many in (
        ("favourite", "Ann and Bob favourited your post", "Ann and 3 others favourited your post"),
        ("reblog", "Ann and Bob boosted your post", "Ann and 3 others boosted your post"),
        ("follow", "Ann and Bob followed you", "Ann and 3 others followed you"),
    ):
        items = [_note(str(9 - n), kind, p) for n, p in enumerate(people)]
        assert describe_group(group_items(items[:1])[0]).startswith("Ann ")
        assert describe_group(group_items(items[:2])[0]) == two
        assert describe_group(group_items(items[:3])[0]) == many.replace("3", "2")
        assert describe_group(group_items(items)[0]) == many


def test_icons_per_kind_have_accessible_names(qtbot: Any) -> None:
    ann = _person("Ann", "ann")
    model = NotificationsModel()
    kinds = [k for k in KINDS if k != "reply"]
    model.set_items(
        [_note(str(100 - n), kind, ann) for n, kind in enumerate(kinds)]
        + [_note("1", "mention", ann, reply=True)]
    )
    names: dict[str, str] = {}
    pictures: dict[str, bytes] = {}
    for row in range(model.rowCount()):
        index = model.index(row)
        entry = model.row_at(row)
        assert entry is not None
        name = index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        image = icon.pixmap(QSize(24, 24)).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        assert not image.isNull()
        assert any(
            image.pixelColor(QPoint(x, y)).alpha() > 0 for x in range(24) for y in range(24)
        ), f"{entry.group.kind}: the icon is drawn"
        kind = icon_kind(entry.item.notification)
        names[kind] = name
        pictures[kind] = bytes(image.constBits())
    assert names == {k: kind_name(k) for k in KINDS}
    assert names["favourite"] == "Favourite"
    assert names["reblog"] == "Boost"
    assert names["reply"] == "Reply"
    assert names["poll"] == "Poll ended"
    assert len(set(names.values())) == len(KINDS)
    # Every kind has its own picture (admin sign-ups share the follow's shape, not colour).
    assert len(set(pictures.values())) == len(KINDS)


def test_a_hostile_display_name_in_a_group_sentence_stays_plain_text(qtbot: Any) -> None:
    eve = _person('Eve <img src="/dev/zero"> \u202eevil', "eve")
    bob = _person(
        "Bob <b>bold</b> :teacup:", "bob", [CustomEmoji("teacup", "file:///etc/hostname")]
    )
    items = [_note("3", "favourite", eve), _note("2", "favourite", bob)]
    group = group_items(items)[0]
    said = describe_group(group)
    eve_said = f'{FSI}Eve <img src="/dev/zero"> evil{PDI}'
    assert said == f"{eve_said} and Bob <b>bold</b> :teacup: favourited your post"
    # The rich version: escaped text, and no picture but one the app saved itself (a data
    # URI from its picture store): a town's file: address stays words.
    html = sentence_html(group, lambda e: e.url, 16)
    assert "<img" not in html
    assert "&lt;img src=" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    view = NotificationsView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.set_items(items)
    view.show()
    view.grab()
    docs = list(view.delegate._docs.values())
    assert docs
    for doc in docs:
        assert isinstance(doc, SafeTextDocument)
        assert doc.requested == []
    text = " ".join(d.toPlainText() for d in docs)
    assert '<img src="/dev/zero">' in text
    assert "<b>bold</b> :teacup:" in text
    assert "\u202e" not in text

"""ui.timeline against practice towns on loopback: what a post shows, clicks, keys, restart.

Set TOWNSFOLK_SCREENSHOTS=docs/screenshots to also write docs/screenshots/timeline-*.png.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pytest
import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QImage, QPainter
from PySide6.QtWidgets import QApplication, QPushButton, QStyleOptionViewItem, QWidget

from tests.services.test_outbox_support import eventually
from tests.services.test_timelines_support import Reader
from townsfolk.api.client import MastodonClient, NewPoll
from townsfolk.api.entities import Status
from townsfolk.services.timelines import OFFLINE_MESSAGE, TimelineItem
from townsfolk.ui.timeline import ImageStore, PostDelegate, TimelineView
from townsfolk.ui.timeline.delegate import PostLayout
from townsfolk.ui.timeline.model import FIRST_ROWS, PostIdRole, Row, relative_time


def screenshot(widget: Any, name: str) -> None:
    folder = os.environ.get("TOWNSFOLK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"timeline-{name}.png"))


@pytest.fixture
async def reader(maple: Any, user_token: Any, tmp_path: Path) -> Any:
    r = Reader(maple, user_token(maple.domain, "ann"), tmp_path / "cache.db")
    yield r
    await r.close()


@pytest.fixture
def make_view(qtbot: Any) -> Callable[..., TimelineView]:
    views: list[TimelineView] = []

    def make(width: int = 520, height: int = 900) -> TimelineView:
        view = TimelineView(town="maple.practice")
        qtbot.addWidget(view)
        view.resize(width, height)
        view.show()
        views.append(view)
        return view

    yield make
    for view in views:
        view.close_timeline()


async def seeded_statuses(client: MastodonClient) -> list[Status]:
    """Many seeded posts of every kind (home has boosts and replies; local the rest)."""
    out: list[Status] = []
    for fetch in (client.home_timeline, client.public_timeline):
        cursor = None
        for _ in range(15):
            page = await fetch(cursor=cursor, limit=40)
            out.extend(page.items)
            if page.next is None:
                break
            cursor = page.next
    return out


def item(status: Status) -> TimelineItem:
    return TimelineItem(status.id, status.id.rjust(24, "0"), status)


def show_one(view: TimelineView, status: Status) -> tuple[Row, PostLayout, QRect]:
    view.model.set_items([item(status)])
    row = view.model.rows[0]
    layout = view.delegate.layout_for(row, view.delegate.width)
    return row, layout, view.list.visualRect(view.model.index(0))


def find_point(view: TimelineView, row: Row, rect: QRect, want: Callable[[Any], bool]) -> QPoint:
    """A point inside the row where the delegate's hit test gives what `want` accepts."""
    for y in range(0, rect.height(), 3):
        for x in range(0, rect.width(), 4):
            found = view.delegate.hit(row, QPoint(x, y))
            if found is not None and want(found):
                return rect.topLeft() + QPoint(x, y)
    raise AssertionError("nothing clickable of that kind in the row")


def click(qtbot: Any, view: TimelineView, point: QPoint) -> None:
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=point)


def first(statuses: list[Status], test: Callable[[Status], bool]) -> Status:
    found = next((s for s in statuses if test(s)), None)
    if found is None:
        raise AssertionError("the practice town has no such post among those read")
    return found


def real(s: Status) -> Status:
    return s.reblog or s


def open_(s: Status) -> bool:
    """No content warning in front of it."""
    return not real(s).spoiler_text


async def test_every_post_element_shows(
    reader: Reader, make_view: Any, qtbot: Any, maple: Any, user_token: Any
) -> None:
    statuses = await seeded_statuses(reader.client)
    view = make_view()
    delegate = view.delegate

    boost = first(statuses, lambda s: s.reblog is not None)
    row, layout, _ = show_one(view, boost)
    assert layout.context is not None
    a11y = view.model.data(view.model.index(0), Qt.ItemDataRole.AccessibleTextRole)
    assert f"{boost.account.name} boosted" in a11y
    assert boost.reblog is not None
    assert boost.reblog.account.name in a11y
    assert relative_time(boost.reblog.created) in a11y
    assert "favourites" in a11y

    reply = first(statuses, lambda s: s.reblog is None and bool(s.in_reply_to_id))
    _, layout, _ = show_one(view, reply)
    assert layout.context is not None
    assert delegate._replying_to(reply).startswith(("Replying to", "Continuing"))

    cw = first(statuses, lambda s: bool(real(s).spoiler_text))
    row, layout, rect = show_one(view, cw)
    assert layout.cw_button is not None
    assert layout.body is None  # hidden until asked
    height_closed = layout.height
    click(qtbot, view, rect.topLeft() + layout.cw_button.center())
    row, layout, rect = show_one(view, cw)
    assert layout.body is not None
    assert layout.height > height_closed
    assert "Show more" not in view.model.accessible_text(row.item)

    edited = first(statuses, lambda s: bool(real(s).edited_at))
    assert "edited" in view.model.accessible_text(item(edited))

    card = first(
        statuses, lambda s: open_(s) and real(s).card is not None and not real(s).media_attachments
    )
    row, layout, rect = show_one(view, card)
    assert layout.card is not None
    with qtbot.waitSignal(view.open_link) as got:
        click(qtbot, view, rect.topLeft() + layout.card.center())
    assert got.args == [real(card).card.url]  # type: ignore[union-attr]

    async with MastodonClient(maple.base_url, access_token=user_token(maple.domain, "bob")) as bob:
        asked = await bob.post_status(
            "Which day for the market?", poll=NewPoll(["Saturday", "Sunday", "Monday"])
        )
    poll = await reader.client.get_status(asked.id)  # as Ann sees it: not voted yet
    row, layout, rect = show_one(view, poll)
    assert len(layout.poll) == len(real(poll).poll.options)  # type: ignore[union-attr]
    with qtbot.waitSignal(view.vote) as got:
        click(qtbot, view, rect.topLeft() + layout.poll[1].center())
    assert got.args == [real(poll).id, real(poll).poll.id, [1]]  # type: ignore[union-attr]

    media = first(
        statuses, lambda s: open_(s) and bool(real(s).media_attachments) and not real(s).sensitive
    )
    row, layout, rect = show_one(view, media)
    assert len(layout.media) == min(4, len(real(media).media_attachments))
    with qtbot.waitSignal(view.open_media) as got:
        click(qtbot, view, rect.topLeft() + layout.media[0].center())
    first_media = real(media).media_attachments[0]
    assert got.args == [real(media).id, 0, first_media.url, first_media.description or ""]

    # A video plays in the web browser (the picture window cannot play it).
    video = msgspec.structs.replace(
        real(media),
        media_attachments=[
            msgspec.structs.replace(first_media, type="video", url="https://town.example/clip.mp4"),
        ],
    )
    row, layout, rect = show_one(view, video)
    with qtbot.assertNotEmitted(view.open_media), qtbot.waitSignal(view.open_link) as got:
        click(qtbot, view, rect.topLeft() + layout.media[0].center())
    assert got.args == ["https://town.example/clip.mp4"]

    sensitive = first(
        statuses, lambda s: open_(s) and bool(real(s).media_attachments) and real(s).sensitive
    )
    row, layout, rect = show_one(view, sensitive)
    with qtbot.assertNotEmitted(view.open_media):
        click(qtbot, view, rect.topLeft() + layout.media[0].center())  # first click reveals
    assert real(sensitive).id in view.model.revealed
    with qtbot.waitSignal(view.open_media):
        click(qtbot, view, rect.topLeft() + layout.media[0].center())
    view.model.revealed.clear()
    delegate.show_sensitive = True  # the setting: show without asking
    with qtbot.waitSignal(view.open_media):
        click(qtbot, view, rect.topLeft() + layout.media[0].center())
    delegate.show_sensitive = False

    emoji = first(statuses, lambda s: bool(real(s).emojis))
    assert ":" + real(emoji).emojis[0].shortcode + ":" in real(emoji).content
    view.images.put_emoji(real(emoji).emojis[0].static_url, _png_bytes())
    doc = delegate.document(real(emoji), 300)
    assert "<img" in doc.toHtml()


def _png_bytes() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.red)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


async def test_clicks_on_mentions_tags_and_links(
    reader: Reader, make_view: Any, qtbot: Any
) -> None:
    posted = await reader.client.post_status(
        "Hello @bob, see #gardening and https://example.org/a/page for more."
    )
    view = make_view()
    row, _, rect = show_one(view, posted)

    def is_link(prefix: str) -> Callable[[Any], bool]:
        return lambda hit: hit[0] == "link" and str(hit[1]).startswith(prefix)

    with qtbot.waitSignal(view.open_profile) as got:
        click(qtbot, view, find_point(view, row, rect, is_link("townsfolk:profile")))
    assert got.args == ["bob"]
    with qtbot.waitSignal(view.open_tag) as got:
        click(qtbot, view, find_point(view, row, rect, is_link("townsfolk:tag")))
    assert got.args == ["gardening"]
    with qtbot.waitSignal(view.open_link) as got:
        click(qtbot, view, find_point(view, row, rect, is_link("https://")))
    assert got.args == ["https://example.org/a/page"]
    with qtbot.waitSignal(view.open_profile) as got:
        click(qtbot, view, find_point(view, row, rect, lambda hit: hit[0] == "profile"))
    assert got.args == ["ann@maple.practice"]
    for action in ("reply", "boost", "favourite", "bookmark", "more"):
        with qtbot.waitSignal(getattr(view, action)) as got:
            click(
                qtbot, view, find_point(view, row, rect, lambda hit, a=action: hit == ("action", a))
            )
        assert got.args == [posted.id]


async def test_keyboard(reader: Reader, make_view: Any, qtbot: Any) -> None:
    tl, _ = reader.timeline("local")
    view = make_view()
    await view.start(tl)
    assert view.model.rowCount() > 3
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(0))
    qtbot.keyClick(view.list, Qt.Key.Key_Down)
    assert view.list.currentIndex().row() == 1
    current = view.model.rows[1].item.status
    with qtbot.waitSignal(view.open_thread) as got:
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert got.args == [real(current).id]
    for key, signal in (
        (Qt.Key.Key_F, view.favourite),
        (Qt.Key.Key_B, view.boost),
        (Qt.Key.Key_R, view.reply),
        (Qt.Key.Key_D, view.bookmark),
    ):
        with qtbot.waitSignal(signal) as got:
            qtbot.keyClick(view.list, key)
        assert got.args == [real(current).id]
    action = real(current)
    favourited = msgspec.structs.replace(action, favourited=True, favourites_count=9)
    view.model.update_status(favourited)
    assert "9 favourites" in view.model.data(
        view.model.index(1), Qt.ItemDataRole.AccessibleTextRole
    )


async def test_restart_shows_cached_posts_before_the_network_then_offline_message(
    maple: Any, user_token: Any, tmp_path: Path, make_view: Any, qtbot: Any
) -> None:
    token = user_token(maple.domain, "ann")
    first_run = Reader(maple, token, tmp_path / "c.db")
    tl, _ = first_run.timeline("home")
    view = make_view()
    await view.start(tl)
    shown = [r.key for r in view.model.rows]
    assert shown
    view.close_timeline()
    await first_run.close()

    maple.town.faults.set("down")
    second = Reader(maple, token, tmp_path / "c.db")
    try:
        tl2, _ = second.timeline("home")
        view2 = make_view()
        view2.attach(tl2)  # no network yet: the first cached posts are there at once
        first_keys = [r.key for r in view2.model.rows]
        assert len(first_keys) >= min(len(shown), FIRST_ROWS)
        assert first_keys == shown[: len(first_keys)]
        await eventually(lambda: not view2.model.loading)  # the rest, still without network
        assert [r.key for r in view2.model.rows] == shown
        assert view2.list.isVisible()
        await view2.refresh()
        assert view2.message.isVisible()
        assert view2.message.text() == OFFLINE_MESSAGE
        assert [r.key for r in view2.model.rows] == shown
        screenshot(view2, "offline")
    finally:
        view2.close_timeline()
        await second.close()


async def test_new_posts_button_and_gap_row(
    reader: Reader, make_view: Any, qtbot: Any, maple: Any, user_token: Any
) -> None:
    bob = MastodonClient(maple.base_url, access_token=user_token(maple.domain, "bob"))
    try:
        tl, _ = reader.timeline("local", page_size=5)
        view = make_view()
        await view.start(tl)
        top = view.model.rows[0].key
        posts = [await bob.post_status(f"Gap {n}") for n in range(8)]
        await view.refresh()
        assert view.new_posts.isVisible()
        assert view.new_posts.text().endswith("5 new posts")
        assert view.model.rows[0].key == top  # nothing moved
        screenshot(view, "new-posts")
        qtbot.mouseClick(view.new_posts, Qt.MouseButton.LeftButton)
        assert not view.new_posts.isVisible()
        keys = [r.key for r in view.model.rows]
        assert keys[:5] == [p.id for p in reversed(posts[-5:])]
        assert keys[5] == "gap:" + posts[3].id  # where posts are missing
        view.list.scrollToTop()
        view._fill_visible_gaps()  # the gap row is on screen: it fills itself
        await eventually(lambda: not view.model.rows[5].key.startswith("gap:"))
        keys = [r.key for r in view.model.rows]
        assert keys[:9] == [p.id for p in reversed(posts)] + [top]
        assert not any(k.startswith("gap:") for k in keys[:9])
    finally:
        await bob.aclose()


async def test_reading_position_survives_restart(
    maple: Any, user_token: Any, tmp_path: Path, make_view: Any, qtbot: Any
) -> None:
    token = user_token(maple.domain, "ann")
    run1 = Reader(maple, token, tmp_path / "c.db")
    tl, _ = run1.timeline("local", page_size=40)
    view = make_view(height=500)
    await view.start(tl)
    view.list.scrollTo(view.model.index(12), view.list.ScrollHint.PositionAtTop)
    top = view.top_post()
    assert top is not None
    assert top[0] == view.model.rows[12].key
    view.close_timeline()
    await run1.close()
    run2 = Reader(maple, token, tmp_path / "c.db")
    try:
        tl2, _ = run2.timeline("local")
        view2 = make_view(height=500)
        view2.attach(tl2)
        assert view2.top_post() == top
    finally:
        view2.close_timeline()
        await run2.close()


def hostile_status(content: str) -> Status:
    return msgspec.convert(
        {
            "id": "999",
            "created_at": "2024-05-01T12:00:00Z",
            "content": content,
            "account": {
                "id": "1",
                "username": "mallory",
                "acct": "mallory@evil.example",
                "display_name": "M" * 500,
            },
        },
        Status,
    )


@pytest.mark.parametrize(
    "content",
    [
        "<p>" + "word " * 220_000 + "</p>",  # about 1 MB
        "<p>" + "x" * 1_000_000 + "</p>",  # one unbreakable 1 MB word
        "<div>" * 5000 + "deep" + "</div>" * 5000,
        '<p style="font-size:900px">big</p><img src="http://evil/x.png" width=99999>'
        "<table width=99999><tr><td>wide</td></tr></table><script>alert(1)</script>",
    ],
)
def test_huge_or_hostile_posts_keep_the_layout(qtbot: Any, content: str) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(480, 800)
    view.show()
    row, layout, _rect = show_one(view, hostile_status(content))
    width = view.delegate.width
    assert layout.body is not None
    assert layout.body.right() <= width
    assert all(r.right() <= width for _, r in layout.actions[:3])
    assert 0 < layout.height < 2_000_000
    doc = view.delegate.document(row.item.status, layout.body.width())
    assert "<script" not in doc.toHtml()
    assert "evil" not in doc.toHtml()
    image = QImage(width, 600, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, width, layout.height)
    option.palette = QApplication.palette()
    view.delegate.paint(painter, option, view.model.index(0))
    painter.end()


async def test_screenshots_of_practice_posts(reader: Reader, make_view: Any, qtbot: Any) -> None:
    statuses = await seeded_statuses(reader.client)
    wanted = [
        first(statuses, lambda s: s.reblog is not None),
        first(statuses, lambda s: s.reblog is None and bool(s.in_reply_to_id)),
        first(
            statuses,
            lambda s: open_(s) and real(s).card is not None and not real(s).media_attachments,
        ),
        first(statuses, lambda s: bool(real(s).spoiler_text)),
        first(
            statuses,
            lambda s: open_(s) and bool(real(s).media_attachments) and not real(s).sensitive,
        ),
        first(
            statuses, lambda s: open_(s) and bool(real(s).media_attachments) and real(s).sensitive
        ),
        first(statuses, lambda s: open_(s) and real(s).poll is not None),
    ]
    view = make_view(520, 1400)
    view.model.set_items([item(s) for s in wanted])
    assert view.model.rowCount() == len(wanted)
    screenshot(view, "kinds")
    tl, _ = reader.timeline("home")
    home = make_view(520, 900)
    await home.start(tl)
    assert home.model.rowCount() > 0
    screenshot(home, "home")


# ---------------------------------------------------------------- pictures, deletions, caches


class GatedLoader:
    """A media loader whose answers wait until `release` is set (pictures still loading)."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.asked: list[str] = []

    async def fetch(self, url: str) -> bytes | None:
        self.asked.append(url)
        await self.release.wait()
        return _png_bytes()


async def test_home_end_and_tab_in_the_post_list(make_view: Any, qtbot: Any) -> None:
    """The list is a one-column table (row heights kept by Qt): Home and End still go to
    the first and last post, not to the first and last column, and Tab leaves the list."""
    view = make_view(520, 600)
    statuses = [made_status(n, media_attachments=[]) for n in range(30)]
    view.model.set_items([item(s) for s in statuses])
    await eventually(lambda: not view.model.loading)
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(5))
    qtbot.keyClick(view.list, Qt.Key.Key_End)
    assert view.list.currentIndex().row() == 29
    qtbot.keyClick(view.list, Qt.Key.Key_Up)
    assert view.list.currentIndex().row() == 28
    qtbot.keyClick(view.list, Qt.Key.Key_Home)
    assert view.list.currentIndex().row() == 0
    button = QPushButton("after the list", view)
    button.show()
    qtbot.keyClick(view.list, Qt.Key.Key_Tab)
    assert view.list.currentIndex().row() == 0  # Tab did not move along the row
    assert not view.list.hasFocus()


async def test_a_screen_reader_hears_posts_not_header_numbers(make_view: Any) -> None:
    view = make_view(520, 600)
    view.model.set_items([item(made_status(n, media_attachments=[])) for n in range(3)])
    await eventually(lambda: not view.model.loading)
    face = QAccessible.queryAccessibleInterface(view.list)
    assert face.text(QAccessible.Text.Name) == "Posts"
    names = [face.child(n).text(QAccessible.Text.Name) for n in range(face.childCount())]
    posts = [name for name in names if name.strip()]
    assert len(posts) == 3
    assert all(name.startswith("Person ") and "Post number" in name for name in posts)


async def test_row_heights_follow_the_width(make_view: Any, qtbot: Any) -> None:
    """Each row's height is the delegate's measure at the list's width, after a resize too."""
    view = make_view(700, 600)
    long = "<p>" + "A sentence that wraps when the window is narrow. " * 6 + "</p>"
    statuses = [made_status(n, media_attachments=[], content=long) for n in range(12)]
    view.model.set_items([item(s) for s in statuses])
    await eventually(lambda: not view.model.loading)

    def heights() -> list[int]:
        return [view.list.visualRect(view.model.index(n)).height() for n in range(12)]

    def measured() -> list[int]:
        return [view.delegate.measure(r) for r in view.model.rows]

    wide = heights()
    assert wide == measured()
    view.resize(360, 600)
    await eventually(lambda: view.delegate.width < 400 and heights() == measured())
    assert all(n > w for n, w in zip(heights(), wide, strict=True))


def made_status(n: int, **extra: Any) -> Status:
    data: dict[str, Any] = {
        "id": str(1000 + n),
        "created_at": "2024-05-01T12:00:00Z",
        "content": f"<p>Post number {n} :leaf:</p>",
        "account": {
            "id": str(n % 7),
            "username": f"person{n % 7}",
            "acct": f"person{n % 7}",
            "display_name": f"Person {n % 7}",
            "avatar": f"https://pictures.example/avatar{n % 7}.png",
        },
        "emojis": [
            {
                "shortcode": "leaf",
                "url": "https://pictures.example/leaf.png",
                "static_url": "https://pictures.example/leaf.png",
            }
        ],
        "media_attachments": [
            {
                "id": f"m{n}",
                "type": "image",
                "url": f"https://pictures.example/big{n}.png",
                "preview_url": f"https://pictures.example/small{n}.png",
                "description": "A garden",
            }
        ],
    }
    data.update(extra)
    return msgspec.convert(data, Status)


async def test_closing_a_view_while_its_pictures_load(qtbot: Any) -> None:
    """The main window's picture store is shared and lives on; a view closed while its
    pictures load must not be called when they arrive (pytest-qt fails the test on any
    exception raised inside a Qt slot, e.g. "C++ object already deleted")."""
    loader = GatedLoader()
    store = ImageStore(loader)  # type: ignore[arg-type]
    window = QWidget()  # (deleting a shown top-level window would quit the app)
    qtbot.addWidget(window)
    window.resize(1040, 900)
    staying = TimelineView(town="maple.practice", images=store, parent=window)
    view = TimelineView(town="maple.practice", images=store, parent=window)
    view.setGeometry(520, 0, 520, 900)
    window.show()
    view.model.set_items([item(made_status(n)) for n in range(5)])
    view.grab()  # painting asks for avatars, previews and the emoji
    await eventually(lambda: len(loader.asked) >= 3)
    assert "https://pictures.example/leaf.png" in loader.asked
    view.close_timeline()
    view.deleteLater()
    await eventually(lambda: not shiboken6.isValid(view))
    loader.release.set()
    await eventually(lambda: len(store._images) >= 2)
    await eventually(lambda: store.has_emoji("https://pictures.example/leaf.png"))
    staying.model.set_items([item(made_status(1))])
    staying.grab()  # the view that stayed still works with the store
    await store.aclose()
    store.deleteLater()


async def test_a_deleted_post_leaves_with_its_boosts_and_the_place_stays(
    make_view: Any, qtbot: Any
) -> None:
    view = make_view(520, 600)
    doomed = made_status(1)
    booster = {"id": "9", "username": "booster", "acct": "booster", "display_name": "Booster"}
    boost = made_status(50, id="2050", account=booster, reblog=msgspec.to_builtins(doomed))
    items = [
        item(made_status(3)),
        item(boost),
        item(made_status(2)),
        TimelineItem(doomed.id, doomed.id.rjust(24, "0"), doomed, gap_below=True),
        item(made_status(0)),
    ]
    view.model.set_items(items)
    keys = [r.key for r in view.model.rows]
    assert keys == ["1003", "2050", "1002", "1001", "gap:1001", "1000"]
    view.list.setCurrentIndex(view.model.index(2))
    view.remove_post(doomed.id)
    assert [r.key for r in view.model.rows] == ["1003", "1002", "gap:1001", "1000"]
    assert view.list.currentIndex().data(PostIdRole) == "1002"  # the place is kept
    # the gap row still loads the missing posts (the service still knows the deleted post)
    missing = item(made_status(-5, id="1000500"))
    view.model.fill_gap(doomed.id, [missing], still_gap=False)
    assert [r.key for r in view.model.rows] == ["1003", "1002", "1000500", "1000"]
    view.remove_post("no-such-post")
    assert view.model.rowCount() == 4
    view.remove_post("1000500")
    assert [r.key for r in view.model.rows] == ["1003", "1002", "1000"]


async def test_a_deleted_post_still_loading_never_shows(make_view: Any) -> None:
    view = make_view(520, 600)
    statuses = [made_status(n) for n in range(300)]
    view.model.set_items([item(s) for s in reversed(statuses)])
    assert view.model.loading
    view.remove_post(statuses[5].id)  # far below: not inserted yet
    await eventually(lambda: not view.model.loading)
    keys = [r.key for r in view.model.rows]
    assert len(keys) == 299
    assert statuses[5].id not in keys


def fresh_layout(view: TimelineView, row: Row) -> PostLayout:
    """What a delegate with empty caches lays out for the row."""
    fresh = PostDelegate(view.model, view.images)
    fresh.width = view.delegate.width
    return fresh.layout_for(row, fresh.width)


async def test_saving_and_counts_change_what_is_painted(make_view: Any, qtbot: Any) -> None:
    view = make_view(520, 600)
    post = made_status(1, media_attachments=[], emojis=[])
    booster = {"id": "9", "username": "booster", "acct": "booster", "display_name": "Booster"}
    boost = made_status(50, id="2050", account=booster, reblog=msgspec.to_builtins(post))
    view.model.set_items([item(post), item(boost)])
    before = [view.delegate.layout_for(r, view.delegate.width) for r in view.model.rows]
    before_heights = [view.list.visualRect(view.model.index(n)).height() for n in range(2)]
    changed = msgspec.structs.replace(
        post,
        bookmarked=True,
        favourited=True,
        replies_count=12345,
        reblogs_count=678,
        favourites_count=90123,
        content="<p>" + "Edited, and much longer now. " * 12 + "</p>",
        edited_at="2024-05-01T12:10:00Z",
    )
    view.model.update_status(changed)
    for n, row in enumerate(view.model.rows):
        after = view.delegate.layout_for(row, view.delegate.width)
        assert after == fresh_layout(view, row)
        assert after.actions != before[n].actions  # wider buttons: "Saved", big counts
        assert after.height > before[n].height
        doc = view.delegate.document(changed, after.body.width())  # type: ignore[union-attr]
        assert "much longer" in doc.toPlainText()
        assert view.list.visualRect(view.model.index(n)).height() > before_heights[n]

    def laid_out() -> bool:  # the rows' places on screen, not only their sizes, are new
        first = view.delegate.layout_for(view.model.rows[0], view.delegate.width).height
        return view.list.visualRect(view.model.index(1)).top() == first

    await eventually(laid_out)
    view.model.update_status(msgspec.structs.replace(changed, favourited=False))
    for row in view.model.rows:
        assert view.delegate.layout_for(row, view.delegate.width) == fresh_layout(view, row)
    await eventually(laid_out)
    screenshot(view, "counts")


async def test_edited_marker_is_not_clipped_when_emoji_arrive(
    reader: Reader, make_view: Any, qtbot: Any
) -> None:
    statuses = await seeded_statuses(reader.client)
    edited = [s for s in statuses if real(s).edited_at and real(s).emojis][:2]
    assert edited
    view = make_view(520, 420)
    view.model.set_items([item(s) for s in edited])
    heights = [view.delegate.layout_for(r, view.delegate.width).height for r in view.model.rows]
    for s in edited:
        for emoji in real(s).emojis:
            view.images.put_emoji(emoji.static_url, _png_bytes())
            view.images.emoji_ready.emit(emoji.static_url)
    for n, row in enumerate(view.model.rows):
        post = real(row.item.status)
        layout = view.delegate.layout_for(row, view.delegate.width)
        assert layout.body is not None
        doc = view.delegate.document(post, layout.body.width())
        assert "<img" in doc.toHtml()  # the emoji picture is in
        assert "(Edited" in doc.toPlainText()
        assert layout.body.height() >= doc.size().height()  # nothing cut off
        assert layout.height >= heights[n]  # (taller unless the text is big enough anyway)
        await eventually(
            lambda n=n, h=layout.height: view.list.visualRect(view.model.index(n)).height() == h
        )
    screenshot(view, "edited")


async def test_a_post_far_down_a_conversation_is_found_at_once(make_view: Any) -> None:
    """A list shows its first rows at once and the rest a moment later; asking where a post
    is (the conversation view selects the post it is about) brings its row in now."""
    view = make_view(520, 600)
    statuses = [made_status(n, media_attachments=[]) for n in range(60)]
    view.model.set_items([item(s) for s in statuses])
    assert view.model.rowCount() < 40
    assert view.model.loading
    row = view.model.row_of(statuses[40].id)
    assert row == 40
    assert view.model.rows[row].key == statuses[40].id
    assert [r.key for r in view.model.rows] == [s.id for s in statuses[:41]]
    assert view.model.row_of(statuses[55].id, bring_in=False) == -1  # only looks
    await eventually(lambda: not view.model.loading)
    assert [r.key for r in view.model.rows] == [s.id for s in statuses]


async def test_a_place_far_down_stays_while_the_rest_loads(make_view: Any) -> None:
    """A reading position far down (as `attach` restores it) is kept while the rows below it
    are still being measured and inserted (with Qt's batched layout it was lost)."""
    view = make_view(520, 600)
    statuses = [made_status(n, media_attachments=[]) for n in range(1500)]
    view.model.set_items([item(s) for s in statuses])
    view._restore = (statuses[900].id, 10)
    view._apply_restore()
    await eventually(lambda: view._restore is None)
    assert view.top_post() == (statuses[900].id, 10)
    await eventually(lambda: not view.model.loading)
    assert view.top_post() == (statuses[900].id, 10)


async def test_a_link_card_shows_the_links_picture(qtbot: Any) -> None:
    """A link card (a PeerTube video, an article) shows the picture the town made for it at
    its left; the row is repainted when the picture arrives."""
    loader = GatedLoader()
    store = ImageStore(loader)  # type: ignore[arg-type]
    view = TimelineView(town="maple.practice", images=store)
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    card = {
        "url": "https://tube.example/w/abc",
        "title": "Carving a wooden spoon",
        "description": "A video",
        "type": "video",
        "image": "https://tube.example/lazy-static/previews/abc.jpg",
    }
    post = made_status(1, media_attachments=[], emojis=[], card=card)
    view.model.set_items([item(post)])
    await eventually(lambda: not view.model.loading)
    row = view.model.rows[0]
    layout = view.delegate.layout_for(row, view.delegate.width)
    assert layout.card is not None
    view.grab()
    await eventually(lambda: card["image"] in loader.asked)
    loader.release.set()

    def red_at_the_cards_left() -> bool:
        shot = view.list.viewport().grab().toImage()
        top = view.list.visualRect(view.model.index(0)).top()
        spot = layout.card.topLeft() + QPoint(24, layout.card.height() // 2 + top)
        return shot.pixelColor(spot).red() > 200 and shot.pixelColor(spot).green() < 60

    await eventually(red_at_the_cards_left)
    await store.aclose()

"""A hostile town cannot make Townsfolk interpret its text, load a file, or open a link of its
choosing (issue 9).

The practice town gets the text attacks of ``practice/hostile.py`` (names that are ``<img>``
tags for ``/dev/zero`` and local files, rich text, escaped HTML that turns live after a naive
HTML-to-text step, right-to-left overrides, links to ``file:``, ``smb:``, ``javascript:``);
then every widget that shows server data is walked: each label showing hostile text must be
plain text, each tooltip escaped, each document built from server data must have loaded
nothing, and nothing but http(s) and mailto must reach the desktop. Opening the profile of
``<img src="/dev/zero">`` would abort the app (``std::bad_alloc``) if its name were HTML.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage, QPainter, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTextEdit, QWidget

from townsfolk.api.entities import Account as RemoteAccount
from townsfolk.api.entities import SearchResults, Tag
from townsfolk.practice.hostile import (
    BAD_URLS,
    DEV_ZERO,
    ENTITY_NAME,
    HOSTILE_STRINGS,
    LIVE_BOX,
    LOCAL_FILE,
    RTL_NAME,
    add_hostile_text,
)
from townsfolk.services.richtext import render_post_html
from townsfolk.ui.banner import Banner
from townsfolk.ui.links import refused_text
from townsfolk.ui.media_viewer import MediaViewer
from townsfolk.ui.notifications_view import NotificationsView, describe_notification
from townsfolk.ui.profile_view import ProfileView
from townsfolk.ui.safe_text import SafeTextBrowser, SafeTextDocument, fill, plain_tooltip
from townsfolk.ui.search_view import SearchView
from townsfolk.ui.timeline import TimelineView

from ..services.test_richtext_fuzz import ALLOWED_SOURCES as FUZZ_ALLOWED
from ..services.test_richtext_fuzz import EMOJIS as FUZZ_EMOJIS
from ..services.test_richtext_fuzz import HTML as FUZZ_HTML
from .desktop_links import desktop_urls  # noqa: F401 (fixture)
from .test_main_window_support import eventually, posts_of, running, settle, wait_rows

FSI, PDI, RLO = "\u2068", "\u2069", "\u202e"


# ----------------------------------------------------------------------------- the checks


def _hostile_in(text: str) -> list[str]:
    return [s for s in (*HOSTILE_STRINGS, "<img") if s in text]


def _interpreted(text: str, fmt: Qt.TextFormat) -> bool:
    return fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )


def _item_views(root: QWidget) -> Iterator[QAbstractItemView]:
    if isinstance(root, QAbstractItemView):
        yield root
    yield from root.findChildren(QAbstractItemView)


def problems_in(root: QWidget) -> list[str]:
    """Everything under ``root`` that interprets hostile text, or loaded a resource."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        tip = widget.toolTip()
        if tip and GuiQt.mightBeRichText(tip) and _hostile_in(tip):
            found.append(f"{name}: tooltip read as HTML: {tip!r}")
        if isinstance(widget, QLabel):
            text, fmt = widget.text(), widget.textFormat()
            if _hostile_in(text) and fmt != Qt.TextFormat.PlainText:
                found.append(f"{name}: hostile text in a {fmt.name} label: {text!r}")
            elif _interpreted(text, fmt) and "<img" in text.lower():
                found.append(f"{name}: a picture in a label: {text!r}")
        if isinstance(widget, QTextEdit):
            if isinstance(widget, SafeTextBrowser) and widget.requested:
                found.append(f"{name}: resources asked for: {widget.requested}")
            html = widget.document().toHtml()
            if "<img" in html:
                found.append(f"{name}: a picture in a document built from server data")
    for view in _item_views(root):
        model = view.model()
        if model is None:
            continue
        for row in range(min(model.rowCount(QModelIndex()), 500)):
            index = model.index(row, 0)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and GuiQt.mightBeRichText(tip) and _hostile_in(tip):
                found.append(f"{type(view).__name__} row {row}: tooltip read as HTML: {tip!r}")
    for panel in [root, *root.findChildren(NotificationsView)]:
        if not isinstance(panel, NotificationsView):
            continue
        for doc in panel.delegate._docs.values():
            if not isinstance(doc, SafeTextDocument):
                found.append(f"a notification document that may load files: {type(doc).__name__}")
            elif doc.refused or [r for r in doc.requested if not r.startswith("data:image/")]:
                found.append(f"a notification document asked for {doc.requested}")
    for timeline in [root, *root.findChildren(TimelineView)]:
        if not isinstance(timeline, TimelineView):
            continue
        for doc in timeline.delegate._docs.values():
            if not isinstance(doc, SafeTextDocument):
                found.append(f"a post document that may load files: {type(doc).__name__}")
            elif doc.refused or [r for r in doc.requested if r not in doc.refused and
                                 not r.startswith("data:image/")]:  # fmt: skip
                found.append(f"a post document asked for {doc.requested}")
    return found


def assert_nothing_interpreted(root: QWidget) -> None:
    root.grab()  # paint everything: labels lay out their text, delegates build documents
    assert problems_in(root) == []


def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("TOWNSFOLK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / name))


# -------------------------------------------------------------------- the checks can fail


def test_the_checks_catch_a_label_that_guesses(qtbot: Any) -> None:
    """The walk is worth something: a plain QLabel (Qt's AutoText) with a hostile name and a
    raw tooltip are both reported."""
    box = QWidget()
    qtbot.addWidget(box)
    guessing = QLabel(box)  # on purpose: the thing the rule forbids
    guessing.setText(LOCAL_FILE)
    box.setToolTip(f"{RICH_TIP}")
    report = problems_in(box)
    assert any("AutoText label" in line for line in report), report
    assert any("tooltip read as HTML" in line for line in report), report


RICH_TIP = f"<b>{DEV_ZERO}</b>"


# ------------------------------------------------------------------------ the main window


@pytest.fixture
def hostile(maple: Any) -> Any:
    return add_hostile_text(maple.town.world, maple.domain, target="ann")


async def test_the_main_window_shows_a_hostile_town_as_plain_text(
    qtbot: Any,
    profile_dir: Path,
    maple: Any,
    user_token: Any,
    hostile: Any,
    desktop_urls: list[str],  # noqa: F811
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        home = w.views["home"]
        await wait_rows(home)
        wanted = {hostile.posts[k] for k in ("links", "images", "fakebox", "card", "video")}
        await eventually(lambda: wanted <= {p.id for p in posts_of(home)})
        home.resize(900, 4000)  # the hostile posts all on screen, painted
        assert_nothing_interpreted(w)
        assert home.delegate._docs, "post documents were built and checked"
        shot(w, "hostile-home.png")

        # Notifications: sentences with the names isolated, nothing interpreted.
        await w.refresh_notifications()
        w.show_place("notifications")
        await eventually(lambda: len(w.notifications_view.model.items) > 0)
        items = w.notifications_view.model.items
        said = [describe_notification(i.notification) for i in items]
        flipped = [s for s in said if "evil" in s]
        assert flipped, said
        for sentence in flipped:
            assert RLO not in sentence
            assert sentence.startswith(FSI + "Eve evil" + PDI + " ")
        assert any(s.startswith(DEV_ZERO) for s in said)  # shown as the text it is
        assert_nothing_interpreted(w)
        shot(w, "hostile-notifications.png")

        # The profile of <img src="/dev/zero">: its name and bio are text (no crash).
        view = w.open_profile("devzero")
        assert isinstance(view, ProfileView)
        await eventually(lambda: view.person is not None)
        await settle(w)
        assert view.name.text() == DEV_ZERO
        assert view.name.textFormat() == Qt.TextFormat.PlainText
        assert LIVE_BOX in view.bio.text()  # the escaped box, shown as the text it is
        assert view.bio.textFormat() == Qt.TextFormat.PlainText
        assert w.title.textFormat() == Qt.TextFormat.PlainText
        assert_nothing_interpreted(w)
        shot(w, "hostile-profile.png")
        for username in ("localfile", "richname", "tablename", "entityname", "qtname", "rtl"):
            other = w.open_profile(username)
            assert other is not None
            await eventually(lambda other=other: other.person is not None)
            assert other.name.text() == hostile.people[username]
            assert_nothing_interpreted(w)
        await settle(w)

        # Links: a video, a sound and a GIF pointing at file:, smb:, javascript: never reach
        # the desktop; the person reads why. Web links still open.
        w.show_place("home")
        for index in range(3):
            home._media(hostile.posts["video"], index)
        for url in BAD_URLS:
            w.open_link(url)
        assert r.recorded.urls == []
        assert desktop_urls == []
        assert refused_text() in w.banner.text()
        w.open_in_browser(hostile.posts["links"])
        # (the post lives in maple, so its address there has the id maple gave it)
        assert r.recorded.urls == [f"https://{maple.domain}/@devzero/{hostile.posts['links']}"]
        await settle(w)


async def test_own_account_named_like_html_and_a_hostile_conversation(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any, hostile: Any
) -> None:
    """Our own display name comes from the town too (the account switcher, its tooltip, the
    window title); a conversation page shows the hostile posts."""
    world = maple.town.world
    me = world.lookup("ann", maple.domain, maple.domain)
    me.display_name = LOCAL_FILE
    world.touch_person(me.key)
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await settle(w)
        assert LOCAL_FILE in w.switcher.itemText(w.switcher.currentIndex())
        for role in ("card", "poll", "spoiler", "images"):
            thread = w.open_thread(hostile.posts[role])
            assert thread is not None
            await wait_rows(thread.posts)
            assert_nothing_interpreted(w)
        await settle(w)


async def test_links_reach_the_desktop_only_through_the_gate(
    qtbot: Any,
    profile_dir: Path,
    maple: Any,
    user_token: Any,
    desktop_urls: list[str],  # noqa: F811
) -> None:
    """With the window's real opener (no test stand-in): Qt's URL handlers see only the web
    link, never the local file or the share."""
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        from townsfolk.ui.links import desktop_open

        w = r.window
        w.open_url = desktop_open
        for url in ("file:///etc/passwd", "smb://evil.example/x", "https://ok.example/page"):
            w.open_link(url)
        assert desktop_urls == ["https://ok.example/page"]
        await settle(w)


# ------------------------------------------------------------------ widgets one at a time


def remote(name: str, acct: str, note: str = "", **extra: Any) -> RemoteAccount:
    return RemoteAccount(
        id=acct,
        username=acct.split("@", maxsplit=1)[0],
        acct=acct,
        display_name=name,
        note=note,
        **extra,
    )


@pytest.mark.parametrize("name", [*HOSTILE_STRINGS, ENTITY_NAME, RTL_NAME])
def test_profile_view_with_any_hostile_name(qtbot: Any, name: str) -> None:
    view = ProfileView(town="maple.practice")
    qtbot.addWidget(view)
    moved = remote(name, "eve@harbour.practice")
    view.set_person(remote(name, "eve", note=f"<p>{name}</p>", moved=moved))
    view.show()
    assert view.name.text() == name
    assert RLO not in view.moved_text.text()  # the name is isolated inside the sentence
    assert_nothing_interpreted(view)


def test_profile_view_shows_a_look_alike_town_in_its_network_form(qtbot: Any) -> None:
    view = ProfileView(town="maple.practice")
    qtbot.addWidget(view)
    view.set_person(remote("Pay Pal", "support@pаypal.example"))
    assert view.handle.text() == "@support@xn--pypal-4ve.example"


def test_search_results_with_hostile_people_and_tags(qtbot: Any) -> None:
    view = SearchView(town="maple.practice")
    qtbot.addWidget(view)
    people = [remote(s, f"p{n}") for n, s in enumerate(HOSTILE_STRINGS)]
    view.set_results(SearchResults(accounts=people, hashtags=[Tag(name=DEV_ZERO)]))
    view.show()
    shown = [view.people.item(n).text() for n in range(view.people.count())]
    assert any(DEV_ZERO in text for text in shown)
    assert_nothing_interpreted(view)


def test_media_viewer_with_a_hostile_description(qtbot: Any) -> None:
    viewer = MediaViewer("https://maple.practice/x.png", DEV_ZERO)
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.description.text() == DEV_ZERO
    assert_nothing_interpreted(viewer)


def test_banner_with_a_hostile_town_name(qtbot: Any) -> None:
    banner = Banner()
    qtbot.addWidget(banner)
    banner.show_message("outage", fill("%1 is not answering.", LOCAL_FILE))
    banner.show()
    assert LOCAL_FILE in banner.text()
    assert_nothing_interpreted(banner)


def test_notifications_view_is_checked_too(qtbot: Any) -> None:
    view = NotificationsView()
    qtbot.addWidget(view)
    view.show()
    assert_nothing_interpreted(view)


@pytest.mark.parametrize("text", [*HOSTILE_STRINGS, "a < b & c > d", "plain words"])
def test_plain_tooltip_shows_the_text_as_it_is(qtbot: Any, text: str) -> None:
    tip = plain_tooltip(text)
    if GuiQt.mightBeRichText(tip):
        doc = QTextDocument()
        doc.setHtml(tip)
        assert doc.toPlainText() == text
    else:
        assert tip == text


def test_fill_isolates_names_and_keeps_placeholders_in_names() -> None:
    sentence = fill("%1 has moved to %2.", "Eve %2 \u202eevil", "eve@harbour.practice")
    assert sentence == f"{FSI}Eve %2 evil{PDI} has moved to eve@harbour.practice."
    assert fill("%1 boosted", "Ann") == "Ann boosted"  # ASCII names stay as they are


# ------------------------------------------------------------------------------ the wizard


def test_town_cards_with_a_hostile_description_and_a_look_alike_name(qtbot: Any) -> None:
    from PySide6.QtWidgets import QListView

    from townsfolk.services.directory import TownEntry
    from townsfolk.ui.onboarding.towns import TownCardDelegate, TownListModel

    view = QListView()
    qtbot.addWidget(view)
    model = TownListModel(view)
    view.setModel(model)
    view.setItemDelegate(TownCardDelegate(view))
    model.set_towns(
        [
            TownEntry("pаypal.example", "https://pаypal.example", "mastodon", (), LIVE_BOX),
            TownEntry("bücher.example", "https://bücher.example", "mastodon", (), DEV_ZERO),
        ]
    )
    view.resize(500, 600)
    view.show()
    assert model.index(0).data() == "xn--pypal-4ve.example"
    assert model.index(1).data() == "bücher.example"
    assert_nothing_interpreted(view)


# ------------------------------------------------------------- fuzz: Qt reads the output


@settings(max_examples=100, deadline=timedelta(seconds=5))
@given(FUZZ_HTML)
def test_qt_loads_nothing_a_town_named_from_sanitised_posts(qapp: Any, html: str) -> None:
    """Fuzz (with the sanitiser fuzz's hostile HTML): the sanitised rich text, laid out and
    painted by Qt in the post document, asks for no resource but the emoji pictures given."""
    rendered = render_post_html(html, emojis=FUZZ_EMOJIS)
    doc = SafeTextDocument(allowed=FUZZ_EMOJIS.values())
    doc.setHtml(rendered.html)
    doc.setTextWidth(300)
    image = QImage(320, 200, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    assert doc.refused == []
    assert set(doc.requested) <= FUZZ_ALLOWED

"""Posts from other kinds of servers shown as what they are (issue 15), with real widgets:
photo sets as a gallery (arrow keys, descriptions as accessible descriptions), videos and
tracks with picture, title, channel or artist and length, Owncast streams live or ended,
articles and long posts, and an unknown kind as a readable post with a link."""

from __future__ import annotations

import msgspec
import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QPushButton

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Status, decode
from townsfolk.practice import PracticeServer, World
from townsfolk.practice.render import status_json
from townsfolk.services.kinds import OriginDetails, PostKind, classify, format_length
from townsfolk.ui.kinds import KindRegistry, KindWindow, panel_for
from townsfolk.ui.kinds.panels import ArticlePanel, GalleryView, LivePanel, MediaPanel
from townsfolk.ui.safe_text import PlainLabel
from townsfolk.ui.style import ScaledLabel
from townsfolk.ui.timeline import TimelineView

from .accessibility import audit, controls, name_of, tab_order
from .shots import shot
from .test_main_window_support import eventually

_WORLD: World | None = None


def world() -> World:
    global _WORLD  # noqa: PLW0603 - one seeded world for the module (read only)
    if _WORLD is None:
        _WORLD = World.seeded(towns=1, seed=1, fediverse=True)
    return _WORLD


def posts_of(username: str, domain: str) -> list[Status]:
    """Statuses as maple.practice's API would send them (the practice town's own JSON)."""
    w = world()
    town = w.town("maple.practice")
    person = w.lookup(username, domain, "maple.practice")
    assert person is not None
    return [
        decode(status_json(town, post, "http://maple.practice", None), Status)
        for post in w.posts_by(person.key)
    ]


def texts(widget) -> str:
    labels = [*widget.findChildren(PlainLabel), *widget.findChildren(ScaledLabel)]
    return " | ".join(label.text() for label in labels)


def save(widget, name: str) -> None:
    """A picture for the docs, only when TOWNSFOLK_SCREENSHOTS names a folder (shots.py)."""
    widget.resize(560, 520)
    shot(widget, name)


def test_photo_set_is_a_gallery_with_keys_and_descriptions(qtbot) -> None:
    post = max(posts_of("lena", "lens.practice"), key=lambda s: len(s.media_attachments))
    kind = classify(post, "pixelfed")
    gallery = panel_for(kind, post, None)
    qtbot.addWidget(gallery)
    assert isinstance(gallery, GalleryView)
    gallery.show()
    descriptions = [m.description for m in post.media_attachments]
    assert gallery.accessibleName() == "Photo 1 of 3"
    assert gallery.accessibleDescription() == descriptions[0]
    assert gallery.picture.accessibleDescription() == descriptions[0]
    assert not gallery.previous.isEnabled()
    qtbot.keyClick(gallery, Qt.Key.Key_Right)
    assert gallery.index == 1
    assert gallery.accessibleDescription() == descriptions[1]
    assert gallery.description.text() == descriptions[1]
    qtbot.keyClick(gallery, Qt.Key.Key_End)
    assert gallery.index == 2
    assert not gallery.next.isEnabled()
    qtbot.mouseClick(gallery.previous, Qt.MouseButton.LeftButton)
    assert gallery.index == 1
    qtbot.keyClick(gallery, Qt.Key.Key_Left)
    assert gallery.counter.text() == "Photo 1 of 3"
    assert gallery.next.accessibleName() == "Next photo"


def test_photo_set_swipes_with_the_mouse_or_a_finger(qtbot) -> None:
    """A sideways drag of more than 60 pixels on the photo goes to the next (leftwards) or
    the previous photo (rightwards); a short or mostly vertical drag stays put."""
    post = max(posts_of("lena", "lens.practice"), key=lambda s: len(s.media_attachments))
    gallery = panel_for(classify(post, "pixelfed"), post, None)
    qtbot.addWidget(gallery)
    gallery.resize(560, 520)
    gallery.show()
    qtbot.waitExposed(gallery)
    picture = gallery.picture
    middle = picture.rect().center()

    def drag(dx: int, dy: int = 0) -> None:
        qtbot.mousePress(picture, Qt.MouseButton.LeftButton, pos=middle)
        qtbot.mouseMove(picture, middle + QPoint(dx // 2, dy // 2))
        qtbot.mouseMove(picture, middle + QPoint(dx, dy))
        qtbot.mouseRelease(picture, Qt.MouseButton.LeftButton, pos=middle + QPoint(dx, dy))

    drag(-100)
    assert gallery.index == 1
    assert gallery.counter.text() == "Photo 2 of 3"
    drag(-30)  # too short: a click, not a swipe
    assert gallery.index == 1
    drag(-70, 120)  # mostly downwards: not a swipe
    assert gallery.index == 1
    drag(-100)
    assert gallery.index == 2
    drag(-100)  # the last photo stays the last
    assert gallery.index == 2
    drag(100)
    assert gallery.index == 1
    qtbot.mousePress(gallery, Qt.MouseButton.LeftButton, pos=QPoint(280, 20))
    qtbot.mouseRelease(gallery, Qt.MouseButton.LeftButton, pos=QPoint(400, 20))
    assert gallery.index == 0  # anywhere on the gallery, not only on the photo


def test_video_shows_title_channel_length_and_plays_in_the_browser(qtbot, monkeypatch) -> None:
    from townsfolk.ui.kinds import player

    monkeypatch.setattr(player, "HAVE_MULTIMEDIA", False)  # (where it is installed, it plays)
    post = next(p for p in posts_of("quiet_workshop", "tube.practice") if "spoon" in p.content)
    kind = classify(post)
    assert kind.kind == "video"
    done = PostKind(**{**kind.__dict__, "duration": 754.0, "media_url": "https://x/v.mp4"})
    opened: list[QUrl] = []
    panel = panel_for(done, post, None, opener=opened.append)
    qtbot.addWidget(panel)
    assert isinstance(panel, MediaPanel)
    assert panel.title.text() == "Carving a wooden spoon from a cherry branch"
    assert "channel The Quiet Workshop" in panel.about.text()
    assert "12:34 long" in panel.about.text()
    assert panel.picture.accessibleName().startswith("Preview picture of the video")
    assert panel.play.accessibleName() == "▶ Play video"
    qtbot.mouseClick(panel.play, Qt.MouseButton.LeftButton)
    # without Qt Multimedia the video opens on PeerTube in the browser
    assert [u.toString() for u in opened] == [kind.link]


def test_track_shows_title_artist_length(qtbot) -> None:
    post = posts_of("niasol", "tunes.practice")[0]
    kind = classify(post, "funkwhale")
    done = PostKind(**{**kind.__dict__, "duration": 225.0, "channel": "Nia Sol"})
    panel = panel_for(done, post, None, opener=lambda url: True)
    qtbot.addWidget(panel)
    assert panel.objectName() == "audioPanel"
    assert panel.about.text() == "Music on Funkwhale · by Nia Sol · 3:45 long"
    assert format_length(225) == "3:45"


@pytest.mark.parametrize(("live", "state", "button"), [
    (True, "● Live now", "Watch"),
    (False, "Was live", "Open the stream's page"),
])  # fmt: skip
def test_owncast_live_now_or_was_live(qtbot, live: bool, state: str, button: str) -> None:
    streams = posts_of("streamer", "live.practice")
    post = (
        max(streams, key=lambda s: s.created_at)
        if live
        else min(streams, key=lambda s: s.created_at)
    )
    kind = PostKind(**{**classify(post, "owncast").__dict__, "live": live})
    opened: list[QUrl] = []
    panel = panel_for(kind, post, None, opener=opened.append)
    qtbot.addWidget(panel)
    assert isinstance(panel, LivePanel)
    assert panel.state.text() == state
    assert panel.state.accessibleName() == state
    assert panel.watch.text() == button
    qtbot.mouseClick(panel.watch, Qt.MouseButton.LeftButton)
    assert [u.toString() for u in opened] == ["https://live.practice/"]
    # (their pictures, with the preview loaded, are taken in test_fediverse_practice)


def test_long_post_reads_more_with_quotes_as_quotes(qtbot) -> None:
    post = posts_of("marta", "friends.practice")[0]
    kind = classify(post, "friendica")
    panel = panel_for(kind, post, None)
    qtbot.addWidget(panel)
    assert isinstance(panel, ArticlePanel)
    assert "A winter of birds at the feeder" in texts(panel)
    more = panel.findChild(QPushButton, "kindReadMore")
    assert more.text() == "Read more"
    panel.show()
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert panel.full.isVisible()
    assert "second mouse gets the cheese" in panel.full.toPlainText()
    quote = quoted = None
    block = panel.full.document().begin()
    while block.isValid():
        if "second mouse gets the cheese" in block.text():
            quote = block
        elif "sparrows" in block.text():
            quoted = block
        block = block.next()
    assert quote is not None
    assert quoted is not None
    # the quote is set in from both sides, as Qt shows a <blockquote>; the text around is not
    assert quote.blockFormat().leftMargin() >= 20
    assert quote.blockFormat().rightMargin() >= 20
    assert quoted.blockFormat().leftMargin() == 0
    save(panel, "fediverse-friendica-long-post.png")


def _window_of(name: str, qtbot) -> KindWindow:
    """A kind window for each kind of post, as the timeline opens it (details filled in)."""
    if name == "gallery":
        post = max(posts_of("lena", "lens.practice"), key=lambda s: len(s.media_attachments))
        kind = classify(post, "pixelfed")
    elif name == "video":
        post = next(p for p in posts_of("quiet_workshop", "tube.practice") if "spoon" in p.content)
        kind = PostKind(**{**classify(post).__dict__, "duration": 754.0})
    elif name == "track":
        post = posts_of("niasol", "tunes.practice")[0]
        kind = PostKind(**{**classify(post, "funkwhale").__dict__, "duration": 225.0})
    elif name in ("live", "was live"):
        post = sorted(posts_of("streamer", "live.practice"), key=lambda s: s.created_at)[-1]
        kind = PostKind(**{**classify(post, "owncast").__dict__, "live": name == "live"})
    elif name == "article":
        post = posts_of("ada", "words.practice")[0]
        kind = classify(post, "writefreely")
    elif name == "long":
        post = posts_of("marta", "friends.practice")[0]
        kind = classify(post, "friendica")
    else:
        post = posts_of("harbourevents", "events.practice")[0]
        kind = classify(post, "mobilizon")
    window = KindWindow(kind, post, None, opener=lambda url: True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


KIND_WINDOWS = ("gallery", "video", "track", "live", "was live", "article", "long", "unknown")


@pytest.mark.parametrize("name", KIND_WINDOWS)
def test_every_kind_window_passes_the_accessibility_walk(qtbot, name: str) -> None:
    """Every control has a name a screen reader says, Tab reaches each in reading order and
    shows where it is (tests/ui/accessibility.py), and the window's first focus is its
    content (the gallery: arrows work at once)."""
    window = _window_of(name, qtbot)
    assert window.focusWidget() is window.panel or window.panel.isAncestorOf(window.focusWidget())
    assert audit(window) == []
    if name == "gallery":
        window.panel.setFocus()
        qtbot.keyClick(window.panel, Qt.Key.Key_Right)
        assert window.panel.index == 1
        order = [name_of(w) for w in tab_order(window, controls(window))]
        assert order == ["Previous photo", "Next photo", "Close"]
    if name == "long":  # "Read more" shows the whole post and takes the focus there
        more = window.findChild(QPushButton, "kindReadMore")
        more.setFocus()
        qtbot.keyClick(more, Qt.Key.Key_Space)
        full = window.panel.full
        assert full.isVisible()
        assert full.hasFocus()
        assert full.accessibleName() == "The whole post"
        assert audit(window) == []


def test_article_title_and_summary(qtbot) -> None:
    post = posts_of("ada", "words.practice")[0]
    opened: list[QUrl] = []
    panel = panel_for(classify(post, "writefreely"), post, None, opener=opened.append)
    qtbot.addWidget(panel)
    shown = texts(panel)
    assert "Walking the long way home" in shown
    assert "allotments" in shown
    # its words stay together at the top of its window (they were spread down it)
    panel.resize(560, 520)
    panel.show()
    qtbot.waitExposed(panel)
    title = panel.findChild(ScaledLabel, "kindTitle")
    gap = panel.summary.geometry().top() - title.geometry().bottom()
    assert gap < 3 * panel.summary.fontMetrics().height()
    qtbot.mouseClick(panel.findChild(QPushButton, "kindReadMore"), Qt.MouseButton.LeftButton)
    assert opened[0].toString().endswith("/walking-the-long-way-home")
    save(panel, "fediverse-article.png")


def test_unknown_kind_is_a_readable_post_with_a_link(qtbot) -> None:
    post = posts_of("harbourevents", "events.practice")[0]
    opened: list[QUrl] = []
    panel = panel_for(classify(post, "mobilizon"), post, None, opener=opened.append)
    qtbot.addWidget(panel)
    assert "Harbour clean-up day" in texts(panel)
    button = panel.findChild(QPushButton, "kindOriginal")
    assert button.text() == "Open the original on Mobilizon"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened[0].toString().startswith("https://events.practice/events/")
    save(panel, "fediverse-unknown-kind.png")


SOFTWARE = {
    "lens.practice": "pixelfed", "tube.practice": "peertube", "tunes.practice": "funkwhale",
    "live.practice": "owncast", "friends.practice": "friendica",
    "words.practice": "writefreely", "events.practice": "mobilizon",
}  # fmt: skip


def use_registry(monkeypatch, details: OriginDetails | None = None) -> KindRegistry:
    """A registry of its own for the timeline's modules (the practice towns' software)."""
    import townsfolk.ui.timeline.delegate as delegate_module
    import townsfolk.ui.timeline.model as model_module
    import townsfolk.ui.timeline.view as view_module
    from townsfolk.ui.kinds import registry as registry_module

    registry = KindRegistry()
    registry.configure(software=SOFTWARE.get, details=details)
    for module, name in (
        (registry_module, "REGISTRY"),
        (delegate_module, "KINDS"),
        (view_module, "KINDS"),
        (model_module, "KINDS"),
    ):
        monkeypatch.setattr(module, name, registry)
    return registry


async def test_live_stream_rows_say_live_now_or_was_live_once_known(qtbot, monkeypatch) -> None:
    """The rows on screen ask Owncast's /api/status (through the registry) and change from
    "Live stream: ..." to "Live now: ..." or "Was live: ..." without being opened."""
    from townsfolk.ui.thread_view import items_for

    server = PracticeServer(World.seeded(towns=1, seed=1, fediverse=True))
    server.start()
    try:
        details = OriginDetails(
            client_factory=lambda url, token: MastodonClient(url), base_url_for=server.base_url
        )
        registry = use_registry(monkeypatch, details)
        streams = sorted(posts_of("streamer", "live.practice"), key=lambda s: s.created_at)
        newest, oldest = streams[-1], streams[0]
        assert registry.line(newest).startswith("Live stream: ")
        view = TimelineView(town="maple.practice")
        qtbot.addWidget(view)
        view.resize(700, 900)
        changed: list[int] = []
        view.model.dataChanged.connect(lambda top, bottom, roles=(): changed.append(top.row()))
        view.model.set_items(items_for([newest, oldest]))
        view.show()
        qtbot.waitExposed(view)
        await eventually(lambda: details.asked == 2 and len(set(changed)) == 2, 10)
        assert registry.line(newest) == "Live now: Sunday sketching with tea"
        assert registry.line(oldest) == "Was live: Drawing boats at the harbour"
        spoken = view.model.data(view.model.index(0), Qt.ItemDataRole.AccessibleTextRole)
        assert "Live now: Sunday sketching with tea" in spoken
        view.list.viewport().repaint()
        assert details.asked == 2  # answers kept: a repaint asks nothing more
    finally:
        server.stop()


async def test_video_and_track_rows_show_their_length_once_known(qtbot, monkeypatch) -> None:
    """A PeerTube video's and a Funkwhale track's rows ask their own server (rows on screen
    only) and show the length on their "what this is" line."""
    from townsfolk.ui.thread_view import items_for

    server = PracticeServer(World.seeded(towns=1, seed=1, fediverse=True))
    server.start()
    try:
        details = OriginDetails(
            client_factory=lambda url, token: MastodonClient(url), base_url_for=server.base_url
        )
        registry = use_registry(monkeypatch, details)
        spoon = next(p for p in posts_of("quiet_workshop", "tube.practice") if "spoon" in p.content)
        track = posts_of("niasol", "tunes.practice")[0]
        assert "12:34" not in registry.line(spoon)
        view = TimelineView(town="maple.practice")
        qtbot.addWidget(view)
        view.resize(700, 900)
        view.model.set_items(items_for([spoon, track]))
        view.show()
        qtbot.waitExposed(view)
        await eventually(lambda: details.asked == 2, 10)
        await eventually(lambda: "12:34" in registry.line(spoon), 10)
        assert registry.line(spoon) == "Video on PeerTube · 12:34 · The Quiet Workshop"
        assert registry.kind_of(track).duration
        spoken = view.model.data(view.model.index(0), Qt.ItemDataRole.AccessibleTextRole)
        assert "12:34" in spoken
        view.list.viewport().repaint()
        assert details.asked == 2  # known now: a repaint asks nothing more
    finally:
        server.stop()


def test_long_post_in_the_timeline_shows_its_title_a_part_and_read_more(qtbot, monkeypatch) -> None:
    """A Friendica long post: its title on the "what this is" line, its text shortened to
    whole lines, and "Read more" (click, or O) opening it whole; said aloud as well."""
    from townsfolk.ui.thread_view import items_for
    from townsfolk.ui.timeline.delegate import LONG_POST_LINES

    registry = use_registry(monkeypatch)
    post = posts_of("marta", "friends.practice")[0]
    view = TimelineView(town="maple.practice")
    qtbot.addWidget(view)
    view.resize(700, 900)
    view.model.set_items(items_for([post]))
    view.show()
    qtbot.waitExposed(view)
    delegate = view.delegate
    row = view.model.rows[0]
    layout = delegate.layout_for(row, delegate.width)
    assert registry.line(post) == "Long post: A winter of birds at the feeder"
    whole = delegate.document(post, layout.body.width()).size().height()
    line_height = delegate._fm.height()
    assert layout.body.height() <= line_height * LONG_POST_LINES < whole
    assert layout.read_more is not None
    assert layout.read_more.top() >= layout.body.bottom()
    assert view.list.rowHeight(0) == layout.height  # the row is as tall as what it shows
    spoken = view.model.data(view.model.index(0), Qt.ItemDataRole.AccessibleTextRole)
    assert "Long post: A winter of birds at the feeder" in spoken
    assert "The text is shortened here. Press O to read more." in spoken
    assert "second mouse gets the cheese" not in spoken  # (only what is shown)
    # narrower: laid out again for the new width (the cache is keyed by it), still short
    view.resize(420, 900)
    qtbot.waitUntil(lambda: delegate.width <= 420)
    narrow = delegate.layout_for(row, delegate.width)
    assert narrow.read_more is not None
    assert narrow.body.height() <= line_height * LONG_POST_LINES
    assert view.list.rowHeight(0) == narrow.height
    # "Read more" opens the whole post in its own window, by mouse and by key
    where = view.list.visualRect(view.model.index(0)).topLeft() + narrow.read_more.center()
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    window = view.kind_window
    assert isinstance(window, KindWindow)
    assert window.windowTitle() == "Long post"
    window.close()
    view.kind_window = None
    view.list.setCurrentIndex(view.model.index(0, 0))
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_O)
    assert isinstance(view.kind_window, KindWindow)
    view.kind_window.close()


def test_the_long_post_a_conversation_is_about_is_shown_whole(qtbot, monkeypatch) -> None:
    """In a conversation the post it is about is read there, whole: no "Read more", and not
    said to be shortened. A long reply below it is still shortened."""
    from townsfolk.services.timelines import Thread
    from townsfolk.ui.thread_view import ThreadView
    from townsfolk.ui.timeline.delegate import LONG_POST_LINES

    use_registry(monkeypatch)
    post = posts_of("marta", "friends.practice")[0]
    reply = msgspec.structs.replace(post, id=post.id + "1", in_reply_to_id=post.id)
    view = ThreadView(post.id, town="maple.practice")
    qtbot.addWidget(view)
    view.resize(700, 900)
    view.show()
    qtbot.waitExposed(view)
    view.set_thread(Thread([], post, [reply]))
    delegate, model = view.posts.delegate, view.posts.model
    first = delegate.layout_for(model.rows[0], delegate.width)
    assert first.read_more is None
    whole = delegate.document(post, first.body.width()).size().height()
    assert first.body.height() >= whole > delegate._fm.height() * LONG_POST_LINES
    assert view.posts.list.rowHeight(0) == first.height
    spoken = model.data(model.index(0), Qt.ItemDataRole.AccessibleTextRole)
    assert "shortened" not in spoken
    assert "second mouse gets the cheese" in spoken  # the whole text, said aloud
    below = delegate.layout_for(model.rows[1], delegate.width)
    assert below.read_more is not None  # the same long text as a reply: shortened
    assert "shortened" in model.data(model.index(1), Qt.ItemDataRole.AccessibleTextRole)


def test_timeline_shows_what_each_post_is_and_o_opens_it(qtbot, monkeypatch) -> None:
    from townsfolk.ui.thread_view import items_for

    registry = use_registry(monkeypatch)
    statuses = [
        posts_of("lena", "lens.practice")[0],
        posts_of("quiet_workshop", "tube.practice")[0],
        posts_of("niasol", "tunes.practice")[0],
        posts_of("streamer", "live.practice")[-1],
        posts_of("marta", "friends.practice")[0],
        posts_of("harbourevents", "events.practice")[0],
    ]
    view = TimelineView(town="maple.practice")
    qtbot.addWidget(view)
    view.resize(700, 1400)
    view.model.set_items(items_for(statuses))
    view.show()
    qtbot.waitExposed(view)
    delegate = view.list.itemDelegate()
    lines = [registry.line(s) for s in statuses]
    assert lines[0].startswith("Photo set on Pixelfed") or lines[0] == "Photo on Pixelfed"
    assert lines[1].startswith("Video on PeerTube")
    assert lines[2].startswith("Music on Funkwhale")
    assert lines[3].startswith("Live stream: ")
    assert lines[4].startswith("Long post: ")
    assert lines[5] == "From Mobilizon: open the original"
    for row in view.model.rows:
        assert delegate.layout_for(row, delegate.width).kind_line is not None
    spoken = view.model.accessible_text(view.model.rows[1].item)
    assert "Video on PeerTube" in spoken
    assert "Press O to open it." in spoken
    # keyboard: O on the current post opens it as what it is
    view.list.setCurrentIndex(view.model.index(1, 0))
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_O)
    window = view.kind_window
    assert isinstance(window, KindWindow)
    assert window.windowTitle() == "Video"
    window.close()
    # a click on the line does the same
    row = view.model.rows[0]
    rect = delegate.layout_for(row, delegate.width).kind_line
    assert delegate.hit(row, rect.center()) == ("kind", statuses[0].id)
    assert delegate.hit(row, QPoint(rect.left() - 1, rect.top() - 200)) != ("kind", statuses[0].id)
    # (its picture, with the photos loaded, is taken in test_fediverse_practice.py)

"""The whole fediverse in the practice town's window (issue 15): find a PeerTube channel by its
link and follow it, see what kind of account each person is (from their town's NodeInfo), a
Pixelfed profile as a photo grid, and the kinds of posts in a timeline. Everything runs on this
computer (the practice window asks only *.practice towns)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from townsfolk.ui.kinds import REGISTRY
from townsfolk.ui.kinds.profile import CELL

from .shots import shot
from .test_main_window_support import eventually, settle
from .test_practice_window import practice_window


async def test_find_follow_and_see_each_kind_in_the_practice_window(
    qtbot: Any, profile_dir: Path
) -> None:
    async with practice_window(qtbot, profile_dir) as p:
        window = p.window
        window.resize(1100, 760)
        window.show_place("search")  # as a click on Search in the side panel
        window.search("https://tube.practice/video-channels/quiet_workshop")
        people = window.search_view.people
        await eventually(lambda: len(people.rows) == 1, 30)
        row = next(iter(people.rows.values()))
        await eventually(lambda: row.kind.text() == "a video channel on PeerTube", 30)
        assert not row.kind.isHidden()
        assert row.kind.accessibleName() == row.kind.text()
        await eventually(lambda: row.follow.isEnabled() and row.relationship is not None, 30)
        if row.following:
            # ann follows every kind of account in the practice world (practice/fediverse.py,
            # so their posts fill People you follow): stop first, answering the question.
            row.follow.click()
            await eventually(lambda: window.findChild(QDialog, "unfollowDialog") is not None)
            window.findChild(QDialog, "unfollowDialog").ok_button.click()
            await eventually(lambda: row.relationship is not None and not row.following, 30)
            await eventually(row.follow.isEnabled, 30)
        row.follow.click()
        await eventually(lambda: row.following, 30)
        shot(window, "fediverse-search-peertube.png")

        # by address: a Pixelfed photographer; the profile is a photo grid
        view = window.open_profile("lena@lens.practice")
        assert view is not None
        await eventually(lambda: view.kind_words.text() == "a photographer's album on Pixelfed", 30)
        await eventually(lambda: not view.photos.isHidden() and view.photos.count() == 3, 30)
        words = [view.photos.item(n).data(Qt.ItemDataRole.AccessibleTextRole) for n in range(3)]
        assert all(words)
        assert any("photo set: 3 photos" in w for w in words)
        view.photos.setCurrentRow(0)
        view.photos.itemActivated.emit(view.photos.item(0))
        assert view.photos.gallery_window is not None
        view.photos.gallery_window.close()
        urls = [view.photos.item(n).data(Qt.ItemDataRole.UserRole) for n in range(3)]
        await eventually(
            lambda: all(view.photos.images.image(u, CELL) is not None for u in urls), 30
        )
        view.photos.clearSelection()
        await settle(window)
        shot(window, "fediverse-pixelfed-profile.png")
        # the practice window's facts come only from the practice towns
        source = REGISTRY.source_for("tube.practice")
        assert source is not None
        assert not source.serves("mastodon.social")


async def _kind_window_of(qtbot: Any, window: Any, acct: str, pick: Any) -> Any:
    """Open ``acct``'s profile, wait for their posts, open the post ``pick`` chooses as
    what it is, and wait until its own server's details and its picture are in."""
    view = window.open_profile(acct)
    await eventually(lambda: len(view.posts.model.rows) > 0, 30)
    statuses = [row.item.status for row in view.posts.model.rows]
    post = pick(statuses)
    view.posts.show_kind(post.id)
    kind_window = view.posts.kind_window
    task = kind_window.pending
    if task is not None:
        await eventually(task.done, 30)
    panel = kind_window.panel
    picture = getattr(panel, "picture", None)
    if picture is not None and picture.url and picture.images is not None:
        await eventually(lambda: picture.images.image(picture.url, picture.box) is not None, 30)
        picture._paint()
    return kind_window


async def test_each_kind_in_its_own_window_with_its_servers_details(
    qtbot: Any, profile_dir: Path
) -> None:
    async with practice_window(qtbot, profile_dir) as p:
        window = p.window
        video = await _kind_window_of(
            qtbot, window, "quiet_workshop@tube.practice",
            lambda s: next(x for x in s if "spoon" in x.content),
        )  # fmt: skip
        assert "12:34 long" in video.panel.about.text()  # from PeerTube's own API
        assert video.panel.picture.pixmap() is not None
        video.resize(560, 520)
        shot(video, "fediverse-peertube-video.png")
        video.close()

        live = await _kind_window_of(
            qtbot, window, "streamer@live.practice", lambda s: max(s, key=lambda x: x.created_at)
        )
        assert live.panel.state.text() == "● Live now"  # from Owncast's /api/status
        live.resize(560, 520)
        shot(live, "fediverse-owncast-live.png")
        live.close()
        ended = await _kind_window_of(
            qtbot, window, "streamer@live.practice", lambda s: min(s, key=lambda x: x.created_at)
        )
        assert ended.panel.state.text() == "Was live"
        ended.resize(560, 520)
        shot(ended, "fediverse-owncast-was-live.png")
        ended.close()

        track = await _kind_window_of(qtbot, window, "niasol@tunes.practice", lambda s: s[0])
        assert "by Nia Sol" in track.panel.about.text()
        assert "long" in track.panel.about.text()  # length from Funkwhale's own API
        track.resize(560, 520)
        shot(track, "fediverse-funkwhale-track.png")
        track.close()

        photos = await _kind_window_of(
            qtbot,
            window,
            "lena@lens.practice",
            lambda s: max(s, key=lambda x: len(x.media_attachments)),
        )
        gallery = photos.panel
        qtbot.keyClick(gallery, Qt.Key.Key_Right)
        assert gallery.counter.text() == "Photo 2 of 3"
        picture = gallery.picture
        await eventually(lambda: picture.images.image(picture.url, picture.box) is not None, 30)
        picture._paint()
        photos.resize(560, 560)
        shot(photos, "fediverse-pixelfed-gallery.png")
        photos.close()
        await settle(window)


async def test_a_timeline_with_each_kind_and_its_pictures(qtbot: Any, profile_dir: Path) -> None:
    """Posts of several kinds in one list, as the practice window shows them: the photo set
    with its photos, the video with its preview, the live stream "Live now" (asked of its
    Owncast town by the row on screen) and the long post shortened with "Read more"."""
    from townsfolk.ui.thread_view import items_for
    from townsfolk.ui.timeline import TimelineView

    async with practice_window(qtbot, profile_dir) as p:
        window = p.window
        picks = (
            ("lena@lens.practice", lambda s: max(s, key=lambda x: len(x.media_attachments))),
            ("quiet_workshop@tube.practice", lambda s: next(x for x in s if "spoon" in x.content)),
            ("streamer@live.practice", lambda s: max(s, key=lambda x: x.created_at)),
            ("marta@friends.practice", lambda s: s[0]),
        )
        statuses = []
        images = None
        for acct, pick in picks:
            profile = window.open_profile(acct)
            await eventually(lambda profile=profile: len(profile.posts.model.rows) > 0, 30)
            statuses.append(pick([row.item.status for row in profile.posts.model.rows]))
            images = profile.posts.images
        view = TimelineView(town="maple.practice", images=images)
        qtbot.addWidget(view)
        view.resize(640, 1500)
        view.model.set_items(items_for(statuses))
        view.show()
        qtbot.waitExposed(view)
        await eventually(lambda: REGISTRY.line(statuses[2]).startswith("Live now"), 30)
        delegate = view.delegate
        rows = view.model.rows
        assert [REGISTRY.kind_of(s).kind for s in statuses] == ["gallery", "video", "live", "long"]

        def pictures_in() -> bool:
            view.list.viewport().repaint()  # painting asks for the pictures it needs
            for row in rows:
                layout = delegate.layout_for(row, delegate.width)
                post = row.item.status.reblog or row.item.status
                for n, rect in enumerate(layout.media):
                    media = post.media_attachments[n]
                    if images.image(media.preview_url or media.url, rect.size()) is None:
                        return False
            return True

        await eventually(pictures_in, 30)
        assert delegate.layout_for(rows[3], delegate.width).read_more is not None
        # every post whole in the picture, no scroll bar, no focus ring
        view.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for _ in range(2):  # (the rows are measured again at the new width)
            await asyncio.sleep(0.05)
            view.resize(640, sum(view.list.rowHeight(n) for n in range(len(rows))) + 2)
        view.list.clearFocus()
        view.list.viewport().repaint()
        shot(view, "fediverse-timeline.png")
        await settle(window)

"""The whole fediverse in the practice town's window (issue 15): find a PeerTube channel by its
link and follow it, see what kind of account each person is (from their town's NodeInfo), a
Pixelfed profile as a photo grid, and the kinds of posts in a timeline. Everything runs on this
computer (the practice window asks only *.practice towns)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from townsfolk.ui.kinds import REGISTRY
from townsfolk.ui.kinds.profile import CELL

from .test_main_window_support import eventually, settle
from .test_practice_window import practice_window

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


async def test_find_follow_and_see_each_kind_in_the_practice_window(
    qtbot: Any, profile_dir: Path
) -> None:
    async with practice_window(qtbot, profile_dir) as p:
        window = p.window
        window.resize(1100, 760)
        window._show_page("search")
        window.search("https://tube.practice/video-channels/quiet_workshop")
        people = window.search_view.people
        await eventually(lambda: len(people.rows) == 1, 30)
        row = next(iter(people.rows.values()))
        await eventually(lambda: row.kind.text() == "a video channel on PeerTube", 30)
        assert not row.kind.isHidden()
        assert row.kind.accessibleName() == row.kind.text()
        await eventually(row.follow.isEnabled, 30)
        row.follow.click()
        await eventually(lambda: row.following, 30)
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(SHOTS / "fediverse-search-peertube.png"))

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
        assert window.grab().save(str(SHOTS / "fediverse-pixelfed-profile.png"))
        # the practice window's facts come only from the practice towns
        source = REGISTRY.source_for("tube.practice")
        assert source is not None
        assert not source.serves("mastodon.social")

"""Issue 11: every screen this session added, at 800×600 and 1366×768, light and dark, with
nothing cut off (``fit_check.cut_texts``) and nothing bigger than the screen. One main window
per size and colour on the practice town; the screens are visited in turn.

The windows are fitted to the emulated screen; dialogs keep the size they open with (sized by
the app from the real offscreen screen, 800×800), then are moved onto the emulated screen.
The posts' buttons are painted, not widgets, so ``cut_posts`` checks the timeline's layout.

TOWNSFOLK_SCREENSHOTS=docs/screenshots also saves look-<screen>-<size>-<colour>.png."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from townsfolk.ui import moving
from townsfolk.ui.app_settings import AppSettings
from townsfolk.ui.backup_reminder import BANNER_KEY as BACKUP_BANNER
from townsfolk.ui.backup_reminder import REMIND_AFTER, BackupReminder
from townsfolk.ui.kinds import open_kind_window
from townsfolk.ui.people_pages import PeoplePageView
from townsfolk.ui.profile_view import ProfileView
from townsfolk.ui.style import apply_color_scheme, place_on_screen
from townsfolk.ui.timeline import TimelineView

from .fit_check import SLACK, cut_texts
from .shots import shot
from .test_fediverse_kinds import posts_of as kind_posts
from .test_main_window_support import eventually, running, settle
from .test_timeline import item, made_status

#: What a 1366×768 laptop and an 800×600 screen leave for windows (a 32-pixel panel).
SCREENS = {
    "800x600": QRect(0, 32, 800, 600 - 32),
    "1366x768": QRect(0, 32, 1366, 768 - 32),
}


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


@pytest.fixture(autouse=True)
def normal_look() -> Iterator[None]:
    yield
    apply_color_scheme(app(), "system")


async def laid_out() -> None:
    for _ in range(3):
        await asyncio.sleep(0.01)


def cut_posts(top: QWidget) -> list[str]:
    """Post buttons (drawn by the timeline's delegate, so no widgets for ``cut_texts``) that
    stick out of the list they are drawn in, and rows laid out wider than the list."""
    problems = []
    for view in top.findChildren(TimelineView):
        if not view.isVisibleTo(top) or not view.list.isVisibleTo(top):
            continue
        delegate = view.list.itemDelegate()
        width = view.list.viewport().width()
        if delegate.width > width + SLACK:
            problems.append(f"posts laid out {delegate.width} px wide in a list {width} px wide")
        for row in [r for r in view.model.rows if r.kind == "post"][:10]:
            layout = delegate.layout_for(row, width)
            for action, rect in layout.actions:
                if rect.right() > width + SLACK:
                    problems.append(
                        f"post button {action!r} ends at {rect.right()} px in a list "
                        f"{width} px wide"
                    )
    return problems


class Walk:
    """Looks at each screen in turn and writes down what does not fit."""

    def __init__(self, size: str, scheme: str, *, pictures: bool = True) -> None:
        self.size, self.scheme, self.pictures = size, scheme, pictures
        self.screen = SCREENS[size]
        self.problems: list[str] = []

    async def look(self, name: str, widget: QWidget) -> None:
        await laid_out()
        frame = widget.frameGeometry()
        if frame.width() > self.screen.width() or frame.height() > self.screen.height():
            self.problems.append(
                f"{name}: {frame.width()}×{frame.height()} is bigger than the screen"
            )
        self.problems += [f"{name}: {p}" for p in cut_texts(widget)]
        self.problems += [f"{name}: {p}" for p in dict.fromkeys(cut_posts(widget))]
        if self.pictures:
            shot(widget, f"look-{name}-{self.size}-{self.scheme}.png")

    async def dialog(self, name: str, dialog: Any, over: QWidget) -> None:
        """A dialog as the window opened it (its own size), moved onto the screen."""
        await laid_out()
        size = dialog.frameGeometry().size()
        if size.width() > self.screen.width() or size.height() > self.screen.height():
            self.problems.append(f"{name}: opens {size.width()}×{size.height()}, too big")
        place_on_screen(dialog, dialog.size(), over=over, available=self.screen)
        await self.look(name, dialog)
        dialog.reject() if hasattr(dialog, "reject") else dialog.close()
        await laid_out()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["800x600", "1366x768"])
async def test_every_new_screen_fits(
    qtbot: Any,
    profile_dir: Path,
    maple: Any,
    user_token: Any,
    size: str,
    scheme: str,
) -> None:
    walk = Walk(size, scheme)
    apply_color_scheme(app(), scheme)
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        jobs = moving.install(w, r.session, profile_dir)
        try:
            w.fit_to_screen(walk.screen)
            await settle(w)

            w.show_place("notifications")
            await eventually(lambda: bool(w.notifications_view.model.items), 20)
            await walk.look("notifications", w)

            w.show_place("search")
            w.search_view.field.setText("a")
            w.search_view.button.click()
            await settle(w)
            await walk.look("search", w)

            page = w.open_people_to_follow()
            assert isinstance(page, PeoplePageView)
            await eventually(lambda: bool(page.list.rows) and not page.loading, 20)
            await walk.look("people-to-follow", w)

            profile = w.open_profile(f"bob@{maple.domain}")
            assert isinstance(profile, ProfileView)
            await eventually(lambda: profile.person is not None, 20)
            await eventually(lambda: not profile.banner.pixmap().isNull(), 20)
            await settle(w)
            await walk.look("profile", w)  # the banner picture across the top
            profile.followers_button.click()
            followers = w.pages.currentWidget()
            assert isinstance(followers, PeoplePageView)
            await eventually(lambda: not followers.loading, 20)
            await walk.look("followers", w)

            editor = w.open_profile_editor()
            assert editor is not None
            await eventually(lambda: editor.loading is not None and editor.loading.done(), 20)
            await walk.dialog("profile-edit", editor, w)

            await walk.dialog("mute", w.safety.mute_person("bob"), w)
            await walk.dialog("block", w.safety.block_person("carmen"), w)
            await walk.dialog("block-town", w.safety.block_town("harbour.practice"), w)
            report = w.safety.report_person("bob")
            await w.safety.wait()
            await walk.dialog("report", report, w)
            lists = w.safety.open_lists()
            await w.safety.wait()
            await walk.dialog("safety-lists", lists, w)
            words = w.safety.open_hidden_words()
            await w.safety.wait()
            await walk.dialog("hidden-words", words, w)
            await walk.dialog("log-out", w.safety.log_out(), w)

            list_editor = w.lists.new_list()
            assert list_editor is not None
            await walk.dialog("list-new", list_editor, w)

            compose = w.open_compose()
            assert compose is not None
            compose.ask_on_close = lambda: "keep"
            place_on_screen(compose, compose.preferred_size(), over=w, available=walk.screen)
            picker = compose.open_emoji_picker()
            await walk.look("emoji-picker", picker)
            picker.close()
            compose.close()
            await laid_out()

            # A conversation with no replies yet, and the reply window showing the post.
            w.show_place("home")
            await eventually(lambda: bool(kind_rows(w.views["home"])), 20)
            post = next(
                r.key
                for r in kind_rows(w.views["home"])
                if r.item.status.reblog is None and not r.item.status.replies_count
            )
            thread = w.open_thread(post)
            assert thread is not None
            await eventually(lambda: thread.shown is not None, 20)
            await settle(w)
            await walk.look("thread", w)
            w.reply_to(post)
            reply = w.compose
            assert reply is not None
            reply.ask_on_close = lambda: "discard"
            place_on_screen(reply, reply.preferred_size(), over=w, available=walk.screen)
            await walk.look("compose-reply", reply)
            reply.close()
            w.go_back()
            await laid_out()

            # The gentle reminder to add a backup account, days after joining.
            now = [1_000_000.0]
            settings = AppSettings(app(), profile_dir / "settings.json", w.settings)
            reminder = BackupReminder(w, app_settings=settings, clock=lambda: now[0])
            reminder.check()
            now[0] += REMIND_AFTER
            assert reminder.check()
            await walk.look("backup-reminder", w)
            w.banner.clear(BACKUP_BANNER)

            status = w.open_town_status()
            assert status is not None
            await walk.dialog("town-status", status, w)

            wizard = moving.open_wizard(w, "move")
            assert wizard is not None
            await eventually(lambda: wizard.heading.text() != "", 20)
            await walk.dialog("moving", wizard, w)

            for kind, (who, town) in {
                "kind-video": ("quiet_workshop", "tube.practice"),
                "kind-photos": ("lena", "lens.practice"),
            }.items():
                window = open_kind_window(kind_posts(who, town)[0], None, parent=None)
                qtbot.addWidget(window)
                hint = window.sizeHint().expandedTo(window.minimumSizeHint())
                place_on_screen(window, hint, over=w, available=walk.screen)
                await walk.look(kind, window)
                window.close()
            await settle(w)
        finally:
            await jobs.aclose()
    assert walk.problems == [], "\n".join(walk.problems)


async def test_the_walk_finds_cut_words_cut_post_buttons_and_a_window_too_big(
    qtbot: Any,
) -> None:
    """The counter-example: each kind of fault the walk looks for is found."""
    walk = Walk("800x600", "light", pictures=False)
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(900, 300)  # wider than an 800×600 screen
    label = QLabel("A sentence that needs far more room than this", window)
    label.setGeometry(0, 0, 60, 20)
    posts = TimelineView(town="maple.practice", parent=window)
    posts.setGeometry(0, 40, 90, 250)  # too narrow for Boost and Favourite
    posts.model.set_items([item(made_status(1, content="<p>Hello</p>"))])
    window.show()
    await walk.look("broken", window)
    text = "\n".join(walk.problems)
    assert "bigger than the screen" in text
    assert "label 'A sentence that needs far more room than': " in text
    assert "px of text in 60 px" in text
    assert "post button 'favourite'" in text


def kind_rows(view: TimelineView) -> list[Any]:
    """The rows of a timeline that are posts."""
    return [r for r in view.model.rows if r.kind == "post"]

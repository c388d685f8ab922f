"""The Settings window is a clean form in four parts (Reading, Looks, Your account, Keeping
things tidy) that scrolls when it must and cuts nothing off, at 1366×768 and 800×600, light
and dark, with the text at 100 % and 200 % (issue 11); "Space for saved pictures", "Posts kept
in each list" and "Free up space now" (which says how much was freed) are in it.

Screenshots (docs/screenshots/settings-*.png) are saved when TOWNSFOLK_SCREENSHOTS is set."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QRect
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from tests.cache.conftest import make_post
from townsfolk import paths
from townsfolk.cache import Database, MediaCache
from townsfolk.services.housekeeping import Housekeeping
from townsfolk.services.settings import Settings
from townsfolk.ui.settings_dialog import BackupChoice, SettingsDialog
from townsfolk.ui.style import apply_color_scheme, apply_text_scale, place_on_screen

from .fit_check import cut_texts, settle_layouts
from .shots import shot

LAPTOP = QRect(0, 0, 1366, 768)
SMALL = QRect(0, 0, 800, 600)


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


@pytest.fixture
def look() -> Iterator[None]:
    """Text size and colours are put back after each test."""
    yield
    apply_text_scale(app(), 100)
    apply_color_scheme(app(), "system")


def backups() -> list[BackupChoice]:
    return [
        BackupChoice(
            7,
            "annemarie.lindqvist-oyelaran@harbour-of-the-north.example",
            True,
            "Following 312 of 540 people on your backup account",
        )
    ]


def open_dialog(qtbot: Any, screen: QRect, scale: int = 100, **kwargs: Any) -> SettingsDialog:
    dialog = SettingsDialog(Settings(text_scale=scale), backups=backups(), **kwargs)
    qtbot.addWidget(dialog)
    place_on_screen(dialog, dialog.size(), available=screen)  # as AppSettings does
    dialog.show()
    settle_layouts()
    return dialog


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("screen", [LAPTOP, SMALL], ids=["1366x768", "800x600"])
def test_nothing_is_cut_off(qtbot: Any, look: None, screen: QRect, scale: int, scheme: str) -> None:
    apply_text_scale(app(), scale)
    apply_color_scheme(app(), scheme)
    dialog = open_dialog(qtbot, screen, scale)
    assert screen.contains(dialog.geometry())
    assert cut_texts(dialog) == []
    # The parts, in order, each with its heading.
    headings = [
        label.text()
        for label in dialog.page.findChildren(QLabel)
        if label.accessibleName() in ("Reading", "Looks", "Your account", "Keeping things tidy")
    ]
    assert headings == ["Reading", "Looks", "Your account", "Keeping things tidy"]
    # Nothing wider than the window: the page scrolls up and down only.
    scroll = dialog.findChild(QScrollArea, "settingsScroll")
    assert scroll is not None
    assert dialog.page.width() <= scroll.viewport().width()
    assert dialog.page.minimumSizeHint().width() <= scroll.viewport().width()
    name = f"settings-{screen.width()}x{screen.height()}-{scheme}-{scale}.png"
    shot(dialog, name)
    if scale == 200 and screen == SMALL:
        # Everything can be reached by scrolling.
        assert scroll.verticalScrollBar().maximum() > 0
        scroll.ensureWidgetVisible(dialog.follow_same[7])
        shot(dialog, f"settings-{screen.width()}x{screen.height()}-{scheme}-{scale}-middle.png")
        scroll.ensureWidgetVisible(dialog.free_space_button)
        shot(dialog, f"settings-{screen.width()}x{screen.height()}-{scheme}-{scale}-end.png")


def test_housekeeping_settings_are_in_plain_words(qtbot: Any, look: None) -> None:
    settings = Settings(picture_cache_mb=1000, posts_kept_per_list=5000)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.picture_space.accessibleName() == "Space for saved pictures"
    assert dialog.posts_kept.accessibleName() == "Posts kept in each list"
    assert dialog.picture_space.currentData() == 1000
    assert dialog.picture_space.currentText() == "1 GB"
    assert dialog.posts_kept.currentText() == f"{QLocale().toString(5000)} posts"
    texts = [dialog.picture_space.itemText(i) for i in range(dialog.picture_space.count())]
    assert "500 MB (usual)" in texts
    seen: list[Settings] = []
    dialog.settings_changed.connect(seen.append)
    dialog.picture_space.setCurrentIndex(dialog.picture_space.findData(250))
    dialog.posts_kept.setCurrentIndex(dialog.posts_kept.findData(500))
    assert seen[-1].picture_cache_mb == 250
    assert seen[-1].posts_kept_per_list == 500
    # A value written by hand in the settings file is kept and shown.
    odd = SettingsDialog(Settings(picture_cache_mb=777, posts_kept_per_list=3333))
    qtbot.addWidget(odd)
    assert odd.picture_space.currentData() == 777
    assert odd.posts_kept.currentData() == 3333
    # Without a session there is nothing to free.
    assert not dialog.free_space_button.isEnabled()


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[tuple[Database, MediaCache]]:
    """600 posts in one list and 40 saved pictures of 100 kB nobody has looked at for two
    days (no post names them)."""
    db = Database.open(tmp_path / "t.db")
    account = db.accounts.add(
        server_url="https://town.example", server_domain="town.example", handle="a@town.example"
    )
    ids = [str(1000 + n) for n in range(600)]
    db.posts.upsert_many(account.local_id, [make_post(i) for i in ids])
    db.timelines.put_page(account.local_id, "home", ids[::-1])
    cache = MediaCache(db, paths.media_cache_dir(tmp_path), max_bytes=10**9)
    long_ago = time.time() - 2 * 24 * 3600
    for n in range(40):
        cache.put(f"https://town.example/old/{n}.png", bytes(100_000), now=long_ago + n)
    try:
        yield db, cache
    finally:
        db.close()


async def test_free_up_space_now_says_how_much_was_freed(
    qtbot: Any, look: None, filled: tuple[Database, MediaCache]
) -> None:
    db, cache = filled
    account = db.accounts.list()[0].local_id
    keeper = Housekeeping(db, cache)
    dialog = open_dialog(qtbot, LAPTOP, housekeeping=keeper)
    dialog.posts_kept.setCurrentIndex(dialog.posts_kept.findData(500))
    assert dialog.free_space_button.isEnabled()
    assert dialog.free_space_button.text().replace("&", "") == "Free up space now"
    sentence = await dialog.free_space()
    assert sentence == (
        "Freed 4.0 MB: 40 saved pictures and 100 old posts were let go. "
        "Saved pictures now take 0 bytes."
    )
    assert dialog.freed.text() == sentence
    assert dialog.freed.isVisible()
    assert db.timelines.count(account, "home") == 500
    assert cache.total_size() == 0
    assert cut_texts(dialog) == []
    scroll = dialog.findChild(QScrollArea, "settingsScroll")
    assert scroll is not None
    scroll.ensureWidgetVisible(dialog.freed)
    shot(dialog, "settings-freed-space.png")
    # Again: nothing more to let go, said so.
    again = await dialog.free_space()
    assert again == "There was nothing to let go. Saved pictures now take 0 bytes."


async def test_free_up_space_button_runs_once_at_a_time(
    qtbot: Any, look: None, filled: tuple[Database, MediaCache]
) -> None:
    db, cache = filled
    keeper = Housekeeping(db, cache)
    dialog = open_dialog(qtbot, LAPTOP, housekeeping=keeper)
    runs: list[int] = []
    run_once = keeper.run_once

    def counting() -> Any:
        runs.append(1)
        return run_once()

    keeper.run_once = counting  # type: ignore[method-assign]
    dialog.free_space_button.click()
    assert not dialog.free_space_button.isEnabled()  # a second click cannot start another
    dialog.free_space_button.click()
    task = dialog._freeing
    assert task is not None
    await task
    assert runs == [1]
    assert dialog.free_space_button.isEnabled()
    assert dialog.freed.text().startswith("Freed ")

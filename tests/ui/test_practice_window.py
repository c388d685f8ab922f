"""The practice town's window works like the main one (issue 11, breaks 2 and 3): its pictures
come from the practice town, Settings… and Larger text work there, and Quit quits Townsfolk
(no empty window stays behind).

Composed as app.py composes it: ``build_window`` (the shared settings), a real Session on the
test's profile, and the welcome flow; the practice town is opened by clicking through the
wizard's first pages.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from townsfolk import paths
from townsfolk.app import build_window
from townsfolk.services.directory import DirectoryService
from townsfolk.services.session import Session
from townsfolk.services.settings import load_settings
from townsfolk.ui.main_window import MainWindow
from townsfolk.ui.onboarding.wizard import WizardContext
from townsfolk.ui.welcome_flow import WelcomeFlow

from .test_main_window_support import eventually, fast_client, posts_of, settle, wait_rows


@dataclass
class Practice:
    main: MainWindow
    flow: WelcomeFlow
    window: MainWindow  # the practice town's


@contextlib.asynccontextmanager
async def practice_window(qtbot: Any, profile: Path) -> AsyncIterator[Practice]:
    main: Any = build_window(profile)
    qtbot.addWidget(main)
    session = Session.open(profile, client_factory=fast_client, follow_sync_interval=None)
    flow: WelcomeFlow | None = None
    try:
        await session.start()
        main.use_session(session, main.settings)
        main.show()
        context = WizardContext(
            profile=profile,
            accounts=session.accounts_service,
            # A closed port: the directory stays offline (the practice town needs none).
            directory=DirectoryService(profile, base_url="http://127.0.0.1:9"),
            wait_interval=0.05,
        )
        flow = WelcomeFlow(main, session, profile, context=context, app_settings=main.app_settings)
        context.practice = flow.practice
        flow.start()
        wizard = flow.wizard
        assert wizard is not None
        wizard.next_button.click()  # Welcome -> how would you like to start?
        assert wizard.current_key == "path"
        wizard.pages["path"].choices["practice"].setChecked(True)
        wizard.next_button.click()
        await eventually(lambda: flow is not None and flow.practice_window is not None, 30)
        assert flow.practice_window is not None
        yield Practice(main, flow, flow.practice_window)
    finally:
        if flow is not None:
            await flow.aclose()
        await main.aclose()
        await session.aclose()


async def test_pictures_in_the_practice_town_come_from_the_practice_town(
    qtbot: Any, profile_dir: Path, tmp_path: Path
) -> None:
    async with practice_window(qtbot, profile_dir) as p:
        home = p.window.views["home"]
        await wait_rows(home)
        await settle(p.window)
        images = p.window.images
        assert images is not None
        with_pictures = [
            r.item.status.reblog or r.item.status
            for r in home.model.rows
            if r.kind == "post" and (r.item.status.reblog or r.item.status).media_attachments
        ]
        assert with_pictures, "the practice town has posts with pictures"
        url = with_pictures[0].media_attachments[0].preview_url
        assert url.startswith("https://")  # a practice town's address, never on the network
        size = QSize(200, 150)
        images.image(url, size)
        await eventually(lambda: images.image(url, size) is not None, 15)
        assert not images.image(url, size).isNull()

        # The person's own picture, posted in the practice town, shows too.
        compose = p.window.open_compose()
        assert compose is not None
        compose.text_edit.setPlainText("Practising with a picture")
        path = tmp_path / "practice.png"
        Image.new("RGB", (300, 200), (200, 120, 40)).save(path)
        assert await compose.add_picture(str(path), "An orange square")
        assert await compose.send()

        def own() -> Any:
            return next(
                (x for x in posts_of(home) if "Practising with a picture" in x.content), None
            )

        await eventually(lambda: own() is not None, 20)
        own_url = own().media_attachments[0].preview_url
        images.image(own_url, size)
        await eventually(lambda: images.image(own_url, size) is not None, 15)
        await settle(p.window)


async def test_settings_and_larger_text_work_in_the_practice_window(
    qtbot: Any, profile_dir: Path
) -> None:
    async with practice_window(qtbot, profile_dir) as p:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        before = app.font().pointSizeF()
        p.window.larger_action.trigger()
        assert app.font().pointSizeF() > before
        assert load_settings(paths.settings_path(profile_dir)).text_scale == 110
        assert p.main.text_scale == 110, "both windows know the text size"
        p.window.normal_action.trigger()
        assert load_settings(paths.settings_path(profile_dir)).text_scale == 100

        p.window.settings_action.trigger()
        dialog = p.main.app_settings.dialog
        assert dialog is not None
        assert dialog.parent() is p.window, "opened over the window it was asked from"
        await eventually(dialog.isVisible)
        dialog.sensitive.setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert load_settings(paths.settings_path(profile_dir)).show_sensitive_media is True
        assert p.window.settings.show_sensitive_media is True
        assert p.main.settings.show_sensitive_media is True
        await settle(p.window)


async def test_quit_in_the_practice_window_leaves_no_window_behind(
    qtbot: Any, profile_dir: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # the test's loop must go on after "Quit"
    try:
        async with practice_window(qtbot, profile_dir) as p:
            assert p.main.isVisible()
            assert p.window.isVisible()
            await settle(p.window)
            p.window.quit_action.trigger()
            visible = [w for w in app.topLevelWidgets() if w.isVisible()]
            assert visible == []
    finally:
        app.setQuitOnLastWindowClosed(True)


async def test_closing_the_practice_window_ends_the_practice(qtbot: Any, profile_dir: Path) -> None:
    """The title bar's close button: the practice towns stop and nothing polls unseen."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    try:
        async with practice_window(qtbot, profile_dir) as p:
            await settle(p.window)
            assert p.flow.practice.running
            p.window.close()  # what the title bar's X does
            await eventually(lambda: p.flow.practice_window is None, 10)
            await eventually(lambda: not p.flow.practice.running, 10)
            assert p.flow.practice_session is None
    finally:
        app.setQuitOnLastWindowClosed(True)

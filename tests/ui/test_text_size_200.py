"""Text at 200 % cuts nothing off (issue 11): the main window, "Write a post", Settings, the
welcome wizard's first pages and a profile, each checked label by label and button by button
(tests/ui/fit_check.py: a label's text fits its place or wraps into the height it was given,
nothing covers it, a button is wide and tall enough for its words).

Screenshots (docs/screenshots/text-200-*.png) are saved when TOWNSFOLK_SCREENSHOTS is set."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from townsfolk.api.entities import Relationship
from townsfolk.ui.app_settings import AppSettings
from townsfolk.ui.profile_view import ProfileView
from townsfolk.ui.style import apply_color_scheme, apply_text_scale, place_on_screen

from .fit_check import cut_texts
from .shots import shot
from .test_main_window_pages import person
from .test_main_window_support import running, settle, wait_rows
from .test_onboarding import browser, db, fake_directory, make_wizard  # noqa: F401 (fixtures)

#: What a 1366×768 laptop leaves for windows (a 32-pixel panel).
LAPTOP = QRect(0, 32, 1366, 768 - 32)
SMALL = QRect(0, 32, 800, 600 - 32)


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


@pytest.fixture(autouse=True)
def text_200() -> Iterator[None]:
    """Every test runs with the text at 200 % and puts it back."""
    apply_text_scale(app(), 200)
    yield
    apply_color_scheme(app(), "system")
    apply_text_scale(app(), 100)


async def laid_out() -> None:
    """Let Qt run its posted layout requests (through the one qasync loop)."""
    for _ in range(3):
        await asyncio.sleep(0.01)


@pytest.mark.parametrize("screen", [LAPTOP, SMALL], ids=["1366x768", "800x600"])
async def test_main_window_compose_and_settings_at_200(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any, screen: QRect
) -> None:
    size = f"{screen.width()}x{screen.height() + 32}"
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await wait_rows(w.views["home"])
        w.fit_to_screen(screen)
        await laid_out()
        # The whole window fits the screen (with its frame): nothing beyond the right edge.
        assert w.geometry().width() + 16 <= screen.width()
        assert cut_texts(w) == []
        shot(w, f"text-200-main-{size}.png")

        compose = w.open_compose()
        assert compose is not None
        place_on_screen(compose, compose.preferred_size(), over=w, available=screen)
        await laid_out()
        shot(compose, f"text-200-compose-{size}.png")
        assert cut_texts(compose) == []
        compose.close()

        AppSettings(app(), profile_dir / "settings.json", w.settings).attach(w)
        w.settings_action.trigger()
        dialog = w.settings_dialog
        place_on_screen(dialog, dialog.size(), over=w, available=screen)
        await laid_out()
        assert cut_texts(dialog) == []
        shot(dialog, f"text-200-settings-{size}.png")
        dialog.reject()
        await settle(w)


async def test_the_welcome_wizard_first_pages_at_200(
    make_wizard: Any,  # noqa: F811 (the fixture imported above)
) -> None:
    wizard = make_wizard()
    await laid_out()
    assert cut_texts(wizard) == []
    shot(wizard, "text-200-wizard-1.png")
    wizard.next_button.click()  # the page with the big choice buttons
    await laid_out()
    assert cut_texts(wizard) == []
    shot(wizard, "text-200-wizard-2.png")


@pytest.mark.parametrize("width", [900, 540])
async def test_a_profile_at_200(qtbot: Any, width: int) -> None:
    # In the main window, the profile gets the room beside the places (on an 800×600 screen
    # at 200 %, about 540 pixels), whatever its own minimum size.
    room = QWidget()
    qtbot.addWidget(room)
    room.resize(width, 700)
    view = ProfileView(town="maple.practice", parent=room)
    view.setGeometry(0, 0, width, 700)
    room.show()
    view.set_person(person("Annemarie Lindqvist", "ann"), Relationship(id="ann", following=True))
    await laid_out()
    assert cut_texts(view) == []
    shot(room, f"text-200-profile-{width}.png")

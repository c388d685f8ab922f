"""Issue 11, breaks 7, 8 and 12, tried as a newcomer on a 1366×768 laptop would: larger text
reaches every widget (the sidebar, the account menu, "Write a post") and the text-size slider
stays under the pointer; windows fit 1366×768 and 800×600 with no button cut, and posts keep a
readable line width on a big screen; buttons keep their width when their text changes; Colours
→ Dark uses our own palette (readable: contrast measured); the Help menu has real pages.

TOWNSFOLK_SCREENSHOTS=docs/screenshots also writes look-*.png (1366×768 and 800×600, light and
dark) of every screen touched.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QPushButton,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QWidget,
)

from townsfolk.api.entities import Relationship
from townsfolk.app import build_window
from townsfolk.services.settings import Settings
from townsfolk.ui.help_window import HelpWindow, bound_shortcuts
from townsfolk.ui.main_window import MainWindow
from townsfolk.ui.profile_view import ProfileView
from townsfolk.ui.settings_dialog import SettingsDialog
from townsfolk.ui.style import (
    DARK_COLOURS,
    FRAME,
    LIGHT_COLOURS,
    READABLE_PAIRS,
    SteadyButton,
    apply_color_scheme,
    apply_text_scale,
    contrast,
    make_palette,
    place_on_screen,
    readable,
)
from townsfolk.ui.timeline import TimelineView

from .test_main_window_pages import person
from .test_main_window_support import eventually, running, settle, wait_rows
from .test_onboarding import browser, db, fake_directory, make_wizard  # noqa: F401 (fixtures)
from .test_timeline import item, made_status

#: What a 1366×768 laptop and an 800×600 screen leave for windows (a 32-pixel panel).
LAPTOP = QRect(0, 32, 1366, 768 - 32)
SMALL = QRect(0, 32, 800, 600 - 32)
SHOTS = os.environ.get("TOWNSFOLK_SCREENSHOTS")


@pytest.fixture(autouse=True)
def normal_look() -> Iterator[None]:
    """Every test leaves the app's text size and colours as it found them."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    size = app.font().pointSizeF()
    yield
    apply_color_scheme(app, "system")
    apply_text_scale(app, round(size / 11.0 * 100))


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


def inside(rect: QRect, area: QRect) -> bool:
    """``rect`` with its window frame is inside ``area``."""
    return area.contains(rect.marginsAdded(FRAME))


def cut_buttons(window: QWidget) -> list[str]:
    """The visible buttons narrower or lower than their text needs."""
    cut = []
    for button in window.findChildren(QPushButton):
        if not button.isVisibleTo(window) or button.width() == 0:
            continue
        hint = button.minimumSizeHint()
        if button.width() < hint.width() or button.height() < hint.height():
            cut.append(f"{button.text()!r} {button.size().toTuple()} < {hint.toTuple()}")
    return cut


async def laid_out() -> None:
    """Let Qt run its posted layout requests (through the one qasync loop)."""
    for _ in range(3):
        await asyncio.sleep(0.01)


def shoot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


# ------------------------------------------------------------------ break 7: larger text


def small_fonts(window: QWidget, at_least: float) -> list[str]:
    """Visible widgets whose text is smaller than ``at_least`` points (left behind)."""
    found = []
    for widget in window.findChildren(QWidget):
        if widget.isVisibleTo(window) and widget.font().pointSizeF() < at_least:
            chain, parent = [], widget
            while parent is not None and parent is not window:
                chain.append(f"{type(parent).__name__}#{parent.objectName()}")
                parent = parent.parentWidget()
            found.append(f"{widget.font().pointSizeF()} " + " < ".join(chain))
    return found


async def test_larger_text_reaches_the_sidebar_account_menu_and_write_button(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await wait_rows(w.views["home"])
        apply_text_scale(app(), 100)
        await laid_out()
        side = w.navigation.parentWidget()
        assert side is not None
        before = {
            "places": w.navigation.font().pointSizeF(),
            "account menu": w.switcher.font().pointSizeF(),
            "write": w.write_button.font().pointSizeF(),
            "side": side.width(),
        }
        apply_text_scale(app(), 200)
        await laid_out()
        assert w.navigation.font().pointSizeF() >= 1.9 * before["places"]
        assert w.switcher.font().pointSizeF() >= 1.9 * before["account menu"]
        assert w.write_button.font().pointSizeF() >= 1.9 * before["write"]
        assert small_fonts(w, 0.95 * app().font().pointSizeF()) == []
        await eventually(lambda: side.width() >= before["side"])  # it never shrinks
        # The account menu shows both lines (name and address), and no button under a post
        # runs off the right edge: they go on a second line.
        await eventually(lambda: w.switcher.height() >= 2 * w.switcher.fontMetrics().lineSpacing())
        home = w.views["home"]
        for row in home.model.rows[:5]:
            layout = home.delegate.layout_for(row, home.delegate.width)
            assert all(rect.right() < layout.width for _, rect in layout.actions)
        # The places' rows grew with their text.
        rect = w.navigation.visualItemRect(w.navigation.item(0))
        assert rect.height() >= w.navigation.fontMetrics().height()
        shoot(w, "look-larger-text-200.png")
        apply_text_scale(app(), 100)
        await laid_out()
        assert w.navigation.font().pointSizeF() == pytest.approx(before["places"])
        await settle(w)


def _press(slider: QSlider, kind: QEvent.Type, pos: QPoint) -> None:
    buttons = (
        Qt.MouseButton.NoButton
        if kind == QEvent.Type.MouseButtonRelease
        else Qt.MouseButton.LeftButton
    )
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(slider.mapToGlobal(pos)),
        Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(slider, event)


def _handle(slider: QSlider) -> QRect:
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    return slider.style().subControlRect(
        QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
    )


def test_the_text_size_slider_stays_under_the_pointer_and_snaps(qtbot: Any) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[int] = []
    dialog.settings_changed.connect(lambda s: seen.append(s.text_scale))
    # What AppSettings does: every change is applied to the whole app at once.
    dialog.settings_changed.connect(lambda s: apply_text_scale(app(), s.text_scale))
    apply_text_scale(app(), 100)
    slider = dialog.text_size
    start_font = app().font().pointSizeF()
    pointer = _handle(slider).center()
    _press(slider, QEvent.Type.MouseButtonPress, pointer)
    for _ in range(12):
        pointer += QPoint(7, 0)
        _press(slider, QEvent.Type.MouseMove, pointer)
        # Nothing grows while the handle is held, and the handle stays under the pointer.
        assert app().font().pointSizeF() == start_font
        assert _handle(slider).adjusted(-2, -2, 2, 2).contains(pointer)
        assert seen == []
    shown = dialog.text_size_value.text()
    _press(slider, QEvent.Type.MouseButtonRelease, pointer)
    assert len(seen) == 1, "applied once, when the handle is let go"
    assert seen[0] % 10 == 0
    assert seen[0] > 100
    assert shown == f"{seen[0]} %", "the number shown while dragging is what is applied"
    assert slider.value() == seen[0]
    assert app().font().pointSizeF() > start_font
    # A click beside the handle moves one step, not to the pointer.
    value = slider.value()
    beside = QPoint(slider.width() - 3, _handle(slider).center().y())
    _press(slider, QEvent.Type.MouseButtonPress, beside)
    _press(slider, QEvent.Type.MouseButtonRelease, beside)
    assert slider.value() in (value, value + 10)
    # Any value is put on a step.
    slider.setValue(137)
    assert slider.value() == 140
    assert seen[-1] == 140


# ------------------------------------------------------------------ break 8: windows that fit


@pytest.mark.parametrize("screen", [LAPTOP, SMALL], ids=["1366x768", "800x600"])
def test_the_main_window_opens_inside_the_screen(qtbot: Any, screen: QRect) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.fit_to_screen(screen)
    geometry = window.geometry()
    assert inside(geometry, screen)
    assert geometry.width() <= 0.9 * screen.width()
    assert geometry.height() <= 0.9 * screen.height()
    # The old fixed 1100×780 did not fit a laptop.
    assert MainWindow.DEFAULT_SIZE.height() > LAPTOP.height() * 0.9


def test_a_remembered_size_from_a_bigger_screen_is_kept_on_this_one(
    qtbot: Any, profile_dir: Path
) -> None:
    settings = QSettings(str(profile_dir / "window.ini"), QSettings.Format.IniFormat)
    big = MainWindow()
    qtbot.addWidget(big)
    big.setGeometry(QRect(1800, 1000, 2400, 1500))  # on a large monitor, now unplugged
    big.save_geometry_to(settings)
    window = MainWindow()
    qtbot.addWidget(window)
    window.restore_geometry_from(settings)
    screen = window.screen().availableGeometry()
    assert inside(window.geometry(), screen)


async def test_the_window_and_compose_fit_800x600_and_1366x768_without_cut_buttons(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any
) -> None:
    async with running(qtbot, profile_dir, [(maple, user_token(maple.domain))]) as r:
        w = r.window
        await wait_rows(w.views["home"])
        for name, screen in (("1366x768", LAPTOP), ("800x600", SMALL)):
            w.fit_to_screen(screen)
            await laid_out()
            assert inside(w.geometry(), screen), name
            assert w.minimumSizeHint().width() <= w.width(), name
            assert cut_buttons(w) == [], name
            for place in ("notifications", "search", "home"):
                w.show_place(place)
                await laid_out()
                assert cut_buttons(w) == [], (name, place)
            compose = w.open_compose()
            assert compose is not None
            place_on_screen(compose, compose.preferred_size(), over=w, available=screen)
            await laid_out()
            assert inside(compose.geometry(), screen), name
            assert compose.minimumSizeHint().height() <= compose.height(), name
            assert cut_buttons(compose) == [], name
            for scheme in ("light", "dark"):
                apply_color_scheme(app(), scheme)
                await laid_out()
                shoot(w, f"look-main-{name}-{scheme}.png")
                shoot(compose, f"look-compose-{name}-{scheme}.png")
            apply_color_scheme(app(), "system")
            compose.close()
            await laid_out()
        # Larger text on the laptop: still nothing cut.
        apply_text_scale(app(), 150)
        w.fit_to_screen(LAPTOP)
        await laid_out()
        assert inside(w.geometry(), LAPTOP)
        assert cut_buttons(w) == []
        compose = w.open_compose()
        assert compose is not None
        place_on_screen(compose, compose.preferred_size(), over=w, available=LAPTOP)
        await laid_out()
        assert inside(compose.geometry(), LAPTOP)
        assert cut_buttons(compose) == []
        shoot(w, "look-main-1366x768-text-150.png")
        shoot(compose, "look-compose-1366x768-text-150.png")
        compose.close()
        await settle(w)


def test_the_compose_window_opens_on_screen_next_to_a_window_at_the_edge(qtbot: Any) -> None:
    anchor = QWidget()
    qtbot.addWidget(anchor)
    anchor.setGeometry(QRect(1200, 600, 300, 200))  # mostly off a 1366×768 screen
    anchor.show()
    dialog = QWidget()
    qtbot.addWidget(dialog)
    rect = place_on_screen(dialog, QSize(640, 560), over=anchor, available=LAPTOP)
    assert inside(rect, LAPTOP)
    assert rect.size() == QSize(640, 560)


def test_posts_keep_a_readable_width_on_a_big_screen(qtbot: Any) -> None:
    view = TimelineView(town="maple.practice")
    qtbot.addWidget(view)
    view.resize(1900, 900)
    view.show()
    post = made_status(1, content="<p>" + "A long line of words. " * 80 + "</p>")
    view.model.set_items([item(post)])
    row = view.model.rows[0]
    width = view.delegate.width
    layout = view.delegate.layout_for(row, width)
    assert layout.body is not None
    em = view.fontInfo().pixelSize()
    assert layout.body.width() <= 41 * em, "about 40 letters' width of text, not 1,000 px"
    left = layout.avatar.left()
    right = width - layout.body.right()
    assert abs(left - right) <= em, "the column is centred"
    # A narrow window still uses all of its width.
    view.resize(520, 900)
    narrow = view.delegate.layout_for(row, view.delegate.width)
    assert narrow.avatar.left() < em
    shoot(view, "look-timeline-wide.png")


# ------------------------------------------------------------------ break 12: steady buttons


def test_the_follow_button_keeps_its_width(qtbot: Any) -> None:
    view = ProfileView(town="maple.practice")
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    view.set_person(person("Ann", "ann"), Relationship(id="ann", following=False))
    widths = set()
    for state in (
        Relationship(id="ann", following=False),
        Relationship(id="ann", following=True),
        Relationship(id="ann", requested=True),
        Relationship(id="ann", following=False),
    ):
        view.set_relationship(state)
        view.layout().activate()
        view.follow_button.parentWidget().layout().activate()
        widths.add(view.follow_button.width())
    assert len(widths) == 1, widths
    shoot(view, "look-profile-follow.png")


def test_a_steady_button_is_as_wide_as_its_widest_text(qtbot: Any) -> None:
    button = SteadyButton(("Show them", "Hide them and more"))
    qtbot.addWidget(button)
    wide = QPushButton("Hide them and more")
    qtbot.addWidget(wide)
    assert button.sizeHint().width() >= wide.sizeHint().width()
    before = button.sizeHint()
    button.setText("Hide them and more")
    assert button.sizeHint() == before


def test_pressing_a_post_button_moves_none_of_the_buttons_after_it(qtbot: Any) -> None:
    view = TimelineView(town="maple.practice")
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    for count in (0, 9, 99, 1234):
        post = made_status(2, favourites_count=count, reblogs_count=count, media_attachments=[])
        view.model.set_items([item(post)])
        before = view.delegate.layout_for(view.model.rows[0], view.delegate.width).actions
        pressed = msgspec.structs.replace(
            post,
            favourited=True,
            reblogged=True,
            bookmarked=True,
            favourites_count=count + 1,
            reblogs_count=count + 1,
        )
        view.model.update_status(pressed)
        after = view.delegate.layout_for(view.model.rows[0], view.delegate.width).actions
        assert after == before, count


# ------------------------------------------------------------------ break 12: dark palette


@pytest.mark.parametrize("colours", [DARK_COLOURS, LIGHT_COLOURS], ids=["dark", "light"])
def test_our_palettes_are_readable(colours: dict[QPalette.ColorRole, str]) -> None:
    palette = make_palette(colours)
    for text, background in READABLE_PAIRS:
        ratio = contrast(palette.color(text), palette.color(background))
        assert ratio >= 4.5, f"{text.name} on {background.name}: {ratio:.2f}"


def test_contrast_is_measured_right() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_warning_colours_stay_readable_on_both_palettes(scheme: str) -> None:
    apply_color_scheme(app(), scheme)
    window = app().palette().color(QPalette.ColorRole.Window)
    for colour in ("#b00020", "#2e7d32", "#b7791f", "#c62828", "#757575"):
        made = readable(colour)
        assert contrast(QColor(made), window) >= 4.5, (colour, made)
        # Still the same kind of colour (a red stays a red).
        assert abs(QColor(made).hslHue() - QColor(colour).hslHue()) <= 12 or (
            QColor(colour).hslSaturation() < 20
        )


def test_dark_in_settings_changes_the_colours_and_cancel_puts_them_back(
    qtbot: Any, profile_dir: Path
) -> None:
    window = build_window(profile_dir)
    qtbot.addWidget(window)
    window.show()
    before = app().palette().color(QPalette.ColorRole.Window)
    window.settings_action.trigger()
    dialog = window.settings_dialog
    dialog.colors.setCurrentIndex(dialog.colors.findData("dark"))
    palette = app().palette()
    window_colour = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    assert window_colour.lightnessF() < 0.25
    assert text.lightnessF() > 0.85
    assert contrast(text, window_colour) >= 4.5
    assert (
        contrast(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base))
        >= 4.5
    )
    # The widgets follow (they are drawn with the app's palette).
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window) == window_colour)
    shoot(dialog, "look-settings-dark.png")
    dialog.colors.setCurrentIndex(dialog.colors.findData("light"))
    assert app().palette().color(QPalette.ColorRole.Window).lightnessF() > 0.9
    qtbot.waitUntil(lambda: dialog.palette().color(QPalette.ColorRole.Window).lightnessF() > 0.9)
    shoot(dialog, "look-settings-light.png")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert app().palette().color(QPalette.ColorRole.Window) == before


# ------------------------------------------------------------------ break 12: the Help menu


def test_the_help_menu_has_real_pages(qtbot: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    help_menu = window.menuBar().actions()[-1].menu()
    entries = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert entries == [
        "&How Townsfolk works",
        "&Keyboard shortcuts",
        "&What the words mean",
        "&About Townsfolk",
    ]
    expected = {
        window.how_action: ("places on the left", "backup account"),
        window.words_action: ("Boost", "Content warning"),
        window.shortcuts_action: ("Write a post", "Larger text"),
    }
    for action, words in expected.items():
        action.trigger()
        page = window.help_window
        assert isinstance(page, HelpWindow)
        assert page.isVisible()
        text = page.text.toPlainText()
        for word in words:
            assert word in text, (action.text(), word)
        assert inside(page.geometry(), page.screen().availableGeometry())
        shoot(page, f"look-help-{page.key}.png")
        if page.key == "shortcuts":
            apply_color_scheme(app(), "dark")
            qtbot.waitUntil(
                lambda p=page: p.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5
            )
            shoot(page, "look-help-shortcuts-dark.png")
            apply_color_scheme(app(), "system")
        page.close()
    assert "F1" in [s.toString() for s in window.how_action.shortcuts()]


def test_the_shortcuts_page_lists_every_key_bound_in_the_menus(qtbot: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    listed = {what for _, rows in bound_shortcuts(window) for what, _ in rows}
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            if action.shortcuts():
                assert action.text().replace("&", "").rstrip("…").strip() in listed
    page = window.show_help("shortcuts")
    text = page.text.toPlainText()
    assert "Ctrl+N" in text
    assert "Ctrl+Return" in text.replace("Enter", "Return")
    page.close()


def test_the_picture_viewer_and_edit_window_open_inside_the_screen(qtbot: Any) -> None:
    from townsfolk.ui.media_viewer import EditPostDialog, MediaViewer

    for dialog in (MediaViewer("https://pictures.example/a.png", "A cat"), EditPostDialog("Hi")):
        qtbot.addWidget(dialog)
        # The offscreen screen is 800×800: the viewer's old fixed 800×640 went past its edge.
        assert inside(dialog.geometry(), dialog.screen().availableGeometry())


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_banner_buttons_are_readable_on_both_palettes(qtbot: Any, scheme: str) -> None:
    from townsfolk.ui.banner import _COLOURS, Banner

    apply_color_scheme(app(), scheme)
    banner = Banner()
    qtbot.addWidget(banner)
    banner.show_message(
        "down",
        "maple.practice is not answering.",
        kind="warning",
        action_text="Post from my backup instead",
    )
    banner.show()
    background = QColor(_COLOURS["warning"][0])
    buttons = [b for b in banner.findChildren(QPushButton) if b.isVisibleTo(banner)]
    assert buttons
    for button in buttons:
        text = button.palette().color(QPalette.ColorRole.ButtonText)
        assert contrast(text, background) >= 4.5, (button.text(), text.name())


async def test_the_welcome_wizard_opens_inside_the_screen(
    make_wizard: Any,  # noqa: F811 (the fixture imported above)
) -> None:
    # The offscreen screen is 800×800: the wizard's old fixed 900×700 went past its edge.
    wizard = make_wizard()
    assert inside(wizard.geometry(), wizard.screen().availableGeometry())
    assert wizard.width() <= 0.9 * wizard.screen().availableGeometry().width()
    assert cut_buttons(wizard) == []
    for scheme in ("light", "dark"):
        apply_color_scheme(app(), scheme)
        await laid_out()
        shoot(wizard, f"look-wizard-{scheme}.png")


async def test_larger_text_reaches_every_widget_of_the_welcome_wizard(
    make_wizard: Any,  # noqa: F811 (the fixture imported above)
) -> None:
    apply_text_scale(app(), 100)
    wizard = make_wizard()
    wizard.next_button.click()  # the page with the big choice buttons
    await laid_out()
    apply_text_scale(app(), 200)
    await laid_out()
    assert small_fonts(wizard, 0.95 * app().font().pointSizeF()) == []

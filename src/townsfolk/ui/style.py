"""The look of the app: one text size for the whole app, labels and buttons that scale with it,
our own light and dark colours, windows that fit the screen, and buttons whose width does not
change when their text does.

Text size (issue 11, break 7). Qt sends the application's font only to the widgets that have no
font of their own, and a widget under a style sheet keeps the font it had when the style sheet
was first applied (Qt's style sheets freeze the font unless
``AA_UseStyleSheetPropagationInWidgetStyles`` is on). So :func:`apply_text_scale` switches that
on, and every widget that is a fixed factor larger than the text (headings, the sidebar, big
buttons) says so once with :func:`follow_text_size`; it is then given its new font on every
change.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QToolTip,
    QWidget,
)

#: Point size at 100 %: a little larger than most desktops' default, for easy reading.
BASE_POINT_SIZE = 11.0
TEXT_SCALE_MIN = 80
TEXT_SCALE_MAX = 250
#: The text size moves in steps of this many percent (menu keys and the Settings slider).
TEXT_SCALE_STEP = 10

_FACTOR = "townsfolkTextFactor"
_PROPAGATE = Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles


def _propagate_fonts_under_style_sheets() -> None:
    """Fonts reach widgets under a style sheet. It must be on before such a widget is first
    shown (its font is frozen then), so it is switched on as soon as this module is imported,
    which every window does before making a widget."""
    QCoreApplication.setAttribute(_PROPAGATE)


_propagate_fonts_under_style_sheets()
_BOLD = "townsfolkTextBold"


def snap_text_scale(percent: int) -> int:
    """``percent`` rounded to a step and kept in range."""
    snapped = round(percent / TEXT_SCALE_STEP) * TEXT_SCALE_STEP
    return max(TEXT_SCALE_MIN, min(TEXT_SCALE_MAX, snapped))


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Make every text in the app follow the text-size setting: the application's font, and
    each widget that asked to be a fixed factor of it (:func:`follow_text_size`)."""
    # Without this, a widget under a style sheet keeps its first font for ever (the sidebar,
    # the account menu and "Write a post" did; issue 11).
    _propagate_fonts_under_style_sheets()
    percent = max(TEXT_SCALE_MIN, min(TEXT_SCALE_MAX, percent))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * percent / 100.0)
    app.setFont(font)
    for widget in app.allWidgets():
        if widget.property(_FACTOR) is not None:
            _apply_font(widget)


def follow_text_size(widget: QWidget, factor: float = 1.0, *, bold: bool = False) -> None:
    """``widget``'s text is ``factor`` times the app's text (bold if asked), now and after
    every change of the text size."""
    widget.setProperty(_FACTOR, float(factor))
    widget.setProperty(_BOLD, bool(bold))
    _apply_font(widget)


def _apply_font(widget: QWidget) -> None:
    factor = float(widget.property(_FACTOR) or 1.0)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bool(widget.property(_BOLD)))
    widget.setFont(font)


def em(widget: QWidget | None = None) -> int:
    """The size of the text in pixels (one "em"), for sizes that grow with the text."""
    font = widget.font() if widget is not None else QApplication.font()
    return max(8, QFontInfo(font).pixelSize())


class ScaledLabel(QLabel):
    """A label whose text is a fixed factor larger (or smaller) than the app's text.
    Its text is always plain text (it often shows names from a town; see ``ui/safe_text.py``)."""

    def __init__(
        self, text: str, factor: float, parent: QWidget | None = None, *, bold: bool = False
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        follow_text_size(self, factor, bold=bold)

    def update_font(self) -> None:
        _apply_font(self)


# Buttons whose text changes -------------------------------------------------------------------


class SteadyButton(QPushButton):
    """A button that is as wide as the widest of the texts it can show, so changing its text
    (Follow / Following ✓, Show them / Hide them) never moves the buttons beside it and the
    next click lands where the person aimed (issue 11, break 12)."""

    def __init__(
        self, texts: Iterable[str], parent: QWidget | None = None, *, text: str | None = None
    ) -> None:
        self._texts = [t for t in texts if t]
        super().__init__(text if text is not None else (self._texts or [""])[0], parent)

    def set_texts(self, texts: Iterable[str]) -> None:
        self._texts = [t for t in texts if t]
        self.updateGeometry()

    def _width_for(self, text: str) -> int:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = text
        fm = self.fontMetrics()
        content = QSize(fm.horizontalAdvance(text), fm.height())
        if not self.icon().isNull():
            content.setWidth(content.width() + self.iconSize().width() + 4)
        return (
            self.style()
            .sizeFromContents(QStyle.ContentsType.CT_PushButton, option, content, self)
            .width()
        )

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        widest = max((self._width_for(t) for t in (*self._texts, self.text())), default=0)
        return QSize(max(hint.width(), widest), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.sizeHint().width()), hint.height())


# Colours --------------------------------------------------------------------------------------

#: (role, colour) of our dark palette. Text colours have a contrast of at least 4.5:1 with the
#: backgrounds they are drawn on (tests/ui/test_fit_and_colours.py measures it).
DARK_COLOURS: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: "#1e1e1e",
    QPalette.ColorRole.WindowText: "#f2f2f2",
    QPalette.ColorRole.Base: "#2a2a2a",
    QPalette.ColorRole.AlternateBase: "#323232",
    QPalette.ColorRole.Text: "#f2f2f2",
    QPalette.ColorRole.PlaceholderText: "#a6a6a6",
    QPalette.ColorRole.Button: "#3a3a3a",
    QPalette.ColorRole.ButtonText: "#f2f2f2",
    QPalette.ColorRole.BrightText: "#ff8a7a",
    QPalette.ColorRole.Highlight: "#1a5fb4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#99c1f1",
    QPalette.ColorRole.LinkVisited: "#dc8add",
    QPalette.ColorRole.ToolTipBase: "#363636",
    QPalette.ColorRole.ToolTipText: "#f2f2f2",
    QPalette.ColorRole.Light: "#4a4a4a",
    QPalette.ColorRole.Midlight: "#3a3a3a",
    QPalette.ColorRole.Mid: "#555555",
    QPalette.ColorRole.Dark: "#141414",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Accent: "#1a5fb4",
}

LIGHT_COLOURS: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: "#f6f5f4",
    QPalette.ColorRole.WindowText: "#1e1e1e",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f3f3f3",
    QPalette.ColorRole.Text: "#1e1e1e",
    QPalette.ColorRole.PlaceholderText: "#66656b",
    QPalette.ColorRole.Button: "#ececec",
    QPalette.ColorRole.ButtonText: "#1e1e1e",
    QPalette.ColorRole.BrightText: "#a51d2d",
    QPalette.ColorRole.Highlight: "#1a5fb4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#1a5fb4",
    QPalette.ColorRole.LinkVisited: "#813d9c",
    QPalette.ColorRole.ToolTipBase: "#ffffe1",
    QPalette.ColorRole.ToolTipText: "#1e1e1e",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#e6e5e3",
    QPalette.ColorRole.Mid: "#c0bfbc",
    QPalette.ColorRole.Dark: "#9a9996",
    QPalette.ColorRole.Shadow: "#5e5c64",
    QPalette.ColorRole.Accent: "#1a5fb4",
}

#: Pairs (text, background) that must be readable: contrast at least 4.5:1 (WCAG AA).
READABLE_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
)


def make_palette(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    """A palette from (role, colour); disabled texts are greyed, half-way to the background."""
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for text_role, background in (
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    ):
        a, b = QColor(colours[text_role]), QColor(colours[background])
        grey = QColor(
            (a.red() + b.red()) // 2, (a.green() + b.green()) // 2, (a.blue() + b.blue()) // 2
        )
        palette.setColor(QPalette.ColorGroup.Disabled, text_role, grey)
    return palette


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: str, background: QColor | None = None) -> str:
    """``colour`` (a text colour chosen for a light window), made lighter or darker until it
    reads at 4.5:1 on ``background`` (the app's window colour by default): a red warning
    stays red on the dark palette, only lighter."""
    back = background or QApplication.palette().color(QPalette.ColorRole.Window)
    text = QColor(colour)
    dark_back = back.lightnessF() < 0.5
    for _ in range(20):
        if contrast(text, back) >= 4.5:
            break
        text = text.lighter(115) if dark_back else text.darker(115)
    return text.name()


_ORIGINAL = "townsfolkOriginalLook"


def apply_color_scheme(app: QApplication, scheme: str) -> None:
    """Light, dark, or whatever the computer uses ("system").

    Light and Dark use our own palettes (with the Fusion style, which follows a palette on
    every desktop), so Dark works on a desktop without a colour theme too (issue 11, break 12);
    "system" puts back the style Townsfolk started with and the computer's own palette (an
    empty palette: Qt then follows the desktop's theme again, also when it changes)."""
    hints = app.styleHints()
    if scheme in ("light", "dark"):
        if app.property(_ORIGINAL) is None:
            app.setProperty(_ORIGINAL, app.style().name())
        hints.setColorScheme(Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light)
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        palette = make_palette(DARK_COLOURS if scheme == "dark" else LIGHT_COLOURS)
        app.setPalette(palette)
        QToolTip.setPalette(palette)
    else:
        hints.unsetColorScheme()
        style_name = app.property(_ORIGINAL)
        if style_name is None:
            return  # never changed: nothing to put back
        if app.style().name().lower() != str(style_name).lower():
            app.setStyle(str(style_name))
        app.setPalette(QPalette())
        QToolTip.setPalette(QPalette())
    # A style sheet reads ``palette(...)`` once, when it is applied: applied again, it takes
    # the new colours (the grey subtitles stayed light-theme grey on the dark palette).
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if "palette(" in sheet:
            widget.setStyleSheet(sheet)


# Windows that fit the screen ------------------------------------------------------------------

#: The most of the screen a window takes when it opens.
SCREEN_SHARE = 0.9
#: Room kept for the window's frame and title bar, which Qt does not know before it is shown.
FRAME = QMargins(8, 36, 8, 8)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The part of the screen windows may use (without panels and docks)."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def fit_size(preferred: QSize, available: QRect, minimum: QSize | None = None) -> QSize:
    """``preferred``, made smaller where it is more than 90 % of ``available`` (the frame
    included); never below ``minimum`` unless the screen itself is smaller."""
    room = available.marginsRemoved(FRAME)
    width = min(preferred.width(), int(available.width() * SCREEN_SHARE), room.width())
    height = min(preferred.height(), int(available.height() * SCREEN_SHARE), room.height())
    if minimum is not None:
        width = min(max(width, minimum.width()), room.width())
        height = min(max(height, minimum.height()), room.height())
    return QSize(max(1, width), max(1, height))


def clamp_to(rect: QRect, available: QRect) -> QRect:
    """``rect`` moved (and made smaller if it must) so that it and its frame are inside
    ``available``."""
    room = available.marginsRemoved(FRAME)
    size = QSize(min(rect.width(), room.width()), min(rect.height(), room.height()))
    x = min(max(rect.x(), room.left()), room.right() - size.width() + 1)
    y = min(max(rect.y(), room.top()), room.bottom() - size.height() + 1)
    return QRect(QPoint(x, y), size)


def place_on_screen(
    window: QWidget,
    preferred: QSize,
    *,
    over: QWidget | None = None,
    available: QRect | None = None,
) -> QRect:
    """Give ``window`` a size that fits the screen and put it wholly on the screen: centred
    over ``over`` (the window it was opened from) where that fits, else centred on the
    screen. Returns the geometry given."""
    area = available if available is not None else available_geometry(over or window)
    size = fit_size(preferred, area, window.minimumSizeHint())
    if over is not None and over.isVisible():
        centre = over.frameGeometry().center()
    else:
        centre = area.center()
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(centre)
    rect = clamp_to(rect, area)
    window.setGeometry(rect)
    return rect

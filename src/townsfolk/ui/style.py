"""The look of the app: one text size for the whole window, and labels that scale with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

#: Point size at 100 %: a little larger than most desktops' default, for easy reading.
BASE_POINT_SIZE = 11.0
TEXT_SCALE_MIN = 80
TEXT_SCALE_MAX = 250


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Make every text in the app follow the text-size setting.

    Qt hands the application font to every widget that has no font of its own; widgets with
    a relative size (:class:`ScaledLabel`) are told to recompute theirs.
    """
    percent = max(TEXT_SCALE_MIN, min(TEXT_SCALE_MAX, percent))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * percent / 100.0)
    app.setFont(font)
    for widget in app.allWidgets():
        if isinstance(widget, ScaledLabel):
            widget.update_font()


class ScaledLabel(QLabel):
    """A label whose text is a fixed factor larger (or smaller) than the app's text.
    Its text is always plain text (it often shows names from a town; see ``ui/safe_text.py``)."""

    def __init__(
        self, text: str, factor: float, parent: QWidget | None = None, *, bold: bool = False
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self._factor = factor
        self._bold = bold
        self.update_font()

    def update_font(self) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * self._factor)
        font.setBold(self._bold)
        self.setFont(font)


def apply_color_scheme(app: QApplication, scheme: str) -> None:
    """Light, dark, or whatever the computer uses ("system")."""
    from PySide6.QtCore import Qt

    hints = app.styleHints()
    if scheme == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
    elif scheme == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
    else:
        hints.unsetColorScheme()

"""Calm message bars at the top of the main window (never a pop-up).

Messages have a key, so the one about being offline can be taken away when the town answers
again without touching the others. Messages stack: the newest is on top, and up to
``MAX_SHOWN`` show at once, so a new message never hides one the person has not read yet
(issue 11: "banners replace each other"). When one is taken away (or the person hides it) an
older one comes back into view. A message may carry one button (e.g. "Try again", "Post from
my backup instead"): ``action_clicked`` carries the message's key.

A question carries a second button (``second_text``, e.g. "Not now"): ``second_clicked``
carries the key. A message may be ``closable=False`` (a question must be answered, not
hidden).

``label``, ``action``, ``second`` and ``close_button`` are the widgets of the newest message
(the top bar); ``row_for(key)`` gives the bar of any message on show.

Used for: offline ("You are offline; showing saved posts"), a town that refused an action, a
damaged database that was replaced, the gentle reminder to add a backup account, and (for the
failover work) outages and switching to a backup account:
``banner.show_message("outage", text, kind="warning", action_text=...)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from townsfolk.ui.safe_text import PlainLabel

__all__ = ["Banner", "BannerRow"]

#: How many messages show at once (older ones wait underneath, never lost).
MAX_SHOWN = 3
#: Room the words keep beside the buttons, in average characters; less puts the buttons under.
TEXT_ROOM = 40

_COLOURS = {
    # background, text, border
    "info": ("#e8f1fb", "#1c3a5e", "#b6cfee"),
    "offline": ("#fdf6e3", "#4a3b10", "#e5d9b6"),
    "warning": ("#fdf6e3", "#4a3b10", "#e5d9b6"),
    "error": ("#fbeaea", "#5c1a1a", "#efc2c2"),
    "good": ("#e8f5ea", "#1d4a24", "#b8dcbf"),
}


@dataclass(slots=True)
class _Message:
    key: str
    text: str
    kind: str
    action_text: str | None
    second_text: str | None = None
    closable: bool = True


class BannerRow(QFrame):
    """One message's bar: its words, up to two buttons and "Hide"."""

    def __init__(self, banner: Banner) -> None:
        super().__init__(banner)
        self.setObjectName("bannerRow")
        self.key = ""
        # The words beside the buttons when there is room; on a narrow window the buttons go
        # under the words (issue 11: an 800×600 screen left the words a few letters wide).
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(16, 10, 10, 10)
        self._layout.setSpacing(12)
        self.label = PlainLabel(self)
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self.label, 1)
        layout = QHBoxLayout()
        layout.setSpacing(12)
        self._buttons = layout
        self._layout.addLayout(layout)
        # as wide as the buttons need, also when under the words
        self._layout.setAlignment(
            layout, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        )
        self.action = QPushButton(self)
        self.action.setObjectName("bannerAction")
        self.action.clicked.connect(lambda: banner.action_clicked.emit(self.key))
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignVCenter)
        self.second = QPushButton(self)
        self.second.setObjectName("bannerSecond")
        self.second.clicked.connect(lambda: banner.second_clicked.emit(self.key))
        layout.addWidget(self.second, 0, Qt.AlignmentFlag.AlignVCenter)
        self.close_button = QPushButton(self.tr("Hide"), self)
        self.close_button.setObjectName("bannerHide")
        self.close_button.setAccessibleName(self.tr("Hide this message"))
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(lambda: banner.dismiss(self.key))
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Buttons beside the words when the words keep :data:`TEXT_ROOM` (in average
        characters) beside them, else under the words."""
        margins = self._layout.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        buttons = self._buttons.sizeHint().width() + self._layout.spacing()
        words = self.label.fontMetrics().averageCharWidth() * TEXT_ROOM
        side = room - buttons >= words
        direction = QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
            self._layout.activate()

    def show_message(self, message: _Message) -> None:
        self.key = message.key
        background, colour, border = _COLOURS.get(message.kind, _COLOURS["info"])
        self.setStyleSheet(
            f"QFrame#bannerRow {{ background: {background}; border-bottom: 1px solid {border}; }}"
            f" QLabel#bannerText {{ color: {colour}; }}"
            f" QPushButton#bannerHide {{ color: {colour}; }}"
            # The buttons sit on the banner's light colour with any palette (the dark one
            # gave them light text on it): the banner's own text colour.
            f" QFrame#bannerRow QPushButton {{ color: {colour}; }}"
        )
        self.label.setText(message.text)
        self.label.setAccessibleName(message.text)
        self.setAccessibleName(self.tr("Message"))
        self.setAccessibleDescription(message.text)
        for button, text in (
            (self.action, message.action_text),
            (self.second, message.second_text),
        ):
            if text:
                button.setText(text)
                button.setAccessibleName(text)
                button.show()
            else:
                button.hide()
        self.close_button.setVisible(message.closable)
        self._arrange()


class Banner(QFrame):
    """See the module docstring."""

    action_clicked = Signal(str)  # the key of the message whose button was pressed
    second_clicked = Signal(str)  # the key of the message whose second button was pressed
    dismissed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName(self.tr("Messages"))
        self._messages: list[_Message] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.rows: list[BannerRow] = []
        self._row(0)
        self.hide()

    # ------------------------------------------------------------------ API

    def show_message(
        self,
        key: str,
        text: str,
        *,
        kind: str = "info",
        action_text: str | None = None,
        second_text: str | None = None,
        closable: bool = True,
    ) -> None:
        """Show ``text`` on top (replacing an earlier message with the same key)."""
        self._messages = [m for m in self._messages if m.key != key]
        self._messages.append(_Message(key, text, kind, action_text, second_text, closable))
        self._update()

    def clear(self, key: str) -> None:
        """Take the message with this key away (if it is there)."""
        before = len(self._messages)
        self._messages = [m for m in self._messages if m.key != key]
        if len(self._messages) != before:
            self._update()

    def dismiss(self, key: str) -> None:
        """The person hid this message."""
        if self.has(key):
            self.clear(key)
            self.dismissed.emit(key)

    def has(self, key: str) -> bool:
        return any(m.key == key for m in self._messages)

    def text(self) -> str:
        """The newest message ("" when none)."""
        return self._messages[-1].text if self._messages else ""

    def current_key(self) -> str | None:
        return self._messages[-1].key if self._messages else None

    def current_kind(self) -> str | None:
        return self._messages[-1].kind if self._messages else None

    def texts(self) -> list[str]:
        """Every message, oldest first (also those waiting underneath)."""
        return [m.text for m in self._messages]

    def shown_texts(self) -> list[str]:
        """The messages on screen, top (newest) first."""
        return [row.label.text() for row in self.rows if not row.isHidden()]

    def row_for(self, key: str) -> BannerRow | None:
        """The bar showing the message with this key (None when it is not on screen)."""
        for row in self.rows:
            if not row.isHidden() and row.key == key:
                return row
        return None

    # The newest message's widgets (the top bar).
    @property
    def label(self) -> PlainLabel:
        return self.rows[0].label

    @property
    def action(self) -> QPushButton:
        return self.rows[0].action

    @property
    def second(self) -> QPushButton:
        return self.rows[0].second

    @property
    def close_button(self) -> QPushButton:
        return self.rows[0].close_button

    # ------------------------------------------------------------------ inside

    def _row(self, n: int) -> BannerRow:
        while len(self.rows) <= n:
            row = BannerRow(self)
            row.hide()
            self._layout.addWidget(row)
            self.rows.append(row)
        return self.rows[n]

    def _update(self) -> None:
        shown = list(reversed(self._messages))[:MAX_SHOWN]
        for n, message in enumerate(shown):
            row = self._row(n)
            row.show_message(message)
            row.show()
        for row in self.rows[len(shown) :]:
            row.hide()
            row.key = ""
        self.setAccessibleDescription("\n".join(m.text for m in shown))
        self.setVisible(bool(shown))

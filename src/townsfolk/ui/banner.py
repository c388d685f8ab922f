"""A calm message bar at the top of the main window (never a pop-up).

Messages have a key, so the one about being offline can be taken away when the town answers
again without touching the others. The newest message shows; when it is taken away (or the
person hides it) the one before it comes back. A message may carry one button (e.g. "Try
again", "Post from my backup instead"): ``action_clicked`` carries the message's key.

A question carries a second button (``second_text``, e.g. "Not now"): ``second_clicked``
carries the key. A message may be ``closable=False`` (a question must be answered, not
hidden).

Used for: offline ("You are offline; showing saved posts"), a town that refused an action, a
damaged database that was replaced, and (for the failover work) outages and switching to a
backup account: ``banner.show_message("outage", text, kind="warning", action_text=...)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from townsfolk.ui.safe_text import PlainLabel

__all__ = ["Banner"]

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


class Banner(QFrame):
    """See the module docstring."""

    action_clicked = Signal(str)  # the key of the message whose button was pressed
    second_clicked = Signal(str)  # the key of the message whose second button was pressed
    dismissed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName(self.tr("Message"))
        self._messages: list[_Message] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 10, 10)
        layout.setSpacing(12)
        self.label = PlainLabel(self)
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.action = QPushButton(self)
        self.action.setObjectName("bannerAction")
        self.action.clicked.connect(self._action)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignVCenter)
        self.second = QPushButton(self)
        self.second.setObjectName("bannerSecond")
        self.second.clicked.connect(self._second)
        layout.addWidget(self.second, 0, Qt.AlignmentFlag.AlignVCenter)
        self.close_button = QPushButton(self.tr("Hide"), self)
        self.close_button.setObjectName("bannerHide")
        self.close_button.setAccessibleName(self.tr("Hide this message"))
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self._dismiss)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)
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
        """Show ``text`` (replacing an earlier message with the same key)."""
        self._messages = [m for m in self._messages if m.key != key]
        self._messages.append(_Message(key, text, kind, action_text, second_text, closable))
        self._update()

    def clear(self, key: str) -> None:
        """Take the message with this key away (if it is there)."""
        before = len(self._messages)
        self._messages = [m for m in self._messages if m.key != key]
        if len(self._messages) != before:
            self._update()

    def has(self, key: str) -> bool:
        return any(m.key == key for m in self._messages)

    def text(self) -> str:
        """The message on show ("" when none)."""
        return self._messages[-1].text if self._messages else ""

    def current_key(self) -> str | None:
        return self._messages[-1].key if self._messages else None

    def current_kind(self) -> str | None:
        return self._messages[-1].kind if self._messages else None

    def texts(self) -> list[str]:
        return [m.text for m in self._messages]

    # ------------------------------------------------------------------ inside

    def _update(self) -> None:
        if not self._messages:
            self.hide()
            return
        message = self._messages[-1]
        background, colour, border = _COLOURS.get(message.kind, _COLOURS["info"])
        self.setStyleSheet(
            f"QFrame#banner {{ background: {background}; border-bottom: 1px solid {border}; }}"
            f" QLabel#bannerText {{ color: {colour}; }}"
            f" QPushButton#bannerHide {{ color: {colour}; }}"
        )
        self.label.setText(message.text)
        self.label.setAccessibleName(message.text)
        self.setAccessibleDescription(message.text)
        if message.action_text:
            self.action.setText(message.action_text)
            self.action.setAccessibleName(message.action_text)
            self.action.show()
        else:
            self.action.hide()
        if message.second_text:
            self.second.setText(message.second_text)
            self.second.setAccessibleName(message.second_text)
            self.second.show()
        else:
            self.second.hide()
        self.close_button.setVisible(message.closable)
        self.show()

    def _action(self) -> None:
        if self._messages:
            self.action_clicked.emit(self._messages[-1].key)

    def _second(self) -> None:
        if self._messages:
            self.second_clicked.emit(self._messages[-1].key)

    def _dismiss(self) -> None:
        if self._messages:
            key = self._messages.pop().key
            self._update()
            self.dismissed.emit(key)

"""Which account is reading: a list of the stored accounts, each with its picture and handle.

Choosing one never waits on a server: the main window swaps every view to that account's
saved posts at once and asks the town for newer ones afterwards. A backup account is marked
as such. The failover work can call :meth:`AccountSwitcher.set_current` when it switches by
itself (no ``account_chosen`` is emitted then) and :meth:`set_note` to add e.g. "not
answering" next to an account.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from townsfolk.cache import Account, AccountRole
from townsfolk.services.addresses import display_handle
from townsfolk.ui.safe_text import plain_tooltip

__all__ = ["AccountSwitcher", "initial_avatar", "round_avatar"]

AVATAR = 40
IdRole = Qt.ItemDataRole.UserRole + 1


def _colour_for(text: str) -> QColor:
    hue = sum(ord(c) for c in text) * 37 % 360
    return QColor.fromHsl(hue, 110, 110)


def initial_avatar(name: str, size: int = AVATAR) -> QPixmap:
    """A round picture with the first letter of the name (until the real one has loaded)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(_colour_for(name))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.48))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    letter = (name.strip()[:1] or "?").upper()
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return pixmap


def round_avatar(image: QImage, size: int = AVATAR) -> QPixmap:
    """The picture cut to a circle of ``size`` pixels."""
    scaled = image.scaled(
        size,
        size,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, size, size))
    painter.setClipPath(path)
    painter.drawImage((size - scaled.width()) // 2, (size - scaled.height()) // 2, scaled)
    painter.end()
    return pixmap


class AccountSwitcher(QComboBox):
    """The stored accounts; ``account_chosen`` carries the local id the person picked."""

    account_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountSwitcher")
        self.setAccessibleName(self.tr("Account"))
        self.setAccessibleDescription(
            self.tr("Which of your accounts you are reading and writing with")
        )
        self.setIconSize(QSize(AVATAR, AVATAR))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # (a longer name or address ends in "…": see paintEvent; 14 made the sidebar, and so
        # the whole window, wider than an 800×600 screen at 200 %)
        self.setMinimumContentsLength(10)
        self._fit_two_lines()
        self._accounts: dict[int, Account] = {}
        self._notes: dict[int, str] = {}
        self._quiet = False
        self.activated.connect(self._activated)

    def _fit_two_lines(self) -> None:
        """Tall enough for the name and the address, however large the text (issue 11)."""
        self.setMinimumHeight(max(AVATAR, 2 * self.fontMetrics().lineSpacing()) + 12)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_two_lines()

    def set_accounts(self, accounts: list[Account], current: int | None = None) -> None:
        self._quiet = True
        try:
            self.clear()
            self._accounts = {a.local_id: a for a in accounts}
            for account in accounts:
                self.addItem(
                    QIcon(initial_avatar(account.display_name or account.handle)),
                    self._label(account),
                )
                self.setItemData(self.count() - 1, account.local_id, IdRole)
                self._describe_item(self.count() - 1, account)
            if current is not None:
                self.set_current(current)
        finally:
            self._quiet = False

    def _describe_item(self, index: int, account: Account) -> None:
        """The whole label, never cut, for screen readers and as the entry's tooltip."""
        whole = self._label(account).replace("\n", ", ")
        self.setItemData(index, whole, Qt.ItemDataRole.AccessibleTextRole)
        self.setItemData(index, plain_tooltip(whole), Qt.ItemDataRole.ToolTipRole)

    @staticmethod
    def _handle(account: Account) -> str:
        """``@ann@bücher.example``: international towns in their own letters (issue 13)."""
        return display_handle(account.handle, account.server_domain)

    def _label(self, account: Account) -> str:
        name = account.display_name or account.handle.split("@", 1)[0]
        line = f"{name}\n{self._handle(account)}"
        if account.role is AccountRole.BACKUP:
            line += "  " + self.tr("(backup)")
        note = self._notes.get(account.local_id)
        if note:
            line += f"  ·  {note}"
        return line

    def set_note(self, account_id: int, note: str | None) -> None:
        """A few words next to an account (e.g. "not answering"); None removes them."""
        if note:
            self._notes[account_id] = note
        else:
            self._notes.pop(account_id, None)
        index = self.index_of(account_id)
        if index >= 0:
            self.setItemText(index, self._label(self._accounts[account_id]))
            self._describe_item(index, self._accounts[account_id])
        self._describe_current()

    def set_avatar(self, account_id: int, image: QImage) -> None:
        index = self.index_of(account_id)
        if index >= 0 and not image.isNull():
            self.setItemIcon(index, QIcon(round_avatar(image)))

    def index_of(self, account_id: int) -> int:
        for n in range(self.count()):
            if self.itemData(n, IdRole) == account_id:
                return n
        return -1

    def current_account_id(self) -> int | None:
        value = self.currentData(IdRole)
        return int(value) if value is not None else None

    def set_current(self, account_id: int) -> None:
        """Show ``account_id`` as the current one without emitting ``account_chosen``."""
        index = self.index_of(account_id)
        if index >= 0:
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)
        self._describe_current()

    def _describe_current(self) -> None:
        """Screen readers hear which account is in use, and its note (e.g. "not answering")."""
        account = self._accounts.get(self.current_account_id() or -1)
        if account is None:
            return
        if account.role is AccountRole.BACKUP:
            text = self.tr("In use: your backup account @%1")
        else:
            text = self.tr("In use: your account @%1")
        text = text.replace("%1", self._handle(account).removeprefix("@"))
        note = self._notes.get(account.local_id)
        if note:
            text += f" ({note})"
        self.setAccessibleDescription(text)
        self.setToolTip(plain_tooltip(text))

    def shown_lines(self) -> list[str]:
        """The current entry's lines as drawn in the box: each line that is too wide for the
        box ends in "…" (the tooltip and the accessible text hold all of it)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self._elided(option).split("\n")

    def _elided(self, option: QStyleOptionComboBox) -> str:
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        width = room.width() - 4
        if not option.currentIcon.isNull():
            width -= option.iconSize.width() + 4
        metrics = self.fontMetrics()
        return "\n".join(
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(width, 0))
            for line in option.currentText.split("\n")
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """Like QComboBox's own painting, with each line elided (Qt's style cuts it off)."""
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self._elided(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def choose(self, account_id: int) -> None:
        """Pick an account as the person would (emits ``account_chosen``)."""
        index = self.index_of(account_id)
        if index >= 0:
            self.setCurrentIndex(index)
            self._describe_current()
            self._activated(index)

    def _activated(self, index: int) -> None:
        if self._quiet:
            return
        value = self.itemData(index, IdRole)
        if value is not None:
            self.account_chosen.emit(int(value))

"""“People you muted or blocked”: three lists (muted people, blocked people, blocked towns),
each with its undo button, and a way to block a town by its name."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from townsfolk.api.entities import Account as RemoteAccount
from townsfolk.services.addresses import display_handle
from townsfolk.services.safety import MutedPerson
from townsfolk.ui.safe_text import PlainLabel, fill
from townsfolk.ui.style import ScaledLabel, em

__all__ = ["SafetyListsDialog"]


class _Tab(QWidget):
    def __init__(self, empty: str, button: str, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName(f"{name}List")
        layout.addWidget(self.list, 1)
        self.empty = PlainLabel(empty, self)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.button = QPushButton(button, self)
        self.button.setObjectName(f"{name}Undo")
        self.button.setAccessibleName(button)
        self.button.setEnabled(False)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        self.list.currentRowChanged.connect(lambda n: self.button.setEnabled(n >= 0))

    def fill(self, rows: list[tuple[str, str]]) -> None:
        self.list.clear()
        for text, key in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        self.empty.setVisible(not rows)
        self.button.setEnabled(False)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def choose(self, key: str) -> None:
        for n in range(self.list.count()):
            if self.list.item(n).data(Qt.ItemDataRole.UserRole) == key:
                self.list.setCurrentRow(n)


class SafetyListsDialog(QDialog):
    """``unmute(person id)``, ``unblock(person id)``, ``unblock_town(domain)`` and
    ``block_town(domain)`` carry what the person asked; the controller fills the lists."""

    unmute = Signal(str)
    unblock = Signal(str)
    unblock_town = Signal(str)
    block_town = Signal(str)

    def __init__(self, own_town: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyListsDialog")
        self.setWindowTitle(self.tr("People you muted or blocked"))
        self.setMinimumSize(em(self) * 32, em(self) * 24)
        self.own_town = own_town
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading = ScaledLabel(self.tr("People you muted or blocked"), 1.3, self, bold=True)
        heading.setAccessibleName(heading.text())
        layout.addWidget(heading)
        self.message = PlainLabel(self)
        self.message.setObjectName("listsMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.tabs = QTabWidget(self)
        self.muted = _Tab(
            self.tr("You have not muted anyone."), self.tr("Unmute"), "muted", self.tabs
        )
        self.blocked = _Tab(
            self.tr("You have not blocked anyone."), self.tr("Unblock"), "blocked", self.tabs
        )
        self.towns = _Tab(
            self.tr("You have not blocked any town."), self.tr("Unblock the town"), "towns", self
        )
        self.tabs.addTab(self.muted, self.tr("Muted"))
        self.tabs.addTab(self.blocked, self.tr("Blocked"))
        self.tabs.addTab(self.towns, self.tr("Blocked towns"))
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        self.town_field = QLineEdit(self.towns)
        self.town_field.setObjectName("townField")
        self.town_field.setPlaceholderText(self.tr("Name of a town, like example.social"))
        self.town_field.setAccessibleName(self.tr("Name of a town to block"))
        self.block_button = QPushButton(self.tr("Block this town…"), self.towns)
        self.block_button.setObjectName("blockTownButton")
        self.block_button.setAccessibleName(self.tr("Block this town"))
        row.addWidget(self.town_field, 1)
        row.addWidget(self.block_button)
        towns_layout = self.towns.layout()
        if isinstance(towns_layout, QVBoxLayout):
            towns_layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        self.muted.button.clicked.connect(lambda: self._emit(self.muted, self.unmute))
        self.blocked.button.clicked.connect(lambda: self._emit(self.blocked, self.unblock))
        self.towns.button.clicked.connect(lambda: self._emit(self.towns, self.unblock_town))
        self.block_button.clicked.connect(self._block_town)
        self.town_field.returnPressed.connect(self._block_town)

    def _handle(self, person: RemoteAccount) -> str:
        return display_handle(person.acct or person.username, self.own_town)

    def set_muted(self, people: list[MutedPerson]) -> None:
        rows = []
        for muted in people:
            text = f"{muted.person.name} ({self._handle(muted.person)})"
            if muted.until is not None:
                until = muted.until.astimezone().strftime("%d %b %H:%M")
                text += " · " + fill(self.tr("until %1"), until)
            rows.append((text, muted.person.id))
        self.muted.fill(rows)

    def set_blocked(self, people: list[RemoteAccount]) -> None:
        self.blocked.fill([(f"{p.name} ({self._handle(p)})", p.id) for p in people])

    def set_towns(self, towns: list[str]) -> None:
        self.towns.fill([(t, t) for t in towns])

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    def _emit(self, tab: _Tab, signal: SignalInstance) -> None:
        key = tab.chosen()
        if key:
            signal.emit(key)

    def _block_town(self) -> None:
        town = self.town_field.text().strip().lower().removeprefix("https://").strip("/@ ")
        if town:
            self.block_town.emit(town)

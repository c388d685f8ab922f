"""The list of towns as cards: a Qt list model and a delegate that paints each card.

A fact the card does not know yet (offline: how many people, how to join, the town's own
words) is left out rather than explained on every card: the page says once, under the list,
that details fill in when the person is online (issue 11: "shown when you are online" eight
times).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from townsfolk.services.addresses import display_host
from townsfolk.services.directory import GOOD_FIRST_TOWNS, JoinMode, TownEntry, language_name
from townsfolk.ui.safe_text import isolate, plain_tooltip

TownRole = Qt.ItemDataRole.UserRole + 1


# Every text below is a literal QCoreApplication.translate("TownCards", ...) call, so that
# pyside6-lupdate files it under the same context the app looks it up in.


def number(value: int) -> str:
    """12,000 in the person's own way of writing numbers (with separators even in "C")."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{value:,}"
    return locale.toString(value)


def people_line(town: TownEntry) -> str:
    """How many people live in the town and how many were active lately (joinmastodon's
    ``total_users`` and ``last_week_users``, or what the town itself said when checked)."""
    if town.people is None:
        return ""  # not known yet (the page says once that details come when online)
    if town.active_people:
        return QCoreApplication.translate(
            "TownCards", "{people} people live here · {active} were active lately"
        ).format(people=number(town.people), active=number(town.active_people))
    return QCoreApplication.translate("TownCards", "{people} people live here").format(
        people=number(town.people)
    )


def language_line(town: TownEntry) -> str:
    if not town.languages:
        return ""
    names = ", ".join(language_name(code) for code in town.languages[:4])
    return QCoreApplication.translate("TownCards", "Language: {names}").format(names=names)


def join_line(town: TownEntry) -> str:
    if not town.supported:
        return QCoreApplication.translate(
            "TownCards", "Townsfolk cannot use this kind of town yet ({software})"
        ).format(software=town.software or QCoreApplication.translate("TownCards", "unknown"))
    if town.answering is False:
        return QCoreApplication.translate(
            "TownCards", "Did not answer the last time Townsfolk asked"
        )
    return {
        JoinMode.OPEN: QCoreApplication.translate("TownCards", "You can join now"),
        JoinMode.APPROVAL: QCoreApplication.translate(
            "TownCards", "You ask to join, and someone from the town says yes"
        ),
        JoinMode.CLOSED: QCoreApplication.translate("TownCards", "Not taking new people"),
        JoinMode.UNKNOWN: "",  # not known yet (said once, under the list)
    }[town.join]


def description_line(town: TownEntry) -> str:
    if town.description:
        return town.description
    if town.domain in GOOD_FIRST_TOWNS:  # known to us even offline
        return QCoreApplication.translate(
            "TownCards", "A big town about everything, where newcomers can join."
        )
    return ""


def card_text(town: TownEntry) -> str:
    """Everything a card says, for screen readers and tests."""
    parts = [
        display_host(town.domain),
        description_line(town),
        people_line(town),
        language_line(town),
        join_line(town),
    ]
    return ". ".join(part for part in parts if part)


class TownListModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._towns: list[TownEntry] = []

    def set_towns(self, towns: list[TownEntry]) -> None:
        self.beginResetModel()
        self._towns = list(towns)
        self.endResetModel()

    def towns(self) -> list[TownEntry]:
        return list(self._towns)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._towns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._towns):
            return None
        town = self._towns[index.row()]
        if role == TownRole:
            return town
        if role == Qt.ItemDataRole.DisplayRole:
            return display_host(town.domain)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return card_text(town)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(card_text(town))
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_of(self, domain: str) -> int:
        for row, town in enumerate(self._towns):
            if town.domain == domain:
                return row
        return -1


class TownCardDelegate(QStyledItemDelegate):
    """Paints a town as a card: name, its words, people, language and whether you can join."""

    PAD = 12

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        title = QFont(base)
        title.setBold(True)
        title.setPointSizeF(base.pointSizeF() * 1.15)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.95)
        return title, base, small

    def _lines(self, town: TownEntry) -> list[tuple[str, int]]:
        """(text, kind): 0 the name, 1 its words, 2 a fact, 3 whether you can join."""
        lines = [
            (display_host(town.domain), 0),
            (description_line(town), 1),
            (people_line(town), 2),
            (language_line(town), 2),
            (join_line(town), 3),
        ]
        # the town's own words keep their direction in a right-to-left window (issue 13)
        return [(isolate(text) if kind < 2 else text, kind) for text, kind in lines if text]

    def _layout(
        self, option: QStyleOptionViewItem, town: TownEntry, width: int
    ) -> list[tuple[str, QFont, QRect, int]]:
        title, base, small = self._fonts(option)
        fonts = {0: title, 1: base, 2: small, 3: base}
        inner = max(50, width - 2 * self.PAD)
        y = self.PAD
        out = []
        for text, kind in self._lines(town):
            font = QFont(fonts[kind])
            if kind == 3:
                font.setBold(True)
            metrics = QFontMetrics(font)
            rect = metrics.boundingRect(
                QRect(0, 0, inner, 10_000), int(Qt.TextFlag.TextWordWrap), text
            )
            out.append((text, font, QRect(self.PAD, y, inner, rect.height()), kind))
            y += rect.height() + 4
        return out

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        town = index.data(TownRole)
        if not isinstance(town, TownEntry):
            return super().sizeHint(option, index)
        width = option.rect.width() if option.rect.width() > 0 else 480
        parts = self._layout(option, town, width)
        bottom = parts[-1][2].bottom() if parts else 0
        return QSize(width, bottom + self.PAD + 6)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        town = index.data(TownRole)
        if not isinstance(town, TownEntry):
            super().paint(painter, option, index)
            return
        painter.save()
        palette = option.palette
        card = option.rect.adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        background = palette.color(QPalette.ColorRole.Base)
        border = palette.color(QPalette.ColorRole.Mid)
        if selected:
            background = palette.color(QPalette.ColorRole.Highlight).lighter(185)
            border = palette.color(QPalette.ColorRole.Highlight)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = painter.pen()
        pen.setColor(border)
        pen.setWidth(3 if selected or focused else 1)
        painter.setPen(pen)
        painter.setBrush(background)
        painter.drawRoundedRect(card, 10, 10)
        text_color = palette.color(QPalette.ColorRole.Text)
        muted = QColor(text_color)
        muted.setAlpha(190)
        usable = town.supported and town.answering is not False and town.join is not JoinMode.CLOSED
        for text, font, rect, kind in self._layout(option, town, option.rect.width()):
            painter.setFont(font)
            if kind == 3:
                painter.setPen(QColor("#1d6b35") if usable else QColor("#8a4b00"))
            else:
                painter.setPen(text_color if kind < 2 else muted)
            painter.drawText(
                rect.translated(option.rect.left(), option.rect.top()),
                int(Qt.TextFlag.TextWordWrap),
                text,
            )
        painter.restore()

"""Paints a notification row the way Mastodon's own app, Ivory, Elk and Tusky do.

A group row::

    ●  [icon]  (A)(B)(C)(D) +2                                   3 h
               Ann and 5 others favourited your post
               The post's text, softer, shortened

``●`` and a tinted background while it is new; the icon says the kind; the avatars are the
people (newest first). A person row (an expanded group) is indented: avatar, name, @handle.
Names and post texts are rich text in a :class:`SafeTextDocument`: escaped server text, with
only the custom emoji pictures the app saved itself (:class:`ImageStore` data URIs).
"""

from __future__ import annotations

import html as html_lib
import re
from collections import OrderedDict
from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from townsfolk.api.entities import Account, CustomEmoji
from townsfolk.ui.notification_icons import paint_kind_icon
from townsfolk.ui.notifications_model import EntryRole, NotificationsModel, Row, created
from townsfolk.ui.notifications_text import (
    answer_text,
    body_html,
    body_text,
    hidden_text,
    icon_kind,
    name_html,
    new_account,
    sentence_html,
)
from townsfolk.ui.safe_text import SafeTextDocument, isolate
from townsfolk.ui.timeline.images import ImageStore
from townsfolk.ui.timeline.model import relative_time

__all__ = ["BUTTON_ROW", "NotificationDelegate", "RowLayout"]

PADDING = 12
ICON = 22
AVATAR = 36
SMALL_AVATAR = 30
PERSON_AVATAR = 28
MAX_AVATARS = 8
#: Height of the row with Accept and Decline under a follow request.
BUTTON_ROW = 40
MAX_DOCS = 400
NEW_COLOUR = QColor("#1a5fb4")


@dataclass(slots=True)
class RowLayout:
    height: int = 0
    icon: QRect = field(default_factory=QRect)
    avatars: list[tuple[QRect, Account]] = field(default_factory=list)
    more: QRect = field(default_factory=QRect)  # "+3" after the avatars
    more_text: str = ""
    strip: QRect = field(default_factory=QRect)  # the avatars and "+3" together
    when: QRect = field(default_factory=QRect)
    sentence: QRect = field(default_factory=QRect)
    body: QRect = field(default_factory=QRect)  # the post's text, or room for the buttons
    handle: QRect = field(default_factory=QRect)


def _right_to_left() -> bool:
    return QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _mirror(lay: RowLayout, width: int) -> None:
    """Reflect a row measured left to right, for a right-to-left language (painting and clicks
    both read the reflected places; text keeps its own direction)."""

    def flip(r: QRect) -> QRect:
        return r if r.isNull() else QRect(width - r.x() - r.width(), r.y(), r.width(), r.height())

    for name in ("icon", "more", "strip", "when", "sentence", "body", "handle"):
        setattr(lay, name, flip(getattr(lay, name)))
    lay.avatars = [(flip(r), account) for r, account in lay.avatars]


def _cover(source: QSize, box: QSize) -> QRect:
    if source.isEmpty() or box.isEmpty():
        return QRect(QPoint(0, 0), source)
    scale = max(box.width() / source.width(), box.height() / source.height())
    w, h = round(box.width() / scale), round(box.height() / scale)
    return QRect((source.width() - w) // 2, (source.height() - h) // 2, w, h)


class NotificationDelegate(QStyledItemDelegate):
    """Paints and measures notification rows (see the module's text)."""

    def __init__(self, images: ImageStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images = images
        self._docs: OrderedDict[tuple, QTextDocument] = OrderedDict()
        self._layouts: OrderedDict[tuple, RowLayout] = OrderedDict()

    # -- text ---------------------------------------------------------------------------------

    def _font(self) -> QFont:
        view = self.parent()
        return QFont(view.font() if isinstance(view, QWidget) else QApplication.font())

    def _picture(self, emoji: CustomEmoji) -> str | None:
        return self.images.emoji(emoji.static_url or emoji.url)

    def _emoji_urls(self, row: Row) -> list[str]:
        accounts = [row.person] if row.person is not None else row.group.accounts[:2]
        urls = [e.static_url or e.url for a in accounts if a is not None for e in a.emojis]
        status = row.item.notification.status
        if row.person is None and status is not None:
            urls += [e.static_url or e.url for e in status.emojis]
        return urls

    def _key(self, row: Row, width: int) -> tuple:
        """What a row's documents and layout depend on."""
        ready = sum(self.images.has_emoji(u) for u in self._emoji_urls(row))
        return (
            row.group.key,
            row.person.id if row.person is not None else "",
            row.hidden,
            tuple((i.id, i.answer) for i in row.group.items),
            width,
            self._font().key(),
            ready,
        )

    @staticmethod
    def body(row: Row) -> str:
        """The words under the sentence: the post's, or the note of the hidden words that
        fold it ("Hidden because it mentions “word”. Show anyway")."""
        return hidden_text(row.hidden) if row.hidden else body_text(row.item)

    def _body_has_pictures(self, row: Row) -> bool:
        """Whether the post's text has custom emoji whose pictures are here."""
        status = row.item.notification.status
        if row.hidden or status is None or not status.emojis or answer_text(row.item):
            return False
        return any(self.images.has_emoji(e.static_url or e.url) for e in status.emojis)

    def _doc(self, row: Row, part: str, width: int) -> QTextDocument:
        font = self._font()
        item = row.item
        key = (part, *self._key(row, width))
        doc = self._docs.get(key)
        if doc is not None:
            self._docs.move_to_end(key)
            return doc
        size = QFontMetrics(font).height()
        if part == "sentence":
            if row.person is not None:
                html = f"<b>{name_html(row.person, self._picture, size)}</b>"
            else:
                html = sentence_html(row.group, self._picture, size)
        else:
            html = body_html(item, self._picture, size)
        sources = _img_sources(html)
        doc = SafeTextDocument(allowed=sources)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(font)
        doc.setHtml(html)
        doc.setTextWidth(max(1, width))
        self._docs[key] = doc
        while len(self._docs) > MAX_DOCS:
            self._docs.popitem(last=False)
        return doc

    def clear_caches(self) -> None:
        self._docs.clear()
        self._layouts.clear()

    # -- layout -------------------------------------------------------------------------------

    def layout(self, width: int, row: Row) -> RowLayout:
        """Where everything of ``row`` goes in a row ``width`` wide (from its top left)."""
        key = self._key(row, width)
        found = self._layouts.get(key)
        if found is not None:
            self._layouts.move_to_end(key)
            return found
        out = self._measure(width, row)
        if _right_to_left():
            _mirror(out, width)  # Arabic: icon and avatars on the right (issue 13)
        self._layouts[key] = out
        while len(self._layouts) > MAX_DOCS:
            self._layouts.popitem(last=False)
        return out

    def _measure(self, width: int, row: Row) -> RowLayout:
        fm = QFontMetrics(self._font())
        out = RowLayout()
        x = PADDING + 10 + ICON + 12
        inner = max(100, width - x - PADDING)
        if row.person is not None:
            x += 12
            inner = max(100, width - x - PADDING)
            avatar = QRect(x, 8, PERSON_AVATAR, PERSON_AVATAR)
            out.avatars = [(avatar, row.person)]
            out.strip = avatar
            text_x = avatar.right() + 10
            text_w = max(60, width - text_x - PADDING)
            doc = self._doc(row, "sentence", text_w)
            out.sentence = QRect(text_x, 6, text_w, round(doc.size().height()))
            out.handle = QRect(text_x, out.sentence.bottom() + 1, text_w, fm.height())
            out.height = max(avatar.bottom(), out.handle.bottom()) + 8
            return out
        top = PADDING
        people = row.group.accounts
        side = AVATAR if len(people) <= 1 else SMALL_AVATAR
        left = x
        for account in people[:MAX_AVATARS]:
            out.avatars.append((QRect(left, top, side, side), account))
            left += side + 4
        if len(people) > MAX_AVATARS:
            out.more_text = f"+{len(people) - MAX_AVATARS}"
            out.more = QRect(left, top, fm.horizontalAdvance(out.more_text) + 8, side)
            left = out.more.right()
        if not people:
            side = 0
        out.strip = QRect(x, top, max(0, left - x), side)
        when = relative_time(created(row.item))
        when_w = fm.horizontalAdvance(when) + 2
        out.when = QRect(width - PADDING - when_w, top, when_w, max(side, fm.height()))
        out.icon = QRect(PADDING + 10, top + max(0, (max(side, ICON) - ICON) // 2), ICON, ICON)
        y = top + (side + 6 if side else 0)
        if not side:
            out.when = QRect(width - PADDING - when_w, y, when_w, fm.height())
            inner_sentence = max(60, inner - when_w - 8)
        else:
            inner_sentence = inner
        doc = self._doc(row, "sentence", inner_sentence)
        out.sentence = QRect(x, y, inner_sentence, round(doc.size().height()))
        y = out.sentence.bottom() + 1
        text = self.body(row)
        if text:
            if self._body_has_pictures(row):
                height = round(self._doc(row, "body", inner).size().height())
            else:  # plain words: measured (and drawn) without a document, much faster
                flags = int(Qt.TextFlag.TextWordWrap)
                height = fm.boundingRect(QRect(0, 0, inner, 100_000), flags, text).height()
            out.body = QRect(x, y + 4, inner, height)
            y = out.body.bottom() + 1
        elif row.item.waiting_request or new_account(row.item.notification) is not None:
            # Accept and Decline sit here, or "Follow the new account" under a move
            out.body = QRect(x, y + 4, inner, BUTTON_ROW)
            y = out.body.bottom() + 1
        out.height = y + PADDING
        return out

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        row: Row | None = index.data(EntryRole)
        if row is None:
            return QSize(0, 0)
        width = option.rect.width() or 480
        view = self.parent()
        if isinstance(view, QListView):
            width = view.viewport().width()
        return QSize(width, self.layout(width, row).height)

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Index widgets (Accept and Decline) cover the whole row, not only its text part."""
        editor.setGeometry(option.rect)

    # -- painting -----------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        row: Row | None = index.data(EntryRole)
        if row is None:
            return
        model = index.model()
        new = isinstance(model, NotificationsModel) and model.is_new(row)
        painter.save()
        palette: QPalette = option.palette
        rect = option.rect
        text_colour = palette.color(QPalette.ColorRole.Text)
        soft = QColor(text_colour)
        soft.setAlphaF(0.72)
        if new:
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlphaF(0.10)
            painter.fillRect(rect, tint)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
            painter.fillRect(
                QRect(
                    rect.right() - 3 if _right_to_left() else rect.left(),
                    rect.top(),
                    4,
                    rect.height(),
                ),
                palette.color(QPalette.ColorRole.Highlight),
            )
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        if row.person is None:
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        lay = self.layout(rect.width(), row)
        origin = rect.topLeft()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dark = palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
        if new and row.person is None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(NEW_COLOUR.lighter(170) if dark else NEW_COLOUR)
            dot_x = rect.right() - 16 if _right_to_left() else rect.left() + 8
            painter.drawEllipse(dot_x, rect.top() + lay.icon.center().y() - 4, 8, 8)
        if row.person is None:
            paint_kind_icon(
                painter,
                QRectF(lay.icon.translated(origin)),
                icon_kind(row.item.notification),
                dark=dark,
            )
        for avatar, account in lay.avatars:
            self._paint_avatar(painter, avatar.translated(origin), account, palette)
        painter.setFont(self._font())
        if lay.more_text:
            painter.setPen(soft)
            painter.drawText(
                lay.more.translated(origin), Qt.AlignmentFlag.AlignCenter, lay.more_text
            )
        if row.person is None:
            painter.setPen(soft)
            painter.drawText(
                lay.when.translated(origin),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                relative_time(created(row.item)),
            )
        self._draw_doc(
            painter,
            self._doc(row, "sentence", lay.sentence.width()),
            lay.sentence.translated(origin),
            text_colour,
        )
        if row.person is not None:
            painter.setPen(soft)
            handle = "\u2066@" + (row.person.acct or row.person.username) + "\u2069"
            painter.drawText(lay.handle.translated(origin), 0, handle)
        elif self.body(row):
            body = lay.body.translated(origin)
            if self._body_has_pictures(row):
                self._draw_doc(painter, self._doc(row, "body", body.width()), body, soft)
            else:
                painter.setPen(soft)
                text = self.body(row)  # in its own direction, also right to left
                painter.drawText(body, int(Qt.TextFlag.TextWordWrap), isolate(text))
        painter.restore()

    @staticmethod
    def _draw_doc(painter: QPainter, doc: QTextDocument, rect: QRect, colour: QColor) -> None:
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRect(0, 0, rect.width(), rect.height() + 2))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def _paint_avatar(
        self, painter: QPainter, rect: QRect, account: Account, palette: QPalette
    ) -> None:
        path = QPainterPath()
        path.addEllipse(QRectF(rect))
        image = self.images.image(account.avatar_static or account.avatar, rect.size(), avatar=True)
        painter.save()
        painter.setClipPath(path)
        if image is not None:
            painter.drawImage(rect, image, _cover(image.size(), rect.size()))
        else:
            hue = sum(map(ord, account.acct or account.id)) % 360
            painter.fillRect(rect, QColor.fromHsl(hue, 90, 150))
            painter.setPen(QColor("white"))
            font = self._font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, (account.name or "?")[:1].upper())
        painter.restore()
        painter.save()
        painter.setPen(palette.color(QPalette.ColorRole.Base))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.restore()

    # -- clicks -------------------------------------------------------------------------------

    def hit(self, width: int, row: Row, pos: QPoint) -> str:
        """What a click at ``pos`` (relative to the row's top left) means: "people" (the
        avatars of a group: show who), "person" (one person's avatar: their profile), or
        "open" (the post or the person)."""
        lay = self.layout(width, row)
        if row.person is None and lay.strip.contains(pos):
            return "people" if row.expandable else "person"
        return "open"


def _img_sources(html: str) -> list[str]:
    """The picture sources in HTML we built (our own data URIs, escaped)."""
    return [html_lib.unescape(s) for s in re.findall(r'<img src="([^"]*)"', html)]

"""A person's name with their custom emoji as pictures (issue 11): in people lists (search
results, followers, people to follow) and profiles.

A display name like ``Ann :blobcat:`` names a picture the town keeps. :class:`EmojiNameLabel`
is a :class:`~townsfolk.ui.style.ScaledLabel` (plain text: its ``text()`` is the name as the
town sent it, and a name without custom emoji is shown exactly as before). When the name has
custom emoji, it paints a :class:`~townsfolk.ui.safe_text.SafeTextDocument` instead: the name
escaped, each ``:code:`` replaced by the picture the app fetched and saved itself (a data URI
from the :class:`~townsfolk.ui.timeline.ImageStore`); the document loads nothing else. While a
picture is on its way (or when it cannot be had) its ``:code:`` is left out rather than shown
as words; screen readers hear the name without the colons.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from townsfolk.api.entities import Account as RemoteAccount
from townsfolk.api.entities import CustomEmoji
from townsfolk.services.richtext import plain_text_html
from townsfolk.ui.safe_text import SafeTextDocument
from townsfolk.ui.style import ScaledLabel
from townsfolk.ui.timeline import ImageStore

__all__ = ["MAX_NAME_EMOJI", "EmojiNameLabel", "spoken_name"]

#: Custom emoji pictures asked for per name (a name is short; the rest are left out).
MAX_NAME_EMOJI = 20


def spoken_name(name: str, emojis: list[CustomEmoji]) -> str:
    """The name for screen readers: ``:blobcat:`` read as "blobcat"."""
    for emoji in emojis[:MAX_NAME_EMOJI]:
        name = name.replace(f":{emoji.shortcode}:", emoji.shortcode)
    return " ".join(name.split())


class EmojiNameLabel(ScaledLabel):
    """See the module documentation. Fill it with :meth:`set_person`."""

    def __init__(
        self, text: str, factor: float, parent: QWidget | None = None, *, bold: bool = False
    ) -> None:
        # (set before the base class sets the font, which calls changeEvent)
        self.images: ImageStore | None = None
        self.emojis: list[CustomEmoji] = []
        #: The document painted instead of the text (None: the plain text is painted).
        self.document: SafeTextDocument | None = None
        super().__init__(text, factor, parent, bold=bold)

    def set_person(self, person: RemoteAccount, images: ImageStore | None) -> None:
        name = person.name
        self.setText(name)
        used = [e for e in person.emojis if e.shortcode and f":{e.shortcode}:" in name]
        self.emojis = used[:MAX_NAME_EMOJI]
        self.setAccessibleName(spoken_name(name, self.emojis))
        wanted = images if self.emojis else None  # most names have none: no connection
        if wanted is not self.images:
            if self.images is not None:
                self.images.emoji_ready.disconnect(self._emoji_ready)
            self.images = wanted
            if wanted is not None:
                wanted.emoji_ready.connect(self._emoji_ready)
        self._build()

    def _urls(self) -> list[str]:
        return [e.static_url or e.url for e in self.emojis]

    def _emoji_ready(self, url: str) -> None:
        if url in self._urls():
            self._build()

    def _build(self) -> None:
        if not self.emojis:
            self.document = None
            self.updateGeometry()
            self.update()
            return
        sources: dict[str, str] = {}
        text = self.text()
        for emoji in self.emojis:
            uri = self.images.emoji(emoji.static_url or emoji.url) if self.images else None
            if uri is not None:
                sources[emoji.shortcode] = uri
            else:  # not here (yet): left out, never shown as ":code:"
                text = text.replace(f":{emoji.shortcode}:", "")
        size = self.fontMetrics().height()
        html = plain_text_html(" ".join(text.split()), sources, size)
        document = SafeTextDocument(self, allowed=_img_sources(html))
        document.setDocumentMargin(0)
        document.setDefaultFont(self.font())
        document.setHtml(html)
        self.document = document
        self.updateGeometry()
        self.update()

    # ------------------------------------------------------------------ Qt

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.emojis:
            self._build()

    def _doc_height(self, width: int) -> int:
        assert self.document is not None
        self.document.setTextWidth(max(1, width))
        return math.ceil(self.document.size().height())

    def hasHeightForWidth(self) -> bool:
        return self.document is not None or super().hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        if self.document is None:
            return super().heightForWidth(width)
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        return self._doc_height(inner) + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.document is None:
            return hint
        self.document.setTextWidth(-1)
        ideal = math.ceil(self.document.idealWidth())
        return QSize(ideal, max(hint.height(), self._doc_height(ideal)))

    def minimumSizeHint(self) -> QSize:
        if self.document is None:
            return super().minimumSizeHint()
        return QSize(super().minimumSizeHint().width(), self.fontMetrics().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.document is None:
            super().paintEvent(event)
            return
        rect = self.contentsRect()
        self.document.setTextWidth(max(1, rect.width()))
        painter = QPainter(self)
        painter.translate(rect.topLeft())
        painter.setClipRect(0, 0, rect.width(), rect.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(
            QPalette.ColorRole.Text, self.palette().color(QPalette.ColorRole.WindowText)
        )
        self.document.documentLayout().draw(painter, context)
        painter.end()


_SRC = re.compile(r'<img src="([^"]*)"')


def _img_sources(html: str) -> list[str]:
    """The picture sources in HTML made by ``plain_text_html`` (escaped data URIs)."""
    import html as html_lib

    return [html_lib.unescape(s) for s in _SRC.findall(html)]

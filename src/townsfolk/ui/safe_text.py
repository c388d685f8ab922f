"""Text from a town reaches a widget as plain text, never guessed.

Qt "guesses" rich text: a ``QLabel`` in its default ``Qt.AutoText`` format, every tooltip and
a ``QMessageBox`` treat a string as HTML when it *looks* like HTML (``Qt.mightBeRichText``). A
display name ``<img src="/dev/zero">`` (it fits in 30 characters) then makes Qt read
``/dev/zero`` until it runs out of memory; ``<img src=/some/file>`` shows a local file; a bio
with escaped HTML paints a fake warning box. So, in ``ui/``:

- every label is a :class:`PlainLabel` (or a :class:`~townsfolk.ui.style.ScaledLabel`, which is
  plain too); ``QLabel`` is not constructed directly (``tests/ui/test_plain_text_source.py``
  checks it). A label that shows *our own* markup (a link we wrote in a ``tr()`` sentence) is
  made with :func:`rich_label` and never gets server text unescaped (:func:`escape`).
- tooltips built from server text go through :func:`plain_tooltip`;
- a ``QTextDocument`` built from server data is a :class:`SafeTextDocument`, which loads no
  resource except the ones the caller allowed (custom emoji pictures we saved ourselves);
- names placed inside a sentence go through :func:`isolate` (bidi isolation), so a name with
  a right-to-left override cannot flip the words after it.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser, QWidget

from townsfolk.services.richtext import bidi_isolate

__all__ = [
    "PlainLabel",
    "SafeTextBrowser",
    "SafeTextDocument",
    "desktop_text",
    "escape",
    "fill",
    "isolate",
    "plain_tooltip",
    "rich_label",
    "set_plain",
]


class PlainLabel(QLabel):
    """A label whose text is always shown as it is: no HTML, no pictures, no links.
    Made like a ``QLabel``: ``PlainLabel(parent)`` or ``PlainLabel(text, parent)``."""

    def __init__(self, text: str | QWidget | None = "", parent: QWidget | None = None) -> None:
        if isinstance(text, QWidget):
            parent, text = text, ""
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if text:
            self.setText(text)


def rich_label(markup: str = "", parent: QWidget | None = None) -> QLabel:
    """A label for markup *we* wrote (a ``tr()`` sentence with a link). Server text put into
    ``markup`` must go through :func:`escape` first. Links are not opened by Qt: connect
    ``linkActivated`` to the link gate (``ui.links.open_external``)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(False)
    label.setText(markup)
    return label


def set_plain(label: QLabel, text: str) -> None:
    """Show ``text`` on any label as plain text (also when the label was made elsewhere)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


def escape(text: str) -> str:
    """Server text for a place that reads HTML (rich labels, tooltips)."""
    return html.escape(text, quote=True)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is. Tooltips guess rich text; when Qt would take
    ``text`` for HTML, it is escaped and wrapped so it shows literally (line breaks kept)."""
    if not GuiQt.mightBeRichText(text):
        return text
    return '<p style="white-space:pre-wrap">' + escape(text) + "</p>"


def desktop_text(text: str) -> str:
    """The body of a desktop notification. On Linux the notification service may read the body
    as markup (the freedesktop "body-markup": ``<b>``, ``<a>``, even ``<img>``), and Qt passes
    it on as it is, so ``&``, ``<`` and ``>`` are escaped there; elsewhere the body is text."""
    import sys

    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return html.escape(text, quote=False)
    return text


def isolate(name: str) -> str:
    """A name (or other server text) to put inside a sentence, so it cannot reorder the words
    around it: wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, with the bidi
    controls inside it removed. A name made only of ASCII characters has no right-to-left
    letters and no bidi controls, so it is returned as it is (sentences, accessible names and
    desktop notifications then stay free of invisible characters for most names), except in a
    right-to-left window (Arabic), where an address like "@ann@town" or a sentence ending in
    "." would otherwise show its "@" or "." on the wrong side (issue 13)."""
    if name.isascii() and QApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return name
    return bidi_isolate(name)


def fill(sentence: str, *names: str) -> str:
    """``sentence`` with ``%1``, ``%2``, … replaced by the bidi-isolated ``names`` (highest
    number first, so ``%1`` never eats the start of ``%10``). Text inside a name is never
    read as a placeholder, because every name is replaced in one pass."""
    import re

    isolated = {str(n): isolate(name) for n, name in enumerate(names, start=1)}

    def swap(match: re.Match[str]) -> str:
        return isolated.get(match.group(1), match.group(0))

    return re.sub(r"%(\d+)", swap, sentence)


class SafeTextDocument(QTextDocument):
    """A text document for server data: it loads nothing a town named.

    Qt's rich text can ask for images, style sheets and other resources (``<img src>``,
    ``<link>``); a plain ``QTextDocument`` reads local files for them. This one answers only
    for the sources in ``allowed`` (custom emoji pictures the app saved itself) and returns
    nothing for every other name. ``requested`` and ``refused`` record what was asked, for
    tests."""

    def __init__(self, parent: QObject | None = None, *, allowed: Iterable[str] = ()) -> None:
        super().__init__(parent)
        self.allowed: frozenset[str] = frozenset()
        self.requested: list[str] = []
        self.refused: list[str] = []
        self.allow(allowed)

    def allow(self, sources: Iterable[str]) -> None:
        """Let the document load these picture sources (paths, ``file:`` or ``data:`` URLs)."""
        self.allowed = self.allowed | {_normal(source) for source in sources}

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        source = name.toString() if isinstance(name, QUrl) else str(name)
        self.requested.append(source)
        image = QTextDocument.ResourceType.ImageResource.value
        if int(kind) == image and _normal(source) in self.allowed:
            return super().loadResource(kind, name)
        self.refused.append(source)
        return None


class SafeTextBrowser(QTextBrowser):
    """A read-only rich text view for HTML we built from server data (escaped text, links).

    It loads no resource at all (``<img>``, style sheets, other pages), and Qt does not follow
    or open links itself: an activated link goes through the one link gate
    (:func:`townsfolk.ui.links.open_external`); a refused one is passed to ``refused`` (a
    callable that shows the sentence), if set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.requested: list[str] = []
        self.refused: list[str] = []
        self.refusal_shown: Callable[[str], object] | None = None
        self.anchorClicked.connect(self._open)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        source = name.toString() if isinstance(name, QUrl) else str(name)
        self.requested.append(source)
        self.refused.append(source)
        return None

    def _open(self, url: QUrl) -> None:
        from townsfolk.ui.links import open_external

        open_external(url.toString(), refused=self.refusal_shown)


def _normal(source: str) -> str:
    if source.startswith("/") or (len(source) > 2 and source[1] == ":" and source[2] in "/\\"):
        return QUrl.fromLocalFile(source).toString()
    return source

"""Painting one post (and gap rows) in the timeline list, and hit-testing clicks on it.

Fast by design (see docs/performance.md): a row's layout is computed once per (item, width,
text size, open/closed state, emoji pictures here) and its height kept in a dict, so
`sizeHint` is a dict lookup; post bodies are QTextDocuments kept in an LRU of `MAX_DOCS` by
post id and content; pictures come from `ImageStore` (decoded off the UI thread) and are never
decoded here.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from townsfolk.api.entities import MediaAttachment, Status
from townsfolk.services.addresses import display_handle
from townsfolk.services.richtext import ProfileLink, TagLink, parse_internal_link, render_post_html
from townsfolk.ui.kinds import REGISTRY as KINDS
from townsfolk.ui.kinds import paint_kind_line
from townsfolk.ui.moving.moved import moved_line
from townsfolk.ui.safe_text import SafeTextDocument, isolate
from townsfolk.ui.timeline.images import ImageStore
from townsfolk.ui.timeline.model import ItemRole, Row, handle_of, relative_time

__all__ = ["ACTIONS", "PostDelegate", "PostLayout"]

MAX_DOCS = 200
MAX_LAYOUTS = 400
MAX_HTML = 3000
MAX_BUTTONS = 600
#: Custom emoji pictures asked for per post (a post may list 20,000); the rest stay words.
MAX_EMOJI_PER_POST = 50
ACCENT = QColor("#1a5fb4")
BOOSTED = QColor("#1c7a4a")
FAVOURITED = QColor("#a15c00")
DARK_BOOSTED = QColor("#57c98a")
DARK_FAVOURITED = QColor("#f0b447")
ACTIONS = ("reply", "boost", "favourite", "bookmark", "more")
#: A long post (Friendica, Hubzilla...: more than Mastodon's 500 letters) shows this many
#: lines of its text in a list, then "Read more", which opens it whole (ui/kinds).
LONG_POST_LINES = 6
#: The widest a post's text runs, in letters ("em"), on a wide window.
READABLE_EM = 40
_CTX = "Timeline"


#: lupdate collects calls named ``translate`` whose context is written out.
translate = QCoreApplication.translate


@dataclass
class PostLayout:
    """Where everything of one row is, relative to the row's top-left corner."""

    width: int
    height: int = 0
    context: QRect | None = None
    avatar: QRect = field(default_factory=QRect)
    name: QRect = field(default_factory=QRect)
    cw_text: QRect | None = None
    cw_button: QRect | None = None
    body: QRect | None = None
    media: list[QRect] = field(default_factory=list)
    card: QRect | None = None
    kind_line: QRect | None = None  # what the post is (ui/kinds: video, photo set...)
    read_more: QRect | None = None  # under a long post's shortened text (opens it whole)
    poll: list[QRect] = field(default_factory=list)
    poll_footer: QRect | None = None
    actions: list[tuple[str, QRect]] = field(default_factory=list)
    gap_button: QRect | None = None


def _right_to_left() -> bool:
    return QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _mirror(layout: PostLayout) -> None:
    """Reflect a row laid out left to right, for a right-to-left language: painting and
    clicks both read the reflected places, and text keeps its own direction."""
    width = layout.width

    def flip(r: QRect) -> QRect:
        return QRect(width - r.x() - r.width(), r.y(), r.width(), r.height())

    for name in (
        "context", "name", "cw_text", "cw_button", "body", "card", "kind_line", "read_more",
    ):  # fmt: skip
        place = getattr(layout, name)
        if place is not None:
            setattr(layout, name, flip(place))
    layout.avatar = flip(layout.avatar)
    if layout.poll_footer is not None:
        layout.poll_footer = flip(layout.poll_footer)
    layout.media = [flip(r) for r in layout.media]
    layout.poll = [flip(r) for r in layout.poll]
    layout.actions = [(action, flip(r)) for action, r in layout.actions]


def _dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def _link_colour() -> str:
    """Links in posts: the palette's link colour (light on the dark palette, so readable)."""
    palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Link).name() if _dark(palette) else ACCENT.name()


def _on_colour(action: str, palette: QPalette) -> QColor:
    """The colour of a pressed Boost, Favourite or Save (and other accents drawn as text):
    lighter shades on a dark background, so they stay readable (4.5:1)."""
    if _dark(palette):
        return {"boost": DARK_BOOSTED, "favourite": DARK_FAVOURITED}.get(
            action, palette.color(QPalette.ColorRole.Link)
        )
    return {"boost": BOOSTED, "favourite": FAVOURITED}.get(action, ACCENT)


def _card_thumb(card, inner: QRect) -> QRect | None:
    """Where a link card's picture goes: at its left, as tall as the card's three lines and
    16:9 wide (at most a third of the card); None without a picture or room for one."""
    if not card.image or inner.width() < 300:
        return None
    width = min(round(inner.height() * 16 / 9), inner.width() // 3)
    return QRect(inner.left(), inner.top(), width, inner.height())


def _post_of(row: Row) -> Status:
    status = row.item.status
    return status.reblog or status


def _media_hidden(post: Status, revealed: set[str], show_sensitive: bool) -> bool:
    return (
        post.sensitive
        and bool(post.media_attachments)
        and not (show_sensitive or post.id in revealed)
    )


class PostDelegate(QStyledItemDelegate):
    """Paints posts; emits what the person clicked. Keyboard handling is in the view."""

    link_activated = Signal(str)
    profile_activated = Signal(str)
    tag_activated = Signal(str)
    media_activated = Signal(str, int)
    action_triggered = Signal(str, str)  # action name, post id (of the post itself)
    vote_requested = Signal(str, int)  # post id, option index
    thread_requested = Signal(str)
    gap_activated = Signal(str)  # the post id above the gap
    cw_toggled = Signal(str)
    kind_activated = Signal(str)  # post id: show it as what it is (ui/kinds)
    media_revealed = Signal(str)

    def __init__(self, model, images: ImageStore | None = None, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.images = images or ImageStore()
        self.show_sensitive = False
        self._docs: OrderedDict[tuple, QTextDocument] = OrderedDict()
        self._layouts: OrderedDict[str, tuple[tuple, PostLayout]] = OrderedDict()
        self._heights: dict[str, tuple[tuple, int]] = {}
        self._html: OrderedDict[tuple, str] = OrderedDict()
        self._buttons: OrderedDict[tuple, QPixmap] = OrderedDict()
        self._font_key: tuple = ()
        self._font = QFont()
        self._make_fonts()
        self.width = 480
        #: A post whose conversation is already on screen (a click on it opens nothing).
        self.open_on_click_except: str | None = None
        self._pressed: tuple[int, QPoint] | None = None  # row and place of a left press
        self.set_font(QApplication.font())

    # ------------------------------------------------------------------ caches

    def set_font(self, font: QFont) -> None:
        key = (font.family(), font.pointSizeF(), font.pixelSize())
        if key != self._font_key:
            self._font_key = key
            self._font = QFont(font)
            self._make_fonts()
            self.clear_caches()

    def clear_caches(self) -> None:
        self._docs.clear()
        self._layouts.clear()
        self._heights.clear()
        self._html.clear()
        self._buttons.clear()

    def _emoji_ready(self, post: Status) -> int:
        """How many of the post's custom emoji pictures are here (they make lines taller);
        0 while some are still coming, so that a post with many is laid out again once, not
        once per picture (each time costs its whole text)."""
        if not post.emojis:
            return 0
        urls = [e.static_url or e.url for e in post.emojis[:MAX_EMOJI_PER_POST]]
        if any(map(self.images.emoji_loading, urls)):
            return 0
        has = self.images.has_emoji
        return sum(1 for url in urls if has(url))

    def _state(self, row: Row, width: int) -> tuple:
        """Everything a row's layout depends on. The item itself is part of it: the model
        puts in a new item whenever anything of the post changes (favourited, saved,
        counts, edited...), and tuples compare items by identity first, so this stays cheap
        for `sizeHint`, which Qt calls for every row on each relayout."""
        post = _post_of(row)
        return (
            row.item,
            width,
            self._font_key,
            row.kind,
            post.id in self.model.expanded,
            post.id in self.model.revealed or self.show_sensitive,
            self._emoji_ready(post),
            KINDS.revision,  # what kind of server it came from became known (ui/kinds)
            post.id == self.model.whole_post,
        )

    def measure(self, row: Row, width: int | None = None) -> int:
        """The row's height (computed once, then a dict lookup)."""
        width = width or self.width
        found = self._heights.get(row.key)
        if found is not None and found[0] == self._state(row, width):
            return found[1]
        return self.layout_for(row, width).height

    def layout_for(self, row: Row, width: int) -> PostLayout:
        state = self._state(row, width)
        found = self._layouts.get(row.key)
        if found is not None and found[0] == state:
            self._layouts.move_to_end(row.key)
            return found[1]
        layout = self._gap_layout(width) if row.kind == "gap" else self._layout(row, width)
        self._layouts[row.key] = (state, layout)
        self._layouts.move_to_end(row.key)
        while len(self._layouts) > MAX_LAYOUTS:
            self._layouts.popitem(last=False)
        self._heights[row.key] = (state, layout.height)
        return layout

    def forget(self, key: str) -> None:
        """Drop what is cached for a row that left the list."""
        self._layouts.pop(key, None)
        self._heights.pop(key, None)

    def document(self, post: Status, width: int) -> QTextDocument:
        # the content is in the key: an edit or a late emoji picture must never show old text
        link = _link_colour()
        key = (post.id, post.content, width, self._font_key, self._emoji_ready(post), link)
        doc = self._docs.get(key)
        if doc is not None:
            self._docs.move_to_end(key)
            return doc
        fm = QFontMetrics(self._font)
        emojis: dict[str, str] = {}
        for emoji in post.emojis[:MAX_EMOJI_PER_POST]:  # later ones stay words (no storm)
            uri = self.images.emoji(emoji.static_url or emoji.url)
            if uri:
                emojis[emoji.shortcode] = uri
        html = self._rendered(post, emojis, fm.height())
        # loads only the emoji pictures saved here, never a resource the town named
        doc = SafeTextDocument(allowed=emojis.values())
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self._font)
        doc.setDefaultStyleSheet(
            f"a {{ color: {link}; text-decoration: none; }} p {{ margin: 0 0 6px 0; }}"
        )
        doc.setHtml(html)
        doc.setTextWidth(width)
        self._docs[key] = doc
        while len(self._docs) > MAX_DOCS:
            self._docs.popitem(last=False)
        return doc

    def _rendered(self, post: Status, emojis: dict[str, str], emoji_size: int) -> str:
        """The post's Qt rich text. Kept for many more posts than documents are (sanitising
        costs more than building the document from it), except with emoji pictures in it,
        which can be large."""
        key = (post.id, post.content, emoji_size)
        if not emojis:
            found = self._html.get(key)
            if found is not None:
                self._html.move_to_end(key)
                return found
        html = render_post_html(
            post.content, mentions=post.mentions, emojis=emojis, emoji_size=emoji_size
        ).html
        if not emojis:
            self._html[key] = html
            while len(self._html) > MAX_HTML:
                self._html.popitem(last=False)
        return html

    # ------------------------------------------------------------------ layout

    def _metrics(self) -> tuple[QFontMetrics, int, int]:
        fm = self._fm
        lh = fm.height()
        return fm, lh, max(8, round(lh * 0.7))

    def _small_font(self) -> QFont:
        return self._small

    def _make_fonts(self) -> None:
        """Fonts and metrics made once per text size (not for every row painted)."""
        self._fm = QFontMetrics(self._font)
        self._small = QFont(self._font)
        self._small.setPointSizeF(max(6.0, self._font.pointSizeF() * 0.9))
        self._small_fm = QFontMetrics(self._small)
        self._bold = QFont(self._font)
        self._bold.setBold(True)
        self._bold_fm = QFontMetrics(self._bold)
        _, lh, pad = self._metrics()
        # the widest column: the text's measure, the picture beside it and the paddings
        text = round(READABLE_EM * QFontInfo(self._font).pixelSize())
        self._column = text + 3 * pad + round(lh * 2.6)

    def column_left(self, width: int) -> int:
        """Where the column of posts starts in a row ``width`` wide: on a wide window the
        posts stay a readable width (about ``READABLE_EM`` letters of text per line, issue 11:
        lines ran 1,000 pixels wide) and are centred."""
        return max(0, (width - self._column) // 2)

    def _gap_layout(self, width: int) -> PostLayout:
        _, lh, pad = self._metrics()
        left = self.column_left(width)
        layout = PostLayout(width, height=lh * 2 + pad * 2)
        layout.gap_button = QRect(left + pad, pad, width - 2 * left - 2 * pad, lh * 2)
        return layout

    def _layout(self, row: Row, width: int) -> PostLayout:
        fm, lh, pad = self._metrics()
        post = _post_of(row)
        status = row.item.status
        layout = PostLayout(width)
        left = self.column_left(width)
        y = pad
        avatar = round(lh * 2.6)
        x = left + pad + avatar + pad
        content_w = max(80, width - left - x - pad)
        if status.reblog is not None or post.in_reply_to_id or post.account.moved is not None:
            layout.context = QRect(x, y, content_w, lh)
            y += lh + 2
        layout.avatar = QRect(left + pad, y, avatar, avatar)
        layout.name = QRect(x, y, content_w, lh * 2)
        y += lh * 2 + 4
        if KINDS.line(post):  # other kinds of servers (issue 15); cached per post
            layout.kind_line = QRect(x, y, content_w, round(lh * 1.6))
            y += layout.kind_line.height() + 4
        expanded = post.id in self.model.expanded
        show_content = not post.spoiler_text or expanded
        if post.spoiler_text:
            text_rect = fm.boundingRect(
                QRect(0, 0, content_w, 10_000),
                int(Qt.TextFlag.TextWordWrap),
                self._warning_text(post),
            )
            layout.cw_text = QRect(x, y, content_w, text_rect.height())
            y += text_rect.height() + 4
            # as wide as the wider of its two words: it does not move when pressed
            label_w = max(fm.horizontalAdvance(t) for t in self._warning_buttons(post))
            layout.cw_button = QRect(x, y, label_w + lh * 2, round(lh * 1.6))
            y += layout.cw_button.height() + pad // 2
        if show_content:
            if post.content:
                doc = self.document(post, content_w)
                height = int(doc.size().height() + 0.5)
                if (
                    height > lh * LONG_POST_LINES
                    and post.id != self.model.whole_post
                    and KINDS.kind_of(post).kind == "long"
                ):
                    height = _whole_lines(doc, lh * LONG_POST_LINES)
                    layout.body = QRect(x, y, content_w, height)
                    y += height + pad // 2
                    label = translate("Timeline", "Read more")
                    layout.read_more = QRect(
                        x, y, fm.horizontalAdvance(label) + lh * 2, round(lh * 1.6)
                    )
                    y += layout.read_more.height() + pad // 2
                else:
                    layout.body = QRect(x, y, content_w, height)
                    y += height + pad // 2
            if post.media_attachments:
                y = self._layout_media(layout, post.media_attachments, x, y, content_w) + pad // 2
            if (
                post.card is not None
                and (post.card.title or post.card.url)
                and not post.media_attachments
            ):
                layout.card = QRect(x, y, content_w, lh * 3 + pad * 2)
                y += layout.card.height() + pad // 2
            if post.poll is not None:
                row_h = round(lh * 1.7)
                for _ in post.poll.options:
                    layout.poll.append(QRect(x, y, content_w, row_h))
                    y += row_h + 4
                layout.poll_footer = QRect(x, y, content_w, lh)
                y += lh + pad // 2
        bx = x
        button_h = round(lh * 1.8)
        for action in ACTIONS:
            w = max(fm.horizontalAdvance(t) for t in self._steady_labels(action, status, post))
            w += lh
            if bx > x and bx + w > x + content_w:  # large text or a narrow window: next line
                bx = x
                y += button_h + pad // 2
            layout.actions.append((action, QRect(bx, y, w, button_h)))
            bx += w + pad // 2
        y += button_h + pad // 2
        layout.height = max(y, layout.avatar.bottom() + pad)
        if _right_to_left():
            _mirror(layout)  # Arabic: avatar on the right, buttons from the right (issue 13)
        return layout

    def _layout_media(
        self, layout: PostLayout, media: list[MediaAttachment], x: int, y: int, w: int
    ) -> int:
        n = min(len(media), 4)
        gap = 4
        if n == 1:
            h = min(round(w * 0.56), 320)
            layout.media.append(QRect(x, y, w, h))
            return y + h
        cols = 2
        cell_w = (w - gap) // cols
        cell_h = min(round(cell_w * 0.66), 200)
        for i in range(n):
            r, c = divmod(i, cols)
            layout.media.append(
                QRect(x + c * (cell_w + gap), y + r * (cell_h + gap), cell_w, cell_h)
            )
        rows = (n + cols - 1) // cols
        return y + rows * cell_h + (rows - 1) * gap

    @staticmethod
    def _steady_labels(action: str, status: Status, post: Status) -> tuple[str, ...]:
        """The button's label now and after pressing it: the button is as wide as the wider,
        so pressing Boost, Favourite or Save never moves the buttons after it and the next
        click lands where the person aimed (issue 11, break 12)."""
        if action in ("boost", "favourite"):
            if action == "boost":
                on = bool(status.reblogged or post.reblogged)
                count, marks = post.reblogs_count, ("⇄ ", "⇄ ")
                words = (translate("Timeline", "Boost"), translate("Timeline", "Boosted"))
            else:
                on = bool(status.favourited or post.favourited)
                count = post.favourites_count
                marks = ("☆ ", "★ ")
                words = (translate("Timeline", "Favourite"), translate("Timeline", "Favourited"))
            off_count = max(0, (count or 0) - (1 if on else 0))
            return tuple(
                marks[n] + words[n] + (f" {c}" if c else "")
                for n, c in ((0, off_count), (1, off_count + 1))
            )
        if action == "bookmark":
            return (
                translate("Timeline", "Save"),
                translate("Timeline", "Saved"),
            )
        return (PostDelegate._action_label(action, status, post),)

    @staticmethod
    def _action_label(action: str, status: Status, post: Status) -> str:
        if action == "reply":
            return (
                "↩ "
                + translate("Timeline", "Reply")
                + (f" {post.replies_count}" if post.replies_count else "")
            )
        if action == "boost":
            word = (
                translate("Timeline", "Boosted")
                if status.reblogged or post.reblogged
                else translate("Timeline", "Boost")
            )
            return "⇄ " + word + (f" {post.reblogs_count}" if post.reblogs_count else "")
        if action == "favourite":
            on = status.favourited or post.favourited
            word = translate("Timeline", "Favourited") if on else translate("Timeline", "Favourite")
            return (
                ("★ " if on else "☆ ")
                + word
                + (f" {post.favourites_count}" if post.favourites_count else "")
            )
        if action == "bookmark":
            return (
                translate("Timeline", "Saved")
                if status.bookmarked or post.bookmarked
                else translate("Timeline", "Save")
            )
        return "⋯ " + translate("Timeline", "More")

    # ------------------------------------------------------------------ Qt hooks

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        # Qt asks this for every row on each relayout: no detour through `model.data`
        rows = self.model.rows
        n = index.row()
        if not 0 <= n < len(rows):
            return QSize(0, 0)
        row = rows[n]
        found = self._heights.get(row.key)
        if found is not None and found[0] == self._state(row, self.width):
            return QSize(self.width, found[1])
        return QSize(self.width, self.layout_for(row, self.width).height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        row: Row | None = index.data(ItemRole)
        if row is None:
            return
        rect = option.rect
        layout = self.layout_for(row, self.width)
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        base = palette.color(QPalette.ColorRole.Base)
        painter.fillRect(rect, base)
        if selected:
            highlight = QColor(ACCENT)
            highlight.setAlpha(28)
            painter.fillRect(rect, highlight)
            edge = rect.right() - 3 if _right_to_left() else rect.left()  # the leading edge
            painter.fillRect(QRect(edge, rect.top(), 4, rect.height()), ACCENT)
        painter.translate(rect.topLeft())
        painter.setFont(self._font)
        if row.kind == "gap":
            self._paint_gap(painter, layout, palette)
        else:
            self._paint_post(painter, row, layout, palette)
        # the line between posts (a filled rectangle: an antialiased line costs much more)
        painter.fillRect(
            QRect(0, layout.height - 1, rect.width(), 1), palette.color(QPalette.ColorRole.Mid)
        )
        painter.restore()

    def _secondary(self, palette: QPalette) -> QColor:
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        return QColor(
            (text.red() * 3 + base.red() * 2) // 5,
            (text.green() * 3 + base.green() * 2) // 5,
            (text.blue() * 3 + base.blue() * 2) // 5,
        )

    def _paint_gap(self, painter: QPainter, layout: PostLayout, palette: QPalette) -> None:
        r = layout.gap_button
        assert r is not None
        painter.setPen(QPen(ACCENT, 1, Qt.PenStyle.DashLine))
        fill = QColor(ACCENT)
        fill.setAlpha(18)
        painter.setBrush(fill)
        painter.drawRoundedRect(r, 6, 6)
        painter.setPen(_on_colour("gap", palette))
        painter.drawText(
            r,
            Qt.AlignmentFlag.AlignCenter,
            translate("Timeline", "Some posts are not loaded here. Show them"),
        )

    def _paint_post(
        self, painter: QPainter, row: Row, layout: PostLayout, palette: QPalette
    ) -> None:
        status = row.item.status
        post = _post_of(row)
        text_color = palette.color(QPalette.ColorRole.Text)
        secondary = self._secondary(palette)
        fm = self._fm
        small = self._small
        if layout.context is not None:
            painter.setFont(small)
            painter.setPen(secondary)
            if status.reblog is not None:
                text = "⇄ " + translate("Timeline", "%1 boosted").replace(
                    "%1", isolate(status.account.name)
                )
            else:
                text = "↩ " + self._replying_to(post)
            moved = moved_line(post.account, self.model.town)  # moving towns (issue 12)
            if moved is not None and status.reblog is None:
                text = "→ " + moved
            painter.drawText(
                layout.context,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._small_fm.elidedText(
                    text, Qt.TextElideMode.ElideRight, layout.context.width()
                ),
            )
            painter.setFont(self._font)
        self._paint_avatar(painter, post, layout.avatar)
        # name, handle, time
        name_rect = layout.name
        lh = fm.height()
        when = relative_time(post.created)
        if post.edited_at:
            when += " · " + translate("Timeline", "edited")
        painter.setFont(small)
        time_w = self._small_fm.horizontalAdvance(when)
        painter.setPen(secondary)
        rtl = _right_to_left()  # the name comes first in reading order, the time last
        time_x = name_rect.left() if rtl else name_rect.right() - time_w
        painter.drawText(
            QRect(time_x, name_rect.top(), time_w, lh),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            when,
        )
        painter.setFont(self._bold)
        painter.setPen(text_color)
        name_w = name_rect.width() - time_w - lh // 2
        painter.drawText(
            QRect(
                name_rect.right() - name_w if rtl else name_rect.left(), name_rect.top(), name_w, lh
            ),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._bold_fm.elidedText(post.account.name, Qt.TextElideMode.ElideRight, name_w),
        )
        painter.setFont(small)
        painter.setPen(secondary)
        painter.drawText(
            QRect(name_rect.left(), name_rect.top() + lh, name_rect.width(), lh),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(small).elidedText(
                # an address reads left to right, "@" first, in any window
                "\u2066" + handle_of(post, self.model.town) + "\u2069",
                Qt.TextElideMode.ElideMiddle,
                name_rect.width(),
            ),
        )
        painter.setFont(self._font)
        if layout.kind_line is not None:
            KINDS.want_details(post)  # on screen: "Live now" or "Was live" (own server)
            kind = KINDS.kind_of(post)
            paint_kind_line(
                painter, layout.kind_line, KINDS.line(post), kind.kind, _on_colour("kind", palette)
            )
        if layout.cw_text is not None and layout.cw_button is not None:
            painter.setPen(text_color)
            painter.drawText(
                layout.cw_text, int(Qt.TextFlag.TextWordWrap), self._warning_text(post)
            )
            show, hide = self._warning_buttons(post)
            self._paint_button(
                painter,
                layout.cw_button,
                hide if post.id in self.model.expanded else show,
                palette,
                on=False,
            )
        if layout.body is not None:
            doc = self.document(post, layout.body.width())
            painter.save()
            painter.translate(layout.body.topLeft())
            doc.drawContents(painter, QRectF(0, 0, layout.body.width(), layout.body.height()))
            painter.restore()
        if layout.read_more is not None:
            self._paint_button(
                painter, layout.read_more, translate("Timeline", "Read more"), palette, on=False
            )
        if layout.media:
            self._paint_media(painter, post, layout, palette)
        if layout.card is not None and post.card is not None:
            self._paint_card(painter, post, layout.card, palette)
        if layout.poll and post.poll is not None:
            self._paint_poll(painter, post, layout, palette)
        for action, rect in layout.actions:
            on = {
                "boost": bool(status.reblogged or post.reblogged),
                "favourite": bool(status.favourited or post.favourited),
                "bookmark": bool(status.bookmarked or post.bookmarked),
            }.get(action, False)
            color = _on_colour(action, palette)
            self._paint_button(
                painter, rect, self._action_label(action, status, post), palette, on=on, color=color
            )

    def _replying_to(self, post: Status) -> str:
        if post.in_reply_to_account_id == post.account.id:
            return translate("Timeline", "Continuing a thread")
        for mention in post.mentions:
            if mention.id == post.in_reply_to_account_id:
                return translate("Timeline", "Replying to %1").replace(
                    "%1", isolate(display_handle(mention.acct))
                )
        return translate("Timeline", "Replying to a post")

    def _warning_text(self, post: Status) -> str:
        """The line above a folded post: its content warning, or the note of the hidden
        words that folded it ("Hidden because it mentions “word”.")."""
        if post.id in self.model.folded:
            return isolate(post.spoiler_text)
        return translate("Timeline", "Content warning: %1").replace(
            "%1", isolate(post.spoiler_text)
        )

    def _warning_buttons(self, post: Status) -> tuple[str, str]:
        """(open, close) for the button under that line."""
        if post.id in self.model.folded:
            return (translate("Timeline", "Show anyway"), translate("Timeline", "Hide again"))
        return (translate("Timeline", "Show more"), translate("Timeline", "Show less"))

    def _paint_button(
        self,
        painter: QPainter,
        rect: QRect,
        text: str,
        palette: QPalette,
        *,
        on: bool,
        color: QColor = ACCENT,
    ) -> None:
        """A rounded button with its label. Drawn once into a picture and reused: shaping
        the text and antialiasing the corners was a third of a row's painting time."""
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        mid = palette.color(QPalette.ColorRole.Mid)
        fg = palette.color(QPalette.ColorRole.Text)
        key = (
            text,
            on,
            color.rgba(),
            rect.width(),
            rect.height(),
            ratio,
            mid.rgba(),
            fg.rgba(),
            self._font_key,
        )
        pixmap = self._buttons.get(key)
        if pixmap is None:
            pixmap = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            p = QPainter(pixmap)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            p.setFont(self._font)
            box = QRect(0, 0, rect.width(), rect.height())
            if on:
                fill = QColor(color)
                fill.setAlpha(30)
                p.setBrush(fill)
                p.setPen(QPen(color, 1))
            else:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(mid, 1))
            p.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
            p.setPen(color if on else fg)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            p.end()
            self._buttons[key] = pixmap
            while len(self._buttons) > MAX_BUTTONS:
                self._buttons.popitem(last=False)
        else:
            self._buttons.move_to_end(key)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _paint_avatar(self, painter: QPainter, post: Status, rect: QRect) -> None:
        path = QPainterPath()
        path.addEllipse(QRectF(rect))
        image = self.images.image(
            post.account.avatar_static or post.account.avatar, rect.size(), avatar=True
        )
        painter.save()
        painter.setClipPath(path)
        if image is not None:
            painter.drawImage(rect, image, _cover(image.size(), rect.size()))
        else:
            hue = sum(map(ord, post.account.acct or post.account.id)) % 360
            painter.fillRect(rect, QColor.fromHsl(hue, 90, 150))
            painter.setPen(QColor("white"))
            big = QFont(self._font)
            big.setBold(True)
            big.setPointSizeF(self._font.pointSizeF() * 1.3)
            painter.setFont(big)
            initial = (post.account.name or "?")[:1].upper()
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initial)
        painter.restore()

    def _paint_media(
        self, painter: QPainter, post: Status, layout: PostLayout, palette: QPalette
    ) -> None:
        hidden = _media_hidden(post, self.model.revealed, self.show_sensitive)
        small = self._small_font()
        for n, rect in enumerate(layout.media):
            media = post.media_attachments[n]
            painter.save()
            clip = QPainterPath()
            clip.addRoundedRect(QRectF(rect), 8, 8)
            painter.setClipPath(clip)
            url = media.preview_url or media.url
            if hidden:
                tiny = self.images.image(url, QSize(12, 9))
                if tiny is not None:
                    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
                    painter.drawImage(rect, tiny, _cover(tiny.size(), rect.size()))
                    painter.fillRect(rect, QColor(0, 0, 0, 90))
                else:
                    painter.fillRect(rect, QColor("#4a4a55"))
                painter.setPen(QColor("white"))
                painter.setFont(self._font)
                painter.drawText(
                    rect.adjusted(8, 8, -8, -8),
                    int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                    translate("Timeline", "Sensitive picture. Click to show it."),
                )
            else:
                image = self.images.image(url, rect.size())
                if image is not None:
                    painter.drawImage(rect, image, _cover(image.size(), rect.size()))
                else:
                    painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
                    painter.setPen(self._secondary(palette))
                    painter.setFont(small)
                    painter.drawText(
                        rect.adjusted(8, 8, -8, -8),
                        int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                        media.description or translate("Timeline", "Picture"),
                    )
                if media.description:
                    painter.setFont(small)
                    sfm = QFontMetrics(small)
                    badge = QRect(
                        rect.left() + 6,
                        rect.bottom() - sfm.height() - 8,
                        sfm.horizontalAdvance("ALT") + 10,
                        sfm.height() + 2,
                    )
                    painter.fillRect(badge, QColor(0, 0, 0, 170))
                    painter.setPen(QColor("white"))
                    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "ALT")
            painter.restore()

    def _paint_card(self, painter: QPainter, post: Status, rect: QRect, palette: QPalette) -> None:
        card = post.card
        assert card is not None
        fm, lh, pad = self._metrics()
        painter.save()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        inner = rect.adjusted(pad, pad, -pad, -pad)
        thumb = _card_thumb(card, inner)
        if thumb is not None:  # the link's own picture (a video's preview, an article's)
            image = self.images.image(card.image, thumb.size())
            clip = QPainterPath()
            clip.addRoundedRect(QRectF(thumb), 6, 6)
            painter.save()
            painter.setClipPath(clip)
            if image is not None:
                painter.drawImage(thumb, image, _cover(image.size(), thumb.size()))
            else:
                painter.fillRect(thumb, palette.color(QPalette.ColorRole.Midlight))
            painter.restore()
            inner.setLeft(thumb.right() + 1 + pad)
        small = self._small_font()
        from urllib.parse import urlsplit

        domain = urlsplit(card.url).hostname or card.provider_name
        painter.setFont(small)
        painter.setPen(self._secondary(palette))
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), lh),
            Qt.AlignmentFlag.AlignVCenter,
            domain,
        )
        bold = QFont(self._font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            QRect(inner.left(), inner.top() + lh, inner.width(), lh),
            Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(
                isolate(card.title or card.url), Qt.TextElideMode.ElideRight, inner.width()
            ),
        )
        painter.setFont(self._font)
        painter.setPen(self._secondary(palette))
        painter.drawText(
            QRect(inner.left(), inner.top() + 2 * lh, inner.width(), lh),
            Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(
                isolate(" ".join(card.description.split())),  # its own direction (issue 13)
                Qt.TextElideMode.ElideRight,
                inner.width(),
            ),
        )
        painter.restore()

    def _paint_poll(
        self, painter: QPainter, post: Status, layout: PostLayout, palette: QPalette
    ) -> None:
        poll = post.poll
        assert poll is not None
        total = max(1, poll.votes_count)
        own = set(poll.own_votes or [])
        painter.save()
        for n, rect in enumerate(layout.poll):
            option = poll.options[n]
            votes = option.votes_count or 0
            share = votes / total if poll.votes_count else 0.0
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
            bar = QColor(ACCENT)
            bar.setAlpha(70 if n in own else 38)
            fill = QRect(rect.left(), rect.top(), round(rect.width() * share), rect.height())
            if fill.width() > 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(bar)
                painter.drawRoundedRect(QRectF(fill).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            label = ("✓ " if n in own else "") + option.title
            inner = rect.adjusted(10, 0, -10, 0)
            painter.drawText(
                inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
            )
            painter.drawText(
                inner,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{round(share * 100)}%",
            )
        if layout.poll_footer is not None:
            painter.setFont(self._small_font())
            painter.setPen(self._secondary(palette))
            votes = poll.votes_count  # lupdate needs the count as a plain name
            count = (
                translate("Timeline", "1 vote")
                if votes == 1
                else translate("Timeline", "%n votes", None, votes)
            )
            if poll.expired:
                note = translate("Timeline", "closed")
            elif poll.voted:
                note = translate("Timeline", "you voted")
            else:
                note = translate("Timeline", "click an answer to vote")
            painter.drawText(layout.poll_footer, Qt.AlignmentFlag.AlignVCenter, f"{count} · {note}")
        painter.restore()

    # ------------------------------------------------------------------ clicks

    def hit(self, row: Row, pos: QPoint) -> tuple[str, object] | None:
        """What is under `pos` (relative to the row's top-left): (kind, payload) or None."""
        layout = self.layout_for(row, self.width)
        post = _post_of(row)
        if row.kind == "gap":
            if layout.gap_button is not None and layout.gap_button.contains(pos):
                return ("gap", row.item.post_id)
            return None
        if layout.body is not None and layout.body.contains(pos):
            doc = self.document(post, layout.body.width())
            anchor = doc.documentLayout().anchorAt(QPointF(pos - layout.body.topLeft()))
            if anchor:
                return ("link", anchor)
        if layout.cw_button is not None and layout.cw_button.contains(pos):
            return ("cw", post.id)
        if layout.kind_line is not None and layout.kind_line.contains(pos):
            return ("kind", post.id)
        if layout.read_more is not None and layout.read_more.contains(pos):
            return ("kind", post.id)  # the whole post in its own window
        for n, rect in enumerate(layout.media):
            if rect.contains(pos):
                if _media_hidden(post, self.model.revealed, self.show_sensitive):
                    return ("reveal", post.id)
                return ("media", n)
        if layout.card is not None and layout.card.contains(pos) and post.card is not None:
            return ("link", post.card.url)
        for n, rect in enumerate(layout.poll):
            if rect.contains(pos):
                return ("vote", n)
        if (
            layout.context is not None
            and layout.context.contains(pos)
            and post.account.moved is not None
            and row.item.status.reblog is None
        ):
            return ("profile", post.account.acct)  # the old profile: Follow the new one
        for action, rect in layout.actions:
            if rect.contains(pos):
                return ("action", action)
        name_half = (pos.x() > layout.name.center().x()) == _right_to_left()
        if layout.avatar.contains(pos) or (layout.name.contains(pos) and name_half):
            return ("profile", post.account.acct)
        return None

    def activate(self, row: Row, kind: str, payload: object) -> None:
        """Emit the signal for a hit (also used by the keyboard)."""
        post = _post_of(row)
        if kind == "link":
            url = str(payload)
            internal = parse_internal_link(url)
            if isinstance(internal, ProfileLink):
                self.profile_activated.emit(internal.acct)
            elif isinstance(internal, TagLink):
                self.tag_activated.emit(internal.name)
            elif url.startswith(("http://", "https://", "mailto:")):
                self.link_activated.emit(url)
        elif kind == "profile":
            acct = str(payload)
            if "@" not in acct and self.model.town:
                acct = f"{acct}@{self.model.town}"
            self.profile_activated.emit(acct)
        elif kind == "cw":
            self.cw_toggled.emit(post.id)
        elif kind == "kind":
            self.kind_activated.emit(post.id)
        elif kind == "reveal":
            self.media_revealed.emit(post.id)
        elif kind == "media":
            self.media_activated.emit(post.id, int(payload))  # type: ignore[call-overload]
        elif kind == "vote":
            poll = post.poll
            if poll is not None and not poll.expired and not poll.voted:
                self.vote_requested.emit(post.id, int(payload))  # type: ignore[call-overload]
        elif kind == "action":
            self.action_triggered.emit(str(payload), post.id)
        elif kind == "gap":
            self.gap_activated.emit(str(payload))
        elif kind == "thread":
            self.thread_requested.emit(post.id)

    def editorEvent(self, event, model, option, index) -> bool:
        """A click on a link, button, picture... does that; a click anywhere else on a post
        opens its conversation (issue 11: only Enter and "More" did). A press and release on
        the same spot of the same post is a click; a drag is not."""
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        where = event.position().toPoint()
        if kind == QEvent.Type.MouseButtonPress:
            self._pressed = (index.row(), where)
            return False  # the list still selects the row
        pressed, self._pressed = self._pressed, None
        row: Row | None = index.data(ItemRole)
        if row is None:
            return False
        pos = where - option.rect.topLeft()
        found = self.hit(row, pos)
        if found is not None:
            self.activate(row, *found)
            return True
        if row.kind != "post" or pressed is None or pressed[0] != index.row():
            return False
        if (pressed[1] - where).manhattanLength() >= QApplication.startDragDistance():
            return False
        if _post_of(row).id == self.open_on_click_except:
            return False
        self.activate(row, "thread", None)
        return True


def _whole_lines(doc: QTextDocument, limit: int) -> int:
    """The height of the lines of ``doc`` that fit whole in ``limit`` pixels (a shortened
    post never ends on half a line)."""
    shown = 0.0
    frame = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        top = frame.blockBoundingRect(block).top()
        text = block.layout()
        for n in range(text.lineCount()):
            line = text.lineAt(n)
            bottom = top + line.y() + line.height()
            if bottom > limit:
                return max(1, int(shown + 0.5)) if shown else limit
            shown = bottom
        block = block.next()
    return int(shown + 0.5)


def _cover(source: QSize, box: QSize) -> QRect:
    """The part of a picture of size `source` that fills `box` (centre crop)."""
    if source.isEmpty() or box.isEmpty():
        return QRect(QPoint(0, 0), source)
    scale = max(box.width() / source.width(), box.height() / source.height())
    w = round(box.width() / scale)
    h = round(box.height() / scale)
    return QRect((source.width() - w) // 2, (source.height() - h) // 2, w, h)

"""Turn a server's post HTML into safe Qt rich text and plain text.

Servers send post bodies as HTML (Mastodon style). This module makes two things out of it:

- ``html``: a small subset of HTML that Qt's rich text (``QTextDocument``, ``QLabel``) renders:
  ``p br a strong em u s code pre blockquote ul ol li`` plus ``img`` for custom emoji only.
- ``plain``: plain text for screen readers, copying, notifications and search. Paragraphs are
  separated by blank lines, ``<br>`` gives a line break, list items start with "• " or "1. ".

How it works, in two passes:

1. ``nh3`` sanitises: only the tags above survive; ``script``, ``style``, ``iframe``, ``svg``,
   ``math``, ``form``, ``img`` and friends are dropped *with their content*; every attribute
   other than ``a[href class rel]`` and ``span[class]`` is removed (so no ``on*=`` handlers, no
   ``style``); only ``http``, ``https`` and ``mailto`` URLs survive (relative URLs too, for tag
   links). ``div`` and ``h1``–``h6`` are unwrapped into line breaks.
2. A stdlib ``html.parser`` pass rebuilds the output, so every tag in it is one we wrote:
   - Mastodon's ``<span class="invisible">`` parts are removed (Qt ignores ``display:none``) and
     ``<span class="ellipsis">`` gets a trailing "…". Other spans are unwrapped.
   - Links are classified. Hashtags (class ``hashtag``, ``rel="tag"``, or a ``/tags/<name>`` or
     ``/tag/<name>`` path with link text starting with "#") become ``townsfolk:tag?name=<name>``.
     Mentions (class ``mention`` + ``u-url``, or an href equal to the profile URL of someone in
     the post's ``mentions``) become ``townsfolk:profile?acct=<acct>&url=<profile url>``. Other
     absolute ``http``/``https``/``mailto`` links stay as they are; anything else loses its link
     (the text stays).
   - Custom emoji ``:shortcode:`` become ``<img>`` only when the caller gives a local source for
     that shortcode (an absolute file path, a ``file:`` / ``qrc:`` URL or an image ``data:`` URI).
     Remote URLs are refused, so rendering a post never loads anything from the network.

Bidirectional text: the explicit embedding, override and isolate controls (U+202A–U+202E,
U+2066–U+2069) are *removed* from text and links. Unbalanced controls are how a post flips the
text around it ("Ann: <post>" in a notification, the rest of a timeline row); removing them keeps
ordinary right-to-left writing intact, because Hebrew or Arabic text lays itself out through the
Unicode bidi algorithm without them. The marks U+200E, U+200F and U+061C stay: they do not scope
over following text. When you put a post's plain text inside a longer UI string, wrap it with
:func:`bidi_isolate`.

Limits, so hostile posts stay cheap: at most :data:`MAX_INPUT_CHARS` characters of HTML are
read, at most :data:`MAX_VISIBLE_CHARS` visible characters are emitted (then "…"), and at most
:data:`MAX_DEPTH` tags are open at once (deeper tags are unwrapped, their text kept).
:func:`render_post_html` never raises.
"""

from __future__ import annotations

import html as html_lib
import itertools
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import PurePosixPath, PureWindowsPath
from typing import Final, Literal, NamedTuple, Protocol
from urllib.parse import SplitResult, parse_qs, quote, unquote, urlencode, urlsplit

import nh3

__all__ = [
    "ELLIPSIS",
    "INTERNAL_SCHEME",
    "MAX_DEPTH",
    "MAX_INPUT_CHARS",
    "MAX_VISIBLE_CHARS",
    "InternalLink",
    "Link",
    "LinkKind",
    "MentionLike",
    "MentionRef",
    "ProfileLink",
    "RenderedText",
    "TagLink",
    "bidi_isolate",
    "parse_internal_link",
    "plain_text",
    "plain_text_html",
    "profile_link_url",
    "render_post_html",
    "tag_link_url",
]

logger = logging.getLogger(__name__)

MAX_INPUT_CHARS: Final = 262_144
"""HTML beyond this many characters is not read (the output then ends with "…")."""
MAX_VISIBLE_CHARS: Final = 20_000
"""At most this many visible characters are emitted, then "…"."""
MAX_DEPTH: Final = 32
"""At most this many emitted tags are open at once; deeper tags are unwrapped."""
MAX_ELEMENTS: Final = 5_000
"""At most this many tags are emitted in all; later ones are unwrapped (their text is kept)."""
MAX_EMOJI: Final = 500
"""At most this many custom emoji images; later shortcodes stay text."""
MAX_RAW_TAGS: Final = 10_000
"""HTML after this many tags is not read (the output then ends with "…")."""
MAX_RAW_DEPTH: Final = 64
"""Tags nested deeper than this in the input are removed before sanitising (text is kept)."""
MAX_PARSED_TAGS: Final = 40_000
"""Sanitised HTML after this many tags is not read (the output then ends with "…")."""
MAX_URL_CHARS: Final = 4096
MAX_EMOJI_SOURCE_CHARS: Final = 512 * 1024
ELLIPSIS: Final = "…"
INTERNAL_SCHEME: Final = "townsfolk"

_ALLOWED_TAGS: Final = frozenset(
    {
        "p", "br", "a", "span", "strong", "b", "em", "i", "u", "s", "del",
        "code", "pre", "blockquote", "ul", "ol", "li", "div", "h1", "h2", "h3", "h4", "h5", "h6",
    }
)  # fmt: skip
# Dropped together with everything inside them.
_DROP_WITH_CONTENT: Final = frozenset(
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "param",
        "img", "picture", "source", "video", "audio", "track", "canvas", "map", "area",
        "svg", "math", "form", "input", "button", "select", "option", "optgroup", "textarea",
        "datalist", "output", "noscript", "noembed", "noframes", "template", "title", "head",
        "meta", "link", "base", "xmp", "plaintext", "dialog", "portal",
    }
)  # fmt: skip
_ALLOWED_ATTRIBUTES: Final = {"a": {"href", "class", "rel"}, "span": {"class"}}
_URL_SCHEMES: Final = frozenset({"http", "https", "mailto"})

# Emitted tag for each input tag (Qt knows ``s`` but not ``del``).
_TAG_MAP: Final = {
    "p": "p", "strong": "strong", "b": "strong", "em": "em", "i": "em", "u": "u", "s": "s",
    "del": "s", "code": "code", "pre": "pre", "blockquote": "blockquote", "ul": "ul", "ol": "ol",
    "li": "li",
}  # fmt: skip
# Blocks that are unwrapped; a line break separates them from text around them.
_BLOCKS_AS_BREAK: Final = frozenset({"div", "h1", "h2", "h3", "h4", "h5", "h6"})
_PARAGRAPH_TAGS: Final = frozenset({"p", "pre", "blockquote", "ul", "ol"} | _BLOCKS_AS_BREAK)
_BLOCK_TAGS: Final = frozenset({"p", "pre", "blockquote", "ul", "ol", "li"})
_END_TAG_SEARCH: Final = 256
_VOID_TAGS: Final = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr", "keygen", "image"}
)  # fmt: skip
_RAW_TAG_RE: Final = re.compile(r"<(?:(/?)([A-Za-z][^\s/>]{0,63})|!--)")

# C0 controls (but tab, newline, carriage return), DEL, and the bidi embedding/override/isolate
# controls. U+200E/U+200F/U+061C marks are kept on purpose (see the module docstring).
_STRIP_RE: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")
_WHITESPACE_RE: Final = re.compile(r"[ \t\n\r\f]+")
_SHORTCODE_RE: Final = re.compile(r":([A-Za-z0-9_]{1,64}):")
_TAG_PATH_RE: Final = re.compile(r"/tags?/([^/]+)/?")
_TAG_NAME_RE: Final = re.compile(r"[^\s#/?&<>\"'`:;,.!()\[\]{}@]{1,100}")
_ACCT_RE: Final = re.compile(r"[\w.\-]{1,64}(?:@[\w.\-:]{1,253})?")
_DATA_IMAGE_RE: Final = re.compile(
    r"data:image/(?:png|gif|webp|jpeg|bmp);base64,[A-Za-z0-9+/=\s]+", re.ASCII
)

# html5ever (inside nh3) slows down quadratically when one text node holds many "&" or no-break
# spaces (it escapes them when writing), and every escaped character costs a Python call in
# html.parser; so before nh3 these (and a "<" that cannot start a tag) become private-use
# placeholders, turned back after parsing. Placeholders already in the input are removed.
_AMP_PLACEHOLDER: Final = "\ue000"
_NBSP_PLACEHOLDER: Final = "\ue001"
_LT_PLACEHOLDER: Final = "\ue002"
_SHIELD_RE: Final = re.compile(
    r"(?P<nbsp>&(?:nbsp;|#0*160;|#[xX]0*[aA]0;)|\u00a0)"
    r"|(?P<amp>&(?:amp;|AMP;|#0*38;|#[xX]0*26;)|&(?!#?[A-Za-z0-9]{1,32};))"  # escaped or bare
    r"|(?P<lt><(?![A-Za-z/!?]))"  # a "<" that cannot start a tag is text
    "|(?P<drop>[\ue000-\ue002])"
)
_SHIELD_REPLACEMENT: Final = {
    "nbsp": _NBSP_PLACEHOLDER,
    "amp": _AMP_PLACEHOLDER,
    "lt": _LT_PLACEHOLDER,
    "drop": "",
}


def _shield_match(match: re.Match[str]) -> str:
    return _SHIELD_REPLACEMENT[match.lastgroup or "drop"]


def _unshield(text: str) -> str:
    if max(text, default="\x00") >= "\ue000":
        return (
            text.replace(_AMP_PLACEHOLDER, "&")
            .replace(_NBSP_PLACEHOLDER, "\u00a0")
            .replace(_LT_PLACEHOLDER, "<")
        )
    return text


# Sentinels in the plain-text part list (NUL never survives into text, so no clash).
_LINE: Final = "\x00line"
_PARA: Final = "\x00para"


class MentionLike(Protocol):
    """Anything with an ``acct`` and a profile ``url``, such as ``api.entities.Mention``."""

    @property
    def acct(self) -> str: ...

    @property
    def url(self) -> str: ...


@dataclass(frozen=True, slots=True)
class MentionRef:
    """Someone mentioned in a post: their ``acct`` (``ann`` or ``ann@maple.practice``) and URL."""

    acct: str
    url: str


LinkKind = Literal["mention", "hashtag", "web"]


class Link(NamedTuple):
    """A link in rendered text: ``kind`` and the href that was emitted.

    ``target`` is a ``townsfolk:`` URL for mentions and hashtags (see
    :func:`parse_internal_link`), and the original ``http``/``https``/``mailto`` URL for "web".
    """

    kind: LinkKind
    target: str


@dataclass(frozen=True, slots=True)
class RenderedText:
    html: str
    """Qt rich-text subset; safe to give to ``QLabel.setText`` / ``QTextDocument.setHtml``."""
    plain: str
    """Plain text: link text included, paragraphs separated by blank lines."""
    links: tuple[Link, ...] = ()
    """Links in document order."""
    truncated: bool = False
    """True when the post was cut (too long); the html then ends with "…"."""


@dataclass(frozen=True, slots=True)
class ProfileLink:
    """``townsfolk:profile?acct=<acct>&url=<profile url>``: open someone's profile."""

    acct: str
    url: str = ""


@dataclass(frozen=True, slots=True)
class TagLink:
    """``townsfolk:tag?name=<name>``: open a hashtag (name without "#")."""

    name: str


InternalLink = ProfileLink | TagLink


def profile_link_url(acct: str, url: str = "") -> str:
    """The internal link that opens a profile (``acct`` without a leading "@")."""
    query = {"acct": acct.lstrip("@")}
    if url:
        query["url"] = url
    return f"{INTERNAL_SCHEME}:profile?" + urlencode(query, quote_via=quote, safe="@")


def tag_link_url(name: str) -> str:
    """The internal link that opens a hashtag (``name`` without "#")."""
    return f"{INTERNAL_SCHEME}:tag?" + urlencode({"name": name.lstrip("#")}, quote_via=quote)


def parse_internal_link(url: str) -> InternalLink | None:
    """Read a ``townsfolk:`` link made by this module; ``None`` for anything else.

    Web links, malformed or unknown internal links give ``None``; the caller then treats
    ``http``/``https`` URLs as web pages and ignores the rest.
    """
    try:
        if len(url) > MAX_URL_CHARS * 2:
            return None
        parts = urlsplit(url.strip())
        if parts.scheme.lower() != INTERNAL_SCHEME or parts.netloc or parts.fragment:
            return None
        params = parse_qs(parts.query, max_num_fields=4)
    except ValueError:
        return None

    def single(key: str) -> str:
        values = params.get(key, [])
        return values[0].strip() if len(values) == 1 else ""

    kind = parts.path.lower()
    if kind == "profile":
        acct = single("acct").lstrip("@")
        if not _ACCT_RE.fullmatch(acct):
            return None
        profile_url = single("url")
        if profile_url and not _is_web_url(profile_url):
            profile_url = ""
        return ProfileLink(acct=acct, url=profile_url)
    if kind == "tag":
        name = single("name").lstrip("#")
        if not _TAG_NAME_RE.fullmatch(name):
            return None
        return TagLink(name=name)
    return None


def bidi_isolate(text: str) -> str:
    """Wrap text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE for embedding in UI strings.

    Use it for post or name text placed inside a longer sentence, so right-to-left text cannot
    reorder the words around it.
    """
    return "\u2068" + _STRIP_RE.sub("", text) + "\u2069"


def plain_text(html: str) -> str:
    """Plain text of post HTML (see :func:`render_post_html`)."""
    return render_post_html(html).plain


def render_post_html(
    html: str,
    *,
    mentions: Sequence[MentionLike] = (),
    emojis: Mapping[str, str] | None = None,
    emoji_size: int = 20,
) -> RenderedText:
    """Sanitise post HTML into Qt rich text and plain text. Never raises.

    ``mentions``: the post's mentions (``acct`` + ``url``); links to their profile URLs become
    profile links. ``emojis``: shortcode (with or without colons) → local image source (absolute
    path, ``file:``/``qrc:`` URL, or ``data:image/...;base64,`` URI). Other sources (web URLs,
    relative paths) are ignored and the shortcode stays text. ``emoji_size``: width and height
    of emoji images, in pixels.
    """
    try:
        return _render(html, mentions, emojis or {}, emoji_size)
    except Exception:
        # Not expected; a post must never break the timeline, so fall back to escaped text.
        logger.exception("could not render a post's HTML; showing it as text")
        return _fallback(html)


def _render(
    html: str, mentions: Sequence[MentionLike], emojis: Mapping[str, str], emoji_size: int
) -> RenderedText:
    cut = len(html) > MAX_INPUT_CHARS
    if cut:
        html = html[:MAX_INPUT_CHARS]
    html, structure_cut = _limit_structure(html)
    cut = cut or structure_cut
    html = _SHIELD_RE.sub(_shield_match, _SURROGATE_RE.sub("\ufffd", html))
    clean = nh3.clean(
        html,
        tags=set(_ALLOWED_TAGS),
        clean_content_tags=set(_DROP_WITH_CONTENT),
        attributes={tag: set(attrs) for tag, attrs in _ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(_URL_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )
    renderer = _Renderer(mentions, _usable_emojis(emojis), max(1, min(emoji_size, 256)))
    renderer.run(clean, input_was_cut=cut)
    return renderer.result()


def _limit_structure(html: str) -> tuple[str, bool]:
    """Keep the input's shape cheap for the HTML parser inside nh3.

    html5ever takes quadratic time on some deeply nested or misnested input (10,000 nested
    list items: about 30 s). This linear scan removes start tags nested deeper than
    :data:`MAX_RAW_DEPTH` (with their end tags) and end tags that close nothing, and stops after
    :data:`MAX_RAW_TAGS` tags. It only removes tags, never text; safety is nh3's job, which runs
    afterwards on whatever this returns. Returns the new HTML and whether it was cut short.
    """
    if html.count("<") <= MAX_RAW_DEPTH:  # too few tags to be deep or many: nothing to do
        return html, False
    pieces: list[str] = []
    stack: list[str] = []
    dropped: dict[str, int] = {}
    kept = 0
    last = 0
    pos = 0
    find = html.find
    search = _RAW_TAG_RE.search
    while True:
        match = search(html, pos)
        if match is None:
            break
        lt = match.start()
        if match.group(2) is None:  # a comment: skip it, tags inside do not count
            end = find("-->", lt + 4)
            if end < 0:
                break
            pos = end + 3
            continue
        gt = find(">", match.end())
        if gt < 0:
            break
        pos = gt + 1
        name = match.group(2).lower()
        keep = True
        if match.group(1):  # end tag
            if dropped.get(name):
                dropped[name] -= 1
                keep = False
            elif name in stack:
                while stack.pop() != name:
                    pass
            elif name not in _VOID_TAGS:
                keep = False
        elif name not in _VOID_TAGS:  # html5ever ignores "/>" on ordinary elements
            if name in ("p", "li") and stack and stack[-1] == name:
                stack.pop()  # <p>a<p>b: the second one ends the first
            if len(stack) >= MAX_RAW_DEPTH:
                dropped[name] = dropped.get(name, 0) + 1
                keep = False
            else:
                stack.append(name)
        if keep:
            kept += 1
            if kept > MAX_RAW_TAGS:
                pieces.append(html[last:lt])
                return "".join(pieces), True
        else:
            pieces.append(html[last:lt])
            last = gt + 1
    if not pieces:
        return html, False
    pieces.append(html[last:])
    return "".join(pieces), False


def _fallback(html: str) -> RenderedText:
    try:
        text = re.sub(r"<[^>]*>", " ", _SURROGATE_RE.sub("\ufffd", html[:MAX_INPUT_CHARS]))
        text = _STRIP_RE.sub("", html_lib.unescape(text))
        text = _WHITESPACE_RE.sub(" ", text).strip()
    except Exception:
        text = ""
    truncated = len(text) > MAX_VISIBLE_CHARS
    if truncated:
        text = text[:MAX_VISIBLE_CHARS] + ELLIPSIS
    return RenderedText(
        html=f"<p>{html_lib.escape(text)}</p>" if text else "", plain=text, truncated=truncated
    )


def _is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def plain_text_html(
    text: str, emojis: Mapping[str, str] | None = None, emoji_size: int = 20
) -> str:
    """Plain server text (a display name, a post's text in one line) as Qt rich text: all of it
    escaped, with custom emoji ``:shortcode:`` shown as pictures when ``emojis`` gives a local
    source for them (the same rules and limit as :func:`render_post_html`)."""
    usable = _usable_emojis(emojis or {})
    if not usable or ":" not in text:
        return html_lib.escape(text, quote=False)
    size = max(1, min(emoji_size, 256))
    pieces: list[str] = []
    last = count = 0
    for match in _SHORTCODE_RE.finditer(text):
        source = usable.get(match.group(1))
        if source is None or count >= MAX_EMOJI:
            continue
        count += 1
        pieces.append(html_lib.escape(text[last : match.start()], quote=False))
        alt = html_lib.escape(match.group(0), quote=True)
        pieces.append(f'<img src="{source}" width="{size}" height="{size}" alt="{alt}">')
        last = match.end()
    pieces.append(html_lib.escape(text[last:], quote=False))
    return "".join(pieces)


def _usable_emojis(emojis: Mapping[str, str]) -> dict[str, str]:
    """Shortcode → escaped, safe image source; unsafe sources are left out."""
    usable: dict[str, str] = {}
    for shortcode, source in emojis.items():
        name = shortcode.strip().strip(":")
        if not _SHORTCODE_RE.fullmatch(f":{name}:"):
            continue
        safe = _safe_emoji_source(source)
        if safe is not None:
            usable[name] = html_lib.escape(safe, quote=True)
    return usable


def _safe_emoji_source(source: str) -> str | None:
    source = source.strip()
    if not source or len(source) > MAX_EMOJI_SOURCE_CHARS or _STRIP_RE.search(source):
        return None
    lower = source.lower()
    if lower.startswith("data:"):
        return source if _DATA_IMAGE_RE.fullmatch(source) else None
    if lower.startswith("qrc:") or source.startswith(":/"):
        return source
    if lower.startswith("file:"):
        try:
            parts = urlsplit(source)
        except ValueError:
            return None
        return source if parts.netloc in ("", "localhost") and parts.path else None
    posix = PurePosixPath(source)
    if posix.is_absolute() and not source.startswith("//"):
        return posix.as_uri()
    windows = PureWindowsPath(source)
    if windows.is_absolute() and windows.drive and not windows.drive.startswith("\\\\"):
        return windows.as_uri()
    return None


@dataclass(slots=True)
class _Open:
    """An input element that is open while parsing."""

    tag: str
    emitted: str | None = None  # the tag we wrote for it, if any
    span_kind: Literal["invisible", "ellipsis", ""] = ""
    counter: int = 0  # for <ol>: the last item number
    owns_link: bool = False  # the <a> whose link is pending


@dataclass(slots=True)
class _PendingLink:
    href: str
    classes: frozenset[str]
    rel: frozenset[str]
    slot: int | None  # index in the html output for the opening tag, None when not emitted
    visible: list[str] = field(default_factory=list)
    full: list[str] = field(default_factory=list)


class _Renderer(HTMLParser):
    def __init__(
        self, mentions: Sequence[MentionLike], emojis: dict[str, str], emoji_size: int
    ) -> None:
        super().__init__(convert_charrefs=True)
        self._mentions: dict[str, MentionLike] = {}
        for mention in mentions:
            key = _normalise_url(mention.url)
            if key and mention.acct:
                self._mentions.setdefault(key, mention)
        self._emojis = emojis
        self._emoji_size = emoji_size
        self._out: list[str] = []
        self._plain: list[str] = []
        self._links: list[Link] = []
        self._stack: list[_Open] = []
        self._depth = 0  # emitted tags open
        self._visible = 0
        self._invisible = 0
        self._pre = 0
        self._link: _PendingLink | None = None
        self._done = False
        self._truncated = False
        self._elements = 0
        self._emoji_count = 0
        self._parsed_tags = 0
        self._bullet = ""  # list item marker for the plain text, written before the item's text
        self._after_text = False  # html text written since the last block boundary
        self._break_before_text = False  # an unwrapped block ended or began: break before text

    # -- driving ---------------------------------------------------------------------------

    def run(self, clean: str, *, input_was_cut: bool) -> None:
        # Feed in chunks that end just before a "<", so text is never split mid-word (which
        # would break emoji shortcodes), and stop early once the visible limit is reached.
        start = 0
        size = len(clean)
        while start < size and not self._done:
            end = clean.find("<", min(start + 65_536, size))
            end = size if end < 0 else end
            if end == start:
                end = size
            self.feed(clean[start:end])
            start = end
        self.close()
        if self._done:
            return
        if input_was_cut:
            self._truncate()
        else:
            while self._stack:
                self._close(self._stack.pop())

    def result(self) -> RenderedText:
        return RenderedText(
            html="".join(self._out),
            plain=_assemble_plain(self._plain),
            links=tuple(self._links),
            truncated=self._truncated,
        )

    # -- parser callbacks ------------------------------------------------------------------

    def _count_tag(self) -> bool:
        """Count a parsed tag; False (and the text is cut) once there were too many."""
        self._parsed_tags += 1
        if self._parsed_tags > MAX_PARSED_TAGS:
            self._truncate()
            return False
        return True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._done or not self._count_tag() or tag not in _ALLOWED_TAGS:
            return
        if tag == "br":
            if self._can_emit():
                self._out.append("<br>")
                self._elements += 1
                self._after_text = self._break_before_text = False
            self._plain.append(_LINE)
            return
        values = {name: _unshield(value or "") for name, value in attrs}
        classes = frozenset(values.get("class", "").lower().split())
        if tag == "span":
            kind: Literal["invisible", "ellipsis", ""] = ""
            if "invisible" in classes:
                kind = "invisible"
                self._invisible += 1
            elif "ellipsis" in classes:
                kind = "ellipsis"
            self._stack.append(_Open("span", span_kind=kind))
            return
        if tag == "a":
            self._start_link(values, classes)
            return
        entry = _Open(tag)
        emitted = _TAG_MAP.get(tag)
        if tag in _BLOCKS_AS_BREAK:
            self._break_before_text = True
        if tag in _PARAGRAPH_TAGS:
            self._plain.append(_PARA)
        if tag == "pre":
            self._pre += 1
        if tag == "li":
            self._plain.append(_LINE)
            recent = itertools.islice(reversed(self._stack), _END_TAG_SEARCH)
            parent = next((e for e in recent if e.tag in ("ul", "ol")), None)
            if parent is not None and parent.tag == "ol":
                parent.counter += 1
                self._bullet = f"{parent.counter}. "
            else:
                self._bullet = "• "
        if emitted is not None and self._can_emit():
            if emitted in _BLOCK_TAGS:
                self._after_text = self._break_before_text = False
            self._out.append(f"<{emitted}>")
            self._depth += 1
            self._elements += 1
            entry.emitted = emitted
        self._stack.append(entry)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag != "br":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._done or not self._count_tag():
            return
        stack = self._stack
        lowest = max(0, len(stack) - _END_TAG_SEARCH)
        for index in range(len(stack) - 1, lowest - 1, -1):
            if stack[index].tag == tag:
                while len(stack) > index:
                    self._close(stack.pop())
                return

    def handle_data(self, data: str) -> None:
        if self._done:
            return
        data = _STRIP_RE.sub("", _unshield(data))
        if not self._pre:
            data = _WHITESPACE_RE.sub(" ", data)
        if not data:
            return
        # The list item marker goes with the item's first text, so empty items cost nothing.
        if self._bullet and data.strip(" "):
            self._plain.append(self._bullet)
            self._bullet = ""
        self._plain.append(data)
        if self._link is not None:
            self._link.full.append(data)
        if self._invisible:
            return
        room = MAX_VISIBLE_CHARS - self._visible
        cut = len(data) > room
        if cut:
            data = data[:room]
        self._visible += len(data)
        if self._link is not None:
            self._link.visible.append(data)
        if self._break_before_text and self._after_text and self._can_emit():
            self._out.append("<br>")
            self._elements += 1
        self._break_before_text = False
        self._after_text = True
        self._out.append(self._html_text(data))
        if cut:
            self._plain[-1] = self._plain[-1][: len(data)]
            self._truncate()

    # -- helpers ---------------------------------------------------------------------------

    def _can_emit(self) -> bool:
        return not self._invisible and self._depth < MAX_DEPTH and self._elements < MAX_ELEMENTS

    def _html_text(self, text: str) -> str:
        if not self._emojis or ":" not in text:
            return html_lib.escape(text, quote=False)
        pieces: list[str] = []
        last = 0
        for match in _SHORTCODE_RE.finditer(text):
            source = self._emojis.get(match.group(1))
            if source is None or self._emoji_count >= MAX_EMOJI:
                continue
            self._emoji_count += 1
            pieces.append(html_lib.escape(text[last : match.start()], quote=False))
            size = self._emoji_size
            alt = html_lib.escape(match.group(0), quote=True)
            pieces.append(f'<img src="{source}" width="{size}" height="{size}" alt="{alt}">')
            last = match.end()
        pieces.append(html_lib.escape(text[last:], quote=False))
        return "".join(pieces)

    def _start_link(self, values: dict[str, str], classes: frozenset[str]) -> None:
        entry = _Open("a")
        if self._link is None:
            href = _STRIP_RE.sub("", values.get("href", "")).strip()
            slot: int | None = None
            if self._can_emit():
                slot = len(self._out)
                self._out.append("")  # filled in when the link closes and we know its kind
                self._depth += 1
                self._elements += 1
                entry.emitted = "a"
            rel = frozenset(values.get("rel", "").lower().split())
            self._link = _PendingLink(href=href, classes=classes, rel=rel, slot=slot)
            entry.owns_link = True
        self._stack.append(entry)

    def _finish_link(self, entry: _Open) -> None:
        link = self._link
        if link is None:
            return
        self._link = None
        # A link nobody can see or click (no visible text) is left out.
        found = self._classify(link) if "".join(link.visible).strip() else None
        if found is not None:
            self._links.append(found)
        if entry.emitted is None or link.slot is None:
            return
        self._depth -= 1
        if found is None:
            return
        href = html_lib.escape(found.target, quote=True)
        if found.kind == "web":
            opening = f'<a href="{href}" class="link" rel="nofollow noopener noreferrer">'
        else:
            opening = f'<a href="{href}" class="{found.kind}">'
        self._out[link.slot] = opening
        self._out.append("</a>")

    def _classify(self, link: _PendingLink) -> Link | None:
        href = link.href
        if not href or len(href) > MAX_URL_CHARS:
            return None
        try:
            parts: SplitResult | None = urlsplit(href)
        except ValueError:
            parts = None
        full_text = "".join(link.full).strip()
        # Hashtags.
        path_tag = _tag_from_path(parts.path) if parts is not None else None
        if (
            "hashtag" in link.classes
            or "tag" in link.rel
            or (path_tag is not None and full_text.startswith("#"))
        ):
            name = path_tag or full_text.lstrip("#").strip()
            if _TAG_NAME_RE.fullmatch(name):
                return Link("hashtag", tag_link_url(name))
        # Mentions.
        mention = self._mentions.get(_normalise_url(href))
        if mention is not None:
            return Link("mention", profile_link_url(mention.acct, mention.url))
        if parts is not None and "mention" in link.classes and "u-url" in link.classes:
            acct = _acct_from_url(parts, full_text)
            if acct is not None:
                url = href if _is_web_url(href) else ""
                return Link("mention", profile_link_url(acct, url))
        # Everything else: only absolute web and mail links.
        if parts is None:
            return None
        scheme = parts.scheme.lower()
        if (scheme in ("http", "https") and parts.hostname) or (scheme == "mailto" and parts.path):
            return Link("web", href)
        return None

    def _close(self, entry: _Open) -> None:
        if entry.span_kind == "invisible":
            self._invisible -= 1
        elif entry.span_kind == "ellipsis" and not self._invisible:
            self._visible += 1
            self._out.append(html_lib.escape(ELLIPSIS))
            if self._link is not None:
                self._link.visible.append(ELLIPSIS)
        if entry.owns_link:
            self._finish_link(entry)
        elif entry.emitted is not None:
            self._out.append(f"</{entry.emitted}>")
            self._depth -= 1
            if entry.emitted in _BLOCK_TAGS:
                self._after_text = self._break_before_text = False
        if entry.tag in _BLOCKS_AS_BREAK:
            self._break_before_text = True
        if entry.tag == "pre":
            self._pre -= 1
        if entry.tag in _PARAGRAPH_TAGS:
            self._plain.append(_PARA)

    def _truncate(self) -> None:
        self._truncated = True
        self._done = True
        self._invisible = 0
        self._out.append(ELLIPSIS)
        self._plain.append(ELLIPSIS)
        while self._stack:
            entry = self._stack.pop()
            if entry.owns_link:
                self._finish_link(entry)
            elif entry.emitted is not None:
                self._out.append(f"</{entry.emitted}>")
                self._depth -= 1


def _normalise_url(url: str) -> str:
    return url.strip().rstrip("/").lower()


def _tag_from_path(path: str) -> str | None:
    match = _TAG_PATH_RE.fullmatch(path)
    if match is None:
        return None
    name = _STRIP_RE.sub("", unquote(match.group(1))).strip()
    return name if _TAG_NAME_RE.fullmatch(name) else None


def _acct_from_url(parts: SplitResult, text: str) -> str | None:
    """Guess ``user@host`` for a mention link that is not in the post's mention list."""
    try:
        host = parts.hostname or ""
    except ValueError:
        host = ""
    path = unquote(parts.path).strip("/")
    user = ""
    if path.startswith("@"):
        user = path[1:]
    elif path.startswith("users/"):
        user = path.removeprefix("users/")
    elif text.startswith("@"):
        user = text[1:]
    if not user or "/" in user:
        return None
    acct = user if "@" in user or not host else f"{user}@{host}"
    return acct if _ACCT_RE.fullmatch(acct) else None


def _assemble_plain(parts: list[str]) -> str:
    """Join text parts, turning line/paragraph sentinels into newlines (collapsed)."""
    lines: list[str] = []
    pending = 0  # newlines wanted before the next text
    for part in parts:
        if part == _LINE:
            pending += 1
            continue
        if part == _PARA:
            pending = max(pending, 2)
            continue
        text = part
        if not lines or pending or (text.startswith(" ") and lines[-1].endswith(" ")):
            text = text.lstrip(" ")
            if not text:
                continue
        if lines and pending:
            lines[-1] = lines[-1].rstrip(" ")
            lines.append("\n" * min(pending, 2))
        pending = 0
        lines.append(text)
    text = "".join(lines).rstrip()
    if len(text) > MAX_VISIBLE_CHARS:
        text = text[:MAX_VISIBLE_CHARS] + ELLIPSIS
    return text

"""What the person wrote, for "Change this post" (issue 10, item 5).

Mastodon keeps the text as it was typed (``GET /api/v1/statuses/:id/source``, and ``text``
in a deleted post). Other servers do not: Takahē has no ``/source`` on older versions and
puts the post's HTML in ``Status.text``. Sending that HTML back as the new text corrupts the
post (the town shows the tags as letters). So:

1. ``/source`` where the town has it;
2. else ``Status.text`` when it is really text (no markup in it);
3. else the HTML turned back into what the person typed: mentions as ``@name`` (``@name@town``
   for people of other towns), hashtags as ``#tag``, links as their whole address (Mastodon
   shortens what it shows), ``<br>`` as a line break and paragraphs as a blank line.

Nothing here sends markup: :func:`typed_text` only ever gives plain text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

from townsfolk.api.entities import Mention, Status

log = logging.getLogger(__name__)

__all__ = ["EditSource", "looks_like_html", "source_from_status", "typed_text"]

_TAG_RE = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?\s*>")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` holds markup (a server that put the post's HTML in ``text``)."""
    return bool(_TAG_RE.search(text))


@dataclass(frozen=True, slots=True)
class EditSource:
    """The text and content warning as the person would type them."""

    text: str
    spoiler_text: str
    #: Where it came from: "source" (the town's /source), "text" (Status.text),
    #: "html" (turned back from the post's HTML).
    origin: str


class _Typed(HTMLParser):
    """Post HTML -> the text as typed."""

    def __init__(self, mentions: list[Mention], own_domain: str) -> None:
        super().__init__(convert_charrefs=True)
        self.mentions = mentions
        self.own_domain = own_domain.lower()
        self.paragraphs: list[list[str]] = []
        self.current: list[str] = []
        self.link: dict[str, str] | None = None
        self.link_text: list[str] = []

    # paragraphs and lines
    def _end_paragraph(self) -> None:
        if "".join(self.current).strip():
            self.paragraphs.append(self.current)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._add("\n")
        elif tag == "p":
            self._end_paragraph()
        elif tag == "a" and self.link is None:
            self.link = {k: v or "" for k, v in attrs}
            self.link_text = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self._end_paragraph()
        elif tag == "a" and self.link is not None:
            link, shown = self.link, "".join(self.link_text)
            self.link = None
            self.current.append(self._link_text(link, shown))

    def handle_data(self, data: str) -> None:
        self._add(data)

    def _add(self, data: str) -> None:
        if self.link is not None:
            self.link_text.append(data)
        else:
            self.current.append(data)

    # links, mentions, hashtags
    def _link_text(self, link: dict[str, str], shown: str) -> str:
        href = link.get("href", "")
        classes = set(link.get("class", "").split())
        text = shown.strip()
        if "hashtag" in classes or (text.startswith("#") and "mention" in classes):
            return text
        if "mention" in classes or "u-url" in classes or text.startswith("@"):
            return self._mention(href, text)
        # Mastodon shows a shortened address ("example.com/a/very/lo…"); the whole address
        # is in href. A link with words of its own keeps its words.
        if href and _same_address(text, href):
            return href
        return shown

    def _mention(self, href: str, shown: str) -> str:
        for mention in self.mentions:
            if href and mention.url and mention.url == href:
                return "@" + self._acct(mention.acct or mention.username)
        name = shown.lstrip("@")
        if "@" in name:
            return "@" + name
        host = (urlsplit(href).hostname or "").lower() if href else ""
        for mention in self.mentions:
            if mention.username == name:
                return "@" + self._acct(mention.acct or mention.username)
        if host and host != self.own_domain:
            return f"@{name}@{host}"
        return f"@{name}"

    def _acct(self, acct: str) -> str:
        user, _, domain = acct.partition("@")
        if domain and domain.lower() == self.own_domain:
            return user
        return acct

    def result(self) -> str:
        self._end_paragraph()
        lines = []
        for paragraph in self.paragraphs:
            text = "".join(paragraph)
            text = "\n".join(line.strip() for line in text.split("\n"))
            lines.append(text.strip("\n"))
        return "\n\n".join(lines)


def _same_address(shown: str, href: str) -> bool:
    """Whether a link's visible text is its address (maybe shortened, maybe without
    ``https://``)."""
    if not shown:
        return False
    bare = re.sub(r"^https?://(www\.)?", "", href)
    shown = shown.rstrip("…").rstrip(".")
    shown_bare = re.sub(r"^https?://(www\.)?", "", shown)
    return bool(shown_bare) and (href.startswith(shown) or bare.startswith(shown_bare))


def typed_text(html: str, mentions: list[Mention] | None = None, own_domain: str = "") -> str:
    """The post's HTML as the person typed it (plain text; no markup survives)."""
    parser = _Typed(list(mentions or []), own_domain)
    try:
        parser.feed(html)  # no close(): an unfinished tag at the end is left out
    except Exception:  # a broken answer: keep what was read
        log.debug("could not read a post's HTML completely")
    return parser.result()


def source_from_status(status: Status, own_domain: str = "") -> EditSource:
    """What the person wrote, from the post alone (when the town has no ``/source``)."""
    if status.text and not looks_like_html(status.text):
        return EditSource(status.text, status.spoiler_text, "text")
    return EditSource(
        typed_text(status.content, list(status.mentions), own_domain), status.spoiler_text, "html"
    )

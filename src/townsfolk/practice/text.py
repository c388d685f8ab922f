"""Plain text to Mastodon-style post HTML (links, mentions, hashtags)."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from townsfolk.practice.model import Person

_TOKEN_RE = re.compile(
    r"(?P<url>https?://[^\s<>\"]+[^\s<>\".,;:!?)\]'])"
    r"|(?<![\w/@])@(?P<user>[A-Za-z0-9_]+)(?:@(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+))?"
    r"|(?<![\w/&#])#(?P<tag>[^\W\d_][\w]*|\d+[^\W\d][\w]*)"
)
_EMOJI_RE = re.compile(r":([A-Za-z0-9_]{2,}):")

MentionResolver = Callable[[str, str | None], Person | None]


def link_html(url: str) -> str:
    match = re.match(r"https?://(?:www\.)?", url)
    prefix = match.group(0) if match else ""
    rest = url[len(prefix) :]
    visible, tail = rest[:30], rest[30:]
    cls = "ellipsis" if tail else ""
    return (
        f'<a href="{escape(url)}" target="_blank" rel="nofollow noopener" translate="no">'
        f'<span class="invisible">{escape(prefix)}</span><span class="{cls}">{escape(visible)}'
        f'</span><span class="invisible">{escape(tail)}</span></a>'
    )


def mention_html(person: Person) -> str:
    url = f"https://{person.home}/@{person.username}"
    return (
        f'<span class="h-card" translate="no"><a href="{url}" class="u-url mention">'
        f"@<span>{escape(person.username)}</span></a></span>"
    )


def hashtag_html(domain: str, tag: str) -> str:
    return (
        f'<a href="https://{domain}/tags/{escape(tag.lower())}" class="mention hashtag" '
        f'rel="tag">#<span>{escape(tag)}</span></a>'
    )


def format_text(
    text: str, domain: str, resolve: MentionResolver
) -> tuple[str, list[int], list[str], list[str]]:
    """Return (html, mentioned person keys, hashtags, links) for a post written on ``domain``."""
    mentions: list[int] = []
    tags: list[str] = []
    links: list[str] = []

    def line_html(line: str) -> str:
        out: list[str] = []
        pos = 0
        for m in _TOKEN_RE.finditer(line):
            out.append(escape(line[pos : m.start()]))
            pos = m.end()
            if m.group("url"):
                links.append(m.group("url"))
                out.append(link_html(m.group("url")))
            elif m.group("user"):
                person = resolve(m.group("user"), m.group("domain"))
                if person is None:
                    out.append(escape(m.group(0)))
                else:
                    if person.key not in mentions:
                        mentions.append(person.key)
                    out.append(mention_html(person))
            else:
                tag = m.group("tag")
                if tag.lower() not in (t.lower() for t in tags):
                    tags.append(tag)
                out.append(hashtag_html(domain, tag))
        out.append(escape(line[pos:]))
        return "".join(out)

    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    html = "".join(
        "<p>" + "<br />".join(line_html(line) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )
    return html, mentions, tags, links


def emoji_shortcodes(text: str, known: set[str]) -> list[str]:
    found: list[str] = []
    for m in _EMOJI_RE.finditer(text):
        if m.group(1) in known and m.group(1) not in found:
            found.append(m.group(1))
    return found


def counted_length(text: str) -> int:
    """Characters as Mastodon counts them: every link costs 23, remote mentions count the name."""
    text = re.sub(r"https?://[^\s<>\"]+", "x" * 23, text)
    return len(re.sub(r"@([A-Za-z0-9_]+)@[A-Za-z0-9.-]+", r"@\1", text))

"""Fuzzing the post sanitiser (services/richtext.py) with hypothesis, for issue 9.

Generated HTML mixes every tag, attribute and URL a hostile town would try (``<img src>`` for
local files and ``/dev/zero``, ``srcset``, ``background``, ``style`` with ``url()``, ``<base>``,
``<link>``, ``<table bgcolor>``, links to ``file:``/``smb:``/``javascript:``, entities that spell
those schemes, escaped HTML, bidi controls, emoji shortcodes) and checks that:

- the rich text only ever holds our own tags, loads nothing but the emoji pictures the caller
  saved, and links only to ``http``, ``https``, ``mailto`` or our own ``townsfolk:`` links;
- escaped HTML stays text: it is escaped in the rich text and comes out of ``plain`` as the
  characters it spells, so a plain-text label shows it and nothing ever reads it as HTML;
- the plain text has no bidi controls and no NUL; the output is a fixed point (rendering it
  again changes nothing);
- ``render_post_html`` never raises and stays quick (a ``deadline`` per example).

The CI run is bounded (``TOWNSFOLK_FUZZ_EXAMPLES``, 200 by default, and a deadline). A longer
run, e.g. before a release::

    TOWNSFOLK_FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest -q -p no:cacheprovider \\
        tests/services/test_richtext_fuzz.py --hypothesis-show-statistics

(add ``--hypothesis-seed=<n>`` to repeat a run; a failure prints the smallest example found).
"""

from __future__ import annotations

import html as html_lib
import os
import re
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.services.test_richtext import BIDI_CONTROLS, _Collector, parse, visible_text
from townsfolk.services.richtext import (
    INTERNAL_SCHEME,
    parse_internal_link,
    plain_text,
    render_post_html,
)

EXAMPLES = int(os.environ.get("TOWNSFOLK_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=timedelta(seconds=5),  # typical examples take milliseconds
    suppress_health_check=[HealthCheck.too_slow],
)

EMOJIS = {
    "blobcat": "/emoji/blobcat.png",
    "data": "data:image/png;base64,iVBORw0KGgo=",
    "remote": "https://evil.practice/e.png",
    "local": "../../etc/passwd",
    "zero": "dev/zero",
    "share": "smb://evil.example/e.png",
}
ALLOWED_SOURCES = {"file:///emoji/blobcat.png", "data:image/png;base64,iVBORw0KGgo="}

TAGS = [
    "p", "br", "a", "span", "b", "i", "em", "strong", "code", "pre", "blockquote", "ul", "ol",
    "li", "div", "h1", "del", "s", "u", "img", "image", "script", "style", "iframe", "svg", "math",
    "table", "tr", "td", "font", "qt", "object", "embed", "base", "link", "meta", "form", "input",
    "textarea", "template", "noscript", "title", "xmp", "plaintext", "select", "video", "audio",
    "source", "picture", "body", "html", "head", "frameset", "marquee", "hr", "center",
]  # fmt: skip
URLS = [
    "/dev/zero", "file:///etc/passwd", "FILE:/etc/hostname", "smb://evil.example/share",
    "\\\\evil.example\\share", "javascript:alert(1)", "JaVaScRiPt:alert(1)", " java\tscript:x",
    "&#106;avascript:alert(1)", "&#x6A;avascript:x", "javascript&colon;x", "vbscript:x",
    "data:text/html,<script>x</script>", "data:image/svg+xml,<svg onload=x>", "qrc:/x.png",
    "ms-settings:privacy", "townsfolk:profile?acct=x", "https://ok.example/a?b=1&c=2",
    "http://ok.example/", "mailto:a@example.org", "//evil.example/x", "/tags/cats",
    "https://maple.practice/@ann", "https://bank.example@evil.example/",
]  # fmt: skip
ATTRIBUTES = [
    "href", "src", "srcset", "background", "poster", "data", "action", "formaction", "lowsrc",
    "style", "onerror", "onload", "onclick", "class", "rel", "bgcolor", "width", "xlink:href",
    "dir", "id", "name", "target",
]  # fmt: skip
CLASSES = ["invisible", "ellipsis", "mention u-url", "hashtag", "h-card", "u-url"]
ESCAPED = [
    "&lt;img src=/dev/zero&gt;", "&lt;img src=&quot;file:///etc/passwd&quot;&gt;",
    "&lt;table bgcolor=red&gt;&lt;tr&gt;&lt;td&gt;SUSPENDED", "&amp;lt;b&amp;gt;",
    "&#60;img src=x&#62;", "&#x3C;script&#x3E;", "&lt;a href=&quot;smb://x&quot;&gt;",
]  # fmt: skip
WORDS = st.sampled_from(
    [
        *ESCAPED, "hello", " ", "\n", "<", ">", "&", '"', "'", ":blobcat:", ":remote:",
        ":local:", ":zero:", ":data:", "\u202e", "\u202d", "\u2066", "\u2069", "\u200f", "\x00",
        "\x07", "\ufeff", "\u00a0", "&nbsp;", "שלום", "مرحبا", "#cats", "@ann",
    ]
)  # fmt: skip
TEXT = st.one_of(st.lists(WORDS, max_size=8).map("".join), st.text(max_size=20))


@st.composite
def attributes(draw: st.DrawFn) -> str:
    out = []
    for name in draw(st.lists(st.sampled_from(ATTRIBUTES), max_size=4)):
        if name in ("class", "rel"):
            value = draw(st.sampled_from([*CLASSES, "tag", "nofollow"]))
        elif name == "style":
            value = draw(st.sampled_from(URLS))
            value = f"background:url({value});color:red;font-size:99px"
        else:
            value = draw(st.one_of(st.sampled_from(URLS), TEXT))
        quote = draw(st.sampled_from(['"', "'", ""]))
        out.append(f" {name}={quote}{value}{quote}")
    return "".join(out)


def element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    @st.composite
    def build(draw: st.DrawFn) -> str:
        tag = draw(st.sampled_from(TAGS))
        if draw(st.booleans()):
            tag = tag.upper()
        inner = "".join(draw(st.lists(children, max_size=4)))
        closing = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", "", "</p>", "</a>", "/>"]))
        return f"<{tag}{draw(attributes())}>{inner}{closing}"

    return build()


HTML = st.recursive(TEXT, element, max_leaves=30)
BROKEN = st.lists(
    st.one_of(
        HTML,
        st.sampled_from(["<", "</", ">", "<!--", "-->", "<![CDATA[", "<?", "&#", "&#x", "<img"]),
    ),
    max_size=10,
).map("".join)


def check(html: str) -> None:
    """The caller's emoji sources are trusted (the app gives only pictures it saved, as
    ``data:`` URIs); everything else a town names must be dropped."""
    rendered = render_post_html(html, emojis=EMOJIS)
    collector = structurally_safe(rendered.html)
    tags = {tag for tag, _ in collector.tags}
    assert tags <= {"p", "br", "a", "strong", "em", "u", "s", "code", "pre", "blockquote",
                    "ul", "ol", "li", "img"}, tags  # fmt: skip
    for _, attrs in collector.tags:  # our attributes only (no srcset, background, style…)
        assert set(attrs) <= {"href", "src", "width", "height", "alt"}, attrs
    assert "/dev/zero" not in re.sub(r"&[^;]+;", "", _attribute_values(rendered.html))
    assert not BIDI_CONTROLS.search(rendered.plain)
    assert "\x00" not in rendered.plain
    for kind, target in rendered.links:
        scheme = target.split(":", 1)[0]
        assert scheme in ("http", "https", "mailto", INTERNAL_SCHEME), target
        if scheme == INTERNAL_SCHEME:
            assert parse_internal_link(target) is not None, target
        assert kind in ("mention", "hashtag", "web")


def structurally_safe(html: str) -> _Collector:
    """Like ``assert_safe`` of test_richtext, judged on the parsed structure only: text that
    merely *spells* ``style=`` or ``onerror=`` (shown as text) is fine."""
    assert not BIDI_CONTROLS.search(html), "bidi control left in html"
    collector = parse(html)
    assert not collector.problems, collector.problems
    assert not collector.stack, f"unclosed tags: {collector.stack[-5:]}"
    for tag, attrs in collector.tags:
        if tag == "a":
            href = attrs.get("href", "")
            assert href == href.strip()
            assert href.split(":", 1)[0] in {"http", "https", "mailto", INTERNAL_SCHEME}, href
        if tag == "img":
            assert attrs.get("src") in ALLOWED_SOURCES, attrs
    return collector


def _attribute_values(html: str) -> str:
    return " ".join(value or "" for _, attrs in parse(html).tags for value in attrs.values())


@FUZZ
@given(HTML)
def test_generated_hostile_html_is_safe(html: str) -> None:
    check(html)


@FUZZ
@given(BROKEN)
def test_generated_broken_hostile_html_is_safe(html: str) -> None:
    check(html)


@FUZZ
@given(st.lists(st.sampled_from([*ESCAPED, "a", " ", "<b>", "</b>", "&"]), max_size=12))
def test_escaped_html_stays_text(parts: list[str]) -> None:
    """What a town escaped is shown as the characters it spells, never read as HTML."""
    words = "".join(parts)
    rendered = render_post_html(f"<p>{words}</p>")
    collector = parse(rendered.html)
    assert {tag for tag, _ in collector.tags} <= {"p", "strong", "br"}
    assert "<img" not in rendered.html
    assert "<table" not in rendered.html
    if "<b>" not in words and "</b>" not in words and "&" not in words.replace("&lt;", ""):
        expected = " ".join(html_lib.unescape(words).split())
        assert rendered.plain == expected


@FUZZ
@given(st.text(alphabet=st.sampled_from([*"<>&\"'/=ab imgsrc:;#x0123456789"]), max_size=80))
def test_any_text_escaped_comes_back_as_itself(text: str) -> None:
    """A bio that *shows* HTML (escaped once by the town) comes out of plain_text() as those
    exact characters: a plain-text label shows them; nothing turns them into HTML."""
    rendered = render_post_html("<p>" + html_lib.escape(text) + "</p>")
    expected = " ".join(text.split())
    assert rendered.plain == expected
    assert visible_text(rendered.html).strip() == expected
    assert plain_text("<p>" + html_lib.escape(text) + "</p>") == expected
    assert not [tag for tag, _ in parse(rendered.html).tags if tag not in ("p", "br")]


@FUZZ
@given(HTML)
def test_the_output_is_a_fixed_point(html: str) -> None:
    """Sanitising the sanitised rich text changes nothing visible and adds nothing."""
    once = render_post_html(html)
    twice = render_post_html(once.html)
    assert visible_text(twice.html) == visible_text(once.html)
    assert twice.plain == once.plain

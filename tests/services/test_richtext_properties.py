"""Post HTML rendering under hostile and generated input: always safe, balanced, quick."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.services.test_richtext import BIDI_CONTROLS, assert_safe, visible_text
from townsfolk.services.richtext import (
    ELLIPSIS,
    MAX_DEPTH,
    MAX_VISIBLE_CHARS,
    plain_text,
    render_post_html,
)

EMOJIS = {"blobcat": "/emoji/blobcat.png", "remote": "https://evil.practice/e.png"}
EMOJI_SOURCES = {"file:///emoji/blobcat.png"}

# A generous bound: the worst inputs measured take about 0.5 s on a busy 2-core machine;
# the quadratic cases this guards against took 10 to 30 s.
SLOW = 4.0


def render_checked(html: str) -> str:
    rendered = render_post_html(html, emojis=EMOJIS)
    assert_safe(rendered.html, EMOJI_SOURCES)
    assert not BIDI_CONTROLS.search(rendered.plain)
    assert "\x00" not in rendered.plain
    assert len(visible_text(rendered.html)) <= MAX_VISIBLE_CHARS + 100
    assert len(rendered.plain) <= MAX_VISIBLE_CHARS + 1
    for kind, target in rendered.links:
        assert kind in ("mention", "hashtag", "web")
        assert target.split(":", 1)[0] in ("http", "https", "mailto", "townsfolk")
    return rendered.html


# --- Hostile input --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "<script>alert(1)</script>after",
        "<SCRIPT SRC=https://evil.practice/x.js></SCRIPT>after",
        "<style>body{display:none}</style>after",
        "<iframe src=https://evil.practice>inside</iframe>after",
        "<object data=x>inside</object><embed src=x>after",
        '<svg onload="alert(1)"><text>inside</text></svg>after',
        "<math><mtext>inside</mtext></math>after",
        "<form action=https://evil.practice><input value=inside>inside</form>after",
        "<template><b>inside</b></template><noscript>inside</noscript>after",
        "<img src=https://tracker.practice/pixel.gif onerror=alert(1)>after",
        "<!-- inside -->after",
        "<![CDATA[inside]]>after",
        "<textarea><script>inside</textarea>after",
    ],
)
def test_dangerous_elements_go_with_their_content(html: str) -> None:
    rendered = render_post_html(html)
    assert_safe(rendered.html)
    assert "inside" not in rendered.html
    assert "alert" not in rendered.html
    assert rendered.plain.endswith("after")


def test_broken_script_tag_is_only_text() -> None:
    rendered = render_post_html("<scr<script>ipt>alert(1)</script>after")
    assert_safe(rendered.html)
    assert rendered.html == "ipt&gt;alert(1)after"


def test_event_handlers_and_styles_are_stripped() -> None:
    html = (
        '<p onclick="alert(1)" style="color:red" id="x" dir="rtl">'
        '<a href="https://x.practice/" onmouseover="alert(2)" style="font-size:99px" '
        'target="_blank" title="t">link</a><span class="h-card" onclick="x">s</span></p>'
    )
    rendered = render_post_html(html)
    assert_safe(rendered.html)
    assert rendered.html == (
        '<p><a href="https://x.practice/" class="link" rel="nofollow noopener noreferrer">'
        "link</a>s</p>"
    )


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "  javascript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "jav&#x0A;ascript:alert(1)",
        "jav&#0000009;ascript:alert(1)",
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
        "java\x00script:alert(1)",
        "\x01javascript:alert(1)",
        "javascript&colon;alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:image/png;base64,AAAA",
        "file:///etc/passwd",
        "townsfolk:profile?acct=ann",
    ],
)
def test_dangerous_link_targets_lose_the_link(href: str) -> None:
    for quoted in (f'"{href}"', f"'{href}'", href.replace(" ", "")):
        rendered = render_post_html(f"<p><a href={quoted}>click</a></p>")
        assert_safe(rendered.html)
        assert rendered.links == ()
        assert rendered.html == "<p>click</p>"


def test_megabyte_post() -> None:
    paragraph = (
        '<p>Text with <a href="https://maple.practice/@ann" class="u-url mention">@ann</a> and '
        '<a href="https://maple.practice/tags/cats" class="mention hashtag" rel="tag">#cats</a> '
        "and &amp; entities &lt;3 and more words to make it long. :blobcat:</p>"
    )
    html = paragraph * (1_048_576 // len(paragraph) + 1)
    assert len(html) > 1_000_000
    started = time.perf_counter()
    rendered = render_post_html(html, emojis=EMOJIS)
    elapsed = time.perf_counter() - started
    assert elapsed < SLOW
    assert rendered.truncated
    assert_safe(rendered.html, EMOJI_SOURCES)
    assert rendered.html.endswith(ELLIPSIS + "</p>")
    assert rendered.plain.endswith(ELLIPSIS)
    assert len(visible_text(rendered.html)) <= MAX_VISIBLE_CHARS + 1
    assert rendered.links[:2] == render_post_html(paragraph).links


@pytest.mark.parametrize(
    "html",
    [
        "&" * 1_000_000,
        "&amp;" * 200_000,
        "&nbsp;" * 200_000,
        "\u00a0" * 1_000_000,
        "<" * 1_000_000,
        "<a " * 300_000,
        '<a title="' * 100_000,
        "<!--" * 250_000,
        "<p>" * 300_000,
        "</p>" * 250_000,
        "<br>" * 250_000,
        "<b>x</p>" * 100_000,
        "<ul><li>x" * 100_000,
        "<blockquote/>x" * 70_000,
        "<b><p><i></b>x" * 70_000,
        "".join(f"<b class={i}><i></b>x" for i in range(50_000)),
        "<b><i><u><s><code><em><strong>" * 30_000 + "<p>x</p>" * 5_000,
        '<a href="https://x.practice/">' * 50_000,
        ":blobcat:" * 120_000,
    ],
    ids=lambda html: repr(html[:16]),
)
def test_pathological_input_is_quick(html: str) -> None:
    started = time.perf_counter()
    render_checked(html)
    assert time.perf_counter() - started < SLOW


@pytest.mark.parametrize("tag", ["span", "b", "em", "blockquote", "div", "ul", "li", "p", "a"])
def test_ten_thousand_levels_deep(tag: str) -> None:
    opening = f'<{tag} href="https://x.y/">' if tag == "a" else f"<{tag}>"
    html = opening * 10_000 + "bottom" + f"</{tag}>" * 10_000 + "after"
    started = time.perf_counter()
    rendered = render_post_html(html)
    assert time.perf_counter() - started < SLOW
    collector = assert_safe(rendered.html)
    assert collector.max_depth <= MAX_DEPTH
    assert "bottom" in rendered.plain
    assert "bottom" in visible_text(rendered.html)


def test_unclosed_tags_broken_entities_nul_and_surrogates() -> None:
    html = (
        "<p>open <b>bold <i>both <a href='https://x.practice/'>link &#xD800; &#0; &#x110000; "
        "&amp &am; &#; &#x; &;\x00nul \ud800lone\udfff \ufffdreplaced</p><p>next <code>x"
    )
    rendered = render_post_html(html)
    assert_safe(rendered.html)
    assert "\x00" not in rendered.html
    assert rendered.plain.encode("utf-8")  # no lone surrogates left
    assert "nul" in rendered.plain
    assert "lone" in rendered.plain
    assert "\ufffdreplaced" in rendered.plain
    assert rendered.plain.endswith("next x")


def test_rtl_override_characters_cannot_escape() -> None:
    html = "<p>\u202e\u202e\u202enoitacol ruoy\u2066 \u2067 \u2068</p>\u202d"
    rendered = render_post_html(html)
    assert_safe(rendered.html)
    assert rendered.plain == "noitacol ruoy"


# --- Generated input ------------------------------------------------------------------------

TAGS = [
    "p", "br", "a", "span", "b", "strong", "i", "em", "u", "s", "del", "code", "pre",
    "blockquote", "ul", "ol", "li", "div", "h1", "script", "style", "iframe", "img", "svg",
    "math", "form", "object", "embed", "table", "td", "textarea", "title", "noscript", "template",
]  # fmt: skip
ATTRIBUTES = [
    ("href", "https://maple.practice/@ann"),
    ("href", "https://maple.practice/tags/cats"),
    ("href", "javascript:alert(1)"),
    ("href", "jav&#x09;ascript:alert(1)"),
    ("href", " JaVaScRiPt:alert(1)"),
    ("href", "data:text/html,<script>alert(1)</script>"),
    ("href", "vbscript:x"),
    ("href", "/tags/dogs"),
    ("href", "mailto:ann@maple.practice"),
    ("src", "https://tracker.practice/p.gif"),
    ("src", "javascript:alert(1)"),
    ("class", "invisible"),
    ("class", "ellipsis"),
    ("class", "u-url mention"),
    ("class", "mention hashtag"),
    ("rel", "tag"),
    ("onclick", "alert(1)"),
    ("onerror", "alert(1)"),
    ("style", "color:red;background:url(https://tracker.practice/)"),
    ("dir", "rtl"),
]
TEXT = st.lists(
    st.sampled_from(
        [*"ab <>&;#x:/\"'=\n\t", "\u202e", "\u2066", "\x00", "\ud800", "é", "שׁ", ":blobcat:"]
    ),
    max_size=30,
).map("".join)


@st.composite
def attributes(draw: st.DrawFn) -> str:
    chosen = draw(st.lists(st.sampled_from(ATTRIBUTES), max_size=3))
    quote = draw(st.sampled_from(['"', "'", ""]))
    return "".join(f" {name}={quote}{value}{quote}" for name, value in chosen)


def element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    @st.composite
    def build(draw: st.DrawFn) -> str:
        tag = draw(st.sampled_from(TAGS))
        if draw(st.booleans()):
            tag = tag.upper()
        inner = "".join(draw(st.lists(children, max_size=4)))
        closing = draw(st.sampled_from([f"</{tag}>", "", "</p>", "</b>"]))
        return f"<{tag}{draw(attributes())}>{inner}{closing}"

    return build()


HTML = st.recursive(TEXT, element, max_leaves=40)
FRAGMENTS = st.lists(
    st.one_of(
        TEXT,
        st.sampled_from(
            ["<", "</", ">", "<!--", "-->", "<![CDATA[", "]]>", "&#x", "&#", "&amp", '"', "'"]
        ),
        HTML,
    ),
    max_size=12,
).map("".join)


@settings(max_examples=120)
@given(HTML)
def test_generated_nested_html_is_safe(html: str) -> None:
    render_checked(html)


@settings(max_examples=100)
@given(FRAGMENTS)
def test_generated_broken_html_is_safe(html: str) -> None:
    render_checked(html)


@settings(max_examples=200)
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    render_checked(text)
    assert isinstance(plain_text(text), str)


@settings(max_examples=100)
@given(
    st.text(
        alphabet=st.one_of(
            st.characters(categories=["Lu", "Ll", "Lo", "Nd"]), st.sampled_from([" ", "\n"])
        ),
        max_size=200,
    )
)
def test_plain_text_keeps_ordinary_text(text: str) -> None:
    rendered = render_post_html(f"<p>{text}</p>")
    expected = re.sub(r"[ \n]+", " ", text).strip()
    assert rendered.plain == expected
    assert visible_text(rendered.html).strip() == expected
    assert rendered.links == ()

"""Post HTML → Qt rich text and plain text: behaviour on real Mastodon-style HTML.

The helpers at the top (``assert_safe`` and friends) are shared with
``test_richtext_properties.py``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Collection
from html.parser import HTMLParser

import pytest

from townsfolk.services import richtext
from townsfolk.services.richtext import (
    ELLIPSIS,
    MAX_DEPTH,
    MAX_VISIBLE_CHARS,
    Link,
    MentionRef,
    ProfileLink,
    TagLink,
    bidi_isolate,
    parse_internal_link,
    plain_text,
    profile_link_url,
    render_post_html,
    tag_link_url,
)

EMITTED_TAGS = {
    "p", "br", "a", "strong", "em", "u", "s", "code", "pre", "blockquote", "ul", "ol", "li", "img",
}  # fmt: skip
VOID_TAGS = {"br", "img"}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "class", "rel"},
    "img": {"src", "width", "height", "alt"},
}
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
BAD_HREF = re.compile(r"^(javascript|data|vbscript|file):", re.IGNORECASE)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.max_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.tags.append((tag, values))
        if tag not in EMITTED_TAGS:
            self.problems.append(f"unexpected tag <{tag}>")
        extra = set(values) - ALLOWED_ATTRIBUTES.get(tag, set())
        if extra:
            self.problems.append(f"unexpected attributes {sorted(extra)} on <{tag}>")
        if tag not in VOID_TAGS:
            self.stack.append(tag)
            self.max_depth = max(self.max_depth, len(self.stack))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.problems.append(f"self-closing <{tag}/>")
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS:
            self.problems.append(f"end tag for void <{tag}>")
        elif not self.stack or self.stack[-1] != tag:
            self.problems.append(f"unbalanced </{tag}> (open: {self.stack[-3:]})")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.problems.append("comment")

    def handle_decl(self, decl: str) -> None:
        self.problems.append("declaration")

    def handle_pi(self, data: str) -> None:
        self.problems.append("processing instruction")


def parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector


def assert_safe(html: str, image_sources: Collection[str] = ()) -> _Collector:
    """Fail unless ``html`` only uses our tags and attributes, is balanced and loads nothing."""
    lowered = html.lower()
    for needle in ("<script", "<style", "<iframe", "<object", "<embed", "<svg", "<math", "<form"):
        assert needle not in lowered, needle
    assert not re.search(r"\son\w+\s*=", lowered), "event handler attribute"
    assert "style=" not in lowered
    assert not BIDI_CONTROLS.search(html), "bidi control left in html"
    collector = parse(html)
    assert not collector.problems, collector.problems
    assert not collector.stack, f"unclosed tags: {collector.stack[-5:]}"
    for tag, attrs in collector.tags:
        if tag == "a":
            href = attrs.get("href", "")
            compact = re.sub(r"[\x00-\x20]", "", href)
            assert not BAD_HREF.match(compact), href
            assert compact.split(":", 1)[0].lower() in {"http", "https", "mailto", "townsfolk"}, (
                href
            )
        if tag == "img":
            assert attrs.get("src") in image_sources, attrs
    return collector


def visible_text(html: str) -> str:
    return "".join(parse(html).text)


# --- Real Mastodon HTML ---------------------------------------------------------------------

ANN = MentionRef(acct="ann", url="https://maple.practice/@ann")
BOB = MentionRef(acct="bob@oak.practice", url="https://oak.practice/@bob")

MASTODON_POST = (
    '<p><span class="h-card" translate="no"><a href="https://maple.practice/@ann" '
    'class="u-url mention">@<span>ann</span></a></span> <span class="h-card" translate="no">'
    '<a href="https://oak.practice/@bob" class="u-url mention">@<span>bob</span></a></span> '
    "have you seen this? "
    '<a href="https://www.example.com/news/2026/11/a-rather-long-article-title" '
    'target="_blank" rel="nofollow noopener noreferrer" translate="no">'
    '<span class="invisible">https://www.</span>'
    '<span class="ellipsis">example.com/news/2026/11/a-rath</span>'
    '<span class="invisible">er-long-article-title</span></a></p>'
    '<p><a href="https://maple.practice/tags/Gardening" class="mention hashtag" rel="tag">'
    "#<span>Gardening</span></a> :blobcat: :unknown:</p>"
)


def test_mastodon_post_html() -> None:
    rendered = render_post_html(
        MASTODON_POST, mentions=[ANN, BOB], emojis={"blobcat": "/emoji/blobcat.png"}
    )
    assert_safe(rendered.html, {"file:///emoji/blobcat.png"})
    assert rendered.links == (
        Link("mention", profile_link_url("ann", "https://maple.practice/@ann")),
        Link("mention", profile_link_url("bob@oak.practice", "https://oak.practice/@bob")),
        Link("web", "https://www.example.com/news/2026/11/a-rather-long-article-title"),
        Link("hashtag", tag_link_url("Gardening")),
    )
    text = visible_text(rendered.html)
    assert text == (
        "@ann @bob have you seen this? example.com/news/2026/11/a-rath…"
        "#Gardening  :unknown:"  # the emoji is an image
    )
    assert "https://www." not in text
    assert "er-long-article-title" not in text
    assert not rendered.truncated
    assert rendered.html.startswith(
        '<p><a href="townsfolk:profile?acct=ann&amp;url=https%3A%2F%2Fmaple.practice%2F@ann" '
        'class="mention">@ann</a>'
    )
    assert '<a href="townsfolk:tag?name=Gardening" class="hashtag">#Gardening</a>' in (
        rendered.html
    )
    assert (
        '<img src="file:///emoji/blobcat.png" width="20" height="20" alt=":blobcat:">'
        in rendered.html
    )


def test_mastodon_post_plain_text() -> None:
    rendered = render_post_html(MASTODON_POST, mentions=[ANN, BOB])
    # Plain text keeps the whole address (for copying and search), not the shortened one.
    assert rendered.plain == (
        "@ann @bob have you seen this? "
        "https://www.example.com/news/2026/11/a-rather-long-article-title\n\n"
        "#Gardening :blobcat: :unknown:"
    )
    assert plain_text(MASTODON_POST) == rendered.plain


def test_links_unpack_as_kind_and_target() -> None:
    kinds = [kind for kind, _target in render_post_html(MASTODON_POST).links]
    assert kinds == ["mention", "mention", "web", "hashtag"]


def test_mention_without_mention_list_gets_full_address() -> None:
    rendered = render_post_html(MASTODON_POST)
    first = parse_internal_link(rendered.links[0].target)
    assert first == ProfileLink(acct="ann@maple.practice", url="https://maple.practice/@ann")


def test_mention_in_list_matched_by_address_alone() -> None:
    html = '<p>hi <a href="https://oak.practice/@bob/">@bob</a></p>'
    rendered = render_post_html(html, mentions=[BOB])
    assert rendered.links == (
        Link("mention", profile_link_url("bob@oak.practice", "https://oak.practice/@bob")),
    )
    # Without the list and without the mention classes it is an ordinary web link.
    assert render_post_html(html).links == (Link("web", "https://oak.practice/@bob/"),)


@pytest.mark.parametrize(
    ("href", "acct"),
    [
        ("https://misskey.practice/@carol", "carol@misskey.practice"),
        ("https://pleroma.practice/users/dave", "dave@pleroma.practice"),
        ("https://maple.practice/@erin@elm.practice", "erin@elm.practice"),
    ],
)
def test_mention_class_without_list(href: str, acct: str) -> None:
    rendered = render_post_html(f'<p><a class="u-url mention" href="{href}">@x</a></p>')
    assert parse_internal_link(rendered.links[0].target) == ProfileLink(acct=acct, url=href)


def test_hashtag_forms_from_other_servers() -> None:
    pleroma = (
        '<a class="hashtag" data-tag="cats" href="https://pleroma.practice/tag/cats" '
        'rel="tag ugc">#cats</a>'
    )
    misskey = '<a href="https://misskey.practice/tags/%E7%8C%AB">#猫</a>'
    rel_only = '<a href="https://x.practice/search?q=dogs" rel="tag">#dogs</a>'
    relative = '<a href="/tags/birds" class="hashtag">#birds</a>'
    for html, name in [(pleroma, "cats"), (misskey, "猫"), (rel_only, "dogs"), (relative, "birds")]:
        rendered = render_post_html(f"<p>{html}</p>")
        assert rendered.links == (Link("hashtag", tag_link_url(name)),), html
        assert parse_internal_link(rendered.links[0].target) == TagLink(name)


def test_tags_path_without_hash_text_stays_a_web_link() -> None:
    html = '<p><a href="https://stackoverflow.com/tags/python">python questions</a></p>'
    assert render_post_html(html).links == (Link("web", "https://stackoverflow.com/tags/python"),)


def test_relative_and_odd_links_lose_the_link_but_keep_text() -> None:
    html = (
        '<p><a href="/about">about</a> <a href="//evil.practice/x">x</a> '
        '<a href="ftp://files.practice/">ftp</a> <a>none</a> '
        '<a href="mailto:ann@maple.practice">mail</a></p>'
    )
    rendered = render_post_html(html)
    assert rendered.links == (Link("web", "mailto:ann@maple.practice"),)
    assert visible_text(rendered.html) == "about x ftp none mail"
    assert rendered.html.count("<a ") == 1


def test_empty_links_are_left_out() -> None:
    rendered = render_post_html('<p><a href="https://x.practice/"></a>text</p>')
    assert rendered.links == ()
    assert rendered.html == "<p>text</p>"


def test_formatting_subset() -> None:
    html = (
        "<p><b>bold</b> <strong>strong</strong> <i>it</i> <em>em</em> <u>u</u> <s>s</s> "
        "<del>del</del> <code>c</code></p><pre>  a\n    b</pre><blockquote><p>q</p></blockquote>"
        "<ul><li>one</li><li>two</li></ul><ol><li>first</li><li>second</li></ol>"
        "<h1>heading</h1><div>div</div><table><tr><td>cell</td></tr></table>"
    )
    rendered = render_post_html(html)
    assert_safe(rendered.html)
    assert rendered.html == (
        "<p><strong>bold</strong> <strong>strong</strong> <em>it</em> <em>em</em> <u>u</u> "
        "<s>s</s> <s>del</s> <code>c</code></p><pre>  a\n    b</pre>"
        "<blockquote><p>q</p></blockquote><ul><li>one</li><li>two</li></ul>"
        "<ol><li>first</li><li>second</li></ol>heading<br>div<br>cell"
    )
    assert rendered.plain == (
        "bold strong it em u s del c\n\na\n    b\n\nq\n\n• one\n• two\n\n1. first\n2. second"
        "\n\nheading\n\ndiv\n\ncell"
    )


def test_unsupported_blocks_become_line_breaks() -> None:
    rendered = render_post_html("<div><p>one</p><div>two</div>three</div><h2>Title</h2>")
    assert rendered.html == "<p>one</p>two<br>three<br>Title"
    assert rendered.plain == "one\n\ntwo\n\nthree\n\nTitle"


def test_paragraphs_and_line_breaks_in_plain_text() -> None:
    html = "<p>Hello   world<br>second line<br/><br>after a gap</p>\n<p>  next   paragraph </p>"
    rendered = render_post_html(html)
    assert rendered.plain == "Hello world\nsecond line\n\nafter a gap\n\nnext paragraph"
    assert rendered.html == (
        "<p>Hello world<br>second line<br><br>after a gap</p> <p> next paragraph </p>"
    )


def test_entities_and_no_break_spaces() -> None:
    html = "<p>Fish &amp; chips &lt;3 &copy; &#8364;5&nbsp;each, bare & and &bogus; ok</p>"
    rendered = render_post_html(html)
    assert rendered.plain == "Fish & chips <3 © €5\u00a0each, bare & and &bogus; ok"
    assert "&amp; chips &lt;3" in rendered.html
    assert "&amp;bogus;" in rendered.html


# --- Custom emoji ---------------------------------------------------------------------------

PNG_DATA_URI = "data:image/png;base64,iVBORw0KGgo="


def test_emoji_sources_only_from_the_caller_and_never_remote() -> None:
    emojis = {
        "local": "/home/ann/.cache/townsfolk/emoji/local.png",
        ":withcolons:": "file:///tmp/withcolons.png",
        "data": PNG_DATA_URI,
        "qt": ":/emoji/qt.png",
        "remote": "https://evil.practice/track.png",
        "relative": "emoji/rel.png",
        "script": "javascript:alert(1)",
        "svgdata": "data:image/svg+xml;base64,PHN2Zz4=",
    }
    html = "<p>:local: :withcolons: :data: :qt: :remote: :relative: :script: :svgdata:</p>"
    rendered = render_post_html(html, emojis=emojis, emoji_size=24)
    sources = {
        "file:///home/ann/.cache/townsfolk/emoji/local.png",
        "file:///tmp/withcolons.png",
        PNG_DATA_URI,
        ":/emoji/qt.png",
    }
    collector = assert_safe(rendered.html, sources)
    images = [attrs for tag, attrs in collector.tags if tag == "img"]
    assert [image["src"] for image in images] == [
        "file:///home/ann/.cache/townsfolk/emoji/local.png",
        "file:///tmp/withcolons.png",
        PNG_DATA_URI,
        ":/emoji/qt.png",
    ]
    assert all(image["width"] == image["height"] == "24" for image in images)
    assert [image["alt"] for image in images] == [":local:", ":withcolons:", ":data:", ":qt:"]
    assert visible_text(rendered.html).split() == [
        ":remote:",
        ":relative:",
        ":script:",
        ":svgdata:",
    ]
    # Plain text keeps the shortcodes.
    assert rendered.plain == html[3:-4]


def test_no_emoji_images_without_a_mapping() -> None:
    rendered = render_post_html("<p>:blobcat:</p>")
    assert "<img" not in rendered.html
    assert rendered.plain == ":blobcat:"


def test_emoji_in_link_text_and_windows_path() -> None:
    rendered = render_post_html(
        '<p><a href="https://x.practice/">see :blobcat:</a></p>',
        emojis={"blobcat": "C:\\Users\\Ann\\blobcat.png"},
    )
    assert_safe(rendered.html, {"file:///C:/Users/Ann/blobcat.png"})
    assert '<img src="file:///C:/Users/Ann/blobcat.png"' in rendered.html


# --- Bidirectional text ---------------------------------------------------------------------


def test_bidi_override_and_isolate_controls_are_removed() -> None:
    html = (
        "<p>\u202eevil\u202c \u2067x\u2069 \u202aa\u202b b\u202d</p>"
        '<p><a href="https://x.practice/\u202e/gpj.exe">\u2066link</a></p>'
    )
    rendered = render_post_html(html)
    for text in (rendered.html, rendered.plain, *(t for _k, t in rendered.links)):
        assert not BIDI_CONTROLS.search(text)
    assert rendered.plain == "evil x a b\n\nlink"


def test_right_to_left_writing_and_marks_survive() -> None:
    html = "<p>שלום עולם \u200fמה\u200e נשמע\u061c مرحبا</p>"
    rendered = render_post_html(html)
    assert rendered.plain == "שלום עולם \u200fמה\u200e נשמע\u061c مرحبا"
    assert visible_text(rendered.html) == rendered.plain


def test_bidi_isolate_wraps_and_cleans() -> None:
    assert bidi_isolate("\u202eabc") == "\u2068abc\u2069"


# --- Internal links -------------------------------------------------------------------------


def test_internal_links_round_trip() -> None:
    profile = profile_link_url("@ann@maple.practice", "https://maple.practice/@ann")
    assert profile == (
        "townsfolk:profile?acct=ann@maple.practice&url=https%3A%2F%2Fmaple.practice%2F@ann"
    )
    assert parse_internal_link(profile) == ProfileLink(
        acct="ann@maple.practice", url="https://maple.practice/@ann"
    )
    assert parse_internal_link(profile_link_url("ann")) == ProfileLink(acct="ann")
    assert parse_internal_link(tag_link_url("#Gärtnern")) == TagLink("Gärtnern")
    assert parse_internal_link("TOWNSFOLK:tag?name=cats") == TagLink("cats")


@pytest.mark.parametrize(
    "url",
    [
        "https://maple.practice/@ann",
        "javascript:alert(1)",
        "townsfolk:unknown?name=x",
        "townsfolk://profile?acct=ann",
        "townsfolk:profile",
        "townsfolk:profile?acct=",
        "townsfolk:profile?acct=ann&acct=bob",
        "townsfolk:profile?acct=a%20b",
        "townsfolk:tag?name=a/b",
        "townsfolk:tag?name=",
        "townsfolk:tag?" + "&".join(f"x{i}=1" for i in range(20)),
        "townsfolk:tag?name=" + "a" * 300,
        "",
        "http://[::1",
    ],
)
def test_parse_internal_link_rejects(url: str) -> None:
    assert parse_internal_link(url) is None


def test_profile_link_drops_non_web_url() -> None:
    link = parse_internal_link("townsfolk:profile?acct=ann&url=javascript%3Aalert(1)")
    assert link == ProfileLink(acct="ann")


# --- Limits ---------------------------------------------------------------------------------


def test_long_text_is_cut_with_an_ellipsis() -> None:
    rendered = render_post_html("<p>" + "a" * (MAX_VISIBLE_CHARS + 5000) + "</p>")
    assert rendered.truncated
    assert rendered.html == "<p>" + "a" * MAX_VISIBLE_CHARS + ELLIPSIS + "</p>"
    assert rendered.plain == "a" * MAX_VISIBLE_CHARS + ELLIPSIS


def test_cut_inside_a_link_stays_balanced() -> None:
    html = '<p><b>x <a href="https://x.practice/">' + "b" * MAX_VISIBLE_CHARS + "</a> tail</b></p>"
    rendered = render_post_html(html)
    assert rendered.truncated
    assert_safe(rendered.html)
    assert rendered.html.endswith(ELLIPSIS + "</a></strong></p>")
    assert rendered.links == (Link("web", "https://x.practice/"),)
    assert "tail" not in rendered.html


def test_nesting_is_capped() -> None:
    html = "".join(f"<{tag}>" for tag in ["b", "i", "u", "s", "blockquote"] * 40) + "deep"
    rendered = render_post_html(html)
    collector = assert_safe(rendered.html)
    assert collector.max_depth == MAX_DEPTH
    assert visible_text(rendered.html) == "deep"


def test_short_posts_are_fast() -> None:
    started = time.perf_counter()
    for _ in range(200):
        render_post_html(MASTODON_POST, mentions=[ANN, BOB])
    per_post = (time.perf_counter() - started) / 200
    assert per_post < 0.005, per_post


def test_never_raises_even_if_the_sanitiser_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(richtext.nh3, "clean", broken)
    rendered = render_post_html("<p>Tom &amp; <b>Jerry</b> <script>x</script>\u202e</p>")
    assert rendered.html == "<p>Tom &amp; Jerry x</p>"
    assert rendered.plain == "Tom & Jerry x"
    assert rendered.links == ()

"""The text as the person typed it, from a post's HTML (issue 10, item 5)."""

from __future__ import annotations

import msgspec

from townsfolk.api.entities import Status
from townsfolk.services.post_source import source_from_status, typed_text

MASTODON_HTML = (
    '<p>Hello <span class="h-card" translate="no"><a href="https://harbour.example/@bob" '
    'class="u-url mention">@<span>bob</span></a></span> and <span class="h-card"><a '
    'href="https://maple.example/@ann" class="u-url mention">@<span>ann</span></a></span> see '
    '<a href="https://example.com/a/very/long/path" rel="nofollow noopener" target="_blank">'
    '<span class="invisible">https://</span><span class="ellipsis">example.com/a/very/lo'
    '</span><span class="invisible">ng/path</span></a> <a href="https://maple.example/tags/'
    'garden" class="mention hashtag" rel="tag">#<span>garden</span></a></p>'
    "<p>Bye &amp; thanks<br />see you &lt;soon&gt;</p>"
)
TYPED = (
    "Hello @bob@harbour.example and @ann see https://example.com/a/very/long/path #garden"
    "\n\nBye & thanks\nsee you <soon>"
)


def status(**fields: object) -> Status:
    data = {"id": "1", "content": "", "account": {"id": "7", "username": "ann"}, **fields}
    return msgspec.json.decode(msgspec.json.encode(data), type=Status)


def test_mastodon_html_becomes_the_typed_text() -> None:
    mentions = [
        {"id": "2", "username": "bob", "acct": "bob@harbour.example",
         "url": "https://harbour.example/@bob"},
        {"id": "7", "username": "ann", "acct": "ann", "url": "https://maple.example/@ann"},
    ]  # fmt: skip
    post = status(content=MASTODON_HTML, mentions=mentions)
    assert typed_text(MASTODON_HTML, list(post.mentions), "maple.example") == TYPED
    # Without the mention list: the town of a mention comes from its address.
    assert typed_text(MASTODON_HTML, [], "maple.example") == TYPED


def test_html_in_text_is_never_given_back_as_text() -> None:
    post = status(content=MASTODON_HTML, text=MASTODON_HTML, spoiler_text="cw")
    found = source_from_status(post, "maple.example")
    assert found.origin == "html"
    assert found.spoiler_text == "cw"
    assert found.text == TYPED
    assert "<span" not in found.text
    assert "@bob@harbour.example" in found.text


def test_real_source_text_is_kept_as_it_is() -> None:
    post = status(content="<p>a &lt;b&gt; c</p>", text="a <b> c (typed)")
    # "a <b> c" typed by a person looks like markup; the rule stays on the safe side and
    # turns the HTML back into text instead.
    assert source_from_status(post).text == "a <b> c"
    plain = status(content="<p>2 &lt; 3</p>", text="2 < 3 **bold**")
    assert source_from_status(plain) == source_from_status(plain)
    assert source_from_status(plain).text == "2 < 3 **bold**"
    assert source_from_status(plain).origin == "text"


def test_links_with_their_own_words_and_broken_html() -> None:
    assert typed_text('<p><a href="https://x.example/page">the page</a></p>') == "the page"
    assert typed_text('<p>cut <a href="https://x.example/') == "cut"
    assert typed_text("plain words, no paragraphs") == "plain words, no paragraphs"
    assert typed_text("<p>one</p><p></p><p>two<br>three</p>") == "one\n\ntwo\nthree"

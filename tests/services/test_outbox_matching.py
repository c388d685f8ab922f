"""Recognising our own post among the account's latest posts, and judging failures."""

from __future__ import annotations

import httpx
import msgspec

from townsfolk.api.entities import Status
from townsfolk.api.errors import (
    BadResponse,
    CannotConnect,
    RateLimited,
    ServerError,
    TimedOut,
    TlsError,
    ValidationFailed,
)
from townsfolk.cache import Draft, DraftMedia, DraftPoll
from townsfolk.services.outbox import may_have_arrived, post_match, same_post, text_fingerprint

ACCOUNT = {"id": "7", "username": "ann", "acct": "ann", "url": "https://maple.example/@ann"}


def status(content: str, **extra: object) -> Status:
    data = {
        "id": "1",
        "account": ACCOUNT,
        "content": content,
        "created_at": "2030-01-01T12:00:00.000Z",
        **extra,
    }
    return msgspec.json.decode(msgspec.json.encode(data), type=Status)


NOON = 1_893_499_200.0  # 2030-01-01T12:00:00Z


def test_mastodon_html_with_shortened_links_and_mentions_matches() -> None:
    html = (
        '<p>Hello <span class="h-card"><a href="https://harbour.example/@bob" class="u-url '
        'mention">@<span>bob</span></a></span> see <a href="https://example.com/a/very/long/path">'
        '<span class="invisible">https://</span><span class="ellipsis">example.com/a/very/lo'
        '</span><span class="invisible">ng/path</span></a></p><p>Bye!</p>'
    )
    draft = Draft(
        text="Hello @bob@harbour.example see https://example.com/a/very/long/path\n\nBye!"
    )
    assert same_post(status(html), draft, not_before=NOON - 60)
    other = Draft(text="Hello @bob see https://example.com/a/very/long/other\n\nBye!")
    assert not same_post(status(html), other, not_before=NOON - 60)


def test_source_text_is_used_when_the_town_gives_it() -> None:
    draft = Draft(text="**bold** words")
    assert same_post(
        status("<p><b>bold</b> words!</p>", text="**bold** words"), draft, not_before=0
    )


def test_older_posts_content_warning_reply_poll_and_pictures_must_match() -> None:
    draft = Draft(text="Good morning")
    post = status("<p>Good morning</p>")
    assert same_post(post, draft, not_before=NOON - 1)
    assert not same_post(post, draft, not_before=NOON + 1)  # made before the draft existed
    assert not same_post(post, Draft(text="Good morning", spoiler_text="cw"), not_before=0)
    assert not same_post(post, Draft(text="Good morning", in_reply_to_id="5"), not_before=0)
    poll = DraftPoll(options=("a", "b"), expires_in=300)
    assert not same_post(post, Draft(text="Good morning", poll=poll), not_before=0)
    media = {"id": "m", "type": "image", "url": "https://x/1.png"}
    with_pictures = status("<p>Good morning</p>", media_attachments=[media])
    two = Draft(text="Good morning", media=(DraftMedia("a"), DraftMedia("b")))
    assert not same_post(with_pictures, two, not_before=0)
    assert same_post(
        with_pictures, Draft(text="Good morning", media=(DraftMedia("a"),)), not_before=0
    )
    boost = status("<p>Good morning</p>", reblog=msgspec.to_builtins(post))
    assert not same_post(boost, draft, not_before=0)


def test_fingerprint() -> None:
    assert text_fingerprint("Hi @bob@harbour.example!\n\n#Tea") == "hibobtea"
    assert text_fingerprint("  ") == ""


def _from(error: type, cause: Exception) -> Exception:
    try:
        try:
            raise cause
        except Exception as inner:
            raise error("x") from inner
    except Exception as outer:
        return outer


def test_which_failures_may_have_reached_the_town() -> None:
    request = httpx.Request("POST", "https://maple.example/api/v1/statuses")
    assert not may_have_arrived(
        _from(CannotConnect, httpx.ConnectError("refused", request=request))
    )
    assert may_have_arrived(
        _from(CannotConnect, httpx.RemoteProtocolError("dropped", request=request))
    )
    assert not may_have_arrived(_from(TimedOut, httpx.ConnectTimeout("t", request=request)))
    assert not may_have_arrived(_from(TimedOut, httpx.PoolTimeout("t", request=request)))
    assert may_have_arrived(_from(TimedOut, httpx.ReadTimeout("t", request=request)))
    assert may_have_arrived(_from(TimedOut, httpx.WriteTimeout("t", request=request)))
    assert not may_have_arrived(TlsError("x"))
    assert may_have_arrived(ServerError("x", status=504))
    assert may_have_arrived(BadResponse("x", status=200))
    assert not may_have_arrived(RateLimited("x"))
    assert not may_have_arrived(ValidationFailed("x"))


def test_same_words_with_something_else_different_is_maybe() -> None:
    draft = Draft(text="Good morning")
    assert post_match(status("<p>Good morning</p>"), draft, not_before=0) == "same"
    assert post_match(status("<p>Good morning</p>", spoiler_text="cw"), draft, not_before=0) == (
        "maybe"
    )
    media = {"id": "m", "type": "image", "url": "https://x/1.png"}
    two = Draft(text="Good morning", media=(DraftMedia("a"), DraftMedia("b")))
    pictures = status("<p>Good morning</p>", media_attachments=[media])
    assert post_match(pictures, two, not_before=0) == "maybe"
    assert post_match(status("<p>Good evening</p>"), draft, not_before=0) is None
    assert post_match(status("<p>Good morning</p>"), draft, not_before=NOON + 1) is None
    # A picture-only post says nothing by its (empty) words.
    assert post_match(pictures, Draft(text="", media=two.media), not_before=0) is None

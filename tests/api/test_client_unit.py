"""MastodonClient against canned answers (httpx.MockTransport): error mapping, retries,
rate limits, idempotency, secrets, paging. Real-server behaviour is in test_against_practice_*."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from townsfolk.api import errors as E
from townsfolk.api.client import USER_AGENT, MastodonClient, NewPoll
from townsfolk.api.oauth import authorize_url, discover, make_pkce
from townsfolk.api.pagination import iterate_items, iterate_pages

from .samples import ACCOUNT, INSTANCE_V1, INSTANCE_V2, STATUS

TOKEN = "tok-SECRET-abcdef123456"
Handler = Callable[[httpx.Request], httpx.Response]


def make(handler: Handler, **kwargs: Any) -> MastodonClient:
    kwargs.setdefault("retry_backoff", 0.0)
    return MastodonClient(
        "https://town.example",
        access_token=kwargs.pop("access_token", TOKEN),
        transport=httpx.MockTransport(handler),
        **kwargs,
    )


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


@pytest.mark.parametrize(
    ("status", "body", "ctype", "error", "check"),
    [
        (401, b'{"error":"The access token is invalid"}', "application/json", E.Unauthorized, None),
        (400, b"Invalid Bearer token", "text/plain", E.Unauthorized, None),
        (
            422,
            b'{"error":"This method requires an authenticated user"}',
            "application/json",
            E.Unauthorized,
            None,
        ),
        (
            403,
            b'{"error":"Your login is missing a confirmed e-mail address"}',
            "application/json",
            E.Forbidden,
            E.ForbiddenReason.EMAIL_NOT_CONFIRMED,
        ),
        (
            403,
            b'{"error":"Your login is currently pending approval"}',
            "application/json",
            E.Forbidden,
            E.ForbiddenReason.PENDING_APPROVAL,
        ),
        (
            403,
            b'{"error":"Your login is currently disabled"}',
            "application/json",
            E.Forbidden,
            E.ForbiddenReason.ACCOUNT_DISABLED,
        ),
        (
            403,
            b'{"error":"This action is not allowed"}',
            "application/json",
            E.Forbidden,
            E.ForbiddenReason.NOT_ALLOWED,
        ),
        (
            403,
            b'{"error":"Forbidden"}',
            "application/json",
            E.Forbidden,
            E.ForbiddenReason.NOT_ALLOWED,
        ),
        (403, b"<html>nope</html>", "text/html", E.Forbidden, E.ForbiddenReason.OTHER),
        (404, b'{"error":"Record not found"}', "application/json", E.NotFound, None),
        (404, b"<html><title>Not Found</title></html>", "text/html", E.NotFound, None),
        (410, b"", "text/plain", E.NotFound, None),
        (409, b'{"error":"Conflict during update"}', "application/json", E.RequestRejected, None),
        (400, b'{"error":"invalid_grant"}', "application/json", E.RequestRejected, None),
        (500, b'{"error":"oops"}', "application/json", E.ServerError, None),
        (502, HTML_502, "text/html", E.ServerError, None),
        (503, b"Service Unavailable", "text/plain", E.ServerError, None),
    ],
)
async def test_error_classification(
    status: int, body: bytes, ctype: str, error: type[E.ApiError], check: Any
) -> None:
    async with make(
        lambda r: httpx.Response(status, content=body, headers={"content-type": ctype}),
        max_retries=0,
    ) as client:
        with pytest.raises(error) as info:
            await client.verify_credentials()
    exc = info.value
    assert exc.status == status
    assert exc.server == "town.example"
    assert exc.path == "/api/v1/accounts/verify_credentials"
    if check is not None:
        assert isinstance(exc, E.Forbidden)
        assert exc.reason is check
    assert TOKEN not in str(exc)
    assert TOKEN not in exc.user_message()
    if status == 502:
        assert "502 Bad Gateway" in exc.detail


def test_validation_failed_details_and_message() -> None:
    body = {
        "error": "Validation failed: Username has already been taken",
        "details": {
            "username": [{"error": "ERR_TAKEN", "description": "has already been taken"}],
            "email": [{"error": "ERR_BLOCKED", "description": "provider not allowed"}],
            "weird": "not a list",
        },
    }
    response = httpx.Response(422, json=body, request=httpx.Request("POST", "https://x/"))
    from townsfolk.api.http import error_for_response

    exc = error_for_response(response, server="x", method="POST", path="/api/v1/accounts")
    assert isinstance(exc, E.ValidationFailed)
    assert exc.details["username"] == [("ERR_TAKEN", "has already been taken")]
    assert exc.codes("email") == ["ERR_BLOCKED"]
    assert "weird" not in exc.details
    assert "username is already taken" in exc.user_message()


BANNED = re.compile(
    r"\b(instance|federat\w*|toot\w*|status\w*|reblog\w*|oauth|token\w*|api)\b", re.I
)


def test_user_messages_are_plain_words() -> None:
    samples: list[E.ApiError] = [
        E.ApiError(server="a.example"),
        E.NetworkError(server="a.example"),
        E.CannotConnect(server="a.example"),
        E.TimedOut(server="a.example"),
        E.TlsError(server="a.example"),
        E.ServerError(server="a.example", status=502),
        E.RateLimited(server="a.example", retry_after=12),
        E.RateLimited(server="a.example", retry_after=600),
        E.RateLimited(server="a.example"),
        E.Unauthorized(server="a.example"),
        E.NotFound(server="a.example"),
        E.RequestRejected(server="a.example"),
        E.NotMastodonCompatible(server="a.example", software="misskey"),
        E.NotMastodonCompatible(server="a.example"),
        E.BadResponse(server="a.example"),
        E.ValidationFailed(server="a.example", details={"username": [("ERR_TAKEN", "")]}),
        E.ValidationFailed(server="a.example"),
        *[E.Forbidden(server="a.example", reason=r) for r in E.ForbiddenReason],
    ]
    for exc in samples:
        message = exc.user_message()
        assert message.endswith("."), message
        assert not BANNED.search(message), message
        assert "a.example" in message or isinstance(exc, E.ValidationFailed)
    assert "12 seconds" in E.RateLimited(retry_after=12).user_message()
    assert "Misskey" in E.NotMastodonCompatible(software="misskey").user_message()


async def test_token_never_in_repr_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["authorization"] == f"Bearer {TOKEN}"
        assert request.headers["user-agent"] == USER_AGENT
        # A server that echoes the token back in its error text.
        return httpx.Response(401, text=f"bad token {TOKEN} (Bearer {TOKEN})")

    client = make(handler)
    assert TOKEN not in repr(client)
    assert "with login" in repr(client)
    with pytest.raises(E.Unauthorized) as info:
        await client.verify_credentials()
    await client.aclose()
    assert TOKEN not in str(info.value)
    assert TOKEN not in repr(info.value)
    assert TOKEN not in caplog.text
    assert re.match(r"Townsfolk/\d", USER_AGENT)


async def test_get_retries_on_502_503_504_then_succeeds() -> None:
    answers = [502, 503, 504]
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if answers:
            return httpx.Response(answers.pop(0), content=HTML_502)
        return json_response(200, ACCOUNT)

    async with make(handler, max_retries=3) as client:
        account = await client.verify_credentials()
    assert account.id == ACCOUNT["id"]
    assert calls == ["GET"] * 4


async def test_get_gives_up_after_max_retries() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        raise httpx.ConnectError("connection refused", request=request)

    async with make(handler, max_retries=2) as client:
        with pytest.raises(E.CannotConnect):
            await client.get_status("1")
    assert calls == 3


async def test_post_is_never_retried_and_always_has_an_idempotency_key() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503, text="busy")

    async with make(handler, max_retries=5) as client:
        with pytest.raises(E.ServerError):
            await client.post_status("hello")
        with pytest.raises(E.ServerError):
            await client.post_status("hello", idempotency_key="my-key-1")
    assert len(seen) == 2
    first_key = seen[0].headers["idempotency-key"]
    assert re.fullmatch(r"[0-9a-f-]{36}", first_key)
    assert seen[1].headers["idempotency-key"] == "my-key-1"


async def test_post_status_sends_every_parameter() -> None:
    seen: dict[str, list[str]] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.update(parse_qs(request.content.decode()))
        return json_response(200, STATUS)

    async with make(handler) as client:
        await client.post_status(
            "hi",
            media_ids=["1", "2"],
            poll=NewPoll(["a", "b"], expires_in=300, multiple=True),
            in_reply_to_id="9",
            sensitive=True,
            spoiler_text="cw",
            visibility="unlisted",
            language="en",
        )
    assert seen["status"] == ["hi"]
    assert seen["media_ids[]"] == ["1", "2"]
    assert seen["poll[options][]"] == ["a", "b"]
    assert seen["poll[expires_in]"] == ["300"]
    assert seen["poll[multiple]"] == ["true"]
    assert seen["sensitive"] == ["true"]
    assert (seen["spoiler_text"], seen["visibility"], seen["language"]) == (
        ["cw"],
        ["unlisted"],
        ["en"],
    )
    assert seen["in_reply_to_id"] == ["9"]


def _limited(reset: str, **extra: str) -> httpx.Response:
    return httpx.Response(
        429,
        json={"error": "Too many requests"},
        headers={
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": reset,
            **extra,
        },
    )


async def test_get_waits_for_rate_limit_reset_then_retries() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 1:
            soon = datetime.now(UTC) + timedelta(milliseconds=200)
            return _limited(soon.isoformat().replace("+00:00", "Z"))
        return json_response(
            200, ACCOUNT, **{"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "299"}
        )

    async with make(handler) as client:
        await client.verify_credentials()
        assert client.rate_limit is not None
        assert client.rate_limit.remaining == 299
    assert calls == 2


async def test_rate_limit_too_far_or_post_raises() -> None:
    far = str(int((datetime.now(UTC) + timedelta(minutes=10)).timestamp()))  # Unix seconds

    async with make(lambda r: _limited(far), rate_limit_max_wait=5) as client:
        with pytest.raises(E.RateLimited) as info:
            await client.verify_credentials()
        assert info.value.retry_after is not None
        assert 500 < info.value.retry_after <= 600
        assert info.value.reset_at is not None
        assert client.rate_limit is not None
        assert client.rate_limit.remaining == 0
    soon = (datetime.now(UTC) + timedelta(seconds=1)).isoformat()
    posts = 0

    def post_handler(request: httpx.Request) -> httpx.Response:
        nonlocal posts
        posts += 1
        return _limited(soon)

    async with make(post_handler) as client:
        with pytest.raises(E.RateLimited):
            await client.post_status("x")
    assert posts == 1


async def test_truncated_and_malformed_bodies_are_bad_response() -> None:
    async with make(lambda r: httpx.Response(200, content=b'{"id": "1", "acc')) as client:
        with pytest.raises(E.BadResponse) as info:
            await client.get_status("1")
        assert info.value.path == "/api/v1/statuses/1"
    html = httpx.Response(200, content=b"<html>hi</html>", headers={"content-type": "text/html"})
    async with make(lambda r: html) as client:
        with pytest.raises(E.BadResponse):
            await client.home_timeline()
    async with make(lambda r: json_response(200, {"not": "a list"})) as client:
        with pytest.raises(E.BadResponse):
            await client.home_timeline()


async def test_timeouts_become_timed_out_and_tls_errors_tls() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    async with make(slow, max_retries=1) as client:
        with pytest.raises(E.TimedOut):
            await client.home_timeline()

    def bad_cert(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(
            "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed", request=request
        )

    async with make(bad_cert, max_retries=0) as client:
        with pytest.raises(E.TlsError):
            await client.home_timeline()


async def test_paging_follows_link_headers_with_caps() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        max_id = int(request.url.params.get("max_id", "100"))
        items = [dict(STATUS, id=str(i)) for i in range(max_id - 1, max(max_id - 11, 0), -1)]
        headers = {}
        if items:
            headers["Link"] = (
                f"<https://town.example/api/v1/timelines/home?max_id={items[-1]['id']}>; "
                f'rel="next", <https://town.example/api/v1/timelines/home?min_id={items[0]["id"]}>;'
                ' rel="prev"'
            )
        return httpx.Response(200, json=items, headers=headers)

    async with make(handler) as client:
        pages = [
            p async for p in iterate_pages(lambda c: client.home_timeline(cursor=c), max_pages=3)
        ]
        assert len(pages) == 3
        assert pages[0].next is not None
        assert pages[0].prev is not None
        assert pages[0].prev.min_id == "99"
        ids = [
            s.id
            async for s in iterate_items(
                lambda c: client.home_timeline(cursor=c), max_pages=100, max_items=25
            )
        ]
        assert len(ids) == 25
        assert len(set(ids)) == 25
        everything = [
            s.id
            async for s in iterate_items(lambda c: client.home_timeline(cursor=c), max_pages=100)
        ]
        assert len(everything) == 99


async def test_home_206_is_partial_success() -> None:
    async with make(lambda r: httpx.Response(206, json=[STATUS])) as client:
        page = await client.home_timeline()
    assert page.partial
    assert [s.id for s in page] == [STATUS["id"]]


async def test_media_upload_polls_while_processing() -> None:
    polls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal polls
        if request.method == "POST":
            assert b'name="description"' in request.content
            assert b"0.50,-0.25" in request.content
            return json_response(202, {"id": "m1", "type": "video", "url": None})
        polls += 1
        if polls < 3:
            return json_response(206, {"id": "m1", "type": "video", "url": None})
        return json_response(200, {"id": "m1", "type": "video", "url": "https://f/m1.mp4"})

    async with make(handler, media_poll_interval=0.0) as client:
        media = await client.upload_media(
            b"data", filename="a.mp4", description="a clip", focus=(0.5, -0.25)
        )
    assert media.url == "https://f/m1.mp4"
    assert polls == 3

    always = json_response(206, {"id": "m1", "type": "video"})
    async with make(
        lambda r: json_response(202, {"id": "m1"}) if r.method == "POST" else always,
        media_poll_interval=0.01,
        media_poll_timeout=0.05,
    ) as client:
        with pytest.raises(E.TimedOut):
            await client.upload_media(b"data", filename="a.mp4")


async def test_instance_falls_back_to_v1_and_detects_misskey() -> None:
    def old(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v2/instance":
            return httpx.Response(404, json={"error": "Not found"})
        return json_response(200, INSTANCE_V1)

    async with make(old) as client:
        instance = await client.instance()
    assert instance.from_v1
    assert instance.registrations.enabled

    def misskey(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/.well-known/nodeinfo":
            return json_response(
                200,
                {
                    "links": [
                        {
                            "rel": "http://nodeinfo.diaspora.software/ns/schema/2.0",
                            "href": "https://elsewhere.example/nodeinfo/2.0",
                        }
                    ]
                },
            )
        if request.url.path == "/nodeinfo/2.0":
            return json_response(200, {"software": {"name": "misskey", "version": "2024.1"}})
        return httpx.Response(
            404, content=b"<html>Not found</html>", headers={"content-type": "text/html"}
        )

    async with make(misskey) as client:
        with pytest.raises(E.NotMastodonCompatible) as info:
            await client.instance()
    assert info.value.software == "misskey"


async def test_capabilities_and_oauth_discovery_fallback() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v2/instance":
            return json_response(200, INSTANCE_V2)
        return httpx.Response(404, content=b"<html>x</html>", headers={"content-type": "text/html"})

    async with make(handler) as client:
        caps = await client.capabilities()
        endpoints = await discover(client)
    assert caps.software == "mastodon"
    assert caps.version == (4, 3, 1)
    assert caps.supports_v2_instance
    assert not caps.supports_pkce  # no discovery document
    assert not endpoints.discovered
    assert endpoints.token == "/oauth/token"


def test_pkce_and_authorize_url() -> None:
    pkce = make_pkce()
    assert 43 <= len(pkce.verifier) <= 128
    expected = base64.urlsafe_b64encode(hashlib.sha256(pkce.verifier.encode()).digest())
    assert pkce.challenge == expected.rstrip(b"=").decode()
    assert pkce.verifier not in repr(pkce)
    assert make_pkce().verifier != pkce.verifier
    url = authorize_url(
        "town.example",
        client_id="cid",
        redirect_uri="http://127.0.0.1:5000/cb",
        state="s1",
        code_challenge=pkce.challenge,
        force_login=True,
        lang="de",
    )
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    assert parts.scheme == "https"
    assert parts.path == "/oauth/authorize"
    assert query["response_type"] == ["code"]
    assert query["code_challenge_method"] == ["S256"]
    assert query["code_challenge"] == [pkce.challenge]
    assert query["scope"] == ["read write follow push"]
    assert (query["state"], query["force_login"], query["lang"]) == (["s1"], ["true"], ["de"])
    assert json.dumps(query)


async def test_defaults_tls_http2_timeouts_and_base_url() -> None:
    import ssl

    import truststore

    async with MastodonClient("mastodon.social") as client:
        assert client.base_url == "https://mastodon.social"
        assert client.server == "mastodon.social"
        assert "anonymous" in repr(client)
        http = client._http
        assert http.timeout.connect == 5.0
        assert http.timeout.read == 10.0
        assert http.headers["user-agent"] == USER_AGENT
        pool = http._transport._pool  # type: ignore[attr-defined]
        assert pool._http2 is True
        context = pool._ssl_context
        assert isinstance(context, truststore.SSLContext)
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname


async def test_with_token_shares_connections_and_keeps_them_open() -> None:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        return json_response(200, ACCOUNT)

    async with make(handler, access_token=None) as anonymous:
        app_client = anonymous.with_token("app-token-123456")
        await app_client.verify_credentials()
        await app_client.aclose()  # must not close the shared connections
        await anonymous.verify_credentials()
    assert seen == ["Bearer app-token-123456", None]


async def test_iteration_stops_when_a_cursor_repeats() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        link = '<https://town.example/api/v1/blocks?max_id=5>; rel="next"'
        return httpx.Response(200, json=[ACCOUNT], headers={"Link": link})

    async with make(handler) as client:
        pages = [p async for p in iterate_pages(lambda c: client.blocks(cursor=c), max_pages=50)]
    assert len(pages) == 2

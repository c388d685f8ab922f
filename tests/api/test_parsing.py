"""Version strings, Link headers, rate-limit resets, capabilities."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from townsfolk.api.capabilities import capabilities_from, parse_version, version_tuple
from townsfolk.api.entities import Instance
from townsfolk.api.pagination import Cursor, parse_link_header
from townsfolk.api.ratelimit import parse_reset, parse_retry_after, rate_limit_from_headers


@pytest.mark.parametrize(
    ("text", "compat", "software", "own"),
    [
        ("4.3.1", (4, 3, 1), None, ""),
        ("4.2.0+glitch", (4, 2, 0), "glitch", "glitch"),
        ("4.2.10+hometown-1.1.1", (4, 2, 10), "hometown", "hometown-1.1.1"),
        ("2.7.2 (compatible; Pleroma 2.6.0)", (2, 7, 2), "pleroma", "2.6.0"),
        ("2.7.2 (compatible; Akkoma 3.10.2)", (2, 7, 2), "akkoma", "3.10.2"),
        ("3.5.3+0.16.0", (3, 5, 3), None, "0.16.0"),
        ("0.15.0+git-ccc", (0, 15, 0), "git", "git-ccc"),
        ("2.8.0 (compatible; Friendica 2024.03)", (2, 8, 0), "friendica", "2024.03"),
        ("3.5.3 (compatible; Pixelfed 0.12.3)", (3, 5, 3), "pixelfed", "0.12.3"),
        ("4.4.0-beta.1", (4, 4, 0), None, ""),
        ("", (0, 0, 0), None, ""),
        ("garbage words here", (0, 0, 0), None, ""),
    ],
)
def test_parse_version(
    text: str, compat: tuple[int, int, int], software: str | None, own: str
) -> None:
    parsed = parse_version(text)
    assert parsed.compat == compat
    assert parsed.software == software
    assert parsed.software_version == own


@given(st.text(max_size=80))
def test_parse_version_never_crashes(text: str) -> None:
    parsed = parse_version(text)
    assert len(parsed.compat) == 3
    assert version_tuple(text) == version_tuple(text)


def _instance(version: str, api: int | None = None) -> Instance:
    return Instance(version=version, api_versions={"mastodon": api} if api else {})


def test_capabilities_for_common_servers() -> None:
    m = capabilities_from(_instance("4.3.1"), "mastodon", "4.3.1")
    assert (m.software, m.version) == ("mastodon", (4, 3, 1))
    assert m.supports_pkce
    assert m.supports_edit
    assert m.supports_markers
    assert m.supports_v2_media
    old = capabilities_from(_instance("3.4.0"), "mastodon", "3.4.0")
    assert not old.supports_pkce
    assert not old.supports_edit
    assert old.supports_markers
    newer = capabilities_from(_instance("4.3.0", api=4), None)
    assert newer.version == (4, 4, 0)
    assert newer.supports_date_of_birth
    glitch = capabilities_from(_instance("4.2.0+glitch"), None)
    assert glitch.software == "mastodon"
    assert glitch.supports_edit
    gts = capabilities_from(_instance("3.5.3+0.16.0"), "gotosocial", "0.16.0")
    assert (gts.software, gts.software_version) == ("gotosocial", "0.16.0")
    assert not gts.supports_edit
    assert not gts.supports_pkce
    pleroma = capabilities_from(_instance("2.7.2 (compatible; Pleroma 2.6.0)"), None)
    assert pleroma.software == "pleroma"
    assert pleroma.supports_edit
    akkoma = capabilities_from(_instance("2.7.2 (compatible; Pleroma 2.5.0+akkoma)"), "akkoma")
    assert akkoma.software == "akkoma"
    friendica = capabilities_from(_instance("2.8.0 (compatible; Friendica 2024.03)"), None)
    assert friendica.software == "friendica"
    assert friendica.supports_edit
    takahe = capabilities_from(_instance("4.0.0"), "takahe", "0.11.0")
    assert not takahe.supports_markers
    assert not takahe.supports_idempotency
    misskey = capabilities_from(None, "misskey", "2024.1.0")
    assert not misskey.mastodon_compatible


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            '<https://m.example/api/v1/timelines/home?max_id=10>; rel="next", '
            '<https://m.example/api/v1/timelines/home?min_id=20>; rel="prev"',
            {"next": "max_id=10", "prev": "min_id=20"},
        ),
        ("<https://a/x?max_id=1>;rel=next", {"next": "max_id=1"}),
        ('<https://a/x?max_id=1>; rel="next last"', {"next": "max_id=1", "last": "max_id=1"}),
        ('<https://a/x?q=a,b&max_id=3>; title="x, y"; rel="next"', {"next": "max_id=3"}),
        ('  <https://a/x?since_id=5> ;  REL = "prev" ', {"prev": "since_id=5"}),
        ("", {}),
        ("garbage, <nope", {}),
        ("<https://a/x?max_id=1>", {}),
    ],
)
def test_parse_link_header(header: str, expected: dict[str, str]) -> None:
    links = parse_link_header(header)
    assert set(links) == set(expected)
    for rel, fragment in expected.items():
        assert fragment in links[rel]


@given(st.text(max_size=200))
def test_link_header_parser_never_crashes(text: str) -> None:
    for rel, url in parse_link_header(text).items():
        assert isinstance(rel, str)
        assert isinstance(url, str)
        Cursor.from_url(url)


def test_cursor_merges_with_request_params() -> None:
    cursor = Cursor.from_url("https://a/api/v1/notifications?max_id=9&types[]=mention")
    assert cursor is not None
    assert cursor.max_id == "9"
    merged = cursor.merge_into([("types[]", "follow"), ("limit", "5"), ("min_id", "1")])
    assert ("limit", "5") in merged
    assert ("max_id", "9") in merged
    assert ("min_id", "1") not in merged
    assert ("types[]", "follow") not in merged
    assert Cursor.older_than("5").max_id == "5"
    assert Cursor.newer_than("6").min_id == "6"
    assert Cursor.from_url("https://a/x") is None


def test_parse_reset_forms() -> None:
    iso = parse_reset("2025-01-02T03:04:05.678901Z")
    assert iso == datetime(2025, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)
    assert parse_reset("2025-01-02T03:04:05.678+01:00") == datetime(
        2025, 1, 2, 2, 4, 5, 678000, tzinfo=UTC
    )
    assert parse_reset("1735787045") == datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert parse_reset("1735787045.5") == datetime(2025, 1, 2, 3, 4, 5, 500000, tzinfo=UTC)
    assert parse_reset("Thu, 02 Jan 2025 03:04:05 GMT") == datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    for bad in ("", "soon", "99999999999999999999999", "2025-99-99T00:00:00Z"):
        assert parse_reset(bad) is None


@given(st.text(max_size=40))
def test_parse_reset_never_crashes(text: str) -> None:
    result = parse_reset(text)
    assert result is None or result.tzinfo is not None


def test_rate_limit_from_headers_and_clock_skew() -> None:
    now = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)
    headers = httpx.Headers(
        {
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": "7",
            "X-RateLimit-Reset": "2025-01-01T12:00:10.000000Z",
        }
    )
    info = rate_limit_from_headers(headers, now)
    assert info is not None
    assert (info.limit, info.remaining) == (300, 7)
    assert info.seconds_until_reset(now) == pytest.approx(10.0)
    # The server's clock is an hour ahead: the wait is still 10 s.
    skewed = httpx.Headers(
        {
            "X-RateLimit-Reset": "2025-01-01T13:00:10Z",
            "Date": "Wed, 01 Jan 2025 13:00:00 GMT",
        }
    )
    info = rate_limit_from_headers(skewed, now)
    assert info is not None
    assert info.seconds_until_reset(now) == pytest.approx(10.0)
    assert rate_limit_from_headers(httpx.Headers({}), now) is None
    assert parse_retry_after("12", now) == 12.0
    assert parse_retry_after("Wed, 01 Jan 2025 12:00:30 GMT", now) == 30.0
    assert now + timedelta(seconds=1) > now

"""Every error class, produced by real server behaviour of the practice town (loopback)."""

from __future__ import annotations

import time
from typing import Any

import pytest

from townsfolk.api import errors as E
from townsfolk.api.client import MastodonClient

from .conftest import ClientFactory


async def test_down_is_cannot_connect(ann: MastodonClient, maple: Any) -> None:
    maple.town.faults.set("down")
    with pytest.raises(E.CannotConnect) as info:
        await ann.home_timeline()
    assert info.value.status is None
    assert maple.domain in info.value.user_message()
    with pytest.raises(E.CannotConnect):
        await ann.post_status("nobody home")
    maple.town.faults.clear()
    assert (await ann.home_timeline()).items


async def test_hang_is_timed_out(make_client: ClientFactory, maple: Any, user_token: Any) -> None:
    client = make_client(maple, user_token(maple.domain, "ann"), timeout=0.3, max_retries=1)
    maple.town.faults.set("hang")
    started = time.monotonic()
    with pytest.raises(E.TimedOut):
        await client.home_timeline()
    assert time.monotonic() - started < 5


async def test_slow_but_in_time_is_fine(make_client: ClientFactory, maple: Any) -> None:
    maple.town.faults.set("slow", delay=0.2)
    client = make_client(maple, timeout=3.0)
    assert (await client.instance()).domain == maple.domain


@pytest.mark.parametrize("code", [500, 502, 503])
async def test_5xx_is_server_error_after_get_retries(
    ann: MastodonClient, maple: Any, code: int
) -> None:
    maple.town.faults.set("status", code=code)
    with pytest.raises(E.ServerError) as info:
        await ann.home_timeline()
    assert info.value.status == code


async def test_one_503_is_retried_by_get_but_not_by_post(ann: MastodonClient, maple: Any) -> None:
    maple.town.faults.set("status", code=503, count=1)
    assert (await ann.home_timeline()).items  # the retry got through
    maple.town.faults.set("status", code=503, count=1)
    with pytest.raises(E.ServerError):
        await ann.post_status("not repeated blindly")
    me = await ann.verify_credentials()
    recent = await ann.account_statuses(me.id, limit=5)
    assert all("not repeated blindly" not in s.content for s in recent.items)


async def test_html_error_page(ann: MastodonClient, maple: Any) -> None:
    maple.town.faults.set("html_error")
    with pytest.raises(E.ServerError) as info:
        await ann.home_timeline()
    assert "<" not in info.value.detail
    maple.town.faults.set("status", code=502, html=True)
    with pytest.raises(E.ServerError):
        await ann.verify_credentials()


async def test_rate_limit_get_waits_and_retries(ann: MastodonClient, maple: Any) -> None:
    maple.town.faults.set("rate_limit", reset_in=0.5, count=1)
    started = time.monotonic()
    page = await ann.home_timeline()
    assert page.items
    assert time.monotonic() - started >= 0.3
    assert ann.rate_limit is not None


async def test_rate_limit_unix_reset_and_too_long(
    make_client: ClientFactory, maple: Any, user_token: Any
) -> None:
    client = make_client(maple, user_token(maple.domain, "ann"), rate_limit_max_wait=1.0)
    maple.town.faults.set("rate_limit", reset_in=20.0, unix_reset=True)
    with pytest.raises(E.RateLimited) as info:
        await client.home_timeline()
    assert info.value.retry_after is not None
    assert 10 < info.value.retry_after <= 21
    assert client.rate_limit is not None
    assert client.rate_limit.remaining == 0


async def test_rate_limit_post_raises(ann: MastodonClient, maple: Any) -> None:
    maple.town.faults.set("rate_limit", reset_in=0.5, count=1)
    with pytest.raises(E.RateLimited) as info:
        await ann.post_status("too fast")
    assert info.value.reset_at is not None


@pytest.mark.parametrize("kind", ["malformed_json", "truncated"])
async def test_broken_bodies_are_bad_response(ann: MastodonClient, maple: Any, kind: str) -> None:
    maple.town.faults.set(kind)
    with pytest.raises(E.BadResponse):
        await ann.home_timeline()
    with pytest.raises(E.BadResponse):
        await ann.verify_credentials()


async def test_fault_limited_to_some_paths(ann: MastodonClient, maple: Any) -> None:
    maple.town.faults.set("status", code=500, paths="/api/v1/timelines/*")
    with pytest.raises(E.ServerError):
        await ann.home_timeline()
    assert (await ann.verify_credentials()).username == "ann"


async def test_bad_token_is_unauthorized(make_client: ClientFactory, maple: Any) -> None:
    client = make_client(maple, "not-a-real-token-1234567")
    with pytest.raises(E.Unauthorized) as info:
        await client.verify_credentials()
    assert "not-a-real-token-1234567" not in str(info.value)
    assert "log in again" in info.value.user_message()
    with pytest.raises(E.Unauthorized):
        await make_client(maple).home_timeline()  # no token at all


async def test_unknown_id_is_not_found(ann: MastodonClient) -> None:
    with pytest.raises(E.NotFound):
        await ann.get_status("123456789")
    with pytest.raises(E.NotFound):
        await ann.favourite("123456789")


async def test_misskey_is_not_mastodon_compatible(make_client: ClientFactory, maple: Any) -> None:
    maple.town.flavour = "misskey"
    client = make_client(maple)
    with pytest.raises(E.NotMastodonCompatible) as info:
        await client.instance()
    assert info.value.software == "misskey"
    assert "Misskey" in info.value.user_message()
    with pytest.raises(E.NotMastodonCompatible):
        await client.capabilities()

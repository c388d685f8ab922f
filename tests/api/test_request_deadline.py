"""Every request has a total deadline, not only httpx's per-phase timeouts.

A town that drips its answer one byte at a time never trips a read timeout; the deadline ends
the request anyway, as ``TimedOut``. When the request certainly never left (no connection was
made in time), the error says so (caused by ``httpx.ConnectTimeout``); otherwise a POST past
its deadline may have arrived. Real sockets: the practice town on loopback with its ``drip``
fault, and a silent TCP listener that never finishes a TLS handshake.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from PIL import Image

from tests.services.test_outbox_support import eventually
from townsfolk.api import errors as E
from townsfolk.api.client import DEFAULT_DEADLINE, UPLOAD_DEADLINE, MastodonClient
from townsfolk.api.http import watch_requests

from .conftest import ClientFactory

GUARD = 15.0  # a test that would hang without the deadline fails after this instead


def posts_with(place: Any, text: str) -> list[Any]:
    world = place.town.world
    with world.lock:
        return [p for p in world.posts.values() if p.text == text and not p.deleted]


@contextlib.asynccontextmanager
async def silent_listener() -> AsyncIterator[int]:
    """A TCP port on 127.0.0.1 that accepts connections and never says a word."""
    writers: list[asyncio.StreamWriter] = []

    async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writers.append(writer)
        with contextlib.suppress(ConnectionError):
            while await reader.read(65536):
                pass

    server = await asyncio.start_server(accept, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        for writer in writers:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
        await server.wait_closed()


def test_sensible_defaults() -> None:
    client = MastodonClient("https://example.town")
    assert client.deadline == DEFAULT_DEADLINE == 30.0
    assert client.upload_deadline == UPLOAD_DEADLINE
    assert UPLOAD_DEADLINE > DEFAULT_DEADLINE
    shared = client.with_token("x")
    assert (shared.deadline, shared.upload_deadline) == (client.deadline, client.upload_deadline)


async def test_dripping_answer_ends_at_the_deadline(
    make_client: ClientFactory, maple: Any, user_token: Any
) -> None:
    # The read timeout (5 s) never fires: a byte comes every 0.2 s.
    client = make_client(
        maple, user_token(maple.domain, "ann"), timeout=5.0, deadline=1.5, max_retries=0
    )
    maple.town.faults.set("drip", delay=0.2)
    async with asyncio.timeout(GUARD):
        with pytest.raises(E.TimedOut) as caught:
            await client.home_timeline()
    error = caught.value
    assert error.server == maple.domain
    assert error.status is None
    assert "taking too long" in error.user_message()
    assert "Nothing was lost" in error.user_message()
    assert not isinstance(error.__cause__, httpx.ConnectTimeout)  # it had left

    maple.town.faults.clear()  # the same client works again at once
    assert (await client.home_timeline()).items


async def test_dripping_answer_to_a_post_may_have_arrived(
    make_client: ClientFactory, maple: Any, user_token: Any
) -> None:
    client = make_client(maple, user_token(maple.domain, "ann"), timeout=5.0, deadline=1.5)
    maple.town.faults.set("drip", delay=0.2, paths="/api/v1/statuses")
    async with asyncio.timeout(GUARD):
        with pytest.raises(E.TimedOut) as caught:
            await client.post_status("Dripping slowly", idempotency_key="drip-1")
    # The town made the post; only its answer was slow: the caller must look before resending.
    assert not isinstance(caught.value.__cause__, httpx.ConnectTimeout | httpx.PoolTimeout)
    assert len(posts_with(maple, "Dripping slowly")) == 1


async def test_deadline_before_the_request_left_says_so() -> None:
    """A TLS handshake that never finishes: the request itself never left."""
    async with silent_listener() as port:
        client = MastodonClient(
            f"https://127.0.0.1:{port}", access_token="secret-token", timeout=10.0, deadline=0.5
        )
        try:
            async with asyncio.timeout(GUARD):
                with pytest.raises(E.TimedOut) as caught:
                    await client.post_status("never left", idempotency_key="k")
        finally:
            await client.aclose()
    assert isinstance(caught.value.__cause__, httpx.ConnectTimeout)
    assert "secret-token" not in str(caught.value)


async def test_a_request_that_hangs_after_leaving_is_not_certain(
    make_client: ClientFactory, maple: Any, user_token: Any
) -> None:
    client = make_client(maple, user_token(maple.domain, "ann"), timeout=10.0, deadline=1.5)
    maple.town.faults.set("hang", paths="/api/v1/statuses")
    async with asyncio.timeout(GUARD):
        with pytest.raises(E.TimedOut) as caught:
            await client.post_status("on its way", idempotency_key="hang-1")
    assert not isinstance(caught.value.__cause__, httpx.ConnectTimeout)


async def test_get_retries_that_do_not_fit_are_skipped(
    make_client: ClientFactory, maple: Any, user_token: Any
) -> None:
    # Without the deadline, the retry after 5 s would get through (the 503 happens once).
    client = make_client(
        maple, user_token(maple.domain, "ann"), deadline=2.0, retry_backoff=5.0, max_retries=2
    )
    maple.town.faults.set("status", code=503, count=1)
    with pytest.raises(E.ServerError):
        await client.home_timeline()
    # With room for the retry, it is made.
    roomy = make_client(
        maple, user_token(maple.domain, "ann"), deadline=10.0, retry_backoff=0.05, max_retries=2
    )
    maple.town.faults.set("status", code=503, count=1)
    assert (await roomy.home_timeline()).items


async def test_uploads_have_their_own_longer_deadline(
    make_client: ClientFactory, maple: Any, user_token: Any
) -> None:
    client = make_client(maple, user_token(maple.domain, "ann"), deadline=0.2, upload_deadline=10.0)
    maple.town.faults.set("slow", delay=0.5)
    picture = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 100, 0)).save(picture, "PNG")
    media = await client.upload_media(picture.getvalue(), filename="a.png", wait=False)
    assert media.id
    with pytest.raises(E.TimedOut):
        await client.verify_credentials()


async def test_no_deadline_when_asked(
    make_client: ClientFactory, maple: Any, user_token: Any
) -> None:
    client = make_client(maple, user_token(maple.domain, "ann"), deadline=None)
    maple.town.faults.set("slow", delay=0.3)
    assert (await client.verify_credentials()).username == "ann"


async def test_in_process_town_gets_a_deadline_too(practice: Any) -> None:
    """Through ``httpx.ASGITransport`` nothing is known about connections, so a POST past the
    deadline counts as possibly arrived."""
    world = practice.world
    town = world.towns[0]
    transport = httpx.ASGITransport(app=world.asgi_app())
    client = MastodonClient(
        f"http://{town.domain}", transport=transport, deadline=0.3, server_name=town.domain
    )
    town.faults.set("drip", delay=0.1)
    try:
        async with asyncio.timeout(GUARD):
            with pytest.raises(E.TimedOut) as caught:
                await client.instance()
        assert not isinstance(caught.value.__cause__, httpx.ConnectTimeout)
    finally:
        town.faults.clear()
        await client.aclose()


async def test_giving_up_during_a_tls_handshake_closes_the_connection() -> None:
    """httpcore leaves a connection open when its TLS handshake is cancelled; the client
    closes it (the test's garbage collection would report an unclosed socket otherwise)."""
    async with silent_listener() as port:
        client = MastodonClient(f"https://127.0.0.1:{port}", timeout=10.0, deadline=None)
        try:
            with watch_requests() as watch:
                request = asyncio.get_running_loop().create_task(client.instance())
                await eventually(lambda: watch.connecting_now, GUARD)
                assert not watch.may_have_left  # still connecting: nothing has left
                request.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await request
        finally:
            await client.aclose()


async def test_watch_says_when_a_request_has_left(
    make_client: ClientFactory, maple: Any, user_token: Any
) -> None:
    client = make_client(maple, user_token(maple.domain, "ann"))
    with watch_requests() as watch:
        assert not watch.may_have_left
        await client.verify_credentials()
        assert watch.may_have_left
    with watch_requests() as other:
        assert not other.may_have_left

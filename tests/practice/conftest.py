"""In-process helpers for the practice-town tests."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from townsfolk.practice import PracticeServer, World

InProcess = Callable[..., httpx.AsyncClient]


@pytest.fixture
def world(practice: PracticeServer) -> World:
    """The session world, freshly reset."""
    return practice.world


@pytest.fixture
async def inproc(world: World) -> AsyncIterator[InProcess]:
    """``inproc("maple.practice", token=None)`` -> an AsyncClient talking to the ASGI app."""
    clients: list[httpx.AsyncClient] = []
    app = world.asgi_app()

    def make(
        domain: str = "maple.practice", token: str | None = None, **kw: Any
    ) -> httpx.AsyncClient:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app), base_url=f"http://{domain}", headers=headers, **kw
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


def next_link(response: httpx.Response) -> str | None:
    for part in response.headers.get("link", "").split(","):
        if 'rel="next"' in part:
            return part.split(";")[0].strip().strip("<>")
    return None


def prev_link(response: httpx.Response) -> str | None:
    for part in response.headers.get("link", "").split(","):
        if 'rel="prev"' in part:
            return part.split(";")[0].strip().strip("<>")
    return None

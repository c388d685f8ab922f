"""Helpers for the API tests that run against the practice town over loopback sockets."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from townsfolk.api.client import MastodonClient

ClientFactory = Callable[..., MastodonClient]


@pytest.fixture
async def make_client(practice: Any) -> AsyncIterator[ClientFactory]:
    """`make_client(place, token=None, **options)` -> a MastodonClient on a practice town
    (no backoff delays); every client is closed after the test."""
    clients: list[MastodonClient] = []

    def factory(place: Any, token: str | None = None, **options: Any) -> MastodonClient:
        options.setdefault("retry_backoff", 0.0)
        options.setdefault("media_poll_interval", 0.02)
        options.setdefault("server_name", place.domain)
        client = MastodonClient(place.base_url, access_token=token, **options)
        clients.append(client)
        return client

    yield factory
    for client in clients:
        await client.aclose()


@pytest.fixture
def ann(make_client: ClientFactory, maple: Any, user_token: Any) -> MastodonClient:
    """Ann, logged in on maple.practice."""
    return make_client(maple, user_token(maple.domain, "ann"))


@pytest.fixture
def bob(make_client: ClientFactory, maple: Any, user_token: Any) -> MastodonClient:
    """Bob, logged in on maple.practice."""
    return make_client(maple, user_token(maple.domain, "bob"))

"""Fixtures that serve practice towns on 127.0.0.1 (owned by the practice-town work).

- ``practice_world`` (session): the World (two towns, seed 1).
- ``practice_server`` (session): a running PracticeServer for it, started once.
- ``practice`` (function): the same server after ``world.reset()`` (faults cleared too).
- ``maple`` / ``harbour`` (function): ``PracticeTown(town, base_url, domain)``.
- ``user_token(town_domain, username="ann")``: a user token for a seeded person.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from townsfolk.practice import PracticeServer, Town, World


@dataclass(frozen=True)
class PracticeTown:
    town: Town
    base_url: str
    domain: str


@pytest.fixture(scope="session")
def practice_world() -> World:
    return World.seeded(towns=2, seed=1)


@pytest.fixture(scope="session")
def practice_server(practice_world: World) -> Iterator[PracticeServer]:
    server = PracticeServer(practice_world)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def practice(practice_server: PracticeServer) -> Iterator[PracticeServer]:
    practice_server.world.reset()
    try:
        yield practice_server
    finally:
        # Leave no fault behind (a town left "down" would refuse the next test's first call).
        for town in practice_server.world.towns:
            town.faults.clear()


def _handle(server: PracticeServer, domain: str) -> PracticeTown:
    town = server.world.town(domain)
    return PracticeTown(town=town, base_url=server.base_url(domain), domain=town.domain)


@pytest.fixture
def maple(practice: PracticeServer) -> PracticeTown:
    return _handle(practice, "maple.practice")


@pytest.fixture
def harbour(practice: PracticeServer) -> PracticeTown:
    return _handle(practice, "harbour.practice")


@pytest.fixture
def user_token(practice: PracticeServer) -> Callable[..., str]:
    def make(
        town_domain: str, username: str = "ann", scopes: str = "read write follow push"
    ) -> str:
        return practice.world.town(town_domain).create_token(username, scopes)

    return make

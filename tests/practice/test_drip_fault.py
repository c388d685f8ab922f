"""The practice town's "drip" fault: the town does what was asked, then sends its answer one
byte at a time; changing the fault sends the rest at once. Served on a real loopback socket."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.fixtures_practice import PracticeTown


def test_drip_sends_one_byte_at_a_time_until_cleared(maple: PracticeTown) -> None:
    maple.town.faults.set("drip", delay=0.2, paths="/api/v1/instance")
    assert maple.town.faults.current is not None
    assert maple.town.faults.current.describe() == {
        "kind": "drip",
        "paths": "/api/v1/instance",
        "delay": 0.2,
    }
    with (
        httpx.Client(base_url=maple.base_url, timeout=10.0) as client,
        client.stream("GET", "/api/v1/instance") as response,
    ):
        assert response.status_code == 200
        pieces = response.iter_raw()
        first = b"".join(next(pieces) for _ in range(3))
        assert first.startswith(b'{"')
        assert len(first) < 10  # a byte at a time (two could meet on a very busy machine)
        maple.town.faults.clear()  # the rest comes at once
        rest = b"".join(pieces)
    assert len(rest) > 100
    assert json.loads(first + rest)["uri"] == maple.domain


def test_drip_fault_needs_a_delay(maple: PracticeTown) -> None:
    with pytest.raises(ValueError, match="delay"):
        maple.town.faults.set("drip", delay=0)


def test_drip_from_the_admin_endpoint(maple: PracticeTown) -> None:
    with httpx.Client(base_url=maple.base_url) as client:
        answer = client.post("/_practice/faults", json={"kind": "drip", "delay": 0.2}).json()
    assert answer["fault"] == {"kind": "drip", "paths": None, "delay": 0.2}

"""services.lookahead: answers up to the first failure; the first one's failure is raised."""

from __future__ import annotations

import pytest

from townsfolk.services.lookahead import look_ahead


async def test_answers_are_kept_up_to_the_first_failure() -> None:
    async def lookup(j: int) -> str:
        if j == 4:
            raise LookupError(j)
        return f"answer {j}"

    found: dict[int, str] = {}
    await look_ahead(2, 7, lookup, found)
    assert found == {2: "answer 2", 3: "answer 3"}  # 5 and 6 wait for their turn


async def test_the_first_ones_failure_is_raised() -> None:
    async def lookup(j: int) -> str:
        if j == 0:
            raise LookupError("the town did not answer")
        return "fine"

    found: dict[int, str] = {}
    with pytest.raises(LookupError, match="did not answer"):
        await look_ahead(0, 3, lookup, found)
    assert found == {}

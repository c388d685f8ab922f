"""A practice account that has moved behaves as a moved Mastodon account: its own token is
refused wherever Mastodon's ``require_user!`` asks ``User#functional?`` (false once
``moved_to_account_id`` is set), and public reading with the token still works."""

from __future__ import annotations

import pytest

from townsfolk.practice import World, moves

from .conftest import InProcess

DISABLED = {"error": "Your login is currently disabled"}

# What a moved account can no longer do (each needs a working user on Mastodon).
REFUSED = [
    ("GET", "/api/v1/accounts/verify_credentials", None),
    ("GET", "/api/v1/accounts/relationships?id[]=1", None),
    ("GET", "/api/v1/blocks", None),
    ("GET", "/api/v1/mutes", None),
    ("GET", "/api/v1/domain_blocks", None),
    ("POST", "/api/v1/domain_blocks", {"domain": "spam.example"}),
    ("GET", "/api/v1/bookmarks", None),
    ("GET", "/api/v1/lists", None),
    ("POST", "/api/v1/lists", {"title": "Friends"}),
    ("GET", "/api/v1/follow_requests", None),
    ("GET", "/api/v1/timelines/home", None),
    ("GET", "/api/v1/notifications", None),
    ("POST", "/api/v1/statuses", {"status": "still here?"}),
]


@pytest.mark.parametrize(("method", "path", "data"), REFUSED)
async def test_a_moved_account_is_refused_where_a_working_login_is_needed(
    inproc: InProcess, world: World, method: str, path: str, data: dict[str, str] | None
) -> None:
    maple = world.town("maple.practice")
    harbour = world.town("harbour.practice")
    token = maple.create_token("ann")
    with world.lock:
        ann = maple.person("ann").key
        jonas = harbour.person("jonas").key
    client = inproc(token=token)
    before = await client.request(method, path, data=data)
    assert before.status_code == 200, before.text
    with moves.moved(world, ann, jonas):
        after = await client.request(method, path, data=data)
        assert (after.status_code, after.json()) == (403, DISABLED)


async def test_a_moved_account_still_reads_what_needs_no_working_login(
    inproc: InProcess, world: World
) -> None:
    maple = world.town("maple.practice")
    harbour = world.town("harbour.practice")
    token = maple.create_token("ann")
    with world.lock:
        ann = maple.person("ann").key
        jonas = harbour.person("jonas").key
    client = inproc(token=token)
    with moves.moved(world, ann, jonas):
        me = await client.get("/api/v1/accounts/lookup", params={"acct": "ann"})
        assert me.status_code == 200
        assert me.json()["moved"]["acct"] == "jonas@harbour.practice"
        own = me.json()["id"]
        for path in (
            f"/api/v1/accounts/{own}",
            f"/api/v1/accounts/{own}/statuses",
            f"/api/v1/accounts/{own}/following",
            f"/api/v1/accounts/{own}/followers",
            "/api/v1/timelines/public",
            "/api/v2/instance",
        ):
            r = await client.get(path)
            assert r.status_code == 200, (path, r.text)
        # Someone else's token is not touched by ann's move.
        bob = inproc(token=maple.create_token("bob"))
        assert (await bob.get("/api/v1/blocks")).status_code == 200

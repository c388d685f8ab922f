"""The practice towns' own pages for moving a whole account, walked as a person would: log in,
add the old address as an alias on the new town, move on the old town, download the files."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import httpx
import pytest

from townsfolk.practice import World, moves

from .conftest import InProcess


@pytest.fixture
def clean_moves(world: World) -> Iterator[None]:
    yield
    moves.clear_moves(world)


async def _log_in(client: httpx.AsyncClient, path: str, username: str, password: str) -> None:
    r = await client.post(path, data={"username": username, "password": password})
    assert r.status_code == 200, r.text
    assert "You are logged in as" in r.text


async def test_a_whole_move_by_hand_on_the_towns_pages(
    inproc: InProcess, world: World, clean_moves: None
) -> None:
    maple, harbour = world.town("maple.practice"), world.town("harbour.practice")
    with world.lock:
        ann, jonas = maple.person("ann"), harbour.person("jonas")
        follower = next(iter(world.graph.followers.get(ann.key, {})), None)
    assert follower is not None
    old_town, new_town = inproc("maple.practice"), inproc("harbour.practice")
    app_token = maple.create_token("ann")

    # Every page asks to log in first; a wrong password is said plainly.
    for path in ("/settings/aliases", "/settings/migration", "/settings/export"):
        r = await old_town.get(path)
        assert r.status_code == 200, (path, r.status_code)
        assert "Log in to" in r.text
        assert "name='password'" in r.text
    r = await old_town.post("/settings/migration", data={"username": "ann", "password": "no"})
    assert r.status_code == 401
    assert "do not match" in r.text

    # The move is refused while the new account does not list the old one as an alias.
    await _log_in(old_town, "/settings/migration", "ann", ann.password)
    r = await old_town.post(
        "/settings/migration",
        data={"acct": "@jonas@harbour.practice", "current_password": ann.password},
    )
    assert r.status_code == 422
    assert "does not list this account as an alias yet" in r.text
    assert moves.moved_to(world, ann.key) is None

    # Step 1 on the new town: "also known as" the old address.
    await _log_in(new_town, "/settings/aliases", "jonas", jonas.password)
    r = await new_town.post("/settings/aliases", data={"acct": "@nobody@maple.practice"})
    assert r.status_code == 422
    assert "could not be found" in r.text
    r = await new_town.post("/settings/aliases", data={"acct": "@ann@maple.practice"})
    assert r.status_code == 200
    assert "<li>@ann@maple.practice</li>" in r.text
    assert moves.aliases(world, jonas.key) == [ann.key]

    # Step 2 on the old town: the password is needed, then the account moves.
    r = await old_town.post(
        "/settings/migration",
        data={"acct": "@jonas@harbour.practice", "current_password": "wrong"},
    )
    assert r.status_code == 422
    assert "password is not right" in r.text
    r = await old_town.post(
        "/settings/migration",
        data={"acct": "@jonas@harbour.practice", "current_password": ann.password},
    )
    assert r.status_code == 200
    assert "has moved to @jonas@harbour.practice" in r.text
    assert moves.moved_to(world, ann.key) == jonas.key

    # What apps see: "moved" on the old account, its login refused, followers moved over.
    api = inproc("maple.practice", token=app_token)
    me = (await api.get("/api/v1/accounts/lookup", params={"acct": "ann"})).json()
    assert me["moved"]["acct"] == "jonas@harbour.practice"
    assert (await api.get("/api/v1/accounts/verify_credentials")).status_code == 403
    with world.lock:
        asked = follower in world.graph.requests.get(jonas.key, {})  # jonas may approve first
        assert world.follows(follower, jonas.key) or asked
        assert not world.follows(follower, ann.key)

    # The export files still come after the move.
    r = await old_town.get("/settings/export")
    assert r.status_code == 200
    assert "/settings/exports/follows.csv" in r.text
    r = await old_town.get("/settings/exports/follows.csv")
    assert r.status_code == 200
    assert 'filename="following_accounts.csv"' in r.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == ["Account address", "Show boosts", "Notify on new posts", "Languages"]
    with world.lock:
        followed = {f"{world.people[pk].username}@{world.people[pk].home}"
                    for pk in world.graph.following.get(ann.key, {})}  # fmt: skip
    assert {row[0] for row in rows[1:]} == followed
    assert all("@" in row[0] for row in rows[1:])  # local people as user@town too
    r = await old_town.get("/settings/exports/nothing.csv")
    assert r.status_code == 404


async def test_export_files_have_mastodons_shapes(
    inproc: InProcess, world: World, clean_moves: None
) -> None:
    maple = world.town("maple.practice")
    api = inproc("maple.practice", token=maple.create_token("ann"))
    eli = (await api.get("/api/v1/accounts/lookup", params={"acct": "eli"})).json()["id"]
    fatima = (await api.get("/api/v1/accounts/lookup", params={"acct": "fatima"})).json()["id"]
    assert (await api.post(f"/api/v1/accounts/{eli}/block")).status_code == 200
    r = await api.post(f"/api/v1/accounts/{fatima}/mute", data={"notifications": "false"})
    assert r.status_code == 200
    r = await api.post("/api/v1/domain_blocks", data={"domain": "spam.example"})
    assert r.status_code == 200
    web = inproc("maple.practice")
    with world.lock:
        password = maple.person("ann").password
    await _log_in(web, "/settings/export", "ann", password)
    blocks = (await web.get("/settings/exports/blocks.csv")).text.splitlines()
    assert "eli@maple.practice" in blocks
    mutes = list(csv.reader(io.StringIO((await web.get("/settings/exports/mutes.csv")).text)))
    assert mutes[0] == ["Account address", "Hide notifications"]
    assert ["fatima@maple.practice", "false"] in mutes
    domains = (await web.get("/settings/exports/domain_blocks.csv")).text.splitlines()
    assert "spam.example" in domains


async def test_a_one_time_sign_in_works_once_on_its_own_town_and_fills_in_the_password(
    inproc: InProcess, world: World
) -> None:
    """The app's practice mode opens these pages signed in (``web_session.one_time_sign_in``);
    a session begun with the form gets no password filled in."""
    from townsfolk.practice.routes import web_session

    maple = world.town("maple.practice")
    with world.lock:
        ann = maple.person("ann")
    token = web_session.one_time_sign_in(maple, ann.key)
    # Not on another town.
    r = await inproc("harbour.practice").get(f"/settings/migration?sign_in={token}")
    assert "Log in to" in r.text
    old_town = inproc("maple.practice")
    r = await old_town.get(f"/settings/migration?sign_in={token}")
    assert "You are logged in as @ann@maple.practice." in r.text, r.text
    assert f"value='{ann.password}'" in r.text
    assert "Townsfolk has filled in your password" in r.text
    # Once only: another browser with the same address must log in.
    other = inproc("maple.practice")
    r = await other.get(f"/settings/migration?sign_in={token}")
    assert "Log in to" in r.text
    # A session begun with the log-in form: nothing filled in.
    await _log_in(other, "/settings/migration", "ann", ann.password)
    r = await other.get("/settings/migration")
    assert "value=" not in r.text.split("current_password")[1].split(">")[0]
    # A token not used in time no longer works.
    late = web_session.one_time_sign_in(maple, ann.key, seconds=-1)
    r = await inproc("maple.practice").get(f"/settings/aliases?sign_in={late}")
    assert "Log in to" in r.text

"""The hostile practice town (practice/hostile.py): its attacks travel through the real API as
they were written, and a reset takes them all away again."""

from __future__ import annotations

from townsfolk.practice import World
from townsfolk.practice.hostile import (
    BAD_URLS,
    DEV_ZERO,
    ESCAPED_BOX,
    LIVE_BOX,
    RTL_NAME,
    add_hostile_text,
)

from .conftest import InProcess

MAPLE = "maple.practice"


async def test_hostile_people_posts_and_notifications_reach_the_api(
    inproc: InProcess, world: World
) -> None:
    hostile = add_hostile_text(world, MAPLE, target="ann", town_text=True)
    token = world.town(MAPLE).create_token("ann", "read write follow")
    api = inproc(MAPLE, token)

    home = (await api.get("/api/v1/timelines/home", params={"limit": 40})).json()
    by_id = {post["id"]: post for post in home}
    for role in ("links", "images", "fakebox", "spoiler", "card", "poll", "alt", "video"):
        assert hostile.posts[role] in by_id, role
    names = {post["account"]["display_name"] for post in home}
    assert {DEV_ZERO, RTL_NAME} <= names

    links = by_id[hostile.posts["links"]]["content"]
    for url in BAD_URLS:
        assert f'href="{url}"' in links
    assert by_id[hostile.posts["fakebox"]]["content"] == f"<p>{ESCAPED_BOX}</p>"
    assert by_id[hostile.posts["spoiler"]]["spoiler_text"] == DEV_ZERO
    card = by_id[hostile.posts["card"]]["card"]
    assert (card["title"], card["url"]) == (DEV_ZERO, "file:///etc/passwd")
    options = by_id[hostile.posts["poll"]]["poll"]["options"]
    assert options[0]["title"] == DEV_ZERO
    assert by_id[hostile.posts["alt"]]["media_attachments"][0]["description"] == DEV_ZERO
    videos = by_id[hostile.posts["video"]]["media_attachments"]
    assert [(m["type"], m["url"]) for m in videos] == [
        ("video", "file:///etc/passwd"),
        ("audio", "smb://evil.example/share/song.mp3"),
        ("gifv", "javascript:alert(1)"),
    ]

    person = (await api.get("/api/v1/accounts/lookup", params={"acct": "devzero"})).json()
    assert person["display_name"] == DEV_ZERO
    assert ESCAPED_BOX in person["note"]
    assert person["fields"][0]["name"] == "<img src=/dev/zero>"

    notes = (await api.get("/api/v1/notifications", params={"limit": 40})).json()
    kinds = {(n["type"], n["account"]["display_name"]) for n in notes}
    assert ("follow", RTL_NAME) in kinds
    assert ("favourite", DEV_ZERO) in kinds
    assert ("mention", RTL_NAME) in kinds
    assert any(kind == "follow_request" for kind, _ in kinds)

    instance = (await api.get("/api/v2/instance")).json()
    assert instance["title"] == DEV_ZERO
    rules = (await api.get("/api/v1/instance/rules")).json()
    assert rules[0]["text"] == DEV_ZERO
    assert rules[0]["hint"] == LIVE_BOX


async def test_a_reset_takes_the_attacks_away(inproc: InProcess, world: World) -> None:
    title = world.town(MAPLE).title
    add_hostile_text(world, MAPLE, town_text=True)
    world.reset()
    town = world.town(MAPLE)
    assert town.title == title
    assert DEV_ZERO not in {rule for rule, _ in town.rules}
    assert world.lookup("devzero", MAPLE, MAPLE) is None
    instance = (await inproc(MAPLE).get("/api/v2/instance")).json()
    assert instance["title"] == title


def test_adding_twice_reuses_the_people(world: World) -> None:
    first = add_hostile_text(world, MAPLE)
    second = add_hostile_text(world, MAPLE)
    assert first.people == second.people
    assert first.posts["links"] != second.posts["links"]

"""The practice town's notifications carry Mastodon 4.3's ``group_key``: favourites and boosts
of one post, and follows, share a key while the group spans less than 12 hours; every other
kind is ``ungrouped-<id>``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from townsfolk.practice import World
from townsfolk.practice.model import Notification
from townsfolk.practice.render import group_keys

from ..services.notification_news import make_news


def test_a_group_goes_on_from_its_first_hour_for_twelve_hours(world: World) -> None:
    town = world.town("maple.practice")
    ann = world.handles[("maple.practice", "ann")]
    post = world.create_post(ann, "A teapot")
    start = datetime(2026, 12, 4, 0, 30, tzinfo=UTC)

    def note(n: int, kind: str, hours: float, post_key: int | None = post.key) -> Notification:
        return Notification(n, kind, ann, post_key, start + timedelta(hours=hours))

    notes = [
        note(1, "favourite", 0),
        note(2, "favourite", 11),  # same group: less than 12 hours after its first hour
        note(3, "favourite", 12.25),  # 12:45, hour 12 after its first: a new group
        note(4, "reblog", 1),  # another kind: its own group
        note(5, "follow", 2, None),
        note(6, "follow", 3, None),
        note(7, "mention", 4),
        note(8, "follow_request", 5, None),
    ]
    keys = group_keys(town, notes)
    post_id = town.learn_post(post)
    first = int(start.timestamp()) // 3600
    assert keys[1] == keys[2] == f"favourite-{post_id}-{first}"
    assert keys[3] == f"favourite-{post_id}-{first + 12}"
    assert keys[4] == f"reblog-{post_id}-{first + 1}"
    assert keys[5] == keys[6] == f"follow-{first + 2}"
    assert keys[7] == "ungrouped-7"
    assert keys[8] == "ungrouped-8"


async def test_the_list_sends_the_keys(
    world: World,
    inproc,
) -> None:
    make_news(world)
    token = world.town("maple.practice").create_token("ann", "read")
    async with inproc(token=token) as client:
        answer = await client.get("/api/v1/notifications", params={"limit": 40})
    notes = answer.json()
    favourites = {n["group_key"] for n in notes if n["type"] == "favourite"}
    news = [
        n
        for n in notes
        if n["type"] == "favourite" and n["status"]["content"] == "<p>My new teapot</p>"
    ]
    assert len(news) == 4
    assert len({n["group_key"] for n in news}) == 1
    assert news[0]["group_key"].startswith(f"favourite-{news[0]['status']['id']}-")
    assert len(favourites) > 1  # other posts, other groups
    for n in notes:
        if n["type"] in ("mention", "poll", "update", "follow_request", "status"):
            assert n["group_key"] == f"ungrouped-{n['id']}"

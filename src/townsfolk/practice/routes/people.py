"""Practice town routes: people to follow (suggestions) and the town's profile directory."""

from __future__ import annotations

from starlette.responses import Response

from townsfolk.practice.model import Person
from townsfolk.practice.routes.base import Ctx, api


def _locals(ctx: Ctx) -> list[Person]:
    """The town's own people who can be seen (not the viewer, not disabled or unconfirmed)."""
    me = ctx.vkey
    return [
        person
        for person in ctx.world.people.values()
        if person.home == ctx.town.domain and person.functional and person.key != me
    ]


def _suggested(ctx: Ctx) -> list[Person]:
    """Local people the viewer does not follow (nor asked to), most followed first."""
    graph = ctx.world.graph
    mine = graph.following.get(ctx.me.key, {})
    people = [
        p
        for p in _locals(ctx)
        if p.key not in mine
        and ctx.me.key not in graph.requests.get(p.key, {})
        and p.key not in ctx.me.blocks
        and ctx.me.key not in p.blocks
    ]
    people.sort(key=lambda p: (-len(graph.followers.get(p.key, {})), p.username))
    return people


@api("/api/v2/suggestions", auth="user", scope="read")
def suggestions_v2(ctx: Ctx) -> Response:
    people = _suggested(ctx)[: ctx.limit(40, 80)]
    parts = [
        b'{"source":"global","sources":["most_followed"],"account":' + ctx.account(p) + b"}"
        for p in people
    ]
    return ctx.raw(b"[" + b",".join(parts) + b"]")


@api("/api/v1/suggestions", auth="user", scope="read")
def suggestions_v1(ctx: Ctx) -> Response:
    return ctx.accounts(_suggested(ctx)[: ctx.limit(40, 80)])


@api("/api/v1/directory")
def directory(ctx: Ctx) -> Response:
    """``local``: only the town's own people; ``order``: "active" (latest post first) or
    "new" (newest account first); ``offset``/``limit`` page it."""
    p = ctx.params
    if p.bool("local"):
        people = _locals(ctx)
    else:
        people = [
            person
            for person in ctx.world.people.values()
            if person.functional and person.key != ctx.vkey
        ]
    if p.get("order") == "new":
        people.sort(key=lambda x: (x.created_at, x.key), reverse=True)
    else:
        people.sort(
            key=lambda x: (x.last_status_at is not None, x.last_status_at or x.created_at, x.key),
            reverse=True,
        )
    offset = max(0, p.int("offset", 0) or 0)
    limit = ctx.limit(40, 80)
    return ctx.accounts(people[offset : offset + limit])

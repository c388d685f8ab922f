"""Practice town routes: search."""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.responses import Response

from townsfolk.practice.model import (
    Person,
    Post,
)
from townsfolk.practice.render import (
    encode,
    statuses_json,
)
from townsfolk.practice.routes.base import (
    Ctx,
    api,
)

# -- search -----------------------------------------------------------------------------------


def _resolve_url(ctx: Ctx, q: str) -> tuple[Person | None, Post | None]:
    parts = urlsplit(q)
    town = ctx.world.find_town(parts.hostname or "")
    if town is None:
        return None, None
    # other kinds of servers (practice/fediverse.py) have their own addresses
    wanted = q.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    for pk in list(town.acct_ids):
        other = ctx.world.people[pk]
        if other.home == town.domain and wanted in (
            (other.page_url or "").rstrip("/"),
            (other.actor_uri or "").rstrip("/"),
        ):
            return other, None
    for post in ctx.world.posts.values():
        if post.origin_url and post.origin_url.rstrip("/") == wanted and not post.deleted:
            return None, post
    segments = [s for s in parts.path.split("/") if s]
    username = None
    post_id = None
    if segments and segments[0].startswith("@"):
        username = segments[0][1:]
        post_id = segments[1] if len(segments) > 1 else None
    elif len(segments) >= 2 and segments[0] == "users":
        username = segments[1]
        if len(segments) >= 4 and segments[2] == "statuses":
            post_id = segments[3]
    if username is None:
        return None, None
    person = ctx.world.lookup(username, town.domain, town.domain)
    if person is None:
        return None, None
    if post_id is None:
        return person, None
    try:
        key = town.post_by_id.get(int(post_id))
    except ValueError:
        key = None
    found = ctx.world.posts.get(key) if key is not None else None
    if found is None or found.author != person.key or found.reblog_of is not None:
        return None, None
    return None, found


@api("/api/v2/search", auth="public", scope="read:search")
def search(ctx: Ctx) -> Response:
    p, world, town = ctx.params, ctx.world, ctx.town
    q = (p.get("q") or "").strip()
    kind = p.get("type")
    resolve = p.bool("resolve") and ctx.viewer is not None
    limit = ctx.limit(20, 40)
    people: list[Person] = []
    posts: list[Post] = []
    tags: list[str] = []
    if q.startswith(("https://", "http://")):
        person, post = _resolve_url(ctx, q)
        if person is not None and (resolve or person.key in town.acct_ids):
            town.learn_account(person.key)
            people.append(person)
        if (
            post is not None
            and world.can_see(ctx.vkey, post)
            and (resolve or post.key in town.post_ids)
        ):
            town.learn_post(post)
            posts.append(post)
    elif "@" in q.lstrip("@"):
        user, _, domain = q.lstrip("@").partition("@")
        person = world.lookup(user, domain, town.domain)
        if person is not None and (resolve or person.key in town.acct_ids):
            town.learn_account(person.key)
            people.append(person)
    else:
        needle = q.lstrip("@#").lower()
        if needle:
            for pk in town.acct_ids:
                person = world.people[pk]
                if needle in person.username.lower() or needle in person.display_name.lower():
                    people.append(person)
            seen: list[str] = []
            for post in world.posts.values():
                for tag in post.tags:
                    if needle in tag.lower() and tag.lower() not in seen:
                        seen.append(tag.lower())
            tags = seen
            if ctx.viewer is not None and not q.startswith(("@", "#")):
                for local in reversed(town.timeline):
                    post = world.posts[town.post_by_id[local]]
                    if (
                        post.reblog_of is None
                        and needle in post.text.lower()
                        and world.can_see(ctx.vkey, post)
                    ):
                        posts.append(post)
                        if len(posts) >= limit:
                            break
    out = b'{"accounts":'
    out += (
        b"[" + b",".join(ctx.account(p) for p in people[:limit]) + b"]"
        if kind in (None, "", "accounts")
        else b"[]"
    )
    out += b',"statuses":'
    out += (
        statuses_json(town, posts[:limit], ctx.base, ctx.vkey)
        if kind in (None, "", "statuses")
        else b"[]"
    )
    out += b',"hashtags":'
    out += (
        encode(
            [
                {
                    "name": t,
                    "url": f"https://{town.domain}/tags/{t}",
                    "history": [],
                    "following": False,
                }
                for t in tags[:limit]
            ]
        )
        if kind in (None, "", "hashtags")
        else b"[]"
    )
    return ctx.raw(out + b"}")

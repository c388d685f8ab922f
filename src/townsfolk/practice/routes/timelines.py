"""Practice town routes: timelines."""

from __future__ import annotations

from collections.abc import Callable

from starlette.responses import Response

from townsfolk.practice import personalities
from townsfolk.practice.model import (
    UserList,
)
from townsfolk.practice.routes.accounts import _posts_page
from townsfolk.practice.routes.base import (
    Ctx,
    api,
    not_found,
    scan,
)

# -- timelines --------------------------------------------------------------------------------


def _public_keep(ctx: Ctx, *, tag: str | None = None) -> Callable[[int], bool]:
    p, world, town = ctx.params, ctx.world, ctx.town
    local, remote, only_media = p.bool("local"), p.bool("remote"), p.bool("only_media")
    viewer = ctx.vkey
    domain = town.domain

    def keep(local_id: int) -> bool:
        post = world.posts[town.post_by_id[local_id]]
        if post.deleted or post.visibility != "public" or post.reblog_of is not None:
            return False
        if post.in_reply_to is not None:
            parent = world.posts.get(post.in_reply_to)
            if parent is None or parent.author != post.author:
                return False
        home = world.people[post.author].home
        if (local and home != domain) or (remote and home == domain):
            return False
        if only_media and not post.media:
            return False
        if tag is not None and tag not in (t.lower() for t in post.tags):
            return False
        return not world.hidden_from(viewer, post.author)

    return keep


@api("/api/v1/timelines/public")
def public_timeline(ctx: Ctx) -> Response:
    limit = ctx.limit(20, 40)
    ids = scan(ctx.town.timeline, _public_keep(ctx), *ctx.paging(), limit)
    return _posts_page(ctx, ids, limit)


@api("/api/v1/timelines/tag/{tag}")
def tag_timeline(ctx: Ctx) -> Response:
    limit = ctx.limit(20, 40)
    tag = ctx.request.path_params["tag"].lower()
    ids = scan(ctx.town.timeline, _public_keep(ctx, tag=tag), *ctx.paging(), limit)
    return _posts_page(ctx, ids, limit)


def _home_keep(
    ctx: Ctx,
    members: set[int] | None,
    replies_policy: str = "list",
    excluded: set[int] | frozenset[int] = frozenset(),
) -> Callable[[int], bool]:
    world, town, me = ctx.world, ctx.town, ctx.me.key
    following = world.graph.following.get(me, {})

    def keep(local_id: int) -> bool:
        post = world.posts[town.post_by_id[local_id]]
        if post.deleted or personalities.is_held_back(town, local_id):
            return False
        author = post.author
        if members is not None:
            if author not in members:
                return False
        elif author != me and (author not in following or author in excluded):
            return False
        if post.reblog_of is not None:
            rel = following.get(author)
            if rel is not None and not rel.reblogs:
                return False
            original = world.posts[post.reblog_of]
            if world.hidden_from(me, original.author):
                return False
        if post.in_reply_to is not None:
            parent = world.posts.get(post.in_reply_to)
            to = parent.author if parent is not None else None
            if to not in (author, me):
                if members is not None:
                    if replies_policy == "none" or (replies_policy == "list" and to not in members):
                        return False
                    if replies_policy == "followed" and to not in following:
                        return False
                elif to not in following:
                    return False
        if world.hidden_from(me, author):
            return False
        return world.can_see(me, post)

    return keep


@api("/api/v1/timelines/home", auth="user", scope="read:statuses")
def home_timeline(ctx: Ctx) -> Response:
    limit = ctx.limit(20, 40)
    # People in an "exclusive" list are read only there (Mastodon 4.2).
    excluded = {
        pk
        for item in ctx.town.lists.values()
        if item.owner == ctx.me.key and item.exclusive
        for pk in item.members
    }
    ids = scan(ctx.town.timeline, _home_keep(ctx, None, excluded=excluded), *ctx.paging(), limit)
    return _posts_page(ctx, ids, limit)


def _list(ctx: Ctx) -> UserList:
    try:
        found = ctx.town.lists.get(int(ctx.request.path_params["id"]))
    except ValueError:
        found = None
    if found is None or found.owner != ctx.me.key:
        raise not_found()
    return found


@api("/api/v1/timelines/list/{id}", auth="user", scope="read:lists")
def list_timeline(ctx: Ctx) -> Response:
    user_list = _list(ctx)
    limit = ctx.limit(20, 40)
    keep = _home_keep(ctx, set(user_list.members), user_list.replies_policy)
    ids = scan(ctx.town.timeline, keep, *ctx.paging(), limit)
    return _posts_page(ctx, ids, limit)

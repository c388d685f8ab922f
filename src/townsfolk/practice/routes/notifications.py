"""Practice town routes: notifications."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from townsfolk.practice.model import (
    utcnow,
)
from townsfolk.practice.render import (
    group_keys,
    notification_json,
)
from townsfolk.practice.routes.base import (
    ApiError,
    Ctx,
    api,
    not_found,
    scan,
)

# -- notifications ----------------------------------------------------------------------------


@api("/api/v1/notifications", auth="user", scope="read:notifications")
def notifications(ctx: Ctx) -> Response:
    ctx.world.end_polls(utcnow())
    p = ctx.params
    types = set(p.getlist("types"))
    exclude = set(p.getlist("exclude_types"))
    known = ctx.town.personality.notification_types
    if known is not None and not (types | exclude) <= known:
        unknown = ", ".join(sorted((types | exclude) - known))
        raise ApiError(400, f"Invalid notification type: {unknown}")
    account = p.get("account_id")
    account_pk = ctx.town.acct_by_id.get(int(account)) if account and account.isdigit() else None
    items = ctx.town.notifications.get(ctx.me.key, [])
    by_id = {n.id: n for n in items}
    world, me = ctx.world, ctx.me.key

    def keep(nid: int) -> bool:
        note = by_id[nid]
        if (types and note.type not in types) or note.type in exclude:
            return False
        if account and note.from_pk != account_pk:
            return False
        if note.post_key is not None:
            post = world.posts.get(note.post_key)
            if post is None or post.deleted:
                return False
        return not world.hidden_from(me, note.from_pk)

    limit = ctx.limit(40, 80)
    page = scan([n.id for n in items], keep, *ctx.paging(), limit)
    keys = group_keys(ctx.town, items)
    body = (
        b"["
        + b",".join(notification_json(ctx.town, by_id[i], ctx.base, me, keys[i]) for i in page)
        + b"]"
    )
    return ctx.raw(body, headers=ctx.link(page, limit))


def _note(ctx: Ctx) -> Any:
    raw = ctx.request.path_params["id"]
    for note in ctx.town.notifications.get(ctx.me.key, []):
        if str(note.id) == raw:
            return note
    raise not_found()


@api("/api/v1/notifications/{id}", auth="user", scope="read:notifications")
def notification(ctx: Ctx) -> Response:
    return ctx.raw(notification_json(ctx.town, _note(ctx), ctx.base, ctx.me.key))


@api("/api/v1/notifications/{id}/dismiss", ("POST",), auth="user", scope="write:notifications")
def dismiss_notification(ctx: Ctx) -> Response:
    note = _note(ctx)
    ctx.town.notifications[ctx.me.key].remove(note)
    return ctx.json({})


@api("/api/v1/notifications/clear", ("POST",), auth="user", scope="write:notifications")
def clear_notifications(ctx: Ctx) -> Response:
    ctx.town.notifications[ctx.me.key] = []
    return ctx.json({})

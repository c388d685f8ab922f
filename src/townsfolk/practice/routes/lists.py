"""Practice town routes: lists and markers."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from townsfolk.practice.model import (
    Marker,
    UserList,
    iso,
    utcnow,
)
from townsfolk.practice.routes.accounts import _people_page
from townsfolk.practice.routes.base import (
    ApiError,
    Ctx,
    api,
    not_found,
)
from townsfolk.practice.routes.timelines import _list

# -- lists and markers ------------------------------------------------------------------------


def _list_json(item: UserList) -> dict[str, Any]:
    return {
        "id": str(item.id),
        "title": item.title,
        "replies_policy": item.replies_policy,
        "exclusive": item.exclusive,
    }


@api("/api/v1/lists", auth="user", scope="read:lists")
def lists(ctx: Ctx) -> Response:
    mine = [item for item in ctx.town.lists.values() if item.owner == ctx.me.key]
    return ctx.json([_list_json(item) for item in mine])


def _list_fields(ctx: Ctx, item: UserList) -> None:
    p = ctx.params
    if p.get("title") is not None:
        title = (p.get("title") or "").strip()
        if not title:
            raise ApiError(422, "Validation failed: Title can't be blank")
        item.title = title
    policy = p.get("replies_policy")
    if policy is not None:
        if policy not in ("followed", "list", "none"):
            raise ApiError(422, "Validation failed: Replies policy is not included in the list")
        item.replies_policy = policy
    if p.get("exclusive") is not None:
        item.exclusive = p.bool("exclusive")


@api("/api/v1/lists", ("POST",), auth="user", scope="write:lists")
def create_list(ctx: Ctx) -> Response:
    if not (ctx.params.get("title") or "").strip():
        raise ApiError(422, "Validation failed: Title can't be blank")
    item = UserList(ctx.town.new_id(utcnow()), ctx.me.key, "")
    _list_fields(ctx, item)
    ctx.town.lists[item.id] = item
    return ctx.json(_list_json(item))


@api("/api/v1/lists/{id}", auth="user", scope="read:lists")
def get_list(ctx: Ctx) -> Response:
    return ctx.json(_list_json(_list(ctx)))


@api("/api/v1/lists/{id}", ("PUT",), auth="user", scope="write:lists")
def update_list(ctx: Ctx) -> Response:
    item = _list(ctx)
    _list_fields(ctx, item)
    return ctx.json(_list_json(item))


@api("/api/v1/lists/{id}", ("DELETE",), auth="user", scope="write:lists")
def delete_list(ctx: Ctx) -> Response:
    item = _list(ctx)
    del ctx.town.lists[item.id]
    return ctx.json({})


@api("/api/v1/lists/{id}/accounts", auth="user", scope="read:lists")
def list_accounts(ctx: Ctx) -> Response:
    item = _list(ctx)
    if ctx.params.get("limit") == "0":
        people = [ctx.world.people[pk] for pk in item.members]
        return ctx.accounts(people)
    return _people_page(ctx, dict(item.members))


def _account_ids(ctx: Ctx) -> list[int]:
    out = []
    for raw in ctx.params.getlist("account_ids"):
        try:
            pk = ctx.town.acct_by_id.get(int(raw))
        except ValueError:
            pk = None
        if pk is None:
            raise not_found()
        out.append(pk)
    return out


@api("/api/v1/lists/{id}/accounts", ("POST",), auth="user", scope="write:lists")
def add_list_accounts(ctx: Ctx) -> Response:
    item = _list(ctx)
    people = _account_ids(ctx)
    for pk in people:
        if not ctx.world.follows(ctx.me.key, pk):
            raise not_found()
    for pk in people:
        item.members.setdefault(pk, ctx.world.next_seq())
    return ctx.json({})


@api("/api/v1/lists/{id}/accounts", ("DELETE",), auth="user", scope="write:lists")
def remove_list_accounts(ctx: Ctx) -> Response:
    item = _list(ctx)
    for pk in _account_ids(ctx):
        item.members.pop(pk, None)
    return ctx.json({})


@api("/api/v1/accounts/{id}/lists", auth="user", scope="read:lists")
def account_lists(ctx: Ctx) -> Response:
    """The person's lists that hold this account."""
    try:
        pk = ctx.town.acct_by_id.get(int(ctx.request.path_params["id"]))
    except ValueError:
        pk = None
    if pk is None:
        raise not_found()
    mine = [
        item for item in ctx.town.lists.values() if item.owner == ctx.me.key and pk in item.members
    ]
    return ctx.json([_list_json(item) for item in mine])


def _marker_json(marker: Marker) -> dict[str, Any]:
    return {
        "last_read_id": marker.last_read_id,
        "version": marker.version,
        "updated_at": iso(marker.updated_at),
    }


@api("/api/v1/markers", auth="user", scope="read:statuses")
def get_markers(ctx: Ctx) -> Response:
    mine = ctx.town.markers.get(ctx.me.key, {})
    wanted = ctx.params.getlist("timeline")
    return ctx.json({name: _marker_json(m) for name, m in mine.items() if name in wanted})


@api("/api/v1/markers", ("POST",), auth="user", scope="write:statuses")
def set_markers(ctx: Ctx) -> Response:
    mine = ctx.town.markers.setdefault(ctx.me.key, {})
    out = {}
    for name in ("home", "notifications"):
        value = ctx.params.get(f"{name}[last_read_id]")
        if value:
            old = mine.get(name)
            marker = Marker(value, (old.version + 1) if old else 0, utcnow())
            mine[name] = marker
            out[name] = _marker_json(marker)
    return ctx.json(out)

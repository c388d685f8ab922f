"""Practice town routes: filters for words (filters v2) and reports to the town's team."""

from __future__ import annotations

import re

import msgspec
from starlette.responses import Response

from townsfolk.practice.model import iso, utcnow
from townsfolk.practice.routes.base import ApiError, Ctx, api, not_found
from townsfolk.practice.word_filters import ACTIONS, CONTEXTS, Keyword, WordFilter, expiry

_KEYWORD = re.compile(r"^keywords_attributes\[(\d+)\]\[(\w+)\]$")


def _available(ctx: Ctx) -> None:
    if not ctx.town.personality.filters_v2:
        raise not_found()


def _mine(ctx: Ctx) -> list[WordFilter]:
    return ctx.town.word_filters.setdefault(ctx.me.key, [])


def _find(ctx: Ctx) -> WordFilter:
    raw = ctx.request.path_params["id"]
    for item in _mine(ctx):
        if str(item.id) == raw:
            return item
    raise not_found()


def _keyword_rows(ctx: Ctx) -> list[dict[str, str]]:
    rows: dict[int, dict[str, str]] = {}
    for key, value in ctx.params.pairs:
        m = _KEYWORD.match(key)
        if m:
            rows.setdefault(int(m.group(1)), {})[m.group(2)] = value
    return [rows[n] for n in sorted(rows)]


def _apply(ctx: Ctx, item: WordFilter, *, creating: bool) -> None:
    p = ctx.params
    if p.get("title") is not None or creating:
        title = (p.get("title") or "").strip()
        if not title:
            raise ApiError(422, "Validation failed: Title can't be blank")
        item.title = title
    if p.has("context") or creating:
        context = [c for c in p.getlist("context") if c]
        if not context or any(c not in CONTEXTS for c in context):
            raise ApiError(422, "Validation failed: Context can't be blank")
        item.context = context
    action = p.get("filter_action")
    if action is not None:
        if action not in ACTIONS:
            raise ApiError(422, "Validation failed: Filter action is not included in the list")
        item.action = action
    if p.has("expires_in"):
        item.expires_at = expiry(p.int("expires_in", 0))
    world = ctx.world
    for row in _keyword_rows(ctx):
        whole = (row.get("whole_word") or "true").lower() not in ("false", "0")
        if row.get("id"):
            found = next((k for k in item.keywords if str(k.id) == row["id"]), None)
            if found is None:
                continue
            if (row.get("_destroy") or "").lower() in ("true", "1"):
                item.keywords.remove(found)
                continue
            found.whole_word = whole
            if row.get("keyword"):
                found.keyword = row["keyword"]
        elif (row.get("keyword") or "").strip():
            item.keywords.append(Keyword(world.next_seq(), row["keyword"].strip(), whole))
    for town in world.towns:
        town.post_cache.clear()  # `filtered` is per viewer, not cached; be safe anyway


@api("/api/v2/filters", auth="user", scope="read:filters")
def list_filters(ctx: Ctx) -> Response:
    _available(ctx)
    return ctx.json([f.as_json() for f in _mine(ctx) if not f.expired()])


@api("/api/v2/filters", ("POST",), auth="user", scope="write:filters")
def create_filter(ctx: Ctx) -> Response:
    _available(ctx)
    item = WordFilter(ctx.world.next_seq(), ctx.me.key, "", [])
    _apply(ctx, item, creating=True)
    _mine(ctx).append(item)
    return ctx.json(item.as_json())


@api("/api/v2/filters/{id}", auth="user", scope="read:filters")
def get_filter(ctx: Ctx) -> Response:
    _available(ctx)
    return ctx.json(_find(ctx).as_json())


@api("/api/v2/filters/{id}", ("PUT",), auth="user", scope="write:filters")
def update_filter(ctx: Ctx) -> Response:
    _available(ctx)
    item = _find(ctx)
    _apply(ctx, item, creating=False)
    return ctx.json(item.as_json())


@api("/api/v2/filters/{id}", ("DELETE",), auth="user", scope="write:filters")
def delete_filter(ctx: Ctx) -> Response:
    _available(ctx)
    item = _find(ctx)
    _mine(ctx).remove(item)
    return ctx.json({})


# -- reports ----------------------------------------------------------------------------------

_CATEGORIES = ("spam", "legal", "violation", "other")


@api("/api/v1/reports", ("POST",), auth="user", scope="write:reports")
def report(ctx: Ctx) -> Response:
    p = ctx.params
    target = ctx.person(p.get("account_id") or "")
    category = p.get("category") or "other"
    if category not in _CATEGORIES:
        raise ApiError(422, "Validation failed: Category is not included in the list")
    rule_ids = [r for r in p.getlist("rule_ids") if r]
    known_rules = {str(i + 1) for i in range(len(ctx.town.rules))}
    if category == "violation" and (not rule_ids or set(rule_ids) - known_rules):
        raise ApiError(422, "Validation failed: Rule ids are not valid")
    post_keys = []
    for raw in p.getlist("status_ids"):
        post = ctx.post(raw)
        if post.author != target.key:
            raise ApiError(422, "Validation failed: Statuses must be from the reported account")
        post_keys.append(post.key)
    comment = p.get("comment") or ""
    if len(comment) > 1000:
        raise ApiError(422, "Validation failed: Comment is too long (maximum is 1000 characters)")
    forward = p.bool("forward") and target.home != ctx.town.domain
    entry = {
        "id": str(ctx.world.next_seq()),
        "by": ctx.me.key,
        "target": target.key,
        "posts": post_keys,
        "comment": comment,
        "category": category,
        "rule_ids": rule_ids,
        "forwarded": forward,
        "created_at": iso(utcnow()),
    }
    ctx.town.reports.append(entry)
    return ctx.json(
        {
            "id": entry["id"],
            "action_taken": False,
            "category": category,
            "comment": comment,
            "forwarded": forward,
            "created_at": entry["created_at"],
            "status_ids": list(p.getlist("status_ids")) or None,
            "rule_ids": rule_ids or None,
            "target_account": msgspec.json.decode(ctx.account(target)),
        }
    )

"""Practice town routes: posts and what people do to them."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from starlette.responses import Response

from townsfolk.practice.model import (
    Post,
    utcnow,
)
from townsfolk.practice.render import (
    encode,
    poll_dict,
    status_json,
    statuses_json,
)
from townsfolk.practice.routes.accounts import _people_page
from townsfolk.practice.routes.base import (
    ApiError,
    Ctx,
    api,
    not_found,
)
from townsfolk.practice.text import counted_length
from townsfolk.practice.world import idempotency_alive

# -- statuses ---------------------------------------------------------------------------------


def _media_for_post(ctx: Ctx, raw_ids: list[str]) -> list[int]:
    out: list[int] = []
    for raw in raw_ids:
        try:
            mk = ctx.town.media_by_id.get(int(raw))
        except ValueError:
            mk = None
        media = ctx.world.media.get(mk) if mk is not None else None
        if media is None or media.owner != ctx.me.key:
            raise ApiError(422, "Validation failed: Media attachments are invalid")
        if media.processing_left > 0:
            raise ApiError(
                422,
                "Cannot attach files that have not finished processing. Try again in a moment!",
            )
        out.append(media.key)
    if len(out) > 4:
        raise ApiError(422, "Validation failed: Media attachments are too many (maximum is 4)")
    return out


def _poll_from(ctx: Ctx) -> tuple[list[str], int, bool, bool] | None:
    p = ctx.params
    options = p.getlist("poll[options]")
    if not options:
        return None
    if len(options) < 2 or len(options) > 4:
        raise ApiError(422, "Validation failed: Poll must have between 2 and 4 options")
    if any(not o.strip() or len(o) > 50 for o in options):
        raise ApiError(422, "Validation failed: Poll options must be 1 to 50 characters long")
    expires = p.int("poll[expires_in]", 86400) or 86400
    if not 300 <= expires <= 2629746:
        raise ApiError(422, "Validation failed: Poll duration is out of range")
    return options, expires, p.bool("poll[multiple]"), p.bool("poll[hide_totals]")


def _validate_text(ctx: Ctx, text: str, has_media: bool, has_poll: bool) -> None:
    if not text.strip() and not has_media:
        raise ApiError(422, "Validation failed: Text can't be blank")
    if counted_length(text) + len(ctx.params.get("spoiler_text") or "") > 500:
        raise ApiError(422, "Validation failed: Text character limit of 500 exceeded")
    if has_media and has_poll:
        raise ApiError(422, "Validation failed: Media attachments cannot be combined with a poll")


@api("/api/v1/statuses", ("POST",), auth="user", scope="write:statuses")
def create_status(ctx: Ctx) -> Response:
    key = ctx.request.headers.get("idempotency-key")
    if ctx.town.held_posts is not None:
        # The request waits in the town's queue; its proxy gives up (personalities.hold_posts).
        ctx.town.held_posts.append(lambda: _replay_or_create(ctx, key))
        raise ApiError(504, "Gateway Timeout")
    return _replay_or_create(ctx, key)


def _replay_or_create(ctx: Ctx, key: str | None) -> Response:
    town, world, me = ctx.town, ctx.world, ctx.me
    if key and not town.ignore_idempotency:
        seen = town.idempotency.get((me.key, key))
        if seen is not None and idempotency_alive(seen[1]):
            post = world.posts[seen[0]]
            if not post.deleted:
                return ctx.status(post)
    return _create_status(ctx, key)


def _create_status(ctx: Ctx, key: str | None) -> Response:
    town, world, p, me = ctx.town, ctx.world, ctx.params, ctx.me
    text = p.get("status") or ""
    media = _media_for_post(ctx, p.getlist("media_ids"))
    poll_args = _poll_from(ctx)
    _validate_text(ctx, text, bool(media), poll_args is not None)
    visibility = p.get("visibility") or "public"
    if visibility not in ("public", "unlisted", "private", "direct"):
        raise ApiError(422, "Validation failed: Visibility is not included in the list")
    reply_to = None
    if p.get("in_reply_to_id"):
        parent = ctx.post(p.get("in_reply_to_id") or "")
        reply_to = parent.key
    poll = None
    if poll_args is not None:
        options, expires, multiple, hide = poll_args
        poll = world.new_poll(options, utcnow() + timedelta(seconds=expires), multiple, hide)
    if p.get("scheduled_at"):
        raise ApiError(
            422, "Validation failed: Scheduled posts are not available in practice towns"
        )
    app = town.apps.get(ctx.token.app_id) if ctx.token else None
    post = world.create_post(
        me.key,
        text,
        spoiler_text=p.get("spoiler_text") or "",
        sensitive=p.bool("sensitive"),
        visibility=visibility,
        language=p.get("language") or me.locale or "en",
        in_reply_to=reply_to,
        media=media,
        poll=poll,
        app_name=app.name if app else None,
    )
    if key:
        town.idempotency[(me.key, key)] = (post.key, time.time())
    return ctx.status(post)


@api("/api/v1/statuses/{id}")
def get_status(ctx: Ctx) -> Response:
    return ctx.status(ctx.post(ctx.request.path_params["id"]))


def _own(ctx: Ctx) -> Post:
    post = ctx.post(ctx.request.path_params["id"])
    if post.author != ctx.me.key or post.reblog_of is not None:
        raise not_found()
    return post


@api("/api/v1/statuses/{id}", ("PUT",), auth="user", scope="write:statuses")
def edit_status(ctx: Ctx) -> Response:
    if not ctx.town.personality.can_edit:
        raise not_found()  # a server without editing
    post = _own(ctx)
    p = ctx.params
    text = p.get("status") if p.get("status") is not None else post.text
    assert text is not None
    media = _media_for_post(ctx, p.getlist("media_ids")) if p.has("media_ids") else post.media
    for attrs in range(len(p.getlist("media_attributes[][id]"))):
        raw = p.getlist("media_attributes[][id]")[attrs]
        descriptions = p.getlist("media_attributes[][description]")
        mk = ctx.town.media_by_id.get(int(raw)) if raw.isdigit() else None
        if mk is not None and attrs < len(descriptions):
            ctx.world.media[mk].description = descriptions[attrs]
    poll_args = _poll_from(ctx)
    _validate_text(
        ctx, text, bool(media), poll_args is not None or (post.poll is not None and not media)
    )
    changes: dict[str, Any] = {"media": media}
    if p.get("spoiler_text") is not None:
        changes["spoiler_text"] = p.get("spoiler_text") or ""
    if p.get("sensitive") is not None:
        changes["sensitive"] = p.bool("sensitive")
    if p.get("language"):
        changes["language"] = p.get("language")
    if poll_args is not None:
        options, expires, multiple, hide = poll_args
        poll = ctx.world.new_poll(options, utcnow() + timedelta(seconds=expires), multiple, hide)
        ctx.world.poll_posts[poll.key] = post.key
        ctx.world.open_polls.append(poll)
        changes["poll"] = poll
    ctx.world.edit_post(post, text, **changes)
    return ctx.status(post)


@api("/api/v1/statuses/{id}", ("DELETE",), auth="user", scope="write:statuses")
def delete_status(ctx: Ctx) -> Response:
    post = _own(ctx)
    body = status_json(ctx.town, post, ctx.base, ctx.vkey)
    ctx.world.delete_post(post)
    return ctx.raw(body[:-1] + b',"text":' + encode(post.text) + b"}")


@api("/api/v1/statuses/{id}/source", auth="user", scope="read:statuses")
def status_source(ctx: Ctx) -> Response:
    if not ctx.town.personality.status_source:
        raise not_found()
    post = _own(ctx)
    return ctx.json(
        {
            "id": str(ctx.town.post_ids[post.key]),
            "text": post.text,
            "spoiler_text": post.spoiler_text,
        }
    )


@api("/api/v1/statuses/{id}/context")
def status_context(ctx: Ctx) -> Response:
    post = ctx.post(ctx.request.path_params["id"])
    world, town = ctx.world, ctx.town
    if post.reblog_of is not None:
        post = world.posts[post.reblog_of]
    ancestors: list[Post] = []
    cursor = post
    while cursor.in_reply_to is not None and len(ancestors) < 4096:
        parent = world.posts.get(cursor.in_reply_to)
        if parent is None or not world.can_see(ctx.vkey, parent):
            break
        ancestors.append(parent)
        cursor = parent
    ancestors.reverse()
    descendants: list[Post] = []

    def walk(node: Post) -> None:
        for key in node.replies:
            child = world.posts[key]
            if world.can_see(ctx.vkey, child) and not world.hidden_from(ctx.vkey, child.author):
                descendants.append(child)
                walk(child)

    walk(post)
    for item in (*ancestors, *descendants):
        town.learn_post(item)
    body = (
        b'{"ancestors":'
        + statuses_json(town, ancestors, ctx.base, ctx.vkey)
        + b',"descendants":'
        + statuses_json(town, descendants, ctx.base, ctx.vkey)
        + b"}"
    )
    return ctx.raw(body)


def _target(ctx: Ctx) -> Post:
    post = ctx.post(ctx.request.path_params["id"])
    return ctx.world.posts[post.reblog_of] if post.reblog_of is not None else post


@api("/api/v1/statuses/{id}/favourite", ("POST",), auth="user", scope="write:favourites")
def favourite(ctx: Ctx) -> Response:
    post = _target(ctx)
    ctx.world.favourite(ctx.me.key, post)
    return ctx.status(post)


@api("/api/v1/statuses/{id}/unfavourite", ("POST",), auth="user", scope="write:favourites")
def unfavourite(ctx: Ctx) -> Response:
    post = _target(ctx)
    ctx.world.unfavourite(ctx.me.key, post)
    return ctx.status(post)


@api("/api/v1/statuses/{id}/reblog", ("POST",), auth="user", scope="write:statuses")
def reblog(ctx: Ctx) -> Response:
    post = _target(ctx)
    if post.visibility not in ("public", "unlisted") and post.author != ctx.me.key:
        raise ApiError(422, "Validation failed: Reblog of status not allowed")
    visibility = ctx.params.get("visibility") or "public"
    if visibility not in ("public", "unlisted", "private"):
        visibility = "public"
    boost = ctx.world.reblog(ctx.me.key, post, visibility)
    ctx.town.learn_post(boost)
    return ctx.status(boost)


@api("/api/v1/statuses/{id}/unreblog", ("POST",), auth="user", scope="write:statuses")
def unreblog(ctx: Ctx) -> Response:
    post = _target(ctx)
    ctx.world.unreblog(ctx.me.key, post)
    return ctx.status(post)


@api("/api/v1/statuses/{id}/bookmark", ("POST",), auth="user", scope="write:bookmarks")
def bookmark(ctx: Ctx) -> Response:
    post = _target(ctx)
    ctx.me.bookmarks.setdefault(post.key, ctx.world.next_seq())
    return ctx.status(post)


@api("/api/v1/statuses/{id}/unbookmark", ("POST",), auth="user", scope="write:bookmarks")
def unbookmark(ctx: Ctx) -> Response:
    post = _target(ctx)
    ctx.me.bookmarks.pop(post.key, None)
    return ctx.status(post)


@api("/api/v1/statuses/{id}/favourited_by")
def favourited_by(ctx: Ctx) -> Response:
    post = _target(ctx)
    return _people_page(ctx, dict(post.favourited_by))


@api("/api/v1/statuses/{id}/reblogged_by")
def reblogged_by(ctx: Ctx) -> Response:
    post = _target(ctx)
    return _people_page(ctx, {pk: key for pk, key in post.reblogs.items()})


@api("/api/v1/polls/{id}")
def get_poll(ctx: Ctx) -> Response:
    poll, post = _poll(ctx)
    return ctx.json(poll_dict(ctx.town, poll, ctx.vkey, post.author))


def _poll(ctx: Ctx) -> tuple[Any, Post]:
    try:
        key = ctx.town.poll_by_id.get(int(ctx.request.path_params["id"]))
    except ValueError:
        key = None
    post_key = ctx.world.poll_posts.get(key) if key is not None else None
    post = ctx.world.posts.get(post_key) if post_key is not None else None
    if post is None or post.poll is None or not ctx.world.can_see(ctx.vkey, post):
        raise not_found()
    return post.poll, post


@api("/api/v1/polls/{id}/votes", ("POST",), auth="user", scope="write:statuses")
def vote(ctx: Ctx) -> Response:
    poll, post = _poll(ctx)
    if poll.expired(utcnow()):
        raise ApiError(422, "Validation failed: The poll has already ended")
    if ctx.me.key in poll.voters or post.author == ctx.me.key:
        raise ApiError(422, "Validation failed: You have already voted on this poll")
    try:
        choices = sorted({int(c) for c in ctx.params.getlist("choices")})
    except ValueError:
        raise ApiError(422, "Validation failed: Choices are invalid") from None
    if not choices or any(not 0 <= c < len(poll.options) for c in choices):
        raise ApiError(422, "Validation failed: Choices are invalid")
    if len(choices) > 1 and not poll.multiple:
        raise ApiError(422, "Validation failed: Only one choice is allowed")
    ctx.world.vote(ctx.me.key, poll, choices)
    return ctx.json(poll_dict(ctx.town, poll, ctx.vkey, post.author))

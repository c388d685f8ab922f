"""Practice town routes: accounts, relationships, follows, blocks and mutes."""

from __future__ import annotations

import html
import re

from starlette.responses import Response

from townsfolk.practice import follow_limits
from townsfolk.practice.model import (
    Person,
    iso,
)
from townsfolk.practice.render import (
    account_json,
    credential_account,
    encode,
    relationship,
    statuses_json,
)
from townsfolk.practice.routes.base import (
    ApiError,
    Ctx,
    api,
    not_found,
    scan,
)

# -- accounts ---------------------------------------------------------------------------------


@api("/api/v1/accounts/verify_credentials", auth="user", scope="read:accounts")
def verify_credentials(ctx: Ctx) -> Response:
    return ctx.json(credential_account(ctx.town, ctx.me, ctx.base))


#: Mastodon's limits for a profile.
NAME_MAX = 30
NOTE_MAX = 500
FIELDS_MAX = 4
FIELD_TEXT_MAX = 255
PICTURE_MAX = 2 * 1024 * 1024
PICTURE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")


def _too_long(field: str, label: str, limit: int) -> ApiError:
    return ApiError(
        422,
        f"Validation failed: {label} is too long (maximum is {limit} characters)",
        details={field: [{"error": "ERR_TOO_LONG", "description": "is too long"}]},
    )


def _note_html(text: str) -> str:
    """A bio typed as plain text, as Mastodon stores it: escaped, paragraphs and line breaks."""
    parts = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p.strip()).replace(chr(10), '<br>')}</p>" for p in parts)


def _fields(ctx: Ctx) -> list[tuple[str, str]] | None:
    """``fields_attributes[i][name|value]`` (form or JSON), in order; None when not sent."""
    found: dict[int, dict[str, str]] = {}
    for key, value in ctx.params.pairs:
        match = re.fullmatch(r"fields_attributes\[(\d+)\]\[(name|value)\]", key)
        if match:
            found.setdefault(int(match[1]), {})[match[2]] = value
    if not found:
        return None
    if len(found) > FIELDS_MAX:
        raise ApiError(
            422,
            f"Validation failed: Fields is too long (maximum is {FIELDS_MAX} items)",
            details={"fields": [{"error": "ERR_TOO_LONG", "description": "is too long"}]},
        )
    out = []
    for index in sorted(found):
        name, value = found[index].get("name", ""), found[index].get("value", "")
        if len(name) > FIELD_TEXT_MAX or len(value) > FIELD_TEXT_MAX:
            raise _too_long("fields", "Fields", FIELD_TEXT_MAX)
        if name.strip() or value.strip():
            out.append((name.strip(), value.strip()))
    return out


def _picture(ctx: Ctx, name: str) -> tuple[bytes, str] | None:
    upload = ctx.params.files.get(name)
    if upload is None:
        return None
    _filename, content_type, data = upload
    if content_type not in PICTURE_TYPES:
        raise ApiError(
            422,
            f"Validation failed: {name.capitalize()} has contents that are not what they"
            " are reported to be",
            details={name: [{"error": "ERR_INVALID", "description": "is invalid"}]},
        )
    if len(data) > PICTURE_MAX:
        raise ApiError(
            422,
            f"Validation failed: {name.capitalize()} file size must be less than 2 MB",
            details={name: [{"error": "ERR_TOO_BIG", "description": "is too big"}]},
        )
    return data, content_type


@api("/api/v1/accounts/update_credentials", ("PATCH",), auth="user", scope="write:accounts")
def update_credentials(ctx: Ctx) -> Response:
    """Name, bio (``note``), profile fields (``fields_attributes``), ``avatar`` and
    ``header`` pictures (multipart). Everything is checked before anything changes."""
    me = ctx.me
    name = ctx.params.get("display_name")
    if name is not None and len(name) > NAME_MAX:
        raise _too_long("display_name", "Display name", NAME_MAX)
    note = ctx.params.get("note")
    if note is not None and len(note) > NOTE_MAX:
        raise _too_long("note", "Note", NOTE_MAX)
    fields = _fields(ctx)
    avatar, header = _picture(ctx, "avatar"), _picture(ctx, "header")
    if name is not None:
        me.display_name = name
    if note is not None:
        me.note, me.note_source = _note_html(note), note
    if fields is not None:
        me.fields = fields
    if avatar is not None:
        me.avatar_upload = avatar
    if header is not None:
        me.header_upload = header
    if avatar is not None or header is not None:
        me.picture_version += 1
    ctx.world.touch_person(me.key)
    return ctx.json(credential_account(ctx.town, me, ctx.base))


@api("/api/v1/accounts/relationships", auth="user", scope="read:follows")
def relationships(ctx: Ctx) -> Response:
    out = []
    for raw in ctx.params.getlist("id"):
        try:
            pk = ctx.town.acct_by_id.get(int(raw))
        except ValueError:
            pk = None
        if pk is not None:
            out.append(relationship(ctx.town, ctx.me.key, pk))
    return ctx.json(out)


@api("/api/v1/accounts/lookup")
def lookup(ctx: Ctx) -> Response:
    acct = (ctx.params.get("acct") or "").lstrip("@")
    user, _, domain = acct.partition("@")
    if domain.lower() == ctx.town.domain:
        domain = ""
    pk = ctx.world.handles.get(((domain or ctx.town.domain).lower(), user.lower()))
    if pk is None or (domain and pk not in ctx.town.acct_ids):
        raise not_found()
    return ctx.raw(ctx.account(ctx.world.people[pk]))


@api("/api/v1/accounts/{id}")
def get_account(ctx: Ctx) -> Response:
    return ctx.raw(ctx.account(ctx.person(ctx.request.path_params["id"])))


@api("/api/v1/accounts/{id}/statuses")
def account_statuses(ctx: Ctx) -> Response:
    person = ctx.person(ctx.request.path_params["id"])
    p, world, town = ctx.params, ctx.world, ctx.town
    limit = ctx.limit(20, 40)
    if p.bool("pinned"):
        return ctx.raw(b"[]")
    exclude_replies, exclude_reblogs = p.bool("exclude_replies"), p.bool("exclude_reblogs")
    only_media, tagged = p.bool("only_media"), (p.get("tagged") or "").lower()
    viewer = ctx.vkey

    def keep(local: int) -> bool:
        post = world.posts[town.post_by_id[local]]
        if post.author != person.key or post.deleted:
            return False
        if exclude_reblogs and post.reblog_of is not None:
            return False
        if exclude_replies and post.in_reply_to is not None:
            parent = world.posts.get(post.in_reply_to)
            if parent is None or parent.author != post.author:
                return False
        target = world.posts[post.reblog_of] if post.reblog_of is not None else post
        if only_media and not target.media:
            return False
        if tagged and tagged not in (t.lower() for t in target.tags):
            return False
        return world.can_see(viewer, post)

    ids = scan(town.timeline, keep, *ctx.paging(), limit)
    return _posts_page(ctx, ids, limit)


def _posts_page(ctx: Ctx, ids: list[int], limit: int) -> Response:
    town = ctx.town
    posts = [ctx.world.posts[town.post_by_id[i]] for i in ids]
    return ctx.raw(statuses_json(town, posts, ctx.base, ctx.vkey), headers=ctx.link(ids, limit))


def _people_page(
    ctx: Ctx, entries: dict[int, int], limit_default: int = 40, cap: int = 80
) -> Response:
    """A page of people kept in a {person: internal id} map, paged by internal id."""
    limit = ctx.limit(limit_default, cap)
    by_seq = {seq: pk for pk, seq in entries.items()}
    seqs = sorted(by_seq)
    page = scan(seqs, lambda _s: True, *ctx.paging(), limit)
    people = [ctx.world.people[by_seq[s]] for s in page]
    return ctx.accounts(people, ctx.link(page, limit))


@api("/api/v1/accounts/{id}/following")
def account_following(ctx: Ctx) -> Response:
    person = ctx.person(ctx.request.path_params["id"])
    entries = {pk: rel.seq for pk, rel in ctx.world.graph.following.get(person.key, {}).items()}
    return _people_page(ctx, entries)


@api("/api/v1/accounts/{id}/followers")
def account_followers(ctx: Ctx) -> Response:
    person = ctx.person(ctx.request.path_params["id"])
    entries = {pk: rel.seq for pk, rel in ctx.world.graph.followers.get(person.key, {}).items()}
    return _people_page(ctx, entries)


def _other(ctx: Ctx) -> Person:
    return ctx.person(ctx.request.path_params["id"])


def _rel(ctx: Ctx, person: Person) -> Response:
    return ctx.json(relationship(ctx.town, ctx.me.key, person.key))


@api("/api/v1/accounts/{id}/follow", ("POST",), auth="user", scope="write:follows")
def follow(ctx: Ctx) -> Response:
    target = _other(ctx)
    if target.key == ctx.me.key:
        raise ApiError(403, "This action is not allowed")
    if ctx.me.key in target.blocks or target.key in ctx.me.blocks:
        raise ApiError(403, "This action is not allowed")
    p = ctx.params
    existing = ctx.world.graph.following.get(ctx.me.key, {}).get(target.key)
    if existing is None and (limited := follow_limits.spend(ctx.town, ctx.me.key)):
        raise ApiError(429, "Too many requests", headers=limited)
    langs = p.getlist("languages") or None
    ctx.world.follow(
        ctx.me.key,
        target.key,
        reblogs=p.bool("reblogs", existing.reblogs if existing else True),
        notify=p.bool("notify", existing.notify if existing else False),
        languages=langs if p.has("languages") else (existing.languages if existing else None),
    )
    return _rel(ctx, target)


@api("/api/v1/accounts/{id}/unfollow", ("POST",), auth="user", scope="write:follows")
def unfollow(ctx: Ctx) -> Response:
    target = _other(ctx)
    ctx.world.unfollow(ctx.me.key, target.key)
    return _rel(ctx, target)


@api("/api/v1/accounts/{id}/block", ("POST",), auth="user", scope="write:blocks")
def block(ctx: Ctx) -> Response:
    target = _other(ctx)
    if target.key == ctx.me.key:
        raise ApiError(403, "This action is not allowed")
    ctx.world.block(ctx.me.key, target.key)
    return _rel(ctx, target)


@api("/api/v1/accounts/{id}/unblock", ("POST",), auth="user", scope="write:blocks")
def unblock(ctx: Ctx) -> Response:
    target = _other(ctx)
    ctx.me.blocks.pop(target.key, None)
    return _rel(ctx, target)


@api("/api/v1/accounts/{id}/mute", ("POST",), auth="user", scope="write:mutes")
def mute(ctx: Ctx) -> Response:
    target = _other(ctx)
    if target.key == ctx.me.key:
        raise ApiError(403, "This action is not allowed")
    duration = ctx.params.int("duration", 0) or 0
    ctx.world.mute(ctx.me.key, target.key, ctx.params.bool("notifications", True), duration)
    return _rel(ctx, target)


@api("/api/v1/accounts/{id}/unmute", ("POST",), auth="user", scope="write:mutes")
def unmute(ctx: Ctx) -> Response:
    target = _other(ctx)
    ctx.me.mutes.pop(target.key, None)
    return _rel(ctx, target)


@api("/api/v1/follow_requests", auth="user", scope="read:follows")
def follow_requests(ctx: Ctx) -> Response:
    return _people_page(ctx, dict(ctx.world.graph.requests.get(ctx.me.key, {})))


@api("/api/v1/follow_requests/{id}/authorize", ("POST",), auth="user", scope="write:follows")
def accept_request(ctx: Ctx) -> Response:
    other = _other(ctx)
    if other.key not in ctx.world.graph.requests.get(ctx.me.key, {}):
        raise not_found()
    ctx.world.accept_request(ctx.me.key, other.key)
    return _rel(ctx, other)


@api("/api/v1/follow_requests/{id}/reject", ("POST",), auth="user", scope="write:follows")
def reject_request(ctx: Ctx) -> Response:
    other = _other(ctx)
    if not ctx.world.reject_request(ctx.me.key, other.key):
        raise not_found()
    return _rel(ctx, other)


@api("/api/v1/blocks", auth="user", scope="read:blocks")
def blocks(ctx: Ctx) -> Response:
    return _people_page(ctx, dict(ctx.me.blocks))


@api("/api/v1/mutes", auth="user", scope="read:mutes")
def mutes(ctx: Ctx) -> Response:
    live = {pk: m.seq for pk in list(ctx.me.mutes) if (m := ctx.world.muting(ctx.me.key, pk))}
    limit = ctx.limit(40, 80)
    by_seq = {seq: pk for pk, seq in live.items()}
    page = scan(sorted(by_seq), lambda _s: True, *ctx.paging(), limit)
    parts = []
    for seq in page:
        pk = by_seq[seq]
        expires = ctx.me.mutes[pk].expires_at
        extra = b',"mute_expires_at":' + (encode(iso(expires)) if expires else b"null") + b"}"
        parts.append(account_json(ctx.town, pk, ctx.base)[:-1] + extra)
    return ctx.raw(b"[" + b",".join(parts) + b"]", headers=ctx.link(page, limit))


@api("/api/v1/domain_blocks", auth="user", scope="read:blocks")
def domain_blocks(ctx: Ctx) -> Response:
    limit = ctx.limit(100, 200)
    by_seq = {seq: d for d, seq in ctx.me.domain_blocks.items()}
    page = scan(sorted(by_seq), lambda _s: True, *ctx.paging(), limit)
    return ctx.json([by_seq[s] for s in page], headers=ctx.link(page, limit))


def _domain_param(ctx: Ctx) -> str:
    domain = (ctx.params.get("domain") or "").strip().lower()
    if not domain:
        raise ApiError(422, "Validation failed: Domain can't be blank")
    return domain


@api("/api/v1/domain_blocks", ("POST",), auth="user", scope="write:blocks")
def add_domain_block(ctx: Ctx) -> Response:
    domain = _domain_param(ctx)
    if domain == ctx.town.domain:
        raise ApiError(422, "Validation failed: Domain is your own town")
    ctx.me.domain_blocks.setdefault(domain, ctx.world.next_seq())
    for pk in list(ctx.world.graph.following.get(ctx.me.key, {})):
        if ctx.world.people[pk].home == domain:
            ctx.world.unfollow(ctx.me.key, pk)
    for pk in list(ctx.world.graph.followers.get(ctx.me.key, {})):
        if ctx.world.people[pk].home == domain:  # Mastodon removes followers from there too
            ctx.world.unfollow(pk, ctx.me.key)
    return ctx.json({})


@api("/api/v1/domain_blocks", ("DELETE",), auth="user", scope="write:blocks")
def remove_domain_block(ctx: Ctx) -> Response:
    ctx.me.domain_blocks.pop(_domain_param(ctx), None)
    return ctx.json({})


def _saved_posts(ctx: Ctx, entries: dict[int, int]) -> Response:
    limit = ctx.limit(20, 40)
    by_seq = {seq: key for key, seq in entries.items()}
    world = ctx.world

    def keep(seq: int) -> bool:
        post = world.posts[by_seq[seq]]
        return world.can_see(ctx.vkey, post)

    page = scan(sorted(by_seq), keep, *ctx.paging(), limit)
    posts = []
    for seq in page:
        post = world.posts[by_seq[seq]]
        ctx.town.learn_post(post)
        posts.append(post)
    body = statuses_json(ctx.town, posts, ctx.base, ctx.vkey)
    return ctx.raw(body, headers=ctx.link(page, limit))


@api("/api/v1/bookmarks", auth="user", scope="read:bookmarks")
def bookmarks(ctx: Ctx) -> Response:
    return _saved_posts(ctx, ctx.me.bookmarks)


@api("/api/v1/favourites", auth="user", scope="read:favourites")
def favourites(ctx: Ctx) -> Response:
    return _saved_posts(ctx, ctx.me.favourites)

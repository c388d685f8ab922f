"""Mastodon JSON entities, written from the Mastodon docs (never from the client's code).

Posts and accounts are cached per town as encoded bytes and put together per request, so one
page of 40 posts costs little more than joining byte strings. Viewer-specific fields
(favourited, bookmarked...) are added at the end.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import msgspec

from townsfolk.practice import moves, word_filters
from townsfolk.practice.model import Media, Notification, Person, Poll, Post, iso, utcnow
from townsfolk.practice.text import emoji_shortcodes

if TYPE_CHECKING:
    from townsfolk.practice.world import Town

encode = msgspec.json.Encoder().encode


def _date_only(when: datetime) -> str:
    return iso(when.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0))


def acct_of(town: Town, person: Person) -> str:
    return person.username if person.home == town.domain else f"{person.username}@{person.home}"


def _name_emojis(world: Any, person: Person, base: str) -> list[dict[str, Any]]:
    """The custom emoji in a display name (":teacup:" of the person's town), as Mastodon
    lists them on the account."""
    if ":" not in person.display_name:
        return []
    home = person.home
    codes = emoji_shortcodes(person.display_name, set(world.town(home).emojis))
    url = f"{base}/system/custom_emojis/{home}"
    return [
        {
            "shortcode": c,
            "url": f"{url}/{c}.png",
            "static_url": f"{url}/{c}.png",
            "visible_in_picker": True,
        }
        for c in codes
    ]


def account_dict(town: Town, person: Person, base: str, *, nested: bool = False) -> dict[str, Any]:
    world = town.world
    local_id = town.learn_account(person.key)
    graph = world.graph
    picture = f"v{person.picture_version}.png" if person.picture_version else "original.png"
    avatar = f"{base}/system/accounts/avatars/{local_id}/{picture}"
    header = f"{base}/system/accounts/headers/{local_id}/{picture}"
    out: dict[str, Any] = {
        "id": str(local_id),
        "username": person.username,
        "acct": acct_of(town, person),
        "display_name": person.display_name,
        "locked": person.locked,
        "bot": person.bot,
        "discoverable": True,
        "indexable": True,
        "group": person.group,
        "created_at": _date_only(person.created_at),
        "note": person.note,
        "url": person.page_url or f"https://{person.home}/@{person.username}",
        "uri": person.actor_uri or f"https://{person.home}/users/{person.username}",
        "avatar": avatar,
        "avatar_static": avatar,
        "header": header,
        "header_static": header,
        "followers_count": len(graph.followers.get(person.key, {})),
        "following_count": len(graph.following.get(person.key, {})),
        "statuses_count": person.statuses_count,
        "last_status_at": (
            person.last_status_at.astimezone(UTC).strftime("%Y-%m-%d")
            if person.last_status_at
            else None
        ),
        "hide_collections": False,
        "noindex": False,
        "emojis": _name_emojis(world, person, base),
        "roles": [],
        "fields": [{"name": n, "value": v, "verified_at": None} for n, v in person.fields],
    }
    new_home = moves.moved_to(world, person.key)
    if new_home is not None and not nested:  # one level, as a move of a move is not followed
        out["moved"] = account_dict(town, world.people[new_home], base, nested=True)
    return out


def account_json(town: Town, pk: int, base: str) -> bytes:
    per_base = town.acct_cache.get(pk)
    if per_base is None:
        per_base = town.acct_cache[pk] = {}
    cached = per_base.get(base)
    if cached is None:
        cached = per_base[base] = encode(account_dict(town, town.world.people[pk], base))
    return cached


def credential_account(town: Town, person: Person, base: str) -> dict[str, Any]:
    out = account_dict(town, person, base)
    out["source"] = {
        "privacy": "public",
        "sensitive": False,
        "language": person.locale,
        "note": (
            person.note_source
            if person.note_source is not None
            else person.note.removeprefix("<p>").removesuffix("</p>")
        ),
        "fields": [{"name": n, "value": v, "verified_at": None} for n, v in person.fields],
        "follow_requests_count": len(town.world.graph.requests.get(person.key, {})),
        "hide_collections": False,
        "discoverable": True,
        "indexable": True,
        "attribution_domains": [],
    }
    out["role"] = {
        "id": "-99",
        "name": "",
        "permissions": "0",
        "color": "",
        "highlighted": False,
    }
    return out


def media_dict(town: Town, media: Media, base: str) -> dict[str, Any]:
    local = town.media_local(media.key)
    ready = media.processing_left <= 0
    ext = {"image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp"}.get(
        media.content_type, "png" if media.kind == "image" else media.content_type.split("/")[-1]
    )
    w, h = media.width, media.height
    sw, sh = (
        (w, h)
        if max(w, h) <= 400
        else ((400, max(1, round(h * 400 / w))) if w >= h else (max(1, round(w * 400 / h)), 400))
    )
    meta: dict[str, Any] = {
        "original": {"width": w, "height": h, "size": f"{w}x{h}", "aspect": w / h if h else 1.0},
        "small": {
            "width": sw,
            "height": sh,
            "size": f"{sw}x{sh}",
            "aspect": sw / sh if sh else 1.0,
        },
    }
    if media.kind == "image":
        meta["focus"] = {"x": media.focus[0], "y": media.focus[1]}
    else:
        meta["original"].update({"duration": 4.0, "frame_rate": "30/1", "bitrate": 128000})
    return {
        "id": str(local),
        "type": media.kind,
        "url": media.sent_url
        or (f"{base}/system/media_attachments/{local}/original.{ext}" if ready else None),
        "preview_url": f"{base}/system/media_attachments/{local}/small.png",
        "remote_url": media.sent_url,
        "preview_remote_url": None,
        "text_url": None,
        "meta": meta,
        "description": media.description,
        "blurhash": None,
    }


def poll_dict(town: Town, poll: Poll, viewer: int | None, author: int) -> dict[str, Any]:
    expired = poll.expired(utcnow())
    hide = poll.hide_totals and not expired and viewer != author
    out: dict[str, Any] = {
        "id": str(town.poll_local(poll.key)),
        "expires_at": iso(poll.expires_at) if poll.expires_at else None,
        "expired": expired,
        "multiple": poll.multiple,
        "votes_count": sum(poll.votes),
        "voters_count": len(poll.voters),
        "options": [
            {"title": title, "votes_count": None if hide else votes}
            for title, votes in zip(poll.options, poll.votes, strict=True)
        ],
        "emojis": [],
    }
    if viewer is not None:
        out["voted"] = viewer in poll.voters or viewer == author
        out["own_votes"] = list(poll.voters.get(viewer, []))
    return out


def post_uri(town: Town, post: Post) -> str:
    """A post's ActivityPub address (the ``uri`` of the Status), as a bookmarks export
    lists it."""
    return _post_urls(town, post)[0]


def _post_urls(town: Town, post: Post) -> tuple[str, str]:
    world = town.world
    author = world.people[post.author]
    home = world.town(author.home)
    home_id = home.post_ids.get(post.key) or home.learn_post(post)
    uri = f"https://{author.home}/users/{author.username}/statuses/{home_id}"
    if post.reblog_of is not None:
        return uri + "/activity", uri + "/activity"
    if post.origin_url:
        return post.origin_url, post.origin_url
    return uri, f"https://{author.home}/@{author.username}/{home_id}"


def post_urls(town: Town, post: Post) -> tuple[str, str]:
    return _post_urls(town, post)


def _head(town: Town, post: Post, base: str) -> bytes:
    world = town.world
    local = town.learn_post(post)
    uri, url = _post_urls(town, post)
    parent = world.posts.get(post.in_reply_to) if post.in_reply_to is not None else None
    author_home = world.people[post.author].home
    card = None
    if post.card is not None:
        card = dict(post.card)
        image = card.get("image")
        if isinstance(image, str) and image.startswith("/"):
            card["image"] = base + image
    head: dict[str, Any] = {
        "id": str(local),
        "created_at": iso(post.created_at),
        "in_reply_to_id": str(town.learn_post(parent)) if parent else None,
        "in_reply_to_account_id": str(town.learn_account(parent.author)) if parent else None,
        "sensitive": post.sensitive,
        "spoiler_text": post.spoiler_text,
        "visibility": post.visibility,
        "language": post.language,
        "uri": uri,
        "url": url,
        "replies_count": sum(1 for k in post.replies if not world.posts[k].deleted),
        "reblogs_count": len(post.reblogs),
        "favourites_count": len(post.favourited_by),
        "quotes_count": 0,
        "edited_at": iso(post.edited_at) if post.edited_at else None,
        "content": post.content,
        "media_attachments": [media_dict(town, world.media[mk], base) for mk in post.media],
        "mentions": [
            {
                "id": str(town.learn_account(pk)),
                "username": world.people[pk].username,
                "url": f"https://{world.people[pk].home}/@{world.people[pk].username}",
                "acct": acct_of(town, world.people[pk]),
            }
            for pk in post.mentions
        ],
        "tags": [
            {"name": t.lower(), "url": f"https://{town.domain}/tags/{t.lower()}"} for t in post.tags
        ],
        "emojis": [
            {
                "shortcode": sc,
                "url": f"{base}/system/custom_emojis/{author_home}/{sc}.png",
                "static_url": f"{base}/system/custom_emojis/{author_home}/{sc}.png",
                "visible_in_picker": True,
            }
            for sc in post.emojis
        ],
        "card": card,
    }
    return encode(head)[:-1]


def status_json(town: Town, post: Post, base: str, viewer: int | None) -> bytes:
    per_base = town.post_cache.get(post.key)
    if per_base is None:
        per_base = town.post_cache[post.key] = {}
    head = per_base.get(base)
    if head is None:
        head = per_base[base] = _head(town, post, base)
    world = town.world
    parts = [head, b',"account":', account_json(town, post.author, base), b',"reblog":']
    if post.reblog_of is not None:
        parts.append(status_json(town, world.posts[post.reblog_of], base, viewer))
    else:
        parts.append(b"null")
    parts.append(b',"poll":')
    if post.poll is not None:
        parts.append(encode(poll_dict(town, post.poll, viewer, post.author)))
    else:
        parts.append(b"null")
    if viewer is not None:
        person = world.people[viewer]
        target = post if post.reblog_of is None else world.posts[post.reblog_of]
        flags = (
            viewer in target.favourited_by,
            viewer in target.reblogs,
            world.muting(viewer, target.author) is not None,
            target.key in person.bookmarks,
        )
        parts.append(
            b',"favourited":%s,"reblogged":%s,"muted":%s,"bookmarked":%s'
            % tuple(b"true" if f else b"false" for f in flags)
        )
        if post.author == viewer:
            parts.append(b',"pinned":false')
        parts.append(b',"filtered":' + encode(word_filters.filtered(town, target, viewer)))
    else:
        parts.append(b',"filtered":[]')
    parts.append(b"}")
    return b"".join(parts)


def statuses_json(town: Town, posts: list[Post], base: str, viewer: int | None) -> bytes:
    return b"[" + b",".join(status_json(town, p, base, viewer) for p in posts) + b"]"


#: Mastodon 4.3 puts favourites and boosts of one post, and follows, into one group while it
#: spans at most this many hours (``Notification::MAXIMUM_GROUP_SPAN_HOURS``).
GROUP_SPAN_HOURS = 12


def group_keys(town: Town, notes: list[Notification]) -> dict[int, str]:
    """Each notification's ``group_key`` as Mastodon 4.3 makes it, for one person's
    notifications (oldest first): ``favourite-<post>-<hour>``, ``reblog-<post>-<hour>``,
    ``follow-<hour>``, ``admin.sign_up-<hour>``, and ``ungrouped-<id>`` for the other kinds.
    Like Mastodon (which keeps the hour in Redis), a group goes on from its first hour while
    a new one comes less than 12 hours after it."""
    first_hour: dict[str, int] = {}
    keys: dict[int, str] = {}
    for note in notes:
        prefix = ""
        if note.type in ("favourite", "reblog") and note.post_key is not None:
            post = town.world.posts.get(note.post_key)
            if post is not None:
                prefix = f"{note.type}-{town.learn_post(post)}"
        elif note.type in ("follow", "admin.sign_up"):
            prefix = note.type
        if not prefix:
            keys[note.id] = f"ungrouped-{note.id}"
            continue
        hour = int(note.created_at.timestamp()) // 3600
        previous = first_hour.get(prefix)
        if previous is not None and hour < previous + GROUP_SPAN_HOURS:
            hour = previous
        first_hour[prefix] = hour
        keys[note.id] = f"{prefix}-{hour}"
    return keys


def notification_json(
    town: Town, note: Notification, base: str, viewer: int, key: str | None = None
) -> bytes:
    """``key``: its group_key (see :func:`group_keys`); found here when not given."""
    if key is None:
        key = group_keys(town, town.notifications.get(viewer, []))[note.id]
    head = encode(
        {
            "id": str(note.id),
            "type": note.type,
            "created_at": iso(note.created_at),
            "group_key": key,
        }
    )[:-1]
    parts = [head, b',"account":', account_json(town, note.from_pk, base)]
    if note.type == "move":  # the new account (practice/moves.py)
        target = moves.move_target(town.world, note.id, note.from_pk)
        if target is not None:
            parts += [b',"target_account":', account_json(town, target, base)]
    post = town.world.posts.get(note.post_key) if note.post_key is not None else None
    if post is not None:
        parts += [b',"status":', status_json(town, post, base, viewer)]
    parts.append(b"}")
    return b"".join(parts)


def relationship(town: Town, viewer: int, pk: int) -> dict[str, Any]:
    world = town.world
    graph = world.graph
    rel = graph.following.get(viewer, {}).get(pk)
    mute = world.muting(viewer, pk)
    me, them = world.people[viewer], world.people[pk]
    return {
        "id": str(town.learn_account(pk)),
        "following": rel is not None,
        "showing_reblogs": rel.reblogs if rel else False,
        "notifying": rel.notify if rel else False,
        "languages": rel.languages if rel else None,
        "followed_by": world.follows(pk, viewer),
        "blocking": pk in me.blocks,
        "blocked_by": viewer in them.blocks,
        "muting": mute is not None,
        "muting_notifications": bool(mute and mute.notifications),
        "requested": viewer in graph.requests.get(pk, {}),
        "requested_by": pk in graph.requests.get(viewer, {}),
        "domain_blocking": them.home in me.domain_blocks,
        "endorsed": False,
        "note": "",
    }

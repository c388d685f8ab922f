"""Practice town routes: the town's own description (instance, rules, pages, emoji, NodeInfo)."""

from __future__ import annotations

from html import escape
from typing import Any

import msgspec
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from townsfolk.practice.model import (
    Person,
    iso,
)
from townsfolk.practice.routes.base import (
    ROUTES,
    Ctx,
    _html_page,
    api,
    not_found,
)
from townsfolk.practice.world import Town

# -- instance ---------------------------------------------------------------------------------


def _api_version(town: Town) -> int | None:
    parts = town.version.split("+")[0].split(".")
    try:
        major, minor = int(parts[0]), int(parts[1])
    except (ValueError, IndexError):
        return None
    return {(4, 3): 2, (4, 4): 4, (4, 5): 7, (4, 6): 10}.get((major, minor))


def _version_at_least(town: Town, major: int, minor: int) -> bool:
    parts = town.version.split("+")[0].split(" ")[0].split(".")
    try:
        return (int(parts[0]), int(parts[1])) >= (major, minor)
    except (ValueError, IndexError):
        return False


def _contact(ctx: Ctx) -> Person:
    return ctx.world.people[ctx.world.handles[(ctx.town.domain, "townhall")]]


def _config(ctx: Ctx) -> dict[str, Any]:
    return {
        "accounts": {"max_featured_tags": 10, "max_pinned_statuses": 5},
        "statuses": {
            "max_characters": 500,
            "max_media_attachments": 4,
            "characters_reserved_per_url": 23,
        },
        "media_attachments": {
            "supported_mime_types": [
                "image/jpeg",
                "image/png",
                "image/gif",
                "image/heic",
                "image/heif",
                "image/webp",
                "image/avif",
                "video/webm",
                "video/mp4",
                "video/quicktime",
                "video/ogg",
                "audio/wave",
                "audio/wav",
                "audio/x-wav",
                "audio/x-pn-wave",
                "audio/vnd.wave",
                "audio/ogg",
                "audio/vorbis",
                "audio/mpeg",
                "audio/mp3",
                "audio/webm",
                "audio/flac",
                "audio/aac",
                "audio/m4a",
                "audio/x-m4a",
                "audio/mp4",
                "audio/3gpp",
                "video/x-ms-asf",
            ],
            "description_limit": 1500,
            "image_size_limit": 16777216,
            "image_matrix_limit": 33177600,
            "video_size_limit": 103809024,
            "video_frame_rate_limit": 120,
            "video_matrix_limit": 8294400,
        },
        "polls": {
            "max_options": 4,
            "max_characters_per_option": 50,
            "min_expiration": 300,
            "max_expiration": 2629746,
        },
    }


def _local_people(ctx: Ctx) -> list[Person]:
    return [p for p in ctx.world.people.values() if p.home == ctx.town.domain]


def _local_posts(ctx: Ctx) -> int:
    return sum(
        1
        for p in ctx.world.posts.values()
        if not p.deleted and ctx.world.people[p.author].home == ctx.town.domain
    )


@api("/api/v2/instance")
def instance_v2(ctx: Ctx) -> Response:
    town = ctx.town
    if town.personality.instance_v2 == "no":
        raise not_found()
    if town.personality.instance_v2 == "broken":
        return ctx.json(["not", "a", "town", "description"])
    config = _config(ctx)
    host = ctx.base.split("://", 1)[1]
    config["urls"] = {"streaming": f"ws://{host}", "status": None}
    if _version_at_least(town, 4, 4):
        # The page addresses came with 4.4; terms_of_service is null when none are set.
        # The pages are served by this town itself (see policy_page), so links work.
        config["urls"].update(
            {
                "about": f"{ctx.base}/about",
                "privacy_policy": f"{ctx.base}/privacy-policy" if town.has_privacy_policy else None,
                "terms_of_service": f"{ctx.base}/terms-of-service" if town.has_terms else None,
            }
        )
    config["vapid"] = {"public_key": "BPracticeTownVapidKeyNotForRealPushes0000000000000000000"}
    config["translation"] = {"enabled": False}
    config["timelines_access"] = {
        "live_feeds": {"local": "public", "remote": "public"},
        "hashtag_feeds": {"local": "public", "remote": "public"},
        "trending_link_feeds": {"local": "public", "remote": "public"},
    }
    thumb = f"{ctx.base}/system/site_uploads/thumbnail.png"
    body: dict[str, Any] = {
        "domain": town.domain,
        "title": town.title,
        "version": town.version,
        "source_url": "https://github.com/mastodon/mastodon",
        "description": town.short_description,
        "usage": {"users": {"active_month": len(_local_people(ctx))}},
        "thumbnail": {"url": thumb, "blurhash": None, "versions": {"@1x": thumb, "@2x": thumb}},
        "icon": [],
        "languages": ["en"],
        "configuration": config,
        "registrations": {
            "enabled": town.registration_mode != "closed",
            "approval_required": town.registration_mode == "approval",
            "reason_required": town.reason_required,
            "message": (
                "<p>This town is not taking new people right now.</p>"
                if town.registration_mode == "closed"
                else None
            ),
            "min_age": town.min_age,
            "url": None,
        },
        "contact": {
            "email": f"townhall@{town.domain}",
            "account": msgspec.json.decode(ctx.account(_contact(ctx))),
        },
        "rules": _rules(ctx),
    }
    version = _api_version(town)
    if version is not None:
        body["api_versions"] = {"mastodon": version}
    return ctx.json(body)


def _rules(ctx: Ctx) -> list[dict[str, Any]]:
    if ctx.town.personality.rules_api != "yes":
        return []  # the town keeps its rules elsewhere (its web pages), or not at all
    return [
        {"id": str(i + 1), "text": text, "hint": hint, "translations": {}}
        for i, (text, hint) in enumerate(ctx.town.rules)
    ]


@api("/api/v1/instance")
def instance_v1(ctx: Ctx) -> Response:
    town = ctx.town
    host = ctx.base.split("://", 1)[1]
    config = _config(ctx)
    return ctx.json(
        {
            "uri": town.domain,
            "title": town.title,
            "short_description": town.short_description,
            "description": town.short_description,
            "email": f"townhall@{town.domain}",
            "version": town.version,
            "urls": {"streaming_api": f"ws://{host}"},
            "stats": {
                "user_count": len(_local_people(ctx)),
                "status_count": _local_posts(ctx),
                "domain_count": len(ctx.world.towns),
            },
            "thumbnail": f"{ctx.base}/system/site_uploads/thumbnail.png",
            "languages": ["en"],
            "registrations": town.registration_mode != "closed",
            "approval_required": town.registration_mode == "approval",
            "invites_enabled": False,
            "configuration": config,
            "contact_account": msgspec.json.decode(ctx.account(_contact(ctx))),
            "rules": [{"id": r["id"], "text": r["text"]} for r in _rules(ctx)],
        }
    )


def _api_pages_missing(ctx: Ctx) -> None:
    """Towns that keep their rules and policies only as web pages answer 404 (Takahē)."""
    if ctx.town.personality.rules_api == "missing":
        raise not_found()


@api("/api/v1/instance/rules")
def instance_rules(ctx: Ctx) -> Response:
    _api_pages_missing(ctx)
    return ctx.json(_rules(ctx))


@api("/api/v1/instance/extended_description")
def extended_description(ctx: Ctx) -> Response:
    _api_pages_missing(ctx)
    return ctx.json({"updated_at": iso(ctx.world.anchor), "content": ctx.town.description})


def _privacy_text(ctx: Ctx) -> str:
    return (
        "<p>This is a practice town. Everything you write stays on your own computer and is "
        "forgotten when the practice ends.</p>"
    )


def _terms_text(ctx: Ctx) -> str:
    return f"<p>Be kind to the people of {escape(ctx.town.title)}.</p>"


def _has_terms(town: Town) -> bool:
    return town.has_terms and _version_at_least(town, 4, 4)


@api("/api/v1/instance/privacy_policy")
def privacy_policy(ctx: Ctx) -> Response:
    _api_pages_missing(ctx)
    if not ctx.town.has_privacy_policy:
        raise not_found()
    return ctx.json({"updated_at": iso(ctx.world.anchor), "content": _privacy_text(ctx)})


@api("/api/v1/instance/terms_of_service")
def terms_of_service(ctx: Ctx) -> Response:
    if not _has_terms(ctx.town):
        raise not_found()
    return ctx.json(
        {
            "effective_date": ctx.world.anchor.date().isoformat(),
            "effective": True,
            "content": _terms_text(ctx),
            "succeeded_by": None,
        }
    )


@api("/about")
def about_page(ctx: Ctx) -> Response:
    return _html_page(ctx.town.title, f"<p>{escape(ctx.town.short_description)}</p>")


@api("/privacy-policy")
def privacy_policy_page(ctx: Ctx) -> Response:
    if not ctx.town.has_privacy_policy:
        return _html_page("Not found", "<p>This page does not exist.</p>", 404)
    return _html_page(f"Privacy policy of {ctx.town.title}", _privacy_text(ctx))


@api("/terms-of-service")
def terms_of_service_page(ctx: Ctx) -> Response:
    if not _has_terms(ctx.town):
        return _html_page("Not found", "<p>This page does not exist.</p>", 404)
    return _html_page(f"Terms of service of {ctx.town.title}", _terms_text(ctx))


def _web_page(ctx: Ctx, title: str, body: str) -> Response:
    """A page of a town that keeps its rules and policies on the web (Takahē)."""
    if not ctx.town.personality.web_pages:
        return _html_page("Not found", "<p>This page does not exist.</p>", 404)
    return _html_page(title, body)


@api("/about/")
def about_web_page(ctx: Ctx) -> Response:
    return _web_page(ctx, f"About {ctx.town.title}", f"<p>{escape(ctx.town.short_description)}</p>")


@api("/pages/rules/")
def rules_web_page(ctx: Ctx) -> Response:
    items = "".join(f"<li>{escape(text)}</li>" for text, _hint in ctx.town.rules)
    return _web_page(ctx, f"Rules of {ctx.town.title}", f"<ol>{items}</ol>")


@api("/pages/terms/")
def terms_web_page(ctx: Ctx) -> Response:
    return _web_page(ctx, f"Terms of {ctx.town.title}", _terms_text(ctx))


@api("/pages/privacy/")
def privacy_web_page(ctx: Ctx) -> Response:
    return _web_page(ctx, f"Privacy policy of {ctx.town.title}", _privacy_text(ctx))


@api("/auth/signup/")
def sign_up_web_page(ctx: Ctx) -> Response:
    page = ctx.town.personality.sign_up_page
    if page != "/auth/signup/":
        return _html_page("Not found", "<p>This page does not exist.</p>", 404)
    return _html_page(
        f"Join {ctx.town.title}",
        "<p>Choose a user name, type your email address and a password.</p>",
    )


@api("/api/v1/instance/peers")
def instance_peers(ctx: Ctx) -> Response:
    return ctx.json([t.domain for t in ctx.world.towns if t is not ctx.town])


#: Picker categories of the seeded emoji (the others have none, as on many towns).
EMOJI_CATEGORIES = {
    "maple_leaf": "Nature",
    "sunflower": "Nature",
    "seagull": "Nature",
    "teacup": "Things",
    "anchor": "Things",
    "paintbrush": "Things",
    "tractor": "Things",
}


@api("/api/v1/custom_emojis")
def custom_emojis(ctx: Ctx) -> Response:
    return ctx.json(
        [
            {
                "shortcode": sc,
                "url": f"{ctx.base}/system/custom_emojis/{ctx.town.domain}/{sc}.png",
                "static_url": f"{ctx.base}/system/custom_emojis/{ctx.town.domain}/{sc}.png",
                "visible_in_picker": True,
                "category": EMOJI_CATEGORIES.get(sc),
            }
            for sc in ctx.town.emojis
        ]
    )


@api("/.well-known/nodeinfo")
def nodeinfo_links(ctx: Ctx) -> Response:
    return ctx.json(
        {
            "links": [
                {
                    "rel": "http://nodeinfo.diaspora.software/ns/schema/2.0",
                    "href": f"{ctx.base}/nodeinfo/2.0",
                }
            ]
        }
    )


@api("/nodeinfo/2.0")
def nodeinfo(ctx: Ctx) -> Response:
    town = ctx.town
    people = len(_local_people(ctx))
    return ctx.json(
        {
            "version": "2.0",
            "software": {"name": town.flavour, "version": town.version},
            "protocols": ["activitypub"],
            "services": {"outbound": [], "inbound": []},
            "usage": {
                "users": {"total": people, "activeMonth": people, "activeHalfyear": people},
                "localPosts": _local_posts(ctx),
            },
            "openRegistrations": town.registration_mode == "open",
            "metadata": {"nodeName": town.title, "nodeDescription": town.short_description},
        }
    )


async def health(request: Request) -> Response:
    return PlainTextResponse("OK")


ROUTES.append(Route("/health", health))

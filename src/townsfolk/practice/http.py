"""The practice towns' HTTP face: a Starlette router behind a small ASGI front door.

The front door picks the town (by Host header, or a fixed town per port), applies faults,
adds X-RateLimit headers to every API answer and serves the loopback-only admin endpoint.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import secrets
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.parser import BytesParser
from email.policy import HTTP
from html import escape
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx
import msgspec
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route, Router
from starlette.types import Message, Receive, Scope, Send

from townsfolk.practice import follow_limits, images, personalities
from townsfolk.practice.faults import Fault
from townsfolk.practice.model import (
    AuthCode,
    Marker,
    Media,
    Person,
    Post,
    Token,
    UserList,
    iso,
    utcnow,
)
from townsfolk.practice.render import (
    account_json,
    credential_account,
    encode,
    media_dict,
    notification_json,
    poll_dict,
    relationship,
    status_json,
    statuses_json,
)
from townsfolk.practice.text import counted_length
from townsfolk.practice.world import Town, World, idempotency_alive

JSON = "application/json; charset=utf-8"
OOB = "urn:ietf:wg:oauth:2.0:oob"
RATE_LIMIT = 300
RATE_WINDOW = 300.0
ALL_SCOPES = [
    "read", "write", "follow", "push", "profile",
    "read:accounts", "read:blocks", "read:bookmarks", "read:favourites", "read:filters",
    "read:follows", "read:lists", "read:mutes", "read:notifications", "read:search",
    "read:statuses", "write:accounts", "write:blocks", "write:bookmarks", "write:conversations",
    "write:favourites", "write:filters", "write:follows", "write:lists", "write:media",
    "write:mutes", "write:notifications", "write:reports", "write:statuses",
]  # fmt: skip
NOT_FOUND = "Record not found"


class ConnectionRefusedByTown(httpx.ConnectError):
    """In-process stand-in for a refused connection (a served town really closes its socket)."""


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised after a deliberately short body; uvicorn then closes the connection."""


class ApiError(Exception):
    def __init__(
        self, status: int, error: str, *, headers: dict[str, str] | None = None, **extra: Any
    ) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.extra = extra
        self.headers = headers or {}

    def response(self) -> Response:
        body = {"error": self.error, **self.extra}
        return Response(encode(body), self.status, self.headers, media_type=JSON)


def not_found() -> ApiError:
    return ApiError(404, NOT_FOUND)


# -- request parameters -----------------------------------------------------------------------


class Params:
    """Query + body parameters, flattened to Rails-style names (``poll[options][]``)."""

    def __init__(self, pairs: list[tuple[str, str]], files: dict[str, tuple[str, str, bytes]]):
        self.pairs = pairs
        self.files = files

    def get(self, name: str, default: str | None = None) -> str | None:
        for key, value in reversed(self.pairs):
            if key == name:
                return value
        return default

    def has(self, name: str) -> bool:
        return any(k == name or k == name + "[]" for k, _ in self.pairs)

    def getlist(self, name: str) -> list[str]:
        return [v for k, v in self.pairs if k in (name + "[]", name)]

    def bool(self, name: str, default: bool = False) -> bool:
        value = self.get(name)
        if value is None or value == "":
            return default
        return value.lower() not in ("false", "0", "f", "off", "no")

    def int(self, name: str, default: int | None = None) -> int | None:
        value = self.get(name)
        if value is None or value == "":
            return default
        try:
            return int(value)
        except ValueError:
            raise ApiError(400, f"Validation failed: {name} is not a number") from None


def _flatten(prefix: str, value: Any, out: list[tuple[str, str]]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _flatten(f"{prefix}[{key}]" if prefix else str(key), item, out)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, (dict, list)) or item is not None:
                _flatten(prefix + "[]", item, out)
    elif value is None:
        return
    elif isinstance(value, bool):
        out.append((prefix, "true" if value else "false"))
    else:
        out.append((prefix, str(value)))


async def read_params(request: Request) -> Params:
    pairs = list(request.query_params.multi_items())
    files: dict[str, tuple[str, str, bytes]] = {}
    if request.method in ("POST", "PUT", "PATCH", "DELETE"):
        body = await request.body()
        ctype = request.headers.get("content-type", "")
        if body:
            if ctype.startswith("application/json"):
                try:
                    data = msgspec.json.decode(body)
                except msgspec.DecodeError:
                    raise ApiError(
                        400, "Error occurred while parsing request parameters."
                    ) from None
                _flatten("", data, pairs)
            elif ctype.startswith("multipart/form-data"):
                message = BytesParser(policy=HTTP).parsebytes(
                    b"Content-Type: " + ctype.encode("latin-1") + b"\r\n\r\n" + body
                )
                for part in message.iter_parts():
                    name = part.get_param("name", header="content-disposition")
                    if not isinstance(name, str):
                        continue
                    payload = part.get_payload(decode=True)
                    data_bytes = payload if isinstance(payload, bytes) else b""
                    filename = part.get_filename()
                    if filename is not None:
                        files[name] = (filename, part.get_content_type(), data_bytes)
                    else:
                        pairs.append((name, data_bytes.decode("utf-8", "replace")))
            else:
                pairs += parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
    return Params(pairs, files)


# -- per-request context ----------------------------------------------------------------------


class Ctx:
    def __init__(self, request: Request, town: Town, params: Params) -> None:
        self.request = request
        self.town = town
        self.world = town.world
        self.params = params
        scheme = request.url.scheme
        host = request.headers.get("host") or town.domain
        self.base = f"{scheme}://{host}"
        self.token: Token | None = None
        self.viewer: Person | None = None

    @property
    def vkey(self) -> int | None:
        return self.viewer.key if self.viewer else None

    @property
    def me(self) -> Person:
        assert self.viewer is not None
        return self.viewer

    def json(self, obj: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
        return Response(encode(obj), status, headers, media_type=JSON)

    def raw(
        self, body: bytes, status: int = 200, headers: dict[str, str] | None = None
    ) -> Response:
        return Response(body, status, headers, media_type=JSON)

    def limit(self, default: int, cap: int) -> int:
        value = self.params.int("limit", default)
        assert value is not None
        return max(1, min(value, cap))

    def paging(self) -> tuple[int | None, int | None, int | None]:
        return (self.id_param("max_id"), self.id_param("since_id"), self.id_param("min_id"))

    def id_param(self, name: str) -> int | None:
        value = self.params.get(name)
        if not value:
            return None
        try:
            return int(value)
        except ValueError:
            return None

    def link(self, items: list[int], limit: int) -> dict[str, str]:
        if not items:
            return {}
        url = self.base + self.request.url.path
        keep = [
            (k, v)
            for k, v in self.request.query_params.multi_items()
            if k not in ("max_id", "min_id", "since_id")
        ]
        links = []
        if len(items) >= limit:
            links.append(f'<{url}?{urlencode([*keep, ("max_id", str(items[-1]))])}>; rel="next"')
        links.append(f'<{url}?{urlencode([*keep, ("min_id", str(items[0]))])}>; rel="prev"')
        return {"Link": ", ".join(links)}

    # -- lookups
    def post(self, raw_id: str) -> Post:
        try:
            key = self.town.post_by_id.get(int(raw_id))
        except ValueError:
            key = None
        post = self.world.posts.get(key) if key is not None else None
        if post is None or not self.world.can_see(self.vkey, post):
            raise not_found()
        return post

    def person(self, raw_id: str) -> Person:
        try:
            pk = self.town.acct_by_id.get(int(raw_id))
        except ValueError:
            pk = None
        if pk is None:
            raise not_found()
        return self.world.people[pk]

    def status(self, post: Post, status: int = 200) -> Response:
        return self.raw(status_json(self.town, post, self.base, self.vkey), status)

    def account(self, person: Person) -> bytes:
        return account_json(self.town, person.key, self.base)

    def accounts(self, people: list[Person], headers: dict[str, str] | None = None) -> Response:
        body = b"[" + b",".join(self.account(p) for p in people) + b"]"
        return self.raw(body, headers=headers)


def scan(  # noqa: PLR0917
    ids: list[int],
    keep: Callable[[int], bool],
    max_id: int | None,
    since_id: int | None,
    min_id: int | None,
    limit: int,
) -> list[int]:
    """Page through sorted ids newest first, as Mastodon does, honouring the paging parameters."""
    import bisect

    out: list[int] = []
    if min_id is not None:
        i = bisect.bisect_right(ids, min_id)
        while i < len(ids) and len(out) < limit:
            value = ids[i]
            if max_id is not None and value >= max_id:
                break
            if keep(value):
                out.append(value)
            i += 1
        out.reverse()
        return out
    end = bisect.bisect_left(ids, max_id) if max_id is not None else len(ids)
    for i in range(end - 1, -1, -1):
        value = ids[i]
        if since_id is not None and value <= since_id:
            break
        if keep(value):
            out.append(value)
            if len(out) >= limit:
                break
    return out


# -- authentication ---------------------------------------------------------------------------

Handler = Callable[[Ctx], Response]


def _acceptable(scope: str) -> set[str]:
    out = {scope}
    if ":" in scope:
        out.add(scope.split(":", 1)[0])
        if scope.split(":", 1)[1] in ("follows", "blocks", "mutes"):
            out.add("follow")
    if scope == "read:accounts":
        out.add("profile")
    return out


def _token(ctx: Ctx) -> Token | None:
    header = ctx.request.headers.get("authorization", "")
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    token = ctx.town.tokens.get(value.strip()) if scheme.lower() == "bearer" else None
    if token is None or token.revoked:
        raise ApiError(401, "The access token is invalid")
    return token


def _check_user(ctx: Ctx) -> None:
    token = ctx.token
    if token is None:
        raise ApiError(401, "The access token is invalid")
    if token.person is None:
        raise ApiError(422, "This method requires an authenticated user")
    person = ctx.world.people[token.person]
    if not person.confirmed:
        raise ApiError(403, "Your login is missing a confirmed e-mail address")
    if not person.approved:
        raise ApiError(403, "Your login is currently pending approval")
    if person.disabled:
        raise ApiError(403, "Your login is currently disabled")
    ctx.viewer = person


ROUTES: list[Route] = []


def api(
    path: str,
    methods: tuple[str, ...] = ("GET",),
    *,
    auth: str = "public",
    scope: str | None = None,
) -> Callable[[Handler], Handler]:
    """Register an endpoint. auth: public (token optional), user, token (app or user)."""

    def decorate(fn: Handler) -> Handler:
        async def endpoint(request: Request) -> Response:
            town: Town = request.scope["practice.town"]
            try:
                params = await read_params(request)
                ctx = Ctx(request, town, params)
                with town.world.lock:
                    ctx.token = _token(ctx)
                    if auth in ("user", "token") and ctx.token is None:
                        raise ApiError(401, "The access token is invalid")
                    if (
                        scope
                        and ctx.token is not None
                        and not _acceptable(scope) & set(ctx.token.scopes)
                    ):
                        raise ApiError(403, "This action is outside the authorized scopes")
                    if auth == "user":
                        _check_user(ctx)
                    elif ctx.token is not None and ctx.token.person is not None:
                        person = town.world.people[ctx.token.person]
                        ctx.viewer = person if person.functional else None
                    return fn(ctx)
            except ApiError as exc:
                return exc.response()

        ROUTES.append(Route(path, endpoint, methods=list(methods)))
        return fn

    return decorate


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


@api("/api/v1/custom_emojis")
def custom_emojis(ctx: Ctx) -> Response:
    return ctx.json(
        [
            {
                "shortcode": sc,
                "url": f"{ctx.base}/system/custom_emojis/{ctx.town.domain}/{sc}.png",
                "static_url": f"{ctx.base}/system/custom_emojis/{ctx.town.domain}/{sc}.png",
                "visible_in_picker": True,
                "category": None,
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


# -- apps and OAuth ---------------------------------------------------------------------------


def _app_json(app: Any, secret: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": str(app.id),
        "name": app.name,
        "website": app.website,
        "scopes": app.scopes,
        "redirect_uri": "\n".join(app.redirect_uris),
        "redirect_uris": app.redirect_uris,
    }
    if secret:
        out.update(
            {
                "client_id": app.client_id,
                "client_secret": app.client_secret,
                "client_secret_expires_at": 0,
                "vapid_key": "BPracticeTownVapidKeyNotForRealPushes0000000000000000000",
            }
        )
    return out


def _valid_redirect(uri: str) -> bool:
    if uri == OOB:
        return True
    parts = urlsplit(uri)
    return bool(parts.scheme and (parts.netloc or parts.scheme not in ("http", "https")))


@api("/api/v1/apps", ("POST",))
def create_app(ctx: Ctx) -> Response:
    p = ctx.params
    name = (p.get("client_name") or "").strip()
    uris: list[str] = []
    for value in p.getlist("redirect_uris"):
        uris += [u.strip() for u in value.splitlines() if u.strip()]
    errors = []
    if not name:
        errors.append("Application name can't be blank")
    elif len(name) > 60:
        errors.append("Application name is too long (maximum is 60 characters)")
    if not uris:
        errors.append("Redirect URI can't be blank")
    elif not all(_valid_redirect(u) for u in uris):
        errors.append("Redirect URI must be an absolute URI.")
    scopes = (p.get("scopes") or "read").split()
    if any(s not in ALL_SCOPES for s in scopes):
        errors.append("Scopes are invalid")
    if errors:
        raise ApiError(422, "Validation failed: " + ", ".join(errors))
    app = ctx.town.register_app(name, uris, p.get("website") or None, " ".join(scopes))
    return ctx.json(_app_json(app, secret=True))


@api("/api/v1/apps/verify_credentials", auth="token")
def verify_app(ctx: Ctx) -> Response:
    assert ctx.token is not None
    app = ctx.town.apps[ctx.token.app_id]
    return ctx.json(_app_json(app, secret=False))


@api("/.well-known/oauth-authorization-server")
def oauth_metadata(ctx: Ctx) -> Response:
    if not ctx.town.pkce_supported:
        raise not_found()
    b = ctx.base
    return ctx.json(
        {
            "issuer": f"{b}/",
            "service_documentation": "https://docs.joinmastodon.org/",
            "authorization_endpoint": f"{b}/oauth/authorize",
            "token_endpoint": f"{b}/oauth/token",
            "revocation_endpoint": f"{b}/oauth/revoke",
            "userinfo_endpoint": f"{b}/oauth/userinfo",
            "app_registration_endpoint": f"{b}/api/v1/apps",
            "scopes_supported": ALL_SCOPES,
            "response_types_supported": ["code"],
            "response_modes_supported": ["query", "fragment", "form_post"],
            "code_challenge_methods_supported": ["S256"],
            "grant_types_supported": ["authorization_code", "client_credentials"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        }
    )


def _loopback(host: str | None) -> bool:
    return host in ("127.0.0.1", "::1")


def redirect_matches(
    registered: str, requested: str, *, loopback_ignores_port: bool = True
) -> bool:
    """Doorkeeper's rule: exact match, except loopback IP literals ignore the port."""
    if registered == requested:
        return True
    if not loopback_ignores_port:
        return False
    a, b = urlsplit(registered), urlsplit(requested)
    return (
        a.scheme == b.scheme == "http"
        and _loopback(a.hostname)
        and a.hostname == b.hostname
        and a.path == b.path
        and a.query == b.query
    )


def _html_page(title: str, body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
        f"</head><body><h1>{escape(title)}</h1>{body}</body></html>",
        status,
    )


def _redirect_with(uri: str, **params: str | None) -> Response:
    query = urlencode({k: v for k, v in params.items() if v is not None})
    return RedirectResponse(uri + ("&" if "?" in uri else "?") + query, 302)


def _authorize(ctx: Ctx, person: Person | None) -> Response:
    p, town = ctx.params, ctx.town
    app = town.apps.get(p.get("client_id") or "")
    if app is None:
        return _html_page(
            "An error has occurred",
            "<p>Client authentication failed due to unknown client, no client authentication "
            "included, or unsupported authentication method.</p>",
            401,
        )
    redirect_uri = p.get("redirect_uri") or (
        app.redirect_uris[0] if len(app.redirect_uris) == 1 else ""
    )
    if personalities.login_before_redirect_check(town) and person is None:
        # Takahē: the log-in form first (a 302 to it), the return address only afterwards.
        if not p.get("login"):
            return _redirect_with("/oauth/authorize", login="1", **_auth_fields(ctx))
        return _login_form(ctx, None)
    allowed = personalities.redirect_allowed(town, app.redirect_uris, redirect_uri)
    if allowed is False:
        return _html_page("Invalid OAuth Request", "<p>Invalid redirect URI</p>", 401)
    if allowed is None and not any(
        redirect_matches(r, redirect_uri, loopback_ignores_port=town.loopback_ignores_port)
        for r in app.redirect_uris
    ):
        return _html_page(
            "An error has occurred",
            "<p>The redirect uri included is not valid.</p>",
            400,
        )
    state = p.get("state")
    oob = redirect_uri == OOB

    def fail(error: str, description: str) -> Response:
        if oob:
            return _html_page("An error has occurred", f"<p>{escape(description)}</p>", 400)
        return _redirect_with(redirect_uri, error=error, error_description=description, state=state)

    if p.get("response_type") != "code":
        return fail(
            "unsupported_response_type",
            "The authorization server does not support this response type.",
        )
    scopes = (p.get("scope") or "read").split()
    if not set(scopes) <= set(app.scopes):
        return fail(
            "invalid_scope",
            "The requested scope is invalid, unknown, or malformed.",
        )
    challenge = p.get("code_challenge") if town.pkce_supported else None
    if challenge and (p.get("code_challenge_method") or "plain") != "S256":
        return fail(
            "invalid_request",
            "The code_challenge_method must be S256.",
        )
    if person is None:
        return _login_form(ctx, None)
    code = AuthCode(
        code=secrets.token_urlsafe(32),
        client_id=app.client_id,
        person=person.key,
        redirect_uri=redirect_uri,
        scopes=scopes,
        challenge=challenge,
        expires=time.time() + 600,
    )
    town.codes[code.code] = code
    if oob:
        return _html_page(
            "Authorization code",
            "<p>Copy this code and paste it into the app:</p>"
            f'<p><code id="code">{escape(code.code)}</code></p>',
        )
    return _redirect_with(redirect_uri, code=code.code, state=state)


_AUTH_FIELDS = (
    "response_type", "client_id", "redirect_uri", "scope", "state",
    "code_challenge", "code_challenge_method", "force_login", "lang",
)  # fmt: skip


def _auth_fields(ctx: Ctx) -> dict[str, str | None]:
    return {name: ctx.params.get(name) for name in _AUTH_FIELDS}


def _login_form(ctx: Ctx, error: str | None) -> Response:
    hidden = "".join(
        f'<input type="hidden" name="{name}" value="{escape(value)}">'
        for name in _AUTH_FIELDS
        if (value := ctx.params.get(name)) is not None
    )
    message = f'<p class="error" id="error">{escape(error)}</p>' if error else ""
    return _html_page(
        f"Log in to {ctx.town.title}",
        f"{message}<form method='post' action='/oauth/authorize'>{hidden}"
        "<label>Username <input name='username' autocomplete='username'></label>"
        "<label>Password <input name='password' type='password'></label>"
        "<button type='submit'>Log in</button></form>",
        401 if error else 200,
    )


@api("/oauth/authorize")
def authorize_get(ctx: Ctx) -> Response:
    person = None
    # (a Takahē town first sends everyone to its log-in form, marked with login=1)
    first = personalities.login_before_redirect_check(ctx.town) and not ctx.params.get("login")
    if ctx.town.auto_approve_as and not first:
        try:
            person = ctx.town.person(ctx.town.auto_approve_as)
        except KeyError:
            person = None
    return _authorize(ctx, person)


@api("/oauth/authorize", ("POST",))
def authorize_post(ctx: Ctx) -> Response:
    username = (ctx.params.get("username") or "").lstrip("@").split("@")[0]
    password = ctx.params.get("password") or ""
    pk = ctx.world.handles.get((ctx.town.domain, username.lower()))
    person = ctx.world.people.get(pk) if pk is not None else None
    if person is None or not secrets.compare_digest(person.password, password):
        return _login_form(ctx, "That username and password do not match. Please try again.")
    return _authorize(ctx, person)


def _oauth_error(status: int, error: str, description: str) -> ApiError:
    return ApiError(status, error, error_description=description)


def _client(ctx: Ctx) -> Any:
    p = ctx.params
    client_id, secret = p.get("client_id"), p.get("client_secret")
    header = ctx.request.headers.get("authorization", "")
    if header.lower().startswith("basic "):
        try:
            decoded = base64.b64decode(header[6:]).decode()
            client_id, _, secret = decoded.partition(":")
        except (ValueError, UnicodeDecodeError):
            client_id = secret = None
    app = ctx.town.apps.get(client_id or "")
    if app is None or not secret or not secrets.compare_digest(app.client_secret, secret):
        raise _oauth_error(
            401,
            "invalid_client",
            "Client authentication failed due to unknown client, no client authentication "
            "included, or unsupported authentication method.",
        )
    return app


def _token_json(token: Token) -> dict[str, Any]:
    return {
        "access_token": token.value,
        "token_type": "Bearer",
        "scope": " ".join(token.scopes),
        "created_at": int(token.created_at.timestamp()),
    }


INVALID_GRANT = (
    "The provided authorization grant is invalid, expired, revoked, does not match the "
    "redirection URI used in the authorization request, or was issued to another client."
)


@api("/oauth/token", ("POST",))
def oauth_token(ctx: Ctx) -> Response:
    p, town = ctx.params, ctx.town
    grant = p.get("grant_type")
    if grant not in ("authorization_code", "client_credentials"):
        raise _oauth_error(
            400,
            "unsupported_grant_type",
            "The authorization grant type is not supported by the authorization server.",
        )
    app = _client(ctx)
    if grant == "client_credentials":
        scopes = (p.get("scope") or "read").split()
        if not set(scopes) <= set(app.scopes):
            raise _oauth_error(
                400, "invalid_scope", "The requested scope is invalid, unknown, or malformed."
            )
        return ctx.json(_token_json(town.issue_token(app.client_id, None, scopes)))
    code = town.codes.pop(p.get("code") or "", None)
    if (
        code is None
        or code.client_id != app.client_id
        or code.expires < time.time()
        or not redirect_matches(code.redirect_uri, p.get("redirect_uri") or "")
    ):
        if town.personality.bad_code_status == 500:  # Takahē: an error page, not OAuth JSON
            return _html_page("Server Error (500)", "", 500)
        raise _oauth_error(town.personality.bad_code_status, "invalid_grant", INVALID_GRANT)
    if code.challenge:
        verifier = p.get("code_verifier") or ""
        digest = hashlib.sha256(verifier.encode()).digest()
        expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
        if not verifier or not secrets.compare_digest(expected, code.challenge):
            raise _oauth_error(400, "invalid_grant", INVALID_GRANT)
    return ctx.json(_token_json(town.issue_token(app.client_id, code.person, code.scopes)))


@api("/oauth/revoke", ("POST",))
def oauth_revoke(ctx: Ctx) -> Response:
    app = _client(ctx)
    token = ctx.town.tokens.get(ctx.params.get("token") or "")
    if token is not None:
        if token.app_id != app.client_id:
            raise _oauth_error(
                403, "unauthorized_client", "You are not authorized to revoke this token"
            )
        token.revoked = True
    return ctx.json({})


@api("/oauth/userinfo", auth="user", scope="profile")
def oauth_userinfo(ctx: Ctx) -> Response:
    me = ctx.me
    return ctx.json(
        {
            "iss": f"{ctx.base}/",
            "sub": f"https://{me.home}/users/{me.username}",
            "name": me.display_name,
            "preferred_username": me.username,
            "profile": f"https://{me.home}/@{me.username}",
            "picture": msgspec.json.decode(ctx.account(me))["avatar"],
        }
    )


# -- sign-up ----------------------------------------------------------------------------------

RESERVED = {"admin", "root", "support", "help", "mastodon", "moderator", "webmaster", "townhall"}


@api("/api/v1/accounts", ("POST",), auth="token", scope="write:accounts")
def sign_up(ctx: Ctx) -> Response:
    town, p, world = ctx.town, ctx.params, ctx.world
    if not town.personality.sign_up_api:
        raise not_found()  # people join on the town's web page
    assert ctx.token is not None
    if town.registration_mode == "closed":
        raise ApiError(403, "Forbidden")
    details: dict[str, list[dict[str, str]]] = {}
    messages: list[str] = []

    def bad(field: str, code: str, description: str) -> None:
        details.setdefault(field, []).append({"error": code, "description": description})
        messages.append(f"{field.replace('_', ' ').capitalize()} {description}")

    username = (p.get("username") or "").strip()
    email = (p.get("email") or "").strip()
    password = p.get("password") or ""
    if not username:
        bad("username", "ERR_BLANK", "can't be blank")
    elif not all(c.isascii() and (c.isalnum() or c == "_") for c in username):
        bad("username", "ERR_INVALID", "must contain only letters, numbers and underscores")
    elif len(username) > 30:
        bad("username", "ERR_TOO_LONG", "is too long (maximum is 30 characters)")
    elif username.lower() in RESERVED:
        bad("username", "ERR_RESERVED", "is reserved")
    elif (town.domain, username.lower()) in world.handles:
        bad("username", "ERR_TAKEN", "has already been taken")
    if not email:
        bad("email", "ERR_BLANK", "can't be blank")
    elif "@" not in email or "." not in email.split("@")[-1] or " " in email:
        bad("email", "ERR_INVALID", "is invalid")
    elif any(
        q.email.lower() == email.lower() for q in world.people.values() if q.home == town.domain
    ):
        bad("email", "ERR_TAKEN", "has already been taken")
    if not password:
        bad("password", "ERR_BLANK", "can't be blank")
    elif len(password) < 8:
        bad("password", "ERR_TOO_SHORT", "is too short (minimum is 8 characters)")
    elif len(password) > 72:
        bad("password", "ERR_TOO_LONG", "is too long (maximum is 72 characters)")
    if not p.bool("agreement"):
        bad("agreement", "ERR_ACCEPTED", "must be accepted")
    locale = p.get("locale") or "en"
    if len(locale) > 10 or not locale.replace("-", "").replace("_", "").isalpha():
        bad("locale", "ERR_INCLUSION", "is not included in the list")
    reason = (p.get("reason") or "").strip()
    if town.registration_mode == "approval" and town.reason_required and not reason:
        bad("reason", "ERR_BLANK", "can't be blank")
    if town.min_age:
        raw = p.get("date_of_birth") or ""
        if not raw:
            bad("date_of_birth", "ERR_BLANK", "can't be blank")
        else:
            try:
                born = datetime.strptime(raw, "%Y-%m-%d").date()
            except ValueError:
                bad("date_of_birth", "ERR_INVALID", "is invalid")
            else:
                today = utcnow().date()
                age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
                if age < town.min_age:
                    bad("date_of_birth", "ERR_BELOW_LIMIT", "is below the age limit")
    if details:
        raise ApiError(422, "Validation failed: " + ", ".join(messages), details=details)
    person = world.add_person(
        town.domain,
        username,
        username,
        "",
        created_at=utcnow(),
        hue=len(world.people) * 47 % 360,
        email=email,
        password=password,
    )
    person.confirmed = False
    person.approved = town.registration_mode != "approval"
    person.locale = locale
    person.reason = reason
    person.created_by_app = ctx.token.app_id
    app = town.apps[ctx.token.app_id]
    token = town.issue_token(app.client_id, person.key, app.scopes)
    return ctx.json(_token_json(token))


@api("/api/v1/emails/confirmations", ("POST",), auth="token")
def resend_confirmation(ctx: Ctx) -> Response:
    token = ctx.token
    assert token is not None
    if token.person is None:
        raise ApiError(422, "This method requires an authenticated user")
    person = ctx.world.people[token.person]
    if person.confirmed or person.created_by_app != token.app_id:
        raise ApiError(
            403, "This method is only available while the e-mail is awaiting confirmation"
        )
    email = ctx.params.get("email")
    if email:
        person.email = email
    return ctx.json({})


# -- accounts ---------------------------------------------------------------------------------


@api("/api/v1/accounts/verify_credentials", auth="user", scope="read:accounts")
def verify_credentials(ctx: Ctx) -> Response:
    return ctx.json(credential_account(ctx.town, ctx.me, ctx.base))


@api("/api/v1/accounts/update_credentials", ("PATCH",), auth="user", scope="write:accounts")
def update_credentials(ctx: Ctx) -> Response:
    """Only ``display_name`` for now (Mastodon: at most 30 characters)."""
    name = ctx.params.get("display_name")
    if name is not None:
        if len(name) > 30:
            raise ApiError(
                422,
                "Validation failed: Display name is too long (maximum is 30 characters)",
                details={"display_name": [{"error": "ERR_TOO_LONG", "description": "is too long"}]},
            )
        ctx.me.display_name = name
    return ctx.json(credential_account(ctx.town, ctx.me, ctx.base))


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
    ctx: Ctx, members: set[int] | None, replies_policy: str = "list"
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
        elif author != me and author not in following:
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
    ids = scan(ctx.town.timeline, _home_keep(ctx, None), *ctx.paging(), limit)
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


# -- media ------------------------------------------------------------------------------------


def _focus(raw: str | None) -> tuple[float, float] | None:
    if not raw:
        return None
    try:
        x, y = (max(-1.0, min(1.0, float(v))) for v in raw.split(",", 1))
    except ValueError:
        raise ApiError(422, "Validation failed: Focus is invalid") from None
    return x, y


@api("/api/v2/media", ("POST",), auth="user", scope="write:media")
def upload_media(ctx: Ctx) -> Response:
    upload = ctx.params.files.get("file")
    if upload is None or not upload[2]:
        raise ApiError(422, "Validation failed: File can't be blank")
    _name, ctype, data = upload
    description = ctx.params.get("description")
    if description is not None and len(description) > 1500:
        raise ApiError(
            422, "Validation failed: Description is too long (maximum is 1500 characters)"
        )
    size = images.image_size(data) if ctype.startswith("image/") else None
    if ctype.startswith("image/") and size is None:
        raise ApiError(422, "Validation failed: File could not be processed")
    kind = "image"
    if ctype.startswith("video/"):
        kind = "gifv" if ctype == "image/gif" else "video"
    elif ctype.startswith("audio/"):
        kind = "audio"
    elif not ctype.startswith("image/"):
        raise ApiError(
            422, "Validation failed: File has contents that are not what they are reported to be"
        )
    media = Media(
        key=ctx.world.next_key(),
        owner=ctx.me.key,
        kind=kind,
        content_type=ctype,
        width=size[0] if size else 640,
        height=size[1] if size else 360,
        description=description,
        focus=_focus(ctx.params.get("focus")) or (0.0, 0.0),
        data=data,
        processing_left=0 if kind == "image" else 2,
        hue=len(ctx.world.media) * 31 % 360,
    )
    ctx.world.media[media.key] = media
    return ctx.json(media_dict(ctx.town, media, ctx.base), 200 if kind == "image" else 202)


def _my_media(ctx: Ctx) -> Media:
    try:
        mk = ctx.town.media_by_id.get(int(ctx.request.path_params["id"]))
    except ValueError:
        mk = None
    media = ctx.world.media.get(mk) if mk is not None else None
    if media is None or media.owner != ctx.me.key:
        raise not_found()
    return media


@api("/api/v1/media/{id}", auth="user", scope="write:media")
def get_media(ctx: Ctx) -> Response:
    media = _my_media(ctx)
    if media.processing_left > 0:
        media.processing_left -= 1
        # This answer still shows the media as processing; a later one is ready.
        shown = media_dict(ctx.town, media, ctx.base)
        shown["url"] = None
        return ctx.json(shown, 206)
    return ctx.json(media_dict(ctx.town, media, ctx.base))


@api("/api/v1/media/{id}", ("PUT",), auth="user", scope="write:media")
def update_media(ctx: Ctx) -> Response:
    media = _my_media(ctx)
    if ctx.params.get("description") is not None:
        media.description = ctx.params.get("description")
    focus = _focus(ctx.params.get("focus"))
    if focus is not None:
        media.focus = focus
    if media.attached_to is not None:
        ctx.world.touch_post(media.attached_to)
    status = 206 if media.processing_left > 0 else 200
    return ctx.json(media_dict(ctx.town, media, ctx.base), status)


# -- notifications ----------------------------------------------------------------------------


@api("/api/v1/notifications", auth="user", scope="read:notifications")
def notifications(ctx: Ctx) -> Response:
    ctx.world.end_polls(utcnow())
    p = ctx.params
    types = set(p.getlist("types"))
    exclude = set(p.getlist("exclude_types"))
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
    body = (
        b"[" + b",".join(notification_json(ctx.town, by_id[i], ctx.base, me) for i in page) + b"]"
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


# -- search -----------------------------------------------------------------------------------


def _resolve_url(ctx: Ctx, q: str) -> tuple[Person | None, Post | None]:
    parts = urlsplit(q)
    town = ctx.world.find_town(parts.hostname or "")
    if town is None:
        return None, None
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
    post = ctx.world.posts.get(key) if key is not None else None
    if post is None or post.author != person.key or post.reblog_of is not None:
        return None, None
    return None, post


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


# -- files ------------------------------------------------------------------------------------


def _png(data: bytes) -> Response:
    return Response(
        data, 200, {"Cache-Control": "public, max-age=31536000"}, media_type="image/png"
    )


async def file_endpoint(request: Request) -> Response:
    town: Town = request.scope["practice.town"]
    world = town.world
    from townsfolk.practice import hostile_media

    on_shelf = hostile_media.served(world, request.url.path)  # practice.hostile_media's files
    if on_shelf is not None:
        return Response(on_shelf[0], 200, media_type=on_shelf[1])
    kind = request.path_params["kind"]
    rest = request.path_params["rest"]
    parts = rest.split("/")
    with world.lock:
        try:
            if kind == "accounts" and len(parts) == 3:
                pk = town.acct_by_id.get(int(parts[1]))
                if pk is None:
                    raise KeyError
                person = world.people[pk]
                if parts[0] == "headers":
                    return _png(images.header_png(person.hue))
                return _png(
                    images.avatar_png(
                        world.seed, pk, person.hue, person.display_name or person.username
                    )
                )
            if kind == "media_attachments" and len(parts) == 2:
                mk = town.media_by_id.get(int(parts[0]))
                media = world.media[mk] if mk is not None else None
                if media is None:
                    raise KeyError
                small = parts[1].startswith("small")
                if media.data is not None and media.kind == "image":
                    if small:
                        return _png(images.scaled_png(media.data))
                    return Response(media.data, 200, media_type=media.content_type)
                if media.data is not None and not small:
                    return Response(media.data, 200, media_type=media.content_type)
                width, height = (media.width, media.height) if not small else (320, 240)
                return _png(images.picture_png(world.seed, media.key, media.hue, width, height))
            if kind == "custom_emojis" and len(parts) == 2:
                emoji_town = world.town(parts[0])
                code = parts[1].removesuffix(".png")
                return _png(images.emoji_png(code, emoji_town.emojis[code]))
            if kind == "preview_cards" and len(parts) == 1:
                index = int(parts[0].removesuffix(".png"))
                return _png(images.picture_png(world.seed, 10_000 + index, index * 60, 400, 300))
            if kind == "site_uploads":
                return _png(
                    images.picture_png(world.seed, 20_000 + town.index, town.profile.hue, 600, 300)
                )
        except (KeyError, ValueError):
            pass
    return PlainTextResponse("Not Found", 404)


ROUTES.append(Route("/system/{kind}/{rest:path}", file_endpoint))


async def not_found_endpoint(request: Request) -> Response:
    if request.url.path.startswith("/api/"):
        return Response(encode({"error": NOT_FOUND}), 404, media_type=JSON)
    return HTMLResponse(
        "<!DOCTYPE html><html><body>"
        "<h1>The page you are looking for isn't here.</h1></body></html>",
        404,
    )


ROUTES.append(
    Route(
        "/{path:path}",
        not_found_endpoint,
        methods=["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"],
    )
)

ROUTER = Router(routes=ROUTES)


# -- front door -------------------------------------------------------------------------------

_NGINX_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)
_STATUS_TEXT = {
    500: "We're sorry, but something went wrong on our end.",
    502: "Bad Gateway",
    503: "There was a temporary problem serving your request, please try again",
    504: "Gateway Timeout",
}


def _reset_header(when: float, unix: bool) -> str:
    if unix:
        return str(int(when))
    return datetime.fromtimestamp(when, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class PracticeApp:
    """ASGI app for the practice towns (one town per port, or by Host header)."""

    def __init__(self, world: World, town: Town | None = None) -> None:
        self.world = world
        self.fixed_town = town
        self.stopping = False
        self.served = False  # True when uvicorn serves this app on a real socket

    def _town_for(self, scope: Scope) -> Town | None:
        if self.fixed_town is not None:
            return self.fixed_town
        for name, value in scope.get("headers", []):
            if name == b"host":
                host = (
                    value.decode("latin-1").rsplit(":", 1)[0]
                    if b"]" not in value
                    else value.decode()
                )
                return self.world.find_town(host.strip("[]"))
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
            return
        town = self._town_for(scope)
        if town is None:
            await _simple(send, 404, b"No practice town lives at this address.", "text/plain")
            return
        path: str = scope["path"]
        if path.startswith("/_practice/"):
            await self._admin(scope, receive, send, town)
            return
        if town.faults.is_down:
            await self._drop(send, refused=True)
        generation = town.faults.generation
        fault = town.faults.take(path)
        if fault is not None and fault.kind == "drip":
            send = self._dripping(fault.delay, town, generation, send)
        elif fault is not None:
            handled = await self._fault(fault, town, path, send)
            if handled:
                return
        if town.flavour == "misskey" and path.startswith(("/api/v1/", "/api/v2/")):
            await _simple(send, 404, b"<html><body>Not found</body></html>", "text/html")
            return
        scope = dict(scope)
        scope["practice.town"] = town
        if path.startswith("/api/"):
            send = self._rate_headers(scope, town, send)
            send = personalities.rewrite_send(town, path, send)
        await ROUTER(scope, receive, send)

    def _rate_headers(self, scope: Scope, town: Town, send: Send) -> Send:
        key = "ip"
        for name, value in scope.get("headers", []):
            if name == b"authorization":
                key = value.decode("latin-1")
        now = time.time()
        with town.world.lock:
            window = town.rate.get(key)
            if window is None or now - window[0] >= RATE_WINDOW or window[1] >= RATE_LIMIT:
                window = town.rate[key] = [now, 0.0]
            window[1] += 1
            remaining = RATE_LIMIT - int(window[1])
            reset = window[0] + RATE_WINDOW
        headers = [
            (b"x-ratelimit-limit", str(RATE_LIMIT).encode()),
            (b"x-ratelimit-remaining", str(remaining).encode()),
            (b"x-ratelimit-reset", _reset_header(reset, False).encode()),
        ]

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = dict(message)
                own = message.get("headers", [])
                given = {bytes(name).lower() for name, _ in own}  # e.g. a follow limit's 429
                message["headers"] = [*own, *(h for h in headers if h[0] not in given)]
            await send(message)

        return wrapped

    def _dripping(self, delay: float, town: Town, generation: int, send: Send) -> Send:
        """The answer's body one byte every ``delay`` seconds, until the fault changes."""

        async def dripping(message: Message) -> None:
            if message["type"] != "http.response.body":
                await send(message)
                return
            body: bytes = message.get("body", b"")
            more: bool = message.get("more_body", False)
            for index in range(len(body)):
                if self.stopping or town.faults.generation != generation:
                    rest = body[index:]
                    await send({"type": "http.response.body", "body": rest, "more_body": more})
                    return
                chunk = body[index : index + 1]
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
                until = time.monotonic() + delay
                while time.monotonic() < until and not self.stopping:  # noqa: ASYNC110
                    await asyncio.sleep(min(0.05, max(0.0, until - time.monotonic())))
            await send({"type": "http.response.body", "body": b"", "more_body": more})

        return dripping

    async def _fault(self, fault: Fault, town: Town, path: str, send: Send) -> bool:
        kind = fault.kind
        if kind == "hang":
            while town.faults.still("hang", path) and not self.stopping:  # noqa: ASYNC110
                await asyncio.sleep(0.05)
            if self.stopping or town.faults.is_down:
                await self._drop(send, refused=False)
            return False
        if kind == "slow":
            deadline = time.monotonic() + fault.delay
            while time.monotonic() < deadline and not self.stopping:  # noqa: ASYNC110
                await asyncio.sleep(min(0.05, max(0.0, deadline - time.monotonic())))
            return False
        if kind == "status":
            if fault.html:
                body = _NGINX_502.replace(b"502 Bad Gateway", f"{fault.code} Error".encode())
                await _simple(send, fault.code, body, "text/html")
            else:
                text = _STATUS_TEXT.get(fault.code, "Something went wrong")
                await _simple(send, fault.code, encode({"error": text}), JSON)
            return True
        if kind == "html_error":
            body = _NGINX_502.replace(b"502 Bad Gateway", f"{fault.code} Bad Gateway".encode())
            await _simple(send, fault.code, body, "text/html")
            return True
        if kind == "rate_limit":
            headers = [
                (b"x-ratelimit-limit", str(RATE_LIMIT).encode()),
                (b"x-ratelimit-remaining", b"0"),
                (b"x-ratelimit-reset", _reset_header(fault.reset_at, fault.unix_reset).encode()),
            ]
            await _simple(send, 429, encode({"error": "Too many requests"}), JSON, headers)
            return True
        if kind == "malformed_json":
            await _simple(send, 200, b'{"id": "1", "content": "<p>Hello', JSON)
            return True
        if kind == "truncated":
            body = b'[{"id":"1","content":"<p>This answer stops half way'
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [
                        (b"content-type", JSON.encode()),
                        (b"content-length", str(len(body) + 4096).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body, "more_body": True})
            raise ConnectionDropped("peer closed connection without sending complete message body")
        return False

    async def _drop(self, send: Send, *, refused: bool) -> None:
        """End the exchange without an answer: refused in-process, a dropped connection served."""
        if not self.served:
            if refused:
                raise ConnectionRefusedByTown("Connection refused (the practice town is down)")
            raise ConnectionDropped("The practice town closed the connection")
        # uvicorn answers 500 if the app fails before starting a response, so start one and
        # fail: uvicorn then closes the connection and the client sees it drop.
        await send(
            {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1")]}
        )
        raise ConnectionDropped("The practice town closed the connection")

    async def _admin(self, scope: Scope, receive: Receive, send: Send, town: Town) -> None:
        client = scope.get("client") or ("", 0)
        if client[0] not in ("127.0.0.1", "::1"):
            await _simple(send, 403, encode({"error": "Only from this computer"}), JSON)
            return
        request = Request(scope, receive)
        if scope["path"] != "/_practice/faults":
            await _simple(send, 404, encode({"error": NOT_FOUND}), JSON)
            return
        body = await request.body()
        data: dict[str, Any] = {}
        if body:
            try:
                decoded = msgspec.json.decode(body)
            except msgspec.DecodeError:
                await _simple(send, 400, encode({"error": "Body is not JSON"}), JSON)
                return
            if isinstance(decoded, dict):
                data = decoded
        target = town
        if data.get("town"):
            found = self.world.find_town(str(data.pop("town")))
            if found is None:
                await _simple(send, 404, encode({"error": "No such town"}), JSON)
                return
            target = found
        else:
            data.pop("town", None)
        if request.method == "DELETE":
            target.faults.clear()
        elif request.method == "POST":
            kind = str(data.pop("kind", ""))
            try:
                target.faults.set(kind, **data)
            except (TypeError, ValueError) as exc:
                await _simple(send, 422, encode({"error": str(exc)}), JSON)
                return
        elif request.method != "GET":
            await _simple(send, 405, encode({"error": "Method not allowed"}), JSON)
            return
        current = target.faults.current
        await _simple(
            send,
            200,
            encode({"town": target.domain, "fault": current.describe() if current else None}),
            JSON,
        )


async def _simple(
    send: Send,
    status: int,
    body: bytes,
    ctype: str,
    headers: list[tuple[bytes, bytes]] | None = None,
) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", ctype.encode()),
                (b"content-length", str(len(body)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})

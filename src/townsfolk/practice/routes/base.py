"""Practice town routes: what every route shares.

Request parameters, the per-request context, authentication, and the `api` decorator that
registers an endpoint in `ROUTES`.
"""

from __future__ import annotations

from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP
from html import escape
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
import msgspec
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from townsfolk.practice import moves
from townsfolk.practice.model import (
    Person,
    Post,
    Token,
)
from townsfolk.practice.render import (
    account_json,
    encode,
    status_json,
)
from townsfolk.practice.world import Town

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
    if person.disabled or moves.moved_to(ctx.world, person.key) is not None:
        # Mastodon's require_user! asks User#functional?, which is false once the account
        # has moved (moved_to_account_id set): every endpoint that needs a working user
        # (follows, blocks, mutes, lists, bookmarks, relationships, posting, home, even
        # verify_credentials) answers 403. Reading public things with the token still works.
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


def _html_page(title: str, body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
        f"</head><body><h1>{escape(title)}</h1>{body}</body></html>",
        status,
    )

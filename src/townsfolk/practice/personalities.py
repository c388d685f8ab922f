"""Server personalities: a practice town can behave like a real server family.

Real towns are not all Mastodon 4. Each `Personality` switches on the differences seen in
real servers (docs/servers.md), so the client's tests keep meeting them:

- how the log-in page compares the return address (``redirect``):
  ``"doorkeeper"`` (Mastodon: a loopback address may carry any port), ``"exact"`` (older
  servers: the port must match what was registered), ``"takahe"`` (the address must be one
  of the registered ones as written, so a port is refused; a person who is not logged in is
  first sent to the log-in form, and only after logging in sees the town's own
  "Invalid OAuth Request" page, 401);
- the status a refused log-in code gets (``bad_code_status``: 400 per OAuth, 500 on Takahē,
  401 on some others);
- ``instance_v2``: ``"yes"``; ``"no"`` (404: only ``/api/v1/instance``); ``"broken"`` (an
  answer that is not a description at all);
- ``mime_types_as_map``: ``supported_mime_types`` is an object, not a list (older Friendica);
- JSON written differently: integer ids, counts as strings, date-only timestamps, optional
  objects left out, HTML in ``text``;
- ``follow_request_notifications``: False drops them from the notifications (Takahē);
- ``late_delivery``: the town delivers posts to home timelines through a background worker,
  so a post can appear after newer ones (tests hold a post back with `hold_back` and let it
  arrive with `deliver`);
- ``sign_up_api``: False answers 404 on ``POST /api/v1/accounts`` while the town description
  still says it takes new people: people join on the town's web page (``sign_up_page``);
- ``rules_api``: ``"yes"``; ``"missing"`` (404 on ``/api/v1/instance/rules``, the extended
  description, terms and privacy answers, and ``rules: []``); ``"empty"`` (``[]`` everywhere);
  ``web_pages``: the town keeps them as web pages (``/about/``, ``/pages/rules/``,
  ``/pages/terms/``, ``/pages/privacy/``, as Takahē does);
- ``status_source``: False answers 404 on ``/api/v1/statuses/:id/source``; ``can_edit``:
  False answers 404 on ``PUT /api/v1/statuses/:id`` (servers without editing);
- ``notification_types``: the notification types the town knows; a ``types[]`` naming any
  other is refused with 400 (Pleroma does this for types it does not know; ``None``, the
  default, takes any);
- ``idempotency``: False ignores ``Idempotency-Key`` (Takahē); tests make a post *arrive
  late* with `hold_posts` (the town's proxy answers 504 while the request waits in a queue)
  and `deliver_posts` (the queued requests reach the town now).

Applying a personality sets the town's existing switches (flavour, version, PKCE...) and
stores the `Personality` as ``town.personality``; `practice.http` asks it through the small
hooks below (`redirect_allowed`, `rewrite_send`, `is_held_back`). This module imports
nothing from the client (``api``/``cache``/``services``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import msgspec
from starlette.types import Message, Send

if TYPE_CHECKING:
    from townsfolk.practice.world import Town

__all__ = [
    "DEFAULT",
    "PERSONALITIES",
    "Personality",
    "apply",
    "deliver",
    "deliver_posts",
    "get",
    "hold_back",
    "hold_posts",
    "is_held_back",
    "login_before_redirect_check",
    "make_unreadable",
    "redirect_allowed",
    "rewrite_json",
    "rewrite_send",
]

OOB = "urn:ietf:wg:oauth:2.0:oob"


@dataclass(frozen=True)
class Personality:
    name: str
    flavour: str = "mastodon"
    version: str = "4.4.0"
    pkce: bool = True
    redirect: str = "doorkeeper"  # doorkeeper | exact | takahe
    bad_code_status: int = 400
    instance_v2: str = "yes"  # yes | no | broken
    mime_types_as_map: bool = False
    integer_ids: bool = False
    numbers_as_strings: bool = False
    date_only_timestamps: bool = False
    missing_optional_objects: bool = False
    html_in_text: bool = False
    follow_request_notifications: bool = True
    late_delivery: bool = False
    has_terms: bool = True
    sign_up_api: bool = True
    sign_up_page: str | None = None
    rules_api: str = "yes"  # yes | missing | empty
    web_pages: bool = False
    status_source: bool = True
    can_edit: bool = True
    idempotency: bool = True
    filters_v2: bool = True  # /api/v2/filters (Mastodon 4.0+); older towns answer 404
    notification_types: frozenset[str] | None = None  # None: any types[] is taken

    @property
    def rewrites_json(self) -> bool:
        return (
            self.mime_types_as_map
            or self.integer_ids
            or self.numbers_as_strings
            or self.date_only_timestamps
            or self.missing_optional_objects
            or self.html_in_text
            or not self.follow_request_notifications
        )


DEFAULT = Personality("mastodon4")

PERSONALITIES: dict[str, Personality] = {
    p.name: p
    for p in (
        DEFAULT,
        Personality(
            "mastodon3",
            version="3.5.3",
            pkce=False,
            redirect="exact",
            instance_v2="no",
            has_terms=False,
            filters_v2=False,
        ),
        Personality(
            "takahe",
            flavour="takahe",
            version="0.11.0",
            pkce=False,
            redirect="takahe",
            bad_code_status=500,
            html_in_text=True,
            follow_request_notifications=False,
            late_delivery=True,
            has_terms=False,
            sign_up_api=False,
            sign_up_page="/auth/signup/",
            rules_api="missing",
            web_pages=True,
            status_source=False,
            idempotency=False,
        ),
        Personality(
            "gotosocial",
            flavour="gotosocial",
            version="3.5.3+0.16.0",
            pkce=False,
            redirect="exact",
            bad_code_status=401,
            integer_ids=False,
            date_only_timestamps=True,
            has_terms=False,
            can_edit=False,  # editing came with GoToSocial 0.18
        ),
        Personality(
            "pleroma",
            flavour="pleroma",
            version="2.7.2 (compatible; Pleroma 2.6.0)",
            pkce=False,
            redirect="exact",
            instance_v2="no",
            numbers_as_strings=True,
            missing_optional_objects=True,
            has_terms=False,
        ),
        Personality(
            "friendica",
            flavour="friendica",
            version="2.8.0 (compatible; Friendica 2023.12)",
            pkce=False,
            redirect="exact",
            mime_types_as_map=True,
            integer_ids=True,
            numbers_as_strings=True,
            date_only_timestamps=True,
            missing_optional_objects=True,
            has_terms=False,
            rules_api="empty",
        ),
    )
}


def get(name: str) -> Personality:
    """The personality called ``name``; ValueError names the known ones."""
    try:
        return PERSONALITIES[name]
    except KeyError:
        known = ", ".join(sorted(PERSONALITIES))
        raise ValueError(f"unknown personality {name!r} (known: {known})") from None


def apply(town: Town, personality: str | Personality, **changes: Any) -> Personality:
    """Make ``town`` behave like ``personality`` (a name or a Personality); ``changes``
    override single quirks (``apply(town, "mastodon4", instance_v2="broken")``)."""
    chosen = get(personality) if isinstance(personality, str) else personality
    if changes:
        chosen = replace(chosen, **changes)
    town.personality = chosen
    town.flavour = chosen.flavour
    town.version = chosen.version
    town.pkce_supported = chosen.pkce
    town.loopback_ignores_port = chosen.redirect == "doorkeeper"
    town.has_terms = chosen.has_terms
    town.ignore_idempotency = not chosen.idempotency
    return chosen


# -- log-in -----------------------------------------------------------------------------------


def redirect_allowed(town: Town, registered: list[str], requested: str) -> bool | None:
    """For the ``takahe`` rule: whether ``requested`` is allowed. None: use the town's
    usual rule (Doorkeeper, with or without the loopback port)."""
    if town.personality.redirect != "takahe":
        return None
    # Takahē looks for the address in the registered text: with a port added it is not there.
    return requested in "\n".join(registered)


def login_before_redirect_check(town: Town) -> bool:
    """Takahē sends a person who is not logged in to its log-in form before it looks at
    the return address (so a check that does not follow redirects sees only a 302)."""
    return town.personality.redirect == "takahe"


# -- late delivery ----------------------------------------------------------------------------


def hold_back(town: Town, local_id: int) -> None:
    """Keep a post out of the home timelines of ``town`` until `deliver` (a background
    worker that has not got to it yet)."""
    town.held_back.add(local_id)


def deliver(town: Town, local_id: int) -> None:
    town.held_back.discard(local_id)


def is_held_back(town: Town, local_id: int) -> bool:
    return local_id in town.held_back


def hold_posts(town: Town) -> None:
    """From now on, a new post waits in the town's queue: the answer is a 504 from its
    proxy, and the post is made only by `deliver_posts` (a request that arrives late)."""
    if town.held_posts is None:
        town.held_posts = []


def deliver_posts(town: Town) -> int:
    """The queued post requests reach the town now (each makes its post); stop holding.
    Returns how many posts were made."""
    waiting, town.held_posts = town.held_posts or [], None
    for make in waiting:
        with town.world.lock:
            make()
    return len(waiting)


def make_unreadable(town: Town, post_id: str) -> None:
    """Every answer of ``town`` leaves ``account`` out of this post (a post no client can
    read: it must be skipped, not lose its timeline, thread or search result)."""
    town.unreadable_posts.add(str(post_id))


# -- JSON written differently ----------------------------------------------------------------

_OPTIONAL_POST_KEYS = (
    "card",
    "poll",
    "application",
    "emojis",
    "mentions",
    "tags",
    "media_attachments",
    "reblog",
    "edited_at",
    "in_reply_to_id",
    "in_reply_to_account_id",
    "language",
    "spoiler_text",
)


def _is_post(value: dict[str, Any]) -> bool:
    return "content" in value and ("account" in value or "visibility" in value)


def _rewrite(value: Any, p: Personality, broken: set[str], path: str) -> Any:
    if isinstance(value, list):
        items = [_rewrite(v, p, broken, path) for v in value]
        if not p.follow_request_notifications and path.startswith("/api/v1/notifications"):
            items = [
                v for v in items if not (isinstance(v, dict) and v.get("type") == "follow_request")
            ]
        return items
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    post = _is_post(value)
    if post and str(value.get("id")) in broken:
        value = {k: v for k, v in value.items() if k != "account"}
    for key, raw in value.items():
        item = _rewrite(raw, p, broken, path)
        if (
            p.integer_ids
            and (key == "id" or key.endswith("_id"))
            and isinstance(item, str)
            and item.isdigit()
        ):
            item = int(item)
        if p.numbers_as_strings and key.endswith("_count") and isinstance(item, int):
            item = str(item)
        if (
            p.date_only_timestamps
            and key in ("created_at", "edited_at")
            and isinstance(item, str)
            and len(item) > 10
        ):
            item = item[:10]
        if p.mime_types_as_map and key == "supported_mime_types" and isinstance(item, list):
            item = {str(m): str(m).rsplit("/", 1)[-1] for m in item}
        out[key] = item
    if post:
        if p.html_in_text:
            out["text"] = out.get("content", "")
        if p.missing_optional_objects:
            for key in _OPTIONAL_POST_KEYS:
                if not out.get(key):
                    out.pop(key, None)
    return out


def rewrite_json(town: Town, path: str, body: bytes) -> bytes:
    """An API answer of ``town`` as its personality writes it (unchanged when it writes
    JSON as Mastodon does and no post is made unreadable)."""
    p = town.personality
    if not p.rewrites_json and not town.unreadable_posts:
        return body
    try:
        data = msgspec.json.decode(body)
    except msgspec.DecodeError:
        return body
    return msgspec.json.encode(_rewrite(data, p, set(town.unreadable_posts), path))


def rewrite_send(town: Town, path: str, send: Send) -> Send:
    """Wrap an ASGI ``send`` so that a JSON answer goes through `rewrite_json` (its
    Content-Length fixed). Returns ``send`` itself when there is nothing to rewrite."""
    if not path.startswith("/api/") or (
        not town.personality.rewrites_json and not town.unreadable_posts
    ):
        return send
    held: list[Message] = []

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            held.append(message)
            return
        if message["type"] == "http.response.body" and held:
            start = held.pop()
            headers = list(start.get("headers", []))
            ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
            body = message.get("body", b"")
            if b"json" in ctype and not message.get("more_body", False):
                body = rewrite_json(town, path, body)
                headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
                headers.append((b"content-length", str(len(body)).encode()))
                message = {**message, "body": body}
            await send({**start, "headers": headers})
        await send(message)

    return wrapped

"""Async client for the Mastodon client API (and servers that speak it), over httpx.

Main entry points: `MastodonClient`, the entities in `townsfolk.api.entities`, the error tree
in `townsfolk.api.errors`, paging (`Page`, `Cursor`, `iterate_pages`), `Capabilities`, and the
log-in helpers in `townsfolk.api.oauth`.
"""

from townsfolk.api.capabilities import Capabilities, ParsedVersion, parse_version
from townsfolk.api.client import MastodonClient, NewPoll
from townsfolk.api.entities import (
    Account,
    Application,
    Instance,
    MediaAttachment,
    Notification,
    Relationship,
    Status,
    Token,
)
from townsfolk.api.errors import (
    ApiError,
    BadResponse,
    CannotConnect,
    Forbidden,
    ForbiddenReason,
    NetworkError,
    NotFound,
    NotMastodonCompatible,
    RateLimited,
    RequestRejected,
    ServerError,
    TimedOut,
    TlsError,
    Unauthorized,
    ValidationFailed,
)
from townsfolk.api.pagination import Cursor, Page, iterate_items, iterate_pages
from townsfolk.api.ratelimit import RateLimit

__all__ = [
    "Account",
    "ApiError",
    "Application",
    "BadResponse",
    "CannotConnect",
    "Capabilities",
    "Cursor",
    "Forbidden",
    "ForbiddenReason",
    "Instance",
    "MastodonClient",
    "MediaAttachment",
    "NetworkError",
    "NewPoll",
    "NotFound",
    "NotMastodonCompatible",
    "Notification",
    "Page",
    "ParsedVersion",
    "RateLimit",
    "RateLimited",
    "Relationship",
    "RequestRejected",
    "ServerError",
    "Status",
    "TimedOut",
    "TlsError",
    "Token",
    "Unauthorized",
    "ValidationFailed",
    "iterate_items",
    "iterate_pages",
    "parse_version",
]

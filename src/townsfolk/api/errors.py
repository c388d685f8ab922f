"""Every error the Mastodon client raises, in one documented tree.

```
ApiError                      base; .server .method .path .status .detail, .user_message()
├── NetworkError              the request did not get an answer
│   ├── CannotConnect         refused, DNS failure, connection dropped before an answer
│   ├── TimedOut              connect/read/write/pool timeout
│   └── TlsError              the secure connection failed (bad or intercepted certificate)
├── ServerError               5xx (.status); the body may be an HTML page from a proxy
├── RateLimited               429 (.reset_at, .retry_after seconds, .limit, .remaining)
├── Unauthorized              401, or Takahē's 400 "Invalid Bearer token": log in again
├── Forbidden                 403 (.reason: ForbiddenReason)
├── NotFound                  404 (or 410)
├── ValidationFailed          422 (.details: {field: [(code, description)]})
├── RequestRejected           any other 4xx (400 invalid_grant, 409 conflict, ...)
├── NotMastodonCompatible     the server does not speak the Mastodon client API (.software)
└── BadResponse               malformed/truncated JSON, HTML where JSON was expected, wrong shapes
```

`str(error)` is technical text for logs (method, path, status, the server's own words);
`user_message()` is a plain sentence for people. Neither ever contains an access token or a
client secret: callers that know a secret pass it to `scrub()` before building an error.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from datetime import datetime

from townsfolk.i18n import translate

__all__ = [
    "ApiError",
    "BadResponse",
    "CannotConnect",
    "Forbidden",
    "ForbiddenReason",
    "NetworkError",
    "NotFound",
    "NotMastodonCompatible",
    "RateLimited",
    "RequestRejected",
    "ServerError",
    "TimedOut",
    "TlsError",
    "Unauthorized",
    "ValidationFailed",
    "classify_forbidden",
    "scrub",
]

_MAX_DETAIL = 300


def scrub(text: str, secrets: Iterable[str | None] = ()) -> str:
    """Shorten `text` and replace every known secret (and anything that looks like a bearer
    header) with ``***``, so it is safe for logs and exception text."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    text = re.sub(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]{8,}", r"\1***", text)
    text = " ".join(text.split())
    if len(text) > _MAX_DETAIL:
        text = text[: _MAX_DETAIL - 1] + "…"
    return text


class ApiError(Exception):
    """Base class of every error raised by `townsfolk.api`.

    Attributes: `server` (host name, e.g. "mastodon.social"), `method` and `path` of the
    request, `status` (HTTP status or None when no answer came), `detail` (the server's own
    error text, shortened and scrubbed of secrets; may be empty).
    """

    def __init__(
        self,
        detail: str = "",
        *,
        server: str = "",
        method: str = "",
        path: str = "",
        status: int | None = None,
    ) -> None:
        self.detail = detail
        self.server = server
        self.method = method
        self.path = path
        self.status = status
        super().__init__(self._technical())

    def _technical(self) -> str:
        parts = [type(self).__name__ + ":"]
        if self.method or self.path:
            parts.append(f"{self.method} {self.server}{self.path}".strip())
        if self.status is not None:
            parts.append(f"-> {self.status}")
        if self.detail:
            parts.append(f"({self.detail})")
        return " ".join(parts)

    @property
    def _where(self) -> str:
        return self.server or translate("ApiErrors", "The town")

    def user_message(self) -> str:
        """A plain sentence a person can act on (no jargon)."""
        return translate(
            "ApiErrors", "Something went wrong while talking to {town}. Please try again."
        ).format(town=self._where)


class NetworkError(ApiError):
    """No answer came back from the server."""

    def user_message(self) -> str:
        return translate(
            "ApiErrors",
            "Could not reach {town}. Check that you are connected to the internet, then try again.",
        ).format(town=self._where)


class CannotConnect(NetworkError):
    """Connection refused, name not found, or the connection dropped before an answer."""

    def user_message(self) -> str:
        return translate(
            "ApiErrors",
            "Could not reach {town}. It may be down for a while, or your internet "
            "connection may be off. Nothing was lost; try again in a few minutes.",
        ).format(town=self._where)


class TimedOut(NetworkError):
    """The server took too long (connect, read, write or pool timeout)."""

    def user_message(self) -> str:
        return translate(
            "ApiErrors",
            "{town} is taking too long to answer. It may be very busy. "
            "Nothing was lost; try again in a few minutes.",
        ).format(town=self._where)


class TlsError(NetworkError):
    """The secure (TLS) connection could not be set up or its certificate was not trusted."""

    def user_message(self) -> str:
        return translate(
            "ApiErrors",
            "Could not open a secure connection to {town}. Its security certificate "
            "was not accepted, or something on your network is interfering. "
            "Townsfolk did not send anything.",
        ).format(town=self._where)


class ServerError(ApiError):
    """The server answered with a 5xx status (the body may be an HTML page from a proxy)."""

    def user_message(self) -> str:
        return translate(
            "ApiErrors",
            "{town} has a problem right now. Nothing was lost; try again in a few minutes.",
        ).format(town=self._where)


class RateLimited(ApiError):
    """429 Too Many Requests.

    `reset_at`: when the limit resets (aware datetime, or None if the server did not say);
    `retry_after`: seconds to wait from now (None if unknown); `limit`, `remaining`.
    """

    def __init__(
        self,
        detail: str = "",
        *,
        reset_at: datetime | None = None,
        retry_after: float | None = None,
        limit: int | None = None,
        remaining: int | None = None,
        server: str = "",
        method: str = "",
        path: str = "",
        status: int | None = 429,
    ) -> None:
        self.reset_at = reset_at
        self.retry_after = retry_after
        self.limit = limit
        self.remaining = remaining
        super().__init__(detail, server=server, method=method, path=path, status=status)

    def user_message(self) -> str:
        if self.retry_after is not None and self.retry_after > 0:
            wait = max(1, round(self.retry_after))
            if wait < 90:
                return translate(
                    "ApiErrors",
                    "{town} asks Townsfolk to slow down. Nothing was lost; "
                    "please wait about {seconds} seconds and try again.",
                ).format(town=self._where, seconds=wait)
            return translate(
                "ApiErrors",
                "{town} asks Townsfolk to slow down. Nothing was lost; "
                "please wait about {minutes} minutes and try again.",
            ).format(town=self._where, minutes=max(2, round(wait / 60)))
        return translate(
            "ApiErrors",
            "{town} asks Townsfolk to slow down. Nothing was lost; "
            "please wait a few minutes and try again.",
        ).format(town=self._where)


class Unauthorized(ApiError):
    """The access token is missing, invalid or revoked (401; Takahē: 400 "Invalid Bearer
    token"; 422 "This method requires an authenticated user")."""

    def user_message(self) -> str:
        return translate(
            "ApiErrors", "You are no longer logged in to {town}. Please log in again."
        ).format(town=self._where)


class ForbiddenReason(enum.Enum):
    """Why a 403 happened, classified from Mastodon's error texts."""

    EMAIL_NOT_CONFIRMED = "email_not_confirmed"
    PENDING_APPROVAL = "pending_approval"
    ACCOUNT_DISABLED = "account_disabled"
    NOT_ALLOWED = "not_allowed"
    OTHER = "other"


def classify_forbidden(text: str) -> ForbiddenReason:
    """Map Mastodon's 403 error texts to a `ForbiddenReason`."""
    low = text.lower()
    if "confirm" in low and ("e-mail" in low or "email" in low):
        return ForbiddenReason.EMAIL_NOT_CONFIRMED
    if "pending approval" in low or "pending review" in low:
        return ForbiddenReason.PENDING_APPROVAL
    if "disabled" in low or "suspended" in low:
        return ForbiddenReason.ACCOUNT_DISABLED
    if "not allowed" in low or low.strip(" .\"'{}:") in {"forbidden", "error: forbidden"}:
        return ForbiddenReason.NOT_ALLOWED
    if '"error":"forbidden"' in low.replace(" ", ""):
        return ForbiddenReason.NOT_ALLOWED
    return ForbiddenReason.OTHER


class Forbidden(ApiError):
    """403. `reason` tells why (see `ForbiddenReason`)."""

    def __init__(
        self,
        detail: str = "",
        *,
        reason: ForbiddenReason = ForbiddenReason.OTHER,
        server: str = "",
        method: str = "",
        path: str = "",
        status: int | None = 403,
    ) -> None:
        self.reason = reason
        super().__init__(detail, server=server, method=method, path=path, status=status)

    def user_message(self) -> str:
        if self.reason is ForbiddenReason.EMAIL_NOT_CONFIRMED:
            text = translate(
                "ApiErrors",
                "Please confirm your email address first: {town} sent you an email with a "
                "link. After you click it, come back and continue.",
            )
        elif self.reason is ForbiddenReason.PENDING_APPROVAL:
            text = translate(
                "ApiErrors",
                "The people who run {town} have not approved your account yet. "
                "You will get an email when they do.",
            )
        elif self.reason is ForbiddenReason.ACCOUNT_DISABLED:
            text = translate(
                "ApiErrors",
                "Your account on {town} is switched off (it may have moved to another "
                "town, or been suspended). Check your email or log in on the town's website.",
            )
        elif self.reason is ForbiddenReason.NOT_ALLOWED:
            text = translate("ApiErrors", "{town} does not allow this right now.")
        else:
            text = translate(
                "ApiErrors", "{town} did not allow this. You may need to log in again."
            )
        return text.format(town=self._where)


class NotFound(ApiError):
    """404 (or 410): it does not exist, was deleted, or you may not see it."""

    def user_message(self) -> str:
        return translate(
            "ApiErrors", "That could not be found on {town}. It may have been deleted."
        ).format(town=self._where)


def _field_name(field: str) -> str:
    """How a sign-up or profile field is named at the start of a sentence (translated now)."""
    names = {
        "username": translate("ApiErrors", "That username"),
        "email": translate("ApiErrors", "That email address"),
        "password": translate("ApiErrors", "The password"),
        "agreement": translate("ApiErrors", "The agreement"),
        "locale": translate("ApiErrors", "The language"),
        "date_of_birth": translate("ApiErrors", "The date of birth"),
        "reason": translate("ApiErrors", "The reason"),
        "display_name": translate("ApiErrors", "The name"),
        "note": translate("ApiErrors", "The description"),
        "title": translate("ApiErrors", "The title"),
    }
    if field in names:
        return names[field]
    return translate("ApiErrors", "The {field}").format(field=field.replace("_", " "))


def _problem(code: str) -> str:
    """What is wrong with a field, for one of Mastodon's error codes (translated now)."""
    texts = {
        "ERR_TAKEN": translate("ApiErrors", "is already taken. Please choose another one."),
        "ERR_BLANK": translate("ApiErrors", "is missing. Please fill it in."),
        "ERR_INVALID": translate("ApiErrors", "is not valid. Please check it."),
        "ERR_TOO_LONG": translate("ApiErrors", "is too long."),
        "ERR_TOO_SHORT": translate("ApiErrors", "is too short."),
        "ERR_RESERVED": translate("ApiErrors", "is reserved. Please choose another one."),
        "ERR_BLOCKED": translate(
            "ApiErrors", "is not accepted by this town. Please use another one."
        ),
        "ERR_UNREACHABLE": translate("ApiErrors", "cannot receive email. Please check it."),
        "ERR_ACCEPTED": translate("ApiErrors", "must be accepted to continue."),
        "ERR_INCLUSION": translate("ApiErrors", "is not one of the allowed choices."),
        "ERR_BELOW_LIMIT": translate("ApiErrors", "is below the minimum age for this town."),
    }
    if code in texts:
        return texts[code]
    return translate("ApiErrors", "was not accepted. Please check it.")


class ValidationFailed(ApiError):
    """422: the server refused the input. `details` maps a field name to a list of
    ``(code, description)``, e.g. ``{"username": [("ERR_TAKEN", "is already taken")]}``."""

    def __init__(
        self,
        detail: str = "",
        *,
        details: dict[str, list[tuple[str, str]]] | None = None,
        server: str = "",
        method: str = "",
        path: str = "",
        status: int | None = 422,
    ) -> None:
        self.details: dict[str, list[tuple[str, str]]] = dict(details or {})
        super().__init__(detail, server=server, method=method, path=path, status=status)

    def codes(self, field: str) -> list[str]:
        """The error codes for one field (e.g. ``["ERR_TAKEN"]``)."""
        return [code for code, _ in self.details.get(field, [])]

    def user_message(self) -> str:
        sentences: list[str] = []
        for field, problems in self.details.items():
            name = _field_name(field)
            for code, _description in problems:
                #: {field} names a box of the form ("That username"), {problem} says what is
                #: wrong with it ("is too long."). Reorder them if your language needs to.
                sentence = translate("ApiErrors", "{field} {problem}")
                sentences.append(sentence.format(field=name, problem=_problem(code)))
        if sentences:
            return " ".join(dict.fromkeys(sentences))
        return translate(
            "ApiErrors", "{town} did not accept this. Please check what you entered."
        ).format(town=self._where)


class RequestRejected(ApiError):
    """Any other 4xx answer (400 bad parameters or invalid_grant, 409 conflict, ...)."""

    def user_message(self) -> str:
        return translate(
            "ApiErrors", "{town} did not accept this request. Please try again."
        ).format(town=self._where)


class NotMastodonCompatible(ApiError):
    """The server does not speak the Mastodon client API (e.g. Misskey, Hubzilla).
    `software` is its software name when known."""

    def __init__(
        self,
        detail: str = "",
        *,
        software: str | None = None,
        server: str = "",
        method: str = "",
        path: str = "",
        status: int | None = None,
    ) -> None:
        self.software = software
        super().__init__(detail, server=server, method=method, path=path, status=status)

    def user_message(self) -> str:
        if self.software:
            kind = self.software[:1].upper() + self.software[1:]
            return translate(
                "ApiErrors",
                "{town} runs {software}, a kind of town Townsfolk cannot join yet. "
                "Please pick another town.",
            ).format(town=self._where, software=kind)
        return translate(
            "ApiErrors",
            "{town} does not seem to be a town Townsfolk can talk to. "
            "Please check the address, or pick another town.",
        ).format(town=self._where)


class BadResponse(ApiError):
    """The answer could not be understood: malformed or truncated JSON, an HTML page where
    data was expected, or data of the wrong shape."""

    def user_message(self) -> str:
        return translate(
            "ApiErrors",
            "{town} sent an answer Townsfolk could not understand. Nothing was lost; "
            "try again later.",
        ).format(town=self._where)

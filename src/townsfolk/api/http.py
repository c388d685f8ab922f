"""Mapping HTTP answers to the error tree (pure functions, easy to test), and
:func:`watch_requests`: whether a request has left this computer yet."""

from __future__ import annotations

import html
import re
import ssl
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

import httpx
import msgspec

from townsfolk.api.errors import (
    ApiError,
    BadResponse,
    Forbidden,
    NotFound,
    RateLimited,
    RequestRejected,
    ServerError,
    Unauthorized,
    ValidationFailed,
    classify_forbidden,
    scrub,
)
from townsfolk.api.ratelimit import parse_retry_after, rate_limit_from_headers

__all__ = [
    "RequestWatch",
    "error_for_response",
    "error_text",
    "is_html",
    "validation_details",
    "watch_requests",
]

_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def is_html(content_type: str, body: bytes) -> bool:
    """True when the answer is a web page rather than data."""
    if "html" in content_type.lower():
        return True
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype", b"<html", b"<head", b"<body", b"<?xml", b"<"))


def _json_object(body: bytes) -> dict[str, Any] | None:
    try:
        obj = msgspec.json.decode(body)
    except (msgspec.DecodeError, RecursionError):
        return None
    return obj if isinstance(obj, dict) else None


def error_text(content_type: str, body: bytes) -> str:
    """The server's own error words from a JSON, HTML or plain-text body."""
    if not body:
        return ""
    obj = _json_object(body)
    if obj is not None:
        parts = [obj.get("error"), obj.get("error_description"), obj.get("message")]
        words = [str(p) for p in parts if isinstance(p, str | int | float) and str(p)]
        if words:
            return ": ".join(dict.fromkeys(words))
        return ""
    if is_html(content_type, body):
        text = body[:20000].decode("utf-8", "replace")
        title = _TITLE.search(text)
        if title:
            return html.unescape(_TAG.sub(" ", title.group(1))).strip()
        return html.unescape(_TAG.sub(" ", text)).strip()[:200]
    return body[:2000].decode("utf-8", "replace").strip()


def validation_details(body: bytes) -> dict[str, list[tuple[str, str]]]:
    """`details` of a 422 sign-up error as ``{field: [(code, description)]}``."""
    obj = _json_object(body)
    details: dict[str, list[tuple[str, str]]] = {}
    raw = obj.get("details") if obj else None
    if not isinstance(raw, dict):
        return details
    for field, problems in raw.items():
        if not isinstance(problems, list):
            continue
        items: list[tuple[str, str]] = []
        for problem in problems:
            if isinstance(problem, dict):
                code = problem.get("error")
                description = problem.get("description")
                items.append(
                    (
                        code if isinstance(code, str) else "ERR_INVALID",
                        description if isinstance(description, str) else "",
                    )
                )
            elif isinstance(problem, str):
                items.append(("ERR_INVALID", problem))
        if items:
            details[str(field)] = items
    return details


def error_for_response(
    response: httpx.Response,
    *,
    server: str,
    method: str,
    path: str,
    secrets: Iterable[str | None] = (),
    now: datetime | None = None,
) -> ApiError:
    """The `ApiError` for an answer that is not a success (body already read)."""
    status = response.status_code
    content_type = response.headers.get("content-type", "")
    body = response.content
    secrets = list(secrets)
    raw_text = error_text(content_type, body)
    detail = scrub(raw_text, secrets)
    where: dict[str, Any] = {"server": server, "method": method, "path": path, "status": status}
    low = raw_text.lower()

    if status == 429:
        now = now or datetime.now(UTC)
        info = rate_limit_from_headers(response.headers, now)
        retry_after = parse_retry_after(response.headers.get("retry-after"), now)
        reset_at = info.reset_at if info else None
        if retry_after is None and info is not None:
            retry_after = info.seconds_until_reset(now)
        return RateLimited(
            detail,
            reset_at=reset_at,
            retry_after=retry_after,
            limit=info.limit if info else None,
            remaining=info.remaining if info else None,
            **where,
        )
    if status == 401 or (status == 400 and "invalid bearer token" in low):
        return Unauthorized(detail, **where)
    if status == 403:
        return Forbidden(detail, reason=classify_forbidden(detail), **where)
    if status in (404, 410):
        return NotFound(detail, **where)
    if status == 422:
        if "requires an authenticated user" in low:
            return Unauthorized(detail, **where)
        return ValidationFailed(detail, details=validation_details(body), **where)
    if status >= 500:
        return ServerError(detail, **where)
    if 400 <= status < 500:
        return RequestRejected(detail, **where)
    return BadResponse(detail or f"unexpected status {status}", **where)


def is_tls_failure(exc: BaseException) -> bool:
    """True if a connect error was caused by TLS (certificate or handshake)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLError | ssl.CertificateError):
            return True
        text = str(current)
        if "CERTIFICATE_VERIFY_FAILED" in text or "SSL:" in text or "TLS" in text:
            return True
        current = current.__cause__ or current.__context__
    return False


class RequestWatch:
    """What the requests made inside :func:`watch_requests` have done so far.

    ``may_have_left`` stays False only while every request is certainly still on this
    computer: not handed to a transport yet, or known (from httpcore's trace) to be still
    connecting. A transport that reports nothing (e.g. in-process ``ASGITransport``) counts
    as "may have left" from the moment the request is handed to it.
    """

    def __init__(self) -> None:
        self._state = "idle"  # idle / connecting / unknown / sent

    @property
    def may_have_left(self) -> bool:
        return self._state in ("unknown", "sent")

    @property
    def connecting_now(self) -> bool:
        """A connection is being made for a request that has not left yet."""
        return self._state == "connecting"

    def handed_over(self) -> None:
        if self._state != "sent":
            self._state = "unknown"

    def connecting(self) -> None:
        if self._state != "sent":
            self._state = "connecting"

    def sent(self) -> None:
        self._state = "sent"


_WATCH: ContextVar[RequestWatch | None] = ContextVar("townsfolk_request_watch", default=None)


@contextmanager
def watch_requests() -> Iterator[RequestWatch]:
    """Watch the requests the current task makes inside the ``with`` block."""
    watch = RequestWatch()
    token = _WATCH.set(watch)
    try:
        yield watch
    finally:
        _WATCH.reset(token)


def current_watch() -> RequestWatch | None:
    """The watch of the current task (the client reports to it), if any."""
    return _WATCH.get()

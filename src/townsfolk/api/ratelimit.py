"""Rate-limit headers (X-RateLimit-Limit / -Remaining / -Reset) and their parsing."""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx

__all__ = ["RateLimit", "parse_reset", "parse_retry_after", "rate_limit_from_headers"]

_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)?\s*$")
# Treat the server's clock as right (instead of ours) only when they differ this much.
_SKEW_TOLERANCE = timedelta(seconds=30)


def parse_reset(value: str | None) -> datetime | None:
    """Parse X-RateLimit-Reset: ISO 8601 (Mastodon, with microseconds and "Z"), Unix seconds
    (GoToSocial, maybe with a fraction) or an HTTP date. Returns an aware UTC datetime."""
    if not value:
        return None
    text = value.strip()
    if _NUMBER.match(text):
        try:
            return datetime.fromtimestamp(float(text), tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    iso = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    try:
        parsed = datetime.fromisoformat(iso)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Parse a Retry-After header (seconds or HTTP date) into seconds from `now`."""
    if not value:
        return None
    text = value.strip()
    if _NUMBER.match(text):
        return max(0.0, float(text))
    when = parse_reset(text)
    if when is None:
        return None
    return max(0.0, (when - now).total_seconds())


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(float(value.strip()))
    except (ValueError, OverflowError):
        return None


@dataclass(frozen=True)
class RateLimit:
    """The latest rate-limit facts a server told us.

    `reset_at` is in our own clock (corrected when the server's clock is far off);
    `seconds_until_reset(now)` says how long to wait.
    """

    limit: int | None
    remaining: int | None
    reset_at: datetime | None
    observed_at: datetime

    def seconds_until_reset(self, now: datetime | None = None) -> float | None:
        if self.reset_at is None:
            return None
        now = now or datetime.now(UTC)
        return max(0.0, (self.reset_at - now).total_seconds())


def rate_limit_from_headers(
    headers: httpx.Headers, now: datetime | None = None
) -> RateLimit | None:
    """Read the X-RateLimit-* headers; None if the response has none of them."""
    raw_limit = headers.get("x-ratelimit-limit")
    raw_remaining = headers.get("x-ratelimit-remaining")
    raw_reset = headers.get("x-ratelimit-reset")
    if raw_limit is None and raw_remaining is None and raw_reset is None:
        return None
    now = now or datetime.now(UTC)
    reset_at = parse_reset(raw_reset)
    if reset_at is not None:
        server_now = _server_date(headers)
        if server_now is not None and abs(server_now - now) > _SKEW_TOLERANCE:
            reset_at = now + (reset_at - server_now)
    return RateLimit(
        limit=_int(raw_limit),
        remaining=_int(raw_remaining),
        reset_at=reset_at,
        observed_at=now,
    )


def _server_date(headers: httpx.Headers) -> datetime | None:
    raw = headers.get("date")
    if not raw:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed

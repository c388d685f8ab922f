"""Knowing the state of each town: fine, slow, not answering, back; and "you are offline".

Plain asyncio, no Qt. One :class:`HealthMonitor` for the app.

How it learns
    Every real request reports its outcome through :class:`HealthTransport`, an httpx
    transport wrapped around the real one (``monitor.client_factory()`` builds
    :class:`~townsfolk.api.client.MastodonClient` objects that use it; nothing in ``api`` has to
    change). Per server (scheme + host + port):

    - *trouble*: connection refused, name not found, dropped connection, TLS failure, a timeout,
      a 502/503/504 (or 520+), an HTML error page (5xx), or an HTML page where data was expected
      (a 200 web page on an ``/api/`` path);
    - *proof the town is up*: any other answer, including every 4xx about the person's own
      request (401, 403, 404, 422, 429 ...);
    - a request still without an answer after ``hang_check_after`` seconds counts as a reason
      to look, so a hanging town is noticed long before the read timeout.

    Trouble never marks a town down by itself: it starts a light *probe* (``GET /health``, or
    ``/api/v1/instance`` where ``/health`` does not exist; any 200 means up) with a short
    ``probe_timeout``. If the probe fails too, every other watched town is probed at once:

    - some other town answers: this town is **not answering** (towns whose probe failed too
      are marked not answering as well); it is probed again with backoff
      (``probe_backoff_initial`` doubling to ``probe_backoff_max``) until it answers, then it is
      **back** for ``back_hold`` seconds, then fine;
    - no town answers (including ones that just answered): **you are offline**. No town is
      marked down; all are probed with backoff until one answers.

    A success whose answer took longer than ``slow_threshold`` (twice in a row), or a request
    that hung while the probe answered at once, makes the town **slow**.

History ("Town status")
    Each period a town was not answering, and each period you were offline, is an
    :class:`Outage` kept in a small JSON file in the profile (``town-status.json``, the last
    ``history_limit`` entries; written atomically). Outages still open at a restart stay open
    and the town is checked again at :meth:`HealthMonitor.start`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

import httpx

from townsfolk import paths
from townsfolk.api.client import MastodonClient, tls_context
from townsfolk.api.errors import (
    ApiError,
    BadResponse,
    CannotConnect,
    ServerError,
    TimedOut,
    TlsError,
)
from townsfolk.api.http import is_tls_failure
from townsfolk.i18n import translate

__all__ = [
    "HISTORY_FILE_NAME",
    "HealthEvent",
    "HealthMonitor",
    "HealthTransport",
    "OfflineChanged",
    "Outage",
    "TownState",
    "TownStateChanged",
    "TownStatus",
    "Trouble",
    "describe_duration",
    "server_key",
    "trouble_for_error",
    "trouble_for_response",
]

log = logging.getLogger(__name__)

HISTORY_FILE_NAME: Final = "town-status.json"
_HISTORY_VERSION: Final = 1


class TownState(StrEnum):
    FINE = "fine"
    SLOW = "slow"
    NOT_ANSWERING = "not_answering"
    BACK = "back"


class Trouble(StrEnum):
    """Why a request looked like trouble."""

    REFUSED = "refused"  # refused, name not found, connection dropped
    TIMEOUT = "timeout"
    TLS = "tls"
    SERVER_ERROR = "server_error"  # 502/503/504, 520+
    HTML = "html"  # an HTML error page, or a web page where data was expected
    HANGING = "hanging"  # no answer after hang_check_after seconds (still waiting)


def server_key(url: str | httpx.URL) -> str:
    """``scheme://host[:port]`` of a URL (lower case; default ports left out)."""
    parsed = httpx.URL(url) if isinstance(url, str) else url
    if not parsed.scheme and isinstance(url, str):
        parsed = httpx.URL("https://" + url)
    host = parsed.host.lower()
    if ":" in host:
        host = f"[{host}]"
    port = parsed.port
    return f"{parsed.scheme}://{host}" + (f":{port}" if port is not None else "")


def _is_html(content_type: str) -> bool:
    return "html" in content_type.lower()


def trouble_for_response(status: int, content_type: str, path: str) -> Trouble | None:
    """Trouble shown by an answer, or None when the answer proves the town is up."""
    if status in (502, 503, 504) or status >= 520:
        return Trouble.HTML if _is_html(content_type) else Trouble.SERVER_ERROR
    if status >= 500 and _is_html(content_type):
        return Trouble.HTML
    if status < 300 and _is_html(content_type) and path.startswith("/api/"):
        return Trouble.HTML
    return None


def trouble_for_error(error: BaseException) -> Trouble | None:
    """Trouble shown by an exception of httpx or of ``townsfolk.api`` (None: the town is up,
    e.g. Unauthorized or NotFound are about the person's own request)."""
    if isinstance(error, TlsError):
        return Trouble.TLS
    if isinstance(error, TimedOut | httpx.TimeoutException):
        return Trouble.TIMEOUT
    if isinstance(error, CannotConnect):
        return Trouble.REFUSED
    if isinstance(error, httpx.TransportError):
        return Trouble.TLS if is_tls_failure(error) else Trouble.REFUSED
    if isinstance(error, ServerError):
        status = error.status or 500
        if status in (502, 503, 504) or status >= 520:
            return Trouble.SERVER_ERROR
        return None
    if isinstance(error, BadResponse):
        return Trouble.HTML if "web page" in error.detail else None
    if isinstance(error, ApiError):
        return None
    return None


def describe_duration(seconds: float) -> str:
    """ "a few seconds", "1 minute", "12 minutes", "about 2 hours", "about 3 days"."""
    if seconds < 45:
        return translate("TownStatus", "a few seconds")
    minutes = max(1, round(seconds / 60))
    if minutes < 60:
        return (
            translate("TownStatus", "1 minute")
            if minutes == 1
            else translate("TownStatus", "%n minutes", None, minutes)
        )
    hours = max(1, round(seconds / 3600))
    if hours < 36:
        return (
            translate("TownStatus", "about 1 hour")
            if hours == 1
            else translate("TownStatus", "about %n hours", None, hours)
        )
    days = max(1, round(seconds / 86400))
    return (
        translate("TownStatus", "about 1 day")
        if days == 1
        else translate("TownStatus", "about %n days", None, days)
    )


def _clock_text(when: float) -> str:
    return time.strftime("%H:%M", time.localtime(when))


def _day_text(when: float) -> str:
    return time.strftime("%d %B", time.localtime(when)).lstrip("0")


@dataclass(frozen=True, slots=True)
class Outage:
    """One period a town was not answering (``kind="not_answering"``) or the person was
    offline (``kind="offline"``, ``server`` and ``town`` empty). ``ended_at`` None: ongoing."""

    kind: str
    server: str
    town: str
    started_at: float
    ended_at: float | None = None

    def duration(self, now: float) -> float:
        return max(0.0, (self.ended_at if self.ended_at is not None else now) - self.started_at)

    def sentence(self, now: float | None = None) -> str:
        """Plain words for the "Town status" page."""
        now = time.time() if now is None else now
        length = describe_duration(self.duration(now))
        start = _clock_text(self.started_at)
        same_day = _day_text(self.started_at) == _day_text(now)
        day = _day_text(self.started_at)
        if self.kind == "offline":
            if self.ended_at is None:
                if same_day:
                    text = translate(
                        "TownStatus", "You have been offline since {start} ({length} so far)."
                    )
                else:
                    text = translate(
                        "TownStatus",
                        "You have been offline since {start} on {day} ({length} so far).",
                    )
            elif same_day:
                text = translate("TownStatus", "You were offline for {length}, from {start}.")
            else:
                text = translate(
                    "TownStatus", "You were offline for {length}, from {start} on {day}."
                )
        elif self.ended_at is None:
            if same_day:
                text = translate(
                    "TownStatus", "{town} has not been answering since {start} ({length} so far)."
                )
            else:
                text = translate(
                    "TownStatus",
                    "{town} has not been answering since {start} on {day} ({length} so far).",
                )
        elif same_day:
            text = translate("TownStatus", "{town} was not answering for {length}, from {start}.")
        else:
            text = translate(
                "TownStatus", "{town} was not answering for {length}, from {start} on {day}."
            )
        return text.format(town=self.town, start=start, day=day, length=length)


@dataclass(frozen=True, slots=True)
class TownStatus:
    """What is known about one town now."""

    server: str
    town: str
    state: TownState
    since: float
    last_answer_at: float | None
    last_trouble: Trouble | None


@dataclass(frozen=True, slots=True)
class TownStateChanged:
    server: str
    town: str
    state: TownState
    previous: TownState
    at: float


@dataclass(frozen=True, slots=True)
class OfflineChanged:
    offline: bool
    at: float


HealthEvent = TownStateChanged | OfflineChanged


@dataclass
class _Town:
    key: str
    name: str
    state: TownState = TownState.FINE
    since: float = 0.0
    last_answer_at: float | None = None
    last_trouble: Trouble | None = None
    slow_streak: int = 0
    has_health: bool | None = None  # None: not known yet
    investigating: bool = False
    prober: asyncio.Task[None] | None = None
    back_timer: asyncio.TimerHandle | None = None
    in_flight: dict[int, asyncio.TimerHandle] = field(default_factory=dict)


class _ObservedStream(httpx.AsyncByteStream):
    """A response body that reports a failure while it is being read, and a body that stops
    coming: while it is read, each wait for the next piece is watched like a request in flight,
    so a town that answers at once and then drips its answer a byte every few seconds is
    looked into like one that hangs (the request's own deadline only ends the one request)."""

    def __init__(self, inner: httpx.AsyncByteStream, monitor: HealthMonitor, key: str):
        self._inner = inner
        self._monitor = monitor
        self._key = key

    async def __aiter__(self) -> AsyncIterator[bytes]:
        monitor, key = self._monitor, self._key
        ticket = monitor._request_started(key)
        try:
            async for chunk in self._inner:
                monitor._request_finished(key, ticket)
                yield chunk
                ticket = monitor._request_started(key)
        except httpx.TransportError as exc:
            monitor.record_trouble(key, trouble_for_error(exc) or Trouble.REFUSED)
            raise
        finally:
            monitor._request_finished(key, ticket)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _default_transport() -> httpx.AsyncBaseTransport:
    return httpx.AsyncHTTPTransport(http2=True, verify=tls_context())


class HealthTransport(httpx.AsyncBaseTransport):
    """Wraps a real transport and tells the monitor how each request went.

    Without ``inner``, the default transport (HTTP/2-capable, verified TLS through the OS
    trust store) is made at the first request, in a worker thread: making the first one
    imports h2 and costs 50-110 ms, which neither start-up nor the window waits for
    (docs/performance.md)."""

    def __init__(self, monitor: HealthMonitor, inner: httpx.AsyncBaseTransport | None) -> None:
        self._monitor = monitor
        self._inner: httpx.AsyncBaseTransport | None = inner

    async def _ready(self) -> httpx.AsyncBaseTransport:
        if self._inner is None:
            made = await asyncio.to_thread(_default_transport)
            if self._inner is None:  # (else a request that started with this one made it)
                self._inner = made
        return self._inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._inner or await self._ready()
        monitor = self._monitor
        key = server_key(request.url)
        ticket = monitor._request_started(key)
        started = time.monotonic()
        try:
            response = await inner.handle_async_request(request)
        except httpx.TransportError as exc:
            monitor._request_finished(key, ticket)
            monitor.record_trouble(key, trouble_for_error(exc) or Trouble.REFUSED)
            raise
        except BaseException:
            monitor._request_finished(key, ticket)
            raise
        monitor._request_finished(key, ticket)
        trouble = trouble_for_response(
            response.status_code, response.headers.get("content-type", ""), request.url.path
        )
        if trouble is not None:
            monitor.record_trouble(key, trouble)
            return response

        monitor.record_success(key, time.monotonic() - started)
        stream = response.stream
        if isinstance(stream, httpx.AsyncByteStream):
            response.stream = _ObservedStream(stream, monitor, key)
        return response

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()


Listener = Callable[[HealthEvent], None]


class HealthMonitor:
    """Watches the towns of the person's accounts. See the module documentation.

    All times in seconds. ``history_path`` None keeps the history in memory only.
    """

    def __init__(
        self,
        *,
        history_path: Path | None = None,
        probe_timeout: float = 3.0,
        hang_check_after: float = 2.0,
        slow_threshold: float = 3.0,
        probe_backoff_initial: float = 2.0,
        probe_backoff_max: float = 60.0,
        probe_backoff_factor: float = 2.0,
        back_hold: float = 30.0,
        history_limit: int = 100,
        clock: Callable[[], float] = time.time,
        probe_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.history_path = history_path
        self.probe_timeout = probe_timeout
        self.hang_check_after = hang_check_after
        self.slow_threshold = slow_threshold
        self.probe_backoff_initial = probe_backoff_initial
        self.probe_backoff_max = probe_backoff_max
        self.probe_backoff_factor = probe_backoff_factor
        self.back_hold = back_hold
        self.history_limit = history_limit
        self._clock = clock
        self._probe_transport = probe_transport
        self._probe_client: httpx.AsyncClient | None = None
        self._towns: dict[str, _Town] = {}
        self._listeners: list[Listener] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self._investigations: set[asyncio.Task[Any]] = set()
        self._verdict = asyncio.Lock()
        self._offline = False
        self._offline_prober: asyncio.Task[None] | None = None
        self._tickets = 0
        self._closed = False
        self._history: list[Outage] = self._load_history()

    # ------------------------------------------------------------------ setup

    def watch(self, server_url: str, town: str | None = None) -> str:
        """Start watching a server (idempotent); returns its key. ``town`` is the name shown
        to people (e.g. "mastodon.social"); by default the host name."""
        key = server_key(server_url)
        existing = self._towns.get(key)
        name = town or httpx.URL(key).host
        if existing is None:
            self._towns[key] = _Town(key, name, since=self._clock())
        elif town:
            existing.name = town
        return key

    def unwatch(self, server_url: str) -> None:
        town = self._towns.pop(server_key(server_url), None)
        if town is not None and town.prober is not None:
            town.prober.cancel()

    def start(self) -> None:
        """Check again, at once, every watched town that was not answering when the app last
        stopped (an "offline" period still open is closed now: it cannot be known)."""
        for outage in self._history:
            if outage.ended_at is not None:
                continue
            if outage.kind == "offline":
                self._end_outage("offline", "")
                continue
            if outage.server in self._towns:
                self.assume_not_answering(outage.server)

    def assume_not_answering(self, server_url: str) -> None:
        """Treat a watched town as not answering (no event) and probe it at once; used after a
        restart during an outage. When it answers, the usual "back" event follows."""
        town = self._towns.get(server_key(server_url))
        if town is None or self._closed:
            return
        if town.state is not TownState.NOT_ANSWERING:
            self._set_state(town, TownState.NOT_ANSWERING, record=False)
        self._start_prober(town, initial=0.0)

    def transport(self, inner: httpx.AsyncBaseTransport | None = None) -> HealthTransport:
        """A transport that reports to this monitor (default inner: HTTP/2-capable, verified
        TLS through the OS trust store; made at the first request)."""
        return HealthTransport(self, inner)

    def client_factory(
        self, *, timeout: httpx.Timeout | float | None = None, **client_options: Any
    ) -> Callable[[str, str | None], MastodonClient]:
        """A ``client_factory`` for :class:`~townsfolk.services.accounts.AccountsService`
        whose clients report every request to this monitor (only watched towns count: see
        :meth:`watch`; the failover service watches the towns of all accounts)."""

        def make(base_url: str, token: str | None) -> MastodonClient:
            return MastodonClient(
                base_url,
                access_token=token,
                transport=self.transport(),
                timeout=timeout,
                **client_options,
            )

        return make

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` on every event; returns a function that removes it."""
        self._listeners.append(listener)

        def remove() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return remove

    async def aclose(self) -> None:
        self._closed = True
        for town in self._towns.values():
            if town.back_timer is not None:
                town.back_timer.cancel()
            for handle in town.in_flight.values():
                handle.cancel()
            town.in_flight.clear()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self._probe_client is not None:
            await self._probe_client.aclose()
            self._probe_client = None

    # ------------------------------------------------------------------ what is known

    @property
    def offline(self) -> bool:
        return self._offline

    def state(self, server_url: str) -> TownState:
        town = self._towns.get(server_key(server_url))
        return TownState.FINE if town is None else town.state

    def is_usable(self, server_url: str) -> bool:
        """Neither offline nor this town not answering."""
        return not self._offline and self.state(server_url) is not TownState.NOT_ANSWERING

    def status(self, server_url: str) -> TownStatus | None:
        town = self._towns.get(server_key(server_url))
        return None if town is None else self._status(town)

    def statuses(self) -> list[TownStatus]:
        return [self._status(t) for t in self._towns.values()]

    @staticmethod
    def _status(town: _Town) -> TownStatus:
        return TownStatus(
            town.key, town.name, town.state, town.since, town.last_answer_at, town.last_trouble
        )

    def history(self) -> list[Outage]:
        """Outages, newest first."""
        return list(reversed(self._history))

    def town_name(self, server_url: str) -> str:
        key = server_key(server_url)
        town = self._towns.get(key)
        return town.name if town is not None else httpx.URL(key).host

    # ------------------------------------------------------------------ outcomes

    def record_success(self, server_url: str, elapsed: float = 0.0) -> None:
        """A real request got an answer that proves the town is up."""
        town = self._towns.get(server_key(server_url))
        if town is None or self._closed:
            return
        town.last_answer_at = self._clock()
        if self._offline:
            self._leave_offline_soon()
        if town.state is TownState.NOT_ANSWERING:
            self._mark_back(town)
            return
        if elapsed > self.slow_threshold:
            town.slow_streak += 1
            if town.slow_streak >= 2 and town.state is not TownState.SLOW:
                self._set_state(town, TownState.SLOW)
        else:
            town.slow_streak = 0
            if town.state is TownState.SLOW:
                self._set_state(town, TownState.FINE)

    def record_trouble(self, server_url: str, trouble: Trouble) -> None:
        """A real request failed in a way that may mean the town is down."""
        town = self._towns.get(server_key(server_url))
        if town is None or self._closed:
            return
        town.last_trouble = trouble
        self._maybe_investigate(town, slow=False)

    def record_error(self, server_url: str, error: BaseException) -> None:
        """Report an exception from ``townsfolk.api`` (for callers whose client does not use
        :class:`HealthTransport`)."""
        trouble = trouble_for_error(error)
        if trouble is None:
            if isinstance(error, ApiError) and error.status is not None:
                self.record_success(server_url)
            return
        self.record_trouble(server_url, trouble)

    def _request_started(self, key: str) -> int:
        self._tickets += 1
        ticket = self._tickets
        town = self._towns.get(key)
        if town is not None and not self._closed:
            loop = asyncio.get_running_loop()
            town.in_flight[ticket] = loop.call_later(
                self.hang_check_after, self._request_hanging, key, ticket
            )
        return ticket

    def _request_finished(self, key: str, ticket: int) -> None:
        town = self._towns.get(key)
        if town is not None:
            handle = town.in_flight.pop(ticket, None)
            if handle is not None:
                handle.cancel()

    def _request_hanging(self, key: str, ticket: int) -> None:
        town = self._towns.get(key)
        if town is None or town.in_flight.pop(ticket, None) is None:
            return
        town.last_trouble = Trouble.HANGING
        self._maybe_investigate(town, slow=True)

    # ------------------------------------------------------------------ deciding

    def _maybe_investigate(self, town: _Town, *, slow: bool) -> None:
        if town.investigating or town.state is TownState.NOT_ANSWERING or self._offline:
            return
        town.investigating = True
        task = self._spawn(self._investigate(town, slow=slow))
        self._investigations.add(task)
        task.add_done_callback(self._investigations.discard)

    async def wait_settled(self) -> None:
        """Wait until every check started so far has reached its verdict (for tests and
        benchmarks; the probing of towns that are down goes on)."""
        while self._investigations:
            await asyncio.wait(list(self._investigations))

    async def _investigate(self, town: _Town, *, slow: bool) -> None:
        try:
            if await self._probe(town):
                if slow and town.state is not TownState.SLOW:
                    self._set_state(town, TownState.SLOW)
                return
            async with self._verdict:
                if self._offline or town.state is TownState.NOT_ANSWERING:
                    return
                others = [t for t in self._towns.values() if t is not town]
                results = await asyncio.gather(*(self._probe(t) for t in others))
                if others and not any(results):
                    self._go_offline()
                    return
                # Others first, so that listeners of this town's change see them as they are.
                for other, ok in zip(others, results, strict=True):
                    if not ok and other.state is not TownState.NOT_ANSWERING:
                        self._mark_down(other)
                self._mark_down(town)
        finally:
            town.investigating = False

    def _client(self) -> httpx.AsyncClient:
        if self._probe_client is None:
            self._probe_client = httpx.AsyncClient(
                transport=self._probe_transport,
                verify=tls_context() if self._probe_transport is None else True,
                timeout=httpx.Timeout(self.probe_timeout),
                headers={"Connection": "close", "Accept": "application/json"},
                follow_redirects=False,
            )
        return self._probe_client

    async def _probe(self, town: _Town) -> bool:
        """One light request: True when the town answers 200."""
        client = self._client()
        probe_paths = ["/api/v1/instance"] if town.has_health is False else ["/health"]
        if town.has_health is None:
            probe_paths.append("/api/v1/instance")
        for path in probe_paths:
            try:
                response = await client.get(town.key + path)
            except (httpx.HTTPError, OSError) as exc:
                log.info("probe %s%s: %s", town.name, path, type(exc).__name__)
                return False
            if response.status_code == 200:
                if path == "/health":
                    town.has_health = True
                town.last_answer_at = self._clock()
                return True
            if path == "/health" and response.status_code in (404, 410):
                town.has_health = False
                continue
            log.info("probe %s%s -> %d", town.name, path, response.status_code)
            return False
        return False

    # ------------------------------------------------------------------ state changes

    def _set_state(self, town: _Town, state: TownState, *, record: bool = True) -> None:
        previous = town.state
        if previous is state:
            return
        now = self._clock()
        town.state = state
        town.since = now
        if town.back_timer is not None and state is not TownState.BACK:
            town.back_timer.cancel()
            town.back_timer = None
        log.info("%s: %s -> %s", town.name, previous.value, state.value)
        if record:
            self._emit(TownStateChanged(town.key, town.name, state, previous, now))

    def _mark_down(self, town: _Town) -> None:
        self._set_state(town, TownState.NOT_ANSWERING)
        self._begin_outage("not_answering", town)
        self._start_prober(town, initial=self.probe_backoff_initial)

    def _mark_back(self, town: _Town) -> None:
        if town.prober is not None and town.prober is not asyncio.current_task():
            town.prober.cancel()
        town.prober = None
        town.slow_streak = 0
        self._end_outage("not_answering", town.key)
        self._set_state(town, TownState.BACK)
        if self.back_hold <= 0:
            self._set_state(town, TownState.FINE)
            return

        def settle() -> None:
            town.back_timer = None
            if town.state is TownState.BACK:
                self._set_state(town, TownState.FINE)

        town.back_timer = asyncio.get_running_loop().call_later(self.back_hold, settle)

    def _start_prober(self, town: _Town, *, initial: float) -> None:
        if town.prober is not None and not town.prober.done():
            return
        town.prober = self._spawn(self._probe_until_back(town, initial))

    def _delays(self, initial: float) -> Iterable[float]:
        delay = initial
        yield delay
        delay = max(delay, self.probe_backoff_initial)
        while True:
            yield delay
            delay = min(self.probe_backoff_max, delay * self.probe_backoff_factor)

    async def _probe_until_back(self, town: _Town, initial: float) -> None:
        for delay in self._delays(initial):
            await asyncio.sleep(delay)
            if town.state is not TownState.NOT_ANSWERING:
                return
            if await self._probe(town):
                if town.state is TownState.NOT_ANSWERING:
                    self._mark_back(town)
                return

    def _go_offline(self) -> None:
        if self._offline:
            return
        self._offline = True
        now = self._clock()
        log.info("offline: no town answers")
        self._begin_outage("offline", None)
        self._emit(OfflineChanged(True, now))
        self._offline_prober = self._spawn(self._probe_until_online())

    async def _probe_until_online(self) -> None:
        for delay in self._delays(self.probe_backoff_initial):
            await asyncio.sleep(delay)
            if not self._offline:
                return
            towns = list(self._towns.values())
            results = await asyncio.gather(*(self._probe(t) for t in towns))
            if any(results):
                self._leave_offline(dict(zip((t.key for t in towns), results, strict=True)))
                return

    def _leave_offline_soon(self) -> None:
        if self._offline_prober is not None and not self._offline_prober.done():
            self._offline_prober.cancel()
        self._offline_prober = self._spawn(self._recheck_after_offline())

    async def _recheck_after_offline(self) -> None:
        towns = list(self._towns.values())
        results = await asyncio.gather(*(self._probe(t) for t in towns))
        self._leave_offline(dict(zip((t.key for t in towns), results, strict=True)))

    def _leave_offline(self, answered: dict[str, bool]) -> None:
        if not self._offline:
            return
        self._offline = False
        now = self._clock()
        log.info("online again")
        self._end_outage("offline", "")
        self._emit(OfflineChanged(False, now))
        some_answered = any(answered.values())
        for key, ok in answered.items():
            town = self._towns.get(key)
            if town is None:
                continue
            if ok and town.state is TownState.NOT_ANSWERING:
                self._mark_back(town)
            elif not ok and some_answered and town.state is not TownState.NOT_ANSWERING:
                self._mark_down(town)

    # ------------------------------------------------------------------ history

    def _begin_outage(self, kind: str, town: _Town | None) -> None:
        server = town.key if town is not None else ""
        if any(o.ended_at is None and o.kind == kind and o.server == server for o in self._history):
            return
        name = town.name if town is not None else ""
        self._history.append(Outage(kind, server, name, self._clock()))
        del self._history[: -self.history_limit]
        self._save_history()

    def _end_outage(self, kind: str, server: str) -> None:
        now = self._clock()
        changed = False
        for i, outage in enumerate(self._history):
            if outage.ended_at is None and outage.kind == kind and outage.server == server:
                self._history[i] = Outage(
                    outage.kind, outage.server, outage.town, outage.started_at, now
                )
                changed = True
        if changed:
            self._save_history()

    def _load_history(self) -> list[Outage]:
        if self.history_path is None:
            return []
        try:
            raw = json.loads(self.history_path.read_text(encoding="utf-8"))
            items = raw["outages"] if isinstance(raw, dict) else []
            return [
                Outage(
                    kind=str(i["kind"]),
                    server=str(i["server"]),
                    town=str(i["town"]),
                    started_at=float(i["started_at"]),
                    ended_at=None if i.get("ended_at") is None else float(i["ended_at"]),
                )
                for i in items
            ][-self.history_limit :]
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("The town status history could not be read; starting a new one.")
            return []

    def _save_history(self) -> None:
        if self.history_path is None:
            return
        payload = json.dumps(
            {"version": _HISTORY_VERSION, "outages": [asdict(o) for o in self._history]}
        )
        try:
            _write_atomically(self.history_path, payload)
        except OSError as exc:
            log.warning("The town status history could not be saved: %s", exc)

    # ------------------------------------------------------------------ plumbing

    def _emit(self, event: HealthEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("a health listener failed")

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        task: asyncio.Task[Any] = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task


def _write_atomically(path: Path, text: str) -> None:
    paths.write_private(path, text, durable=True)

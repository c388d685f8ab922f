"""`MastodonClient`: one per account (or anonymous, per server), over one httpx.AsyncClient."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import mimetypes
import ssl
import uuid
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from townsfolk import __version__
from townsfolk.api.capabilities import NOT_MASTODON_COMPATIBLE, Capabilities, capabilities_from
from townsfolk.api.entities import (
    Account,
    Application,
    Context,
    CustomEmoji,
    ExtendedDescription,
    Filter,
    FilterKeyword,
    Instance,
    InstanceV1,
    List,
    Marker,
    MediaAttachment,
    NodeInfo,
    NodeInfoLinks,
    Notification,
    Poll,
    PrivacyPolicy,
    Relationship,
    Report,
    Rule,
    SearchResults,
    Skips,
    Status,
    Suggestion,
    TermsOfService,
    Token,
    decode,
    decode_list,
)
from townsfolk.api.errors import (
    ApiError,
    BadResponse,
    CannotConnect,
    NotFound,
    NotMastodonCompatible,
    RateLimited,
    TimedOut,
    TlsError,
    scrub,
)
from townsfolk.api.http import current_watch, error_for_response, is_html, is_tls_failure
from townsfolk.api.pagination import Cursor, Page, parse_link_header
from townsfolk.api.ratelimit import RateLimit, rate_limit_from_headers
from townsfolk.api.timing import sleep_at_least

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_TIMEOUT",
    "UPLOAD_DEADLINE",
    "USER_AGENT",
    "MastodonClient",
    "NewPoll",
    "Params",
]

log = logging.getLogger("townsfolk.api")

T = TypeVar("T")
Params = list[tuple[str, str]]

USER_AGENT = f"Townsfolk/{__version__}"
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
DEFAULT_DEADLINE = 30.0
"""Seconds one call may take in all (every try, waits and the whole answer), see `request`."""
UPLOAD_DEADLINE = 120.0
"""The same for uploading a picture (the upload itself; waiting for processing is separate)."""
MAX_BODY_BYTES = 32 * 1024 * 1024
_RETRY_STATUSES = frozenset({502, 503, 504})
_CONNECT_MARGIN = 0.05
_ssl_context: ssl.SSLContext | None = None


def tls_context() -> ssl.SSLContext:
    """One shared, always-verifying TLS context using the OS trust store."""
    global _ssl_context  # noqa: PLW0603 (built once, lazily: it costs a few ms)
    if _ssl_context is None:
        import truststore

        _ssl_context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    return _ssl_context


def _flag(value: bool) -> str:
    return "true" if value else "false"


def build_params(**values: Any) -> Params:
    """Form/query parameters: None is left out, bools become "true"/"false", sequences become
    repeated ``key[]`` entries."""
    out: Params = []
    for key, value in values.items():
        if value is None:
            continue
        if isinstance(value, bool):
            out.append((key, _flag(value)))
        elif isinstance(value, list | tuple | set | frozenset):
            out.extend((f"{key}[]", str(item)) for item in value)
        else:
            out.append((key, str(value)))
    return out


@dataclass(frozen=True)
class NewPoll:
    """A poll to attach to a new or edited post."""

    options: Sequence[str]
    expires_in: int = 86400
    multiple: bool = False
    hide_totals: bool = False

    def params(self) -> Params:
        out: Params = [("poll[options][]", option) for option in self.options]
        out.append(("poll[expires_in]", str(self.expires_in)))
        out.append(("poll[multiple]", _flag(self.multiple)))
        out.append(("poll[hide_totals]", _flag(self.hide_totals)))
        return out


class _Secret:
    """Holds a secret so it never shows in repr() or tracebacks' locals."""

    __slots__ = ("_value",)

    def __init__(self, value: str | None) -> None:
        self._value = value

    def get(self) -> str | None:
        return self._value

    def __repr__(self) -> str:
        return "<secret>" if self._value else "<none>"


def normalise_base_url(base_url: str) -> str:
    """ "mastodon.social" -> "https://mastodon.social"; trailing slashes removed."""
    text = base_url.strip()
    if "://" not in text:
        text = "https://" + text
    return text.rstrip("/")


class MastodonClient:
    """Async client for the Mastodon client API, for one account (or anonymous) on one server.

    - `access_token`: the account's token (from the keyring); never shown in repr/logs/errors.
    - `transport`: inject an `httpx.AsyncBaseTransport` (tests, practice town in process).
    - Retries: only GET is retried, on connection errors, timeouts and 502/503/504, up to
      `max_retries` times with exponential backoff from `retry_backoff` seconds.
    - Rate limits: `rate_limit` holds the latest X-RateLimit-* facts. A GET that gets 429
      waits until the reset if that is at most `rate_limit_max_wait` seconds, then retries;
      anything else raises `RateLimited`.
    - Deadlines: httpx's `timeout` is per phase (connect, each read), so a town that sends one
      byte every few seconds would hold a request forever. Every call also has a total
      `deadline` in seconds (all tries, waits, and reading the whole answer; `upload_deadline`
      for picture uploads; None: no deadline). Past it, the call raises `TimedOut`; caused by
      `httpx.ConnectTimeout` when the request certainly never left (no connection was made),
      so a POST's caller knows it cannot have arrived.
    """

    def __init__(
        self,
        base_url: str,
        *,
        access_token: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int = 2,
        retry_backoff: float = 0.5,
        retry_backoff_max: float = 8.0,
        rate_limit_max_wait: float = 30.0,
        rate_limit_max_retries: int = 2,
        media_poll_interval: float = 1.0,
        media_poll_timeout: float = 120.0,
        deadline: float | None = DEFAULT_DEADLINE,
        upload_deadline: float | None = UPLOAD_DEADLINE,
        server_name: str | None = None,
        user_agent: str = USER_AGENT,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self.base_url = normalise_base_url(base_url)
        parts = urlsplit(self.base_url)
        self.server = server_name or parts.hostname or parts.netloc
        self._token = _Secret(access_token)
        self.max_retries = max(0, max_retries)
        self.retry_backoff = max(0.0, retry_backoff)
        self.retry_backoff_max = retry_backoff_max
        self.rate_limit_max_wait = rate_limit_max_wait
        self.rate_limit_max_retries = rate_limit_max_retries
        self.media_poll_interval = media_poll_interval
        self.media_poll_timeout = media_poll_timeout
        self.deadline = deadline
        self.upload_deadline = upload_deadline
        self.rate_limit: RateLimit | None = None
        if http_client is not None:
            self._http = http_client
            self._owns_http = False
        else:
            if isinstance(timeout, int | float):
                timeout = httpx.Timeout(float(timeout))
            self._http = httpx.AsyncClient(
                base_url=self.base_url,
                transport=transport,
                http2=transport is None,
                verify=tls_context() if transport is None else True,
                timeout=timeout or DEFAULT_TIMEOUT,
                headers={"User-Agent": user_agent, "Accept": "application/json"},
                follow_redirects=False,
            )
            self._owns_http = True

    # ------------------------------------------------------------------ lifecycle

    def __repr__(self) -> str:
        who = "with login" if self._token.get() else "anonymous"
        return f"MastodonClient({self.base_url!r}, {who})"

    @property
    def authenticated(self) -> bool:
        return bool(self._token.get())

    def with_token(self, access_token: str | None) -> MastodonClient:
        """Another client for the same server sharing this one's connections (closing it
        does not close them). Used e.g. for the sign-up flow's app token."""
        return MastodonClient(
            self.base_url,
            access_token=access_token,
            max_retries=self.max_retries,
            retry_backoff=self.retry_backoff,
            retry_backoff_max=self.retry_backoff_max,
            rate_limit_max_wait=self.rate_limit_max_wait,
            rate_limit_max_retries=self.rate_limit_max_retries,
            media_poll_interval=self.media_poll_interval,
            media_poll_timeout=self.media_poll_timeout,
            deadline=self.deadline,
            upload_deadline=self.upload_deadline,
            server_name=self.server,
            http_client=self._http,
        )

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> MastodonClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # ------------------------------------------------------------------ core

    def url(self, path: str) -> str:
        """Absolute URL for a path on this server."""
        return self.base_url + path

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Params | None = None,
        data: Params | None = None,
        files: dict[str, tuple[str, bytes, str]] | None = None,
        headers: dict[str, str] | None = None,
        authenticated: bool = True,
        secrets: Iterable[str | None] = (),
        ok_statuses: Iterable[int] = (),
        follow_redirects: bool | None = None,
        deadline: float | None = None,
    ) -> httpx.Response:
        """Send one request (with the retry and rate-limit rules) and return the successful
        answer with its body read. Raises an `ApiError` subclass for anything else.
        Statuses in `ok_statuses` are returned instead of raised. GETs follow redirects
        unless `follow_redirects` is False. `deadline`: seconds for the whole call
        (default: the client's `deadline`; `math.inf`: none); retries and waits that would
        not fit are skipped and the last error raised."""
        method = method.upper()
        limit = self.deadline if deadline is None else deadline
        loop = asyncio.get_running_loop()
        ends_at = None if limit is None or math.isinf(limit) else loop.time() + limit
        all_secrets = [self._token.get(), *secrets]
        attempt = 0
        limited = 0
        send_headers = dict(headers or {})
        token = self._token.get()
        if authenticated and token:
            send_headers["Authorization"] = f"Bearer {token}"
        allowed = set(ok_statuses)
        while True:
            try:
                response = await self._send_once(
                    method,
                    path,
                    params,
                    data,
                    files,
                    send_headers,
                    all_secrets,
                    method == "GET" if follow_redirects is None else follow_redirects,
                    ends_at,
                )
            except (CannotConnect, TimedOut) as exc:
                if (
                    method == "GET"
                    and attempt < self.max_retries
                    and self._fits(ends_at, self._backoff_delay(attempt + 1))
                ):
                    attempt += 1
                    log.info("%s %s: %s, retry %d", method, path, type(exc).__name__, attempt)
                    await self._backoff(attempt)
                    continue
                raise
            status = response.status_code
            if status < 300 or status in allowed:
                return response
            if (
                method == "GET"
                and status in _RETRY_STATUSES
                and attempt < self.max_retries
                and self._fits(ends_at, self._backoff_delay(attempt + 1))
            ):
                attempt += 1
                log.info("%s %s -> %d, retry %d", method, path, status, attempt)
                await self._backoff(attempt)
                continue
            error = error_for_response(
                response, server=self.server, method=method, path=path, secrets=all_secrets
            )
            if (
                isinstance(error, RateLimited)
                and method == "GET"
                and limited < self.rate_limit_max_retries
                and error.retry_after is not None
                and error.retry_after <= self.rate_limit_max_wait
                and self._fits(ends_at, error.retry_after + 0.05)
            ):
                limited += 1
                log.info("%s %s rate limited, waiting %.2f s", method, path, error.retry_after)
                await sleep_at_least(error.retry_after + 0.05)
                continue
            raise error

    def _backoff_delay(self, attempt: int) -> float:
        return float(min(self.retry_backoff_max, self.retry_backoff * (2 ** (attempt - 1))))

    async def _backoff(self, attempt: int) -> None:
        delay = self._backoff_delay(attempt)
        if delay > 0:
            await asyncio.sleep(delay)

    @staticmethod
    def _fits(ends_at: float | None, wait: float) -> bool:
        """Whether waiting `wait` seconds still leaves time before the deadline."""
        return ends_at is None or asyncio.get_running_loop().time() + wait < ends_at

    async def _send_once(  # noqa: PLR0917
        self,
        method: str,
        path: str,
        params: Params | None,
        data: Params | None,
        files: dict[str, tuple[str, bytes, str]] | None,
        headers: dict[str, str],
        secrets: list[str | None],
        follow_redirects: bool,
        ends_at: float | None = None,
    ) -> httpx.Response:
        where: dict[str, Any] = {"server": self.server, "method": method, "path": path}
        # What the connection did, from httpcore's trace (other transports say nothing).
        seen = {"connecting": False, "sent": False}
        watch = current_watch()
        # A connection whose TLS handshake is under way belongs to nobody yet: httpcore does
        # not close it when the request is cancelled (deadline, or the caller gave up), so
        # it is kept here and closed below in that case.
        half_open: list[Any] = []

        async def trace(name: str, info: dict[str, Any]) -> None:
            if name.startswith("connection.connect_"):
                seen["connecting"] = True
                if watch is not None:
                    watch.connecting()
            if name == "connection.connect_tcp.complete" and info.get("return_value"):
                half_open.append(info["return_value"])
            elif name == "connection.start_tls.complete" or (
                # (httpcore closes it itself after an error, but not after a cancellation)
                name == "connection.start_tls.failed"
                and isinstance(info.get("exception"), Exception)
            ):
                half_open.clear()
            elif name.endswith("send_request_headers.started"):
                half_open.clear()
                seen["sent"] = True
                if watch is not None:
                    watch.sent()

        timeout = self._http.timeout
        if ends_at is not None:
            # httpx's own connect timeout ends a connection attempt cleanly (being cancelled
            # in the middle of a TLS handshake leaves the socket open), so it ends a moment
            # before the deadline.
            left = max(0.001, ends_at - asyncio.get_running_loop().time() - _CONNECT_MARGIN)
            timeout = httpx.Timeout(
                connect=min(timeout.connect or math.inf, left),
                read=timeout.read,
                write=timeout.write,
                pool=min(timeout.pool or math.inf, left),
            )
        timer = asyncio.timeout_at(ends_at)
        if watch is not None:
            watch.handed_over()
        try:
            async with timer:
                return await self._exchange(
                    method,
                    path,
                    params,
                    data,
                    files,
                    headers,
                    secrets,
                    follow_redirects,
                    trace,
                    timeout,
                )
        except TimeoutError as exc:
            if not timer.expired():
                raise
            text = "no complete answer before the deadline"
            if seen["connecting"] and not seen["sent"]:
                # The request never left: nothing can have arrived.
                cause: BaseException = httpx.ConnectTimeout("no connection before the deadline")
                text = "no connection before the deadline"
            else:
                cause = exc
            raise TimedOut(text, **where) from cause
        finally:
            for stream in half_open:
                with contextlib.suppress(Exception):
                    await stream.aclose()

    async def _exchange(  # noqa: PLR0917
        self,
        method: str,
        path: str,
        params: Params | None,
        data: Params | None,
        files: dict[str, tuple[str, bytes, str]] | None,
        headers: dict[str, str],
        secrets: list[str | None],
        follow_redirects: bool,
        trace: Callable[[str, dict[str, Any]], Awaitable[None]],
        timeout: httpx.Timeout,
    ) -> httpx.Response:
        where: dict[str, Any] = {"server": self.server, "method": method, "path": path}
        form: dict[str, list[str]] | None = None
        if data:
            form = {}
            for key, value in data:
                form.setdefault(key, []).append(value)
        request = self._http.build_request(
            method,
            path,
            params=httpx.QueryParams(tuple(params)) if params else None,
            data=form,
            files=files,
            headers=headers,
            extensions={"trace": trace},
            timeout=timeout,
        )
        try:
            response = await self._http.send(
                request, stream=True, follow_redirects=follow_redirects
            )
        except httpx.TimeoutException as exc:
            raise TimedOut(scrub(str(exc) or "no answer in time", secrets), **where) from exc
        except httpx.ConnectError as exc:
            if is_tls_failure(exc):
                raise TlsError(scrub(str(exc), secrets), **where) from exc
            raise CannotConnect(scrub(str(exc), secrets), **where) from exc
        except httpx.TooManyRedirects as exc:
            raise BadResponse("too many redirects", **where) from exc
        except (httpx.TransportError, OSError) as exc:
            if is_tls_failure(exc):
                raise TlsError(scrub(str(exc), secrets), **where) from exc
            raise CannotConnect(scrub(str(exc) or "connection dropped", secrets), **where) from exc
        try:
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > MAX_BODY_BYTES:
                    raise BadResponse("answer too large", status=response.status_code, **where)
                chunks.append(chunk)
            raw = b"".join(chunks)
        except httpx.TimeoutException as exc:
            raise TimedOut("the answer stopped half way", **where) from exc
        except (httpx.TransportError, httpx.DecodingError) as exc:
            raise BadResponse(
                scrub(f"the answer was cut off or garbled: {exc}", secrets),
                status=response.status_code,
                **where,
            ) from exc
        finally:
            await response.aclose()
        response = self._decoded(response, raw)
        self._note_rate_limit(response)
        log.debug("%s %s -> %d", method, path, response.status_code)
        return response

    @staticmethod
    def _decoded(response: httpx.Response, raw: bytes) -> httpx.Response:
        """A plain (non-streaming) copy of a response with its already-decoded body."""
        headers = httpx.Headers(
            [
                (k, v)
                for k, v in response.headers.multi_items()
                if k.lower() not in {"content-encoding", "content-length", "transfer-encoding"}
            ]
        )
        return httpx.Response(
            status_code=response.status_code,
            headers=headers,
            content=raw,
            request=response.request,
            extensions=response.extensions,
        )

    def _note_rate_limit(self, response: httpx.Response) -> None:
        info = rate_limit_from_headers(response.headers, datetime.now(UTC))
        if info is not None:
            self.rate_limit = info

    def decode_response(
        self, response: httpx.Response, type_: type[T], *, skips: Skips | None = None
    ) -> T:
        """Decode a JSON answer into `type_`; `BadResponse` if it does not fit. List items
        that could not be read are left out and added to ``skips``."""
        return decode(self._json_body(response), type_, skips=skips)

    def _json_body(self, response: httpx.Response) -> bytes:
        body = response.content
        path = response.request.url.path
        if is_html(response.headers.get("content-type", ""), body):
            raise BadResponse(
                "a web page came back where data was expected",
                server=self.server,
                method=response.request.method,
                path=path,
                status=response.status_code,
            )
        return body

    def _wrap_bad(self, exc: BadResponse, response: httpx.Response) -> BadResponse:
        return BadResponse(
            exc.detail,
            server=self.server,
            method=response.request.method,
            path=response.request.url.path,
            status=response.status_code,
        )

    async def _call(
        self,
        method: str,
        path: str,
        type_: type[T],
        *,
        params: Params | None = None,
        data: Params | None = None,
        files: dict[str, tuple[str, bytes, str]] | None = None,
        headers: dict[str, str] | None = None,
        authenticated: bool = True,
        secrets: Iterable[str | None] = (),
        skips: Skips | None = None,
    ) -> T:
        response = await self.request(
            method,
            path,
            params=params,
            data=data,
            files=files,
            headers=headers,
            authenticated=authenticated,
            secrets=secrets,
        )
        try:
            return self.decode_response(response, type_, skips=skips)
        except BadResponse as exc:
            raise self._wrap_bad(exc, response) from None

    async def _call_list(
        self, method: str, path: str, type_: type[T], *, params: Params | None = None
    ) -> list[T]:
        page = await self._page(path, type_, params or [], None, method=method)
        return page.items

    async def _page(
        self,
        path: str,
        type_: type[T],
        params: Params,
        cursor: Cursor | None,
        *,
        method: str = "GET",
    ) -> Page[T]:
        if cursor is not None:
            params = cursor.merge_into(params)
        response = await self.request(method, path, params=params)
        skipped: list[BadResponse] = []
        try:
            items = decode_list(self._json_body(response), type_, on_skip=skipped.append)
        except BadResponse as exc:
            raise self._wrap_bad(exc, response) from None
        for problem in skipped:
            log.warning("%s: left out one item that could not be read: %s", path, problem)
        links = parse_link_header(response.headers.get("link"))
        return Page(
            items=items,
            next=Cursor.from_url(links["next"]) if "next" in links else None,
            prev=Cursor.from_url(links["prev"]) if "prev" in links else None,
            partial=response.status_code == 206,
            skipped=len(skipped),
            links=links,
        )

    @staticmethod
    def _limit(limit: int | None) -> Params:
        return [("limit", str(limit))] if limit is not None else []

    # ------------------------------------------------------------------ instance

    async def instance(self) -> Instance:
        """The server's description, rules, registration and limits (v2 shape; falls back
        to v1 on old servers). Raises `NotMastodonCompatible` when neither exists."""
        try:
            response = await self.request("GET", "/api/v2/instance", ok_statuses=(404,))
        except BadResponse:
            response = None
        if (
            response is not None
            and response.status_code < 300
            and not is_html(response.headers.get("content-type", ""), response.content)
        ):
            try:
                return decode(response.content, Instance)
            except BadResponse as exc:
                # an answer that is not a town description at all: the v1 one may be fine
                log.warning("%s: /api/v2/instance unreadable (%s); trying v1", self.server, exc)
        response = await self.request("GET", "/api/v1/instance", ok_statuses=(404,))
        body = response.content
        if response.status_code < 300 and not is_html(
            response.headers.get("content-type", ""), body
        ):
            try:
                return decode(body, InstanceV1).to_v2()
            except BadResponse as exc:
                raise self._wrap_bad(exc, response) from None
        software = await self._nodeinfo_software()
        raise NotMastodonCompatible(
            "no Mastodon instance endpoint"
            + (f"; nodeinfo software {software}" if software else ""),
            software=software,
            server=self.server,
            method="GET",
            path="/api/v1/instance",
            status=response.status_code,
        )

    async def _nodeinfo_software(self) -> str | None:
        try:
            info = await self.nodeinfo()
        except ApiError:
            return None
        return info.software.name.lower() or None if info else None

    async def public_json(self, path: str, type_: type[T]) -> T:
        """GET a town's own public JSON outside the Mastodon API (a PeerTube video's details,
        an Owncast stream's status, a Funkwhale track); no login is sent."""
        return await self._call("GET", path, type_, authenticated=False)

    async def nodeinfo(self) -> NodeInfo | None:
        """The NodeInfo document (2.1 or 2.0), or None if the server has none."""
        try:
            links = await self._call(
                "GET", "/.well-known/nodeinfo", NodeInfoLinks, authenticated=False
            )
        except NotFound:
            return None
        best: str | None = None
        for link in links.links:
            if link.rel.endswith(("/schema/2.1", "/schema/2.0")) and (
                best is None or link.rel.endswith("2.1")
            ):
                best = link.href
        if not best:
            return None
        parts = urlsplit(best)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        return await self._call("GET", path or "/", NodeInfo, authenticated=False)

    async def capabilities(self) -> Capabilities:
        """Software, version and feature flags. Raises `NotMastodonCompatible` for
        servers like Misskey."""
        instance = await self.instance()
        try:
            info = await self.nodeinfo()
        except ApiError:
            info = None
        caps = capabilities_from(
            instance,
            info.software.name if info else None,
            info.software.version if info else None,
        )
        if caps.software in NOT_MASTODON_COMPATIBLE:
            raise NotMastodonCompatible(
                f"nodeinfo software {caps.software}",
                software=caps.software,
                server=self.server,
                method="GET",
                path="/.well-known/nodeinfo",
            )
        try:
            from townsfolk.api.oauth import discover

            endpoints = await discover(self)
        except ApiError:
            return caps
        if endpoints.discovered:
            return _with(caps, supports_pkce="S256" in endpoints.code_challenge_methods)
        return _with(caps, supports_pkce=False, supports_oauth_discovery=False)

    async def instance_rules(self) -> list[Rule]:
        return await self._call_list("GET", "/api/v1/instance/rules", Rule)

    async def extended_description(self) -> ExtendedDescription:
        return await self._call("GET", "/api/v1/instance/extended_description", ExtendedDescription)

    async def privacy_policy(self) -> PrivacyPolicy:
        return await self._call("GET", "/api/v1/instance/privacy_policy", PrivacyPolicy)

    async def terms_of_service(self, date: str | None = None) -> TermsOfService:
        """The current terms (or those of `date`, "YYYY-MM-DD"). NotFound if none are set."""
        path = "/api/v1/instance/terms_of_service" + (f"/{date}" if date else "")
        return await self._call("GET", path, TermsOfService)

    # ------------------------------------------------------------------ apps & accounts

    async def verify_app_credentials(self) -> Application:
        return await self._call("GET", "/api/v1/apps/verify_credentials", Application)

    async def register_account(
        self,
        *,
        username: str,
        email: str,
        password: str,
        agreement: bool,
        locale: str,
        reason: str | None = None,
        date_of_birth: str | None = None,
    ) -> Token:
        """Sign up (needs an app token with write:accounts). Returns the new user's token,
        which works once the email is confirmed (and the account approved, if needed)."""
        data = build_params(
            username=username,
            email=email,
            password=password,
            agreement=agreement,
            locale=locale,
            reason=reason,
            date_of_birth=date_of_birth,
        )
        return await self._call("POST", "/api/v1/accounts", Token, data=data, secrets=[password])

    async def resend_confirmation_email(self, email: str | None = None) -> None:
        await self.request("POST", "/api/v1/emails/confirmations", data=build_params(email=email))

    async def verify_credentials(self) -> Account:
        return await self._call("GET", "/api/v1/accounts/verify_credentials", Account)

    async def update_credentials(
        self,
        *,
        display_name: str | None = None,
        note: str | None = None,
        fields: Sequence[tuple[str, str]] | None = None,
        avatar: tuple[str, bytes, str] | None = None,
        header: tuple[str, bytes, str] | None = None,
    ) -> Account:
        """Change the account's own profile (PATCH /api/v1/accounts/update_credentials):
        only what is given changes. ``fields`` replaces all profile fields (name, value);
        ``avatar``/``header`` are (file name, bytes, type), sent as multipart."""
        data = build_params(display_name=display_name, note=note)
        if fields is not None:
            for index, (name, value) in enumerate(fields):
                data.append((f"fields_attributes[{index}][name]", name))
                data.append((f"fields_attributes[{index}][value]", value))
        files = {}
        if avatar is not None:
            files["avatar"] = avatar
        if header is not None:
            files["header"] = header
        return await self._call(
            "PATCH",
            "/api/v1/accounts/update_credentials",
            Account,
            data=data,
            files=files or None,
        )

    async def lookup_account(self, acct: str) -> Account:
        """An account by address ("ann" or "ann@town"); no remote lookup (use `search`)."""
        return await self._call(
            "GET", "/api/v1/accounts/lookup", Account, params=[("acct", acct.lstrip("@"))]
        )

    async def get_account(self, account_id: str) -> Account:
        return await self._call("GET", f"/api/v1/accounts/{account_id}", Account)

    async def account_statuses(
        self,
        account_id: str,
        *,
        cursor: Cursor | None = None,
        limit: int | None = None,
        exclude_replies: bool | None = None,
        exclude_reblogs: bool | None = None,
        only_media: bool | None = None,
        pinned: bool | None = None,
        tagged: str | None = None,
    ) -> Page[Status]:
        params = build_params(
            limit=limit,
            exclude_replies=exclude_replies,
            exclude_reblogs=exclude_reblogs,
            only_media=only_media,
            pinned=pinned,
            tagged=tagged,
        )
        return await self._page(f"/api/v1/accounts/{account_id}/statuses", Status, params, cursor)

    async def suggestions(self, *, limit: int | None = None) -> list[Suggestion]:
        """People the town suggests following (v2; older towns: v1, which lists accounts,
        given here with the source "past_interactions")."""
        response = await self.request(
            "GET", "/api/v2/suggestions", params=self._limit(limit), ok_statuses=(404,)
        )
        if response.status_code != 404:
            return decode_list(self._json_body(response), Suggestion)
        accounts = await self._call_list(
            "GET", "/api/v1/suggestions", Account, params=self._limit(limit)
        )
        return [Suggestion(account=a, source="past_interactions") for a in accounts]

    async def directory(
        self,
        *,
        local: bool | None = None,
        order: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> list[Account]:
        """The town's profile directory (people who chose to be listed); ``order`` is
        "active" (posted lately) or "new"."""
        params = build_params(local=local, order=order, offset=offset, limit=limit)
        return await self._call_list("GET", "/api/v1/directory", Account, params=params)

    async def following(
        self, account_id: str, *, cursor: Cursor | None = None, limit: int | None = None
    ) -> Page[Account]:
        path = f"/api/v1/accounts/{account_id}/following"
        return await self._page(path, Account, self._limit(limit), cursor)

    async def followers(
        self, account_id: str, *, cursor: Cursor | None = None, limit: int | None = None
    ) -> Page[Account]:
        path = f"/api/v1/accounts/{account_id}/followers"
        return await self._page(path, Account, self._limit(limit), cursor)

    async def relationships(self, account_ids: Sequence[str]) -> list[Relationship]:
        if not account_ids:
            return []
        params = build_params(id=list(account_ids))
        return await self._call_list(
            "GET", "/api/v1/accounts/relationships", Relationship, params=params
        )

    async def follow(
        self,
        account_id: str,
        *,
        reblogs: bool | None = None,
        notify: bool | None = None,
        languages: Sequence[str] | None = None,
    ) -> Relationship:
        """Follow. Note: some servers answer `following: false` at first (processed later)."""
        data = build_params(
            reblogs=reblogs, notify=notify, languages=list(languages) if languages else None
        )
        path = f"/api/v1/accounts/{account_id}/follow"
        return await self._call("POST", path, Relationship, data=data)

    async def unfollow(self, account_id: str) -> Relationship:
        path = f"/api/v1/accounts/{account_id}/unfollow"
        return await self._call("POST", path, Relationship)

    async def block(self, account_id: str) -> Relationship:
        return await self._call("POST", f"/api/v1/accounts/{account_id}/block", Relationship)

    async def unblock(self, account_id: str) -> Relationship:
        return await self._call("POST", f"/api/v1/accounts/{account_id}/unblock", Relationship)

    async def mute(
        self, account_id: str, *, notifications: bool = True, duration: int | None = None
    ) -> Relationship:
        """Mute; `duration` in seconds (None or 0 = until unmuted)."""
        data = build_params(notifications=notifications, duration=duration)
        path = f"/api/v1/accounts/{account_id}/mute"
        return await self._call("POST", path, Relationship, data=data)

    async def unmute(self, account_id: str) -> Relationship:
        return await self._call("POST", f"/api/v1/accounts/{account_id}/unmute", Relationship)

    async def follow_requests(
        self, *, cursor: Cursor | None = None, limit: int | None = None
    ) -> Page[Account]:
        """People who asked to follow this (locked) account and wait for an answer."""
        return await self._page("/api/v1/follow_requests", Account, self._limit(limit), cursor)

    async def authorize_follow_request(self, account_id: str) -> Relationship:
        """Let the person who asked follow this account (`followed_by` becomes true)."""
        path = f"/api/v1/follow_requests/{account_id}/authorize"
        return await self._call("POST", path, Relationship)

    async def reject_follow_request(self, account_id: str) -> Relationship:
        """Say no to the person who asked to follow this account."""
        path = f"/api/v1/follow_requests/{account_id}/reject"
        return await self._call("POST", path, Relationship)

    # ------------------------------------------------------------------ timelines

    async def home_timeline(
        self, *, cursor: Cursor | None = None, limit: int | None = None
    ) -> Page[Status]:
        """People you follow. `page.partial` is True if the server is still building it."""
        return await self._page("/api/v1/timelines/home", Status, self._limit(limit), cursor)

    async def public_timeline(
        self,
        *,
        local: bool = False,
        remote: bool = False,
        only_media: bool | None = None,
        cursor: Cursor | None = None,
        limit: int | None = None,
    ) -> Page[Status]:
        """`local=True`: people who live in this town; `remote=True`: only other towns;
        neither: everywhere this town knows."""
        params = build_params(
            local=True if local else None,
            remote=True if remote else None,
            only_media=only_media,
            limit=limit,
        )
        return await self._page("/api/v1/timelines/public", Status, params, cursor)

    async def tag_timeline(
        self,
        tag: str,
        *,
        local: bool = False,
        only_media: bool | None = None,
        cursor: Cursor | None = None,
        limit: int | None = None,
    ) -> Page[Status]:
        params = build_params(local=True if local else None, only_media=only_media, limit=limit)
        path = f"/api/v1/timelines/tag/{tag.lstrip('#')}"
        return await self._page(path, Status, params, cursor)

    async def list_timeline(
        self, list_id: str, *, cursor: Cursor | None = None, limit: int | None = None
    ) -> Page[Status]:
        path = f"/api/v1/timelines/list/{list_id}"
        return await self._page(path, Status, self._limit(limit), cursor)

    # ------------------------------------------------------------------ statuses

    async def post_status(
        self,
        text: str,
        *,
        idempotency_key: str | None = None,
        media_ids: Sequence[str] | None = None,
        poll: NewPoll | None = None,
        in_reply_to_id: str | None = None,
        sensitive: bool | None = None,
        spoiler_text: str | None = None,
        visibility: str | None = None,
        language: str | None = None,
    ) -> Status:
        """Publish a post. Always sends an Idempotency-Key (yours, or a fresh one), so the
        same key sent twice makes one post on servers that honour it. Never retried."""
        data = build_params(
            status=text,
            media_ids=list(media_ids) if media_ids else None,
            in_reply_to_id=in_reply_to_id,
            sensitive=sensitive,
            spoiler_text=spoiler_text,
            visibility=visibility,
            language=language,
        )
        if poll is not None:
            data += poll.params()
        key = idempotency_key or str(uuid.uuid4())
        return await self._call(
            "POST", "/api/v1/statuses", Status, data=data, headers={"Idempotency-Key": key}
        )

    async def edit_status(
        self,
        status_id: str,
        text: str,
        *,
        spoiler_text: str | None = None,
        sensitive: bool | None = None,
        language: str | None = None,
        media_ids: Sequence[str] | None = None,
        poll: NewPoll | None = None,
    ) -> Status:
        data = build_params(
            status=text,
            spoiler_text=spoiler_text,
            sensitive=sensitive,
            language=language,
            media_ids=list(media_ids) if media_ids is not None else None,
        )
        if poll is not None:
            data += poll.params()
        return await self._call("PUT", f"/api/v1/statuses/{status_id}", Status, data=data)

    async def get_status(self, status_id: str) -> Status:
        return await self._call("GET", f"/api/v1/statuses/{status_id}", Status)

    async def delete_status(self, status_id: str) -> Status:
        """Delete; returns the post with its source text (for delete-and-redraft)."""
        return await self._call("DELETE", f"/api/v1/statuses/{status_id}", Status)

    async def status_context(self, status_id: str, *, skips: Skips | None = None) -> Context:
        """What a post replies to and its replies; replies that could not be read are left
        out (and added to ``skips``)."""
        return await self._call(
            "GET", f"/api/v1/statuses/{status_id}/context", Context, skips=skips
        )

    async def _status_action(
        self, status_id: str, action: str, data: Params | None = None
    ) -> Status:
        return await self._call("POST", f"/api/v1/statuses/{status_id}/{action}", Status, data=data)

    async def favourite(self, status_id: str) -> Status:
        return await self._status_action(status_id, "favourite")

    async def unfavourite(self, status_id: str) -> Status:
        return await self._status_action(status_id, "unfavourite")

    async def reblog(self, status_id: str, *, visibility: str | None = None) -> Status:
        """Boost. Mastodon returns a wrapper whose `reblog` is the original; some servers
        (Takahē) return the original itself."""
        return await self._status_action(status_id, "reblog", build_params(visibility=visibility))

    async def unreblog(self, status_id: str) -> Status:
        return await self._status_action(status_id, "unreblog")

    async def bookmark(self, status_id: str) -> Status:
        return await self._status_action(status_id, "bookmark")

    async def unbookmark(self, status_id: str) -> Status:
        return await self._status_action(status_id, "unbookmark")

    async def get_poll(self, poll_id: str) -> Poll:
        return await self._call("GET", f"/api/v1/polls/{poll_id}", Poll)

    async def vote(self, poll_id: str, choices: Sequence[int]) -> Poll:
        data = build_params(choices=list(choices))
        return await self._call("POST", f"/api/v1/polls/{poll_id}/votes", Poll, data=data)

    # ------------------------------------------------------------------ media

    async def upload_media(
        self,
        content: bytes,
        *,
        filename: str = "upload",
        mime_type: str | None = None,
        description: str | None = None,
        focus: tuple[float, float] | None = None,
        wait: bool = True,
    ) -> MediaAttachment:
        """Upload a file (v2). If the server is still processing it (202) and `wait` is
        true, poll until it is ready (bounded by `media_poll_timeout`, else TimedOut)."""
        mime = mime_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        data = build_params(
            description=description,
            focus=f"{focus[0]:.2f},{focus[1]:.2f}" if focus else None,
        )
        response = await self.request(
            "POST",
            "/api/v2/media",
            data=data,
            files={"file": (filename, content, mime)},
            deadline=math.inf if self.upload_deadline is None else self.upload_deadline,
        )
        try:
            media = self.decode_response(response, MediaAttachment)
        except BadResponse as exc:
            raise self._wrap_bad(exc, response) from None
        if response.status_code == 202 and wait:
            return await self.wait_for_media(media.id)
        return media

    async def wait_for_media(self, media_id: str) -> MediaAttachment:
        """Poll GET /api/v1/media/:id while it answers 206 (processing)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.media_poll_timeout
        path = f"/api/v1/media/{media_id}"
        while True:
            response = await self.request("GET", path)
            if response.status_code != 206:
                try:
                    return self.decode_response(response, MediaAttachment)
                except BadResponse as exc:
                    raise self._wrap_bad(exc, response) from None
            if loop.time() + self.media_poll_interval > deadline:
                raise TimedOut(
                    "media still processing", server=self.server, method="GET", path=path
                )
            await asyncio.sleep(self.media_poll_interval)

    async def get_media(self, media_id: str) -> MediaAttachment:
        return await self._call("GET", f"/api/v1/media/{media_id}", MediaAttachment)

    async def update_media(
        self,
        media_id: str,
        *,
        description: str | None = None,
        focus: tuple[float, float] | None = None,
    ) -> MediaAttachment:
        data = build_params(
            description=description,
            focus=f"{focus[0]:.2f},{focus[1]:.2f}" if focus else None,
        )
        return await self._call("PUT", f"/api/v1/media/{media_id}", MediaAttachment, data=data)

    # ------------------------------------------------------------------ notifications

    async def notifications(
        self,
        *,
        cursor: Cursor | None = None,
        limit: int | None = None,
        types: Sequence[str] | None = None,
        exclude_types: Sequence[str] | None = None,
        account_id: str | None = None,
    ) -> Page[Notification]:
        params = build_params(
            limit=limit,
            types=list(types) if types else None,
            exclude_types=list(exclude_types) if exclude_types else None,
            account_id=account_id,
        )
        return await self._page("/api/v1/notifications", Notification, params, cursor)

    async def get_notification(self, notification_id: str) -> Notification:
        return await self._call("GET", f"/api/v1/notifications/{notification_id}", Notification)

    # ------------------------------------------------------------------ search

    async def search(
        self,
        q: str,
        *,
        type: str | None = None,
        resolve: bool = False,
        limit: int | None = None,
        offset: int | None = None,
        following: bool | None = None,
        account_id: str | None = None,
        skips: Skips | None = None,
    ) -> SearchResults:
        """v2 search; `resolve=True` looks up remote people/posts (needs a login). Results
        that could not be read are left out (and added to ``skips``)."""
        params = build_params(
            q=q,
            type=type,
            resolve=resolve,
            limit=limit,
            offset=offset,
            following=following,
            account_id=account_id,
        )
        return await self._call("GET", "/api/v2/search", SearchResults, params=params, skips=skips)

    # ------------------------------------------------------------------ blocks, mutes, ...

    async def blocks(
        self, *, cursor: Cursor | None = None, limit: int | None = None
    ) -> Page[Account]:
        return await self._page("/api/v1/blocks", Account, self._limit(limit), cursor)

    async def mutes(
        self, *, cursor: Cursor | None = None, limit: int | None = None
    ) -> Page[Account]:
        return await self._page("/api/v1/mutes", Account, self._limit(limit), cursor)

    async def domain_blocks(
        self, *, cursor: Cursor | None = None, limit: int | None = None
    ) -> Page[str]:
        return await self._page("/api/v1/domain_blocks", str, self._limit(limit), cursor)

    async def block_domain(self, domain: str) -> None:
        await self.request("POST", "/api/v1/domain_blocks", data=[("domain", domain)])

    async def unblock_domain(self, domain: str) -> None:
        await self.request("DELETE", "/api/v1/domain_blocks", params=[("domain", domain)])

    # ------------------------------------------------------------------ reports, filters

    async def report(
        self,
        account_id: str,
        *,
        status_ids: Sequence[str] = (),
        comment: str = "",
        forward: bool = False,
        category: str | None = None,
        rule_ids: Sequence[str] = (),
    ) -> Report:
        """Report a person to the town's moderators (``category``: spam, violation, other)."""
        data = build_params(
            account_id=account_id,
            status_ids=list(status_ids) or None,
            comment=comment or None,
            forward=forward,
            category=category,
            rule_ids=list(rule_ids) or None,
        )
        return await self._call("POST", "/api/v1/reports", Report, data=data)

    async def filters(self) -> list[Filter]:
        """The person's filters for words (filters v2; older towns answer 404)."""
        return await self._call_list("GET", "/api/v2/filters", Filter)

    @staticmethod
    def _filter_params(
        title: str,
        context: Sequence[str],
        filter_action: str,
        expires_in: int | None,
    ) -> Params:
        params = build_params(title=title, filter_action=filter_action)
        params += [("context[]", c) for c in context]
        # an empty value means "never" when changing a filter
        params.append(("expires_in", str(expires_in) if expires_in else ""))
        return params

    async def create_filter(
        self,
        *,
        title: str,
        context: Sequence[str],
        filter_action: str = "warn",
        expires_in: int | None = None,
        keywords: Sequence[str] = (),
        whole_word: bool = True,
    ) -> Filter:
        data = self._filter_params(title, context, filter_action, expires_in)
        for n, word in enumerate(keywords):
            data.append((f"keywords_attributes[{n}][keyword]", word))
            data.append((f"keywords_attributes[{n}][whole_word]", _flag(whole_word)))
        return await self._call("POST", "/api/v2/filters", Filter, data=data)

    async def update_filter(
        self,
        filter_id: str,
        *,
        title: str,
        context: Sequence[str],
        filter_action: str = "warn",
        expires_in: int | None = None,
        keywords: Sequence[str] = (),
        whole_word: bool = True,
        old_keywords: Sequence[FilterKeyword] = (),
    ) -> Filter:
        """Change a filter; its words become ``keywords`` (``old_keywords`` are the ones it
        had: kept when still wanted, removed otherwise)."""
        data = self._filter_params(title, context, filter_action, expires_in)
        wanted = list(dict.fromkeys(keywords))
        n = 0
        for old in old_keywords:
            data.append((f"keywords_attributes[{n}][id]", old.id))
            if old.keyword in wanted:
                wanted.remove(old.keyword)
                data.append((f"keywords_attributes[{n}][whole_word]", _flag(whole_word)))
            else:
                data.append((f"keywords_attributes[{n}][_destroy]", "true"))
            n += 1
        for word in wanted:
            data.append((f"keywords_attributes[{n}][keyword]", word))
            data.append((f"keywords_attributes[{n}][whole_word]", _flag(whole_word)))
            n += 1
        return await self._call("PUT", f"/api/v2/filters/{filter_id}", Filter, data=data)

    async def delete_filter(self, filter_id: str) -> None:
        await self.request("DELETE", f"/api/v2/filters/{filter_id}")

    async def bookmarks(
        self, *, cursor: Cursor | None = None, limit: int | None = None
    ) -> Page[Status]:
        return await self._page("/api/v1/bookmarks", Status, self._limit(limit), cursor)

    async def favourites(
        self, *, cursor: Cursor | None = None, limit: int | None = None
    ) -> Page[Status]:
        return await self._page("/api/v1/favourites", Status, self._limit(limit), cursor)

    # ------------------------------------------------------------------ lists

    async def lists(self) -> list[List]:
        return await self._call_list("GET", "/api/v1/lists", List)

    async def get_list(self, list_id: str) -> List:
        return await self._call("GET", f"/api/v1/lists/{list_id}", List)

    async def create_list(
        self, title: str, *, replies_policy: str | None = None, exclusive: bool | None = None
    ) -> List:
        data = build_params(title=title, replies_policy=replies_policy, exclusive=exclusive)
        return await self._call("POST", "/api/v1/lists", List, data=data)

    async def update_list(
        self,
        list_id: str,
        *,
        title: str | None = None,
        replies_policy: str | None = None,
        exclusive: bool | None = None,
    ) -> List:
        data = build_params(title=title, replies_policy=replies_policy, exclusive=exclusive)
        return await self._call("PUT", f"/api/v1/lists/{list_id}", List, data=data)

    async def delete_list(self, list_id: str) -> None:
        await self.request("DELETE", f"/api/v1/lists/{list_id}")

    async def list_accounts(
        self, list_id: str, *, cursor: Cursor | None = None, limit: int | None = None
    ) -> Page[Account]:
        path = f"/api/v1/lists/{list_id}/accounts"
        return await self._page(path, Account, self._limit(limit), cursor)

    async def add_to_list(self, list_id: str, account_ids: Sequence[str]) -> None:
        """Add accounts (you must follow them, else NotFound)."""
        data = build_params(account_ids=list(account_ids))
        await self.request("POST", f"/api/v1/lists/{list_id}/accounts", data=data)

    async def remove_from_list(self, list_id: str, account_ids: Sequence[str]) -> None:
        params = build_params(account_ids=list(account_ids))
        await self.request("DELETE", f"/api/v1/lists/{list_id}/accounts", params=params)

    async def account_lists(self, account_id: str) -> list[List]:
        """The logged-in person's lists that hold this account."""
        return await self._call_list("GET", f"/api/v1/accounts/{account_id}/lists", List)

    # ------------------------------------------------------------------ custom emoji

    async def custom_emojis(self) -> list[CustomEmoji]:
        return await self._call_list("GET", "/api/v1/custom_emojis", CustomEmoji)

    # ------------------------------------------------------------------ markers

    async def get_markers(
        self, timelines: Sequence[str] = ("home", "notifications")
    ) -> dict[str, Marker]:
        params = build_params(timeline=list(timelines))
        return await self._call("GET", "/api/v1/markers", dict[str, Marker], params=params)

    async def set_markers(
        self, *, home: str | None = None, notifications: str | None = None
    ) -> dict[str, Marker]:
        """Save read positions (last read ids). A 409 conflict raises RequestRejected."""
        data: Params = []
        if home is not None:
            data.append(("home[last_read_id]", home))
        if notifications is not None:
            data.append(("notifications[last_read_id]", notifications))
        return await self._call("POST", "/api/v1/markers", dict[str, Marker], data=data)


def _with(caps: Capabilities, **changes: Any) -> Capabilities:
    import dataclasses

    return dataclasses.replace(caps, **changes)

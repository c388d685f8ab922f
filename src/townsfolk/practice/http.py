"""The practice towns' HTTP face: a Starlette router behind a small ASGI front door.

The front door picks the town (by Host header, or a fixed town per port), applies faults,
adds X-RateLimit headers to every API answer and serves the loopback-only admin endpoint.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from typing import Any

import msgspec
from starlette.requests import Request
from starlette.routing import Router
from starlette.types import Message, Receive, Scope, Send

from townsfolk.practice import personalities
from townsfolk.practice.faults import Fault
from townsfolk.practice.render import (
    encode,
)
from townsfolk.practice.routes import ROUTES
from townsfolk.practice.routes.base import (
    JSON,
    NOT_FOUND,
    RATE_LIMIT,
    RATE_WINDOW,
    ConnectionDropped,
    ConnectionRefusedByTown,
)
from townsfolk.practice.world import Town, World

__all__ = ["ConnectionDropped", "ConnectionRefusedByTown", "PracticeApp"]

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

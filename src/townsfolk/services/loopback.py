"""The loopback receiver for logging in through the browser (RFC 8252, section 7.3).

Townsfolk opens the town's log-in page in the browser with ``redirect_uri`` pointing here:
``http://127.0.0.1:<random port>/callback``. When the person has logged in, the town sends the
browser back to that address with a one-time ``code`` and the ``state`` we chose.

The receiver:
- listens on 127.0.0.1 only, on a port the system picks;
- accepts exactly one log-in answer: the first request to ``/callback`` settles the outcome
  (other paths, such as ``/favicon.ico``, get a 404 and do not count), and then it closes, so a
  second answer finds nobody listening;
- checks ``state`` against the one it was given, so another web page cannot slip in a code;
- answers the browser with a short friendly page;
- gives up after a timeout (a few minutes by default).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import html
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

from townsfolk.i18n import translate

CALLBACK_PATH = "/callback"
MAX_REQUEST_BYTES = 16 * 1024
READ_TIMEOUT = 10.0


class LoginNotCompleted(Exception):
    """The browser log-in did not give us a code. ``user_message`` says why in plain words."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class LoginTimedOut(LoginNotCompleted):
    """Nobody came back from the browser in time."""


class LoginRefused(LoginNotCompleted):
    """The person said no on the town's page, or the town reported an error."""


class LoginTampered(LoginNotCompleted):
    """The answer did not carry our ``state``: it did not come from the log-in we started."""


@dataclass(frozen=True, slots=True)
class LoginAnswer:
    code: str


_PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;font-size:1.3rem;max-width:32rem;margin:4rem auto;
line-height:1.5;color:#222}}h1{{font-size:1.8rem}}</style></head>
<body><h1>{title}</h1><p>{body}</p></body></html>"""


def success_title() -> str:
    return translate("LoginBrowserPage", "You are logged in")


def success_body() -> str:
    return translate(
        "LoginBrowserPage", "You can go back to Townsfolk now. You may close this browser tab."
    )


def failure_title() -> str:
    return translate("LoginBrowserPage", "The log-in did not work")


def _page_language() -> str:
    #: The language code of the page shown in the browser after logging in (de, fr, ...).
    code = translate("LoginBrowserPage", "en").strip()
    return code if code.replace("-", "").isalnum() and len(code) <= 12 else "en"


class LoopbackReceiver:
    """Waits for the browser to come back from the town's log-in page.

    Use as an async context manager::

        async with LoopbackReceiver(state) as receiver:
            open_browser(authorize_url(redirect_uri=receiver.redirect_uri, state=state))
            answer = await receiver.wait(timeout=300)
    """

    def __init__(self, state: str, *, host: str = "127.0.0.1") -> None:
        if not state:
            raise ValueError("state must not be empty")
        self._state = state
        self._host = host
        self._server: asyncio.Server | None = None
        self._outcome: asyncio.Future[LoginAnswer] | None = None
        self._port = 0
        self._handlers: set[asyncio.Task[None]] = set()

    @property
    def redirect_uri(self) -> str:
        if not self._port:
            raise RuntimeError("the receiver is not listening yet")
        return f"http://{self._host}:{self._port}{CALLBACK_PATH}"

    @property
    def port(self) -> int:
        return self._port

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._outcome = loop.create_future()
        self._server = await asyncio.start_server(self._serve, self._host, 0)
        self._port = int(self._server.sockets[0].getsockname()[1])

    async def close(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()
            await server.wait_closed()
        for task in list(self._handlers):
            task.cancel()
        for task in list(self._handlers):
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def __aenter__(self) -> LoopbackReceiver:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def wait(self, timeout: float = 300.0) -> LoginAnswer:
        """The code from the browser, or :class:`LoginNotCompleted` with a plain message."""
        if self._outcome is None:
            raise RuntimeError("start() the receiver first")
        try:
            return await asyncio.wait_for(asyncio.shield(self._outcome), timeout)
        except TimeoutError:
            raise LoginTimedOut(
                translate(
                    "LoginBrowserPage",
                    "Townsfolk waited for you to log in, but nothing came back from the browser. "
                    "Please try again; if the browser did not open, use the code instead.",
                )
            ) from None
        finally:
            await self.close()

    # Serving -----------------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._handlers.add(task)
        try:
            await self._handle(reader, writer)
        except (TimeoutError, ConnectionError, asyncio.IncompleteReadError, ValueError):
            pass
        finally:
            if task is not None:
                self._handlers.discard(task)
            writer.close()
            with contextlib.suppress(ConnectionError, OSError):
                await writer.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), READ_TIMEOUT)
        if len(head) > MAX_REQUEST_BYTES:
            raise ValueError("request too large")
        request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
        parts = request_line.split(" ")
        if len(parts) != 3 or parts[0] != "GET":
            await self._respond(
                writer,
                405,
                failure_title(),
                translate("LoginBrowserPage", "Townsfolk did not expect this."),
            )
            return
        target = urlsplit(parts[1])
        if target.path != CALLBACK_PATH:
            await self._respond(
                writer,
                404,
                translate("LoginBrowserPage", "Not found"),
                translate("LoginBrowserPage", "There is nothing here."),
            )
            return
        outcome = self._outcome
        if outcome is None or outcome.done():
            await self._respond(
                writer,
                410,
                failure_title(),
                translate("LoginBrowserPage", "This log-in is already finished."),
            )
            return
        query = parse_qs(target.query, keep_blank_values=True)
        state = query.get("state", [""])[0]
        code = query.get("code", [""])[0]
        error = query.get("error", [""])[0]

        result: LoginAnswer | LoginNotCompleted
        if not hmac.compare_digest(state.encode(), self._state.encode()):
            result = LoginTampered(
                translate(
                    "LoginBrowserPage",
                    "This answer does not belong to the log-in Townsfolk started, so it was "
                    "ignored for your safety. Please start the log-in again from Townsfolk.",
                )
            )
        elif error or not code:
            result = LoginRefused(
                translate(
                    "LoginBrowserPage",
                    "The town did not let Townsfolk in. If you pressed “Deny” or closed the "
                    "page, that is fine: you can try again whenever you like.",
                )
            )
        else:
            result = LoginAnswer(code=code)
        # One answer only: stop listening at once, then tell the browser, then the app.
        if self._server is not None:
            self._server.close()
        try:
            if isinstance(result, LoginAnswer):
                await self._respond(writer, 200, success_title(), success_body())
            else:
                await self._respond(writer, 400, failure_title(), result.user_message)
        finally:
            if not outcome.done():
                if isinstance(result, LoginAnswer):
                    outcome.set_result(result)
                else:
                    outcome.set_exception(result)

    @staticmethod
    async def _respond(writer: asyncio.StreamWriter, status: int, title: str, body: str) -> None:
        reasons = {
            200: "OK",
            400: "Bad Request",
            404: "Not Found",
            405: "Method Not Allowed",
            410: "Gone",
        }
        page = _PAGE.format(
            lang=_page_language(), title=html.escape(title), body=html.escape(body)
        ).encode("utf-8")
        writer.write(
            (
                f"HTTP/1.1 {status} {reasons.get(status, 'OK')}\r\n"
                "Content-Type: text/html; charset=utf-8\r\n"
                f"Content-Length: {len(page)}\r\n"
                "Cache-Control: no-store\r\n"
                "Referrer-Policy: no-referrer\r\n"
                "Connection: close\r\n\r\n"
            ).encode("latin-1")
            + page
        )
        await writer.drain()

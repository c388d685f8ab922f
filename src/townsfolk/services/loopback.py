"""The loopback receiver for logging in through the browser (RFC 8252, section 7.3).

Townsfolk opens the town's log-in page in the browser with ``redirect_uri`` pointing here:
``http://127.0.0.1:<random port>/callback``. When the person has logged in, the town sends the
browser back to that address with a one-time ``code`` and the ``state`` we chose.

The receiver:
- listens on 127.0.0.1 only, on a port the system picks;
- settles on exactly one log-in answer: a request to ``/callback`` carrying the ``state`` it
  was given (checked in constant time). Then it closes, so a second answer finds nobody
  listening;
- ignores everything else, and keeps waiting for the right answer until its time-out: other
  paths (``/favicon.ico``), other methods, a wrong or missing ``state`` (another program on
  this computer, or an old browser tab, cannot end the log-in), junk. Each gets a short page
  saying this is not the log-in Townsfolk is waiting for, or is simply closed. If the time
  runs out after wrong answers came, the person is told that (:class:`LoginTampered`);
- survives abuse: the request line and head are bounded (:data:`MAX_REQUEST_LINE`,
  :data:`MAX_REQUEST_BYTES`, answered 414/431), each connection has ``read_timeout`` seconds
  to send its head (a slow sender is cut off and never blocks the others), and at most
  :data:`MAX_CONNECTIONS` connections are kept: beyond that the oldest one still sending
  its head is closed to make room, so a flood cannot lock the browser out;
- answers the browser with a short friendly page;
- gives up after a timeout (a few minutes by default).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import html
import logging
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

from townsfolk.i18n import translate

CALLBACK_PATH = "/callback"
MAX_REQUEST_BYTES = 16 * 1024  # request line + headers
MAX_REQUEST_LINE = 8 * 1024
MAX_QUERY_FIELDS = 50
MAX_CONNECTIONS = 32
READ_TIMEOUT = 10.0  # seconds a connection has to send its head, and to take the answer

log = logging.getLogger(__name__)


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
    """Only answers without our ``state`` came before the time-out: they did not come from
    the log-in we started (they were ignored)."""


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


def not_ours_title() -> str:
    return translate("LoginBrowserPage", "This is not the log-in Townsfolk is waiting for")


def not_ours_body() -> str:
    return translate(
        "LoginBrowserPage",
        "Townsfolk ignored this page because it does not belong to the log-in it is waiting "
        "for. If you are logging in, finish on your town's page in the browser, or start the "
        "log-in again from Townsfolk.",
    )


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

    def __init__(
        self, state: str, *, host: str = "127.0.0.1", read_timeout: float = READ_TIMEOUT
    ) -> None:
        if not state:
            raise ValueError("state must not be empty")
        self._state = state
        self._host = host
        self._read_timeout = read_timeout
        self._server: asyncio.Server | None = None
        self._outcome: asyncio.Future[LoginAnswer] | None = None
        self._port = 0
        # Open connections, oldest first; True while still sending their head.
        self._handlers: dict[asyncio.Task[None], bool] = {}
        # Requests that were answered and ignored (wrong path, method, state; junk).
        self.ignored = 0
        self._wrong_state = 0

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
        self._server = await asyncio.start_server(
            self._serve, self._host, 0, limit=MAX_REQUEST_BYTES
        )
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
            if self._wrong_state:
                raise LoginTampered(
                    translate(
                        "LoginBrowserPage",
                        "An answer came back that does not belong to the log-in Townsfolk "
                        "started, so it was ignored for your safety. Please start the log-in "
                        "again from Townsfolk.",
                    )
                ) from None
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
            self._make_room()
            self._handlers[task] = True
        try:
            async with asyncio.timeout(self._read_timeout):
                await self._handle(reader, writer, task)
        except asyncio.CancelledError:
            pass  # closed to make room for newer connections, or the receiver is closing
        except Exception as exc:  # junk must never reach the event loop's error handler
            log.debug("loopback connection dropped: %s", type(exc).__name__)
        finally:
            if task is not None:
                self._handlers.pop(task, None)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    def _make_room(self) -> None:
        """Close the oldest connection still sending its head when there are too many."""
        if len(self._handlers) < MAX_CONNECTIONS:
            return
        for task, reading in self._handlers.items():
            if reading:
                task.cancel()
                self._handlers.pop(task)
                return

    async def _ignore(
        self, writer: asyncio.StreamWriter, status: int, title: str, body: str
    ) -> None:
        self.ignored += 1
        await self._respond(writer, status, title, body)

    async def _handle(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        task: asyncio.Task[None] | None,
    ) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.LimitOverrunError:
            await self._ignore(writer, 431, not_ours_title(), not_ours_body())
            return
        except asyncio.IncompleteReadError:  # a half request: the sender went away
            self.ignored += 1
            return
        if task is not None and task in self._handlers:
            self._handlers[task] = False  # the head is in: no longer a candidate for eviction
        request_line = head.split(b"\r\n", 1)[0]
        if len(request_line) > MAX_REQUEST_LINE:
            await self._ignore(writer, 414, not_ours_title(), not_ours_body())
            return
        parts = request_line.decode("latin-1").split(" ")
        if len(parts) != 3 or parts[0] != "GET" or not parts[2].startswith("HTTP/"):
            await self._ignore(writer, 405, not_ours_title(), not_ours_body())
            return
        try:
            target = urlsplit(parts[1])
            query = parse_qs(target.query, keep_blank_values=True, max_num_fields=MAX_QUERY_FIELDS)
        except ValueError:
            await self._ignore(writer, 400, not_ours_title(), not_ours_body())
            return
        if target.path != CALLBACK_PATH:
            await self._ignore(writer, 404, not_ours_title(), not_ours_body())
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
        state = query.get("state", [""])[0]
        code = query.get("code", [""])[0]
        error = query.get("error", [""])[0]
        if not hmac.compare_digest(state.encode(), self._state.encode()):
            # Not from the log-in we started (another program, an old tab): ignore it and
            # keep waiting for the right one.
            self._wrong_state += 1
            await self._ignore(writer, 400, not_ours_title(), not_ours_body())
            return

        result: LoginAnswer | LoginNotCompleted
        if error or not code:
            result = LoginRefused(
                translate(
                    "LoginBrowserPage",
                    "The town did not let Townsfolk in. If you pressed “Deny” or closed the "
                    "page, that is fine: you can try again whenever you like.",
                )
            )
        else:
            result = LoginAnswer(code=code)
        # One answer only: stop listening at once, then tell the browser, then the app
        # (which closes the receiver, and with it this connection).
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
            414: "URI Too Long",
            431: "Request Header Fields Too Large",
        }
        page = _PAGE.format(
            # Element text only: quotes need no escaping (and apostrophes stay readable).
            lang=_page_language(),
            title=html.escape(title, quote=False),
            body=html.escape(body, quote=False),
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

"""Serve every practice town with uvicorn on its own 127.0.0.1 port, in a background thread."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import socket
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

import uvicorn

from townsfolk.practice.faults import Fault
from townsfolk.practice.http import ConnectionDropped, ConnectionRefusedByTown, PracticeApp
from townsfolk.practice.world import Town, World

_WAIT = 15.0


class _QuietDeliberateDrops(logging.Filter):
    """uvicorn logs an error when the app ends a connection on purpose; those are not errors."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, (ConnectionDropped, ConnectionRefusedByTown))


class _PracticeLoop(asyncio.SelectorEventLoop):
    """The server thread's loop: a connection accepted just before its server closed is closed.

    asyncio accepts the connections waiting on a listening socket and makes each one's transport
    a moment later. When the town goes "down" in between, the transport's constructor fails on
    the closed server (``Server._attach``), asyncio drops the error, and the half-made transport
    leaves its socket for the garbage collector, which warns in some later test (CPython 3.11
    and 3.12 alike).
    """

    async def _accept_connection2(
        self,
        protocol_factory: Any,
        conn: socket.socket,
        extra: Any,
        sslcontext: Any = None,
        server: asyncio.Server | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        if server is not None and not server.is_serving():
            conn.close()
            return
        await super()._accept_connection2(  # type: ignore[misc]
            protocol_factory, conn, extra, sslcontext, server, *args, **kwargs
        )


class _Listener:
    def __init__(self, town: Town, app: PracticeApp, port: int) -> None:
        self.town = town
        self.app = app
        self.port = port
        self.server: uvicorn.Server | None = None
        self.task: asyncio.Task[None] | None = None
        self.listening = False
        self.callbacks: list[Callable[[Fault | None], None]] = []


class PracticeServer:
    """Runs each town of a world on 127.0.0.1 (port 0 = the system picks a free port).

    ``with PracticeServer(world) as server: server.base_url("maple.practice")``.
    Setting the fault "down" on a town really closes its listening socket; clearing it reopens
    the same port.
    """

    def __init__(
        self,
        world: World,
        *,
        host: str = "127.0.0.1",
        port_base: int = 0,
        ports: dict[str, int] | None = None,
    ) -> None:
        if host not in ("127.0.0.1", "::1", "localhost"):
            raise ValueError("practice towns only listen on this computer (127.0.0.1)")
        self.world = world
        self.host = "127.0.0.1" if host == "localhost" else host
        self._port_base = port_base
        self._ports = dict(ports or {})
        self._listeners: dict[str, _Listener] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._filter = _QuietDeliberateDrops()
        self._lock = threading.Lock()

    # -- public -------------------------------------------------------------------------------
    def base_url(self, domain: str) -> str:
        listener = self._listeners[self.world.town(domain).domain]
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{listener.port}"

    def port(self, domain: str) -> int:
        return self._listeners[self.world.town(domain).domain].port

    @property
    def urls(self) -> dict[str, str]:
        return {t.domain: self.base_url(t.domain) for t in self.world.towns}

    def __enter__(self) -> PracticeServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the practice server is already running")
        logging.getLogger("uvicorn.error").addFilter(self._filter)
        loop = _PracticeLoop()
        self._loop = loop
        ready = threading.Event()

        def run() -> None:
            asyncio.set_event_loop(loop)
            loop.call_soon(ready.set)
            try:
                loop.run_forever()
            finally:
                try:
                    loop.run_until_complete(loop.shutdown_asyncgens())
                finally:
                    asyncio.set_event_loop(None)

        self._thread = threading.Thread(target=run, name="practice-server", daemon=True)
        self._thread.start()
        ready.wait(_WAIT)
        try:
            for i, town in enumerate(self.world.towns):
                port = self._ports.get(town.domain, self._port_base + i if self._port_base else 0)
                app = self.world.asgi_app(town.domain)
                app.served = True
                listener = _Listener(town, app, port)
                self._listeners[town.domain] = listener
                if not town.faults.is_down:
                    self._open(listener)
                else:
                    listener.port = self._bind(port).getsockname()[1]  # reserve the number
                town.faults.add_listener(self._fault_listener(listener))
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        for listener in self._listeners.values():
            listener.app.stopping = True
            for callback in listener.callbacks:
                listener.town.faults.remove_listener(callback)
        try:
            if thread.is_alive():
                future = asyncio.run_coroutine_threadsafe(self._shutdown_all(), loop)
                with contextlib.suppress(concurrent.futures.TimeoutError):
                    future.result(_WAIT)
                loop.call_soon_threadsafe(loop.stop)
                thread.join(_WAIT)
        finally:
            if not thread.is_alive():
                loop.close()
            self._loop = None
            self._thread = None
            self._listeners.clear()
            logging.getLogger("uvicorn.error").removeFilter(self._filter)

    # -- internals ----------------------------------------------------------------------------
    def _fault_listener(self, listener: _Listener) -> Callable[[Fault | None], None]:
        def on_change(fault: Fault | None) -> None:
            down = fault is not None and fault.kind == "down"
            with self._lock:
                if self._loop is None:
                    return
                if down and listener.listening:
                    self._close(listener)
                elif not down and not listener.listening:
                    self._open(listener)

        listener.callbacks.append(on_change)
        return on_change

    def _bind(self, port: int) -> socket.socket:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # IPPROTO_TCP explicitly: asyncio only turns Nagle off (TCP_NODELAY) on sockets whose
        # proto says TCP; with proto 0 every answer waited ~40 ms for a delayed ACK.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, port))
            sock.listen(128)
            sock.setblocking(False)
        except BaseException:
            sock.close()
            raise
        return sock

    def _in_loop(self) -> bool:
        return self._thread is threading.current_thread()

    def _open(self, listener: _Listener) -> None:
        sock = self._bind(listener.port)
        listener.port = sock.getsockname()[1]
        listener.listening = True
        assert self._loop is not None
        config = uvicorn.Config(
            listener.app,
            lifespan="off",
            log_config=None,
            access_log=False,
            http="h11",
            ws="none",
            timeout_graceful_shutdown=2,
            timeout_keep_alive=5,
            server_header=False,
        )
        server = uvicorn.Server(config)
        listener.server = server

        async def serve() -> None:
            await server.serve(sockets=[sock])

        async def begin() -> None:
            listener.task = asyncio.get_running_loop().create_task(serve())
            while not server.started and not listener.task.done():  # noqa: ASYNC110
                await asyncio.sleep(0.005)

        if self._in_loop():
            listener.task = self._loop.create_task(serve())
        else:
            asyncio.run_coroutine_threadsafe(begin(), self._loop).result(_WAIT)

    def _close(self, listener: _Listener) -> None:
        server, task = listener.server, listener.task
        listener.listening = False
        if server is None:
            return

        def close_now() -> None:
            for asyncio_server in getattr(server, "servers", []):
                asyncio_server.close()  # refuse new connections at once
            server.should_exit = True

        if self._in_loop():
            close_now()
            if task is not None:
                task.add_done_callback(lambda _task: _close_leftover_connections(server))
            return

        async def close_and_wait() -> None:
            close_now()
            if task is not None:
                await asyncio.wait({task}, timeout=_WAIT)
            _close_leftover_connections(server)

        assert self._loop is not None
        asyncio.run_coroutine_threadsafe(close_and_wait(), self._loop).result(_WAIT + 1)

    async def _shutdown_all(self) -> None:
        tasks = []
        for listener in self._listeners.values():
            if listener.server is not None:
                for asyncio_server in getattr(listener.server, "servers", []):
                    asyncio_server.close()
                listener.server.should_exit = True
            if listener.task is not None:
                tasks.append(listener.task)
            listener.listening = False
        if tasks:
            await asyncio.wait(tasks, timeout=_WAIT)
        for listener in self._listeners.values():
            if listener.server is not None:
                _close_leftover_connections(listener.server)


def _close_leftover_connections(server: uvicorn.Server) -> None:
    """Close the connections uvicorn gave up on.

    A request still running when the graceful shutdown time runs out is cancelled, but its
    connection's transport stays open; once the loop is closed its socket is only found by the
    garbage collector, which warns (``ResourceWarning: unclosed socket``) in a later test.
    """
    for connection in list(server.server_state.connections):
        transport = getattr(connection, "transport", None)
        if transport is not None and not transport.is_closing():
            transport.abort()

"""The loopback receiver, driven by a real HTTP client over 127.0.0.1."""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import AsyncIterator

import httpx
import pytest

from townsfolk.services.loopback import (
    MAX_CONNECTIONS,
    LoginRefused,
    LoginTampered,
    LoginTimedOut,
    LoopbackReceiver,
)


async def test_accepts_the_right_answer_and_greets_the_browser():
    async with LoopbackReceiver("s3cret-state") as receiver:
        assert receiver.redirect_uri.startswith("http://127.0.0.1:")
        waiting = asyncio.ensure_future(receiver.wait(timeout=10))
        async with httpx.AsyncClient() as browser:
            icon = await browser.get(receiver.redirect_uri.replace("/callback", "/favicon.ico"))
            assert icon.status_code == 404
            page = await browser.get(
                receiver.redirect_uri, params={"code": "abc", "state": "s3cret-state"}
            )
        assert page.status_code == 200
        assert "You are logged in" in page.text
        assert "go back to Townsfolk" in page.text
        answer = await waiting
        assert answer.code == "abc"


async def test_wrong_state_is_ignored_and_the_right_answer_still_counts():
    async with LoopbackReceiver("expected") as receiver:
        waiting = asyncio.ensure_future(receiver.wait(timeout=30))
        async with httpx.AsyncClient() as browser:
            for forged in ({"code": "abc", "state": "forged"}, {"code": "abc"}, {"state": ""}):
                page = await browser.get(receiver.redirect_uri, params=forged)
                assert page.status_code == 400
                assert "not the log-in Townsfolk is waiting for" in page.text
                assert not waiting.done()
            # Another program cannot end the log-in: the browser's answer still comes in.
            page = await browser.get(
                receiver.redirect_uri, params={"code": "real", "state": "expected"}
            )
        assert page.status_code == 200
        assert (await waiting).code == "real"
        assert receiver.ignored == 3


async def test_only_wrong_answers_until_the_time_out_say_so():
    async with LoopbackReceiver("expected") as receiver:
        async with httpx.AsyncClient() as browser:
            page = await browser.get(
                receiver.redirect_uri, params={"code": "abc", "state": "forged"}
            )
        assert page.status_code == 400
        with pytest.raises(LoginTampered) as caught:
            await receiver.wait(timeout=0.05)
        assert "start the log-in again" in caught.value.user_message


async def test_second_request_finds_nobody_listening():
    async with LoopbackReceiver("st") as receiver:
        uri = receiver.redirect_uri
        waiting = asyncio.ensure_future(receiver.wait(timeout=10))
        async with httpx.AsyncClient() as browser:
            first = await browser.get(uri, params={"code": "one", "state": "st"})
            assert first.status_code == 200
            assert (await waiting).code == "one"
            with pytest.raises(httpx.ConnectError):
                await browser.get(uri, params={"code": "two", "state": "st"})


async def test_denied_on_the_town_page():
    async with LoopbackReceiver("st") as receiver:
        waiting = asyncio.ensure_future(receiver.wait(timeout=10))
        async with httpx.AsyncClient() as browser:
            await browser.get(
                receiver.redirect_uri, params={"error": "access_denied", "state": "st"}
            )
        with pytest.raises(LoginRefused):
            await waiting


async def test_gives_up_after_the_timeout_and_stops_listening():
    async with LoopbackReceiver("st") as receiver:
        uri = receiver.redirect_uri
        with pytest.raises(LoginTimedOut) as caught:
            await receiver.wait(timeout=0.05)
        assert "try again" in caught.value.user_message
        async with httpx.AsyncClient() as browser:
            with pytest.raises(httpx.ConnectError):
                await browser.get(uri, params={"code": "late", "state": "st"})


async def test_garbage_does_not_settle_the_login():
    async with LoopbackReceiver("st") as receiver:
        waiting = asyncio.ensure_future(receiver.wait(timeout=10))
        reader, writer = await asyncio.open_connection("127.0.0.1", receiver.port)
        writer.write(b"POST /callback HTTP/1.1\r\nHost: x\r\n\r\n")
        await writer.drain()
        reply = await reader.read()
        writer.close()
        await writer.wait_closed()
        assert b"405" in reply.split(b"\r\n", 1)[0]
        assert not waiting.done()
        async with httpx.AsyncClient() as browser:
            await browser.get(receiver.redirect_uri, params={"code": "ok", "state": "st"})
        assert (await waiting).code == "ok"


# --------------------------------------------------------------------------- junk and abuse


@pytest.fixture
async def loop_errors() -> AsyncIterator[list[dict[str, object]]]:
    """Whatever reaches the event loop's exception handler (it must stay empty)."""
    loop = asyncio.get_running_loop()
    seen: list[dict[str, object]] = []
    previous = loop.get_exception_handler()
    loop.set_exception_handler(lambda _loop, context: seen.append(context))
    try:
        yield seen
    finally:
        loop.set_exception_handler(previous)


async def _raw(port: int, data: bytes, *, eof: bool = True) -> bytes:
    """Send ``data`` on a fresh connection and read the answer until the receiver closes."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        with contextlib.suppress(ConnectionError):
            writer.write(data)
            await writer.drain()
            if eof:
                writer.write_eof()
        with contextlib.suppress(ConnectionError):
            return await asyncio.wait_for(reader.read(), 10)
        return b""
    finally:
        writer.close()
        with contextlib.suppress(ConnectionError):
            await writer.wait_closed()


async def _right_answer(receiver: LoopbackReceiver, state: str) -> str:
    async with httpx.AsyncClient() as browser:
        page = await browser.get(receiver.redirect_uri, params={"code": "ok", "state": state})
    assert page.status_code == 200
    return page.text


def _status(reply: bytes) -> int:
    return int(reply.split(b" ", 2)[1])


async def test_wrong_paths_and_methods_are_answered_and_ignored(loop_errors):
    async with LoopbackReceiver("st") as receiver:
        waiting = asyncio.ensure_future(receiver.wait(timeout=30))
        port = receiver.port
        for request, status in [
            (b"GET / HTTP/1.1\r\nHost: x\r\n\r\n", 404),
            (b"GET /callbackX?code=c&state=st HTTP/1.1\r\n\r\n", 404),
            (b"HEAD /callback?code=c&state=st HTTP/1.1\r\n\r\n", 405),
            (b"DELETE /callback HTTP/1.1\r\n\r\n", 405),
            (b"GET /callback\r\n\r\n", 405),  # no HTTP version
            (b"GET /callback?code=c&state=st FTP/1.0\r\n\r\n", 405),
            (
                b"GET /callback?"
                + b"&".join(b"a=%d" % i for i in range(500))
                + b" HTTP/1.1\r\n\r\n",
                400,
            ),
        ]:
            reply = await _raw(port, request)
            assert _status(reply) == status, request[:40]
            assert b"not the log-in Townsfolk is waiting for" in reply
            assert not waiting.done()
        await _right_answer(receiver, "st")
        assert (await waiting).code == "ok"
    assert loop_errors == []


async def test_huge_headers_and_request_lines_are_refused_and_the_login_goes_on(loop_errors):
    async with LoopbackReceiver("st") as receiver:
        waiting = asyncio.ensure_future(receiver.wait(timeout=30))
        huge_header = b"GET /callback?code=x&state=st HTTP/1.1\r\nX-Big: " + b"a" * 200_000
        reply = await _raw(receiver.port, huge_header + b"\r\n\r\n")
        assert reply == b"" or _status(reply) == 431  # refused (or cut off while sending)
        long_line = b"GET /callback?state=st&code=" + b"c" * 10_000 + b" HTTP/1.1\r\n\r\n"
        assert _status(await _raw(receiver.port, long_line)) == 414
        many_headers = b"GET / HTTP/1.1\r\n" + b"X: y\r\n" * 5000 + b"\r\n"
        reply = await _raw(receiver.port, many_headers)
        assert reply == b"" or _status(reply) == 431
        assert not waiting.done()
        await _right_answer(receiver, "st")
        assert (await waiting).code == "ok"
    assert loop_errors == []


async def test_garbage_bytes_and_half_requests_do_not_settle_the_login(loop_errors):
    rng = random.Random(9)
    junk = [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000))) for _ in range(40)]
    junk += [
        b"\r\n\r\n",
        b"\x00" * 100 + b"\r\n\r\n",
        b"\xff\xfe GET /callback?code=c&state=st HTTP/1.1\r\n\r\n",
        b"GET /callback?code=c&state=st HTTP/1.1\r\nHost: x\r\n",  # half: never finished
        b"GET /callback?code=c&st",
        b"GET /%zz%?code=c&state=%ff%fe HTTP/1.1\r\n\r\n",
        b"GET http://[::1/callback HTTP/1.1\r\n\r\n",  # a target urlsplit refuses
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(64),  # a TLS hello
    ]
    async with LoopbackReceiver("st") as receiver:
        waiting = asyncio.ensure_future(receiver.wait(timeout=30))
        for data in junk:
            await _raw(receiver.port, data)
            assert not waiting.done(), data[:40]
        assert receiver.ignored >= len(junk) - 5
        await _right_answer(receiver, "st")
        assert (await waiting).code == "ok"
    assert loop_errors == []


async def test_a_slow_sender_is_cut_off_and_does_not_block_the_browser(loop_errors):
    async with LoopbackReceiver("st", read_timeout=0.5) as receiver:
        waiting = asyncio.ensure_future(receiver.wait(timeout=30))
        _reader, writer = await asyncio.open_connection("127.0.0.1", receiver.port)
        writer.write(b"GET /callback?code=slow&state=st HTTP/1.1\r\nHost:")  # never finishes
        await writer.drain()
        # The browser is served at once, while the slow one still holds its connection.
        await _right_answer(receiver, "st")
        assert (await waiting).code == "ok"
        writer.close()
    assert loop_errors == []


async def test_the_receiver_closes_a_connection_that_sends_nothing(loop_errors):
    async with LoopbackReceiver("st", read_timeout=0.2) as receiver:
        waiting = asyncio.ensure_future(receiver.wait(timeout=30))
        reader, writer = await asyncio.open_connection("127.0.0.1", receiver.port)
        writer.write(b"GET /callb")
        await writer.drain()
        assert await asyncio.wait_for(reader.read(), 10) == b""  # cut off by the receiver
        writer.close()
        assert not waiting.done()
        await _right_answer(receiver, "st")
        assert (await waiting).code == "ok"
    assert loop_errors == []


async def test_many_connections_cannot_lock_the_browser_out(loop_errors):
    async with LoopbackReceiver("st") as receiver:
        waiting = asyncio.ensure_future(receiver.wait(timeout=30))
        idle = [
            await asyncio.open_connection("127.0.0.1", receiver.port)
            for _ in range(3 * MAX_CONNECTIONS)
        ]
        for _reader, writer in idle:
            writer.write(b"GET /")
        # The oldest idle connections were closed to make room for newer ones.
        first_reader = idle[0][0]
        assert await asyncio.wait_for(first_reader.read(), 10) == b""
        await _right_answer(receiver, "st")
        assert (await waiting).code == "ok"
        for _reader, writer in idle:
            writer.close()
    assert loop_errors == []

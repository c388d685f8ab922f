"""The loopback receiver, driven by a real HTTP client over 127.0.0.1."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from townsfolk.services.loopback import (
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


async def test_wrong_state_is_rejected():
    async with LoopbackReceiver("expected") as receiver:
        waiting = asyncio.ensure_future(receiver.wait(timeout=10))
        async with httpx.AsyncClient() as browser:
            page = await browser.get(
                receiver.redirect_uri, params={"code": "abc", "state": "forged"}
            )
        assert page.status_code == 400
        with pytest.raises(LoginTampered) as caught:
            await waiting
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

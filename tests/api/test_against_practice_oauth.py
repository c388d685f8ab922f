"""Logging in with PKCE end to end against the practice town, with plain httpx as the browser."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

import httpx
import pytest

from townsfolk.api import errors as E
from townsfolk.api.entities import Application
from townsfolk.api.oauth import (
    OOB_REDIRECT_URI,
    authorize_url,
    discover,
    exchange_code,
    make_pkce,
    new_state,
    register_app,
    revoke_token,
)

from .conftest import ClientFactory

REDIRECT = "http://127.0.0.1:8765/callback"


class _Form(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.action = ""
        self.fields: dict[str, str] = {}
        self.code = ""
        self._in_code = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.action = a.get("action", "")
        if tag == "input" and a.get("name"):
            self.fields[a["name"]] = a.get("value", "")
        if a.get("id") == "code":
            self.code = a.get("value", "")
            self._in_code = True

    def handle_endtag(self, tag: str) -> None:
        self._in_code = False

    def handle_data(self, data: str) -> None:
        if self._in_code and data.strip():
            self.code = self.code or data.strip()


async def _register(make_client: ClientFactory, place: Any) -> tuple[Any, Application]:
    client = make_client(place)
    endpoints = await discover(client)
    app = await register_app(
        client, redirect_uris=[REDIRECT, OOB_REDIRECT_URI], endpoints=endpoints
    )
    return endpoints, app


async def test_pkce_login_with_auto_approve(make_client: ClientFactory, maple: Any) -> None:
    endpoints, app = await _register(make_client, maple)
    assert endpoints.discovered
    assert endpoints.supports_pkce
    assert app.client_id
    assert app.client_secret
    pkce, state = make_pkce(), new_state()
    maple.town.auto_approve_as = "ann"
    url = authorize_url(
        maple.base_url,
        client_id=app.client_id,
        redirect_uri=REDIRECT,
        state=state,
        code_challenge=pkce.challenge,
        endpoints=endpoints,
        force_login=True,
        lang="en",
    )
    async with httpx.AsyncClient() as browser:
        answer = await browser.get(url)
    assert answer.status_code == 302
    location = answer.headers["location"]
    assert location.startswith(REDIRECT)
    query = parse_qs(urlsplit(location).query)
    assert query["state"] == [state]
    client = make_client(maple)
    with pytest.raises(E.RequestRejected):  # wrong verifier
        await exchange_code(
            client,
            client_id=app.client_id,
            client_secret=app.client_secret,
            code=query["code"][0],
            redirect_uri=REDIRECT,
            code_verifier=make_pkce().verifier,
            endpoints=endpoints,
        )
    # A code that failed verification may be burnt: get a fresh one.
    async with httpx.AsyncClient() as browser:
        answer = await browser.get(url)
    code = parse_qs(urlsplit(answer.headers["location"]).query)["code"][0]
    token = await exchange_code(
        client,
        client_id=app.client_id,
        client_secret=app.client_secret,
        code=code,
        redirect_uri=REDIRECT,
        code_verifier=pkce.verifier,
        endpoints=endpoints,
    )
    assert token.access_token
    assert token.access_token not in repr(token)
    ann = make_client(maple, token.access_token)
    assert (await ann.verify_credentials()).username == "ann"
    await revoke_token(
        client,
        client_id=app.client_id,
        client_secret=app.client_secret,
        token=token.access_token,
        endpoints=endpoints,
    )
    with pytest.raises(E.Unauthorized):
        await ann.verify_credentials()


async def test_login_by_posting_the_form(make_client: ClientFactory, maple: Any) -> None:
    endpoints, app = await _register(make_client, maple)
    assert app.client_id
    assert app.client_secret
    pkce, state = make_pkce(), new_state()
    url = authorize_url(
        maple.base_url,
        client_id=app.client_id,
        redirect_uri=REDIRECT,
        state=state,
        code_challenge=pkce.challenge,
        endpoints=endpoints,
    )
    async with httpx.AsyncClient() as browser:
        page = await browser.get(url)
        assert page.status_code == 200
        form = _Form()
        form.feed(page.text)
        fields = dict(form.fields, username="bob", password=maple.town.password("bob"))
        answer = await browser.post(urljoin(url, form.action or url), data=fields)
    assert answer.status_code == 302
    query = parse_qs(urlsplit(answer.headers["location"]).query)
    assert query["state"] == [state]
    token = await exchange_code(
        make_client(maple),
        client_id=app.client_id,
        client_secret=app.client_secret,
        code=query["code"][0],
        redirect_uri=REDIRECT,
        code_verifier=pkce.verifier,
        endpoints=endpoints,
    )
    bob = make_client(maple, token.access_token)
    assert (await bob.verify_credentials()).username == "bob"


async def test_out_of_band_code_and_old_server_without_discovery(
    make_client: ClientFactory, maple: Any
) -> None:
    maple.town.pkce_supported = False
    endpoints, app = await _register(make_client, maple)
    assert not endpoints.discovered
    assert endpoints.token == "/oauth/token"
    assert app.client_id
    assert app.client_secret
    maple.town.auto_approve_as = "ann"
    url = authorize_url(
        maple.base_url,
        client_id=app.client_id,
        redirect_uri=OOB_REDIRECT_URI,
        endpoints=endpoints,
    )
    async with httpx.AsyncClient() as browser:
        page = await browser.get(url)
    form = _Form()
    form.feed(page.text)
    code = form.code or (re.search(r'id="code"[^>]*>([^<]+)<', page.text) or ["", ""])[1]
    assert code
    token = await exchange_code(
        make_client(maple),
        client_id=app.client_id,
        client_secret=app.client_secret,
        code=code.strip(),
        redirect_uri=OOB_REDIRECT_URI,
        endpoints=endpoints,
    )
    assert (await make_client(maple, token.access_token).verify_credentials()).username == "ann"

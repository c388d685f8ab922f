"""Practice towns served on real loopback sockets: OAuth with PKCE, faults, the admin endpoint."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.fixtures_practice import PracticeTown
from tests.practice.conftest import next_link


def _pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    return verifier, challenge.rstrip(b"=").decode()


def _register(client: httpx.Client, redirect: str) -> dict[str, str]:
    r = client.post(
        "/api/v1/apps",
        data={"client_name": "Townsfolk tests", "redirect_uris": redirect, "scopes": "read write"},
    )
    assert r.status_code == 200, r.text
    return r.json()


def _hidden_fields(html: str) -> dict[str, str]:
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', html))


def test_oauth_code_flow_with_pkce_login_form(maple: PracticeTown) -> None:
    with httpx.Client(base_url=maple.base_url) as c:
        meta = c.get("/.well-known/oauth-authorization-server").json()
        assert meta["code_challenge_methods_supported"] == ["S256"]
        assert meta["token_endpoint"] == f"{maple.base_url}/oauth/token"
        app = _register(c, "http://127.0.0.1:5000/callback")
        verifier, challenge = _pkce()
        query = {
            "response_type": "code",
            "client_id": app["client_id"],
            "redirect_uri": "http://127.0.0.1:43210/callback",  # loopback: the port may differ
            "scope": "read write",
            "state": "xyz-state",
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
        page = c.get("/oauth/authorize", params=query)
        assert page.status_code == 200
        fields = _hidden_fields(page.text)
        assert fields["state"] == "xyz-state"
        wrong = c.post("/oauth/authorize", data={**fields, "username": "bob", "password": "nope"})
        assert wrong.status_code == 401
        done = c.post(
            "/oauth/authorize",
            data={**fields, "username": "bob", "password": maple.town.password("bob")},
        )
        assert done.status_code == 302
        location = urlsplit(done.headers["location"])
        assert location.port == 43210
        params = parse_qs(location.query)
        assert params["state"] == ["xyz-state"]
        code = params["code"][0]
        token_form = {
            "grant_type": "authorization_code",
            "code": code,
            "client_id": app["client_id"],
            "client_secret": app["client_secret"],
            "redirect_uri": "http://127.0.0.1:43210/callback",
            "code_verifier": verifier,
        }
        token = c.post("/oauth/token", data=token_form)
        assert token.status_code == 200, token.text
        assert token.json()["token_type"] == "Bearer"
        me = c.get(
            "/api/v1/accounts/verify_credentials",
            headers={"Authorization": f"Bearer {token.json()['access_token']}"},
        )
        assert me.json()["username"] == "bob"
        # The code is used up.
        again = c.post("/oauth/token", data=token_form)
        assert again.status_code == 400
        assert again.json()["error"] == "invalid_grant"
        revoke = c.post(
            "/oauth/revoke",
            data={
                "client_id": app["client_id"],
                "client_secret": app["client_secret"],
                "token": token.json()["access_token"],
            },
        )
        assert revoke.json() == {}
        after = c.get(
            "/api/v1/accounts/verify_credentials",
            headers={"Authorization": f"Bearer {token.json()['access_token']}"},
        )
        assert after.status_code == 401


def _auto_code(c: httpx.Client, app: dict[str, str], redirect: str, challenge: str) -> str:
    r = c.get(
        "/oauth/authorize",
        params={
            "response_type": "code",
            "client_id": app["client_id"],
            "redirect_uri": redirect,
            "scope": "read",
            "state": "s1",
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        },
    )
    assert r.status_code == 302
    return parse_qs(urlsplit(r.headers["location"]).query)["code"][0]


def test_bad_verifier_wrong_redirect_and_bad_client_are_rejected(maple: PracticeTown) -> None:
    maple.town.auto_approve_as = "ann"
    redirect = "http://127.0.0.1:5000/cb"
    with httpx.Client(base_url=maple.base_url) as c:
        app = _register(c, redirect)
        verifier, challenge = _pkce()
        base = {
            "grant_type": "authorization_code",
            "client_id": app["client_id"],
            "client_secret": app["client_secret"],
            "redirect_uri": redirect,
        }
        code = _auto_code(c, app, redirect, challenge)
        bad = c.post("/oauth/token", data={**base, "code": code, "code_verifier": "not-it"})
        assert bad.status_code == 400
        assert bad.json()["error"] == "invalid_grant"
        assert bad.json()["error_description"]
        code = _auto_code(c, app, redirect, challenge)
        missing = c.post("/oauth/token", data={**base, "code": code})
        assert missing.status_code == 400
        code = _auto_code(c, app, redirect, challenge)
        elsewhere = c.post(
            "/oauth/token",
            data={
                **base,
                "code": code,
                "code_verifier": verifier,
                "redirect_uri": "http://x.example/",
            },
        )
        assert elsewhere.json()["error"] == "invalid_grant"
        page = c.get(
            "/oauth/authorize",
            params={
                "response_type": "code",
                "client_id": app["client_id"],
                "redirect_uri": "http://evil.example/cb",
            },
        )
        assert page.status_code == 400
        assert "redirect uri" in page.text.lower()
        wrong_secret = c.post("/oauth/token", data={**base, "client_secret": "nope", "code": "x"})
        assert wrong_secret.status_code == 401
        assert wrong_secret.json()["error"] == "invalid_client"
        password = c.post("/oauth/token", data={**base, "grant_type": "password"})
        assert password.status_code == 400


def test_oob_shows_the_code(maple: PracticeTown) -> None:
    maple.town.auto_approve_as = "ann"
    with httpx.Client(base_url=maple.base_url) as c:
        app = _register(c, "urn:ietf:wg:oauth:2.0:oob\nhttp://127.0.0.1:1/cb")
        assert app["redirect_uris"] == ["urn:ietf:wg:oauth:2.0:oob", "http://127.0.0.1:1/cb"]
        page = c.get(
            "/oauth/authorize",
            params={
                "response_type": "code",
                "client_id": app["client_id"],
                "redirect_uri": "urn:ietf:wg:oauth:2.0:oob",
                "scope": "read",
            },
        )
        assert page.status_code == 200
        code = re.search(r'id="code">([^<]+)<', page.text)
        assert code is not None
        token = c.post(
            "/oauth/token",
            data={
                "grant_type": "authorization_code",
                "code": code.group(1),
                "client_id": app["client_id"],
                "client_secret": app["client_secret"],
                "redirect_uri": "urn:ietf:wg:oauth:2.0:oob",
            },
        )
        assert token.status_code == 200


def test_paging_over_the_socket_uses_the_request_host(harbour: PracticeTown) -> None:
    with httpx.Client(base_url=harbour.base_url) as c:
        r = c.get("/api/v1/timelines/public", params={"limit": 40})
        link = next_link(r)
        assert link is not None
        assert link.startswith(harbour.base_url + "/api/v1/timelines/public?")
        seen = {s["id"] for s in r.json()}
        for _ in range(5):
            r = c.get(link)
            ids = {s["id"] for s in r.json()}
            assert seen.isdisjoint(ids)
            seen |= ids
            link = next_link(r) or ""
        avatar = r.json()[0]["account"]["avatar"]
        assert avatar.startswith(harbour.base_url)
        assert c.get(avatar).headers["content-type"] == "image/png"


def test_down_refuses_connections_then_comes_back_on_the_same_port(
    maple: PracticeTown, harbour: PracticeTown
) -> None:
    with httpx.Client(base_url=maple.base_url, timeout=5) as c:
        assert c.get("/health").status_code == 200
        maple.town.faults.set("down")
        with pytest.raises(httpx.ConnectError):
            c.get("/health")
        with httpx.Client(timeout=5) as other:
            assert other.get(harbour.base_url + "/health").status_code == 200
        maple.town.faults.clear()
        assert c.get("/health").status_code == 200


def test_admin_endpoint_sets_and_clears_faults(maple: PracticeTown, harbour: PracticeTown) -> None:
    with httpx.Client(base_url=maple.base_url, timeout=5) as c:
        r = c.post("/_practice/faults", json={"kind": "status", "code": 503})
        assert r.json()["fault"]["kind"] == "status"
        broken = c.get("/api/v1/instance")
        assert broken.status_code == 503
        assert "error" in broken.json()
        assert c.delete("/_practice/faults").json()["fault"] is None
        assert c.get("/api/v1/instance").status_code == 200
        # Take another town down from here, then bring it back.
        assert (
            c.post("/_practice/faults", json={"kind": "down", "town": harbour.domain}).status_code
            == 200
        )
        with pytest.raises(httpx.ConnectError), httpx.Client(timeout=5) as other:
            other.get(harbour.base_url + "/health")
        c.request("DELETE", "/_practice/faults", json={"town": harbour.domain})
        with httpx.Client(timeout=5) as other:
            assert other.get(harbour.base_url + "/health").status_code == 200
        assert c.post("/_practice/faults", json={"kind": "nonsense"}).status_code == 422


def test_hang_times_out_without_blocking_other_towns(
    maple: PracticeTown, harbour: PracticeTown
) -> None:
    maple.town.faults.set("hang")
    with httpx.Client(timeout=0.3) as c:
        with pytest.raises(httpx.ReadTimeout):
            c.get(maple.base_url + "/api/v1/instance")
        assert c.get(harbour.base_url + "/api/v1/instance").status_code == 200
    maple.town.faults.clear()
    with httpx.Client(timeout=5) as c:
        assert c.get(maple.base_url + "/api/v1/instance").status_code == 200


def test_slow_adds_latency(maple: PracticeTown) -> None:
    maple.town.faults.set("slow", delay=0.5)
    with httpx.Client(timeout=0.2) as c, pytest.raises(httpx.ReadTimeout):
        c.get(maple.base_url + "/api/v1/instance")
    with httpx.Client(timeout=5) as c:
        r = c.get(maple.base_url + "/api/v1/instance")
        assert r.status_code == 200
        assert r.elapsed.total_seconds() >= 0.45


def test_rate_limit_headers_iso_and_unix_and_count(maple: PracticeTown) -> None:
    with httpx.Client(base_url=maple.base_url, timeout=5) as c:
        maple.town.faults.set("rate_limit", reset_in=30)
        r = c.get("/api/v1/timelines/public")
        assert r.status_code == 429
        assert r.json() == {"error": "Too many requests"}
        assert r.headers["x-ratelimit-remaining"] == "0"
        assert re.fullmatch(
            r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", r.headers["x-ratelimit-reset"]
        )
        maple.town.faults.set("rate_limit", reset_in=30, unix_reset=True, count=1)
        r = c.get("/api/v1/timelines/public")
        assert r.status_code == 429
        assert r.headers["x-ratelimit-reset"].isdigit()
        assert c.get("/api/v1/timelines/public").status_code == 200


def test_bad_bodies_and_proxy_pages(maple: PracticeTown) -> None:
    with httpx.Client(base_url=maple.base_url, timeout=5) as c:
        maple.town.faults.set("malformed_json")
        r = c.get("/api/v1/instance")
        assert r.status_code == 200
        with pytest.raises(ValueError):
            r.json()
        maple.town.faults.set("html_error")
        r = c.get("/api/v1/instance")
        assert r.status_code == 502
        assert r.headers["content-type"].startswith("text/html")
        maple.town.faults.set("status", code=500, html=True)
        assert c.get("/api/v1/instance").headers["content-type"].startswith("text/html")
        maple.town.faults.set("truncated")
        with pytest.raises(httpx.RemoteProtocolError):
            c.get("/api/v1/instance")
        maple.town.faults.set("status", code=502, paths="/api/v1/timelines/*")
        assert c.get("/api/v1/timelines/public").status_code == 502
        assert c.get("/api/v1/instance").status_code == 200
        maple.town.faults.clear()
        assert c.get("/api/v1/instance").status_code == 200

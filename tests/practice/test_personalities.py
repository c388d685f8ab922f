"""The practice town's server personalities (practice/personalities.py), seen with plain
httpx through ASGITransport: each quirk is really there, and a reset takes it away."""

from __future__ import annotations

import httpx
import pytest

from tests.practice.conftest import InProcess
from townsfolk.practice import World, personalities
from townsfolk.practice.__main__ import main as practice_main


def test_known_personalities_and_unknown_names() -> None:
    assert {"mastodon4", "mastodon3", "takahe", "gotosocial", "pleroma", "friendica"} <= set(
        personalities.PERSONALITIES
    )
    with pytest.raises(ValueError, match="known: "):
        personalities.get("misskey-ish")


async def test_mastodon3_has_no_v2_instance(world: World, inproc: InProcess) -> None:
    world.town("maple.practice").use_personality("mastodon3")
    c = inproc()
    assert (await c.get("/api/v2/instance")).status_code == 404
    v1 = (await c.get("/api/v1/instance")).json()
    assert v1["version"] == "3.5.3"


async def test_friendica_writes_json_its_own_way(world: World, inproc: InProcess) -> None:
    world.town("maple.practice").use_personality("friendica")
    c = inproc()
    v2 = (await c.get("/api/v2/instance")).json()
    mime = v2["configuration"]["media_attachments"]["supported_mime_types"]
    assert isinstance(mime, dict)
    assert mime["image/png"] == "png"
    r = await c.get("/api/v1/timelines/public?limit=3")
    assert int(r.headers["content-length"]) == len(r.content)
    post = r.json()[0]
    assert isinstance(post["id"], int)
    assert isinstance(post["account"]["id"], int)
    assert isinstance(post["replies_count"], str)
    assert len(post["created_at"]) == 10
    nodeinfo_links = (await c.get("/.well-known/nodeinfo")).json()["links"]
    info = (await c.get(httpx.URL(nodeinfo_links[0]["href"]).path)).json()
    assert info["software"]["name"] == "friendica"


async def test_takahe_leaves_out_follow_requests_and_writes_html_text(
    world: World, inproc: InProcess
) -> None:
    maple = world.town("maple.practice")
    ann, bob = maple.person("ann"), maple.person("bob")
    world.follow(bob.key, ann.key, force_request=True)
    token = maple.create_token("ann")
    c = inproc(token=token)
    kinds = [n["type"] for n in (await c.get("/api/v1/notifications?limit=40")).json()]
    assert "follow_request" in kinds
    maple.use_personality("takahe")
    kinds = [n["type"] for n in (await c.get("/api/v1/notifications?limit=40")).json()]
    assert "follow_request" not in kinds
    requests = (await c.get("/api/v1/follow_requests")).json()
    assert "bob" in [a["username"] for a in requests]  # the list still has them
    post = (await c.post("/api/v1/statuses", data={"status": "Hello"})).json()
    assert post["text"].startswith("<p>")


async def test_pleroma_leaves_out_empty_optional_objects(world: World, inproc: InProcess) -> None:
    maple = world.town("maple.practice")
    maple.use_personality("pleroma")
    c = inproc(token=maple.create_token("ann"))
    post = (await c.post("/api/v1/statuses", data={"status": "Just words"})).json()
    for key in ("card", "poll", "media_attachments", "reblog", "application"):
        assert key not in post, key
    assert isinstance(post["favourites_count"], str)


async def test_takahe_log_in_page_first_then_its_own_error_page(
    world: World, inproc: InProcess
) -> None:
    maple = world.town("maple.practice")
    maple.use_personality("takahe")
    maple.auto_approve_as = "ann"
    c = inproc()
    app = (
        await c.post(
            "/api/v1/apps",
            data={
                "client_name": "Test",
                "redirect_uris": "http://127.0.0.1/callback\nurn:ietf:wg:oauth:2.0:oob",
                "scopes": "read",
            },
        )
    ).json()
    query = {
        "response_type": "code",
        "client_id": app["client_id"],
        "redirect_uri": "http://127.0.0.1:54321/callback",
        "scope": "read",
    }
    first = await c.get("/oauth/authorize", params=query)
    assert first.status_code == 302  # all a check before the browser can see
    after_log_in = await c.get(first.headers["location"])
    assert after_log_in.status_code == 401
    assert "Invalid OAuth Request" in after_log_in.text
    # the code way works
    oob = await c.get("/oauth/authorize", params={**query, "redirect_uri": personalities.OOB})
    page = await c.get(oob.headers["location"])
    assert page.status_code == 200
    assert 'id="code"' in page.text
    unknown = await c.post(
        "/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": "nope",
            "client_id": app["client_id"],
            "client_secret": app["client_secret"],
            "redirect_uri": personalities.OOB,
        },
    )
    assert unknown.status_code == 500


async def test_late_delivery_and_reset(world: World, inproc: InProcess) -> None:
    maple = world.town("maple.practice")
    maple.use_personality("takahe")
    token = maple.create_token("ann")
    c = inproc(token=token)
    post = (await c.post("/api/v1/statuses", data={"status": "Slow worker"})).json()
    personalities.hold_back(maple, int(post["id"]))
    home = [p["id"] for p in (await c.get("/api/v1/timelines/home?limit=5")).json()]
    assert post["id"] not in home
    personalities.deliver(maple, int(post["id"]))
    home = [p["id"] for p in (await c.get("/api/v1/timelines/home?limit=5")).json()]
    assert post["id"] in home
    world.reset()
    assert maple.personality is personalities.DEFAULT
    assert maple.flavour == "mastodon"
    assert not maple.held_back


def test_the_command_line_knows_the_personalities(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        practice_main(["--personality", "nonsense"])
    assert "takahe" in capsys.readouterr().err


async def test_takahe_signs_up_and_keeps_rules_on_web_pages(
    world: World, inproc: InProcess
) -> None:
    maple = world.town("maple.practice")
    c = inproc()
    assert (await c.get("/pages/rules/")).status_code == 404  # Mastodon has no such page
    maple.use_personality("takahe")
    app = (
        await c.post(
            "/api/v1/apps",
            data={"client_name": "T", "redirect_uris": personalities.OOB, "scopes": "write"},
        )
    ).json()
    token = (
        await c.post(
            "/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": app["client_id"],
                "client_secret": app["client_secret"],
                "scope": "write",
            },
        )
    ).json()["access_token"]
    sign_up = await c.post(
        "/api/v1/accounts",
        data={"username": "x", "email": "x@example.org", "password": "p" * 10},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert sign_up.status_code == 404
    v2 = (await c.get("/api/v2/instance")).json()
    assert v2["registrations"]["enabled"] is True  # what the town says about itself
    assert v2["rules"] == []
    for path in ("rules", "extended_description", "privacy_policy", "terms_of_service"):
        assert (await c.get(f"/api/v1/instance/{path}")).status_code == 404, path
    for path in ("/about/", "/pages/rules/", "/pages/terms/", "/pages/privacy/", "/auth/signup/"):
        page = await c.get(path)
        assert page.status_code == 200, path
        assert "html" in page.headers["content-type"]
    assert "Be kind." in (await c.get("/pages/rules/")).text
    maple.use_personality("friendica")
    assert (await c.get("/api/v1/instance/rules")).json() == []


async def test_edit_source_and_late_posts(world: World, inproc: InProcess) -> None:
    maple = world.town("maple.practice")
    c = inproc(token=maple.create_token("ann"))
    post = (await c.post("/api/v1/statuses", data={"status": "Hello"})).json()
    assert (await c.get(f"/api/v1/statuses/{post['id']}/source")).status_code == 200
    maple.use_personality("takahe")
    assert (await c.get(f"/api/v1/statuses/{post['id']}/source")).status_code == 404
    maple.use_personality("gotosocial")
    edit = await c.put(f"/api/v1/statuses/{post['id']}", data={"status": "Changed"})
    assert edit.status_code == 404

    maple.use_personality("takahe")  # ignores the key; a request can wait in a queue
    personalities.hold_posts(maple)
    headers = {"Idempotency-Key": "k1"}
    late = await c.post("/api/v1/statuses", data={"status": "Late"}, headers=headers)
    assert late.status_code == 504
    again = await c.post("/api/v1/statuses", data={"status": "Late"}, headers=headers)
    assert again.status_code == 504
    assert personalities.deliver_posts(maple) == 2
    assert personalities.deliver_posts(maple) == 0
    with world.lock:
        assert len([p for p in world.posts.values() if p.text == "Late"]) == 2

"""The Mastodon API of a practice town, driven with plain httpx through ASGITransport."""

from __future__ import annotations

import io

import httpx
import pytest
from PIL import Image

from tests.practice.conftest import InProcess, next_link, prev_link
from townsfolk.practice import World

pytestmark = pytest.mark.asyncio


async def test_instance_v2_shape_and_rate_limit_headers(inproc: InProcess) -> None:
    r = await inproc().get("/api/v2/instance")
    assert r.status_code == 200
    body = r.json()
    assert body["domain"] == "maple.practice"
    assert set(body["registrations"]) >= {
        "enabled", "approval_required", "reason_required", "message", "min_age", "url",
    }  # fmt: skip
    assert body["configuration"]["statuses"]["max_characters"] == 500
    assert body["configuration"]["urls"]["streaming"]
    assert body["contact"]["account"]["username"] == "townhall"
    assert body["api_versions"] == {"mastodon": 4}
    assert body["rules"]
    assert body["rules"][0]["id"] == "1"
    assert r.headers["x-ratelimit-limit"] == "300"
    assert int(r.headers["x-ratelimit-remaining"]) < 300
    assert r.headers["x-ratelimit-reset"].endswith("Z")


async def test_instance_v1_rules_documents_nodeinfo_health(inproc: InProcess) -> None:
    c = inproc("harbour.practice")
    v1 = (await c.get("/api/v1/instance")).json()
    assert v1["uri"] == "harbour.practice"
    assert v1["registrations"] is True
    assert "streaming_api" in v1["urls"]
    assert (await c.get("/api/v1/instance/rules")).json()[0]["text"]
    assert "content" in (await c.get("/api/v1/instance/extended_description")).json()
    assert "content" in (await c.get("/api/v1/instance/privacy_policy")).json()
    assert (await c.get("/api/v1/instance/terms_of_service")).json()["effective"] is True
    links = (await c.get("/.well-known/nodeinfo")).json()["links"]
    info = (await c.get(httpx.URL(links[0]["href"]).path)).json()
    assert info["software"] == {"name": "mastodon", "version": "4.4.0"}
    health = await c.get("/health")
    assert (health.status_code, health.text) == (200, "OK")


async def test_public_timeline_pages_by_link_header_without_duplicates(inproc: InProcess) -> None:
    c = inproc()
    seen: list[str] = []
    url: str | None = "/api/v1/timelines/public?limit=40"
    pages = 0
    while url:
        r = await c.get(url)
        assert r.status_code == 200
        seen += [s["id"] for s in r.json()]
        url = next_link(r)
        pages += 1
    assert pages >= 15
    assert len(seen) == len(set(seen))
    assert seen == sorted(seen, key=int, reverse=True)


async def test_prev_link_returns_newer_posts(inproc: InProcess, world: World) -> None:
    c = inproc()
    first = await c.get("/api/v1/timelines/public", params={"limit": 5})
    second = await c.get(next_link(first) or "")
    back = await c.get(prev_link(second) or "")
    assert [s["id"] for s in back.json()] == [s["id"] for s in first.json()]


async def test_local_remote_and_everywhere(inproc: InProcess) -> None:
    c = inproc()
    local = (await c.get("/api/v1/timelines/public", params={"local": "true", "limit": 40})).json()
    remote = (
        await c.get("/api/v1/timelines/public", params={"remote": "true", "limit": 40})
    ).json()
    everything = (await c.get("/api/v1/timelines/public", params={"limit": 40})).json()
    assert local
    assert all("@" not in s["account"]["acct"] for s in local)
    assert remote
    assert all(s["account"]["acct"].endswith("@harbour.practice") for s in remote)
    accts = {s["account"]["acct"] for s in everything}
    assert any("@" in a for a in accts)
    assert any("@" not in a for a in accts)


async def test_status_entity_shape(inproc: InProcess, world: World) -> None:
    token = world.town("maple.practice").create_token("ann")
    c = inproc(token=token)
    home = (await c.get("/api/v1/timelines/home", params={"limit": 40})).json()
    post = home[0]
    for key in (
        "id", "created_at", "in_reply_to_id", "sensitive", "spoiler_text", "visibility", "uri",
        "url", "replies_count", "reblogs_count", "favourites_count", "edited_at", "content",
        "reblog", "account", "media_attachments", "mentions", "tags", "emojis", "card", "poll",
        "favourited", "reblogged", "muted", "bookmarked",
    ):  # fmt: skip
        assert key in post, key
    assert isinstance(post["id"], str)
    assert post["uri"].startswith("https://")


async def test_auth_errors(inproc: InProcess, world: World) -> None:
    maple = world.town("maple.practice")
    r = await inproc(token="nonsense").get("/api/v1/timelines/home")
    assert (r.status_code, r.json()) == (401, {"error": "The access token is invalid"})
    r = await inproc().get("/api/v1/timelines/home")
    assert r.status_code == 401
    r = await inproc().get("/api/v1/statuses/999")
    assert (r.status_code, r.json()) == (404, {"error": "Record not found"})
    read_only = maple.create_token("ann", scopes="read")
    r = await inproc(token=read_only).post("/api/v1/statuses", data={"status": "hi"})
    assert r.status_code == 403
    assert r.json()["error"] == "This action is outside the authorized scopes"


async def _app_token(
    c: httpx.AsyncClient, scopes: str = "read write follow push"
) -> tuple[str, dict]:
    app = (
        await c.post(
            "/api/v1/apps",
            json={
                "client_name": "Tests",
                "redirect_uris": ["urn:ietf:wg:oauth:2.0:oob"],
                "scopes": scopes,
            },
        )
    ).json()
    r = await c.post(
        "/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": app["client_id"],
            "client_secret": app["client_secret"],
            "scope": scopes,
        },
    )
    assert r.status_code == 200, r.text
    return r.json()["access_token"], app


async def test_app_token_where_a_user_is_needed_is_422(inproc: InProcess) -> None:
    token, _app = await _app_token(inproc())
    c = inproc(token=token)
    r = await c.get("/api/v1/timelines/home")
    assert (r.status_code, r.json()["error"]) == (422, "This method requires an authenticated user")
    r = await c.get("/api/v1/apps/verify_credentials")
    assert r.status_code == 200
    assert r.json()["name"] == "Tests"
    assert "client_secret" not in r.json()


async def test_sign_up_open_confirm_and_states(inproc: InProcess, world: World) -> None:
    maple = world.town("maple.practice")
    token, _app = await _app_token(inproc())
    c = inproc(token=token)
    form = {
        "username": "zoe", "email": "zoe@example.org", "password": "long enough pw",
        "agreement": "true", "locale": "en",
    }  # fmt: skip
    r = await c.post("/api/v1/accounts", data=form)
    assert r.status_code == 200, r.text
    user = inproc(token=r.json()["access_token"])
    r = await user.get("/api/v1/accounts/verify_credentials")
    assert (r.status_code, r.json()["error"]) == (
        403, "Your login is missing a confirmed e-mail address",
    )  # fmt: skip
    assert (await user.post("/api/v1/emails/confirmations")).status_code == 200
    maple.confirm_email("zoe")
    r = await user.get("/api/v1/accounts/verify_credentials")
    assert r.status_code == 200
    assert r.json()["username"] == "zoe"
    assert "source" in r.json()
    # Same name again: 422 with details.
    r = await c.post("/api/v1/accounts", data={**form, "email": "other@example.org"})
    assert r.status_code == 422
    assert r.json()["details"]["username"][0]["error"] == "ERR_TAKEN"
    assert r.json()["error"].startswith("Validation failed:")


async def test_sign_up_validation_details(inproc: InProcess) -> None:
    token, _app = await _app_token(inproc())
    r = await inproc(token=token).post(
        "/api/v1/accounts", data={"username": "", "email": "bad", "password": "short"}
    )
    assert r.status_code == 422
    details = r.json()["details"]
    assert details["username"][0]["error"] == "ERR_BLANK"
    assert details["email"][0]["error"] == "ERR_INVALID"
    assert details["password"][0]["error"] == "ERR_TOO_SHORT"
    assert details["agreement"][0]["error"] == "ERR_ACCEPTED"


async def test_sign_up_approval_min_age_and_closed(inproc: InProcess, world: World) -> None:
    maple = world.town("maple.practice")
    maple.registration_mode = "approval"
    maple.reason_required = True
    maple.min_age = 16
    token, _app = await _app_token(inproc())
    c = inproc(token=token)
    base = {
        "username": "yara",
        "email": "y@example.org",
        "password": "long enough pw",
        "agreement": "true",
        "locale": "en",
    }
    r = await c.post("/api/v1/accounts", data=base)
    assert r.status_code == 422
    assert r.json()["details"]["reason"][0]["error"] == "ERR_BLANK"
    assert r.json()["details"]["date_of_birth"][0]["error"] == "ERR_BLANK"
    r = await c.post(
        "/api/v1/accounts", data={**base, "reason": "hi", "date_of_birth": "2020-01-01"}
    )
    assert r.json()["details"]["date_of_birth"][0]["error"] == "ERR_BELOW_LIMIT"
    r = await c.post(
        "/api/v1/accounts", data={**base, "reason": "hi", "date_of_birth": "1990-01-01"}
    )
    assert r.status_code == 200
    user = inproc(token=r.json()["access_token"])
    maple.confirm_email("yara")
    r = await user.get("/api/v1/accounts/verify_credentials")
    assert r.json()["error"] == "Your login is currently pending approval"
    maple.approve("yara")
    assert (await user.get("/api/v1/accounts/verify_credentials")).status_code == 200
    instance = (await c.get("/api/v2/instance")).json()["registrations"]
    assert instance["approval_required"]
    assert instance["reason_required"]
    assert instance["min_age"] == 16
    maple.registration_mode = "closed"
    r = await c.post("/api/v1/accounts", data={**base, "username": "xavi"})
    assert (r.status_code, r.json()) == (403, {"error": "Forbidden"})


async def test_disabled_login(inproc: InProcess, world: World) -> None:
    maple = world.town("maple.practice")
    token = maple.create_token("bob")
    with world.lock:
        maple.person("bob").disabled = True
    r = await inproc(token=token).get("/api/v1/timelines/home")
    assert (r.status_code, r.json()["error"]) == (403, "Your login is currently disabled")


async def test_idempotency_key(inproc: InProcess, world: World) -> None:
    maple = world.town("maple.practice")
    c = inproc(token=maple.create_token("ann"))
    headers = {"Idempotency-Key": "abc-123"}
    first = await c.post("/api/v1/statuses", data={"status": "Once only"}, headers=headers)
    again = await c.post("/api/v1/statuses", json={"status": "Once only"}, headers=headers)
    assert first.status_code == again.status_code == 200
    assert first.json()["id"] == again.json()["id"]
    other = await c.post(
        "/api/v1/statuses", data={"status": "Once only"}, headers={"Idempotency-Key": "x"}
    )
    assert other.json()["id"] != first.json()["id"]
    maple.ignore_idempotency = True
    third = await c.post("/api/v1/statuses", data={"status": "Twice"}, headers=headers)
    fourth = await c.post("/api/v1/statuses", data={"status": "Twice"}, headers=headers)
    assert third.json()["id"] != fourth.json()["id"]


async def test_post_edit_context_interactions_delete(inproc: InProcess, world: World) -> None:
    maple = world.town("maple.practice")
    ann = inproc(token=maple.create_token("ann"))
    bob = inproc(token=maple.create_token("bob"))
    r = await ann.post(
        "/api/v1/statuses",
        json={"status": "Hello @bob and #Gardening https://example.org/a", "spoiler_text": "cw",
              "visibility": "public", "language": "en",
              "poll": {"options": ["yes", "no"], "expires_in": 600, "multiple": False}},
    )  # fmt: skip
    assert r.status_code == 200, r.text
    post = r.json()
    assert post["mentions"][0]["acct"] == "bob"
    assert post["tags"][0]["name"] == "gardening"
    assert post["sensitive"] is True
    assert post["poll"]["options"][0]["title"] == "yes"
    reply = (
        await bob.post("/api/v1/statuses", data={"status": "@ann hi", "in_reply_to_id": post["id"]})
    ).json()
    ctx = (await ann.get(f"/api/v1/statuses/{reply['id']}/context")).json()
    assert [s["id"] for s in ctx["ancestors"]] == [post["id"]]
    edited = (
        await ann.put(f"/api/v1/statuses/{post['id']}", data={"status": "Hello again"})
    ).json()
    assert edited["edited_at"]
    assert "Hello again" in edited["content"]
    fav = (await bob.post(f"/api/v1/statuses/{post['id']}/favourite")).json()
    assert fav["favourited"] is True
    assert fav["favourites_count"] == 1
    boost = (await bob.post(f"/api/v1/statuses/{post['id']}/reblog")).json()
    assert boost["reblog"]["id"] == post["id"]
    assert boost["reblogged"] is True
    assert (await bob.post(f"/api/v1/statuses/{post['id']}/bookmark")).json()["bookmarked"]
    marks = (await bob.get("/api/v1/bookmarks")).json()
    assert marks[0]["id"] == post["id"]
    vote = await bob.post(f"/api/v1/polls/{post['poll']['id']}/votes", data={"choices[]": "0"})
    assert vote.status_code == 200
    assert vote.json()["own_votes"] == [0]
    again = await bob.post(f"/api/v1/polls/{post['poll']['id']}/votes", data={"choices[]": "1"})
    assert again.status_code == 422
    notes = (
        await ann.get("/api/v1/notifications", params={"types[]": ["favourite", "reblog"]})
    ).json()
    assert {n["type"] for n in notes[:2]} == {"favourite", "reblog"}
    assert notes[0]["account"]["acct"] == "bob"
    excluded = (
        await ann.get("/api/v1/notifications", params={"exclude_types[]": "mention"})
    ).json()
    assert all(n["type"] != "mention" for n in excluded)
    gone = await ann.delete(f"/api/v1/statuses/{post['id']}")
    assert gone.status_code == 200
    assert gone.json()["text"] == "Hello again"
    assert (await ann.get(f"/api/v1/statuses/{post['id']}")).status_code == 404


async def test_media_image_sync_and_video_processing(inproc: InProcess, world: World) -> None:
    c = inproc(token=world.town("maple.practice").create_token("ann"))
    buf = io.BytesIO()
    Image.new("RGB", (30, 20), "red").save(buf, "PNG")
    r = await c.post(
        "/api/v2/media",
        files={"file": ("a.png", buf.getvalue(), "image/png")},
        data={"description": "red", "focus": "0.5,-0.5"},
    )
    assert r.status_code == 200
    assert r.json()["url"]
    assert r.json()["meta"]["original"]["width"] == 30
    image = (await c.get(r.json()["url"])).content
    assert image == buf.getvalue()
    r = await c.post("/api/v2/media", files={"file": ("v.mp4", b"\0" * 100, "video/mp4")})
    assert r.status_code == 202
    assert r.json()["url"] is None
    media_id = r.json()["id"]
    blocked = await c.post("/api/v1/statuses", data={"status": "vid", "media_ids[]": media_id})
    assert blocked.status_code == 422
    codes = []
    for _ in range(4):
        answer = await c.get(f"/api/v1/media/{media_id}")
        codes.append(answer.status_code)
        if answer.status_code == 200:
            break
    assert codes[0] == 206
    assert codes[-1] == 200
    assert answer.json()["url"]
    put = await c.put(f"/api/v1/media/{media_id}", data={"description": "a clip"})
    assert put.json()["description"] == "a clip"
    post = await c.post("/api/v1/statuses", data={"status": "vid", "media_ids[]": media_id})
    assert post.status_code == 200
    assert post.json()["media_attachments"][0]["type"] == "video"


async def test_avatars_are_png_and_served(inproc: InProcess) -> None:
    c = inproc()
    account = (await c.get("/api/v1/accounts/lookup", params={"acct": "ann"})).json()
    r = await c.get(account["avatar"])
    assert r.status_code == 200
    assert r.content.startswith(b"\x89PNG")


async def test_cross_town_search_resolve_gives_each_town_its_own_id(
    inproc: InProcess, world: World
) -> None:
    maple, harbour = world.town("maple.practice"), world.town("harbour.practice")
    h_ann = inproc("harbour.practice", token=harbour.create_token("ann"))
    m_ann = inproc("maple.practice", token=maple.create_token("ann"))
    posted = (
        await h_ann.post("/api/v1/statuses", data={"status": "Fresh from the harbour"})
    ).json()
    # A brand-new harbour account nobody in maple knows yet.
    with world.lock:
        world.add_person("harbour.practice", "newbie", "Newbie", created_at=world.anchor)
    unresolved = (await m_ann.get("/api/v2/search", params={"q": "newbie@harbour.practice"})).json()
    assert unresolved["accounts"] == []
    for q in ("newbie@harbour.practice", "@newbie@harbour.practice"):
        found = (await m_ann.get("/api/v2/search", params={"q": q, "resolve": "true"})).json()
        assert [a["acct"] for a in found["accounts"]] == ["newbie@harbour.practice"]
    here = (
        await inproc("harbour.practice").get("/api/v1/accounts/lookup", params={"acct": "newbie"})
    ).json()
    assert found["accounts"][0]["id"] != here["id"]
    url = posted["url"]
    result = (
        await m_ann.get("/api/v2/search", params={"q": url, "resolve": "true", "type": "statuses"})
    ).json()
    assert len(result["statuses"]) == 1
    maple_id = result["statuses"][0]["id"]
    assert maple_id != posted["id"]
    assert (await m_ann.get(f"/api/v1/statuses/{maple_id}")).status_code == 200
    assert (await m_ann.get(f"/api/v1/statuses/{posted['id']}")).status_code == 404


async def test_following_someone_in_another_town_fills_home(
    inproc: InProcess, world: World
) -> None:
    maple, harbour = world.town("maple.practice"), world.town("harbour.practice")
    with world.lock:
        world.add_person("harbour.practice", "sailor", "Sailor", created_at=world.anchor)
    sailor = inproc("harbour.practice", token=harbour.create_token("sailor"))
    ann = inproc(token=maple.create_token("ann"))
    found = (
        await ann.get("/api/v2/search", params={"q": "sailor@harbour.practice", "resolve": "true"})
    ).json()
    target = found["accounts"][0]["id"]
    rel = (
        await ann.post(
            f"/api/v1/accounts/{target}/follow", data={"reblogs": "false", "languages[]": "en"}
        )
    ).json()
    assert rel["following"] is True
    assert rel["showing_reblogs"] is False
    assert rel["languages"] == ["en"]
    rels = (await ann.get("/api/v1/accounts/relationships", params={"id[]": [target]})).json()
    assert rels[0]["following"] is True
    posted = (await sailor.post("/api/v1/statuses", data={"status": "Ahoy from the sea"})).json()
    home = (await ann.get("/api/v1/timelines/home")).json()
    assert "Ahoy from the sea" in home[0]["content"]
    assert home[0]["id"] != posted["id"]
    note = (await sailor.get("/api/v1/notifications", params={"types[]": "follow"})).json()
    assert note[0]["account"]["acct"] == "ann@maple.practice"


async def test_relationship_actions_and_account_lists(inproc: InProcess, world: World) -> None:
    maple = world.town("maple.practice")
    ann = inproc(token=maple.create_token("ann"))
    me = (await ann.get("/api/v1/accounts/verify_credentials")).json()
    following = await ann.get(f"/api/v1/accounts/{me['id']}/following", params={"limit": 2})
    assert len(following.json()) == 2
    assert "max_id=" in following.headers["link"]
    rest = await ann.get(next_link(following) or "")
    assert {a["id"] for a in rest.json()}.isdisjoint({a["id"] for a in following.json()})
    followers = (await ann.get(f"/api/v1/accounts/{me['id']}/followers")).json()
    assert followers
    bob = (await ann.get("/api/v1/accounts/lookup", params={"acct": "bob"})).json()
    for action, key in (("block", "blocking"), ("mute", "muting")):
        rel = (await ann.post(f"/api/v1/accounts/{bob['id']}/{action}")).json()
        assert rel[key] is True
    assert [a["id"] for a in (await ann.get("/api/v1/blocks")).json()] == [bob["id"]]
    mutes = (await ann.get("/api/v1/mutes")).json()
    assert mutes[0]["id"] == bob["id"]
    assert "mute_expires_at" in mutes[0]
    for action, key in (("unblock", "blocking"), ("unmute", "muting")):
        assert (await ann.post(f"/api/v1/accounts/{bob['id']}/{action}")).json()[key] is False
    statuses = (
        await ann.get(f"/api/v1/accounts/{bob['id']}/statuses", params={"exclude_replies": "true"})
    ).json()
    assert statuses
    assert all(s["account"]["id"] == bob["id"] for s in statuses)
    media_only = (
        await ann.get(f"/api/v1/accounts/{bob['id']}/statuses", params={"only_media": "true"})
    ).json()
    assert all((s["reblog"] or s)["media_attachments"] for s in media_only)
    assert (
        await ann.get(f"/api/v1/accounts/{bob['id']}/statuses", params={"pinned": "true"})
    ).json() == []


async def test_domain_blocks_lists_markers(inproc: InProcess, world: World) -> None:
    maple = world.town("maple.practice")
    ann = inproc(token=maple.create_token("ann"))
    for domain in ("a.example", "b.example", "c.example"):
        assert (await ann.post("/api/v1/domain_blocks", data={"domain": domain})).status_code == 200
    page = await ann.get("/api/v1/domain_blocks", params={"limit": 2})
    assert page.json() == ["c.example", "b.example"]
    assert (await ann.get(next_link(page) or "")).json() == ["a.example"]
    await ann.request("DELETE", "/api/v1/domain_blocks", params={"domain": "a.example"})
    assert "a.example" not in (await ann.get("/api/v1/domain_blocks")).json()

    created = (await ann.post("/api/v1/lists", data={"title": "Friends"})).json()
    me = (await ann.get("/api/v1/accounts/verify_credentials")).json()
    friends = (await ann.get(f"/api/v1/accounts/{me['id']}/following")).json()
    lid = created["id"]
    ok = await ann.post(f"/api/v1/lists/{lid}/accounts", data={"account_ids[]": friends[0]["id"]})
    assert ok.status_code == 200
    stranger = (await ann.get("/api/v1/accounts/lookup", params={"acct": "townhall"})).json()
    if stranger["id"] not in {f["id"] for f in friends}:
        bad = await ann.post(
            f"/api/v1/lists/{lid}/accounts", data={"account_ids[]": stranger["id"]}
        )
        assert bad.status_code == 404
    members = (await ann.get(f"/api/v1/lists/{lid}/accounts", params={"limit": 0})).json()
    assert [m["id"] for m in members] == [friends[0]["id"]]
    timeline = (await ann.get(f"/api/v1/timelines/list/{lid}")).json()
    assert all(s["account"]["id"] == friends[0]["id"] for s in timeline)
    renamed = (await ann.put(f"/api/v1/lists/{lid}", data={"title": "Pals"})).json()
    assert renamed["title"] == "Pals"
    await ann.request(
        "DELETE", f"/api/v1/lists/{lid}/accounts", params={"account_ids[]": friends[0]["id"]}
    )
    assert (await ann.delete(f"/api/v1/lists/{lid}")).status_code == 200
    assert (await ann.get(f"/api/v1/lists/{lid}")).status_code == 404

    set_ = await ann.post("/api/v1/markers", data={"home[last_read_id]": "123"})
    assert set_.json()["home"]["last_read_id"] == "123"
    got = (
        await ann.get("/api/v1/markers", params={"timeline[]": ["home", "notifications"]})
    ).json()
    assert got["home"]["last_read_id"] == "123"
    assert "notifications" not in got


async def test_tag_timeline_and_notifications_paging(inproc: InProcess, world: World) -> None:
    c = inproc()
    tagged = (await c.get("/api/v1/timelines/tag/gardening")).json()
    assert tagged
    assert all("gardening" in [t["name"] for t in s["tags"]] for s in tagged)
    ann = inproc(token=world.town("maple.practice").create_token("ann"))
    first = await ann.get("/api/v1/notifications", params={"limit": 5})
    second = await ann.get(next_link(first) or "")
    ids = [n["id"] for n in first.json() + second.json()]
    assert len(ids) == len(set(ids)) == 10


async def test_misskey_flavour_and_old_mastodon(inproc: InProcess, world: World) -> None:
    maple = world.town("maple.practice")
    maple.flavour = "misskey"
    c = inproc()
    info = (await c.get("/nodeinfo/2.0")).json()
    assert info["software"]["name"] == "misskey"
    r = await c.get("/api/v1/instance")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    maple.flavour = "mastodon"
    maple.pkce_supported = False
    maple.version = "4.2.0"
    assert (await c.get("/.well-known/oauth-authorization-server")).status_code == 404
    body = (await c.get("/api/v2/instance")).json()
    assert "api_versions" not in body
    assert body["version"] == "4.2.0"


async def test_in_process_down_raises_connect_error(inproc: InProcess, world: World) -> None:
    world.town("maple.practice").faults.set("down")
    with pytest.raises(httpx.ConnectError):
        await inproc().get("/api/v1/instance")
    world.town("maple.practice").faults.set("truncated")
    with pytest.raises(httpx.RemoteProtocolError):
        await inproc().get("/api/v1/instance")

"""People to follow, the town's directory, paging followers, and editing one's own profile,
through the real client against a practice town (issue 11: people and your own profile)."""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest
from PIL import Image

from townsfolk.api.client import MastodonClient
from townsfolk.api.errors import ValidationFailed

from .conftest import ClientFactory


def _png(colour: str, size: int = 64) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (size, size), colour).save(out, "PNG")
    return out.getvalue()


async def test_suggestions_leave_out_people_already_followed(ann: MastodonClient) -> None:
    me = await ann.verify_credentials()
    suggested = await ann.suggestions(limit=40)
    assert suggested, "the town suggests someone"
    ids = {s.account.id for s in suggested}
    assert me.id not in ids
    assert all(s.sources for s in suggested)
    first = suggested[0].account
    await ann.follow(first.id)
    again = {s.account.id for s in await ann.suggestions(limit=40)}
    assert first.id not in again
    # most followed first
    counts = [s.account.followers_count for s in suggested]
    assert counts == sorted(counts, reverse=True)


async def test_suggestions_fall_back_to_v1(
    ann: MastodonClient, maple: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    original = ann.request

    async def request(method: str, path: str, **kw: Any) -> httpx.Response:
        asked.append(path)
        if path == "/api/v2/suggestions":
            path = "/api/v2/no-such-thing"  # an older town: 404
        return await original(method, path, **kw)

    monkeypatch.setattr(ann, "request", request)
    suggested = await ann.suggestions(limit=5)
    assert asked == ["/api/v2/suggestions", "/api/v1/suggestions"]
    assert 0 < len(suggested) <= 5
    assert suggested[0].source == "past_interactions"


async def test_directory_local_and_active(ann: MastodonClient, maple: Any) -> None:
    people = await ann.directory(local=True, order="active", limit=80)
    assert people
    assert all("@" not in p.acct for p in people), "only the town's own people"
    days = [p.last_status_at or "" for p in people]
    assert days == sorted(days, reverse=True)
    page2 = await ann.directory(local=True, order="active", offset=2, limit=2)
    assert [p.id for p in page2] == [p.id for p in people[2:4]]


async def test_followers_page_with_links(
    ann: MastodonClient, make_client: ClientFactory, maple: Any, user_token: Any
) -> None:
    me = await ann.verify_credentials()
    for name in maple.town.users[:6]:
        if name == "ann":
            continue
        other = make_client(maple, user_token(maple.domain, name))
        await other.follow(me.id)
    first = await ann.followers(me.id, limit=2)
    assert len(first.items) == 2
    assert first.next is not None
    second = await ann.followers(me.id, cursor=first.next, limit=2)
    assert second.items
    assert not {a.id for a in second.items} & {a.id for a in first.items}


async def test_profile_round_trip(
    ann: MastodonClient, make_client: ClientFactory, maple: Any
) -> None:
    before = await ann.verify_credentials()
    after = await ann.update_credentials(
        display_name="Ann <b>Bee</b>",
        note="Gardener.\nLikes <script>bees</script>.",
        fields=[("Garden", "Maple Street"), ("Pronouns", "she/her")],
        avatar=("me.png", _png("red"), "image/png"),
    )
    assert after.display_name == "Ann <b>Bee</b>"
    assert [(f.name, f.value) for f in after.fields] == [
        ("Garden", "Maple Street"),
        ("Pronouns", "she/her"),
    ]
    assert "<script>" not in after.note
    assert "&lt;script&gt;" in after.note
    assert after.source is not None
    assert after.source.note.startswith("Gardener.\n")
    assert after.avatar != before.avatar, "a new picture has a new address"
    anonymous = make_client(maple)
    raw = await anonymous.request("GET", httpx.URL(after.avatar).path)
    assert raw.content == _png("red")
    # the header alone leaves the rest as it was
    again = await ann.update_credentials(header=("h.png", _png("blue"), "image/png"))
    assert again.display_name == "Ann <b>Bee</b>"
    assert len(again.fields) == 2
    # fields can be emptied
    cleared = await ann.update_credentials(fields=[("", "")])
    assert cleared.fields == []


async def test_profile_limits_are_refused_with_the_field(ann: MastodonClient) -> None:
    with pytest.raises(ValidationFailed) as caught:
        await ann.update_credentials(display_name="x" * 31)
    assert caught.value.codes("display_name") == ["ERR_TOO_LONG"]
    with pytest.raises(ValidationFailed):
        await ann.update_credentials(fields=[(str(i), "v") for i in range(5)])
    with pytest.raises(ValidationFailed):
        await ann.update_credentials(avatar=("a.txt", b"not a picture", "text/plain"))
    me = await ann.verify_credentials()
    assert me.display_name != "x" * 31

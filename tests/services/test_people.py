"""services.people against a practice town: people to follow from every source (and from
the directory alone when the town has no suggestions), relationships with each list, the
town's profile limits, and a refused picture said in plain words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from townsfolk.api.client import MastodonClient
from townsfolk.services.people import (
    People,
    ProfileDraft,
    ProfileLimits,
    check_draft,
)
from townsfolk.services.session import Session, SessionProblem


def fast(base_url: str, token: str | None) -> MastodonClient:
    return MastodonClient(base_url, access_token=token, max_retries=0, timeout=3.0)


async def _people(profile_dir: Path, maple: Any, token: str) -> tuple[Session, People, int]:
    session = Session.open(profile_dir, client_factory=fast)
    async with MastodonClient(maple.base_url, access_token=token) as client:
        me = await client.verify_credentials()
    account = session.db.accounts.add(
        server_url=maple.base_url,
        server_domain=maple.domain,
        handle=f"{me.username}@{maple.domain}",
        remote_id=me.id,
    )
    session.secrets.set_token(account.local_id, token)
    await session.prepare(account.local_id)
    return session, People(session), account.local_id


async def test_people_to_follow_leave_out_me_and_people_i_follow(
    profile_dir: Path, maple: Any, user_token: Any
) -> None:
    session, people, account_id = await _people(profile_dir, maple, user_token(maple.domain))
    try:
        page = await people.to_follow(account_id)
        assert page.rows
        usernames = [r.account.username for r in page.rows]
        assert "ann" not in usernames
        assert len(usernames) == len(set(usernames))
        assert all(r.relationship is not None for r in page.rows)
        assert not any(r.relationship and r.relationship.following for r in page.rows)
    finally:
        await session.aclose()


async def test_without_suggestions_the_directory_still_answers(
    profile_dir: Path, maple: Any, user_token: Any
) -> None:
    session, people, account_id = await _people(profile_dir, maple, user_token(maple.domain))
    try:
        maple.town.faults.set("status", code=500, paths="/api/v*/suggestions")
        page = await people.to_follow(account_id)
        assert page.rows  # from the directory
        maple.town.faults.set("status", code=500, paths="/api/v*/*")
        with pytest.raises(SessionProblem) as caught:
            await people.to_follow(account_id)
        assert "maple.practice" in caught.value.user_message
    finally:
        maple.town.faults.clear()
        await session.aclose()


async def test_a_picture_that_cannot_be_used_is_said_plainly_and_the_draft_is_kept(
    profile_dir: Path, maple: Any, user_token: Any, tmp_path: Path
) -> None:
    session, people, account_id = await _people(profile_dir, maple, user_token(maple.domain))
    try:
        bad = tmp_path / "not-a-picture.png"
        bad.write_bytes(b"this is not a picture")
        draft = ProfileDraft(display_name="Ann", note="Hello", avatar=str(bad))
        with pytest.raises(SessionProblem) as caught:
            await people.save_profile(account_id, draft)
        assert caught.value.user_message.startswith("Townsfolk cannot use the profile picture")
        assert people.saved_draft(account_id) == draft
    finally:
        await session.aclose()


def test_check_draft_names_what_is_too_long() -> None:
    limits = ProfileLimits(name=5, note=10, fields=2, field_text=4)
    assert check_draft(ProfileDraft(display_name="Ann"), limits) == ""
    assert "name" in check_draft(ProfileDraft(display_name="Annabelle"), limits)
    assert "description" in check_draft(ProfileDraft(note="x" * 11), limits)
    three = [("a", "b"), ("c", "d"), ("e", "f")]
    assert "2" in check_draft(ProfileDraft(fields=three), limits)
    assert (
        check_draft(ProfileDraft(fields=[("a", "b"), ("", ""), ("", ""), ("c", "")]), limits) == ""
    )
    assert "4" in check_draft(ProfileDraft(fields=[("label", "x")]), limits)


async def test_people_to_follow_include_the_towns_most_followed_people(
    profile_dir: Path, maple: Any, practice: Any, user_token: Any
) -> None:
    """The popular pass is a query of its own: a much-followed person who has not posted
    lately is not among the town's 40 latest posters, and still comes up."""
    world = practice.world
    now = datetime.now(UTC)
    with world.lock:
        for n in range(45):  # a full first page of people who posted just now
            busy = world.add_person(maple.domain, f"busy{n}", f"Busy {n}", created_at=now)
            busy.last_status_at = now - timedelta(minutes=n)
        star = world.add_person(
            maple.domain, "star", "Quiet Star", created_at=now - timedelta(days=900)
        )
        star.last_status_at = now - timedelta(days=200)
        for n in range(30):
            fan = world.add_person(
                maple.domain, f"starfan{n}", f"Fan {n}", created_at=now - timedelta(days=800)
            )
            world.follow(fan.key, star.key)
        for person in world.people.values():
            world.touch_person(person.key)
    token = user_token(maple.domain, "busy0")
    session, people, account_id = await _people(profile_dir, maple, token)
    try:
        maple.town.faults.set("status", code=500, paths="/api/v*/suggestions")
        page = await people.to_follow(account_id)
        usernames = [r.account.username for r in page.rows]
        assert "star" in usernames
        assert len(usernames) == len(set(usernames))
        assert "busy0" not in usernames
    finally:
        maple.town.faults.clear()
        await session.aclose()

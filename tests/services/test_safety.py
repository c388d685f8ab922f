"""services.safety, services.word_filters and Session.log_out against practice towns on
loopback: each action and its undo, as the town sees it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from townsfolk.api.client import MastodonClient
from townsfolk.cache import AccountRole, AccountState, Database, Draft
from townsfolk.services.safety import ReportReason, Safety, SafetyProblem
from townsfolk.services.session import Session, SessionProblem
from townsfolk.services.word_filters import HiddenWords, WordFilterProblem, screen_status


@pytest.fixture
def db(profile_dir: Path) -> Iterator[Database]:
    database = Database.open(profile_dir / "townsfolk.db")
    try:
        yield database
    finally:
        database.close()


def fast(base_url: str, token: str | None) -> MastodonClient:
    return MastodonClient(base_url, access_token=token, max_retries=0, timeout=5.0)


async def _person(client: MastodonClient, acct: str) -> Any:
    return await client.lookup_account(acct)


@pytest.fixture
async def ann(maple: Any, user_token: Any) -> Any:
    client = fast(maple.base_url, user_token(maple.domain))
    client.server = maple.domain
    try:
        yield client
    finally:
        await client.aclose()


async def test_mute_for_a_day_without_notifications_and_unmute(
    ann: MastodonClient, maple: Any, db: Any
) -> None:
    safety = Safety(db, 1, ann)
    bob = await _person(ann, "bob")
    rel = await safety.mute(bob, notifications=False, duration=86400)
    assert rel.muting
    assert not rel.muting_notifications
    me, them = maple.town.person("ann"), maple.town.person("bob")
    mute = me.mutes[them.key]
    assert mute.expires_at is not None
    assert not mute.notifications
    muted = await safety.muted()
    assert [m.person.acct for m in muted] == ["bob"]
    assert muted[0].until is not None
    rel = await safety.unmute(bob.id)
    assert not rel.muting
    assert await safety.muted() == []


async def test_block_and_unblock_and_the_list(ann: MastodonClient, maple: Any, db: Any) -> None:
    safety = Safety(db, 1, ann)
    carmen = await _person(ann, "carmen")
    await ann.follow(carmen.id)
    rel = await safety.block(carmen)
    assert rel.blocking
    assert not rel.following
    assert [p.acct for p in await safety.blocked()] == ["carmen"]
    rel = await safety.unblock(carmen.id)
    assert not rel.blocking
    assert await safety.blocked() == []


async def test_block_a_town_removes_follows_both_ways_and_unblock(
    ann: MastodonClient, maple: Any, harbour: Any, db: Any
) -> None:
    safety = Safety(db, 1, ann)
    jonas = await _person(ann, "jonas@harbour.practice")
    await ann.follow(jonas.id)
    world = maple.town.world
    me, kiri = maple.town.person("ann"), harbour.town.person("kiri")
    world.follow(kiri.key, me.key)
    assert world.follows(kiri.key, me.key)

    await safety.block_town("harbour.practice")

    assert await safety.blocked_towns() == ["harbour.practice"]
    assert not (await ann.relationships([jonas.id]))[0].following
    assert not world.follows(kiri.key, me.key), "followers from that town are removed"
    await safety.unblock_town("harbour.practice")
    assert await safety.blocked_towns() == []


async def test_report_with_rules_posts_comment_and_forward(
    ann: MastodonClient, maple: Any, harbour: Any, db: Any
) -> None:
    safety = Safety(db, 1, ann)
    rules = await safety.rules()
    assert rules
    assert rules[0].text == "Be kind."
    jonas = await _person(ann, "jonas@harbour.practice")
    posts = await safety.recent_posts(jonas, limit=3)
    assert posts
    await safety.report(
        jonas,
        ReportReason("rules", (rules[0].id, rules[1].id)),
        post_ids=[posts[0].id],
        comment="  Rude to my neighbour.  ",
        forward=True,
    )
    (entry,) = maple.town.reports
    assert entry["category"] == "violation"
    assert entry["rule_ids"] == [rules[0].id, rules[1].id]
    assert entry["comment"] == "Rude to my neighbour."
    assert entry["forwarded"] is True
    assert len(entry["posts"]) == 1

    bob = await _person(ann, "bob")
    await safety.report(bob, ReportReason("spam"), forward=True)
    assert maple.town.reports[1]["category"] == "spam"
    assert maple.town.reports[1]["forwarded"] is False, "bob lives here: nothing to forward"


async def test_a_refused_action_is_a_sentence(ann: MastodonClient, maple: Any, db: Any) -> None:
    safety = Safety(db, 1, ann)
    bob = await _person(ann, "bob")
    maple.town.faults.set("status", code=503)
    with pytest.raises(SafetyProblem) as caught:
        await safety.block(bob)
    assert caught.value.user_message.startswith("Townsfolk could not block this person.")


async def _bob_says(maple: Any, user_token: Any, text: str) -> str:
    async with fast(maple.base_url, user_token(maple.domain, "bob")) as bob:
        return (await bob.post_status(text)).id


async def test_hidden_words_on_the_town_warn_then_hide_then_gone(
    ann: MastodonClient, maple: Any, user_token: Any, profile_dir: Path
) -> None:
    words = HiddenWords(ann, profile_dir, 1)
    assert await words.load() == []
    assert not words.local
    post_id = await _bob_says(maple, user_token, "So many Tomatoes this year!")
    other_id = await _bob_says(maple, user_token, "A loaf of bread.")

    rule = await words.add(["tomatoes"], ["home", "public"], "warn", expires_in=3600)
    assert rule.expires_at is not None
    post = await ann.get_status(post_id)
    verdict = words.screen(post, "public")
    assert verdict is not None
    assert verdict.action == "warn"
    assert verdict.words == ("tomatoes",)
    assert words.screen(post, "thread") is None, "not hidden where the person did not ask"
    assert words.screen(await ann.get_status(other_id), "public") is None

    rule = await words.change(rule, ["tomatoes", "bread"], ["public"], "hide")
    assert {k for k in rule.words} == {"tomatoes", "bread"}
    verdict = words.screen(await ann.get_status(other_id), "public")
    assert verdict is not None
    assert verdict.action == "hide"
    again = HiddenWords(ann, profile_dir, 1)
    assert [r.words for r in await again.load()] == [rule.words]

    await words.remove(rule)
    assert await again.load() == []
    assert words.screen(await ann.get_status(post_id), "public") is None


async def test_older_towns_keep_the_words_here_and_match_them_here(
    maple: Any, user_token: Any, profile_dir: Path
) -> None:
    maple.town.use_personality("mastodon3")
    post_id = await _bob_says(maple, user_token, "So many tomatoes this year!")
    async with fast(maple.base_url, user_token(maple.domain)) as ann:
        words = HiddenWords(ann, profile_dir, 7)
        await words.load()
        assert words.local
        await words.add(["TOMATOES"], ["public"], "warn")
        post = await ann.get_status(post_id)
        assert post.filtered == []
        verdict = words.screen(post, "public")
        assert verdict is not None
        assert verdict.words == ("TOMATOES",)
        assert words.screen(post, "home") is None
        with pytest.raises(WordFilterProblem):
            await words.add(["  "], ["public"])
        kept = HiddenWords(ann, profile_dir, 7)
        assert kept.local, "known before the town is asked"
        assert kept.screen(post, "public") is not None
        maple.town.faults.set("down")
        await kept.load()  # the town is down: the words kept here still work
        assert [r.words for r in kept.rules] == [("TOMATOES",)]
        maple.town.faults.clear()
        assert (profile_dir / "hidden-words" / "account-7.json").stat().st_mode & 0o077 == 0


def test_whole_words_only_unless_asked() -> None:
    from townsfolk.services.word_filters import matches

    assert matches("cat", "A cat!")
    assert not matches("cat", "concatenate")
    assert matches("cat", "concatenate", whole_word=False)
    assert matches("ĉapelo", "Mia Ĉapelo.")


def test_the_towns_verdict_counts_only_in_its_places() -> None:
    from townsfolk.api.entities import Status, decode

    raw = {
        "id": "1",
        "account": {"id": "2", "username": "bob"},
        "content": "<p>spoilers</p>",
        "filtered": [
            {
                "filter": {
                    "id": "9",
                    "title": "Films",
                    "context": ["home"],
                    "filter_action": "hide",
                },
                "keyword_matches": ["spoilers"],
            }
        ],
    }
    import msgspec

    status = decode(msgspec.json.encode(raw), Status)
    verdict = screen_status(status, "home")
    assert verdict is not None
    assert verdict.action == "hide"
    assert screen_status(status, "public") is None


# --------------------------------------------------------------------------------- leaving


def _add(session: Session, place: Any, token: str, **extra: Any) -> Any:
    app = place.town.practice_app()
    session.db.registrations.put(
        place.base_url, client_id=app.client_id, scopes="read write follow", redirect_uris=[]
    )
    session.secrets.set_client_secret(place.base_url, app.client_secret)
    account = session.db.accounts.add(
        server_url=place.base_url,
        server_domain=place.domain,
        handle=extra.pop("handle", f"ann@{place.domain}"),
        remote_id=extra.pop("remote_id", "ann-id"),
        **extra,
    )
    session.secrets.set_token(account.local_id, token)
    return account


async def test_log_out_revokes_forgets_the_key_and_the_saved_posts(
    profile_dir: Path, maple: Any, user_token: Any
) -> None:
    session = Session.open(profile_dir, client_factory=fast, follow_sync_interval=None)
    try:
        token = user_token(maple.domain)
        account = _add(session, maple, token)
        await session.start()
        timeline = session.timeline(account.local_id, "local")
        await timeline.refresh()
        assert session.db.posts.count(account.local_id) > 0

        assert await session.log_out(account.local_id) is None

        assert session.secrets.get_token(account.local_id) is None
        assert session.db.posts.count(account.local_id) == 0
        assert session.db.accounts.get(account.local_id).state is AccountState.LOGGED_OUT
        assert session.get(account.local_id) is None
        assert session.accounts() == []
        async with httpx.AsyncClient(base_url=maple.base_url) as raw:
            answer = await raw.get(
                "/api/v1/accounts/verify_credentials",
                headers={"Authorization": f"Bearer {token}"},
            )
        assert answer.status_code == 401, "the town forgot the key"
    finally:
        await session.aclose()


async def test_remove_keeps_waiting_posts_until_the_person_decides(
    profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    session = Session.open(profile_dir, client_factory=fast, follow_sync_interval=None)
    try:
        main = _add(session, maple, user_token(maple.domain))
        backup = _add(
            session,
            harbour,
            user_token(harbour.domain, "jonas"),
            handle="jonas@harbour.practice",
            remote_id="j",
            role=AccountRole.BACKUP,
            backup_of=main.local_id,
        )
        await session.prepare(main.local_id)
        # the outbox is not started: the post waits
        await session.outbox.submit(main.local_id, Draft(text="Not sent yet"))
        assert session.waiting_posts(main.local_id) == 1

        with pytest.raises(SessionProblem) as caught:
            await session.log_out(main.local_id, remove=True)
        assert "waiting" in caught.value.user_message
        assert session.db.accounts.get(main.local_id) is not None
        assert session.waiting_posts(main.local_id) == 1
        assert session.secrets.get_token(main.local_id) is not None, "nothing was done"

        promoted = await session.log_out(main.local_id, remove=True, drop_waiting=True)
        assert promoted is not None
        assert promoted.local_id == backup.local_id
        assert promoted.role is AccountRole.MAIN
        assert session.db.accounts.get(main.local_id) is None
        assert [a.local_id for a in session.accounts()] == [backup.local_id]
    finally:
        await session.aclose()

"""Other kinds of servers (issue 15): NodeInfo in SQLite with an expiry, plain words for each
kind of account, find-and-follow by address and by link, each kind of post recognised from
the shapes the practice towns send, and the details only the post's own server knows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Status
from townsfolk.cache.database import Database
from townsfolk.practice import PracticeServer, World
from townsfolk.services.kinds import OriginDetails, classify, format_length, kind_line
from townsfolk.services.software import SoftwareService, account_host, describe_software


@pytest.fixture(scope="module")
def fedi() -> Iterator[PracticeServer]:
    server = PracticeServer(World.seeded(towns=1, seed=1, fediverse=True))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "t.db")
    try:
        yield database
    finally:
        database.close()


def _factory(server: PracticeServer):
    def make(url: str, token: str | None) -> MastodonClient:
        return MastodonClient(url, access_token=token)

    return make


def _service(server: PracticeServer, db: Database, clock=None) -> SoftwareService:
    return SoftwareService(
        db,
        client_factory=_factory(server),
        base_url_for=server.base_url,
        **({"clock": clock} if clock else {}),
    )


async def test_nodeinfo_is_asked_once_and_kept_in_sqlite_until_it_expires(
    fedi: PracticeServer, db: Database
) -> None:
    now = [1_000_000.0]
    service = _service(fedi, db, clock=lambda: now[0])
    assert service.known("tube.practice") is None
    assert await service.software_of("tube.practice") == "peertube"
    assert await service.software_of("TUBE.practice") == "peertube"
    assert service.fetches == 1
    # a new service (the next start) reads it from the database
    again = _service(fedi, db, clock=lambda: now[0])
    assert again.known("tube.practice") == "peertube"
    assert await again.software_of("tube.practice") == "peertube"
    assert again.fetches == 0
    row = db.software.get("tube.practice")
    assert row is not None
    assert row.version == "6.3.2"
    # a week later it is asked again
    now[0] += service.ttl + 1
    assert await again.software_of("tube.practice") == "peertube"
    assert again.fetches == 1


async def test_a_town_that_does_not_answer_is_remembered_for_an_hour(db: Database) -> None:
    now = [5_000.0]
    service = SoftwareService(
        db, base_url_for=lambda host: "http://127.0.0.1:9", clock=lambda: now[0]
    )
    assert await service.software_of("nowhere.example") == ""
    assert await service.software_of("nowhere.example") == ""
    assert service.fetches == 1
    now[0] += service.failure_ttl + 1
    await service.software_of("nowhere.example")
    assert service.fetches == 2


@pytest.mark.parametrize(
    ("software", "words"),
    [
        ("pixelfed", "a photographer's album on Pixelfed"),
        ("peertube", "a video channel on PeerTube"),
        ("funkwhale", "music on Funkwhale"),
        ("owncast", "live streams on Owncast"),
        ("friendica", "a friend on Friendica"),
        ("mastodon", "someone on Mastodon"),
        ("", ""),
    ],
)
def test_plain_words_for_each_kind_of_account(software: str, words: str) -> None:
    assert describe_software(software) == words


async def _ann(fedi: PracticeServer) -> MastodonClient:
    token = fedi.world.town("maple.practice").create_token("carmen")
    return MastodonClient(fedi.base_url("maple.practice"), access_token=token)


@pytest.mark.parametrize(
    ("query", "acct", "words"),
    [
        ("@lena@lens.practice", "lena@lens.practice", "a photographer's album on Pixelfed"),
        ("https://lens.practice/lena", "lena@lens.practice", "a photographer's album on Pixelfed"),
        (
            "https://tube.practice/video-channels/quiet_workshop",
            "quiet_workshop@tube.practice",
            "a video channel on PeerTube",
        ),
        ("niasol@tunes.practice", "niasol@tunes.practice", "music on Funkwhale"),
        ("https://live.practice", "streamer@live.practice", "live streams on Owncast"),
        (
            "https://friends.practice/profile/marta",
            "marta@friends.practice",
            "a friend on Friendica",
        ),
    ],
)
async def test_find_and_follow_by_address_and_by_link(
    fedi: PracticeServer, db: Database, query: str, acct: str, words: str
) -> None:
    fedi.world.reset()
    client = await _ann(fedi)
    try:
        found = await client.search(query, resolve=True, limit=5)
        assert [a.acct for a in found.accounts] == [acct]
        person = found.accounts[0]
        assert await _service(fedi, db).describe(person, "maple.practice") == words
        relationship = await client.follow(person.id)
        assert relationship.following or relationship.requested
    finally:
        await client.aclose()


async def _posts_of(fedi: PracticeServer, acct: str) -> list[Status]:
    client = await _ann(fedi)
    try:
        person = (await client.search(acct, resolve=True, limit=1)).accounts[0]
        page = await client.account_statuses(person.id, limit=20)
        return list(page.items)
    finally:
        await client.aclose()


async def test_each_kind_of_post_is_recognised(fedi: PracticeServer) -> None:
    fedi.world.reset()
    photos = await _posts_of(fedi, "lena@lens.practice")
    gallery = [classify(p, "pixelfed") for p in photos]
    assert {k.kind for k in gallery} == {"gallery"}
    biggest = max(gallery, key=lambda k: len(k.photos))
    assert len(biggest.photos) == 3
    assert all(photo.description for photo in biggest.photos)
    assert kind_line(biggest) == "Photo set on Pixelfed: 3 photos"
    # without NodeInfo the address alone says it
    assert classify(photos[0]).kind == "gallery"

    video = classify((await _posts_of(fedi, "quiet_workshop@tube.practice"))[0])
    assert video.kind == "video"
    assert video.channel == "The Quiet Workshop"
    assert video.picture.startswith("http")
    assert video.origin_id

    track = classify((await _posts_of(fedi, "niasol@tunes.practice"))[0], "funkwhale")
    assert track.kind == "audio"
    assert track.title in ("Low Tide", "Gulls at Dawn")

    streams = [classify(p, "owncast") for p in await _posts_of(fedi, "streamer@live.practice")]
    assert {s.kind for s in streams} == {"live"}
    assert {s.title for s in streams} == {
        "Sunday sketching with tea",
        "Drawing boats at the harbour",
    }

    long_post = classify((await _posts_of(fedi, "marta@friends.practice"))[0], "friendica")
    assert long_post.kind == "long"
    assert long_post.title == "A winter of birds at the feeder"

    article = classify((await _posts_of(fedi, "ada@words.practice"))[0], "writefreely")
    assert article.kind == "article"
    assert article.title == "Walking the long way home"
    assert "allotments" in article.summary

    event = classify((await _posts_of(fedi, "harbourevents@events.practice"))[0], "mobilizon")
    assert event.kind == "post"
    assert kind_line(event) == "From Mobilizon: open the original"
    assert event.link.startswith("https://events.practice/events/")


async def test_the_posts_own_server_adds_length_file_and_live_state(fedi: PracticeServer) -> None:
    fedi.world.reset()
    details = OriginDetails(client_factory=_factory(fedi), base_url_for=fedi.base_url)
    videos = await _posts_of(fedi, "quiet_workshop@tube.practice")
    spoon = next(p for p in videos if "spoon" in p.content)
    done = await details.complete(classify(spoon), spoon.created_at)
    assert format_length(done.duration) == "12:34"
    assert done.media_url.endswith("-360.mp4")  # the smallest file
    assert "12:34" in kind_line(done)
    assert details.asked == 1
    assert await details.complete(classify(spoon), spoon.created_at) == done
    assert details.asked == 1  # kept

    track = (await _posts_of(fedi, "niasol@tunes.practice"))[0]
    song = await details.complete(classify(track, "funkwhale"), track.created_at)
    assert song.channel == "Nia Sol"
    assert song.duration
    assert song.media_url.startswith("http")

    streams = await _posts_of(fedi, "streamer@live.practice")
    states = {}
    for post in streams:
        kind = await details.complete(classify(post, "owncast"), post.created_at)
        states[kind.title] = kind.live
        assert kind_line(kind).startswith("Live now" if kind.live else "Was live")
    assert states == {"Sunday sketching with tea": True, "Drawing boats at the harbour": False}


def test_account_host() -> None:
    from townsfolk.api.entities import Account

    assert account_host(Account(id="1", acct="lena@Lens.Practice"), "maple.practice") == (
        "lens.practice"
    )
    assert account_host(Account(id="1", acct="ann"), "maple.practice") == "maple.practice"

"""The town directory: shipped list, topics, filters, live refresh over loopback, the saved
copy and its time-to-live, and towns that do not answer."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import uvicorn

from townsfolk.assets import read_text
from townsfolk.practice.directory import PracticeDirectory
from townsfolk.services.directory import (
    BIG_TOWN,
    CACHE_NAME,
    GOOD_FIRST_TOWNS,
    PARTY_TOPICS,
    TOPICS,
    Directory,
    DirectoryOffline,
    DirectoryService,
    JoinMode,
    filter_towns,
    good_first_towns,
    load_shipped,
)


class ServedDirectory:
    """The practice directory served by uvicorn on 127.0.0.1, port chosen by the system."""

    def __init__(self) -> None:
        self.directory = PracticeDirectory()
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.base_url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        config = uvicorn.Config(
            self.directory.asgi_app(), lifespan="off", log_config=None, access_log=False
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        asyncio.run(self.server.serve(sockets=[self.sock]))

    def __enter__(self) -> ServedDirectory:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


@pytest.fixture
def served_directory() -> Iterator[ServedDirectory]:
    with ServedDirectory() as served:
        yield served


@pytest.fixture
def closed_port() -> str:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there any more
    return f"http://127.0.0.1:{port}"


# --------------------------------------------------------------------------- shipped list


def test_shipped_list_has_every_town_under_a_topic():
    raw = json.loads(read_text("directory", "fediverse-party-servers.json"))
    domains = {s["domain"] for c in raw["categories"] for s in c["servers"]}
    directory = load_shipped()
    # The snapshot's 190 towns, and the hand-picked good first towns it does not list.
    assert {t.domain for t in directory.towns} == domains | set(GOOD_FIRST_TOWNS)
    assert len(directory.towns) == 193
    assert all(t.topics for t in directory.towns)
    # Every shipped category is mapped on purpose.
    assert {c["id"] for c in raw["categories"]} == set(PARTY_TOPICS)
    counts = directory.topic_counts()
    for topic in TOPICS:
        if not topic.live_only:
            assert counts[topic.id] > 0, topic.id
    # "Various (registration by application)" is no longer a 88-town heap.
    assert counts["other"] < 20
    assert counts["regional"] > counts["other"]


def test_newcomer_topics_are_easy_to_find():
    titles = " ".join(t.title for t in TOPICS)
    for wanted in ("Academia", "Journalism", "Anime", "Furries"):
        assert wanted.lower() in titles.lower()


def test_unsupported_towns_are_kept_and_marked():
    directory = load_shipped()
    misskey = directory.town("misskey.de")
    hubzilla = directory.town("rizomatica.org")
    assert misskey is not None
    assert hubzilla is not None
    assert not misskey.supported
    assert not hubzilla.supported
    assert directory.town("scholar.social").supported
    # They come last in a list, but they are in it.
    general = filter_towns(directory.in_topic("general"))
    assert general[-1].supported is False


def test_search_and_language_filters():
    directory = load_shipped()
    found = filter_towns(directory.towns, text="SCHOLAR")
    assert [t.domain for t in found] == ["scholar.social"]
    assert filter_towns(directory.towns, text="no-such-town") == []
    assert filter_towns(directory.towns, language="de") == []  # not known offline
    assert good_first_towns(directory)  # offline: the hand-picked big towns


def test_offline_good_first_towns_are_only_the_big_open_ones():
    """Issue 11, break 9: offline, "Good first towns" listed every shipped general town
    (small ones, ones that ask for approval, ones long gone). Now: the hand-picked big towns
    about everything, the seed's mastodon.social and mstdn.social first."""
    directory = load_shipped()
    first = [t.domain for t in good_first_towns(directory)]
    assert first == list(GOOD_FIRST_TOWNS)
    assert first[:2] == ["mastodon.social", "mstdn.social"]
    for domain in first:
        town = directory.town(domain)
        assert town is not None
        assert "general" in town.topics
        assert town.supported
    # Small general towns of the snapshot are still listed under their topic, not as first.
    general = {t.domain for t in directory.in_topic("general")}
    assert {"venera.social", "dobbs.town"} <= general
    assert {"venera.social", "dobbs.town"}.isdisjoint(first)
    # A town that did not answer, or is the first account's town, is not offered.
    down = Directory(
        towns=tuple(
            replace(t, answering=False) if t.domain == "mastodon.social" else t
            for t in directory.towns
        )
    )
    assert "mastodon.social" not in [t.domain for t in good_first_towns(down)]
    assert [t.domain for t in good_first_towns(directory, exclude=["mstdn.social"])][:1] == [
        "mastodon.social"
    ]


# --------------------------------------------------------------------------- live refresh


async def test_refresh_fills_in_details_and_is_saved(profile_dir: Path, served_directory):
    service = DirectoryService(profile_dir, base_url=served_directory.base_url)
    assert service.current().refreshed_at is None
    assert service.needs_refresh()

    directory = await service.refresh()

    assert directory.refreshed_at is not None
    scholar = directory.town("scholar.social")
    assert scholar.live
    assert scholar.people == 40000
    assert scholar.active_people == 2500
    assert scholar.join is JoinMode.APPROVAL
    assert "researchers" in scholar.description
    # A town only in the live list is added, under the right topics.
    assert "newsroom.example" in {t.domain for t in directory.in_topic("journalism")}
    assert "animeworld.example" in {t.domain for t in directory.in_topic("fandoms")}
    assert "meow.social" in {t.domain for t in directory.in_topic("furry")}
    tech_lgbt = directory.town("tech.lgbt")
    assert set(tech_lgbt.topics) >= {"tech", "safe"}
    assert "de" in directory.languages
    assert [t.domain for t in filter_towns(directory.towns, language="ja")] == [
        "animeworld.example"
    ]
    first = good_first_towns(directory)
    assert first[0].domain == "mastodon.world"
    assert all(t.join is JoinMode.OPEN for t in first)
    # Only big towns (issue 11): nerdculture.de (9,000) and the small practice towns are
    # general and open, but not "good first towns".
    assert all(t.live and (t.people or 0) >= BIG_TOWN for t in first)
    assert {"nerdculture.de", "maple.practice"}.isdisjoint(t.domain for t in first)
    assert (profile_dir / CACHE_NAME).is_file()

    # A new service on the same profile answers from the saved copy, without asking.
    asked = len(served_directory.directory.requests)
    again = DirectoryService(profile_dir, base_url=served_directory.base_url)
    assert not again.needs_refresh()
    assert again.current().town("scholar.social").people == 40000
    await again.refresh()
    assert len(served_directory.directory.requests) == asked


async def test_saved_copy_expires(profile_dir: Path, served_directory):
    now = [1000.0]
    service = DirectoryService(
        profile_dir, base_url=served_directory.base_url, ttl=60, clock=lambda: now[0]
    )
    await service.refresh()
    served_directory.directory.servers[4]["total_users"] = 41000  # scholar.social grew
    now[0] += 30
    assert not service.needs_refresh()
    assert (await service.refresh()).town("scholar.social").people == 40000
    now[0] += 31
    assert service.needs_refresh()
    assert (await service.refresh()).town("scholar.social").people == 41000


async def test_offline_keeps_the_shipped_list(profile_dir: Path, closed_port: str):
    service = DirectoryService(profile_dir, base_url=closed_port, timeout=5)
    with pytest.raises(DirectoryOffline):
        await service.refresh()
    directory = service.current()
    assert len(directory.towns) == 193
    assert directory.refreshed_at is None
    assert not (profile_dir / CACHE_NAME).exists()


async def test_offline_after_a_refresh_keeps_the_saved_details(
    profile_dir: Path, served_directory, closed_port: str
):
    await DirectoryService(profile_dir, base_url=served_directory.base_url).refresh()
    later = DirectoryService(profile_dir, base_url=closed_port, ttl=0)
    with pytest.raises(DirectoryOffline):
        await later.refresh()
    assert later.current().town("scholar.social").people == 40000


def test_town_that_does_not_answer_is_marked_not_removed(profile_dir: Path):
    service = DirectoryService(profile_dir)
    service.mark_answering("nerdculture.de", False)
    again = DirectoryService(profile_dir)
    town = again.current().town("nerdculture.de")
    assert town is not None
    assert town.answering is False
    ranked = filter_towns(again.current().in_topic("general"))
    assert ranked.index(town) > ranked.index(again.current().town("mastodon.world"))
    assert town not in good_first_towns(again.current())
    again.mark_answering("nerdculture.de", True)
    assert again.current().town("nerdculture.de").answering is True


def test_damaged_saved_copy_is_ignored(profile_dir: Path):
    (profile_dir / CACHE_NAME).write_text("{not json", encoding="utf-8")
    service = DirectoryService(profile_dir)
    assert len(service.current().towns) == 193
    assert service.needs_refresh()


def test_practice_towns_get_their_local_address(profile_dir: Path):
    service = DirectoryService(profile_dir, town_urls={"maple.practice": "http://127.0.0.1:9"})
    assert service.url_for("maple.practice") == "http://127.0.0.1:9"
    assert service.url_for("Scholar.Social") == "https://scholar.social"


async def test_directory_url_from_environment(profile_dir: Path, monkeypatch, served_directory):
    monkeypatch.setenv("TOWNSFOLK_DIRECTORY_URL", served_directory.base_url)
    service = DirectoryService(profile_dir)
    assert service.base_url == served_directory.base_url
    categories = await service.categories()
    assert {"category": "academia", "servers_count": 2} in categories


def test_every_topic_has_collectable_words():
    """Topic names are looked up through literal translate calls (so lupdate collects them):
    each topic has them, in the same English as TOPICS, and a translation reaches them."""
    from townsfolk import i18n
    from townsfolk.services.directory import TOPICS, topic_words

    for topic in TOPICS:
        assert topic_words(topic) == (topic.title, topic.blurb), topic.id
    seen: list[tuple[str, str]] = []

    def shout(context: str, text: str) -> str:
        seen.append((context, text))
        return text.upper()

    i18n.install(shout)
    try:
        title, blurb = topic_words(TOPICS[0])
    finally:
        i18n.install(None)
    assert (title, blurb) == (TOPICS[0].title.upper(), TOPICS[0].blurb.upper())
    assert ("Topics", TOPICS[0].title) in seen


async def test_counts_a_town_gave_fill_its_card_but_never_replace_the_live_ones(
    profile_dir: Path, served_directory
):
    service = DirectoryService(profile_dir, base_url=served_directory.base_url)
    await service.refresh()
    shipped_only = next(t for t in service.current().towns if not t.live)
    assert shipped_only.people is None
    service.remember_counts(shipped_only.domain, 420, 37)
    service.remember_counts("scholar.social", 5, 1)  # the live directory's numbers stay
    service.remember_counts("nothing.example", None, None)

    again = DirectoryService(profile_dir, base_url=served_directory.base_url)
    card = again.current().town(shipped_only.domain)
    assert (card.people, card.active_people) == (420, 37)
    live = again.current().town("scholar.social")
    assert (live.people, live.active_people) == (40000, 2500)

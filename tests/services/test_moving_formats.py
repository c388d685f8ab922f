"""Mastodon's export files: golden files written by hand from the documented formats (not by
our exporter), read and imported into a practice town; bad files refused with a sentence
before anything is applied."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.services.moving_support import DATA, MovingRig, new_person
from townsfolk.services.moving.csv_formats import (
    MAX_BYTES,
    BadImportFile,
    Kind,
    Row,
    read,
    write,
)
from townsfolk.services.moving.import_ import Mode, time_left


def golden(name: str) -> bytes:
    return (DATA / name).read_bytes()


# ------------------------------------------------------------------------------- reading


def test_the_follow_export_with_its_header() -> None:
    f = read(golden("following_accounts.csv"), Kind.FOLLOWING)
    assert f.had_header
    assert f.rows == (
        Row("bob@maple.practice", True, False, None, line=2),
        Row("carmen@maple.practice", False, True, None, line=3),
        Row("jonas@harbour.practice", True, False, ("en", "de"), line=4),
        Row("kiri@harbour.practice", True, True, ("fr",), line=5),
    )
    assert not f.problems
    assert not f.notes
    # Written back, it is the same file.
    assert write(Kind.FOLLOWING, f.rows) == golden("following_accounts.csv")


def test_a_follow_file_without_header_keeps_addresses_only_and_says_so() -> None:
    f = read(golden("following_no_header.csv"), Kind.FOLLOWING)
    assert not f.had_header
    assert [r.value for r in f.rows] == [
        "bob@maple.practice",
        "carmen@maple.practice",
        "jonas@harbour.practice",
    ]
    assert all(r.reblogs and not r.notify and r.languages is None for r in f.rows)
    assert f.notes
    assert "only addresses" in f.notes[0]


def test_columns_in_another_order_and_rails_booleans() -> None:
    f = read(golden("following_other_order.csv"))
    assert f.kind is Kind.FOLLOWING  # guessed from the headers
    bob, carmen = f.rows
    assert (bob.value, bob.reblogs, bob.notify, bob.languages) == (
        "bob@maple.practice",
        False,
        True,
        ("de",),
    )
    assert (carmen.reblogs, carmen.notify, carmen.languages) == (True, False, None)
    lists = read(golden("lists_other_order.csv"), Kind.LISTS)
    assert lists.rows == (Row("jonas@harbour.practice", list_name="Friends", line=2),)


def test_the_other_documented_formats() -> None:
    mutes = read(golden("muted_accounts.csv"), filename="muted_accounts.csv")
    assert mutes.kind is Kind.MUTING
    assert [(r.value, r.hide_notifications) for r in mutes.rows] == [
        ("fatima@maple.practice", True),
        ("mei@harbour.practice", False),
    ]
    assert write(Kind.MUTING, mutes.rows) == golden("muted_accounts.csv")
    assert read(golden("muted_no_header.csv"), Kind.MUTING).rows[0].hide_notifications
    blocks = read(golden("blocked_accounts.csv"), filename="blocked_accounts.csv")
    assert blocks.kind is Kind.BLOCKING
    assert write(Kind.BLOCKING, blocks.rows) == golden("blocked_accounts.csv")
    assert read(golden("blocked_with_header.csv"), Kind.BLOCKING).rows[0].value == (
        "eli@maple.practice"
    )
    domains = read(golden("blocked_domains.csv"), Kind.DOMAIN_BLOCKING)
    assert write(Kind.DOMAIN_BLOCKING, domains.rows) == golden("blocked_domains.csv")
    assert read(golden("blocked_domains_with_header.csv")).rows[0].value == "spam.example"
    lists = read(golden("lists.csv"), Kind.LISTS)
    assert [(r.list_name, r.value) for r in lists.rows] == [
        ("Friends", "bob@maple.practice"),
        ("Friends", "jonas@harbour.practice"),
        ("Work, mostly", "carmen@maple.practice"),
    ]
    assert write(Kind.LISTS, lists.rows) == golden("lists.csv")
    uri = "https://maple.practice/users/bob/statuses/123"
    assert read(f"{uri}\n".encode(), Kind.BOOKMARKS).rows[0].value == uri
    assert read(f"#uri\n{uri}\n".encode()).kind is Kind.BOOKMARKS


def test_what_spreadsheets_do_to_addresses_is_undone() -> None:
    f = read(golden("spreadsheet_follows.csv"), Kind.FOLLOWING)
    assert [(r.value, r.reblogs, r.notify) for r in f.rows] == [
        ("bob@maple.practice", True, False),
        ("jonas@harbour.practice", True, False),
        ("carmen@maple.practice", True, False),
    ]
    assert f.rows[1].languages == ("en",)
    assert not f.problems


def test_duplicates_and_single_bad_lines_are_counted() -> None:
    data = b"bob@maple.practice\nBob@maple.practice\nnot an address!\ncarmen@maple.practice\n"
    f = read(data, Kind.BLOCKING)
    assert [r.value for r in f.rows] == ["bob@maple.practice", "carmen@maple.practice"]
    assert f.duplicates == 1
    assert len(f.problems) == 1
    assert f.problems[0].sentence == "Line 3 is not the address of a person: not an address!"


@pytest.mark.parametrize(
    ("data", "kind", "words"),
    [
        (golden("google_contacts.csv"), Kind.FOLLOWING, "another program"),
        (golden("google_contacts.csv"), None, "cannot tell what this file holds"),
        (golden("lists_latin1.csv"), Kind.LISTS, "letters in this file cannot be read"),
        (golden("muted_as_following.csv"), Kind.FOLLOWING, "holds muted people, not people"),
        (b"", Kind.BLOCKING, "empty"),
        (b"\n\n  \n", Kind.BLOCKING, "empty"),
        (b"PK\x03\x04\x00\x00binary", Kind.BLOCKING, "not a list saved as text"),
        (b'"bob@maple.practice\n', Kind.BLOCKING, "quotation marks"),
        (b"Account address,Show boosts\nbob@x.y,true\n", Kind.DOMAIN_BLOCKING, "holds people"),
        (b"#uri\nhttps://x.y/1\n", Kind.LISTS, "holds bookmarks, not lists"),
    ],
)
def test_bad_files_are_refused_with_a_sentence(data: bytes, kind: Kind | None, words: str) -> None:
    with pytest.raises(BadImportFile) as refused:
        read(data, kind)
    assert words in refused.value.user_message, refused.value.user_message


def test_too_big_and_too_many_rows() -> None:
    too_many = "".join(f"p{i}@town.example\n" for i in range(20_001)).encode()
    with pytest.raises(BadImportFile) as refused:
        read(too_many, Kind.BLOCKING)
    assert "more than 20,000 lines" in refused.value.user_message
    exactly = "".join(f"p{i}@town.example\n" for i in range(20_000)).encode()
    assert len(read(exactly, Kind.BLOCKING).rows) == 20_000
    huge = b"bob@maple.practice\n" * (MAX_BYTES // 19 + 1)
    assert len(huge) > MAX_BYTES
    with pytest.raises(BadImportFile) as refused:
        read(huge, Kind.BLOCKING)
    assert "bigger than 20 MB" in refused.value.user_message


def test_utf16_from_a_spreadsheet_is_read() -> None:
    data = "Account address\r\nbob@maple.practice\r\n".encode("utf-16")
    assert read(data, Kind.BLOCKING).rows[0].value == "bob@maple.practice"


BOOKMARKED = (
    ("bob", "maple.practice", "https://maple.practice/users/bob/statuses/113250000000000001"),
    (
        "jonas",
        "harbour.practice",
        "https://harbour.practice/users/jonas/statuses/113250000000000002",
    ),
)


def test_the_bookmarks_export_is_one_post_address_a_line() -> None:
    f = read(golden("bookmarks.csv"), filename="bookmarks.csv")  # no header: told by its name
    assert f.kind is Kind.BOOKMARKS
    assert not f.had_header
    assert [(r.value, r.line) for r in f.rows] == [
        (uri, i + 1) for i, (*_, uri) in enumerate(BOOKMARKED)
    ]
    assert not f.problems
    assert write(Kind.BOOKMARKS, f.rows) == golden("bookmarks.csv")


def place_bookmarked_posts(world: Any) -> dict[str, int]:
    """The posts of the golden bookmarks file, at the addresses it has (a practice post's
    address comes from the hour the world was made; an origin address pins it, as the
    practice towns of other kinds do): address -> the post's key."""
    keys: dict[str, int] = {}
    with world.lock:
        for username, domain, uri in BOOKMARKED:
            author = world.lookup(username, domain, domain)
            post = world.create_post(author.key, f"Worth keeping: {uri[-2:]}")
            post.origin_url = uri
            world.touch_post(post.key)
            keys[uri] = post.key
    return keys


def test_time_left_counts_the_towns_follow_limit() -> None:
    now = 1_000_000.0
    # 1000 follows at 400 a day, none made yet: two full waits after the first 400.
    assert time_left(1000, 1000, [], 400, 86400, 0.0, now) == pytest.approx(2 * 86400)
    # 100 follows, 350 made in the last hour: 50 now, the rest when the oldest leaves.
    recent = [now - 3600 + i for i in range(350)]
    left = time_left(100, 100, recent, 400, 86400, 0.1, now)
    assert left == pytest.approx(10 + 86400 - 3600 + 49)  # the 100th waits for the 50th
    assert time_left(10, 0, [], 400, 86400, 0.5, now, paused_until=now + 30) == 35


# ------------------------------------------------------------------------------- importing


@pytest.fixture
def rig(tmp_path: Path) -> Any:
    rig = MovingRig(tmp_path / "cache.db")
    yield rig
    rig.close()


async def test_golden_files_are_imported(
    rig: MovingRig, maple: Any, harbour: Any, user_token: Any
) -> None:
    new_person(harbour, "newann")
    new = rig.add(harbour, user_token(harbour.domain, "newann"), "newann")
    importer = rig.importer()
    bookmarked = place_bookmarked_posts(harbour.town.world)
    for name, kind in [
        ("following_accounts.csv", Kind.FOLLOWING),
        ("following_other_order.csv", Kind.FOLLOWING),  # bob again: already there
        ("spreadsheet_follows.csv", Kind.FOLLOWING),
        ("muted_accounts.csv", Kind.MUTING),
        ("blocked_accounts.csv", Kind.BLOCKING),
        ("blocked_domains.csv", Kind.DOMAIN_BLOCKING),
        ("lists.csv", Kind.LISTS),
        ("bookmarks.csv", Kind.BOOKMARKS),
    ]:
        plan = await importer.plan(new, read(golden(name), kind), Mode.MERGE)
        await importer.run(importer.start(plan).local_id)
    world = harbour.town.world
    with world.lock:
        me = harbour.town.person("newann")
        by_name = {
            f"{world.people[pk].username}@{world.people[pk].home}": rel
            for pk, rel in world.graph.following.get(me.key, {}).items()
        }
        assert set(by_name) == {
            "bob@maple.practice",
            "carmen@maple.practice",
            "jonas@harbour.practice",
            "kiri@harbour.practice",
        }
        assert (
            by_name["carmen@maple.practice"].reblogs,
            by_name["carmen@maple.practice"].notify,
        ) == (
            False,
            True,
        )
        assert by_name["jonas@harbour.practice"].languages == ["en", "de"]
        muted = {world.people[pk].username: m.notifications for pk, m in me.mutes.items()}
        assert muted == {"fatima": True, "mei": False}
        assert {world.people[pk].username for pk in me.blocks} == {"eli", "liam"}
        assert set(me.domain_blocks) == {"spam.example", "noisy.example"}
        lists = {
            item.title: {world.people[pk].username for pk in item.members}
            for item in harbour.town.lists.values()
            if item.owner == me.key
        }
        assert lists == {"Friends": {"bob", "jonas"}, "Work, mostly": {"carmen"}}
        assert set(me.bookmarks) == set(bookmarked.values())

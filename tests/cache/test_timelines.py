"""Timelines: order, paging and gaps."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from townsfolk.cache import Account, Database, Gap, sort_key

from .conftest import make_post


def ids(first: int, last: int) -> list[str]:
    """Newest-first ids from ``first`` down to ``last``."""
    return [str(i) for i in range(first, last - 1, -1)]


def store(db: Database, account: Account, post_ids: list[str]) -> None:
    db.posts.upsert_many(account.local_id, [make_post(i) for i in post_ids])


def gap_pairs(db: Database, account: Account, key: str = "home") -> list[tuple[str, str | None]]:
    return [(g.newer_post_id, g.older_post_id) for g in db.timelines.gaps(account.local_id, key)]


def test_numeric_ids_sort_numerically() -> None:
    assert sort_key("10") > sort_key("9")
    assert sort_key("109876543210987654") > sort_key("99")
    assert sort_key("01HZY") == "01HZY"  # ULIDs sort as text already


def test_newest_older_newer(db: Database, account: Account) -> None:
    a = account.local_id
    page = ids(120, 81)
    store(db, account, page)
    db.timelines.put_page(a, "home", page)
    newest = db.timelines.newest(a, "home", 10)
    assert [e.post_id for e in newest] == ids(120, 111)
    assert '"id": "120"' in newest[0].json
    older = db.timelines.older(a, "home", newest[-1].sort_key, 5)
    assert [e.post_id for e in older] == ids(110, 106)
    newer = db.timelines.newer(a, "home", older[0].sort_key, 3)
    assert [e.post_id for e in newer] == ids(113, 111)
    assert db.timelines.count(a, "home") == 40
    assert db.timelines.keys(a) == ["home"]
    assert db.timelines.newest(a, "local") == []


def test_gaps_open_and_fill(db: Database, account: Account) -> None:
    a = account.local_id
    store(db, account, ids(200, 1))
    # First newest page: the timeline goes on below it.
    db.timelines.put_page(a, "home", ids(100, 61))
    assert gap_pairs(db, account) == [("61", None)]
    # Later, a newest page that does not reach the stored ones: a gap between.
    db.timelines.put_page(a, "home", ids(200, 161))
    assert gap_pairs(db, account) == [("161", "100"), ("61", None)]
    # Fill from the top of the gap (max_id=161): part of it.
    db.timelines.put_page(a, "home", ids(160, 121), gap_before=False)
    assert gap_pairs(db, account) == [("121", "100"), ("61", None)]
    # The next page reaches the stored post 100: the gap closes.
    db.timelines.put_page(a, "home", ids(120, 100), gap_before=False)
    assert gap_pairs(db, account) == [("61", None)]
    # The end of the timeline: the server returned its last page (max_id=61).
    db.timelines.put_page(a, "home", ids(60, 1), gap_before=False, gap_after=False)
    assert gap_pairs(db, account) == []
    assert db.timelines.count(a, "home") == 200


def test_overlapping_newest_page_makes_no_gap(db: Database, account: Account) -> None:
    a = account.local_id
    store(db, account, ids(60, 1))
    db.timelines.put_page(a, "home", ids(40, 1), gap_after=False)
    db.timelines.put_page(a, "home", ids(60, 31))  # a newest page overlapping 40..31
    assert gap_pairs(db, account) == []


def test_paging_upwards_with_min_id(db: Database, account: Account) -> None:
    a = account.local_id
    store(db, account, ids(100, 1))
    db.timelines.put_page(a, "home", ids(100, 91))
    db.timelines.put_page(a, "home", ids(30, 21), gap_after=False)
    assert gap_pairs(db, account) == [("91", "30")]
    # A page just above 30 (min_id=30): nothing missing below it, maybe above it.
    db.timelines.put_page(a, "home", ids(40, 31), gap_before=True, gap_after=False)
    assert gap_pairs(db, account) == [("91", "40")]


def test_close_gap_remove_trim_clear(db: Database, account: Account) -> None:
    a = account.local_id
    store(db, account, ids(50, 1))
    db.timelines.put_page(a, "home", ids(50, 41))
    db.timelines.put_page(a, "home", ids(30, 21))
    assert gap_pairs(db, account) == [("41", "30"), ("21", None)]
    # Removing the entry above a gap moves the gap up.
    assert db.timelines.remove(a, "home", ["41", "nope"]) == 1
    assert gap_pairs(db, account) == [("42", "30"), ("21", None)]
    db.timelines.close_gap(a, "home", "21")
    assert gap_pairs(db, account) == [("42", "30")]
    # Trimming keeps the newest and marks that older posts may exist.
    assert db.timelines.trim(a, "home", 5) == 14
    assert [e.post_id for e in db.timelines.newest(a, "home")] == ids(50, 46)
    assert gap_pairs(db, account) == [("46", None)]
    assert db.timelines.trim(a, "home", 100) == 0
    assert db.posts.count(a) == 50  # posts stay
    assert db.timelines.clear(a, "home") == 5
    assert db.timelines.count(a, "home") == 0


def test_bookmarks_with_explicit_sort_keys(db: Database, account: Account) -> None:
    a = account.local_id
    store(db, account, ["5", "900", "42"])
    # Bookmarks are ordered by when they were bookmarked, not by post id.
    db.timelines.put_page(a, "bookmarks", ["5", "900"], sort_keys=["b0002", "b0001"])
    assert [e.post_id for e in db.timelines.newest(a, "bookmarks")] == ["5", "900"]
    # Bookmarking 900 again moves it to the top.
    db.timelines.put_page(a, "bookmarks", ["900", "42"], sort_keys=["b0004", "b0003"])
    assert [e.post_id for e in db.timelines.newest(a, "bookmarks")] == ["900", "42", "5"]
    with pytest.raises(ValueError, match="sort_keys"):
        db.timelines.put_page(a, "bookmarks", ["5"], sort_keys=[])


def test_timeline_needs_stored_posts(db: Database, account: Account) -> None:
    with pytest.raises(sqlite3.IntegrityError):  # a bug in the caller, not the disk
        db.timelines.put_page(account.local_id, "home", ["404"])


def test_deleting_a_post_removes_it_from_timelines(db: Database, account: Account) -> None:
    a = account.local_id
    store(db, account, ids(3, 1))
    db.timelines.put_page(a, "home", ids(3, 1))
    db.timelines.put_page(a, "tag:cats", ["2"])
    db.posts.delete(a, ["2"])
    assert [e.post_id for e in db.timelines.newest(a, "home")] == ["3", "1"]
    assert db.timelines.count(a, "tag:cats") == 0


SERVER_SIZE = 60


@st.composite
def fetch_plans(draw: st.DrawFn) -> list[tuple[int, int]]:
    n = draw(st.integers(1, 8))
    return [(draw(st.integers(0, SERVER_SIZE - 1)), draw(st.integers(1, 15))) for _ in range(n)]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=fetch_plans())
def test_gaps_are_never_hidden(tmp_path: Path, plan: list[tuple[int, int]]) -> None:
    """Whatever pages are fetched, a stored pair without a gap flag between them really has
    nothing missing; and once everything is fetched, no gap remains."""
    server = [str(i) for i in range(1000 + SERVER_SIZE, 1000, -1)]  # newest first
    path = tmp_path / f"prop-{abs(hash(tuple(plan)))}.db"
    path.unlink(missing_ok=True)
    with Database.open(path) as db:
        acct = db.accounts.add(
            server_url="https://s.example", server_domain="s.example", handle="p@s.example"
        )
        a = acct.local_id
        db.posts.upsert_many(a, [make_post(i) for i in server])
        stored: set[str] = set()

        def fetch(start: int, length: int) -> None:
            page = server[start : start + length]
            # Honest flags, as a client paging with max_id/min_id would know them.
            gap_before = start > 0 and server[start - 1] not in stored
            gap_after = start + length < SERVER_SIZE
            db.timelines.put_page(a, "home", page, gap_before=gap_before, gap_after=gap_after)
            stored.update(page)

        def check() -> None:
            entries = db.timelines.newest(a, "home", SERVER_SIZE + 1)
            assert [e.post_id for e in entries] == [i for i in server if i in stored]
            for upper, lower in itertools.pairwise(entries):
                if not upper.gap_below:
                    between = server[server.index(upper.post_id) + 1 : server.index(lower.post_id)]
                    assert between == [], (upper.post_id, lower.post_id)
            if entries and not entries[-1].gap_below:
                assert server.index(entries[-1].post_id) == SERVER_SIZE - 1

        for start, length in plan:
            fetch(start, length)
            check()
        # Now fill every gap the way the app would, until none is left.
        for _ in range(SERVER_SIZE):
            gaps: list[Gap] = db.timelines.gaps(a, "home")
            if not gaps:
                break
            fetch(server.index(gaps[0].newer_post_id) + 1, 10)
            check()
        assert db.timelines.gaps(a, "home") == []
        # Everything from the newest stored post down to the oldest is there now.
        top = min(server.index(i) for i in stored)
        assert stored == set(server[top:])

"""services.housekeeping: lists trimmed to the setting, posts in no list deleted, the picture
folder trimmed to the setting and cleaned of leftovers, off the loop thread, on a schedule
that the session starts and stops."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import threading
import time
from pathlib import Path

import pytest

from tests.cache.conftest import make_post
from tests.services.test_outbox_support import eventually
from townsfolk import paths
from townsfolk.cache import Database, MediaCache
from townsfolk.services import housekeeping as housekeeping_module
from townsfolk.services.housekeeping import Housekeeping
from townsfolk.services.session import Session
from townsfolk.services.settings import Settings, load_settings, save_settings


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Database, MediaCache]:
    db = Database.open(tmp_path / "t.db")
    account = db.accounts.add(
        server_url="https://town.example", server_domain="town.example", handle="a@town.example"
    )
    ids = [str(1000 + n) for n in range(600)]
    db.posts.upsert_many(account.local_id, [make_post(i) for i in ids])
    newest_first = ids[::-1]
    db.timelines.put_page(account.local_id, "home", newest_first[:400])
    db.timelines.put_page(account.local_id, "local", newest_first[100:350])
    cache = MediaCache(db, paths.media_cache_dir(tmp_path), max_bytes=10**9)
    recent = time.time() - 3600  # (seen an hour ago: not old enough to go unreferenced)
    for n in range(30):
        cache.put(f"https://town.example/p/{n}.png", bytes(10_000), now=recent + n)
    (cache.directory / "left-by-a-crash.png").write_bytes(b"x" * 100)
    return db, cache


async def test_a_pass_trims_lists_posts_and_pictures_to_the_settings(
    filled: tuple[Database, MediaCache], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, cache = filled
    account = db.accounts.list()[0].local_id
    keeper = Housekeeping(db, cache)
    settings = Settings(posts_kept_per_list=200, picture_cache_mb=50)
    settings.clamp()
    keeper.configure(settings)
    keeper.media_bytes = 100_000  # (below the settings' smallest, to see it work)
    threads: list[str] = []
    run_once = keeper.run_once

    def recording() -> housekeeping_module.HousekeepingReport:
        threads.append(threading.current_thread().name)
        return run_once()

    monkeypatch.setattr(keeper, "run_once", recording)
    report = await keeper.run()
    assert report is not None
    assert threads
    assert threading.main_thread().name not in threads
    assert db.timelines.count(account, "home") == 200
    assert db.timelines.count(account, "local") == 200
    # kept: the newest 200 of home (ids 1599..1400) and of local (1499..1300)
    assert db.posts.count(account) == 300
    assert report.posts_removed == 300
    assert db.posts.get(account, "1599") is not None
    assert db.posts.get(account, "1100") is None
    assert cache.total_size() <= 100_000
    assert report.pictures_removed == 20
    assert cache.get("https://town.example/p/29.png") is not None  # the most recent stay
    assert cache.get("https://town.example/p/0.png") is None
    assert report.leftovers_removed == 1
    assert not (cache.directory / "left-by-a-crash.png").exists()
    # a second pass finds nothing to do
    again = await keeper.run()
    assert again is not None
    assert (again.places_removed, again.posts_removed, again.pictures_removed) == (0, 0, 0)
    db.close()


def test_the_settings_have_limits_and_keep_them(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(picture_cache_mb=1, posts_kept_per_list=10**9)
    save_settings(path, settings)
    back = load_settings(path)
    assert back.picture_cache_mb == 50
    assert back.posts_kept_per_list == 50_000
    assert Settings().picture_cache_mb == 500


async def test_the_session_runs_housekeeping_on_its_schedule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(housekeeping_module, "FIRST_DELAY", 0.0)
    ran = asyncio.Event()
    session = Session.open(tmp_path / "profile", follow_sync_interval=None)
    run_once = session.housekeeping.run_once

    def recording() -> housekeeping_module.HousekeepingReport:
        report = run_once()
        session_loop.call_soon_threadsafe(ran.set)
        return report

    session_loop = asyncio.get_running_loop()
    monkeypatch.setattr(session.housekeeping, "run_once", recording)
    settings = Settings(picture_cache_mb=123)
    session.housekeeping.configure(settings)
    assert session.media.cache is not None
    assert session.media.cache.max_bytes == 123 * 1024 * 1024
    try:
        await session.start()
        await asyncio.wait_for(ran.wait(), 30)
    finally:
        await session.aclose()
    await eventually(lambda: session.housekeeping._task is None)


async def test_pictures_no_post_names_go_after_a_day(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "t.db")
    account = db.accounts.add(
        server_url="https://town.example",
        server_domain="town.example",
        handle="a@town.example",
        avatar_url="https://town.example/me.png",
    )
    named = "https://town.example/media/named.png"
    post = make_post("1")
    body = json.loads(post.json)
    body["media_attachments"] = [{"preview_url": named}]
    db.posts.upsert_many(account.local_id, [dataclasses.replace(post, json=json.dumps(body))])
    db.timelines.put_page(account.local_id, "home", ["1"])
    cache = MediaCache(db, paths.media_cache_dir(tmp_path), max_bytes=10**9)
    old = time.time() - 2 * housekeeping_module.UNREFERENCED_AGE
    cache.put(named, b"a", now=old)
    cache.put("https://town.example/me.png", b"b", now=old)
    cache.put("https://town.example/media/gone.png", b"c", now=old)
    cache.put("https://town.example/media/just-seen.png", b"d")
    report = await Housekeeping(db, cache).run()
    assert report is not None
    assert report.unreferenced_removed == 1
    assert cache.get("https://town.example/media/gone.png") is None
    for kept in (named, "https://town.example/me.png", "https://town.example/media/just-seen.png"):
        assert cache.get(kept) is not None, kept
    db.close()


async def test_a_pass_in_small_writes_gives_the_same_result(
    filled: tuple[Database, MediaCache], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lists are trimmed and posts deleted a few at a time (the GUI's reads wait for one
    write only); the result is the same."""
    monkeypatch.setattr(housekeeping_module, "BATCH", 7)
    db, cache = filled
    account = db.accounts.list()[0].local_id
    keeper = Housekeeping(db, cache)
    keeper.posts_per_list = 200
    report = await keeper.run()
    assert report is not None
    assert (report.places_removed, report.posts_removed) == (250, 300)
    assert db.timelines.count(account, "home") == 200
    assert db.timelines.count(account, "local") == 200
    assert db.posts.count(account) == 300
    assert [g.newer_post_id for g in db.timelines.gaps(account, "home")][-1:] == ["1400"]
    db.close()

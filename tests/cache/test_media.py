"""Media files on disk: atomic writes, size cap, least-recently-used eviction, full disk."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

import townsfolk.cache.media as media_module
from townsfolk import paths
from townsfolk.cache import Database, MediaCache, StorageFull
from townsfolk.cache.media import media_filename


@pytest.fixture
def cache(db: Database, profile_dir: Path) -> MediaCache:
    return MediaCache(db, paths.media_cache_dir(profile_dir), max_bytes=1000)


def files(cache: MediaCache) -> list[str]:
    return sorted(p.name for p in cache.directory.iterdir())


def test_put_and_get(cache: MediaCache) -> None:
    path = cache.put("https://t.example/media/cat.PNG?x=1", b"meow", now=1.0)
    assert path.read_bytes() == b"meow"
    assert path.parent == cache.directory
    assert path.suffix == ".png"
    assert cache.get("https://t.example/media/cat.PNG?x=1", now=2.0) == path
    assert cache.get("https://t.example/other.png") is None
    assert cache.total_size() == 4
    assert not media_filename("https://t.example/a.sh;rm -rf").endswith("rf")


def test_least_recently_used_go_first(cache: MediaCache) -> None:
    for n, url in enumerate("abcd"):
        cache.put(f"https://t.example/{url}.jpg", bytes(300), now=float(n))  # a0 b1 c2 d3
    # Four files of 300 bytes do not fit in 1000: the oldest (a) went.
    assert cache.get("https://t.example/a.jpg") is None
    assert cache.total_size() == 900
    cache.get("https://t.example/b.jpg", now=10.0)  # b is used again
    cache.put("https://t.example/e.jpg", bytes(300), now=11.0)
    # c was the least recently used now, not b.
    assert cache.get("https://t.example/c.jpg", now=12.0) is None
    for url in "bde":
        assert cache.get(f"https://t.example/{url}.jpg", now=12.0) is not None
    assert len(files(cache)) == 3  # evicted files are gone from disk too
    assert cache.total_size() <= cache.max_bytes


def test_replacing_an_entry_does_not_double_count(cache: MediaCache) -> None:
    cache.put("https://t.example/a", bytes(600), now=1.0)
    cache.put("https://t.example/a", bytes(700), now=2.0)
    assert cache.total_size() == 700
    path = cache.get("https://t.example/a")
    assert path is not None
    assert path.stat().st_size == 700


def test_file_removed_behind_our_back_is_forgotten(cache: MediaCache) -> None:
    path = cache.put("https://t.example/a", b"1234", now=1.0)
    path.unlink()
    assert cache.get("https://t.example/a") is None
    assert cache.total_size() == 0
    path = cache.put("https://t.example/b", b"1234", now=1.0)
    path.write_bytes(b"12")  # damaged (wrong size)
    assert cache.get("https://t.example/b") is None
    assert not path.exists()


def test_full_disk_leaves_no_partial_file(
    cache: MediaCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.put("https://t.example/old", b"kept", now=1.0)

    def half_then_full(fd: int, data: bytes) -> None:
        os.write(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(media_module, "_write_all", half_then_full)
    with pytest.raises(StorageFull) as info:
        cache.put("https://t.example/new", bytes(500), now=2.0)
    assert "disk is full" in str(info.value)
    assert files(cache) == [media_filename("https://t.example/old")]  # no temp, no half file
    assert cache.get("https://t.example/new") is None
    assert cache.get("https://t.example/old") is not None  # nothing lost
    assert cache.total_size() == 4


def test_full_disk_in_the_index_removes_the_new_file(cache: MediaCache, db: Database) -> None:
    pages = db.connection.execute("PRAGMA page_count").fetchone()[0]
    db.connection.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageFull):
        cache.put("https://t.example/" + "x" * 20_000, b"data", now=1.0)
    assert files(cache) == []


def test_other_os_errors_are_bugs(cache: MediaCache, monkeypatch: pytest.MonkeyPatch) -> None:
    def bad(fd: int, data: bytes) -> None:
        raise OSError(errno.EBADF, "bad file descriptor")

    monkeypatch.setattr(media_module, "_write_all", bad)
    with pytest.raises(OSError) as info:
        cache.put("https://t.example/a", b"x")
    assert not isinstance(info.value, StorageFull)
    assert files(cache) == []


def test_sweep_removes_leftovers(cache: MediaCache) -> None:
    kept = cache.put("https://t.example/a", b"1", now=1.0)
    (cache.directory / ".part-abc").write_bytes(b"half")
    (cache.directory / "unknown.png").write_bytes(b"?")
    assert cache.sweep() == 2
    assert files(cache) == [kept.name]

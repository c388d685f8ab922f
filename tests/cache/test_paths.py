"""townsfolk.paths: where the profile lives and what is inside it."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from townsfolk import paths
from townsfolk.cache import Database, MediaCache
from townsfolk.cache.repair import damage_marker, mark_damaged
from townsfolk.services.settings import Settings, save_settings


def test_env_variable_sets_the_profile(profile_dir: Path) -> None:
    assert paths.profile_dir() == profile_dir.absolute()


def test_command_line_override_wins_over_env(tmp_path: Path) -> None:
    chosen = tmp_path / "elsewhere"
    assert paths.profile_dir(chosen) == chosen.absolute()
    assert paths.profile_dir(str(chosen)) == chosen.absolute()


def test_platform_default_without_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.PROFILE_ENV)
    expected = Path(platformdirs.user_data_dir("Townsfolk", appauthor=False, roaming=True))
    assert paths.profile_dir() == expected.absolute()
    assert paths.profile_dir("") == expected.absolute()


def test_helpers_live_inside_the_profile(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    assert paths.database_path(profile) == profile / "townsfolk.db"
    assert paths.media_cache_dir(profile) == profile / "cache" / "media"
    assert paths.settings_path(profile) == profile / "settings.json"
    assert paths.logs_dir(profile) == profile / "logs"
    root = paths.ensure_profile(profile)
    assert root == profile
    assert paths.media_cache_dir(profile).is_dir()
    assert paths.logs_dir(profile).is_dir()


def test_default_profile_comes_from_env(profile_dir: Path) -> None:
    assert paths.database_path() == profile_dir.absolute() / "townsfolk.db"
    assert paths.settings_path().parent == profile_dir.absolute()


# --------------------------------------------------------------------------- private files

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def wide_umask() -> Iterator[None]:
    """The usual desktop umask (022): without care, new files would be 0644."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@posix_only
def test_an_existing_profile_and_its_files_are_made_private(
    tmp_path: Path, wide_umask: None
) -> None:
    profile = tmp_path / "old-profile"
    files = [
        profile / "townsfolk.db",
        profile / "townsfolk.db-wal",
        profile / "townsfolk.db-shm",
        profile / "settings.json",
        profile / "logs" / "townsfolk.log",
        profile / "logs" / "townsfolk.log.1",
        profile / "cache" / "media" / "0123abcd.png",
        profile / "towns" / "account-1.json",
    ]
    for path in files:
        path.parent.mkdir(mode=0o755, parents=True, exist_ok=True)
        path.write_bytes(b"x")
        path.chmod(0o644)
    profile.chmod(0o755)
    (profile / "logs").chmod(0o775)
    outside = tmp_path / "not-ours.txt"
    outside.write_text("someone else's")
    outside.chmod(0o644)
    (profile / "link-to-outside").symlink_to(outside)

    assert paths.ensure_profile(profile) == profile
    assert paths.make_private(profile) == 0  # ensure_profile already did everything
    for folder in (profile, profile / "logs", profile / "cache", profile / "cache" / "media"):
        assert _mode(folder) == 0o700, folder
    assert _mode(profile / "towns") == 0o700
    for path in files:
        assert _mode(path) == 0o600, path
    assert _mode(outside) == 0o644  # a link is not followed: what it points at is not ours


@posix_only
def test_make_private_counts_what_it_changed(tmp_path: Path) -> None:
    root = tmp_path / "p"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a").write_bytes(b"")
    (root / "b").write_bytes(b"")
    root.chmod(0o755)
    (root / "sub").chmod(0o700)
    (root / "sub" / "a").chmod(0o640)
    (root / "b").chmod(0o600)
    assert paths.make_private(root) == 2
    assert paths.make_private(root) == 0


@posix_only
def test_the_database_and_its_log_files_are_private(tmp_path: Path, wide_umask: None) -> None:
    profile = paths.ensure_profile(tmp_path / "p")
    db_path = paths.database_path(profile)
    with Database.open(db_path) as db:  # new file
        db.accounts.add(server_url="https://t", server_domain="t", handle="a@t")
        for name in ("townsfolk.db", "townsfolk.db-wal", "townsfolk.db-shm"):
            assert _mode(profile / name) == 0o600, name
    # A file left 0644 by an older version (and its log files) is narrowed at the next open.
    db_path.chmod(0o644)
    with Database.open(db_path) as db:
        assert _mode(db_path) == 0o600
        db.accounts.add(server_url="https://u", server_domain="u", handle="a@u")
        assert _mode(profile / "townsfolk.db-wal") == 0o600
        assert _mode(profile / "townsfolk.db-shm") == 0o600


@posix_only
def test_a_repaired_database_and_its_damage_note_are_private(
    tmp_path: Path, wide_umask: None
) -> None:
    profile = paths.ensure_profile(tmp_path / "p")
    db_path = paths.database_path(profile)
    db_path.write_bytes(b"not a database" * 500)
    db_path.chmod(0o644)
    with Database.open(db_path) as db:
        assert db.notice is not None
        assert _mode(db_path) == 0o600
    mark_damaged(db_path, "test")
    assert _mode(damage_marker(db_path)) == 0o600


@posix_only
def test_media_and_settings_files_are_written_private(tmp_path: Path, wide_umask: None) -> None:
    profile = paths.ensure_profile(tmp_path / "p")
    with Database.open(paths.database_path(profile)) as db:
        cache = MediaCache(db, paths.media_cache_dir(profile))
        picture = cache.put("https://t.example/a.png", b"png")
        assert _mode(picture) == 0o600
    save_settings(paths.settings_path(profile), Settings())
    assert _mode(paths.settings_path(profile)) == 0o600


@posix_only
def test_write_private_is_private_and_all_or_nothing(tmp_path: Path, wide_umask: None) -> None:
    target = tmp_path / "new-folder" / "towns" / "account-1.json"
    paths.write_private(target, b'{"a": 1}')
    assert target.read_bytes() == b'{"a": 1}'
    assert _mode(target) == 0o600
    assert _mode(target.parent) == 0o700

    class Boom(Exception):
        pass

    class Exploding(str):
        def encode(self, *args: object, **kwargs: object) -> bytes:
            raise Boom

    with pytest.raises(Boom):
        paths.write_private(target, Exploding("half"))
    assert target.read_bytes() == b'{"a": 1}'  # the old file, whole
    assert [p.name for p in target.parent.iterdir()] == ["account-1.json"]  # no leftovers


@posix_only
def test_the_media_cache_is_walked_once_then_only_its_folder(tmp_path: Path) -> None:
    profile = paths.ensure_profile(tmp_path / "p")
    assert (profile / paths.PRIVATE_STAMP).exists()
    picture = paths.media_cache_dir(profile) / "a.png"
    picture.write_bytes(b"")
    picture.chmod(0o644)
    settings = paths.settings_path(profile)
    settings.write_bytes(b"{}")
    settings.chmod(0o644)
    paths.media_cache_dir(profile).chmod(0o755)
    paths.ensure_profile(profile)
    assert _mode(paths.media_cache_dir(profile)) == 0o700
    assert _mode(settings) == 0o600  # everything outside the media cache: every start
    assert _mode(picture) == 0o644  # Townsfolk writes media 0600 itself; not walked again
    (profile / paths.PRIVATE_STAMP).unlink()
    paths.ensure_profile(profile)
    assert _mode(picture) == 0o600

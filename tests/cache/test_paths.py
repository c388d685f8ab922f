"""townsfolk.paths: where the profile lives and what is inside it."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from townsfolk import paths


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

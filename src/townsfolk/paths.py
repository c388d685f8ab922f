"""Where Townsfolk keeps its files: the profile folder and the paths inside it.

The profile folder holds everything the app saves on this computer (the cache database,
downloaded pictures, settings and logs; never passwords or login secrets, which live in the
system keyring). It is chosen in this order:

1. ``--profile DIR`` on the command line (the app passes it in as ``override``);
2. the ``TOWNSFOLK_PROFILE`` environment variable;
3. the per-user data folder for "Townsfolk" from :mod:`platformdirs`
   (e.g. ``~/.local/share/Townsfolk`` on Linux).

Layout inside the profile::

    townsfolk.db            SQLite cache (see townsfolk.cache)
    townsfolk.db-sessions/  one lock file per running copy of the app (crash detection)
    cache/media/            downloaded pictures, size-capped, least recently used go first
    settings.json           settings (see townsfolk.services.settings)
    logs/                   log files

No Qt here: this module is used below the ui layer too.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Townsfolk"
PROFILE_ENV = "TOWNSFOLK_PROFILE"

DATABASE_NAME = "townsfolk.db"
SETTINGS_NAME = "settings.json"


def profile_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Return the profile folder (not created; see :func:`ensure_profile`).

    ``override`` is the ``--profile`` argument; it wins over ``TOWNSFOLK_PROFILE``, which wins
    over the platform's per-user data folder.
    """
    if override is not None and str(override) != "":
        chosen = Path(override)
    elif env := os.environ.get(PROFILE_ENV):
        chosen = Path(env)
    else:
        chosen = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))
    return chosen.expanduser().absolute()


def ensure_profile(profile: Path | None = None) -> Path:
    """Create the profile folder and its sub-folders (private to the user) and return it."""
    root = profile if profile is not None else profile_dir()
    for folder in (root, media_cache_dir(root), logs_dir(root)):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return root


def database_path(profile: Path | None = None) -> Path:
    """The SQLite cache file."""
    return (profile if profile is not None else profile_dir()) / DATABASE_NAME


def cache_dir(profile: Path | None = None) -> Path:
    """Folder for things that can be downloaded again at any time."""
    return (profile if profile is not None else profile_dir()) / "cache"


def media_cache_dir(profile: Path | None = None) -> Path:
    """Folder for downloaded pictures and other media (see townsfolk.cache.media)."""
    return cache_dir(profile) / "media"


def settings_path(profile: Path | None = None) -> Path:
    """The settings file."""
    return (profile if profile is not None else profile_dir()) / SETTINGS_NAME


def logs_dir(profile: Path | None = None) -> Path:
    """Folder for log files."""
    return (profile if profile is not None else profile_dir()) / "logs"

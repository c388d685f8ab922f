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

Everything in the profile is private to the user: folders 0700, files 0600 (on POSIX).
:func:`ensure_profile` makes it so at every start, also for a folder and files made by an
older version or another program with wider permissions; the code that writes files creates
them 0600 (``tempfile.mkstemp``, ``os.open(..., 0o600)``), and SQLite gives its ``-wal`` and
``-shm`` files the permissions of the database file.

No Qt here: this module is used below the ui layer too.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Townsfolk"
PROFILE_ENV = "TOWNSFOLK_PROFILE"

DATABASE_NAME = "townsfolk.db"
SETTINGS_NAME = "settings.json"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
#: Left in the profile once every file in it was made private (see ensure_profile).
PRIVATE_STAMP = ".private-v1"

log = logging.getLogger(__name__)


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
    """Create the profile folder and its sub-folders and return it. Everything in it is
    made private to the user (see :func:`make_private`), also when it already existed."""
    root = profile if profile is not None else profile_dir()
    for folder in (root, media_cache_dir(root), logs_dir(root)):
        folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    # The media cache can hold thousands of files (a walk of 10,000 costs about 0.1 s, see
    # benchmarks/profile_permissions.py): it is walked once, then only its folder is checked,
    # as Townsfolk itself writes every media file 0600.
    stamp = root / PRIVATE_STAMP
    if stamp.exists():
        make_private(root, shallow={media_cache_dir(root)})
    else:
        make_private(root)
        with contextlib.suppress(OSError):
            os.close(os.open(stamp, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE))
    return root


def make_private(root: Path, *, shallow: set[Path] | frozenset[Path] = frozenset()) -> int:
    """Make ``root`` and every folder under it 0700 and every file 0600; return how many
    modes were changed. The contents of the folders in ``shallow`` are not looked at (their
    own mode is set). Symbolic links are neither followed nor changed (what they point at
    is not ours). Does nothing where permissions are not POSIX modes (Windows keeps the
    per-user data folder private by itself). Files that cannot be changed (owned by
    someone else) are logged and left alone."""
    if os.name != "posix":  # pragma: no cover - exercised on Windows only
        return 0
    changed = 0
    folders = [root]
    while folders:
        folder = folders.pop()
        changed += _set_mode(folder, PRIVATE_DIR_MODE)
        if folder in shallow:
            continue
        try:
            entries = list(os.scandir(folder))
        except OSError as exc:
            log.warning("could not look inside %s: %s", folder, exc)
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(Path(entry.path))
                elif entry.is_file(follow_symlinks=False):
                    mode = entry.stat(follow_symlinks=False).st_mode
                    if stat.S_IMODE(mode) != PRIVATE_FILE_MODE:
                        changed += _set_mode(Path(entry.path), PRIVATE_FILE_MODE)
            except OSError as exc:
                log.warning("could not make %s private: %s", entry.path, exc)
    return changed


def _set_mode(path: Path, mode: int) -> int:
    # ``path`` is the root (a link to it is fine: it is the profile) or was seen by
    # ``make_private`` as a real folder or file, not a link.
    with contextlib.suppress(FileNotFoundError):
        if stat.S_IMODE(path.stat().st_mode) != mode:
            try:
                os.chmod(path, mode)
            except OSError as exc:
                log.warning("could not make %s private: %s", path, exc)
                return 0
            return 1
    return 0


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


def write_private(path: Path, data: bytes | str, *, durable: bool = False) -> None:
    """Write a file of the profile atomically (a crash leaves the old or the new file, never
    half of one) and private (0600 from the start: ``mkstemp``), making its folder 0700 if
    missing. ``durable`` also waits until the disk has it. OSError as it comes (a full disk:
    see ``townsfolk.cache.errors.from_os_error``)."""
    import tempfile  # only when writing

    path.parent.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

"""The log file: private to the user (0600), also after rotation and when it existed before."""

from __future__ import annotations

import logging
import logging.handlers
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from townsfolk.services.diagnostics import close_logging, setup_logging

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def logs(tmp_path: Path) -> Iterator[Path]:
    previous = os.umask(0o022)
    folder = tmp_path / "logs"
    try:
        yield folder
    finally:
        close_logging()
        os.umask(previous)


def test_a_new_log_file_is_private(logs: Path) -> None:
    path = setup_logging(logs, to_stderr=False)
    logging.getLogger("townsfolk.test").warning("hello")
    assert path.read_text(encoding="utf-8").strip().endswith("hello")
    assert _mode(path) == 0o600
    assert _mode(logs) == 0o700


def test_an_old_wide_log_file_and_folder_are_narrowed(logs: Path) -> None:
    logs.mkdir(mode=0o755)
    logs.chmod(0o755)
    old = logs / "townsfolk.log"
    old.write_text("old line\n", encoding="utf-8")
    old.chmod(0o644)
    path = setup_logging(logs, to_stderr=False)
    logging.getLogger("townsfolk.test").warning("new line")
    assert _mode(path) == 0o600
    assert _mode(logs) == 0o700
    assert path.read_text(encoding="utf-8").startswith("old line\n")  # appended, not lost


def test_rotated_log_files_stay_private(logs: Path) -> None:
    path = setup_logging(logs, to_stderr=False)
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_townsfolk", False))
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    handler.maxBytes = 200
    for i in range(30):
        logging.getLogger("townsfolk.test").warning("line %d %s", i, "x" * 40)
    rotated = sorted(logs.glob("townsfolk.log.*"))
    assert rotated  # it did rotate
    for file in [path, *rotated]:
        assert _mode(file) == 0o600, file.name

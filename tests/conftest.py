"""Shared test setup.

- Qt runs offscreen and without its GUI thread pool (set before any Qt import).
- Every test gets an in-memory keyring, so no test ever touches the user's real keychain.
- ``async def`` tests run on a qasync loop, so Qt and asyncio share one loop as in the app.
- ``TOWNSFOLK_PROFILE`` points at a fresh temporary folder for each test.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

pytest_plugins = ["tests.fixtures_practice"]

# Deterministic property tests: the same examples on every run, and no wall-clock deadline
# (a busy 2-core CI machine must not turn a slow example into a failure).
hypothesis_settings.register_profile(
    "townsfolk",
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
hypothesis_settings.load_profile("townsfolk")


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in memory for one test.

    Never chosen by keyring's own discovery (its priority says "not viable"), so the real
    keyring test sees only real backends; the fixture below installs it by hand.
    """

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("only installed by the memory_keyring fixture")

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise PasswordDeleteError(username) from None


# Python's cyclic garbage collector runs in whichever thread happens to allocate. When that is
# a worker thread (asyncio.to_thread, Qt's thread pool), it can destroy Qt objects outside the
# GUI thread and crash the process. As in the app (see app.py), collect only on the main
# thread: automatic collection is off, and each test ends with a collection.
gc.disable()


@pytest.fixture(autouse=True)
def collect_garbage_on_main_thread() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> Iterator[MemoryKeyring | None]:
    if request.node.get_closest_marker("keyring_real"):
        yield None
        return
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def profile_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    profile = tmp_path / "profile"
    profile.mkdir()
    monkeypatch.setenv("TOWNSFOLK_PROFILE", str(profile))
    return profile


def pytest_asyncio_loop_factories(config: Any, item: Any) -> dict[str, Any]:
    """Run ``async def`` tests on a qasync loop (Qt + asyncio in one loop), as the app does."""
    import qasync
    from PySide6.QtWidgets import QApplication

    def factory() -> Any:
        app = QApplication.instance() or QApplication([])
        return qasync.QEventLoop(app)

    return {"qasync": factory}


@pytest.fixture(autouse=True)
def _the_same_locale_after_each_test() -> Iterator[None]:
    """A test that switches the language must not leave its number format to the next one
    ("4,0 MB" in a test that expects "4.0 MB")."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    before = QLocale()
    app = QApplication.instance()
    font = app.font() if isinstance(app, QApplication) else None
    sheet = app.styleSheet() if isinstance(app, QApplication) else None
    yield
    if QLocale().name() != before.name():
        QLocale.setDefault(before)
    # Nor its text size or style sheet (a later test measuring what fits would see them).
    if isinstance(app, QApplication) and font is not None and app.font() != font:
        app.setFont(font)
    if isinstance(app, QApplication) and sheet is not None and app.styleSheet() != sheet:
        app.setStyleSheet(sheet)

"""After storing accounts and their secrets, no secret is anywhere in the profile folder."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import MemoryKeyring
from townsfolk import paths
from townsfolk.cache import AccountRole, Database
from townsfolk.services.secrets import SecretStore

SECRETS = {
    "token-main": "QmFzZTY0TWFpblRva2VuVmFsdWUxMjM0NTY3ODkw",
    "token-backup": "ZZ-backup-access-token-987654321-zz",
    "client-secret": "cs_5f3c9a7e1b2d4f6a8c0e2b4d6f8a0c2e",
}


def _all_files(root: Path) -> Iterator[Path]:
    for path in root.rglob("*"):
        if path.is_file():
            yield path


def _needles(secret: str) -> list[bytes]:
    # Plain, UTF-16 (as some stores write) and reversed: a copy in any form is a leak.
    return [secret.encode(), secret.encode("utf-16-le"), secret[::-1].encode()]


@pytest.fixture
def file_log(profile_dir: Path) -> Iterator[Path]:
    """Log everything to a file in the profile's logs folder, as the app will."""
    log_dir = paths.logs_dir(profile_dir)
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(log_dir / "townsfolk.log", encoding="utf-8")
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield log_dir / "townsfolk.log"
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()


def test_no_secret_in_database_settings_or_logs(
    profile_dir: Path, memory_keyring: MemoryKeyring, file_log: Path
) -> None:
    paths.ensure_profile(profile_dir)
    paths.settings_path(profile_dir).write_text("[general]\nlast_account=1\n", encoding="utf-8")
    store = SecretStore()
    db = Database.open(paths.database_path(profile_dir))
    try:
        main = db.accounts.add(
            server_url="https://town.example",
            server_domain="town.example",
            remote_id="1",
            handle="alice@town.example",
        )
        backup = db.accounts.add(
            server_url="https://other.example",
            server_domain="other.example",
            remote_id="2",
            handle="alice@other.example",
            role=AccountRole.BACKUP,
            backup_of=main.local_id,
        )
        db.registrations.put(
            "https://town.example",
            client_id="public-client-id",
            scopes="read write follow push",
            redirect_uris=["http://127.0.0.1:8765/callback"],
        )
        store.set_token(main.local_id, SECRETS["token-main"])
        store.set_token(backup.local_id, SECRETS["token-backup"])
        store.set_client_secret("https://town.example", SECRETS["client-secret"])
        logging.getLogger("townsfolk.test").info(
            "stored %r for %r and %s", store.get_token(main.local_id), main, store
        )
        # While open (data may sit in the write-ahead log) ...
        _assert_clean(profile_dir)
    finally:
        db.close()
    # ... and after closing (everything folded into the main file).
    _assert_clean(profile_dir)
    # The secrets really are in the keyring (the scan is not vacuous).
    assert set(memory_keyring.store.values()) == set(SECRETS.values())
    assert file_log.read_text(encoding="utf-8").count("stored") == 1
    assert paths.database_path(profile_dir).stat().st_size > 0


def _assert_clean(profile_dir: Path) -> None:
    scanned = 0
    for path in _all_files(profile_dir):
        data = path.read_bytes()
        scanned += 1
        for name, secret in SECRETS.items():
            for needle in _needles(secret):
                assert needle not in data, f"{name} found in {path}"
    assert scanned >= 3  # database, settings, log at least

"""After a full session (log in, sign up, browse, log out) with logging at DEBUG, no access
token, client secret or password is in the database, its log, the settings or the log files."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests.services.test_accounts import Browser
from townsfolk import paths
from townsfolk.cache import Database
from townsfolk.services.accounts import AccountsService, SignUpForm
from townsfolk.services.diagnostics import close_logging, scrub_secrets, setup_logging
from townsfolk.services.secrets import KeyringUnavailable, SecretStore
from townsfolk.services.settings import Settings, save_settings


def _files(profile: Path) -> list[Path]:
    return [p for p in profile.rglob("*") if p.is_file()]


async def test_full_session_leaves_no_secret_on_disk(maple, profile_dir: Path, memory_keyring):
    log_path = setup_logging(paths.logs_dir(profile_dir), level=logging.DEBUG, to_stderr=False)
    db = Database.open(paths.database_path(profile_dir))
    try:
        service = AccountsService(db, SecretStore())
        maple.town.auto_approve_as = "ann"
        account = await service.log_in_with_browser(maple.base_url, Browser(), timeout=20)
        async with await service.client_for(account) as client:
            await client.home_timeline(limit=5)
            await client.verify_credentials()
        password = "a practice password that must not leak"
        waiting = await service.sign_up(
            maple.base_url,
            SignUpForm(
                username="leaky", email="leaky@example.org", password=password, agreement=True
            ),
        )
        await service.check_waiting(waiting)
        save_settings(paths.settings_path(profile_dir), Settings())
        secrets = [value for value in memory_keyring.store.values()]
        assert len(secrets) >= 3, "two tokens and a client secret are in the keyring"
        await service.log_out(account, keep_saved_posts=True)
        db.checkpoint()
    finally:
        db.close()
        close_logging()

    assert log_path.stat().st_size > 0, "the log file was written"
    files = _files(profile_dir)
    assert any(f.name.endswith(".db") for f in files)
    for path in files:
        data = path.read_bytes()
        for secret in [*secrets, password]:
            assert secret.encode() not in data, f"a secret is in {path.name}"


async def test_no_keyring_is_said_before_the_browser_opens(maple, profile_dir: Path):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    db = Database.open(paths.database_path(profile_dir))
    try:
        service = AccountsService(db, SecretStore())
        opened: list[str] = []
        with pytest.raises(KeyringUnavailable) as caught:
            await service.log_in_with_browser(maple.base_url, opened.append, timeout=5)
        assert opened == []
        assert "keyring" in str(caught.value).lower()
        assert db.accounts.list() == []
    finally:
        db.close()


@pytest.mark.parametrize(
    ("line", "leak"),
    [
        ("Authorization: Bearer abcDEF123456", "abcDEF123456"),
        ("POST /oauth/token access_token=tok123456&x=1", "tok123456"),
        ('{"client_secret": "cs-987654"}', "cs-987654"),
        ("GET /callback?code=one-time-code&state=s", "one-time-code"),
        ("password=hunter2hunter2", "hunter2hunter2"),
    ],
)
def test_scrubber(line, leak):
    assert leak not in scrub_secrets(line)


def test_log_filter_scrubs_arguments_and_tracebacks(tmp_path: Path):
    log_path = setup_logging(tmp_path, to_stderr=False)
    try:
        logger = logging.getLogger("townsfolk.test")
        logger.info("sending %s", "Bearer sekrit-value-1")
        try:
            raise RuntimeError("access_token=sekrit-value-2")
        except RuntimeError:
            logger.exception("failed")
    finally:
        close_logging()
    text = log_path.read_text()
    assert "sending Bearer ***" in text
    assert "sekrit-value" not in text
    assert "RuntimeError" in text

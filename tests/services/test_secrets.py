"""SecretStore: the keyring, and only the keyring, holds tokens and client secrets."""

from __future__ import annotations

import logging
import os
import pickle
import uuid

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from tests.conftest import MemoryKeyring
from townsfolk.services.secrets import (
    SERVICE,
    KeyringUnavailable,
    Secret,
    SecretStore,
    normalize_server_url,
)

TOKEN = "tok-" + "Zq9" * 10


def test_tokens_round_trip_under_versioned_keys(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    store.set_token(7, TOKEN)
    assert memory_keyring.store == {(SERVICE, "v1:token:7"): TOKEN}
    got = store.get_token(7)
    assert got is not None
    assert got.reveal() == TOKEN
    assert store.get_token(8) is None
    assert store.delete_token(7)
    assert not store.delete_token(7)
    assert store.get_token(7) is None


def test_client_secrets_keyed_by_normalized_server(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    store.set_client_secret("https://Mastodon.Social/", Secret("cs-123456"))
    assert (SERVICE, "v1:client-secret:https://mastodon.social") in memory_keyring.store
    got = store.get_client_secret("https://mastodon.social")
    assert got == Secret("cs-123456")
    assert store.delete_client_secret("https://MASTODON.social")
    assert store.get_client_secret("https://mastodon.social") is None
    assert normalize_server_url(" https://a.example/sub/ ") == "https://a.example/sub"
    with pytest.raises(ValueError, match="not a server address"):
        normalize_server_url("mastodon.social")


def test_secret_stays_out_of_logs(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("townsfolk.test").warning("logged in with %s", Secret(TOKEN))
        logging.getLogger("townsfolk.test").warning("store: %r", SecretStore())
    assert "logged in with" in caplog.text
    assert TOKEN not in caplog.text


def test_secret_never_shows_itself() -> None:
    secret = Secret(TOKEN)
    for shown in (
        repr(secret),
        str(secret),
        f"{secret}",
        f"{secret!r}",
        f"{[secret]}",
        format(secret, ">80"),
    ):
        assert TOKEN not in shown
    assert Secret(TOKEN) == secret
    assert Secret(TOKEN) != Secret("other")
    assert len({Secret(TOKEN), secret}) == 1
    with pytest.raises(TypeError):
        pickle.dumps(secret)
    with pytest.raises(ValueError, match="non-empty"):
        Secret("")
    assert TOKEN not in repr(SecretStore())


class RaisingKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


@pytest.mark.parametrize(
    "backend",
    [
        pytest.param(fail.Keyring(), id="fail-backend"),
        pytest.param(null.Keyring(), id="null-backend"),
        pytest.param(RaisingKeyring(keyring.errors.NoKeyringError("none")), id="no-keyring"),
        pytest.param(RaisingKeyring(keyring.errors.KeyringLocked("Prompt dismissed")), id="locked"),
        pytest.param(RaisingKeyring(keyring.errors.InitError("no dbus")), id="init-error"),
        pytest.param(RaisingKeyring(keyring.errors.PasswordSetError("refused")), id="set-error"),
    ],
)
def test_no_usable_keyring_is_said_plainly(backend: KeyringBackend) -> None:
    keyring.set_keyring(backend)  # the autouse fixture restores the previous one
    store = SecretStore()
    with pytest.raises(KeyringUnavailable) as info:
        store.set_token(1, TOKEN)
    message = str(info.value)
    assert "could not keep your login safe" in message
    assert "Nothing was saved in plain text" in message
    assert "GNOME Keyring or KWallet" in message
    for word in ("token", "OAuth", "API", "instance"):
        assert word.lower() not in message.lower()
    assert TOKEN not in repr(info.value) + str(info.value) + info.value.detail
    assert info.value.__cause__ is None  # no backend text (which might echo input) attached
    with pytest.raises(KeyringUnavailable):
        store.get_token(1)
    with pytest.raises(KeyringUnavailable):
        store.get_client_secret("https://a.example")


def test_check_available_refuses_the_fail_backend() -> None:
    SecretStore().check_available()  # the in-memory keyring is fine
    with pytest.raises(KeyringUnavailable):
        SecretStore(fail.Keyring()).check_available()


def test_plain_text_backend_is_refused() -> None:
    plain = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})()
    with pytest.raises(KeyringUnavailable):
        SecretStore(plain).set_token(1, TOKEN)
    assert plain.store == {}


@pytest.mark.keyring_real
@pytest.mark.skipif(
    os.environ.get("TOWNSFOLK_REAL_KEYRING") != "1",
    reason="needs a real keyring: set TOWNSFOLK_REAL_KEYRING=1 (CI runs it under dbus)",
)
def test_real_keyring_round_trip() -> None:
    chosen = keyring.get_keyring()
    modules = [type(b).__module__ for b in getattr(chosen, "backends", [chosen])]
    # The OS keyring first, not one of the tests' own stand-ins nor "no keyring at all".
    assert modules, "keyring found no backend"
    assert not modules[0].startswith(("tests.", "keyring.backends.fail")), modules
    store = SecretStore(service=f"townsfolk-test-{uuid.uuid4().hex[:8]}")
    secret = "real-" + uuid.uuid4().hex
    store.set_token(1, secret)
    try:
        got = store.get_token(1)
        assert got is not None
        assert got.reveal() == secret
    finally:
        assert store.delete_token(1)
    assert store.get_token(1) is None

"""Secrets (access tokens, app client secrets) in the operating system's keyring, only there.

Key scheme (versioned, so it can change later without guessing)::

    service  = "townsfolk"
    username = "v1:token:<account local id>"          access token of one account
             | "v1:client-secret:<server base url>"   client secret of the app registration

When no usable keyring exists (``keyring.backends.fail.Keyring``, the ``null`` backend, a
plain-text file backend, ``NoKeyringError``, ``InitError``, or a locked keyring whose unlock
prompt was dismissed), :class:`KeyringUnavailable` is raised with a message for the person.
There is never a fallback to plain text.

Secrets are handed around as :class:`Secret`, whose ``repr``/``str`` never show the value;
call :meth:`Secret.reveal` at the last moment (building the ``Authorization`` header).

Keyring calls block (60–130 ms with the Secret Service on Linux): from asyncio code, call
these methods through ``asyncio.to_thread``.
"""

from __future__ import annotations

import hmac
from urllib.parse import urlsplit

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from townsfolk.i18n import translate

__all__ = ["SERVICE", "KeyringUnavailable", "Secret", "SecretStore", "normalize_server_url"]

SERVICE = "townsfolk"
KEY_VERSION = "v1"


class Secret:
    """A secret string that does not show itself in ``repr``, ``str``, logs or tracebacks."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value:
            raise ValueError("a secret must be a non-empty string")
        self._value = value

    def reveal(self) -> str:
        """The secret itself. Use it at once; do not log or store it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("secrets cannot be pickled")


class KeyringUnavailable(Exception):
    """No safe place to keep secrets on this computer. ``str()`` is for the person."""

    def __init__(self, detail: str = "") -> None:
        self.user_message: str = translate(
            "Secrets",
            "Townsfolk could not keep your login safe, because this computer's password store "
            "(keyring) is not available or is locked. Nothing was saved in plain text. Unlock "
            "your password store if you are asked to; on Linux, install one such as GNOME "
            "Keyring or KWallet and log in to your desktop again. Then try again.",
        )
        super().__init__(self.user_message)
        self.detail = detail  # technical reason, for logs (never contains a secret)

    def __str__(self) -> str:
        return self.user_message


def normalize_server_url(url: str) -> str:
    """``https://Mastodon.Social/`` -> ``https://mastodon.social`` (one key per server)."""
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        raise ValueError(f"not a server address: {url!r}")
    path = parts.path.rstrip("/")
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{path}"


def _unusable_reason(backend: KeyringBackend) -> str | None:
    """Why ``backend`` cannot keep secrets safely, or None if it can."""
    module = type(backend).__module__
    name = type(backend).__name__
    if module in {"keyring.backends.fail", "keyring.backends.null"}:
        return f"no keyring backend ({module}.{name})"
    if module.startswith("keyrings.alt") and "Encrypted" not in name:
        return f"plain-text keyring backend refused ({module}.{name})"
    if module == "keyring.backends.chainer" and not getattr(backend, "backends", ()):
        return "no keyring backend (empty chainer)"
    return None


class SecretStore:
    """Access tokens and client secrets in the keyring.

    ``backend``: a specific keyring backend; by default the one ``keyring`` selects at the
    time of each call (so tests and ``keyring.set_keyring`` take effect).
    """

    def __init__(self, backend: KeyringBackend | None = None, *, service: str = SERVICE) -> None:
        self._backend = backend
        self._service = service

    def __repr__(self) -> str:
        return f"SecretStore(service={self._service!r})"

    # keys ---------------------------------------------------------------------------------

    @staticmethod
    def token_key(account_local_id: int) -> str:
        return f"{KEY_VERSION}:token:{int(account_local_id)}"

    @staticmethod
    def client_secret_key(server_url: str) -> str:
        return f"{KEY_VERSION}:client-secret:{normalize_server_url(server_url)}"

    # access tokens ------------------------------------------------------------------------

    def set_token(self, account_local_id: int, token: Secret | str) -> None:
        self._set(self.token_key(account_local_id), token)

    def get_token(self, account_local_id: int) -> Secret | None:
        return self._get(self.token_key(account_local_id))

    def delete_token(self, account_local_id: int) -> bool:
        return self._delete(self.token_key(account_local_id))

    # client secrets -----------------------------------------------------------------------

    def set_client_secret(self, server_url: str, secret: Secret | str) -> None:
        self._set(self.client_secret_key(server_url), secret)

    def get_client_secret(self, server_url: str) -> Secret | None:
        return self._get(self.client_secret_key(server_url))

    def delete_client_secret(self, server_url: str) -> bool:
        return self._delete(self.client_secret_key(server_url))

    # health -------------------------------------------------------------------------------

    def check_available(self) -> None:
        """Raise :class:`KeyringUnavailable` now if secrets cannot be stored safely (e.g.
        before starting a sign-up). Does not prompt or write anything."""
        self._usable_backend()

    # internals ----------------------------------------------------------------------------

    def _usable_backend(self) -> KeyringBackend:
        backend = self._backend if self._backend is not None else keyring.get_keyring()
        reason = _unusable_reason(backend)
        if reason is not None:
            raise KeyringUnavailable(reason)
        return backend

    def _set(self, key: str, value: Secret | str) -> None:
        secret = value if isinstance(value, Secret) else Secret(value)
        backend = self._usable_backend()
        try:
            backend.set_password(self._service, key, secret.reveal())
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(f"{type(exc).__name__} while saving {key}") from None

    def _get(self, key: str) -> Secret | None:
        backend = self._usable_backend()
        try:
            value = backend.get_password(self._service, key)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(f"{type(exc).__name__} while reading {key}") from None
        return None if not value else Secret(value)

    def _delete(self, key: str) -> bool:
        backend = self._usable_backend()
        try:
            backend.delete_password(self._service, key)
        except keyring.errors.PasswordDeleteError:
            return False
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(f"{type(exc).__name__} while deleting {key}") from None
        return True

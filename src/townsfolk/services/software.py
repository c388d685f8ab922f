"""What kind of server a person lives on, in plain words, from the server's NodeInfo.

NodeInfo (``/.well-known/nodeinfo``) says which software a town runs: Mastodon, Pixelfed,
PeerTube, Funkwhale, Owncast, Friendica... The answer is kept in SQLite (``db.software``)
for a week (an hour when the town did not answer), so a timeline full of people from the same
town asks it once, and `known()` answers without waiting. A town's address is only ever used
as ``https://<host>`` (or what ``base_url_for`` says, for the practice towns).
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Account
from townsfolk.api.errors import ApiError
from townsfolk.cache.database import Database
from townsfolk.i18n import translate

__all__ = [
    "SOFTWARE_NAMES",
    "SoftwareService",
    "account_host",
    "describe_software",
    "public_host",
    "software_display_name",
]

log = logging.getLogger(__name__)
WEEK = 7 * 24 * 3600.0
HOUR = 3600.0

#: How each software spells its own name.
SOFTWARE_NAMES = {
    "mastodon": "Mastodon", "pixelfed": "Pixelfed", "peertube": "PeerTube",
    "funkwhale": "Funkwhale", "owncast": "Owncast", "friendica": "Friendica",
    "pleroma": "Pleroma", "akkoma": "Akkoma", "gotosocial": "GoToSocial", "takahe": "Takahē",
    "misskey": "Misskey", "sharkey": "Sharkey", "firefish": "Firefish", "lemmy": "Lemmy",
    "mbin": "Mbin", "kbin": "kbin", "writefreely": "WriteFreely", "wordpress": "WordPress",
    "bookwyrm": "BookWyrm", "hubzilla": "Hubzilla", "gancio": "Gancio", "mobilizon": "Mobilizon",
    "plume": "Plume", "hometown": "Hometown", "iceshrimp": "Iceshrimp", "snac": "snac",
}  # fmt: skip


def software_display_name(software: str) -> str:
    name = (software or "").strip().lower()
    return SOFTWARE_NAMES.get(name, name.capitalize() if name.isascii() else name)


def describe_software(software: str, *, group: bool = False, bot: bool = False) -> str:
    """Plain words for what kind of account lives on such a server ("" if unknown)."""
    name = (software or "").strip().lower()
    shown = software_display_name(name)
    if not name:
        return ""
    special = {
        "pixelfed": translate("Fediverse", "a photographer's album on Pixelfed"),
        "peertube": translate("Fediverse", "a video channel on PeerTube"),
        "funkwhale": translate("Fediverse", "music on Funkwhale"),
        "owncast": translate("Fediverse", "live streams on Owncast"),
        "friendica": translate("Fediverse", "a friend on Friendica"),
        "lemmy": translate("Fediverse", "a discussion group on Lemmy"),
        "mbin": translate("Fediverse", "a discussion group on Mbin"),
        "writefreely": translate("Fediverse", "a blog on WriteFreely"),
        "wordpress": translate("Fediverse", "a blog on WordPress"),
        "plume": translate("Fediverse", "a blog on Plume"),
        "bookwyrm": translate("Fediverse", "a reader on BookWyrm"),
        "mobilizon": translate("Fediverse", "events on Mobilizon"),
        "gancio": translate("Fediverse", "events on Gancio"),
    }
    if name in special:
        return special[name]
    if group:
        return translate("Fediverse", "a group on %1").replace("%1", shown)
    if bot:
        return translate("Fediverse", "an automated account on %1").replace("%1", shown)
    return translate("Fediverse", "someone on %1").replace("%1", shown)


def public_host(host: str) -> bool:
    """Whether ``host`` may be asked at all: a name with a dot, or a public IP address;
    never "localhost" or a private address a hostile town could point us at. (Names that
    resolve to private addresses are not looked up here.)"""
    name = host.strip().lower().rstrip(".")
    if not re.fullmatch(r"[a-z0-9.\-\[\]:]+", name or "-"):
        return name.isprintable() and "." in name and not name.endswith(".localhost")
    if name == "localhost" or name.endswith(".localhost"):
        return False
    try:
        address = ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        return "." in name
    return address.is_global


def account_host(account: Account, own_town: str) -> str:
    """The host of the town an account lives in (its ``acct`` domain, else its page's)."""
    _, _, domain = account.acct.partition("@")
    return (domain or own_town).strip().lower()


@dataclass(frozen=True)
class _Known:
    software: str
    fresh: bool


class SoftwareService:
    """``await software_of(host)`` (cached), ``known(host)`` (never waits)."""

    def __init__(
        self,
        db: Database,
        *,
        client_factory: Callable[[str, str | None], MastodonClient] | None = None,
        base_url_for: Callable[[str], str] | None = None,
        ttl: float = WEEK,
        failure_ttl: float = HOUR,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.db = db
        self._make = client_factory or (lambda url, token: MastodonClient(url))
        self._base_url_for = base_url_for or (lambda host: f"https://{host}")
        self.ttl = ttl
        self.failure_ttl = failure_ttl
        self._clock = clock
        self._pending: dict[str, asyncio.Future[str]] = {}
        self.fetches = 0  # NodeInfo documents asked for (tests, diagnostics)

    def _stored(self, host: str) -> _Known | None:
        row = self.db.software.get(host)
        if row is None:
            return None
        return _Known(row.software, row.expires_at > self._clock())

    def known(self, host: str) -> str | None:
        """What is stored for ``host`` (even expired), or None; never asks the town."""
        found = self._stored(host.lower())
        return found.software if found else None

    async def software_of(self, host: str) -> str:
        """The lower-case software name of ``host`` ("" when it does not say)."""
        host = host.strip().lower()
        if not host or not public_host(host):
            return ""
        found = self._stored(host)
        if found is not None and found.fresh:
            return found.software
        pending = self._pending.get(host)
        if pending is not None:
            return await asyncio.shield(pending)
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._pending[host] = future
        try:
            software = await self._fetch(host, stale=found.software if found else None)
            future.set_result(software)
            return software
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: nobody else may be waiting
            raise
        finally:
            self._pending.pop(host, None)

    async def _fetch(self, host: str, *, stale: str | None) -> str:
        self.fetches += 1
        client = self._make(self._base_url_for(host), None)
        try:
            info = await client.nodeinfo()
        except ApiError as exc:
            log.info("NodeInfo of %s could not be read: %s", host, exc)
            software = stale or ""
            self.db.software.put(host, software, "", ttl=self.failure_ttl, now=self._clock())
            return software
        finally:
            await client.aclose()
        software = info.software.name.strip().lower() if info else ""
        version = info.software.version if info else ""
        self.db.software.put(host, software, version, ttl=self.ttl, now=self._clock())
        return software

    async def describe(self, account: Account, own_town: str) -> str:
        """Plain words for the kind of account ("a video channel on PeerTube")."""
        software = await self.software_of(account_host(account, own_town))
        return describe_software(software, group=account.group, bot=account.bot)

"""What software each town (server) runs, as its NodeInfo said, kept until it expires."""

from __future__ import annotations

from dataclasses import dataclass

from townsfolk.cache._core import Core

__all__ = ["ServerSoftware", "SoftwareRepo"]


@dataclass(frozen=True, slots=True)
class ServerSoftware:
    host: str
    software: str  # lower-case NodeInfo software.name; "" when the town did not say
    version: str
    fetched_at: float
    expires_at: float


class SoftwareRepo:
    """``db.software``: one row per host (lower case)."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def get(self, host: str) -> ServerSoftware | None:
        """The stored answer for ``host``, expired or not (the caller decides)."""
        with self._core.read() as conn:
            row = conn.execute(
                "SELECT host, software, version, fetched_at, expires_at FROM server_software "
                "WHERE host = ?",
                (host.lower(),),
            ).fetchone()
        if row is None:
            return None
        return ServerSoftware(str(row[0]), str(row[1]), str(row[2]), float(row[3]), float(row[4]))

    def put(
        self, host: str, software: str, version: str, *, ttl: float, now: float | None = None
    ) -> ServerSoftware:
        when = self._core.now(now)
        item = ServerSoftware(host.lower(), software.lower(), version, when, when + ttl)
        with self._core.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO server_software "
                "(host, software, version, fetched_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                (item.host, item.software, item.version, item.fetched_at, item.expires_at),
            )
        return item

"""Faults a practice town can be told to show: down, hang, slow, errors, rate limits, bad bodies.

``drip``: the town does what was asked, then sends its answer one byte every ``delay``
seconds (a town that never stops answering, so a read timeout never fires; only a total
deadline ends the request). Setting or clearing any fault sends the rest at once.
"""

from __future__ import annotations

import fnmatch
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

KINDS = (
    "down",
    "hang",
    "slow",
    "status",
    "rate_limit",
    "malformed_json",
    "html_error",
    "truncated",
    "drip",
)


@dataclass(frozen=True)
class Fault:
    kind: str
    paths: str | None = None
    delay: float = 1.5
    code: int = 500
    html: bool = False
    reset_at: float = 0.0  # time.time() when a rate limit ends
    unix_reset: bool = False

    def applies_to(self, path: str) -> bool:
        return self.paths is None or fnmatch.fnmatchcase(path, self.paths)

    def describe(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "paths": self.paths}
        if self.kind in ("slow", "drip"):
            out["delay"] = self.delay
        if self.kind in ("status", "html_error"):
            out["code"] = self.code
            out["html"] = self.html
        if self.kind == "rate_limit":
            out["reset_in"] = max(0.0, self.reset_at - time.time())
            out["unix_reset"] = self.unix_reset
        return out


class Faults:
    """The current fault of one town. Thread-safe; listeners hear every change."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fault: Fault | None = None
        self._count: int | None = None
        self._generation = 0
        self._listeners: list[Callable[[Fault | None], None]] = []

    def add_listener(self, listener: Callable[[Fault | None], None]) -> None:
        with self._lock:
            self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[Fault | None], None]) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def set(
        self,
        kind: str,
        *,
        paths: str | None = None,
        count: int | None = None,
        delay: float = 1.5,
        code: int | None = None,
        html: bool = False,
        reset_in: float = 60.0,
        unix_reset: bool = False,
    ) -> None:
        """Start showing a fault. ``count`` limits it to the next N matching requests."""
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {', '.join(KINDS)}")
        if code is None:
            code = 502 if kind == "html_error" else 500
        if kind == "status" and not 400 <= code <= 599:
            raise ValueError("status faults need an HTTP error code")
        fault = Fault(
            kind=kind,
            paths=paths,
            delay=float(delay),
            code=int(code),
            html=bool(html) or kind == "html_error",
            reset_at=time.time() + float(reset_in),
            unix_reset=bool(unix_reset),
        )
        if kind == "drip" and delay <= 0:
            raise ValueError("drip faults need a delay above zero")
        with self._lock:
            self._fault = fault
            self._count = None if count is None else int(count)
            self._generation += 1
            listeners = list(self._listeners)
        for listener in listeners:
            listener(fault)

    def clear(self) -> None:
        with self._lock:
            changed = self._fault is not None
            self._fault = None
            self._count = None
            self._generation += 1
            listeners = list(self._listeners)
        if changed:
            for listener in listeners:
                listener(None)

    @property
    def current(self) -> Fault | None:
        with self._lock:
            fault = self._fault
        if fault and fault.kind == "rate_limit" and fault.reset_at <= time.time():
            return None
        return fault

    @property
    def generation(self) -> int:
        """Changes each time a fault is set or cleared (not when a counted fault runs out)."""
        with self._lock:
            return self._generation

    @property
    def is_down(self) -> bool:
        fault = self.current
        return fault is not None and fault.kind == "down"

    def take(self, path: str) -> Fault | None:
        """The fault to show for this request (uses up one of ``count``), or None."""
        expired = False
        with self._lock:
            fault = self._fault
            if fault is None or not fault.applies_to(path):
                return None
            if fault.kind == "rate_limit" and fault.reset_at <= time.time():
                return None
            if self._count is not None:
                self._count -= 1
                if self._count <= 0:
                    self._fault = None
                    self._count = None
                    expired = True
            listeners = list(self._listeners) if expired else []
        for listener in listeners:
            listener(None)
        return fault

    def still(self, kind: str, path: str) -> bool:
        """Whether a fault of this kind still applies to the path (used by hanging requests)."""
        fault = self.current
        return fault is not None and fault.kind == kind and fault.applies_to(path)

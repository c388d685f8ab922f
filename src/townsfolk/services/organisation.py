"""An organisation's own town, named by its administrator in a small settings file.

``townsfolk-organisation.toml`` (or ``.json``) in ``/etc/townsfolk/`` or next to the app's
program file (README, "For organisations")::

    [organisation]
    name = "Example Ltd"
    town = "masto.example.com"
    logo = "example-logo.png"   # optional; relative to the file

The welcome wizard then starts with "Join your company's town". A file that cannot be read
or makes no sense is ignored with a line in the log: Townsfolk starts as usual.
"""

from __future__ import annotations

import json
import logging
import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from townsfolk.services.addresses import BadTownAddress, parse_town_address

__all__ = ["FILE_NAMES", "Organisation", "default_places", "load_organisation"]

log = logging.getLogger(__name__)
FILE_NAMES = ("townsfolk-organisation.toml", "townsfolk-organisation.json")
MAX_BYTES = 64 * 1024


@dataclass(frozen=True)
class Organisation:
    name: str
    town: str  # the town's name to show, e.g. masto.example.com
    address: str  # as the administrator wrote it (what the log-in is given)
    logo: Path | None
    source: Path


def default_places() -> list[Path]:
    """Where an administrator may put the file: system-wide first, then beside the program."""
    places = [Path("/etc/townsfolk")]
    program = Path(sys.executable if getattr(sys, "frozen", False) else sys.argv[0] or ".")
    places.append(program.resolve().parent)
    return places


def _read(path: Path) -> Organisation:
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        raise ValueError("the file is too big")
    text = raw.decode("utf-8")
    data = json.loads(text) if path.suffix == ".json" else tomllib.loads(text)
    section = data.get("organisation", data) if isinstance(data, dict) else None
    if not isinstance(section, dict):
        raise ValueError("no [organisation] section")
    name, town, logo = section.get("name"), section.get("town"), section.get("logo")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("'name' is missing")
    if not isinstance(town, str) or not town.strip():
        raise ValueError("'town' is missing")
    address = parse_town_address(town)
    logo_path: Path | None = None
    if isinstance(logo, str) and logo.strip():
        candidate = (path.parent / logo.strip()).resolve()
        if candidate.is_file():
            logo_path = candidate
        else:
            log.warning("Organisation file %s: the logo %s is not there; shown without", path, logo)
    return Organisation(
        name=name.strip()[:120],
        town=address.display_name,
        address=town.strip(),
        logo=logo_path,
        source=path,
    )


def load_organisation(places: Iterable[Path] | None = None) -> Organisation | None:
    """The first readable organisation file in ``places`` (default: `default_places()`)."""
    for folder in default_places() if places is None else places:
        for file_name in FILE_NAMES:
            path = Path(folder) / file_name
            try:
                if not path.is_file():
                    continue
                return _read(path)
            except (OSError, UnicodeError, ValueError, BadTownAddress) as exc:
                # tomllib.TOMLDecodeError and json.JSONDecodeError are ValueErrors
                log.warning("Organisation file %s ignored: %s", path, exc)
    return None

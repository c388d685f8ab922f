"""Where Townsfolk's shipped files live: help texts, the town directory, icons, translations.

In an installed wheel they sit inside the package (``townsfolk/resources``, ``townsfolk/i18n``);
in a source checkout they are the top-level ``resources/`` and ``i18n/`` folders. Both are
found without any configuration. No Qt here.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _locate(name: str) -> Path:
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    checkout = _PACKAGE_DIR.parent.parent / name  # src/townsfolk -> repository root
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"Townsfolk's {name} folder is missing from this installation; please reinstall."
    )


@cache
def resources_dir() -> Path:
    """The folder of shipped resources (help Markdown, icons, town directory)."""
    return _locate("resources")


@cache
def i18n_dir() -> Path:
    """The folder of translations (``*.ts`` sources and compiled ``*.qm``)."""
    return _locate("i18n")


def resource(*parts: str) -> Path:
    """Path of one shipped resource file, e.g. ``resource("help", "welcome.md")``."""
    return resources_dir().joinpath(*parts)


def read_text(*parts: str) -> str:
    """The text of one shipped resource file (UTF-8)."""
    return resource(*parts).read_text(encoding="utf-8")

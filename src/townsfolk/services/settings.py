"""The user's settings: declared once with typed defaults, stored as JSON in the profile.

Secrets never go here (they live in the OS keyring). Unknown keys from newer versions are kept,
so that going back and forth between versions loses nothing. A damaged file is moved aside and
the defaults are used, never a crash.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from townsfolk import paths

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1

SwitchBack = Literal["automatic", "ask"]
ColorScheme = Literal["system", "light", "dark"]


@dataclass(slots=True)
class Settings:
    """Every setting Townsfolk has, with its default."""

    #: Text size as a percentage of the system's normal size (for older eyes).
    text_scale: int = 100
    #: Show pictures marked sensitive without asking first.
    show_sensitive_media: bool = False
    #: Show a desktop notification when the window is not in front.
    desktop_notifications: bool = True
    #: How often to look for new posts, in seconds.
    refresh_interval: int = 120
    #: When the main town answers again after an outage: switch back by itself, or ask first.
    switch_back: SwitchBack = "automatic"
    #: Remind the user to describe each picture before posting.
    remind_picture_descriptions: bool = True
    #: Light or dark colours; "system" follows the computer's own choice.
    color_scheme: ColorScheme = "system"
    #: Disk space for downloaded pictures, in MB (the least recently seen go first).
    picture_cache_mb: int = 500
    #: Posts kept per list (People you follow, Your town...); older ones are fetched again.
    posts_kept_per_list: int = 2000
    #: When to remind, gently, that a backup account can be added (seconds since 1970):
    #: 0 not planned yet, -1 never ("Don't remind me again").
    backup_reminder_at: int = 0
    #: The language of the app ("de", "pt_BR"...); "" follows the computer. Used at start-up.
    language: str = ""
    #: Keys written by a newer version of Townsfolk, kept as they are.
    extra: dict[str, Any] = field(default_factory=dict)

    TEXT_SCALE_MIN = 80
    TEXT_SCALE_MAX = 250

    def clamp(self) -> None:
        """Bring every value back into its allowed range."""
        self.text_scale = max(self.TEXT_SCALE_MIN, min(self.TEXT_SCALE_MAX, int(self.text_scale)))
        self.refresh_interval = max(30, min(3600, int(self.refresh_interval)))
        self.picture_cache_mb = max(50, min(20_000, int(self.picture_cache_mb)))
        self.posts_kept_per_list = max(200, min(50_000, int(self.posts_kept_per_list)))
        if self.switch_back not in ("automatic", "ask"):
            self.switch_back = "automatic"
        if self.color_scheme not in ("system", "light", "dark"):
            self.color_scheme = "system"
        if not all(ch.isalnum() or ch == "_" for ch in self.language) or len(self.language) > 16:
            self.language = ""


_FIELDS = [name for name in Settings.__dataclass_fields__ if name != "extra"]


def _coerce(name: str, value: Any, default: Any) -> Any:
    if isinstance(default, bool):
        return value if isinstance(value, bool) else default
    if isinstance(default, int):
        return value if isinstance(value, int) and not isinstance(value, bool) else default
    if isinstance(default, str):
        return value if isinstance(value, str) else default
    return value


def load_settings(path: Path) -> Settings:
    """Read the settings file; missing or damaged files give the defaults."""
    settings = Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return settings
    except (OSError, ValueError):
        log.warning("The settings file could not be read; using the defaults.")
        _move_aside(path)
        return settings
    if not isinstance(raw, dict):
        _move_aside(path)
        return settings
    values = raw.get("settings", {})
    if not isinstance(values, dict):
        values = {}
    for name, value in values.items():
        if name in _FIELDS:
            setattr(settings, name, _coerce(name, value, getattr(settings, name)))
        else:
            settings.extra[name] = value
    settings.clamp()
    return settings


def save_settings(path: Path, settings: Settings) -> None:
    """Write the settings atomically (a crash leaves the old or the new file, never half)."""
    settings.clamp()
    values: dict[str, Any] = dict(settings.extra)
    values.update({name: getattr(settings, name) for name in _FIELDS})
    payload = json.dumps({"version": SETTINGS_VERSION, "settings": values}, indent=2)
    paths.write_private(path, payload, durable=True)


def _move_aside(path: Path) -> None:
    try:
        path.replace(path.with_suffix(path.suffix + ".damaged"))
    except OSError:
        log.warning("The damaged settings file could not be moved aside.")

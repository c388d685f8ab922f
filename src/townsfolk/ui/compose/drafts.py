"""The compose box's unsent text, saved as the person types (a small JSON file, written
atomically and synced, so a crash leaves the old or the new draft, never half of one)."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@dataclass
class ComposeState:
    text: str = ""
    spoiler_text: str = ""
    cw_enabled: bool = False
    visibility: str = "public"
    language: str = ""
    in_reply_to_id: str | None = None
    reply_to_handle: str = ""
    #: The post being answered, as plain text (shown above the box).
    reply_context: str = ""
    pictures: list[dict[str, str]] = field(default_factory=list)  # {"path", "description"}
    poll_enabled: bool = False
    poll_options: list[str] = field(default_factory=list)
    poll_expires_in: int = 86400
    poll_multiple: bool = False
    editing_item: int | None = None

    def is_empty(self) -> bool:
        return not (
            self.text.strip()
            or self.spoiler_text.strip()
            or self.pictures
            or any(o.strip() for o in self.poll_options)
        )


class DraftFile:
    """One draft per account, in the profile folder."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> ComposeState | None:
        try:
            raw: Any = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            log.warning("The saved draft could not be read; starting with an empty one.")
            return None
        if not isinstance(raw, dict):
            return None
        known = ComposeState.__dataclass_fields__
        try:
            return ComposeState(**{k: v for k, v in raw.items() if k in known})
        except TypeError:
            return None

    def save(self, state: ComposeState) -> None:
        if state.is_empty() and state.editing_item is None:
            self.clear()
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".draft-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(state), handle, ensure_ascii=False)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

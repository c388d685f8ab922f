"""Pictures of screens for the docs, made by the UI tests only when asked:
``TOWNSFOLK_SCREENSHOTS=docs/screenshots bash scripts/test.sh tests/ui``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def shot(widget: Any, name: str) -> None:
    """Save ``widget`` as ``name`` in the folder TOWNSFOLK_SCREENSHOTS names (if any)."""
    folder = os.environ.get("TOWNSFOLK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / name))

"""The wizard's progress, saved in the profile so it can be closed and resumed.

Everything the person typed is kept, except the password: that is never written anywhere.
The file is ``welcome-wizard.json`` in the profile folder; it is removed when the wizard ends.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

STATE_NAME = "welcome-wizard.json"
STATE_VERSION = 1


@dataclass
class WizardState:
    mode: str = "first_start"  # first_start | add_account | add_backup
    page: str = "welcome"
    history: list[str] = field(default_factory=list)
    path: str = ""  # new | existing | practice
    purpose: str = "main"  # main | backup
    main_account_id: int | None = None
    # picking a town
    topic: str = "good"
    search: str = ""
    language: str = ""
    town: str = ""
    reason: str = ""
    # the sign-up form (never the password)
    display_name: str = ""
    username: str = ""
    email: str = ""
    date_of_birth: str = ""
    agreed: bool = False
    #: The town whose rules were agreed to (a second sign-up starts unticked).
    agreed_town: str = ""
    # logging in
    login_address: str = ""
    # waiting and the backup account
    waiting_account_id: int | None = None
    follow_same: bool = True
    backup_choice: str = "later"  # later | signup | login (optional: "later" first)
    remind_backup_later: bool = False
    added_account_id: int | None = None
    #: The main account is a new one (signed up here or on the town's web page), not a log-in
    #: to an account she had: the main window then opens on People to follow (issue 11).
    new_account: bool = False


def state_path(profile: Path) -> Path:
    return profile / STATE_NAME


def load_state(profile: Path) -> WizardState | None:
    """The saved progress, or None (nothing saved, or the file is unreadable)."""
    try:
        raw = json.loads(state_path(profile).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        log.warning("The welcome wizard's saved progress could not be read; starting afresh.")
        return None
    if not isinstance(raw, dict) or raw.get("version") != STATE_VERSION:
        return None
    values = raw.get("state", {})
    state = WizardState()
    known = {f.name: f for f in fields(WizardState)}
    for name, value in values.items() if isinstance(values, dict) else ():
        if name in known and _same_kind(getattr(state, name), value):
            setattr(state, name, value)
    return state


def _same_kind(default: Any, value: Any) -> bool:
    if default is None:
        return value is None or (isinstance(value, int) and not isinstance(value, bool))
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, list):
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return isinstance(value, type(default)) and not isinstance(value, bool)


def save_state(profile: Path, state: WizardState) -> None:
    payload = json.dumps({"version": STATE_VERSION, "state": asdict(state)}, indent=1)
    profile.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".welcome-", dir=profile)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(payload)
        os.replace(tmp, state_path(profile))
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def clear_state(profile: Path) -> None:
    state_path(profile).unlink(missing_ok=True)

"""Logging for Townsfolk: a small rotating log file in the profile, with secrets scrubbed.

Nothing logged may contain an access token, a client secret, a log-in code or a password.
The code that handles them never logs them; this filter is the second line of defence: it
blanks anything that looks like one (``Bearer …``, ``access_token=…``, ``client_secret=…``,
``code=…``, ``password=…``) in every record, whoever wrote it.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import re
from pathlib import Path

LOG_NAME = "townsfolk.log"
_PATTERNS = [
    re.compile(r"(?i)(bearer\s+)[^\s\"',;]+"),
    re.compile(
        r"(?i)\b(access_token|refresh_token|client_secret|code_verifier|code|password|token)"
        r"([\"']?\s*[=:]\s*[\"']?)[^\s\"'&,;}]+"
    ),
]


def scrub_secrets(text: str) -> str:
    """``text`` with anything that looks like a secret replaced by ``***``."""
    text = _PATTERNS[0].sub(r"\1***", text)
    return _PATTERNS[1].sub(r"\1\2***", text)


class ScrubSecrets(logging.Filter):
    """A logging filter that scrubs secrets from the final message and any traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub_secrets(message)
        if cleaned != message or record.args:
            record.msg = cleaned
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            formatted = logging.Formatter().formatException(record.exc_info)
            record.exc_text = scrub_secrets(formatted)
            record.exc_info = None
        return True


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file that only its user may read (0600), also when it already
    existed with wider permissions, and for each new file after a rotation."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            if os.name == "posix":
                os.fchmod(fd, 0o600)
            return open(fd, "a", encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise


def setup_logging(logs_dir: Path, *, level: int = logging.INFO, to_stderr: bool = True) -> Path:
    """Send Townsfolk's (and its libraries') log records to a rotating file in ``logs_dir``
    (a folder private to the user; the files are 0600)."""
    logs_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(logs_dir, 0o700)
    path = logs_dir / LOG_NAME
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_townsfolk", False):
            root.removeHandler(handler)
            handler.close()
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = [
        PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    ]
    if to_stderr:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(ScrubSecrets())
        handler._townsfolk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    return path


def close_logging() -> None:
    """Detach and close the handlers that setup_logging added."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_townsfolk", False):
            root.removeHandler(handler)
            handler.close()

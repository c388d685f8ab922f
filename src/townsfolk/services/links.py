"""The one gate every web link passes before it reaches the person's computer.

Towns send links in many places: post bodies, link cards, video and sound attachments, a
post's own address ("Open in browser"), a town's terms and privacy pages. Handing such a URL to
the desktop (``QDesktopServices.openUrl``) would open *any* scheme the computer knows:
``file:`` (a local program or document), ``smb:`` (a network share that leaks the Windows
password hash), ``javascript:``, ``ms-settings:``, a custom app's handler. So every path asks
:func:`safe_external_url` first, and only ``https:``, ``http:`` and ``mailto:`` ever get
through; the UI shows a plain sentence for anything else.

Also refused, because they are how a link lies about where it goes or what it is:
- user names and passwords in the address (``https://bank.example@evil.example/``),
- control characters, spaces and bidi controls anywhere in the URL,
- addresses without a host (``https:///etc/passwd``, ``http:relative``),
- very long addresses (more than :data:`MAX_URL_CHARS` characters).
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urlsplit

__all__ = ["MAX_URL_CHARS", "SAFE_SCHEMES", "is_safe_external_url", "safe_external_url"]

MAX_URL_CHARS: Final = 4096
SAFE_SCHEMES: Final = frozenset({"https", "http", "mailto"})

# Controls (C0, DEL, C1), every kind of space, and the bidi/zero-width format characters.
_UNSAFE_CHARS: Final = re.compile(
    "[\x00-\x20\x7f-\xa0\u00ad\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f"
    "\u205f-\u206f\u3000\ufeff\ufff9-\ufffb]"
)
_SCHEME: Final = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")


def safe_external_url(url: object) -> str | None:
    """``url`` if it may be opened in the person's web browser or mail program, else ``None``.

    The answer has its scheme in lower case; nothing else is changed. Leading and trailing
    spaces are forgiven (servers sometimes send them); anything odd inside is refused."""
    if not isinstance(url, str):
        return None
    text = url.strip(" \t\r\n")
    if not text or len(text) > MAX_URL_CHARS or _UNSAFE_CHARS.search(text):
        return None
    match = _SCHEME.match(text)
    if match is None:
        return None
    scheme = match.group(1).lower()
    if scheme not in SAFE_SCHEMES:
        return None
    text = scheme + text[len(scheme) :]
    if scheme == "mailto":
        rest = text[len("mailto:") :]
        if not rest or rest.startswith("/") or "@" not in rest.split("?", 1)[0]:
            return None
        return text
    if not text.startswith(scheme + "://"):
        return None
    if "\\" in text:  # browsers read "\" as "/": "https:\\evil" or "https://a\@b"
        return None
    try:
        parts = urlsplit(text)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return None
    if not host or "@" in parts.netloc:
        return None
    return text


def is_safe_external_url(url: object) -> bool:
    return safe_external_url(url) is not None

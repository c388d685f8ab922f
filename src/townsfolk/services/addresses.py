"""Understanding the town address a person types.

People type a town in many ways: ``mastodon.social``, ``https://mastodon.social/``,
``@ann@mastodon.social``, ``ann@mastodon.social``, ``Mastodon.Social``, or an internationalised
name such as ``bücher.example``. :func:`parse_town_address` turns all of them into one
:class:`TownAddress`, or raises :class:`BadTownAddress` with a sentence the person can act on.

Rules:
- Only ``https`` is used for towns on the internet; an ``http://`` address of a named town is
  quietly upgraded to ``https``. Plain ``http`` is kept only for this computer (127.0.0.1, ::1,
  localhost), which is where the practice town lives.
- A numeric internet address without ``https`` is refused.
- An address with a page path (``mastodon.social/about``), a query or a password is refused.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import idna

from townsfolk.i18n import translate

_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_USERNAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


class BadTownAddress(ValueError):
    """What the person typed cannot be used as a town's address."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


@dataclass(frozen=True, slots=True)
class TownAddress:
    """A town's address, ready to connect to."""

    #: Where to connect, without a trailing slash: ``https://mastodon.social``.
    base_url: str
    #: The name to show people, in its own letters: ``bücher.example``.
    display_name: str
    #: The host as the network knows it (ASCII, punycode for international names).
    host: str
    #: The name before the town when the person typed a full address (``ann`` of ``@ann@x``).
    username: str | None = None

    @property
    def is_on_this_computer(self) -> bool:
        return _is_loopback(self.host)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _not_an_address() -> str:
    return translate(
        "Addresses",
        "That does not look like a town's address. A town's address looks like mastodon.social.",
    )


#: E-mail services people type by mistake where a town goes ("ann@gmail.com").
_MAIL_SERVICES = """
    gmail.com googlemail.com hotmail.com hotmail.co.uk hotmail.fr hotmail.de hotmail.it
    hotmail.es outlook.com outlook.de outlook.fr live.com live.co.uk live.fr msn.com
    yahoo.com yahoo.co.uk yahoo.fr yahoo.de yahoo.es yahoo.it ymail.com icloud.com me.com
    mac.com aol.com gmx.de gmx.net gmx.at gmx.ch gmx.com web.de t-online.de freenet.de
    proton.me protonmail.com pm.me mail.com mail.ru yandex.ru yandex.com orange.fr free.fr
    laposte.net wanadoo.fr libero.it virgilio.it seznam.cz wp.pl o2.pl onet.pl qq.com
    163.com 126.com naver.com hanmail.net comcast.net verizon.net btinternet.com
    sky.com zoho.com fastmail.com tutanota.com tuta.io posteo.de mailbox.org
"""
MAIL_SERVICES = frozenset(_MAIL_SERVICES.split())


def looks_like_email(text: str) -> bool:
    """Whether what was typed in a town box is an e-mail address rather than a town or a
    person's full address: ``name@`` one of the big e-mail services, or a name with a "+"
    (no town allows one). ``@ann@town`` and ``ann@town`` stay addresses of people."""
    raw = text.strip()
    if raw.startswith("@") or raw.count("@") != 1 or "/" in raw or any(c.isspace() for c in raw):
        return False
    name, _, host = raw.partition("@")
    host = host.lower().rstrip(".")
    if not name or "." not in host:
        return False
    return host in MAIL_SERVICES or "+" in name


def parse_town_address(text: str) -> TownAddress:
    """Turn what the person typed into a town address, or explain what is wrong."""
    raw = text.strip()
    if not raw:
        raise BadTownAddress(
            translate(
                "Addresses", "Please type the address of your town, for example mastodon.social."
            )
        )
    if len(raw) > 300 or any(ch.isspace() for ch in raw):
        raise BadTownAddress(_not_an_address())

    username: str | None = None
    scheme = "https"
    rest = raw
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*)://", raw)
    if match:
        scheme = match.group(1).lower()
        if scheme not in ("http", "https"):
            raise BadTownAddress(
                translate(
                    "Addresses",
                    "That is not the address of a town. "
                    "A town's address looks like mastodon.social.",
                )
            )
    else:
        # @ann@town, ann@town
        if raw.count("@") and "/" not in raw:
            name, _, rest = raw.lstrip("@").rpartition("@")
            if not name or not _USERNAME.match(name):
                raise BadTownAddress(
                    translate(
                        "Addresses",
                        "That does not look like a person's address. A full address looks like "
                        "@ann@mastodon.social.",
                    )
                )
            username = name
        rest = f"https://{rest}"

    try:
        parts = urlsplit(rest)
        port = parts.port
    except ValueError:
        raise BadTownAddress(_not_an_address()) from None
    if port == 0:  # no town can be reached on port 0 (found by tests/…/test_addresses_fuzz)
        raise BadTownAddress(_not_an_address())
    if parts.username or parts.password:
        raise BadTownAddress(
            translate(
                "Addresses",
                "Please type only the town's address, without a name or password in it. "
                "A town's address looks like mastodon.social.",
            )
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        host_hint = parts.hostname or translate("Addresses", "the town")
        raise BadTownAddress(
            translate(
                "Addresses",
                "That is the address of a page, not of a town. "
                "Please type just the town's name, like {town}.",
            ).format(town=host_hint)
        )
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise BadTownAddress(_not_an_address())

    display = host
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address | None
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        ip = None
    if ip is not None:
        if ip.is_loopback:
            pass
        elif scheme != "https":
            raise BadTownAddress(
                translate(
                    "Addresses",
                    "Townsfolk only talks to towns over a safe (https) connection, and this "
                    "address has none. Please use the town's name, like mastodon.social.",
                )
            )
        host_for_url = f"[{host}]" if ip.version == 6 else host
    else:
        try:
            ascii_host = idna.encode(host.lower(), uts46=True).decode("ascii")
            display = idna.decode(ascii_host)
        except idna.IDNAError:
            raise BadTownAddress(_not_an_address()) from None
        labels = ascii_host.split(".")
        if ascii_host != "localhost" and (
            len(labels) < 2 or not all(_LABEL.match(label) for label in labels)
        ):
            raise BadTownAddress(_not_an_address())
        if labels[-1].isdigit():
            raise BadTownAddress(_not_an_address())
        host = ascii_host
        host_for_url = host

    if scheme == "http" and not _is_loopback(host):
        scheme = "https"  # named towns on the internet: always the safe connection
    netloc = host_for_url if port is None else f"{host_for_url}:{port}"
    shown = display if port is None else f"{display}:{port}"
    return TownAddress(
        base_url=f"{scheme}://{netloc}", display_name=shown, host=host, username=username
    )


# --- Showing addresses: look-alike names in punycode ----------------------------------------

# Scripts that legitimately share a label (Chrome's and Firefox's IDN display rules).
_SCRIPT_COMBOS: tuple[frozenset[str], ...] = (
    frozenset({"LATIN", "CJK", "HIRAGANA", "KATAKANA"}),  # Japanese
    frozenset({"LATIN", "CJK", "BOPOMOFO"}),  # Chinese
    frozenset({"LATIN", "CJK", "HANGUL"}),  # Korean
)
# Cyrillic and Greek letters that look like Latin ones: a label made only of these
# ("аррӏе", "ѕсоре") is a look-alike even though it uses one script.
_LATIN_LOOKALIKES = frozenset(
    "аеорсухіјѕһԁԛԝӏɡвкмнтзԍ"  # Cyrillic
    "οαικνρτυχεϲ"  # Greek
)
_SCRIPT_ALIASES = {"IDEOGRAPHIC": "CJK", "HALFWIDTH": "KATAKANA", "FULLWIDTH": "LATIN"}
_MAX_SHOWN_HOST = 253


def _script(ch: str) -> str | None:
    """The script of a letter (``LATIN``, ``CYRILLIC``, …), ``None`` for digits and marks."""
    import unicodedata

    if ch.isascii():
        return "LATIN" if ch.isalpha() else None
    category = unicodedata.category(ch)
    if not category.startswith("L"):
        return None  # digits, hyphens, combining marks belong to no script
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    return _SCRIPT_ALIASES.get(first, first) or None


def _label_is_deceptive(label: str) -> bool:
    scripts = {s for s in map(_script, label) if s is not None}
    if len(scripts) > 1 and not any(scripts <= combo for combo in _SCRIPT_COMBOS):
        return True
    letters = [ch for ch in label if _script(ch) is not None]
    return bool(letters) and scripts <= {"CYRILLIC", "GREEK"} and set(letters) <= _LATIN_LOOKALIKES


def display_host(host: str) -> str:
    """How to show a town's name to people.

    International names are shown in their own letters (``bücher.example``), except when a
    part of the name mixes scripts (``pаypal.example`` with a Cyrillic "а") or is made only of
    letters that look like Latin ones (``аррӏе.example``): those are shown in their network
    form (``xn--pypal-4ve.example``), so a look-alike town cannot pass for another. A name
    that is not valid is shown as it came (it cannot be connected to anyway)."""
    text = host.strip().rstrip(".")
    if not text or len(text) > _MAX_SHOWN_HOST:
        return text[:_MAX_SHOWN_HOST]
    try:
        ascii_host = idna.encode(text.lower(), uts46=True).decode("ascii")
        unicode_host = idna.decode(ascii_host)
    except (idna.IDNAError, UnicodeError, ValueError):
        return text if text.isascii() else text.encode("ascii", "backslashreplace").decode()
    if unicode_host == ascii_host:
        return ascii_host
    if any(_label_is_deceptive(label) for label in unicode_host.split(".")):
        return ascii_host
    return unicode_host


def display_handle(acct: str, town: str = "") -> str:
    """A person's full address to show: ``@ann@bücher.example``, with the town part passed
    through :func:`display_host`. ``town`` completes a local ``acct`` (``ann``)."""
    name, _, host = acct.strip().lstrip("@").partition("@")
    host = host or town
    if not host:
        return "@" + name
    return f"@{name}@{display_host(host)}"

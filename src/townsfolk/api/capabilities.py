"""What a server is and what it can do: software name, version, feature flags."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from townsfolk.api.entities import Instance

__all__ = [
    "NOT_MASTODON_COMPATIBLE",
    "Capabilities",
    "ParsedVersion",
    "capabilities_from",
    "parse_version",
    "version_tuple",
]

# From pl-api (see server-compat.md).
_VERSION_RE = re.compile(r"^([\w+.-]*)(?: \(compatible; (\w*) (.*)\))?$")
_TUPLE_RE = re.compile(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?")

NOT_MASTODON_COMPATIBLE = frozenset(
    {"misskey", "calckey", "firefish", "foundkey", "hubzilla", "peertube", "lemmy", "kbin",
     "mbin", "writefreely", "bookwyrm", "diaspora", "funkwhale", "plume", "owncast"}
)  # fmt: skip

# api_versions.mastodon -> Mastodon release (docs: 2 = 4.3, 4 = 4.4, 7 = 4.5, 10 = 4.6).
_API_VERSION_RELEASES = ((10, (4, 6, 0)), (7, (4, 5, 0)), (4, (4, 4, 0)), (1, (4, 3, 0)))


def version_tuple(text: str) -> tuple[int, int, int]:
    """The leading "x.y.z" of a version string as a tuple ((0, 0, 0) if none)."""
    match = _TUPLE_RE.search(text or "")
    if not match:
        return (0, 0, 0)
    return (int(match.group(1)), int(match.group(2) or 0), int(match.group(3) or 0))


@dataclass(frozen=True)
class ParsedVersion:
    """A parsed `version` string.

    `compat`: the Mastodon API version it claims; `software`: lower-case name from a
    "(compatible; X ...)" clause or a "+suffix" (e.g. "pleroma", "glitch"), else None;
    `software_version`: that software's own version string (may be empty)."""

    raw: str
    compat: tuple[int, int, int]
    software: str | None
    software_version: str


def parse_version(text: str) -> ParsedVersion:
    """Parse "4.3.1", "4.2.0+glitch", "2.7.2 (compatible; Pleroma 2.6.0)",
    "3.5.3+0.16.0" (GoToSocial), "0.15.0+git-abc" and the like."""
    raw = (text or "").strip()
    match = _VERSION_RE.match(raw)
    if match and match.group(2):
        return ParsedVersion(
            raw=raw,
            compat=version_tuple(match.group(1)),
            software=match.group(2).lower(),
            software_version=(match.group(3) or "").strip(),
        )
    base = match.group(1) if match else raw.split(" ", 1)[0]
    main, _, suffix = base.partition("+")
    software: str | None = None
    software_version = ""
    if suffix:
        if re.match(r"^\d", suffix):  # "3.5.3+0.16.0": GoToSocial's own version
            software_version = suffix
        else:
            word = re.match(r"[A-Za-z]+", suffix)
            software = word.group(0).lower() if word else None
            software_version = suffix
    # Akkoma: "2.7.2 (compatible; Pleroma 2.5.0+akkoma)" is handled above; plain
    # "…Pleroma X+akkoma" ends up as software "akkoma" here.
    return ParsedVersion(
        raw=raw, compat=version_tuple(main), software=software, software_version=software_version
    )


@dataclass(frozen=True)
class Capabilities:
    """What a server is and supports.

    `software`: lower-case name ("mastodon", "pleroma", "akkoma", "gotosocial", "friendica",
    "pixelfed", "takahe", "misskey", ...; "unknown" if undetectable). `version`: the Mastodon
    API version it offers (for Mastodon itself its real version, from `api_versions` when
    newer). `software_version`: the software's own version text.
    """

    software: str
    version: tuple[int, int, int]
    software_version: str = ""
    raw_version: str = ""
    api_versions: dict[str, int] = field(default_factory=dict)
    mastodon_compatible: bool = True
    supports_pkce: bool = False
    supports_oauth_discovery: bool = False
    supports_v2_instance: bool = False
    supports_v2_media: bool = False
    supports_markers: bool = False
    supports_edit: bool = False
    supports_min_id: bool = False
    supports_remote_timeline: bool = False
    supports_grouped_notifications: bool = False
    supports_idempotency: bool = True
    supports_health: bool = True
    supports_registration_reason: bool = False
    supports_date_of_birth: bool = False
    redirect_uris_array: bool = False

    def at_least(self, major: int, minor: int = 0, patch: int = 0) -> bool:
        return self.version >= (major, minor, patch)


def capabilities_from(
    instance: Instance | None,
    nodeinfo_software: str | None = None,
    nodeinfo_version: str | None = None,
) -> Capabilities:
    """Work out `Capabilities` from the instance answer and/or nodeinfo's software."""
    raw = instance.version if instance else (nodeinfo_version or "")
    parsed = parse_version(raw)
    api_versions = dict(instance.api_versions) if instance else {}
    node = (nodeinfo_software or "").strip().lower() or None

    software = node or parsed.software or ("mastodon" if instance else "unknown")
    forks = {"glitch", "hometown", "chuckya", "fedibird", "git"}
    if software in forks:
        software = "mastodon"
    if parsed.software == "akkoma" or "akkoma" in parsed.software_version.lower():
        software = "akkoma" if software in {"pleroma", "mastodon"} else software
    compatible = software not in NOT_MASTODON_COMPATIBLE and instance is not None

    version = parsed.compat
    own_version = parsed.software_version
    if software == "mastodon":
        own_version = raw
        level = api_versions.get("mastodon", 0)
        for minimum, release in _API_VERSION_RELEASES:
            if level >= minimum:
                version = max(version, release)
                break
    if software == "gotosocial" and not own_version:
        own_version = nodeinfo_version or raw
    is_mastodon = software == "mastodon"
    own = version_tuple(own_version)

    if is_mastodon:
        supports_edit = version >= (3, 5, 0)
    elif software == "gotosocial":
        supports_edit = own >= (0, 18, 0)
    elif software == "friendica":
        supports_edit = own >= (2022, 12, 0)
    elif software in {"pleroma", "akkoma"}:
        supports_edit = own >= (2, 5, 0) or software == "akkoma"
    elif software == "takahe":
        supports_edit = version >= (0, 9, 0)  # PUT /api/v1/statuses/:id since 0.9
    else:
        supports_edit = version >= (3, 5, 0)

    return Capabilities(
        software=software,
        version=version,
        software_version=own_version,
        raw_version=raw,
        api_versions=api_versions,
        mastodon_compatible=compatible,
        supports_pkce=is_mastodon and version >= (4, 3, 0),
        supports_oauth_discovery=is_mastodon and version >= (4, 3, 0),
        supports_v2_instance=instance is not None and not instance.from_v1,
        supports_v2_media=version >= (3, 1, 3) or software != "mastodon",
        supports_markers=version >= (3, 0, 0) and software != "takahe",
        supports_edit=supports_edit,
        supports_min_id=version >= (2, 6, 0),
        supports_remote_timeline=version >= (3, 1, 4),
        supports_grouped_notifications=api_versions.get("mastodon", 0) >= 2,
        supports_idempotency=software != "takahe",
        supports_health=software != "takahe",
        supports_registration_reason=is_mastodon,
        supports_date_of_birth=is_mastodon and version >= (4, 4, 0),
        redirect_uris_array=is_mastodon and version >= (4, 3, 0),
    )

"""Write packaging/flatpak/python3-requirements.json: the Python packages of the Flatpak.

Takes the exact versions of requirements/app.lock, asks the package index for the files of each
version (wheels for x86_64 and aarch64 Linux, CPython 3.12 as in the KDE 6.8 runtime; pure
wheels where there are), and writes flatpak-builder sources with their sha256. Every file's hash
is checked against the lock file, so the Flatpak installs exactly what the tests ran with.
Run after scripts/update-lock.sh: `.venv-bundle/bin/python scripts/flatpak-sources.py`.
"""

from __future__ import annotations

import json
import re
import sys
import urllib.request
from pathlib import Path

from packaging.markers import Marker
from packaging.utils import parse_wheel_filename
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "app.lock"
DEV_LOCK = ROOT / "requirements" / "dev.lock"
OUT = ROOT / "packaging" / "flatpak" / "python3-requirements.json"
BUILD_OUT = ROOT / "packaging" / "flatpak" / "python3-build-tools.json"
# What building Townsfolk's own package needs (its build backend), removed from the app after.
BUILD_TOOLS = ("hatchling", "packaging", "pathspec", "pluggy", "trove-classifiers")
PYTHON = (3, 12)
ARCHES = {"x86_64": "x86_64", "aarch64": "aarch64"}
INDEX = "https://pypi.org/simple/{name}/"  # the JSON form of the simple index (PEP 691)


LINE = re.compile(r"^([A-Za-z0-9_.-]+)==(\S+)\s*(?:;\s*(.*?))?\s*((?:--hash=sha256:\w+\s*)+)")


def locked(lock: Path = LOCK) -> list[tuple[str, str, str | None, set[str]]]:
    """(name, version, marker, hashes) of each package in a lock file."""
    text = lock.read_text(encoding="utf-8").replace("\\\n", " ")
    out = []
    for line in text.splitlines():
        m = LINE.match(line)
        if m:
            hashes = set(re.findall(r"sha256:(\w+)", m.group(4)))
            out.append((m.group(1), m.group(2), m.group(3), hashes))
    return out


def wanted(marker: str | None, arch: str) -> bool:
    if not marker:
        return True
    env = {
        "python_version": f"{PYTHON[0]}.{PYTHON[1]}",
        "python_full_version": f"{PYTHON[0]}.{PYTHON[1]}.0",
        "sys_platform": "linux",
        "platform_system": "Linux",
        "platform_machine": arch,
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "os_name": "posix",
    }
    return Marker(marker).evaluate(env)


def fits(filename: str, arch: str) -> int:
    """0: does not fit; higher is better (pure wheels and exact CPython tags first)."""
    _name, _version, _build, tags = parse_wheel_filename(filename)
    best = 0
    for tag in tags:
        if tag.platform == "any":
            if tag.interpreter in ("py3", "py2.py3") or tag.interpreter == "cp312":
                best = max(best, 3)
            continue
        if "linux" not in tag.platform or not tag.platform.endswith(arch):
            continue
        if "musllinux" in tag.platform:
            continue
        if tag.interpreter == "cp312" and tag.abi in ("cp312", "abi3", "none"):
            best = max(best, 2)
        elif (
            tag.abi == "abi3"
            and tag.interpreter.startswith("cp3")
            and int(tag.interpreter[3:]) <= PYTHON[1]
        ):
            best = max(best, 1)
    return best


def files_of(name: str, version: str) -> list[dict[str, object]]:
    """The wheels of one version: filename, url and sha256."""
    request = urllib.request.Request(  # noqa: S310 (a fixed https address)
        INDEX.format(name=name), headers={"Accept": "application/vnd.pypi.simple.v1+json"}
    )
    with urllib.request.urlopen(request, timeout=60) as answer:  # noqa: S310
        files = json.load(answer)["files"]
    out = []
    for f in files:
        filename = str(f["filename"])
        if not filename.endswith(".whl") or f.get("yanked"):
            continue
        if str(parse_wheel_filename(filename)[1]) != str(Version(version)):
            continue
        out.append({"filename": filename, "url": f["url"], "sha256": f["hashes"]["sha256"]})
    return out


def module(
    name: str, packages: list[tuple[str, str, str | None, set[str]]]
) -> dict[str, object] | None:
    sources: list[dict[str, object]] = []
    names: list[str] = []
    for package, version, marker, hashes in packages:
        per_arch = {a: wanted(marker, a) for a in ARCHES}
        if not any(per_arch.values()):
            continue
        names.append(package)
        files = files_of(package, version)
        chosen: dict[str, dict[str, object]] = {}
        for arch in (a for a, yes in per_arch.items() if yes):
            ranked = sorted(files, key=lambda f: fits(str(f["filename"]), arch), reverse=True)
            if not ranked or fits(str(ranked[0]["filename"]), arch) == 0:
                print(f"No wheel of {package} {version} for {arch}", file=sys.stderr)
                return None
            chosen[arch] = ranked[0]
        unique = {str(f["filename"]): f for f in chosen.values()}
        for filename, f in unique.items():
            digest = str(f["sha256"])
            if digest not in hashes:
                print(f"{filename}: its hash is not in the lock file", file=sys.stderr)
                return None
            source: dict[str, object] = {"type": "file", "url": f["url"], "sha256": digest}
            arches = sorted(a for a, c in chosen.items() if c["filename"] == filename)
            if len(unique) > 1 or len(arches) < len(ARCHES):
                source["only-arches"] = arches
            sources.append(source)
    return {
        "name": name,
        "buildsystem": "simple",
        "build-commands": [
            "pip3 install --verbose --exists-action=i --no-index --find-links=file://${PWD}"
            " --prefix=${FLATPAK_DEST} --no-build-isolation " + " ".join(names)
        ],
        "sources": sources,
    }


def main() -> int:
    app = module("python3-requirements", locked())
    tools = module("python3-build-tools", [p for p in locked(DEV_LOCK) if p[0] in BUILD_TOOLS])
    if app is None or tools is None:
        return 1
    tools["cleanup"] = ["*"]
    for out, mod in ((OUT, app), (BUILD_OUT, tools)):
        out.write_text(json.dumps(mod, indent=2) + "\n", encoding="utf-8")
        count = len(mod["sources"])  # type: ignore[arg-type]
        print(f"Wrote {out.relative_to(ROOT)}: {count} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

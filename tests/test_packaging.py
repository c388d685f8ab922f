"""The wheel carries the resources and compiled translations, and they are found from it."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    (found,) = out.glob("townsfolk-*.whl")
    return found


def test_wheel_contains_resources_and_translations(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "townsfolk/resources/icons/townsfolk.svg" in names
    assert "townsfolk/resources/directory/fediverse-party-servers.json" in names
    for code in ("de", "es", "fr", "pt_BR", "ar"):  # issue 13: every language ships
        assert f"townsfolk/i18n/townsfolk_{code}.qm" in names
        assert f"townsfolk/resources/help/{code}/welcome.md" in names
    assert "townsfolk/app.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "townsfolk = townsfolk.app:main" in text


def test_installed_wheel_finds_its_files(wheel: Path, tmp_path: Path):
    """Unpack the wheel on its own (no checkout around it) and ask where the files are."""
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = (
        "import townsfolk.assets as a; "
        "print(a.resources_dir()); print(a.i18n_dir()); "
        "print(a.read_text('directory', 'fediverse-party-servers.json')[:1])"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {code}"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    lines = result.stdout.splitlines()
    assert lines[0] == str(target / "townsfolk" / "resources")
    assert lines[1] == str(target / "townsfolk" / "i18n")
    assert lines[2] == "{"


def test_compiled_translations_are_up_to_date(tmp_path: Path):
    """Each committed .qm is exactly what lrelease makes of its .ts today."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    sources = sorted((ROOT / "i18n").glob("*.ts"))
    assert sources
    for ts in sources:
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run(
            [str(lrelease), str(ts), "-qm", str(fresh)], check=True, capture_output=True, timeout=60
        )
        committed = ts.with_suffix(".qm")
        assert committed.exists(), (
            f"{committed.name} is missing: run scripts/update-translations.sh"
        )
        assert committed.read_bytes() == fresh.read_bytes(), (
            f"{committed.name} is stale: run scripts/update-translations.sh"
        )


def _locked_names(lock: Path) -> set[str]:
    names = set()
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line and not line[0].isspace() and "==" in line:
            names.add(_normalise(line.split("==", 1)[0]))
    return names


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(requirement: str) -> str:
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    assert match, requirement
    return _normalise(match.group(1))


@pytest.mark.parametrize(("lock", "extras"), [("app", ()), ("dev", ("test", "dev"))])
def test_lock_files_pin_every_dependency(lock: str, extras: tuple[str, ...]):
    """The scripts install the lock with --no-deps: a dependency missing from it would be missing
    on every fresh machine. After changing pyproject.toml run scripts/update-lock.sh."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"]]
    for extra in extras:
        wanted += project["optional-dependencies"][extra]
    locked = _locked_names(ROOT / "requirements" / f"{lock}.lock")
    missing = {_requirement_name(r) for r in wanted} - locked - {"townsfolk"}
    assert not missing, f"not in requirements/{lock}.lock: {sorted(missing)}"
    every_line = (ROOT / "requirements" / f"{lock}.lock").read_text(encoding="utf-8")
    assert "--hash=sha256:" in every_line

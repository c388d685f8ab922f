"""What desktops and software centres read: the .desktop file, AppStream metainfo, the hicolor
icons and the Flatpak manifest, kept in step with each other and with the lock file."""

from __future__ import annotations

import configparser
import json
import re
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.townsfolk.Townsfolk"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def commands() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return set(project.get("gui-scripts", {})) | set(project.get("scripts", {}))


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_desktop_file_names_the_app_id_icon_and_installed_command() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] in commands()
    assert entry["Categories"].endswith(";")


def test_the_app_tells_qt_the_same_desktop_file_name() -> None:
    source = (ROOT / "src" / "townsfolk" / "app.py").read_text()
    assert f'setDesktopFileName("{APP_ID}")' in source


def test_hicolor_icons_exist_at_every_size_and_match_the_app_icon() -> None:
    hicolor = PACKAGING / "icons" / "hicolor"
    for size in SIZES:
        assert png_size(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "townsfolk.svg").read_bytes()


def test_metainfo_launches_the_desktop_file() -> None:
    text = (PACKAGING / f"{APP_ID}.metainfo.xml").read_text()
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"].get("version")
    if version is None:
        init = (ROOT / "src" / "townsfolk" / "__init__.py").read_text()
        version = re.search(r'__version__ = "([^"]+)"', init).group(1)  # type: ignore[union-attr]
    assert f'<release version="{version}"' in text


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_metainfo_is_valid_appstream() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(PACKAGING / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-validate is not installed"
)
def test_desktop_file_is_valid() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not result.stdout.strip(), result.stdout


def lock_hashes(name: str) -> set[str]:
    return set(re.findall(r"sha256:(\w+)", (ROOT / "requirements" / name).read_text()))


def test_flatpak_manifest_installs_what_the_packaging_folder_holds() -> None:
    folder = PACKAGING / "flatpak"
    manifest = json.loads((folder / f"{APP_ID}.json").read_text())
    assert manifest["id"] == APP_ID
    assert manifest["command"] in commands()
    for module in manifest["modules"]:
        if isinstance(module, str):
            assert (folder / module).is_file(), module
    own = next(m for m in manifest["modules"] if isinstance(m, dict))
    build = " ".join(own["build-commands"])
    for needed in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", "icons/hicolor"):
        assert needed in build
        assert list(PACKAGING.rglob(Path(needed).name)), needed


def test_flatpak_python_packages_are_the_locked_ones() -> None:
    """Regenerate with scripts/flatpak-sources.py after scripts/update-lock.sh."""
    folder = PACKAGING / "flatpak"
    app = json.loads((folder / "python3-requirements.json").read_text())
    tools = json.loads((folder / "python3-build-tools.json").read_text())
    locked = lock_hashes("app.lock")
    for source in app["sources"]:
        assert source["sha256"] in locked, source["url"]
    dev = lock_hashes("dev.lock")
    for source in tools["sources"]:
        assert source["sha256"] in dev, source["url"]
    # Every package the app needs on Linux is installed by the build command.
    installed = set(app["build-commands"][0].split())
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    for requirement in dependencies:
        name = re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")
        if "sys_platform == 'win32'" in requirement:
            continue
        assert name in installed, name


class _Recorder:
    """Stands in for PyInstaller's spec names and remembers what the spec asked for."""

    def __init__(self) -> None:
        self.calls: dict[str, tuple[tuple[object, ...], dict[str, object]]] = {}

    def __getitem__(self, name: str) -> object:
        def record(*args: object, **kwargs: object) -> object:
            self.calls[name] = (args, kwargs)
            return type(name, (), {"pure": [], "scripts": [], "binaries": [], "datas": []})()

        return record


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_the_bundle_spec_for_each_system(platform: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """What Linux can check of the Windows and macOS builds: the spec's choices for them."""
    recorder = _Recorder()
    names = {n: recorder[n] for n in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    monkeypatch.setattr("sys.platform", platform)
    spec = PACKAGING / "townsfolk.spec"
    exec(compile(spec.read_text(), str(spec), "exec"), {"SPECPATH": str(PACKAGING), **names})
    _args, analysis = recorder.calls["Analysis"]
    for source, _target in analysis["datas"]:  # type: ignore[attr-defined]
        assert Path(source).is_dir(), source
    _args, exe = recorder.calls["EXE"]
    assert exe["console"] is False
    if platform == "linux":
        assert exe["icon"] is None
        assert "BUNDLE" not in recorder.calls
    else:
        assert Path(str(exe["icon"])).is_file()
    if platform == "darwin":
        _args, bundle = recorder.calls["BUNDLE"]
        assert bundle["bundle_identifier"] == APP_ID
        assert bundle["name"] == "Townsfolk.app"

"""An organisation's settings file names its town (issue 15): the wizard starts with "Join
your company's town" and logging in is one step; a malformed file changes nothing."""

from __future__ import annotations

import dataclasses
import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.ui.test_onboarding import (  # noqa: F401 - fixtures
    browser,
    db,
    fake_directory,
    make_wizard,
    press_next,
    until,
)
from townsfolk.services.organisation import FILE_NAMES, default_places, load_organisation
from townsfolk.ui.onboarding.wizard import WelcomeWizard

from .shots import shot


def write_file(folder: Path, text: str, name: str = "townsfolk-organisation.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_file_names_the_town_its_name_and_logo(tmp_path: Path) -> None:
    logo = QImage(64, 64, QImage.Format.Format_ARGB32)
    logo.fill(QColor("#1a5fb4"))
    assert logo.save(str(tmp_path / "logo.png"))
    write_file(
        tmp_path,
        '[organisation]\nname = "Maple Co-op"\ntown = "maple.practice"\nlogo = "logo.png"\n',
    )
    found = load_organisation([tmp_path])
    assert found is not None
    assert (found.name, found.town, found.address) == (
        "Maple Co-op",
        "maple.practice",
        "maple.practice",
    )
    assert found.logo == (tmp_path / "logo.png").resolve()
    # JSON works too, and the system-wide folder is read before the program's folder
    other = tmp_path / "json"
    write_file(
        other,
        '{"organisation": {"name": "B", "town": "harbour.practice"}}',
        "townsfolk-organisation.json",
    )
    assert load_organisation([other, tmp_path]).town == "harbour.practice"  # type: ignore[union-attr]


def test_the_real_places_are_etc_townsfolk_then_beside_the_program(
    tmp_path: Path, monkeypatch
) -> None:
    """Without folders given (as the app calls it): /etc/townsfolk first, then the folder of
    the program that was started (``sys.argv[0]``), or of the bundle's executable when
    Townsfolk runs frozen (PyInstaller)."""
    program_folder = tmp_path / "opt" / "townsfolk"
    program_folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "argv", [str(program_folder / "townsfolk"), "--x"])
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert default_places() == [Path("/etc/townsfolk"), program_folder.resolve()]

    bundle = tmp_path / "bundle"
    bundle.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle / "townsfolk"))
    assert default_places() == [Path("/etc/townsfolk"), bundle.resolve()]

    if any((Path("/etc/townsfolk") / name).exists() for name in FILE_NAMES):
        pytest.skip("this machine has a system-wide organisation file")
    assert load_organisation() is None  # nothing beside the bundle yet
    write_file(bundle, '[organisation]\nname = "Harbour Works"\ntown = "harbour.practice"\n')
    found = load_organisation()
    assert found is not None
    assert (found.name, found.source) == (
        "Harbour Works",
        bundle / "townsfolk-organisation.toml",
    )


def test_a_malformed_file_is_ignored_with_a_log_line(tmp_path: Path, caplog) -> None:
    cases = {
        "broken": "[organisation\nname = ",
        "no-town": '[organisation]\nname = "X"\n',
        "bad-town": '[organisation]\nname = "X"\ntown = "not a town at all!"\n',
        "not-text": "",
    }
    for folder, text in cases.items():
        write_file(tmp_path / folder, text)
    (tmp_path / "not-text" / "townsfolk-organisation.toml").write_bytes(b"\xff\xfe\x00bad")
    with caplog.at_level(logging.WARNING, logger="townsfolk.services.organisation"):
        for folder in cases:
            assert load_organisation([tmp_path / folder]) is None
    assert len([r for r in caplog.records if "ignored" in r.getMessage()]) == len(cases)
    assert load_organisation([tmp_path / "nothing-here"]) is None


async def test_the_wizard_starts_with_the_companys_town_and_logs_in_in_one_step(
    make_wizard,  # noqa: F811
    tmp_path: Path,
    maple,
    browser,  # noqa: F811
) -> None:
    maple.town.auto_approve_as = "ann"
    write_file(tmp_path, '[organisation]\nname = "Maple Co-op"\ntown = "maple.practice"\n')
    organisation = load_organisation([tmp_path])
    plain = make_wizard()
    assert plain.current_key == "welcome"  # no file: as before
    context = dataclasses.replace(plain.ctx, organisation=organisation)
    wizard = WelcomeWizard(context)
    wizard.show()
    try:
        assert wizard.current_key == "organisation"
        page = wizard.current
        assert page.title.text() == "Join your company's town"
        assert "Maple Co-op has its own town: maple.practice" in page.text.text()
        assert wizard.next_button.text() == "Log in to maple.practice"
        shot(wizard, "fediverse-organisation-wizard.png")
        press_next(wizard)  # the one step
        await until(lambda: wizard.current_key == "backup")
        assert browser.opened
        # the backup page still explains why a second town helps
        backup_text = " ".join(
            w.text() for w in wizard.pages["backup"].findChildren(type(page.text))
        )
        assert "backup" in backup_text.lower()
    finally:
        wizard.close()
        await wizard.settle()

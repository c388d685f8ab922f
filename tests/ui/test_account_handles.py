"""Own-account handles as people read them (issues 11 and 13): the account menu elides a long
handle with "…" and keeps all of it in the tooltip and the accessible text; international
towns are shown in their own letters (not ``xn--…``) in the menu and in Town status, and
look-alike towns stay in their network form."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from townsfolk.cache import Account, AccountRole
from townsfolk.services.session import Session
from townsfolk.ui.account_switcher import AccountSwitcher
from townsfolk.ui.town_status import TownStatusDialog

BUECHER = "xn--bcher-kva.example"  # bücher.example
LOOKALIKE = "xn--pypal-4ve.example"  # pаypal.example, with a Cyrillic "а"


@pytest.fixture
def session(profile_dir: Path) -> Iterator[Session]:
    opened = Session.open(profile_dir)
    try:
        yield opened
    finally:
        opened.db.close()


def add(session: Session, domain: str, username: str, backup_of: int | None = None) -> Account:
    return session.db.accounts.add(
        server_url=f"https://{domain}",
        server_domain=domain,
        handle=f"{username}@{domain}",
        remote_id="1" if backup_of is None else "2",
        display_name=username.title(),
        role=AccountRole.MAIN if backup_of is None else AccountRole.BACKUP,
        backup_of=backup_of,
    )


def test_long_handle_is_elided_with_the_whole_of_it_in_tooltip_and_accessible_text(
    qtbot: Any, session: Session
) -> None:
    name = "annemarie_" + "x" * 60
    account = add(session, "a-rather-long-town-name.example", name)
    switcher = AccountSwitcher()
    qtbot.addWidget(switcher)
    switcher.set_accounts([account], account.local_id)
    switcher.setFixedWidth(260)
    switcher.show()
    whole = f"@{name}@a-rather-long-town-name.example"
    shown = switcher.shown_lines()
    assert shown[1].endswith("…")
    assert len(shown[1]) < len(whole)
    assert whole.startswith(shown[1].removesuffix("…"))
    room = switcher.width()
    assert all(switcher.fontMetrics().horizontalAdvance(line) < room for line in shown)
    assert whole in switcher.toolTip()
    assert whole in switcher.accessibleDescription()
    assert whole in switcher.itemData(0, 11)  # Qt.AccessibleTextRole
    assert whole in switcher.itemData(0, 3)  # Qt.ToolTipRole: the entry in the open list
    switcher.grab()  # paints through the eliding paintEvent without trouble
    # Wide enough: nothing is cut.
    switcher.setFixedWidth(1400)
    assert switcher.shown_lines()[1] == whole


def test_switcher_shows_international_towns_in_their_own_letters(
    qtbot: Any, session: Session
) -> None:
    main = add(session, BUECHER, "ann")
    backup = add(session, LOOKALIKE, "ann", backup_of=main.local_id)
    switcher = AccountSwitcher()
    qtbot.addWidget(switcher)
    switcher.set_accounts([main, backup], main.local_id)
    assert switcher.itemText(0) == "Ann\n@ann@bücher.example"
    assert switcher.accessibleDescription() == "In use: your account @ann@bücher.example"
    assert "xn--" not in switcher.toolTip()
    # A look-alike town keeps its network form, so it cannot pass for another.
    assert "@ann@xn--pypal-4ve.example" in switcher.itemText(1)


def test_town_status_shows_international_towns_in_their_own_letters(
    qtbot: Any, session: Session
) -> None:
    main = add(session, BUECHER, "ann")
    add(session, BUECHER, "ann", backup_of=main.local_id)
    dialog = TownStatusDialog(session)
    qtbot.addWidget(dialog)
    towns = dialog.town_texts()
    assert towns[0].startswith("bücher.example\n")
    assert "Your account @ann@bücher.example" in towns[0]
    assert "Your backup account @ann@bücher.example" in towns[0]
    texts = [*towns, dialog.in_use_text, *dialog.follow_sync_texts()]
    assert not any("xn--" in text for text in texts)

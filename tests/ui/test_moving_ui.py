"""Moving towns, the part a person sees (issue 12): the wizard from the menu, bad files,
replace asking first, quitting in the middle, people who moved, the backup becoming home.

Real parts: a Session on a real SQLite file (in-memory keyring), the main window with pytest-qt,
two practice towns on 127.0.0.1. Everything waits on conditions (``eventually``), no sleeps.
Pictures for the docs with ``TOWNSFOLK_SCREENSHOTS=docs/screenshots``.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from tests.services.moving_support import FollowCounter, new_person
from tests.services.test_failover_support import FAST_MONITOR, add_account
from tests.services.test_moving_roundtrip import _set_up_old_town
from townsfolk import app as app_module
from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Notification
from townsfolk.cache import Account, AccountRole, FollowSync, JobState
from townsfolk.practice import moves
from townsfolk.practice.announcements import announced
from townsfolk.services.health import HISTORY_FILE_NAME, HealthMonitor, TownState
from townsfolk.services.moving.account_move import AccountMove, Step, load_move, save_move
from townsfolk.services.moving.csv_formats import FILE_NAMES, BadImportFile, Kind, read
from townsfolk.services.moving.import_ import IMPORT_JOB
from townsfolk.services.notifications import NotificationItem
from townsfolk.services.session import Session
from townsfolk.ui import moving
from townsfolk.ui.main_window import MainWindow
from townsfolk.ui.moving.moved import moved_line
from townsfolk.ui.moving.new_home_offer import BANNER_KEY
from townsfolk.ui.moving.wizard import MovingWizard
from townsfolk.ui.notifications_text import body_text
from townsfolk.ui.profile_view import ProfileView
from townsfolk.ui.style import apply_color_scheme

from .test_main_window_support import eventually, fast_client, open_window, posts_of, wait_rows

SHOTS = os.environ.get("TOWNSFOLK_SCREENSHOTS")


def picture(window: QWidget, dialog: QWidget | None, name: str) -> None:
    """The window at 1366×768 with the dialog on top (dimmed behind), for the docs."""
    if not SHOTS:
        return
    window.resize(1366, 768)
    canvas = window.grab()
    if dialog is not None:
        top = dialog.grab()
        painter = QPainter(canvas)
        painter.fillRect(canvas.rect(), QColor(0, 0, 0, 90))
        painter.drawPixmap(
            (canvas.width() - top.width()) // 2, (canvas.height() - top.height()) // 2, top
        )
        painter.end()
    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    assert canvas.save(str(Path(SHOTS) / f"moving-{name}.png"))


async def dark_picture(window: QWidget, dialog: QWidget | None, name: str) -> None:
    """The same in the dark colours (once every widget has them)."""
    if not SHOTS:
        return
    app = QApplication.instance()
    shown = dialog or window

    def base_lightness() -> float:
        return float(shown.palette().color(QPalette.ColorRole.Base).lightnessF())

    apply_color_scheme(app, "dark")  # type: ignore[arg-type]
    try:
        await eventually(lambda: base_lightness() < 0.5, 10)
        picture(window, dialog, name)
    finally:
        apply_color_scheme(app, "system")  # type: ignore[arg-type]
    await eventually(lambda: base_lightness() >= 0.5, 10)


@dataclass
class App:
    window: MainWindow
    session: Session
    accounts: list[Account]

    def add(self, town: Any, token: str, username: str, **options: Any) -> Account:
        account = add_account(
            self.session.db, self.session.secrets, town, token, username, **options
        )
        self.accounts.append(account)
        return account

    async def client(self, account: Account) -> MastodonClient:
        return await self.session.accounts_service.client_for(account)

    @property
    def jobs(self) -> Any:
        return self.window.moving  # type: ignore[attr-defined]


@contextlib.asynccontextmanager
async def moving_app(
    qtbot: Any,
    profile: Path,
    logins: list[tuple[Any, str, str]],
    *,
    monitor: HealthMonitor | None = None,
    backup: bool = False,
) -> AsyncIterator[App]:
    """A session with the given accounts (town, token, username; with ``backup`` the second
    is the backup of the first), the main window, and moving installed as app.py does."""
    session = Session.open(
        profile,
        client_factory=monitor.client_factory(timeout=3.0, max_retries=0, retry_backoff=0.0)
        if monitor is not None
        else fast_client,
        monitor=monitor,
        follow_sync_interval=None,
    )
    try:
        accounts: list[Account] = []
        for n, (town, token, username) in enumerate(logins):
            options: dict[str, Any] = {}
            if backup and n > 0:
                options = {"backup_of": accounts[0].local_id, "follow_sync": FollowSync.KEEP}
            accounts.append(
                add_account(session.db, session.secrets, town, token, username, **options)
            )
        window, _recorded = await open_window(qtbot, session)
        window.resize(1366, 768)
        moving.install(window, session, profile)
        try:
            yield App(window, session, accounts)
        finally:
            await window.moving.aclose()  # type: ignore[attr-defined]
            await window.aclose()
    finally:
        await session.aclose()


async def wait_next(wizard: MovingWizard, timeout: float = 30.0) -> None:
    await eventually(wizard.next_button.isEnabled, timeout)


async def press_next(wizard: MovingWizard) -> None:
    await wait_next(wizard)
    await wizard.go_next()


# ------------------------------------------------------------------ the whole move


async def test_the_whole_move_from_the_menu_brings_everything_over(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    new_person(harbour, "newann")
    async with moving_app(
        qtbot,
        profile_dir,
        [(maple, user_token(maple.domain), "ann")],
    ) as app:
        old = app.accounts[0]
        # ann@maple's follows (with settings), blocks, mutes, towns, bookmarks and lists.
        rig = _Rig(app)
        await _set_up_old_town(rig, maple, user_token)  # type: ignore[arg-type]
        before = await app.jobs.move.exporter.export(old)

        app.window.moving_actions["move"].trigger()
        wizard: MovingWizard = app.window.moving_wizard
        assert wizard.mode == "move"
        assert wizard.source == old
        assert wizard.heading.text() == "What do you want to take along?"
        picture(app.window, wizard, "1-what")
        await press_next(wizard)

        # Export: progress, then what was read (a copy stays in the profile).
        assert wizard.current() is wizard.export_page
        await wait_next(wizard)
        summary = wizard.export_page.summary.text()
        assert summary.startswith("Everything is read. The people you follow: 5"), summary
        assert str(profile_dir / "moving") in summary
        picture(app.window, wizard, "2-export")

        # No other account yet: add one (here as the welcome wizard would), then look again.
        await press_next(wizard)
        page = wizard.account_page
        assert page.none_yet.text() == "You have no other account yet. Add one first."
        assert not wizard.next_button.isEnabled()
        requested: list[bool] = []
        app.window.add_account_requested.connect(lambda: requested.append(True))
        page.add_button.click()
        assert requested == [True]
        new = app.add(harbour, user_token(harbour.domain, "newann"), "newann")
        page.again.click()
        assert page.chosen() == new  # the only one: chosen already
        picture(app.window, wizard, "3-account")
        await press_next(wizard)

        # Preview: adding is the default; nothing has changed yet.
        preview = wizard.preview_page
        await wait_next(wizard)
        assert preview.merge.isChecked()
        text = preview.summary.text()
        assert "The people you follow: To follow: 5." in text, text
        assert "Your lists: To put in lists: 4." in text, text
        assert not app.session.db.jobs.list(kind=IMPORT_JOB)
        picture(app.window, wizard, "4-preview")
        await dark_picture(app.window, wizard, "4-preview-dark")
        await press_next(wizard)

        # Import: progress, then results in plain words.
        importing = wizard.import_page
        assert wizard.current() is importing
        await eventually(lambda: importing.finished, 60)
        results = importing.results.text()
        assert "The people you follow: Now followed: 5." in results, results
        assert "The people you blocked: Blocked: 2." in results, results
        assert "could not" not in results, results
        assert importing.bar.value() == importing.bar.maximum()
        picture(app.window, wizard, "5-results")
        await dark_picture(app.window, wizard, "5-results-dark")
        await wizard.go_next()  # Close
        assert not wizard.isVisible()

        # Round trip: the new account exported gives the same files, byte for byte.
        after = await app.jobs.move.exporter.export(new)
        for kind in Kind:
            assert after.files[kind] == before.files[kind], kind


class _Rig:
    """What ``_set_up_old_town`` of the engine's round-trip test needs."""

    def __init__(self, app: App) -> None:
        self.app = app

    def add(self, town: Any, token: str, username: str) -> Account:
        for account in self.app.accounts:
            if account.handle == f"{username}@{town.domain}":
                return account
        return self.app.add(town, token, username)

    async def client(self, account: Account) -> MastodonClient:
        return await self.app.client(account)


# ------------------------------------------------------------------ files alone


def _following_file(path: Path, *accts: str) -> Path:
    path.write_text(
        "Account address,Show boosts,Notify on new posts,Languages\n"
        + "".join(f"{a},true,false,\n" for a in accts),
        encoding="utf-8",
    )
    return path


async def _following(app: App, account: Account) -> set[str]:
    client = await app.client(account)
    try:
        me = await client.verify_credentials()
        page = await client.following(me.id, limit=80)
        here = account.server_domain
        return {p.acct if "@" in p.acct else f"{p.acct}@{here}" for p in page.items}
    finally:
        await client.aclose()


async def _block(app: App, account: Account, acct: str) -> set[str]:
    """Block ``acct`` from ``account``; give everyone it blocks now."""
    client = await app.client(account)
    try:
        found = await client.search(acct, type="accounts", resolve=True)
        await client.block(found.accounts[0].id)
    finally:
        await client.aclose()
    return await _blocks(app, account)


async def _blocks(app: App, account: Account) -> set[str]:
    client = await app.client(account)
    try:
        page = await client.blocks(limit=80)
        here = account.server_domain
        return {p.acct if "@" in p.acct else f"{p.acct}@{here}" for p in page.items}
    finally:
        await client.aclose()


async def test_replace_shows_what_it_removes_and_asks_first(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any, tmp_path: Path
) -> None:
    async with moving_app(qtbot, profile_dir, [(maple, user_token(maple.domain), "ann")]) as app:
        ann = app.accounts[0]
        followed = await _following(app, ann)
        assert len(followed) >= 3, followed
        file = _following_file(tmp_path / "following_accounts.csv", sorted(followed)[0])

        app.window.moving_actions["import"].trigger()
        wizard: MovingWizard = app.window.moving_wizard
        assert wizard.file_page is not None
        wizard.file_page.use(file)
        assert wizard.file_page.about.text() == "This file has the people you follow: 1 lines."
        await press_next(wizard)
        assert wizard.account_page.chosen() == ann  # the account on screen
        await press_next(wizard)
        preview = wizard.preview_page
        await wait_next(wizard)
        preview.replace.setChecked(True)
        await eventually(lambda: preview.ready and preview.removals.isVisible())
        removed = [preview.removals.item(i).text() for i in range(preview.removals.count())]
        assert len(removed) == len(followed) - 1
        assert preview.removal_title.text() == (
            f"These would be removed from the account ({len(removed)}):"
        )
        picture(app.window, wizard, "6-replace")

        asked: list[list[str]] = []
        answer = [False]

        def confirm(labels: list[str]) -> bool:
            asked.append(labels)
            return answer[0]

        wizard.confirm_replace = confirm
        await wizard.go_next()  # "No": nothing starts, nothing changes
        assert asked == [removed]
        assert wizard.current() is preview
        assert not app.session.db.jobs.list(kind=IMPORT_JOB)
        assert await _following(app, ann) == followed

        answer[0] = True
        await wizard.go_next()
        await eventually(lambda: wizard.import_page.finished, 60)
        assert f"Removed: {len(removed)}." in wizard.import_page.results.text()
        assert len(await _following(app, ann)) == 1


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("contacts.csv", b"Name,Email,Phone\nAnn,ann@example.com,123\n"),
        ("following_accounts.csv", b"Account address\n\xff\xfe\xfa broken \xc3\x28\n"),
        ("following_accounts.csv", b"Account address\n" + b"bob@maple.practice\n" * 20_001),
        ("following_accounts.csv", b"x" * (20 * 1024 * 1024 + 10)),
    ],
    ids=["other-program", "broken-encoding", "too-many-lines", "too-big"],
)
async def test_a_bad_file_says_why_before_anything_is_applied(
    qtbot: Any,
    profile_dir: Path,
    maple: Any,
    user_token: Any,
    tmp_path: Path,
    name: str,
    content: bytes,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(BadImportFile) as expected:
        read(content[: 20 * 1024 * 1024 + 1], filename=name)
    async with moving_app(qtbot, profile_dir, [(maple, user_token(maple.domain), "ann")]) as app:
        app.window.moving_actions["import"].trigger()
        wizard: MovingWizard = app.window.moving_wizard
        assert wizard.file_page is not None
        wizard.file_page.use(path)
        assert wizard.file_page.problem.text() == expected.value.user_message
        assert wizard.file_page.problem.isVisible()
        assert not wizard.next_button.isEnabled()
        await wizard.go_next()
        assert wizard.current() is wizard.file_page
        assert not app.session.db.jobs.list(kind=IMPORT_JOB)
        if name == "contacts.csv":
            picture(app.window, wizard, "7-bad-file")


# ------------------------------------------------------------------ quitting in the middle


async def test_quitting_in_the_middle_goes_on_at_the_next_start(
    qtbot: Any,
    profile_dir: Path,
    maple: Any,
    harbour: Any,
    user_token: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    world = maple.town.world
    new_person(harbour, "newann")
    people = [f"mover{i:02d}" for i in range(8)]
    for username in people:
        new_person(maple, username)
    file = _following_file(
        tmp_path / "following_accounts.csv", *[f"{u}@maple.practice" for u in people]
    )
    counter = FollowCounter(world, monkeypatch)
    arrived, release = threading.Event(), threading.Event()

    def hold() -> None:  # the 3rd follow is applied; its answer waits (the app quits now)
        arrived.set()
        release.wait(30)

    counter.hooks[3] = hold
    logins = [(harbour, user_token(harbour.domain, "newann"), "newann")]
    try:
        async with moving_app(qtbot, profile_dir, logins) as app:
            app.window.moving_actions["import"].trigger()
            wizard: MovingWizard = app.window.moving_wizard
            assert wizard.file_page is not None
            wizard.file_page.use(file)
            await press_next(wizard)
            await press_next(wizard)
            await wait_next(wizard)
            await wizard.go_next()
            await eventually(arrived.is_set, 30)
            picture(app.window, wizard, "8-importing")
            # Quit: the window closes with the import in the middle.
    finally:
        release.set()
    jobs = Session.open(profile_dir).db.jobs
    unfinished = [j for j in jobs.unfinished() if j.kind == IMPORT_JOB]
    assert len(unfinished) == 1
    assert unfinished[0].progress_done < len(people)

    # The next start, as app.py does it: the import goes on by itself (its progress in the
    # status bar), and nobody is followed twice.
    window = app_module.build_window(profile_dir)
    qtbot.addWidget(window)
    session = await app_module.start_session(window, profile_dir)
    assert session is not None
    jobs = window.moving  # type: ignore[attr-defined]
    try:
        new = session.db.accounts.list()[0]
        assert "Move to another town…" in [
            a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()
        ]
        await eventually(
            lambda: all(j.state is JobState.DONE for j in session.db.jobs.list(kind=IMPORT_JOB)),
            60,
        )
        client = await session.accounts_service.client_for(new)
        try:
            me = await client.verify_credentials()
            followed = {p.acct for p in (await client.following(me.id, limit=80)).items}
        finally:
            await client.aclose()
        assert followed == {f"{u}@maple.practice" for u in people}
    finally:
        await jobs.aclose()
        await window.welcome_flow.aclose()  # type: ignore[attr-defined]
        await window.aclose()  # type: ignore[attr-defined]
        await session.aclose()
    assert counter.total == len(people)
    assert max(counter.counts.values()) == 1


# ------------------------------------------------------------------ people who moved


async def test_someone_who_moved_shows_everywhere_and_the_new_account_can_be_followed(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    world = maple.town.world
    with world.lock:
        bob = maple.town.person("bob").key
        jonas = harbour.town.person("jonas").key
    async with moving_app(qtbot, profile_dir, [(maple, user_token(maple.domain), "ann")]) as app:
        ann = app.accounts[0]
        client = await app.client(ann)
        try:
            found = await client.search("jonas@harbour.practice", type="accounts", resolve=True)
            jonas_id = found.accounts[0].id
            await client.unfollow(jonas_id)
            bob_id = (await client.lookup_account("bob")).id
            await client.follow(bob_id)
        finally:
            await client.aclose()
        # (posted before moving: a moved account's login is refused, as on Mastodon)
        async with MastodonClient(
            maple.base_url, access_token=user_token(maple.domain, "bob")
        ) as bob_client:
            await bob_client.post_status("My last post here: find me at harbour!")
        with moves.moved(world, bob, jonas):
            # Profile: the notice with "Follow the new account".
            view = app.window.open_profile("bob@maple.practice")
            assert isinstance(view, ProfileView)
            await eventually(lambda: view.moved.isVisible() and view.person is not None)
            assert view.moved_text.text().endswith(
                " has moved to @jonas@harbour.practice. Their new posts are there."
            )
            assert view.moved_follow.text() == "Follow the new account"
            picture(app.window, None, "9-moved-profile")
            view.moved_follow.click()
            await eventually(lambda: view.moved_follow.text() == "Following the new account ✓")
            client = await app.client(ann)
            try:
                relation = (await client.relationships([jonas_id]))[0]
            finally:
                await client.aclose()
            assert relation.following or relation.requested

            # Timelines: a line above the post, which opens the old profile.
            app.window.go_back()
            home = app.window.views["home"]
            await app.window.refresh_timeline("home")
            await wait_rows(home)
            home.show_new_posts()  # the "1 new post" button
            await eventually(lambda: any(p.account.moved is not None for p in posts_of(home)), 30)
            row = next(
                r
                for r in home.model.rows
                if r.kind == "post"
                and (r.item.status.reblog or r.item.status).account.moved
                and r.item.status.reblog is None
            )
            post = row.item.status
            assert moved_line(post.account, "maple.practice") == (
                f"{post.account.name} moved to @jonas@harbour.practice"
            )
            delegate = home.delegate
            layout = delegate.layout_for(row, delegate.width)
            assert layout.context is not None
            assert delegate.hit(row, layout.context.center()) == ("profile", post.account.acct)

            # Notifications: the same words under the sentence.
            note = Notification(id="1", type="follow", account=post.account)
            assert body_text(NotificationItem(note, read=False)) == moved_line(post.account)


# ------------------------------------------------------------------ the backup becomes home


async def test_the_backup_becomes_home_from_what_was_saved_when_the_old_town_is_gone(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    monitor = HealthMonitor(history_path=profile_dir / HISTORY_FILE_NAME, **FAST_MONITOR)
    logins = [
        (maple, user_token(maple.domain), "ann"),
        (harbour, user_token(harbour.domain), "ann"),
    ]
    async with moving_app(qtbot, profile_dir, logins, monitor=monitor, backup=True) as app:
        main, backup = app.accounts
        # While maple answered, the backup was kept following the same people (the saved
        # follow-sync lists); then two were lost on the backup.
        await app.session.follow_sync.sync(backup)
        client = await app.client(backup)
        try:
            me = await client.verify_credentials()
            lost = (await client.following(me.id, limit=80)).items[:2]
            for person in lost:
                await client.unfollow(person.id)
        finally:
            await client.aclose()
        maple.town.faults.set("down")
        app.window.poll_now()
        await eventually(lambda: monitor.state(maple.base_url) is TownState.NOT_ANSWERING, 30)
        offer = app.window.new_home_offer  # type: ignore[attr-defined]
        assert not await offer.check()  # down for a moment only: no offer
        assert not app.window.banner.has(BANNER_KEY)
        offer.clock = lambda: time.time() + 4 * 86400 + 60  # four days later
        assert await offer.check()
        banner = app.window.banner
        assert banner.has(BANNER_KEY)
        text = next(t for t in banner.texts() if "your home" in t)
        assert text.startswith("maple.practice has not answered for about 4 days."), text
        assert "Make @ann@harbour.practice your home?" in text
        picture(app.window, None, "10-new-home-offer")

        banner.action_clicked.emit(BANNER_KEY)
        await eventually(
            lambda: (
                (a := app.session.db.accounts.get(backup.local_id)) is not None
                and a.role is AccountRole.MAIN
            ),
            60,
        )
        await eventually(lambda: any("is now your home" in t for t in banner.texts()), 30)
        done = next(t for t in banner.texts() if "is now your home" in t)
        assert "came from what Townsfolk had saved" in done, done
        assert "Now followed: " in done, done
        old = app.session.db.accounts.get(main.local_id)
        assert old is not None
        assert old.role is AccountRole.BACKUP
        assert old.backup_of == backup.local_id
        await eventually(lambda: app.window.account is not None)
        assert app.window.account.local_id == backup.local_id  # type: ignore[union-attr]
        assert not banner.has("outage")  # "using your backup": it is the home now
        assert app.jobs.status_label.isHidden()
        picture(app.window, None, "11-new-home-done")
        maple.town.faults.clear()
        assert {p.acct for p in lost} <= await _following(app, backup)  # followed again


async def test_a_town_that_says_it_is_closing_gets_the_offer(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    logins = [
        (maple, user_token(maple.domain), "ann"),
        (harbour, user_token(harbour.domain), "ann"),
    ]
    async with moving_app(qtbot, profile_dir, logins, backup=True) as app:
        offer = app.window.new_home_offer  # type: ignore[attr-defined]
        assert not await offer.check()  # an ordinary day: nothing
        with announced(maple.town):
            assert await offer.check()
        text = next(t for t in app.window.banner.texts() if "your home" in t)
        assert text.startswith("maple.practice says it is closing: “Dear neighbours"), text


# ------------------------------------------------------------------ saving files alone


async def test_saving_my_follows_and_lists_writes_the_files_into_the_chosen_folder(
    qtbot: Any, profile_dir: Path, maple: Any, user_token: Any, tmp_path: Path
) -> None:
    async with moving_app(qtbot, profile_dir, [(maple, user_token(maple.domain), "ann")]) as app:
        app.window.moving_actions["export"].trigger()
        wizard: MovingWizard = app.window.moving_wizard
        assert wizard.what_page is not None
        folder = tmp_path / "my files"
        wizard.choose_folder = lambda start: folder
        wizard.what_page.set_folder(folder)
        wizard.what_page.boxes[Kind.BOOKMARKS].setChecked(False)
        await press_next(wizard)
        await wait_next(wizard)
        assert wizard.next_button.text() == "Close"
        names = sorted(p.name for p in folder.iterdir())
        assert names == sorted(FILE_NAMES[k] for k in Kind if k is not Kind.BOOKMARKS), names
        assert all((folder / n).stat().st_mode & 0o777 == 0o600 for n in names)
        assert f"The files are in {folder}." in wizard.export_page.summary.text()
        await wizard.go_next()
        assert not wizard.isVisible()


# ------------------------------------------------------------------ moving the whole account


async def test_moving_the_whole_account_step_by_step_remembers_the_place_and_brings_everything(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    world = maple.town.world
    new_person(harbour, "newann")
    with world.lock:
        ann_key = maple.town.person("ann").key
        new_key = harbour.town.person("newann").key
    logins = [
        (maple, user_token(maple.domain), "ann"),
        (harbour, user_token(harbour.domain, "newann"), "newann"),
    ]
    opened: list[str] = []
    async with moving_app(qtbot, profile_dir, logins) as app:
        old, new = app.accounts
        wanted = await _following(app, old)
        blocked = await _block(app, old, "eli@maple.practice")
        dialog = moving.open_account_move(
            app.window, open_url=lambda url: opened.append(url.toString()), poll_interval=0.05
        )
        assert dialog is not None
        dialog.choose(new.local_id)
        picture(app.window, dialog, "12-whole-account")
        dialog.posts_button.click()
        assert opened == [f"{maple.base_url}/settings/export"]
        label = dialog.steps[Step.ALIAS][0].text()
        assert "type your old address: @ann@maple.practice" in label, label
        dialog.alias_button.click()
        assert opened[-1] == f"{harbour.base_url}/settings/aliases"
        dialog.close()

        # Townsfolk was closed and opened again: the move is where it was.
        assert load_move(profile_dir) == AccountMove(old.local_id, new.local_id, Step.MOVE)
        dialog = moving.open_account_move(
            app.window, open_url=lambda url: opened.append(url.toString()), poll_interval=0.05
        )
        assert dialog is not None
        assert dialog.step is Step.MOVE
        label = dialog.steps[Step.MOVE][0].text()
        assert "type your new address: @newann@harbour.practice" in label, label
        # Everything is saved from the old account before its page opens: once it has
        # moved, its town refuses it ("Your login is currently disabled").
        dialog.migration_button.click()
        await eventually(lambda: opened[-1] == f"{maple.base_url}/settings/migration")
        saved = load_move(profile_dir)
        assert saved is not None
        assert saved.saved_export is not None
        await eventually(lambda: "does not say it moved yet" in dialog.status.text())
        await dark_picture(app.window, dialog, "13-whole-account-waiting-dark")

        # The person moved on the old town's page: Townsfolk sees it and brings everything.
        with moves.moved(world, ann_key, new_key):
            await eventually(lambda: dialog.step is Step.DONE, 60)
        status = dialog.status.text()
        assert status.startswith("You have moved to @newann@harbour.practice."), status
        assert "You can move again after " in status
        assert "The people you follow: Now followed: " in status, status
        picture(app.window, dialog, "14-whole-account-done")
        assert app.window.account is not None
        assert app.window.account.local_id == new.local_id  # the new account on screen
        saved = load_move(profile_dir)
        assert saved is not None
        assert saved.step is Step.DONE
        assert saved.moved_at is not None
        assert "could not" not in status, status
        assert blocked <= await _blocks(app, new)  # read before the move, brought after it
        missing = wanted - await _following(app, new)
        client = await app.client(new)
        try:  # people who approve their followers: asked
            for acct in missing:
                found = await client.search(acct, type="accounts", resolve=True)
                relation = (await client.relationships([found.accounts[0].id]))[0]
                assert relation.requested, acct
        finally:
            await client.aclose()


async def test_after_the_move_with_nothing_saved_the_refusal_is_said_plainly(
    qtbot: Any, profile_dir: Path, maple: Any, harbour: Any, user_token: Any
) -> None:
    """A move begun before Townsfolk saved first (nothing saved): the old town refuses the
    moved account, and the dialog says what to do instead of an error."""
    world = maple.town.world
    new_person(harbour, "newann")
    with world.lock:
        ann_key = maple.town.person("ann").key
        new_key = harbour.town.person("newann").key
    logins = [
        (maple, user_token(maple.domain), "ann"),
        (harbour, user_token(harbour.domain, "newann"), "newann"),
    ]
    async with moving_app(qtbot, profile_dir, logins) as app:
        old, new = app.accounts
        save_move(profile_dir, AccountMove(old.local_id, new.local_id, Step.CHECK))
        with moves.moved(world, ann_key, new_key):
            dialog = moving.open_account_move(app.window, open_url=print, poll_interval=0.05)
            assert dialog is not None
            await eventually(lambda: "nothing was saved before the move" in dialog.status.text())
            status = dialog.status.text()
            assert "download your files on maple.practice's export page" in status, status
            assert dialog.step is Step.BRING
            assert dialog.bring_again.isVisible()


async def test_pause_stops_in_the_middle_and_go_on_finishes_without_doing_anything_twice(
    qtbot: Any,
    profile_dir: Path,
    maple: Any,
    harbour: Any,
    user_token: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new_person(harbour, "newann")
    people = [f"pauser{i:02d}" for i in range(6)]
    for username in people:
        new_person(maple, username)
    file = _following_file(
        tmp_path / "following_accounts.csv", *[f"{u}@maple.practice" for u in people]
    )
    counter = FollowCounter(maple.town.world, monkeypatch)
    arrived, release = threading.Event(), threading.Event()

    def hold() -> None:
        arrived.set()
        release.wait(30)

    counter.hooks[2] = hold
    logins = [(harbour, user_token(harbour.domain, "newann"), "newann")]
    try:
        async with moving_app(qtbot, profile_dir, logins) as app:
            app.window.moving_actions["import"].trigger()
            wizard: MovingWizard = app.window.moving_wizard
            assert wizard.file_page is not None
            wizard.file_page.use(file)
            await press_next(wizard)
            await press_next(wizard)
            await wait_next(wizard)
            await wizard.go_next()
            page = wizard.import_page
            await eventually(arrived.is_set, 30)
            page.pause_button.click()
            await eventually(page.resume_button.isVisible)
            assert page.sentence.text().startswith("Paused.")
            job = app.session.db.jobs.get(wizard.job_ids[0])
            assert job is not None
            assert job.state is JobState.PAUSED
            release.set()
            page.resume_button.click()
            await eventually(lambda: page.finished, 60)
            assert "Now followed: 6." in page.results.text(), page.results.text()
            assert await _following(app, app.accounts[0]) == {f"{u}@maple.practice" for u in people}
    finally:
        release.set()
    assert counter.total == len(people)
    assert max(counter.counts.values()) == 1

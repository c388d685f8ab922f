"""The app as a person starts it: ``python -m townsfolk --profile DIR`` with an account stored
for a practice town served by this test. The window shows the saved posts (the town is down,
so they can only come from the cache) and says it is offline.

The child process reads the account's login from a keyring kept in a file for this test only
(``PYTHON_KEYRING_BACKEND`` names :class:`FileKeyring`), in the test's temporary folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

from townsfolk.api.client import MastodonClient
from townsfolk.cache import Database
from townsfolk.services.secrets import SecretStore
from townsfolk.services.timelines import Timeline

REPO = Path(__file__).resolve().parents[2]
KEYRING_FILE_ENV = "TOWNSFOLK_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    """A keyring in a JSON file named by ``TOWNSFOLK_TEST_KEYRING_FILE`` (tests only).

    Viable only where that variable is set (the child process), so keyring's discovery in the
    test process itself never picks it up.
    """

    @properties.classproperty
    def priority(cls) -> float:
        if KEYRING_FILE_ENV not in os.environ:
            raise RuntimeError(f"{KEYRING_FILE_ENV} is not set")
        return 1

    def _path(self) -> Path:
        return Path(os.environ[KEYRING_FILE_ENV])

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path().read_text()))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path().write_text(json.dumps(data))


CHECK = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
waited = 0
def check():
    global waited
    from townsfolk.ui.main_window import MainWindow
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    w = windows[0] if windows else None
    ready = w is not None and "home" in w.views and w.offline
    if ready and w.views["home"].model.rowCount() > 0:
        rows = w.views["home"].model.rows
        print("TITLE", w.windowTitle(), flush=True)
        print("ROWS", len(rows), flush=True)
        print("FIRST", rows[0].item.post_id, flush=True)
        print("BANNER", w.banner.text(), flush=True)
        app.quit()
        return
    waited += 1
    if waited > 600:
        print("GAVE UP", flush=True)
        app.quit()
        return
    QTimer.singleShot(50, check)
QTimer.singleShot(0, check)
from townsfolk.app import main
sys.exit(main(["--profile", sys.argv[1]]))
"""


async def test_the_app_starts_and_shows_the_saved_timeline(
    tmp_path: Path, maple: Any, user_token: Any
) -> None:
    profile = tmp_path / "profile-for-app"
    keyring_file = tmp_path / "keyring.json"
    os.environ[KEYRING_FILE_ENV] = str(keyring_file)
    try:
        token = user_token(maple.domain)
        async with MastodonClient(maple.base_url, access_token=token) as client:
            me = await client.verify_credentials()
            db = Database.open(profile / "townsfolk.db")
            try:
                account = db.accounts.add(
                    server_url=maple.base_url,
                    server_domain=maple.domain,
                    handle=f"ann@{maple.domain}",
                    remote_id=me.id,
                    display_name=me.display_name,
                )
                SecretStore(FileKeyring()).set_token(account.local_id, token)
                timeline = Timeline(db, client, account.local_id, "home")
                timeline.open()
                await timeline.refresh()
                saved = timeline.items
                timeline.close()
            finally:
                db.close()
        assert saved

        maple.town.faults.set("down")  # what shows can only come from the cache
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            PYTHON_KEYRING_BACKEND="tests.ui.test_app_flow.FileKeyring",
            PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
        )
        result = subprocess.run(  # noqa: ASYNC221 (the child has its own event loop)
            [sys.executable, "-c", CHECK, str(profile)],
            capture_output=True,
            text=True,
            timeout=90,
            env=env,
            cwd=REPO,
            check=False,
        )
    finally:
        maple.town.faults.clear()
        os.environ.pop(KEYRING_FILE_ENV, None)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert "GAVE" not in lines, result.stdout + result.stderr
    assert lines["TITLE"] == "Townsfolk — @ann@maple.practice"
    assert int(lines["ROWS"]) >= min(len(saved), 40)
    assert lines["FIRST"] == saved[0].post_id
    assert lines["BANNER"].startswith("You are offline; showing saved posts")
    assert token not in (profile / "townsfolk.db").read_bytes().decode("latin-1")

"""Practice mode: "Try a practice town first (nothing leaves your computer)".

:meth:`PracticeMode.start` builds a practice world in this process (no network at all: every
request goes through ``httpx.ASGITransport`` to the world's ASGI app), gives it its own
database in the ``practice/`` sub-folder of the profile and its own in-memory secret store,
and logs in as a sample person. Nothing practice-related reaches the real database or the
real keyring, and the sub-folder is emptied at every start (the world is new each time).

A second practice account (to try moving, "Bring in follows" or a backup account):
:meth:`PracticeSession.add_account` makes the person a new account on another practice town
and logs it in the same way, its token in the practice's secret store like the first one's.

The towns' own web pages (``/settings/migration`` and the others a person opens in the
browser) are the exception: :class:`PracticePages` serves them on 127.0.0.1, started the first
time one is opened and stopped with the practice.

No Qt here: the wizard starts it, the main window shows the "Practice" badge.
"""

from __future__ import annotations

import secrets as random_secrets
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

import httpx
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from townsfolk import paths
from townsfolk.api.client import MastodonClient
from townsfolk.cache import Account, AccountRole, AccountState, Database, MediaCache
from townsfolk.services.accounts import AccountsService
from townsfolk.services.media_loader import AddressPolicy, MediaLoader
from townsfolk.services.secrets import Secret, SecretStore

if TYPE_CHECKING:  # the practice town's server code is imported only when it starts
    from townsfolk.practice import World
    from townsfolk.practice.page_server import PageServer

__all__ = ["PRACTICE_FOLDER", "MemoryKeyring", "PracticeMode", "PracticePages", "PracticeSession"]

PRACTICE_FOLDER = "practice"
DEFAULT_TOWN = "maple.practice"
DEFAULT_PERSON = "ann"


class MemoryKeyring(KeyringBackend):
    """Secrets for the practice towns: kept in memory, forgotten when practice ends."""

    priority = 0  # never chosen by keyring on its own

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self._store[(service, username)]
        except KeyError:
            raise PasswordDeleteError(username) from None

    def __len__(self) -> int:
        return len(self._store)


class PracticePages:
    """The practice towns' web pages in the person's browser.

    :meth:`address` turns ``https://maple.practice/settings/migration`` into the address of the
    same page on this computer (``http://127.0.0.1:<port>/settings/migration``), serving the
    practice's own world, so what the person does there is what Townsfolk sees. The server
    starts the first time a page is asked for and :meth:`stop` ends it. Any other address
    comes back unchanged.

    A settings page (``/settings/...``) opens signed in: the address carries a one-time
    sign-in for the person's account on that town (when Townsfolk has exactly one there), so
    the practice person never needs a password nobody told them; see
    ``townsfolk.practice.routes.web_session`` for why a one-time sign-in.
    """

    def __init__(self, world: World, db: Database) -> None:
        self.world = world
        self.db = db
        self._server: PageServer | None = None
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        return self._server is not None

    def address(self, url: str) -> str:
        parts = urlsplit(url)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            return url
        if not parts.hostname.endswith(".practice"):
            return url
        town = self.world.find_town(parts.hostname)
        if town is None:
            return url
        base = urlsplit(self._started().base_url(town.domain))
        query = parts.query
        if parts.path.startswith("/settings/"):
            token = self._sign_in(town.domain)
            if token is not None:
                from townsfolk.practice.routes.web_session import SIGN_IN

                query = f"{query}&{SIGN_IN}={token}" if query else f"{SIGN_IN}={token}"
        return urlunsplit((base.scheme, base.netloc, parts.path or "/", query, parts.fragment))

    def stop(self) -> None:
        with self._lock:
            server, self._server = self._server, None
        if server is not None:
            server.stop()

    def _started(self) -> PageServer:
        with self._lock:
            if self._server is None:
                from townsfolk.practice.page_server import PageServer

                server = PageServer(self.world)
                server.start()
                self._server = server
            return self._server

    def _sign_in(self, domain: str) -> str | None:
        """A one-time sign-in for the one account Townsfolk has on ``domain``, if one."""
        from townsfolk.practice.routes.web_session import one_time_sign_in

        mine = [
            a
            for a in self.db.accounts.list()
            if a.server_domain == domain and a.state is AccountState.ACTIVE
        ]
        if len(mine) != 1:
            return None
        username = mine[0].handle.split("@")[0]
        with self.world.lock:
            town = self.world.town(domain)
            pk = self.world.handles.get((town.domain, username.lower()))
        if pk is None:
            return None
        return one_time_sign_in(town, pk)


@dataclass(frozen=True, slots=True)
class PracticeSession:
    """What the main window needs to show practice mode."""

    world: World
    db: Database
    secrets: SecretStore
    accounts: AccountsService
    account: Account
    transport: httpx.AsyncBaseTransport
    #: The towns' web pages in the browser (served on 127.0.0.1 once one is opened).
    pages: PracticePages = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pages", PracticePages(self.world, self.db))

    def client_factory(self, base_url: str, token: str | None) -> MastodonClient:
        return MastodonClient(base_url, access_token=token, transport=self.transport)

    def other_town(self) -> str:
        """The practice town for a second account: the first one where the person has no
        account yet (else any other than the first account's). Only the Mastodon towns: the
        practice's other kinds of server are there to be visited, not lived in."""
        towns = [t.domain for t in self.world.towns if t.profile.software == "mastodon"]
        used = {a.server_domain for a in self.db.accounts.list()}
        free = [domain for domain in towns if domain not in used]
        if free:
            return free[0]
        return next((d for d in towns if d != self.account.server_domain), towns[0])

    async def add_account(self, domain: str, *, backup_of: Account | None = None) -> Account:
        """Make the practice person a new account on the practice town ``domain`` (same
        name, an unused username) and log it in: a main account, or a backup of
        ``backup_of``. Its token goes to the practice's secret store, like the first's."""
        username = self.account.handle.split("@")[0] or DEFAULT_PERSON
        with self.world.lock:
            town = self.world.town(domain)
            wanted, n = username, 2
            while (town.domain, wanted.lower()) in self.world.handles:
                wanted, n = f"{username}{n}", n + 1
            self.world.add_person(
                town.domain,
                wanted,
                self.account.display_name,
                created_at=self.world.anchor,
                password=random_secrets.token_urlsafe(18),
            )
        return await _log_in_seeded(
            self.accounts, self.client_factory, self.world, town.domain, wanted, backup_of=backup_of
        )

    def media_loader(self, folder: Path) -> MediaLoader:
        """Pictures (avatars, previews, the person's own uploads) from the practice towns,
        in this process like every other practice request, kept in ``folder``'s cache."""
        origins = [f"https://{town.domain}" for town in self.world.towns]
        return MediaLoader(
            MediaCache(self.db, paths.media_cache_dir(folder)),
            policy=AddressPolicy(origins),
            transport=self.transport,
        )


class PracticeMode:
    """Starts and stops the practice towns for one profile."""

    def __init__(self, profile: Path, *, towns: int = 2, seed: int = 1, locale: str = "en") -> None:
        self.folder = profile / PRACTICE_FOLDER
        self._towns = towns
        self._seed = seed
        self._locale = locale
        self.session: PracticeSession | None = None

    @property
    def running(self) -> bool:
        return self.session is not None

    async def start(
        self, *, town: str = DEFAULT_TOWN, person: str = DEFAULT_PERSON
    ) -> PracticeSession:
        """Start the practice world and log in as ``person`` of ``town``."""
        if self.session is not None:
            return self.session
        # On the calling thread on purpose (about 0.15 s, once): building many objects in a
        # worker thread can make Python's garbage collector run there, and collecting Qt
        # objects outside the GUI thread crashes.
        from townsfolk.practice import World

        world = World.seeded(self._towns, self._seed, fediverse=True)  # other kinds (issue 15)
        self._fresh_folder()
        db = Database.open(self.folder / "townsfolk.db")
        transport = httpx.ASGITransport(app=world.asgi_app())
        secrets = SecretStore(MemoryKeyring())

        def factory(base_url: str, token: str | None) -> MastodonClient:
            return MastodonClient(base_url, access_token=token, transport=transport)

        accounts = AccountsService(db, secrets, client_factory=factory, locale=self._locale)
        try:
            account = await _log_in_seeded(accounts, factory, world, town, person)
        except BaseException:
            db.close()
            raise
        self.session = PracticeSession(world, db, secrets, accounts, account, transport)
        return self.session

    def stop(self) -> None:
        """End practice: stop its web pages, close its database, forget its secrets and
        world."""
        session, self.session = self.session, None
        if session is not None:
            session.pages.stop()
            session.db.close()

    def _fresh_folder(self) -> None:
        if self.folder.exists():
            shutil.rmtree(self.folder)
        self.folder.mkdir(mode=0o700, parents=True)


async def _log_in_seeded(
    accounts: AccountsService,
    factory: Callable[[str, str | None], MastodonClient],
    world: World,
    domain: str,
    person: str,
    *,
    backup_of: Account | None = None,
) -> Account:
    town = world.town(domain)
    token = Secret(town.create_token(person))
    address = accounts.parse_address(domain)
    async with factory(address.base_url, token.reveal()) as client:
        me = await client.verify_credentials()
        instance = await client.instance()
    account = accounts.db.accounts.add(
        server_url=address.base_url,
        server_domain=instance.domain or domain,
        handle=f"{me.acct or me.username}@{instance.domain or domain}",
        remote_id=me.id,
        display_name=me.display_name,
        avatar_url=me.avatar,
        role=AccountRole.MAIN if backup_of is None else AccountRole.BACKUP,
        backup_of=None if backup_of is None else backup_of.local_id,
        state=AccountState.ACTIVE,
    )
    accounts.secrets.set_token(account.local_id, token)
    return account

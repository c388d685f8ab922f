"""The running app's services for the stored accounts, without Qt.

One :class:`Session` per run: it opens the database (telling about a damaged file that was
replaced), keeps one logged-in client per account, and builds what the main window shows
for an account: timelines, notifications, post actions, threads, search, profiles, and the
town's limits for the compose window. The outbox is one for the app and runs from
:meth:`Session.start` to :meth:`Session.aclose`.

Switching accounts never waits on a server: :meth:`Session.start` (or :meth:`prepare`) reads
each account's login from the keyring once, so afterwards :meth:`get` and :meth:`timeline`
answer at once, from the cache. An account whose login is missing still shows its saved
posts (its client is anonymous, and asking the town says "please log in again").

Failover: the session owns one :class:`~townsfolk.services.health.HealthMonitor`, and by
default every client it makes comes from ``monitor.client_factory()``, so every real request
is watched (a ``client_factory`` given by the caller is used as it is; build it from
``monitor`` to keep requests watched). On top of it, a
:class:`~townsfolk.services.failover.FailoverService` (``session.failover``) decides which
account is active, and a :class:`~townsfolk.services.follow_sync.FollowSyncService`
(``session.follow_sync``) keeps backups whose "follow the same people" choice is on following
the main account's people, every ``follow_sync_interval`` seconds while both towns are usable.
``session.switch_back`` is the setting the failover service reads when a town is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import msgspec

from townsfolk import paths
from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Account as RemoteAccount
from townsfolk.api.entities import Instance, Relationship, SearchResults, Skips
from townsfolk.api.errors import ApiError
from townsfolk.cache import (
    Account,
    AccountRole,
    AccountState,
    Database,
    FollowSync,
    MediaCache,
    OutboxState,
)
from townsfolk.cache.forget import forget_copies, promote_first_backup
from townsfolk.i18n import translate
from townsfolk.services.accounts import AccountsService, TownProblem
from townsfolk.services.failover import STATE_FILE_NAME, FailoverService
from townsfolk.services.follow_sync import FollowSyncService
from townsfolk.services.health import HISTORY_FILE_NAME, HealthMonitor, TownState
from townsfolk.services.housekeeping import Housekeeping
from townsfolk.services.media_loader import AddressPolicy, MediaLoader
from townsfolk.services.notifications import Notifications
from townsfolk.services.outbox import Outbox
from townsfolk.services.post_actions import PostActions
from townsfolk.services.safety import Safety
from townsfolk.services.secrets import KeyringUnavailable, SecretStore
from townsfolk.services.settings import SwitchBack
from townsfolk.services.timelines import (
    Thread,
    Timeline,
    fetch_thread,
    store_statuses,
    thread_from_cache,
)
from townsfolk.services.word_filters import HiddenWords

__all__ = ["AccountSession", "ClientFactory", "Session", "SessionProblem"]

log = logging.getLogger(__name__)

ClientFactory = Callable[[str, str | None], MastodonClient]
"""(base URL, access token or None) -> a client; the session closes what it makes."""

TOWNS_DIR = "towns"
#: How often backups are brought up to date with the people their main account follows.
FOLLOW_SYNC_INTERVAL = 6 * 3600.0


class SessionProblem(Exception):
    """Something the person asked for could not be done; ``user_message`` says why."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


def _problem(error: ApiError) -> SessionProblem:
    return SessionProblem(error.user_message())


@dataclass(slots=True)
class AccountSession:
    """What one account needs on screen. ``logged_in`` is False when its login is missing
    (saved posts still show; the town will ask to log in again)."""

    account: Account
    client: MastodonClient
    notifications: Notifications
    actions: PostActions
    logged_in: bool
    problem: str | None = None


class Session:
    """See the module docstring."""

    def __init__(
        self,
        db: Database,
        profile: Path,
        *,
        secrets: SecretStore | None = None,
        client_factory: ClientFactory | None = None,
        outbox: Outbox | None = None,
        monitor: HealthMonitor | None = None,
        switch_back: SwitchBack = "automatic",
        follow_sync_interval: float | None = FOLLOW_SYNC_INTERVAL,
        media: MediaLoader | None = None,
    ) -> None:
        self.db = db
        self.profile = profile
        self.secrets = secrets or SecretStore()
        #: The state of every account's town (see services.health).
        self.monitor = monitor or HealthMonitor(history_path=profile / HISTORY_FILE_NAME)
        self._make_client = client_factory or self.monitor.client_factory()
        self.accounts_service = AccountsService(db, self.secrets, client_factory=self._make_client)
        self.outbox = outbox or Outbox(db, self._outbox_client)
        #: The setting read when a main town is back: switch back by itself, or ask.
        self.switch_back: SwitchBack = switch_back
        #: Which account is in use; switches to a backup when the main town is down.
        self.failover = FailoverService(
            db,
            self.monitor,
            self.accounts_service.client_for,
            outbox=self.outbox,
            switch_back=lambda: self.switch_back,
            state_path=profile / STATE_FILE_NAME,
        )
        #: Keeps backups following the same people as their main account.
        self.follow_sync = FollowSyncService(
            db, self.accounts_service.client_for, monitor=self.monitor
        )
        self.follow_sync_interval = follow_sync_interval
        #: Pictures (avatars, previews), fetched once and kept on disk.
        # (a town the person logged into may live on their own computer or network: its
        # exact address is allowed; any other private address is refused)
        # ``media`` is given for the practice town (its pictures come from it, in this process).
        self.media = media or MediaLoader(
            MediaCache(db, paths.media_cache_dir(profile)),
            policy=AddressPolicy(self._town_origins),
        )
        #: Trims old posts and pictures on a schedule (limits: ``housekeeping.configure``).
        self.housekeeping = Housekeeping(db, self.media.cache)
        self._sessions: dict[int, AccountSession] = {}
        self._instances: dict[int, Instance] = {}
        self._hidden_words: dict[int, HiddenWords] = {}
        self._started = False
        self._closed = False
        self._background: set[asyncio.Task[object]] = set()

    @classmethod
    def open(
        cls,
        profile: Path,
        *,
        secrets: SecretStore | None = None,
        client_factory: ClientFactory | None = None,
        monitor: HealthMonitor | None = None,
        switch_back: SwitchBack = "automatic",
        follow_sync_interval: float | None = FOLLOW_SYNC_INTERVAL,
    ) -> Session:
        """Open the profile's database (raises ``StorageError`` with plain words)."""
        db = Database.open(paths.database_path(profile))
        return cls(
            db,
            profile,
            secrets=secrets,
            client_factory=client_factory,
            monitor=monitor,
            switch_back=switch_back,
            follow_sync_interval=follow_sync_interval,
        )

    # ------------------------------------------------------------------ facts

    @property
    def make_client(self) -> ClientFactory:
        """Makes clients the way this session does (watched by the monitor; the practice
        town's transport in practice mode)."""
        return self._make_client

    @property
    def notice(self) -> str | None:
        """Plain words about a damaged database that was replaced at start, or None."""
        return self.db.notice.message if self.db.notice is not None else None

    def accounts(self) -> list[Account]:
        """Accounts one can read with: main accounts first, each followed by its backups."""
        usable = [a for a in self.db.accounts.list() if a.state is AccountState.ACTIVE]
        mains = [a for a in usable if a.role is AccountRole.MAIN]
        out: list[Account] = []
        for main in mains:
            out.append(main)
            out.extend(
                sorted(
                    (a for a in usable if a.backup_of == main.local_id),
                    key=lambda a: a.backup_order,
                )
            )
        out.extend(a for a in usable if a not in out)
        return out

    def _town_origins(self) -> list[str]:
        """The addresses of the accounts' towns (pictures may come from them, wherever)."""
        try:
            return [a.server_url for a in self.db.accounts.list()]
        except Exception:  # a closed or broken database: no exception for pictures
            return []

    def get(self, account_id: int) -> AccountSession | None:
        """The prepared account (no waiting), or None if :meth:`prepare` was not done."""
        return self._sessions.get(account_id)

    # ------------------------------------------------------------------ lifetime

    async def start(self) -> None:
        """Prepare every account (their logins are read once), start the outbox, watch the
        towns (failover) and start the follow sync schedule."""
        for account in self.accounts():
            await self.prepare(account.local_id)
        if not self._started:
            self._started = True
            await self.failover.start()
            await self.outbox.start()
            if self.follow_sync_interval is not None:
                self.follow_sync.start_schedule(self.follow_sync_interval)
            self.housekeeping.start_schedule()

    def account_added(self) -> None:
        """An account was added: watch its town too."""
        self.failover.refresh_accounts()

    async def accounts_changed(self) -> list[int]:
        """Accounts were added or became usable (the welcome wizard, a log-in): everything
        is live at once, without a restart. Each new usable account is prepared (so it is in
        the account menu and the failover service can switch to it), every account's town is
        watched, and a new backup whose "follow the same people" choice is on starts
        following them now rather than at the next round of the schedule.

        Returns the ids of the accounts prepared now."""
        new = [a for a in self.accounts() if a.local_id not in self._sessions]
        for account in new:
            await self.prepare(account.local_id)
        self.failover.refresh_accounts()
        if any(a.backup_of is not None and a.follow_sync is not FollowSync.OFF for a in new):
            self.sync_backups_soon()
        return [a.local_id for a in new]

    def sync_backups_soon(self) -> None:
        """Bring every due backup up to date with its main account's people, in the
        background (after the wizard added a backup, or after following someone)."""
        if self._closed or not self._started or self.follow_sync_interval is None:
            return
        task = asyncio.get_running_loop().create_task(
            self.follow_sync.run_once(), name="follow sync now"
        )
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def town_not_answering(self, account_id: int) -> bool:
        """Whether the account's town is known not to answer (no waiting)."""
        account = self.db.accounts.get(account_id)
        if account is None:
            return False
        return self.monitor.state(account.server_url) is TownState.NOT_ANSWERING

    async def prepare(self, account_id: int) -> AccountSession:
        """Make the account's client (reads its login from the keyring, once)."""
        found = self._sessions.get(account_id)
        if found is not None:
            return found
        account = self.db.accounts.get(account_id)
        if account is None:
            raise SessionProblem(
                translate("Session", "This account is no longer on this computer.")
            )
        token: str | None = None
        problem: str | None = None
        try:
            secret = await asyncio.to_thread(self.secrets.get_token, account_id)
            token = secret.reveal() if secret is not None else None
            if token is None:
                problem = translate(
                    "Session", "Townsfolk is no longer logged in to {handle}. Please log in again."
                ).format(handle=account.handle)
        except KeyringUnavailable as error:
            problem = error.user_message
        found = self._sessions.get(account_id)  # prepared meanwhile
        if found is not None:
            return found
        client = self._make_client(account.server_url, token)
        client.server = account.server_domain or client.server  # the name people know
        prepared = AccountSession(
            account=account,
            client=client,
            notifications=Notifications(self.db, account_id, client),
            actions=PostActions(self.db, account_id, client),
            logged_in=token is not None,
            problem=problem,
        )
        self._sessions[account_id] = prepared
        return prepared

    async def _outbox_client(self, account_id: int) -> MastodonClient:
        account = self.db.accounts.get(account_id)
        if account is None:
            raise TownProblem(translate("Session", "This account is no longer on this computer."))
        client = await self.accounts_service.client_for(account)
        client.server = account.server_domain or client.server
        return client

    async def aclose(self) -> None:
        """Stop the outbox and close every client and the database."""
        if self._closed:
            return
        self._closed = True
        background, self._background = list(self._background), set()
        for task in background:
            task.cancel()
        if background:
            await asyncio.gather(*background, return_exceptions=True)
        await self.follow_sync.aclose()
        await self.housekeeping.aclose()
        await self.failover.aclose()
        await self.outbox.aclose()
        await self.media.aclose()
        sessions, self._sessions = self._sessions, {}
        for prepared in sessions.values():
            with contextlib.suppress(Exception):
                await prepared.client.aclose()
        await self.monitor.aclose()
        self.db.close()

    # ------------------------------------------------------------------ reading

    def _prepared(self, account_id: int) -> AccountSession:
        prepared = self._sessions.get(account_id)
        if prepared is None:
            raise SessionProblem(
                translate("Session", "This account is not ready yet. Please try again.")
            )
        return prepared

    def timeline(self, account_id: int, key: str) -> Timeline:
        """A timeline of a prepared account (open it for the cached posts)."""
        return Timeline(self.db, self._prepared(account_id).client, account_id, key)

    def thread_from_cache(self, account_id: int, post_id: str) -> Thread:
        return thread_from_cache(self.db, account_id, post_id)

    async def fetch_thread(
        self, account_id: int, post_id: str, is_current: Callable[[], bool] = lambda: True
    ) -> Thread | None:
        client = self._prepared(account_id).client
        try:
            return await fetch_thread(self.db, client, account_id, post_id, is_current=is_current)
        except ApiError as error:
            raise _problem(error) from error

    async def search(
        self, account_id: int, query: str, *, skips: Skips | None = None
    ) -> SearchResults:
        """People, hashtags and posts; a post's or person's link is looked up too. Results
        that could not be read are left out (and added to ``skips``)."""
        client = self._prepared(account_id).client
        try:
            results = await client.search(query.strip(), resolve=True, limit=20, skips=skips)
        except ApiError as error:
            raise _problem(error) from error
        if results.statuses:  # kept, so a post found opens (and can be acted on) at once
            store_statuses(self.db, account_id, results.statuses, client.server)
        return results

    async def person(self, account_id: int, acct: str) -> tuple[RemoteAccount, Relationship | None]:
        """A person by address ("ann@town"), and whether the account follows them."""
        client = self._prepared(account_id).client
        try:
            try:
                person = await client.lookup_account(acct)
            except ApiError:
                found = await client.search(acct, type="accounts", resolve=True, limit=1)
                if not found.accounts:
                    raise SessionProblem(
                        translate("Session", "Townsfolk could not find {who}.").format(
                            who="@" + acct.lstrip("@")
                        )
                    ) from None
                person = found.accounts[0]
            relations = await client.relationships([person.id])
        except ApiError as error:
            raise _problem(error) from error
        return person, (relations[0] if relations else None)

    async def set_following(self, account_id: int, person_id: str, follow: bool) -> Relationship:
        client = self._prepared(account_id).client
        try:
            if follow:
                relationship = await client.follow(person_id)
            else:
                return await client.unfollow(person_id)
        except ApiError as error:
            raise _problem(error) from error
        # Backups that follow the same people follow this person too, now.
        if self.db.accounts.backups(account_id):
            self.sync_backups_soon()
        return relationship

    # ------------------------------------------------------------------ safety and leaving

    def safety(self, account_id: int) -> Safety:
        """Mute, block, report and block towns as ``account_id``."""
        return Safety(self.db, account_id, self._prepared(account_id).client)

    def hidden_words(self, account_id: int) -> HiddenWords:
        """The account's hidden words (one object per account; call ``load`` once)."""
        found = self._hidden_words.get(account_id)
        if found is None:
            client = self._prepared(account_id).client
            found = self._hidden_words[account_id] = HiddenWords(client, self.profile, account_id)
        return found

    def waiting_posts(self, account_id: int) -> int:
        """How many posts of the account are still waiting to be sent."""
        return self.outbox.waiting_count(account_id)

    async def log_out(
        self, account_id: int, *, remove: bool = False, drop_waiting: bool = False
    ) -> Account | None:
        """Log out: the town forgets Townsfolk's key (best effort when it is down), the key
        leaves the keyring, the saved copies of posts go, and the account's town is no longer
        watched (nor its backups kept in step). Posts waiting in the outbox stay (they go out
        after logging in again).

        ``remove`` also forgets the account; a main account's first backup becomes the main
        one (returned). Removing refuses to drop waiting posts unless ``drop_waiting``."""
        account = self.db.accounts.get(account_id)
        if account is None:
            raise SessionProblem(
                translate("Session", "This account is no longer on this computer.")
            )
        waiting = self.outbox.waiting_count(account_id)
        if remove and waiting and not drop_waiting:
            raise SessionProblem(
                translate(
                    "Session",
                    "A post of this account is still waiting to be sent. Send it first, or "
                    "choose to delete it.",
                )
                if waiting == 1
                else translate(
                    "Session",
                    "%n posts of this account are still waiting to be sent. Send them "
                    "first, or choose to delete them.",
                    None,
                    waiting,
                )
            )
        try:
            await self.accounts_service.log_out(account, keep_saved_posts=True)
        except KeyringUnavailable as error:
            raise SessionProblem(error.user_message) from None
        prepared = self._sessions.pop(account_id, None)
        self._hidden_words.pop(account_id, None)
        self._instances.pop(account_id, None)
        with contextlib.suppress(OSError):
            self._instance_file(account_id).unlink(missing_ok=True)
        if prepared is not None:
            with contextlib.suppress(Exception):
                await prepared.client.aclose()
        await asyncio.to_thread(forget_copies, self.db, account_id)
        promoted: Account | None = None
        if remove:
            backups: list[Account] = []
            if account.role is AccountRole.MAIN:
                backups = [
                    b
                    for b in self.db.accounts.backups(account_id)
                    if b.state is AccountState.ACTIVE
                ]
                if backups:
                    promote_first_backup(self.db, account_id, backups[0].local_id)
            self.db.accounts.remove(account_id)
            if backups:
                promoted = self.db.accounts.get(backups[0].local_id)
        still_there = {a.server_url for a in self.accounts()}
        if account.server_url not in still_there:
            self.monitor.unwatch(account.server_url)
        left = self.accounts()
        active = self.failover.active
        if left and (active is None or active.active_id == account_id):
            with contextlib.suppress(Exception):
                self.failover.switch_to((promoted or left[0]).local_id)
        return promoted

    # ------------------------------------------------------------------ the town's limits

    def _instance_file(self, account_id: int) -> Path:
        return self.profile / TOWNS_DIR / f"account-{account_id}.json"

    def cached_instance(self, account_id: int) -> Instance | None:
        """The town's description as last fetched (memory, then the profile), or None."""
        found = self._instances.get(account_id)
        if found is not None:
            return found
        try:
            raw = self._instance_file(account_id).read_bytes()
            found = msgspec.json.decode(raw, type=Instance)
        except (OSError, msgspec.DecodeError, msgspec.ValidationError):
            return None
        self._instances[account_id] = found
        return found

    async def fetch_instance(self, account_id: int) -> Instance | None:
        """Ask the town for its description (limits for posts); kept for offline use.
        None when the town cannot be asked."""
        client = self._prepared(account_id).client
        try:
            instance = await client.instance()
        except ApiError as error:
            log.info("could not read the town's limits: %s", type(error).__name__)
            return self.cached_instance(account_id)
        self._instances[account_id] = instance
        path = self._instance_file(account_id)
        try:
            paths.write_private(path, msgspec.json.encode(instance))
        except OSError as error:
            log.info("could not keep the town's limits: %s", error)
        return instance

    # ------------------------------------------------------------------ posting

    def send_waiting_now(self) -> int:
        """The town answers again: posts waiting for a later try go out now. Returns how
        many were brought forward."""
        now = time.time()
        moved = 0
        for item in self.outbox.waiting():
            if item.state is OutboxState.QUEUED and item.next_attempt_at > now:
                with contextlib.suppress(Exception):
                    self.db.outbox.reschedule(
                        item.local_id,
                        error=item.last_error or "",
                        next_attempt_at=now,
                        outcome_unclear=item.outcome_unclear,
                    )
                    moved += 1
        self.outbox.retry_all_now()
        return moved

"""Accounts: checking a town, logging in, signing up, waiting for the email, logging out.

No Qt here: the welcome wizard and the main window call these coroutines.

Log in through the browser (the usual way)
    1. Register Townsfolk as an app on the town, once per town: the client id goes into the
       database, the client secret into the keyring.
    2. Start a :class:`~townsfolk.services.loopback.LoopbackReceiver` on 127.0.0.1 with a random
       port, and open the town's log-in page in the browser with a fresh ``state`` and, when the
       town supports it, PKCE (S256).
    3. The town sends the browser back to the receiver with a code; the code is exchanged for
       the account's access, which goes straight into the keyring.

    Before opening the browser, the log-in page is asked for once without following it: if the
    town refuses our loopback address (older servers check the port), we fall back to the
    copy-the-code way (:class:`CodeLogin`), which the person can also choose at any time.
    Some towns look at the address only after the person has logged in (Takahē sends
    everyone to its log-in form first, then shows its own "Invalid OAuth Request" page), so
    the check cannot see it: those known by their software go straight to the code, and a
    town where the browser way did not come back (it timed out, or the person chose the
    code while waiting) gets the code the next time too.

    A code the town does not take (400, 401, or Takahē's 500 for an unknown code) is
    :class:`CodeNotAccepted`: "this code did not work, get a new one", never "the town has
    a problem" or "you are no longer logged in".

Sign up inside the app
    An app-only pass (``client_credentials``) lets Townsfolk create the account; the new
    account is saved at once as "waiting for your email" (or "waiting for approval"), so quitting
    loses nothing, and :meth:`AccountsService.check_waiting` turns it active once the town lets
    it in.

Secrets only ever go to :class:`~townsfolk.services.secrets.SecretStore`.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TypeVar

import httpx
import msgspec

from townsfolk.api import oauth
from townsfolk.api.client import MastodonClient
from townsfolk.api.entities import Account as RemoteAccount
from townsfolk.api.entities import Instance, Rule, Token
from townsfolk.api.errors import (
    ApiError,
    CannotConnect,
    Forbidden,
    ForbiddenReason,
    NotFound,
    NotMastodonCompatible,
    RateLimited,
    RequestRejected,
    ServerError,
    TimedOut,
    TlsError,
    Unauthorized,
    ValidationFailed,
)
from townsfolk.cache import (
    Account,
    AccountRole,
    AccountState,
    AppRegistration,
    Database,
    FollowSync,
)
from townsfolk.i18n import translate
from townsfolk.services.addresses import BadTownAddress, TownAddress, parse_town_address
from townsfolk.services.loopback import (
    CALLBACK_PATH,
    LoginNotCompleted,
    LoginRefused,
    LoginTimedOut,
    LoopbackReceiver,
)
from townsfolk.services.richtext import plain_text
from townsfolk.services.secrets import Secret, SecretStore

log = logging.getLogger(__name__)

__all__ = [
    "AccountsService",
    "CodeLogin",
    "CodeNotAccepted",
    "SignUpForm",
    "SignUpProblem",
    "SignUpRules",
    "TownInfo",
    "TownProblem",
]

CLIENT_NAME = "Townsfolk"
WEBSITE = "https://townsfolk.invalid/"
SCOPES = oauth.DEFAULT_SCOPES
LOOPBACK_REDIRECT = f"http://127.0.0.1{CALLBACK_PATH}"
OOB_REDIRECT = oauth.OOB_REDIRECT_URI
#: Software that looks at the return address only after the person has logged in (so the
#: check before opening the browser cannot see a refusal) and refuses a loopback port.
CHECKS_ADDRESS_AFTER_LOGIN = frozenset({"takahe"})
#: Software that signs people up only on its web page (no ``POST /api/v1/accounts``), and
#: where that page is on the town.
WEB_SIGN_UP_PAGES = {"takahe": "/auth/signup/"}
#: Where towns that keep their rules and policies as web pages (Takahē) put them; each is
#: looked for only when the town's answers leave it out.
RULES_PAGES = ("/pages/rules/",)
TERMS_PAGES = ("/pages/terms/",)
PRIVACY_PAGES = ("/pages/privacy/",)
ABOUT_PAGES = ("/about/", "/about")
#: How long a browser log-in that did not come back makes a town "prefers the code".
_BROWSER_PENDING_SECONDS = 3600.0

ClientFactory = Callable[[str, str | None], MastodonClient]
OpenBrowser = Callable[[str], Awaitable[object] | object]


class TownProblem(Exception):
    """Something about the town (or reaching it) that the person should know, in plain words."""

    def __init__(self, user_message: str, *, cause: BaseException | None = None) -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.cause = cause


class SignUpProblem(TownProblem):
    """Sign-up did not work. ``field_messages`` maps a form field to a sentence about it."""

    def __init__(self, user_message: str, field_messages: dict[str, str] | None = None) -> None:
        super().__init__(user_message)
        self.field_messages = field_messages or {}


class SignUpElsewhere(SignUpProblem):
    """The town has no sign-up in its answers (404/405 on ``POST /api/v1/accounts``): people
    join on its web page, ``url``, and then log in."""

    def __init__(self, user_message: str, url: str) -> None:
        super().__init__(user_message)
        self.url = url


class SignUpMode(StrEnum):
    OPEN = "open"  # anyone can join now
    APPROVAL = "approval"  # the town's team looks at each request first
    CLOSED = "closed"  # not taking new people
    ELSEWHERE = "elsewhere"  # sign-up happens on the town's own web page


@dataclass(frozen=True, slots=True)
class SignUpRules:
    mode: SignUpMode
    reason_required: bool
    min_age: int | None
    #: The town's own words about joining (plain text), e.g. why it is closed.
    message: str
    #: For ``ELSEWHERE``: the page where people sign up.
    url: str | None


@dataclass(frozen=True, slots=True)
class TownInfo:
    """What the wizard shows about a town before joining or logging in."""

    address: TownAddress
    domain: str
    title: str
    description: str
    rules: tuple[Rule, ...]
    sign_up: SignUpRules
    contact_handle: str | None
    people: int | None
    active_people: int | None
    languages: tuple[str, ...]
    max_characters: int
    #: The town's own web pages for its terms of service and privacy policy, or None when
    #: the town has none (the wizard then says nothing rather than show a dead link).
    terms_url: str | None = None
    privacy_url: str | None = None
    #: When the town's answers list no rules: its web page with the rules, if it has one
    #: (never shown as "no rules"), and its "about" page (or home page) to read instead.
    rules_url: str | None = None
    about_url: str | None = None


@dataclass(frozen=True, slots=True)
class SignUpForm:
    username: str
    email: str
    password: str = field(repr=False)
    agreement: bool
    locale: str = "en"
    reason: str | None = None
    date_of_birth: str | None = None  # "YYYY-MM-DD"
    display_name: str | None = None


@dataclass(slots=True)
class CodeLogin:
    """A log-in where the town shows a code that the person copies back into Townsfolk."""

    address: TownAddress
    url: str
    state: str
    verifier: str | None = field(repr=False)
    role: AccountRole
    backup_of: int | None


def _field_messages() -> dict[str, dict[str, str]]:
    """Plain-words messages for sign-up problems, per form field and server error code
    (translated when asked for, so the language chosen at start-up applies)."""
    return {
        "username": {
            "ERR_TAKEN": translate(
                "Accounts",
                "Someone in this town already uses that name. Please choose another one.",
            ),
            "ERR_RESERVED": translate(
                "Accounts", "That name is kept aside by the town. Please choose another one."
            ),
            "ERR_INVALID": translate(
                "Accounts", "A name can only have letters, numbers and underscores (_)."
            ),
            "ERR_TOO_LONG": translate(
                "Accounts", "That name is too long. Please choose a shorter one."
            ),
            "ERR_BLANK": translate("Accounts", "Please choose a name."),
        },
        "email": {
            "ERR_TAKEN": translate(
                "Accounts",
                "This email address already has an account in this town. You can log in instead.",
            ),
            "ERR_BLOCKED": translate(
                "Accounts",
                "This town does not accept this email provider. Please use another email address.",
            ),
            "ERR_UNREACHABLE": translate(
                "Accounts", "This email address does not seem to exist. Please check it."
            ),
            "ERR_INVALID": translate(
                "Accounts", "That does not look like an email address. Please check it."
            ),
            "ERR_BLANK": translate("Accounts", "Please type your email address."),
        },
        "password": {
            "ERR_TOO_SHORT": translate(
                "Accounts", "Your password is too short. Please use at least 8 characters."
            ),
            "ERR_TOO_LONG": translate(
                "Accounts", "Your password is too long. Please use fewer than 72 characters."
            ),
            "ERR_BLANK": translate("Accounts", "Please choose a password."),
            "ERR_INVALID": translate(
                "Accounts", "This password cannot be used. Please choose another one."
            ),
        },
        "agreement": {
            "ERR_ACCEPTED": translate(
                "Accounts", "Please read the town's rules and tick “I agree” to join."
            ),
        },
        "reason": {
            "ERR_BLANK": translate(
                "Accounts",
                "This town asks why you would like to join. Please write a sentence or two.",
            ),
            "ERR_TOO_LONG": translate(
                "Accounts", "Your reason is too long. Please make it shorter."
            ),
        },
        "date_of_birth": {
            "ERR_BELOW_LIMIT": translate("Accounts", "Sorry, you are too young to join this town."),
            "ERR_BLANK": translate(
                "Accounts", "Please give your date of birth; this town needs it."
            ),
            "ERR_INVALID": translate(
                "Accounts", "Please give your date of birth as day, month and year."
            ),
        },
    }


def _field_fallbacks() -> dict[str, str]:
    return {
        "username": translate("Accounts", "Please choose another name."),
        "email": translate("Accounts", "Please check your email address."),
        "password": translate("Accounts", "Please choose another password."),
        "agreement": translate("Accounts", "Please tick “I agree” to join."),
        "reason": translate("Accounts", "Please check why you would like to join."),
        "date_of_birth": translate("Accounts", "Please check your date of birth."),
    }


def _field_message(field_name: str, code: str) -> str:
    message = _field_messages().get(field_name, {}).get(code)
    if message:
        return message
    fallback = _field_fallbacks().get(field_name)
    if fallback:
        return fallback
    return translate("Accounts", "Please check what you typed here.")


def _wait_phrase(seconds: float | None) -> str:
    """When to try again, to end a sentence ("Please try again {when}.")."""
    if seconds is None or seconds <= 60:
        return translate("Accounts", "in a minute")
    minutes = round(seconds / 60)
    if minutes < 60:
        return translate("Accounts", "in about {minutes} minutes").format(minutes=minutes)
    return translate("Accounts", "in an hour or so")


def describe_problem(error: BaseException, town: str) -> str:
    """A sentence for the person about an error while talking to ``town``."""
    if isinstance(error, TownProblem | LoginNotCompleted):
        return error.user_message
    if isinstance(error, TlsError):
        return translate(
            "Accounts",
            "The connection to {town} is not safe (its certificate could not be checked), "
            "so Townsfolk did not continue. Please check the address or try again later.",
        ).format(town=town)
    if isinstance(error, CannotConnect):
        return translate(
            "Accounts",
            "Townsfolk could not reach {town}. Please check the address and your internet "
            "connection, then try again.",
        ).format(town=town)
    if isinstance(error, TimedOut):
        return translate(
            "Accounts", "{town} is taking too long to answer. Please try again in a little while."
        ).format(town=town)
    if isinstance(error, NotMastodonCompatible):
        return translate(
            "Accounts",
            "{town} is a kind of town that Townsfolk cannot use yet. Please choose another town.",
        ).format(town=town)
    if isinstance(error, RateLimited):
        return translate(
            "Accounts", "{town} asked Townsfolk to slow down. Please try again {when}."
        ).format(town=town, when=_wait_phrase(error.retry_after))
    if isinstance(error, ApiError):
        return error.user_message()
    if isinstance(error, httpx.HTTPError):
        return translate(
            "Accounts", "Townsfolk could not talk to {town}. Please try again in a little while."
        ).format(town=town)
    return translate(
        "Accounts", "Something went wrong while talking to {town}. Please try again."
    ).format(town=town)


def _default_client(base_url: str, token: str | None) -> MastodonClient:
    return MastodonClient(base_url, access_token=token)


class AccountsService:
    """Adds, checks and removes accounts. One instance for the app."""

    def __init__(
        self,
        db: Database,
        secrets: SecretStore,
        *,
        client_factory: ClientFactory = _default_client,
        locale: str = "en",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.db = db
        self.secrets = secrets
        self._client_factory = client_factory
        self.locale = locale
        self._clock = clock
        #: Towns whose sign-up answered 404/405: base URL -> the page to join on.
        self._web_sign_up: dict[str, str] = {}
        # Towns (base URLs) where the browser way did not come back: the code next time.
        self.prefers_code: set[str] = set()
        self._browser_started: dict[str, float] = {}

    # ------------------------------------------------------------------ towns

    def parse_address(self, text: str) -> TownAddress:
        """What the person typed, as a town address (raises TownProblem in plain words)."""
        try:
            return parse_town_address(text)
        except BadTownAddress as error:
            raise TownProblem(error.user_message) from None

    def _client(self, address: TownAddress | str, token: str | None = None) -> MastodonClient:
        base = address.base_url if isinstance(address, TownAddress) else address
        return self._client_factory(base, token)

    async def check_town(self, text_or_address: str | TownAddress) -> TownInfo:
        """Make sure the town can be used and learn about it; plain-words TownProblem if not."""
        address = (
            text_or_address
            if isinstance(text_or_address, TownAddress)
            else self.parse_address(text_or_address)
        )
        async with self._client(address) as client:
            try:
                capabilities = await client.capabilities()
                if not capabilities.mastodon_compatible:
                    raise NotMastodonCompatible(
                        "not compatible",
                        server=address.display_name,
                        software=capabilities.software,
                    )
                instance = await client.instance()
                rules = tuple(instance.rules)
                if not rules:
                    with contextlib.suppress(NotFound, RequestRejected):
                        rules = tuple(await client.instance_rules())
                extras = await _town_extras(client, address, instance)
                sign_up = await self._sign_up_rules_for(
                    client, address, instance, capabilities.software
                )
                pages = await _web_pages(client, address, extras, need_rules=not rules)
            except NotFound as error:
                raise TownProblem(
                    translate(
                        "Accounts",
                        "{town} does not look like a town Townsfolk can use. "
                        "Please check the address.",
                    ).format(town=address.display_name),
                    cause=error,
                ) from None
            except (ApiError, httpx.HTTPError) as error:
                raise TownProblem(
                    describe_problem(error, address.display_name), cause=error
                ) from None
        return replace(
            _town_info(address, instance, rules, extras),
            sign_up=sign_up,
            terms_url=extras.terms_url or pages.terms_url,
            privacy_url=extras.privacy_url or pages.privacy_url,
            rules_url=pages.rules_url,
            about_url=pages.about_url,
        )

    async def _sign_up_rules_for(
        self,
        client: MastodonClient,
        address: TownAddress,
        instance: Instance,
        software: str | None,
    ) -> SignUpRules:
        """How the town takes new people, with what its description does not say: software
        that signs people up only on its web page (Takahē), a town whose sign-up answered
        404/405 before, and a town that says "closed" in its description but "open" in
        NodeInfo (it takes people on its web page)."""
        rules = _sign_up_rules(instance)
        if rules.mode is SignUpMode.ELSEWHERE:
            return rules
        base = address.base_url.rstrip("/")
        known = self._web_sign_up.get(address.base_url)
        if known is None and software in WEB_SIGN_UP_PAGES:
            known = base + WEB_SIGN_UP_PAGES[software]
        if known is None and rules.mode is SignUpMode.CLOSED:
            info = await _optional(client.nodeinfo())
            if info is not None and info.openRegistrations:
                known = _web_page(instance.registrations.url) or base
        if known is None:
            return rules
        return replace(rules, mode=SignUpMode.ELSEWHERE, url=known)

    def _elsewhere(self, address: TownAddress, url: str | None) -> SignUpElsewhere:
        page = url or address.base_url
        return SignUpElsewhere(
            translate(
                "Accounts",
                "{town} takes new people only on its own web page. Join there, then come "
                "back and log in.",
            ).format(town=address.display_name),
            page,
        )

    # ------------------------------------------------------------------ app registration

    async def _app(
        self, client: MastodonClient, address: TownAddress
    ) -> tuple[AppRegistration, Secret]:
        """Townsfolk's registration on this town, made once and reused."""
        existing = self.db.registrations.get(address.base_url)
        if existing is not None:
            secret = await asyncio.to_thread(self.secrets.get_client_secret, address.base_url)
            if secret is not None:
                return existing, secret
        endpoints = await oauth.discover(client)
        app = await oauth.register_app(
            client,
            client_name=CLIENT_NAME,
            redirect_uris=(LOOPBACK_REDIRECT, OOB_REDIRECT),
            scopes=SCOPES,
            endpoints=endpoints,
        )
        if not app.client_id or not app.client_secret:
            raise TownProblem(
                translate(
                    "Accounts", "{town} did not let Townsfolk in. Please try again later."
                ).format(town=address.display_name)
            )
        # Wrapped in Secret so that no executor or debug log can print it.
        await asyncio.to_thread(
            self.secrets.set_client_secret, address.base_url, Secret(app.client_secret)
        )
        registration = self.db.registrations.put(
            address.base_url,
            client_id=app.client_id,
            scopes=SCOPES,
            redirect_uris=(LOOPBACK_REDIRECT, OOB_REDIRECT),
        )
        return registration, Secret(app.client_secret)

    # ------------------------------------------------------------------ log in

    async def log_in_with_browser(
        self,
        text_or_address: str | TownAddress,
        open_browser: OpenBrowser,
        *,
        timeout: float = 300.0,
        role: AccountRole = AccountRole.MAIN,
        backup_of: int | None = None,
    ) -> Account:
        """Log in through the browser with the loopback receiver.

        Raises :class:`LoopbackRefused` (a TownProblem) when the town refuses the loopback
        address: the caller then offers :meth:`start_code_login`. Other problems are
        TownProblem or LoginNotCompleted with plain messages.
        """
        address = self._address(text_or_address)
        await asyncio.to_thread(self.secrets.check_available)
        async with self._client(address) as client:
            try:
                registration, secret = await self._app(client, address)
                endpoints = await oauth.discover(client)
                capabilities = await client.capabilities()
            except (ApiError, httpx.HTTPError) as error:
                raise TownProblem(
                    describe_problem(error, address.display_name), cause=error
                ) from None
            use_pkce = endpoints.supports_pkce or capabilities.supports_pkce
            pkce = oauth.make_pkce() if use_pkce else None
            state = oauth.new_state()
            async with LoopbackReceiver(state) as receiver:
                url = oauth.authorize_url(
                    address.base_url,
                    client_id=registration.client_id,
                    redirect_uri=receiver.redirect_uri,
                    scope=SCOPES,
                    state=state,
                    code_challenge=pkce.challenge if pkce else None,
                    lang=self.locale,
                    endpoints=endpoints,
                )
                if (
                    address.base_url in self.prefers_code
                    or capabilities.software in CHECKS_ADDRESS_AFTER_LOGIN
                    or not await self._town_accepts(client, url)
                ):
                    raise LoopbackRefused(
                        translate(
                            "Accounts",
                            "{town} does not allow the usual way of logging in "
                            "from Townsfolk. Please use the code instead: Townsfolk will show "
                            "you how.",
                        ).format(town=address.display_name)
                    )
                self._browser_started[address.base_url] = self._clock()
                opened = open_browser(url)
                if inspect.isawaitable(opened):
                    await opened
                try:
                    answer = await receiver.wait(timeout=timeout)
                except LoginTimedOut:
                    self.prefers_code.add(address.base_url)
                    raise
                redirect_uri = receiver.redirect_uri
            try:
                token = await oauth.exchange_code(
                    client,
                    client_id=registration.client_id,
                    client_secret=secret.reveal(),
                    code=answer.code,
                    redirect_uri=redirect_uri,
                    code_verifier=pkce.verifier if pkce else None,
                    endpoints=endpoints,
                )
            except (RequestRejected, Unauthorized, ServerError) as error:
                if not _code_refused(error):
                    raise TownProblem(
                        describe_problem(error, address.display_name), cause=error
                    ) from None
                await self._forget_registration_if_refused(address, error)
                raise LoginRefused(
                    translate("Accounts", "The town did not accept this log-in. Please try again.")
                ) from error
            except (ApiError, httpx.HTTPError) as error:
                raise TownProblem(
                    describe_problem(error, address.display_name), cause=error
                ) from None
        self._browser_started.pop(address.base_url, None)
        return await self._finish_login(address, token.access_token, role, backup_of)

    async def _forget_registration_if_refused(self, address: TownAddress, error: ApiError) -> None:
        """A 401 on the token request can mean the town no longer knows Townsfolk's
        registration (invalid_client): forget it, so the next log-in page registers anew."""
        if not isinstance(error, Unauthorized):
            return
        log.info("%s refused the log-in with 401: registering again next time", address.host)
        self.db.registrations.remove(address.base_url)
        with contextlib.suppress(Exception):
            await asyncio.to_thread(self.secrets.delete_client_secret, address.base_url)

    async def _town_accepts(self, client: MastodonClient, url: str) -> bool:
        """Ask for the log-in page once, without following it: a 4xx means the town refuses
        our redirect address (the person would only see an error page in the browser)."""
        try:
            response = await client.request(
                "GET",
                url,
                authenticated=False,
                ok_statuses=tuple(range(300, 500)),
                follow_redirects=False,
            )
        except ApiError:
            return True  # the town is in trouble for other reasons; let the browser show it
        return response.status_code < 400

    async def start_code_login(
        self,
        text_or_address: str | TownAddress,
        *,
        role: AccountRole = AccountRole.MAIN,
        backup_of: int | None = None,
    ) -> CodeLogin:
        """The copy-the-code way: returns the page to open; then call finish_code_login."""
        address = self._address(text_or_address)
        started = self._browser_started.pop(address.base_url, None)
        if started is not None and self._clock() - started < _BROWSER_PENDING_SECONDS:
            # The person chose the code while the browser way was waiting: next time too.
            self.prefers_code.add(address.base_url)
        await asyncio.to_thread(self.secrets.check_available)
        async with self._client(address) as client:
            try:
                registration, _secret = await self._app(client, address)
                endpoints = await oauth.discover(client)
                capabilities = await client.capabilities()
            except (ApiError, httpx.HTTPError) as error:
                raise TownProblem(
                    describe_problem(error, address.display_name), cause=error
                ) from None
        use_pkce = endpoints.supports_pkce or capabilities.supports_pkce
        pkce = oauth.make_pkce() if use_pkce else None
        state = oauth.new_state()
        url = oauth.authorize_url(
            address.base_url,
            client_id=registration.client_id,
            redirect_uri=OOB_REDIRECT,
            scope=SCOPES,
            state=state,
            code_challenge=pkce.challenge if pkce else None,
            lang=self.locale,
            endpoints=endpoints,
        )
        return CodeLogin(
            address=address,
            url=url,
            state=state,
            verifier=pkce.verifier if pkce else None,
            role=role,
            backup_of=backup_of,
        )

    async def finish_code_login(self, login: CodeLogin, code: str) -> Account:
        code = code.strip()
        if not code or any(ch.isspace() for ch in code):
            raise LoginRefused(
                translate(
                    "Accounts",
                    "That does not look like the code from the town's page. Please copy it again.",
                )
            )
        address = login.address
        async with self._client(address) as client:
            try:
                registration, secret = await self._app(client, address)
                endpoints = await oauth.discover(client)
                token = await oauth.exchange_code(
                    client,
                    client_id=registration.client_id,
                    client_secret=secret.reveal(),
                    code=code,
                    redirect_uri=OOB_REDIRECT,
                    code_verifier=login.verifier,
                    endpoints=endpoints,
                )
            except (RequestRejected, Unauthorized, ServerError) as error:
                if not _code_refused(error):
                    raise TownProblem(
                        describe_problem(error, address.display_name), cause=error
                    ) from None
                await self._forget_registration_if_refused(address, error)
                raise CodeNotAccepted(
                    translate(
                        "Accounts",
                        "This code did not work. Codes work only once and only for a short "
                        "time: press “Get a new code”, log in on the page that opens and copy "
                        "the new code.",
                    )
                ) from error
            except (ApiError, httpx.HTTPError) as error:
                raise TownProblem(
                    describe_problem(error, address.display_name), cause=error
                ) from None
        return await self._finish_login(address, token.access_token, login.role, login.backup_of)

    async def _finish_login(
        self,
        address: TownAddress,
        access_token: str,
        role: AccountRole,
        backup_of: int | None,
    ) -> Account:
        async with self._client(address, access_token) as client:
            try:
                me = await client.verify_credentials()
                instance = await client.instance()
            except (ApiError, httpx.HTTPError) as error:
                raise TownProblem(
                    describe_problem(error, address.display_name), cause=error
                ) from None
        domain = instance.domain or address.host
        existing = self.db.accounts.find(address.base_url, me.id)
        if existing is not None:
            await asyncio.to_thread(self.secrets.set_token, existing.local_id, Secret(access_token))
            self.db.accounts.update_profile(
                existing.local_id, display_name=me.display_name, avatar_url=me.avatar
            )
            return self.db.accounts.update_state(existing.local_id, AccountState.ACTIVE)
        account = self.db.accounts.add(
            server_url=address.base_url,
            server_domain=domain,
            handle=_handle(me, domain),
            remote_id=me.id,
            display_name=me.display_name,
            avatar_url=me.avatar,
            role=role,
            backup_of=backup_of,
            state=AccountState.ACTIVE,
        )
        try:
            await asyncio.to_thread(self.secrets.set_token, account.local_id, Secret(access_token))
        except BaseException:
            self.db.accounts.remove(account.local_id)
            raise
        return account

    # ------------------------------------------------------------------ sign up

    async def sign_up(
        self,
        text_or_address: str | TownAddress,
        form: SignUpForm,
        *,
        role: AccountRole = AccountRole.MAIN,
        backup_of: int | None = None,
        follow_sync: FollowSync = FollowSync.OFF,
    ) -> Account:
        """Create an account in the town. It is saved at once as waiting for the email (or
        for approval); :meth:`check_waiting` makes it active when the town lets it in."""
        address = self._address(text_or_address)
        await asyncio.to_thread(self.secrets.check_available)
        async with self._client(address) as client:
            try:
                instance = await client.instance()
                software = await _software(client)
                rules = await self._sign_up_rules_for(client, address, instance, software)
                if rules.mode is SignUpMode.CLOSED:
                    raise SignUpProblem(
                        translate(
                            "Accounts",
                            "{town} is not taking new people right now. "
                            "Please choose another town.",
                        ).format(town=address.display_name)
                    )
                if rules.mode is SignUpMode.ELSEWHERE:
                    raise self._elsewhere(address, rules.url)
                missing = _missing_fields(form, rules)
                if missing:
                    raise SignUpProblem(
                        translate("Accounts", "Please fill in the marked boxes."), missing
                    )
                registration, secret = await self._app(client, address)
                endpoints = await oauth.discover(client)
                app_token = await oauth.client_credentials_token(
                    client,
                    client_id=registration.client_id,
                    client_secret=secret.reveal(),
                    scope=SCOPES,
                    endpoints=endpoints,
                )
                async with client.with_token(app_token.access_token) as app_client:
                    token = await self._register(app_client, address, form, rules)
            except ValidationFailed as error:
                raise _sign_up_validation_problem(error) from None
            except Forbidden as error:
                raise SignUpProblem(
                    translate(
                        "Accounts",
                        "{town} is not taking new people right now. Please choose another town.",
                    ).format(town=address.display_name)
                ) from error
            except RateLimited as error:
                raise SignUpProblem(
                    translate(
                        "Accounts",
                        "Too many sign-ups were tried from your internet connection. "
                        "Please try again {when}.",
                    ).format(when=_wait_phrase(error.retry_after))
                ) from None
            except (ApiError, httpx.HTTPError) as error:
                raise SignUpProblem(describe_problem(error, address.display_name)) from None

        domain = instance.domain or address.host
        # Every new account first confirms its email; approval (if needed) comes after that,
        # and check_waiting() follows what the town says.
        username = form.username.strip()
        account = self.db.accounts.add(
            server_url=address.base_url,
            server_domain=domain,
            handle=f"{username}@{domain}",
            display_name=form.display_name or username,
            role=role,
            backup_of=backup_of,
            state=AccountState.WAITING_FOR_EMAIL,
            follow_sync=follow_sync,
        )
        try:
            await asyncio.to_thread(
                self.secrets.set_token, account.local_id, Secret(token.access_token)
            )
        except BaseException:
            self.db.accounts.remove(account.local_id)
            raise
        return account

    async def _register(
        self, client: MastodonClient, address: TownAddress, form: SignUpForm, rules: SignUpRules
    ) -> Token:
        """``POST /api/v1/accounts``; a town without it (404, 405) is remembered as one that
        takes people on its web page, and SignUpElsewhere says so."""
        try:
            return await client.register_account(
                username=form.username.strip(),
                email=form.email.strip(),
                password=form.password,
                agreement=form.agreement,
                locale=form.locale or self.locale,
                reason=(form.reason or None) if rules.mode is SignUpMode.APPROVAL else None,
                date_of_birth=form.date_of_birth if rules.min_age else None,
            )
        except ApiError as error:
            if not isinstance(error, NotFound) and getattr(error, "status", None) != 405:
                raise
            self._web_sign_up[address.base_url] = address.base_url
            raise self._elsewhere(address, address.base_url) from None

    async def sign_up_rules(self, text_or_address: str | TownAddress) -> SignUpRules:
        """How this town takes new people (read before showing the sign-up form)."""
        info = await self.check_town(text_or_address)
        return info.sign_up

    async def check_waiting(self, account: Account) -> Account:
        """Ask the town once whether a waiting account is let in yet; returns it updated."""
        if account.state not in (AccountState.WAITING_FOR_EMAIL, AccountState.WAITING_FOR_APPROVAL):
            return account
        token = await asyncio.to_thread(self.secrets.get_token, account.local_id)
        if token is None:
            return self.db.accounts.update_state(account.local_id, AccountState.LOGGED_OUT)
        async with self._client(account.server_url, token.reveal()) as client:
            try:
                me = await client.verify_credentials()
            except Forbidden as error:
                if error.reason is ForbiddenReason.PENDING_APPROVAL:
                    return self._set_state(account, AccountState.WAITING_FOR_APPROVAL)
                if error.reason is ForbiddenReason.EMAIL_NOT_CONFIRMED:
                    return self._set_state(account, AccountState.WAITING_FOR_EMAIL)
                raise TownProblem(error.user_message(), cause=error) from None
            except Unauthorized:
                return self._set_state(account, AccountState.LOGGED_OUT)
            me = await _send_display_name(client, account, me)
        self.db.accounts.update_profile(
            account.local_id, display_name=me.display_name, avatar_url=me.avatar, remote_id=me.id
        )
        return self.db.accounts.update_state(account.local_id, AccountState.ACTIVE)

    async def wait_until_let_in(
        self,
        account: Account,
        *,
        interval: float = 10.0,
        on_change: Callable[[Account], object] | None = None,
    ) -> Account:
        """Check a waiting account every ``interval`` seconds until it is active (or logged
        out). Network trouble is ridden out quietly. Cancel the task to stop waiting."""
        current = account
        while current.state in (AccountState.WAITING_FOR_EMAIL, AccountState.WAITING_FOR_APPROVAL):
            try:
                updated = await self.check_waiting(current)
            except TownProblem:
                updated = current
            if updated.state is not current.state and on_change is not None:
                on_change(updated)
            current = updated
            if current.state in (AccountState.WAITING_FOR_EMAIL, AccountState.WAITING_FOR_APPROVAL):
                await asyncio.sleep(interval)
        return current

    async def resend_confirmation_email(self, account: Account) -> None:
        token = await asyncio.to_thread(self.secrets.get_token, account.local_id)
        if token is None:
            raise TownProblem(
                translate(
                    "Accounts", "Please sign up again: Townsfolk no longer has this account's key."
                )
            )
        async with self._client(account.server_url, token.reveal()) as client:
            try:
                await client.resend_confirmation_email()
            except (ApiError, httpx.HTTPError) as error:
                raise TownProblem(
                    describe_problem(error, account.server_domain), cause=error
                ) from None

    def waiting_accounts(self) -> list[Account]:
        """Accounts still waiting for their email or approval (picked up again at start)."""
        return [
            a
            for a in self.db.accounts.list()
            if a.state in (AccountState.WAITING_FOR_EMAIL, AccountState.WAITING_FOR_APPROVAL)
        ]

    # ------------------------------------------------------------------ using and leaving

    async def client_for(self, account: Account) -> MastodonClient:
        """A client logged in as ``account`` (the caller closes it)."""
        token = await asyncio.to_thread(self.secrets.get_token, account.local_id)
        if token is None:
            raise TownProblem(
                translate(
                    "Accounts", "Townsfolk is no longer logged in to {handle}. Please log in again."
                ).format(handle=account.handle)
            )
        return self._client(account.server_url, token.reveal())

    async def log_out(self, account: Account, *, keep_saved_posts: bool) -> None:
        """Log out: the town forgets Townsfolk's access (best effort when it is down), the
        secret leaves the keyring, and the saved posts stay or go as the person chose."""
        token = await asyncio.to_thread(self.secrets.get_token, account.local_id)
        registration = self.db.registrations.get(account.server_url)
        if token is not None and registration is not None:
            secret = await asyncio.to_thread(self.secrets.get_client_secret, account.server_url)
            if secret is not None:
                async with self._client(account.server_url) as client:
                    try:
                        endpoints = await oauth.discover(client)
                        await oauth.revoke_token(
                            client,
                            client_id=registration.client_id,
                            client_secret=secret.reveal(),
                            token=token.reveal(),
                            endpoints=endpoints,
                        )
                    except (ApiError, httpx.HTTPError) as error:
                        log.info(
                            "Could not tell %s about the log-out: %s",
                            account.server_domain,
                            type(error).__name__,
                        )
        await asyncio.to_thread(self.secrets.delete_token, account.local_id)
        if keep_saved_posts:
            self.db.accounts.update_state(account.local_id, AccountState.LOGGED_OUT)
        else:
            self.db.accounts.remove(account.local_id)

    # ------------------------------------------------------------------ helpers

    def _address(self, text_or_address: str | TownAddress) -> TownAddress:
        if isinstance(text_or_address, TownAddress):
            return text_or_address
        return self.parse_address(text_or_address)

    def _set_state(self, account: Account, state: AccountState) -> Account:
        if account.state is state:
            return account
        return self.db.accounts.update_state(account.local_id, state)


class LoopbackRefused(TownProblem):
    """The town does not accept Townsfolk's loopback log-in address: use the code instead."""


class CodeNotAccepted(LoginRefused):
    """The town did not take the code the person pasted: offer to get a new one."""


def _code_refused(error: ApiError) -> bool:
    """Whether a failed code exchange means "this code did not work" (400/401, and 500,
    which Takahē answers for a code it does not know) rather than trouble at the town
    (502/503/504: try again later)."""
    if isinstance(error, ServerError):
        return error.status in (None, 500)
    return True


async def _send_display_name(
    client: MastodonClient, account: Account, me: RemoteAccount
) -> RemoteAccount:
    """The name typed at sign-up, sent once the account is usable (the sign-up request has no
    place for it; issue 11: "Rosa Díaz" became "rosa_diaz"). Sent only while the town still
    has no name of the person's own (empty, or the user name): a name changed on the town's
    web page meanwhile is kept. A town that refuses it leaves the account usable."""
    wanted = account.display_name.strip()
    username = account.handle.partition("@")[0]
    if not wanted or wanted in (username, me.display_name):
        return me
    if me.display_name not in ("", me.username):
        return me
    try:
        return await client.update_credentials(display_name=wanted)
    except (ApiError, httpx.HTTPError) as error:
        log.warning("The name could not be sent to %s (%s)", account.server_domain, error)
        return msgspec.structs.replace(me, display_name=wanted)


def _handle(me: RemoteAccount, domain: str) -> str:
    acct = me.acct or me.username
    if "@" in acct:
        return acct
    return f"{acct}@{domain}"


def _sign_up_rules(instance: Instance) -> SignUpRules:
    reg = instance.registrations
    message = plain_text(reg.message or "").strip()
    if reg.url and not reg.enabled:
        mode = SignUpMode.ELSEWHERE
    elif not reg.enabled:
        mode = SignUpMode.CLOSED
    elif reg.approval_required:
        mode = SignUpMode.APPROVAL
    else:
        mode = SignUpMode.OPEN
    return SignUpRules(
        mode=mode,
        reason_required=bool(reg.reason_required),
        min_age=reg.min_age or None,
        message=message,
        url=reg.url,
    )


_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class _TownExtras:
    """What the instance answer may leave out, asked for separately."""

    people: int | None = None
    active_people: int | None = None
    terms_url: str | None = None
    privacy_url: str | None = None


def _web_page(url: str | None) -> str | None:
    """A page address the browser may open (http or https only), else None."""
    if not url:
        return None
    url = url.strip()
    return url if url.lower().startswith(("https://", "http://")) else None


async def _optional(call: Awaitable[_T]) -> _T | None:
    """The answer, or None when the town does not have this (or cannot say right now):
    these facts are nice to show, never a reason to refuse a town."""
    try:
        return await call
    except (ApiError, httpx.HTTPError):
        return None


async def _town_extras(
    client: MastodonClient, address: TownAddress, instance: Instance
) -> _TownExtras:
    """People counts from NodeInfo, and where the town's terms and privacy policy are.

    Mastodon 4.4+ (``api_versions.mastodon`` >= 4) lists both pages in
    ``configuration.urls``, with ``terms_of_service`` null when the town has none. Older
    towns are asked ``/api/v1/instance/privacy_policy`` (4.0+) and
    ``/api/v1/instance/terms_of_service`` (404 when none); the pages are then
    ``/privacy-policy`` and ``/terms-of-service`` on the town's web address.
    """
    urls = instance.configuration.urls
    privacy = _web_page(urls.privacy_policy)
    terms = _web_page(urls.terms_of_service)
    lists_pages = instance.api_versions.get("mastodon", 0) >= 4
    base = address.base_url.rstrip("/")

    async def privacy_page() -> str | None:
        if privacy or lists_pages:
            return privacy
        policy = await _optional(client.privacy_policy())
        return f"{base}/privacy-policy" if policy and policy.content.strip() else None

    async def terms_page() -> str | None:
        if terms or lists_pages:
            return terms
        found = await _optional(client.terms_of_service())
        return f"{base}/terms-of-service" if found and found.content.strip() else None

    async def counts() -> tuple[int | None, int | None]:
        if instance.user_count is not None and instance.usage.users.active_month:
            return instance.user_count, instance.usage.users.active_month
        info = await _optional(client.nodeinfo())
        total = info.usage.users.total if info else None
        month = info.usage.users.activeMonth if info else None
        return (
            instance.user_count if instance.user_count is not None else total,
            instance.usage.users.active_month or month or None,
        )

    # One after the other: a check that is given up (the person went back) then leaves no
    # request of this client still running when the client closes.
    privacy_url = await privacy_page()
    terms_url = await terms_page()
    people, active = await counts()
    return _TownExtras(
        people=people, active_people=active, terms_url=terms_url, privacy_url=privacy_url
    )


async def _software(client: MastodonClient) -> str | None:
    """The town's software from NodeInfo (lower case), or None."""
    info = await _optional(client.nodeinfo())
    return (info.software.name.strip().lower() or None) if info is not None else None


@dataclass(frozen=True, slots=True)
class _WebPages:
    rules_url: str | None = None
    terms_url: str | None = None
    privacy_url: str | None = None
    about_url: str | None = None


async def _page_exists(client: MastodonClient, path: str) -> str | None:
    """The page's address when the town shows it (200, a web page), else None."""
    try:
        response = await client.request(
            "GET", path, authenticated=False, ok_statuses=(401, 403, 404, 405, 410)
        )
    except (ApiError, httpx.HTTPError):
        return None
    if response.status_code != 200:
        return None
    if "html" not in response.headers.get("content-type", "").lower():
        return None
    if response.url.host != httpx.URL(client.base_url).host:
        return None  # sent somewhere else: not the town's own page
    return str(response.url)


async def _first_page(client: MastodonClient, paths: tuple[str, ...]) -> str | None:
    for path in paths:
        if found := await _page_exists(client, path):
            return found
    return None


async def _web_pages(
    client: MastodonClient, address: TownAddress, extras: _TownExtras, *, need_rules: bool
) -> _WebPages:
    """What the town's answers left out, looked for on its web pages (Takahē keeps its
    rules, terms and privacy policy there and answers 404 or ``[]`` in the API). Asked only
    for what is missing; the about page (or the home page) is there to link when no rules
    can be found at all, so the wizard never shows "no rules" as if there were none."""
    if not need_rules and extras.terms_url and extras.privacy_url:
        return _WebPages()
    rules = await _first_page(client, RULES_PAGES) if need_rules else None
    terms = None if extras.terms_url else await _first_page(client, TERMS_PAGES)
    privacy = None if extras.privacy_url else await _first_page(client, PRIVACY_PAGES)
    about = None
    if need_rules:
        about = await _first_page(client, ABOUT_PAGES) or address.base_url
    return _WebPages(rules_url=rules, terms_url=terms, privacy_url=privacy, about_url=about)


def _town_info(
    address: TownAddress,
    instance: Instance,
    rules: tuple[Rule, ...],
    extras: _TownExtras | None = None,
) -> TownInfo:
    extras = extras or _TownExtras()
    contact = instance.contact.account
    return TownInfo(
        address=address,
        domain=instance.domain or address.host,
        title=instance.title or address.display_name,
        description=plain_text(instance.description or "").strip(),
        rules=rules,
        sign_up=_sign_up_rules(instance),
        contact_handle=(
            _handle(contact, instance.domain or address.host) if contact is not None else None
        ),
        people=instance.user_count if instance.user_count is not None else extras.people,
        active_people=instance.usage.users.active_month or extras.active_people,
        languages=tuple(instance.languages),
        max_characters=instance.configuration.statuses.max_characters,
        terms_url=extras.terms_url,
        privacy_url=extras.privacy_url,
    )


def _missing_fields(form: SignUpForm, rules: SignUpRules) -> dict[str, str]:
    missing: dict[str, str] = {}
    if not form.username.strip():
        missing["username"] = _field_message("username", "ERR_BLANK")
    if not form.email.strip():
        missing["email"] = _field_message("email", "ERR_BLANK")
    if not form.password:
        missing["password"] = _field_message("password", "ERR_BLANK")
    if not form.agreement:
        missing["agreement"] = _field_message("agreement", "ERR_ACCEPTED")
    if (
        rules.mode is SignUpMode.APPROVAL
        and rules.reason_required
        and not (form.reason or "").strip()
    ):
        missing["reason"] = _field_message("reason", "ERR_BLANK")
    if rules.min_age and not form.date_of_birth:
        missing["date_of_birth"] = _field_message("date_of_birth", "ERR_BLANK")
    return missing


def _sign_up_validation_problem(error: ValidationFailed) -> SignUpProblem:
    fields: dict[str, str] = {}
    for name, problems in error.details.items():
        code = problems[0][0] if problems else ""
        fields[name] = _field_message(name, code)
    if not fields:
        return SignUpProblem(
            translate("Accounts", "The town did not accept this sign-up. Please check every box.")
        )
    return SignUpProblem(translate("Accounts", "Please look at the marked boxes."), fields)


__all__ += ["LoginNotCompleted", "LoopbackRefused", "SignUpMode", "describe_problem"]

"""Adding accounts against practice towns on 127.0.0.1: browser log-in through the real
loopback receiver, the copy-the-code way, sign-up in every mode, waiting for the email,
logging out. Secrets end up in the keyring and nowhere else."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from townsfolk.cache import AccountRole, AccountState, Database
from townsfolk.services.accounts import (
    AccountsService,
    LoopbackRefused,
    SignUpForm,
    SignUpMode,
    SignUpProblem,
    TownProblem,
)
from townsfolk.services.loopback import LoginRefused, LoginTampered, LoginTimedOut
from townsfolk.services.secrets import SecretStore


@pytest.fixture
def db(profile_dir: Path):
    database = Database.open(profile_dir / "townsfolk.db")
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def service(db: Database) -> AccountsService:
    return AccountsService(db, SecretStore())


class Browser:
    """Stands in for the person's browser: opens the page and follows redirects for real."""

    def __init__(self, *, login: tuple[str, str] | None = None) -> None:
        self.login = login
        self.opened: list[str] = []
        self.last: httpx.Response | None = None

    async def __call__(self, url: str) -> None:
        self.opened.append(url)
        async with httpx.AsyncClient(follow_redirects=True, timeout=10) as client:
            page = await client.get(url)
            if self.login is not None and "<form" in page.text:
                fields = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', page.text))
                fields.update(username=self.login[0], password=self.login[1])
                page = await client.post(str(page.url).split("?")[0], data=fields)
            self.last = page


def _form(username: str = "newcomer", **extra) -> SignUpForm:
    values = dict(
        username=username,
        email=f"{username}@example.org",
        password="a long practice password",
        agreement=True,
        locale="en",
    )
    values.update(extra)
    return SignUpForm(**values)


# --------------------------------------------------------------------------------- towns


async def test_check_town_reads_rules_and_sign_up_mode(service, maple):
    info = await service.check_town(maple.base_url)
    assert info.domain == "maple.practice"
    assert info.rules, "the practice town has rules"
    assert info.sign_up.mode is SignUpMode.OPEN
    assert info.max_characters >= 500
    assert info.contact_handle
    assert info.contact_handle.endswith("@maple.practice")


async def test_town_not_usable_is_explained(service, maple):
    maple.town.flavour = "misskey"
    with pytest.raises(TownProblem) as caught:
        await service.check_town(maple.base_url)
    assert "cannot use" in caught.value.user_message


async def test_town_down_is_explained(service, maple):
    maple.town.faults.set("down")
    with pytest.raises(TownProblem) as caught:
        await service.check_town(maple.base_url)
    assert "could not reach" in caught.value.user_message


async def test_bad_address_is_explained(service):
    with pytest.raises(TownProblem) as caught:
        await service.check_town("https://mastodon.social/about")
    assert "address of a page" in caught.value.user_message


# --------------------------------------------------------------------------------- log in


async def test_browser_login_end_to_end(service, maple, db, memory_keyring):
    maple.town.auto_approve_as = "ann"
    browser = Browser()
    account = await service.log_in_with_browser(maple.base_url, browser, timeout=20)

    assert account.handle == "ann@maple.practice"
    assert account.state is AccountState.ACTIVE
    assert account.role is AccountRole.MAIN
    assert browser.last is not None
    assert "You are logged in" in browser.last.text
    # PKCE and state were used.
    assert "code_challenge=" in browser.opened[0]
    assert "state=" in browser.opened[0]
    # The secrets are in the keyring, and the app was registered once.
    token = service.secrets.get_token(account.local_id)
    assert token is not None
    assert db.registrations.get(maple.base_url) is not None
    assert service.secrets.get_client_secret(maple.base_url) is not None
    async with await service.client_for(account) as client:
        me = await client.verify_credentials()
    assert me.username == "ann"

    # Logging in again to the same person updates the stored account, registers nothing new.
    registered_before = db.registrations.get(maple.base_url)
    again = await service.log_in_with_browser(maple.base_url, Browser(), timeout=20)
    assert again.local_id == account.local_id
    assert db.registrations.get(maple.base_url) == registered_before
    assert len(db.accounts.list()) == 1


async def test_browser_login_with_the_town_login_form(service, maple):
    browser = Browser(login=("bob", maple.town.password("bob")))
    account = await service.log_in_with_browser(maple.base_url, browser, timeout=20)
    assert account.handle == "bob@maple.practice"


async def test_browser_login_without_pkce_on_an_older_town(service, maple):
    maple.town.pkce_supported = False
    maple.town.version = "4.2.0"
    maple.town.auto_approve_as = "ann"
    browser = Browser()
    account = await service.log_in_with_browser(maple.base_url, browser, timeout=20)
    assert account.state is AccountState.ACTIVE
    assert "code_challenge" not in browser.opened[0]


async def test_browser_login_times_out(service, maple):
    async def browser_that_never_comes_back(url: str) -> None:
        return None

    with pytest.raises(LoginTimedOut):
        await service.log_in_with_browser(
            maple.base_url, browser_that_never_comes_back, timeout=0.2
        )
    assert service.db.accounts.list() == []


async def test_forged_answer_is_rejected(service, maple):
    async def forger(url: str) -> None:
        redirect = re.search(r"redirect_uri=([^&]+)", url).group(1)
        async with httpx.AsyncClient() as client:
            await client.get(
                httpx.URL(httpx.QueryParams(f"u={redirect}")["u"]),
                params={"code": "stolen", "state": "not-ours"},
            )

    # The forged answer is ignored (the real one could still come); when the time runs out,
    # the person hears that a wrong answer came. The forger is done before the wait starts.
    with pytest.raises(LoginTampered):
        await service.log_in_with_browser(maple.base_url, forger, timeout=0.5)
    assert service.db.accounts.list() == []


async def test_denied_login(service, maple):
    maple.town.auto_approve_as = "ann"

    async def deny(url: str) -> None:
        # The person presses "Deny": the town sends the browser back with an error.
        redirect = httpx.URL(url).params["redirect_uri"]
        state = httpx.URL(url).params["state"]
        async with httpx.AsyncClient() as client:
            await client.get(redirect, params={"error": "access_denied", "state": state})

    with pytest.raises(LoginRefused):
        await service.log_in_with_browser(maple.base_url, deny, timeout=10)


async def test_town_refusing_loopback_falls_back_to_the_code(service, maple):
    maple.town.loopback_ignores_port = False
    maple.town.auto_approve_as = "ann"
    browser = Browser()
    with pytest.raises(LoopbackRefused) as caught:
        await service.log_in_with_browser(maple.base_url, browser, timeout=10)
    assert "code" in caught.value.user_message
    assert browser.opened == [], "the browser is not sent to an error page"

    login = await service.start_code_login(maple.base_url)
    async with httpx.AsyncClient() as person:
        page = await person.get(login.url)
    code = re.search(r'id="code">([^<]+)<', page.text).group(1)
    account = await service.finish_code_login(login, code)
    assert account.handle == "ann@maple.practice"


async def test_code_login_rejects_a_wrong_code(service, maple):
    login = await service.start_code_login(maple.base_url)
    with pytest.raises(LoginRefused) as caught:
        await service.finish_code_login(login, "not-the-code")
    assert "did not work" in caught.value.user_message
    with pytest.raises(LoginRefused):
        await service.finish_code_login(login, "  ")


async def test_backup_account_in_second_town(service, maple, harbour):
    maple.town.auto_approve_as = "ann"
    harbour.town.auto_approve_as = "ann"
    main = await service.log_in_with_browser(maple.base_url, Browser(), timeout=20)
    backup = await service.log_in_with_browser(
        harbour.base_url, Browser(), timeout=20, role=AccountRole.BACKUP, backup_of=main.local_id
    )
    assert backup.role is AccountRole.BACKUP
    assert service.db.accounts.backups(main.local_id) == [backup]


# --------------------------------------------------------------------------------- sign up


async def test_sign_up_then_confirm_email(service, maple, db):
    account = await service.sign_up(maple.base_url, _form("newcomer"))
    assert account.state is AccountState.WAITING_FOR_EMAIL
    assert account.handle == "newcomer@maple.practice"

    # Still waiting: the town says the email is not confirmed.
    assert (await service.check_waiting(account)).state is AccountState.WAITING_FOR_EMAIL
    await service.resend_confirmation_email(account)

    maple.town.confirm_email("newcomer")
    active = await service.check_waiting(account)
    assert active.state is AccountState.ACTIVE
    assert active.remote_id


async def test_the_name_typed_at_sign_up_reaches_the_town(service, maple, db):
    """Issue 11, break 5: "Rosa Díaz" became "rosa_diaz". Registration has no place for the
    name, so it is sent (update_credentials) once the account is usable."""
    account = await service.sign_up(maple.base_url, _form("rosa_diaz", display_name="Rosa Díaz"))
    maple.town.confirm_email("rosa_diaz")
    active = await service.check_waiting(account)
    assert active.state is AccountState.ACTIVE
    assert active.display_name == "Rosa Díaz"
    assert maple.town.world.lookup("rosa_diaz", maple.domain, maple.domain).display_name == (
        "Rosa Díaz"
    )
    # No name typed: the town keeps what it has (nothing is sent).
    plain = await service.sign_up(maple.base_url, _form("no_name"))
    maple.town.confirm_email("no_name")
    assert (await service.check_waiting(plain)).display_name == "no_name"
    assert maple.town.world.lookup("no_name", maple.domain, maple.domain).display_name == (
        "no_name"
    )


async def test_a_name_the_town_refuses_leaves_the_account_usable(service, maple, db):
    account = await service.sign_up(maple.base_url, _form("long_name", display_name="N" * 40))
    maple.town.confirm_email("long_name")
    active = await service.check_waiting(account)
    assert active.state is AccountState.ACTIVE
    assert active.display_name == "N" * 40  # what she typed is kept here
    assert maple.town.world.lookup("long_name", maple.domain, maple.domain).display_name == (
        "long_name"
    )


async def test_waiting_account_survives_a_restart(maple, profile_dir: Path):
    first_db = Database.open(profile_dir / "townsfolk.db")
    first = AccountsService(first_db, SecretStore())
    account = await first.sign_up(maple.base_url, _form("patient"))
    first_db.close()

    second_db = Database.open(profile_dir / "townsfolk.db")
    try:
        second = AccountsService(second_db, SecretStore())
        (waiting,) = second.waiting_accounts()
        assert waiting.local_id == account.local_id
        maple.town.confirm_email("patient")
        changes = []
        done = await second.wait_until_let_in(waiting, interval=0.01, on_change=changes.append)
        assert done.state is AccountState.ACTIVE
        assert changes
        assert changes[-1].state is AccountState.ACTIVE
    finally:
        second_db.close()


async def test_sign_up_needing_approval(service, maple):
    maple.town.registration_mode = "approval"
    maple.town.reason_required = True
    rules = await service.sign_up_rules(maple.base_url)
    assert rules.mode is SignUpMode.APPROVAL
    assert rules.reason_required

    with pytest.raises(SignUpProblem) as caught:
        await service.sign_up(maple.base_url, _form("hopeful"))
    assert "reason" in caught.value.field_messages

    account = await service.sign_up(maple.base_url, _form("hopeful", reason="I love maples."))
    maple.town.confirm_email("hopeful")
    waiting = await service.check_waiting(account)
    assert waiting.state is AccountState.WAITING_FOR_APPROVAL
    maple.town.approve("hopeful")
    assert (await service.check_waiting(waiting)).state is AccountState.ACTIVE


async def test_sign_up_closed_town(service, maple):
    maple.town.registration_mode = "closed"
    assert (await service.sign_up_rules(maple.base_url)).mode is SignUpMode.CLOSED
    with pytest.raises(SignUpProblem) as caught:
        await service.sign_up(maple.base_url, _form("late"))
    assert "not taking new people right now" in caught.value.user_message
    assert service.db.accounts.list() == []


async def test_sign_up_minimum_age(service, maple):
    maple.town.min_age = 16
    rules = await service.sign_up_rules(maple.base_url)
    assert rules.min_age == 16
    with pytest.raises(SignUpProblem) as caught:
        await service.sign_up(maple.base_url, _form("young"))
    assert "date_of_birth" in caught.value.field_messages
    account = await service.sign_up(maple.base_url, _form("grown", date_of_birth="1990-05-01"))
    assert account.state is AccountState.WAITING_FOR_EMAIL


async def test_sign_up_name_taken_is_said_per_field(service, maple):
    with pytest.raises(SignUpProblem) as caught:
        await service.sign_up(maple.base_url, _form("ann"))
    assert caught.value.field_messages["username"].startswith(
        "Someone in this town already uses that name"
    )


async def test_sign_up_validation_messages(service, maple):
    with pytest.raises(SignUpProblem) as caught:
        await service.sign_up(maple.base_url, _form("x y!", email="nope", password="short"))
    fields = caught.value.field_messages
    assert set(fields) >= {"username", "email", "password"}
    for message in fields.values():
        assert message.endswith(".")
        for word in ("ERR_", "instance", "422", "token"):
            assert word not in message


async def test_sign_up_rate_limited_says_when(service, maple):
    maple.town.faults.set("rate_limit", reset_in=600, paths="/api/v1/accounts")
    with pytest.raises(SignUpProblem) as caught:
        await service.sign_up(maple.base_url, _form("eager"))
    assert "try again" in caught.value.user_message


async def test_sign_up_missing_agreement(service, maple):
    with pytest.raises(SignUpProblem) as caught:
        await service.sign_up(maple.base_url, _form("careless", agreement=False))
    assert "agreement" in caught.value.field_messages


# --------------------------------------------------------------------------------- log out


async def test_log_out_revokes_and_forgets(service, maple, db):
    maple.town.auto_approve_as = "ann"
    account = await service.log_in_with_browser(maple.base_url, Browser(), timeout=20)
    token = service.secrets.get_token(account.local_id).reveal()

    await service.log_out(account, keep_saved_posts=True)

    assert service.secrets.get_token(account.local_id) is None
    assert db.accounts.get(account.local_id).state is AccountState.LOGGED_OUT
    async with httpx.AsyncClient(base_url=maple.base_url) as raw:
        answer = await raw.get(
            "/api/v1/accounts/verify_credentials", headers={"Authorization": f"Bearer {token}"}
        )
    assert answer.status_code == 401, "the town forgot the access"


async def test_log_out_when_town_is_down_still_forgets_locally(service, maple, db):
    maple.town.auto_approve_as = "ann"
    account = await service.log_in_with_browser(maple.base_url, Browser(), timeout=20)
    maple.town.faults.set("down")
    await service.log_out(account, keep_saved_posts=False)
    assert service.secrets.get_token(account.local_id) is None
    assert db.accounts.get(account.local_id) is None

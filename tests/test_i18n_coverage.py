"""Every sentence that code below the UI gives people goes through Qt's translation.

Three ways of looking:

- at run time: with a translator that upper-cases every text (placeholders kept), real errors'
  messages must come out with no lower-case letter left, apart from the values put into them
  (a town's name, what the town said);
- in the source: messages are never bare string literals given to the message exceptions, and
  every ``translate(...)`` call has literal arguments that ``pyside6-lupdate`` can collect;
- in the catalogue: every such text is in ``i18n/*.ts``, translations keep the placeholders,
  and the German catalogue really reaches a service's message through Qt.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from townsfolk import i18n
from townsfolk.api import errors as api_errors
from townsfolk.api.client import MastodonClient
from townsfolk.cache import Database, Draft
from townsfolk.cache import errors as cache_errors
from townsfolk.cache.database import repaired_message, replaced_message
from townsfolk.services import accounts, outbox, timelines
from townsfolk.services.addresses import BadTownAddress, parse_town_address
from townsfolk.services.loopback import LoginTimedOut, LoopbackReceiver
from townsfolk.services.pictures import PictureRefused, RefusalReason
from townsfolk.services.post_actions import ActionFailed, PostActions
from townsfolk.services.secrets import KeyringUnavailable, SecretStore

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "townsfolk"

#: The modules whose sentences must all be translatable.
MODULES = sorted(
    [
        *(SRC / "api").glob("*.py"),
        *(SRC / "cache").glob("*.py"),
        # every service (issue 13: a context in a variable or a _t() helper hid the kinds of
        # posts, the kinds of accounts, lists and people from lupdate)
        *(SRC / "services").rglob("*.py"),
    ]
)

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%[0-9]+|%n")


def _shout(context: str, text: str) -> str:
    """A stand-in language: everything upper case, placeholders untouched."""
    pieces = _PLACEHOLDER.split(text)
    holders = _PLACEHOLDER.findall(text)
    out = [pieces[0].upper()]
    for holder, piece in zip(holders, pieces[1:], strict=True):
        out += [holder, piece.upper()]
    return "".join(out)


@pytest.fixture
def shouting() -> Iterator[None]:
    i18n.install(_shout)
    try:
        yield
    finally:
        i18n.install(None)


def assert_translated(message: str, *values: str) -> None:
    """No lower-case letter is left once the values put into the message are taken out."""
    assert message.strip(), "empty message"
    rest = message
    for value in values:
        rest = rest.replace(value, "")
    left = [ch for ch in rest if ch.islower()]
    assert not left, f"not translated: {message!r}"


# --------------------------------------------------------------------------- at run time

TOWN = "maple.example"


def _api_errors() -> list[api_errors.ApiError]:
    found: list[api_errors.ApiError] = []
    for server in (TOWN, ""):  # "" uses the "The town" wording
        found += [
            api_errors.ApiError("x", server=server),
            api_errors.NetworkError("x", server=server),
            api_errors.CannotConnect("refused", server=server),
            api_errors.TimedOut("slow", server=server),
            api_errors.TlsError("bad certificate", server=server),
            api_errors.ServerError("502", server=server),
            api_errors.Unauthorized("401", server=server),
            api_errors.NotFound("404", server=server),
            api_errors.RequestRejected("400", server=server),
            api_errors.BadResponse("not json", server=server),
            api_errors.NotMastodonCompatible("x", server=server),
            api_errors.NotMastodonCompatible("x", software="misskey", server=server),
            api_errors.ValidationFailed("x", server=server),
            api_errors.ValidationFailed(
                "x",
                details={
                    "username": [("ERR_TAKEN", "is taken"), ("ERR_SOMETHING_NEW", "?")],
                    "email": [("ERR_BLOCKED", "")],
                    "password": [("ERR_TOO_SHORT", "")],
                    "agreement": [("ERR_ACCEPTED", "")],
                    "date_of_birth": [("ERR_BELOW_LIMIT", "")],
                },
                server=server,
            ),
        ]
        found += [
            api_errors.RateLimited("x", retry_after=after, server=server)
            for after in (None, 30.0, 600.0)
        ]
        found += [
            api_errors.Forbidden("x", reason=reason, server=server)
            for reason in api_errors.ForbiddenReason
        ]
    return found


def test_api_errors_speak_the_installed_language(shouting):
    samples = _api_errors()
    assert len(samples) > 40
    for error in samples:
        assert_translated(error.user_message(), TOWN, "misskey".capitalize())


def test_unknown_form_field_is_translated_too(shouting):
    error = api_errors.ValidationFailed("x", details={"favourite_colour": [("ERR_BLANK", "")]})
    assert_translated(error.user_message(), "favourite colour")


def test_storage_errors_and_notice_speak_the_installed_language(shouting):
    kinds = [
        getattr(cache_errors, name)
        for name in cache_errors.__all__
        if isinstance(getattr(cache_errors, name), type)
        and issubclass(getattr(cache_errors, name), cache_errors.StorageError)
    ]
    assert len(kinds) >= 8
    for kind in kinds:
        error = kind("disk I/O error")
        assert_translated(str(error))
        assert error.user_message == str(error)
    assert_translated(replaced_message())
    assert_translated(repaired_message())


def test_errors_made_before_a_language_is_installed_stay_english():
    """Messages are made when the error is, not when the module is imported."""
    before = cache_errors.StorageFull("x").user_message
    i18n.install(_shout)
    try:
        after = cache_errors.StorageFull("x").user_message
    finally:
        i18n.install(None)
    assert before != after
    assert after == before.upper()


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "two words",
        "ftp://maple.example",
        "@not a name@maple.example",
        "https://ann:pw@maple.example",
        "maple.example/about",
        "http://203.0.113.7",
        "no-dot",
    ],
)
def test_bad_town_addresses(shouting, typed):
    with pytest.raises(BadTownAddress) as caught:
        parse_town_address(typed)
    assert_translated(caught.value.user_message, TOWN)
    assert str(caught.value) == caught.value.user_message


def test_picture_refusals(shouting):
    reasons: tuple[RefusalReason, ...] = (
        "missing",
        "unreadable",
        "not_a_picture",
        "damaged",
        "too_many_pixels",
        "too_big",
        "animation_too_big",
    )
    for reason in reasons:
        message = PictureRefused(reason, "detail").user_message
        assert_translated(message, "JPEG", "PNG", "GIF", "WebP")


def test_picture_refusal_for_a_real_file(shouting, tmp_path: Path):
    from townsfolk.services.pictures import prepare_picture

    (tmp_path / "notes.png").write_text("not a picture at all")
    with pytest.raises(PictureRefused) as caught:
        prepare_picture(tmp_path / "notes.png")
    assert_translated(caught.value.user_message, "JPEG", "PNG", "GIF", "WebP")


def test_keyring_unavailable(shouting):
    error = KeyringUnavailable("no backend")
    assert_translated(error.user_message, "GNOME", "KWallet")
    assert str(error) == error.user_message


def _client_answering(status: int, body: bytes = b'{"error":"no"}') -> MastodonClient:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": "application/json"})

    return MastodonClient(
        f"https://{TOWN}",
        access_token="not-a-real-one",
        transport=httpx.MockTransport(answer),
        max_retries=0,
        retry_backoff=0,
    )


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (404, b'{"error":"Record not found"}'),
        (429, b'{"error":"Too many requests"}'),
        (401, b'{"error":"The access token is invalid"}'),
        (403, b'{"error":"This action is not allowed"}'),
        (422, b'{"error":"Validation failed"}'),
        (500, b'{"error":"oops"}'),
        (400, b'{"error":"bad"}'),
    ],
)
async def test_post_action_refusals(shouting, profile_dir: Path, status, body):
    db = Database.open(profile_dir / "townsfolk.db")
    client = _client_answering(status, body)
    try:
        actions = PostActions(db, 1, client)
        attempts = [
            lambda: actions.toggle("favourite", "1", True),
            lambda: actions.toggle("favourite", "1", False),
            lambda: actions.toggle("boost", "1", True),
            lambda: actions.toggle("boost", "1", False),
            lambda: actions.toggle("bookmark", "1", True),
            lambda: actions.toggle("bookmark", "1", False),
            lambda: actions.vote("1", [0]),
            lambda: actions.delete("1"),
            lambda: actions.edit("1", text="hello"),
        ]
        for attempt in attempts:
            with pytest.raises(ActionFailed) as caught:
                await attempt()
            assert_translated(caught.value.user_message, TOWN)
    finally:
        await client.aclose()
        db.close()


async def test_loopback_timeout_and_browser_page(shouting):
    async with LoopbackReceiver("expected-state") as receiver:
        with pytest.raises(LoginTimedOut) as caught:
            await receiver.wait(timeout=0.01)
    assert_translated(caught.value.user_message)

    async with LoopbackReceiver("expected-state") as receiver:
        async with httpx.AsyncClient() as browser:
            page = await browser.get(receiver.redirect_uri, params={"code": "c", "state": "s"})
        with pytest.raises(Exception) as refused:  # the wrong answer was ignored; time runs out
            await receiver.wait(timeout=0.05)
    assert page.status_code == 400
    title = re.search(r"<h1>(.*?)</h1>", page.text)
    text = re.search(r"<p>(.*?)</p>", page.text)
    assert title is not None
    assert text is not None
    assert_translated(title.group(1))
    assert_translated(text.group(1))
    assert getattr(refused.value, "user_message", None)


def test_accounts_sentences(shouting, profile_dir: Path):
    samples = [
        api_errors.TlsError("x"),
        api_errors.CannotConnect("x"),
        api_errors.TimedOut("x"),
        api_errors.NotMastodonCompatible("x"),
        api_errors.RateLimited("x", retry_after=None),
        api_errors.RateLimited("x", retry_after=600),
        api_errors.RateLimited("x", retry_after=10_000),
        api_errors.NotFound("x", server=TOWN),
        httpx.ReadError("x"),
        RuntimeError("x"),
    ]
    for error in samples:
        assert_translated(accounts.describe_problem(error, TOWN), TOWN)
    db = Database.open(profile_dir / "townsfolk.db")
    try:
        service = accounts.AccountsService(db, SecretStore())
        with pytest.raises(accounts.TownProblem) as caught:
            service.parse_address("maple.example/about")
    finally:
        db.close()
    assert_translated(caught.value.user_message, TOWN)
    for field in ("username", "email", "password", "agreement", "reason", "date_of_birth", "x"):
        for code in ("ERR_TAKEN", "ERR_BLANK", "ERR_INVALID", "ERR_ACCEPTED", "ERR_NEW"):
            assert_translated(accounts._field_message(field, code))


async def test_outbox_sentences(shouting, profile_dir: Path):
    db = Database.open(profile_dir / "townsfolk.db")

    async def no_clients(account_id: int) -> MastodonClient:
        raise AssertionError("nothing should be sent")

    service = outbox.Outbox(db, no_clients)
    try:
        with pytest.raises(outbox.OutboxProblem) as caught:
            await service.submit(1, Draft(text="   "))
        assert_translated(caught.value.user_message)
        with pytest.raises(outbox.OutboxProblem) as caught:
            await service.edit(12345, Draft(text="hello"))
        assert_translated(caught.value.user_message)
        for error in (
            api_errors.ValidationFailed("Validation failed: Text is too long"),
            api_errors.ValidationFailed(""),
            api_errors.NotFound("x"),
            api_errors.Unauthorized("x", server=TOWN),
            api_errors.ServerError("x", server=TOWN),
        ):
            assert_translated(outbox._attention_message(error, TOWN), TOWN, "Text is too long")
    finally:
        await service.aclose()
        db.close()


def test_timeline_sentences(shouting):
    assert_translated(timelines.user_message(api_errors.CannotConnect("x")))
    assert_translated(timelines.user_message(api_errors.ServerError("x", server=TOWN)), TOWN)
    assert_translated(timelines.user_message(RuntimeError("x")))
    assert_translated(timelines.offline_message())


def test_offline_message_constant_is_its_english_text():
    assert timelines.offline_message() == timelines.OFFLINE_MESSAGE


# --------------------------------------------------------------------------- in the source


def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_text(node: ast.expr) -> bool:
    """A sentence written right here: a str literal, an f-string, or text glued with +/%."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value.strip())
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    return False


def _message_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """Exception classes whose first argument is the message for people (``user_message``),
    and their subclasses."""
    found: set[str] = set()
    classes = [node for tree in trees.values() for node in ast.walk(tree)]
    classes_only = [node for node in classes if isinstance(node, ast.ClassDef)]
    for node in classes_only:
        for item in node.body:
            if (
                isinstance(item, ast.FunctionDef)
                and item.name == "__init__"
                and len(item.args.args) > 1
                and item.args.args[1].arg == "user_message"
            ):
                found.add(node.name)
    changed = True
    while changed:
        changed = False
        for node in classes_only:
            if node.name not in found and any(_name(base) in found for base in node.bases):
                found.add(node.name)
                changed = True
    return found


@pytest.fixture(scope="module")
def trees() -> dict[Path, ast.Module]:
    assert len(MODULES) > 20
    return {path: _parse(path) for path in MODULES}


def test_message_classes_are_found(trees):
    found = _message_classes(trees)
    for expected in (
        "ActionFailed",
        "BadTownAddress",
        "TownProblem",
        "SignUpProblem",
        "LoopbackRefused",
        "LoginTimedOut",
        "LoginTampered",
        "OutboxProblem",
        "NotificationsFailed",
    ):
        assert expected in found


def _untranslated(tree: ast.Module, message_classes: set[str]) -> list[tuple[int, str]]:
    problems: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            if name in message_classes and node.args and _is_text(node.args[0]):
                problems.append((node.lineno, f"{name}(...) is given bare text"))
            for keyword in node.keywords:
                if keyword.arg == "user_message" and _is_text(keyword.value):
                    problems.append((node.lineno, "user_message= is given bare text"))
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
            for target in targets:
                if _name(target) == "user_message" and value is not None and _is_text(value):
                    problems.append((node.lineno, "user_message is set to bare text"))
        elif isinstance(node, ast.FunctionDef) and node.name in ("user_message", "_message"):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value and _is_text(inner.value):
                    problems.append((inner.lineno, f"{node.name}() returns bare text"))
    return problems


def test_no_bare_sentences_for_people(trees):
    classes = _message_classes(trees)
    problems = [
        f"{path.relative_to(ROOT)}:{line}: {what}"
        for path, tree in trees.items()
        for line, what in _untranslated(tree, classes)
    ]
    assert not problems, "wrap these in translate(...):\n" + "\n".join(problems)


def test_the_check_catches_bare_sentences():
    tree = ast.parse(
        "def f(town):\n"
        "    raise ActionFailed('Could not do it.')\n"
        "def g(town):\n"
        "    raise ActionFailed(f'{town} said no.')\n"
        "def h(town):\n"
        "    raise ActionFailed(translate('X', 'Fine {town}.').format(town=town))\n"
        "class E(Exception):\n"
        "    def user_message(self):\n"
        "        return 'Plain English.'\n"
    )
    lines = sorted(line for line, _ in _untranslated(tree, {"ActionFailed"}))
    assert lines == [2, 4, 9]


def _translate_calls(tree: ast.Module) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) == "translate":
            if isinstance(node.func, ast.Attribute) and len(node.args) == 1:
                continue  # str.translate(table)
            yield node


def _literal_calls(trees: dict[Path, ast.Module]) -> dict[Path, list[tuple[str, str]]]:
    found: dict[Path, list[tuple[str, str]]] = {}
    for path, tree in trees.items():
        for call in _translate_calls(tree):
            args = call.args
            where = f"{path.name}:{call.lineno}"
            assert len(args) in (2, 4), (
                f"{where}: translate(context, text) or translate(context, text, None, n)"
            )
            assert not call.keywords, f"{where}: pass translate()'s arguments by position"
            if len(args) == 4:
                # pyside6-lupdate silently skips a plural sentence whose count is anything but a
                # plain name (len(x), x.count): name it first.
                assert isinstance(args[3], ast.Name), f"{where}: name the count before translate()"
                args = args[:2]
            literal = all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args)
            assert literal, (
                f"{where}: translate() needs literal strings (no f-string, no +, no variables) "
                "so pyside6-lupdate can collect them; use .format() after it"
            )
            context, text = (a.value for a in args if isinstance(a, ast.Constant))
            found.setdefault(path, []).append((context, text))
    return found


def test_translate_calls_are_collectable_and_one_context_per_module(trees):
    calls = _literal_calls(trees)
    assert len(calls) >= 10
    for path, pairs in calls.items():
        contexts = {context for context, _ in pairs}
        assert len(contexts) == 1, f"{path.name} uses several contexts: {sorted(contexts)}"


# --------------------------------------------------------------------------- in the catalogue


def _catalogues() -> list[Path]:
    found = sorted((ROOT / "i18n").glob("*.ts"))
    assert found
    return found


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    messages: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages[(name, message.findtext("source") or "")] = message
    return messages


def test_every_sentence_is_in_the_catalogues(trees):
    wanted = {pair for pairs in _literal_calls(trees).values() for pair in pairs}
    for ts in _catalogues():
        missing = sorted(wanted - set(_messages(ts)))
        assert not missing, (
            f"{ts.name} lacks {len(missing)} sentences (run scripts/update-translations.sh): "
            f"{missing[:5]}"
        )


def _unfinished_and_left_over(ts: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    unfinished, left_over = [], []
    for (context, source), message in _messages(ts).items():
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            left_over.append((context, source))
            continue
        forms = [] if translation is None else list(translation.iter("numerusform"))
        if forms:
            texts = [f.text for f in forms]
        else:
            texts = [translation.text if translation is not None else ""]
        if kind == "unfinished" or not all((t or "").strip() for t in texts):
            unfinished.append((context, source))
    return unfinished, left_over


def test_every_message_is_translated_and_none_is_left_over():
    """No catalogue ships a message without a translation (it would show in English), nor one
    whose sentence is gone from the code (obsolete or vanished: scripts/update-translations.sh
    drops them)."""
    for ts in _catalogues():
        unfinished, left_over = _unfinished_and_left_over(ts)
        assert not unfinished, f"{ts.name}: {len(unfinished)} not translated: {unfinished[:5]}"
        assert not left_over, f"{ts.name}: {len(left_over)} no longer used: {left_over[:5]}"


def test_the_catalogue_check_catches_what_it_should(tmp_path: Path):
    ts = tmp_path / "townsfolk_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="xx"><context>'
        "<name>C</name>"
        "<message><source>done</source><translation>fait</translation></message>"
        '<message><source>new</source><translation type="unfinished"></translation></message>'
        "<message><source>empty</source><translation></translation></message>"
        '<message numerus="yes"><source>%n posts</source><translation>'
        "<numerusform>%n post</numerusform><numerusform></numerusform></translation></message>"
        '<message><source>gone</source><translation type="vanished">parti</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    unfinished, left_over = _unfinished_and_left_over(ts)
    assert [s for _c, s in unfinished] == ["new", "empty", "%n posts"]
    assert [s for _c, s in left_over] == ["gone"]


def test_translations_keep_the_placeholders():
    for ts in _catalogues():
        for (context, source), message in _messages(ts).items():
            translation = message.find("translation")
            if translation is None or not (translation.text or "").strip():
                continue
            assert sorted(_PLACEHOLDER.findall(translation.text or "")) == sorted(
                _PLACEHOLDER.findall(source)
            ), f"{ts.name} [{context}] {source!r}: placeholders differ"


def test_german_reaches_a_service_message(qapp):
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from townsfolk.assets import i18n_dir

    german = _messages(ROOT / "i18n" / "townsfolk_de.ts")
    source = (
        "Could not reach {town}. It may be down for a while, or your internet "
        "connection may be off. Nothing was lost; try again in a few minutes."
    )
    expected = german[("ApiErrors", source)].findtext("translation") or ""
    assert expected.strip()
    translator = QTranslator()
    assert translator.load(QLocale(QLocale.Language.German), "townsfolk", "_", str(i18n_dir()))
    qapp.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    try:
        message = api_errors.CannotConnect("refused", server=TOWN).user_message()
        storage = str(cache_errors.StorageFull("x"))
    finally:
        i18n.install(None)
        qapp.removeTranslator(translator)
    assert message == expected.format(town=TOWN)
    assert storage != cache_errors.StorageFull("x").user_message

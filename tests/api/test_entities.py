"""Decoding entities: real shapes, odd servers, and hostile payloads."""

from __future__ import annotations

import copy
import json
from typing import Any

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from townsfolk.api.entities import (
    Account,
    Application,
    Card,
    Context,
    Instance,
    InstanceV1,
    List,
    Marker,
    MediaAttachment,
    Notification,
    Poll,
    Relationship,
    SearchResults,
    Status,
    Token,
    decode,
    decode_list,
    parse_datetime,
)
from townsfolk.api.errors import BadResponse

from .samples import ACCOUNT, INSTANCE_V1, INSTANCE_V2, STATUS


def test_full_status_decodes_every_field() -> None:
    status = decode(json.dumps(STATUS), Status)
    assert status.id == "112233445566"
    assert status.account.acct == "ann"
    assert status.account.emojis[0].shortcode == "wave"
    assert status.account.fields[0].name == "Site"
    media = status.media_attachments[0]
    assert media.type == "image"
    assert media.meta is not None
    assert media.meta.focus is not None
    assert media.meta.focus.x == -0.5
    assert media.meta.original is not None
    assert media.meta.original.width == 640
    assert status.mentions[0].acct == "bob@harbour.example"
    assert status.tags[0].name == "garden"
    assert status.card is not None
    assert status.card.title == "Ann's garden"
    assert status.poll is not None
    assert [o.votes_count for o in status.poll.options] == [6, 4]
    assert status.poll.own_votes == [1]
    assert status.application is not None
    assert status.application.name == "Web"
    assert status.reblog is None
    assert status.in_reply_to_id is None
    assert status.created is not None
    assert status.created.year == 2024
    assert status.created.microsecond == 123000


def test_boost_wraps_the_original_and_moved_account() -> None:
    boost = copy.deepcopy(STATUS)
    boost["id"] = "7"
    boost["reblog"] = copy.deepcopy(STATUS)
    boost["account"] = dict(ACCOUNT, id="8", moved=dict(ACCOUNT, id="9", acct="ann@new.example"))
    status = decode(json.dumps(boost), Status)
    assert status.reblog is not None
    assert status.reblog.id == "112233445566"
    assert status.account.moved is not None
    assert status.account.moved.acct == "ann@new.example"


def test_integer_ids_become_strings() -> None:
    payload = dict(STATUS, id=1234, in_reply_to_id=55, in_reply_to_account_id=66)
    payload["account"] = dict(ACCOUNT, id=77)
    payload["mentions"] = [{"id": 5, "acct": "bob"}]
    status = decode(json.dumps(payload), Status)
    assert (status.id, status.in_reply_to_id, status.in_reply_to_account_id) == ("1234", "55", "66")
    assert status.account.id == "77"
    assert status.mentions[0].id == "5"
    marker = decode(b'{"last_read_id": 99, "version": 3, "updated_at": "x"}', Marker)
    assert marker.last_read_id == "99"


def test_nulls_and_missing_fields_get_defaults() -> None:
    status = decode(
        b'{"id": "1", "account": {"id": "2", "display_name": null, "note": null,'
        b' "emojis": null, "fields": null, "moved": null}, "content": null,'
        b' "media_attachments": null, "spoiler_text": null, "replies_count": null}',
        Status,
    )
    assert status.content == ""
    assert status.media_attachments == []
    assert status.account.name == ""
    assert status.account.emojis == []
    assert status.replies_count == 0
    assert status.url is None


def test_unknown_fields_are_ignored_and_numbers_as_text_accepted() -> None:
    account = decode(
        b'{"id": "1", "acct": "x", "pleroma": {"deep": [1, 2]}, "followers_count": "12",'
        b' "locked": "false"}',
        Account,
    )
    assert account.followers_count == 12
    assert account.locked is False


def test_bad_date_does_not_break_the_post() -> None:
    status = decode(
        b'{"id": "1", "account": {"id": "2"}, "created_at": "yesterday-ish",'
        b' "edited_at": "2024-13-45"}',
        Status,
    )
    assert status.created is None
    assert status.edited is None
    assert parse_datetime("2024-05-01T12:00:00.123456+02:00") is not None
    assert parse_datetime("2024-05-01") is not None
    assert parse_datetime("") is None


def test_instance_v2_keeps_defaults_for_missing_limits() -> None:
    instance = decode(json.dumps(INSTANCE_V2), Instance)
    assert instance.configuration.statuses.max_characters == 1000
    assert instance.configuration.statuses.characters_reserved_per_url == 23
    assert instance.configuration.media_attachments.image_size_limit == 16_777_216
    assert instance.configuration.polls.max_options == 4
    assert instance.registrations.enabled
    assert instance.registrations.approval_required
    assert instance.registrations.reason_required is False
    assert instance.api_versions == {"mastodon": 2}
    assert instance.rules[0].text == "Be kind"
    assert instance.contact.account is not None


def test_instance_v1_is_normalised_to_v2_shape() -> None:
    instance = decode(json.dumps(INSTANCE_V1), InstanceV1).to_v2()
    assert instance.from_v1
    assert instance.domain == "old.example"
    assert instance.registrations.enabled is True
    assert instance.registrations.approval_required is False
    assert instance.configuration.statuses.max_characters == 500
    assert instance.configuration.urls.streaming == "wss://old.example"
    assert instance.user_count == 50
    assert instance.rules[0].id == "1"
    assert instance.thumbnail is not None
    pleroma = decode(json.dumps(dict(INSTANCE_V1, max_toot_chars=5000)), InstanceV1).to_v2()
    assert pleroma.configuration.statuses.max_characters == 5000


def test_secrets_hidden_from_repr() -> None:
    token = decode(b'{"access_token": "sekrit-token-123", "scope": "read"}', Token)
    app = decode(
        b'{"name": "T", "client_id": "cid", "client_secret": "sekrit-secret-9"}', Application
    )
    assert "sekrit" not in repr(token)
    assert "sekrit" not in str(token)
    assert "sekrit" not in repr(app)
    assert token.access_token == "sekrit-token-123"


def test_decode_list_skips_broken_items() -> None:
    skipped: list[BadResponse] = []
    items = decode_list(
        json.dumps([STATUS, {"id": "2"}, {"nonsense": True}, 5, STATUS]),
        Status,
        on_skip=skipped.append,
    )
    assert [s.id for s in items] == [STATUS["id"], STATUS["id"]]
    assert len(skipped) == 3
    with pytest.raises(BadResponse):
        decode_list(b'{"error": "x"}', Status)


@pytest.mark.parametrize(
    "payload",
    [b"", b"{", b'{"id": "1", "account": {"id": "2"}', b"<html>oops</html>", b"\xff\xfe", b"null"],
)
def test_malformed_payloads_raise_bad_response(payload: bytes) -> None:
    with pytest.raises(BadResponse):
        decode(payload, Status)


def test_deep_nesting_is_refused_cleanly() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(BadResponse):
        decode(deep, Status)
    nested: Any = {"id": "1"}
    for _ in range(200):
        nested = {"id": "1", "account": {"id": "2"}, "reblog": nested}
    with pytest.raises(BadResponse):
        decode(json.dumps(nested), Status)


# ----------------------------------------------------------------- property-based, hostile

ENTITY_TYPES: list[type[Any]] = [
    Account,
    Status,
    Notification,
    Instance,
    InstanceV1,
    MediaAttachment,
    Poll,
    Relationship,
    Context,
    SearchResults,
    Token,
    Marker,
    Application,
    Card,
    List,
]

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
    | st.sampled_from(["", "1", "true", "2024-05-01T12:00:00Z", "not a date", "x" * 5000])
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)

STATUS_KEYS = sorted(set(STATUS) | {"reblog", "text"})
ACCOUNT_KEYS = sorted(ACCOUNT)


def _mutated(base: dict[str, Any], keys: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    """The real payload with some keys removed, replaced by hostile values, or added."""

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        out = copy.deepcopy(base)
        for key in draw(st.lists(st.sampled_from(keys), max_size=5)):
            if draw(st.booleans()):
                out.pop(key, None)
            else:
                out[key] = draw(json_values)
        out.update(draw(st.dictionaries(st.text(max_size=8), json_values, max_size=3)))
        return out

    return build()


def _check(payload: bytes, type_: type[Any]) -> None:
    message = ""
    try:
        result = decode(payload, type_)
    except BadResponse as exc:
        message = exc.user_message()
        result = None
    if result is None:
        assert message
        return
    assert isinstance(result, type_)
    # What we decoded can be encoded again (caches store entities as JSON).
    msgspec.json.encode(result)


@given(payload=_mutated(STATUS, STATUS_KEYS))
def test_hostile_status_gives_status_or_bad_response(payload: dict[str, Any]) -> None:
    _check(msgspec.json.encode(payload), Status)


@given(payload=_mutated(ACCOUNT, ACCOUNT_KEYS))
def test_hostile_account_gives_account_or_bad_response(payload: dict[str, Any]) -> None:
    _check(msgspec.json.encode(payload), Account)


@given(payload=_mutated(INSTANCE_V2, sorted(INSTANCE_V2)))
def test_hostile_instance_gives_instance_or_bad_response(payload: dict[str, Any]) -> None:
    _check(msgspec.json.encode(payload), Instance)


@given(value=json_values, type_=st.sampled_from(ENTITY_TYPES))
def test_random_json_gives_entity_or_bad_response(value: Any, type_: type[Any]) -> None:
    _check(msgspec.json.encode(value), type_)


@given(data=st.binary(max_size=200), type_=st.sampled_from(ENTITY_TYPES))
def test_random_bytes_give_entity_or_bad_response(data: bytes, type_: type[Any]) -> None:
    _check(data, type_)


@given(value=json_values)
def test_random_json_lists_never_escape(value: Any) -> None:
    try:
        items = decode_list(msgspec.json.encode([value, STATUS]), Status)
    except BadResponse:
        pytest.fail("a list must not fail because of one bad item")
    assert items
    assert items[-1].id == STATUS["id"]

"""Showing town names and addresses: look-alike (IDN) names in their network form."""

from __future__ import annotations

import idna
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from townsfolk.services.addresses import display_handle, display_host


@pytest.mark.parametrize(
    ("host", "shown"),
    [
        ("mastodon.social", "mastodon.social"),
        ("Mastodon.Social.", "mastodon.social"),
        ("bücher.example", "bücher.example"),
        ("xn--bcher-kva.example", "bücher.example"),
        ("пример.рф", "пример.рф"),  # Cyrillic throughout: a Russian name
        ("例え.jp", "例え.jp"),  # Japanese: Han + Hiragana
        ("日本語.jp", "日本語.jp"),
        ("한국어.kr", "한국어.kr"),
        ("münchen-日本.de", "münchen-日本.de"),
        ("ελλάδα.gr", "ελλάδα.gr"),
        ("127.0.0.1:8080", "127.0.0.1:8080"),
        ("localhost", "localhost"),
    ],
)
def test_ordinary_names_are_shown_in_their_own_letters(host: str, shown: str) -> None:
    assert display_host(host) == shown


@pytest.mark.parametrize(
    "host",
    [
        "pаypal.example",  # Cyrillic а inside a Latin word
        "xn--pypal-4ve.example",  # the same, as the network writes it
        "mastodοn.social",  # Greek omicron
        "аррӏе.example",  # only Cyrillic letters that look Latin
        "ѕсоре.example",
        "gооgle.com",  # two Cyrillic о
        "mastodon.ѕocial",  # a look-alike in the last part
    ],
)
def test_look_alike_names_are_shown_in_their_network_form(host: str) -> None:
    shown = display_host(host)
    assert shown.isascii()
    assert "xn--" in shown
    assert idna.decode(shown) == idna.decode(idna.encode(host, uts46=True))


def test_an_invalid_name_is_shown_as_it_came() -> None:
    assert display_host("xn--zz.example") == "xn--zz.example"
    assert display_host("not a host") == "not a host"
    assert display_host("bad\u202ename.example").isascii()  # never raw controls


@pytest.mark.parametrize(
    ("acct", "town", "shown"),
    [
        ("ann", "maple.practice", "@ann@maple.practice"),
        ("@ann@maple.practice", "", "@ann@maple.practice"),
        ("bob@xn--bcher-kva.example", "", "@bob@bücher.example"),
        ("eve@pаypal.example", "maple.practice", "@eve@xn--pypal-4ve.example"),
        ("ann", "", "@ann"),
    ],
)
def test_handles(acct: str, town: str, shown: str) -> None:
    assert display_handle(acct, town) == shown


_LETTERS = st.characters(
    categories=("Ll", "Lu", "Lo", "Nd"), max_codepoint=0x30FF, exclude_characters="\u0130"
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(_LETTERS, min_size=1, max_size=12), min_size=1, max_size=3))
def test_display_never_raises_and_mixed_scripts_never_show_in_unicode(labels: list[str]) -> None:
    """Fuzz: any name gives an answer; a label that mixes Latin with Cyrillic or Greek is never
    shown in Unicode."""
    host = ".".join(labels) + ".example"
    shown = display_host(host)
    assert isinstance(shown, str)
    for label in shown.split("."):
        latin = any("a" <= ch.lower() <= "z" for ch in label)
        other = any("\u0370" <= ch <= "\u04ff" for ch in label)
        assert not (latin and other), shown

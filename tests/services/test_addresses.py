from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from townsfolk.services.addresses import BadTownAddress, parse_town_address


@pytest.mark.parametrize(
    ("typed", "base_url", "display", "username"),
    [
        ("mastodon.social", "https://mastodon.social", "mastodon.social", None),
        ("  Mastodon.Social  ", "https://mastodon.social", "mastodon.social", None),
        ("https://mastodon.social/", "https://mastodon.social", "mastodon.social", None),
        ("http://mastodon.social", "https://mastodon.social", "mastodon.social", None),
        ("@ann@mastodon.social", "https://mastodon.social", "mastodon.social", "ann"),
        ("ann@mstdn.social", "https://mstdn.social", "mstdn.social", "ann"),
        ("bücher.example", "https://xn--bcher-kva.example", "bücher.example", None),
        ("https://xn--bcher-kva.example", "https://xn--bcher-kva.example", "bücher.example", None),
        ("mastodon.social.", "https://mastodon.social", "mastodon.social", None),
        ("http://127.0.0.1:8123", "http://127.0.0.1:8123", "127.0.0.1:8123", None),
        ("http://localhost:9000/", "http://localhost:9000", "localhost:9000", None),
        ("http://[::1]:9000", "http://[::1]:9000", "::1:9000", None),
        ("https://93.184.216.34", "https://93.184.216.34", "93.184.216.34", None),
        ("social.example:8443", "https://social.example:8443", "social.example:8443", None),
    ],
)
def test_usual_forms(typed, base_url, display, username):
    address = parse_town_address(typed)
    assert address.base_url == base_url
    assert address.display_name == display
    assert address.username == username


def test_loopback_is_on_this_computer():
    assert parse_town_address("http://127.0.0.1:1").is_on_this_computer
    assert not parse_town_address("mastodon.social").is_on_this_computer


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "Please type the address"),
        ("hello world", "does not look like a town"),
        ("mastodon", "does not look like a town"),
        ("https://mastodon.social/about", "address of a page"),
        ("mastodon.social/@ann", "address of a page"),
        ("https://mastodon.social/?x=1", "address of a page"),
        ("ftp://mastodon.social", "not the address of a town"),
        ("javascript:alert(1)", "does not look like"),
        ("http://93.184.216.34", "safe (https) connection"),
        ("https://user:pw@mastodon.social", "without a name or password"),
        ("@@mastodon.social", "person's address"),
        ("-bad-.example", "does not look like"),
        ("a" * 400, "does not look like"),
        ("https://mastodon.social:99999", "does not look like"),
        ("1.2.3", "does not look like"),
    ],
)
def test_bad_addresses_get_a_plain_sentence(typed, says):
    with pytest.raises(BadTownAddress) as caught:
        parse_town_address(typed)
    assert says in caught.value.user_message
    for word in ("instance", "URL", "OAuth", "API"):
        assert word not in caught.value.user_message


@given(st.text(max_size=80))
def test_any_text_gives_an_address_or_a_sentence(text):
    try:
        address = parse_town_address(text)
    except BadTownAddress as error:
        message = error.user_message
        address = None
    if address is None:
        assert message.endswith(".")
    else:
        assert address.base_url.startswith(("https://", "http://"))
        if address.base_url.startswith("http://"):
            assert address.is_on_this_computer


def test_an_email_address_is_told_apart_from_a_persons_address():
    """Issue 11, break 9: "rosa@gmail.com" in the town box said "could not reach gmail.com"."""
    from townsfolk.services.addresses import looks_like_email

    for typed in (
        "rosa@gmail.com",
        " Rosa.Diaz@GMAIL.com ",
        "rosa@hotmail.co.uk",
        "ann+fedi@x.org",
    ):
        assert looks_like_email(typed), typed
    for typed in (
        "@ann@mastodon.social",
        "ann@mastodon.social",
        "mastodon.social",
        "https://mastodon.social/@ann",
        "rosa@gmail",
        "",
    ):
        assert not looks_like_email(typed), typed

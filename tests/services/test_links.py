"""The one link gate (services/links.py): only web pages and email addresses get through."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from townsfolk.practice.hostile import BAD_URLS
from townsfolk.services.links import MAX_URL_CHARS, is_safe_external_url, safe_external_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://mastodon.social/@ann/1", "https://mastodon.social/@ann/1"),
        ("http://127.0.0.1:8080/terms", "http://127.0.0.1:8080/terms"),
        ("HTTPS://Example.org/a?b=c#d", "https://Example.org/a?b=c#d"),
        ("  https://example.org/  \n", "https://example.org/"),
        ("https://bücher.example/", "https://bücher.example/"),
        ("https://xn--bcher-kva.example/", "https://xn--bcher-kva.example/"),
        ("https://[::1]:8443/", "https://[::1]:8443/"),
        ("mailto:ann@example.org", "mailto:ann@example.org"),
        ("mailto:ann@example.org?subject=Hi", "mailto:ann@example.org?subject=Hi"),
    ],
)
def test_web_pages_and_email_get_through(url: str, expected: str) -> None:
    assert safe_external_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        *BAD_URLS,
        "file:/etc/passwd",
        "FILE:///C:/Windows/System32/calc.exe",
        "smb:\\\\evil\\share",
        "\\\\evil.example\\share",
        "//evil.example/share",
        "/etc/passwd",
        "C:\\Windows\\win.ini",
        "JavaScript:alert(1)",
        "java\nscript:alert(1)",
        " javascript:alert(1)",
        "vbscript:msgbox(1)",
        "ftp://files.example/",
        "sftp://files.example/",
        "ssh://host.example",
        "tel:+123456",
        "steam://run/1",
        "ms-msdt:/id PCWDiagnostic",
        "search-ms:query=x",
        "townsfolk:profile?acct=ann",
        "itms-services://?action=download-manifest",
        "https:///etc/passwd",
        "https:evil.example",
        "http:/evil.example",
        "https://",
        "https://user:pass@evil.example/",
        "https://bank.example%40evil.example@evil.example/",
        "https:\\\\evil.example\\",
        "https://evil.example\\@good.example/",
        "https://evil.example:notaport/",
        "https://evil.example/a b",
        "https://evil.example/\u202egnp.exe",
        "https://evil.example/\u200b",
        "https://evil.example/\x00",
        "https://evil.example/\x85",
        "mailto:",
        "mailto:nobody",
        "mailto://evil.example/share",
        "",
        "   ",
        "https://example.org/" + "a" * MAX_URL_CHARS,
    ],
)
def test_everything_else_is_refused(url: str) -> None:
    assert safe_external_url(url) is None
    assert not is_safe_external_url(url)


@pytest.mark.parametrize("value", [None, 42, b"https://example.org/", ["https://example.org/"]])
def test_things_that_are_not_text_are_refused(value: object) -> None:
    assert safe_external_url(value) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_whatever_gets_through_is_a_web_page_or_an_email(text: str) -> None:
    """Fuzz: any answer starts with an allowed scheme and holds no space or control."""
    answer = safe_external_url(text)
    if answer is None:
        return
    assert answer.startswith(("https://", "http://", "mailto:"))
    assert not any(ch.isspace() or ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in answer)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["file", "smb", "javascript", "data", "ftp", "vbscript", "ms-settings"]),
    st.text(max_size=60),
)
def test_a_bad_scheme_is_refused_whatever_follows(scheme: str, rest: str) -> None:
    for variant in (scheme, scheme.upper(), scheme.title()):
        assert safe_external_url(f"{variant}:{rest}") is None

"""Post times and numbers in the person's language (ui/dates.py, issue 13)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from townsfolk.ui.dates import day_format, number, relative_time, short_date
from townsfolk.ui.language import apply_language, remove_language
from townsfolk.ui.timeline import model

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
THIS_YEAR = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
LAST_YEAR = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("locale", "this_year", "other_year", "big"),
    [
        ("C", "27 Nov", "1 May 2024", "1234567"),
        ("en_GB", "27 Nov", "1 May 2024", "1,234,567"),
        ("en_US", "Nov 27", "May 1, 2024", "1,234,567"),
        ("de_DE", "27. Nov.", "1. Mai 2024", "1.234.567"),
        ("es_ES", "27 de nov", "1 de may de 2024", "1.234.567"),
        ("fr_FR", "27 nov.", "1 mai 2024", "1\u202f234\u202f567"),
        ("pt_BR", "27 de nov.", "1 de mai. de 2024", "1.234.567"),
        ("ar_EG", "٢٧ نوفمبر", "١ مايو ٢٠٢٤", "١٬٢٣٤٬٥٦٧"),
        ("ja_JP", "11月27日", "2024年5月1日", "1,234,567"),
    ],
)
def test_days_and_numbers_in_each_language(qapp, locale, this_year, other_year, big):
    here = QLocale(locale)
    assert short_date(THIS_YEAR, NOW, here) == this_year
    assert short_date(LAST_YEAR, NOW, here) == other_year
    assert relative_time(LAST_YEAR, NOW, here) == other_year
    assert number(1234567, here) == big


def test_never_a_bare_numeric_date(qapp):
    """The old short format gave "1 05 2024" in the C locale."""
    assert "05" not in short_date(LAST_YEAR, NOW, QLocale.c())
    for name in ("C", "en_US", "de_DE", "fr_FR", "ar_EG", "ko_KR", "ru_RU", "zh_CN"):
        with_year, without = day_format(name, True), day_format(name, False)
        assert "M" in with_year
        assert "M" in without
        assert "d" in without
        if name not in ("zh_CN",):  # Chinese writes months as numbers with 月
            assert "MMM" in with_year
            assert "MMM" in without
        assert "y" in with_year
        assert "y" not in without
        assert "ddd" not in with_year  # no weekday


def test_short_times_in_english(qapp):
    assert relative_time(None) == ""
    assert relative_time(NOW - timedelta(seconds=20), NOW) == "now"
    assert relative_time(NOW + timedelta(minutes=5), NOW) == "now"  # a clock ahead of ours
    assert relative_time(NOW - timedelta(minutes=1), NOW) == "1 min"
    assert relative_time(NOW - timedelta(minutes=59), NOW) == "59 min"
    assert relative_time(NOW - timedelta(hours=3), NOW) == "3 h"
    assert relative_time(NOW - timedelta(hours=23, minutes=59), NOW) == "23 h"
    assert relative_time(NOW - timedelta(days=7), NOW, QLocale("en_GB")) == "27 Nov"


def test_timeline_model_keeps_its_name_for_callers():
    assert model.relative_time is relative_time


@pytest.mark.parametrize(
    ("code", "texts", "hours"),
    [
        ("de", {1: "1 Min.", 5: "5 Min."}, "3 Std."),
        ("es", {1: "1 min", 5: "5 min"}, "3 h"),
        ("fr", {1: "1 min", 5: "5 min"}, "3 h"),
        ("pt_BR", {1: "1 min", 5: "5 min"}, "3 h"),
        # Arabic has six plural forms; Arabic-Indic digits come from the locale (%Ln).
        (
            "ar",
            {1: "دقيقة واحدة", 2: "دقيقتان", 3: "٣ دقائق", 10: "١٠ دقائق", 11: "١١ دقيقة"},
            "٣ ساعات",
        ),
    ],
)
def test_short_times_in_each_language(qapp, code, texts, hours):
    applied = apply_language(QApplication.instance(), code)
    try:
        assert applied.code == code
        for minutes, expected in texts.items():
            assert relative_time(NOW - timedelta(minutes=minutes), NOW) == expected
        assert relative_time(NOW - timedelta(seconds=1), NOW) != "now"
        assert relative_time(NOW - timedelta(hours=3), NOW) == hours
        assert relative_time(NOW - timedelta(days=30), NOW) == short_date(
            NOW - timedelta(days=30), NOW, QLocale()
        )
    finally:
        remove_language(QApplication.instance(), applied)

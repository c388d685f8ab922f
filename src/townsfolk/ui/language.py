"""The language Townsfolk speaks (issue 13).

By default the computer's own language, when Townsfolk has a translation for it, else English;
Settings → Language can choose another ("" means "Same as this computer"). The choice takes
effect at the next start: every window writes its words when it is made, so switching while
running would leave half of them in the old language.

:func:`apply_language` does everything a language brings with it, once, before the first
window: Townsfolk's catalogue (``i18n/townsfolk_<code>.qm``), Qt's own (the standard buttons of
dialogs), the default ``QLocale`` (dates and numbers, ``ui/dates.py``; the help pages), and the
direction of the layout (Arabic is right to left).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox

from townsfolk import i18n
from townsfolk.assets import i18n_dir

__all__ = [
    "AppliedLanguage",
    "apply_language",
    "available_languages",
    "fill_language_choices",
    "language_note",
    "native_name",
]

#: The language the code is written in; it needs no catalogue.
SOURCE_LANGUAGE = "en"


def available_languages() -> list[str]:
    """Codes of the languages Townsfolk speaks: English and every shipped catalogue."""
    try:
        folder = i18n_dir()
    except FileNotFoundError:
        return [SOURCE_LANGUAGE]
    codes = sorted(p.stem.removeprefix("townsfolk_") for p in folder.glob("townsfolk_*.qm"))
    return [SOURCE_LANGUAGE, *codes]


#: Names as people write them in their own language (Qt's are "American English", "español de
#: España": right for a locale, too narrow for a language).
_OWN_NAMES = {
    "en": "English",
    "ar": "العربية",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
}


def native_name(code: str) -> str:
    """A language in its own words: "Deutsch", "Español", "Português (Brasil)", "العربية"."""
    if code in _OWN_NAMES:
        return _OWN_NAMES[code]
    locale = QLocale(code)
    name = locale.nativeLanguageName() or code
    if "_" in code:
        name = f"{name} ({locale.nativeTerritoryName()})"
    return name[:1].upper() + name[1:]


@dataclass(slots=True)
class AppliedLanguage:
    """What :func:`apply_language` did: the language in use and the translators it installed
    (kept so Qt does not lose them)."""

    code: str
    locale: QLocale
    direction: Qt.LayoutDirection
    translators: list[QTranslator] = field(default_factory=list)
    #: What was there before (``remove_language`` puts it back).
    previous_locale: QLocale = field(default_factory=QLocale)
    previous_direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight


def _best_match(locale: QLocale, available: list[str]) -> str:
    """The shipped language closest to ``locale``: "pt_BR" for Brazil, "es" for Mexico,
    "pt_BR" for Portugal too (better than English), English otherwise."""
    for name in locale.uiLanguages():
        wanted = name.replace("-", "_")
        if wanted in available:
            return wanted
        base = wanted.split("_")[0]
        if base in available:
            return base
        same_language = [code for code in available if code.split("_")[0] == base]
        if same_language:
            return same_language[0]
    return SOURCE_LANGUAGE


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """The code of the language to use for the Settings choice ``setting`` ("" = system)."""
    available = available_languages()
    if setting and setting in available:
        return setting
    return _best_match(system or QLocale.system(), available)


def apply_language(
    app: QApplication, setting: str = "", system: QLocale | None = None
) -> AppliedLanguage:
    """Install the language chosen in Settings (or the computer's) into ``app``."""
    code = choose_language(setting, system)
    previous_locale, previous_direction = QLocale(), app.layoutDirection()
    if code == SOURCE_LANGUAGE:
        # English words, but the computer's own way of writing dates and numbers.
        locale = system or QLocale.system()
        if setting == SOURCE_LANGUAGE or locale.language() != QLocale.Language.English:
            locale = QLocale(QLocale.Language.English, locale.territory())
    else:
        locale = QLocale(code)
        own = system or QLocale.system()
        if own.language() == locale.language() and "_" not in code:
            locale = QLocale(locale.language(), own.territory())  # es_MX keeps Mexico's ways
    QLocale.setDefault(locale)
    applied = AppliedLanguage(
        code, locale, locale.textDirection(), [], previous_locale, previous_direction
    )
    i18n.install(QApplication.translate)  # services' sentences go through Qt too
    if code != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(f"townsfolk_{code}", str(i18n_dir())):
            app.installTranslator(ours)
            applied.translators.append(ours)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{code}", qt_folder) or qt_own.load(
            f"qtbase_{code.split('_')[0]}", qt_folder
        ):
            app.installTranslator(qt_own)
            applied.translators.append(qt_own)
    if not applied.translators and code != SOURCE_LANGUAGE:
        applied.code = SOURCE_LANGUAGE  # the catalogue could not be read: English, left to right
        applied.direction = Qt.LayoutDirection.LeftToRight
    app.setLayoutDirection(applied.direction)
    return applied


def remove_language(app: QApplication, applied: AppliedLanguage) -> None:
    """Undo :func:`apply_language` (tests, screenshots in several languages)."""
    for translator in applied.translators:
        app.removeTranslator(translator)
    applied.translators.clear()
    QLocale.setDefault(applied.previous_locale)
    app.setLayoutDirection(applied.previous_direction)


def fill_language_choices(combo: QComboBox, current: str) -> None:
    """Settings → Language: "Same as this computer", then each language in its own name
    (so a person who cannot read the present language still finds theirs)."""
    combo.clear()
    combo.addItem(QApplication.translate("Language", "Same as this computer"), "")
    for code in available_languages():
        combo.addItem(native_name(code), code)
    combo.setCurrentIndex(max(0, combo.findData(current)))


def language_note() -> str:
    return QApplication.translate(
        "Language", "Townsfolk will speak the language you choose the next time it starts."
    )

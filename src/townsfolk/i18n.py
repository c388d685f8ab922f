"""Translation for code below the UI, without Qt.

Services, the cache and the API client write sentences for people (errors, progress). They
wrap them in :func:`translate` with a context name, exactly like ``QCoreApplication.translate``,
so ``pyside6-lupdate`` collects them into ``i18n/*.ts`` alongside the UI's ``tr()`` strings.
At start-up ``app.py`` installs Qt's translator function with :func:`install`; without it
(tests, command-line use) the English text is returned unchanged.

Placeholders use ``{name}`` and ``str.format`` *after* translation, so translators can move
them::

    translate("Accounts", "Townsfolk could not reach {town}.").format(town=town)
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["install", "translate"]

_translator: Callable[..., str] | None = None


def install(function: Callable[..., str] | None) -> None:
    """Use ``function(context, text)`` for every translation (``None`` turns it off). For
    texts with a number, it is called as ``function(context, text, None, n)``, the way
    ``QCoreApplication.translate`` takes plural forms."""
    global _translator  # noqa: PLW0603 (one process-wide hook, set once at start-up)
    _translator = function


def translate(
    context: str, text: str, disambiguation: str | None = None, n: int | None = None
) -> str:
    """``text`` in the person's language, when a translation is installed and known.

    The arguments are those of ``QCoreApplication.translate``, so ``pyside6-lupdate`` collects
    the call: pass the number positionally, ``translate(ctx, "%n minutes", None, n)`` (a
    keyword ``n=`` hides the call from lupdate). With ``n``, ``text`` holds ``%n`` and the
    translation may pick a plural form for ``n`` (Qt's numerus forms); ``%n`` becomes the
    number. Give the English singular as its own
    text (``"1 minute"``) and use ``"%n minutes"`` for the others, as ``ui/timeline`` does."""
    if _translator is None:
        translated = text
    else:
        try:
            if n is None and disambiguation is None:
                translated = _translator(context, text)
            elif n is None:
                translated = _translator(context, text, disambiguation)
            else:
                translated = _translator(context, text, disambiguation, n)
        except Exception:  # a broken translation must never hide a message
            translated = text
        translated = translated or text
    if n is not None:
        translated = translated.replace("%n", str(n))
    return translated

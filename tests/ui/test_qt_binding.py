"""Guards against PySide6 6.12.0's crash on Python 3.11 (see docs/architecture.md).

6.12.0 drops a reference to None on every call of a method that returns nothing; after a few
thousand calls Python 3.11 aborts with "none_dealloc". This test makes many such calls: on a
bad binding the whole test process dies, so it cannot pass by accident.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtGui import QTextDocument


def test_many_calls_returning_nothing_do_not_crash(qapp):
    document = QTextDocument()
    refs_before = sys.getrefcount(None)
    for i in range(200_000):
        document.setTextWidth(100 + (i % 7))
    # On a sound binding, the reference count of None does not drift down by the call count.
    assert sys.getrefcount(None) > refs_before - 1000


def test_pinned_binding_is_not_the_broken_one():
    if sys.version_info < (3, 12):
        assert pyside_version != "6.12.0"

"""The parts of the main window (:class:`townsfolk.ui.main_window.MainWindow`), one module for
each thing it does. ``ui/main_window.py`` keeps the window itself: its signals, the session
and the account on screen, background tasks, looking for new posts, settings and closing.

- ``widgets``: the big button and the page shown before any account;
- ``menus``: the menu bar, its keyboard shortcuts, text size and "About";
- ``accounts``: the account switcher, adding an account and showing another one;
- ``geometry``: the remembered window size and fitting the window to the screen;
- ``reading_page``: the side panel, the page header and the pages, and wiring lists of posts;
- ``failover``: towns that are down (offline banner, backup accounts, "Town status");
- ``posting``: the compose window, replies and the "posts waiting to be sent" button;
- ``notifications``: new notifications, the unread count, read marks, desktop messages;
- ``post_actions``: finding posts on screen and what the person does to a post;
- ``places``: the places of the side panel, their titles, and the pages opened on top;
- ``opened_pages``: profiles, conversations, hashtags, search and the picture viewer.

Each part is plain functions that take the window first. The window's methods that other
code and the tests use (``window.show_place``, ``window.toggle``, ``window._set_title``…) are
those functions bound as class attributes of ``MainWindow`` (``toggle = post_actions.toggle``):
the same name, signature and docstring, connected as Qt slots like any method, and checked by
mypy like one. No mixins: every part names the window it works on.

Moved code keeps the translation context "MainWindow": it calls
``translate("MainWindow", "…")`` (``translate = QCoreApplication.translate``) instead of
``self.tr("…")``, which lupdate would file under the name of the class around it.
"""

from __future__ import annotations

from townsfolk.ui.safe_text import fill

__all__ = ["fill_in"]


def fill_in(text: str, *values: object) -> str:
    """``text`` with ``%1``, ``%2``… filled in, names bidi-isolated (``safe_text.fill``)."""
    return fill(text, *(str(value) for value in values))

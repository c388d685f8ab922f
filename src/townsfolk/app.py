"""The composition root: Qt application + asyncio loop, services, and the first window.

``townsfolk`` (the installed command) and ``python -m townsfolk`` both land in :func:`main`.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from townsfolk import APP_NAME, __version__

log = logging.getLogger("townsfolk")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="townsfolk", description="Townsfolk for the fediverse.")
    parser.add_argument(
        "--profile",
        metavar="DIR",
        help="keep all of Townsfolk's data in DIR (for testing or a portable copy)",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--check-start",
        action="store_true",
        help="open the first window, print its title and quit (checks that a package starts)",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="log every moment the window stops answering for more than 50 ms, with where",
    )
    return parser.parse_args(list(argv))


def _prepare_environment() -> None:
    # Qt's raster thread pool costs ~1.5 ms a frame on small machines (see docs/performance.md).
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    # httpx's command line imports rich and click (~50 ms) whenever they are installed; the
    # app never uses it, and httpx does without it when the import fails.
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    # No garbage collection while the first window is built (~0.5 s of imports and set-up
    # that make no garbage worth the passes); ui.gc collects from a timer afterwards.
    gc.disable()


def _skip_pyside_source_reading() -> None:
    """PySide6 reads the source of every module imported after it (``inspect.getsource``) to
    see whether it asks for a ``__feature__`` (snake_case, true_property); Townsfolk asks for
    none. Telling it so saves ~9 % of start-up's CPU and ~15 MB of source text kept in
    ``linecache`` (docs/performance.md). A PySide6 without this hook is left alone."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", lambda module: False)  # noqa: B010


def install_translator(app: object, language: str = "") -> object | None:
    """Speak the language chosen in Settings (``""``: the computer's own, when Townsfolk has
    it): catalogues, dates and numbers, right-to-left layout (``ui/language.py``)."""
    from townsfolk.ui.language import apply_language

    return apply_language(app, language)  # type: ignore[arg-type]


def _language_setting(profile: Path) -> str:
    from townsfolk import paths
    from townsfolk.services.settings import load_settings

    try:
        return load_settings(paths.settings_path(profile)).language
    except Exception:  # a damaged settings file: the computer's language; it is reported later
        return ""


def build_window(profile: Path) -> object:
    """Create the main window with the user's settings applied (used by main and by tests)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from townsfolk import paths
    from townsfolk.assets import resource
    from townsfolk.services.settings import load_settings
    from townsfolk.ui.app_settings import AppSettings
    from townsfolk.ui.main_window import MainWindow
    from townsfolk.ui.style import apply_color_scheme, apply_text_scale

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings_path = paths.settings_path(profile)
    settings = load_settings(settings_path)
    apply_text_scale(app, settings.text_scale)
    apply_color_scheme(app, settings.color_scheme)
    app.setWindowIcon(QIcon(str(resource("icons", "townsfolk.svg"))))

    window = MainWindow(text_scale=settings.text_scale)
    window.window_settings = QSettings(  # type: ignore[attr-defined]
        str(profile / "window.ini"), QSettings.Format.IniFormat
    )
    window.restore_geometry_from(window.window_settings)  # type: ignore[attr-defined]
    # One set of settings for every window (the practice town's window is attached later).
    window.app_settings = AppSettings(  # type: ignore[attr-defined]
        app, settings_path, settings, parent=window
    )
    window.app_settings.attach(window)  # type: ignore[attr-defined]
    return window


def paint_now(window: Any) -> None:
    """Lay out and paint the window at once (the tasks that fetch newer posts start on the
    next loop turns and would otherwise run before Qt's own paint)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    if window.isVisible():
        window.repaint()


async def start_session(window: Any, profile: Path) -> Any:
    """Open the profile's saved data and accounts, and show them in the window.

    Returns the :class:`~townsfolk.services.session.Session`, or None when the saved data
    cannot be opened (the window then says why, in its message bar)."""
    from townsfolk.cache import StorageError
    from townsfolk.services.session import Session

    try:
        # The session watches every request of its clients (services.health) and switches to
        # a backup account when a main town is not answering (services.failover).
        session = Session.open(profile, switch_back=window.settings.switch_back)
    except StorageError as error:
        log.error("the saved data could not be opened: %s", type(error).__name__)
        window.banner.show_message("storage", str(error), kind="error")
        window.banner.setParent(window.empty_state)
        window.empty_state.layout().insertWidget(0, window.banner)
        return None
    await session.start()
    window.use_session(session, window.settings)
    paint_now(window)  # the saved posts on screen before any network work starts
    await asyncio.sleep(0)  # a loop turn (input, timers) before the rest of the set-up
    # The welcome wizard: at first start, and from "Add an account" / "Add a backup account".
    from townsfolk.ui.welcome_flow import WelcomeFlow

    window.welcome_flow = WelcomeFlow(
        window, session, profile, app_settings=getattr(window, "app_settings", None)
    )
    window.welcome_flow.start()
    # Moving towns (issue 12): the menu entries, the exports and imports that were running
    # when the app stopped (they go on now), and the offer to make a backup the new home.
    from townsfolk.ui import moving

    moving.install(window, session, profile)
    moving.start(window)
    return session


async def _run(window: Any, profile: Path, closed: asyncio.Event) -> None:
    session = None
    try:
        session = await start_session(window, profile)
        from townsfolk.ui.gc import freeze_start_up

        freeze_start_up()  # later collections skip what start-up made (docs/performance.md)
        await closed.wait()
    finally:
        flow = getattr(window, "welcome_flow", None)
        if flow is not None:
            await flow.aclose()
        jobs = getattr(window, "moving", None)
        if jobs is not None:
            await jobs.aclose()  # a running import stops here and resumes at the next start
        await window.aclose()
        if session is not None:
            await session.aclose()


def _check_start(app: Any, window: Any) -> int:
    """Let the first window paint once, say what it is, and quit: `--check-start`."""
    from PySide6.QtCore import QEventLoop, QTimer

    done = QEventLoop()
    QTimer.singleShot(0, done.quit)
    done.exec()
    app.processEvents()
    shown = bool(window.isVisible())
    print(f"{APP_NAME} {__version__} started: {window.windowTitle()}", flush=True)
    window.close()
    return 0 if shown else 1


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    _prepare_environment()

    import qasync
    from PySide6.QtWidgets import QApplication

    _skip_pyside_source_reading()
    from townsfolk.paths import ensure_profile, logs_dir, profile_dir
    from townsfolk.services.diagnostics import setup_logging

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.townsfolk.Townsfolk")
    profile = ensure_profile(profile_dir(args.profile))
    setup_logging(logs_dir(profile))
    install_translator(app, _language_setting(profile))
    log.info("Townsfolk %s starting", __version__)
    window = build_window(profile)
    window.show()  # type: ignore[attr-defined]
    if args.check_start:
        return _check_start(app, window)

    from townsfolk.ui.gc import MainThreadCollector

    collector = MainThreadCollector(app)
    collector.start()
    from townsfolk.ui import watchdog

    if watchdog.wanted(args.debug):
        stalls = watchdog.StallWatchdog(app)
        stalls.start()
        app.aboutToQuit.connect(stalls.stop)

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with loop:
        task = loop.create_task(_run(window, profile, closed))
        try:
            loop.run_until_complete(task)
        except RuntimeError:
            # Qt quit before the session was ready: close what was opened, then stop.
            log.info("Townsfolk quit while starting")
            closed.set()
            loop.run_until_complete(asyncio.gather(task, return_exceptions=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

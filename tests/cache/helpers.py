"""Run a piece of Python in a child process that reports readiness on stdout, then is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[2] / "src")


@contextmanager
def child(code: str, *args: str) -> Iterator[subprocess.Popen[str]]:
    """Start ``python -c code args...`` with pipes; kill it (if still running) at the end."""
    env = dict(os.environ)
    env["PYTHONPATH"] = SRC + os.pathsep + env.get("PYTHONPATH", "")
    with subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as proc:
        try:
            yield proc
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.communicate()


def wait_ready(proc: subprocess.Popen[str]) -> str:
    """Block until the child prints its first line (its 'ready' signal) and return it."""
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        _, err = proc.communicate()
        raise AssertionError(f"child exited before it was ready:\n{err}")
    return line.strip()


def sigkill(proc: subprocess.Popen[str]) -> None:
    """Kill the child the hard way (no clean-up runs) and reap it."""
    os.kill(proc.pid, signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
    proc.wait()

#!/usr/bin/env bash
# Set up Townsfolk's test environment (first time only) and run the whole test suite.
# Qt runs offscreen; a private D-Bus session with an unlocked GNOME Keyring is started so the
# one test that uses a real keyring has one. Extra arguments go to pytest.
# Without arguments the whole suite runs in parallel (pytest-xdist): one worker per core, at
# most 4, each test file kept on one worker (--dist loadfile). TOWNSFOLK_TEST_WORKERS=0 runs
# it in one process. With arguments, pytest gets exactly those (add -n 2 for parallel).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
apt_install "${APT_RUN[@]}" "${APT_TEST[@]}"
setup_python dev
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
if [ "$#" -eq 0 ]; then
    set -- -n "${TOWNSFOLK_TEST_WORKERS:-auto}" --maxprocesses=4 --dist loadfile
fi
exec dbus-run-session -- bash "$ROOT/scripts/with-keyring.sh" "$VENV/bin/python" -m pytest "$@"

#!/usr/bin/env bash
# Set up Townsfolk's test environment (first time only) and run the whole test suite.
# Qt runs offscreen; a private D-Bus session with an unlocked GNOME Keyring is started so the
# one test that uses a real keyring has one. Extra arguments go to pytest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
apt_install "${APT_RUN[@]}" "${APT_TEST[@]}"
setup_python dev
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
exec dbus-run-session -- bash "$ROOT/scripts/with-keyring.sh" "$VENV/bin/python" -m pytest "$@"

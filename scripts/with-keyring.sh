#!/usr/bin/env bash
# Inside a D-Bus session: start one unlocked GNOME Keyring with a throwaway home, wait until it
# answers on the bus, then run "$@"; the keyring is stopped when the command ends.
# The keyring's files and password are temporary; nothing of the user's real keyring is touched.
# One daemon only: starting a second one ("--start" after "--unlock") could leave a locked
# keyring that asks for a password, which failed the keyring test under load.
set -euo pipefail
keyring_home="$(mktemp -d)"
daemon_pid=""
cleanup() {
    if [ -n "$daemon_pid" ]; then
        kill "$daemon_pid" 2>/dev/null || true
        wait "$daemon_pid" 2>/dev/null || true
    fi
    rm -rf "$keyring_home"
}
trap cleanup EXIT

secrets_on_bus() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q "boolean true"
}

if command -v gnome-keyring-daemon >/dev/null 2>&1 && command -v dbus-send >/dev/null 2>&1; then
    printf '%s' townsfolk-test |
        HOME="$keyring_home" gnome-keyring-daemon --foreground --unlock --components=secrets \
            >"$keyring_home/environment" 2>"$keyring_home/log" &
    daemon_pid=$!
    # Set even if the keyring fails to come up, so that its test fails instead of skipping.
    export TOWNSFOLK_REAL_KEYRING=1
    ready=""
    # Wait (up to 20 s) for the keyring to own its name on the bus.
    for _ in $(seq 1 400); do
        if secrets_on_bus; then
            ready=1
            break
        fi
        if ! kill -0 "$daemon_pid" 2>/dev/null; then
            break
        fi
        sleep 0.05
    done
    if [ -z "$ready" ]; then
        echo "GNOME Keyring did not start; the real-keyring test will fail:" >&2
        cat "$keyring_home/log" >&2
    fi
fi
status=0
"$@" || status=$?
exit "$status"

#!/usr/bin/env bash
# Inside a D-Bus session: start an unlocked GNOME Keyring with a throwaway home, then run "$@".
# The keyring's files and password are temporary; nothing of the user's real keyring is touched.
set -euo pipefail
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
if command -v gnome-keyring-daemon >/dev/null 2>&1; then
    eval "$(echo -n townsfolk-test | HOME="$keyring_home" gnome-keyring-daemon --unlock --components=secrets)"
    eval "$(HOME="$keyring_home" gnome-keyring-daemon --start --components=secrets)"
    export GNOME_KEYRING_CONTROL TOWNSFOLK_REAL_KEYRING=1
fi
"$@"

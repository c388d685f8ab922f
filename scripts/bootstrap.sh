#!/usr/bin/env bash
# Sets up what Townsfolk needs on a Debian/Ubuntu machine: the system libraries Qt uses,
# a Python 3.11+ virtual environment in .venv, and Townsfolk installed into it from the lock
# files in requirements/ (exact versions, checked by hash; scripts/update-lock.sh rewrites them).
# Sourced by scripts/start.sh, scripts/test.sh and .ci/run; safe to run again (it only does what
# is missing). Supported: Debian 12 and 13, Ubuntu 22.04 and 24.04.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

# Debian packages. "a|b" means either name will do: the first that this system knows is
# installed (Debian 13 and Ubuntu 24.04 renamed libglib2.0-0 to libglib2.0-0t64).
# For the app: the libraries Qt needs to draw windows (offscreen and X11), and a font.
APT_RUN=("libglib2.0-0t64|libglib2.0-0" libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3
         libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1
         libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core)
# For the tests: a private D-Bus session with GNOME Keyring, for the one test of the real keyring,
# and the validators of the desktop file and the AppStream metainfo (tests/test_desktop_packages.py).
# libpulse0: Qt Multimedia (the "media" extra, in dev) will not load without libpulse.so.0, and
# tests/ui/test_media_playback.py plays real files through it.
APT_TEST=(gnome-keyring dbus appstream desktop-file-utils libpulse0)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        if ! sudo -n true 2>/dev/null && ! [ -t 0 ]; then
            log "sudo needs your password, but there is no terminal here to ask for it."
            log "Please run this once in a terminal, then start again: sudo $*"
            exit 1
        fi
        sudo "$@"
    else
        log "Townsfolk needs to install system packages, but this user is not root and sudo is missing."
        log "Please run as root: $*"
        exit 1
    fi
}

_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

_apt_updated=""
_apt_update() {
    if [ -z "$_apt_updated" ]; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        _apt_updated=1
    fi
}

# The name this system uses among alternatives "a|b" (the first one apt knows).
_available_name() {
    local alternative
    local IFS='|'
    for alternative in $1; do
        if apt-cache show "$alternative" >/dev/null 2>&1; then
            echo "$alternative"
            return 0
        fi
    done
    echo "${1%%|*}"
}

# apt_install PACKAGE... : installs the packages (or "a|b" alternatives) that are missing.
apt_install() {
    local missing=()
    local entry alternative found
    for entry in "$@"; do
        found=""
        local IFS='|'
        for alternative in $entry; do
            if _installed "$alternative"; then
                found=1
                break
            fi
        done
        unset IFS
        [ -n "$found" ] || missing+=("$entry")
    done
    [ "${#missing[@]}" -gt 0 ] || return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        log "Not a Debian/Ubuntu system; please install the equivalents of: ${missing[*]}"
        return 0
    fi
    log "Townsfolk needs these system packages: ${missing[*]//|/ or }"
    log "(the libraries Qt uses to show windows, a font, and for the tests a keyring service)"
    _apt_update
    local names=()
    for entry in "${missing[@]}"; do
        names+=("$(_available_name "$entry")")
    done
    log "Installing: ${names[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${names[@]}"
}

_python_ok() {
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null
}

find_python() {
    local candidate
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 && _python_ok "$candidate"; then
            command -v "$candidate"
            return 0
        fi
    done
    # Ubuntu 22.04 comes with Python 3.10, and has 3.11 as a package of its own.
    if command -v apt-get >/dev/null 2>&1; then
        _apt_update
        if apt-cache show python3.11 >/dev/null 2>&1; then
            log "This system's Python is older than 3.11; installing python3.11 beside it."
            apt_install python3.11 python3.11-venv >&2
            command -v python3.11
            return 0
        fi
    fi
    log "Townsfolk needs Python 3.11 or newer, and this system does not offer it."
    log "Please install Python 3.11 or newer from your system's packages, then start again."
    return 1
}

# setup_python [dev]: the virtual environment with the app's packages (and the test and
# quality tools with "dev"), exactly as the lock files say.
setup_python() {
    local kind="${1:-app}"
    local lock="$ROOT/requirements/$kind.lock"
    local python
    python="$(find_python)"
    if [ ! -x "$VENV/bin/python" ]; then
        if ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
            local version
            version="$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
            apt_install "python${version}-venv|python3-venv"
        fi
        log "Creating the Python environment in .venv"
        "$python" -m venv "$VENV"
    fi
    # Install again only when the lock or the project changed.
    local stamp="$VENV/.townsfolk-installed-$kind"
    local digest
    digest="$(cat "$lock" "$ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
        log "Installing Townsfolk and its Python packages (requirements/$kind.lock)"
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
            --require-hashes --no-deps -r "$lock"
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -e "$ROOT"
        echo "$digest" > "$stamp"
    fi
}

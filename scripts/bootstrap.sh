#!/usr/bin/env bash
# Sets up what Townsfolk needs on a Debian/Ubuntu machine: the system libraries Qt uses,
# a Python 3.11+ virtual environment in .venv, and Townsfolk installed into it.
# Sourced by scripts/start.sh and scripts/test.sh; safe to run again (it only does what is missing).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

# Debian packages: Qt's libraries (offscreen and X11), fonts, and for the tests a keyring
# (gnome-keyring on a private D-Bus session).
APT_RUN=(libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libxcb-cursor0
         libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1
         libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core)
APT_TEST=(gnome-keyring dbus xvfb xauth)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "Townsfolk needs to install system packages, but this user is not root and sudo is missing." >&2
        echo "Please run as root: $*" >&2
        exit 1
    fi
}

apt_install() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        if ! command -v apt-get >/dev/null 2>&1; then
            log "Not a Debian/Ubuntu system; please install the equivalents of: ${missing[*]}"
            return 0
        fi
        log "Installing system packages: ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

find_python() {
    local candidate
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    echo "Townsfolk needs Python 3.11 or newer. Please install it (for example: apt-get install python3)." >&2
    return 1
}

setup_python() {
    local extras="$1"
    local python
    python="$(find_python)"
    if [ ! -x "$VENV/bin/python" ]; then
        if ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
            local version
            version="$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
            apt_install "python${version}-venv" || apt_install python3-venv
        fi
        log "Creating the Python environment in .venv"
        "$python" -m venv "$VENV"
    fi
    # Reinstall only when the project's requirements changed.
    local stamp="$VENV/.townsfolk-installed-$extras"
    local digest
    digest="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
        log "Installing Townsfolk and its Python packages"
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT[$extras]"
        echo "$digest" > "$stamp"
    fi
}

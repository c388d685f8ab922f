#!/usr/bin/env bash
# Build Townsfolk's wheel and install it with pipx the way a person would
# (`pipx install townsfolk-*.whl`), in a throwaway pipx home, then start the installed
# `townsfolk` command offscreen: it opens its first window, prints its title and quits.
# Checks the wheel, not the checkout: nothing from the source tree is on the path.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
apt_install "${APT_RUN[@]}"
VENV="$ROOT/.venv-bundle"
setup_python bundle
cd "$ROOT"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
log "Building the wheel"
"$ROOT/.venv-bundle/bin/python" -m pip wheel --quiet --disable-pip-version-check --no-deps \
    --wheel-dir "$work/wheel" "$ROOT"
wheel="$(ls "$work"/wheel/townsfolk-*.whl)"
log "Installing $(basename "$wheel") with pipx"
# pipx resolves the wheel's dependencies from the package index, as it would for a person;
# the versions are held to the lock file's so the check is repeatable.
grep -E '^[A-Za-z0-9_.-]+==' requirements/app.lock | sed 's/ \\$//' > "$work/constraints.txt"
export PIPX_HOME="$work/pipx" PIPX_BIN_DIR="$work/bin" PIPX_MAN_DIR="$work/man"
"$ROOT/.venv-bundle/bin/pipx" install --python "$(find_python)" \
    --pip-args="--constraint $work/constraints.txt --disable-pip-version-check" "$wheel"
log "Starting the installed townsfolk offscreen"
cd "$work"
QT_QPA_PLATFORM=offscreen "$PIPX_BIN_DIR/townsfolk" --profile "$work/profile" --check-start

#!/usr/bin/env bash
# Build the one-folder Linux bundle with PyInstaller (packaging/townsfolk.spec) and check that it
# starts: the bundle opens its first window offscreen, prints its title and quits.
# The build has its own environment (.venv-bundle, from requirements/bundle.lock), so the app's
# and the tests' environments stay as they are. Result: build/bundle/dist/townsfolk/townsfolk.
# Windows and macOS: the same spec builds there (see docs/packaging.md); PyInstaller does not
# cross-compile, so those bundles are built on those systems.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
# PyInstaller reads the libraries' dependencies with objdump (binutils).
apt_install "${APT_RUN[@]}" binutils
VENV="$ROOT/.venv-bundle"
setup_python bundle
cd "$ROOT"
log "Building the bundle with PyInstaller (a minute or two)"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath build/bundle/dist --workpath build/bundle/work packaging/townsfolk.spec
bundle="build/bundle/dist/townsfolk"
log "Bundle: $bundle ($(du -sh "$bundle" | cut -f1))"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
log "Starting the bundle offscreen"
QT_QPA_PLATFORM=offscreen "$bundle/townsfolk" --profile "$profile" --check-start

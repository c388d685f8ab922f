#!/usr/bin/env bash
# Rewrite the lock files (requirements/app.lock, dev.lock and bundle.lock) from pyproject.toml:
# exact versions with hashes, valid for every Python from 3.11 on and every platform (markers).
# Run it after changing a dependency in pyproject.toml, or to take newer versions
# (`bash scripts/update-lock.sh --upgrade`), then run the whole test suite and commit the files.
# It uses uv (from PyPI, in a throwaway environment) only to resolve; installs use plain pip.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tool="$(mktemp -d)"
trap 'rm -rf "$tool"' EXIT
python3 -m venv "$tool"
"$tool/bin/python" -m pip install --quiet --disable-pip-version-check uv
compile() {
    "$tool/bin/uv" pip compile "$ROOT/pyproject.toml" --universal --python-version 3.11 \
        --generate-hashes --no-header --quiet "$@"
}
cd "$ROOT"
compile -o requirements/app.lock "$@"
compile --extra dev -o requirements/dev.lock "$@"
compile --extra bundle -o requirements/bundle.lock "$@"
echo "Updated requirements/app.lock, requirements/dev.lock and requirements/bundle.lock"

#!/usr/bin/env bash
# Collect the app's tr() strings into i18n/*.ts and compile them into i18n/*.qm.
# Run after changing user-visible text; translators edit the .ts files (Qt Linguist).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mapfile -t sources < <(find src/townsfolk -name "*.py" -not -path "*/practice/*" | sort)
for ts in i18n/townsfolk_*.ts; do
    .venv/bin/pyside6-lupdate -no-obsolete "${sources[@]}" -ts "$ts"
    .venv/bin/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done

#!/usr/bin/env bash
# Every benchmark once, small (--smoke): they still run and print their figures. Nothing is
# asserted and the figures of a smoke run mean little; a crash is what this catches.
# Exits non-zero when a benchmark crashed. About 25-60 s on a 2-core machine (by load).
#   bash benchmarks/smoke.sh            (from anywhere; uses the project's .venv)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
python="${PYTHON:-.venv/bin/python}"
export QT_QPA_PLATFORM=offscreen QT_NO_GUI_THREADPOOL=1
crashed=()
started=$SECONDS
# Every benchmarks/*.py: a new benchmark without --smoke fails here (argparse refuses it).
for script in benchmarks/*.py; do
    bench="$(basename "$script" .py)"
    echo "=== $script --smoke"
    t0=$SECONDS
    if ! "$python" "$script" --smoke; then
        crashed+=("$bench")
    fi
    echo "--- $bench: $((SECONDS - t0)) s"
done
echo "=== all smoke runs: $((SECONDS - started)) s"
if [ "${#crashed[@]}" -gt 0 ]; then
    echo "crashed: ${crashed[*]}"
    exit 1
fi

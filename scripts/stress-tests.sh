#!/usr/bin/env bash
# Runs the tests that used to flake, again and again, while two busy processes load the CPU,
# and counts the runs that failed. Each run is a whole scripts/test.sh: its own D-Bus session,
# its own GNOME Keyring, its own practice towns.
#   bash scripts/stress-tests.sh            # 20 runs
#   bash scripts/stress-tests.sh 5 tests/x  # 5 runs of other tests
# The results of the last runs are written down in docs/performance.md ("Flaky tests").
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-20}"
shift || true
tests=("$@")
if [ "${#tests[@]}" -eq 0 ]; then
    tests=(tests/services/test_secrets.py tests/ui/test_main_window_posting.py)
fi
load_pids=()
stop_load() { [ "${#load_pids[@]}" -eq 0 ] || kill "${load_pids[@]}" 2>/dev/null; }
trap stop_load EXIT
for _ in 1 2; do
    python3 -c 'while True: pass' &
    load_pids+=($!)
done
failed=0
log="$(mktemp)"
for i in $(seq 1 "$runs"); do
    if bash "$ROOT/scripts/test.sh" -q -p no:cacheprovider "${tests[@]}" >"$log" 2>&1; then
        echo "run $i: passed ($(tail -n 1 "$log"))"
    else
        failed=$((failed + 1))
        echo "run $i: FAILED"
        grep -E "^(FAILED|ERROR)|Error|error" "$log" | head -n 20
    fi
done
rm -f "$log"
echo "$((runs - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]

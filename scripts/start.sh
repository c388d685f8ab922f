#!/usr/bin/env bash
# Set up Townsfolk (first time only) and open it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
apt_install "${APT_RUN[@]}"
setup_python app
exec "$VENV/bin/python" -m townsfolk "$@"

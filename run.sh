#!/usr/bin/env bash
# Install Havre into .venv (first time only) and run the bot. Extra arguments go to `havre run`.
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh
exec .venv/bin/python -m bot run "$@"

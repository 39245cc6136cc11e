#!/usr/bin/env bash
# Install Havre into .venv (first time only) and run the bot. Extra arguments go to `havre run`.
# With a token and no secrets of your own yet (neither in the environment nor in .env), it makes them
# once into .env (readable by you only) and says so: the bot never runs for real on the public defaults.
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh
if [ -n "${HAVRE_TOKEN:-}" ] && [ -z "${HAVRE_MASTER_KEY:-}" ] && [ -z "${HAVRE_PSEUDONYM_SECRET:-}" ] \
    && ! grep -qs '^HAVRE_MASTER_KEY=' .env && ! grep -qs '^HAVRE_PSEUDONYM_SECRET=' .env; then
  (umask 077 && .venv/bin/python -m bot secrets new >> .env)
  echo "run.sh: made your own secrets in $(pwd)/.env - keep a copy somewhere safe (docs/SECURITY.md)." >&2
fi
exec .venv/bin/python -m bot run "$@"

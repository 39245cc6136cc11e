#!/usr/bin/env bash
# Creates .venv and installs Havre into it, from the lock files: exact versions checked against their
# sha256 hashes (requirements.lock for the bot; requirements-dev.lock adds the test and development
# tools, for any extras). torch==2.13.0 (CPU) goes in first and apart, so that Detoxify does not pull a
# CUDA build. Re-running is cheap: it reinstalls only when pyproject.toml or the lock changed.
# Regenerate the locks with scripts/lock.sh; audit them as docs/SECURITY.md says.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
fi
lock="requirements.lock"
[ -n "$extras" ] && lock="requirements-dev.lock"
stamp=".venv/.havre-installed${extras:+-$extras}"
want="$(cat pyproject.toml "$lock" | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install --quiet "torch==2.13.0"
  if .venv/bin/python -c 'import platform, sys; sys.exit(not (sys.version_info[:2] == (3, 11)
      and platform.system() == "Linux" and platform.machine() == "x86_64"))'; then
    .venv/bin/python -m pip install --quiet --require-hashes -r "$lock"
    .venv/bin/python -m pip install --quiet --no-deps -e ".${extras:+[$extras]}"
  else
    echo "note: $lock targets CPython 3.11 on Linux x86_64; installing from pyproject.toml's ranges" >&2
    .venv/bin/python -m pip install --quiet -e ".${extras:+[$extras]}"
  fi
  echo "$want" > "$stamp"
fi

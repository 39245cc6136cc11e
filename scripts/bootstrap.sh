#!/usr/bin/env bash
# Creates .venv and installs Havre into it, from the lock files: exact versions checked against their
# sha256 hashes (requirements.lock for the bot; requirements-dev.lock adds the test and development
# tools, for any extras). torch==2.13.0 goes in first and apart, on Linux from PyTorch's CPU-only wheel
# index (HAVRE_TORCH_INDEX to use a mirror), so that Detoxify does not pull a CUDA build. Re-running is cheap: it reinstalls only when pyproject.toml or the lock changed.
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
  if .venv/bin/python -c 'import platform, sys; sys.exit(not (sys.version_info[:2] == (3, 11)
      and platform.system() == "Linux" and platform.machine() == "x86_64"))'; then
    locked=1
  else
    locked=0
  fi
  # torch: on Linux from PyTorch's CPU-only index (PyPI's Linux wheel is the CUDA build, several GB);
  # a local wheel (pip's --find-links) serves too, offline. With the lock, torch's own dependencies come
  # from the lock (hash-checked), so only torch itself is asked of the CPU index.
  torch_args=()
  torch_want="2.13.0"
  if [ "$(uname -s)" = "Linux" ]; then
    torch_want="2.13.0+cpu"  # a CUDA build already there (an older bootstrap's) is replaced
    torch_args=(--index-url "${HAVRE_TORCH_INDEX:-https://download.pytorch.org/whl/cpu}")
    [ "$locked" = 1 ] && torch_args+=(--no-deps)
  fi
  if ! .venv/bin/python -c 'import importlib.metadata as m, sys
sys.exit(m.version("torch") != sys.argv[1])' "$torch_want" 2>/dev/null; then
    .venv/bin/python -m pip install --quiet ${torch_args[@]+"${torch_args[@]}"} "torch==$torch_want"
  fi
  if [ "$locked" = 1 ]; then
    .venv/bin/python -m pip install --quiet --require-hashes -r "$lock"
    .venv/bin/python -m pip install --quiet --no-deps -e ".${extras:+[$extras]}"
  else
    echo "note: $lock targets CPython 3.11 on Linux x86_64; installing from pyproject.toml's ranges" >&2
    .venv/bin/python -m pip install --quiet -e ".${extras:+[$extras]}"
  fi
  echo "$want" > "$stamp"
fi

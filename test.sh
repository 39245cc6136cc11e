#!/usr/bin/env bash
# Install Havre with its test and development tools into .venv, then run the quality gates and the
# whole test suite. Database tests run on SQLite, and on PostgreSQL too when HAVRE_TEST_POSTGRES_URL
# is set (e.g. postgresql://postgres@127.0.0.1:5432/test). The tests run in one process per core
# (pytest-xdist; HAVRE_TEST_WORKERS=1 for one process), each test module whole in one process so that
# its shared fixtures are built once. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh test,dev
echo "== ruff"; .venv/bin/ruff check .
echo "== ruff format"; .venv/bin/ruff format --check .
echo "== mypy"; .venv/bin/mypy
echo "== import contracts"; .venv/bin/lint-imports
echo "== tests"; .venv/bin/python -m pytest -q -n "${HAVRE_TEST_WORKERS:-auto}" --dist loadscope "$@"

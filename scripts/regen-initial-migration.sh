#!/usr/bin/env bash
# Until the first release, the schema is one initial migration, regenerated from the models.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f migrations/versions/*_initial_schema.py /tmp/havre-regen.sqlite3
HAVRE_DATABASE_URL=sqlite+aiosqlite:////tmp/havre-regen.sqlite3 .venv/bin/alembic revision --autogenerate \
  -m "initial schema" --rev-id 0001 >/dev/null
.venv/bin/ruff format migrations/versions >/dev/null
.venv/bin/ruff check --fix -q migrations/versions || true
ls migrations/versions

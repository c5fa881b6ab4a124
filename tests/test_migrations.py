"""The migrations are complete and apply on a fresh database of the backend under test.

The rest of the suite builds its schema from the models (``--nomigrations``, for speed); this
module is what proves the migration history itself: nothing is missing from it, and applying it
from scratch (with the holiday seed) works on SQLite and, in CI's second run, on PostgreSQL.
"""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def test_no_model_change_lacks_a_migration(tmp_path):
    # in a subprocess: the suite's own settings have migrations disabled
    # against a scratch SQLite file: the check compares models with migration files, never a real database
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["FAZHI_DATA_DIR"] = str(tmp_path)
    r = subprocess.run([sys.executable, "-m", "django", "makemigrations", "--check", "--dry-run", "--settings=fazhi.settings"],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]


def test_a_fresh_database_migrates_and_seeds_holidays(tmp_path):
    engine = settings.DATABASES["default"]["ENGINE"]
    env = {k: v for k, v in os.environ.items() if k != "FAZHI_TESTING"}
    env["FAZHI_DATA_DIR"] = str(tmp_path)
    scratch = None
    if "postgresql" in engine:
        import psycopg

        db = settings.DATABASES["default"]
        scratch = f"fazhi_mig_{uuid.uuid4().hex[:8]}"
        dsn = dict(host=db["HOST"] or None, port=db["PORT"] or None, user=db["USER"], password=db["PASSWORD"], dbname="postgres")
        with psycopg.connect(**dsn, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{scratch}"')
        env["DATABASE_URL"] = f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{scratch}"
    else:
        env.pop("DATABASE_URL", None)
    try:
        r = subprocess.run([sys.executable, "-m", "fazhi.cli", "migrate"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=1200)
        assert r.returncode == 0, r.stderr[-3000:]
        r = subprocess.run([sys.executable, "-m", "fazhi.cli", "deadline", "disclosure.reply", "2025-09-26"],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert r.stdout.splitlines()[0] == "2025-10-30", r.stderr
    finally:
        if scratch:
            with psycopg.connect(**dsn, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{scratch}"')

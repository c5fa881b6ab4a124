"""Fixtures of the review-engine tests (no database, no Django)."""

from __future__ import annotations

import os

import pytest

from fazhi.review.engine import review_paths

from .helpers import seed_paths

# A check that raises must fail the test, not be logged and skipped as in production.
os.environ["FAZHI_REVIEW_STRICT"] = "1"


@pytest.fixture(scope="session")
def seed_results() -> dict[str, dict]:
    """Each seed reviewed with the other four as corpus, keyed by the seed's number ("000"…)."""
    paths = seed_paths()
    assert len(paths) == 5, "the five seed reports must be in tests/fixtures/seeds"
    results = {}
    for path in paths:
        others = [p for p in paths if p != path]
        results[path.name[:3]] = review_paths([path], corpus=others, with_text=True)["documents"][0]
    return results


def pytest_ignore_collect(collection_path, config):
    """Without pytest-django (``-p no:django``) only the engine tests run: the web and model tests
    of this app need the database and are collected when the plugin is active."""
    if config.pluginmanager.has_plugin("django") or collection_path.suffix != ".py":
        return None
    if collection_path.name.startswith("test_") and "django" in collection_path.read_text(encoding="utf-8"):
        return True
    return None

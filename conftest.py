"""Shared fixtures: a small unit tree with named personas (Zulip-style), and the browser.

Tree: 测试市 › 甲区 (district) › 一镇 and 二镇 (sibling townships, each with a village) and
甲区司法局; personas ``yi_operator``, ``yi_leader``, ``yi_reviewer``, ``er_operator``,
``jia_inspector``, ``jia_operator``, ``admin``.
"""

from __future__ import annotations

import os
import shutil

import pytest

os.environ.setdefault("FAZHI_TESTING", "1")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # sync Playwright next to live_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture
def tree(db):
    from fazhi.org.services import unit_create, user_create

    city = unit_create(name="测试市", level="province")
    district = unit_create(name="甲区", short_name="甲区", level="county", parent=city)
    yi = unit_create(name="一镇人民政府", short_name="一镇", level="township", parent=district)
    er = unit_create(name="二镇人民政府", short_name="二镇", level="township", parent=district)
    yi_village = unit_create(name="一镇甲村", short_name="甲村", level="village", parent=yi)
    er_village = unit_create(name="二镇乙村", short_name="乙村", level="village", parent=er)
    bureau = unit_create(name="甲区司法局", short_name="甲区司法局", level="department", parent=district)

    def mk(username, unit, roles, **kw):
        return user_create(username=username, password="pw-123456", unit=unit, roles=roles, full_name=username, **kw)

    class T:
        pass

    t = T()
    t.city, t.district, t.yi, t.er, t.yi_village, t.er_village, t.bureau = city, district, yi, er, yi_village, er_village, bureau
    t.yi_operator = mk("yi_operator", yi, ["operator"])
    t.yi_leader = mk("yi_leader", yi, ["leader"])
    t.yi_reviewer = mk("yi_reviewer", yi, ["legal_reviewer"])
    t.er_operator = mk("er_operator", er, ["operator"])
    t.er_leader = mk("er_leader", er, ["leader"])
    t.jia_inspector = mk("jia_inspector", district, ["inspector"])
    t.jia_operator = mk("jia_operator", district, ["operator"])
    t.bureau_reviewer = mk("bureau_reviewer", bureau, ["legal_reviewer"])
    t.admin = mk("admin_user", None, ["admin"], is_superuser=True)
    return t


@pytest.fixture
def client_for(client):
    """Log a persona in on the Django test client: ``client_for(user)``."""

    def login(user):
        client.force_login(user)
        return client

    return login


@pytest.fixture
def api_for(db):
    """A Django test client authenticated with a bearer token for a persona."""
    from django.test import Client

    from fazhi.core.models import ApiToken

    def make(user):
        token = ApiToken.objects.create(user=user, name="test").key
        return Client(HTTP_AUTHORIZATION=f"Bearer {token}")

    return make


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"],
    }


@pytest.fixture(autouse=True)
def _holiday_table(request):
    """The suite builds its test database from the models (``--nomigrations``; the migrations
    themselves are tested in tests/test_migrations.py), so the holiday rows that a data migration
    seeds in production are seeded here — again after a transactional test has flushed them.
    Seeded outside the test's transaction, so they persist for the tests that follow."""
    if not any(name in request.fixturenames for name in ("db", "transactional_db", "_django_db_helper")):
        return
    request.getfixturevalue("django_db_setup")
    from fazhi.deadlines.models import HolidayYear
    from fazhi.deadlines.services import holidays_seed

    with request.getfixturevalue("django_db_blocker").unblock():
        if not HolidayYear.objects.exists():
            holidays_seed()

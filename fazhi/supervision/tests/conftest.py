"""Supervision fixtures on top of the root ``tree``: 甲区's inspector inspects 一镇 and 二镇."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def upload(name="整改照片.pdf", content=b"%PDF-1.4 evidence"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


@pytest.fixture
def inspection(tree):
    from fazhi.core.services import record_create
    from fazhi.supervision.models import Inspection

    return record_create(ledger=Inspection.ledger(), user=tree.jia_inspector, data={
        "source": "own", "title": "2020年法治政府建设督导督查", "year": 2020, "start_on": "2020-08-03",
        "end_on": "2020-08-20", "scope_units": [tree.yi.pk, tree.er.pk, tree.bureau.pk]})


def raise_finding(tree, inspection, unit, **extra):
    from fazhi.supervision.models import Finding
    from fazhi.supervision.services.inspections import finding_create

    return finding_create(ledger=Finding.ledger(), user=tree.jia_inspector, data={
        "inspection": inspection.pk, "responsible_unit": unit.pk, "category": "records",
        "description": extra.pop("description", f"{unit.short_name}规范性文件备案材料不全"),
        "requirement": "补齐备案材料", "found_on": "2020-08-10", "due_on": extra.pop("due_on", "2020-09-30"), **extra})


@pytest.fixture
def finding(tree, inspection):
    return raise_finding(tree, inspection, tree.yi)


def submit(obj, user, **data):
    from fazhi.core.workflow import perform

    payload = {"measures": "已补齐备案材料并建立台账", "completed_on": "2020-09-20", **data}
    files = {"evidence_file": payload.pop("evidence_file")} if "evidence_file" in payload else None
    return perform(obj=obj, name="submit", user=user, data=payload, files=files)


def today():
    return dt.date.today()


def activity(user, held_on="2020-05-04", title="普法"):
    """A 普法 activity: a ledger record that can serve as linked evidence or feed a bound indicator."""
    from fazhi.core.services import record_create
    from fazhi.publicity.models import Activity

    return record_create(ledger=Activity.ledger(), user=user, data={
        "held_on": held_on, "title": title, "venue_type": "village", "audience": "farmers", "attendance": 10})

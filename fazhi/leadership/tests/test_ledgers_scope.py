"""Every ledger of issue 6 (leadership, publicity, lists, oversight): sample record, scope, pages, Excel."""

import pytest

from fazhi.core.ledgers import LEDGERS

APPS = ("leadership", "publicity", "lists", "oversight")
KEYS = sorted(k for k, ledger in LEDGERS.items() if ledger.app in APPS)


def test_issue6_ledgers_are_registered():
    # then every register the issue asks for exists
    expected = {
        "leadership.groups", "leadership.members", "leadership.meetings", "leadership.agenda-items",
        "leadership.duty-lists", "leadership.duty-reports", "leadership.institutions", "leadership.staff",
        "leadership.shortcomings", "leadership.plan-items", "publicity.activities", "publicity.duties",
        "publicity.studies", "publicity.trainings", "publicity.exams", "publicity.culture-sites", "publicity.media",
        "publicity.service-points", "publicity.services", "publicity.legal-literates", "lists.power-items",
        "lists.power-changes", "lists.service-items", "lists.service-centers", "lists.service-windows",
        "lists.service-volumes", "lists.certifications", "lists.reform-actions", "lists.fees", "lists.negative-list",
        "lists.fair-competition", "lists.enterprise-support", "oversight.proposals", "oversight.npc-reports",
        "oversight.visits", "oversight.budget-units", "oversight.audits", "oversight.accountability",
        "oversight.channels", "oversight.complaints",
    }
    assert expected <= set(KEYS)


@pytest.mark.parametrize("key", KEYS)
def test_sample_is_seen_by_its_unit_only(tree, client_for, key):
    # given a record created from the ledger's sample in 一镇
    ledger = LEDGERS[key]
    obj = ledger.sample(tree.yi, tree.yi_operator)
    # then 一镇 sees it and its sibling 二镇 does not, in the queryset and on the pages
    assert ledger.model.objects.restrict(tree.yi_operator).filter(pk=obj.pk).exists()
    assert not ledger.model.objects.restrict(tree.er_operator).filter(pk=obj.pk).exists()
    assert ledger.model.objects.restrict(tree.jia_inspector).filter(pk=obj.pk).exists()
    web = client_for(tree.yi_operator)
    assert web.get(f"/l/{ledger.app}/{ledger.plural}/").status_code == 200
    assert web.get(f"/l/{ledger.app}/{ledger.plural}/{obj.pk}/").status_code == 200
    assert web.get(f"/l/{ledger.app}/{ledger.plural}/new/").status_code == 200
    assert web.get(f"/l/{ledger.app}/{ledger.plural}/template.xlsx").status_code == 200
    other = client_for(tree.er_operator)
    assert other.get(f"/l/{ledger.app}/{ledger.plural}/{obj.pk}/").status_code == 404


def test_excel_export_reimports_for_a_child_register(tree):
    # given a meeting with one agenda item, exported to Excel
    import io

    from fazhi.core import excel
    from fazhi.leadership.models import AgendaItem

    ledger = LEDGERS["leadership.agenda-items"]
    item = ledger.sample(tree.yi, tree.yi_operator)
    from openpyxl import load_workbook

    content = excel.export_workbook(ledger, tree.yi_operator, AgendaItem.objects.filter(pk=item.pk))
    # when the export is imported again (without the export-only columns 编号/登记时间/作废原因)
    wb = load_workbook(io.BytesIO(content))
    ws = wb.active
    ws.delete_cols(ws.max_column - 2, 3)
    buf = io.BytesIO()
    wb.save(buf)
    result = excel.import_workbook(ledger, tree.yi_operator, io.BytesIO(buf.getvalue()))
    # then it validates and adds a second item to the same meeting
    assert result.ok, [str(e) for e in result.errors]
    assert AgendaItem.objects.filter(meeting=item.meeting).count() == 2


def test_an_agenda_item_takes_its_meetings_unit(tree):
    # given a meeting recorded in 一镇's village
    import datetime as dt

    from fazhi.core.services import record_create
    from fazhi.leadership.models import AgendaItem, Meeting

    meeting = record_create(ledger=Meeting.ledger(), user=tree.yi_operator, unit=tree.yi_village, data={
        "kind": "other", "held_on": dt.date(2024, 5, 1), "chair_role": "other"})
    ledger = AgendaItem.ledger()
    # when an item is added through the ledger's create service without naming a unit
    item = ledger.create(ledger=ledger, user=tree.yi_operator, data={
        "meeting": meeting.pk, "order": 1, "topic": "report_heard", "rule_of_law": True, "title": "听取汇报"})
    # then it is filed under the meeting's unit
    assert item.unit == tree.yi_village


def test_a_child_cannot_be_filed_under_another_unit_than_its_parent(tree):
    # given a meeting of 一镇
    import datetime as dt

    from fazhi.core.errors import InvalidInput
    from fazhi.core.services import record_create
    from fazhi.leadership.models import AgendaItem, Meeting

    meeting = record_create(ledger=Meeting.ledger(), user=tree.yi_operator, data={
        "kind": "other", "held_on": dt.date(2024, 5, 1), "chair_role": "other"})
    # when an item names the village as its unit (as an Excel row could)
    with pytest.raises(InvalidInput) as exc:
        record_create(ledger=AgendaItem.ledger(), user=tree.yi_operator, unit=tree.yi_village, data={
            "meeting": meeting.pk, "order": 1, "topic": "study", "title": "学法"})
    # then it is refused and nothing is written
    assert "同一单位" in exc.value.detail
    assert AgendaItem.objects.count() == 0


def test_a_sibling_meeting_cannot_be_chosen(tree):
    # given a meeting of 二镇
    import datetime as dt

    from fazhi.core.errors import InvalidInput
    from fazhi.core.services import record_create
    from fazhi.leadership.models import AgendaItem, Meeting

    meeting = record_create(ledger=Meeting.ledger(), user=tree.er_operator, data={
        "kind": "other", "held_on": dt.date(2024, 5, 1), "chair_role": "other"})
    # when 一镇's clerk tries to add an item to it
    with pytest.raises(InvalidInput):
        AgendaItem.ledger().create(ledger=AgendaItem.ledger(), user=tree.yi_operator, data={
            "meeting": meeting.pk, "order": 1, "topic": "study", "title": "学法"})
    # then nothing is written
    assert AgendaItem.objects.count() == 0

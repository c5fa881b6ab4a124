"""The 整改台账 XLSX, the 督查通报 DOCX, and the sibling scope of every supervision ledger."""

from __future__ import annotations

import io

import pytest
from docx import Document
from openpyxl import load_workbook

from fazhi.core.ledgers import LEDGERS
from fazhi.core.workflow import perform

from .conftest import raise_finding, submit, upload


def test_rectification_ledger_lists_rounds_in_scope(tree, inspection, client_for):
    # given a finding for each township; 一镇's was returned once then accepted
    f1 = raise_finding(tree, inspection, tree.yi)
    raise_finding(tree, inspection, tree.er, due_on="2020-08-31")
    submit(f1, tree.yi_operator, evidence_file=upload("回执.pdf"))
    perform(obj=f1, name="send_back", user=tree.jia_inspector, data={"reviewed_on": "2020-09-21", "comment": "缺回执"})
    submit(f1, tree.yi_operator, evidence_file=upload("回执2.pdf"), completed_on="2020-09-25")
    perform(obj=f1, name="accept", user=tree.jia_inspector, data={"reviewed_on": "2020-09-28"})
    # when the inspector exports the 整改台账
    wb = load_workbook(io.BytesIO(client_for(tree.jia_inspector).get("/supervision/rectifications.xlsx").content))
    main = list(wb["整改台账"].iter_rows(min_row=2, values_only=True))
    rounds = list(wb["整改过程"].iter_rows(min_row=2, values_only=True))
    # then both findings, 一镇's with two rounds, 二镇's overdue
    assert [(r[3], r[9], r[10], r[12]) for r in main] == [
        ("一镇人民政府", "验收通过（销号）", 2, "否"), ("二镇人民政府", "待整改", 0, "是")]
    assert [(r[2], r[5], r[7]) for r in rounds] == [(1, "回执.pdf", "退回"), (2, "回执2.pdf", "验收通过")]
    # 一镇's export holds only 一镇
    wb = load_workbook(io.BytesIO(client_for(tree.yi_operator).get("/supervision/rectifications.xlsx").content))
    assert [r[3] for r in wb["整改台账"].iter_rows(min_row=2, values_only=True)] == ["一镇人民政府"]


def test_bulletin_lists_findings_per_unit(tree, inspection, client_for):
    from fazhi.core.services import record_create
    from fazhi.supervision.models import InspectionItem

    for n in (1, 2):
        record_create(ledger=InspectionItem.ledger(), user=tree.jia_inspector, data={
            "inspection": inspection.pk, "number": n, "content": f"督查事项{n}"})
    raise_finding(tree, inspection, tree.yi, description="合法性审核台账缺失")
    raise_finding(tree, inspection, tree.er, description="执法公示不及时")
    resp = client_for(tree.jia_inspector).get(f"/supervision/inspections/{inspection.pk}/bulletin.docx")
    text = "\n".join(p.text for p in Document(io.BytesIO(resp.content)).paragraphs)
    assert "关于2020年法治政府建设督导督查情况的通报" in text
    assert "对2个乡镇/街道、1个部门进行了督导督查，共列督查任务2项" in text
    assert "共发现问题2个，涉及2个单位" in text
    assert text.index("一镇人民政府") < text.index("合法性审核台账缺失") < text.index("二镇人民政府") < text.index("执法公示不及时")
    # a township's copy holds only its own problems
    resp = client_for(tree.yi_operator).get(f"/supervision/inspections/{inspection.pk}/bulletin.docx")
    text = "\n".join(p.text for p in Document(io.BytesIO(resp.content)).paragraphs)
    assert "合法性审核台账缺失" in text and "执法公示不及时" not in text


@pytest.mark.parametrize("key", sorted(k for k in LEDGERS if k.startswith("supervision.")))
def test_every_ledger_sample_stays_out_of_the_siblings_sight(tree, key):
    # given a sample record created by 一镇 in 一镇
    ledger = LEDGERS[key]
    obj = ledger.sample(tree.yi, tree.yi_operator)
    qs = ledger.model.objects
    # then 二镇 cannot see it, the district inspector can
    assert qs.restrict(tree.yi_operator).filter(pk=obj.pk).exists()
    assert not qs.restrict(tree.er_operator).filter(pk=obj.pk).exists()
    assert qs.restrict(tree.jia_inspector).filter(pk=obj.pk).exists()

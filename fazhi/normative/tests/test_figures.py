"""Figures equal hand counts on a small fixture; cleanup ends documents; legacy import keeps numbering."""

import datetime as dt
import io

from openpyxl import Workbook

from fazhi.core.excel import import_workbook
from fazhi.core.services import record_create
from fazhi.core.workflow import perform
from fazhi.indicators.registry import compute
from fazhi.normative.models import CleanupItem, CleanupRound, NormativeDocument

from .conftest import draft, walk


def _published(t, title, published_on, filed_on=None):
    doc = walk(t, draft(t, title=title), "issued", start=published_on - dt.timedelta(days=20))
    doc = perform(obj=doc, name="publish", user=t.yi_operator, data={"published_on": published_on, "published_where": "网站"})
    if filed_on:
        doc = perform(obj=doc, name="file", user=t.yi_operator, data={"filed_on": filed_on, "filed_with": "甲区人民政府"})
    return doc


def test_filing_rate_and_timeliness_equal_a_hand_count(nt):
    # given four documents published in 2024: filed on time, filed late, filed on time, not filed
    _published(nt, "一", dt.date(2024, 3, 29), dt.date(2024, 4, 10))
    _published(nt, "二", dt.date(2024, 3, 29), dt.date(2024, 5, 10))
    _published(nt, "三", dt.date(2024, 3, 29), dt.date(2024, 4, 28))
    _published(nt, "四", dt.date(2024, 3, 29))
    units = [nt.yi]
    # then: published 4, filed 3; 报备率 3/4 = 75.0; 及时率 2/4 = 50.0 (filing_due 2024-04-28)
    assert compute("normative.published", units, year=2024).value == 4
    assert compute("normative.filed", units, year=2024).value == 3
    rate = compute("normative.filing_rate", units, year=2024)
    assert (rate.numerator, rate.denominator, rate.value) == (3, 4, 75.0)
    timely = compute("normative.filing_timeliness", units, year=2024)
    assert (timely.numerator, timely.denominator, timely.value) == (2, 4, 50.0)
    # the reviews were given by 甲区司法局 for 一镇's four documents
    assert compute("normative.documents_reviewed", units, year=2024).value == 4
    assert compute("normative.reviews_performed", [nt.bureau], year=2024).value == 4
    assert compute("normative.deliberated_without_review", units, year=2024).value == 0


def _legacy_book(rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["制定主体", "文件名称", "公文种类", "文号", "印发日期", "公布日期", "报备日期", "备案机关", "经合法性审核", "经集体审议", "文件状态"])
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    return buf


def test_legacy_documents_import_and_the_counter_continues_above_them(nt):
    # given the 2024 register of 一镇 imported from Excel with numbers 1 and 2
    body = str(nt.body)
    book = _legacy_book([
        [body, "旧办法一", "办法", "甲一府发〔2024〕1号", "2024-01-05", "2024-01-08", "2024-01-20", "甲区人民政府", "是", "是", "现行有效"],
        [body, "旧办法二", "办法", "甲一府发〔2024〕2号", "2024-01-15", "2024-01-18", "", "", "是", "是", "现行有效"],
    ])
    result = import_workbook(NormativeDocument.ledger(), nt.yi_operator, book)
    assert result.ok, [str(e) for e in result.errors]
    # then the rows are in force (the one not filed is 已公布·待备案), and a new document gets number 3
    states = sorted(NormativeDocument.objects.filter(legacy=True).values_list("state", flat=True))
    assert states == ["filed", "published"]
    doc = perform(obj=walk(nt, draft(nt), "deliberated"), name="issue", user=nt.yi_operator, data={"issued_on": "2024-03-20"})
    assert doc.doc_no == "甲一府发〔2024〕3号"


def test_legacy_import_refuses_a_number_already_used_and_a_wrong_word(nt):
    body = str(nt.body)
    record_ok = _legacy_book([[body, "旧办法一", "办法", "甲一府发〔2024〕1号", "2024-01-05", "2024-01-08", "", "", "是", "是", "现行有效"]])
    assert import_workbook(NormativeDocument.ledger(), nt.yi_operator, record_ok).ok
    again = _legacy_book([
        [body, "重复", "办法", "甲一府发〔2024〕1号", "2024-02-05", "2024-02-08", "", "", "是", "是", "现行有效"],
        [body, "代字错", "办法", "乙府发〔2024〕5号", "2024-02-05", "2024-02-08", "", "", "是", "是", "现行有效"],
    ])
    result = import_workbook(NormativeDocument.ledger(), nt.yi_operator, again)
    assert not result.ok and len(result.errors) >= 2
    assert NormativeDocument.objects.count() == 1


def test_cleanup_round_publishes_and_ends_repealed_documents(nt):
    # given two documents in force and a round judging one 继续有效 and one 废止
    keep, drop = _published(nt, "保留", dt.date(2024, 3, 29), dt.date(2024, 4, 2)), _published(nt, "废止", dt.date(2024, 3, 29))
    rnd = record_create(ledger=CleanupRound.ledger(), user=nt.yi_operator, data={"title": "2024年清理", "kind": "regular", "started_on": "2024-06-01"})
    for doc, result in ((keep, "valid"), (drop, "repeal")):
        record_create(ledger=CleanupItem.ledger(), user=nt.yi_operator, data={"round": rnd.pk, "document": doc.pk, "result": result})
    record_create(ledger=CleanupItem.ledger(), user=nt.yi_operator, data={"round": rnd.pk, "title": "某部门政策措施", "maker": "甲区某局", "result": "valid"})
    # when the results are published
    perform(obj=rnd, name="publish", user=nt.yi_operator, data={"published_on": "2024-06-30", "published_where": "政府网站"})
    # then the repealed one is no longer in force; figures count the register documents and the others apart
    drop.refresh_from_db()
    keep.refresh_from_db()
    assert (keep.state, drop.state) == ("filed", "repealed")
    assert compute("normative.cleanup_rounds", [nt.yi], year=2024).value == 1
    assert compute("normative.cleanup_valid", [nt.yi], year=2024).value == 1
    assert compute("normative.cleanup_repeal_amend", [nt.yi], year=2024).value == 1
    assert compute("normative.cleanup_other_items", [nt.yi], year=2024).value == 1


def test_catalogue_page_lists_validity_and_exports(nt, client_for):
    _published(nt, "目录中的办法", dt.date(2024, 3, 29), dt.date(2024, 4, 2))
    client = client_for(nt.yi_operator)
    page = client.get("/normative/catalogue/").content.decode()
    assert "目录中的办法" in page and "现行有效" in page
    resp = client.get("/normative/catalogue/?export=xlsx")
    assert resp.status_code == 200 and resp["Content-Type"].startswith("application/vnd.openxmlformats")
    # a sibling township sees nothing of 一镇's list
    assert "目录中的办法" not in client_for(nt.er_operator).get("/normative/catalogue/").content.decode()


def test_an_issued_document_keeps_its_title_and_maker_on_edit(nt, api_for):
    import json

    doc = perform(obj=walk(nt, draft(nt), "deliberated"), name="issue", user=nt.yi_operator, data={"issued_on": "2024-03-20"})
    # when the clerk PATCHes a new title through the API
    resp = api_for(nt.yi_operator).patch(f"/api/normative/documents/{doc.pk}", data=json.dumps({"title": "改过的名称"}),
                                         content_type="application/json")
    # then the request succeeds for the editable fields but the title stays as issued
    assert resp.status_code == 200
    doc.refresh_from_db()
    assert doc.title == "农村人居环境整治奖补办法" and doc.doc_no == "甲一府发〔2024〕1号"

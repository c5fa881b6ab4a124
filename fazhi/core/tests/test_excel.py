import datetime as dt
import io

import pytest
from openpyxl import Workbook, load_workbook

from fazhi.core import excel
from fazhi.core.errors import InvalidInput
from fazhi.publicity.models import Activity

HEADERS = ["单位", "活动日期", "活动名称", "活动形式", "受众", "参与人次"]


def _book(rows, headers=HEADERS) -> io.BytesIO:
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(headers)
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    return buf


def _rows(n):
    return [["", dt.date(2025, 1, 1) + dt.timedelta(days=i % 300), f"普法活动{i}", "进村（社区）", "农民", 10 + i] for i in range(n)]


def test_one_bad_row_in_a_thousand_writes_nothing_and_names_row_and_column(tree):
    # given 1,000 rows of which row 501 (Excel row 502) has an impossible date
    rows = _rows(1000)
    rows[500][1] = "2025-02-30"
    # when imported for real
    result = excel.import_workbook(Activity.ledger(), tree.yi_operator, _book(rows))
    # then nothing is written and the error names the Excel row and the column header
    assert Activity.objects.count() == 0
    assert [(e.row, e.column) for e in result.errors] == [(502, "活动日期")]
    assert "第 502 行" in str(result.errors[0]) and "未写入" in result.summary()


def test_a_clean_import_writes_every_row_with_history_and_timeline(tree):
    from fazhi.audit.models import TimelineEvent

    result = excel.import_workbook(Activity.ledger(), tree.yi_operator, _book(_rows(30)))
    assert result.ok and len(result.created) == 30
    a = Activity.objects.get(title="普法活动7")
    assert a.unit == tree.yi and a.attendance == 17 and a.venue_type == "village"
    assert a.history.first().history_user == tree.yi_operator
    assert TimelineEvent.objects.filter(verb="import").count() == 30


def test_dry_run_validates_but_writes_nothing(tree):
    result = excel.import_workbook(Activity.ledger(), tree.yi_operator, _book(_rows(5)), dry_run=True)
    assert result.ok and result.total == 5 and result.created == []
    assert Activity.objects.count() == 0


def test_bad_choice_unknown_unit_and_unknown_column_are_reported_in_chinese(tree):
    rows = _rows(3)
    rows[0][3] = "跳广场舞"        # not a choice
    rows[1][0] = "二镇人民政府"     # a sibling unit: out of scope
    result = excel.import_workbook(Activity.ledger(), tree.yi_operator, _book(rows))
    msgs = {(e.row, e.column): e.message for e in result.errors}
    assert "不是有效选项" in msgs[(2, "活动形式")]
    assert "不是本单位" in msgs[(3, "单位")]
    result = excel.import_workbook(Activity.ledger(), tree.yi_operator, _book(_rows(1), HEADERS + ["天气"]))
    assert result.errors[0].column == "天气" and "不是本台账的列名" in result.errors[0].message
    assert Activity.objects.count() == 0


def test_a_file_that_is_not_excel_gets_a_clear_message(tree):
    with pytest.raises(InvalidInput) as exc:
        excel.import_workbook(Activity.ledger(), tree.yi_operator, io.BytesIO(b"PK\x03\x04 broken"))
    assert "Excel" in exc.value.detail
    with pytest.raises(InvalidInput):
        excel.import_workbook(Activity.ledger(), tree.yi_operator, io.BytesIO("名称,日期\n".encode("gbk")))


def test_template_has_chinese_headers_and_dropdowns_and_export_reimports(tree):
    # given the template
    wb = load_workbook(io.BytesIO(excel.template_workbook(Activity.ledger(), tree.yi_operator)))
    ws = wb["台账"]
    headers = [c.value for c in ws[1]]
    assert headers[:3] == ["单位", "活动日期*", "活动名称*"]
    assert any("选项!" in dv.formula1 for dv in ws.data_validations.dataValidation)
    assert "填写说明" in wb.sheetnames
    # when a ledger is exported and the export is imported again into the other township
    excel.import_workbook(Activity.ledger(), tree.yi_operator, _book(_rows(4)))
    data = excel.export_workbook(Activity.ledger(), tree.yi_operator, Activity.objects.restrict(tree.yi_operator))
    out = load_workbook(io.BytesIO(data))["台账"]
    assert out.max_row == 5
    # drop the unit column and the trailing metadata columns, keep what the form declares
    rows = [list(r) for r in out.iter_rows(values_only=True)]
    n = len(excel.columns_for(Activity.ledger(), tree.er_operator))
    book = _book([["", *r[1:n + 1]] for r in rows[1:]], ["单位", *rows[0][1:n + 1]])
    result = excel.import_workbook(Activity.ledger(), tree.er_operator, book)
    assert result.ok, [str(e) for e in result.errors]
    assert Activity.objects.filter(unit=tree.er).count() == 4


def test_export_respects_scope(tree):
    excel.import_workbook(Activity.ledger(), tree.er_operator, _book(_rows(2)))
    data = excel.export_workbook(Activity.ledger(), tree.yi_operator, Activity.objects.restrict(tree.yi_operator))
    assert load_workbook(io.BytesIO(data))["台账"].max_row == 1

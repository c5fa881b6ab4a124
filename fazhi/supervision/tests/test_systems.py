"""Indicator systems: the Excel template, the all-or-nothing import with row/column errors, the shipped system."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook, load_workbook

from fazhi.supervision.models import IndicatorNode, IndicatorSystem
from fazhi.supervision.services.systems import (COLUMNS, builtin_rows, system_import, system_load_builtin,
                                                system_workbook, validate_rows)

HEADERS = [h for _, h, _, _ in COLUMNS]


def workbook(rows, headers=HEADERS) -> io.BytesIO:
    wb = Workbook()
    ws = wb.active
    ws.title = "指标体系"
    ws.append(headers)
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    return buf


GOOD = [
    [1, "一", None, "依法行政制度体系完善", 13],
    [2, "1", "一", "规范性文件监督管理", 13],
    [3, "1", "1", "报备及时率 100%", 8, None, "据台账计算", "publicity.activities", "分档计分", "≥100:满分；≥50:4；其他:0"],
    [3, "2", None, "合法性审核", 5, None, "自评+督察员评分", None, None, None, "审核意见书"],
]


def test_import_creates_a_new_version_with_its_tree(tree):
    # when the district inspector imports a valid workbook
    result = system_import(user=tree.jia_inspector, fileobj=workbook(GOOD), name="甲区考核指标", version="2020")
    # then one system with four nodes, parents resolved (an empty 上级编号 means the row above)
    assert result.ok, result.errors
    system = result.system
    leaves = list(system.leaves())
    assert [n.code for n in leaves] == ["1", "2"] and all(n.parent.code == "1" for n in leaves)
    assert leaves[0].is_bound and leaves[0].indicator_key == "publicity.activities"
    assert leaves[1].is_manual and leaves[1].evidence_required == "审核意见书"
    # and the export re-imports as the next version
    again = system_import(user=tree.jia_inspector, fileobj=io.BytesIO(system_workbook(system)), name="甲区考核指标",
                          version="2021", previous=system)
    assert again.ok and again.system.nodes.count() == 4 and again.system.previous == system


def test_a_bad_workbook_reports_row_and_column_and_writes_nothing(tree):
    # given rows with several faults
    rows = [
        [1, "一", None, "组织领导", 10],
        [2, "1", "九", "不存在的上级", None],
        [3, "1", None, "缺分值", None, None, "自评+督察员评分"],
        [3, "2", None, "未知评分方式", 5, None, "拍脑袋"],
        [3, "3", None, "规则写错", 5, None, "据台账计算", "publicity.activities", "分档计分", "≥95"],
        [3, "3", None, "编号重复", 5, None, "自评+督察员评分"],
        [3, "4", None, "档分超分值", 5, None, "据台账计算", "开展普法活动", "分档计分", "≥1:9"],
        [3, "5", None, "无名指标", 5, None, "据台账计算", "某某率", "分档计分", "≥1:满分"],
        ["四", "x", None, "层级错", 5],
    ]
    # when imported
    result = system_import(user=tree.jia_inspector, fileobj=workbook(rows), name="坏表", version="1")
    # then every fault is named by row and column, in Chinese, and nothing was written
    text = [str(e) for e in result.errors]
    assert "第 3 行“上级编号”列：找不到1级指标“九”；上级指标须写在下级之前。" in text
    assert any(t.startswith("第 4 行“分值”列") for t in text)
    assert any(t.startswith("第 5 行“评分方式”列") and "拍脑袋" in t for t in text)
    assert any(t.startswith("第 6 行“规则参数”列") and "缺少得分" in t for t in text)
    assert any(t.startswith("第 7 行“编号”列") and "重复" in t for t in text)
    assert any(t.startswith("第 8 行“规则参数”列") and "超过该指标分值" in t for t in text)
    assert any(t.startswith("第 9 行“计算指标”列") and "某某率" in t for t in text)
    assert any(t.startswith("第 10 行“层级”列") for t in text)
    assert "未写入任何数据" in result.summary()
    assert not IndicatorSystem.objects.exists() and not IndicatorNode.objects.exists()


def test_points_of_a_dimension_must_add_up(tree):
    rows = [[1, "一", None, "甲", 20], [2, "1", None, "乙"], [3, "1", None, "丙", 5, None, "自评+督察员评分"]]
    result = system_import(user=tree.jia_inspector, fileobj=workbook(rows), name="x", version="1")
    assert [str(e) for e in result.errors] == ["第 2 行“分值”列：下级指标分值合计 5，与本行分值 20 不一致。"]


def test_unknown_columns_and_dry_run(tree):
    bad = system_import(user=tree.jia_inspector, fileobj=workbook(GOOD, HEADERS[:3] + ["指标名称"]), name="x", version="1")
    assert {str(e) for e in bad.errors} == {"第 1 行“指标名称”列：不是指标体系模板中的列名。",
                                           "第 1 行“指标内容”列：模板中的必填列缺失。"}
    dry = system_import(user=tree.jia_inspector, fileobj=workbook(GOOD), name="x", version="1", dry_run=True)
    assert dry.ok and "试导入" in dry.summary() and not IndicatorSystem.objects.exists()


def test_an_unregistered_key_imports_with_a_warning(tree):
    rows = [[1, "一", None, "甲"], [2, "1", None, "乙"],
            [3, "1", None, "报备及时率", 8, None, "据台账计算", "normative.not_yet_there", "分档计分", "≥100:满分"]]
    result = system_import(user=tree.jia_inspector, fileobj=workbook(rows), name="x", version="1")
    assert result.ok and "尚未提供" in result.warnings[0]


def test_operator_may_not_import(tree):
    from fazhi.core.errors import NotPermitted

    with pytest.raises(NotPermitted):
        system_import(user=tree.yi_operator, fileobj=workbook(GOOD), name="x", version="1")


def test_the_shipped_system_passes_the_import_checks_and_marks_placeholders(tree):
    # the YAML goes through the same validation as an Excel upload
    result = validate_rows(builtin_rows())
    assert result.ok, result.errors
    system = system_load_builtin(user=tree.jia_inspector)
    leaves = list(system.leaves())
    # confirmed third-level items keep their official numbers; points add up to 100
    assert {"1", "2", "3", "24", "27"} <= {n.code for n in leaves}
    assert sum(n.points for n in leaves) == 100
    assert system.nodes.get(level=3, code="27").indicator_key == "normative.filing_timeliness"
    assert system.nodes.get(level=1, code="一").is_placeholder is False
    assert system.nodes.get(level=1, code="三").is_placeholder is True
    assert "未公布分值" in system.source


def test_template_and_pages(tree, client_for):
    c = client_for(tree.jia_inspector)
    wb = load_workbook(io.BytesIO(c.get("/supervision/systems/template.xlsx").content))
    assert [c.value for c in wb["指标体系"][1]][:4] == ["层级*", "编号*", "上级编号", "指标内容*"]
    assert "填写说明" in wb.sheetnames
    # the import page: a bad file answers 422 and lists the errors
    resp = c.post("/supervision/systems/import/", {"name": "x", "version": "1", "mode": "commit",
                                                   "file": _named(workbook([[3, "1", None, "孤儿", 5, None, "自评"]]))})
    assert resp.status_code == 422 and "上级编号" in resp.content.decode()
    # the builtin button, then the tree page shows 指标尚未提供 for keys nobody registered yet
    resp = c.post("/supervision/systems/builtin/")
    assert resp.status_code == 302
    page = c.get(resp["Location"]).content.decode()
    assert "占位" in page and "据台账计算" in page
    # a township below sees the district's system; a sibling district would not
    c.force_login(tree.yi_operator)
    assert c.get(resp["Location"]).status_code == 200


def _named(buf):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("指标.xlsx", buf.getvalue())

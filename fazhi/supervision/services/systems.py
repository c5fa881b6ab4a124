"""指标体系 import and export: the Excel workbook is the way a unit loads its own (e.g. provincial) system.

Every row is validated (level, parent, points, method, rule) and errors are reported by row and
column in Chinese; nothing is written unless every row is valid (style.md R11). An import always
creates a new version; an existing version is never edited, so past assessments keep their tree.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml
from django.db import transaction
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from fazhi.audit.services import event_record
from fazhi.core import permissions
from fazhi.core.errors import InvalidInput
from fazhi.core.excel import RowError, read_rows
from fazhi.indicators.registry import INDICATORS
from fazhi.org.choices import Role

from ..choices import NodeMethod, RuleKind
from ..models import IndicatorNode, IndicatorSystem
from ..scoring import RuleError, parse_rule

IMPORT_ACTION = permissions.declare("supervision.systems.import", "指标体系·Excel 导入", [Role.INSPECTOR, Role.LEADER],
                                    group="督察与考核").key
SHEET = "指标体系"
BUILTIN = Path(__file__).resolve().parent.parent / "data" / "indicator_system.yaml"

COLUMNS = [
    ("level", "层级", True, "1、2、3 或 一级、二级、三级"),
    ("code", "编号", True, "同一层级内不重复，如三级指标按 1、2、3…连续编号"),
    ("parent", "上级编号", False, "二级指标填所属一级指标编号，三级指标填所属二级指标编号；不填则归入上方最近的上级"),
    ("title", "指标内容", True, ""),
    ("points", "分值", False, "三级指标必填；一、二级指标可不填，填写时须等于下级分值之和"),
    ("weight", "权重（%）", False, "可不填"),
    ("method", "评分方式", False, "三级指标必填：据台账计算 / 自评+督察员评分"),
    ("indicator_key", "计算指标", False, "据台账计算时必填：平台指标键（如 normative.filing_timeliness）或指标名称"),
    ("rule_kind", "评分规则", False, "分档计分 / 按比例计分 / 督察员评分"),
    ("rule_text", "规则参数", False, "分档：≥100:满分；≥95:4；其他:0　按比例：目标值:100"),
    ("evidence_required", "佐证材料要求", False, "自评指标需要的佐证材料；填写后报送时必须附材料"),
    ("is_placeholder", "占位", False, "是：指标原文未核实，仅为占位"),
    ("note", "说明", False, ""),
]
METHOD_WORDS = {"据台账计算": NodeMethod.BOUND, "计算": NodeMethod.BOUND, "台账计算": NodeMethod.BOUND,
                "自评+督察员评分": NodeMethod.MANUAL, "自评": NodeMethod.MANUAL, "人工": NodeMethod.MANUAL,
                "人工评分": NodeMethod.MANUAL, "督察员评分": NodeMethod.MANUAL}
RULE_WORDS = {"分档计分": RuleKind.THRESHOLD, "分档": RuleKind.THRESHOLD, "阈值": RuleKind.THRESHOLD,
              "按比例计分": RuleKind.PROPORTIONAL, "按比例": RuleKind.PROPORTIONAL, "比例": RuleKind.PROPORTIONAL,
              "督察员评分": RuleKind.MANUAL, "人工评分": RuleKind.MANUAL}
LEVEL_WORDS = {"1": 1, "2": 2, "3": 3, "一级": 1, "二级": 2, "三级": 3, "一": 1, "二": 2, "三": 3}
YES = {"是", "y", "yes", "true", "1", "√"}


@dataclass
class SystemImportResult:
    total: int = 0
    nodes: list[dict] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    system: IndicatorSystem | None = None
    dry_run: bool = True

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        if self.errors:
            return f"共 {self.total} 行，发现 {len(self.errors)} 处错误，未写入任何数据。"
        leaves = sum(1 for n in self.nodes if n["level"] == 3)
        if self.dry_run:
            return f"试导入：共 {self.total} 行（三级指标 {leaves} 项）全部校验通过，未写入数据。"
        return f"导入成功：新建指标体系“{self.system}”，三级指标 {leaves} 项。"


def _indicator_key(text: str) -> str | None:
    """A registry key as given, or the key of the registered indicator with that Chinese name."""
    if re.fullmatch(r"[a-z_]+\.[a-z0-9_]+", text):
        return text
    for key, ind in INDICATORS.items():
        if ind.name == text:
            return key
    return None


def _decimal(text, row, header, errors):
    if text in (None, ""):
        return None
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation:
        errors.append(RowError(row, header, f"“{text}”不是数字。"))
        return None
    if value < 0:
        errors.append(RowError(row, header, "不能为负数。"))
    return value


def validate_rows(rows: list[tuple[int, dict]]) -> SystemImportResult:
    """Check every row and build the node list (pure: no database)."""
    result = SystemImportResult(total=len(rows))
    errs = result.errors
    seen: dict[tuple[int, str], dict] = {}
    last_at: dict[int, dict] = {}
    for row_no, raw in rows:
        get = lambda name: "" if raw.get(name) is None else str(raw.get(name)).strip()  # noqa: E731
        code = get("code")
        if isinstance(raw.get("code"), float) and raw["code"].is_integer():
            code = str(int(raw["code"]))
        level = LEVEL_WORDS.get(get("level").replace(".0", ""))
        if level is None:
            errs.append(RowError(row_no, "层级", f"“{get('level')}”不是有效层级，应为 1、2 或 3。"))
            continue
        if not code:
            errs.append(RowError(row_no, "编号", "必填。"))
            continue
        if (level, code) in seen:
            errs.append(RowError(row_no, "编号", f"{level}级指标编号“{code}”重复。"))
            continue
        title = get("title")
        if not title:
            errs.append(RowError(row_no, "指标内容", "必填。"))
        node = {"row": row_no, "level": level, "code": code, "title": title, "parent": None,
                "points": _decimal(raw.get("points"), row_no, "分值", errs),
                "weight": _decimal(raw.get("weight"), row_no, "权重（%）", errs),
                "method": NodeMethod.GROUP, "indicator_key": "", "rule_kind": "", "rule_text": get("rule_text"),
                "evidence_required": get("evidence_required"), "is_placeholder": get("is_placeholder").lower() in YES,
                "note": get("note")}
        if level > 1:
            parent_code = get("parent").removesuffix(".0")
            parent = seen.get((level - 1, parent_code)) if parent_code else last_at.get(level - 1)
            if parent is None:
                where = f"“{parent_code}”" if parent_code else "（上方没有）"
                errs.append(RowError(row_no, "上级编号", f"找不到{level - 1}级指标{where}；上级指标须写在下级之前。"))
            node["parent"] = parent
        if level == 3:
            _leaf(node, get, errs)
        seen[(level, code)] = node
        last_at[level] = node
        for deeper in [lv for lv in last_at if lv > level]:
            del last_at[deeper]
        result.nodes.append(node)
    _check_totals(result)
    if not errs and not any(n["level"] == 3 for n in result.nodes):
        errs.append(RowError(1, "层级", "没有任何三级指标。"))
    result.warnings = [f"第 {n['row']} 行：计算指标“{n['indicator_key']}”平台尚未提供，评估时显示为“指标尚未提供”。"
                       for n in result.nodes if n["indicator_key"] and n["indicator_key"] not in INDICATORS]
    return result


def _leaf(node: dict, get, errs: list) -> None:
    row = node["row"]
    if node["points"] is None:
        errs.append(RowError(row, "分值", "三级指标必须填写分值。"))
    method = METHOD_WORDS.get(get("method"))
    if method is None:
        errs.append(RowError(row, "评分方式", f"“{get('method')}”无效，应为“据台账计算”或“自评+督察员评分”。"))
        return
    node["method"] = method
    kind_text = get("rule_kind")
    kind = RULE_WORDS.get(kind_text) if kind_text else (RuleKind.MANUAL if method == NodeMethod.MANUAL else None)
    if method == NodeMethod.MANUAL:
        if kind not in (RuleKind.MANUAL, None) or kind_text and kind is None:
            errs.append(RowError(row, "评分规则", "自评指标由督察员评分，评分规则应为“督察员评分”或不填。"))
        node["rule_kind"] = RuleKind.MANUAL
        return
    key_text = get("indicator_key")
    key = _indicator_key(key_text) if key_text else None
    if key is None:
        errs.append(RowError(row, "计算指标", f"据台账计算的指标须填写平台指标键或名称；“{key_text}”无法识别。"
                             if key_text else "据台账计算的指标须填写平台指标键或名称。"))
    node["indicator_key"] = key or ""
    if kind not in (RuleKind.THRESHOLD, RuleKind.PROPORTIONAL):
        errs.append(RowError(row, "评分规则", "据台账计算的指标应为“分档计分”或“按比例计分”。"))
        return
    node["rule_kind"] = kind
    try:
        rule = parse_rule(kind, node["rule_text"])
    except RuleError as exc:
        errs.append(RowError(row, "规则参数", str(exc)))
        return
    over = [b.points for b in rule.bands if b.points is not None and node["points"] is not None and b.points > node["points"]]
    if over:
        errs.append(RowError(row, "规则参数", f"分档得分 {over[0]} 超过该指标分值 {node['points']}。"))


def _check_totals(result: SystemImportResult) -> None:
    """A dimension's points, when given, must equal the points of the third-level items under it."""
    def leaf_total(node):
        kids = [n for n in result.nodes if n["parent"] is node]
        if node["level"] == 3 or not kids:
            return node["points"] if node["level"] == 3 else None
        parts = [leaf_total(k) for k in kids]
        return None if any(p is None for p in parts) else sum(parts)

    for node in result.nodes:
        if node["level"] == 3 or node["points"] is None:
            continue
        total = leaf_total(node)
        if total is not None and total != node["points"]:
            result.errors.append(RowError(node["row"], "分值", f"下级指标分值合计 {total}，与本行分值 {node['points']} 不一致。"))


def rows_from_workbook(fileobj) -> list[tuple[int, dict]]:
    headers, rows = read_rows(fileobj)
    by_header = {h.replace("*", ""): name for name, h, _, _ in COLUMNS}
    unknown = [h for h in headers if h and h not in by_header]
    missing = [h for name, h, req, _ in COLUMNS if req and h not in headers]
    errors = [RowError(1, h, "不是指标体系模板中的列名。") for h in unknown]
    errors += [RowError(1, h, "模板中的必填列缺失。") for h in missing]
    if errors:
        raise SystemImportErrors(errors)
    return [(row_no, {by_header[h]: v for h, v in zip(headers, values) if h in by_header}) for row_no, values in rows]


class SystemImportErrors(InvalidInput):
    def __init__(self, errors: list[RowError]):
        super().__init__("；".join(str(e) for e in errors), code="bad_columns")
        self.row_errors = errors


def system_import(*, user, fileobj, name: str, version: str, year=None, source: str = "", previous=None,
                  dry_run: bool = False) -> SystemImportResult:
    """Import a workbook as a new version of an indicator system owned by the user's unit."""
    permissions.require(user, IMPORT_ACTION)
    try:
        rows = rows_from_workbook(fileobj)
    except SystemImportErrors as exc:
        return SystemImportResult(errors=exc.row_errors, dry_run=dry_run)
    result = validate_rows(rows)
    result.dry_run = dry_run
    if result.errors or dry_run:
        return result
    result.system = system_create(user=user, nodes=result.nodes, name=name, version=version, year=year, source=source,
                                  previous=previous, verb="import", label="Excel 导入指标体系")
    return result


@transaction.atomic
def system_create(*, user, nodes: list[dict], name: str, version: str, year=None, source: str = "", previous=None,
                  unit=None, verb: str = "create", label: str = "新建指标体系") -> IndicatorSystem:
    unit = unit or user.unit
    if unit is None:
        raise InvalidInput("系统管理员没有所属单位：请以本单位用户身份导入指标体系。")
    system = IndicatorSystem(unit=unit, name=name, version=version, year=year, source=source, previous=previous,
                             created_by=user)
    system._history_user = user
    system.save()
    made: dict[int, IndicatorNode] = {}
    for order, n in enumerate(nodes, start=1):
        parent = made[id(n["parent"])] if n["parent"] is not None else None
        made[id(n)] = IndicatorNode.objects.create(
            system=system, parent=parent, level=n["level"], code=n["code"], title=n["title"], points=n["points"],
            weight=n["weight"], method=n["method"], indicator_key=n["indicator_key"], rule_kind=n["rule_kind"],
            rule_text=n["rule_text"], evidence_required=n["evidence_required"], is_placeholder=n["is_placeholder"],
            note=n["note"], order=order,
        )
    event_record(obj=system, verb=verb, label=label, actor=user, data={"nodes": len(nodes)})
    return system


def builtin_rows() -> list[tuple[int, dict]]:
    """The shipped system (data/indicator_system.yaml) as import rows, so it passes the same checks."""
    data = yaml.safe_load(BUILTIN.read_text(encoding="utf-8"))
    return [(i, row) for i, row in enumerate(data["rows"], start=2)]


def builtin_meta() -> dict:
    return {k: v for k, v in yaml.safe_load(BUILTIN.read_text(encoding="utf-8")).items() if k != "rows"}


def system_load_builtin(*, user, unit=None) -> IndicatorSystem:
    """Load the shipped 示范指标体系 (with its placeholders marked) as a system of the user's unit."""
    permissions.require(user, IMPORT_ACTION)
    result = validate_rows(builtin_rows())
    if result.errors:  # the shipped data is checked by a test; this guards hand edits of the YAML
        raise InvalidInput("内置指标体系数据有误：" + "；".join(str(e) for e in result.errors))
    meta = builtin_meta()
    return system_create(user=user, unit=unit, nodes=result.nodes, name=meta["name"], version=meta["version"],
                         year=meta.get("year"), source=meta["source"], verb="builtin", label="载入内置指标体系")


# ---------------------------------------------------------------- workbook out

def _header(ws, headers):
    ws.append(headers)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for c in range(1, len(headers) + 1):
        cell = ws.cell(row=1, column=c)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(c)].width = 40 if headers[c - 1] in ("指标内容", "规则参数") else 14
    ws.freeze_panes = "A2"


def _row_values(node: IndicatorNode) -> list:
    method = {NodeMethod.BOUND: "据台账计算", NodeMethod.MANUAL: "自评+督察员评分"}.get(node.method, "")
    rule = {RuleKind.THRESHOLD: "分档计分", RuleKind.PROPORTIONAL: "按比例计分", RuleKind.MANUAL: "督察员评分"}.get(node.rule_kind, "")
    num = lambda d: None if d is None else float(d)  # noqa: E731
    return [node.level, node.code, node.parent.code if node.parent_id else "", node.title, num(node.points),
            num(node.weight), method, node.indicator_key, rule, node.rule_text, node.evidence_required,
            "是" if node.is_placeholder else "", node.note]


def system_workbook(system: IndicatorSystem | None = None) -> bytes:
    """The import template (empty, with drop-downs and a 填写说明 sheet) or a system exported in the same layout."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    _header(ws, [h + ("*" if req else "") for _, h, req, _ in COLUMNS])
    for col, options in ((7, ["据台账计算", "自评+督察员评分"]), (9, ["分档计分", "按比例计分", "督察员评分"]), (12, ["是", "否"])):
        letter = get_column_letter(col)
        dv = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True)
        dv.error = "请从下拉列表中选择。"
        ws.add_data_validation(dv)
        dv.add(f"{letter}2:{letter}2000")
    if system is not None:
        for node in system.nodes.select_related("parent").order_by("order"):
            ws.append(_row_values(node))
    guide = wb.create_sheet("填写说明")
    _header(guide, ["列名", "是否必填", "说明"])
    for _, h, req, help_text in COLUMNS:
        guide.append([h, "是" if req else "否", help_text])
    guide.append([])
    guide.append(["可用的计算指标", "", "键 — 名称（单位）"])
    for key, ind in sorted(INDICATORS.items()):
        guide.append([key, "", f"{ind.name}（{ind.unit}）"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()

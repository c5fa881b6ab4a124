"""Excel in and out, as one mechanism for every ledger (issue 2 item 10; style.md R11).

The columns are the ledger's form fields (declared once). From them come:
* ``template_workbook`` — a .xlsx with Chinese headers, drop-down lists for choices, a
  填写说明 sheet;
* ``import_workbook`` — every row validated by the same form as the web page; errors reported
  by row and column in Chinese; nothing is written unless every row is valid; ``dry_run``
  writes nothing at all;
* ``export_workbook`` — any filtered list, with the same headers (so an export re-imports).
"""

from __future__ import annotations

import datetime as dt
import decimal
import io
import re
from dataclasses import dataclass, field
from typing import Callable

from django import forms
from django.db import transaction
from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from .errors import InvalidInput
from .ledgers import Ledger
from .scoping import units_for

UNIT_HEADER = "单位"
SHEET = "台账"
TRUE_WORDS = {"是", "有", "true", "1", "y", "yes", "√", "已", "✓"}
FALSE_WORDS = {"否", "无", "false", "0", "n", "no", "×", "未", ""}
MAX_ROWS = 50000
EXPORT_ONLY = {"办理状态", "编号", "登记时间", "作废原因"}


@dataclass
class Column:
    name: str
    header: str
    required: bool
    kind: str                      # text | date | int | decimal | bool | choice | fk | m2m
    choices: list[tuple[str, str]] = field(default_factory=list)  # (value, label)
    help: str = ""
    field: forms.Field | None = None
    lookup: dict | None = None      # name or id -> pk, built once per import for fk/m2m columns
    default: object = None          # the model default, used when the cell (or the column) is empty

    def resolve(self, text: str):
        if self.lookup is None:
            self.lookup = {}
            for o in self.field.queryset:
                self.lookup.setdefault(str(o), o.pk)
                self.lookup[str(o.pk)] = o.pk
        return self.lookup.get(text)


@dataclass
class RowError:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"第 {self.row} 行" + (f"“{self.column}”列" if self.column else "")
        return f"{where}：{self.message}"


@dataclass
class ImportResult:
    total: int = 0
    created: list[int] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        if self.errors:
            return f"共 {self.total} 行，发现 {len(self.errors)} 处错误，未写入任何数据。"
        if self.dry_run:
            return f"试导入：共 {self.total} 行全部校验通过，未写入数据。"
        return f"导入成功：共写入 {len(self.created)} 条记录。"


def _kind(f: forms.Field) -> str:
    if isinstance(f, forms.ModelMultipleChoiceField):
        return "m2m"
    if isinstance(f, forms.ModelChoiceField):
        return "fk"
    if isinstance(f, (forms.TypedChoiceField, forms.ChoiceField)):
        return "choice"
    if isinstance(f, forms.BooleanField):
        return "bool"
    if isinstance(f, (forms.DateField, forms.DateTimeField)):
        return "date"
    if isinstance(f, forms.IntegerField):
        return "int"
    if isinstance(f, (forms.DecimalField, forms.FloatField)):
        return "decimal"
    return "text"


def columns_for(ledger: Ledger, user=None) -> list[Column]:
    from .services import build_form

    form = build_form(ledger, user, form_cls=ledger.excel_form)
    model_fields = {f.name: f for f in ledger.model._meta.get_fields() if hasattr(f, "has_default")}
    cols = []
    for name, f in form.fields.items():
        mf = model_fields.get(name)
        default = mf.get_default() if mf is not None and mf.has_default() and not callable(mf.default) else None
        kind = _kind(f)
        choices: list[tuple[str, str]] = []
        if kind == "choice":
            # keep an explicit empty choice that has a real label (e.g. "（非宣传日）"), drop Django's "---------"
            choices = [(str(v), str(lbl)) for v, lbl in f.choices if v not in ("", None) or not str(lbl).startswith("---")]
        elif kind in ("fk", "m2m") and user is not None:
            choices = [(str(o.pk), str(o)) for o in f.queryset[:500]]
        cols.append(Column(name, str(f.label or name), bool(f.required) and default is None, kind, choices,
                           str(f.help_text or ""), f, default=default))
    return cols


# ---------------------------------------------------------------- template

def _style_header(ws, ncols: int) -> None:
    fill = PatternFill("solid", fgColor="DDEBF7")
    for c in range(1, ncols + 1):
        cell = ws.cell(row=1, column=c)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(c)].width = max(12, min(40, len(str(cell.value)) * 2 + 4))
    ws.freeze_panes = "A2"


def template_workbook(ledger: Ledger, user) -> bytes:
    cols = columns_for(ledger, user)
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    headers = [UNIT_HEADER] + [c.header + ("*" if c.required else "") for c in cols]
    ws.append(headers)
    _style_header(ws, len(headers))
    ws.cell(row=1, column=1).comment = Comment("可不填，默认为本单位；可填所属村/社区名称。", "fazhi")
    opts = wb.create_sheet("选项")
    opt_col = 0
    for i, c in enumerate(cols, start=2):
        letter = get_column_letter(i)
        if c.help:
            ws.cell(row=1, column=i).comment = Comment(c.help, "fazhi")
        if c.kind == "date":
            for r in range(2, 1002):
                ws.cell(row=r, column=i).number_format = "yyyy-mm-dd"
        if c.choices and c.kind in ("choice", "fk", "bool") or c.kind == "bool":
            labels = [lbl for _, lbl in c.choices] if c.kind != "bool" else ["是", "否"]
            opt_col += 1
            ol = get_column_letter(opt_col)
            opts.cell(row=1, column=opt_col, value=c.header)
            for r, lbl in enumerate(labels, start=2):
                opts.cell(row=r, column=opt_col, value=lbl)
            dv = DataValidation(type="list", formula1=f"=选项!${ol}$2:${ol}${len(labels) + 1}", allow_blank=not c.required)
            dv.error = f"请从下拉列表中选择“{c.header}”。"
            dv.errorTitle = "无效的选项"
            ws.add_data_validation(dv)
            dv.add(f"{letter}2:{letter}5000")
    opts.sheet_state = "hidden"
    guide = wb.create_sheet("填写说明")
    guide.append(["列名", "是否必填", "类型", "可选值", "说明"])
    kind_names = {"text": "文本", "date": "日期（如 2024-03-01）", "int": "整数", "decimal": "数字", "bool": "是/否",
                  "choice": "选项", "fk": "选项（名称）", "m2m": "多个名称，用“、”分隔"}
    guide.append([UNIT_HEADER, "否", "单位名称", "", "空白表示本单位"])
    for c in cols:
        guide.append([c.header, "是" if c.required else "否", kind_names[c.kind], "、".join(lbl for _, lbl in c.choices[:50]), c.help])
    _style_header(guide, 5)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- import

def _norm_header(h) -> str:
    return re.sub(r"[\s*＊]", "", str(h or ""))


def _cell_to_input(col: Column, value, row_errors: list, row_no: int):
    """Turn a cell into what the form field expects as POST data."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if col.default is not None and col.kind != "bool":
            return str(col.default)
        return "" if col.kind != "bool" else ("on" if col.default else "")
    if col.kind == "date":
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        text = str(value).strip()
        m = re.fullmatch(r"(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?", text)
        return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}" if m else text
    if col.kind in ("int", "decimal"):
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value).strip().replace(",", "")
    if col.kind == "bool":
        text = str(value).strip().lower()
        if text in TRUE_WORDS:
            return "on"
        if text in FALSE_WORDS:
            return ""
        row_errors.append(RowError(row_no, col.header, f"请填写“是”或“否”，而不是“{value}”。"))
        return ""
    text = str(value).strip()
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if col.kind == "choice":
        for v, lbl in col.choices:
            if text in (v, lbl):
                return v
        if text:
            row_errors.append(RowError(row_no, col.header, f"“{text}”不是有效选项，可选：{'、'.join(l for _, l in col.choices[:20])}。"))
        return text
    if col.kind == "fk":
        if not text:
            return ""
        pk = col.resolve(text)
        if pk is None:
            row_errors.append(RowError(row_no, col.header, f"找不到“{text}”。"))
            return ""
        return str(pk)
    if col.kind == "m2m":
        names = [t for t in re.split(r"[、,，;；]\s*", text) if t]
        missing = [n for n in names if col.resolve(n) is None]
        if missing:
            row_errors.append(RowError(row_no, col.header, f"找不到：{'、'.join(missing)}。"))
        return [str(col.resolve(n)) for n in names if col.resolve(n) is not None]
    return text


def read_rows(fileobj) -> tuple[list[str], list[tuple[int, list]]]:
    try:
        wb = load_workbook(fileobj, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many types for a non-xlsx file; all mean the same to a clerk
        raise InvalidInput("无法读取文件：请上传 Excel 工作簿（.xlsx）。可先下载模板，按模板填写。", code="bad_file") from None
    ws = wb[SHEET] if SHEET in wb.sheetnames else wb.worksheets[0]
    rows = ws.iter_rows(values_only=True)
    try:
        headers = [_norm_header(h) for h in next(rows)]
    except StopIteration:
        raise InvalidInput("文件是空的：第 1 行应为列名。", code="empty_file") from None
    data = []
    for i, row in enumerate(rows, start=2):
        if row is None or all(v is None or (isinstance(v, str) and not v.strip()) for v in row):
            continue
        data.append((i, list(row)))
        if len(data) > MAX_ROWS:
            raise InvalidInput(f"一次最多导入 {MAX_ROWS} 行，请分批导入。", code="too_many_rows")
    wb.close()
    return headers, data


def import_workbook(ledger: Ledger, user, fileobj, *, dry_run: bool = False, progress: Callable[[int, int], None] | None = None) -> ImportResult:
    from . import permissions
    from .services import build_form

    permissions.require(user, ledger.action("import"))
    cols = columns_for(ledger, user)
    by_header = {_norm_header(c.header): c for c in cols}
    headers, rows = read_rows(fileobj)
    result = ImportResult(total=len(rows), dry_run=dry_run)
    # the metadata columns an export adds are ignored, so an export can be edited and imported again
    unknown = [h for h in headers if h and h != UNIT_HEADER and h not in by_header and h not in EXPORT_ONLY]
    for h in unknown:
        result.errors.append(RowError(1, h, "不是本台账的列名，请使用模板中的列名。"))
    missing = [c.header for c in cols if c.required and _norm_header(c.header) not in headers]
    for h in missing:
        result.errors.append(RowError(1, h, "模板中的必填列缺失。"))
    if result.errors:
        return result
    allowed_units = {u.name: u for u in units_for(user, "change")} | {u.short_name: u for u in units_for(user, "change") if u.short_name}
    prepared = []
    for n, (row_no, values) in enumerate(rows, start=1):
        row_errors: list[RowError] = []
        data: dict = {}
        unit = None
        for h, v in zip(headers, values):
            if h == UNIT_HEADER:
                name = str(v or "").strip()
                if name:
                    unit = allowed_units.get(name)
                    if unit is None:
                        row_errors.append(RowError(row_no, UNIT_HEADER, f"“{name}”不是本单位或所属村/社区。"))
                continue
            col = by_header.get(h)
            if col is not None:
                data[col.name] = _cell_to_input(col, v, row_errors, row_no)
        for col in cols:  # a column left out of the sheet takes the model default
            if col.name not in data and col.default is not None:
                data[col.name] = _cell_to_input(col, None, row_errors, row_no)
        form = build_form(ledger, user, data, form_cls=ledger.excel_form)
        if not form.is_valid():
            reported = {e.column for e in row_errors}
            for fname, errs in form.errors.items():
                col = next((c for c in cols if c.name == fname), None)
                header = col.header if col else ""
                if header in reported:
                    continue
                row_errors.append(RowError(row_no, header, "；".join(str(e) for e in errs)))
        result.errors.extend(row_errors)
        prepared.append((data, unit))
        if progress:
            progress(n, len(rows))
    if result.errors or dry_run:
        return result
    with transaction.atomic():
        for data, unit in prepared:
            obj = _create(ledger, user=user, data=data, unit=unit, form_cls=ledger.excel_form,
                          verb="import", label="Excel 导入")
            result.created.append(obj.pk)
    return result


def _create(ledger: Ledger, **kwargs):
    """An import registers each row the way the web form does: the ledger's own create service
    (reference numbers, statutory clocks…) when it has one, else the generic one."""
    import inspect

    from .services import record_create

    func = ledger.create or record_create
    params = inspect.signature(func).parameters
    if not any(p.kind is p.VAR_KEYWORD for p in params.values()):
        kwargs = {k: v for k, v in kwargs.items() if k in params}
    return func(ledger=ledger, **kwargs)


# ---------------------------------------------------------------- export

def _display(obj, col: Column):
    value = getattr(obj, col.name, None)
    if col.kind == "choice":
        getter = getattr(obj, f"get_{col.name}_display", None)
        return getter() if getter else value
    if col.kind == "bool":
        return "是" if value else "否"
    if col.kind == "m2m":
        return "、".join(str(o) for o in value.all())
    if col.kind == "fk":
        return str(value) if value is not None else None
    if isinstance(value, decimal.Decimal):
        return float(value)
    return value


def export_workbook(ledger: Ledger, user, queryset) -> bytes:
    from . import permissions

    permissions.require(user, ledger.action("export"))
    cols = columns_for(ledger, user)
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    state_field = "state" if any(f.name == "state" for f in ledger.model._meta.fields) else None
    headers = [UNIT_HEADER] + [c.header for c in cols] + (["办理状态"] if state_field else []) + ["编号", "登记时间", "作废原因"]
    ws.append(headers)
    _style_header(ws, len(headers))
    for obj in queryset:
        row = [obj.unit.name] + [_display(obj, c) for c in cols]
        if state_field:
            row.append(obj.get_state_display())
        row += [obj.pk, obj.created_at.astimezone(dt.timezone(dt.timedelta(hours=8))).replace(tzinfo=None), obj.void_reason if obj.is_void else ""]
        ws.append(row)
    for i, c in enumerate(cols, start=2):
        if c.kind == "date":
            for cell in ws[get_column_letter(i)][1:]:
                cell.number_format = "yyyy-mm-dd"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()

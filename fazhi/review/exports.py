"""The review sent back for correction: DOCX (a 审阅意见 letter) and XLSX (one row per finding)."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from .models import SEVERITY_LABELS, FindingStatus


def _font(run, name="仿宋_GB2312", size=14):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)


def _visible(findings):
    # dismissed findings stay in the system but are not sent back as problems
    return [f for f in findings if f.status != FindingStatus.DISMISSED]


def document_docx(doc, findings) -> bytes:
    d = Document()
    title = d.add_paragraph()
    _font(title.add_run(f"关于《{doc.filename}》的审阅意见"), "方正小标宋简体", 22)
    p = d.add_paragraph()
    _font(p.add_run(f"报告单位：{doc.issuer or '（未识别）'}　年度：{doc.year or '（未识别）'}"))
    rows = _visible(findings)
    p = d.add_paragraph()
    _font(p.add_run(f"经审阅，发现以下 {len(rows)} 处需要核实或修改："))
    for i, f in enumerate(rows, 1):
        p = d.add_paragraph()
        _font(p.add_run(f"{i}. 【{f.get_type_display()}·{SEVERITY_LABELS.get(f.severity, f.severity)}】第 {f.line} 行："), "黑体", 14)
        _font(p.add_run(f.message))
        if f.quote:
            q = d.add_paragraph()
            _font(q.add_run(f"原文：“{f.quote}”"), "楷体_GB2312", 14)
        if f.note:
            q = d.add_paragraph()
            _font(q.add_run(f"审阅意见：{f.note}"))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def batch_xlsx(batch, documents) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "审阅发现"
    ws.append(["报告", "报告单位", "年度", "问题类型", "严重程度", "行号", "原文", "说明", "处理", "审阅意见"])
    for c in ws[1]:
        c.font = Font(bold=True)
    for doc in documents:
        if doc.error:
            ws.append([doc.filename, "", "", "无法读取", "错误", "", "", doc.error, "", ""])
        for f in doc.findings.all():
            ws.append([doc.filename, doc.issuer, doc.year, f.get_type_display(), SEVERITY_LABELS.get(f.severity, f.severity),
                       f.line, f.quote, f.message, f.get_status_display(), f.note])
    for col, width in zip("ABCDEFGHIJ", (28, 24, 8, 16, 10, 8, 40, 60, 10, 30)):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()

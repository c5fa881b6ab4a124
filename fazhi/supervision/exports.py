"""Generated documents of 督察与考核: results and 整改台账 as XLSX, the 督查通报 as DOCX (style.md R12)."""

from __future__ import annotations

import io
from collections import OrderedDict

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .choices import FindingState, ScoreSource
from .selectors import finding_overdue
from .services.evidence import evidence_for_many

HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")


def _sheet(ws, headers, widths=None):
    ws.append(headers)
    for c in range(1, len(headers) + 1):
        cell = ws.cell(row=1, column=c)
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(c)].width = (widths or {}).get(c, 14)
    ws.freeze_panes = "A2"


def _f(d):
    return None if d is None else float(d)


def _save(wb) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


class ResultsWorkbook:
    """考核评估结果: 汇总 (per unit: total, dimensions), 明细 (per unit × indicator), 缺项 (what is missing)."""

    def __init__(self, assessment, results):
        self.assessment, self.results = assessment, results

    def render(self) -> bytes:
        wb = Workbook()
        ws = wb.active
        ws.title = "汇总"
        dims = [d for d, _, _ in self.results[0].dimensions] if self.results else []
        _sheet(ws, ["单位", "得分（据台账计算＋督察员评分）", "满分", *[f"{d.code} {d.title}" for d in dims],
                    "未计分项数", "自评分（未审核，仅供参考）"], {1: 24, 2: 18})
        for r in self.results:
            ws.append([r.unit.name, _f(r.total), _f(r.max_total), *[_f(s) for _, s, _ in r.dimensions], len(r.missing),
                       _f(r.self_total)])
        detail = wb.create_sheet("明细")
        _sheet(detail, ["单位", "编号", "三级指标", "分值", "评分方式", "计算指标", "计算值", "分子", "分母", "得分",
                        "得分来源", "自评分", "评分意见", "说明"], {1: 24, 3: 50, 14: 30})
        for r in self.results:
            for i in r.items:
                v = i.value
                detail.append([r.unit.name, i.node.code, i.node.title, _f(i.node.points), i.node.get_method_display(),
                               i.node.indicator_key, v.value if v else None, v.numerator if v else None,
                               v.denominator if v else None, _f(i.score), i.source_label,
                               _f(i.report.self_score) if i.report else None, i.report.comment if i.report else "", i.note])
        missing = wb.create_sheet("缺项")
        _sheet(missing, ["单位", "编号", "三级指标", "情况"], {1: 24, 3: 50, 4: 30})
        for r in self.results:
            for i in r.missing:
                missing.append([r.unit.name, i.node.code, i.node.title, i.note or i.source_label])
        legend = wb.create_sheet("说明")
        legend.append([f"{self.assessment.title}（{self.assessment.year}年度，指标体系：{self.assessment.system}）"])
        for src in ScoreSource:
            legend.append([src.label, "计入得分与排名" if src in (ScoreSource.COMPUTED, ScoreSource.INSPECTOR) else "不计入得分，不参与排名"])
        return _save(wb)


class RectificationWorkbook:
    """整改台账: one row per finding with its latest re-check, then one row per 整改 round."""

    def __init__(self, findings, on):
        self.findings, self.on = list(findings), on

    def render(self) -> bytes:
        from .models import Rectification

        wb = Workbook()
        ws = wb.active
        ws.title = "整改台账"
        _sheet(ws, ["编号", "督导督查", "来源", "整改责任单位", "问题类型", "问题描述", "整改要求", "发现日期", "整改期限",
                    "状态", "报送次数", "销号日期", "是否逾期", "最近验收意见", "作废原因"], {2: 28, 4: 22, 6: 40, 7: 30, 14: 30})
        for f in self.findings:
            rounds = list(f.rounds.all())
            last = rounds[-1] if rounds else None
            overdue = finding_overdue(f, self.on)
            ws.append([f.pk, f.inspection.title, f.inspection.get_source_display(), f.unit.name, f.get_category_display(),
                       f.description, f.requirement, f.found_on, f.due_on, f.get_state_display(), len(rounds), f.accepted_on,
                       "是" if overdue else "否", last.review_comment if last else "", f.void_reason if f.is_void else ""])
        rs = wb.create_sheet("整改过程")
        _sheet(rs, ["问题编号", "整改责任单位", "轮次", "整改措施及成效", "完成日期", "佐证材料", "报送人", "验收结果", "验收人",
                    "验收日期", "验收意见"], {4: 40, 6: 30, 11: 30})
        ids = [r.pk for f in self.findings for r in f.rounds.all()]
        evidence = evidence_for_many(Rectification, ids)
        for f in self.findings:
            for r in f.rounds.all():
                ev = "；".join(e.name for e in evidence.get(r.pk, []))
                rs.append([f.pk, f.unit.name, r.round, r.measures, r.completed_on, ev, str(r.created_by or ""),
                           r.get_outcome_display(), str(r.reviewed_by or ""), r.reviewed_on, r.review_comment])
        for sheet, cols in ((ws, ("H", "I", "L")), (rs, ("E", "J"))):
            for col in cols:
                for cell in sheet[col][1:]:
                    cell.number_format = "yyyy-mm-dd"
        return _save(wb)


class BulletinDocument:
    """督查通报: the inspection, its scope and checklist, the problems found per unit and the 整改 requirements."""

    def __init__(self, inspection, findings, on):
        self.inspection, self.findings, self.on = inspection, list(findings), on

    def _font(self, doc):
        style = doc.styles["Normal"]
        style.font.name = "仿宋"
        style.font.size = Pt(14)
        style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")

    def render(self) -> bytes:
        insp = self.inspection
        doc = Document()
        self._font(doc)
        title = doc.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = title.add_run(f"关于{insp.title}情况的通报")
        run.bold = True
        run.font.size = Pt(20)
        if insp.doc_no:
            p = doc.add_paragraph(insp.doc_no)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        scope = list(insp.scope_units.all().order_by("path"))
        by_level = OrderedDict()
        for u in scope:
            by_level.setdefault(u.get_level_display(), []).append(u)
        period = f"{insp.start_on:%Y年%-m月%-d日}" + (f"至{insp.end_on:%Y年%-m月%-d日}" if insp.end_on else "")
        scope_text = "、".join(f"{len(us)}个{lvl}" for lvl, us in by_level.items()) or "有关单位"
        items = list(insp.items.live())
        doc.add_paragraph(
            f"{period}，{insp.unit.name}组织开展{insp.title}，对{scope_text}进行了督导督查"
            + (f"，共列督查任务{len(items)}项" if items else "") + "。现将有关情况通报如下。")
        if insp.topics:
            doc.add_paragraph(f"督查内容：{insp.topics}")
        live = [f for f in self.findings if not f.is_void]
        done = sum(1 for f in live if f.state == FindingState.ACCEPTED)
        doc.add_heading("一、总体情况", level=2)
        doc.add_paragraph(f"本次督导督查共发现问题{len(live)}个，涉及{len({f.unit_id for f in live})}个单位；"
                          f"截至{self.on:%Y年%-m月%-d日}，已整改销号{done}个，正在整改{len(live) - done}个。")
        doc.add_heading("二、发现的问题及整改要求", level=2)
        per_unit = OrderedDict()
        for f in sorted(live, key=lambda f: (f.unit.path, f.pk)):
            per_unit.setdefault(f.unit, []).append(f)
        if not per_unit:
            doc.add_paragraph("本次督导督查未发现需要整改的问题。")
        for n, (unit, rows) in enumerate(per_unit.items(), start=1):
            doc.add_heading(f"（{_cn(n)}）{unit.name}", level=3)
            for i, f in enumerate(rows, start=1):
                doc.add_paragraph(f"{i}. {f.description}（{f.get_category_display()}）")
                req = f"整改要求：{f.requirement}" if f.requirement else "整改要求：立行立改，举一反三。"
                doc.add_paragraph(f"{req} 整改期限：{f.due_on:%Y年%-m月%-d日}前。当前状态：{f.get_state_display()}。")
        doc.add_heading("三、有关要求", level=2)
        doc.add_paragraph("各被督查单位要对照问题清单逐项整改，在整改期限内通过法治政府建设工作平台报送整改情况及佐证材料"
                          "（已在平台登记的台账记录可直接关联，无需另行截图）；督查单位逐项验收，验收通过后销号。")
        sign = doc.add_paragraph(f"{insp.unit.name}\n{self.on:%Y年%-m月%-d日}")
        sign.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        buf = io.BytesIO()
        doc.save(buf)
        return buf.getvalue()


def _cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")

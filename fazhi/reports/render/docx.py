"""DOCX in 公文 format (GB/T 9704-2012 《党政机关公文格式》).

A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (版心 156 × 225 mm); 22 lines × 28 characters
(line pitch 28.95 pt, document grid); title 方正小标宋简体 二号; body 仿宋_GB2312 三号; 一级标题 黑体,
二级标题 楷体_GB2312; page numbers 4号 “— 1 —”, odd pages right and even pages left, one character in;
署名 and 成文日期 as for a document without seal (署名右空二字; 日期首字比署名首字右移二字).
The official font names are written into the file (``w:rFonts`` incl. ``w:eastAsia``) so Word on a government
PC uses the real fonts; LibreOffice substitutes them through ``fonts.conf``.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ..contrib import strip_markers

FANGSONG, XIAOBIAOSONG, HEITI, KAITI, SONGTI = "仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "宋体"
SIZE_2, SIZE_3, SIZE_4, SIZE_SMALL_4 = Pt(22), Pt(16), Pt(14), Pt(12)
LINE_PITCH = Pt(28.95)            # 225 mm / 22 lines
CHAR = 16                          # pt, one 三号 character
CHARS_PER_LINE = 28
MAX_TABLE_COLUMNS = 5
TITLE_CHARS = 20                   # 二号 characters per line of the 版心


def _fonts(rpr_owner, name: str) -> None:
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _condense(rpr_owner, size) -> None:
    """Squeeze 三号 characters by ¼ pt so that 28 fit a 156 mm line (16 pt × 28 = 448 pt > 442 pt)."""
    rpr = rpr_owner.get_or_add_rPr()
    spacing = rpr.find(qn("w:spacing"))
    if spacing is None:
        spacing = OxmlElement("w:spacing")
        rpr.append(spacing)
    spacing.set(qn("w:val"), "-5" if size == SIZE_3 else "0")


def _no_grid(style) -> None:
    """Paragraphs off the 22-line grid (title, tables, page numbers) keep their own line height."""
    ppr = style.element.get_or_add_pPr()
    if ppr.find(qn("w:snapToGrid")) is None:
        el = OxmlElement("w:snapToGrid")
        el.set(qn("w:val"), "0")
        ppr.append(el)


def _style(doc, name: str, font: str, size, *, align=None, indent_chars: float = 0, bold=False, base="Normal"):
    styles = doc.styles
    style = styles[name] if name in [s.name for s in styles] else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if name != "Normal":
        style.base_style = styles[base]
    style.font.size = size
    style.font.bold = bold
    style.font.name = font
    _fonts(style.element, font)
    _condense(style.element, size)
    ppr = style.element.get_or_add_pPr()
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):   # no extra gap between 汉字 and digits (2020年, not 2020 年)
        if ppr.find(qn(tag)) is None:
            el = OxmlElement(tag)
            el.set(qn("w:val"), "0")
            ppr.append(el)
    pf = style.paragraph_format
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = LINE_PITCH
    pf.first_line_indent = Pt(CHAR * indent_chars) if indent_chars else Pt(0)
    pf.widow_control = False
    if align is not None:
        pf.alignment = align
    return style


def _defaults(doc) -> None:
    rpr_default = doc.styles.element.find(qn("w:docDefaults"))
    if rpr_default is not None:
        rpr = rpr_default.find(qn("w:rPrDefault"))
        if rpr is not None and rpr.find(qn("w:rPr")) is not None:
            fonts = rpr.find(qn("w:rPr")).find(qn("w:rFonts"))
            if fonts is not None:
                for attr in list(fonts.attrib):
                    del fonts.attrib[attr]
                for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                    fonts.set(qn(attr), FANGSONG)
    _style(doc, "Normal", FANGSONG, SIZE_3, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _style(doc, "公文正文", FANGSONG, SIZE_3, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2)
    _style(doc, "公文标题", XIAOBIAOSONG, SIZE_2, align=WD_ALIGN_PARAGRAPH.CENTER)
    doc.styles["公文标题"].paragraph_format.line_spacing = Pt(36)
    _style(doc, "一级标题", HEITI, SIZE_3, indent_chars=2)
    _style(doc, "二级标题", KAITI, SIZE_3, indent_chars=2)
    _style(doc, "主送机关", FANGSONG, SIZE_3)
    _style(doc, "落款", FANGSONG, SIZE_3, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _style(doc, "页码", SONGTI, SIZE_4)
    _style(doc, "表格文字", FANGSONG, SIZE_SMALL_4, align=WD_ALIGN_PARAGRAPH.CENTER)
    doc.styles["表格文字"].paragraph_format.line_spacing = Pt(18)
    for name in ("公文标题", "表格文字", "页码"):
        _no_grid(doc.styles[name])


def _page(section) -> None:
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance, section.footer_distance = Mm(15), Mm(25)
    sect = section._sectPr
    grid = sect.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect.append(grid)
    # A line grid of 22 lines; 28 characters a line come from the ¼ pt condensing of the body styles
    # (a character grid, type="linesAndChars", makes LibreOffice put each 16 pt character in two cells).
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(round(LINE_PITCH.pt * 20)))
    if grid.get(qn("w:charSpace")) is not None:
        del grid.attrib[qn("w:charSpace")]


def _field(paragraph, instr: str) -> None:
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
            run._r.append(el)
        else:
            run.text = text


def _page_numbers(doc, section) -> None:
    doc.settings.odd_and_even_pages_header_footer = True
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT), (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        p.style = doc.styles["页码"]
        p.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = SIZE_4
        else:
            p.paragraph_format.left_indent = SIZE_4
        p.add_run("— ")
        _field(p, "PAGE")
        p.add_run(" —")


def _width(text: str) -> float:
    """Width in 三号 characters: CJK and full-width = 1, ASCII digits and letters = ½."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1 for ch in text)


def _title_lines(title: str) -> list[str]:
    if _width(title) <= TITLE_CHARS or "关于" not in title:
        return [title]
    head, _, tail = title.partition("关于")
    return [head, "关于" + tail] if _width(head) <= TITLE_CHARS and _width(tail) + 2 <= TITLE_CHARS else [title]


def _red_rule(paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "12"), ("w:space", "1"), ("w:color", "FF0000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)


def _signature(doc, issuer: str, date: str) -> None:
    if doc.paragraphs:   # 署名 and date never stand alone on the last page
        doc.paragraphs[-1].paragraph_format.keep_with_next = True
    doc.add_paragraph(style="公文正文").paragraph_format.keep_with_next = True
    issuer_w, date_w = _width(issuer), _width(date)
    issuer_right, date_right = 2.0, 2.0 + issuer_w - 2 - date_w
    if date_right < 2:
        issuer_right += 2 - date_right
        date_right = 2.0
    for text, right in ((issuer, issuer_right), (date, date_right)):
        if text:
            p = doc.add_paragraph(text, style="落款")
            p.paragraph_format.right_indent = Pt(CHAR * right)
            p.paragraph_format.keep_with_next = text == issuer


def _table(doc, table: dict) -> None:
    columns, rows = table["columns"], table["rows"]
    data_cols = list(range(1, len(columns)))
    chunks = [data_cols[i:i + MAX_TABLE_COLUMNS] for i in range(0, len(data_cols), MAX_TABLE_COLUMNS)] or [[]]
    for n, chunk in enumerate(chunks):
        cols = [0, *chunk]
        t = doc.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        first = Mm(44)
        widths = [first, *[Mm((156 - 44) / max(1, len(cols) - 1))] * (len(cols) - 1)]
        for column, width in zip(t.columns, widths):
            column.width = width          # w:gridCol (LibreOffice reads this)
        for row in t.rows:
            for cell, width in zip(row.cells, widths):
                cell.width = width        # w:tcW (Word reads this)
        for j, c in enumerate(cols):
            cell = t.rows[0].cells[j]
            cell.paragraphs[0].style = doc.styles["表格文字"]
            cell.paragraphs[0].add_run(columns[c]).bold = True
            for i, row in enumerate(rows, start=1):
                para = t.rows[i].cells[j].paragraphs[0]
                para.style = doc.styles["表格文字"]
                para.add_run(str(row[c]))
        if n < len(chunks) - 1:
            doc.add_paragraph(style="公文正文")
    if table.get("note"):
        p = doc.add_paragraph(f"注：{table['note']}", style="表格文字")
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT


def render_docx(doc_data: dict) -> bytes:
    doc = Document()
    _defaults(doc)
    section = doc.sections[0]
    _page(section)
    _page_numbers(doc, section)
    body = doc.paragraphs[0] if doc.paragraphs else None
    if body is not None and not body.text:
        body._p.getparent().remove(body._p)

    if doc_data.get("doc_number"):
        p = doc.add_paragraph(doc_data["doc_number"], style="Normal")
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _red_rule(p)
        doc.add_paragraph(style="Normal")
    for line in _title_lines(doc_data["title"]):
        doc.add_paragraph(line, style="公文标题")
    doc.add_paragraph(style="Normal")
    if doc_data.get("addressee"):
        doc.add_paragraph(f"{doc_data['addressee']}：", style="主送机关")
    for text in doc_data.get("preamble", []):
        doc.add_paragraph(strip_markers(text), style="公文正文")
    for part in doc_data["parts"]:
        doc.add_paragraph(part["heading"], style="一级标题")
        for sub in part["sections"]:
            if sub["heading"]:
                doc.add_paragraph(sub["heading"], style="二级标题")
            for text in sub["paragraphs"]:
                doc.add_paragraph(strip_markers(text), style="公文正文")
    _signature(doc, doc_data.get("issuer", ""), doc_data.get("date", ""))

    for n, table in enumerate(doc_data.get("attachments") or [], start=1):
        doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        doc.add_paragraph("附件" + (str(n) if len(doc_data["attachments"]) > 1 else ""), style="一级标题").paragraph_format.first_line_indent = Pt(0)
        doc.add_paragraph(style="Normal")
        title = doc.add_paragraph(table["title"], style="公文标题")
        title.runs[0].font.size = Pt(18)
        doc.add_paragraph(style="Normal")
        _table(doc, table)

    doc.core_properties.title = doc_data["title"]
    doc.core_properties.author = doc_data.get("issuer", "")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


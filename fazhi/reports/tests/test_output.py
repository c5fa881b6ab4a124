"""Outputs: DOCX in 公文 format with the real font names and five parts; its PDF looks like a 公文; MD/HTML/JSON."""

import io
import json
import re
import shutil
import subprocess
import zipfile

import pytest

from fazhi.cli import main
from fazhi.indicators.tests.helpers import add_activity
from fazhi.reports.document import report_document
from fazhi.reports.render import render
from fazhi.reports.services import report_section_edit

from .conftest import section

PARTS = ["一、2024年度推进法治政府建设的主要举措和成效", "二、2024年度推进法治政府建设存在的不足和原因",
         "三、2024年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况",
         "四、2025年度推进法治政府建设的主要安排", "五、其他需要报告的情况"]
MM = 72 / 25.4


def _report(tree, make_report, d_text="进一步加强普法宣传。"):
    add_activity(tree.yi_operator, attendance=40, campaign=True)
    add_activity(tree.yi_operator, attendance=60)
    report = make_report(tree.yi_operator, signed_on="2025-01-28", doc_number="一镇府文〔2025〕3号")
    report_section_edit(user=tree.yi_operator, section=section(report, "D"), text=d_text)
    return report


def _xml(docx: bytes, name: str) -> str:
    return zipfile.ZipFile(io.BytesIO(docx)).read(name).decode("utf-8")


def test_docx_has_five_parts_real_font_names_and_gbt9704_page(tree, inds, make_report):
    # given
    report = _report(tree, make_report)
    # when
    data = render(report_document(report), "docx")
    # then: it opens, has the title, the five parts in order, the figures, 落款 and date
    from docx import Document

    doc = Document(io.BytesIO(data))
    texts = [p.text for p in doc.paragraphs]
    assert texts.index("一镇府文〔2025〕3号") < texts.index("一镇人民政府")
    assert "关于2024年度法治政府建设情况的报告" in texts
    positions = [texts.index(h) for h in PARTS]
    assert positions == sorted(positions)
    assert any("开展测试活动2场" in t for t in texts)
    assert texts[-2:] == ["一镇人民政府", "2025年1月28日"]
    # the official font names are in the file (eastAsia included)
    styles = _xml(data, "word/styles.xml")
    for font in ("仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312"):
        assert f'w:eastAsia="{font}"' in styles
    # A4, top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; 22 lines of 28.95 pt
    s = doc.sections[0]
    assert (round(s.page_width.mm), round(s.page_height.mm)) == (210, 297)
    assert [round(x.mm) for x in (s.top_margin, s.bottom_margin, s.left_margin, s.right_margin)] == [37, 35, 28, 26]
    body = _xml(data, "word/document.xml")
    assert 'w:linePitch="579"' in body
    # page numbers “— 1 —”: odd pages right, even pages left
    footers = [_xml(data, n) for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.startswith("word/footer")]
    assert len(footers) == 2 and all("PAGE" in f and "— " in f and " —" in f for f in footers)
    assert "evenAndOddHeaders" in _xml(data, "word/settings.xml")


def test_markdown_json_and_html(tree, inds, make_report):
    report = _report(tree, make_report)
    doc = report_document(report)
    md = render(doc, "md").decode()
    assert md.startswith("一镇府文〔2025〕3号") and "## 五、其他需要报告的情况" in md and "开展测试活动2场" in md
    data = json.loads(render(doc, "json"))
    assert [p["heading"] for p in data["parts"]] == PARTS
    fig = data["figures"]["tst.activities"]
    assert fig["value"] == 2 and len(fig["record_ids"]) == 2 and "不含已作废" in fig["query"]
    html = render(doc, "html").decode()
    assert "<title>一镇人民政府关于2024年度法治政府建设情况的报告</title>" in html and 'data-key="tst.activities">2<' in html


def test_cli_report_build(tree, inds, make_report, tmp_path, capsys):
    _report(tree, make_report)
    out = tmp_path / "r.md"
    assert main(["report", "build", "--unit", "一镇", "--year", "2024", "--format", "md", "--output", str(out)]) == 0
    assert "开展测试活动2场" in out.read_text(encoding="utf-8")
    # a unit without a saved report gets a draft built on the fly (nothing saved)
    add_activity(tree.er_operator)
    out2 = tmp_path / "er.json"
    assert main(["report", "build", "--unit", "二镇", "--year", "2024", "--format", "json", "-o", str(out2)]) == 0
    assert json.loads(out2.read_text(encoding="utf-8"))["state"] == "draft"
    from fazhi.reports.models import AnnualReport

    assert not AnnualReport.objects.filter(unit=tree.er).exists()


def _pgm(path):
    data = path.read_bytes()
    parts = data.split(maxsplit=4)
    assert parts[0] == b"P5"
    w, h = int(parts[1]), int(parts[2])
    pixels = parts[4][-w * h:]
    return w, h, [pixels[r * w:(r + 1) * w] for r in range(h)]


@pytest.mark.slow
def test_pdf_page_geometry_looks_like_a_gongwen(tree, inds, make_report, tmp_path):
    # LibreOffice and poppler are real requirements (.ci/run installs them): missing tools fail, never skip
    assert shutil.which("soffice") and shutil.which("pdftoppm"), "需要 libreoffice-writer-nogui 与 poppler-utils"
    # given: a report long enough for a full body page (pure 汉字, so a line is exactly 28 characters)
    filler = "加强法治政府建设工作推进依法行政" * 60
    report = _report(tree, make_report, d_text=filler)
    # when
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(render(report_document(report), "pdf"))
    subprocess.run(["pdftoppm", "-r", "100", "-gray", "-f", "1", "-l", "2", str(pdf), str(tmp_path / "p")], check=True)
    # then: A4 at 100 dpi
    w, h, rows = _pgm(sorted(tmp_path.glob("p-*.pgm"))[0])
    px = 100 / 25.4
    assert abs(w - 210 * px) <= 1.5 and abs(h - 297 * px) <= 1.5, (w, h)
    dark_rows = [y for y, row in enumerate(rows) if min(row) < 128]
    body_rows = [y for y in dark_rows if y < (297 - 35) * px]
    dark_cols = [x for x in range(w) if any(rows[y][x] < 128 for y in body_rows)]
    top, left, right = body_rows[0] / px, dark_cols[0] / px, dark_cols[-1] / px
    assert 37 <= top <= 46, top            # the title starts at the 37 mm top margin
    assert 27.5 <= left <= 30, left         # text starts at the 28 mm left margin
    assert 180 <= right <= 184.5, right     # and ends at 210 − 26 mm
    footer = [y / px for y in dark_rows if y >= (297 - 35) * px]
    assert footer and 262 < footer[0] < 285  # “— 1 —” below the 版心
    # a full body page holds 22 lines of 28 characters
    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    lines = [re.sub(r"\s", "", line) for line in text.splitlines() if line.strip()]
    body = [line for line in lines if "—" not in line]
    assert len(body) == 22, body
    assert sum(1 for line in body if len(line) == 28) >= 20

"""Input readers and bad inputs: every failure is a clear Chinese message and the batch goes on."""

from __future__ import annotations

import io
import zlib

import pytest

from fazhi.review.engine import ReadError, read_bytes, read_path, review_paths
from fazhi.review.engine.readers import MAX_FILE_BYTES

from .helpers import report, seed


def make_pdf(lines: list[str]) -> bytes:
    """A minimal PDF whose text layer holds ``lines``: a Type0 font with Identity-H encoding
    (2-byte codes = Unicode code points) and a ToUnicode CMap mapping each code to itself.
    No glyphs are embedded — only the text layer matters to the reader."""
    content = ["BT", "/F1 12 Tf", "14 TL", "40 800 Td"]
    for line in lines:
        content.append("<" + "".join(f"{ord(ch):04X}" for ch in line) + "> Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("ascii")
    ranges = "\n".join(f"<{hi:02X}00> <{hi:02X}FF> <{hi:02X}00>" for hi in range(256))
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CMapName /Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"256 beginbfrange\n{ranges}\nendbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def make_docx(lines: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "受理件数"
    table.rows[0].cells[1].text = "办结件数"
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_gbk_text_is_decoded_and_reviewed_like_utf8(tmp_path):
    # given the same seed saved as UTF-8 and as GBK
    text = seed("000").read_text(encoding="utf-8")
    (tmp_path / "utf8.txt").write_text(text, encoding="utf-8")
    (tmp_path / "gbk.txt").write_bytes(text.encode("gbk"))
    # when both are reviewed
    utf8, gbk = review_paths([tmp_path / "utf8.txt", tmp_path / "gbk.txt"])["documents"]
    # then the GBK file is read (with a note) and gives the same review
    assert read_path(tmp_path / "gbk.txt").encoding == "gb18030"
    assert "GBK" in read_path(tmp_path / "gbk.txt").notes[0]
    assert (gbk["unit"], gbk["year"]) == (utf8["unit"], utf8["year"])
    assert [f["type"] for f in gbk["findings"] if f["type"] != "duplicate_passage"] == [
        f["type"] for f in utf8["findings"] if f["type"] != "duplicate_passage"
    ]


def test_bom_and_utf16_are_read():
    body = report()
    assert read_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"), name="a.txt").text.startswith("重庆市")
    assert read_bytes(body.encode("utf-16"), name="b.txt").text.startswith("重庆市")


@pytest.mark.parametrize(
    "name,raw,message",
    [
        ("empty.txt", b"", "文件是空的"),
        ("blank.txt", b"  \n\t\n", "文件是空的"),
        ("binary.txt", b"\x00\x01\x02PK" + bytes(range(256)) * 8, "不是文本文件"),
        ("garbled.txt", b"\x81\x20" * 200, "无法识别文件的编码"),
        ("english.txt", b"This is not a report at all.", "没有中文文字"),
        ("broken.docx", b"PK\x03\x04 this is not a zip", "Word 文件已损坏"),
        ("notpdf.pdf", b"hello, not a pdf", "不是 PDF 格式"),
        ("old.doc", b"\xd0\xcf\x11\xe0 old word", "旧版 Word"),
        ("table.xlsx", b"PK\x03\x04", "不支持的文件类型"),
        ("noext", b"abc", "不支持的文件类型"),
    ],
)
def test_malformed_inputs_give_a_chinese_message(name, raw, message):
    # given a malformed input
    # when it is read
    with pytest.raises(ReadError) as err:
        read_bytes(raw, name=name)
    # then the error says what is wrong, in Chinese
    assert message in str(err.value)


def test_pdf_without_text_layer_is_explained():
    # given a PDF page with no text at all (a scan without OCR)
    raw = make_pdf([])
    # when it is read, then the message asks for OCR
    with pytest.raises(ReadError, match="没有文字层"):
        read_bytes(raw, name="scan.pdf")


def test_pdf_text_layer_is_read_and_reviewed(tmp_path):
    # given a PDF whose text layer is a small report with a repealed law
    lines = report(achievements=("（一）依法行政。严格执行行政监察法，全年办理行政处罚案件12件。",)).strip().split("\n")
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(lines))
    # when it is reviewed
    doc = review_paths([path])["documents"][0]
    # then the text, the issuer and the finding come through
    assert doc.get("error") is None
    assert (doc["unit"], doc["year"]) == ("重庆市渝北区青石镇人民政府", 2020)
    assert any(f["type"] == "outdated_reference" and f["quote"] == "行政监察法" for f in doc["findings"])


def test_docx_paragraphs_and_tables_are_read(tmp_path):
    # given a .docx report with a table
    path = tmp_path / "report.docx"
    path.write_bytes(make_docx(report(achievements=("（一）依法行政。我区坚持依法行政，办理案件12件。",)).strip().split("\n")))
    # when it is read and reviewed
    source = read_path(path)
    doc = review_paths([path])["documents"][0]
    # then paragraphs and table cells are text, and the review works as for .txt
    assert "受理件数｜办结件数" in source.text
    assert doc["year"] == 2020 and doc["level"] == "township"
    assert any(f["type"] == "wrong_level" and f["quote"] == "我区" for f in doc["findings"])


def test_html_body_is_read_without_scripts_and_navigation(tmp_path):
    # given a government web page holding a report (GBK-declared, like many portals)
    body = "".join(f"<p>{line}</p>" for line in report().strip().split("\n"))
    page = (
        '<html><head><meta charset="gb2312"><title>报告</title><script>var x="我区";</script></head>'
        f"<body><nav>首页 | 政务公开 | 我区概况</nav><div class='content'>{body}</div>"
        "<footer>主办：重庆市渝北区人民政府办公室</footer></body></html>"
    )
    path = tmp_path / "report.html"
    path.write_bytes(page.encode("gbk"))
    # when it is reviewed
    source = read_path(path)
    doc = review_paths([path])["documents"][0]
    # then the report is read, and navigation and scripts are not report text
    assert "我区" not in source.text and "主办" not in source.text
    assert doc["unit"] == "重庆市渝北区青石镇人民政府"
    assert not [f for f in doc["findings"] if f["severity"] == "error"]


def test_huge_file_is_refused_without_reading_it(tmp_path):
    # given a 50 MB text file, generated here and never committed
    path = tmp_path / "huge.txt"
    chunk = ("全镇共排查矛盾纠纷215件，成功调处204件。" * 2000 + "\n").encode("utf-8")
    with path.open("wb") as fh:
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    assert path.stat().st_size > MAX_FILE_BYTES
    # when it is read, then it is refused with its size
    with pytest.raises(ReadError, match="文件太大（50"):
        read_path(path)


def test_bad_inputs_do_not_stop_the_batch(tmp_path):
    # given a batch mixing good reports with every kind of bad input
    good1, good2 = seed("001"), seed("004")
    bad = {
        "empty.txt": b"",
        "binary.txt": b"\x00" + bytes(range(256)) * 16,
        "broken.docx": b"PK\x03\x04 broken",
        "broken.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF",
        "table.xlsx": b"PK\x03\x04",
    }
    for name, raw in bad.items():
        (tmp_path / name).write_bytes(raw)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing written
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(seed("003").read_text(encoding="utf-8").encode("gbk"))
    paths = [good1, *(tmp_path / n for n in bad), huge, tmp_path / "missing.txt", gbk, good2]
    # when the batch is reviewed
    docs = review_paths(paths)["documents"]
    # then every input has an entry in order, the bad ones with a message, the good ones reviewed
    assert [d["path"] for d in docs] == [str(p) for p in paths]
    errors = {d["path"].rsplit("/", 1)[-1]: d.get("error") for d in docs}
    assert "文件是空的" in errors["empty.txt"]
    assert "不是文本文件" in errors["binary.txt"]
    assert "Word 文件已损坏" in errors["broken.docx"]
    assert "PDF" in errors["broken.pdf"]
    assert "不支持的文件类型" in errors["table.xlsx"]
    assert "文件太大" in errors["huge.txt"]
    assert "文件不存在" in errors["missing.txt"]
    for name in ("001_603839cdcf9a7558.txt", "gbk.txt", "004_4bf76c9d5e1e5dd2.txt"):
        assert errors[name] is None
    reviewed = [d for d in docs if not d.get("error")]
    assert all(d["findings"] for d in reviewed)
    assert next(d for d in reviewed if d["path"].endswith("gbk.txt"))["unit"] == "重庆市武隆区人民政府"


def test_folders_expand_to_supported_files(tmp_path):
    # given a folder with reports, a sub-folder and files of other kinds
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(report(), encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(report(year=2021), encoding="utf-8")
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(zlib.compress(b"png"))
    # when the folder is reviewed
    docs = review_paths([tmp_path])["documents"]
    # then exactly the supported files are reviewed
    assert sorted(d["path"].rsplit("/", 1)[-1] for d in docs) == ["a.txt", "b.txt"]
    assert sorted(d["year"] for d in docs) == [2020, 2021]

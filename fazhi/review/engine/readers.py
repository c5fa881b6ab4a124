"""Input readers: .txt, .docx, .pdf (text layer) and .html, from a path or from uploaded bytes.

Every failure is a :class:`ReadError` whose message is Chinese and tells the inspector what to do;
the batch goes on with the other files. Limits keep one bad file from stalling a batch: a report's
text is rarely above 1 MB, so files above ``MAX_FILE_BYTES`` are refused before they are read.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

SUPPORTED_SUFFIXES = (".txt", ".text", ".docx", ".pdf", ".html", ".htm")
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


class ReadError(Exception):
    """An input that cannot be reviewed; ``str(error)`` is the message for the inspector."""


@dataclass
class SourceText:
    path: str
    text: str
    format: str
    encoding: str | None = None
    notes: list[str] = field(default_factory=list)


def read_path(path: str | Path) -> SourceText:
    p = Path(path)
    if not p.exists():
        raise ReadError("文件不存在。")
    if p.is_dir():
        raise ReadError("这是一个文件夹，不是文件。")
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise ReadError(f"无法读取文件：{exc.strerror or exc}。") from exc
    _check_size(size)
    try:
        raw = p.read_bytes()
    except PermissionError as exc:
        raise ReadError("无法读取文件：没有读取权限。") from exc
    except OSError as exc:
        raise ReadError(f"无法读取文件：{exc.strerror or exc}。") from exc
    return read_bytes(raw, name=str(p))


def read_bytes(raw: bytes, *, name: str) -> SourceText:
    """Read an uploaded file; the format comes from the suffix of ``name``."""
    _check_size(len(raw))
    suffix = Path(name).suffix.lower()
    if suffix == ".doc":
        raise ReadError("不支持旧版 Word（.doc）文件，请在 Word 中另存为 .docx 后再提交。")
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "（无扩展名）"
        raise ReadError(f"不支持的文件类型“{shown}”：只能审阅 .txt、.docx、.pdf 和 .html 文件。")
    if not raw.strip():
        raise ReadError("文件是空的，没有可以审阅的内容。")
    if suffix in (".txt", ".text"):
        text, encoding, notes = decode_text(raw)
        source = SourceText(name, text, "txt", encoding, notes)
    elif suffix == ".docx":
        source = SourceText(name, _docx_text(raw), "docx")
    elif suffix == ".pdf":
        source = SourceText(name, _pdf_text(raw), "pdf")
    else:
        text, encoding, notes = _decode_html(raw)
        source = SourceText(name, _html_text(text), "html", encoding, notes)
    _check_text(source.text)
    return source


def _check_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise ReadError(
            f"文件太大（{size / 1024 / 1024:.1f} MB），超过 {MAX_FILE_BYTES // 1024 // 1024} MB 的上限。"
            "年度报告的正文一般不到 1 MB，请检查是否提交错了文件。"
        )


def _check_text(text: str) -> None:
    if not text.strip():
        raise ReadError("文件里没有文字内容（空文件、空白文档，或 PDF 只有图片）。")
    if len(text) > MAX_TEXT_CHARS:
        raise ReadError(f"文件的文字超过 {MAX_TEXT_CHARS // 10000} 万字，不像是一份年度报告，请检查是否提交错了文件。")
    if not _CJK.search(text):
        raise ReadError("文件里没有中文文字，不像是一份法治政府建设年度报告。")


def decode_text(raw: bytes) -> tuple[str, str, list[str]]:
    """Decode a plain-text file: BOM, then UTF-8, then GB18030 (a superset of GBK and GB2312)."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding, []
            except UnicodeDecodeError as exc:
                raise ReadError("文件开头标明了 Unicode 编码，但内容无法按该编码读取，文件可能已损坏。") from exc
    if b"\x00" in raw[:65536]:
        raise ReadError("这不是文本文件（含有二进制内容）：请提交 .txt、.docx、.pdf 或 .html 格式的报告。")
    try:
        text = raw.decode("utf-8")
        encoding, notes = "utf-8", []
    except UnicodeDecodeError:
        try:
            text = raw.decode("gb18030")
            encoding, notes = "gb18030", ["文件是 GBK/GB18030 编码，已自动转换为 UTF-8。"]
        except UnicodeDecodeError as exc:
            raise ReadError(
                "无法识别文件的编码：既不是 UTF-8，也不是 GBK/GB18030。请用记事本或 Word 另存为 UTF-8 文本后再提交。"
            ) from exc
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\n\r\t\x0c")
    if controls > max(8, len(text[:65536]) // 100):
        raise ReadError("这不是文本文件（含有大量控制字符）：请提交 .txt、.docx、.pdf 或 .html 格式的报告。")
    return text, encoding, notes


# -- docx ------------------------------------------------------------------------------------------

def _docx_text(raw: bytes) -> str:
    try:
        import docx  # python-docx; imported here so that reading .txt never pays for it
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - the dependency is pinned
        raise ReadError("服务器缺少 python-docx，无法读取 .docx 文件。") from exc
    try:
        document = docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise ReadError("Word 文件已损坏，或不是 .docx 格式（旧版 .doc 请另存为 .docx）。") from exc
    except Exception as exc:  # lxml and zip errors of a damaged package are many and unexported
        raise ReadError("Word 文件已损坏，无法读取其中的文字。") from exc
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = []
                    for cell in row.iterchildren():
                        if cell.tag.endswith("}tc"):
                            cells.append("".join(t.text or "" for t in cell.iter() if t.tag.endswith("}t")))
                    lines.append("｜".join(cells))
    return "\n".join(lines)


# -- pdf -------------------------------------------------------------------------------------------

def _pdf_text(raw: bytes) -> str:
    from pdfminer.high_level import extract_text
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    if not raw.lstrip().startswith(b"%PDF"):
        raise ReadError("PDF 文件已损坏，或不是 PDF 格式。")
    try:
        text = extract_text(io.BytesIO(raw))
    except (PDFEncryptionError, PDFPasswordIncorrect) as exc:
        raise ReadError("PDF 文件已加密，无法读取文字。请提交未加密的版本。") from exc
    except Exception as exc:  # pdfminer raises many unrelated types for damaged files
        raise ReadError("PDF 文件已损坏，无法读取其中的文字。") from exc
    if not text.strip():
        raise ReadError("PDF 没有文字层（可能是扫描件），请先做文字识别（OCR）再提交。")
    return text


# -- html ------------------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


def _decode_html(raw: bytes) -> tuple[str, str, list[str]]:
    m = _META_CHARSET.search(raw[:4096])
    if m:
        declared = m.group(1).decode("ascii", "ignore").lower()
        if declared in ("gb2312", "gbk"):
            declared = "gb18030"
        try:
            return raw.decode(declared), declared, []
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common on government sites; detect instead
    return decode_text(raw)


class _TextExtractor(HTMLParser):
    SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "select"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
             "table", "ul", "ol", "blockquote", "pre", "title", "dd", "dt"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")
        elif tag == "td":
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data.replace("\n", " ") if data.strip() else data)


def _html_text(html: str) -> str:
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception as exc:  # html.parser is lenient; this is a last resort
        raise ReadError("HTML 文件无法解析。") from exc
    return "".join(parser.parts)


def expand(paths) -> list[Path]:
    """Files to review: folders are expanded (recursively, sorted) to their supported files;
    other paths are kept as given, so that a missing or unsupported file is reported."""
    out: list[Path] = []
    for item in paths:
        p = Path(item)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES))
        else:
            out.append(p)
    return out

"""PDF through LibreOffice headless from the DOCX (one template gives both), fonts via ``reports/fonts.conf``.

    soffice --headless -env:UserInstallation=file:///tmp/lo-<pid> --convert-to pdf --outdir <tmp> report.docx

One LibreOffice profile per worker process (two conversions sharing a profile block each other);
``FONTCONFIG_FILE`` maps the official 公文 font names to the installed stand-ins (docs/stack.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from fazhi.core.errors import FazhiError

from .docx import render_docx

FONTS_CONF = Path(__file__).resolve().parent.parent / "fonts.conf"
TIMEOUT = 180
MSG_NO_SOFFICE = "服务器未安装 LibreOffice（soffice），无法生成 PDF；请安装 libreoffice-writer-nogui，或改为下载 DOCX。"
MSG_FAILED = "LibreOffice 转换 PDF 失败：{detail}"


class PdfError(FazhiError):
    status = 500
    code = "pdf_failed"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx: bytes) -> bytes:
    exe = soffice()
    if exe is None:
        raise PdfError("no_soffice", MSG_NO_SOFFICE)
    env = {**os.environ, "FONTCONFIG_FILE": str(FONTS_CONF), "HOME": tempfile.gettempdir()}
    with tempfile.TemporaryDirectory(prefix="fazhi-pdf-") as tmp:
        src = Path(tmp) / "report.docx"
        src.write_bytes(docx)
        cmd = [exe, "--headless", "--norestore", f"-env:UserInstallation=file:///tmp/lo-{os.getpid()}",
               "--convert-to", "pdf", "--outdir", tmp, str(src)]
        try:
            proc = subprocess.run(cmd, env=env, capture_output=True, timeout=TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise PdfError("pdf_timeout", MSG_FAILED.format(detail=f"超过 {TIMEOUT} 秒未完成")) from None
        out = Path(tmp) / "report.pdf"
        if proc.returncode != 0 or not out.exists():
            detail = (proc.stderr or proc.stdout).decode("utf-8", "replace").strip()[-300:] or f"退出码 {proc.returncode}"
            raise PdfError("pdf_failed", MSG_FAILED.format(detail=detail))
        return out.read_bytes()


def render_pdf(doc_data: dict) -> bytes:
    return docx_to_pdf(render_docx(doc_data))

"""Output formats of the annual report: ``render(doc, fmt) -> (bytes, content_type, extension)``."""

from __future__ import annotations

import json

FORMATS = {
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    "pdf": ("application/pdf", "pdf"),
    "html": ("text/html; charset=utf-8", "html"),
    "md": ("text/markdown; charset=utf-8", "md"),
    "json": ("application/json", "json"),
}


def render(doc: dict, fmt: str) -> bytes:
    if fmt == "docx":
        from .docx import render_docx

        return render_docx(doc)
    if fmt == "pdf":
        from .pdf import render_pdf

        return render_pdf(doc)
    if fmt == "html":
        from .html import render_html

        return render_html(doc).encode("utf-8")
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown(doc).encode("utf-8")
    if fmt == "json":
        return json.dumps(doc, ensure_ascii=False, indent=2, default=str).encode("utf-8")
    raise ValueError(f"unknown format {fmt}")

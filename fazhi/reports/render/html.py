"""HTML: a standalone page in 公文 layout (download and the public page) and the same body inside the web app.

In the app a figure links to the records behind it (live: the indicator's records page; frozen: the
snapshot's); the public page shows plain numbers.
"""

from __future__ import annotations

from typing import Callable

from django.template.loader import render_to_string
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from ..contrib import MARKER


def paragraph_html(text: str, link: Callable[[str, str], str | None] | None = None, names: dict | None = None) -> str:
    """Escape a paragraph and turn its figure markers into ``<span class="fig">`` (a link when ``link`` gives one)."""
    out, pos = [], 0
    for m in MARKER.finditer(text or ""):
        out.append(escape(text[pos:m.start()]))
        key, part, value = m.group(1), m.group(2) or "value", m.group(3)
        title = (names or {}).get(key, key)
        url = link(key, part) if link else None
        if url:
            out.append(format_html('<a class="fig" href="{}" title="{}" data-key="{}">{}</a>', url, title, key, value))
        else:
            out.append(format_html('<span class="fig" title="{}" data-key="{}">{}</span>', title, key, value))
        pos = m.end()
    out.append(escape((text or "")[pos:]))
    return mark_safe("".join(str(x) for x in out))


def prepared(doc: dict, link=None) -> dict:
    """The document with each paragraph as safe HTML, for the templates."""
    names = {k: f.get("name", k) for k, f in (doc.get("figures") or {}).items()}
    conv = lambda t: paragraph_html(t, link, names)  # noqa: E731
    return {
        **doc,
        "preamble_html": [conv(p) for p in doc.get("preamble", [])],
        "parts_html": [{**part, "sections": [{**s, "paragraphs": [conv(p) for p in s["paragraphs"]]} for s in part["sections"]]}
                       for part in doc["parts"]],
    }


def render_html(doc: dict, link=None, standalone: bool = True) -> str:
    return render_to_string("reports/document_standalone.html" if standalone else "reports/document_body.html",
                            {"doc": prepared(doc, link)})

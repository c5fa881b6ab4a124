"""Markdown for machines and for pasting into other systems (figures as plain numbers)."""

from __future__ import annotations

from ..contrib import strip_markers


def render_markdown(doc: dict) -> str:
    lines = []
    if doc.get("doc_number"):
        lines += [doc["doc_number"], ""]
    lines += [f"# {doc['title']}", ""]
    if doc.get("addressee"):
        lines += [f"{doc['addressee']}：", ""]
    lines += [strip_markers(p) + "\n" for p in doc.get("preamble", [])]
    for part in doc["parts"]:
        lines += [f"## {part['heading']}", ""]
        for sub in part["sections"]:
            if sub["heading"]:
                lines += [f"### {sub['heading']}", ""]
            lines += [strip_markers(p) + "\n" for p in sub["paragraphs"]]
    lines += ["", f"<p align=\"right\">{doc.get('issuer', '')}<br>{doc.get('date', '')}</p>", ""]
    for table in doc.get("attachments") or []:
        lines += ["---", "", f"**附件：{table['title']}**", ""]
        lines.append("| " + " | ".join(table["columns"]) + " |")
        lines.append("|" + "---|" * len(table["columns"]))
        lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in table["rows"]]
        if table.get("note"):
            lines += ["", f"注：{table['note']}"]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"

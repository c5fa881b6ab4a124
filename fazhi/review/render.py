"""Human-readable renderings of a review result (text for the terminal, a standalone HTML page).

Both take the dict of :func:`fazhi.review.engine.review_paths`; the HTML page highlights quotes in
the normalised text when the result was made with ``with_text=True``.
"""

from __future__ import annotations

import html
import json
from collections import Counter

from .engine import data as engine_data

TYPE_NAMES = {
    "missing_part": "法定部分",
    "wrong_level": "层级用语",
    "foreign_place": "外地地名",
    "wrong_year": "年份错误",
    "outdated_reference": "过时引用",
    "off_topic": "偏离主题",
    "inconsistent_figure": "数字矛盾",
    "duplicate_passage": "雷同段落",
    "contradiction": "前后矛盾",
}
SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}
PART_NAMES = {
    "achievements": "主要举措和成效",
    "shortcomings": "存在的不足和原因",
    "leader_duties": "第一责任人履职情况",
    "next_year": "下一年度安排",
    "other": "其他需要报告的情况",
}


def level_name(level: str | None) -> str:
    if not level:
        return "未知"
    return engine_data.load("levels")["level_names"].get(level, level)


def render_json(result: dict) -> str:
    return json.dumps(result, ensure_ascii=False, indent=2)


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_text(result: dict) -> str:
    out: list[str] = []
    for doc in result["documents"]:
        out.append(f"== {doc['path']} ==")
        if doc.get("error"):
            out.append(f"  无法审阅：{doc['error']}")
            out.append("")
            continue
        out.append(f"  单位：{doc['unit'] or '未识别'}　层级：{level_name(doc['level'])}　年度：{doc['year'] or '未识别'}")
        parts = []
        for key, name in PART_NAMES.items():
            p = doc["parts"].get(key, {})
            parts.append(f"{name}{'（第' + str(p['line']) + '行）' if p.get('present') else '：缺'}")
        out.append("  法定部分：" + "；".join(parts))
        counts = Counter(f["severity"] for f in doc["findings"])
        out.append(
            f"  发现问题 {len(doc['findings'])} 个（错误 {counts['error']}，警告 {counts['warning']}，提示 {counts['info']}）；"
            f"数字 {len(doc['figures'])} 个"
        )
        for f in doc["findings"]:
            where = f"第{f['line']}行" if f["line"] else "全文"
            out.append(f"  {where}［{SEVERITY_NAMES[f['severity']]}·{TYPE_NAMES[f['type']]}］{f['message']}")
            if f["quote"]:
                out.append(f"      “{_short(f['quote'])}”")
        out.append("")
    return "\n".join(out)


_CSS = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222;line-height:1.6}
h1{font-size:1.4em} h2{font-size:1.2em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;width:100%;margin:1em 0} td,th{border:1px solid #ddd;padding:.3em .5em;vertical-align:top}
th{background:#f4f4f4;text-align:left} .error{color:#b00020} .warning{color:#a86400} .info{color:#35618f}
mark.error{background:#ffd6dc;color:inherit} mark.warning{background:#ffedc2;color:inherit} mark.info{background:#dbe8f7;color:inherit}
ol.text{font-size:.95em} ol.text li{margin:.2em 0} .meta{color:#555} .err{background:#fee;padding:.5em}
"""


def _highlight(line: str, findings: list[dict]) -> str:
    """Escape a line and wrap each finding's quote in <mark>; overlapping quotes keep the first."""
    spans = []
    for f in findings:
        q = f["quote"]
        if not q:
            continue
        at = line.find(q)
        if at >= 0 and all(at >= e or at + len(q) <= s for s, e, _ in spans):
            spans.append((at, at + len(q), f))
    spans.sort(key=lambda x: x[0])
    out, pos = [], 0
    for s, e, f in spans:
        out.append(html.escape(line[pos:s]))
        title = html.escape(f"{TYPE_NAMES[f['type']]}：{f['message']}")
        out.append(f'<mark class="{f["severity"]}" title="{title}">{html.escape(line[s:e])}</mark>')
        pos = e
    out.append(html.escape(line[pos:]))
    return "".join(out)


def render_html(result: dict) -> str:
    body: list[str] = ["<h1>法治政府建设年度报告审阅结果</h1>"]
    for doc in result["documents"]:
        body.append(f"<h2>{html.escape(doc['path'])}</h2>")
        if doc.get("error"):
            body.append(f'<p class="err">无法审阅：{html.escape(doc["error"])}</p>')
            continue
        body.append(
            f'<p class="meta">单位：{html.escape(doc["unit"] or "未识别")}　层级：{level_name(doc["level"])}　'
            f'年度：{doc["year"] or "未识别"}</p>'
        )
        rows = "".join(
            f"<tr><td>{name}</td><td>{'第' + str(doc['parts'][k]['line']) + '行：' + html.escape(doc['parts'][k]['heading'] or '') if doc['parts'].get(k, {}).get('present') else '<span class=error>缺</span>'}</td></tr>"
            for k, name in PART_NAMES.items()
        )
        body.append(f"<table><tr><th>法定部分</th><th>位置</th></tr>{rows}</table>")
        rows = "".join(
            f'<tr><td>{f["line"] or ""}</td><td class="{f["severity"]}">{SEVERITY_NAMES[f["severity"]]}</td>'
            f'<td>{TYPE_NAMES[f["type"]]}</td><td>{html.escape(f["message"])}<br><small>“{html.escape(_short(f["quote"], 120))}”</small></td></tr>'
            for f in doc["findings"]
        )
        body.append(f"<table><tr><th>行</th><th>严重程度</th><th>类型</th><th>说明</th></tr>{rows}</table>")
        if "text" in doc:
            by_line: dict[int, list[dict]] = {}
            for f in doc["findings"]:
                if f["line"]:
                    by_line.setdefault(f["line"], []).append(f)
            items = "".join(
                f"<li>{_highlight(line, by_line.get(i, []))}</li>" for i, line in enumerate(doc["text"].split("\n"), 1)
            )
            body.append(f'<ol class="text">{items}</ol>')
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>报告审阅结果</title>'
        f"<style>{_CSS}</style></head><body>{''.join(body)}</body></html>"
    )

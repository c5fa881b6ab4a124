"""Text normalisation: one paragraph per line, consistent punctuation, no page furniture.

Every line number and quote the engine reports refers to the text this module returns, so it
must be deterministic and must not depend on the input format. What it does, in order:

1. unify newlines, drop BOM, zero-width characters and Word-conversion residue;
2. drop page furniture: page-number lines ("— 3 —", "第 3 页", "3/12") and running headers or
   footers repeated across form-feed separated pages (PDF text layers);
3. full-width letters and digits become half-width, half-width punctuation in Chinese text
   becomes full-width, period dashes between years become "—";
4. whitespace touching Chinese text is removed, other runs collapse to one space;
5. a line broken inside a sentence (page break, hard wrap) is joined to its continuation, and
   "infor-\\nmation" hyphenation is undone;
6. blank lines are dropped.
"""

from __future__ import annotations

import re
from collections import Counter

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = "，。、；：？！“”‘’（）《》〔〕【】—…·「」『』％"
_CJK_RE = re.compile(f"[{CJK}]")

# Characters that end a sentence or a paragraph; a line ending in one of these is complete.
TERMINAL = "。！？；：…"

_RESIDUE = re.compile(r"\[(bookmark|image|footnote|comment):[^\]]*\]", re.I)
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[—\-－–]+\s*\d{1,4}\s*[—\-－–]+"
    r"|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|[Pp]age\s+\d{1,4}(?:\s+of\s+\d{1,4})?"
    r"|-\s*\d{1,4}\s*-)\s*$"
)
_HEADING_MARK = r"[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.．、](?!\d)|（\d{1,2}）"
_HEADING = re.compile(f"^(?:{_HEADING_MARK})")
# A new paragraph also starts with an enumeration ("一是……") even though it is not a heading.
_PARAGRAPH_START = re.compile(f"^(?:{_HEADING_MARK}|[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，、条章节])")
_YEAR_DASH = re.compile(r"(\d{4})\s*[-－–~～—―]{1,2}\s*(\d{4})")


def normalise(raw: str) -> str:
    """Return the normalised text of ``raw`` (see the module docstring); lines are joined by ``\\n``."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _RESIDUE.sub("", text)
    text = text.replace("\xa0", " ").replace("\u3000", " ").replace("\t", " ")
    lines = _drop_page_furniture(text)
    lines = [_normalise_line(line) for line in lines]
    lines = _join_broken_lines(lines)
    return "\n".join(line for line in lines if line)


def _drop_page_furniture(text: str) -> list[str]:
    pages = text.split("\x0c")
    repeated: set[str] = set()
    if len(pages) >= 3:
        # A running header or footer is a short line at the top or bottom of most pages; page
        # numbers inside it differ, so compare with digits blanked.
        edge_counts: Counter[str] = Counter()
        for page in pages:
            rows = [r.strip() for r in page.split("\n") if r.strip()]
            for row in set(rows[:2] + rows[-2:]):
                if len(row) <= 40 and not row.endswith(tuple(TERMINAL)):
                    edge_counts[re.sub(r"\d+", "#", row)] += 1
        repeated = {k for k, n in edge_counts.items() if n >= 3 and n >= len(pages) * 0.5}
    out: list[str] = []
    for page in pages:
        for row in page.split("\n"):
            stripped = row.strip()
            if _PAGE_NUMBER.match(stripped):
                continue
            if repeated and re.sub(r"\d+", "#", stripped) in repeated:
                continue
            out.append(row)
        out.append("")  # a page break also ends a paragraph unless the join step says otherwise
    return out


_HALFWIDTH = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
_HALFWIDTH[ord("％")] = ord("%")


def _fullwidth_to_halfwidth(line: str) -> str:
    return line.translate(_HALFWIDTH)


def _is_cjk(ch: str) -> bool:
    return bool(ch) and (bool(_CJK_RE.match(ch)) or ch in CJK_PUNCT)


_ASCII_PUNCT = re.compile(r"[,;:?!()\"']")


def _punctuation_to_fullwidth(line: str) -> str:
    if not _ASCII_PUNCT.search(line) or not _CJK_RE.search(line):
        return line
    chars = list(line)
    n = len(chars)
    quote_open = True
    single_open = True
    for i, ch in enumerate(chars):
        prev = chars[i - 1] if i > 0 else ""
        nxt = chars[i + 1] if i + 1 < n else ""
        if ch == ",":
            if not (prev.isdigit() and nxt.isdigit()):
                chars[i] = "，"
        elif ch == ";":
            chars[i] = "；"
        elif ch == ":":
            if not (prev.isdigit() and nxt.isdigit()) and line[i + 1 : i + 3] != "//":
                chars[i] = "："
        elif ch in "?!":
            if _is_cjk(prev) or _is_cjk(nxt) or not nxt:
                chars[i] = "？" if ch == "?" else "！"
        elif ch == "(":
            if not (nxt.isascii() and nxt.isalpha()):
                chars[i] = "（"
        elif ch == ")":
            if not (prev.isascii() and prev.isalpha()):
                chars[i] = "）"
        elif ch == '"':
            chars[i] = "“" if quote_open else "”"
            quote_open = not quote_open
        elif ch == "'":
            if _is_cjk(prev) or _is_cjk(nxt):
                chars[i] = "‘" if single_open else "’"
                single_open = not single_open
    return "".join(chars)


_SPACE_RUN = re.compile(r"\s+")


def _collapse_spaces(line: str) -> str:
    line = line.strip()

    def repl(m: re.Match[str]) -> str:
        before = line[m.start() - 1] if m.start() > 0 else ""
        after = line[m.end()] if m.end() < len(line) else ""
        if _is_cjk(before) or _is_cjk(after):
            return ""
        return " "

    return _SPACE_RUN.sub(repl, line)


def _normalise_line(line: str) -> str:
    line = _fullwidth_to_halfwidth(line)
    line = _collapse_spaces(line)
    line = _punctuation_to_fullwidth(line)
    line = _YEAR_DASH.sub(r"\1—\2", line)
    return line


def _is_pure_heading(line: str) -> bool:
    return bool(_HEADING.match(line)) and "。" not in line and len(line) < 80


def _ends_complete(line: str) -> bool:
    if not line:
        return True
    last = line[-1]
    if last in TERMINAL:
        return True
    if last in "”’」』）)" and len(line) >= 2 and line[-2] in TERMINAL:
        return True
    return False


def _join_broken_lines(lines: list[str]) -> list[str]:
    """Join a line to the next non-blank line when it was broken inside a sentence.

    A body line (≥ 30 characters, or containing ，/。) that does not end a sentence, followed
    within two blank lines by a line that does not start a heading, is a soft break — the pattern
    of page breaks in converted Word and PDF files. Titles, addressees and signatures (short, no
    sentence punctuation) are never joined.
    """
    out: list[str] = []
    i = 0
    n = len(lines)
    while i < n:
        current = lines[i]
        i += 1
        if not current:
            out.append(current)
            continue
        while True:
            body_like = len(current) >= 30 or "。" in current or "，" in current
            if _ends_complete(current) or not body_like or _is_pure_heading(current):
                break
            if current.endswith("报告") or current.endswith("文件"):
                break
            j = i
            blanks = 0
            while j < n and not lines[j] and blanks < 3:
                j += 1
                blanks += 1
            if j >= n or not lines[j] or blanks > 2:
                break
            nxt = lines[j]
            if _PARAGRAPH_START.match(nxt):
                break
            if len(nxt) <= 25 and nxt.endswith("："):
                break
            if current.endswith("-") and current[-2:-1].isalpha() and nxt[:1].islower():
                current = current[:-1] + nxt  # "infor-" + "mation"
            elif current[-1].isascii() and current[-1].isalnum() and nxt[:1].isascii() and nxt[:1].isalnum():
                current = current + " " + nxt
            else:
                current = current + nxt
            i = j + 1
        out.append(current)
    return out

"""contradiction (warning): a claim in the achievements that the shortcomings part denies, and a
problem admitted elsewhere that the shortcomings part keeps quiet about.

- Claim vs denial: a clause of the achievements or leader-duty part with a topic term and a claim
  of success ("全年全镇没有发生不规范执法"), and a clause of the shortcomings part with a term of the
  same topic and a deficiency ("执法行为还不够规范") — seed_anomalies.md 004-1, 002-5. The topics
  and marker words are in contradiction.yaml; weak verbs (加强, 推进) never count as a claim.
- Hidden problem: "……超期答复办结等问题整改" in the report while the shortcomings part never
  mentions the subject (seed 000-11).
Contradictions are warnings: the inspector decides whether the two statements really collide.
"""

from __future__ import annotations

import re

from .. import data
from ..context import ReviewContext
from ..document import Finding
from ..structure import lines_of

_CLAUSE = re.compile(r"[^，。；：！？]+[，。；：！？]?")
_MARKER = re.compile(r"^(?:（[一二三四五六七八九十\d]{1,3}）|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]|[一二三四五六七八九十]是)")


def _clauses(ctx: ReviewContext, lines: list[int]):
    for number in lines:
        text = ctx.doc.lines[number - 1]
        for m in _CLAUSE.finditer(text):
            yield number, m.start(), m.end(), m.group(0)


def check(ctx: ReviewContext) -> list[Finding]:
    if not ctx.parts["shortcomings"].present:
        return []
    cfg = data.load("contradiction")
    claim_rx, denial_rx = data.rx(cfg["claim_markers"]), data.rx(cfg["denial_markers"])
    claim_lines = lines_of(ctx.parts, "achievements", "leader_duties")
    denial_lines = lines_of(ctx.parts, "shortcomings")
    claims = list(_clauses(ctx, claim_lines))
    denials = list(_clauses(ctx, denial_lines))
    findings: list[Finding] = []
    for key, topic in cfg["topics"].items():
        terms_rx = data.alternation(topic["terms"])
        denial = next(
            ((n, s, e, t) for n, s, e, t in denials if terms_rx.search(t) and denial_rx.search(t)), None
        )
        if denial is None:
            continue
        claim = None
        for i, (n, s, e, t) in enumerate(claims):
            if not terms_rx.search(t):
                continue
            # The claim marker may sit in the clause itself or in its neighbour of the same line
            # ("充分发挥法律顾问在依法决策中作用" / "……，提高了政府规范性文件质量").
            window = [t] + [c[3] for c in claims[max(0, i - 1):i + 2] if c[0] == n]
            hit = next((w for w in window if claim_rx.search(w)), None)
            if hit is not None:
                claim = (n, s, e, t)
                break
        if claim is None:
            continue
        n, s, e, t = claim
        quote = t.rstrip("，。；：！？")
        d_quote = denial[3].rstrip("，。；：！？")
        findings.append(ctx.doc.finding(
            "contradiction", "warning", n, quote,
            f"成效部分说“{quote}”，但“存在的不足”部分又说“{d_quote}”（第{denial[0]}行），两者互相矛盾，请核实。",
            {"topic": topic["label"], "claim": {"line": n, "text": quote},
             "denial": {"line": denial[0], "text": d_quote}},
        ))
    findings += _hidden_problems(ctx, cfg, denial_lines)
    return findings


def _hidden_problems(ctx: ReviewContext, cfg: dict, denial_lines: list[int]) -> list[Finding]:
    shortcomings = "\n".join(ctx.doc.lines[n - 1] for n in denial_lines)
    topics = cfg["hidden_problem_topics"]
    out: list[Finding] = []
    for number in ctx.body_lines():
        if number in denial_lines:
            continue
        text = ctx.doc.lines[number - 1]
        for m in data.rx(cfg["hidden_problem"]).finditer(text):
            problem = _MARKER.sub("", m.group(1) or m.group(4) or "")
            quote = _MARKER.sub("", m.group(0))
            named = [t for t in topics if t in problem]
            if not named or any(t in shortcomings for t in named):
                continue
            out.append(ctx.doc.finding(
                "contradiction", "warning", number, quote,
                f"报告提到正在整改“{problem}”等问题，但“存在的不足”部分只字未提（{'、'.join(named)}）。",
                {"problem": problem, "topics": named, "part": ctx.part_of(number)},
            ))
    return out

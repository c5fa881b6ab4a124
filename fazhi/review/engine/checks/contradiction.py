"""contradiction (warning): a claim in the achievements that the shortcomings part denies, and a
problem admitted elsewhere that the shortcomings part keeps quiet about.

- Claim vs denial: a clause of the achievements or leader-duty part with a topic term and a claim
  of success ("全年全镇没有发生不规范执法"), and a clause of the shortcomings part with a term of the
  same topic and a deficiency ("执法行为还不够规范") — seed_anomalies.md 004-1, 002-5. The topics
  and marker words are in contradiction.yaml; weak verbs (加强, 推进) never count as a claim.
- Hidden problem: "……超期答复办结等问题整改" in the report while the shortcomings part never
  mentions the subject (seed 000-11).
- Zero-claim vs activity: "未发生行政调解案件" next to "成功调处204件", "均不属规范性文件" next to
  "定期开展规范性文件的清理" (seed 000-16).
- Claim vs plan: the achievements say a mechanism was completed ("进一步完善法律顾问工作考核机制")
  and the next-year part plans to establish it ("建立健全顾问工作记录考核机制", seed 002-5).
Contradictions are warnings: the inspector decides whether the two statements really collide.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

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
    cfg = data.load("contradiction")
    # Clauses of the parts that claim results; the three pairings below all start from them.
    claims = list(_clauses(ctx, lines_of(ctx.parts, "achievements", "leader_duties")))
    findings = _zero_claims(ctx, cfg, claims) + _claims_vs_plans(ctx, cfg, claims)
    if not ctx.parts["shortcomings"].present:
        return findings
    return findings + _claims_vs_denials(ctx, cfg, claims)


def _claims_vs_denials(ctx: ReviewContext, cfg: dict, claims: list) -> list[Finding]:
    claim_rx, denial_rx = data.rx(cfg["claim_markers"]), data.rx(cfg["denial_markers"])
    denial_lines = lines_of(ctx.parts, "shortcomings")
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
            {"kind": "claim_vs_denial", "topic": topic["label"], "claim": {"line": n, "text": quote},
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
                {"kind": "hidden_problem", "problem": problem, "topics": named, "part": ctx.part_of(number)},
            ))
    return out


def _zero_claims(ctx: ReviewContext, cfg: dict, clauses: list) -> list[Finding]:
    out: list[Finding] = []
    for topic in cfg["zero_claims"].values():
        zero_rx, activity_rx = data.rx(topic["zero"]), data.rx(topic["activity"])
        zero = next(((n, s, e, t) for n, s, e, t in clauses if zero_rx.search(t)), None)
        if zero is None:
            continue
        explained = data.rx(topic["explained"]) if topic.get("explained") else None
        activity = [(n, t) for n, s, e, t in clauses if (n, s) != zero[:2] and activity_rx.search(t)
                    and not (explained and explained.search(ctx.doc.lines[n - 1]))]
        if not activity:
            continue
        quote = _MARKER.sub("", zero[3].rstrip("，。；：！？"))
        shown = [(n, _MARKER.sub("", t.rstrip("，。；：！？"))) for n, t in activity[:3]]
        where = "；".join(f"“{t}”（第{n}行）" for n, t in shown)
        out.append(ctx.doc.finding(
            "contradiction", "warning", zero[0], quote,
            f"报告说“{quote}”，却又说{where}：{topic['explain']}。",
            {"kind": "zero_claim", "topic": topic["label"], "claim": {"line": zero[0], "text": quote},
             "activity": [{"line": n, "text": t} for n, t in shown], "part": ctx.part_of(zero[0])},
        ))
    return out


def _claims_vs_plans(ctx: ReviewContext, cfg: dict, claims: list) -> list[Finding]:
    rule = cfg["claim_vs_plan"]
    claim_rx, plan_rx = data.rx(rule["claim"]), data.rx(rule["plan"])
    plans = [(n, t, m) for n, _, _, t in _clauses(ctx, lines_of(ctx.parts, "next_year")) for m in plan_rx.finditer(t)]
    if not plans:
        return []
    out: list[Finding] = []
    reported: set[int] = set()  # one finding per plan clause
    for n, _, _, text in claims:
        for m in claim_rx.finditer(text):
            for i, (p_line, p_text, p) in enumerate(plans):
                if i in reported or p.group("head") != m.group("head"):
                    continue
                score = fuzz.ratio(m.group("obj"), p.group("obj"))
                if score < rule["min_similarity"]:
                    continue
                reported.add(i)
                quote = _MARKER.sub("", text.rstrip("，。；：！？"))
                plan = _MARKER.sub("", p_text.rstrip("，。；：！？"))
                out.append(ctx.doc.finding(
                    "contradiction", "warning", n, quote,
                    f"成效部分说“{quote}”，下一年度安排却要“{plan}”（第{p_line}行）：已经建立、完善的"
                    f"{m.group('head')}明年又要建立，两处至少有一处不实，请核实。",
                    {"kind": "claim_vs_plan", "topic": m.group("obj"), "claim": {"line": n, "text": quote},
                     "plan": {"line": p_line, "text": plan}, "similarity": round(score, 1),
                     "part": ctx.part_of(n)},
                ))
                break
    return out

"""off_topic: paragraphs whose subject is not the issuer's law-based-government work.

Judged per paragraph with the topic lexicon of topics.yaml (the method and thresholds are
described there): police-work theory, poverty-alleviation text, epidemic control not framed as
依法防控, party-discipline text and advertising (seed_anomalies.md 000-6, 000-7, 001-3, 004-9).
The finding's evidence lists every counted term, both scores and the thresholds, so the inspector
can see why a paragraph was flagged and disagree with a reason.
In the leader-duty part, meetings are also judged one sentence at a time: a 脱贫攻坚 mobilisation
meeting cited as the 第一责任人's work (seed 003-10) hides in a paragraph of relevant meetings.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .. import data
from ..context import ReviewContext
from ..document import Finding
from ..structure import lines_of


@lru_cache(maxsize=1)
def _lexicon():
    cfg = data.load("topics")
    weights: dict[str, tuple[str, float]] = {str(t): ("on_topic", float(w)) for t, w in cfg["on_topic"].items()}
    for name, domain in cfg["domains"].items():
        for t, w in domain["terms"].items():
            weights[str(t)] = (name, float(w))
    return weights, data.alternation(weights)


def score(text: str) -> dict:
    """Scores of one paragraph: on-topic score, per-domain scores and the terms counted."""
    weights, rx = _lexicon()
    counts: dict[str, Counter[str]] = {}
    totals: Counter[str] = Counter()
    for m in rx.finditer(text):
        group, weight = weights[m.group(0)]
        counts.setdefault(group, Counter())[m.group(0)] += 1
        totals[group] += weight
    return {"on_topic": totals.get("on_topic", 0.0), "domains": dict(totals), "terms": counts}


def judge(text: str, *, thresholds: dict | None = None) -> dict | None:
    """The off-topic verdict for one paragraph, or None when it is on topic. ``thresholds``
    replaces min_score/min_share (and judges text of any length), for single sentences."""
    cfg = data.load("topics")
    if thresholds is not None:
        cfg = {**cfg, "min_chars": 0, **thresholds}
    if len(text) < cfg["min_chars"]:
        return None
    s = score(text)
    on = s["on_topic"]
    best = None
    for name, domain in cfg["domains"].items():
        value = s["domains"].get(name, 0.0)
        if value < cfg["min_score"]:
            continue
        share = value / (value + on) if value + on else 0.0
        if share < cfg["min_share"]:
            continue
        if any(data.rx(f).search(text) for f in domain.get("framing", [])):
            continue
        if best is None or value > best["domain_score"]:
            severity = "error" if value >= cfg["error_score"] and share >= cfg["error_share"] else "warning"
            best = {
                "domain": name,
                "label": domain["label"],
                "domain_score": round(value, 2),
                "on_topic_score": round(on, 2),
                "share": round(share, 3),
                "severity": severity,
                "terms": dict(s["terms"].get(name, {})),
                "on_topic_terms": dict(s["terms"].get("on_topic", {})),
                "thresholds": {
                    "min_score": cfg["min_score"],
                    "min_share": cfg["min_share"],
                    "error_score": cfg["error_score"],
                    "error_share": cfg["error_share"],
                },
            }
    return best


def check(ctx: ReviewContext) -> list[Finding]:
    findings: list[Finding] = []
    for number in ctx.body_lines():
        text = ctx.doc.lines[number - 1]
        heading = ctx.doc.heading_at(number)
        if heading and heading.title == text[len(heading.marker):]:
            continue  # a bare heading is judged with its paragraphs, not alone
        verdict = judge(text)
        if verdict is None:
            continue
        severity = verdict.pop("severity")
        findings.append(ctx.doc.finding(
            "off_topic", severity, number, text,
            f"这一段的主题是“{verdict['label']}”，不是本单位的法治政府建设工作"
            f"（主题词得分{verdict['domain_score']}，法治政府用语得分{verdict['on_topic_score']}，"
            f"占比{verdict['share']:.0%}）。",
            {**verdict, "part": ctx.part_of(number)},
        ))
    return findings + _leader_meetings(ctx, {f.line for f in findings})


def _leader_meetings(ctx: ReviewContext, flagged: set[int]) -> list[Finding]:
    rule = data.load("topics")["leader_meetings"]
    meeting = data.rx(rule["meeting"])
    thresholds = {"min_score": rule["min_score"], "min_share": rule["min_share"]}
    lines = set(lines_of(ctx.parts, "leader_duties")) - flagged
    out: list[Finding] = []
    for sentence in ctx.doc.sentences:
        if sentence.line not in lines or not meeting.search(sentence.text):
            continue
        verdict = judge(sentence.text, thresholds=thresholds)
        if verdict is None:
            continue
        verdict.pop("severity")
        quote = sentence.text.rstrip("。；！？")
        out.append(ctx.doc.finding(
            "off_topic", "warning", sentence.line, quote,
            f"第一责任人部分列举的这次会议，主题是“{verdict['label']}”，不是推进法治建设"
            f"（主题词得分{verdict['domain_score']}，法治政府用语得分{verdict['on_topic_score']}）：不能作为"
            f"主要负责人履行法治建设职责的事例。",
            {**verdict, "scope": "sentence", "part": "leader_duties"},
        ))
    return out

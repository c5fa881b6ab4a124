"""foreign_place: another place named as if it were the issuer.

Three signals, all of text copied from another place's report (seed_anomalies.md 000-5, 000-7):
- a first-person word of a kind of place the issuer is not (我市 in a township report);
- a known place name outside the issuer's chain used as the subject or in the first person
  ("武隆区坚持……" or "我武隆区" in a 丰都 report), or another township in the first person
  ("我龙河镇" in a 大湾镇 report);
- a policy document of another province or municipality cited as the issuer's basis
  (《广东省……》 in a 重庆 report).
"""

from __future__ import annotations

import re

from .. import data
from ..context import ReviewContext, in_title_quote, iter_matches
from ..document import Finding
from ._vocabulary import apply_rules

# "我龙河镇": another township named in the first person. (A bare township name at the start of a
# sentence is too often a verb phrase — "成立镇依法行政工作领导小组" — to be a signal.)
_TOWNSHIP_FIRST_PERSON = r"(?:我|本)([\u4e00-\u9fff]{2,3}(?:镇|乡|街道))"


def check(ctx: ReviewContext) -> list[Finding]:
    levels = data.load("levels")
    findings = apply_rules(ctx, levels["foreign_place"], "foreign_place")
    if not ctx.who.chain:
        return findings
    findings += _named_places(ctx, levels["subject_followers"])
    findings += _foreign_policies(ctx)
    return findings


def _known_places() -> dict[str, str]:
    """Known county-level and higher names (and short forms) -> full name."""
    places = data.load("places")
    names: dict[str, str] = {}
    for name in list(places["counties"]) + list(places.get("cities", {})):
        names[name] = name
    for short, full in places.get("aliases", {}).items():
        names[short] = full
    return names


def _named_places(ctx: ReviewContext, followers: str) -> list[Finding]:  # noqa: C901
    own = ctx.who.own_names()
    not_places = set(data.load("places")["not_places"])
    findings: list[Finding] = []
    known = _known_places()
    lines = ctx.body_lines()
    ordered = sorted(known, key=len, reverse=True)
    pattern = r"(我|本)?(" + "|".join(re.escape(n) for n in ordered) + r")"
    seen: set[tuple[int, str]] = set()
    for number, m in iter_matches(ctx, pattern, lines):
        name = m.group(2)
        full = known[name]
        if name in own or full in own:
            continue
        text = ctx.doc.lines[number - 1]
        if in_title_quote(text, m.start(), m.end()):
            continue
        first_person = bool(m.group(1))
        at_start = m.start() == 0 or text[m.start() - 1] in "。；！？，："
        as_subject = at_start and bool(re.match(followers, text[m.end():]))
        if not (first_person or as_subject):
            continue
        if (number, full) in seen:
            continue
        seen.add((number, full))
        findings.append(
            ctx.doc.finding(
                "foreign_place",
                "error",
                number,
                m.group(0),
                f"报告单位是{ctx.who.unit}，这里却把“{full}”当作本单位来写：这段文字抄自{full}的材料。",
                {"place": full, "issuer": ctx.who.unit, "issuer_places": ctx.who.chain,
                 "sentence": ctx.doc.sentence_at(number, m.start()).text},
            )
        )
    own_township = ctx.who.township or ""
    for number, m in iter_matches(ctx, _TOWNSHIP_FIRST_PERSON, lines):
        name = m.group(1)
        if any(name.endswith(w) for w in not_places) or name in own or name == own_township:
            continue
        findings.append(
            ctx.doc.finding(
                "foreign_place",
                "error",
                number,
                m.group(0),
                f"报告单位是{ctx.who.unit}，这里却自称“{m.group(0)}”：这段文字很可能抄自{name}的材料。",
                {"place": name, "issuer": ctx.who.unit, "issuer_places": ctx.who.chain},
            )
        )
    return findings


def _foreign_policies(ctx: ReviewContext) -> list[Finding]:
    """《广东省……》 cited in a 重庆 report: the issuer's basis belongs to another province."""
    if not ctx.who.province:
        return []
    places = data.load("places")
    regions = list(places["municipalities"]) + list(places["provinces"])
    own_province = ctx.who.province
    stems = {r: re.sub(r"(壮族|回族|维吾尔)?(自治区|省|市)$", "", r) for r in regions}
    findings: list[Finding] = []
    pattern = r"《(?:中共)?(" + "|".join(re.escape(s) for s in sorted(set(stems.values()), key=len, reverse=True)) + r")"
    for number, m in iter_matches(ctx, pattern, ctx.body_lines()):
        stem = m.group(1)
        region = next(r for r, s in stems.items() if s == stem)
        if region == own_province or stem == stems.get(own_province):
            continue
        text = ctx.doc.lines[number - 1]
        close = text.find("》", m.end())
        quote = text[m.start():close + 1] if close != -1 else m.group(0)
        findings.append(
            ctx.doc.finding(
                "foreign_place",
                "warning",
                number,
                quote,
                f"报告单位属于{own_province}，却引用{region}的文件作为工作依据：请核实是否抄自外地的材料。",
                {"place": region, "issuer": ctx.who.unit, "issuer_places": ctx.who.chain},
            )
        )
    return findings

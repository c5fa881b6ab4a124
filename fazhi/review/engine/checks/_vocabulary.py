"""Shared machinery of the two vocabulary checks (wrong_level, foreign_place): apply the rules of
levels.yaml to a report, given the issuer's kind."""

from __future__ import annotations

from .. import data
from ..context import ReviewContext, in_title_quote, iter_matches
from ..document import Finding
from ..identity import describe_kind


def applies(rule: dict, ctx: ReviewContext) -> bool:
    kind = ctx.who.kind
    if kind is None or kind not in rule["issuers"]:
        return False
    if "municipality" in rule and bool(rule["municipality"]) != ctx.who.municipality:
        return False
    return True


def apply_rules(ctx: ReviewContext, rules: list[dict], type_: str) -> list[Finding]:
    findings: list[Finding] = []
    taken: list[tuple[int, int, int]] = []  # (line, start, end) already reported
    same: dict[tuple[str, int, str], Finding] = {}
    lines = ctx.body_lines()
    for rule in rules:
        if not applies(rule, ctx):
            continue
        skip_before = data.rx(rule["skip_before"]) if rule.get("skip_before") else None
        skip_after = data.rx(rule["skip_after"]) if rule.get("skip_after") else None
        escalate = data.rx(rule["escalate_near"]) if rule.get("escalate_near") else None
        for number, m in iter_matches(ctx, rule["pattern"], lines):
            text = ctx.doc.lines[number - 1]
            if in_title_quote(text, m.start(), m.end()):
                continue
            if skip_before and skip_before.search(text[max(0, m.start() - 8):m.start()]):
                continue
            if skip_after and skip_after.search(text[m.end():m.end() + 10]):
                continue
            if any(n == number and s < m.end() and m.start() < e for n, s, e in taken):
                continue
            taken.append((number, m.start(), m.end()))
            severity = rule["severity"]
            sentence = ctx.doc.sentence_at(number, m.start())
            if escalate and severity == "warning" and escalate.search(sentence.text):
                severity = "error"
            # The same words twice in one paragraph are one finding, counted.
            twin = same.get((rule["id"], number, m.group(0)))
            if twin is not None:
                twin.evidence["occurrences"] = twin.evidence.get("occurrences", 1) + 1
                if severity == "error":
                    twin.severity = "error"
                continue
            finding = ctx.doc.finding(
                type_,
                severity,
                number,
                m.group(0),
                rule["message"].format(match=m.group(0), issuer=describe_kind(ctx.who.kind)),
                {
                    "rule": rule["id"],
                    "issuer": ctx.who.unit,
                    "issuer_kind": describe_kind(ctx.who.kind),
                    "sentence": sentence.text,
                    "part": ctx.part_of(number),
                },
            )
            same[(rule["id"], number, m.group(0))] = finding
            findings.append(finding)
    return findings

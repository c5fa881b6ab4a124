"""The reproducible 双随机 draw — pure functions, no database, no Python RNG.

Algorithm ``fazhi-draw-v1`` (a keyed hash lottery):

1. Each pool is frozen as a *snapshot*: a list of ``{"id", "name", "code"}`` sorted by ``id``, serialised
   as canonical JSON (UTF-8, keys sorted, no spaces, ``ensure_ascii=False``); its SHA-256 is the pool hash.
2. Number drawn: ``n = ceil(pool size × ratio ÷ 100)`` in exact decimal arithmetic.
3. Every target gets the key ``SHA-256(canonical JSON of ["fazhi-draw-v1", seed, "target", pool hash, id])``;
   the ``n`` targets with the smallest keys (hex order) are drawn, in that order.
4. For each drawn target in order, the inspectors not recused for it are sorted by (assignments so far,
   ``SHA-256(["fazhi-draw-v1", seed, "inspector", inspector pool hash, target id, officer id])``) and the
   first ``per_target`` are assigned — random, but spreading the work evenly.

Why hashes rather than ``random.Random(seed)``: the result depends only on SHA-256 and the published
snapshot, both fixed by standards, so anyone can recompute it with any language; Python's Mersenne
Twister seeding and ``sample`` internals are implementation details that have changed between versions.
Binding the keys to the pool hash means a changed pool changes every key: nobody can add or remove an
entry to steer the result for a given seed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal

ALGORITHM = "fazhi-draw-v1"


class DrawError(Exception):
    def __init__(self, code: str, detail: str):
        super().__init__(detail)
        self.code = code
        self.detail = detail


def canonical_json(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sha256_hex(value) -> str:
    text = value if isinstance(value, str) else canonical_json(value)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def snapshot(rows) -> list[dict]:
    """A pool as its canonical snapshot: ``rows`` are (id, name, code) triples."""
    return sorted(({"id": int(i), "name": str(n or ""), "code": str(c or "")} for i, n, c in rows), key=lambda r: r["id"])


def recusal_snapshot(pairs) -> list[list[int]]:
    return [list(p) for p in sorted({(int(o), int(t)) for o, t in pairs})]


def draw_count(size: int, ratio) -> int:
    if size == 0:
        return 0
    n = (Decimal(size) * Decimal(str(ratio)) / Decimal(100)).to_integral_value(rounding=ROUND_CEILING)
    return max(0, min(size, int(n)))


def rank_key(seed: str, *parts) -> str:
    return sha256_hex([ALGORITHM, seed, *parts])


def rank(seed: str, label: str, pool_hash: str, ids) -> list[int]:
    """``ids`` ordered by their keyed hash (the lottery order)."""
    return sorted(ids, key=lambda i: (rank_key(seed, label, pool_hash, i), i))


@dataclass
class DrawInputs:
    seed: str
    ratio: str
    per_target: int
    targets: list[dict]
    inspectors: list[dict]
    recusals: list[list[int]] = field(default_factory=list)

    @property
    def target_hash(self) -> str:
        return sha256_hex(self.targets)

    @property
    def inspector_hash(self) -> str:
        return sha256_hex(self.inspectors)

    @property
    def recusal_hash(self) -> str:
        return sha256_hex(self.recusals)


def run_draw(inputs: DrawInputs) -> dict:
    """Draw targets and assign inspectors; the result is plain JSON (ids only)."""
    if inputs.per_target < 2:
        raise DrawError("too_few_per_target", "每户至少派2名执法检查人员（行政处罚法第四十二条）。")
    target_ids = [t["id"] for t in inputs.targets]
    n = draw_count(len(target_ids), inputs.ratio)
    drawn = rank(inputs.seed, "target", inputs.target_hash, target_ids)[:n]
    recused = {(o, t) for o, t in inputs.recusals}
    load = {i["id"]: 0 for i in inputs.inspectors}
    names = {t["id"]: t["name"] for t in inputs.targets}
    assignments = []
    for tid in drawn:
        candidates = [o for o in load if (o, tid) not in recused]
        if len(candidates) < inputs.per_target:
            raise DrawError(
                "too_few_inspectors",
                f"检查对象“{names[tid]}”可派的执法检查人员只有 {len(candidates)} 名（已排除回避人员），"
                f"少于每户 {inputs.per_target} 名，请充实执法检查人员名录库。",
            )
        chosen = sorted(candidates, key=lambda o: (load[o], rank_key(inputs.seed, "inspector", inputs.inspector_hash, tid, o), o))
        chosen = chosen[:inputs.per_target]
        for o in chosen:
            load[o] += 1
        assignments.append([tid, chosen])
    return {"count": n, "pool_size": len(target_ids), "targets": drawn, "assignments": assignments}


@dataclass
class Check:
    name: str
    stored: str
    recomputed: str

    @property
    def ok(self) -> bool:
        return self.stored == self.recomputed


@dataclass
class VerifyReport:
    checks: list[Check]
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error and all(c.ok for c in self.checks)


def verify(*, inputs: DrawInputs, stored_hashes: dict, stored_result: dict, stored_result_hash: str) -> VerifyReport:
    """Recompute every hash and the draw itself from the stored inputs and compare with what was stored."""
    checks = [
        Check("检查对象名录快照 SHA-256", stored_hashes["targets"], inputs.target_hash),
        Check("执法检查人员名录快照 SHA-256", stored_hashes["inspectors"], inputs.inspector_hash),
        Check("回避关系快照 SHA-256", stored_hashes["recusals"], inputs.recusal_hash),
    ]
    checks.append(Check("存档结果 SHA-256", stored_result_hash, sha256_hex(stored_result)))
    try:
        result = run_draw(inputs)
    except DrawError as exc:
        return VerifyReport(checks, error=exc.detail)
    checks.append(Check("重新抽取的结果", canonical_json(stored_result), canonical_json(result)))
    return VerifyReport(checks)

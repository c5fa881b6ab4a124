"""双随机、一公开: the draw, the checks and the publication of results (statutes.md §10).

Pools at draw time (国发〔2019〕5号 三(三)): the targets are the plan unit's live, in-library 检查对象
matching the plan's kind/field; the inspectors are the plan unit's officers in the 执法检查人员名录库 with
the 执法 role, in post and holding a valid 执法证 on the draw date, belonging to the plan's body. Recusals (回避) between them are excluded. All three are frozen in the ``DrawRecord``.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from fazhi.core.errors import GateRefused, InvalidInput
from fazhi.core.workflow import step
from fazhi.deadlines.services import deadline_close, deadline_open
from fazhi.org.choices import Role

from ..choices import CheckState, OfficerRole
from ..forms import random_checks as f
from ..models import DrawRecord, Officer, RandomCheck, RandomPlan, Recusal, Target
from . import draw as algo
from .certificates import StandingBook, require_certified

STAFF = [Role.OPERATOR, Role.LEADER]
MSG_EMPTY_POOL = "检查对象名录库中没有符合本计划条件的在库对象，无法抽取（国发〔2019〕5号 三(三)）。"
MSG_UNCHECKED = "尚有 {n} 户抽查对象未录入检查结果，不能结束抽查（谁检查、谁录入，国发〔2019〕5号 三(六)）。"
MSG_DATE = "{a}不能早于{b}（{day}）。"


def plan_pools(plan: RandomPlan, on):
    """(targets, inspectors, recusal pairs) eligible for ``plan`` on ``on``, as model lists."""
    targets = Target.objects.live().filter(unit=plan.unit, is_active=True)
    if plan.target_kind:
        targets = targets.filter(kind=plan.target_kind)
    if plan.target_field:
        targets = targets.filter(field=plan.target_field)
    targets = list(targets.order_by("pk"))
    officers = list(Officer.objects.live().filter(unit=plan.unit, body=plan.body, in_inspector_pool=True,
                                                  role=OfficerRole.ENFORCEMENT).order_by("pk"))
    book = StandingBook([o.pk for o in officers])
    inspectors = [o for o in officers if o.active_on(on) and book.standing(o, on).valid]
    pairs = list(Recusal.objects.live().filter(officer__in=inspectors, target__in=targets).values_list("officer_id", "target_id"))
    return targets, inspectors, pairs


def draw_inputs(plan: RandomPlan, on, seed: str) -> algo.DrawInputs:
    targets, inspectors, pairs = plan_pools(plan, on)
    return algo.DrawInputs(
        seed=seed, ratio=str(plan.ratio), per_target=plan.per_target,
        targets=algo.snapshot((t.pk, t.name, t.code) for t in targets),
        inspectors=algo.snapshot((o.pk, o.name, o.code) for o in inspectors),
        recusals=algo.recusal_snapshot(pairs),
    )


@step(RandomPlan, "draw", label="双随机抽取", roles=STAFF, form=f.DrawForm,
      statute="国办发〔2015〕58号；国发〔2019〕5号 三（五）")
def plan_draw(*, obj, user, drawn_on, seed="", **_):
    """Freeze the pools, run ``fazhi-draw-v1`` and store inputs, hashes and result with the tasks it creates."""
    seed = (seed or "").strip() or secrets.token_hex(16)
    inputs = draw_inputs(obj, drawn_on, seed)
    if not inputs.targets:
        raise GateRefused("empty_target_pool", MSG_EMPTY_POOL)
    try:
        result = algo.run_draw(inputs)
    except algo.DrawError as exc:
        raise GateRefused(exc.code, exc.detail) from None
    obj.draw()
    record = DrawRecord(
        unit=obj.unit, created_by=user, plan=obj, drawn_on=drawn_on, drawn_by=user, algorithm=algo.ALGORITHM,
        seed=seed, ratio=obj.ratio, per_target=obj.per_target,
        target_pool=inputs.targets, target_pool_sha256=inputs.target_hash,
        inspector_pool=inputs.inspectors, inspector_pool_sha256=inputs.inspector_hash,
        recusals=inputs.recusals, recusals_sha256=inputs.recusal_hash,
        result=result, result_sha256=algo.sha256_hex(result),
    )
    record._history_user = user
    record.save()
    for rank, (target_id, officer_ids) in enumerate(result["assignments"], start=1):
        check = RandomCheck(unit=obj.unit, created_by=user, plan=obj, target_id=target_id, rank=rank)
        check._history_user = user
        check.save()
        check.inspectors.set(officer_ids)
    return {"note": f"从 {result['pool_size']} 户中按 {obj.ratio}% 抽取 {result['count']} 户；种子 {seed}；"
                    f"名录快照 SHA-256 {inputs.target_hash[:12]}…"}


@dataclass
class Verification:
    record: DrawRecord
    report: algo.VerifyReport
    pool_changes: dict

    @property
    def ok(self) -> bool:
        return self.report.ok


def draw_verify(record: DrawRecord) -> Verification:
    """Re-run the draw from the stored inputs alone and compare every hash and the result."""
    inputs = algo.DrawInputs(seed=record.seed, ratio=str(record.ratio), per_target=record.per_target,
                             targets=record.target_pool, inspectors=record.inspector_pool, recusals=record.recusals)
    report = algo.verify(
        inputs=inputs, stored_result=record.result, stored_result_hash=record.result_sha256,
        stored_hashes={"targets": record.target_pool_sha256, "inspectors": record.inspector_pool_sha256,
                       "recusals": record.recusals_sha256},
    )
    current = draw_inputs(record.plan, record.drawn_on, record.seed)
    before, now = {t["id"] for t in record.target_pool}, {t["id"] for t in current.targets}
    changes = {"targets_added": len(now - before), "targets_removed": len(before - now),
               "same_as_now": current.target_hash == record.target_pool_sha256}
    return Verification(record, report, changes)


@step(RandomCheck, "record_result", label="录入检查结果", roles=STAFF, form=f.CheckResultForm,
      statute="国发〔2019〕5号 三（六）；行政处罚法第四十二条、第五十五条")
def random_check_record(*, obj, user, checked_on, outcome, findings="", **_):
    drawn_on = obj.plan.draw_record.drawn_on
    if checked_on < drawn_on:
        msg = MSG_DATE.format(a="检查日期", b="抽取日期", day=drawn_on)
        raise InvalidInput(msg, {"checked_on": [msg]})
    require_certified(obj.inspectors.all(), checked_on, "抽查检查")
    obj.record_result()
    obj.checked_on, obj.outcome, obj.findings = checked_on, outcome, findings


@step(RandomPlan, "finish", label="结束抽查", roles=STAFF, form=f.FinishForm, statute="国发〔2019〕5号 三（六）")
def plan_finish(*, obj, user, finished_on, **_):
    pending = obj.checks.filter(is_void=False, state=CheckState.ASSIGNED).count()
    if pending:
        raise GateRefused("checks_pending", MSG_UNCHECKED.format(n=pending))
    last = max(obj.checks.filter(is_void=False).values_list("checked_on", flat=True), default=None)
    if last and finished_on < last:
        msg = MSG_DATE.format(a="抽查结束日期", b="最后一次检查日期", day=last)
        raise InvalidInput(msg, {"finished_on": [msg]})
    obj.finish()
    obj.finished_on = finished_on
    deadline_open(obj=obj, rule_id="enforcement.random_check_publish", start=finished_on)


@step(RandomPlan, "publish", label="公示抽查结果", roles=STAFF, form=f.PlanPublishForm,
      statute="国办发〔2015〕58号“一公开”；企业信息公示暂行条例第六条")
def plan_publish(*, obj, user, published_on, channel, **_):
    if published_on < obj.finished_on:
        msg = MSG_DATE.format(a="公示日期", b="抽查结束日期", day=obj.finished_on)
        raise InvalidInput(msg, {"published_on": [msg]})
    obj.publish()
    obj.published_on, obj.publication_channel = published_on, channel
    deadline_close(obj=obj, rule_id="enforcement.random_check_publish", on=published_on)

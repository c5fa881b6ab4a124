"""案卷评查: template publication, sampling (random and reproducible, or chosen), scoring, rectification.

A reviewer may not score a case file they handled (回避; 行政处罚法第四十三条 by analogy, and the
承办/审核 separation of 118号（十四））. Random samples use the same keyed-hash lottery as the 双随机 draw.
"""

from __future__ import annotations

import re
import secrets
from decimal import Decimal

from fazhi.core.errors import GateRefused, InvalidInput
from fazhi.core.services import record_create
from fazhi.core.workflow import step
from fazhi.org.choices import Role

from ..choices import DECIDED_STATES, Sampling, TemplateState
from ..forms import reviews as f
from ..models import Case, CaseFileReview, ReviewedCase, ReviewScore, ReviewTemplate
from . import draw as algo
from .cases import case_handlers

REVIEWERS = [Role.OPERATOR, Role.LEADER, Role.LEGAL_REVIEWER, Role.INSPECTOR]
MSG_NO_ITEMS = "评查标准还没有评查项目，不能发布。"
MSG_TEMPLATE_DRAFT = "评查标准“{t}”尚未发布，不能据以评查；请先发布评查标准。"
MSG_EMPTY = "在 {a} 至 {b} 之间没有可以评查的已决定案件。"
MSG_UNKNOWN_CASES = "以下案号不在可评查范围（本单位及下级已决定、决定日期在评查期间内的案件）：{nos}。"
MSG_NO_CASE_NOS = "指定案卷时应填写案号。"
MSG_REVIEWER_HANDLED = "评查人员不得评查本人承办或参与办理的案卷（回避）；{who}参与了案件 {case} 的办理。"
MSG_MISSING_SCORES = "以下评查项目还没有打分：{codes}。"
MSG_BAD_SCORE = "评查项目 {code} 的得分应在 0 至 {points} 分之间。"
MSG_DATE = "{a}不能早于{b}（{day}）。"


def _after(value, earlier, field, a, b):
    if earlier and value < earlier:
        msg = MSG_DATE.format(a=a, b=b, day=earlier)
        raise InvalidInput(msg, {field: [msg]})


def review_item_create(*, ledger, user, data, files=None, unit=None):
    """Items live in their template's unit, whoever enters them."""
    template = ReviewTemplate.objects.restrict(user, "change").filter(pk=data.get("template") or 0).first()
    return record_create(ledger=ledger, user=user, data=data, files=files, unit=template.unit if template else unit)


@step(ReviewTemplate, "publish_template", label="发布评查标准", roles=[Role.OPERATOR, Role.LEADER, Role.INSPECTOR],
      form=f.TemplatePublishForm, statute="国办发〔2018〕118号（十）调阅监督")
def template_publish(*, obj, user, published_on, **_):
    if not obj.items.filter(is_void=False).exists():
        raise GateRefused("template_without_items", MSG_NO_ITEMS)
    obj.publish_template()
    obj.published_on = published_on


def _candidates(batch: CaseFileReview, user):
    qs = (Case.objects.restrict(user, "view").live()
          .filter(state__in=DECIDED_STATES, decided_on__gte=batch.period_start, decided_on__lte=batch.period_end))
    if batch.case_kind:
        qs = qs.filter(kind=batch.case_kind)
    return list(qs.select_related("unit").order_by("pk"))


@step(CaseFileReview, "sample", label="抽取评查案卷", roles=[Role.OPERATOR, Role.LEADER, Role.INSPECTOR], form=f.SampleForm,
      statute="国办发〔2018〕118号（十）")
def review_sample(*, obj, user, sampled_on, seed="", case_nos="", **_):
    if obj.template.state != TemplateState.PUBLISHED:
        raise GateRefused("template_not_published", MSG_TEMPLATE_DRAFT.format(t=obj.template))
    pool = _candidates(obj, user)
    if not pool:
        raise GateRefused("no_cases", MSG_EMPTY.format(a=obj.period_start, b=obj.period_end))
    snapshot = algo.snapshot((c.pk, c.case_no, c.unit.display_name) for c in pool)
    if obj.sampling == Sampling.RANDOM:
        seed = (seed or "").strip() or secrets.token_hex(16)
        pool_hash = algo.sha256_hex(snapshot)
        chosen_ids = algo.rank(seed, "case", pool_hash, [c.pk for c in pool])[:obj.sample_size]
        obj.seed, obj.pool_sha256, obj.pool, obj.algorithm = seed, pool_hash, snapshot, algo.ALGORITHM
    else:
        wanted = [n for n in re.split(r"[、,，;；\s]+", case_nos or "") if n]
        if not wanted:
            raise InvalidInput(MSG_NO_CASE_NOS, {"case_nos": [MSG_NO_CASE_NOS]})
        by_no = {c.case_no: c.pk for c in pool}
        unknown = [n for n in wanted if n not in by_no]
        if unknown:
            raise GateRefused("cases_out_of_range", MSG_UNKNOWN_CASES.format(nos="、".join(unknown)))
        chosen_ids = list(dict.fromkeys(by_no[n] for n in wanted))
    obj.sample()
    obj.sampled_on = sampled_on
    for case_id in chosen_ids:
        row = ReviewedCase(unit=obj.unit, created_by=user, batch=obj, case_id=case_id)
        row._history_user = user
        row.save()
    return {"note": f"从 {len(pool)} 件中抽取 {len(chosen_ids)} 件。"}


@step(ReviewedCase, "score", label="评查打分", roles=REVIEWERS, form=f.ScoreForm, statute="国办发〔2018〕118号（十）（十三）")
def reviewed_case_score(*, obj, user, reviewed_on, problems="", scores=None, **_):
    if user.pk in case_handlers(obj.case):
        raise GateRefused("reviewer_handled_case", MSG_REVIEWER_HANDLED.format(who=user, case=obj.case.case_no))
    _after(reviewed_on, obj.case.decided_on, "reviewed_on", "评查日期", "案件决定日期")
    items = list(obj.batch.template.items.filter(is_void=False).order_by("code"))
    scores = scores or {}
    missing = [i.code for i in items if i.pk not in scores]
    if missing:
        raise InvalidInput(MSG_MISSING_SCORES.format(codes="、".join(missing)))
    for item in items:
        if not Decimal(0) <= scores[item.pk] <= Decimal(item.points):
            raise InvalidInput(MSG_BAD_SCORE.format(code=item.code, points=item.points))
    ReviewScore.objects.bulk_create([ReviewScore(reviewed_case=obj, item=i, score=scores[i.pk]) for i in items])
    obj.score(has_problems=bool((problems or "").strip()))
    obj.reviewer, obj.reviewed_on, obj.problems = user, reviewed_on, problems
    return {"note": f"总分 {sum(scores[i.pk] for i in items)}"}


@step(ReviewedCase, "rectify", label="登记整改情况", roles=REVIEWERS, form=f.RectifyForm, statute="国办发〔2018〕118号（十）")
def reviewed_case_rectify(*, obj, user, rectified_on, note, **_):
    _after(rectified_on, obj.reviewed_on, "rectified_on", "整改完成日期", "评查日期")
    obj.rectify()
    obj.rectified_on, obj.rectification_note = rectified_on, note


@step(ReviewedCase, "recheck", label="复查", roles=REVIEWERS, form=f.RecheckForm, statute="国办发〔2018〕118号（十）")
def reviewed_case_recheck(*, obj, user, rechecked_on, result, **_):
    _after(rechecked_on, obj.rectified_on, "rechecked_on", "复查日期", "整改完成日期")
    obj.recheck(passed=result == "passed")
    obj.rechecked_on, obj.recheck_result = rechecked_on, result

"""Every statutory gate refuses through the service, the web step form (409) and the API (409), changing nothing."""

import datetime as dt
import json

import pytest

from fazhi.core.errors import GateRefused
from fazhi.core.services import record_create
from fazhi.core.workflow import perform
from fazhi.enforcement import samples
from fazhi.enforcement.models import StatisticsReport

from .helpers import DEFAULTS, new_case, run


def _case_step(obj, name, t, user=None, **data):
    return obj, name, user or t.yi_operator, {**DEFAULTS.get(name, {}), **data}


def _suspend(t, officer, on="2025-01-01"):
    perform(obj=officer.certificates.first(), name="suspend", user=t.yi_operator, data={"on": on, "reason": "违纪调查"})


# ---------------------------------------------------------------- setups: (t, y) -> (obj, step, user, data)

def register_simple(t, y):
    return _case_step(new_case(t, y, procedure="simple", party_type="person"), "register", t)


def register_one_officer(t, y):
    return _case_step(new_case(t, y, officers=[y.a]), "register", t)


def register_expired(t, y):
    old = samples.officer(t.yi, t.yi_operator, body=y.body, valid_from=dt.date(2019, 1, 1), valid_to=dt.date(2024, 12, 31))
    return _case_step(new_case(t, y, officers=[y.a, old]), "register", t)


def register_suspended(t, y):
    _suspend(t, y.b)
    return _case_step(new_case(t, y), "register", t)


def register_uncertified(t, y):
    bare = samples.officer(t.yi, t.yi_operator, body=y.body, certified=False)
    return _case_step(new_case(t, y, officers=[y.a, bare]), "register", t)


def review_too_early(t, y):
    return _case_step(run(t, new_case(t, y), "register"), "legal_review", t, t.yi_reviewer)


def review_by_handler(t, y):
    mine = samples.officer(t.yi, t.yi_operator, body=y.body, account=t.yi_reviewer)
    return _case_step(run(t, new_case(t, y, officers=[y.a, mine]), "register", "investigate"), "legal_review", t, t.yi_reviewer)


def decide_without_notice(t, y):
    return _case_step(run(t, new_case(t, y), "register", "investigate"), "decide", t, t.yi_leader)


def decide_in_hearing_period(t, y):
    c = run(t, new_case(t, y), "register", "investigate", notify={"hearing_right": "on", "rights_waived": ""})
    return _case_step(c, "decide", t, t.yi_leader, decided_on="2025-03-14")


def decide_suspended(t, y):
    c = run(t, new_case(t, y), "register", "investigate", "notify")
    _suspend(t, y.a, on="2025-03-20")
    return _case_step(c, "decide", t, t.yi_leader)


def decide_major_unreviewed(t, y):
    c = run(t, new_case(t, y, complex_case="on"), "register", "investigate", "notify")
    return _case_step(c, "decide", t, t.yi_leader)


def decide_major_review_rejected(t, y):
    c = run(t, new_case(t, y, complex_case="on"), "register", "investigate", "notify",
            legal_review={"opinion": "problems", "text": "证据不足"})
    return _case_step(c, "decide", t, t.yi_leader, collective_discussion="on")


def decide_major_not_collective(t, y):
    c = run(t, new_case(t, y, complex_case="on"), "register", "investigate", "notify", "legal_review")
    return _case_step(c, "decide", t, t.yi_leader)


def on_spot_ordinary(t, y):
    return _case_step(new_case(t, y), "decide_on_spot", t)


def on_spot_over_limit(t, y):
    return _case_step(new_case(t, y, procedure="simple", party_type="person"), "decide_on_spot", t, fine_amount="300")


def hearing_not_offered(t, y):
    return _case_step(run(t, new_case(t, y), "register", "investigate", "notify"), "request_hearing", t)


def hearing_request_late(t, y):
    c = run(t, new_case(t, y), "register", "investigate", notify={"hearing_right": "on", "rights_waived": ""})
    return _case_step(c, "request_hearing", t, requested_on="2025-03-25")


def _hearing_case(t, y):
    return run(t, new_case(t, y), "register", "investigate", "notify", "request_hearing",
               notify={"hearing_right": "on", "rights_waived": ""})


def hearing_chair_investigator(t, y):
    return _case_step(_hearing_case(t, y), "hold_hearing", t, chair=y.a.name)


def hearing_notice_late(t, y):
    return _case_step(_hearing_case(t, y), "hold_hearing", t, notice_on="2025-03-20")


def close_unserved(t, y):
    return _case_step(run(t, new_case(t, y), "register", "investigate", "notify", "decide"), "close", t)


def close_unexecuted(t, y):
    return _case_step(run(t, new_case(t, y), "register", "investigate", "notify", "decide", "serve"), "close", t)


def extend_inspection(t, y):
    return _case_step(run(t, new_case(t, y, kind="inspection"), "register"), "extend", t, t.yi_leader)


def extend_after_expiry(t, y):
    return _case_step(run(t, new_case(t, y), "register"), "extend", t, t.yi_leader, approved_on="2025-06-05")


def publish_exempt(t, y):
    c = new_case(t, y, publish_required="", publish_exempt_reason="涉及个人隐私")
    return _case_step(run(t, c, "register", "investigate", "notify", "decide"), "publish", t)


def publish_withdrawn_case(t, y):
    c = run(t, new_case(t, y), "register", "investigate", decide={"outcome": "case_withdrawn"})
    return _case_step(c, "publish", t)


def publish_twice(t, y):
    c = run(t, new_case(t, y), "register", "investigate", "notify", "decide", "publish")
    return _case_step(c, "publish", t)


def annul_twice(t, y):
    c = run(t, new_case(t, y), "register", "investigate", "notify", "decide", "publish", "annul")
    return _case_step(c, "annul", t)


def withdraw_unpublished(t, y):
    c = run(t, new_case(t, y), "register", "investigate", "notify", "decide", "annul")
    return _case_step(c, "withdraw_publication", t)


def withdraw_not_annulled(t, y):
    c = run(t, new_case(t, y), "register", "investigate", "notify", "decide", "publish")
    return _case_step(c, "withdraw_publication", t)


def withdraw_twice(t, y):
    c = run(t, new_case(t, y), "register", "investigate", "notify", "decide", "publish", "annul", "withdraw_publication")
    return _case_step(c, "withdraw_publication", t)


def draw_empty_pool(t, y):
    samples.officer(t.yi, t.yi_operator, body=y.body)
    p = samples.plan(t.yi, t.yi_operator, b=y.body)
    return p, "draw", t.yi_operator, {"drawn_on": "2025-04-02", "seed": "x"}


def draw_too_few_inspectors(t, y):
    b = samples.body(t.yi, t.yi_operator)
    samples.officer(t.yi, t.yi_operator, body=b)
    samples.target(t.yi, t.yi_operator)
    return samples.plan(t.yi, t.yi_operator, b=b), "draw", t.yi_operator, {"drawn_on": "2025-04-02", "seed": "x"}


def draw_recused(t, y):
    from fazhi.enforcement.models import Recusal

    b = samples.body(t.yi, t.yi_operator)
    o1, _ = samples.officer(t.yi, t.yi_operator, body=b), samples.officer(t.yi, t.yi_operator, body=b)
    target = samples.target(t.yi, t.yi_operator)
    record_create(ledger=Recusal.ledger(), user=t.yi_operator, unit=t.yi, data={
        "officer": o1.pk, "target": target.pk, "reason": "亲属关系", "declared_on": "2025-03-01"})
    return samples.plan(t.yi, t.yi_operator, b=b), "draw", t.yi_operator, {"drawn_on": "2025-04-02", "seed": "x"}


def check_with_suspended_inspector(t, y):
    check = samples.random_check(t.yi, t.yi_operator)
    _suspend(t, check.inspectors.first(), on="2025-04-03")
    return check, "record_result", t.yi_operator, {"checked_on": "2025-04-10", "outcome": "no_problem"}


def finish_with_pending(t, y):
    return samples.drawn_plan(t.yi, t.yi_operator), "finish", t.yi_operator, {"finished_on": "2025-05-01"}


def template_empty(t, y):
    tpl = samples.template(t.yi, t.yi_operator, publish=False, items=())
    return tpl, "publish_template", t.yi_operator, {"published_on": "2025-01-10"}


def sample_draft_template(t, y):
    batch = samples.review_batch(t.yi, t.yi_operator, template=samples.template(t.yi, t.yi_operator, publish=False))
    return batch, "sample", t.yi_operator, {"sampled_on": "2025-11-01", "seed": "s"}


def sample_no_cases(t, y):
    return samples.review_batch(t.yi, t.yi_operator), "sample", t.yi_operator, {"sampled_on": "2025-11-01"}


def sample_unknown_case(t, y):
    samples.case_on_spot(t.yi, t.yi_operator)
    batch = samples.review_batch(t.yi, t.yi_operator, sampling="chosen", sample_size="")
    return batch, "sample", t.yi_operator, {"sampled_on": "2025-11-01", "case_nos": "不存在〔2025〕9号"}


def score_own_case(t, y):
    rc = samples.reviewed_case(t.yi, t.yi_operator)
    items = {f"item_{i.pk}": i.points for i in rc.batch.template.items.all()}
    return rc, "score", t.yi_operator, {"reviewed_on": "2025-11-02", **items}


def statistics_too_early(t, y):
    report = record_create(ledger=StatisticsReport.ledger(), user=t.yi_operator, unit=t.yi, data={"year": 2025})
    return report, "publish", t.yi_operator, {"published_on": "2025-12-30", "channel": "网站", "reported_to": "区政府"}


GATES = {
    "register_simple": (register_simple, "simple_procedure", "简易程序"),
    "register_one_officer": (register_one_officer, "too_few_officers", "不得少于两人"),
    "register_expired": (register_expired, "certificate_invalid", "已过期"),
    "register_suspended": (register_suspended, "certificate_invalid", "暂扣"),
    "register_uncertified": (register_uncertified, "certificate_invalid", "无执法证"),
    "review_too_early": (review_too_early, "review_before_investigation", "调查终结后"),
    "review_by_handler": (review_by_handler, "reviewer_handled_case", "不得审核本人承办"),
    "decide_without_notice": (decide_without_notice, "no_prior_notice", "第四十四条"),
    "decide_in_hearing_period": (decide_in_hearing_period, "hearing_period_running", "2025-03-18"),
    "decide_suspended": (decide_suspended, "certificate_invalid", "暂扣"),
    "decide_major_unreviewed": (decide_major_unreviewed, "major_without_legal_review", "第五十八条"),
    "decide_major_review_rejected": (decide_major_review_rejected, "major_without_legal_review", "审核未通过"),
    "decide_major_not_collective": (decide_major_not_collective, "collective_discussion_required", "集体讨论"),
    "on_spot_ordinary": (on_spot_ordinary, "not_simple_procedure", "第五十一条"),
    "on_spot_over_limit": (on_spot_over_limit, "simple_procedure_limit", "二百元"),
    "hearing_not_offered": (hearing_not_offered, "hearing_not_offered", "第六十三条"),
    "hearing_request_late": (hearing_request_late, "hearing_request_late", "2025-03-18"),
    "hearing_chair_investigator": (hearing_chair_investigator, "hearing_chair_is_investigator", "非本案调查人员"),
    "hearing_notice_late": (hearing_notice_late, "hearing_notice_late", "2025-03-17"),
    "close_unserved": (close_unserved, "not_served", "尚未送达"),
    "close_unexecuted": (close_unexecuted, "not_executed", "尚未执行"),
    "extend_inspection": (extend_inspection, "extend_only_penalty", "第六十条"),
    "extend_after_expiry": (extend_after_expiry, "extend_after_expiry", "2025-06-01"),
    "publish_exempt": (publish_exempt, "publication_exempt", "涉及个人隐私"),
    "publish_withdrawn_case": (publish_withdrawn_case, "nothing_to_publish", "撤销立案"),
    "publish_twice": (publish_twice, "already_published", "2025-04-01"),
    "annul_twice": (annul_twice, "already_annulled", "2025-06-02"),
    "withdraw_unpublished": (withdraw_unpublished, "not_published", "没有公示过"),
    "withdraw_not_annulled": (withdraw_not_annulled, "not_annulled", "第四十八条第二款"),
    "withdraw_twice": (withdraw_twice, "already_withdrawn", "2025-06-03"),
    "draw_empty_pool": (draw_empty_pool, "empty_target_pool", "名录库"),
    "draw_too_few_inspectors": (draw_too_few_inspectors, "too_few_inspectors", "只有 1 名"),
    "draw_recused": (draw_recused, "too_few_inspectors", "已排除回避人员"),
    "check_with_suspended_inspector": (check_with_suspended_inspector, "certificate_invalid", "暂扣"),
    "finish_with_pending": (finish_with_pending, "checks_pending", "未录入检查结果"),
    "template_empty": (template_empty, "template_without_items", "没有评查项目"),
    "sample_draft_template": (sample_draft_template, "template_not_published", "尚未发布"),
    "sample_no_cases": (sample_no_cases, "no_cases", "没有可以评查"),
    "sample_unknown_case": (sample_unknown_case, "cases_out_of_range", "不存在〔2025〕9号"),
    "score_own_case": (score_own_case, "reviewer_handled_case", "回避"),
    "statistics_too_early": (statistics_too_early, "year_not_over", "尚未结束"),
}


def _snapshot(obj):
    fresh = type(obj).objects.get(pk=obj.pk)
    return getattr(fresh, "state", None), fresh.history.count()


@pytest.mark.parametrize("gate", list(GATES))
def test_gate_refused_by_service(gate, tree, yi):
    # given a record one step short of the gate
    setup, code, words = GATES[gate]
    obj, name, user, data = setup(tree, yi)
    before = _snapshot(obj)
    # when the step is performed through the service
    with pytest.raises(GateRefused) as exc:
        perform(obj=obj, name=name, user=user, data=data)
    # then it is refused with the rule, and nothing changed
    assert exc.value.code == code
    assert words in exc.value.detail
    assert _snapshot(obj) == before


@pytest.mark.parametrize("gate", list(GATES))
def test_gate_refused_on_web_form(gate, tree, yi, client_for):
    # given the same record and its step page
    setup, code, words = GATES[gate]
    obj, name, user, data = setup(tree, yi)
    before = _snapshot(obj)
    ledger = obj.ledger()
    # when the form is posted
    resp = client_for(user).post(f"/l/{ledger.app}/{ledger.plural}/{obj.pk}/step/{name}/", data)
    # then the page answers 409 with the message and the record is unchanged
    assert resp.status_code == 409
    assert words in resp.content.decode()
    assert f'data-code="{code}"' in resp.content.decode()
    assert _snapshot(obj) == before


@pytest.mark.parametrize("gate", list(GATES))
def test_gate_refused_by_api(gate, tree, yi, api_for):
    # given the same record
    setup, code, words = GATES[gate]
    obj, name, user, data = setup(tree, yi)
    before = _snapshot(obj)
    ledger = obj.ledger()
    # when the named transition is posted to the API
    resp = api_for(user).post(f"/api/{ledger.app}/{ledger.plural}/{obj.pk}/transitions/{name}",
                              json.dumps(data), content_type="application/json")
    # then 409 {"code", "detail"} and nothing changed
    assert resp.status_code == 409
    body = resp.json()
    assert body["code"] == code and words in body["detail"]
    assert _snapshot(obj) == before


def test_every_refusal_code_has_a_gate_test():
    # the table must keep up with the services: each refusal code raised in services/ appears here
    import pathlib
    import re

    src = "".join(p.read_text() for p in (pathlib.Path(__file__).parents[1] / "services").glob("*.py"))
    raised = set(re.findall(r'GateRefused\(\s*"([a-z_]+)"', src)) | {"too_few_inspectors", "certificate_invalid"}
    raised -= {"too_few_per_target"}  # per_target < 2 is refused earlier by the plan form (min 2)
    assert raised <= {code for _, code, _ in GATES.values()}

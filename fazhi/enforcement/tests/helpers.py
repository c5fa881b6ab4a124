"""Step data with sensible defaults, so a test names only what it is about."""

from __future__ import annotations

from fazhi.core.workflow import perform
from fazhi.enforcement import samples

DEFAULTS = {
    "register": {"registered_on": "2025-03-03"},
    "investigate": {"investigated_on": "2025-03-10", "facts": "经现场检查查明违法事实。"},
    "notify": {"notified_on": "2025-03-11", "proposed_penalty": "罚款1000元", "rights_waived": "on"},
    "request_hearing": {"requested_on": "2025-03-12"},
    "hold_hearing": {"notice_on": "2025-03-13", "held_on": "2025-03-26", "chair": "听证主持人甲"},
    "legal_review": {"reviewed_on": "2025-03-27", "opinion": "approved", "text": "同意。"},
    "decide": {"decided_on": "2025-03-28", "decision_no": "罚决〔2025〕1号", "outcome": "penalty", "penalty_content": "罚款",
               "fine_amount": "1000", "discretion_standard": "裁量基准第5项", "discretion_level": "ordinary"},
    "decide_on_spot": {"decided_on": "2025-03-03", "decision_no": "当场〔2025〕1号", "penalty_content": "罚款",
                       "fine_amount": "100", "discretion_standard": "裁量基准第1项", "discretion_level": "ordinary"},
    "serve": {"served_on": "2025-03-31", "method": "in_person"},
    "execute": {"executed_on": "2025-04-10", "execution": "voluntary"},
    "close": {"closed_on": "2025-04-11"},
    "extend": {"approved_on": "2025-05-20", "days": "30", "approver": "镇长", "basis": "部门规章第64条", "reason": "案情复杂"},
    "publish": {"published_on": "2025-04-01", "channel": "镇政府网站"},
    "annul": {"annulled_on": "2025-06-02", "annulled_by": "reconsideration", "reason": "复议撤销"},
    "withdraw_publication": {"withdrawn_on": "2025-06-03", "note": "决定已被撤销"},
}
ROLE_FOR = {"legal_review": "yi_reviewer", "decide": "yi_leader", "extend": "yi_leader"}


def step(t, obj, name, **data):
    user = getattr(t, ROLE_FOR.get(name, "yi_operator"))
    return perform(obj=obj, name=name, user=user, data={**DEFAULTS.get(name, {}), **data})


def run(t, obj, *names, **data_by_step):
    """Perform ``names`` in order, then any step given only as a keyword (its data), in keyword order."""
    for name in [*names, *(k for k in data_by_step if k not in names)]:
        obj = step(t, obj, name, **data_by_step.get(name, {}))
    return obj


def new_case(t, y, **over):
    over.setdefault("body", y.body)
    return samples.case(t.yi, t.yi_operator, officers=over.pop("officers", [y.a, y.b]), **over)


def decided_case(t, y, **over):
    c = new_case(t, y, **over)
    return run(t, c, "register", "investigate", "notify", "decide")

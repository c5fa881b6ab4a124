"""Every 行政复议 gate via service, web form and API; 实质纠错率 equals a hand count under each setting."""

import pytest

from fazhi.core.errors import GateRefused
from fazhi.core.settings_registry import set_setting
from fazhi.core.workflow import perform
from fazhi.indicators.registry import compute
from fazhi.org.models import Unit
from fazhi.org.services import user_create
from fazhi.reconsideration.models import Reconsideration

pytestmark = pytest.mark.django_db


@pytest.fixture
def head(tree):
    return user_create(username="jia_leader", password="pw-123456", unit=tree.district, roles=["leader"], full_name="甲区负责人")


def _accepted(case, go, **kw):
    c = case(**kw)
    go(c, "accept", accepted_on="2025-03-04")
    return c


def _extended(case, go, head):
    c = _accepted(case, go)
    go(c, "extend", user=head, approved_on="2025-04-10", reason="复杂")
    return c


def _in_correction(case, go):
    c = case()
    go(c, "request_correction", notice_on="2025-03-05", items="补充身份证明")
    return c


CASES = [
    ("organ_only", lambda c, g, h, t: c(user=t.yi_operator, role="respondent"), "accept", {"accepted_on": "2025-03-04"},
     "yi_operator", "organ_only", "被申请人"),
    ("respondent_only", lambda c, g, h, t: c(), "submit_answer", {"answer_on": "2025-03-05"}, "jia_operator",
     "respondent_only", "复议机关"),
    ("correction_late", lambda c, g, h, t: c(), "request_correction", {"notice_on": "2025-03-11", "items": "补充材料"},
     "jia_operator", "correction_late", "5个工作日"),
    ("correction_not_lapsed", lambda c, g, h, t: _in_correction(c, g), "abandon", {"on": "2025-03-12"}, "jia_operator",
     "correction_not_lapsed", "10个工作日"),
    ("accept_late", lambda c, g, h, t: c(), "accept", {"accepted_on": "2025-03-11"}, "jia_operator", "accept_late", "视为受理"),
    ("reject_late", lambda c, g, h, t: c(), "reject", {"rejected_on": "2025-03-11", "reason": "不属于受理范围"}, "jia_operator",
     "reject_late", "视为受理"),
    ("application_late", lambda c, g, h, t: c(act_known_on="2024-12-20"), "accept", {"accepted_on": "2025-03-04"},
     "jia_operator", "application_late", "第二十条"),
    ("extend_simplified", lambda c, g, h, t: _accepted(c, g, procedure="simplified"), "extend",
     {"approved_on": "2025-03-20", "reason": "复杂"}, "jia_leader", "extend_simplified", "不得延长"),
    ("extend_twice", lambda c, g, h, t: _extended(c, g, h), "extend", {"approved_on": "2025-04-11", "reason": "再延"},
     "jia_leader", "extend_twice", "只能延长一次"),
    ("extend_expired", lambda c, g, h, t: _accepted(c, g), "extend", {"approved_on": "2025-05-08", "reason": "迟延"},
     "jia_leader", "extend_expired", "届满"),
    ("not_simplified", lambda c, g, h, t: _accepted(c, g), "to_ordinary", {"approved_on": "2025-03-20"}, "jia_leader",
     "not_simplified", "普通程序"),
    ("opinion_report_without_opinion", lambda c, g, h, t: _accepted(c, g), "opinion_report", {"report_on": "2025-03-20"},
     "jia_operator", "no_opinion", "意见书"),
    ("decide_unaccepted", lambda c, g, h, t: c(), "decide", {"decided_on": "2025-03-20", "outcome": "uphold"}, "jia_operator",
     "transition_not_allowed", "尚未受理"),
]


@pytest.mark.parametrize("spec", CASES, ids=[c[0] for c in CASES])
def test_gate_refuses_everywhere(spec, case, go, head, tree, client_for, api_for):
    _, setup, name, data, who, code, fragment = spec
    # given a case in the state the gate protects
    c = setup(case, go, head, tree)
    user = head if who == "jia_leader" else getattr(tree, who)
    before = (Reconsideration.history.filter(id=c.pk).count(), Reconsideration.objects.get(pk=c.pk).state)
    # when the step runs through the service
    with pytest.raises(GateRefused) as exc:
        perform(obj=Reconsideration.objects.get(pk=c.pk), name=name, user=user, data=data)
    assert exc.value.code == code and fragment in exc.value.detail
    # and through the web form and the API
    resp = client_for(user).post(f"/l/reconsideration/cases/{c.pk}/step/{name}/", data)
    assert resp.status_code == 409 and fragment in resp.content.decode()
    api = api_for(user).post(f"/api/reconsideration/cases/{c.pk}/transitions/{name}", data, content_type="application/json")
    assert api.status_code == 409 and api.json()["code"] == code
    # then nothing changed
    assert (Reconsideration.history.filter(id=c.pk).count(), Reconsideration.objects.get(pk=c.pk).state) == before


def test_late_application_accepted_when_rights_were_not_told(case, go):
    # given an application received 73 days after the act became known
    c = case(act_known_on="2024-12-20")
    # when accepted with “申请人未被告知申请权利和期限” (第二十条第三款: up to one year)
    go(c, "accept", accepted_on="2025-03-04", rights_not_told="on")
    # then it is accepted
    assert Reconsideration.objects.get(pk=c.pk).state == "accepted"


def test_correction_restarts_acceptance_review(case, go):
    # given a correction notice on 03-05 and the corrected application received Fri 03-14
    c = _in_correction(case, go)
    go(c, "receive_correction", received_on="2025-03-14")
    # then the 5-WD review runs again from 03-14: 03-17..21 → 03-21, so accepting on 03-20 is in time
    go(c, "accept", accepted_on="2025-03-20")
    assert Reconsideration.objects.get(pk=c.pk).state == "accepted"


def _decided(case, go, outcome, corrected=False, n=[0]):
    n[0] += 1
    c = _accepted(case, go, case_no=f"甲复〔2025〕{n[0]}号")
    go(c, "decide", decided_on="2025-04-10", outcome=outcome, corrected="on" if corrected else "")
    return c


def test_correction_rate_equals_hand_count_under_each_convention(case, go, tree):
    # given 8 cases closed in 2025: 撤销, 变更, 确认违法, 维持×2, 调解（已纠正）, 和解撤回（未纠正）, 终止
    for outcome, corrected in (("revoke", False), ("alter", False), ("confirm_illegal", False), ("uphold", False),
                               ("uphold", False), ("mediated", True), ("withdrawn", False), ("terminated", False)):
        _decided(case, go, outcome, corrected)
    units = Unit.objects.filter(path__startswith=tree.district.path)
    # then by default: (3 direct + 1 corrected settlement) ÷ 8 closed = 50.00
    v = compute("reconsideration.correction_rate", units, year=2025)
    assert (v.numerator, v.denominator, v.value) == (4, 8, 50.0)
    # and 直接纠错率 = 3 ÷ 8 = 37.50
    assert compute("reconsideration.direct_correction_rate", units, year=2025).value == 37.5
    # when settlements are not counted and the denominator excludes 终止
    set_setting("reconsideration.count_corrected_settlements", False)
    set_setting("reconsideration.correction_denominator", "merits")
    # then 3 ÷ 7 = 42.86
    v = compute("reconsideration.correction_rate", units, year=2025)
    assert (v.numerator, v.denominator, v.value) == (3, 7, 42.86)
    # and 按期结案率: all 8 decided on 04-10, within 60 日 of 03-04 → 100
    assert compute("reconsideration.on_time_rate", units, year=2025).value == 100.0


def test_figures_page_shows_the_convention(case, go, tree, client_for):
    # given one closed case
    _decided(case, go, "revoke")
    # when the district opens the figures page
    page = client_for(tree.jia_operator).get("/reconsideration/figures/", {"year": 2025}).content.decode()
    # then the rate is shown with its convention and the note that it is a setting
    assert "行政复议实质纠错率" in page and "口径未经确认" in page

"""行政应诉: gates via service, web form and API; 出庭应诉率, 败诉率, 履行率, 办复率 against hand counts."""

import pytest

from fazhi.core.errors import GateRefused, InvalidInput
from fazhi.core.settings_registry import set_setting
from fazhi.core.workflow import perform
from fazhi.indicators.registry import compute
from fazhi.litigation.models import Hearing, Lawsuit
from fazhi.org.models import Unit

pytestmark = pytest.mark.django_db

HEAD = {"head_appeared": "on", "head_name": "镇长", "head_rank": "principal"}


def _judged(lawsuit, go, outcome="revoke", effective=True):
    c = lawsuit()
    go(c, "judge", judged_on="2025-06-02", outcome=outcome, effective_on="2025-06-20" if effective else "")
    return c


CASES = [
    ("only_lawyer", lambda l, g: l(), "record_hearing", {"held_on": "2025-04-10"}, "only_lawyer", "不得仅委托律师"),
    ("summoned_without_explanation", lambda l, g: l(), "record_hearing",
     {"held_on": "2025-04-10", "staff_appeared": "on", "summoned": "on"}, "no_explanation", "已通知负责人出庭"),
    ("must_appear_category", lambda l, g: l(category="public_interest"), "record_hearing",
     {"held_on": "2025-04-10", "staff_appeared": "on"}, "no_explanation", "应当通知负责人出庭"),
    ("hearing_before_filing", lambda l, g: l(), "record_hearing", {"held_on": "2025-03-01", **HEAD}, "date_order", "不能早于"),
    ("comply_when_won", lambda l, g: _judged(l, g, "dismiss_claim"), "comply", {"complied_on": "2025-07-01", "note": "—"},
     "not_lost", "不是败诉"),
    ("comply_before_effective", lambda l, g: _judged(l, g, effective=False), "comply", {"complied_on": "2025-07-01", "note": "已撤销"},
     "not_effective", "尚未生效"),
    ("comply_while_pending", lambda l, g: l(), "comply", {"complied_on": "2025-07-01", "note": "—"}, "not_lost", "不是败诉"),
]


@pytest.mark.parametrize("spec", CASES, ids=[c[0] for c in CASES])
def test_gate_refuses_everywhere(spec, lawsuit, go, tree, client_for, api_for):
    _, setup, name, data, code, fragment = spec
    # given a lawsuit in the state the gate protects
    c = setup(lawsuit, go)
    before = (Lawsuit.history.filter(id=c.pk).count(), Lawsuit.objects.get(pk=c.pk).state, Hearing.objects.count())
    # when the step runs through the service, the web form and the API
    with pytest.raises(GateRefused) as exc:
        perform(obj=Lawsuit.objects.get(pk=c.pk), name=name, user=tree.yi_operator, data=data)
    assert exc.value.code == code and fragment in exc.value.detail
    resp = client_for(tree.yi_operator).post(f"/l/litigation/lawsuits/{c.pk}/step/{name}/", data)
    assert resp.status_code == 409 and fragment in resp.content.decode()
    api = api_for(tree.yi_operator).post(f"/api/litigation/lawsuits/{c.pk}/transitions/{name}", data, content_type="application/json")
    assert api.status_code == 409 and api.json()["code"] == code
    # then nothing changed, no hearing was recorded
    assert (Lawsuit.history.filter(id=c.pk).count(), Lawsuit.objects.get(pk=c.pk).state, Hearing.objects.count()) == before


def test_absent_head_with_explanation_and_staff_is_recorded(lawsuit, go):
    # given a high-attention case
    c = lawsuit(category="high_attention")
    # when the head cannot appear, staff appear and the 情况说明 is filed
    go(c, "record_hearing", held_on="2025-04-10", staff_appeared="on", summoned="on", explanation_filed="on")
    # then the hearing is recorded as “负责人未出庭”
    h = Hearing.objects.get(lawsuit=c)
    assert (h.head_appeared, h.staff_appeared, h.explanation_filed, h.unit_id) == (False, True, True, c.unit_id)


def test_head_must_be_named(lawsuit, go):
    # when a head appearance is recorded without saying who
    with pytest.raises(InvalidInput):
        go(lawsuit(), "record_hearing", held_on="2025-04-10", head_appeared="on")
    assert Hearing.objects.count() == 0


def test_rates_equal_hand_counts(lawsuit, suggestion, go, tree):
    # given four 2025 cases: A head at both hearings; B head at the second of two; C staff only (with explanation);
    #       D (行政公益诉讼) head appeared. A lost and complied; B lost, not yet complied; C won; D withdrawn
    a, b, c, d = lawsuit(), lawsuit(), lawsuit(), lawsuit(category="public_litigation")
    for case, hearings in ((a, [HEAD, HEAD]), (b, [{"staff_appeared": "on"}, HEAD]), (c, [{"staff_appeared": "on"}]), (d, [HEAD])):
        for n, h in enumerate(hearings):
            go(case, "record_hearing", held_on=f"2025-04-1{n}", **h)
    go(a, "judge", judged_on="2025-06-02", outcome="revoke", effective_on="2025-06-20")
    go(a, "comply", complied_on="2025-07-01", note="已重新作出决定")
    go(b, "judge", judged_on="2025-06-03", outcome="confirm_illegal", effective_on="2025-06-21")
    go(c, "judge", judged_on="2025-06-04", outcome="dismiss_claim", effective_on="2025-06-22")
    go(d, "judge", judged_on="2025-06-05", outcome="withdrawn")
    units = Unit.objects.filter(pk=tree.yi.pk)
    # then 出庭应诉率 by case = 3 (A, B, D) ÷ 4 heard = 75.0
    v = compute("litigation.appearance_rate", units, year=2025)
    assert (v.numerator, v.denominator, v.value) == (3, 4, 75.0)
    # and by hearing = 4 of 6 hearings = 66.7
    set_setting("litigation.appearance_rate_basis", "hearing")
    v = compute("litigation.appearance_rate", units, year=2025)
    assert (v.numerator, v.denominator, v.value) == (4, 6, 66.7)
    # key cases (D only) = 100; 败诉率 = 2 lost ÷ 4 concluded = 50.0; 履行率 = 1 ÷ 2 = 50.0
    assert compute("litigation.key_appearance_rate", units, year=2025).value == 100.0
    assert compute("litigation.loss_rate", units, year=2025).value == 50.0
    assert compute("litigation.compliance_rate", units, year=2025).value == 50.0
    # given two 司法建议 (one replied in time, one open) and one 检察建议 replied late
    s1 = suggestion(reply_due_on="2025-05-01")
    go(s1, "reply", replied_on="2025-04-20", adopted="on")
    suggestion()
    s3 = suggestion(kind="procuratorial", issuer="甲区人民检察院", reply_due_on="2025-04-01")
    go(s3, "reply", replied_on="2025-04-15")
    # then 司法建议办复率 = 1 ÷ 2; 检察建议回复率 = 1 ÷ 1, but on time 0 ÷ 1
    assert compute("litigation.judicial_reply_rate", units, year=2025).value == 50.0
    assert compute("litigation.procuratorial_reply_rate", units, year=2025).value == 100.0
    assert compute("litigation.procuratorial_on_time_rate", units, year=2025).value == 0.0


def test_figures_page_states_the_unconfirmed_convention(tree, client_for):
    # when the figures page is opened
    page = client_for(tree.yi_operator).get("/litigation/figures/", {"year": 2025}).content.decode()
    # then the appearance rate says its formula is a setting
    assert "行政机关负责人出庭应诉率" in page and "口径未经确认" in page

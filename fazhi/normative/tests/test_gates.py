"""Each gate refused through the service, the web step form (409 + message) and the API (409 code/detail)."""

import json

import pytest

from fazhi.core.errors import GateRefused
from fazhi.core.workflow import perform

from .gate_cases import CASES, as_post, code_of


@pytest.fixture
def t(nt):
    from fazhi.org.services import user_create

    # a 一镇 clerk who is also its 法制审核员: may draft, may review others' drafts, never his own
    nt.yi_both = user_create(username="yi_both", password="pw-123456", unit=nt.yi,
                             roles=["operator", "legal_reviewer"], full_name="起草兼审核")
    return nt


def _state(obj):
    return type(obj).objects.get(pk=obj.pk).state


def _plural(obj):
    return type(obj).ledger().plural


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__)
def test_gate_refused_by_service(t, case):
    # given a record one step short of the gate's condition
    obj, user, name, data, = case(t)
    before = _state(obj)
    # when the step is attempted
    with pytest.raises(GateRefused) as exc:
        perform(obj=obj, name=name, user=user, data=as_post(data))
    # then it is refused with the rule's code and nothing changed
    assert exc.value.code == code_of(case)
    assert "（" in exc.value.detail or "：" in exc.value.detail
    assert _state(obj) == before


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__)
def test_gate_refused_on_web_form(t, case, client_for):
    obj, user, name, data = case(t)
    before = _state(obj)
    # when the clerk posts the step form
    resp = client_for(user).post(f"/l/normative/{_plural(obj)}/{obj.pk}/step/{name}/", as_post(data))
    # then the page answers 409 with the message, and the state is unchanged
    assert resp.status_code == 409
    assert f'data-code="{code_of(case)}"' in resp.content.decode()
    assert _state(obj) == before


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__)
def test_gate_refused_by_api(t, case, api_for):
    obj, user, name, data = case(t)
    before = _state(obj)
    resp = api_for(user).post(f"/api/normative/{_plural(obj)}/{obj.pk}/transitions/{name}",
                              data=json.dumps(as_post(data)), content_type="application/json")
    assert resp.status_code == 409
    body = resp.json()
    assert body["code"] == code_of(case) and body["detail"]
    assert _state(obj) == before

"""Each gate refused through the service, the web step form (409 + message) and the API (409 code/detail)."""

import json

import pytest

from fazhi.core.errors import GateRefused
from fazhi.core.workflow import perform

from .gate_cases import CASES


def _snapshot(obj):
    fresh = type(obj).objects.get(pk=obj.pk)
    return fresh.state, fresh.history.count()


def _post(data):
    return {k: v for k, v in data.items() if v != ""}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__)
def test_gate_refused_by_service(dt_, case):
    # given a record one step short of the gate's condition
    obj, user, name, data = case(dt_)
    before = _snapshot(obj)
    # when the step is attempted, then it is refused with the rule's code and nothing is written
    with pytest.raises(GateRefused) as exc:
        perform(obj=obj, name=name, user=user, data=_post(data))
    assert exc.value.code == case.__name__
    assert "条例" in exc.value.detail or "（" in exc.value.detail
    assert _snapshot(obj) == before


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__)
def test_gate_refused_on_web_form(dt_, case, client_for):
    obj, user, name, data = case(dt_)
    before = _snapshot(obj)
    resp = client_for(user).post(f"/l/decisions/{type(obj).ledger().plural}/{obj.pk}/step/{name}/", _post(data))
    assert resp.status_code == 409
    assert f'data-code="{case.__name__}"' in resp.content.decode()
    assert _snapshot(obj) == before


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__)
def test_gate_refused_by_api(dt_, case, api_for):
    obj, user, name, data = case(dt_)
    before = _snapshot(obj)
    resp = api_for(user).post(f"/api/decisions/{type(obj).ledger().plural}/{obj.pk}/transitions/{name}",
                              data=json.dumps(_post(data)), content_type="application/json")
    assert resp.status_code == 409
    assert resp.json()["code"] == case.__name__ and resp.json()["detail"]
    assert _snapshot(obj) == before

import datetime as dt

from django.contrib.auth.models import AnonymousUser

from fazhi.core.services import record_create
from fazhi.publicity.models import Activity


def _activity(user, unit=None, title="宣传"):
    return record_create(ledger=Activity.ledger(), user=user, unit=unit, data={
        "held_on": dt.date(2025, 3, 15), "title": title, "venue_type": "village", "audience": "farmers",
        "attendance": 10, "materials": 0, "boards": 0, "vehicles": 0, "consultations": 0,
    })


def test_each_role_sees_exactly_its_scope(tree):
    # given one record in 一镇, one in its village, one in 二镇 and one at the district
    own = _activity(tree.yi_operator, title="一镇")
    village = _activity(tree.yi_operator, unit=tree.yi_village, title="甲村")
    sibling = _activity(tree.er_operator, title="二镇")
    district = _activity(tree.jia_operator, title="甲区")
    qs = Activity.objects
    # then a township user sees own unit + own villages only
    assert set(qs.restrict(tree.yi_operator)) == {own, village}
    assert set(qs.restrict(tree.er_operator)) == {sibling}
    # an inspector sees the whole subtree below, a district operator only the district's own
    assert set(qs.restrict(tree.jia_inspector)) == {own, village, sibling, district}
    assert set(qs.restrict(tree.jia_operator)) == {district}
    # an inspector reads the subtree but writes only for its own unit
    assert set(qs.restrict(tree.jia_inspector, "change")) == {district}
    # an administrator sees everything; an anonymous visitor nothing
    assert qs.restrict(tree.admin).count() == 4
    assert qs.restrict(AnonymousUser()).count() == 0


def test_a_user_cannot_write_into_a_sibling_unit(tree):
    import pytest

    from fazhi.core.errors import InvalidInput

    with pytest.raises(InvalidInput) as exc:
        _activity(tree.yi_operator, unit=tree.er)
    assert "本单位" in exc.value.detail
    assert Activity.objects.count() == 0

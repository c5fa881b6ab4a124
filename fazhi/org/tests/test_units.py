import pytest
from django.core.exceptions import ValidationError

from fazhi.core.errors import GateRefused
from fazhi.org.models import Unit
from fazhi.org.services import unit_create, unit_move


def test_subtree_paths_follow_a_move_and_history_keeps_the_old_parent(tree):
    # given a township with a village under district 甲区, and a second district
    other = unit_create(name="乙区", level="county", parent=tree.city)
    # when the township moves
    unit_move(unit=tree.yi, new_parent=other)
    # then it and its village carry the new path, and history remembers where it was
    yi = Unit.objects.get(pk=tree.yi.pk)
    village = Unit.objects.get(pk=tree.yi_village.pk)
    assert yi.path == f"{other.path}{yi.pk}/"
    assert village.path.startswith(yi.path)
    assert list(Unit.objects.subtree_of(other)) == [other, yi, village]
    parents = [h.parent_id for h in yi.history.order_by("history_date")]
    assert tree.district.pk in parents and parents[-1] == other.pk


def test_a_unit_cannot_move_under_itself(tree):
    with pytest.raises(GateRefused):
        unit_move(unit=tree.district, new_parent=tree.yi)


def test_levels_must_fit_the_tree(tree):
    # a township directly under a province is refused with a Chinese message
    with pytest.raises(ValidationError) as exc:
        unit_create(name="错镇", level="township", parent=tree.city)
    assert "不能设在" in exc.value.messages[0]
    # a department may hang under a township's government
    assert unit_create(name="一镇综合执法大队", level="department", parent=tree.yi).level == "department"

"""Figures equal hand counts; own vs rolled up; rates recomputed from summed parts; voided records left out."""

import datetime as dt

from fazhi.core.services import record_void
from fazhi.indicators.registry import compute_for, units_in_scope
from fazhi.indicators.selectors import indicator_values

from .helpers import add_activity


def test_count_sum_rate_ratio_equal_hand_counts(tree, inds):
    # given: three activities of 一镇 in 2024 (one on a campaign day), one in 2023, one voided
    add_activity(tree.yi_operator, attendance=100, consultations=10, campaign=True)
    add_activity(tree.yi_operator, attendance=50, consultations=5)
    add_activity(tree.yi_operator, attendance=30, consultations=0)
    add_activity(tree.yi_operator, on=dt.date(2023, 6, 1), attendance=999)
    void = add_activity(tree.yi_operator, attendance=1000, campaign=True)
    record_void(user=tree.yi_operator, obj=void, reason="重复登记")
    # when
    values = indicator_values(tree.yi, year=2024)
    # then: 3 activities, 180 people, 1 of 3 on a campaign day, 15 consultations per 180 people
    assert values["tst.activities"][1].value == 3
    assert values["tst.attendance"][1].value == 180
    rate = values["tst.campaign_rate"][1]
    assert (rate.value, rate.numerator, rate.denominator) == (33.3, 1, 3)
    assert len(rate.denominator_ids) == 3 and len(rate.record_ids) == 1
    ratio = values["tst.consult_ratio"][1]
    assert (ratio.value, ratio.numerator, ratio.denominator) == (8.3, 15, 180)
    assert void.pk not in values["tst.activities"][1].record_ids


def test_own_figure_includes_villages_and_rollup_sums_the_subtree(tree, inds):
    # given: 一镇 own (1) + its village (1), 二镇 (2), the district itself (1)
    add_activity(tree.yi_operator, attendance=10)
    add_activity(tree.yi_operator, attendance=20, unit=tree.yi_village)
    add_activity(tree.er_operator, attendance=30)
    add_activity(tree.er_operator, attendance=40)
    add_activity(tree.jia_operator, attendance=5)
    # when / then
    assert compute_for("tst.activities", tree.yi, year=2024).value == 2
    assert compute_for("tst.activities", tree.district, year=2024).value == 1
    rolled = compute_for("tst.activities", tree.district, year=2024, rollup=True)
    assert rolled.value == 5
    assert compute_for("tst.attendance", tree.district, year=2024, rollup=True).value == 105


def test_rolled_up_rate_is_recomputed_from_parts_not_averaged(tree, inds):
    # given: 一镇 1 of 2 on a campaign day (50%), 二镇 3 of 3 (100%)
    add_activity(tree.yi_operator, campaign=True)
    add_activity(tree.yi_operator)
    for _ in range(3):
        add_activity(tree.er_operator, campaign=True)
    # when
    rolled = compute_for("tst.campaign_rate", tree.district, year=2024, rollup=True)
    # then: 4 / 5 = 80%, not (50 + 100) / 2 = 75%
    assert (rolled.numerator, rolled.denominator, rolled.value) == (4, 5, 80.0)


def test_date_range_and_rounding_half_up(tree, inds):
    # given: 2 of 3 activities in the first half of 2024 on a campaign day
    add_activity(tree.yi_operator, on=dt.date(2024, 1, 10), campaign=True)
    add_activity(tree.yi_operator, on=dt.date(2024, 6, 30), campaign=True)
    add_activity(tree.yi_operator, on=dt.date(2024, 3, 3))
    add_activity(tree.yi_operator, on=dt.date(2024, 7, 1))
    # when
    v = compute_for("tst.campaign_rate", tree.yi, start=dt.date(2024, 1, 1), end=dt.date(2024, 6, 30))
    # then: 2/3 = 66.666… → 66.7
    assert (v.numerator, v.denominator, v.value) == (2, 3, 66.7)


def test_a_person_only_counts_units_they_may_view(tree, inds):
    # given: records in both sibling townships
    add_activity(tree.yi_operator)
    add_activity(tree.er_operator)
    # when: 二镇's clerk asks for the district's rolled-up figure
    units = units_in_scope(tree.district, True, tree.er_operator)
    v = compute_for("tst.activities", tree.district, year=2024, rollup=True, user=tree.er_operator)
    # then: 一镇 is not in their figure; the district's inspector sees both
    assert tree.yi not in units
    assert v.value == 1
    assert compute_for("tst.activities", tree.district, year=2024, rollup=True, user=tree.jia_inspector).value == 2

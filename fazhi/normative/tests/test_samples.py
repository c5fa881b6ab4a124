"""Every ledger of issues 3's apps has a working ``sample`` that stays inside its unit's scope."""

import pytest

from fazhi.core.ledgers import LEDGERS

KEYS = sorted(k for k, ledger in LEDGERS.items() if ledger.app in ("normative", "decisions", "advisers"))


@pytest.mark.parametrize("key", KEYS)
def test_sample_is_created_in_the_unit_and_hidden_from_the_sibling(tree, key):
    ledger = LEDGERS[key]
    # given a sample record made by 一镇's clerk
    obj = ledger.sample(tree.yi, tree.yi_operator)
    # then it belongs to 一镇, 一镇 sees it and 二镇 does not
    assert obj.unit == tree.yi
    assert ledger.model.objects.restrict(tree.yi_operator).filter(pk=obj.pk).exists()
    assert not ledger.model.objects.restrict(tree.er_operator).filter(pk=obj.pk).exists()

"""Every ledger of the five request/dispute apps: list, detail (with clocks), form, Excel, API, and no
sibling access — one sample record each, created by the ledger's own ``sample``."""

import pytest

from fazhi.core.ledgers import LEDGERS

pytestmark = pytest.mark.django_db

APPS = ("petitions", "disputes", "reconsideration", "litigation", "disclosure")
KEYS = sorted(k for k, l in LEDGERS.items() if l.app in APPS)


@pytest.mark.parametrize("key", KEYS)
def test_ledger_pages_and_scope(key, tree, client_for, api_for):
    ledger = LEDGERS[key]
    # given one record of 一镇
    obj = ledger.sample(tree.yi, tree.yi_operator)
    base = f"/l/{ledger.app}/{ledger.plural}/"
    client = client_for(tree.yi_operator)
    # when its pages are opened by the clerk
    for url in (base, f"{base}{obj.pk}/", f"{base}new/", f"{base}{obj.pk}/edit/"):
        assert client.get(url).status_code == 200, url
    for url in (f"{base}template.xlsx", f"{base}?export=xlsx"):
        resp = client.get(url)
        assert resp.status_code == 200 and resp.content[:2] == b"PK", url
    api = api_for(tree.yi_operator).get(f"/api/{ledger.app}/{ledger.plural}/{obj.pk}")
    assert api.status_code == 200 and api.json()["id"] == obj.pk
    # then the sibling township sees nothing
    assert client_for(tree.er_operator).get(f"{base}{obj.pk}/").status_code == 404
    assert api_for(tree.er_operator).get(f"/api/{ledger.app}/{ledger.plural}/{obj.pk}").status_code == 404


def test_figure_pages_render(tree, client_for):
    client = client_for(tree.jia_inspector)
    for url in ("/petitions/figures/", "/disputes/stats/", "/disputes/monthly/", "/reconsideration/figures/",
                "/litigation/figures/", "/disclosure/figures/", "/disclosure/annual-report/", "/"):
        assert client.get(url).status_code == 200, url

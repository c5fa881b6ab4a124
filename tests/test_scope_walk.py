"""Sibling-unit access: 404 on every object URL and every API path with an id (issue 2 item 5).

Generated from the URL conf and the OpenAPI schema: a record of every registered ledger is made
in 一镇 with the ledger's ``sample``; a user of the sibling 二镇 then requests every object page
and every API path with an id, by every method the schema offers, and must get 404 — the same
answer as for a missing record.
"""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from fazhi.core.ledgers import LEDGERS
from fazhi.web.objecturls import OBJECT_URLS

GENERIC_ARGS = {"app", "plural", "pk"}


def _walk(patterns, prefix=""):
    for p in patterns:
        if isinstance(p, URLResolver):
            ns = f"{p.namespace}:" if p.namespace else ""
            for n, r, c in _walk(p.url_patterns, prefix + str(p.pattern)):
                yield (ns + n if ns and n and ":" not in n else n), r, c
        elif isinstance(p, URLPattern):
            yield p.name, prefix + str(p.pattern), p.pattern.converters if hasattr(p.pattern, "converters") else {}


def _object_patterns():
    out = []
    for name, route, _ in _walk(get_resolver().url_patterns):
        if route.startswith("admin/") or route.startswith("api/"):
            continue
        args = set(re.findall(r"<(?:\w+:)?(\w+)>", route))
        if args & {"pk", "id"} or any(a.endswith("_id") or a.endswith("_pk") for a in args):
            out.append((name, route, args))
    return out


@pytest.fixture
def samples(tree):
    objs = {}
    for key, ledger in LEDGERS.items():
        assert ledger.sample is not None, f"台账 {key} 没有声明 sample，无法生成越权访问测试"
        obj = ledger.sample(tree.yi, tree.yi_operator)
        assert obj.unit == tree.yi, f"{key}.sample 必须在给定单位中创建记录"
        objs[key] = obj
    return objs


def test_every_object_page_is_404_for_a_sibling(tree, samples, client_for):
    client = client_for(tree.er_operator)
    checked = 0
    for name, route, args in _object_patterns():
        if args == GENERIC_ARGS or args == GENERIC_ARGS | {"name"}:
            for key, obj in samples.items():
                ledger = LEDGERS[key]
                kwargs = {"app": ledger.app, "plural": ledger.plural, "pk": obj.pk}
                if "name" in args:
                    kwargs["name"] = "any"
                url = reverse(name, kwargs=kwargs)
                for method in ("get", "post"):
                    resp = getattr(client, method)(url)
                    assert resp.status_code == 404, f"{method.upper()} {url} → {resp.status_code}"
                    checked += 1
            continue
        assert name in OBJECT_URLS, f"对象页面 {route}（{name}）未在 fazhi.web.objecturls 登记，无法检查越权访问"
        spec = OBJECT_URLS[name]
        obj = next((o for o in samples.values() if isinstance(o, spec.model)), None)
        if obj is None and spec.make is not None:
            obj = spec.make(tree.yi, tree.yi_operator)
        assert obj is not None, f"{name}: 没有 {spec.model.__name__} 的样例记录（请在登记时提供 make）"
        kwargs = {spec.kwarg: obj.pk, **(spec.extra(obj) if spec.extra else {})}
        url = reverse(name, kwargs=kwargs)
        missing = reverse(name, kwargs={**kwargs, spec.kwarg: 99999999})
        for method in ("get", "post"):
            resp = getattr(client, method)(url)
            if resp.status_code != 404:
                # a method the page does not take is refused before any lookup: allowed only if a
                # missing id gets the very same answer (nothing tells the sibling the record exists)
                same = getattr(client, method)(missing).status_code
                assert resp.status_code == same == 405, f"{method.upper()} {url} → {resp.status_code}（不存在的记录为 {same}）"
            checked += 1
    assert checked >= 2 * len(samples)


def test_every_api_path_with_an_id_is_404_for_a_sibling(tree, samples, api_for, client):
    client.force_login(tree.admin)
    schema = client.get("/api/openapi.json").json()
    api = api_for(tree.er_operator)
    by_prefix = {f"/api/{LEDGERS[k].app}/{LEDGERS[k].plural}/": o for k, o in samples.items()}
    checked = 0
    for path, ops in schema["paths"].items():
        if "{id}" not in path:
            continue
        prefix = next((p for p in by_prefix if path.startswith(p)), None)
        assert prefix is not None, f"API 路径 {path} 无法对应到台账样例，越权测试无法覆盖"
        url = path.replace("{id}", str(by_prefix[prefix].pk)).replace("{name}", "any")
        for method in ops:
            resp = getattr(api, method)(url, data={}, content_type="application/json")
            assert resp.status_code == 404, f"{method.upper()} {url} → {resp.status_code} {resp.content[:200]}"
            assert resp.json()["code"] == "not_found"
            checked += 1
    assert checked >= len(samples)


def test_the_same_paths_answer_200_for_the_owner(tree, samples, client_for):
    # guards the test above: the 404s are about scope, not about broken pages
    client = client_for(tree.yi_operator)
    for key, obj in samples.items():
        ledger = LEDGERS[key]
        assert client.get(reverse("ledger_detail", args=[ledger.app, ledger.plural, obj.pk])).status_code == 200
    # and the inspector of the district reads them too
    client = client_for(tree.jia_inspector)
    for key, obj in samples.items():
        ledger = LEDGERS[key]
        assert client.get(reverse("ledger_detail", args=[ledger.app, ledger.plural, obj.pk])).status_code == 200

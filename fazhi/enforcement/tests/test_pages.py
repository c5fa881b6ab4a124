"""Pages and Excel of the enforcement ledgers render for their users and stay inside their scope."""

import io

from openpyxl import load_workbook

from fazhi.core import excel
from fazhi.enforcement import samples
from fazhi.enforcement.models import Case

from .helpers import new_case, run


def test_case_detail_shows_standing_major_av_deadlines_and_steps(tree, yi, client_for):
    c = run(tree, new_case(tree, yi, complex_case="on", kind="coercion", measure="seize"), "register")
    page = client_for(tree.yi_operator).get(f"/l/enforcement/cases/{c.pk}/").content.decode()
    assert 'id="case-panel"' in page and yi.a.name in page
    assert "重大执法决定" in page and "案件情况疑难复杂" in page
    assert 'id="av-missing"' in page
    assert 'data-step="decide"' not in page  # the operator may not decide (负责人)
    leader_page = client_for(tree.yi_leader).get(f"/l/enforcement/cases/{c.pk}/").content.decode()
    assert 'data-step="decide"' in leader_page


def test_other_pages_render(tree, yi, client_for):
    plan = samples.drawn_plan(tree.yi, tree.yi_operator)
    run(tree, new_case(tree, yi), "register")
    client = client_for(tree.yi_operator)
    for url, words in ((f"/l/enforcement/random_plans/{plan.pk}/", "复核抽取结果"),
                       (f"/l/enforcement/officers/{yi.a.pk}/", "持有有效执法证"),
                       ("/enforcement/enterprises/", "示例商贸有限公司"),
                       ("/enforcement/alerts/", "执法监督预警"),
                       ("/l/enforcement/cases/", "执法案件")):
        resp = client.get(url)
        assert resp.status_code == 200 and words in resp.content.decode(), url


def test_enterprise_ledger_export(tree, yi, client_for):
    run(tree, new_case(tree, yi, party_code="91500000XYZ"), "register")
    resp = client_for(tree.yi_operator).get("/enforcement/enterprises/?export=xlsx")
    ws = load_workbook(io.BytesIO(resp.content)).active
    assert [c.value for c in ws[2]][1] == "91500000XYZ"


def test_case_excel_template_import_and_export(tree, yi):
    # given the case ledger's template filled in with one row
    ledger = Case.ledger()
    wb = load_workbook(io.BytesIO(excel.template_workbook(ledger, tree.yi_operator)))
    ws = wb["台账"]
    headers = [str(c.value).rstrip("*") for c in ws[1]]
    row = {"案号": "执法〔2025〕99号", "案件类型": "行政处罚", "程序": "普通程序", "执法主体": yi.body.name,
           "案由/事项": "占道经营", "当事人（执法对象）": "张三", "当事人类型": "自然人",
           "承办执法人员": f"{yi.a}、{yi.b}", "决定应当公示": "是"}
    ws.append([row.get(h, "") for h in headers])
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    # when imported
    result = excel.import_workbook(ledger, tree.yi_operator, buf)
    # then the case exists as a draft with both officers, and the export re-reads it
    assert result.ok, [str(e) for e in result.errors]
    case = Case.objects.get(case_no="执法〔2025〕99号")
    assert case.state == "draft" and set(case.officers.all()) == {yi.a, yi.b}
    out = load_workbook(io.BytesIO(excel.export_workbook(ledger, tree.yi_operator, Case.objects.filter(pk=case.pk))))
    assert "执法〔2025〕99号" in [c.value for c in out["台账"][2]]


def test_sibling_township_cannot_see_or_act(tree, yi, client_for, api_for):
    c = run(tree, new_case(tree, yi), "register")
    assert client_for(tree.er_operator).get(f"/l/enforcement/cases/{c.pk}/").status_code == 404
    assert api_for(tree.er_operator).post(f"/api/enforcement/cases/{c.pk}/transitions/investigate", {},
                                          content_type="application/json").status_code == 404
    # an inspector above reads it but may not act on it
    assert client_for(tree.jia_inspector).get(f"/l/enforcement/cases/{c.pk}/").status_code == 200
    assert api_for(tree.jia_inspector).post(f"/api/enforcement/cases/{c.pk}/transitions/investigate", {},
                                            content_type="application/json").status_code in (403, 404)


def test_every_ledger_sample_stays_in_its_unit(tree, holidays):
    # given one sample record per enforcement ledger, made by the 一镇 clerk
    from fazhi.core.ledgers import LEDGERS

    for key, ledger in LEDGERS.items():
        if ledger.app != "enforcement":
            continue
        obj = ledger.sample(tree.yi, tree.yi_operator)
        qs = ledger.model.objects.filter(pk=obj.pk)
        # then 一镇 and the district inspector see it, 二镇 does not
        assert qs.restrict(tree.yi_operator).exists(), key
        assert qs.restrict(tree.jia_inspector).exists(), key
        assert not qs.restrict(tree.er_operator).exists(), key

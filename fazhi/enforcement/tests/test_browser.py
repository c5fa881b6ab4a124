"""Browser: a case from 立案 to 结案 with publication, by the clerk and the head of 一镇."""

import pytest

from fazhi.enforcement.models import Case


def _login(page, url, username):
    page.context.clear_cookies()
    page.goto(f"{url}/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "pw-123456")
    page.click("button[type=submit], input[type=submit]")
    page.wait_for_url(f"{url}/")


def _step(page, name, **fields):
    page.click(f"a[data-step={name}]")
    for field, value in fields.items():
        if value is True:
            page.check(f"[name={field}]")
        elif page.locator(f"select[name={field}]").count():
            page.select_option(f"select[name={field}]", value)
        else:
            page.fill(f"[name={field}]", value)
    page.click("button.primary")
    page.wait_for_selector("#case-panel")


@pytest.mark.browser
def test_case_from_registration_to_closure_with_publication(live_server, page, tree, yi):
    url = live_server.url
    # given the 一镇 clerk registers a case on the generic form with two certified officers
    _login(page, url, "yi_operator")
    page.goto(f"{url}/l/enforcement/cases/new/")
    page.fill("input[name=case_no]", "一镇综执罚〔2025〕7号")
    page.select_option("select[name=body]", str(yi.body.pk))
    page.fill("input[name=cause]", "占道经营")
    page.fill("input[name=party_name]", "一镇示例餐馆")
    page.select_option("select[name=party_type]", "sole_trader")
    page.fill("input[name=party_code]", "92500000MA7777777X")
    page.select_option("select[name=officers]", [str(yi.a.pk), str(yi.b.pk)])
    page.click("button.primary")
    page.wait_for_selector("#case-panel")
    assert "待立案" in page.locator("main").inner_text()
    # when it is registered, investigated and the proposed penalty notified
    _step(page, "register", registered_on="2025-03-03")
    assert page.locator("li[data-rule='penalty.case']").count() == 1   # the 90-day clock runs
    _step(page, "investigate", investigated_on="2025-03-10", facts="店外占用人行道经营，经劝导未改正。")
    _step(page, "notify", notified_on="2025-03-11", proposed_penalty="罚款500元", rights_waived=True)
    case_url = page.url
    # and the head decides, applying the 裁量基准
    _login(page, url, "yi_leader")
    page.goto(case_url)
    _step(page, "decide", decided_on="2025-03-14", decision_no="一镇综执罚决〔2025〕7号", outcome="penalty",
          penalty_content="罚款", fine_amount="500", discretion_standard="城市管理裁量基准第12项", discretion_level="lighter")
    # and the clerk serves, publishes, records the payment and closes it
    _login(page, url, "yi_operator")
    page.goto(case_url)
    _step(page, "serve", served_on="2025-03-17", method="in_person")
    _step(page, "publish", published_on="2025-03-18", channel="一镇人民政府网站执法公示专栏")
    _step(page, "execute", executed_on="2025-03-25", execution="voluntary")
    _step(page, "close", closed_on="2025-03-26")
    # then the case is closed, published in time, and every step is on the timeline
    assert "已结案" in page.locator("main").inner_text()
    assert "2025-03-18 已公示" in page.locator("#publication").inner_text()
    assert "按期完成" in page.locator("li[data-rule='enforcement.publish_penalty']").inner_text()
    timeline = page.locator("ol.timeline").inner_text()
    for label in ("立案", "调查终结", "作出决定", "送达", "公示执法决定", "执行", "结案"):
        assert label in timeline
    case = Case.objects.get(case_no="一镇综执罚〔2025〕7号")
    assert (case.state, str(case.published_on)) == ("closed", "2025-03-18")

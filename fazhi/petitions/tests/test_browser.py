"""Browser: a clerk-leader registers a petition, accepts it, extends it once, replies and records 回访."""

import datetime as dt

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.browser
def test_register_extend_reply_follow_up(live_server, page, tree):
    from fazhi.petitions.models import Petition
    from fazhi.petitions.services import petition_register

    today = dt.date.today()
    earlier = petition_register(ledger=Petition.ledger(), user=tree.yi_operator, data={
        "channel": "phone", "received_on": (today - dt.timedelta(days=40)).isoformat(), "stage": "initial",
        "petitioner_name": "陈某", "petitioner_phone": "139-0000-2222", "headcount": 1, "matter": "反映排水沟堵塞",
        "category": "claim"})
    # given the 一镇 负责人 logged in
    page.goto(f"{live_server.url}/login/")
    page.fill("input[name=username]", "yi_leader")
    page.fill("input[name=password]", "pw-123456")
    page.click("button[type=submit], input[type=submit]")
    # when a visit is registered on the generic form
    page.goto(f"{live_server.url}/l/petitions/petitions/new/")
    page.select_option("select[name=channel]", "visit")
    page.fill("input[name=received_on]", (today - dt.timedelta(days=10)).isoformat())
    page.fill("input[name=petitioner_name]", "陈某")
    page.fill("input[name=petitioner_phone]", "13900002222")
    page.press("input[name=petitioner_phone]", "Tab")
    # then the earlier phone call by the same person is offered as a possible repeat (htmx)
    page.wait_for_selector("#repeat-hint [data-repeat-count]")
    assert earlier.reference_no in page.locator("#repeat-hint").inner_text()
    page.fill("textarea[name=matter]", "反映小区排水沟堵塞，雨天积水进屋，请求疏通。")
    page.click("button.primary")
    # then the detail page shows the number and the running 15-日 clock
    page.wait_for_selector("text=已登记")
    assert "还剩" in page.locator("li[data-rule='petition.register']").inner_text()
    # when it is accepted
    page.click("a[data-step=accept]")
    page.fill("input[name=accepted_on]", (today - dt.timedelta(days=9)).isoformat())
    page.fill("input[name=notice_on]", (today - dt.timedelta(days=9)).isoformat())
    page.click("button.primary")
    page.wait_for_selector("li[data-rule='petition.handle']")
    # and extended once by the leader
    page.click("a[data-step=extend]")
    page.fill("input[name=approved_on]", (today - dt.timedelta(days=5)).isoformat())
    page.fill("textarea[name=reason]", "涉及多个部门，需联合核实")
    page.click("button.primary")
    page.wait_for_selector("text=延期理由")
    page.locator("li[data-rule='petition.handle'] summary").click()
    assert "——延长——" in page.locator("li[data-rule='petition.handle']").inner_text()
    # and answered with an 答复意见书
    page.click("a[data-step=reply]")
    page.fill("input[name=replied_on]", today.isoformat())
    page.fill("input[name=doc_no]", "一镇信复〔2025〕1号")
    page.select_option("select[name=opinion]", "support")
    page.select_option("select[name=result]", "solved")
    page.click("button.primary")
    page.wait_for_selector("text=已办结")
    # and the 回访 is recorded
    page.click("a[data-step=follow_up]")
    page.fill("input[name=follow_up_on]", today.isoformat())
    page.select_option("select[name=satisfaction]", "basic")
    page.click("button.primary")
    # then the record shows the result and the satisfaction as separate facts, and the handle clock met
    page.wait_for_selector("text=基本满意")
    body = page.locator("main").inner_text()
    assert "问题已解决" in body and "基本满意" in body
    assert "按期完成" in page.locator("li[data-rule='petition.handle']").inner_text()

"""Browser: one 规范性文件 from 起草 to 备案 in Chromium, the review done by the designated 区司法局."""

import pytest

from fazhi.normative.models import NormativeDocument


def _login(page, live_server, username):
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "pw-123456")
    page.click("button[type=submit]")
    page.wait_for_selector("text=工作台")


def _step(page, name, fields, selects=None, checks=()):
    page.click(f"a[data-step={name}]")
    for field, value in fields.items():
        page.fill(f"[name={field}]", value)
    for field, value in (selects or {}).items():
        page.select_option(f"select[name={field}]", value)
    for field in checks:
        page.check(f"input[name={field}]")
    page.click("button.primary")
    page.wait_for_selector("text=已办理")


@pytest.mark.browser
def test_a_document_from_draft_to_filing(live_server, page, nt):
    # given the 一镇 clerk logged in, who drafts a document on the generic form
    _login(page, live_server, "yi_operator")
    page.goto(f"{live_server.url}/l/normative/documents/new/")
    page.select_option("select[name=issuing_body]", str(nt.body.pk))
    page.fill("input[name=title]", "一镇农村人居环境整治奖补办法")
    page.fill("input[name=comment_exempt_reason]", "内部奖补标准，不涉及群众切身利益")
    page.uncheck("input[name=comment_required]")
    page.click("button.primary")
    page.wait_for_selector("text=起草中")
    doc_url = page.url
    # when it is sent for legality review
    _step(page, "submit_review", {"submitted_on": "2024-03-04", "materials": "送审稿及起草说明", "drafter_opinion": "经审查合法"})
    assert "合法性审核中" in page.locator("main").inner_text()
    # and the 甲区司法局 reviewer opens the request from the home page and gives a 合法 opinion
    _login(page, live_server, "bureau_reviewer")
    page.click("#widget-normative a")
    page.wait_for_selector("#review-package")
    checks = ["check_body", "check_power", "check_conformity", "check_no_powers", "check_no_burden", "check_procedure"]
    _step(page, "give_opinion", {"opinion_on": "2024-03-14", "opinion_text": "经审核，合法。"}, {"opinion": "lawful"}, checks)
    # then the 一镇 leader deliberates it, and the clerk issues, publishes and files it
    _login(page, live_server, "yi_leader")
    page.goto(doc_url)
    assert "审核通过" in page.locator("main").inner_text()
    _step(page, "deliberate", {"deliberated_on": "2024-03-18", "meeting": "镇政府第3次常务会议"}, {"outcome": "passed"})
    _login(page, live_server, "yi_operator")
    page.goto(doc_url)
    _step(page, "issue", {"issued_on": "2024-03-20"})
    assert page.locator("#doc-no").inner_text() == "甲一府发〔2024〕1号"
    _step(page, "publish", {"published_on": "2024-03-21", "published_where": "镇政府网站"})
    _step(page, "file", {"filed_on": "2024-04-01", "filed_with": "甲区人民政府"})
    body = page.locator("main").inner_text()
    assert "已备案" in body and "甲区人民政府" in body
    doc = NormativeDocument.objects.get()
    assert (doc.state, doc.doc_no, str(doc.filed_on)) == ("filed", "甲一府发〔2024〕1号", "2024-04-01")

"""Browser: the clerk records a 党委会 with agenda items and the leader sees the 第一责任人 counts change."""

import pytest


def _login(page, url, username):
    page.context.clear_cookies()
    page.goto(f"{url}/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "pw-123456")
    page.click("button[type=submit]")
    page.wait_for_url(f"{url}/")


def _count(page, key):
    return page.locator(f"tr[data-key='{key}'] td.num").first.inner_text().split()[0]


def _agenda(page, topic, title, rule_of_law=True):
    page.click("#add-agenda")
    page.select_option("select[name=topic]", topic)
    page.fill("input[name=title]", title)
    if not rule_of_law:
        page.uncheck("input[name=rule_of_law]")
    page.click("#agenda-form button.primary")
    page.wait_for_selector("#agenda-items")


@pytest.mark.browser
def test_a_meeting_with_agenda_items_changes_the_leader_duty_counts(live_server, page, tree):
    url = live_server.url
    # given the leader's page shows no 党委会 and no report heard in 2025
    _login(page, url, "yi_leader")
    page.goto(f"{url}/leadership/duties/?year=2025")
    assert _count(page, "leadership.agenda_report_heard") == "0"
    assert page.locator("tr[data-key='leadership.meetings_party_committee'] td.principal").inner_text() == "0"
    # when the clerk records a 党委会 chaired by the 党委书记 on the generic form
    _login(page, url, "yi_operator")
    page.goto(f"{url}/l/leadership/meetings/new/")
    page.select_option("select[name=kind]", "party_committee")
    page.fill("input[name=held_on]", "2025-03-05")
    page.select_option("select[name=chair_role]", "party_secretary")
    page.fill("input[name=title]", "镇党委会")
    page.click("form.card button.primary")
    page.wait_for_selector("#agenda-items")
    # and adds two 法治 items (a report heard, a deployment) and one item that is not about 法治
    _agenda(page, "report_heard", "听取法治政府建设工作情况汇报")
    _agenda(page, "deployment", "部署八五普法年度工作")
    _agenda(page, "report_heard", "听取经济运行情况汇报", rule_of_law=False)
    assert page.locator("#agenda-items tbody tr").count() == 3
    # then the leader sees one meeting chaired by a principal leader, one report heard and one deployment
    _login(page, url, "yi_leader")
    page.goto(f"{url}/leadership/duties/?year=2025")
    assert page.locator("tr[data-key='leadership.meetings_party_committee'] td.principal").inner_text() == "1"
    assert _count(page, "leadership.agenda_report_heard") == "1"
    assert _count(page, "leadership.agenda_deployment") == "1"
    # and the count links to the agenda items it was computed from
    page.click("tr[data-key='leadership.agenda_report_heard'] a")
    assert "听取法治政府建设工作情况汇报" in page.locator("main").inner_text()
    assert "听取经济运行情况汇报" not in page.locator("main").inner_text()

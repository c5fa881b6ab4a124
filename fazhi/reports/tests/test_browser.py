"""Browser: draft a report, follow a figure to its records, see the dashboard chart."""

import pytest

from fazhi.indicators.tests.helpers import add_activity


def _login(page, url, username):
    page.context.clear_cookies()
    page.goto(f"{url}/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "pw-123456")
    page.click("button[type=submit]")
    page.wait_for_selector("text=工作台")


@pytest.mark.browser
def test_draft_a_report_and_trace_a_figure_to_its_records(live_server, page, tree, inds):
    # given: two 普法 activities of 一镇 in 2024
    add_activity(tree.yi_operator, title="宪法宣传进村", campaign=True)
    add_activity(tree.yi_operator, title="禁毒宣传进校园")
    url = live_server.url
    _login(page, url, "yi_operator")
    # when: the clerk creates the 2024 report on the generic form and opens its text
    page.goto(f"{url}/l/reports/annual_reports/new/")
    page.fill("input[name=year]", "2024")
    page.click("button.primary")
    page.click("#open-workspace")
    # then: the 普法 figure is a link; following it lists the two activities
    fig = page.locator('a.fig[data-key="tst.activities"]').first
    assert fig.inner_text() == "2"
    fig.click()
    page.wait_for_selector("#records")
    rows = page.locator("#records tbody tr").all_inner_texts()
    assert len(rows) == 2 and any("宪法宣传进村" in r for r in rows)
    # and the dashboard draws the figure by year with ECharts
    page.goto(f"{url}/indicators/dashboard/?year=2024&key=tst.activities")
    page.wait_for_selector("#chart-years svg")
    assert "2024年" in page.locator("#chart-years").inner_text()

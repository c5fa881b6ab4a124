"""Browser: the whole 整改 cycle between the district inspector and a township, with its history."""

import pytest


def _login(page, url, username):
    page.context.clear_cookies()
    page.goto(f"{url}/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "pw-123456")
    page.click("button[type=submit]")
    page.wait_for_selector("text=工作台")


@pytest.mark.browser
def test_finding_returned_resubmitted_and_accepted(live_server, page, tree, inspection, tmp_path):
    url = live_server.url
    evidence = tmp_path / "备案回执.pdf"
    evidence.write_bytes(b"%PDF-1.4 demo")
    # given the district inspector raises a problem for 一镇 on the generic form
    _login(page, url, "jia_inspector")
    page.goto(f"{url}/l/supervision/findings/new/")
    page.select_option("select[name=inspection]", str(inspection.pk))
    page.select_option("select[name=responsible_unit]", str(tree.yi.pk))
    page.select_option("select[name=category]", "records")
    page.fill("textarea[name=description]", "规范性文件备案材料不全")
    page.fill("textarea[name=requirement]", "补齐备案回执")
    page.fill("input[name=found_on]", "2020-08-10")
    page.fill("input[name=due_on]", "2020-09-30")
    page.click("button.primary")
    page.wait_for_selector("#state:has-text('待整改')")
    detail = page.url
    # when 一镇 reports its 整改 with a file
    _login(page, url, "yi_operator")
    page.goto(detail)
    page.click("a[data-step=submit]")
    page.fill("textarea[name=measures]", "已补报备案材料")
    page.fill("input[name=completed_on]", "2020-09-10")
    page.set_input_files("input[name=evidence_file]", str(evidence))
    page.click("button.primary")
    page.wait_for_selector("#state:has-text('已报送待验收')")
    # and the inspector returns it
    _login(page, url, "jia_inspector")
    page.goto(detail)
    page.click("a[data-step=send_back]")
    page.fill("textarea[name=comment]", "缺少备案回执原件扫描件")
    page.click("button.primary")
    page.wait_for_selector("#state:has-text('退回重新整改')")
    # and 一镇 reports again
    _login(page, url, "yi_operator")
    page.goto(detail)
    assert "缺少备案回执原件扫描件" in page.locator("#rounds").inner_text()
    page.click("a[data-step=submit]")
    page.fill("textarea[name=measures]", "已上传备案回执扫描件")
    page.fill("input[name=completed_on]", "2020-09-20")
    page.set_input_files("input[name=evidence_file]", str(evidence))
    page.click("button.primary")
    page.wait_for_selector("#state:has-text('已报送待验收')")
    # and the inspector accepts it
    _login(page, url, "jia_inspector")
    page.goto(detail)
    page.click("a[data-step=accept]")
    page.fill("textarea[name=comment]", "同意销号")
    page.click("button.primary")
    page.wait_for_selector("#state:has-text('验收通过')")
    # then the whole history is on the page: both rounds with evidence and re-checks, and the timeline
    rounds = page.locator("#rounds").inner_text()
    assert "第1次" in rounds and "第2次" in rounds and rounds.count("备案回执.pdf") == 2
    assert "退回" in rounds and "验收通过" in rounds and "同意销号" in rounds
    timeline = page.locator("#timeline").inner_text()
    for label in ("登记督查问题", "报送整改情况", "退回重新整改", "验收通过（销号）"):
        assert label in timeline
    assert timeline.count("报送整改情况") == 2
    # and 一镇 sees the same history, while 二镇 cannot open it
    _login(page, url, "yi_operator")
    page.goto(detail)
    assert "同意销号" in page.locator("#rounds").inner_text()
    _login(page, url, "er_operator")
    assert page.goto(detail).status == 404

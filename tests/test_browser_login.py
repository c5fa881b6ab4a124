"""A demo user logs in through Debian's Chromium and sees the home page (issue 2 acceptance)."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_people(db):
    from fazhi.demo.loader import PASSWORD, _build_tree, _users
    from fazhi.demo.units import TREE

    _build_tree(TREE)
    _users()
    return PASSWORD


def test_demo_user_logs_in_and_sees_the_home_page(live_server, page, demo_people):
    page.goto(f"{live_server.url}/")
    # an anonymous visitor is sent to the login page
    assert "/login/" in page.url
    page.fill("input[name=username]", "dawan_operator")
    page.fill("input[name=password]", "wrong-password")
    page.click("button[type=submit]")
    assert page.locator("text=用户名或密码不正确").is_visible()
    page.fill("input[name=username]", "dawan_operator")
    page.fill("input[name=password]", demo_people)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/")
    assert page.locator("h1").inner_text().startswith("重庆市渝北区大湾镇人民政府")
    assert page.locator("#deadlines").is_visible()
    assert page.locator("text=经办人").first.is_visible()
    # the menu leads to a ledger list
    page.click("nav.side >> text=普法活动")
    assert page.locator("h1").inner_text() == "普法活动"

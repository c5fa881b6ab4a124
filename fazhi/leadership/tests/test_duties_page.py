"""The 第一责任人履职 page: counts from the records, for units the user may view only."""

import re


def _count(html: str, key: str) -> str:
    row = re.search(rf'<tr data-key="{re.escape(key)}">(.*?)</tr>', html, re.S).group(1)
    return re.sub(r"<[^>]+>", " ", row)


def test_page_counts_follow_the_records(tree, client_for, meeting_factory):
    # given one 党委会 of 一镇 in 2024 with a 法治 report heard
    meeting_factory(tree.yi, tree.yi_operator, items=[("report_heard", True)])
    web = client_for(tree.yi_leader)
    # when the leader opens the page for 2024
    html = web.get("/leadership/duties/?year=2024").content.decode()
    # then it shows one report heard; a second meeting makes it two
    assert " 1 " in _count(html, "leadership.agenda_report_heard")
    meeting_factory(tree.yi, tree.yi_operator, items=[("report_heard", True)])
    html = web.get("/leadership/duties/?year=2024").content.decode()
    assert " 2 " in _count(html, "leadership.agenda_report_heard")


def test_page_refuses_a_sibling_unit(tree, client_for):
    # when 一镇's leader asks for 二镇's figures
    resp = client_for(tree.yi_leader).get(f"/leadership/duties/?unit={tree.er.pk}&year=2024")
    # then it is not found, like a missing record; the district inspector may open it
    assert resp.status_code == 404
    assert client_for(tree.jia_inspector).get(f"/leadership/duties/?unit={tree.er.pk}&year=2024").status_code == 200


def test_home_lists_plan_items_past_due(tree, client_for):
    # given a plan item of 一镇 due at the end of 2024 and never assessed
    import datetime as dt

    from fazhi.core.services import record_create
    from fazhi.leadership.models import PlanItem

    record_create(ledger=PlanItem.ledger(), user=tree.yi_operator, data={
        "proposed_on": dt.date(2024, 1, 20), "seq": 1, "title": "开展案卷评查", "domain": "enforcement",
        "owner": "司法所", "due_on": dt.date(2024, 12, 31)})
    # then 一镇's home page lists it; 二镇's does not
    assert "开展案卷评查" in client_for(tree.yi_leader).get("/").content.decode()
    assert "开展案卷评查" not in client_for(tree.er_operator).get("/").content.decode()

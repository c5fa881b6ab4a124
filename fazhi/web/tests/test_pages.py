import datetime as dt

from fazhi.core.tests.test_scoping import _activity
from fazhi.deadlines.services import deadline_open


def test_login_required_and_login_page(client):
    r = client.get("/")
    assert r.status_code == 302 and r["Location"].startswith("/login/")
    assert "登录" in client.get("/login/").content.decode()


def test_inspector_home_shows_units_below_and_operator_home_does_not(tree, client_for):
    a = _activity(tree.er_operator, title="二镇记录")
    deadline_open(obj=a, rule_id="enforcement.withdraw_publication", start=dt.date(2020, 1, 2))
    page = client_for(tree.jia_inspector).get("/").content.decode()
    assert "下级单位期限情况" in page and "二镇人民政府" in page
    page = client_for(tree.yi_operator).get("/").content.decode()
    assert "下级单位期限情况" not in page and "二镇" not in page


def test_rules_page_shows_sources_unconfirmed_settings_and_holidays(tree, client_for):
    page = client_for(tree.yi_operator).get("/rules/?year=2025").content.decode()
    assert "disclosure.reply" in page and "政府信息公开条例" in page
    assert "待核实" in page and "调休上班日计为工作日" in page
    assert "2025-01-28" in page and "春节" in page
    page = client_for(tree.yi_operator).get("/rules/?year=2027").content.decode()
    assert "尚未录入放假安排" in page


def test_admin_shows_the_role_matrix_and_takes_a_schedule(tree, client_for):
    client = client_for(tree.admin)
    page = client.get("/admin/permissions/").content.decode()
    assert "publicity.activities.void" in page and "经办人" in page
    r = client.post("/admin/holiday-schedule/", {"year": 2027, "source": "测试通知", "lines": "2027-01-01 放假 元旦\n2027-02-31 放假 错误"})
    assert r.status_code == 200 and "日期不存在" in r.content.decode()
    r = client.post("/admin/holiday-schedule/", {"year": 2027, "source": "测试通知", "lines": "2027-01-01 放假 元旦"})
    assert r.status_code == 302
    from fazhi.deadlines.models import HolidayYear

    assert HolidayYear.objects.filter(year=2027, source="测试通知").exists()
    # an operator cannot reach the admin
    assert client_for(tree.yi_operator).get("/admin/permissions/").status_code == 302


def test_web_create_with_errors_shows_chinese_messages(tree, client_for):
    r = client_for(tree.yi_operator).post("/l/publicity/activities/new/", {"title": "", "held_on": "2025-02-30"})
    assert r.status_code == 422
    html = r.content.decode()
    assert "这个字段是必填项" in html and "输入一个有效的日期" in html


def test_detail_page_shows_each_clock_with_countdown_and_explanation(tree, client_for):
    a = _activity(tree.yi_operator)
    deadline_open(obj=a, rule_id="disclosure.reply", start=dt.date(2025, 9, 26))
    page = client_for(tree.yi_operator).get(f"/l/publicity/activities/{a.pk}/").content.decode()
    assert "届满日 2025-10-30" in page and "已逾期" in page
    assert "国庆节放假" in page and "计算说明" in page


def test_web_import_dry_run_then_confirm_without_second_upload(tree, client_for):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from fazhi.core.tests.test_excel import _book, _rows
    from fazhi.publicity.models import Activity

    client = client_for(tree.yi_operator)
    upload = SimpleUploadedFile("a.xlsx", _book(_rows(3)).getvalue())
    r = client.post("/l/publicity/activities/import/", {"file": upload, "mode": "dry"})
    assert r.status_code == 200 and "全部校验通过" in r.content.decode() and "确认导入这 3 行" in r.content.decode()
    assert Activity.objects.count() == 0
    r = client.post("/l/publicity/activities/import/", {"mode": "confirm"})
    assert r.status_code == 302 and Activity.objects.filter(unit=tree.yi).count() == 3
    # a bad file reports rows and writes nothing
    rows = _rows(3)
    rows[1][2] = ""
    r = client.post("/l/publicity/activities/import/", {"file": SimpleUploadedFile("b.xlsx", _book(rows).getvalue()), "mode": "commit"})
    assert r.status_code == 422 and "第 3 行" in r.content.decode()
    assert Activity.objects.count() == 3

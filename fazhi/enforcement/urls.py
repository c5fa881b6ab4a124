from django.urls import path

from fazhi.web.menu import add_link

from . import views

app_name = "enforcement"

urlpatterns = [
    path("alerts/", views.alert_list, name="alerts"),
    path("alerts/scan/", views.alert_scan, name="alert_scan"),
    path("statistics/", views.statistics, name="statistics"),
    path("enterprises/", views.enterprises, name="enterprises"),
    path("certificates/expiring/", views.certificates_expiring, name="certificates_expiring"),
    path("random_plans/<int:pk>/draw/verify/", views.draw_verify_page, name="draw_verify"),
    path("random_plans/<int:pk>/draw.json", views.draw_record_json, name="draw_record_json"),
]

add_link("执法监督预警", "enforcement:alerts", group="行政执法·监督与评查")
add_link("行政执法统计年报（计算）", "enforcement:statistics", group="行政执法·监督与评查")
add_link("涉企行政执法台账", "enforcement:enterprises", group="行政执法·案件与三项制度")
add_link("执法证到期提醒", "enforcement:certificates_expiring", group="行政执法·主体与人员")

# object pages for the generated sibling-scope test (tests/test_scope_walk.py)
from fazhi.web.objecturls import register as _register  # noqa: E402

from .models import RandomPlan  # noqa: E402

_register("enforcement:draw_verify", RandomPlan)
_register("enforcement:draw_record_json", RandomPlan)

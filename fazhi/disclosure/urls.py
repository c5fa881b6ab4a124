from django.urls import path

from fazhi.web.menu import add_link

from . import views

app_name = "disclosure"

urlpatterns = [
    path("annual-report/", views.annual_report, name="annual_report"),
    path("figures/", views.figures, name="figures"),
]

add_link("政府信息公开年度报告统计表", "disclosure:annual_report", group="政务公开")
add_link("政务公开统计", "disclosure:figures", group="政务公开")

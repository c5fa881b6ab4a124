from django.urls import path

from fazhi.web.menu import add_link

from . import views

app_name = "indicators"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("records/", views.records, name="records"),
    path("snapshots/<int:pk>/", views.snapshot_detail, name="snapshot"),
    path("snapshots/<int:pk>/records/", views.snapshot_records, name="snapshot_records"),
    path("dashboard/", views.dashboard, name="dashboard"),
]

add_link("数据看板", "indicators:dashboard", group="指标与年度报告")
add_link("指标与数据来源", "indicators:overview", group="指标与年度报告")

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

# object pages for the generated sibling-scope test (tests/test_scope_walk.py)
from fazhi.web.objecturls import register as _register  # noqa: E402

from .models import Snapshot  # noqa: E402


def _snapshot(unit, user):
    from .services import snapshot_take

    return snapshot_take(unit=unit, reason="越权访问测试", year=2024)


_register("indicators:snapshot", Snapshot, make=_snapshot)
_register("indicators:snapshot_records", Snapshot, make=_snapshot)

from django.urls import path

from fazhi.web.menu import add_link

from . import views

app_name = "reports"

urlpatterns = [
    path("<int:pk>/", views.workspace, name="workspace"),
    path("<int:pk>/regenerate/", views.regenerate, name="regenerate"),
    path("<int:pk>/sections/<int:sid>/", views.section_action, name="section"),
    path("<int:pk>/document/", views.document_view, name="document"),
    path("<int:pk>/download/<str:fmt>/", views.download, name="download"),
    path("compare/", views.compare, name="compare"),
    path("public/", views.public_list, name="public_list"),
    path("public/<int:pk>/", views.public_detail, name="public_detail"),
]

add_link("各单位对比", "reports:compare", group="指标与年度报告")
add_link("已公开的年度报告", "reports:public_list", group="指标与年度报告")

# object pages for the generated sibling-scope test (tests/test_scope_walk.py)
from fazhi.web.objecturls import register as _register  # noqa: E402

from .models import AnnualReport  # noqa: E402

for _name in ("reports:workspace", "reports:regenerate", "reports:document", "reports:public_detail"):
    _register(_name, AnnualReport)
_register("reports:section", AnnualReport, extra=lambda r: {"sid": r.sections.first().pk})
_register("reports:download", AnnualReport, extra=lambda r: {"fmt": "html"})

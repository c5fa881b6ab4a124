from django.urls import path

from fazhi.web.menu import add_link

from . import views

app_name = "supervision"

urlpatterns = [
    path("", views.index, name="index"),
    path("systems/", views.system_list, name="system_list"),
    path("systems/template.xlsx", views.system_template, name="system_template"),
    path("systems/import/", views.system_import_view, name="system_import"),
    path("systems/builtin/", views.system_builtin, name="system_builtin"),
    path("systems/<int:pk>/", views.system_detail, name="system_detail"),
    path("systems/<int:pk>/export.xlsx", views.system_export, name="system_export"),
    path("assessments/<int:pk>/results/", views.results, name="results"),
    path("assessments/<int:pk>/results/<int:unit_id>/", views.unit_results, name="unit_results"),
    path("assessments/<int:pk>/ranking/", views.ranking, name="ranking"),
    path("assessments/<int:pk>/results.xlsx", views.results_xlsx, name="results_xlsx"),
    path("assessments/<int:pk>/results.json", views.results_json, name="results_json"),
    path("rectifications.xlsx", views.rectification_xlsx, name="rectification_xlsx"),
    path("inspections/<int:pk>/bulletin.docx", views.bulletin, name="bulletin"),
    path("evidence/<int:pk>/", views.evidence, name="evidence"),
]

add_link("督察与考核总览", "supervision:index", group="督察与考核")
add_link("指标体系", "supervision:system_list", group="督察与考核")

# object pages for the generated sibling-scope test (tests/test_scope_walk.py)
from fazhi.web.objecturls import register as _register  # noqa: E402

from .models import Assessment, Evidence, Inspection, IndicatorSystem  # noqa: E402


def _system(unit, user):
    from .services.systems import system_create

    return system_create(user=user, nodes=[], name="越权访问测试体系", version="t1")


def _evidence(unit, user):
    from fazhi.core.ledgers import LEDGERS

    from .services.evidence import evidence_attach

    report = LEDGERS["supervision.taskreports"].sample(unit, user)
    activity = LEDGERS["publicity.activities"].sample(unit, user)
    return evidence_attach(target=report, user=user, link=f"/l/publicity/activities/{activity.pk}/")[0]


for _name in ("supervision:system_detail", "supervision:system_export"):
    _register(_name, IndicatorSystem, make=_system)
for _name in ("supervision:results", "supervision:ranking", "supervision:results_xlsx", "supervision:results_json"):
    _register(_name, Assessment)
_register("supervision:unit_results", Assessment, extra=lambda a: {"unit_id": a.unit_id})
_register("supervision:bulletin", Inspection)
_register("supervision:evidence", Evidence, make=_evidence)

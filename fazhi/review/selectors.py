"""Reports submitted inside fazhi that an inspector may pick for review (issue 8: "or picks the reports
submitted to them inside fazhi"). Read through the reports app's models, scoped like every ledger."""

from __future__ import annotations

from django.apps import apps


def submitted_reports_for(user):
    AnnualReport = apps.get_model("reports", "AnnualReport")
    return (AnnualReport.objects.restrict(user).live().filter(state__in=["submitted", "published"])
            .exclude(unit=user.unit).select_related("unit").order_by("-year", "unit__path"))


def submitted_report_files(user, ids) -> list[tuple[str, bytes]]:
    """The submitted version of each picked report, as the Markdown text the reviewer reads."""
    from fazhi.reports.render.markdown import render_markdown

    out = []
    for report in submitted_reports_for(user).filter(pk__in=ids):
        version = report.versions.filter(kind="submitted").order_by("-created_at").first() or report.versions.order_by("-created_at").first()
        if version is None:
            continue
        out.append((f"{report}.txt", render_markdown(version.content).encode("utf-8")))
    return out

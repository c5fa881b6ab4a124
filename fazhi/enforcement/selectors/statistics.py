"""行政执法统计年报 (国办发〔2018〕118号（六）: 执法总体情况有关数据 by 1月31日), computed from the ledgers."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from django.db.models import Count, Q
from openpyxl import Workbook
from openpyxl.styles import Font

from fazhi.core.scoping import units_for
from fazhi.deadlines.services import deadline_compute, today
from fazhi.indicators.registry import INDICATORS, compute
from fazhi.org.models import Unit

from .. import conf
from ..choices import DECIDED_STATES, CaseKind, CaseState, Outcome
from ..models import Case, Officer
from ..services.certificates import StandingBook


@dataclass
class Row:
    label: str
    value: object
    unit: str = ""
    note: str = ""


@dataclass
class Table:
    title: str
    headers: list[str]
    rows: list[list]


@dataclass
class Statistics:
    year: int
    units: list[str]
    due: dt.date
    sections: list[tuple[str, list[Row]]] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "year": self.year, "units": self.units, "due": self.due.isoformat(),
            "sections": [{"title": t, "rows": [[r.label, _plain(r.value), r.unit, r.note] for r in rows]} for t, rows in self.sections],
            "tables": [{"title": t.title, "headers": t.headers, "rows": [[_plain(v) for v in r] for r in t.rows]} for t in self.tables],
        }


def _plain(v):
    return float(v) if hasattr(v, "as_tuple") else v


def units_for_report(user, unit: Unit):
    """The report unit's subtree as far as the user may see it (a township: itself and its villages)."""
    return Unit.objects.subtree_of(unit).filter(pk__in=units_for(user, "view").values("pk"))


def _ind(key: str, units, year: int) -> Row:
    ind = INDICATORS[f"enforcement.{key}"]
    v = compute(ind.key, units, year=year)
    note = ind.convention
    if ind.kind == "rate" or (ind.kind == "custom" and v.denominator is not None and ind.unit == "%"):
        note = f"{v.numerator}/{v.denominator}；{ind.convention}"
    return Row(ind.name, v.value if v.value is not None else "—", ind.unit, note)


def certified_share(units, on: dt.date) -> Row:
    """持证率 on ``on``: officers in post holding a valid 执法证 ÷ officers in post (行政处罚法第四十二条)."""
    officers = [o for o in Officer.objects.live().filter(unit__in=units) if o.active_on(on)]
    book = StandingBook([o.pk for o in officers])
    valid = sum(1 for o in officers if book.standing(o, on).valid)
    value = round(valid * 100 / len(officers), 1) if officers else "—"
    return Row("持证率", value, "%", f"{valid}/{len(officers)}；{on} 持有有效执法证的在岗执法人员 ÷ 在岗执法人员")


def annual_statistics(*, units, year: int) -> Statistics:
    units = list(units)
    on = min(dt.date(year, 12, 31), today())
    minimum = conf.setting("legal_reviewer_min_share")
    stats = Statistics(year=year, units=[u.display_name for u in units[:50]],
                       due=deadline_compute("enforcement.statistics_report", dt.date(year, 12, 31)).due)
    share = _ind("legal_reviewer_share", units, year)
    below = isinstance(share.value, (int, float)) and share.value < float(minimum)
    share.note = ("低于要求！" if below else "") + share.note + f"（最低要求 {minimum}%）"
    stats.sections.append(("一、执法主体与执法人员", [
        _ind("bodies", units, year), _ind("county_teams", units, year), _ind("county_teams_quota", units, year),
        _ind("township_offices", units, year), _ind("township_offices_quota", units, year),
        _ind("officers", units, year), _ind("legal_reviewers", units, year), share, certified_share(units, on),
        _ind("certificates_new", units, year), _ind("certificates_renewed", units, year),
        _ind("training_batches", units, year), _ind("trained_officers", units, year), _ind("equipment", units, year),
    ]))
    stats.sections.append(("二、执法案件", [
        _ind("cases", units, year), *[_ind(f"{k.value}_cases", units, year) for k in CaseKind],
        _ind("penalty_cases_ordinary", units, year), _ind("penalty_cases_simple", units, year),
        _ind("decisions", units, year), _ind("penalties_imposed", units, year), _ind("fines", units, year),
        _ind("cases_closed", units, year), _ind("enterprise_cases", units, year), _ind("hearings", units, year),
        _ind("annulled", units, year), _ind("joint_operations", units, year),
    ]))
    stats.sections.append(("三、三项制度", [
        _ind("publications_due", units, year), _ind("publication_rate", units, year),
        _ind("publication_on_time_rate", units, year), _ind("legal_reviews", units, year),
        _ind("major_decisions", units, year), _ind("major_reviewed_rate", units, year),
        _ind("discretion_applied_rate", units, year),
    ]))
    stats.sections.append(("四、双随机一公开与案卷评查", [
        _ind("random_plans", units, year), _ind("random_checks_done", units, year),
        _ind("random_plans_published", units, year), _ind("case_files_reviewed", units, year),
        _ind("case_file_average_score", units, year), _ind("case_files_with_problems", units, year),
    ]))
    stats.tables = [_by_kind(units, year), _by_body(units, year), _by_outcome(units, year)]
    return stats


def _cases(units):
    return Case.objects.live().filter(unit__in=units)


def _by_kind(units, year) -> Table:
    qs = _cases(units)
    rows = []
    for kind in CaseKind:
        k = qs.filter(kind=kind)
        rows.append([kind.label,
                     k.filter(registered_on__year=year).exclude(state=CaseState.DRAFT).count(),
                     k.filter(decided_on__year=year, state__in=DECIDED_STATES).count(),
                     k.filter(closed_on__year=year).count(),
                     k.filter(published_on__year=year).count(),
                     k.filter(legal_review_on__year=year).count()])
    return Table("按案件类型", ["类型", "立案/启动", "作出决定", "办结", "公示", "法制审核"], rows)


def _by_body(units, year) -> Table:
    qs = _cases(units).filter(Q(registered_on__year=year) | Q(decided_on__year=year)).exclude(state=CaseState.DRAFT)
    agg = (qs.values("body__name").order_by("body__name")
           .annotate(registered=Count("pk", filter=Q(registered_on__year=year)),
                     penalty=Count("pk", filter=Q(registered_on__year=year, kind=CaseKind.PENALTY)),
                     inspection=Count("pk", filter=Q(registered_on__year=year, kind=CaseKind.INSPECTION)),
                     decided=Count("pk", filter=Q(decided_on__year=year, state__in=DECIDED_STATES)),
                     published=Count("pk", filter=Q(published_on__year=year)),
                     reviewed=Count("pk", filter=Q(legal_review_on__year=year))))
    rows = [[a["body__name"], a["registered"], a["penalty"], a["inspection"], a["decided"], a["published"], a["reviewed"]]
            for a in agg]
    return Table("按执法主体", ["执法主体", "立案/启动", "其中行政处罚", "其中行政检查", "作出决定", "公示", "法制审核"], rows)


def _by_outcome(units, year) -> Table:
    qs = _cases(units).filter(decided_on__year=year, state__in=DECIDED_STATES)
    counts = dict(qs.values_list("outcome").annotate(n=Count("pk")).values_list("outcome", "n"))
    rows = [[o.label, counts.get(o.value, 0)] for o in Outcome]
    return Table("按处理结果（年度内作出的决定）", ["处理结果", "件数"], rows)


def statistics_workbook(stats: Statistics, title: str) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "统计年报"
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([f"统计年度：{stats.year}年；范围：{'、'.join(stats.units)}；公开期限：{stats.due}（国办发〔2018〕118号（六））"])
    for section, rows in stats.sections:
        ws.append([])
        ws.append([section])
        ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
        ws.append(["项目", "数值", "单位", "口径说明"])
        for r in rows:
            ws.append([r.label, _plain(r.value), r.unit, r.note])
    for t in stats.tables:
        sheet = wb.create_sheet(t.title[:30])
        sheet.append(t.headers)
        for c in sheet[1]:
            c.font = Font(bold=True)
        for r in t.rows:
            sheet.append([_plain(v) for v in r])
    for sheet in wb.worksheets:
        sheet.column_dimensions["A"].width = 40
        sheet.column_dimensions["D"].width = 60
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()

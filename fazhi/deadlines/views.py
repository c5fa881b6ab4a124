from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from fazhi.core.settings_registry import SETTINGS, get_setting

from .models import HolidayDay, HolidayYear, RuleValue
from .services import rule_count, rule_local, rules, today


@login_required
def deadline_rules(request):
    years = list(HolidayYear.objects.all())
    try:
        year = int(request.GET.get("year") or today().year)
    except ValueError:
        year = today().year
    rows = [(rule_local(r), rule_count(r)) for r in sorted(rules().values(), key=lambda r: r.id)]
    settings_rows = [(s, get_setting(s.key)) for s in SETTINGS.values()]
    return render(request, "deadlines/rules.html", {
        "rules": rows, "years": years, "year": year, "scheduled": any(y.year == year for y in years),
        "days": HolidayDay.objects.filter(date__year=year), "settings_rows": settings_rows,
        "local_values": RuleValue.objects.all(), "title": "期限规则与节假日",
    })

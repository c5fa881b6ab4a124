"""Extra admin pages: the role × action matrix (read-only) and entering a year's 放假安排."""

from __future__ import annotations

import datetime as dt
import re

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import path

from fazhi.org.choices import Role

from .errors import FazhiError
from .permissions import ACTIONS


def permissions_view(request, site):
    roles = list(Role.choices)
    rows = [(a, [r in a.roles for r, _ in roles]) for a in sorted(ACTIONS.values(), key=lambda a: a.key)]
    ctx = {**site.each_context(request), "title": "角色权限一览（只读，在代码中统一声明）", "roles": roles, "rows": rows}
    return render(request, "admin/fazhi_permissions.html", ctx)


class ScheduleForm(forms.Form):
    year = forms.IntegerField(label="年份", min_value=2000, max_value=2100)
    source = forms.CharField(label="来源", help_text="如：国务院办公厅关于2027年部分节假日安排的通知")
    lines = forms.CharField(
        label="放假安排", widget=forms.Textarea(attrs={"rows": 16, "cols": 60}),
        help_text="每行一天：日期 类型 节日，例如“2027-01-01 放假 元旦”“2027-02-06 调休上班 春节”。",
    )

    def clean(self):
        data = super().clean()
        entries, errors = [], []
        for n, line in enumerate((data.get("lines") or "").splitlines(), start=1):
            line = line.strip()
            if not line:
                continue
            m = re.fullmatch(r"(\d{4}-\d{1,2}-\d{1,2})\s+(放假|调休上班|上班)\s+(\S+)", line)
            if not m:
                errors.append(f"第 {n} 行格式不对：“{line}”")
                continue
            try:
                day = dt.date.fromisoformat("-".join(f"{int(x):02d}" if i else x for i, x in enumerate(m[1].split("-"))))
            except ValueError:
                errors.append(f"第 {n} 行日期不存在：“{m[1]}”")
                continue
            entries.append((day, "holiday" if m[2] == "放假" else "makeup_workday", m[3]))
        if errors:
            raise forms.ValidationError(errors)
        data["entries"] = entries
        return data


def schedule_view(request, site):
    from fazhi.deadlines.services import holiday_schedule_set

    form = ScheduleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            changed = holiday_schedule_set(year=form.cleaned_data["year"], entries=form.cleaned_data["entries"],
                                           source=form.cleaned_data["source"], user=request.user)
        except FazhiError as exc:
            form.add_error(None, exc.detail)
        else:
            messages.success(request, f"已录入 {form.cleaned_data['year']} 年放假安排，重算了 {len(changed)} 个期限。")
            return redirect("admin:deadlines_holidayyear_changelist")
    ctx = {**site.each_context(request), "title": "录入年度放假安排", "form": form}
    return render(request, "admin/fazhi_schedule.html", ctx)


def install_admin_extras(site) -> None:
    site.site_header = "法治政府建设工作平台 · 系统管理"
    site.site_title = "fazhi 系统管理"
    site.index_title = "系统管理"
    original = site.get_urls

    def get_urls():
        extra = [
            path("permissions/", site.admin_view(lambda r: permissions_view(r, site)), name="fazhi_permissions"),
            path("holiday-schedule/", site.admin_view(lambda r: schedule_view(r, site)), name="fazhi_schedule"),
        ]
        return extra + original()

    site.get_urls = get_urls

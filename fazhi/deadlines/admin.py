from django import forms
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Deadline, HolidayDay, HolidayYear, ReminderRun, RuleValue


@admin.register(HolidayYear)
class HolidayYearAdmin(SimpleHistoryAdmin):
    list_display = ["year", "source", "note"]


@admin.register(HolidayDay)
class HolidayDayAdmin(SimpleHistoryAdmin):
    list_display = ["date", "kind", "name"]
    list_filter = ["kind"]
    date_hierarchy = "date"


class RuleValueForm(forms.ModelForm):
    class Meta:
        model = RuleValue
        fields = "__all__"

    def clean_rule_id(self):
        from .services import rules

        rule = rules().get(self.cleaned_data["rule_id"])
        if rule is None or not rule.local_setting:
            raise forms.ValidationError("只有标注为“本地设置”的期限规则可以修改取值。")
        return rule.id

    def clean(self):
        import re

        from .services import rules

        data = super().clean()
        rule = rules().get(data.get("rule_id") or "")
        if rule is None:
            return data
        if rule.unit == "fixed":
            mmdd = data.get("fixed_date") or ""
            if not re.fullmatch(r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", mmdd):
                raise forms.ValidationError("该规则是固定日期，请按“月-日”填写，如 02-20。")
            data["count"] = None
        elif data.get("count") is None:
            raise forms.ValidationError("该规则按日数计算，请填写期限数值。")
        return data


@admin.register(RuleValue)
class RuleValueAdmin(SimpleHistoryAdmin):
    form = RuleValueForm
    list_display = ["rule_id", "count", "fixed_date", "note"]


@admin.register(Deadline)
class DeadlineAdmin(SimpleHistoryAdmin):
    list_display = ["label", "unit", "rule_id", "start_date", "due_date", "provisional", "status"]
    list_filter = ["status", "provisional", "rule_id"]


@admin.register(ReminderRun)
class ReminderRunAdmin(admin.ModelAdmin):
    list_display = ["run_on", "unit", "overdue", "due_soon"]

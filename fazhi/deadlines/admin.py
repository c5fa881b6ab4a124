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


@admin.register(RuleValue)
class RuleValueAdmin(SimpleHistoryAdmin):
    form = RuleValueForm
    list_display = ["rule_id", "count", "note"]


@admin.register(Deadline)
class DeadlineAdmin(SimpleHistoryAdmin):
    list_display = ["label", "unit", "rule_id", "start_date", "due_date", "provisional", "status"]
    list_filter = ["status", "provisional", "rule_id"]


@admin.register(ReminderRun)
class ReminderRunAdmin(admin.ModelAdmin):
    list_display = ["run_on", "unit", "overdue", "due_soon"]

from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from simple_history.admin import SimpleHistoryAdmin

from .choices import Role
from .models import Unit, User


@admin.register(Unit)
class UnitAdmin(SimpleHistoryAdmin):
    list_display = ["name", "level", "code", "parent", "path"]
    list_filter = ["level"]
    search_fields = ["name", "short_name", "code"]
    readonly_fields = ["path"]

    def save_model(self, request, obj, form, change):
        # the tree path is maintained by the services only
        from .services import unit_create, unit_move

        if not change:
            new = unit_create(name=obj.name, level=obj.level, parent=obj.parent, code=obj.code, short_name=obj.short_name)
            obj.pk, obj.path = new.pk, new.path
            return
        old_parent = Unit.objects.get(pk=obj.pk).parent_id
        super().save_model(request, obj, form, change)
        if obj.parent_id != old_parent and obj.parent_id:
            unit_move(unit=Unit.objects.get(pk=obj.pk), new_parent=obj.parent)


class UserForm(forms.ModelForm):
    roles = forms.MultipleChoiceField(label="角色", choices=Role.choices, required=False, widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = User
        fields = "__all__"


@admin.register(User)
class UserAdmin(BaseUserAdmin, SimpleHistoryAdmin):
    form = UserForm
    list_display = ["username", "full_name", "unit", "roles", "is_active"]
    list_filter = ["is_active", "unit__level"]
    search_fields = ["username", "full_name", "unit__name"]
    fieldsets = BaseUserAdmin.fieldsets + (("单位与角色", {"fields": ("full_name", "unit", "roles", "phone")}),)

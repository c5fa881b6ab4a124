from django.apps import AppConfig


class OrgConfig(AppConfig):
    name = "fazhi.org"
    label = "org"
    verbose_name = "单位与用户"

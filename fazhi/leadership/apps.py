from django.apps import AppConfig


class LeadershipConfig(AppConfig):
    name = "fazhi.leadership"
    label = "leadership"
    verbose_name = "组织领导与第一责任人"

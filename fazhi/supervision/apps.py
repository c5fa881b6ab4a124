from django.apps import AppConfig


class SupervisionConfig(AppConfig):
    name = "fazhi.supervision"
    label = "supervision"
    verbose_name = "督察与考核"

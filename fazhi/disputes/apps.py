from django.apps import AppConfig


class DisputesConfig(AppConfig):
    name = "fazhi.disputes"
    label = "disputes"
    verbose_name = "矛盾纠纷排查化解"

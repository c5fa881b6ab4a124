from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class IndicatorsConfig(AppConfig):
    name = "fazhi.indicators"
    label = "indicators"
    verbose_name = "指标"

    def ready(self) -> None:
        # every app declares its indicators in <app>/indicators.py
        autodiscover_modules("indicators")

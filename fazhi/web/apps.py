from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "fazhi.web"
    label = "web"
    verbose_name = "网页"

    def ready(self) -> None:
        from . import inspector  # noqa: F401  registers the inspector's home widget

from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class CoreConfig(AppConfig):
    name = "fazhi.core"
    label = "core"
    verbose_name = "公共机制"

    def ready(self) -> None:
        from . import fields  # noqa: F401  (state fields migrate as CharFields; see fields.py)

        # Every app declares its ledgers, procedure steps, settings and demo records in
        # modules with these names; importing them fills the registries in one place.
        autodiscover_modules("ledgers")

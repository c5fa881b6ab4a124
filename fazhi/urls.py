from importlib.util import find_spec

from django.apps import apps
from django.contrib import admin
from django.urls import include, path

from fazhi.api import api
from fazhi.core.admin_site import install_admin_extras

install_admin_extras(admin.site)

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    # a domain app with pages of its own beyond the generic ledger pages ships a urls module
    *[
        path(f"{cfg.label}/", include(f"{cfg.name}.urls"))
        for cfg in apps.get_app_configs()
        if cfg.name.startswith("fazhi.") and cfg.label != "web" and find_spec(f"{cfg.name}.urls")
    ],
    path("", include("fazhi.web.urls")),
]

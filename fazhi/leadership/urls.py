from django.urls import path

from fazhi.web.menu import add_link

from . import views

urlpatterns = [
    path("duties/", views.duties, name="leadership_duties"),
    path("meetings/<int:pk>/agenda/new/", views.agenda_add, name="leadership_agenda_add"),
]

add_link("第一责任人履职", "leadership_duties", group="组织领导")

# object pages for the generated sibling-scope test (tests/test_scope_walk.py)
from fazhi.web.objecturls import register as _register  # noqa: E402

from .models import Meeting  # noqa: E402

_register("leadership_agenda_add", Meeting)

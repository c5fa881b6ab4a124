from django.urls import path

from fazhi.web.menu import add_link

from . import views

app_name = "petitions"

urlpatterns = [
    path("repeat-check/", views.repeat_check, name="repeat_check"),
    path("figures/", views.figures, name="figures"),
]

add_link("信访工作统计", "petitions:figures", group="信访与矛盾纠纷")

from django.urls import path

from fazhi.web.menu import add_link

from . import views

app_name = "litigation"

urlpatterns = [path("figures/", views.figures, name="figures")]

add_link("行政应诉统计", "litigation:figures", group="行政复议与应诉")

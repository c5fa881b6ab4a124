from django.urls import path

from fazhi.web.menu import add_link

from . import views

app_name = "reconsideration"

urlpatterns = [path("figures/", views.figures, name="figures")]

add_link("行政复议统计", "reconsideration:figures", group="行政复议与应诉")

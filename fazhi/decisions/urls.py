from django.urls import path

from fazhi.web.menu import add_link

from . import views

urlpatterns = [path("overview/", views.overview, name="decisions_overview")]

add_link("决策程序一览", "decisions_overview", group="重大行政决策")

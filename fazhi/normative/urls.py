from django.urls import path

from fazhi.web.menu import add_link

from . import views

urlpatterns = [
    path("catalogue/", views.catalogue, name="normative_catalogue"),
]

add_link("规范性文件目录", "normative_catalogue", group="行政规范性文件")

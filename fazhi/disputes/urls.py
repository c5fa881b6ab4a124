from django.urls import path

from fazhi.web.menu import add_link

from . import views

app_name = "disputes"

urlpatterns = [
    path("monthly/", views.monthly, name="monthly"),
    path("stats/", views.stats, name="stats"),
]

add_link("月度排查报表", "disputes:monthly", group="信访与矛盾纠纷")
add_link("矛盾纠纷统计", "disputes:stats", group="信访与矛盾纠纷")

from django.contrib.auth import views as auth_views
from django.urls import path

from fazhi.deadlines.views import deadline_rules

from . import views
from .home import home

urlpatterns = [
    path("", home, name="home"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("rules/", deadline_rules, name="deadline_rules"),
    path("l/<str:app>/<str:plural>/", views.ledger_list, name="ledger_list"),
    path("l/<str:app>/<str:plural>/new/", views.ledger_create, name="ledger_create"),
    path("l/<str:app>/<str:plural>/import/", views.ledger_import, name="ledger_import"),
    path("l/<str:app>/<str:plural>/template.xlsx", views.ledger_template, name="ledger_template"),
    path("l/<str:app>/<str:plural>/<int:pk>/", views.ledger_detail, name="ledger_detail"),
    path("l/<str:app>/<str:plural>/<int:pk>/edit/", views.ledger_edit, name="ledger_edit"),
    path("l/<str:app>/<str:plural>/<int:pk>/void/", views.ledger_void, name="ledger_void"),
    path("l/<str:app>/<str:plural>/<int:pk>/step/<str:name>/", views.ledger_step, name="ledger_step"),
]

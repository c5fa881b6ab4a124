from django.apps import AppConfig


class ListsConfig(AppConfig):
    name = "fazhi.lists"
    label = "lists"
    verbose_name = "权责清单与政务服务"

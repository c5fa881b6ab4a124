from django.apps import AppConfig


class AdvisersConfig(AppConfig):
    name = "fazhi.advisers"
    label = "advisers"
    verbose_name = "法律顾问与公共法律服务"

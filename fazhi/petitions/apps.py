from django.apps import AppConfig


class PetitionsConfig(AppConfig):
    name = "fazhi.petitions"
    label = "petitions"
    verbose_name = "信访"

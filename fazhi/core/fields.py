"""Migrations see a state field as the plain CharField it is in the database.

django-fsm's ``FSMField.contribute_to_class`` connects a ``class_prepared`` receiver every time a
model class is built — including each of the thousands of throw-away model classes Django renders
while applying migrations. The receivers pile up and a fresh ``migrate`` of fazhi took minutes of
CPU. The transitions live on the real model classes only, so the migration state needs nothing
but the column: deconstructing FSMField as ``django.db.models.CharField`` keeps the schema
identical and the migration history small and fast.
"""

from django_fsm import FSMField


def _deconstruct(self):
    name, _path, args, kwargs = super(FSMField, self).deconstruct()
    kwargs.pop("protected", None)
    return name, "django.db.models.CharField", args, kwargs


FSMField.deconstruct = _deconstruct

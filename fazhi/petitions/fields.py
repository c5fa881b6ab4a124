"""``StateField``: django-fsm's FSMField that migrations see as a plain CharField.

Every FSMField connects a ``class_prepared`` receiver in ``contribute_to_class``; when migrations
render model states, each fake model adds another one, and building a test database spends minutes
walking those receivers (measured: ~570 s of a profiled migrate, 21 million weakref calls).
The column is an ordinary CharField, so migrations record it as one and never build an FSMField.
"""

from django_fsm import FSMField


class StateField(FSMField):
    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        kwargs.pop("protected", None)
        return name, "django.db.models.CharField", args, kwargs

"""Reads of the 行政执法 app; every one starts from a scoped queryset (``restrict``) or scoped units."""

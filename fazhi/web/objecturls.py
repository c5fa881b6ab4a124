"""Which model an app-specific object URL shows, so the generated scope test can walk it.

The generic ledger pages (``/l/<app>/<plural>/<pk>/…``) are known from the ledger registry. An app
that adds its own page taking an object id registers it here::

    register("app:url_name", Model)                       # a ledger model: its ``sample`` is used
    register("app:url_name", Model, make=fn)              # otherwise fn(unit, user) -> obj
    register("app:url_name", Model, extra=fn)             # other URL arguments: fn(obj) -> dict

The sibling-access test fails on any object URL that is neither generic nor registered, so no
page can escape the 404 check.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class ObjectUrl:
    model: type
    kwarg: str = "pk"
    make: Callable | None = None
    extra: Callable | None = None


OBJECT_URLS: dict[str, ObjectUrl] = {}


def register(url_name: str, model, kwarg: str = "pk", *, make=None, extra=None) -> None:
    OBJECT_URLS[url_name] = ObjectUrl(model, kwarg, make, extra)

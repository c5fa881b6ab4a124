"""Which model an app-specific object URL shows, so the generated scope test can walk it.

The generic ledger pages (``/l/<app>/<plural>/<pk>/…``) are known from the ledger registry. An app
that adds its own page taking an object id registers it here: ``register("url_name", Model)``
(``kwarg`` names the id argument when it is not ``pk``). The sibling-access test fails on any
object URL that is neither generic nor registered, so no page can escape the 404 check.
"""

from __future__ import annotations

OBJECT_URLS: dict[str, tuple[type, str]] = {}


def register(url_name: str, model, kwarg: str = "pk") -> None:
    OBJECT_URLS[url_name] = (model, kwarg)

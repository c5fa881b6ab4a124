"""Home-page widgets registered by apps (NetBox dashboard widgets, style.md R10).

A widget is a function ``(request) -> dict | None`` returning ``{"title", "template", ...}``;
it must count through selectors that call ``restrict()``.
"""

from __future__ import annotations

from typing import Callable

WIDGETS: list[tuple[int, Callable]] = []


def register_widget(order: int = 100):
    def deco(func):
        WIDGETS.append((order, func))
        return func

    return deco


def widgets_for(request) -> list[dict]:
    out = []
    for _, func in sorted(WIDGETS, key=lambda w: w[0]):
        data = func(request)
        if data:
            out.append(data)
    return out

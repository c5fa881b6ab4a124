"""Links to pages that are not generic ledgers (dashboards, reports, review…), registered by apps."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from django.urls import reverse


@dataclass
class Link:
    label: str
    url_name: str
    group: str = "工具"
    roles: tuple[str, ...] = ()
    check: Callable | None = None

    def visible(self, user) -> bool:
        if self.check is not None:
            return self.check(user)
        return not self.roles or user.has_role(*self.roles)

    @property
    def url(self) -> str:
        return reverse(self.url_name)


EXTRA_LINKS: list[Link] = []


def add_link(label: str, url_name: str, *, group: str = "工具", roles=(), check=None) -> None:
    EXTRA_LINKS.append(Link(label, url_name, group, tuple(roles), check))


add_link("期限规则与节假日", "deadline_rules", group="制度与设置")

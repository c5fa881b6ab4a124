"""Navigation: the ledgers a user may view, grouped by domain, for the side menu."""

from fazhi.core import permissions
from fazhi.core.ledgers import LEDGERS


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    groups: dict[str, list] = {}
    for ledger in LEDGERS.values():
        if permissions.allowed(user, ledger.action("view")):
            groups.setdefault(ledger.group or "其他", []).append(ledger)
    from fazhi.web.menu import EXTRA_LINKS

    extra = [link for link in EXTRA_LINKS if link.visible(user)]
    return {"nav_groups": groups, "nav_extra": extra}

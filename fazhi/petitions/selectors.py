"""Reads of the 信访 register: reference lookup, repeat detection, figures — all from scoped querysets."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django.db.models import Q
from rapidfuzz import fuzz

from fazhi.core.scoping import units_for
from fazhi.core.settings_registry import get_setting

from .models import Petition

_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


def petition_by_reference(*, user, reference_no: str, subtree: bool = False) -> Petition | None:
    """A live petition by its number, in what ``user`` may see (``subtree``: also the units below)."""
    qs = Petition.objects.live().filter(reference_no=reference_no)
    if subtree and user is not None and user.unit_id:
        return qs.filter(Q(unit__path__startswith=user.unit.path) | Q(unit__in=units_for(user, "view"))).first()
    return qs.filter(unit__in=units_for(user, "view")).first()


def normalise_name(text: str) -> str:
    return _PUNCT.sub("", text or "")


def normalise_id(text: str) -> str:
    return re.sub(r"[^0-9Xx]", "", text or "").upper()


def normalise_phone(text: str) -> str:
    digits = re.sub(r"\D", "", text or "")
    return digits[-11:] if len(digits) >= 7 else ""


def normalise_matter(text: str) -> str:
    return _PUNCT.sub("", text or "")


@dataclass
class RepeatCandidate:
    petition: Petition
    reasons: list[str] = field(default_factory=list)
    similarity: int = 0


def repeat_candidates(*, user, petitioner_name="", id_number="", phone="", matter="", on: dt.date | None = None,
                      exclude_pk: int | None = None, limit: int = 10) -> list[RepeatCandidate]:
    """Earlier petitions from the same person or about a near-identical matter, across channels.

    Same person: identical 身份证号 or 电话 (normalised), or the same name (shown as the weaker
    “同名”). Near-identical matter: rapidfuzz partial ratio of the punctuation-free texts at or
    above the ``petitions.repeat_similarity`` setting. Window: ``petitions.repeat_window_days``
    before ``on``. Only petitions the user may see are offered.
    """
    from fazhi.deadlines.services import today

    on = on or today()
    window = int(get_setting("petitions.repeat_window_days"))
    threshold = int(get_setting("petitions.repeat_similarity"))
    name, pid, tel, text = normalise_name(petitioner_name), normalise_id(id_number), normalise_phone(phone), normalise_matter(matter)
    if not (name or pid or tel or len(text) >= 6):
        return []
    qs = (Petition.objects.restrict(user, "view").live()
          .filter(received_on__gte=on - dt.timedelta(days=window), received_on__lte=on)
          .only("pk", "reference_no", "received_on", "channel", "petitioner_name", "petitioner_id_number",
                "petitioner_phone", "matter", "state", "unit_id"))
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    out = []
    for p in qs.iterator(chunk_size=500):
        reasons = []
        if pid and normalise_id(p.petitioner_id_number) == pid:
            reasons.append("身份证号相同")
        if tel and normalise_phone(p.petitioner_phone) == tel:
            reasons.append("联系电话相同")
        if name and normalise_name(p.petitioner_name) == name and not reasons:
            reasons.append("同名")
        score = 0
        if len(text) >= 6:
            other = normalise_matter(p.matter)
            if other:
                score = int(round(fuzz.partial_ratio(text, other) if min(len(text), len(other)) >= 12 else fuzz.ratio(text, other)))
                if score >= threshold:
                    reasons.append(f"事项相近（相似度 {score}）")
        if reasons:
            out.append(RepeatCandidate(p, reasons, score))
    strong = {"身份证号相同", "联系电话相同"}
    out.sort(key=lambda c: (-(bool(strong & set(c.reasons))), -len(c.reasons), -c.similarity, -c.petition.received_on.toordinal()))
    return out[:limit]


def petition_list_open(user):
    return Petition.objects.restrict(user).live().filter(state__in=["registered", "accepted"])

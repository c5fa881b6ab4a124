"""Attaching evidence: an uploaded file, or a link to a record the user can already see in the platform."""

from __future__ import annotations

import hashlib
import re

from django.contrib.contenttypes.models import ContentType
from django.http import Http404

from fazhi.core.errors import InvalidInput

from ..models import Evidence

MSG_BAD_LINK = "关联记录地址无效：请粘贴本平台台账记录页面的地址，如 /l/publicity/activities/12/。"
MSG_LINK_NOT_FOUND = "找不到该关联记录，或您无权查看。"
_LINK = re.compile(r"/l/(?P<app>[a-z_]+)/(?P<plural>[a-z_]+)/(?P<pk>\d+)/?")


def resolve_record_link(*, user, url: str):
    """The ledger record behind a pasted ``/l/<app>/<plural>/<id>/`` address, if ``user`` may view it."""
    from fazhi.core.ledgers import LEDGERS
    from fazhi.core.selectors import record_get

    m = _LINK.search(url or "")
    if not m or f"{m['app']}.{m['plural']}" not in LEDGERS:
        raise InvalidInput(MSG_BAD_LINK, {"evidence_link": [MSG_BAD_LINK]})
    ledger = LEDGERS[f"{m['app']}.{m['plural']}"]
    try:
        return record_get(ledger=ledger, user=user, pk=m["pk"])
    except Http404:
        raise InvalidInput(MSG_LINK_NOT_FOUND, {"evidence_link": [MSG_LINK_NOT_FOUND]}) from None


def evidence_attach(*, target, user, upload=None, link: str = "") -> list[Evidence]:
    """Attach what was given (a file and/or a record link) to ``target``; returns the new rows."""
    rows = []
    ct = ContentType.objects.get_for_model(type(target))
    if link:
        record = resolve_record_link(user=user, url=link)
        rows.append(Evidence.objects.create(
            content_type=ct, object_id=target.pk, unit_id=target.unit_id, uploaded_by=user,
            name=f"{record._meta.verbose_name}：{record}"[:200], record_type=ContentType.objects.get_for_model(type(record)),
            record_id=record.pk, record_url=f"/l/{record._meta.app_label}/{_plural(record)}/{record.pk}/",
        ))
    if upload is not None:
        digest = hashlib.sha256()
        for chunk in upload.chunks():
            digest.update(chunk)
        upload.seek(0)
        ev = Evidence(content_type=ct, object_id=target.pk, unit_id=target.unit_id, uploaded_by=user,
                      name=upload.name[:200], size=upload.size or 0, sha256=digest.hexdigest())
        ev.file.save(upload.name, upload, save=False)
        ev.save()
        rows.append(ev)
    return rows


def _plural(record) -> str:
    from fazhi.core.ledgers import ledger_for_model

    return ledger_for_model(type(record)).plural


def evidence_for(target):
    return Evidence.objects.filter(content_type=ContentType.objects.get_for_model(type(target)), object_id=target.pk)


def evidence_for_many(model, ids) -> dict[int, list[Evidence]]:
    out: dict[int, list[Evidence]] = {}
    rows = Evidence.objects.filter(content_type=ContentType.objects.get_for_model(model), object_id__in=list(ids))
    for ev in rows:
        out.setdefault(ev.object_id, []).append(ev)
    return out

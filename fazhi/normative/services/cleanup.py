"""清理 and 效果评估 writes (statutes.md §3.3: publish the lists; documents not continued cannot be applied)."""

from __future__ import annotations

from fazhi.audit.services import event_record
from fazhi.core.errors import GateRefused
from fazhi.core.services import record_create
from fazhi.core.workflow import step
from fazhi.org.choices import Role

from .. import step_forms as sf
from ..choices import CleanupResult, DocState
from ..models import CleanupRound

MSG_ROUND_EMPTY = "清理结论为空：请先逐件登记清理结论（继续有效、修改、废止或失效），再公布清理结果。"


def create_in_parent_unit(parent_field: str):
    """A ledger ``create`` for a child record: it lives in its parent's unit (core scoping stays uniform)."""

    def create(*, ledger, user, data, files=None, unit=None):
        from django.core.exceptions import ValidationError

        from fazhi.core.services import build_form

        form = build_form(ledger, user, data, files)
        try:
            parent = form.fields[parent_field].clean(form[parent_field].data)
        except ValidationError:
            parent = None  # record_create validates again and reports the field's error
        return record_create(ledger=ledger, user=user, data=data, files=files, unit=parent.unit if parent else unit)

    return create


@step(CleanupRound, "publish", label="公布清理结果", roles=[Role.OPERATOR, Role.LEADER, Role.LEGAL_REVIEWER],
      form=sf.RoundPublishForm, statute="国办发〔2018〕37号（动态清理，待确认）；地方规范性文件管理规定")
def round_publish(*, obj, user, published_on, published_where):
    """Publishing the lists ends the documents judged 废止 or 失效 (they may no longer be applied)."""
    items = list(obj.items.filter(is_void=False).select_related("document"))
    if not items:
        raise GateRefused("round_empty", MSG_ROUND_EMPTY)
    obj.publish()
    obj.published_on, obj.published_where = published_on, published_where
    ended = 0
    for item in items:
        doc = item.document
        if doc is None or item.result not in (CleanupResult.REPEAL, CleanupResult.EXPIRE):
            continue
        if doc.state not in (DocState.PUBLISHED, DocState.FILED):
            continue
        before = doc.state
        doc.end(DocState.REPEALED if item.result == CleanupResult.REPEAL else DocState.EXPIRED)
        doc.ended_on, doc.end_note = published_on, f"{obj.title}：{item.get_result_display()}"
        doc._history_user = user
        doc._change_reason = f"清理：{item.get_result_display()}"
        doc.save()
        event_record(obj=doc, verb="cleanup", label=f"清理结论：{item.get_result_display()}", actor=user,
                     from_state=before, to_state=doc.state, data={"round": obj.pk}, note=item.reason)
        ended += 1
    return {"note": f"共 {len(items)} 件；因废止或失效而停止适用 {ended} 件。"}

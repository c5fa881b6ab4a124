"""Layer (a) of the audit trail as people read it: each version, who, when, which fields changed."""

from __future__ import annotations


def history_rows(obj, limit: int = 200) -> list[dict]:
    history = getattr(obj, "history", None)
    if history is None:
        return []
    versions = list(history.all().select_related("history_user").order_by("history_date", "history_id")[:limit])
    rows = []
    prev = None
    for v in versions:
        changes = []
        if prev is not None:
            delta = v.diff_against(prev)
            for c in delta.changes:
                field = obj._meta.get_field(c.field)
                changes.append({"field": str(field.verbose_name), "old": c.old, "new": c.new})
        rows.append({
            "date": v.history_date, "user": v.history_user, "type": {"+": "创建", "~": "修改", "-": "删除"}[v.history_type],
            "reason": v.history_change_reason or "", "changes": changes,
        })
        prev = v
    rows.reverse()
    return rows

"""Steps of the 权责清单: an item is amended or removed, and each change is logged with its document.

《关于推行地方各级政府工作部门权力清单制度的指导意见》(中办发〔2015〕21号) requires the lists to be
adjusted dynamically and published; that an adjustment must rest on an approving document is how the
guideline is applied locally, not a quoted article — hence the UNCONFIRMED setting below, shown on the
“期限规则与节假日” page with the other settings.
"""

from __future__ import annotations

from fazhi.core.errors import GateRefused
from fazhi.core.services import record_create
from fazhi.core.settings_registry import declare_setting, get_setting
from fazhi.core.workflow import step
from fazhi.org.choices import Role

from .forms import PowerAmendForm, PowerRemoveForm
from .models import PowerItem, PowerItemChange

STATUTE = "中办发〔2015〕21号《关于推行地方各级政府工作部门权力清单制度的指导意见》（动态调整；条款未核实）"
SETTING_DOC = "lists.power_change_requires_document"

declare_setting(
    SETTING_DOC, "权责清单调整须有批准文件文号", True, unconfirmed=True,
    note="中办发〔2015〕21号要求权力清单动态调整并公布；“调整须依批准文件”为通行做法，原文条款未在 statutes.md 核实。"
         "关闭后可无文号调整，该调整记为“未依批准文件”（擅自更改）。",
    source="issue 6",
)

MSG_DOC_REQUIRED = "权责清单的调整须依据批准文件（请填写文号）：{statute}。未经批准的更改属于“擅自更改权力事项”。"
MSG_BEFORE_LISTED = "调整日期（{on}）早于该事项列入清单的日期（{listed}）。"


def _check(obj: PowerItem, on, doc_no: str) -> None:
    if get_setting(SETTING_DOC) and not doc_no.strip():
        raise GateRefused("document_required", MSG_DOC_REQUIRED.format(statute=STATUTE))
    if on < obj.listed_on:
        raise GateRefused("before_listed", MSG_BEFORE_LISTED.format(on=on, listed=obj.listed_on))


def _log(obj: PowerItem, user, action: str, on, doc_no: str, summary: str) -> PowerItemChange:
    return record_create(ledger=PowerItemChange.ledger(), user=user, unit=obj.unit, data={
        "item": obj.pk, "action": action, "changed_on": on, "doc_no": doc_no, "authorized": bool(doc_no.strip()),
        "summary": summary,
    })


@step(PowerItem, "amend", label="调整事项", roles=[Role.OPERATOR, Role.LEADER], form=PowerAmendForm, statute=STATUTE)
def power_item_amend(*, obj: PowerItem, user, changed_on, summary: str, doc_no: str = "", legal_basis: str = "",
                     responsibilities: str = "", **_):
    """Amend the basis or responsibilities of an item in the list, logging the change."""
    _check(obj, changed_on, doc_no)
    obj.amend()
    if legal_basis.strip():
        obj.legal_basis = legal_basis.strip()
    if responsibilities.strip():
        obj.responsibilities = responsibilities.strip()
    _log(obj, user, "amended", changed_on, doc_no, summary)


@step(PowerItem, "remove", label="取消事项", roles=[Role.OPERATOR, Role.LEADER], form=PowerRemoveForm, statute=STATUTE,
      danger=True)
def power_item_remove(*, obj: PowerItem, user, removed_on, summary: str, doc_no: str = "", **_):
    """Take an item off the list (it stays visible, no longer counts), logging the change."""
    _check(obj, removed_on, doc_no)
    obj.remove()
    obj.removed_on = removed_on
    _log(obj, user, "removed", removed_on, doc_no, summary)

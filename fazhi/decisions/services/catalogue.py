"""决策事项目录 steps: 党委同意, 公布, 调整 (条例第3条第3款)."""

from __future__ import annotations

from fazhi.core.errors import GateRefused
from fazhi.core.workflow import step

from .. import step_forms as sf
from ..choices import CatalogueState
from ..models import DecisionCatalogue
from .decision import WRITERS

MSG_NO_CONSENT = "决策事项目录应当经同级党委同意后向社会公布（条例第3条第3款），请先登记党委同意。"
MSG_EMPTY = "目录中还没有决策事项，不能报请党委同意（条例第3条第3款：决策机关确定决策事项目录）。"


@step(DecisionCatalogue, "record_consent", label="登记党委同意", roles=WRITERS, form=sf.ConsentForm, statute="条例第3条第3款")
def catalogue_record_consent(*, obj, user, consented_on, consent_ref):
    if not obj.items.filter(is_void=False).exists():
        raise GateRefused("catalogue_empty", MSG_EMPTY)
    obj.record_consent()
    obj.consented_on, obj.consent_ref = consented_on, consent_ref


@step(DecisionCatalogue, "publish", label="向社会公布", roles=WRITERS, form=sf.CataloguePublishForm, statute="条例第3条第3款")
def catalogue_publish(*, obj, user, published_on, published_where):
    if obj.state != CatalogueState.CONSENTED:
        raise GateRefused("no_party_consent", MSG_NO_CONSENT)
    obj.publish()
    obj.published_on, obj.published_where = published_on, published_where


@step(DecisionCatalogue, "adjust", label="调整目录", roles=WRITERS, form=sf.AdjustForm, statute="条例第3条第3款")
def catalogue_adjust(*, obj, user, adjusted_on, reason, consent_ref):
    """Items are added or voided on their own pages (with history); this records why and with whose consent."""
    obj.adjust()
    obj.adjusted_on = adjusted_on
    obj.adjust_note = f"{obj.adjust_note}\n{adjusted_on}：{reason}（{consent_ref}）".strip()

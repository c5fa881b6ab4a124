"""Steps of the leadership ledgers: a 下一年度工作安排 item is later found done or not done.

《法治政府建设与责任落实督察工作规定》(厅字〔2019〕28号) asks each annual report for the next year's
主要安排 (content item (四); article number not confirmed, statutes.md §1). Next year's report says
which of them were done; these gates keep that statement checkable.
"""

from __future__ import annotations

from fazhi.core.errors import GateRefused
from fazhi.core.workflow import step
from fazhi.org.choices import Role

from .formkit import lines
from .forms import PlanCompleteForm, PlanNotDoneForm
from .models import PlanItem

STATUTE_PLAN = "《法治政府建设与责任落实督察工作规定》年度报告内容第（四）项（条号未确认）"

MSG_EVIDENCE_REQUIRED = (
    "认定“已完成”必须附佐证（系统内记录的链接、文件文号或存档位置）：下一年度报告据此说明计划完成情况，"
    "督察规定要求年度报告如实反映工作安排的落实。"
)
MSG_DONE_BEFORE_PROPOSED = "完成日期（{done}）早于该安排提出的日期（{proposed}），请核对。"
MSG_NOT_YET_DUE = "该安排的完成期限为 {due}，期限届满前不能认定“未完成”；如已确定无法完成，请先修改完成期限并说明理由。"


@step(PlanItem, "complete", label="认定已完成", roles=[Role.OPERATOR, Role.LEADER], form=PlanCompleteForm,
      statute=STATUTE_PLAN)
def plan_item_complete(*, obj: PlanItem, user, done_on, evidence: str = "", outcome: str = "", **_):
    """Done only with evidence, and not before the item was proposed."""
    if not lines(evidence):
        raise GateRefused("evidence_required", MSG_EVIDENCE_REQUIRED)
    if done_on < obj.proposed_on:
        raise GateRefused("done_before_proposed", MSG_DONE_BEFORE_PROPOSED.format(done=done_on, proposed=obj.proposed_on))
    obj.complete()
    obj.done_on = done_on
    obj.evidence = "\n".join(lines(evidence))
    obj.outcome = outcome


@step(PlanItem, "mark_not_done", label="认定未完成", roles=[Role.OPERATOR, Role.LEADER], form=PlanNotDoneForm,
      statute=STATUTE_PLAN)
def plan_item_mark_not_done(*, obj: PlanItem, user, assessed_on, outcome: str, **_):
    """Not done only once the due date has passed (before it the item is still open)."""
    if assessed_on <= obj.due_on:
        raise GateRefused("not_yet_due", MSG_NOT_YET_DUE.format(due=obj.due_on))
    obj.mark_not_done()
    obj.outcome = outcome

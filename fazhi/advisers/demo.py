"""Demo records of 法律顾问 (seed figures), through the services:

* 大湾镇 2020 (s000-022/023/042): 重庆大成律师事务所 3 lawyers, engaged in 2019 and 继续聘请 for 2020,
  filed with 渝北区司法局; each of the town's 村（社区） has an adviser (一社区一法律顾问).
* 武隆区 2020 (s003-047): 7 法律顾问 engaged by the 区政府, one opinion on the 常务会议 decision.
* 遂城镇 2020 (s004-024/025): advisers for all 46 村（居）, and opinions to the 镇政府 in six fields.
* 古楼镇 2024 (s002-030/067/077): two advisers, a yearly log with assessment, an opinion on only one
  of the two decisions decided (法律顾问实际参与重大决策较少).
"""

from __future__ import annotations

import datetime as dt

from fazhi.core.services import record_create
from fazhi.core.workflow import perform
from fazhi.org.models import Unit

from .models import Adviser, AdviserService, AdviserYearLog, Engagement
from .services import engagement_create

D = dt.date
SUICHENG_VILLAGES = 46  # 遂城镇 2020: “全镇46个村(居)委会” (seed 004 l.35)


def _adviser(user, unit, name, firm, kind="lawyer"):
    return record_create(ledger=Adviser.ledger(), user=user, unit=unit, data={"name": name, "kind": kind, "firm": firm})


def _engage(user, adviser, served, start, end, role="standing", filed_with=""):
    e = engagement_create(ledger=Engagement.ledger(), user=user, data={
        "served_unit": served.pk, "adviser": adviser.pk, "role": role, "start_on": start, "end_on": end,
        "contract_no": f"{served.short_name or served.name}-{start.year}-{adviser.pk}"})
    if filed_with:
        e = perform(obj=e, name="file", user=user, data={"filed_on": start + dt.timedelta(days=19), "filed_with": filed_with})
    return e


def _service(user, unit, adviser, on, kind, subject, topic="", target=None):
    data = {"adviser": adviser.pk, "kind": kind, "given_on": on, "subject": subject, "topic": topic,
            "opinion": f"就“{subject}”出具法律意见（演示）。", "adopted": "adopted", "hours": "2"}
    if target is not None:
        data.update({"target_ledger": target.ledger().key, "target_id": target.pk})
    return record_create(ledger=AdviserService.ledger(), user=user, unit=unit, data=data)


def _decision(unit, title_part):
    from fazhi.decisions.models import MajorDecision

    return MajorDecision.objects.filter(unit=unit, title__contains=title_part, is_void=False).first()


def _villages(town, n=None):
    qs = Unit.objects.filter(parent=town, level="village").order_by("pk")
    return list(qs if n is None else qs[:n])


def _dawan(ctx):
    user, town = ctx.user("dawan_operator"), ctx.unit("大湾镇")
    lawyers = [_adviser(user, town, name, "重庆大成律师事务所") for name in ("王律师（演示）", "陈律师（演示）", "刘律师（演示）")]
    for a in lawyers:
        first = _engage(user, a, town, D(2019, 1, 1), D(2019, 12, 31), filed_with="渝北区司法局")
        renewed = perform(obj=first, name="renew", user=user, data={"start_on": "2020-01-01", "end_on": "2020-12-31"})
        perform(obj=renewed.renewed_by, name="file", user=user, data={"filed_on": "2020-01-20", "filed_with": "渝北区司法局"})
    for k, village in enumerate(_villages(town)):
        _engage(user, lawyers[k % 3], village, D(2020, 1, 1), D(2020, 12, 31), role="village")
    decision = _decision(town, "人居环境整治")
    if decision is not None:
        _service(user, town, lawyers[0], D(2020, 4, 10), "decision", decision.title, "重大决策", target=decision)
    _service(user, town, lawyers[1], D(2020, 6, 5), "contract", "集镇道路保洁服务合同", "合同审查")


def _wulong(ctx):
    user, unit = ctx.user("wulong_operator"), ctx.unit("武隆区")
    people = [(f"律师{k}（演示）", "重庆某律师事务所（演示）", "lawyer") for k in range(1, 6)] + \
             [(f"公职律师{k}（演示）", "武隆区司法局", "public_lawyer") for k in (1, 2)]
    advisers = [_adviser(user, unit, n, f, kind) for n, f, kind in people]
    for a in advisers:
        _engage(user, a, unit, D(2020, 1, 1), D(2020, 12, 31), filed_with="重庆市司法局（演示）")
    decision = _decision(unit, "城市更新")
    if decision is not None:
        _service(user, unit, advisers[0], D(2020, 6, 1), "decision", decision.title, "重大决策", target=decision)


def _suicheng(ctx):
    from fazhi.org.services import unit_create

    user, town = ctx.user("suicheng_operator"), ctx.unit("遂城镇")
    # the seed tree has three placeholder villages; the report counts 46 村（居）委会
    have = {u.name for u in _villages(town)}
    for i in range(1, SUICHENG_VILLAGES + 1):
        name = f"遂城镇示例村{i}（演示）"
        if name not in have:
            unit_create(name=name, short_name=name, level="village", parent=town)
    people = [_adviser(user, town, f"驻村律师{k}（演示）", "湛江某律师事务所（演示）" if k <= 5 else "遂城法律服务所（演示）",
                       "lawyer" if k <= 5 else "legal_worker") for k in range(1, 9)]
    for k, village in enumerate(_villages(town, SUICHENG_VILLAGES)):
        _engage(user, people[k % len(people)], village, D(2020, 3, 1), D(2021, 2, 28), role="village", filed_with="遂溪县司法局")
    decision = _decision(town, "文化广场")
    topics = [("decision", "重大决策", "文化广场建设项目决策", decision), ("other", "重大行政行为", "集体土地上房屋征收决定", None),
              ("negotiation", "重大经济项目谈判", "产业园区招商项目合同谈判", None), ("other", "三清三拆", "三清三拆整治行动", None),
              ("other", "扫黑除恶", "扫黑除恶专项斗争线索研判", None), ("enforcement", "违建拆除", "违法建筑强制拆除程序", None)]
    for k, (kind, topic, subject, target) in enumerate(topics):
        _service(user, town, people[k], D(2020, 4 + k, 10), kind, subject, topic, target=target)


def _gulou(ctx):
    user, town = ctx.user("gulou_operator"), ctx.unit("古楼镇")
    a1 = _adviser(user, town, "杨律师（演示）", "重庆某律师事务所合川分所（演示）")
    a2 = _adviser(user, town, "何律师（演示）", "重庆某律师事务所合川分所（演示）")
    for a in (a1, a2):
        _engage(user, a, town, D(2024, 1, 1), D(2024, 12, 31), filed_with="合川区司法局")
    decision = _decision(town, "污水管网")
    if decision is not None:
        _service(user, town, a1, D(2024, 4, 5), "decision", decision.title, "重大决策", target=decision)
    _service(user, town, a2, D(2024, 5, 8), "contract", "农村公路养护服务合同", "合同审查")
    _service(user, town, a2, D(2024, 8, 20), "dispute", "土地承包经营权纠纷调解", "矛盾纠纷")
    for a, result in ((a1, "competent"), (a2, "basic")):
        record_create(ledger=AdviserYearLog.ledger(), user=user, unit=town, data={
            "adviser": a.pk, "year": 2024, "assessed_on": "2024-12-20", "result": result, "assessor": "古楼镇法治建设领导小组",
            "comments": "依据年度服务记录考核（演示）"})


def load(ctx):
    for key, fn in (("dawan", _dawan), ("wulong_2020", _wulong), ("suicheng_2020", _suicheng), ("gulou_2024", _gulou)):
        if ctx.once(f"advisers.{key}"):
            fn(ctx)

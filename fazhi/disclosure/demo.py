"""Demo 政务公开 records (claims.yaml domain ``disclosure``).

* 大湾镇 2020 (s000-034/036/046): items published through 公开栏、会议、农村广播网络、简报、电视;
  every 财务收支 item audited before publication; requests of the year, two answered late.
* 遂城镇 2020 (s004-013/014/015/038/039): every statutory item published; 公开栏、会议、电视、网络 and
  the 电子屏 in the hall; five key areas; four 民生 topics.
* 古楼镇 2024 (s002-065): publication not always on time.
* Current requests and an unpublished item entered step by step (running clocks, 补正, third-party
  consultation, extension).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from fazhi.petitions.demo import _name


def _items(rows_spec, year):
    rows = []
    for i, (title, category, channel, topic, late) in enumerate(rows_spec):
        formed = dt.date(year, 1, 8) + dt.timedelta(days=i * 23 % 330)
        rows.append({"title": title, "category": category, "channel": channel, "topic": topic, "formed_on": formed,
                     "required_by_law": True, "audited_before_publication": category == "finance",
                     "published_on": formed + dt.timedelta(days=40 if late else 6 + i % 8)})
    return rows


def _dawan(ctx):
    from .backfill import item_backfill, request_backfill

    unit, user = ctx.unit("大湾镇"), ctx.user("dawan_operator")
    spec = [("2020年镇级部门预算", "budget", "board", "", False), ("第一季度财务收支情况", "finance", "board", "", False),
            ("第二季度财务收支情况", "finance", "meeting", "", False), ("第三季度财务收支情况", "finance", "broadcast", "", False),
            ("第四季度财务收支情况", "finance", "bulletin", "", False), ("农村低保名单", "livelihood", "board", "社会救助", False),
            ("土地承包经营权流转情况", "rural", "meeting", "", False), ("防汛减灾政策解读", "policy", "tv", "", False),
            ("高龄津贴发放名单", "livelihood", "broadcast", "高龄津贴", False), ("扶贫资金使用情况", "finance", "tv", "", False)]
    item_backfill(user=user, unit=unit, rows=_items(spec, 2020))
    rows = []
    types = ["public", "public", "already_public", "partial", "unavailable_not_held", "public"]
    for i, rt in enumerate(types):
        arrived = dt.date(2020, 3, 2) + dt.timedelta(days=i * 45)
        late = i in (1, 4)          # answered after the 20-WD limit (s000-046: 超期答复)
        rows.append({"applicant": _name(i + 200), "applicant_type": "natural" if i % 3 else "business", "channel": "in_person",
                     "arrived_on": arrived, "description": ["村道建设项目资金拨付文件", "征地补偿安置方案", "2019年镇级决算",
                     "某企业环评批复", "2018年会议纪要", "低保审批程序"][i],
                     "replied_on": arrived + dt.timedelta(days=40 if late else 12), "reply_type": rt,
                     "reply_reason": "经检索本机关未制作或获取该信息" if rt == "unavailable_not_held" else ""})
    rows.append({"applicant": _name(230), "applicant_type": "natural", "channel": "registered_mail",
                 "arrived_on": dt.date(2020, 12, 21), "description": "2020年农房整治补助名单",
                 "replied_on": dt.date(2021, 1, 8), "reply_type": "public"})      # carried into 2021
    request_backfill(user=user, unit=unit, rows=rows)


def _suicheng(ctx):
    from .backfill import item_backfill

    unit, user = ctx.unit("遂城镇"), ctx.user("suicheng_operator")
    spec = [("2020年镇政府年度预算", "budget", "board", "", False), ("镇区道路改造工程项目", "project", "website", "", False),
            ("上半年财务收支", "finance", "board", "", False), ("下半年财务收支", "finance", "meeting", "", False),
            ("行政处罚决定公示", "enforcement", "website", "", False), ("民政救助补助名单", "livelihood", "board", "民政救助补助", False),
            ("新兵入伍优待金发放", "livelihood", "tv", "新兵入伍", False), ("城乡居民医疗报销办理指南", "livelihood", "website", "医疗报销", False),
            ("养老保险待遇资格年审通知", "livelihood", "meeting", "养老保险年审", False),
            ("本年度行政审批事项流动公开", "enforcement", "screen", "", False)]
    item_backfill(user=user, unit=unit, rows=_items(spec, 2020))


def _gulou(ctx):
    from .backfill import item_backfill

    unit, user = ctx.unit("古楼镇"), ctx.user("gulou_operator")
    spec = [(f"2024年第{q}季度财务收支", "finance", "board", "", q == 3) for q in (1, 2, 3, 4)]
    spec += [("高标准农田建设项目", "project", "website", "", True), ("2024年镇级预算", "budget", "website", "", False)]
    item_backfill(user=user, unit=unit, rows=_items(spec, 2024))


def _current(ctx):
    from fazhi.core.workflow import perform
    from fazhi.deadlines.services import today

    from .models import DisclosureRequest, ProactiveItem
    from .services import disclosure_request_register, proactive_item_register

    t = today()
    unit, clerk, head = ctx.unit("大湾镇"), ctx.user("dawan_operator"), ctx.user("dawan_leader")

    def reg(i, days_ago, channel="in_person", **kw):
        arrived = t - dt.timedelta(days=days_ago)
        data = {"applicant": _name(i + 240), "applicant_type": "natural", "channel": channel, "arrived_on": arrived.isoformat(),
                "description": ["村集体土地征收批复", "2025年镇级决算", "河道整治项目合同", "低保审批材料"][i % 4], **kw}
        return disclosure_request_register(ledger=DisclosureRequest.ledger(), user=clerk, unit=unit, data=data)

    def go(obj, name, user=clerk, **data):
        return perform(obj=DisclosureRequest.objects.get(pk=obj.pk), name=name, user=user,
                       data={k: v.isoformat() if isinstance(v, dt.date) else v for k, v in data.items()})

    reg(0, 3, channel="online", confirmed_on=(t - dt.timedelta(days=2)).isoformat())
    r = reg(1, 6)
    go(r, "request_correction", notice_on=t - dt.timedelta(days=4), items="请明确所需信息的文号或名称", due_on=t + dt.timedelta(days=10))
    r = reg(2, 20)
    go(r, "consult", sent_on=t - dt.timedelta(days=15), party="某建设公司（合同相对方）")
    r = reg(3, 26)
    go(r, "extend", user=head, approved_on=t - dt.timedelta(days=1), reason="涉及档案较多，检索需时")
    r = reg(4, 30)
    go(r, "reply", replied_on=t - dt.timedelta(days=5), reply_type="public", doc_no="大湾信公〔%d〕3号" % t.year, fee=Decimal("0"))
    proactive_item_register(ledger=ProactiveItem.ledger(), user=clerk, unit=unit, data={
        "title": "冬季森林防火工作方案", "category": "policy", "channel": "website",
        "formed_on": (t - dt.timedelta(days=10)).isoformat(), "required_by_law": "on"})


def load(ctx):
    for key, fn in (("dawan_2020", _dawan), ("suicheng_2020", _suicheng), ("gulou_2024", _gulou), ("current", _current)):
        if ctx.once(f"disclosure.{key}"):
            fn(ctx)

"""Demo 信访 records matching the seeds (claims.yaml domain ``petitions``).

* 龙河镇 2020 (s001-022): 77 cases accepted (上级转办、本级录入、群众建议、网上代理), all closed on
  time; 96 matters received by the principal leaders at 接访/下访.
* 遂城镇 2020 (s004-017/018): 513 cases accepted by the end of November (town and villages),
  473 closed by then (办结率 92.2%); the other 40 closed in January 2021; no 越级上访.
* 古楼镇 (s002-050/052): 2 信访遗留 problems closed in 2024; letters and visits 30 (2023) → 21 (2024).
* 大湾镇 (s000-054): repeat and 进京 visits fewer in 2020 than in 2019; plus a few current cases
  entered step by step, so that clocks run, fall due and show on the home page.
"""

from __future__ import annotations

import datetime as dt

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
MATTERS = [
    ("claim", "反映村道硬化施工占用承包地，请求给予补偿。"),
    ("claim", "反映务工工资被拖欠{n}个月，请求协调支付。"),
    ("claim", "反映宅基地边界与邻居存在争议，请求调处。"),
    ("claim", "反映低保评定不公，请求复核家庭情况。"),
    ("suggestion", "建议在场镇增设路灯，方便群众夜间出行。"),
    ("claim", "反映饮用水管网老化经常停水，请求维修。"),
    ("accusation", "反映村组财务收支未按规定公开。"),
    ("claim", "反映林地确权面积与实际不符，请求重新核实。"),
    ("claim", "反映养殖场异味影响生活，请求处理。"),
    ("suggestion", "建议对通村公路急弯处增设护栏。"),
]


def _name(i: int) -> str:
    return f"{SURNAMES[i % len(SURNAMES)]}某{'' if i < len(SURNAMES) else i // len(SURNAMES)}"


def _matter(i: int) -> tuple[str, str]:
    cat, text = MATTERS[i % len(MATTERS)]
    return cat, text.format(n=2 + i % 4)


def _row(i, channel, received, accepted, replied, *, follow=None, satisfaction="", result="solved", **extra):
    cat, text = _matter(i)
    return {"channel": channel, "received_on": received, "accepted_on": accepted, "replied_on": replied,
            "petitioner_name": _name(i), "matter": text, "category": cat, "result": result,
            "opinion": "support" if result == "solved" else "explain", "follow_up_on": follow, "satisfaction": satisfaction,
            "referred_by": "丰都县信访办" if channel == "referred" else "", **extra}


def _longhe(ctx):
    from .backfill import petition_backfill, reception_backfill

    unit, user = ctx.unit("龙河镇"), ctx.user("longhe_operator")
    channels = ["referred"] * 30 + ["visit"] * 25 + ["letter"] * 10 + ["online"] * 12  # 上级转办/本级录入/群众建议/网上代理
    sats = ["satisfied"] * 68 + ["basic"] * 7 + ["dissatisfied"] * 2
    rows = []
    for i, ch in enumerate(channels):
        received = dt.date(2020, 1, 6) + dt.timedelta(days=(i * 4) % 330)
        accepted = received + dt.timedelta(days=2 + i % 5)
        replied = accepted + dt.timedelta(days=15 + (i * 7) % 40)          # always within 60 日
        result = "unsolved" if sats[i] == "dissatisfied" else "partly" if i % 25 == 3 else "solved"
        extra = {"is_key_case": i % 15 == 0, "case_owner": "镇党委书记" if i % 15 == 0 else ""}
        if ch == "letter":
            extra["category"] = "suggestion"
        rows.append(_row(i, ch, received, accepted, replied, follow=replied + dt.timedelta(days=7),
                         satisfaction=sats[i], result=result, **extra))
    petition_backfill(user=user, unit=unit, rows=rows)
    leaders = ["镇党委书记", "镇长"]
    reception_backfill(user=user, unit=unit, rows=[{
        "held_on": dt.date(2020, 1, 8) + dt.timedelta(days=7 * k), "kind": "receive" if k % 3 else "visit",
        "leader": leaders[k % 2], "leader_rank": "principal", "place": "镇信访接待室" if k % 3 else f"龙河镇示例村{k % 3 + 1}（演示）",
        "cases_received": 2, "people": 3, "summary": "接待群众反映土地、务工、低保等事项",
    } for k in range(48)])


def _suicheng(ctx):
    from .backfill import petition_backfill

    town = ctx.unit("遂城镇")
    villages = [ctx.unit(f"遂城镇示例村{k}（演示）") for k in (1, 2, 3)]
    user = ctx.user("suicheng_operator")
    by_unit: dict = {}
    channels = ["visit", "phone", "letter", "online", "referred"]
    for i in range(513):
        if i < 473:    # closed by the end of November
            received = dt.date(2020, 1, 3) + dt.timedelta(days=(i * 5) % 290)
            accepted = received + dt.timedelta(days=1 + i % 4)
            replied = min(accepted + dt.timedelta(days=10 + (i * 3) % 45), dt.date(2020, 11, 30))
        else:          # still open at the end of November, closed in January 2021
            received = dt.date(2020, 10, 20) + dt.timedelta(days=(i - 473))
            accepted = received + dt.timedelta(days=2)
            replied = dt.date(2021, 1, 4) + dt.timedelta(days=(i - 473) % 20)
        unit = town if i % 4 else villages[i % 3]
        follow = replied + dt.timedelta(days=5) if i % 3 == 0 else None
        sat = ("satisfied" if i % 10 else "basic") if follow else ""
        by_unit.setdefault(unit, []).append(_row(i, channels[i % 5], received, accepted, replied, follow=follow, satisfaction=sat))
    for unit, rows in by_unit.items():
        petition_backfill(user=user, unit=unit, rows=rows)


def _gulou(ctx):
    from .backfill import petition_backfill

    unit, user = ctx.unit("古楼镇"), ctx.user("gulou_operator")
    rows = []
    for year, n in ((2023, 30), (2024, 21)):
        for i in range(n):
            received = dt.date(year, 1, 10) + dt.timedelta(days=i * 11)
            rows.append(_row(i + year, "letter" if i % 2 else "visit", received, received + dt.timedelta(days=2),
                             received + dt.timedelta(days=30), follow=received + dt.timedelta(days=40), satisfaction="satisfied"))
    for i, (received, replied) in enumerate(((dt.date(2021, 5, 10), dt.date(2024, 6, 18)), (dt.date(2022, 3, 2), dt.date(2024, 9, 27)))):
        rows.append(_row(200 + i, "visit", received, received + dt.timedelta(days=3), replied, is_legacy=True,
                         is_key_case=True, case_owner="镇党委书记", follow=replied + dt.timedelta(days=10),
                         satisfaction="basic", extended_on=received + dt.timedelta(days=40)))
    petition_backfill(user=user, unit=unit, rows=rows)


def _dawan_history(ctx):
    from .backfill import petition_backfill

    unit, user = ctx.unit("大湾镇"), ctx.user("dawan_operator")
    for year, n, repeats, beijing in ((2019, 20, 6, 2), (2020, 18, 2, 0)):
        rows = []
        for i in range(n):
            received = dt.date(year, 1, 15) + dt.timedelta(days=i * 17)
            rows.append(_row(i + 300, ["visit", "letter", "phone"][i % 3], received, received + dt.timedelta(days=1),
                             received + dt.timedelta(days=25),
                             **({"category": "legal", "escalation": "beijing"} if i < beijing else {})))
        first = petition_backfill(user=user, unit=unit, rows=rows[: n - repeats])
        tail = rows[n - repeats:]
        for k, r in enumerate(tail):   # the same petitioners coming back on the same matters
            src = first[k]
            r.update(petitioner_name=src.petitioner_name, matter=src.matter, category=src.category, repeat_of=src)
        petition_backfill(user=user, unit=unit, rows=tail)


def _dawan_current(ctx):
    """A few cases of the current year entered step by step (clocks running, due soon, overdue, reopened)."""
    from fazhi.core.workflow import perform
    from fazhi.deadlines.services import today

    from .models import Petition
    from .services import petition_register

    unit, clerk, leader = ctx.unit("大湾镇"), ctx.user("dawan_operator"), ctx.user("dawan_leader")
    t = today()

    def reg(i, days_ago, channel="visit", **kw):
        cat, text = _matter(i)
        data = {"channel": channel, "received_on": (t - dt.timedelta(days=days_ago)).isoformat(), "stage": "initial",
                "petitioner_name": _name(i), "petitioner_phone": f"1380000{i:04d}", "headcount": 1, "matter": text,
                "category": cat, "referred_by": "渝北区信访办" if channel == "referred" else "", **kw}
        return petition_register(ledger=Petition.ledger(), user=clerk, unit=unit, data=data)

    def go(p, name, user=clerk, **data):
        return perform(obj=Petition.objects.get(pk=p.pk), name=name, user=user,
                       data={k: v.isoformat() if isinstance(v, dt.date) else v for k, v in data.items()})

    reg(1, 3)                                   # awaiting acceptance, 15-日 clock running
    reg(2, 12, channel="referred")              # transferred in: 15-日 notice due soon
    p = reg(3, 58)                              # accepted long ago: handling due soon
    go(p, "accept", accepted_on=t - dt.timedelta(days=56), notice_on=t - dt.timedelta(days=56))
    p = reg(4, 75)                              # overdue handling
    go(p, "accept", accepted_on=t - dt.timedelta(days=70), notice_on=t - dt.timedelta(days=70))
    p = reg(5, 70)                              # extended by the leader
    go(p, "accept", accepted_on=t - dt.timedelta(days=65), notice_on=t - dt.timedelta(days=65))
    go(p, "extend", user=leader, approved_on=t - dt.timedelta(days=8), reason="涉及土地权属，需区规划自然资源局核实")
    p = reg(6, 40)                              # closed but not solved → dissatisfied → reopened
    go(p, "accept", accepted_on=t - dt.timedelta(days=39), notice_on=t - dt.timedelta(days=39))
    go(p, "reply", replied_on=t - dt.timedelta(days=20), doc_no="大湾信复〔%d〕6号" % t.year, opinion="explain", result="unsolved")
    go(p, "follow_up", follow_up_on=t - dt.timedelta(days=15), satisfaction="dissatisfied", note="认为仍未解决")
    go(p, "reopen", reopened_on=t - dt.timedelta(days=14), reason="回访不满意，问题未实际解决")
    p = reg(7, 30, petitioner_phone="13800000001")  # the same person as case 1 by phone: a repeat, confirmed
    go(p, "accept", accepted_on=t - dt.timedelta(days=29), notice_on=t - dt.timedelta(days=29))
    p = reg(8, 2, channel="phone", petitioner_phone="13800000001",
            repeat_of_reference=Petition.objects.filter(unit=unit, petitioner_phone="13800000001").order_by("pk").first().reference_no)


def load(ctx):
    if ctx.once("petitions.longhe_2020"):
        _longhe(ctx)
    if ctx.once("petitions.suicheng_2020"):
        _suicheng(ctx)
    if ctx.once("petitions.gulou_2023_2024"):
        _gulou(ctx)
    if ctx.once("petitions.dawan_2019_2020"):
        _dawan_history(ctx)
    if ctx.once("petitions.dawan_current"):
        _dawan_current(ctx)

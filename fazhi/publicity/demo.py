"""Demo records of 普法, 学法, 培训, 考试 and 公共法律服务 for the five seed units (see claims_map.yaml).

Seed 003 states "全区法治宣传1838场13万余人次，其中干部690场3万余人次、青少年84场2万余人次、企业职工242场
1.4万人次、农民633场6.3万人次". Its parts add up to 1,649 场 and 12.7万+ 人次 (seed_anomalies.md 003-2),
so the demo records the parts — 1,649 activities spread over 武隆区 and its townships — and the
system's total is 1,649: the 189 场 the report cannot account for are not invented.
"""

from __future__ import annotations

import datetime as dt

from fazhi.leadership import demo as leadership_demo
from fazhi.leadership.demo_kit import WULONG_TOWNSHIPS, day, make, spread

from .models import (Activity, CultureSite, Exam, LegalLiterate, LegalService, LegalServicePoint, MediaCoverage,
                     PublicityDuty, Study, Training)


def _activity(ctx, unit, held_on, title, venue, audience, **extra):
    return make(ctx, Activity, unit, {"held_on": held_on, "title": title, "venue_type": venue, "audience": audience,
                                      "method": extra.pop("method", "lecture"), **extra})


def _wulong_activities(ctx):
    """1,649 activities in four audience groups (seed 003), attendance 30,600 / 20,300 / 14,000 / 63,000."""
    groups = [("cadres", 690, 30600, "organ", "干部法治教育"), ("youth", 84, 20300, "school", "青少年法治教育"),
              ("workers", 242, 14000, "enterprise", "企业职工法治教育"), ("farmers", 633, 63000, "village", "农民法治教育")]
    units = ["武隆区", *WULONG_TOWNSHIPS]
    for audience, count, people, venue, title in groups:
        for i, attendance in enumerate(spread(people, count)):
            unit = units[i % len(units)] if audience == "farmers" else "武隆区"
            _activity(ctx, unit, day(2020, i), f"{title}（演示）{i + 1}", venue, audience, attendance=attendance)


def _gulou_activities(ctx):
    villages = [f"古楼镇示例村{i}（演示）" for i in (1, 2, 3)]
    for i in range(16):  # s002-007
        _activity(ctx, villages[i % 3], day(2024, i), "普法教育宣传进村（社区）", "village", "farmers", attendance=60)
    for i in range(4):  # s002-008
        _activity(ctx, "古楼镇", day(2024, 40 + i), "村居民开放日", "other", "public", method="open_day", attendance=80)
    for i in range(4):  # s002-009
        _activity(ctx, "古楼镇", day(2024, 50 + i), "普法教育宣传进校园", "school", "youth", attendance=300)
    for i in range(8):  # s002-010
        _activity(ctx, "古楼镇", day(2024, 60 + i), "普法文艺汇演", "public_place", "public", method="performance",
                  attendance=400)
    themes = ["anti_fraud", "illegal_fundraising", "march_month", "petition", "6.26", "4.15"]
    for i in range(21):  # s002-011: 20余次, six themes
        _activity(ctx, "古楼镇", day(2024, 80 + i), "集中法治宣传", "public_place", "public", method="concentrated",
                  campaign=themes[i % 6], attendance=150, materials=300)
    for i, households in enumerate(spread(6050, 11)):  # s002-012: 6000余户
        _activity(ctx, "古楼镇", day(2024, 120 + i), "入户法治宣传", "household", "farmers", method="door_to_door",
                  households=households, attendance=households)
    make(ctx, PublicityDuty, "古楼镇", {"listed_on": dt.date(2024, 2, 20), "department": "综合行政执法办公室",
                                       "laws": "中华人民共和国行政处罚法\n中华人民共和国城乡规划法", "audience": "public"})
    make(ctx, PublicityDuty, "古楼镇", {"listed_on": dt.date(2024, 2, 20), "department": "司法所",
                                       "laws": "中华人民共和国民法典\n中华人民共和国人民调解法", "audience": "farmers"})
    make(ctx, MediaCoverage, "古楼镇", {"published_on": dt.date(2024, 9, 12), "outlet": "合川电视台", "kind": "interview",
                                       "title": "枇杷和谐茶室调解经验专题采访", "subject": "枇杷和谐茶室"})  # s002-054
    for outlet in ("（演示）区融媒体中心", "（演示）市级新闻网站"):
        make(ctx, MediaCoverage, "古楼镇", {"published_on": dt.date(2024, 9, 20), "outlet": outlet, "kind": "repost",
                                           "title": "枇杷和谐茶室经验转载", "subject": "枇杷和谐茶室"})


def _town_activities(ctx):
    # 000 大湾镇 2020: 6·26 and 12·4 with consultations (s000-011)
    _activity(ctx, "大湾镇", dt.date(2020, 6, 26), "6·26禁毒宣传日法律咨询", "public_place", "public", method="concentrated",
              campaign="6.26", consultations=45, attendance=200)
    _activity(ctx, "大湾镇", dt.date(2020, 12, 4), "12·4国家宪法日法律咨询", "public_place", "public", method="concentrated",
              campaign="12.4", consultations=60, attendance=260)
    # 001 龙河镇 2020: 20 场 四进 (s001-014), 3 campaigns at 人流聚集点 (s001-010), 10,000余份 and 600余人次 (s001-013)
    venues = ["organ", "village", "school", "enterprise"]
    materials = spread(10200, 23)
    consultations = spread(610, 23)
    for i in range(20):
        _activity(ctx, "龙河镇", day(2020, i), f"法律进{['机关', '乡村', '学校', '企业'][i % 4]}", venues[i % 4],
                  ["cadres", "farmers", "youth", "workers"][i % 4], attendance=80, materials=materials[i],
                  consultations=consultations[i])
    for n, (campaign, on) in enumerate([("march_month", dt.date(2020, 3, 10)), ("4.15", dt.date(2020, 4, 15)),
                                        ("12.4", dt.date(2020, 12, 4))]):
        _activity(ctx, "龙河镇", on, "场镇人流聚集点集中宣传", "public_place", "public", method="concentrated",
                  campaign=campaign, attendance=300, materials=materials[20 + n], consultations=consultations[20 + n])
    # 004 遂城镇 2020: five campaigns (s004-009), schools with three laws (s004-010), 宣传车/展板/资料 (s004-012)
    campaigns = ["governance_month", "6.26", "rural_month", "youth_week", "safety_month"]
    vehicles, boards, materials = spread(100, 10), spread(3020, 10), spread(79600, 10)
    for i in range(5):
        _activity(ctx, "遂城镇", day(2020, 10 + 20 * i), "主题法治宣传", "public_place", "public", method="concentrated",
                  campaign=campaigns[i], attendance=500, vehicles=vehicles[i], boards=boards[i], materials=materials[i])
    for i in range(3):
        _activity(ctx, "遂城镇", day(2020, 200 + i), "法治宣讲进校园（座谈会、图片展）", "school", "youth", method="seminar",
                  laws="《未成年人保护法》、《禁毒法》、《食品安全法》", attendance=400, vehicles=vehicles[5 + i],
                  boards=boards[5 + i], materials=materials[5 + i])
    for i in range(2):  # s004-011 平安遂城 (not a campaign day)
        _activity(ctx, "遂城镇", day(2020, 300 + i), "“三项测评”“创建平安遂城”宣传", "village", "farmers",
                  method="concentrated", attendance=300, vehicles=vehicles[8 + i], boards=boards[8 + i],
                  materials=materials[8 + i])


def _studies(ctx):
    meetings = leadership_demo.wulong_study_meetings()
    rows = [
        # 000 大湾镇 2020
        ("大湾镇", dt.date(2020, 3, 16), "central_group", "党委理论学习中心组（扩大）学习法律法规", "", {"leaders_count": 15}),
        ("大湾镇", dt.date(2020, 5, 11), "work_meeting", "每周工作例会学法", "", {"staff_count": 40}),
        ("大湾镇", dt.date(2020, 6, 3), "special_training", "专题学习培训", "", {}),
        ("大湾镇", dt.date(2020, 4, 20), "relay", "传达学习督察工作规定",
         "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号；报告误写为中办国办发〔2020〕28号、“督查”）", {"leaders_count": 20}),
        ("大湾镇", dt.date(2020, 7, 8), "special_training", "《中华人民共和国监察法》专题培训", "中华人民共和国监察法", {}),
        ("大湾镇", dt.date(2020, 12, 3), "lecture", "《宪法》专题讲座", "中华人民共和国宪法",
         {"staff_count": 180, "village_cadres_count": 72}),
        # 002 古楼镇 2024
        *[("古楼镇", dt.date(2024, 3 + 3 * i, 12), "central_group", "党委理论学习中心组学习习近平法治思想",
           "习近平法治思想\n中央全面依法治国工作会议精神", {"leaders_count": 14}) for i in range(3)],
        ("古楼镇", dt.date(2024, 5, 22), "concentrated", "全体镇村干部法治理论集中学习", "", {"staff_count": 60, "village_cadres_count": 48}),
        ("古楼镇", dt.date(2024, 10, 17), "special_training", "法治专题培训", "", {"staff_count": 55}),
        # 004 遂城镇 2020
        *[("遂城镇", dt.date(2020, 2 + 3 * i, 18), "central_group", "党委理论中心组学法", "", {"leaders_count": 13})
          for i in range(4)],
        ("遂城镇", dt.date(2020, 6, 9), "work_meeting", "领导班子会议学法", "", {"leaders_count": 13}),
        ("遂城镇", dt.date(2020, 8, 5), "concentrated", "执法办干部集中学习法律知识", "", {"officers_count": 24}),
        # 001 龙河镇 2020
        ("龙河镇", dt.date(2020, 4, 8), "central_group", "班子成员带头学法", "", {"leaders_count": 11}),
    ]
    for unit, on, kind, topic, laws, counts in rows:
        make(ctx, Study, unit, {"held_on": on, "kind": kind, "topic": topic, "laws": laws, "rule_of_law": True, **counts})
    for i, people in enumerate(spread(763, 115)):  # s002-004: party study, not 学法
        make(ctx, Study, "古楼镇", {"held_on": day(2024, i), "kind": "party_branch", "rule_of_law": False,
                                   "topic": "习近平新时代中国特色社会主义思想和党的二十大报告专题学习", "others_count": people})
    # 003 武隆区 2020
    make(ctx, Study, "武隆区", {"held_on": dt.date(2020, 3, 4), "kind": "committee_meeting", "topic": "区长领学",
                               "laws": "重大行政决策程序暂行条例", "lead_person": "卢红", "meeting": meetings["committee"].pk,
                               "leaders_count": 25})
    make(ctx, Study, "武隆区", {"held_on": dt.date(2020, 8, 10), "kind": "executive_meeting", "topic": "常务会议专题学法",
                               "laws": "重庆市重大行政决策程序规定", "lead_person": "卢红",
                               "meeting": meetings["executive"].pk, "leaders_count": 30})
    for cls, people in [("副处级干部进修班", 34), ("中青年干部培训班", 33), ("科级干部进修班", 34)]:  # s003-070
        make(ctx, Study, "武隆区", {"held_on": dt.date(2020, 7, 7), "kind": "party_school", "topic": f"{cls}法治课程",
                                   "leaders_count": people})
    for i, people in enumerate(spread(8040, 12)):  # s003-072
        make(ctx, Study, "武隆区", {"held_on": day(2020, i), "kind": "concentrated", "topic": "区级部门内部集中学法",
                                   "staff_count": people})


def _trainings(ctx):
    for i, on in enumerate([dt.date(2020, 5, 18), dt.date(2020, 10, 12)]):  # s000-027: two batches, 10 officers
        make(ctx, Training, "大湾镇", {"title": f"执法人员法律知识培训（第{i + 1}批）", "kind": "enforcement_special",
                                      "organiser": "upper", "start_on": on, "hours": "16", "trainees": 5})
    make(ctx, Training, "大湾镇", {"title": "政务服务窗口人员业务培训", "kind": "window_staff", "start_on": dt.date(2020, 4, 7),
                                  "hours": "4", "trainees": 8})  # s000-015
    make(ctx, Training, "武隆区", {"title": "行政执法通用法律知识网络培训", "kind": "enforcement_general", "mode": "online",
                                  "start_on": dt.date(2020, 9, 1), "end_on": dt.date(2020, 11, 30), "hours": "60",
                                  "expected": 243, "trainees": 243})  # s003-054, s003-071
    make(ctx, Training, "龙河镇", {"title": "执法人员法律知识培训", "kind": "enforcement_special",
                                  "start_on": dt.date(2020, 6, 16), "hours": "8", "trainees": 12})  # s001-009
    make(ctx, Training, "遂城镇", {"title": "上级组织的行政执法培训", "kind": "enforcement_general", "organiser": "upper",
                                  "start_on": dt.date(2020, 9, 21), "hours": "24", "trainees": 31})  # s004-008
    make(ctx, Exam, "古楼镇", {"title": "2024年度法治理论考试", "held_on": dt.date(2024, 11, 15), "audience": "cadres",
                              "expected": 108, "sat": 108, "passed": 108})  # s002-006
    make(ctx, Exam, "龙河镇", {"title": "干部职工普法考试（演示：报告未载明人数）", "held_on": dt.date(2020, 11, 20),
                              "audience": "cadres", "expected": 45, "sat": 44, "passed": 44})  # s001-012


def _legal_services(ctx):
    # 000 大湾镇: 三位一体 (s000-040), 镇、社区两级 + 4 联络点 (s000-041), 236 宗 (s000-043)
    station = make(ctx, LegalServicePoint, "大湾镇", {"name": "大湾镇公共法律服务工作站", "kind": "station", "level": "township"})
    make(ctx, LegalServicePoint, "大湾镇示例村1（演示）", {"name": "社区公共法律服务室（演示）", "kind": "room", "level": "village"})
    for i in range(1, 5):
        make(ctx, LegalServicePoint, "大湾镇", {"name": f"法律援助联络点（演示）{i}", "kind": "legal_aid_contact",
                                               "level": "village"})
    make(ctx, LegalServicePoint, "大湾镇", {"name": "12348 公共法律服务热线", "kind": "hotline", "level": "national",
                                           "address": "12348"})
    make(ctx, LegalServicePoint, "大湾镇", {"name": "中国法律服务网（重庆法网）", "kind": "online", "level": "national"})
    kinds = ["consultation"] * 130 + ["legal_aid"] * 70 + ["mediation"] * 20 + ["community_correction"] * 10 + ["resettlement"] * 6
    for i, kind in enumerate(kinds):
        make(ctx, LegalService, "大湾镇", {"received_on": day(2020, i), "channel": "walk_in", "kind": kind,
                                          "point": station.pk, "summary": "（演示）群众法律服务事项"})
    # 003 武隆区: 1 center, 26 stations (s003-037)
    make(ctx, LegalServicePoint, "武隆区司法局", {"name": "武隆区公共法律服务中心", "kind": "center", "level": "county"})
    for town in WULONG_TOWNSHIPS:
        make(ctx, LegalServicePoint, town, {"name": f"{town}公共法律服务工作站", "kind": "station", "level": "township"})
    for i in range(1, 19):
        make(ctx, LegalServicePoint, "武隆区司法局", {"name": f"乡镇（街道）公共法律服务工作站（演示）{i}", "kind": "station",
                                                   "level": "township"})
    # 002 古楼镇: 62 法律明白人 (s002-045)
    for i in range(62):
        make(ctx, LegalLiterate, "古楼镇", {"name": f"法律明白人（演示）{i + 1}", "village": f"古楼镇示例村{i % 3 + 1}（演示）",
                                           "appointed_on": day(2024, i), "is_mediator": i % 4 == 0})
    # 003 武隆区: 2 法治文化阵地, 4 主题公园广场 (s003-069)
    for i in range(1, 3):
        make(ctx, CultureSite, "武隆区", {"name": f"法治文化阵地（演示）{i}", "kind": "base", "built_on": dt.date(2020, 6, i)})
    for i in range(1, 5):
        make(ctx, CultureSite, "武隆区", {"name": f"法治文化主题公园广场（演示）{i}", "kind": "park", "built_on": dt.date(2020, 9, i)})


def load(ctx):
    # the 武隆区 学法 sessions link to meetings recorded by the leadership demo
    leadership_demo.load(ctx)
    if ctx.once("publicity.seeds"):
        _wulong_activities(ctx)
        _gulou_activities(ctx)
        _town_activities(ctx)
        _studies(ctx)
        _trainings(ctx)
        _legal_services(ctx)

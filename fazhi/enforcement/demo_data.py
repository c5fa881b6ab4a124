"""Deterministic demo material: names, rosters and case rows (used by ``demo.py``; nothing random)."""

from __future__ import annotations

import datetime as dt

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳敏静丽强磊军洋勇艳杰娟涛明超霞平刚英华兰萍红建国文斌波宁辉鹏飞俊峰琴云莉林川渝江海松梅春"

# 武隆区 2020 (seed 003): 8 district teams (Σ quota 215) and 26 township offices (Σ quota 150).
WULONG_TEAMS = [("市场监管", "market", 40), ("生态环境保护", "ecology", 30), ("文化市场", "culture", 20),
                ("农业", "agriculture", 30), ("城市管理", "urban", 35), ("交通运输", "transport", 25),
                ("规划和自然资源", "planning", 20), ("卫生健康", "health", 15)]
WULONG_TOWNSHIPS = ["凤山街道", "芙蓉街道", "仙女山街道", "白马镇", "江口镇", "火炉镇", "羊角镇", "双河镇", "鸭江镇",
                    "长坝镇", "平桥镇", "桐梓镇", "土坎镇", "和顺镇", "巷口镇", "黄莺乡", "沧沟乡", "文复乡", "土地乡",
                    "白云乡", "后坪乡", "浩口乡", "接龙乡", "赵家乡", "大洞河乡", "石桥乡"]
WULONG_OFFICERS = 815
WULONG_LEGAL_REVIEWERS = 182
WULONG_NEW_2020 = 243


def name(i: int) -> str:
    return SURNAMES[i % len(SURNAMES)] + GIVEN[(i // len(SURNAMES)) % len(GIVEN)] + GIVEN[(i * 7 + 3) % len(GIVEN)]


def township_quotas() -> list[int]:
    """150 places over 26 offices: twenty offices of 6 and six of 5."""
    return [6] * 20 + [5] * 6


def spread(i: int, n: int, total: int) -> bool:
    """True for exactly ``n`` of ``total`` indices, evenly spread (no randomness)."""
    return (i * n) // total != ((i + 1) * n) // total


def gulou_cases(officers, body, start=dt.date(2024, 1, 2)):
    """古楼镇 2024 (seed 002): 546 行政处罚案件, all closed in 2024; 4 in 15 ordinary (mostly 涉企), the rest simple."""
    rows = []
    for i in range(546):
        day = start + dt.timedelta(days=(i * 318) // 546)
        pair = [officers[i % len(officers)], officers[(i + 1) % len(officers)]]
        common = {"body": body, "officers": pair, "kind": "penalty", "publish_required": True,
                  "discretion_standard": "《重庆市行政处罚裁量基准》相关条目", "outcome": "penalty"}
        if i % 15 < 4:
            n = len([r for r in rows if r["procedure"] == "ordinary"]) + 1
            enterprise = n % 3 != 0
            rows.append({**common, "procedure": "ordinary", "case_no": f"合古综执罚〔2024〕{n}号",
                         "cause": ["占道经营", "违规倾倒建筑垃圾", "未按规定设置户外广告", "违法搭建"][n % 4],
                         "party_name": f"古楼镇示例商户{n}（演示）" if enterprise else f"古楼镇示例个人{n}（演示）",
                         "party_type": ("enterprise" if n % 2 else "sole_trader") if enterprise else "person",
                         "party_code": f"92500117MA{n:06d}X" if enterprise else "",
                         "registered_on": day, "investigated_on": day + dt.timedelta(days=10),
                         "notified_on": day + dt.timedelta(days=14), "decided_on": day + dt.timedelta(days=25),
                         "decision_no": f"合古综执罚决〔2024〕{n}号", "penalty_content": "罚款",
                         "fine_amount": 1000 + (n % 10) * 500, "discretion_level": ["lighter", "ordinary", "ordinary"][n % 3],
                         "served_on": day + dt.timedelta(days=27), "service_method": "in_person",
                         "executed_on": day + dt.timedelta(days=40), "execution": "voluntary",
                         "closed_on": day + dt.timedelta(days=42), "published_on": day + dt.timedelta(days=28),
                         "publication_channel": "合川区人民政府网站行政执法公示专栏"})
        else:
            n = len([r for r in rows if r["procedure"] == "simple"]) + 1
            rows.append({**common, "procedure": "simple", "case_no": f"合古综执简〔2024〕{n}号",
                         "cause": ["乱扔垃圾", "占道摆摊", "违规张贴小广告"][n % 3],
                         "party_name": f"古楼镇当事人{n}（演示）", "party_type": "person", "party_code": "",
                         "registered_on": day, "decided_on": day, "decision_no": f"合古综执当〔2024〕{n}号",
                         "penalty_content": "警告" if n % 4 == 0 else "罚款", "fine_amount": None if n % 4 == 0 else 50 + (n % 4) * 50,
                         "discretion_level": "ordinary", "served_on": day, "service_method": "in_person",
                         "executed_on": day, "execution": "not_needed" if n % 4 == 0 else "voluntary",
                         "closed_on": day, "published_on": day + dt.timedelta(days=3),
                         "publication_channel": "合川区人民政府网站行政执法公示专栏"})
    return rows


GULOU_JOINT = [
    ("春节前食品安全联合检查", "镇综合行政执法办公室、区市场监管局古楼所、镇派出所"),
    ("场镇占道经营集中整治", "镇综合行政执法办公室、区城市管理局、镇派出所"),
    ("燃气安全联合检查", "镇应急办、区城市管理局、镇综合行政执法办公室"),
    ("河道非法采砂联合巡查", "区水利局、镇综合行政执法办公室、镇派出所"),
    ("校园周边环境联合整治", "镇综合行政执法办公室、区市场监管局古楼所、区教委"),
    ("农资打假联合检查", "区农业农村委、区市场监管局古楼所、镇农业服务中心"),
    ("夏季消防安全联合检查", "镇应急办、区消防救援支队、镇综合行政执法办公室"),
    ("违法建设联合拆除", "镇综合行政执法办公室、区规划自然资源局、镇规建办"),
    ("交通安全联合劝导", "镇派出所、区交通运输综合行政执法支队、镇综合行政执法办公室"),
    ("秸秆禁烧联合巡查", "镇农业服务中心、区生态环境局、镇综合行政执法办公室"),
    ("中秋国庆食品安全联合检查", "区市场监管局古楼所、镇综合行政执法办公室、区卫生健康委"),
    ("建筑垃圾运输联合整治", "区城市管理局、区交通运输综合行政执法支队、镇综合行政执法办公室"),
    ("冬季森林防火联合检查", "区林业局、镇应急办、镇综合行政执法办公室"),
    ("年末安全生产联合执法", "镇应急办、区应急管理局、镇综合行政执法办公室"),
]

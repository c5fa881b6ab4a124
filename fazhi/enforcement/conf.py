"""Values of 行政执法 that are local or UNCONFIRMED (statutes.md §4, §10): settings, not constants."""

from fazhi.core.settings_registry import declare_setting, get_setting

declare_setting(
    "enforcement.legal_reviewer_min_share", "法制审核人员占执法人员总数的最低比例（%）", 5,
    note="“原则上不少于本单位执法人员总数的5%”。", source="国办发〔2018〕118号 第四部分第（十一）项；statutes.md §4.3",
)
declare_setting(
    "enforcement.simple_fine_max_person", "简易程序罚款上限：公民（元）", 200,
    source="行政处罚法（2021）第五十一条",
)
declare_setting(
    "enforcement.simple_fine_max_entity", "简易程序罚款上限：法人或者其他组织（元）", 3000,
    source="行政处罚法（2021）第五十一条",
)
declare_setting(
    "enforcement.major_amount_threshold", "重大执法决定：涉案金额标准（元，留空表示不按金额认定）", None,
    unconfirmed=True,
    note="118号（十二）要求各机关在法制审核目录清单中按涉案金额等确定重大执法决定范围；全国统一标准未找到，由各单位按本机关目录设置。",
    source="国办发〔2018〕118号 第四部分第（十二）项；statutes.md §4.3",
)
declare_setting(
    "enforcement.repeat_inspection_days", "重复检查预警：同一企业被多个部门检查的时间窗（日）", 30,
    note="参照浙江“大综合一体化”执法监管问题模型（anchors.md C4），非法定期限，可按本地规定调整。",
    source="issue 4；anchors.md C4",
)
declare_setting(
    "enforcement.certificate_warning_days", "执法证到期提醒：提前天数", 60,
    note="本系统提醒用的提前量，非法定期限。", source="issue 4",
)
declare_setting(
    "enforcement.training_hours_required", "执法人员年度培训学时要求", 60, unconfirmed=True,
    note="常被引用的“每人每年不少于60学时”出自国办发〔2023〕27号，正文未能核实。",
    source="statutes.md §4.5",
)


def setting(key: str):
    return get_setting(f"enforcement.{key}")

"""Local settings of the 信访 register (core.settings_registry): none is fixed by the 条例."""

from fazhi.core.settings_registry import declare_setting

declare_setting(
    "petitions.repeat_window_days", "重复信访检测：回溯天数", 365, unconfirmed=True,
    note="信访工作条例未规定“重复信访”的统计期间；默认回溯一年内的信访事项，可按本地口径调整。",
    source="issue 5；anchors.md C6",
)
declare_setting(
    "petitions.repeat_similarity", "重复信访检测：事项文字相似度阈值（0–100）", 80, unconfirmed=True,
    note="两件信访事项文字（去除标点空格后）相似度达到该值即提示“事项相近”；算法为 rapidfuzz 部分匹配。",
    source="issue 5",
)

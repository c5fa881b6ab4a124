"""Settings of the annual report (core.settings_registry): local values an administrator may change."""

from fazhi.core.settings_registry import declare_setting

declare_setting(
    "reports.rate_targets", "比率指标的工作目标（未达到的列入“存在的不足”）", {},
    note="按指标键填写目标百分比，例如 {\"petitions.on_time_rate\": 100}；指标自身声明的 target 为默认值。",
    source="issue 7（年度报告第二部分：由计算得出的薄弱环节）",
)

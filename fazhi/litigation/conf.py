from fazhi.core.settings_registry import declare_setting

declare_setting(
    "litigation.appearance_rate_basis", "出庭应诉率统计口径（case＝按案件；hearing＝按庭次）", "case", unconfirmed=True,
    note=("出庭应诉率没有法定计算公式（statutes.md §8）。默认按案件：当年开庭审理的案件中负责人至少出庭一次的 ÷ 当年开庭审理的案件；"
          "也可按庭次：负责人出庭的庭次 ÷ 开庭庭次。系统保存每次开庭的记录，两种口径都可计算。"),
    source="statutes.md §8",
)

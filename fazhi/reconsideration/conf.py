"""实质纠错率 convention — UNCONFIRMED (statutes.md §7): no official definition; settings, shown beside the figure."""

from fazhi.core.settings_registry import declare_setting

from .choices import DIRECT_CORRECTION

declare_setting(
    "reconsideration.correction_outcomes", "实质纠错率：计入纠错的决定类型", [str(o) for o in DIRECT_CORRECTION],
    unconfirmed=True,
    note="官方未公布“实质纠错率”定义（statutes.md §7）。默认按 GLOSSARY：变更、撤销、确认违法、确认无效、责令履行。",
    source="statutes.md §7；GLOSSARY.md",
)
declare_setting(
    "reconsideration.count_corrected_settlements", "实质纠错率：被申请人已自行纠正后调解、和解撤回的计入纠错", True,
    unconfirmed=True, note="常见工作口径把“被申请人自行纠正后申请人撤回、调解改变原行为”的案件计入实质纠错；各地做法不一。",
    source="statutes.md §7",
)
declare_setting(
    "reconsideration.correction_denominator", "实质纠错率：分母（closed＝全部审结；merits＝不含终止）", "closed",
    unconfirmed=True, note="各地分母口径不同：全部审结案件，或作出实体决定的案件（不含终止）。",
    source="statutes.md §7",
)

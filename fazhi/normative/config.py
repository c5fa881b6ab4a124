"""Local and UNCONFIRMED values of the 规范性文件 rules, as settings (statutes.md §3.3)."""

from fazhi.core.settings_registry import declare_setting

VALIDITY_YEARS = declare_setting(
    "normative.validity_years", "规范性文件有效期（年）", 5, unconfirmed=True,
    note="“一般不超过5年”仅见于地方规定，国家层面规定未经确认；文件自身载明有效期的，印发时按文件填写。",
    source="statutes.md §3.3（http://fsou.com/html/text/lar/173327/17332743_2.html）",
)
EXPIRY_REMINDER_MONTHS = declare_setting(
    "normative.expiry_reminder_months", "有效期届满前提醒评估（月）", 6, unconfirmed=True,
    note="地方规定：有效期届满前6个月评估，决定修改、废止或继续施行；国家层面规定未经确认。",
    source="statutes.md §3.3",
)

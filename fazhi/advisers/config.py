"""Settings of the 法律顾问 app."""

from fazhi.core.settings_registry import declare_setting

declare_setting(
    "advisers.expiry_reminder_days", "法律顾问聘期届满提前提醒（日）", 30,
    note="工作安排，不是法定期限：聘期届满前提醒续聘或另行选聘。", source="issue 3",
)

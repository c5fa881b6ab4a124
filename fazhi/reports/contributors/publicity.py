"""普法: the year's activities in one sentence, with the campaign-day activities named by date and title."""

from __future__ import annotations

from django.apps import apps

from fazhi.reports.contrib import Paragraph, cn_month_day, fig, mark, records, self_name

NAMED = 6   # campaign-day activities named by date; the rest are in the count


def _campaign(activity) -> str:
    """“12·4 国家宪法日” → “国家宪法日” (the date is already written)."""
    label = str(activity.get_campaign_display())
    head, _, rest = label.partition(" ")
    return rest if rest and head[:1].isdigit() else label


def paragraphs(unit, year, rollup) -> list[Paragraph]:
    try:
        Activity = apps.get_model("publicity", "Activity")
    except LookupError:
        return []
    total = fig("publicity.activities", unit, year, rollup)
    if total is None or not total.value:
        return []
    text = f"{year}年，{self_name(unit)}共开展普法活动{mark('publicity.activities', total.value)}场"
    uses = ["publicity.activities"]
    attendance = fig("publicity.attendance", unit, year, rollup)
    if attendance is not None and attendance.value:
        text += f"，参与群众{mark('publicity.attendance', attendance.value)}人次"
        uses.append("publicity.attendance")
    text += "。"
    named = list(records(Activity, unit, year, rollup, "held_on").exclude(campaign="").order_by("held_on", "pk")[:NAMED])
    if named:
        items = [f"{cn_month_day(a.held_on)}{_campaign(a)}开展“{a.title}”" for a in named]
        text += f"其中，{'；'.join(items)}。"
    return [Paragraph(section="A.publicity", text=text, order=10, uses=tuple(uses))]

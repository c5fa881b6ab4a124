"""Seed the holiday table from chinesecalendar for the years it knows (2004–2026 in 1.11.0).

Later years are entered by an administrator (admin › 录入年度放假安排) when the State Council
publishes them; `fazhi holidays` adds years a newer chinesecalendar release knows.
"""

from django.db import migrations


def seed(apps, schema_editor):
    import chinese_calendar

    from fazhi.deadlines.holiday_seed import entries_from_chinesecalendar

    HolidayDay = apps.get_model("deadlines", "HolidayDay")
    HolidayYear = apps.get_model("deadlines", "HolidayYear")
    present = set(HolidayYear.objects.values_list("year", flat=True))
    entries = entries_from_chinesecalendar([y for y in range(2004, 2031) if y not in present])
    version = getattr(chinese_calendar, "__version__", "")
    HolidayDay.objects.bulk_create([HolidayDay(date=d, kind=k, name=n) for d, k, n in entries], ignore_conflicts=True)
    HolidayYear.objects.bulk_create(
        [HolidayYear(year=y, source=f"chinesecalendar {version}".strip(), note="自动导入") for y in entries.covered_years]
    )


class Migration(migrations.Migration):
    dependencies = [("deadlines", "0002_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]

"""Scheduled jobs (huey). A job body is a call to a service (style.md R14)."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, lock_task

from .services import reminders_scan


@db_periodic_task(crontab(hour="7", minute="0"))
@lock_task("daily-reminders")
def daily_reminders():
    return len(reminders_scan())

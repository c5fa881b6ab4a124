"""Scheduled jobs (huey): the daily run of the problem models (a call to the service, style.md R14)."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, lock_task

from .services.problems import problems_scan


@db_periodic_task(crontab(hour="6", minute="30"))
@lock_task("enforcement-problem-scan")
def daily_problem_scan():
    return sum(problems_scan().values())
